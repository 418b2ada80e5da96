/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-paper-key.h"

typedef struct
{
  const char *input;
  const char *id;
  int         version;
} ArxivCase;

static const ArxivCase arxiv_cases[] = {
  { "2506.18896", "2506.18896", 0 },
  { "2506.18896v2", "2506.18896", 2 },
  { "arXiv:2506.18896v12", "2506.18896", 12 },
  { "  arxiv:1309.4668  ", "1309.4668", 0 },
  { "0704.0001", "0704.0001", 0 },
  { "hep-ex/0307015", "hep-ex/0307015", 0 },
  { "hep-ex/0307015v1", "hep-ex/0307015", 1 },
  { "math.GT/0309136", "math/0309136", 0 },
  { "oai:arXiv.org:2203.01250v3", "2203.01250", 3 },
  { "http://arxiv.org/abs/1309.4668v1", "1309.4668", 1 },
  { "https://arxiv.org/pdf/2410.17243v2.pdf", "2410.17243", 2 },
  { "https://arxiv.org/pdf/2410.17243", "2410.17243", 0 },
  { "https://www.arxiv.org/abs/hep-ex/0307015v1", "hep-ex/0307015", 1 },
  { "http://arxiv.org/abs/hep-ex/0307015", "hep-ex/0307015", 0 },
  { "10.48550/arXiv.2410.17243", "2410.17243", 0 },
  { "2410.1724", "2410.1724", 0 },
  /* not arXiv identifiers */
  { "2410.172433", NULL, 0 },
  { "2413.17243", NULL, 0 },
  { "10.1371/journal.pone.0033693", NULL, 0 },
  { "https://example.org/abs/2410.17243", NULL, 0 },
  { "HEP-EX/0307015", NULL, 0 },
  { "hep-ex/030701", NULL, 0 },
  { "", NULL, 0 },
  { "title", NULL, 0 },
  /* a version no int holds, or none arXiv gave */
  { "2506.18896v99999999999999999", NULL, 0 },
  { "hep-ex/0307015v99999999999999999", NULL, 0 },
  { "arXiv:2506.18896v12345", NULL, 0 },
  { "2506.18896v9999", "2506.18896", 9999 },
};

static void
test_arxiv_id (gconstpointer data)
{
  const ArxivCase *c = data;
  g_autofree char *id = NULL;
  int version = -1;
  gboolean ok;

  ok = gln_arxiv_id_parse (c->input, &id, &version);
  if (c->id == NULL)
    {
      g_assert_false (ok);
      g_assert_null (id);
      return;
    }
  g_assert_true (ok);
  g_assert_cmpstr (id, ==, c->id);
  g_assert_cmpint (version, ==, c->version);
}

typedef struct
{
  const char *input;
  const char *doi;
} DoiCase;

static const DoiCase doi_cases[] = {
  { "10.1371/journal.pone.0033693", "10.1371/journal.pone.0033693" },
  { "10.1371/JOURNAL.PONE.0033693", "10.1371/journal.pone.0033693" },
  { "https://doi.org/10.5170/CERN-2013-002.237", "10.5170/cern-2013-002.237" },
  { "http://dx.doi.org/10.5170/CERN-2013-002.237", "10.5170/cern-2013-002.237" },
  { "doi:10.1000/XYZ", "10.1000/xyz" },
  { "DOI: 10.1000/xyz", "10.1000/xyz" },
  { "10.48550/arXiv.2410.17243", "10.48550/arxiv.2410.17243" },
  { "https://www.doi.org/10.1000/XYZ", "10.1000/xyz" },
  { "http://www.doi.org/10.1000/xyz", "10.1000/xyz" },
  { "https://dx.doi.org/10.1000/xyz", "10.1000/xyz" },
  { "doi.org/10.1000/xyz", "10.1000/xyz" },
  { "10.1000%2Fxyz", "10.1000/xyz" },
  { "https://doi.org/10.1002%2F%28SICI%291097-4571", "10.1002/(sici)1097-4571" },
  { "10.1000/100%", "10.1000/100%" },
  { "https://example.org/10.1000/xyz", NULL },
  { "10.1000", NULL },
  { "11.1000/xyz", NULL },
  { "10.abc/xyz", NULL },
  { "10.1000/", NULL },
  { "10.1000/a b", NULL },
  { "", NULL },
};

