/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "gln-latex.h"
#include "gln-listing.h"
#include "gln-test-utils.h"

typedef struct
{
  const char *input;
  const char *text;
  const char *markup;   /* NULL: the text, escaped */
} LatexCase;

/* Fragments quoted from the copied pages in ../shared/fixtures/listings and the arXiv API
 * samples in ../shared/samples, with how a reader should see them. */
static const LatexCase real_cases[] = {
  { "\\textbf{sparse and robust subnetworks (SRNets) can consistently be found in BERT}",
    "sparse and robust subnetworks (SRNets) can consistently be found in BERT",
    "<b>sparse and robust subnetworks (SRNets) can consistently be found in BERT</b>" },
  { "\\textbf{there exist sparse and almost unbiased BERT subnetworks}",
    "there exist sparse and almost unbiased BERT subnetworks",
    "<b>there exist sparse and almost unbiased BERT subnetworks</b>" },
  { "\\emph{correct-set turnover}",
    "correct-set turnover",
    "<i>correct-set turnover</i>" },
  { "\\emph{repair-window principle}: the cost",
    "repair-window principle: the cost",
    "<i>repair-window principle</i>: the cost" },
  { "we propose \\textbf{\\method{}}, a retention-aware",
    "we propose method, a retention-aware",
    "we propose <b>method</b>, a retention-aware" },
  { "\\textbf{remind} the model",
    "remind the model",
    "<b>remind</b> the model" },
  { "batch replacement, \\method{} incurs zero",
    "batch replacement, method incurs zero",
    NULL },
  { "\\textbf{EasyVideoR1}, a complete",
    "EasyVideoR1, a complete",
    "<b>EasyVideoR1</b>, a complete" },
  { "yields a 1.47 $\\times$ throughput improvement",
    "yields a 1.47 × throughput improvement",
    NULL },
  { "(higher $Q$ , more new knowledge",
    "(higher Q , more new knowledge",
    NULL },
  { "(lower $V$ , more readily absorbed)",
    "(lower V , more readily absorbed)",
    NULL },
  { "learning signal $\\mathcal{S} = Q/V$.",
    "learning signal 𝒮 = Q/V.",
    NULL },
  { "\\textbf{N}ear-Future \\textbf{P}olicy \\textbf{O}ptimization (\\textbf{NPO})",
    "Near-Future Policy Optimization (NPO)",
    "<b>N</b>ear-Future <b>P</b>olicy <b>O</b>ptimization (<b>NPO</b>)" },
  { "\\textbf{AutoNPO},an adaptive variant",
    "AutoNPO,an adaptive variant",
    "<b>AutoNPO</b>,an adaptive variant" },
  { "that maximizes $S$.",
    "that maximizes S.",
    NULL },
  { "activated experts $k$ at both",
    "activated experts k at both",
    NULL },
  { "more experts at inference $k'$ (where $k'> k$)",
    "more experts at inference k′ (where k′> k)",
    "more experts at inference k′ (where k′&gt; k)" },
  { "as much as 2-3$\\times$ the training-time $k$",
    "as much as 2-3× the training-time k",
    NULL },
  { "positive--negative pairing",
    "positive–negative pairing",
    NULL },
  { "a hard-but-solvable q^{+} and an easy-but-brittle prompt q^{-}(high success rate",
    "a hard-but-solvable q⁺ and an easy-but-brittle prompt q⁻(high success rate",
    NULL },
  { "rare successes on q^{+} into sharp positive guidance",
    "rare successes on q⁺ into sharp positive guidance",
    NULL },
  { "AIME~2025 Pass@8",
    "AIME\xc2\xa0" "2025 Pass@8",
    NULL },
  { "complex zeros -- ``ghosts of softmax'' -- that",
    "complex zeros – “ghosts of softmax” – that",
    NULL },
  { "ρ^*=δ^2+ π^2/Δ_a",
    "ρ^*=δ²+ π²/Δₐ",
    NULL },
  { "a_k=nabla z_kcdot v",
    "aₖ=∇ zₖ· v",
    NULL },
  { "up to 10{,} 000times in our tests",
    "up to 10,000× in our tests",
    NULL },
  { "provides mathcal{O}(T^{2/3}) regret",
    "provides 𝒪(T^(2/3)) regret",
    "provides 𝒪(T<sup>2/3</sup>) regret" },
  { "the highest ``quality'' subset",
    "the highest “quality” subset",
    NULL },
  { "notion of ``smoothness'' of submodular",
    "notion of “smoothness” of submodular",
    NULL },
  { "can ``correctly'' assess",
    "can “correctly” assess",
    NULL },
  { "|x|_infty leq 1/lambda",
    "|x|_∞ ≤ 1/λ",
    NULL },
  { "the sign(cdot) operator",
    "the sign(·) operator",
    NULL },
  { "min_x f(x) + kappa^*(x)",
    "minₓ f(x) + κ^*(x)",
    NULL },
  { "risk appetite--distinguishing",
    "risk appetite–distinguishing",
    NULL },
  { "benchmarks \\footnote{Our code is available at https://github.com/zz-haooo/STEER.",
    "benchmarks Our code is available at https://github.com/zz-haooo/STEER.",
    NULL },
  { "up to +8.83\\% gain in pass@1",
    "up to +8.83% gain in pass@1",
    NULL },
  { "(< 0.02\\%) and zero GPU",
    "(< 0.02%) and zero GPU",
    "(&lt; 0.02%) and zero GPU" },
  { "in N{+}D dimensional",
    "in N+D dimensional",
    NULL },
  { "when D{=}1 and",
    "when D=1 and",
    NULL },
  { "when D{to}infty.",
    "when D→∞.",
    NULL },
  { "(D{to} infty) to any finite",
    "(D→ ∞) to any finite",
    NULL },
  { "FFHQ 64{times}64 datasets",
    "FFHQ 64×64 datasets",
    NULL },
  { "one of the first ``deep'' learning methods",
    "one of the first “deep” learning methods",
    NULL },
  { "(I) \\textbf{L}azy learning, (II) \\textbf{i}ndependent feature learning",
    "(I) Lazy learning, (II) independent feature learning",
    "(I) <b>L</b>azy learning, (II) <b>i</b>ndependent feature learning" },
  { "(III) \\textbf{i}nteractive feature learning.",
    "(III) interactive feature learning.",
    "(III) <b>i</b>nteractive feature learning." },
  { "range of $10^{31}$ to $10^{32}$ could",
    "range of 10³¹ to 10³² could",
    NULL },
  { "with the $e^+e^-$-collider",
    "with the e⁺e⁻-collider",
    NULL },
  { "temperature $T \\approx 37 ^{\\circ}$C.",
    "temperature T ≈ 37°C.",
    NULL },
  { "(200-500 {\\deg}C)",
    "(200-500 °C)",
    NULL },
  { "scattering at Q^2=1.6 GeV^2 to",
    "scattering at Q²=1.6 GeV² to",
    NULL },
  { "momentum fraction $x$, and",
    "momentum fraction x, and",
    NULL },
  { "r_E^p = 0.84_{-0.01}^{+0.01} fm",
    "r_E^p = 0.84_(−0.01)^(+0.01) fm",
    "r<sub>E</sub>^p = 0.84<sub>−0.01</sub><sup>+0.01</sup> fm" },
  { "r_M^p = 0.86_{-0.03}^{+0.02} fm",
    "r_M^p = 0.86_(−0.03)^(+0.02) fm",
    "r<sub>M</sub>^p = 0.86<sub>−0.03</sub><sup>+0.02</sup> fm" },
  { "S_pp(0) = 4.08 x 10^{-25} MeV b",
    "S_pp(0) = 4.08 x 10⁻²⁵ MeV b",
    NULL },
  { "roughly 0.7*10^(-7) light sea",
    "roughly 0.7*10⁻⁷ light sea",
    NULL },
  { "F=sum_j exp(z_j)",
    "F=∑ⱼ exp(zⱼ)",
    NULL },
  { "Δ_a=max_k a_k-min_k a_k",
    "Δₐ=maxₖ aₖ-minₖ aₖ",
    NULL },
  { "spread of directional logit derivatives",
    "spread of directional logit derivatives",
    NULL },
  { "Li_2, that captures",
    "Li_2, that captures",
    NULL },
  { "gradient G_F from the top layer",
    "gradient G_F from the top layer",
    "gradient G<sub>F</sub> from the top layer" },
  { "Win Score (E[S_m])",
    "Win Score (E[Sₘ])",
    NULL },
  { "quantity (T_k), which",
    "quantity (Tₖ), which",
    NULL },
  { "(Evolved Sign Momentum)",
    "(Evolved Sign Momentum)",
    NULL },
  { "curriculum_grpo",
    "curriculum_grpo",
    NULL },
};

