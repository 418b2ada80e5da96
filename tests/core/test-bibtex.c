/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-biblio.h"
#include "gln-bibtex-private.h"
#include "gln-bibtex.h"
#include "gln-import.h"
#include "gln-latex.h"
#include "gln-source.h"
#include "gln-test-papers.h"
#include "gln-test-utils.h"

/* Real .bib files Debian ships (texlive-base, texlive-bibtex-extra). */
#define XAMPL_BIB "/usr/share/texlive/texmf-dist/bibtex/bib/base/xampl.bib"
#define BIBLATEX_EXAMPLES_BIB \
  "/usr/share/texlive/texmf-dist/bibtex/bib/biblatex/biblatex/biblatex-examples.bib"

typedef struct
{
  const char *latex;
  const char *text;
} DecodeCase;

static const DecodeCase decode_cases[] = {
  { "{\\\"o}", "ö" },
  { "\\\"{o}", "ö" },
  { "\\\"o", "ö" },
  { "\\'{e}", "é" },
  { "{\\'\\i}", "í" },
  { "\\'{\\i}", "í" },
  { "{\\ss}", "ß" },
  { "Stra\\ss e", "Straße" },
  { "{\\aa}ngstr{\\\"o}m", "ångström" },
  { "{\\c{C}}etinkaya", "Çetinkaya" },
  { "\\c c", "ç" },
  { "{\\v{S}}koda", "Škoda" },
  { "Erd\\H{o}s", "Erdős" },
  { "{\\L}ukasz", "Łukasz" },
  { "{\\o}", "ø" },
  { "\\'{\\^e}", "ế" },
  { "pages 10--119", "pages 10–119" },
  { "yes---no", "yes—no" },
  { "``quoted''", "“quoted”" },
  { "`single'", "‘single'" },
  { "MS~MARCO", "MS\xc2\xa0MARCO" },
  { "40\\% \\& \\$5 \\#1 a\\_b", "40% & $5 #1 a_b" },
  { "{BERT}: {Pre}-training", "BERT: Pre-training" },
  { "An {$O(n \\log n)$} Sort", "An $O(n \\log n)$ Sort" },
  { "$\\Theta(T)$ and $$x^2$$", "$\\Theta(T)$ and $$x^2$$" },
  { "\\textbf{Bold} and \\emph{em}", "Bold and em" },
  { "{\\it italic}", "italic" },
  { "\\url{https://a.org/x_y%20}", "https://a.org/x_y%20" },
  { "\\href{https://a.org}{the site}", "the site" },
  { "{\\noopsort{1973b}}1973", "1973" },
  { "The {\\TeX}book by \\LaTeX{} users", "The TeXbook by LaTeX users" },
  { "\\alpha-helix", "α-helix" },
  { "\\cite{knuth} said", "\\cite{knuth} said" },
  { "  spread\n   over\tlines  ", "spread over lines" },
  { "\\textbackslash{}n and \\textasciitilde{}", "\\n and ~" },
  /* Logos and kernel commands TUGboat's titles use. */
  { "{\\LuaTeX} and {\\XeLaTeX}, {\\ConTeXt} and \\pdfTeX",
    "LuaTeX and XeLaTeX, ConTeXt and pdfTeX" },
  { "{\\TeX}\\slash {VMS} on a PC\\thinspace\\TeX", "TeX/VMS on a PC TeX" },
  /* An unknown command is kept so that TeX reads it as the field did. */
  { "A {\\TUB} tour", "A \\TUB{} tour" },
  { "setting{\\Dash}an example", "setting\\Dash{}an example" },
  { "\\MF\\ design, \\MF design, {\\MF}", "\\MF{} design, \\MF design, \\MF" },
  { "{\\VAX}\\slash {VMS}", "\\VAX/VMS" },
  { "issue \\tubissue {\\bf 12}(2), {\\slnine {MAPS}\\/}",
    "issue \\tubissue {\\bf 12}(2), \\slnine {MAPS}" },
  { "caf\xc3\xa9", "café" },
};

/* Folding keeps a field LaTeX but for what spells one character. */
static const DecodeCase fold_cases[] = {
  { "{\\\"o}, \\\"{o}, \\\"o and {{\\\"o}}", "ö, ö, ö and ö" },
  { "M{\\\"u}ller and Stra\\ss e, {\\'\\i}", "Müller and Straße, í" },
  { "{BERT} and {\\ldots} keep their braces", "{BERT} and {…} keep their braces" },
  { "\\textbf{X} \\cite{knuth} \\& 40\\%", "\\textbf{X} \\cite{knuth} \\& 40\\%" },
  { "$x^{2}$ -- ``q'' ~", "$x^{2}$ -- ``q'' ~" },
  { "  spread\n   over\tlines  ", "spread over lines" },
};

/* The accents, letters and symbols .bib files and abstracts share: BibTeX and the reading
 * pane read them alike, and both read back what the encoder writes for them. */
