/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "gln-listing.h"
#include "gln-listing-private.h"
#include "gln-paper-key.h"
#include "gln-test-utils.h"

/* The year the shared pages were copied in; dates shown without a year fall in it. */
#define COPY_YEAR 2026

static const char * const own_fixtures[] = {
  "search-results",   /* search results: title and abstract lines alternating, no blanks */
  "scholar-results",  /* search results with "A Smith - Venue, 2021 - host" bylines */
  "abstracts-only",   /* abstracts without titles under institution headings, a wrapped one */
  "blank-lines",      /* blank lines between everything, author lines, "Abstract:" prefix */
  "daily-crlf",       /* CRLF line ends, "SubscribeTitle", organisation line, upvotes */
  "german",           /* German chrome, labels and dates */
  "chinese",          /* Chinese chrome, labels and dates, a Chinese abstract */
  "arxiv-listing",    /* arXiv listing: ids, "Subjects:" categories, labelled fields */
  "arxiv-new",        /* arXiv /list/…/new: new entries with abstracts, replacements without */
  "arxiv-search",     /* arXiv search results: numbers, tags, "▽ More", "Submitted" after */
  "arxiv-search-plain", /* arXiv search as copied: no numbers, "…" snippets, "MSC Class:", doi lines */
  "arxiv-author",     /* arXiv /a/ author page: "[1] arXiv:id", labelled fields, no abstracts */
  "dblp-person",      /* DBLP person page: year headings, "[j4]", "A, B:" over "Title. Venue" */
  "dblp-venue",       /* DBLP table of contents: front matter, "A, B:" over "Title. 3-13" */
  "dblp-punctuation", /* DBLP person page: "!", "?", "...", ". 1." inside titles */
  "scholar-profile",  /* Google Scholar profile: title, authors "...", venue TAB cited-by TAB year */
  "scholar-profile-rows", /* its older layout: venue, then "6316*<TAB>1926" cells; sidebar */
  "scholar-profile-full", /* Scholar profile, whole page: chart, co-authors glued to "Verified email at" */
  "scholar-search",   /* Google Scholar results with and without snippets, [CITATION] and [BOOK] */
  "openreview-venue", /* OpenReview venue page: title, authors, "Published:", venue, chrome */
  "openreview-forum", /* OpenReview forum: the paper with its abstract, then reviews */
  "openreview-profile", /* OpenReview profile: career, relations, then publications */
  "semantic-scholar-author", /* Semantic Scholar: "+3 authors", fields, venue, year, TLDR */
  "semantic-scholar-search", /* its search: "+3 authors Name", dates, snippets, counts */
  "pubmed-results",   /* PubMed results: "Title.", "Okafor M, Brandt L.", citation, snippets */
  "acl-volume",       /* ACL Anthology volume: front matter and its editors, then the papers */
  "acl-event",        /* ACL Anthology event: volumes under "bib (full)" headings, front matter */
  "lab-apa-ieee",     /* lab page: numbered APA and IEEE citations, a list of talks */
  "lab-blocks",       /* lab page: title, authors, venue, then "PDF Code Slides" links */
  "lab-other-styles", /* lab page: Harvard and "J. Smith, R. Jones. Title. Venue 2023." */
  "lab-mla-chicago",  /* lab page: MLA and Chicago (author-date and notes) citations */
  "lab-wrapped",      /* lab page: IEEE and APA citations wrapped over lines, a word broken */
  "lab-dotted",       /* lab page: "2026 · 3", title, "A*, B† · Venue 981, A12 (2026)" */
  "acl-event-2019",   /* ACL Anthology until 2019: "pdf bib Title", "[Q01-1001]: A | B", issues */
  "lab-highlights",   /* lab page: title, blurb, "A* & B*, C; D", venue; then the full list */
  "lab-hugo-citations", /* lab page: "A*, B (* co-first author) (2024). Title. Venue." */
  "lab-tagged-citations", /* lab page: "[J12] A and B. Title. Venue, 2025." under headings */
  "lab-venue-first",  /* lab page: "CVPR 2026 A. Bo, C. Di, \"Title\"", Chinese headings, no year */
  "lab-ieee-years",   /* lab page: IEEE under year headings, accepted papers without a year */
  "lab-authors-first", /* lab page: authors over title, "Venue, 2023", "| Bibtex | PDF |" */
  "lab-numbered-above", /* lab page: "(18) A, B, Journal 1, 2 (2026)." over the title */
  "personal-title-first", /* "ICML 2026<TAB>Title, A†, B, et al. (note)", "Title, A, B. V, 2025." */
  "lab-chicago-notes", /* Chicago notes: "Surname, Given, and Given Surname, “Title,” Venue" */
  "lab-quoted",       /* lab page: "[J9] Title.", names in quotes, "Venue.\", 2025.\"" */
  "lab-marked",       /* lab page: "A*†, B† and C · Venue", names such as "Jiwoo An", "Can Demir" */
  "lab-marked-citations", /* lab page: "A, B*, C#. Title. Venue, 2024 (IF = 2.0)." by year */
  "lab-cards",        /* lab page: tag, title, "A, B, C.", "Venue · 2026 ↗", role; software */
  "lab-vancouver",    /* "[N] Family I, …, et al. Title. Venue 2024. DOI", names such as "EM B" */
  "lab-by-names",     /* "Title by A, B. Venue (X), City (Country), 2024", "Title. A, B. Venue" */
  "lab-title-venue-authors", /* lab page: "Title. [PDF] [PubMed]", "Genome Biol (2023)", "A, B, & C" */
  "personal-with-abstracts", /* "Title (with A, B, and C)", venue, "Abstract: …", "Full paper: PDF" */
  "lab-year-first",   /* lab page: "2024 - A, I.*; B, I., & C, I. Title. Venue, 9(3), 45.", a state */
  "physics-title-first", /* MkDocs page: "Title, I. Surname et al., Phys. Rev. C 99, 1 (2019) DOI link" */
  "lab-ieee-markdown", /* IEEE lists: "A, B, and C D. Li. “Title.” In Venue", "A and B C. Li," */
  "lab-apa-topics",   /* APA under topic paragraphs: "& others. (2024).", "H. M. T. G. A." initials */
  "lab-quoted-years", /* year headings, "A, B, \"Title\", in Venue, 2014.", "[pdf] [video]", no names */
  "lab-apa-quoted",   /* Hugo: year headings, "A, B., & C. (2024). “Title.” Venue, 9(3), 1. Scholar" */
  "lab-harvard-bare", /* GitHub Markdown: "A, B, and C (2024) Title. Journal, 9, 1.", "…? Journal." */
  "mkdocs-mixed-styles", /* nav and two tables of contents; Nature and Vancouver, "; Consortium;" */
  "lab-labelled-cards", /* French cards: "Auteur(s) :" over one name a line, "Résumé :", a TOC */
  "personal-by-year", /* "Title." over "A, B. Venue, 9: 1-9, 2023." by year, long titles in a run */
  "lab-al-folio",     /* al-folio: year, badge, title, "A, B, and 3 more authors", "In Venue, 2024" */
  "lab-mkdocs-vancouver", /* "A B, C D. Title. Venue 9:1-9 (2003) PubMed", a last item running 3 on one line */
  "lab-stacked-place-dates", /* title / names / venue / "City, Country, July 2025." under year headings */
  "lab-comma-stacked", /* "Title," / "Names," / "Proc. Intl. Conf. …, Vol. 3, p.88–97, May 2022." */
  "lab-jemdoc-quoted", /* "A, B#. \"Title\", in Venue, City, June 22-25, 2026", ",\"Title\"", curly quotes */
  "lab-franklin-coauthors", /* title / "Co-authors: A, B" / "Venue, Vol. 31, 2024 • DOI", footer */
  "lab-tabbed-volume", /* tabbed title / names / "Letters, vol. 6, …, Apr. 2021"; "A, PhD Thesis, …" */
  "apa-year-lines",   /* year headings over APA lines, no blank lines, "& … (2024)", "(submitted)", one author */
  "vancouver-single-author", /* "Family AB. Holm and Hochberg adjustments …. Journal 2019; …" */
  "names-year-lines", /* "I. Family,I. Family1 (2014). Title. Venue" lines under bare headings */
  "cv-with-coauthors", /* "2.“Title”, with A and B, Journal, vol. 35, 2022.", lines without "with" */
  "apa-split-lines",  /* "A, B., & C. (2021)" / title / "Journal, 712, 136-149", topic headings */
  "cv-venue-with",    /* title / "Journal, 41(3), July 2022, pp. 573-588 (with A)", own papers */
  "lab-pelican-dashes", /* Pelican: "Title — A, B — Venue [pdf]", "Title - A, PhD thesis (2021)", notes */
  "quarto-listing",   /* Quarto listing: title or "SHORT" over it, tags, teaser "…", "Mar 3, 2025", names */
  "lab-title-citation-line", /* title over "A. B and C. D. In Proc. of X, 2024." or "B A, D C (2024) J 1:2" */
  "lab-nature-style", /* "Surname, I., Jr., I. & Surname, I. Title. Journal 6, 1–9 (2021).", preprints */
  "tables-dreamweaver", /* "[n]<TAB>" rows; "\"Title\" (invited), A. B. Name*, …, Meeting, City, date"; talks */
  "tables-year-column", /* "2023<TAB>APA citation", "2020<TAB>Title<TAB>A, B. Venue 9 (2020)"; talks */
  "word-numbered-commas", /* Word page: "1.     A, I., B, I., Title, Venue", "2011 Title,", ACM style */
  "word-numbered-pair-slips", /* the same, slips: "A, I., B I., Title", "A, RS B, DR C, I., Title" */
  "word-ieee-bare",   /* Word page: "[1]      A. B#, C. D*, and E F,  Title,  Venue, Aug. 2018." */
  "word-vancouver-quoted", /* Word: "Patents:", "1.      A B, C DE. \"Title.\" J. 2024", chapters */
  "lab-mla-labels",   /* a topic label line over "Family, Given I., et al. \"Title.\" J 5.9 (2020): 1." */
  "homepage-entry-codes", /* "J4.A B, C D, “Title”, Venue, Mar. 2019.", "C2. A, I.; B, I., “Title,” …, 16-17 Oct. 2016" */
  "lab-jemdoc-blocks", /* jemdoc: title, names, "Venue 2024 | Paper PDF | Code", "A et al. (11 authors)" */
  "lab-jekyll-scholar-bibtex", /* APA lines, "Bib PDF Code", expanded BibTeX, "Title (PhD thesis)." */
  "personal-jemdoc-bib2html", /* CV lists "Award - Place, 2020", "A, and B. Ilić. Title." "6:1--9, 2021." */
  "lab-al-folio-expanded", /* al-folio, "Abs"/"Bib" open: the abstract under "Abs Bib PDF" */
  "lab-al-folio-tldr",     /* a one-sentence summary closing each entry: no abstract */
  "lab-al-folio-given-names", /* early al-folio: "Family, Given, …, and Family, Given", "and others," */
  "lab-physics-venue", /* "[6] Title" over "A, B and C, Phys. Rev. E 8, 1 (2023).", notes; "\"Title\"" */
  "lab-stacked-bilingual", /* lab table: title, translated title, one name a line "(M9101001)", year */
  "tables-report-rows", /* "Title / Date / Download/Link" tables, no authors, "Title\t\tMar 2010" */
  "personal-link-labels", /* "Title [slides] [code]", "A**, B", "Place, Month Year. (…)"; a CV */
  "lab-apa-hand-typed", /* APA typed by hand: "Family, I." pairs mixed with "Family I.", "(2019). Title." */
  "lab-physics-theses", /* "[5] Title" over "A. Bo, I. vanBeek,   Venue (2023)."; theses over "Committee:" */
  "sphinx-bibtex-collab", /* Sphinx bibliography: "Key" over "A, and B. Title. Venue"; "X Collaboration." */
  "lab-script-badges", /* title, "A, R. K. MV, et al.", "Venue, 2025", "Journal DOI"; a "US Patent" */
  "hugo-venue-cards", /* Hugo cards: "VENUE · 2025" over title, names, teaser, "PDF DOI Details" */
  "mkdocs-title-venue", /* MkDocs "Core¶" headings over "Title, VENUE 2019" lines; talks, blog, alumni */
  "lab-venue-dot-below", /* title, names, "Venue · 2023" under them: no card's badge */
  "lab-astro-ads", /* title over "Family, I., & Family, Given 2019, ApJ, 887, p. 212"; "K.-J.", ". II." */
  "lab-dblp-one-line", /* DBLP lines copied whole: "A, B, C: Title: Sub. Venue (2) 2023: 1-6" */
  "personal-with-coauthors", /* "Title, with A. Bo and C. Di, appeared here in Journal, 2021." */
  "personal-coauthors-parens", /* the same: "Title (with A. Bo), J 2019", "(with O.G. Bo)," */
  "lab-proceedings-run-on", /* "Family, I., and Family, I. Title in the Proceedings of …, (2021)." */
  "lab-proceedings-at-meeting", /* the same, "in the Proceedins of", "at the 2018 Fourth World Congress" */
  "lab-apa-typing-quirks", /* APA typed by hand: "Dahl,R.", "P.,Lund", "Aas, B (2018)", "(In press)" */
  "word-bullet-ieee", /* Word "‐         A, B, \" Title ,\" Venue, Mon. Year." bullets, " " lines */
  "cards-badge-pages", /* cards: year, "Journal SCIE · IF 6.1", title, names, "Venue, pp. 1–6, 2023" */
  "table-bibtex-and-names", /* table homepage: title / "Family, Given and Family, Given" / venue */
  "table-bibtex-names-quirks", /* the same: a title read as one name, "A*", "and Wu Tao and", "A, B, C, D and" */
  "personal-with-one-line", /* "Title (with A, B) arXiv (2024/5/2) Journal 40 (2024)", owner alone */
  "personal-with-venue-line", /* "Title" over "with A and B. Journal, 2021, 34(8): 1-9."; "In Book" */
  "lab-year-titled",  /* "2019. Title" / names / "(Venue 2019)" / "pdf   bib   code" */
  "lab-linked-blocks", /* names / "Title." / "[Paper], Accepted to [VENUE 2025]." / summary */
  "quarto-paren-years", /* Quarto: "A, B, … (2025) “Title” Venue. (doi: …)", theses */
  "cv-harvard-sections", /* CV page: "A, I. --. Title. Submitted to …", "Title, Series, Publisher, May." */
  "quarto-apa-gaps",  /* APA paragraphs: "A, B., … & C. (2024).", "Title. [Manuscript under review at J]." */
  "org-harvard-topics", /* old org site: "Family, I. and I. Family (2010). Title.", "Family, N, I. Family" */
  "lab-jekyll-venue-between", /* Jekyll lab: "Title." / "Journal, 9, 1-9 (2024)." / "A *, B,, C ✉" / "PDF Cite"; "Title.Submitted" */
  "homepage-quoted-runs", /* "A#, B*, “Title”, J, 2023, 14 (1), 1." and "\"\"\"\"Title.\"\"\"\"", "A*, #, B#", a granted patent */
  "lab-template-middots", /* Jekyll Lab Website Template: "9. A, B·Title·Venue·14 Mar 2025·doi:…", cards */
  "quarto-single-quoted-cv", /* "A, I.(*), and B, I.. ‘Title’. J*, 2024: 50(10), 1-9.", "B M.V.", "2022. ‘T’", software */
  "quarto-apa-in-preparation", /* APA "(In Preparation, 2025). Title.", "(…).Title", "Family, Given A. 2023. “T”" */
  "muse-entry-codes", /* Muse: "J3. A, I., and B, I., \"Title\", J (with ICRA option), Vol. 7, 2022.", press and award lines */
  "lab-pubmed-title-pairs", /* exported lab page: title over "J Biol Chem, 2019 Nov 29", no authors, menu */
  "static-titles-sections", /* "Journal articles", "Conference papers · topic" over titles alone; media */
  "lab-initials-first-years", /* years over "AB Name, C Name & DE Name. Title. J 10: 1-2. doi", "(2001)" */
  "rmd-year-et-al",   /* R Markdown: years over "Family I., et al. 2024. Title. Journal https://doi.org/…" */
  "lab-preprint-comma", /* "---2025---" over "Family I, B J. Title, arXiv preprint arXiv:2511.04417, 2025." */
  "cv-harvard-slips", /* "Family, I.I. and Family I. 2016. Title. In: A, B. et al. eds. Book", "--." */
  "personal-names-venue-doi", /* title over "A. B, C. D, Phys. Rev. E 3, 1 (2021). doi:10.…" */
  "cv-names-year-colon", /* "Given Family, Given B. Family (2003):" over the title over the venue */
  "bibtex-title-anded", /* Jekyll BibTeX loop: "Title, A and B and C, Venue 2012 [pdf] [details]", "Family, Given and …" */
  "apa-meeting-months", /* site export: APA paragraphs "(2025, November)", "(2023, October 14)", "[Conference poster]" */
  "bibtex2html-numbered", /* bibtex2html: "[N]<TAB>A. Title. In Proc. of X (MEET 2003), …. Publisher, 2004. [ bib | .pdf ]", one author */
  "tables-header-columns", /* "S#\tTitle\tAuthor Order\tJournal Name\tDate…" rows, no authors; a talks table */
  "personal-title-meetings", /* "Title. In the 7th Workshop on …, ACRO'23." alone, a thesis, "Title. [HAL]"; talks */
  "table-apa-starred", /* table rows "A, I., B, I.*(2023). Title. J 1, 2.", "(2025+)", "Dahl, E,", "E. Holm," and "etc." */
  "hexo-commas-slips", /* "A, I., B I.K. and C, I., Title, J, 1(2), 3.PDF": "Pires,D.", "Lin M. and", "，", a Chinese title */
};