static void
test_doi (gconstpointer data)
{
  const DoiCase *c = data;
  g_autofree char *doi = gln_doi_normalize (c->input);

  g_assert_cmpstr (doi, ==, c->doi);
}

typedef struct
{
  const char *title;
  const char *normalized;
} TitleCase;

/* What a title compares by: markup goes, the content of math and macros stays. */
static const TitleCase title_cases[] = {
  { "  The  \\emph{Über}-Model: A, B; C. ", "the uber model a b c" },
  { "The $\\alpha$ decay of heavy nuclei", "the α decay of heavy nuclei" },
  { "The α decay of heavy nuclei", "the α decay of heavy nuclei" },
  { "The $\\beta$ decay of heavy nuclei", "the β decay of heavy nuclei" },
  { "{\\LuaTeX}", "luatex" },
  { "\\textbf{Sparse} attention", "sparse attention" },
  { "Scaling $\\mathcal{O}(n \\log n)$ attention", "scaling o n log n attention" },
  { "$x^2$ and $x^3$", "x2 and x3" },
  { "Schr\\\"odinger bridges", "schrodinger bridges" },
  { "", "" },
};

static void
test_title_normalize (gconstpointer data)
{
  const TitleCase *c = data;
  g_autofree char *normalized = gln_title_normalize (c->title);

  g_assert_cmpstr (normalized, ==, c->normalized);
}

typedef struct
{
  const char *arxiv_id;
  const char *doi;
  const char *title;
  const char *key;
} KeyCase;

static const KeyCase key_cases[] = {
  { "2506.18896v3", NULL, "Anything", "arxiv:2506.18896" },
  { "hep-ex/0307015v1", "10.1140/epjc/s2003-01326-x", NULL, "arxiv:hep-ex/0307015" },
  { NULL, "10.48550/arXiv.2506.18896", "Anything", "arxiv:2506.18896" },
  { NULL, "https://doi.org/10.1371/journal.pone.0033693", "T", "doi:10.1371/journal.pone.0033693" },
  { "not an id", "10.1000/XYZ", NULL, "doi:10.1000/xyz" },
  { NULL, NULL, "", NULL },
  { NULL, NULL, " --- ", NULL },
};

static void
test_key (gconstpointer data)
{
  const KeyCase *c = data;
  g_autofree char *key = gln_paper_key_build (c->arxiv_id, c->doi, c->title);

  g_assert_cmpstr (key, ==, c->key);
}

static void
test_title_key (void)
{
  g_autofree char *a = gln_title_key ("Breaking the Memory Barrier: Near Infinite Batch Size "
                                      "Scaling for\n  Contrastive Loss");
  g_autofree char *b = gln_title_key ("breaking the memory barrier - near infinite batch size "
                                      "scaling for contrastive loss.");
  g_autofree char *c = gln_title_key ("Breaking the Memory Barrier");
  g_autofree char *d = gln_title_key ("Schrödinger bridges");
  g_autofree char *e = gln_title_key ("Schrodinger Bridges");
  g_autofree char *f = gln_title_key ("\\textbf{Schr\\\"odinger} bridges");
  g_autofree char *norm = gln_title_normalize ("  The  \\emph{Über}-Model: A, B; C. ");

  g_assert_true (g_str_has_prefix (a, "title:"));
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpstr (d, ==, e);
  g_assert_nonnull (f);
  g_assert_cmpstr (norm, ==, "the uber model a b c");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (arxiv_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/paper-key/arxiv-id/%u", i);
      g_test_add_data_func (path, &arxiv_cases[i], test_arxiv_id);
    }
  for (guint i = 0; i < G_N_ELEMENTS (title_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/paper-key/title/%u", i);
      g_test_add_data_func (path, &title_cases[i], test_title_normalize);
    }
  for (guint i = 0; i < G_N_ELEMENTS (doi_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/paper-key/doi/%u", i);
      g_test_add_data_func (path, &doi_cases[i], test_doi);
    }
  for (guint i = 0; i < G_N_ELEMENTS (key_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/paper-key/key/%u", i);
      g_test_add_data_func (path, &key_cases[i], test_key);
    }
  g_test_add_func ("/gln/paper-key/title", test_title_key);

  return g_test_run ();
}