static const DecodeCase shared_cases[] = {
  { "\\`a \\'e \\^o \\~n \\=o \\.z \\\"u", "à é ô ñ ō ż ü" },
  { "\\`{A} \\'{E} \\^{O} \\~{N} \\={O} \\.{Z} \\\"{U}", "À É Ô Ñ Ō Ż Ü" },
  { "{\\`a}{\\'e}{\\^o}{\\~n}{\\=o}{\\.z}{\\\"u}", "àéôñōżü" },
  { "\\u{a} \\v{c} \\H{o} \\r{u} \\c{c} \\k{a} \\d{s} \\b{b}", "ă č ő ů ç ą ṣ ḇ" },
  { "\\c c, \\v s, \\t{oo}", "ç, š, o\xcd\xa1o" },
  { "\\'{\\i} \\^\\i \\v{\\j} \\'{\\^e}", "í î ǰ ế" },
  { "{\\ss} {\\ae} {\\AE} {\\oe} {\\OE} {\\aa} {\\AA} {\\o} {\\O} {\\l} {\\L}",
    "ß æ Æ œ Œ å Å ø Ø ł Ł" },
  { "{\\i} {\\j} {\\dh} {\\DH} {\\th} {\\TH} {\\ng} {\\NG} {\\dj} {\\DJ}",
    "ı ȷ ð Ð þ Þ ŋ Ŋ đ Đ" },
  { "Stra\\ss e, {\\L}ojasiewicz, Schr\\\"odinger", "Straße, Łojasiewicz, Schrödinger" },
  { "\\S{} \\P{} \\dag{} \\ddag{} \\pounds{} \\euro{} \\copyright{}", "§ ¶ † ‡ £ € ©" },
  { "\\textregistered{} \\texttrademark{} \\textdegree{} \\textbullet{}", "® ™ ° •" },
  { "\\textendash{} \\textemdash{} \\ldots{} \\textquoteleft{}x\\textquoteright{}",
    "– — … ‘x’" },
  { "\\guillemotleft{}x\\guillemotright{} \\textbackslash{}", "«x» \\" },
  { "pages 10--119, yes---no", "pages 10–119, yes—no" },
  { "``quoted'' `single' !`Hola! ?`Qu\\'e?", "“quoted” ‘single' ¡Hola! ¿Qué?" },
  { "MS~MARCO", "MS\xc2\xa0MARCO" },
  { "40\\% \\& \\$5 \\#1 a\\_b \\{x\\}", "40% & $5 #1 a_b {x}" },
  { "\\alpha-helix and \\Omega", "α-helix and Ω" },
  { "\\textbf{Bold}, \\emph{em} and {\\it it}", "Bold, em and it" },
};

typedef struct
{
  const char *text;
  const char *ascii;
  const char *unicode;
} EncodeCase;

static const EncodeCase encode_cases[] = {
  { "Müller", "M{\\\"u}ller", "Müller" },
  { "Straße", "Stra{\\ss}e", "Straße" },
  { "Škoda Çetinkaya", "{\\v{S}}koda {\\c{C}}etinkaya", "Škoda Çetinkaya" },
  { "García", "Garc{\\'{\\i}}a", "García" },
  { "Ōtomo", "{\\=O}tomo", "Ōtomo" },
  { "ế", "{\\'{\\^e}}", "ế" },
  { "10–119 — “a” ‘b’", "10--119 --- ``a'' `b\\textquoteright{}",
    "10–119 — “a” ‘b’" },
  { "40% & $5 #1 a_b {x}", "40\\% \\& \\$5 \\#1 a\\_b \\{x\\}",
    "40\\% \\& \\$5 \\#1 a\\_b \\{x\\}" },
  { "a\\b ~ ^ `",
    "a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{} \\textasciigrave{}", NULL },
  { "--verbose and ''", "-{}-verbose and '{}'", "-{}-verbose and '{}'" },
  { "An $O(n \\log n)$ Sort", "An $O(n \\log n)$ Sort", "An $O(n \\log n)$ Sort" },
  { "MS\xc2\xa0MARCO", "MS~MARCO", "MS~MARCO" },
  { "λ-calculus in 東京", "λ-calculus in 東京", "λ-calculus in 東京" },
  { "Cost … ©", "Cost \\ldots{} \\textcopyright{}", "Cost … ©" },
  { "¡Olé! ¿Qué?", "!`Ol{\\'e}! ?`Qu{\\'e}?", "¡Olé! ¿Qué?" },
};

typedef struct
{
  const char *latex;
  const char *family;
  const char *given;
  const char *particle;
  const char *suffix;
  const char *literal;
} NameCase;