/* The examples of issue 3 and common LaTeX an abstract may hold. */
static const LatexCase spec_cases[] = {
  { "$\\Theta(T)$",
    "Θ(T)",
    NULL },
  { "$\\mathcal{O}\\left(k^{-3}\\right)$",
    "𝒪(k⁻³)",
    NULL },
  { "$φ$",
    "φ",
    NULL },
  { "4\\%",
    "4%",
    NULL },
  { "\\textbf{bold}",
    "bold",
    "<b>bold</b>" },
  { "\\emph{it} and \\textit{it}",
    "it and it",
    "<i>it</i> and <i>it</i>" },
  { "``quotes''",
    "“quotes”",
    NULL },
  { "Schr\\\"odinger",
    "Schrödinger",
    NULL },
  { "{\\L}ojasiewicz",
    "Łojasiewicz",
    NULL },
  { "$\\times$",
    "×",
    NULL },
  { "q^{+}",
    "q⁺",
    NULL },
  { "$\\alpha + \\beta = \\gamma$",
    "α + β = γ",
    NULL },
  { "$\\mathbb{R}^d$",
    "ℝᵈ",
    NULL },
  { "mathbb R^d",
    "ℝ^d",
    NULL },
  { "sim2times",
    "~2×",
    NULL },
  { "$\\sim$10%",
    "~10%",
    NULL },
  { "$x \\leq y$ and $a \\approx b$",
    "x ≤ y and a ≈ b",
    NULL },
  { "$x \\to \\infty$",
    "x → ∞",
    NULL },
  { "$x_1, x_2$",
    "x₁, x₂",
    NULL },
  { "$x_{ij}$",
    "xᵢⱼ",
    NULL },
  { "$\\frac{1}{2}$ and $\\frac{a+b}{c}$",
    "½ and (a+b)/c",
    NULL },
  { "$\\sqrt{2}$",
    "√2",
    NULL },
  { "\\unknownmacro{kept}",
    "kept",
    NULL },
  { "\\unknownmacro",
    "unknownmacro",
    NULL },
  { "\\'{e}t\\'{e}, na\\\"{\\i}ve, \\c{c}a, \\v{S}koda",
    "été, naïve, ça, Škoda",
    NULL },
  { "Fig.~3",
    "Fig.\xc2\xa0" "3",
    NULL },
  { "\\textbf{a \\emph{b}}",
    "a b",
    "<b>a </b><b><i>b</i></b>" },
  { "<b> & stuff",
    "<b> & stuff",
    "&lt;b&gt; &amp; stuff" },
  { "costs $5 and $10",
    "costs $5 and $10",
    NULL },
  { "a lone \\ backslash",
    "a lone \\ backslash",
    NULL },
  { "$x^{2/3}$",
    "x^(2/3)",
    "x<sup>2/3</sup>" },
  { "\\url{https://github.com/a\\_b}",
    "https://github.com/a_b",
    NULL },
  { "https://github.com/x_y/z^2",
    "https://github.com/x_y/z^2",
    NULL },
  { "$\\hat{\\theta}$",
    "θ̂",
    NULL },
  { "$\\{x\\}$",
    "{x}",
    NULL },
  { "$\\mathbb{E}[X]$",
    "𝔼[X]",
    NULL },
  { "$O(n \\log n)$",
    "O(n log n)",
    NULL },
  { "--format",
    "--format",
    NULL },
  { "well---known",
    "well—known",
    NULL },
  { "$\\Omega$, $\\Delta$, $\\lambda$, $\\mu$, $\\epsilon$",
    "Ω, Δ, λ, μ, ε",
    NULL },
  { "$a \\neq b$, $a \\geq b$, $a \\ll b$, $a \\cdot b$, $a \\pm b$",
    "a ≠ b, a ≥ b, a ≪ b, a · b, a ± b",
    NULL },
  { "$A \\subseteq B$, $x \\in A$, $\\forall x \\exists y$",
    "A ⊆ B, x ∈ A, ∀ x ∃ y",
    NULL },
  { "$f: X \\rightarrow Y$, $p \\Rightarrow q$, $a \\leftrightarrow b$",
    "f: X → Y, p ⇒ q, a ↔ b",
    NULL },
  { "$\\partial_t u = \\nabla^2 u$",
    "∂ₜ u = ∇² u",
    NULL },
  { "$\\ell_2$ and $\\ell_1$",
    "ℓ₂ and ℓ₁",
    NULL },
};