static GPtrArray *
parse_bytes (GBytes  *bytes,
             int      year,
             GError **error)
{
  GlnListingOptions options = { year };
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  return gln_listing_parse (data, len, &options, error);
}

static JsonArray *
load_expected (JsonParser *parser,
               const char *path)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_get_array (json_parser_get_root (parser));
}

static gboolean
member_is_null (JsonObject *object,
                const char *name)
{
  return json_object_get_null_member (object, name);
}

static void
assert_strv_equal (const char * const *got,
                   JsonArray          *want)
{
  guint n = got != NULL ? g_strv_length ((char **) got) : 0;

  g_assert_cmpuint (n, ==, json_array_get_length (want));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (got[i], ==, json_array_get_string_element (want, i));
}

/* A truth shows names as the page does, with the marks of co-first and corresponding
 * authors ("Cai W*", "Lena Brandt†"); Gleaner stores the names without them. */
static void
assert_authors_equal (const char * const *got,
                      JsonArray          *want)
{
  guint n = got != NULL ? g_strv_length ((char **) got) : 0;

  g_assert_cmpuint (n, ==, json_array_get_length (want));
  for (guint i = 0; i < n; i++)
    {
      const char *name = json_array_get_string_element (want, i);
      g_autofree char *plain = g_strndup (name, _gln_listing_unmarked_length (name, strlen (name)));

      g_assert_cmpstr (got[i], ==, plain);
    }
}

static void
assert_paper_valid (GlnPaper *paper)
{
  g_autofree char *key = NULL;
  const char * const *authors = gln_paper_get_authors (paper);
  const char * const *urls = gln_listing_get_urls (paper);

  g_assert_nonnull (gln_paper_get_title (paper));
  g_assert_cmpstr (gln_paper_get_title (paper), !=, "");
  g_assert_true (g_utf8_validate (gln_paper_get_title (paper), -1, NULL));
  if (gln_paper_get_abstract (paper) != NULL)
    g_assert_true (g_utf8_validate (gln_paper_get_abstract (paper), -1, NULL));
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "listing");
  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    g_assert_true (g_utf8_validate (authors[i], -1, NULL));
  for (guint i = 0; urls != NULL && urls[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (urls[i], "http"));
  g_assert_cmpuint (gln_listing_get_line (paper), >=, 1);

  key = gln_paper_key_build (gln_paper_get_arxiv_id (paper), gln_paper_get_doi (paper),
                             gln_paper_get_title (paper));
  g_assert_cmpstr (gln_paper_get_key (paper), ==, key);
}

/* Compares one paper with one object of expected/NAME.json, field by field. */
static void
assert_paper_expected (GlnPaper   *paper,
                       JsonObject *want)
{
  const char *abstract = gln_paper_get_abstract (paper);

  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   json_object_get_string_member (want, "title"));

  /* A page that shows no abstract gives none: no author or venue line taken for one. */
  if (member_is_null (want, "abstract_chars"))
    g_assert_true (abstract == NULL || *abstract == '\0');
  else
    {
      glong n_chars = g_utf8_strlen (abstract, -1);
      g_autofree char *start = g_utf8_substring (abstract, 0, MIN (n_chars, 60));
      g_autofree char *end = g_utf8_substring (abstract, MAX (n_chars - 40, 0), n_chars);

      g_assert_cmpstr (start, ==, json_object_get_string_member (want, "abstract_start"));
      g_assert_cmpstr (end, ==, json_object_get_string_member (want, "abstract_end"));
      g_assert_cmpint (n_chars, ==, json_object_get_int_member (want, "abstract_chars"));
    }

  if (member_is_null (want, "authors"))
    g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 0);
  else
    assert_authors_equal (gln_paper_get_authors (paper),
                          json_object_get_array_member (want, "authors"));

  if (member_is_null (want, "authors_truncated"))
    g_assert_false (gln_paper_get_authors_truncated (paper));
  else
    g_assert_cmpint (gln_paper_get_authors_truncated (paper), ==,
                     json_object_get_boolean_member (want, "authors_truncated"));

  g_assert_cmpint (gln_paper_get_author_count (paper), ==,
                   member_is_null (want, "author_count") ? -1 :
                   json_object_get_int_member (want, "author_count"));

  if (member_is_null (want, "institutions"))
    g_assert_true (gln_paper_get_institutions (paper) == NULL ||
                   gln_paper_get_institutions (paper)[0] == NULL);
  else
    assert_strv_equal (gln_paper_get_institutions (paper),
                       json_object_get_array_member (want, "institutions"));

  g_assert_cmpstr (gln_paper_get_category (paper), ==,
                   member_is_null (want, "category") ? NULL :
                   json_object_get_string_member (want, "category"));
  g_assert_cmpstr (gln_paper_get_date_text (paper), ==,
                   member_is_null (want, "date") ? NULL :
                   json_object_get_string_member (want, "date"));

  /* A page that shows no code flag leaves has_code to a code link in the abstract. */
  if (member_is_null (want, "has_code"))
    g_assert_cmpint (gln_paper_get_has_code (paper), ==, gln_paper_get_code_url (paper) != NULL);
  else
    g_assert_cmpint (gln_paper_get_has_code (paper), ==,
                     json_object_get_boolean_member (want, "has_code"));

  g_assert_cmpint (gln_paper_get_upvotes (paper), ==,
                   member_is_null (want, "upvotes") ? -1 :
                   json_object_get_int_member (want, "upvotes"));
  assert_strv_equal (gln_listing_get_urls (paper), json_object_get_array_member (want, "urls"));
  g_assert_cmpint (gln_listing_get_line (paper), ==, json_object_get_int_member (want, "line"));

  /* Fields only our own fixtures spell out. */
  if (json_object_has_member (want, "published"))
    g_assert_cmpstr (gln_paper_get_published (paper), ==,
                     json_object_get_string_member (want, "published"));
  if (json_object_has_member (want, "arxiv_id"))
    g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==,
                     json_object_get_string_member (want, "arxiv_id"));
  if (json_object_has_member (want, "key"))
    g_assert_cmpstr (gln_paper_get_key (paper), ==, json_object_get_string_member (want, "key"));
  if (json_object_has_member (want, "code_url"))
    g_assert_cmpstr (gln_paper_get_code_url (paper), ==,
                     json_object_get_string_member (want, "code_url"));
  if (json_object_has_member (want, "doi"))
    g_assert_cmpstr (gln_paper_get_doi (paper), ==, json_object_get_string_member (want, "doi"));
  if (json_object_has_member (want, "venue"))
    g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==,
                     json_object_get_string_member (want, "venue"));
  if (json_object_has_member (want, "cited_by"))
    {
      g_autofree char *extra = NULL;

      if (!member_is_null (want, "cited_by"))
        extra = g_strdup_printf ("{\"cited_by\":%" G_GINT64_FORMAT "}",
                                 json_object_get_int_member (want, "cited_by"));
      g_assert_cmpstr (gln_paper_get_extra (paper), ==, extra);
      g_assert_cmpint (gln_listing_get_cited_by (paper), ==,
                       member_is_null (want, "cited_by") ? -1 :
                       json_object_get_int_member (want, "cited_by"));
    }
}

static void
assert_page_expected (GBytes     *page,
                      const char *expected_path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *expected = load_expected (parser, expected_path);

  papers = parse_bytes (page, COPY_YEAR, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < MIN (papers->len, json_array_get_length (expected)); i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);

      g_test_message ("entry %u: %s", i + 1, gln_paper_get_title (paper));
      assert_paper_valid (paper);
      assert_paper_expected (paper, json_array_get_object_element (expected, i));
    }
  g_assert_cmpuint (papers->len, ==, json_array_get_length (expected));
}

static void
test_shared_page (gconstpointer data)
{
  const char *name = data;
  g_autofree char *file = g_strconcat (name, ".txt", NULL);
  g_autofree char *json = g_strconcat (name, ".json", NULL);
  g_autofree char *path = gln_test_shared_path ("fixtures", "listings", file, NULL);
  g_autofree char *expected = gln_test_shared_path ("fixtures", "listings", "expected", json, NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);

  assert_page_expected (bytes, expected);
}

static void
test_own_page (gconstpointer data)
{
  const char *name = data;
  g_autofree char *file = g_strconcat (name, ".txt", NULL);
  g_autofree char *json = g_strconcat (name, ".json", NULL);
  g_autofree char *path = gln_test_data_path ("listings", file, NULL);
  g_autofree char *expected = gln_test_data_path ("listings", "expected", json, NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  gsize len;
  const char *text = g_bytes_get_data (bytes, &len);

  /* The CRLF fixture must really have CRLF line ends. */
  if (strstr (name, "crlf") != NULL)
    g_assert_nonnull (g_strstr_len (text, len, "\r\n"));

  assert_page_expected (bytes, expected);
}

static GBytes *
replace_bytes (GBytes     *bytes,
               const char *from,
               const char *to)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autofree char *text = g_strndup (data, len);
  g_auto(GStrv) parts = g_strsplit (text, from, -1);
  char *joined = g_strjoinv (to, parts);

  return g_bytes_new_take (joined, strlen (joined));
}