static const NameCase name_cases[] = {
  { "Knuth, Donald E.", "Knuth", "Donald E.", NULL, NULL, NULL },
  { "Donald E. Knuth", "Knuth", "Donald E.", NULL, NULL, NULL },
  { "Ludwig van Beethoven", "Beethoven", "Ludwig", "van", NULL, NULL },
  { "van Beethoven, Ludwig", "Beethoven", "Ludwig", "van", NULL, NULL },
  { "de la Fontaine, Jr., Jean", "Fontaine", "Jean", "de la", "Jr.", NULL },
  { "Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin", "Vallée Poussin",
    "Charles Louis Xavier Joseph", "de la", NULL, NULL },
  { "{World Health Organization}", NULL, NULL, NULL, NULL, "World Health Organization" },
  { "{Barnes and Noble, Inc.}", NULL, NULL, NULL, NULL, "Barnes and Noble, Inc." },
  { "Aks{\\i}n, {\\\"O}zge", "Aksın", "Özge", NULL, NULL, NULL },
  { "{\\'{E}}douard Masterly", "Masterly", "Édouard", NULL, NULL, NULL },
  { "Garc{\\'\\i}a M{\\'a}rquez, Gabriel", "García Márquez", "Gabriel", NULL, NULL, NULL },
  { "Aristotle", "Aristotle", NULL, NULL, NULL, NULL },
  { "{van Gogh}, Vincent", "van Gogh", "Vincent", NULL, NULL, NULL },
};

static void
test_decode (gconstpointer data)
{
  const DecodeCase *c = data;
  g_autofree char *text = _gln_bibtex_decode (c->latex);

  g_assert_cmpstr (text, ==, c->text);
}

static void
test_fold (gconstpointer data)
{
  const DecodeCase *c = data;
  g_autofree char *text = _gln_bibtex_fold (c->latex);

  g_assert_cmpstr (text, ==, c->text);
}

static void
test_shared (gconstpointer data)
{
  const DecodeCase *c = data;
  g_autofree char *decoded = _gln_bibtex_decode (c->latex);
  g_autofree char *rendered = gln_latex_to_text (c->latex);
  g_autoptr(GString) ascii = g_string_new (NULL);
  g_autofree char *decoded_back = NULL;
  g_autofree char *rendered_back = NULL;

  g_assert_cmpstr (decoded, ==, c->text);
  g_assert_cmpstr (rendered, ==, c->text);

  _gln_bibtex_encode (ascii, c->text, GLN_BIB_ENCODE_ASCII);
  decoded_back = _gln_bibtex_decode (ascii->str);
  rendered_back = gln_latex_to_text (ascii->str);
  g_assert_cmpstr (decoded_back, ==, c->text);
  g_assert_cmpstr (rendered_back, ==, c->text);
}

/* Hostile nesting neither overflows the stack nor loses the text. */
static void
test_deep (void)
{
  const guint depth = 100000;
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *decoded = NULL;
  g_autofree char *folded = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append (s, "{\\\"");
  g_string_append (s, "o");
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '}');

  decoded = _gln_bibtex_decode (s->str);
  folded = _gln_bibtex_fold (s->str);
  g_assert_nonnull (strstr (decoded, "ö"));
  g_assert_nonnull (strstr (folded, "ö"));
}

static void
test_encode (gconstpointer data)
{
  const EncodeCase *c = data;
  g_autoptr(GString) ascii = g_string_new (NULL);
  g_autoptr(GString) unicode = g_string_new (NULL);
  g_autofree char *back_ascii = NULL;
  g_autofree char *back_unicode = NULL;

  _gln_bibtex_encode (ascii, c->text, GLN_BIB_ENCODE_ASCII);
  _gln_bibtex_encode (unicode, c->text, GLN_BIB_ENCODE_NONE);
  if (c->ascii != NULL)
    g_assert_cmpstr (ascii->str, ==, c->ascii);
  if (c->unicode != NULL)
    g_assert_cmpstr (unicode->str, ==, c->unicode);

  /* What is written reads back as it was, in both spellings. */
  back_ascii = _gln_bibtex_decode (ascii->str);
  back_unicode = _gln_bibtex_decode (unicode->str);
  g_assert_cmpstr (back_ascii, ==, c->text);
  g_assert_cmpstr (back_unicode, ==, c->text);
}

static void
test_names (gconstpointer data)
{
  const NameCase *c = data;
  g_autoptr(JsonArray) names = NULL;
  g_autoptr(JsonArray) again = NULL;
  g_autoptr(GString) written = g_string_new (NULL);
  JsonObject *name;
  gboolean others = TRUE;

  names = _gln_bibtex_parse_names (c->latex, &others);
  g_assert_false (others);
  g_assert_cmpuint (json_array_get_length (names), ==, 1);
  name = json_array_get_object_element (names, 0);
  g_assert_cmpstr (gln_biblio_get_string (name, "family"), ==, c->family);
  g_assert_cmpstr (gln_biblio_get_string (name, "given"), ==, c->given);
  g_assert_cmpstr (gln_biblio_get_string (name, "non-dropping-particle"), ==, c->particle);
  g_assert_cmpstr (gln_biblio_get_string (name, "suffix"), ==, c->suffix);
  g_assert_cmpstr (gln_biblio_get_string (name, "literal"), ==, c->literal);

  /* Written out, the name splits the same way again. */
  _gln_bibtex_write_names (written, names, FALSE, GLN_BIB_ENCODE_ASCII);
  again = _gln_bibtex_parse_names (written->str, &others);
  g_assert_cmpuint (json_array_get_length (again), ==, 1);
  g_assert_true (json_node_equal (json_array_get_element (names, 0),
                                  json_array_get_element (again, 0)));
}