typedef struct
{
  const char   *input;
  GlnLatexMode  mode;
  const char   *text;
} ModeCase;

/* The same LaTeX as a reader sees it, as a .bib field means it, and folded. */
static const ModeCase mode_cases[] = {
  { "An {$O(n \\log n)$} Sort", GLN_LATEX_MODE_RENDER, "An O(n log n) Sort" },
  { "An {$O(n \\log n)$} Sort", GLN_LATEX_MODE_DECODE, "An $O(n \\log n)$ Sort" },
  { "\\cite{knuth} said", GLN_LATEX_MODE_RENDER, "[knuth] said" },
  { "\\cite{knuth} said", GLN_LATEX_MODE_DECODE, "\\cite{knuth} said" },
  { "\\ldots and \\LaTeX{} users", GLN_LATEX_MODE_RENDER, "… and LaTeX users" },
  { "\\ldots and \\LaTeX{} users", GLN_LATEX_MODE_DECODE, "…and LaTeX users" },
  { "--verbose", GLN_LATEX_MODE_RENDER, "--verbose" },
  { "--verbose", GLN_LATEX_MODE_DECODE, "–verbose" },
  { "x^{2} in ~5%", GLN_LATEX_MODE_RENDER, "x² in ~5%" },
  { "x^{2} in ~5%", GLN_LATEX_MODE_DECODE, "x^2 in \xc2\xa0" "5%" },
  { "\\url{a\\_b}", GLN_LATEX_MODE_RENDER, "a_b" },
  { "\\url{a\\_b}", GLN_LATEX_MODE_DECODE, "a\\_b" },
  { "\\'{} \\\"{} \\v{}", GLN_LATEX_MODE_RENDER, "´ ¨ " },
  { "\\'{} \\\"{} \\v{}", GLN_LATEX_MODE_DECODE, "´ ¨" },
  { "\\t{oo} !`Hola!", GLN_LATEX_MODE_RENDER, "o\xcd\xa1o ¡Hola!" },
  { "\\t{oo} !`Hola!", GLN_LATEX_MODE_DECODE, "o\xcd\xa1o ¡Hola!" },
  { "  spread\n   over\tlines  ", GLN_LATEX_MODE_DECODE, "spread over lines" },
  { "A {\\TUB} tour, {\\TeX}\\slash{\\VAX}", GLN_LATEX_MODE_RENDER, "A TUB tour, TeX/VAX" },
  { "A {\\TUB} tour, {\\TeX}\\slash{\\VAX}", GLN_LATEX_MODE_DECODE,
    "A \\TUB{} tour, TeX/\\VAX" },
  { "{\\\"o}, \\\"{o}, {\\'\\i} and {{\\v{S}}}", GLN_LATEX_MODE_FOLD, "ö, ö, í and Š" },
  { "{BERT} \\textbf{X} $x^{2}$ \\ldots{} {\\ldots} -- \\&", GLN_LATEX_MODE_FOLD,
    "{BERT} \\textbf{X} $x^{2}$ … {…} -- \\&" },
};