/* The same page with CRLF or CR line ends, indented, or after a byte-order mark gives the
 * same papers. */
static void
test_line_endings (void)
{
  static const char * const pages[] = { "author-page.txt", "hf-daily-papers-page.txt" };

  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      g_autofree char *path = gln_test_shared_path ("fixtures", "listings", pages[p], NULL);
      g_autoptr(GBytes) lf = gln_test_load_bytes (path);
      g_autoptr(GPtrArray) reference = parse_bytes (lf, COPY_YEAR, NULL);
      GBytes *variants[] = {
        replace_bytes (lf, "\n", "\r\n"),
        replace_bytes (lf, "\n", "\r"),
        replace_bytes (lf, "\n", "\n \t"),
        replace_bytes (lf, "\n", "\n\n"),
      };

      g_assert_nonnull (reference);
      for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
        {
          g_autoptr(GPtrArray) papers = parse_bytes (variants[v], COPY_YEAR, NULL);

          g_assert_nonnull (papers);
          g_assert_cmpuint (papers->len, ==, reference->len);
          for (guint i = 0; i < papers->len; i++)
            {
              GlnPaper *a = g_ptr_array_index (reference, i);
              GlnPaper *b = g_ptr_array_index (papers, i);

              g_assert_cmpstr (gln_paper_get_title (a), ==, gln_paper_get_title (b));
              g_assert_cmpstr (gln_paper_get_abstract (a), ==, gln_paper_get_abstract (b));
              g_assert_cmpstr (gln_paper_get_date_text (a), ==, gln_paper_get_date_text (b));
              g_assert_cmpint (gln_paper_get_author_count (a), ==, gln_paper_get_author_count (b));
              g_assert_cmpint (gln_paper_get_upvotes (a), ==, gln_paper_get_upvotes (b));
              g_assert_cmpuint (gln_paper_get_n_authors (a), ==, gln_paper_get_n_authors (b));
              if (v < 3)
                g_assert_cmpuint (gln_listing_get_line (a), ==, gln_listing_get_line (b));
            }
          g_bytes_unref (variants[v]);
        }
    }
}

/* Bytes that are not UTF-8 are repaired, not fatal, and do not lose papers. */
static void
test_invalid_utf8 (void)
{
  g_autofree char *path = gln_test_shared_path ("fixtures", "listings", "author-page.txt", NULL);
  g_autoptr(GBytes) page = gln_test_load_bytes (path);
  g_autoptr(GBytes) broken = replace_bytes (page, "BERT", "BE\xff\xfeRT\xc3");
  g_autoptr(GByteArray) nul = g_byte_array_new ();
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GPtrArray) with_nul = NULL;
  gsize len;
  const guint8 *data = g_bytes_get_data (page, &len);

  /* NUL bytes inside the text do not end it. */
  g_byte_array_append (nul, data, len);
  for (gsize i = 0; i < len; i += 97)
    if (nul->data[i] == ' ')
      nul->data[i] = '\0';

  papers = parse_bytes (broken, COPY_YEAR, NULL);
  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 34);
  for (guint i = 0; i < papers->len; i++)
    assert_paper_valid (g_ptr_array_index (papers, i));

  with_nul = gln_listing_parse ((const char *) nul->data, nul->len, NULL, NULL);
  g_assert_nonnull (with_nul);
  g_assert_cmpuint (with_nul->len, ==, 34);
}

static void
test_no_papers (void)
{
  static const char * const texts[] = {
    "",
    "\n\n\r\n",
    "Home | Papers | Contact\n\nSubscribe\n\nDaily Papers\n\nApr 20\n\nNext »\n",
    "A title without any abstract\nAnother short line\n",
    /* A table of news with the cells of a table of reports, and no document. */
    "Press Releases 2010\n\nTitle\n\nDate\n\nLink\n\n"
    "\tInstitute Opens a Field Office in Millbrook\t\t\t\n\nMarch 2010\n\n\t\t\tRead more\t\n\n"
    "\tNew Director Named for the Water Program\t\t\t\n\nJan 2010\n\n\t\t\tRead more\t\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) papers = gln_listing_parse (texts[i], -1, NULL, &error);

      g_assert_null (papers);
      g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_NO_PAPERS);
    }
}

/* Without options, dates shown without a year are in the current year. */
static void
test_default_year (void)
{
  const char *page =
    "CLJun 2\n"
    "A Study of Something Important for ReadersAlice Smith, Bob Jones et al.\n"
    "We study something important. It matters to many readers and we show why in three "
    "experiments that anyone can repeat.\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso = g_strdup_printf ("%04d-06-02", g_date_time_get_year (now));
  GlnPaper *paper;

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 1);
  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "A Study of Something Important for Readers");
  g_assert_cmpstr (gln_paper_get_date_text (paper), ==, "Jun 2");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, iso);
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_DAY);
}

/* A citation under a title is never its abstract: the paper goes without one (issue 18). */
static void
test_citation_not_abstract (void)
{
  const char *page =
    "Publications\n"
    "Ring couplings of molecules in optical cavities\n"
    "R. Weiss, S. Das, and B. Kudisch, J. Chem. Phys. 12, 3 (2020).\n"
    "Lower bounds for ground states from certificates\n"
    "R. Weiss, S. Das, and B. Kudisch, J. Chem. Phys. 13, 5 (2021).\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 2);
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 1)), ==,
                   "Lower bounds for ground states from certificates");
  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);
      const char *abstract = gln_paper_get_abstract (paper);

      g_assert_true (abstract == NULL || *abstract == '\0');
    }
}

/* "Accounting. Seminar Notebook" under a title (a card's book): a word closed by a period
 * before others ends a sentence, where a given name's abbreviation is short; initials
 * glued together stay a name. */
static void
test_sentence_not_name (void)
{
  gboolean truncated;
  g_autoptr(GPtrArray) sentence =
    _gln_listing_parse_record_authors ("Accounting. Seminar Notebook", &truncated);
  g_autoptr(GPtrArray) initials =
    _gln_listing_parse_record_authors ("A.K.M. Rezaul Karim, Lena Brandt", &truncated);

  g_assert_null (sentence);
  g_assert_nonnull (initials);
  g_assert_cmpuint (initials->len, ==, 2);
}

/* Lines shaped like "Title, I. Surname et al., Phys. Rev. C 99, 1 (2019)" or "Surname,
 * I. Title. Journal, 9(3), 45." that are none: editors inside a parenthesis, names
 * written given names first where the title would be, a sentence that cites a paper,
 * initials before family names. No names are read from them as a paper's authors. */
static void
test_title_initials_not_citations (void)
{
  static const char * const lines[] = {
    "Trends in Graph Colouring (A. Novak, B. Ruiz and C. Tanaka, eds.), 713-752, Lecture "
    "Notes 159, Springer, 2016.\n",
    "Lena Marie Brandt, Sunil Kumar Iyer, Omar Qadri, M. Hadi Okafor, Rami Haddad. ICMLA "
    "2025\n",
    "In this review, as shown by L. Brandt et al., Phys. Rev. C 99, 1 (2019) and by many "
    "others since then, the gain depends on the gas mixture and on the drift field.\n",
    /* Not "Okafor Diaz" and "M.": a pair split where the year stands bare. */
    "Okafor Diaz, M., L. Brandt Iyer, & R. Haddad. (2021) Stories from the Upper Valley "
    "[Told in Two Languages], Lisbon, Portugal: Lulu. ISBN-13: 978-0000000000 [Book]\n",
  };
  /* Not "Okafor, D." and a title "Brandt, S Iyer, …": "R" is an initial, and the names
   * are written given names first, before the year. */
  const char *harvard = "Publications\nR Okafor, D. Brandt, S Iyer, RK Haddad (2020) Rainfall "
                        "trends over the western plateau. Journal of Plateau Climate. 142, "
                        "1595-1612.\n";
  g_autoptr(GPtrArray) read = gln_listing_parse (harvard, -1, NULL, NULL);
  const char * const *authors;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr(GPtrArray) papers = gln_listing_parse (lines[i], -1, NULL, NULL);

      for (guint j = 0; papers != NULL && j < papers->len; j++)
        g_assert_cmpuint (gln_paper_get_n_authors (g_ptr_array_index (papers, j)), ==, 0);
    }
  g_assert_nonnull (read);
  g_assert_cmpuint (read->len, ==, 1);
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (read, 0)), ==,
                   "Rainfall trends over the western plateau");
  authors = gln_paper_get_authors (g_ptr_array_index (read, 0));
  g_assert_cmpuint (g_strv_length ((char **) authors), ==, 4);
  g_assert_cmpstr (authors[0], ==, "R Okafor");
  g_assert_cmpstr (authors[1], ==, "D. Brandt");
}

/* Harvard lines typed by hand whose names run on without commas, or a list that opens
 * "Family, I" before names written initials first: a paper may be missed, but no name is
 * taken for its title. */
static void
test_no_name_titles (void)
{
  const char *page =
    "Research Reports\n"
    "\n"
    "Okafor, N, T. Lindqvist, R. Haldane, B. Moreau and Sanne Vries (2012) The Tablet Survey "
    "of Rural Schools. Learning Council,\n"
    "\n"
    "Moreau, B. Lindqvist, T. Haldane, R. and Vries, S. (2012 in press) Safe browsing "
    "guidance for adult learners, Learning Council (delayed by a merger)\n"
    "\n"
    "Hult, A.-B., Farrow, M.J., Lindqvist, T.R., S\xc3\xb8\xe2\x80\xa2rb\xc3\xb8, E., Ny, K., "
    "2015. Monitoring Storage Networks under Seasonal Shocks (Grant #04-11-2015-002).\n"
    "\n"
    "Lindqvist, T.R. 2014. Storage Capacity in Northern Member States. Regional Outlook "
    "Series, Nordic Policy Centre, 3(2), pp. 1-9.\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);

  g_assert_nonnull (papers);
  for (guint i = 0; i < papers->len; i++)
    {
      const char *title = gln_paper_get_title (g_ptr_array_index (papers, i));

      g_assert_false (g_str_has_prefix (title, "Okafor"));
      g_assert_false (g_str_has_prefix (title, "Lindqvist, T"));
      g_assert_false (g_str_has_prefix (title, "S\xc3\xb8"));
    }
  g_assert_cmpuint (papers->len, >=, 1);
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, papers->len - 1)), ==,
                   "Storage Capacity in Northern Member States");
}

/* When an entry shows a field twice, the first one wins, except that a labelled category
 * replaces the one beside the arXiv id, and a code link beside the entry wins over one in
 * its abstract. */
static void
test_field_rules (void)
{
  const char *page =
    "arXiv:2501.01234 cs.CV\n"
    "Title: Calibrated Uncertainty for Graph Neural Networks\n"
    "Authors: Priya Raman, Tom\xc3\xa1s Ortega et al.\n"
    "Comments: code at https://github.com/example/beside\n"
    "Date: 3 Jan 2025\n"
    "Published: 4 Feb 2025\n"
    "Subjects: Machine Learning (cs.LG); Artificial Intelligence (cs.AI)\n"
    "Abstract: Graph neural networks are often overconfident far from the training data. We "
    "adapt conformal prediction to message passing; our code is at "
    "https://gitlab.com/example/inside and runs anywhere.\n";
  const char * const authors[] = { "Priya Raman", "Tom\xc3\xa1s Ortega", NULL };
  const char * const categories[] = { "cs.LG", "cs.AI", NULL };
  const char * const urls[] = { "https://gitlab.com/example/inside", NULL };
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);
  GlnPaper *paper;

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 1);
  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpuint (gln_listing_get_line (paper), ==, 1);
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Calibrated Uncertainty for Graph Neural Networks");
  g_assert_cmpstrv (gln_paper_get_authors (paper), authors);
  g_assert_true (gln_paper_get_authors_truncated (paper));
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "2501.01234");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2501.01234");
  g_assert_cmpstr (gln_paper_get_date_text (paper), ==, "3 Jan 2025");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2025-01-03");
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "cs.LG");
  g_assert_cmpstrv (gln_paper_get_categories (paper), categories);
  g_assert_cmpstr (gln_paper_get_code_url (paper), ==, "https://github.com/example/beside");
  g_assert_true (gln_paper_get_has_code (paper));
  g_assert_cmpstrv (gln_listing_get_urls (paper), urls);
}

/* The field steps read single lines, whatever kind of page showed them, so that pages laid
 * out differently can share them. */