static void
test_names_lists (void)
{
  g_autoptr(JsonArray) names = NULL;
  gboolean others = FALSE;

  names = _gln_bibtex_parse_names ("Brown, Tom B. and Mann, Benjamin AND Ryder, Nick and others",
                                   &others);
  g_assert_true (others);
  g_assert_cmpuint (json_array_get_length (names), ==, 3);
  g_assert_cmpstr (gln_biblio_get_string (json_array_get_object_element (names, 2), "family"), ==,
                   "Ryder");

  /* "and" inside braces or inside a word does not split. */
  g_clear_pointer (&names, json_array_unref);
  names = _gln_bibtex_parse_names ("{Simon and Schuster} and Anderson, Candace", &others);
  g_assert_false (others);
  g_assert_cmpuint (json_array_get_length (names), ==, 2);
  g_assert_cmpstr (gln_biblio_get_string (json_array_get_object_element (names, 1), "family"), ==,
                   "Anderson");
}

static GPtrArray *
parse_file (const char  *path,
            GPtrArray  **problems)
{
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  GPtrArray *papers;

  papers = gln_bibtex_parse (data, len, problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (papers);

  return papers;
}

static GPtrArray *
parse_fixture (const char  *name,
               GPtrArray  **problems)
{
  g_autofree char *path = gln_test_data_path ("bibtex", name, NULL);

  return parse_file (path, problems);
}

static void
test_library (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) papers = parse_fixture ("library.bib", &problems);
  g_autoptr(JsonObject) extra = NULL;
  GlnPaper *paper;

  g_assert_cmpuint (problems->len, ==, 0);
  /* The entry inside @comment is not one. */
  g_assert_cmpuint (papers->len, ==, 12);

  paper = gln_test_find_paper (papers, "liu2022learning");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "doi:10.5555/jmlr.2022.151");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Learning to Rank with BERT: A Case Study in Über-Efficient Retrieval");
  gln_test_assert_strv (gln_paper_get_authors (paper),
                        "Yang Liu|Jörg Müller|Gabriel García Márquez|Søren Ørsted");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2022-07");
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_MONTH);
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.5555/jmlr.2022.151");
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://jmlr.org/papers/v23/21-0151.html");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==,
                   "We study ranking with pre-trained transformers. Costs drop by 40% and recall "
                   "rises from $0.61$ to $0.74$ on MS\xc2\xa0MARCO; the model is “simple” — "
                   "really.");
  gln_test_assert_strv (gln_paper_get_tags (paper),
                        "information retrieval|transformers|ranking|Reading list");
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 4);
  g_assert_true (gln_paper_get_read (paper));
  g_assert_true (gln_paper_get_starred (paper));
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==,
                   "file:///home/ada/papers/liu2022learning.pdf");
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "bibtex");
  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_biblio_get_string (extra, "type"), ==, "article-journal");
  g_assert_cmpstr (gln_biblio_get_string (extra, "container-title"), ==,
                   "Journal of Machine Learning Research");
  g_assert_cmpstr (gln_biblio_get_string (extra, "volume"), ==, "23");
  g_assert_cmpstr (gln_biblio_get_string (extra, "issue"), ==, "151");
  g_assert_cmpstr (gln_biblio_get_string (extra, "page"), ==, "1–42");
  g_assert_cmpstr (gln_biblio_get_string (gln_biblio_get_object (extra, "bibtex"), "owner"), ==,
                   "ada");
  g_clear_pointer (&extra, json_object_unref);

  /* @string, "#" and quoted values; arXiv fields make the key. */
  paper = gln_test_find_paper (papers, "vaswani2017attention");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:1706.03762");
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "cs.CL");
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://arxiv.org/abs/1706.03762");
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 8);
  g_assert_cmpstr (gln_paper_get_authors (paper)[6], ==, "Łukasz Kaiser");
  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_biblio_get_string (extra, "container-title"), ==,
                   "Proceedings of the 31st Conference on Neural Information Processing Systems");
  g_assert_cmpstr (gln_biblio_get_string (extra, "publisher-place"), ==, "Long Beach, CA, USA");
  g_clear_pointer (&extra, json_object_unref);

  paper = gln_test_find_paper (papers, "devlin2018bert");
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "1810.04805");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 2);
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "BERT: Pre-training of Deep Bidirectional Transformers for Language "
                   "Understanding");

  /* "and others", and Google Scholar's arXiv preprints. */
  paper = gln_test_find_paper (papers, "brown2020");
  g_assert_true (gln_paper_get_authors_truncated (paper));
  gln_test_assert_strv (gln_paper_get_authors (paper), "Tom B. Brown");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2005.14165");

  /* von and Jr parts and corporate names. */
  paper = gln_test_find_paper (papers, "beethoven");
  gln_test_assert_strv (gln_paper_get_authors (paper),
                        "Ludwig van Beethoven|Jean de la Fontaine Jr.|World Health Organization");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2021-03-15");
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_DAY);
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://example.org/data_set?id=42&format=csv");

  /* biblatex: journaltitle, date, eprinttype, and an old-style arXiv id. */
  paper = gln_test_find_paper (papers, "ertl2006");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Handbook of heterogeneous catalysis: Škoda's Çatałysts and ß-ålloys");
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "cond-mat/0605123");
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "cond-mat.mtrl-sci");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2006-11");
  gln_test_assert_strv (gln_paper_get_tags (paper), "catalysis");

  paper = gln_test_find_paper (papers, "knuth1984");
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "The TeXbook");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "1984");
  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_biblio_get_string (extra, "collection-title"), ==,
                   "Computers & Typesetting");
  g_assert_cmpstr (gln_biblio_get_string (extra, "ISBN"), ==, "0-201-13447-0");
  g_clear_pointer (&extra, json_object_unref);

  /* A cross-reference brings its parent's fields, the parent's title as booktitle. */
  paper = gln_test_find_paper (papers, "chapter-crossref");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "1977-09");
  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_biblio_get_string (extra, "container-title"), ==,
                   "High Speed Computer and Algorithm Organization");
  g_assert_cmpstr (gln_biblio_get_string (extra, "publisher"), ==, "Academic Press");
  g_assert_cmpuint (json_array_get_length (gln_biblio_get_array (extra, "editor")), ==, 3);
  g_assert_null (gln_biblio_get_string (gln_biblio_get_object (extra, "bibtex"), "crossref"));
  g_clear_pointer (&extra, json_object_unref);

  paper = gln_test_find_paper (papers, "masterly1988");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Mastering Thesis Writing: “Quotes” and $\\alpha$-Particles");
  gln_test_assert_strv (gln_paper_get_authors (paper), "Édouard Masterly");
  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_biblio_get_string (extra, "publisher"), ==, "Université de Montréal");
  g_assert_cmpstr (gln_biblio_get_string (extra, "genre"), ==, "PhD Dissertation");
  g_clear_pointer (&extra, json_object_unref);

  /* Mendeley's arxivId. */
  paper = gln_test_find_paper (papers, "arxivid2019");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:1904.01234");
  gln_test_assert_strv (gln_paper_get_authors (paper), "Satoshi Nakamura|Katsuhiro Ōtomo");

  paper = gln_test_find_paper (papers, "talk2023");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2023-12-11");
}