static void
test_mode (gconstpointer data)
{
  const ModeCase *c = data;
  g_autofree char *text = gln_latex_decode (c->input, c->mode);

  g_assert_cmpstr (text, ==, c->text);
}

static void
test_spelling (void)
{
  static const struct
  {
    gunichar    c;
    const char *ascii;  /* NULL: LaTeX has no ASCII spelling */
  } cases[] = {
    { 0x00e9, "{\\'e}" }, { 0x1ebf, "{\\'{\\^e}}" }, { 0x0160, "{\\v{S}}" },
    { 0x00ed, "{\\'{\\i}}" }, { 0x00df, "{\\ss}" }, { 0x0141, "{\\L}" },
    { 0x2026, "\\ldots{}" }, { 0x00a9, "\\textcopyright{}" }, { 0x2019, "\\textquoteright{}" },
    { 0x2013, "--" }, { 0x201c, "``" }, { 0x00a1, "!`" }, { 0x00a0, "~" },
    { '&', "\\&" }, { '\\', "\\textbackslash{}" }, { '~', "\\textasciitilde{}" },
    { 0x03bb, NULL }, { 0x6771, NULL }, { 0x00d7, NULL }, { 'a', NULL }, { '<', NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      g_assert_cmpint (gln_latex_append_ascii (out, cases[i].c), ==, cases[i].ascii != NULL);
      g_assert_cmpstr (out->str, ==, cases[i].ascii != NULL ? cases[i].ascii : "");
    }
}

/* Whatever the encoder spells, both decoding and rendering read back as the character:
 * the table is one, whichever way it is read. */
static void
test_spelling_round_trip (void)
{
  static const gunichar ranges[][2] = {
    { 0x0020, 0x007e }, { 0x00a0, 0x024f }, { 0x2010, 0x2027 }, { 0x20ac, 0x20ac },
    { 0x2122, 0x2122 },
  };
  guint n = 0;

  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    for (gunichar c = ranges[r][0]; c <= ranges[r][1]; c++)
      {
        g_autoptr(GString) latex = g_string_new ("x");
        g_autoptr(GString) expected = g_string_new ("x");
        g_autofree char *decoded = NULL;
        g_autofree char *rendered = NULL;

        if (!gln_latex_append_ascii (latex, c))
          continue;
        g_string_append_c (latex, 'x');
        g_string_append_unichar (expected, c);
        g_string_append_c (expected, 'x');
        decoded = gln_latex_decode (latex->str, GLN_LATEX_MODE_DECODE);
        rendered = gln_latex_to_text (latex->str);
        g_assert_cmpstr (decoded, ==, expected->str);
        g_assert_cmpstr (rendered, ==, expected->str);
        n++;
      }

  g_test_message ("%u characters spelt", n);
  g_assert_cmpuint (n, >, 200);
}

/* Markup must parse as Pango markup does: GMarkup inside a root element, and only the
 * elements we produce. */
static void
markup_start_element (GMarkupParseContext  *context,
                      const char           *element_name,
                      const char          **attribute_names,
                      const char          **attribute_values,
                      gpointer              user_data,
                      GError              **error)
{
  static const char * const allowed[] = { "markup", "b", "i", "sub", "sup" };

  if (attribute_names[0] != NULL || !g_strv_contains (allowed, element_name))
    g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                 "unexpected element <%s>", element_name);
}