static void
test_field_steps (void)
{
  g_auto(ListingFields) fields = { NULL, };
  g_autoptr(GlnPaper) paper = NULL;
  const char * const authors[] = { "M Okafor", "L Brandt", "S Iyer", NULL };
  const char * const institutions[] = { "Google Research", NULL };
  g_autofree char *text = g_strdup ("M Okafor, L Brandt, S Iyer\xe2\x80\xa6 - arXiv preprint "
                                    "arXiv:2403.01234, 2024 - arxiv.org");
  ListingLine byline = { .text = text };

  _gln_listing_fields_init (&fields, COPY_YEAR);
  fields.line = 7;
  _gln_listing_find_title (&fields, "[3] Sparse Mixtures of Experts for Tabular Data");
  _gln_listing_classify_line (&byline);
  g_assert_cmpint (byline.meta, ==, META_BYLINE);
  _gln_listing_find_byline (&fields, &byline);
  g_clear_pointer (&byline.byline, g_ptr_array_unref);
  _gln_listing_find_date (&fields, "Jun 12", FALSE);
  _gln_listing_find_doi (&fields, "https://doi.org/10.48550/arXiv.2403.01234");
  _gln_listing_find_institution (&fields, "Google Research", FALSE);
  _gln_listing_find_abstract (&fields, "We route rows to experts. Code: https://github.com/o/smoe.");
  paper = _gln_listing_fields_finish (&fields);

  g_assert_null (fields.paper);
  g_assert_cmpuint (gln_listing_get_line (paper), ==, 7);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Sparse Mixtures of Experts for Tabular Data");
  g_assert_cmpstrv (gln_paper_get_authors (paper), authors);
  g_assert_true (gln_paper_get_authors_truncated (paper));
  g_assert_cmpstrv (gln_paper_get_institutions (paper), institutions);
  /* The byline's year came first, so the date line is not read. */
  g_assert_cmpstr (gln_paper_get_date_text (paper), ==, "2024");
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_YEAR);
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "2403.01234");
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.48550/arxiv.2403.01234");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2403.01234");
  g_assert_cmpstr (gln_paper_get_code_url (paper), ==, "https://github.com/o/smoe");
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "listing");
}

/* Categories are stored as the page shows them: "cs.CL" stays "cs.CL", so that the
 * window's category filter ("cs.CL") finds the paper; a two-letter badge stays as shown. */
static void
test_categories_as_shown (void)
{
  const char *page =
    "arXiv:2412.04410 [pdf, other]\n"
    "cs.CL cs.AI\n"
    "Grounded Dialogue Evaluation with Reference-Free Judges\n"
    "Authors: Lena Fischer, Omar Haddad\n"
    "Abstract: We evaluate dialogue systems without references. Judges grounded in the "
    "conversation agree with people more often than reference-based metrics do.\n"
    "\n"
    "cs.LG · Jun 2\n"
    "Sparse Probing of Vision TransformersMei Lin, Jonas Berg\n"
    "We probe vision transformers with sparse linear classifiers. A handful of neurons "
    "carries most of the information about object classes in every layer.\n"
    "\n"
    "CVJun 3\n"
    "Faster Depth CompletionAna Costa, Piet Smit\n"
    "We complete sparse depth maps in real time. A small network guided by the image "
    "halves the error of interpolation on two driving benchmarks.\n";
  const char * const first[] = { "cs.CL", "cs.AI", NULL };
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 3);
  g_assert_cmpstr (gln_paper_get_category (g_ptr_array_index (papers, 0)), ==, "cs.CL");
  g_assert_cmpstrv (gln_paper_get_categories (g_ptr_array_index (papers, 0)), first);
  g_assert_cmpstr (gln_paper_get_category (g_ptr_array_index (papers, 1)), ==, "cs.LG");
  g_assert_cmpstr (gln_paper_get_category (g_ptr_array_index (papers, 2)), ==, "CV");
}

/* The papers of a page that shows one. */
static GPtrArray *
parse_one (const char *page)
{
  GPtrArray *papers = gln_listing_parse (page, -1, NULL, NULL);

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 1);

  return papers;
}

/* A PubMed title long enough to read like a sentence is still a title, and the citation
 * line under it ("Lancet Neurol. 2025 Apr;…") is not a citation of its own. */
static void
test_long_title_block (void)
{
  const char *page =
    "1\n"
    "Cite\n"
    "Transcranial stimulation after stroke for aphasia and neglect: a randomised controlled "
    "multicentre trial.\n"
    "Lindqvist J, Okafor M, Brandt L.\n"
    "Lancet Neurol. 2025 Apr;24(4):301-312. doi: 10.1016/S1474-4422(25)00041-7. Epub 2025 "
    "Feb 27.\n"
    "PMID: 40012345 Clinical Trial.\n";
  g_autoptr(GPtrArray) papers = parse_one (page);
  GlnPaper *paper = g_ptr_array_index (papers, 0);

  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Transcranial stimulation after stroke for aphasia and neglect: a randomised "
                   "controlled multicentre trial");
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 3);
  g_assert_cmpstr (gln_paper_get_date_text (paper), ==, "2025 Apr");
}

/* A paper found from weak evidence says why, for the preview to leave it to the user; one
 * the page shows plainly does not. An abstract without a title is weak evidence on a page
 * that titles the others (an advertisement between two papers), not on a page of
 * abstracts only. */
static void
test_doubt (void)
{
  static const struct {
    const char *name;
    gboolean    doubtful;
  } pages[] = {
    { "abstracts-only", FALSE }, { "search-results", FALSE }, { "dblp-person", FALSE },
    { "scholar-profile", FALSE }, { "arxiv-new", FALSE },
  };
  const char *page =
    "Sparse Probing of Vision Transformers\n"
    "Mei Lin, Jonas Berg\n"
    "We probe vision transformers with sparse linear classifiers. A handful of neurons "
    "carries most of the information about object classes in every layer.\n"
    "Jun 2\n"
    "Try our new reference manager today. It imports your library in one click and syncs "
    "it across every device you own, for free.\n"
    "Faster Depth Completion for Driving\n"
    "Ana Costa, Piet Smit\n"
    "We complete sparse depth maps in real time. A small network guided by the image "
    "halves the error of interpolation on two driving benchmarks.\n"
    "Jun 3\n";
  g_autoptr(GPtrArray) mixed = gln_listing_parse (page, -1, NULL, NULL);

  g_assert_nonnull (mixed);
  g_assert_cmpuint (mixed->len, ==, 3);
  g_assert_null (gln_listing_get_doubt (g_ptr_array_index (mixed, 0)));
  g_assert_nonnull (gln_listing_get_doubt (g_ptr_array_index (mixed, 1)));
  g_assert_null (gln_listing_get_doubt (g_ptr_array_index (mixed, 2)));

  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      g_autofree char *file = g_strconcat (pages[p].name, ".txt", NULL);
      g_autofree char *path = gln_test_data_path ("listings", file, NULL);
      g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
      g_autoptr(GPtrArray) papers = parse_bytes (bytes, COPY_YEAR, NULL);

      g_assert_nonnull (papers);
      for (guint i = 0; i < papers->len; i++)
        {
          const char *doubt = gln_listing_get_doubt (g_ptr_array_index (papers, i));

          g_test_message ("%s, paper %u: %s", pages[p].name, i + 1, doubt);
          g_assert_cmpint (doubt != NULL, ==, pages[p].doubtful);
          g_assert_true (doubt == NULL || *doubt != '\0');
        }
    }
}

/* A search result's snippet stands between its byline and its links; a paragraph after
 * the links ("Save Cite Cited by 57") is the page's, not the result's abstract. */
static void
test_snippet_before_links (void)
{
  const char *page =
    "[CITATION] [C] Living systematic reviews: a practical guide\n"
    "J Elder, P Novak - 2021 - Cochrane Press\n"
    "Save Cite Cited by 57 Related articles\n"
    "Your library offers full-text access to some of these articles through its "
    "subscription. Sign in with your institution to see which ones and to get links.\n"
    "Automation of citation screening: where do we stand?\n"
    "S Okafor, K Brandt, R Iyer - Research Synthesis Methods, 2023 - Wiley Online Library\n"
    "Save Cite Cited by 212 Related articles All 11 versions\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 2);
  for (guint i = 0; i < papers->len; i++)
    g_assert_null (gln_paper_get_abstract (g_ptr_array_index (papers, i)));
  g_assert_cmpint (gln_listing_get_cited_by (g_ptr_array_index (papers, 0)), ==, 57);
}

/* One row of a Scholar profile copied alone, without the table's heading: its cells still
 * give the count and the year, and its venue line is the venue, whatever it says. */
static void
test_one_table_row (void)
{
  const char *page =
    "Vortex Rings and Helium Films\n"
    "EF Can, H Lindqvist\n"
    "Ann. Phys. 17, 132-148\n"
    "6316*\t1926\n";
  g_autoptr(GPtrArray) papers = parse_one (page);
  GlnPaper *paper = g_ptr_array_index (papers, 0);

  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Vortex Rings and Helium Films");
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 2);
  g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, "EF Can");
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==, "Ann. Phys. 17, 132-148");
  g_assert_cmpstr (gln_paper_get_date_text (paper), ==, "1926");
  g_assert_cmpint (gln_listing_get_cited_by (paper), ==, 6316);
  g_assert_null (gln_paper_get_abstract (paper));
}

/* A copy that puts a blank line after every line of a citation table: its rows are still
 * read by their cells, a row without venue among them. */
static void
test_spaced_table_rows (void)
{
  const char *page =
    "Title\tCited by\tYear\n\n"
    "Graviton Mass and Inertia Mass\n\nA Einstein\n\nAnn Physik 35, 898\n\n6314*\t1911\n\n"
    "Geometrie und Erfahrung\n\nA Einstein\n\n942*\t1921\n\n"
    "Kinetic theory of rarefied plasmas\n\nHB Can, R Ostrowska\n\nNuovo Cimento 12, 88\n\n"
    "1502\t1952\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);
  static const char * const titles[] = {
    "Graviton Mass and Inertia Mass", "Geometrie und Erfahrung",
    "Kinetic theory of rarefied plasmas",
  };
  static const char * const venues[] = { "Ann Physik 35, 898", NULL, "Nuovo Cimento 12, 88" };
  static const int counts[] = { 6314, 942, 1502 };

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);

      g_assert_cmpstr (gln_paper_get_title (paper), ==, titles[i]);
      g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==, venues[i]);
      g_assert_cmpint (gln_listing_get_cited_by (paper), ==, counts[i]);
      g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, i < 2 ? "A Einstein" : "HB Can");
      g_assert_null (gln_paper_get_abstract (paper));
    }
}

/* "A, B, & C": the list's last comma before the ampersand, as APA writes it. */
static void
test_serial_comma (void)
{
  const char *page =
    "Publications\n"
    "Roots regrow from an embryo-like sequence of cell states\n"
    "Alma Reyes, Ben Okafor, & Carla Duval\n"
    "Developmental Cell 38, 112 (2016)\n"
    "Single cells tell tissues apart in growing plant roots\n"
    "Daniel Weiss & Carla Duval\n"
    "Plant Journal 12, 45 (2015)\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);
  const char * const *authors;

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 2);
  authors = gln_paper_get_authors (g_ptr_array_index (papers, 0));
  g_assert_cmpuint (g_strv_length ((char **) authors), ==, 3);
  g_assert_cmpstr (authors[2], ==, "Carla Duval");
  g_assert_cmpstr (gln_paper_get_journal_ref (g_ptr_array_index (papers, 0)), ==,
                   "Developmental Cell 38, 112 (2016)");
}

/* A journal's short name and year on a line of its own ("Dev Cell (2016)") is no title,
 * whatever stands under it: no paper is made of it. */
static void
test_journal_year_not_title (void)
{
  const char *page =
    "Publications\n"
    "Roots regrow from an embryo-like sequence of cell states [PDF] [PubMed]\n"
    "Dev Cell (2016)\n"
    "Alma Reyes, Ben Okafor & Carla Duval\n"
    "Single cells tell tissues apart in growing plant roots [PDF] [PubMed]\n"
    "Proc Natl Acad Sci USA (2015)\n"
    "Daniel Weiss & Carla Duval\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);

  for (guint i = 0; papers != NULL && i < papers->len; i++)
    g_assert_null (strstr (gln_paper_get_title (g_ptr_array_index (papers, i)), "(201"));
}

/* "Names, Journal 22, 2339 (2026)." under its numbered title: the journal's name and volume
 * are no title of an IEEE citation without quotes, as nothing after them names a venue. */
static void
test_journal_volume_not_title (void)
{
  const char *page =
    "Journal articles\n"
    "\n"
    "[12] Drainage of thin liquid films spun in a centrifuge\n"
    "B. Okafor, L. Brandt, S. Iyer and M. Duval, Soft Matter 22, 2339 (2026).\n"
    "The paper made the journal's cover.\n"
    "\n"
    "[11] Bubble rearrangements in sheared wet foams\n"
    "L. Brandt, M. Duval and B. Okafor, Phys. Fluids 30, 112 (2025).\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);

  for (guint i = 0; papers != NULL && i < papers->len; i++)
    {
      const char *title = gln_paper_get_title (g_ptr_array_index (papers, i));

      g_assert_false (g_str_has_prefix (title, "Soft Matter"));
      g_assert_false (g_str_has_prefix (title, "Phys. Fluids"));
    }
}

/* The papers of a page that shows n of them. */
static GPtrArray *
parse_n_papers (const char *page,
                guint       n)
{
  GPtrArray *papers = gln_listing_parse (page, -1, NULL, NULL);

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, n);

  return papers;
}

/* bib2html's lines end the title and the names with a comma: the title keeps none. */
static void
test_title_comma (void)
{
  const char *page =
    "Removing Captions From Shop Photos: A Study Of Inpainting,\n"
    "H. Okafor, L. Brandt,\n"
    "BMVC, November 2024.\n"
    "[pdf]\n"
    "Counting Birds in Drone Footage With Few Labels,\n"
    "S. Iyer, M. Duval, L. Brandt,\n"
    "IEEE Access, May 2024.\n"
    "[pdf]\n";
  const char * const authors[] = { "S. Iyer", "M. Duval", "L. Brandt", NULL };
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 2);

  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 0)), ==,
                   "Removing Captions From Shop Photos: A Study Of Inpainting");
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 1)), ==,
                   "Counting Birds in Drone Footage With Few Labels");
  g_assert_cmpstrv (gln_paper_get_authors (g_ptr_array_index (papers, 1)), authors);
}