static void
test_broken (void)
{
  static const char * const expected[] = {
    "line 11: entry “missing-comma” skipped: missing “,” after field “author”",
    "line 20: entry “unclosed-brace” skipped: "
    "the entry is not closed before the next one starts",
    "line 31: entry “missing-equals” skipped: missing “=” after field “title”",
    "line 34: “@inproceedings” skipped: the entry has no key",
    "line 39: entry “unclosed-quote” skipped: "
    "the value of field “title” has no closing quote",
    "line 44: undefined string “undefinedmacro” in field “title”",
    "line 45: undefined string “nowhere” in field “howpublished”",
    "line 50: entry “duplicate-field” has field “title” twice; the first one is kept",
    "line 54: entry “runaway” skipped: the value of field “title” has no closing brace",
    NULL
  };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) papers = parse_fixture ("broken.bib", &problems);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GPtrArray *none;

  g_assert_cmpuint (problems->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < problems->len; i++)
    g_assert_cmpstr (problems->pdata[i], ==, expected[i]);

  /* The entries around the broken ones are all there. */
  g_assert_cmpuint (papers->len, ==, 6);
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "good-one")), ==,
                   "The First Good Entry");
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "good-three")), ==,
                   "Quoted and Fine");
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "undefined-macro")), ==,
                   "Uses an string");
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "duplicate-field")), ==,
                   "First Title Wins");
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "good-four")), ==,
                   "The Last Good Entry");

  /* A file whose only entry is broken is an error that says why. */
  path = gln_test_data_path ("bibtex", "eof.bib", NULL);
  bytes = gln_test_load_bytes (path);
  none = gln_bibtex_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error);
  g_assert_null (none);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "line 3"));

  /* An empty file is no error, just no papers. */
  g_clear_error (&error);
  none = gln_bibtex_parse ("% nothing here\n", -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
  g_ptr_array_unref (none);
}

/* Hostile files, generated here: each loses the entry it attacks with a problem line, in
 * bounded time and memory, and keeps the entry after it. */
static GString *
hostile_deep_braces (void)
{
  GString *s = g_string_new ("@article{deep,\n  title = {");

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, '{');
  g_string_append_c (s, 'x');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, '}');
  g_string_append (s, "},\n}\n");

  return s;
}

static GString *
hostile_string_doubling (void)
{
  GString *s = g_string_new ("@string{a0 = \"x\"}\n");

  for (guint i = 1; i <= 30; i++)
    g_string_append_printf (s, "@string{a%u = a%u # a%u}\n", i, i - 1, i - 1);
  g_string_append (s, "@article{doubled, title = a30}\n");

  return s;
}