static void
assert_markup_parses (const char *markup)
{
  static const GMarkupParser parser = { markup_start_element, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wrapped = g_strconcat ("<markup>", markup, "</markup>", NULL);

  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  if (!g_markup_parse_context_parse (context, wrapped, -1, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    g_error ("markup does not parse (%s): %s", error->message, markup);
}

static void
assert_text_clean (const char *text)
{
  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p++)
    g_assert_true ((guchar) *p >= 0x20 || *p == '\n' || *p == '\t' || *p == '\r');
}

static void
test_case (gconstpointer data)
{
  const LatexCase *c = data;
  g_autofree char *text = gln_latex_to_text (c->input);
  g_autofree char *markup = gln_latex_to_markup (c->input);
  g_autofree char *escaped = g_markup_escape_text (c->text, -1);

  g_assert_cmpstr (text, ==, c->text);
  g_assert_cmpstr (markup, ==, c->markup != NULL ? c->markup : escaped);
  assert_markup_parses (markup);
  assert_text_clean (text);
}

static guint
count_char (const char *s,
            char        c)
{
  guint n = 0;

  for (; *s != '\0'; s++)
    n += *s == c;

  return n;
}

static guint
count_string (const char *s,
              const char *needle)
{
  guint n = 0;

  while ((s = strstr (s, needle)) != NULL)
    {
      n++;
      s += strlen (needle);
    }

  return n;
}

/* Every abstract renders without "$" or "\" left, except those the text means
 * ("\$5" is a price, "\textbackslash" a backslash). */
static void
check_rendered (const char *input)
{
  g_autofree char *text = gln_latex_to_text (input);
  g_autofree char *markup = gln_latex_to_markup (input);

  assert_text_clean (text);
  assert_markup_parses (markup);
  if (count_char (text, '$') > count_string (input, "\\$"))
    g_error ("a \"$\" is left in: %s", text);
  if (count_char (text, '\\') > count_string (input, "\\textbackslash"))
    g_error ("a \"\\\" is left in: %s", text);
}

static guint
check_listing_page (const char *name)
{
  g_autofree char *path = gln_test_shared_path ("fixtures", "listings", name, NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  GlnListingOptions options = { 2026 };
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  papers = gln_listing_parse (data, len, &options, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < papers->len; i++)
    {
      check_rendered (gln_paper_get_abstract (g_ptr_array_index (papers, i)));
      check_rendered (gln_paper_get_title (g_ptr_array_index (papers, i)));
    }

  return papers->len;
}

static guint
check_arxiv_sample (const char *name)
{
  g_autofree char *path = gln_test_shared_path ("samples", "arxiv-api", name, NULL);
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  guint n = 0;

  g_assert_nonnull (doc);
  g_ptr_array_add (stack, xmlDocGetRootElement (doc));
  while (stack->len > 0)
    {
      xmlNodePtr node = g_ptr_array_steal_index (stack, stack->len - 1);

      for (xmlNodePtr child = node->children; child != NULL; child = child->next)
        if (child->type == XML_ELEMENT_NODE)
          g_ptr_array_add (stack, child);
      if (node->type == XML_ELEMENT_NODE &&
          (g_str_equal ((const char *) node->name, "summary") ||
           g_str_equal ((const char *) node->name, "title")))
        {
          xmlChar *content = xmlNodeGetContent (node);

          check_rendered ((const char *) content);
          xmlFree (content);
          n++;
        }
    }
  xmlFreeDoc (doc);

  return n;
}

static guint
check_hf_sample (const char *name)
{
  g_autofree char *path = gln_test_shared_path ("samples", "hf-daily-papers", name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  guint n = 0;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      JsonObject *paper = json_object_get_object_member (entry, "paper");

      check_rendered (json_object_get_string_member (entry, "title"));
      check_rendered (json_object_get_string_member (paper, "title"));
      check_rendered (json_object_get_string_member (paper, "summary"));
      n += 3;
    }

  return n;
}

static void
test_abstracts (void)
{
  guint n = 0;

  n += check_listing_page ("author-page.txt");
  n += check_listing_page ("hf-daily-papers-page.txt");
  n += check_arxiv_sample ("query_all-electron-AND-all-proton_2025-11-11.xml");
  n += check_arxiv_sample ("query_all-electron-AND-all-proton_LEGACY-FORMAT_2025-08-20.xml");
  n += check_arxiv_sample ("query_id_list_with_missing_ids_2025-11-11.xml");
  n += check_hf_sample ("daily_papers_2024-10-25_first2entries.json");

  g_test_message ("rendered %u abstracts and titles", n);
  g_assert_cmpuint (n, >, 100);
}

typedef struct
{
  const char *input;
  const char *kept;   /* must appear in the text */
} KeptCase;

/* Whatever is left open, the rest of the abstract survives. */
static const KeptCase unclosed_cases[] = {
  { "\\textbf{never closed and the rest of the abstract",
    "never closed and the rest of the abstract" },
  { "{\\em an open group, and more text", "an open group, and more text" },
  { "$x + y and the rest of the sentence", "$x + y and the rest of the sentence" },
  { "$$ display never closed", "$$ display never closed" },
  { "\\(inline math never closed", "inline math never closed" },
  { "\\[display never closed", "display never closed" },
  { "\\frac{a}{b and more", "b and more" },
  { "x^{2 is never closed", "2 is never closed" },
  { "\\url{http://example.org/ unclosed text", "unclosed text" },
  { "\\footnote{a note without end", "a note without end" },
  { "}}}} stray closers", "stray closers" },
  { "\\", "\\" },
  { "text ends with a backslash \\", "text ends with a backslash \\" },
  { "costs $5 and $10 in total", "costs $5 and $10 in total" },
  { "a lone \\ backslash", "a lone \\ backslash" },
  { "\\sqrt[3", "3" },
  { "\\\"", "" },
  { "^", "^" },
  { "_", "_" },
  { "$", "$" },
  { "{", "" },
};

static void
test_unclosed (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (unclosed_cases); i++)
    {
      g_autofree char *text = gln_latex_to_text (unclosed_cases[i].input);
      g_autofree char *markup = gln_latex_to_markup (unclosed_cases[i].input);

      g_test_message ("%s", unclosed_cases[i].input);
      g_assert_nonnull (strstr (text, unclosed_cases[i].kept));
      assert_markup_parses (markup);
    }
}

static void
test_invalid (void)
{
  g_autofree char *empty = gln_latex_to_text (NULL);
  g_autofree char *text = gln_latex_to_text ("\xff\xfe $\\alpha\xc3$ \\textbf{\xe2\x82} "
                                              "\x01\x02 end");
  g_autofree char *markup = gln_latex_to_markup ("\xff <b> \\emph{\xc3\x28} \x1b[0m");

  g_assert_cmpstr (empty, ==, "");
  assert_text_clean (text);
  g_assert_nonnull (strstr (text, "end"));
  assert_markup_parses (markup);
}

/* Deep nesting and long runs of specials finish quickly and keep the content. */
static void
test_pathological (void)
{
  const guint depth = 100000;
  GString *s = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '{');
  g_string_append (s, "core");
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '}');
  text = gln_latex_to_text (s->str);
  g_assert_cmpstr (text, ==, "core");

  g_string_truncate (s, 0);
  for (guint i = 0; i < depth / 10; i++)
    g_string_append (s, "\\textbf{x^{");
  g_string_append (s, "core");
  for (guint i = 0; i < depth / 10; i++)
    g_string_append (s, "}}");
  markup = gln_latex_to_markup (s->str);
  assert_markup_parses (markup);
  g_assert_nonnull (strstr (markup, "core"));

  g_string_truncate (s, 0);
  for (guint i = 0; i < depth; i++)
    g_string_append (s, "$\\$^_{");
  g_clear_pointer (&text, g_free);
  text = gln_latex_to_text (s->str);
  assert_text_clean (text);

  g_string_free (s, TRUE);
}