static void
assert_title_venue_date (GlnPaper   *paper,
                         const char *title,
                         const char *venue,
                         const char *date)
{
  g_assert_cmpstr (gln_paper_get_title (paper), ==, title);
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==, venue);
  g_assert_cmpstr (gln_paper_get_date_text (paper), ==, date);
}

/* A page's highlights show a title, a blurb, marked names, then "Nature 571, 541 (2019)";
 * the names over the journal and year are no title, and "Full List" under the last
 * highlight is a heading, not its one author. */
static void
test_names_over_journal_year (void)
{
  const char *page =
    "Highlights\n"
    "A patchy superfluid in a layered superconductor\n"
    "We measured the superfluid density atom by atom, and it is anything but uniform.\n"
    "R Aalto* & K Brandt* & L Chen*, M Diaz, N Eze\n"
    "Nature 571, 541 (2019)\n"
    "Charge traps and noisy centres in a layered oxide\n"
    "Our new noise microscope finds charge traps in a high-temperature superconductor.\n"
    "K Brandt* & R Aalto*, O Fofana, N Eze\n"
    "Nature Physics 14, 1183 (2018)\n"
    "Tunable stripes of boron nitride on a metal surface\n"
    "Boron nitride grows in stripes whose direction we can choose.\n"
    "MP Eze, S Brandt, M Chen, T Diaz, J Aalto\n"
    "Nano Research Letters 2, 94 (2007)\n"
    "Full List\n"
    "A patchy superfluid in a layered superconductor\n"
    "R Aalto* & K Brandt* & L Chen*, M Diaz, N Eze\n"
    "Nature 571, 541 (2019)\n";
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 4);

  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);

      g_assert_null (strchr (gln_paper_get_title (paper), ','));
      g_assert_cmpstr (gln_paper_get_authors (paper)[0], !=, "Full List");
    }
}

/* Under "Title [PDF]" and "Journal (2023)", names without a comma are the authors when the
 * next title follows them; a heading under the last paper ("Grants and Funding") is none. */
/* One name a blank line under its title: the title opens its block under a year heading,
 * not where it ends a CV's paragraph ("Mentors: Dr. A, Dr. B" over "Nordwell Corporation."). */
static void
test_one_name_across_blank (void)
{
  const char *page =
    "Experiences\n"
    "Research Intern, May 2018 - August 2018.\n"
    "Mentors: Dr. Cy Dorn, Dr. Eve Fahl, and Dr. Gil Hart\n"
    "\n"
    "Nordwell Corporation.\n"
    "Machine Learning Intern, June 2017 - September 2017.\n"
    "\n"
    "Publications\n"
    "2019\n"
    "Learning to Count Rivers from Orbit\n"
    "\n"
    "Ana Bell\n"
    "Journal of Rivers 3, 2019.\n";
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 1);

  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 0)), ==,
                   "Learning to Count Rivers from Orbit");
}

/* A paragraph shown without a title is named by its first sentence; a period left over
 * before it (a list bullet's) names nothing: the paper still gets a title. */
static void
test_title_after_stray_period (void)
{
  const char *page =
    "\u2010      .  We shape the noise of power line modems on factory floors and show that "
    "shaping it halves the error rate of narrowband links over long cables. The gain holds "
    "on three sites.\n";
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 1);

  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 0)), ==,
                   "We shape the noise of power line modems on factory floors and show that shaping it "
                   "halves…");
}

/* A paragraph that shows where a paper appeared, not what it says, is never stored as an
 * abstract: one-line citations no reader takes apart (a hand-kept page's "Title (with
 * A) arXiv (date) Journal 40 (2024), no. 6, Paper No. 111, 3 pp.", a title joined to
 * "with A and B. Journal, 2021, 34(8): 3497–3526."). Such a paper is named by its first
 * sentence and marked for the user to check, and the heading above names no institution;
 * a real abstract stays. */
static void
test_venue_text_no_abstract (void)
{
  const char *page =
    "published articles\n"
    "Burning Kneser graphs in few rounds arXiv (2023/5/2) Graphs Combin. 40 (2024), no. 6, "
    "Paper No. 111, 3 pp. journal\n"
    "\n"
    "Shadows of uniform families (with Ilse Marchetti) arXiv (2021/12/16) Discrete Math. 346 "
    "(2023) 113368-113377. journal\n"
    "\n"
    "Harbour prices and the wine trade since 1800\n"
    "with Oskar Lindqvist and Mara Bettencourt. Review of Maritime Economics, 2021, 34(8): "
    "3497\u20133526.\n";
  const char *abstracts =
    "Counting Orbits in Sparse Graphs\n"
    "We count the orbits of sparse graphs under their automorphism groups in time linear in "
    "the number of edges. The bound is tight for trees, and our experiments on the graphs "
    "of 2019 and 2020 road networks show a tenfold speed-up.\n";
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 3);
  g_autoptr(GPtrArray) real = parse_n_papers (abstracts, 1);

  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);

      g_assert_null (gln_paper_get_abstract (paper));
      g_assert_nonnull (gln_listing_get_doubt (paper));
      if (i < 2)
        g_assert_null (gln_paper_get_institutions (paper)[0]);
    }
  g_assert_true (g_str_has_prefix (gln_paper_get_title (g_ptr_array_index (papers, 0)),
                                   "Burning Kneser graphs in few rounds"));
  g_assert_nonnull (gln_paper_get_abstract (g_ptr_array_index (real, 0)));
}

/* "→ [pdf] [project site] [IEEE link]": labels in brackets after an entry are its links,
 * never the title of the entry under them. */
static void
test_bracketed_links (void)
{
  const char *page =
    "Sketching Rivers: A Design Study of Flood Maps for Newsrooms\n"
    "Ana Bell, Cy Dorn, and Eve Fahl\n"
    "IEEE Trans. Visualization and Computer Graphics, Volume 20, Number 12, 2014, p.10-19.\n"
    "\n"
    "\u2192 [pdf] [floodmaps.org] [IEEE link] [project page]\n"
    "\n"
    "Counting Birds From Orbit: Usability of a Remote Census Tool in Field Ecology.\n"
    "Gil Hart, Ana Bell, and Ida Jung\n"
    "Journal of Field Ecology, 2013.\n";
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 2);

  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 1)), ==,
                   "Counting Birds From Orbit: Usability of a Remote Census Tool in Field "
                   "Ecology");
}

/* A CV's grants name a title, people and a year, as papers do; under their heading they
 * are none, up to the next heading. */
static void
test_grants_heading (void)
{
  const char *page =
    "Grants\n"
    "NSF CAREER: Reliable Sensing for Rural Clinics (Award #2601234). Received a $500,000 "
    "award from NSF. Role: Principal Investigator (PI). Year: 2026.\n"
    "Seed Grant: Cheap Batteries for Field Sensors (Award #77). Role: Co-PI. Year: 2024.\n"
    "Journal Papers\n"
    "Ana Bell, Cy Dorn, and Eve Fahl. \u201cCounting Birds From Orbit.\u201d In: Journal of "
    "Field Ecology 12 (2025), pp. 1\u201319.\n";
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 1);

  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 0)), ==,
                   "Counting Birds From Orbit");
}

/* Hugo Academic's buttons ("Preprint PDF Code Dataset") between one-line citations are
 * the links of the citation above, never a title. */
static void
test_preprint_button (void)
{
  const char *page =
    "Ana Bell, Cy Dorn (2020). Counting Birds From Orbit. In Proceedings of the "
    "International Conference on Field Ecology (ICFE).\n"
    "\n"
    "Preprint PDF Code Dataset\n"
    "\n"
    "Gil Hart (2020). Sparse Sketches for Bird Counts. In Proceedings of Logic in "
    "Ecology (LIE).\n"
    "\n"
    "PDF\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);

  g_assert_nonnull (papers);
  for (guint i = 0; i < papers->len; i++)
    g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, i)), !=,
                     "Preprint PDF Code Dataset");
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 0)), ==,
                   "Counting Birds From Orbit");
}

/* "In B. Jack Copeland, editor. The Essential Turing." under an entry's authors is the
 * book it appeared in: "In B" is no author of a citation of its own. */
static void
test_in_editor_venue (void)
{
  const char *page =
    "Sparse Sketches for Bird Counts\n"
    "Gil Hart and Ida Jung\n"
    "Proceedings of Logic in Ecology, 2005. [ arXiv ]\n"
    "\n"
    "Appendix: Counting Rules and Tallies\n"
    "Ana Bell and B. Cy Dorn\n"
    "In B. Cy Dorn, editor. The Essential Census. Tarrow University Press, 2004, pp 54\u201357.\n";
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 2);
  GlnPaper *appendix = g_ptr_array_index (papers, 1);

  g_assert_cmpstr (gln_paper_get_title (appendix), ==, "Appendix: Counting Rules and Tallies");
  g_assert_cmpuint (gln_paper_get_n_authors (appendix), ==, 2);
}

/* A title ending in a period under the venue and links of the entry above ("Draft
 * version, 2004. [ pdf and slides ]") is that entry's title, not a blurb under a title. */
static void
test_title_under_links (void)
{
  const char *page =
    "Counting birds: A short history of the census.\n"
    "Luis Moreno and Ana Bell\n"
    "Draft version, 2004. [ pdf and slides ]\n"
    "\n"
    "Computing a census of flocks from drone footage.\n"
    "Ana Bell, Cy Dorn and Eve Fahl\n"
    "Draft version, 2003. [ arXiv ]\n";
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 2);

  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 1)), ==,
                   "Computing a census of flocks from drone footage");
}

/* A hand-typed citation may open its title with one kind of quote and close it with the
 * other; a title with a mangled dash ("â€”") inside its quotes keeps it. */
static void
test_mixed_quotes (void)
{
  const char *page =
    "G. Okafor, S. Raju, A. Bell. \"Tactile Maps for Deafblind Walkers.\u201d PerCom 2025 "
    "(To Appear).\n"
    "\n"
    "Ana Bell and Cy Dorn. \"Counting Birds \u00e2\u20ac\u201d is it done right?\" IEEE "
    "CCNC 2022.\n"
    "\n"
    "Eve Fahl and Ana Bell. \"Flocks From Orbit.\" COMSNETS 2022.\n";
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 3);

  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 0)), ==,
                   "Tactile Maps for Deafblind Walkers");
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 1)), ==,
                   "Counting Birds \u00e2\u20ac\u201d is it done right?");
}

/* "JD Liefer, A Garg, AJ Irwin. Title.": names written initials first without periods
 * never pair up as "Family, I." ("JD Liefer, A" and "Garg, AJ"): no invented author. */
static void
test_initials_first_no_pairs (void)
{
  const char *page =
    "2018\n"
    "PA Okafor, N Brandt, ZV Iyer, AJ Haddad. Realised niches of reef fish track warming "
    "water at a coastal station. Frontiers in Reef Science, 5: 285. 10.3389/frs.2018.0028\n"
    "HM van Tol, AJ Haddad, ZV Iyer. Trends in the skeletal shape of silicoflagellates. "
    "Paleobiology 43: 1-12. 10.1017/pab.2017.1\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);

  for (guint i = 0; papers != NULL && i < papers->len; i++)
    {
      const char * const *authors = gln_paper_get_authors (g_ptr_array_index (papers, i));

      for (guint j = 0; authors != NULL && authors[j] != NULL; j++)
        {
          g_assert_cmpstr (authors[j], !=, "Brandt, ZV");
          g_assert_cmpstr (authors[j], !=, "Haddad, ZV");
          g_assert_cmpstr (authors[j], !=, "HM van Tol, AJ");
        }
    }
}

/* "AI Safety, ML Ops. Our group joins …. Read more.": news lines shaped as names written
 * initials first, under a year, show no venue a citation would (numbers, "in press", "In
 * Book"): no paper, no invented author. */
static void
test_initials_first_news (void)
{
  const char *page =
    "2021\n"
    "AI Safety, ML Ops. Our group joins a new consortium this year. Read more on the blog.\n"
    "UK Network, EU Grants. The lab wins two awards this spring. Photos on the news page.\n"
    "EU Horizon, US Navy. Two new projects start in the autumn. See the projects page.\n"
    "AI Safety, ML Ops. Our group joins a new consortium this year. Read more on the blog.\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);

  for (guint i = 0; papers != NULL && i < papers->len; i++)
    {
      const char * const *authors = gln_paper_get_authors (g_ptr_array_index (papers, i));

      for (guint j = 0; authors != NULL && authors[j] != NULL; j++)
        {
          g_assert_cmpstr (authors[j], !=, "AI Safety");
          g_assert_cmpstr (authors[j], !=, "UK Network");
          g_assert_cmpstr (authors[j], !=, "US Navy");
        }
    }
}

/* "Okafor, JD, Brandt, A. Title.": names written family first are never read initials
 * first, swapped ("JD Brandt"), on a page of them. */