/* Below the cap per value, many values still add up. */
static GString *
hostile_string_total (void)
{
  GString *s = g_string_new ("@string{a0 = \"x\"}\n");

  for (guint i = 1; i <= 19; i++)
    g_string_append_printf (s, "@string{a%u = a%u # a%u}\n", i, i - 1, i - 1);
  for (guint i = 0; i < 70; i++)
    g_string_append_printf (s, "@misc{big%u, note = a19 # a19}\n", i);

  return s;
}

/* Each unclosed comment would scan to the end of the file. */
static GString *
hostile_unclosed_comments (void)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "@comment{\n");

  return s;
}

typedef struct
{
  const char *name;
  GString  *(*generate) (void);
  const char *problem;
} HostileCase;

static const HostileCase hostile_cases[] = {
  { "deep-braces", hostile_deep_braces,
    "line 2: entry “deep” skipped: the value of field “title” nests braces more than 256 deep" },
  { "string-doubling", hostile_string_doubling,
    "line 22: “@string” skipped: the value of field “a21” is longer than 1 MB" },
  { "string-total", hostile_string_total,
    "line 52: entry “big31” skipped: @string values expand to more than 32 MB in this file" },
  { "unclosed-comments", hostile_unclosed_comments,
    "line 100000: @comment has no closing brace" },
};

static void
test_hostile (gconstpointer data)
{
  const HostileCase *c = data;
  g_autoptr(GString) text = c->generate ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gboolean found = FALSE;

  g_string_append (text, "@article{after, title = {After the Attack}}\n");
  papers = gln_bibtex_parse (text->str, text->len, &problems, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    found |= g_str_has_suffix (problems->pdata[i], c->problem);
  if (!found)
    g_error ("no problem “%s”", c->problem);
  g_assert_nonnull (gln_test_find_paper (papers, "after"));
  /* Seconds before; a generous bound for slow machines and valgrind. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
}

/* An unclosed "@comment{" ended the file for us; BibTeX reads the entries after it. */
static void
test_unclosed_comment (void)
{
  static const char text[] =
    "@comment{ jabref-meta: an unclosed comment\n"
    "@article{first, title = {First}}\n"
    "@comment{closed {with braces} and\n@article{commented, title = {Commented Out}}\n}\n"
    "@article{second, title = {Second}}\n"
    "@comment{\n@article{third, title = {Third}}\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  papers = gln_bibtex_parse (text, -1, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 3);
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "first")), ==, "First");
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "second")), ==, "Second");
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "third")), ==, "Third");
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (problems->pdata[0], ==, "line 1: @comment has no closing brace");
  g_assert_cmpstr (problems->pdata[1], ==, "line 7: @comment has no closing brace");
}

typedef struct
{
  const char     *name;
  const char     *path;
  GlnBibtexFlags  flags;
  gboolean        ignore_types;
} RoundTrip;

static const RoundTrip round_trips[] = {
  { "library-biblatex", "library.bib", GLN_BIBTEX_FLAGS_BIBLATEX, FALSE },
  { "library-biblatex-ascii", "library.bib", GLN_BIBTEX_FLAGS_BIBLATEX | GLN_BIBTEX_FLAGS_ASCII,
    FALSE },
  /* BibTeX has no @online: that type becomes @misc, everything else stays. */
  { "library-bibtex", "library.bib", GLN_BIBTEX_FLAGS_ASCII, TRUE },
  { "library-bibtex-unicode", "library.bib", GLN_BIBTEX_FLAGS_NONE, TRUE },
  { "broken", "broken.bib", GLN_BIBTEX_FLAGS_ASCII, FALSE },
  { "xampl", XAMPL_BIB, GLN_BIBTEX_FLAGS_ASCII, FALSE },
  { "biblatex-examples", BIBLATEX_EXAMPLES_BIB, GLN_BIBTEX_FLAGS_BIBLATEX, FALSE },
  { "biblatex-examples-ascii", BIBLATEX_EXAMPLES_BIB,
    GLN_BIBTEX_FLAGS_BIBLATEX | GLN_BIBTEX_FLAGS_ASCII, FALSE },
};