static void
test_fuzz (void)
{
  static const char * const tokens[] = {
    "\\", "{", "}", "$", "$$", "^", "_", "\\textbf", "\\emph", "\\frac", "\\sqrt[", "]",
    "\\mathcal", "\\mathbb", "\\\"", "\\'", "``", "''", "--", "---", "~", "a", " ", "x",
    "\\alpha", "\\left(", "\\right)", "\\(", "\\)", "\\[", "\\]", "%", "&", "<", ">", "\"",
    "\xc3", "\xff", "\x01", "http://x.org/a_b", "\\url{", "\\href{", "mathbb R", "sim2",
    "times", "10{,}", "{to}", "\\not", "\\v", "\\c", "\xc3\xa9", "\xcf\x81", "\\unknown",
    "\\footnote{", "\\cite{", "\\deg", "\\L", "\\i", "\n", "'", "`", "-", "2", "(", ")",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250101);

  for (guint iteration = 0; iteration < 3000; iteration++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      g_autofree char *text = NULL;
      g_autofree char *markup = NULL;
      guint n = g_rand_int_range (rand, 0, 80);

      for (guint i = 0; i < n; i++)
        g_string_append (s, tokens[g_rand_int_range (rand, 0, G_N_ELEMENTS (tokens))]);

      text = gln_latex_to_text (s->str);
      markup = gln_latex_to_markup (s->str);
      assert_text_clean (text);
      assert_markup_parses (markup);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (real_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/latex/real/%02u", i);

      g_test_add_data_func (path, &real_cases[i], test_case);
    }
  for (guint i = 0; i < G_N_ELEMENTS (spec_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/latex/spec/%02u", i);

      g_test_add_data_func (path, &spec_cases[i], test_case);
    }
  for (guint i = 0; i < G_N_ELEMENTS (mode_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/latex/mode/%02u", i);

      g_test_add_data_func (path, &mode_cases[i], test_mode);
    }
  g_test_add_func ("/gln/latex/spelling", test_spelling);
  g_test_add_func ("/gln/latex/spelling/round-trip", test_spelling_round_trip);
  gln_test_add_shared_func ("/gln/latex/abstracts", test_abstracts);
  g_test_add_func ("/gln/latex/unclosed", test_unclosed);
  g_test_add_func ("/gln/latex/invalid", test_invalid);
  g_test_add_func ("/gln/latex/pathological", test_pathological);
  g_test_add_func ("/gln/latex/fuzz", test_fuzz);

  return g_test_run ();
}