static void
test_initials_first_not_swapped (void)
{
  const char *page =
    "2019\n"
    "Okafor, JD, Brandt, A, Iyer, ZV. Realised niches of reef fish track warming water. "
    "Reef Science 5: 285.\n"
    "Haddad, AJ, Iyer, ZV. Trends in the skeletal shape of silicoflagellates. Paleobiology "
    "43: 1-12.\n"
    "Lund, PD, Haddad, AJ. Dispersal in a population with overlapping generations. Theo. "
    "Pop. Ecol. 58: 321-328.\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);

  for (guint i = 0; papers != NULL && i < papers->len; i++)
    {
      const char * const *authors = gln_paper_get_authors (g_ptr_array_index (papers, i));

      for (guint j = 0; authors != NULL && authors[j] != NULL; j++)
        {
          g_assert_cmpstr (authors[j], !=, "JD Brandt");
          g_assert_cmpstr (authors[j], !=, "A Iyer");
          g_assert_cmpstr (authors[j], !=, "AJ Iyer");
          g_assert_cmpstr (authors[j], !=, "PD Haddad");
        }
    }
}

static void
test_one_name_under_journal_year (void)
{
  const char *page =
    "Selected papers\n"
    "Roots that remember drought [PDF] [PubMed]\n"
    "Cell (2024)\n"
    "Ana Bell & Cy Dorn\n"
    "A census of cells in the moss leaf. [PDF]\n"
    "Dev Cell (2023)\n"
    "Ana Bell\n"
    "Sorting protoplasts by their size [PDF]\n"
    "Genome Biol (2022)\n"
    "Grants and Funding\n"
    "Full List\n";
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 3);
  GlnPaper *paper = g_ptr_array_index (papers, 1);

  assert_title_venue_date (paper, "A census of cells in the moss leaf", "Dev Cell", "2023");
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 1);
  g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, "Ana Bell");
  paper = g_ptr_array_index (papers, 2);
  assert_title_venue_date (paper, "Sorting protoplasts by their size", "Genome Biol", "2022");
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 0);
}

/* "Title (with A and B)", venue, "Abstract: …", links ("Full paper: PDF | arXiv:…", "PDF |
 * arXiv:…"): with a blank line between every two lines, each block goes on over them, and
 * its abstract is the paper's. */
static void
test_spaced_abstract_blocks (void)
{
  const char *page =
    "Papers\n\n"
    "Knot shadows and their colourings (with Ada Byrne and Tomas Ek)\n\n"
    "Journal of Plane Geometry 12 (2020), 1-19.\n\n"
    "Abstract: We count the colourings of a knot shadow by a transfer matrix.\n\n"
    "Full paper (2/1/20): PDF | arXiv:2001.01234\n\n"
    "Cut loci on flat tori (with Ines Carvalho)\n\n"
    "Preprint.\n\n"
    "Abstract: The cut locus of a point on a flat torus is a polygon.\n"
    "We describe its combinatorial types.\n\n"
    "PDF | arXiv:2105.00321\n";
  g_autoptr(GPtrArray) papers = parse_n_papers (page, 2);
  GlnPaper *paper = g_ptr_array_index (papers, 0);

  assert_title_venue_date (paper, "Knot shadows and their colourings",
                           "Journal of Plane Geometry 12 (2020), 1-19", "2020");
  g_assert_cmpstr (gln_paper_get_authors (paper)[1], ==, "Tomas Ek");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==,
                   "We count the colourings of a knot shadow by a transfer matrix.");
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "2001.01234");
  paper = g_ptr_array_index (papers, 1);
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==,
                   "The cut locus of a point on a flat torus is a polygon. "
                   "We describe its combinatorial types.");
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "2105.00321");
}

/* "Title by A, B and C. Venue, City, 2025": "by" ends the title; one name will do when a
 * venue and year follow, but a credit line without them is no paper. */
static void
test_title_by_names (void)
{
  const char *page =
    "Publications\n"
    "Graph sampling for rumour tracking by Lena Brandt, Sunil Iyer and Ama Owusu. "
    "Workshop on Social Media Mining, Lyon (France), 2025\n"
    "Learning by doing in topic models by Sunil Iyer. Doctoral thesis, Lyon (France), 2021\n"
    "Software for tracking rumours, written for the 2023 study co-authored by Lena Brandt.\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);
  GlnPaper *paper;

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 2);
  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Graph sampling for rumour tracking");
  g_assert_cmpuint (g_strv_length ((char **) gln_paper_get_authors (paper)), ==, 3);
  g_assert_cmpstr (gln_paper_get_authors (paper)[2], ==, "Ama Owusu");
  g_assert_cmpstr (gln_paper_get_date_text (paper), ==, "2025");
  paper = g_ptr_array_index (papers, 1);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Learning by doing in topic models");
  g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, "Sunil Iyer");
}

/* Pages made to be slow for the recognizers of papers shown without an abstract: every
 * line a possible title over a possible author line, long lines of question marks and
 * periods, author lines with nothing under them. They parse in time linear in their size. */
static double
time_parse (const char *unit,
            guint       repeat)
{
  g_autoptr(GString) page = g_string_new (NULL);
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GPtrArray) papers = NULL;

  for (guint i = 0; i < repeat; i++)
    g_string_append (page, unit);
  timer = g_timer_new ();
  papers = gln_listing_parse (page->str, page->len, NULL, NULL);

  return g_timer_elapsed (timer, NULL);
}

/* A citation-like line of n questions between an author list and a venue. */
static char *
questions_line (guint n)
{
  GString *line = g_string_new ("Alice Smith, Bob Jones: ");

  for (guint i = 0; i < n; i++)
    g_string_append (line, "Why? ");
  g_string_append (line, "A study. Venue 2024\n");

  return g_string_free (line, FALSE);
}

static void
test_records_bounded (void)
{
  static const char * const units[] = {
    "A Study of Many Things at Once\nAlice Smith, Bob Jones\nPDF Code\n2024\n",
    "Alice Smith, Bob Jones:\nAlice Smith:\nSmith, A., & Jones, B. (2024). x\n",
  };
  g_autofree char *short_line = questions_line (350);
  g_autofree char *long_line = questions_line (1400);
  double once;
  double twice;

  if (gln_test_sanitized ())
    {
      g_test_skip ("timing under AddressSanitizer measures the sanitizer; the plain build runs it");
      return;
    }

  /* Twice the lines. */
  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      once = time_parse (units[u], 4000);
      twice = time_parse (units[u], 8000);
      g_test_message ("unit %u: %.3f s, then %.3f s for twice the lines", u, once, twice);
      /* Generous: a shared machine's load varies from one run to the next. */
      g_assert_cmpfloat (twice, <, 4 * once + 0.2);
    }

  /* Lines four times as long, as many of them: about four times the time, where time
   * quadratic in a line's length would take sixteen. */
  once = time_parse (short_line, 2000);
  twice = time_parse (long_line, 2000);
  g_test_message ("long lines: %.3f s, then %.3f s for lines 4 times as long", once, twice);
  g_assert_cmpfloat (twice, <, 8 * once + 0.3);
}

/* Author lines as lab pages decorate them: in quotes, with marks for equal contribution and
 * correspondence, APA's "Family, I." pairs written by hand, a year after the names, names
 * made of words titles use too. The names come out as shown, without the decorations. */
static void
test_decorated_authors (void)
{
  static const struct {
    const char *line;
    const char *names[6];
  } cases[] = {
    { "\"Varga, L. M., Osei, K., & Tanaka, H.\"", { "Varga, L. M.", "Osei, K.", "Tanaka, H." } },
    { "\u201cOsei, K. & Varga, L. M.\u201d", { "Osei, K.", "Varga, L. M." } },
    { "Tanaka, H., Osei, K . , & Varga, L. M", { "Tanaka, H.", "Osei, K.", "Varga, L. M" } },
    { "\"Ruiz, P. J. Varga, L. M., & van der Berg, T. (2024)\"",
      { "Ruiz, P. J.", "Varga, L. M.", "van der Berg, T." } },
    { "Lin, S.Y., Chien, W.C.,& Osei, K.(2023)", { "Lin, S.Y.", "Chien, W.C.", "Osei, K." } },
    { "Minji Seo*\u2020, Jiwoo An\u2020, and Can Demir#",
      { "Minji Seo", "Jiwoo An", "Can Demir" } },
    { "Daniel K. Okoro, H.-S. Kang, Jiwoo An\u2020 and Hyun Woo Lim\u2020 \u00b7 Physical Review "
      "B 113, 045301 (2026)", { "Daniel K. Okoro", "H.-S. Kang", "Jiwoo An", "Hyun Woo Lim" } },
    { "Hyun Woo Lim\u2020 \u00b7 Journal of Things 12, 34 (2024)", { "Hyun Woo Lim" } },
    { "Alice Smith, Bob Jones & Carol White", { "Alice Smith", "Bob Jones", "Carol White" } },
    { "by A. Smith; B. Jones; C. White", { "A. Smith", "B. Jones", "C. White" } },
    { "Smith, A.; Jones, B.", { "Smith, A.", "Jones, B." } },
    { "Alice Smith, Bob Jones.", { "Alice Smith", "Bob Jones" } },
    { "Alice Smith1, J\u00f6rg M\u00fcller1,2, Carol White2*",
      { "Alice Smith", "J\u00f6rg M\u00fcller", "Carol White" } },
    /* Not names: titles and words beside a title word. */
    { "Deep Sets, Fast Food", { NULL } },
    { "\"Fast, Cheap, and Out of Control\"", { NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = g_strdup_printf ("Publications\n"
                                               "Sensing Rooms with Many Small Microphones.\n"
                                               "%s\n"
                                               "Journal of Things, 2024\n"
                                               "Contact\n", cases[i].line);
      g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);

      g_test_message ("%s", cases[i].line);
      if (cases[i].names[0] == NULL)
        {
          for (guint j = 0; papers != NULL && j < papers->len; j++)
            g_assert_cmpuint (gln_paper_get_n_authors (g_ptr_array_index (papers, j)), ==, 0);
          continue;
        }
      g_assert_nonnull (papers);
      g_assert_cmpuint (papers->len, ==, 1);
      g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 0)), ==,
                       "Sensing Rooms with Many Small Microphones");
      g_assert_cmpstrv (gln_paper_get_authors (g_ptr_array_index (papers, 0)), cases[i].names);
    }
}

/* Names listed one a line under an empty "Auteur(s) :" label are the authors of the card
 * they stand in: a card above shown without its "Résumé :" lends none of its names to the
 * next one, and the next card's title over its labels is no name, however it reads. */
static void
test_listed_authors_stay (void)
{
  const char *page =
    "Publications\n"
    "Sparse grids for cold atoms\n"
    "Lien de l’article : ArXiv\n"
    "Date de publication : 14/09/2021\n"
    "Auteur(s) :\n"
    "Lucie Marchal\n"
    "Tomas Lindgren\n"
    "Résumé : We place cold atoms on sparse grids and show that the grids keep them apart.\n"
    "Braided codes for small devices\n"
    "Lien de l’article : HAL\n"
    "Date de publication : 02/03/2022\n"
    "Auteur(s) :\n"
    "Anna Berg\n"
    "Hadamard Walks\n"
    "Lien de l’article : ArXiv\n"
    "Date de publication : 28/08/2023\n"
    "Auteur(s) :\n"
    "Yusuf Demirel\n"
    "Clara Ostendorf\n"
    "Résumé : A walk on a folded graph spreads faster than on the graph itself. We show how much.\n";
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);
  GlnPaper *last;

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, >=, 2);
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 0)), ==,
                   "Sparse grids for cold atoms");
  g_assert_cmpstr (gln_paper_get_published (g_ptr_array_index (papers, 0)), ==, "2021-09-14");
  last = g_ptr_array_index (papers, papers->len - 1);
  g_assert_cmpstr (gln_paper_get_title (last), ==, "Hadamard Walks");
  g_assert_cmpuint (gln_paper_get_n_authors (last), ==, 2);
  g_assert_cmpstr (gln_paper_get_authors (last)[0], ==, "Yusuf Demirel");
  g_assert_cmpstr (gln_paper_get_authors (last)[1], ==, "Clara Ostendorf");
}

/* A lab page's block: the title in quotes, the authors, the venue, then the entry's links,
 * which name no one. */
static void
test_lab_block (void)
{
  const char *page =
    "Publications\n"
    "\u201cLearning to Walk on Ice with Soft Legs\u201d\n"
    "Alice Smith, Dan Brown, and Carol White\n"
    "In IEEE International Conference on Robotics and Automation, 2023\n"
    "Abs Bib PDF\n";
  const char * const authors[] = { "Alice Smith", "Dan Brown", "Carol White", NULL };
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, NULL);
  GlnPaper *paper;

  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 1);
  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Learning to Walk on Ice with Soft Legs");
  g_assert_cmpstrv (gln_paper_get_authors (paper), authors);
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==,
                   "In IEEE International Conference on Robotics and Automation, 2023");
  g_assert_cmpstr (gln_paper_get_date_text (paper), ==, "2023");
}