static void
test_round_trip (gconstpointer data)
{
  static const char * const type_fields[] = { "extra:type", "extra:bibtex/@type", NULL };
  const RoundTrip *rt = data;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;

  if (g_path_is_absolute (rt->path) && !g_file_test (rt->path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("TeX Live's example .bib files are not installed "
                   "(build-aux/install-deps.sh --test)");
      return;
    }

  first = g_path_is_absolute (rt->path) ? parse_file (rt->path, NULL)
                                         : parse_fixture (rt->path, NULL);
  written = gln_bibtex_write (first, rt->flags);
  second = gln_bibtex_parse (written, -1, NULL, &error);
  g_assert_no_error (error);

  gln_test_assert_lists_equal (first, second, rt->ignore_types ? type_fields : NULL);

  /* And writing is stable: the second export is the first. */
  rewritten = gln_bibtex_write (second, rt->flags);
  g_assert_cmpstr (rewritten, ==, written);
}

static void
test_debian_xampl (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(JsonObject) extra = NULL;
  GlnPaper *paper;

  if (!g_file_test (XAMPL_BIB, G_FILE_TEST_EXISTS))
    {
      g_test_skip (XAMPL_BIB " is not installed (texlive-base)");
      return;
    }

  papers = parse_file (XAMPL_BIB, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  /* 40 "@" lines: a @preamble, three @string and 36 entries. */
  g_assert_cmpuint (papers->len, ==, 36);

  paper = gln_test_find_paper (papers, "inbook-full");
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Fundamental Algorithms");
  gln_test_assert_strv (gln_paper_get_authors (paper), "Donald E. Knuth");
  /* year = "{\noopsort{1973b}}1973", month = "10~" # jan */
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "1973-01-10");
  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_biblio_get_string (extra, "page"), ==, "10–119");
  g_assert_cmpstr (gln_biblio_get_string (extra, "collection-title"), ==,
                   "The Art of Computer Programming");
  g_clear_pointer (&extra, json_object_unref);

  paper = gln_test_find_paper (papers, "inproceedings-full");
  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "On Notions of Information Transfer in VLSI Circuits");
  g_assert_cmpstr (gln_biblio_get_string (extra, "container-title"), ==,
                   "Proc. Fifteenth Annual ACM Symposium on the Theory of Computing");
  g_assert_cmpstr (gln_biblio_get_string (gln_biblio_get_object (extra, "bibtex"), "organization"),
                   ==, "The OX Association for Computing Machinery");
  g_clear_pointer (&extra, json_object_unref);

  paper = gln_test_find_paper (papers, "unpublished-minimal");
  gln_test_assert_strv (gln_paper_get_authors (paper), "Ulrich Ünderwood|Ned Ñet|Paul P̄ot");

  paper = gln_test_find_paper (papers, "techreport-full");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "An $O(n \\log n / \\! \\log\\log n)$ Sorting Algorithm");
  gln_test_assert_strv (gln_paper_get_authors (paper), "Tom Térrific");

  /* Crossref'd: the article gets the journal's fields. */
  paper = gln_test_find_paper (papers, "article-crossref");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "1986-07");
}

static void
test_debian_biblatex_examples (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(JsonObject) extra = NULL;
  GlnPaper *paper;

  if (!g_file_test (BIBLATEX_EXAMPLES_BIB, G_FILE_TEST_EXISTS))
    {
      g_test_skip (BIBLATEX_EXAMPLES_BIB " is not installed (texlive-bibtex-extra)");
      return;
    }

  papers = parse_file (BIBLATEX_EXAMPLES_BIB, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  /* 100 "@" lines less eight @string. */
  g_assert_cmpuint (papers->len, ==, 92);

  paper = gln_test_find_paper (papers, "aksin");
  gln_test_assert_strv (gln_paper_get_authors (paper),
                        "Özge Aksın|Hayati Türkmen|Levent Artok|Bekir Çetinkaya|Chaoying Ni|"
               "Orhan Büyükgüngör|Erhan Özkal");
  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_biblio_get_string (extra, "container-title"), ==,
                   "J.\xc2\xa0Organomet. Chem.");
  g_assert_cmpstr (gln_biblio_get_string (extra, "page"), ==, "3027-3036");
  g_clear_pointer (&extra, json_object_unref);

  paper = gln_test_find_paper (papers, "baez/article");
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "math/0307200");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 3);

  paper = gln_test_find_paper (papers, "sigfridsson");
  g_assert_cmpstr (gln_paper_get_doi (paper), ==,
                   "10.1002/(sici)1096-987x(199803)19:4<377::aid-jcc1>3.0.co;2-p");

  paper = gln_test_find_paper (papers, "itzhaki");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Some remarks on 't Hooft's S-matrix for black holes");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "1996-03-11");

  paper = gln_test_find_paper (papers, "knuth:ct");
  extra = gln_biblio_dup_extra (paper);
  /* A date range is kept as biblatex wrote it. */
  g_assert_cmpstr (gln_biblio_get_string (gln_biblio_get_object (extra, "bibtex"), "date"), ==,
                   "1984/1986");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "1984");
}

/* A title that is only a command is still a title: "{\LuaTeX}" from the table, "{\TUG}" by
 * its name, as the reading pane shows it. */
static void
test_title_of_commands (void)
{
  static const char bib[] =
    "@Article{Hoekwater:TB28-3-312, title = \"{\\LuaTeX}\"}\n"
    "@Article{Anonymous:TB11-2-xx, title = \"{\\TUG}\"}\n"
    "@Article{Casares:TB23-3-313, title = \"{\\MTeX}\\/\"}\n"
    "@Article{math, title = {$\\pi$}}\n";
  g_autoptr(GPtrArray) papers = gln_bibtex_parse (bib, -1, NULL, NULL);

  g_assert_cmpuint (papers->len, ==, 4);
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "Hoekwater:TB28-3-312")),
                   ==, "LuaTeX");
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "Anonymous:TB11-2-xx")),
                   ==, "TUG");
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "Casares:TB23-3-313")),
                   ==, "MTeX");
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (papers, "math")), ==, "π");
  for (guint i = 0; i < papers->len; i++)
    g_assert_nonnull (gln_paper_get_key (papers->pdata[i]));
}