static void
test_looks_like (void)
{
  static const char * const not_listings[] = {
    "",
    "<?xml version=\"1.0\"?>\n<feed><entry><title>x</title></entry></feed>\n",
    "{\"title\": \"A paper\"}",
    "[{\"title\": \"A paper\"}]",
    "@article{key,\n  title = {A paper},\n  abstract = {We study things. We find more.}\n}\n",
    "TY  - JOUR\nTI  - A paper\nER  - \n",
    "Home | Papers | Contact\n",
  };
  g_autofree char *xml = gln_test_shared_path ("samples", "arxiv-api",
                                               "query_all-electron-AND-all-proton_2025-11-11.xml",
                                               NULL);
  g_autofree char *json = gln_test_shared_path ("samples", "hf-daily-papers",
                                                "daily_papers_2024-10-25_first2entries.json", NULL);
  const char * const shared[] = {
    "author-page.txt", "hf-daily-papers-page.txt", "acl-anthology-person.txt",
    "lab-publications-page.txt",
  };

  for (guint i = 0; i < G_N_ELEMENTS (shared); i++)
    {
      g_autofree char *path = gln_test_shared_path ("fixtures", "listings", shared[i], NULL);
      g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);

      g_assert_true (gln_listing_looks_like (data, len));
    }
  for (guint i = 0; i < G_N_ELEMENTS (own_fixtures); i++)
    {
      g_autofree char *file = g_strconcat (own_fixtures[i], ".txt", NULL);
      g_autofree char *path = gln_test_data_path ("listings", file, NULL);
      g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);

      g_assert_true (gln_listing_looks_like (data, len));
    }

  for (guint i = 0; i < G_N_ELEMENTS (not_listings); i++)
    g_assert_false (gln_listing_looks_like (not_listings[i], strlen (not_listings[i])));
  {
    g_autoptr(GBytes) a = gln_test_load_bytes (xml);
    g_autoptr(GBytes) b = gln_test_load_bytes (json);
    gsize len;
    const char *data = g_bytes_get_data (a, &len);

    g_assert_false (gln_listing_looks_like (data, len));
    data = g_bytes_get_data (b, &len);
    g_assert_false (gln_listing_looks_like (data, len));
  }
  g_assert_false (gln_listing_looks_like ("binary\0data with a nul byte", 27));
}

static void
add_lines (GPtrArray  *pool,
           GBytes     *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autofree char *text = g_strndup (data, len);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (pool, g_strdup (lines[i]));
}

/* Random mixes of real lines, damaged lines and random bytes: no crash, no hang, and every
 * paper found has a title and valid UTF-8. The seed is fixed so failures reproduce. */
static void
test_fuzz (void)
{
  static const char * const endings[] = { "\n", "\r\n", "\r", "\n\n" };
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (0x474c4e);
  const char * const shared[] = {
    "author-page.txt", "hf-daily-papers-page.txt", "acl-anthology-person.txt",
    "lab-publications-page.txt",
  };
  guint found = 0;

  for (guint i = 0; i < G_N_ELEMENTS (shared); i++)
    {
      g_autofree char *path = gln_test_shared_path ("fixtures", "listings", shared[i], NULL);
      g_autoptr(GBytes) bytes = gln_test_load_bytes (path);

      add_lines (pool, bytes);
    }
  for (guint i = 0; i < G_N_ELEMENTS (own_fixtures); i++)
    {
      g_autofree char *file = g_strconcat (own_fixtures[i], ".txt", NULL);
      g_autofree char *path = gln_test_data_path ("listings", file, NULL);
      g_autoptr(GBytes) bytes = gln_test_load_bytes (path);

      add_lines (pool, bytes);
    }

  for (guint iteration = 0; iteration < 3000; iteration++)
    {
      g_autoptr(GByteArray) page = g_byte_array_new ();
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GError) error = NULL;
      guint n_lines = g_rand_int_range (rand, 0, 60);

      for (guint l = 0; l < n_lines; l++)
        {
          const char *line = g_ptr_array_index (pool, g_rand_int_range (rand, 0, pool->len));
          gsize len = strlen (line);
          int kind = g_rand_int_range (rand, 0, 10);

          if (kind < 6)
            g_byte_array_append (page, (const guint8 *) line, len);
          else if (kind < 8 && len > 0)
            {
              /* A damaged line: cut anywhere (even inside a character), bytes flipped. */
              gsize cut = g_rand_int_range (rand, 0, len);
              guint8 *copy = g_memdup2 (line, cut + 1);

              for (guint f = 0; f < 3 && cut > 0; f++)
                copy[g_rand_int_range (rand, 0, cut)] = g_rand_int_range (rand, 0, 256);
              g_byte_array_append (page, copy, cut);
              g_free (copy);
            }
          else if (kind < 9)
            {
              guint n = g_rand_int_range (rand, 0, 200);

              for (guint b = 0; b < n; b++)
                {
                  guint8 byte = g_rand_int_range (rand, 0, 256);

                  g_byte_array_append (page, &byte, 1);
                }
            }
          {
            const char *ending = endings[g_rand_int_range (rand, 0, G_N_ELEMENTS (endings))];

            g_byte_array_append (page, (const guint8 *) ending, strlen (ending));
          }
        }

      papers = gln_listing_parse ((const char *) page->data, page->len, NULL, &error);
      if (papers == NULL)
        {
          g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_NO_PAPERS);
          continue;
        }
      for (guint i = 0; i < papers->len; i++)
        assert_paper_valid (g_ptr_array_index (papers, i));
      found += papers->len;
      gln_listing_looks_like ((const char *) page->data, page->len);
    }

  g_test_message ("the fuzzed pages held %u papers", found);
  g_assert_cmpuint (found, >, 0);
}

/* For a preview, a page also gives what may be its own text, each block marked with why;
 * the papers besides are exactly those of a plain parse, in the same order. */
static void
assert_uncertain_adds_only_doubts (GBytes     *bytes,
                                   const char *name,
                                   guint      *n_doubtful)
{
  GlnListingOptions options = { COPY_YEAR, TRUE };
  g_autoptr(GPtrArray) plain = parse_bytes (bytes, COPY_YEAR, NULL);
  g_autoptr(GPtrArray) preview = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  guint sure = 0;

  preview = gln_listing_parse (data, len, &options, NULL);
  g_assert_nonnull (plain);
  g_assert_nonnull (preview);
  for (guint i = 0; i < preview->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (preview, i);
      const char *doubt = gln_listing_get_doubt (paper);

      if (doubt != NULL &&
          (sure >= plain->len || g_strcmp0 (gln_paper_get_title (paper),
                                            gln_paper_get_title (plain->pdata[sure])) != 0))
        {
          g_test_message ("%s, line %u, unchecked: %s (%s)", name, gln_listing_get_line (paper),
                          gln_paper_get_title (paper), doubt);
          g_assert_true (*doubt != '\0');
          /* A TLDR or snippet under a paper is that paper's, not a block of its own. */
          g_assert_false (g_str_has_prefix (gln_paper_get_title (paper), "A graph network"));
          g_assert_false (g_str_has_prefix (gln_paper_get_title (paper), "Background:"));
          /* An expanded BibTeX entry is the paper's citation, no block of its own. */
          g_assert_false (g_str_has_prefix (gln_paper_get_title (paper), "@"));
          (*n_doubtful)++;
          continue;
        }
      g_assert_cmpuint (sure, <, plain->len);
      g_assert_cmpstr (gln_paper_get_title (paper), ==,
                       gln_paper_get_title (g_ptr_array_index (plain, sure)));
      sure++;
    }
  g_assert_cmpuint (sure, ==, plain->len);
}

static void
test_uncertain (void)
{
  static const char * const shared[] = {
    "author-page", "hf-daily-papers-page", "acl-anthology-person", "lab-publications-page",
  };
  const char *page =
    "Publications\n"
    "Try our new reference manager today. It imports your library in one click and syncs "
    "it across every device you own, for free.\n"
    "Ana Lima, Ingrid Kowalczyk:\n"
    "Query reformulation with small models revisited. SIGIR 2026: 3-13\n"
    "Publications Received\n"
    "The following books reached the editors this month and may be reviewed in a later "
    "issue of the journal, space permitting.\n"
    "Wen-Hsuan Lee, Marco Bianchi:\n"
    "Dense retrieval for long legal documents. SIGIR 2026: 14-24\n";
  GlnListingOptions options = { COPY_YEAR, TRUE };
  g_autoptr(GPtrArray) plain = gln_listing_parse (page, -1, NULL, NULL);
  g_autoptr(GPtrArray) preview = gln_listing_parse (page, -1, &options, NULL);
  guint n_doubtful = 0;

  /* Two papers; an advertisement, and a heading over a notice, the user decides on. */
  g_assert_cmpuint (plain->len, ==, 2);
  g_assert_cmpuint (preview->len, ==, 4);
  g_assert_nonnull (gln_listing_get_doubt (g_ptr_array_index (preview, 0)));
  g_assert_cmpuint (gln_listing_get_line (g_ptr_array_index (preview, 0)), ==, 2);
  g_assert_null (gln_listing_get_doubt (g_ptr_array_index (preview, 1)));
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (preview, 2)), ==,
                   "Publications Received");
  g_assert_nonnull (gln_listing_get_doubt (g_ptr_array_index (preview, 2)));
  g_assert_null (gln_listing_get_doubt (g_ptr_array_index (preview, 3)));

  for (guint i = 0; i < G_N_ELEMENTS (own_fixtures); i++)
    {
      g_autofree char *file = g_strconcat (own_fixtures[i], ".txt", NULL);
      g_autofree char *path = gln_test_data_path ("listings", file, NULL);
      g_autoptr(GBytes) bytes = gln_test_load_bytes (path);

      assert_uncertain_adds_only_doubts (bytes, own_fixtures[i], &n_doubtful);
    }
  for (guint i = 0; gln_test_have_shared () && i < G_N_ELEMENTS (shared); i++)
    {
      g_autofree char *file = g_strconcat (shared[i], ".txt", NULL);
      g_autofree char *path = gln_test_shared_path ("fixtures", "listings", file, NULL);
      g_autoptr(GBytes) bytes = gln_test_load_bytes (path);

      assert_uncertain_adds_only_doubts (bytes, shared[i], &n_doubtful);
    }
  /* DBLP's "Coauthor Index", a volume's front matter, a site's footer at least. */
  g_assert_cmpuint (n_doubtful, >=, 3);
}

/* An ACL Anthology event lists several volumes, each with its front matter (the volume's
 * title over its editors): no paper, so a plain parse leaves it out and a preview shows it
 * unchecked; the papers under a volume's heading have it as their venue. */
static void
test_front_matter (void)
{
  g_autofree char *path = gln_test_data_path ("listings", "acl-event.txt", NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  GlnListingOptions options = { COPY_YEAR, TRUE };
  g_autoptr(GPtrArray) preview = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  guint front = 0;

  preview = gln_listing_parse (data, len, &options, NULL);
  g_assert_nonnull (preview);
  for (guint i = 0; i < preview->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (preview, i);
      const char *title = gln_paper_get_title (paper);
      gboolean is_front = g_str_has_prefix (title, "Proceedings of the 64th") ||
                          g_str_has_prefix (title, "Findings of the Association");

      g_assert_cmpint (gln_listing_get_doubt (paper) != NULL, ==, is_front);
      if (is_front)
        {
          front++;
          g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 0);
        }
    }
  g_assert_cmpuint (front, ==, 3);
}

/* A journal issue in ACL Anthology's layout until 2019 ends with entries that have an
 * identifier but no authors (advertisements, books received, errata, an index): no
 * papers, so a plain parse leaves them out and a preview shows them unchecked, each with
 * its title and why. */
static void
test_unauthored_front_matter (void)
{
  static const char * const front[] = {
    "Advertisements", "Books Received", "Errata", "Index of Authors: Volume 4", "Advertisements",
  };
  g_autofree char *path = gln_test_data_path ("listings", "acl-event-2019.txt", NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  GlnListingOptions options = { COPY_YEAR, TRUE };
  g_autoptr(GPtrArray) plain = parse_bytes (bytes, COPY_YEAR, NULL);
  g_autoptr(GPtrArray) preview = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  guint n_front = 0;

  preview = gln_listing_parse (data, len, &options, NULL);
  g_assert_nonnull (plain);
  g_assert_nonnull (preview);
  for (guint i = 0; i < plain->len; i++)
    g_assert_cmpuint (gln_paper_get_n_authors (g_ptr_array_index (plain, i)), >, 0);
  for (guint i = 0; i < preview->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (preview, i);

      if (gln_listing_get_doubt (paper) == NULL)
        continue;
      g_assert_cmpuint (n_front, <, G_N_ELEMENTS (front));
      g_assert_cmpstr (gln_paper_get_title (paper), ==, front[n_front]);
      g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 0);
      n_front++;
    }
  g_assert_cmpuint (n_front, ==, G_N_ELEMENTS (front));
  g_assert_cmpuint (preview->len, ==, plain->len + G_N_ELEMENTS (front));
}

/* A table whose heading names a title and only where it was shown may list talks: its rows
 * come to a preview, unchecked, and to nothing else; a table of events is none. */
static void
test_header_rows_narrow (void)
{
  const char *where =
    "Recent work\n"
    "Title\tVenue\tDate\n"
    "Sensing soil moisture from old phone towers\tRiver Valley Days\t4/12/2022\n"
    "Cheap buoys that count plankton at night\tCoastal Science Fair\t7/20/2021\n";
  const char *events =
    "Title\tSpeaker\tJournal\tDate\n"
    "Reading group on wave energy papers\tAna Lima\tOcean Letters\t3/2/2023\n"
    "Reading group on tidal mixing models\tBo Chen\tMarine Reports\t3/9/2023\n";
  GlnListingOptions options = { COPY_YEAR, TRUE };
  g_autoptr(GPtrArray) preview = gln_listing_parse (where, -1, &options, NULL);
  g_autoptr(GPtrArray) plain = gln_listing_parse (where, -1, NULL, NULL);
  g_autoptr(GPtrArray) none = gln_listing_parse (events, -1, NULL, NULL);

  g_assert_true (plain == NULL || plain->len == 0);
  g_assert_nonnull (preview);
  g_assert_cmpuint (preview->len, ==, 2);
  for (guint i = 0; i < preview->len; i++)
    g_assert_nonnull (gln_listing_get_doubt (g_ptr_array_index (preview, i)));
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (preview, 0)), ==,
                   "Sensing soil moisture from old phone towers");
  for (guint i = 0; none != NULL && i < none->len; i++)
    g_assert_false (g_str_has_prefix (gln_paper_get_title (g_ptr_array_index (none, i)),
                                      "Reading group"));
}

/* Titles alone count under a heading of papers, three on the first; one or two are left
 * to the user in a preview. Sentences of the page, talks under their heading and news
 * over a date are no papers, even in runs. */
/* "Title - 2020 - E. Hein. In Handbook.": a one-line citation no reader takes apart is
 * kept for the user to check, and never stores itself as the paper's abstract. */
static void
test_dashed_year_citations (void)
{
  const char *page =
    "Selected Publications\n"
    "\n"
    "Listening Rooms: Notes on Sound in the Public Library - 2021 - R. Okafor. In The Handbook of Civic Sound Studies.\n"
    "Tempo and Attention in Children's Group Drumming, a field study - 2020 - L. Brandt & R. Okafor. Journal of Music Pedagogy Research, 12(2).\n"
    "Rehearsing with a Looper in the Secondary Classroom - 2019 - R. Okafor. In Teaching Popular Music Creatively.\n";
  GlnListingOptions preview = { 2026, TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, &preview, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 3);
  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);

      g_assert_null (gln_paper_get_abstract (paper));
      g_assert_nonnull (gln_listing_get_doubt (paper));
    }
}

/* The DOI a venue line shows after its year is the paper's; a note's parenthesis that
 * closes after it is not part of it. */
static void
test_venue_line_dois (void)
{
  const char *page =
    "Wall friction and plug flow in dense emulsions\n"
    "K. Lindqvist, R. Amadi, Journal of Rheology 66, 311 (2022). doi:10.1122/8.0000412\n"
    "\n"
    "Layering and demixing of binary fluids in narrow slits\n"
    "K. Lindqvist, C. Moreau, Phys. Rev. Res. 3, 023118 (2021). doi:10.1103/PhysRevResearch.3.023118\n"
    "\n"
    "Viscous response of two rigid spheres at finite frequency\n"
    "K. Lindqvist, P. Osei, Physics of Fluids 31, 083101 (2019). doi:10.1063/1.5109912\n";
  const char *noted =
    "[3] A. Kim, B. Lee, \"Sensing strain with printed graphene,\" Sci. Rep., vol. 9, 2019 (open access, doi: 10.1038/s41598-019-55420-3)\n"
    "[2] A. Kim, \"Printed heaters for soft robots,\" Sci. Rep., vol. 8, 2018.\n"
    "[1] A. Kim, C. Park, \"Inkjet electrodes on paper,\" Sci. Rep., vol. 7, 2017.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, &error);
  g_autoptr(GPtrArray) cited = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 3);
  g_assert_cmpstr (gln_paper_get_doi (g_ptr_array_index (papers, 0)), ==, "10.1122/8.0000412");
  g_assert_cmpstr (gln_paper_get_doi (g_ptr_array_index (papers, 2)), ==, "10.1063/1.5109912");
  cited = gln_listing_parse (noted, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cited->len, ==, 3);
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (cited, 0)), ==,
                   "Sensing strain with printed graphene");
  g_assert_cmpstr (gln_paper_get_doi (g_ptr_array_index (cited, 0)), ==,
                   "10.1038/s41598-019-55420-3");
}

/* A physicist's list: the title in quotes over the names, the list closed by a period,
 * a venue line with a note; neither the quotes nor the list's period are kept. */
static void
test_quoted_title_lines (void)
{
  const char *page =
    "\"Energy transport along chains of trapped ions\"\n"
    "R. Lindqvist, T. Osei, and H. Brandt.\n"
    "New J. Phys. 16, 063062 (2014), arXiv:1312.5786. Highlighted in the journal's selection of the year.\n"
    "\n"
    "\n"
    "\"Collective jumps of driven Rydberg atoms\"\n"
    "T.E. Moreau, H. Brandt, and M.C. Okafor.\n"
    "Phys. Rev. Lett. 108, 023602 (2012), arXiv:1109.6506. Selected for a viewpoint in the society's magazine.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) papers = gln_listing_parse (page, -1, NULL, &error);
  const char * const *authors;

  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 2);
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 0)), ==,
                   "Energy transport along chains of trapped ions");
  authors = gln_paper_get_authors (g_ptr_array_index (papers, 1));
  g_assert_cmpstr (authors[0], ==, "T.E. Moreau");
  g_assert_cmpstr (authors[2], ==, "M.C. Okafor");
  g_assert_null (authors[3]);
}

static void
test_title_lists_narrow (void)
{
  const char *prose =
    "Selected publications\n"
    "Our lab studies how cells repair damaged tissue in the heart\n"
    "We are recruiting motivated postdocs to join the team\n"
    "Read more about our recent work on the news page\n"
    "Invited Talks\n"
    "Repair of the injured heart by resident macrophages\n"
    "University of Oslo, 2019 Nov 29\n"
    "Lipid sensors in the failing heart and what they tell us\n"
    "Karolinska Institute, 2019 Oct 3\n"
    "Macrophages as gatekeepers of cardiac regeneration in mice\n"
    "Harvard Medical School, 2018 Mar 1\n"
    "Lab life\n"
    "Lab retreat to the mountains with all the students\n"
    "Lab News, 2019 Nov 29\n"
    "Welcome to our new postdoc from the University of Lisbon\n"
    "Lab News, 2019 Oct 3\n"
    "Two papers accepted at the spring meeting in 2019\n"
    "Lab News, 2019 Mar 1\n";
  const char *two =
    "Journal articles\n"
    "Sediment pulses in braided rivers after small floods\n"
    "Adaptive smoothing of tide gauge records with gaps\n";
  /* A blog's posts under "Recent articles" read as titles too. */
  const char *posts =
    "Recent articles\n"
    "Notes from a week of fieldwork on the coast\n"
    "How we calibrate the cheap sensors in the lab\n"
    "Why the gaps in tide records matter so much\n";
  const char *after =
    "Journal articles\n"
    "Sediment pulses in braided rivers after small floods\n"
    "Adaptive smoothing of tide gauge records with gaps\n"
    "Grain sorting on gravel bars during the spring melt\n"
    "\n"
    "Recent articles\n"
    "Notes from a week of fieldwork on the coast\n"
    "How we calibrate the cheap sensors in the lab\n";
  GlnListingOptions preview = { 2026, TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = gln_listing_parse (prose, -1, &preview, &error);
  g_autoptr(GPtrArray) sure = NULL;
  g_autoptr(GPtrArray) doubted = NULL;

  g_assert_null (none);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_NO_PAPERS);
  g_clear_error (&error);
  sure = gln_listing_parse (two, -1, NULL, &error);
  g_assert_null (sure);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_NO_PAPERS);
  g_clear_error (&error);
  none = gln_listing_parse (posts, -1, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_NO_PAPERS);
  g_clear_error (&error);
  doubted = gln_listing_parse (posts, -1, &preview, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (doubted->len, ==, 3);
  g_clear_pointer (&doubted, g_ptr_array_unref);
  doubted = gln_listing_parse (two, -1, &preview, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (doubted->len, ==, 2);
  for (guint i = 0; i < doubted->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (doubted, i);

      g_assert_nonnull (gln_listing_get_doubt (paper));
      g_assert_true (gln_paper_get_authors (paper) == NULL || gln_paper_get_authors (paper)[0] == NULL);
    }
  g_clear_pointer (&doubted, g_ptr_array_unref);
  /* After a page's papers, its posts are still no papers of their own. */
  doubted = gln_listing_parse (after, -1, &preview, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (doubted->len, ==, 5);
  for (guint i = 0; i < doubted->len; i++)
    g_assert_true ((gln_listing_get_doubt (g_ptr_array_index (doubted, i)) != NULL) == (i >= 3));
  g_clear_pointer (&sure, g_ptr_array_unref);
  sure = gln_listing_parse (after, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sure->len, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_data_func ("/gln/listing/shared/author-page", "author-page",
                                 test_shared_page);
  gln_test_add_shared_data_func ("/gln/listing/shared/hf-daily-papers-page", "hf-daily-papers-page",
                                 test_shared_page);
  gln_test_add_shared_data_func ("/gln/listing/shared/acl-anthology-person",
                                 "acl-anthology-person", test_shared_page);
  gln_test_add_shared_data_func ("/gln/listing/shared/lab-publications-page",
                                 "lab-publications-page", test_shared_page);
  for (guint i = 0; i < G_N_ELEMENTS (own_fixtures); i++)
    {
      g_autofree char *path = g_strconcat ("/gln/listing/own/", own_fixtures[i], NULL);

      g_test_add_data_func (path, own_fixtures[i], test_own_page);
    }
  gln_test_add_shared_func ("/gln/listing/line-endings", test_line_endings);
  gln_test_add_shared_func ("/gln/listing/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/gln/listing/no-papers", test_no_papers);
  g_test_add_func ("/gln/listing/one-name-across-blank", test_one_name_across_blank);
  g_test_add_func ("/gln/listing/default-year", test_default_year);
  g_test_add_func ("/gln/listing/field-rules", test_field_rules);
  g_test_add_func ("/gln/listing/no-name-titles", test_no_name_titles);
  g_test_add_func ("/gln/listing/field-steps", test_field_steps);
  g_test_add_func ("/gln/listing/categories-as-shown", test_categories_as_shown);
  g_test_add_func ("/gln/listing/doubt", test_doubt);
  g_test_add_func ("/gln/listing/uncertain", test_uncertain);
  g_test_add_func ("/gln/listing/front-matter", test_front_matter);
  g_test_add_func ("/gln/listing/unauthored-front-matter", test_unauthored_front_matter);
  g_test_add_func ("/gln/listing/snippet-before-links", test_snippet_before_links);
  g_test_add_func ("/gln/listing/one-table-row", test_one_table_row);
  g_test_add_func ("/gln/listing/spaced-table-rows", test_spaced_table_rows);
  g_test_add_func ("/gln/listing/long-title-block", test_long_title_block);
  g_test_add_func ("/gln/listing/serial-comma", test_serial_comma);
  g_test_add_func ("/gln/listing/title-by-names", test_title_by_names);
  g_test_add_func ("/gln/listing/journal-year-not-title", test_journal_year_not_title);
  g_test_add_func ("/gln/listing/names-over-journal-year", test_names_over_journal_year);
  g_test_add_func ("/gln/listing/journal-volume-not-title", test_journal_volume_not_title);
  g_test_add_func ("/gln/listing/title-comma", test_title_comma);
  g_test_add_func ("/gln/listing/one-name-under-journal-year", test_one_name_under_journal_year);
  g_test_add_func ("/gln/listing/spaced-abstract-blocks", test_spaced_abstract_blocks);
  g_test_add_func ("/gln/listing/records-bounded", test_records_bounded);
  g_test_add_func ("/gln/listing/citation-not-abstract", test_citation_not_abstract);
  g_test_add_func ("/gln/listing/sentence-not-name", test_sentence_not_name);
  g_test_add_func ("/gln/listing/title-initials-not-citations",
                   test_title_initials_not_citations);
  g_test_add_func ("/gln/listing/decorated-authors", test_decorated_authors);
  g_test_add_func ("/gln/listing/lab-block", test_lab_block);
  g_test_add_func ("/gln/listing/title-after-stray-period", test_title_after_stray_period);
  g_test_add_func ("/gln/listing/venue-text-no-abstract", test_venue_text_no_abstract);
  g_test_add_func ("/gln/listing/bracketed-links", test_bracketed_links);
  g_test_add_func ("/gln/listing/grants-heading", test_grants_heading);
  g_test_add_func ("/gln/listing/preprint-button", test_preprint_button);
  g_test_add_func ("/gln/listing/in-editor-venue", test_in_editor_venue);
  g_test_add_func ("/gln/listing/title-under-links", test_title_under_links);
  g_test_add_func ("/gln/listing/mixed-quotes", test_mixed_quotes);
  g_test_add_func ("/gln/listing/initials-first-no-pairs", test_initials_first_no_pairs);
  g_test_add_func ("/gln/listing/initials-first-news", test_initials_first_news);
  g_test_add_func ("/gln/listing/initials-first-not-swapped", test_initials_first_not_swapped);
  g_test_add_func ("/gln/listing/listed-authors-stay", test_listed_authors_stay);
  g_test_add_func ("/gln/listing/title-lists-narrow", test_title_lists_narrow);
  g_test_add_func ("/gln/listing/dashed-year-citations", test_dashed_year_citations);
  g_test_add_func ("/gln/listing/venue-line-dois", test_venue_line_dois);
  g_test_add_func ("/gln/listing/quoted-title-lines", test_quoted_title_lines);
  g_test_add_func ("/gln/listing/header-rows-narrow", test_header_rows_narrow);
  gln_test_add_shared_func ("/gln/listing/looks-like", test_looks_like);
  gln_test_add_shared_func ("/gln/listing/fuzz", test_fuzz);

  return g_test_run ();
}