static void
test_cite_keys (void)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) parsed = NULL;
  g_autofree char *text = NULL;
  const char *authors[] = { "Pengfei Liu", "Weizhe Yuan", NULL };

  for (guint i = 0; i < 3; i++)
    {
      GlnPaper *paper = gln_paper_new ();

      gln_paper_set_title (paper, i < 2 ? "On Learning to Prompt" : "The Meißner Effect");
      gln_paper_set_authors (paper, i < 2 ? authors : NULL, NULL);
      gln_paper_set_published (paper, "2022-05-01");
      gln_paper_set_date_precision (paper, GLN_DATE_PRECISION_DAY);
      g_ptr_array_add (papers, paper);
    }

  text = gln_bibtex_write (papers, GLN_BIBTEX_FLAGS_ASCII);
  g_assert_nonnull (strstr (text, "@misc{liu2022learning,\n"));
  g_assert_nonnull (strstr (text, "@misc{liu2022learninga,\n"));
  g_assert_nonnull (strstr (text, "@misc{anon2022meissner,\n"));

  /* The keys come back as the papers' citation keys. */
  parsed = gln_bibtex_parse (text, -1, NULL, NULL);
  g_assert_cmpuint (parsed->len, ==, 3);
  g_assert_cmpstr (gln_paper_get_title (gln_test_find_paper (parsed, "liu2022learninga")), ==,
                   "On Learning to Prompt");
}

static void
test_detect (void)
{
  static const struct
  {
    const char      *text;
    GlnImportFormat  format;
  } cases[] = {
    { "@article{x, title = {A}}", GLN_IMPORT_FORMAT_BIBTEX },
    { "% JabRef\n\n  @Book(y,\n title = \"B\")", GLN_IMPORT_FORMAT_BIBTEX },
    { "TY  - JOUR\nTI  - A\nER  - \n", GLN_IMPORT_FORMAT_RIS },
    { "\xef\xbb\xbfTY  - BOOK\r\nER  - \r\n", GLN_IMPORT_FORMAT_RIS },
    { "[{\"id\": \"a\", \"type\": \"book\", \"issued\": {\"date-parts\": [[2020]]}}]",
      GLN_IMPORT_FORMAT_CSLJSON },
    { "[{\"paper\": {\"id\": \"2410.17243\"}, \"publishedAt\": \"2024\"}]", GLN_IMPORT_FORMAT_HF },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));

      g_assert_cmpint (gln_import_detect_format (bytes), ==, cases[i].format);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (decode_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/bibtex/decode/%u", i);

      g_test_add_data_func (path, &decode_cases[i], test_decode);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fold_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/bibtex/fold/%u", i);

      g_test_add_data_func (path, &fold_cases[i], test_fold);
    }
  for (guint i = 0; i < G_N_ELEMENTS (shared_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/bibtex/shared-with-reading/%u", i);

      g_test_add_data_func (path, &shared_cases[i], test_shared);
    }
  g_test_add_func ("/gln/bibtex/deep", test_deep);
  for (guint i = 0; i < G_N_ELEMENTS (encode_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/bibtex/encode/%u", i);

      g_test_add_data_func (path, &encode_cases[i], test_encode);
    }
  for (guint i = 0; i < G_N_ELEMENTS (name_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/bibtex/names/%u", i);

      g_test_add_data_func (path, &name_cases[i], test_names);
    }
  for (guint i = 0; i < G_N_ELEMENTS (round_trips); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/bibtex/round-trip/%s", round_trips[i].name);

      g_test_add_data_func (path, &round_trips[i], test_round_trip);
    }
  g_test_add_func ("/gln/bibtex/names/lists", test_names_lists);
  g_test_add_func ("/gln/bibtex/library", test_library);
  g_test_add_func ("/gln/bibtex/broken", test_broken);
  g_test_add_func ("/gln/bibtex/unclosed-comment", test_unclosed_comment);
  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/gln/bibtex/hostile/", hostile_cases[i].name, NULL);

      g_test_add_data_func (path, &hostile_cases[i], test_hostile);
    }
  g_test_add_func ("/gln/bibtex/debian/xampl", test_debian_xampl);
  g_test_add_func ("/gln/bibtex/debian/biblatex-examples", test_debian_biblatex_examples);
  g_test_add_func ("/gln/bibtex/title-of-commands", test_title_of_commands);
  g_test_add_func ("/gln/bibtex/cite-keys", test_cite_keys);
  g_test_add_func ("/gln/bibtex/detect", test_detect);

  return g_test_run ();
}
