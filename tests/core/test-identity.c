/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The identity rules (HACKING.md, "Identity"): which records are one work, which only
 * look alike, and that a merge the user asks for keeps everything and can be undone. */

#include "config.h"

#include "gln-core.h"
#include "gln-test-store.h"

/* A record as a test writes it: fields left NULL are absent. */
typedef struct
{
  const char *title;
  const char *author;
  const char *year;
  const char *arxiv_id;
  const char *doi;
  const char *extra;
} Record;

static GlnPaper *
make_record (const Record *r)
{
  GlnPaper *paper = gln_paper_new ();

  gln_paper_set_title (paper, r->title);
  if (r->author != NULL)
    gln_paper_add_author (paper, r->author, NULL);
  gln_paper_set_published (paper, r->year);
  gln_paper_set_arxiv_id (paper, r->arxiv_id);
  gln_paper_set_doi (paper, r->doi);
  gln_paper_set_extra (paper, r->extra);

  return paper;
}

/* Two records imported one after the other (from one file when @same_file): how many
 * papers the library then holds, and the possible duplicate recorded, if any. */
typedef struct
{
  const char *name;
  Record      first;
  Record      second;
  gboolean    same_file;
  guint       n_papers;
  const char *reason;
} RuleCase;

#define ARXIV_TITLE "Attention Is All You Need"

static const RuleCase rule_cases[] = {
  /* Identifiers decide. */
  { "same-arxiv-id", { ARXIV_TITLE, "Ashish Vaswani", "2017", "1706.03762v1" },
    { "Another spelling", NULL, NULL, "arXiv:1706.03762v5" }, FALSE, 1, NULL },
  { "arxiv-doi-is-arxiv-id", { ARXIV_TITLE, NULL, NULL, "1706.03762" },
    { ARXIV_TITLE, NULL, NULL, NULL, "10.48550/arXiv.1706.03762" }, FALSE, 1, NULL },
  { "doi-spellings", { "Proton radius", "Randolf Pohl", "2010", NULL, "10.1038/nature09250" },
    { "Proton radius", NULL, NULL, NULL, "https://www.doi.org/10.1038%2Fnature09250" }, FALSE, 1,
    NULL },
  { "shared-id-in-one-file", { ARXIV_TITLE, NULL, NULL, "1706.03762" },
    { ARXIV_TITLE, NULL, NULL, "1706.03762v2" }, TRUE, 1, NULL },
  { "same-pmid", { "Proton radius", "Randolf Pohl", "2010", NULL, NULL, "{\"PMID\":\"20613837\"}" },
    { "The size of the proton", NULL, NULL, NULL, NULL, "{\"PMID\":\"20613837\"}" }, FALSE, 1,
    NULL },
  { "same-openalex-id", { "Proton radius", NULL, NULL, NULL, NULL, "{\"openalex\":\"W2020\"}" },
    { "Proton radius (corrected)", NULL, NULL, NULL, NULL, "{\"openalex\":\"w2020\"}" }, FALSE,
    1, NULL },
  /* A pasted Hugging Face entry is the arXiv paper. */
  { "pasted-entry-is-arxiv-paper", { ARXIV_TITLE, "Ashish Vaswani", "2017", "1706.03762" },
    { "Attention is all you need.", "A. Vaswani" }, FALSE, 1, NULL },
  { "later-doi-fills-in", { "Measuring the proton radius with muons", "Randolf Pohl", "2010" },
    { "Measuring the proton radius with muons", "R. Pohl", "2010", NULL, "10.1000/pohl" },
    FALSE, 1, NULL },
  /* Look-alikes are kept apart and shown. */
  { "same-title-in-one-file", { ARXIV_TITLE, "Ashish Vaswani", "2017" },
    { ARXIV_TITLE, "Ashish Vaswani", "2017" }, TRUE, 2, GLN_DUPLICATE_REASON_SAME_FILE },
  { "conflicting-dois", { "Proton radius puzzle", NULL, NULL, NULL, "10.1000/a" },
    { "Proton radius puzzle", NULL, NULL, NULL, "10.1000/b" }, FALSE, 2,
    GLN_DUPLICATE_REASON_IDS_DIFFER },
  { "conflicting-pmids", { "Proton radius", "Randolf Pohl", "2010", NULL, NULL,
    "{\"PMID\":\"1\"}" }, { "Proton radius", "Randolf Pohl", "2010", NULL, NULL,
    "{\"PMID\":\"2\"}" }, FALSE, 2, GLN_DUPLICATE_REASON_IDS_DIFFER },
  { "conflicting-arxiv-ids", { ARXIV_TITLE, NULL, NULL, "1706.03762" },
    { ARXIV_TITLE, NULL, NULL, "1706.03763" }, FALSE, 2, GLN_DUPLICATE_REASON_IDS_DIFFER },
  { "other-first-author", { "Deep residual learning", "Kaiming He", "2016" },
    { "Deep residual learning", "Xiangyu Zhang", "2016" }, FALSE, 2,
    GLN_DUPLICATE_REASON_AUTHORS_DIFFER },
  { "other-year", { "Deep residual learning", "Kaiming He", "2015" },
    { "Deep residual learning", "He, Kaiming", "2016" }, FALSE, 2,
    GLN_DUPLICATE_REASON_YEARS_DIFFER },
  /* Different works. */
  { "math-in-titles", { "The $\\alpha$ decay of heavy nuclei", "Ann Author", "1990" },
    { "The $\\beta$ decay of heavy nuclei", "Ann Author", "1990" }, FALSE, 2, NULL },
  { "generic-title-other-years", { "Editorial", "Barbara Beeton", "1990" },
    { "Editorial", "Barbara Beeton", "1991" }, FALSE, 2, NULL },
  { "generic-title-other-issue", { "Calendar", NULL, "1990", NULL, NULL, "{\"issue\":\"1\"}" },
    { "Calendar", NULL, "1990", NULL, NULL, "{\"issue\":\"2\"}" }, FALSE, 2, NULL },
  { "generic-title-nothing-apart", { "Title page", NULL, "1990" }, { "Title page", NULL, "1990",
    NULL, NULL, "{\"citation-key\":\"tp2\"}" }, FALSE, 2, GLN_DUPLICATE_REASON_GENERIC_TITLE },
  { "generic-title-with-doi", { "EDITORIAL", "Jane Editor", "2020" },
    { "Editorial", "Jane Editor", "2020", NULL, "10.1000/unrelated" }, FALSE, 2,
    GLN_DUPLICATE_REASON_GENERIC_TITLE },
  /* The same record again is the same paper, even under a generic title. */
  { "same-record-again", { "Calendar", NULL, "1990", NULL, NULL, "{\"citation-key\":\"cal90\"}" },
    { "Calendar", NULL, "1990", NULL, NULL, "{\"citation-key\":\"cal90\"}" }, FALSE, 1, NULL },
  { "same-record-twice-in-one-file",
    { "Calendar", NULL, "1990", NULL, NULL, "{\"citation-key\":\"cal90\"}" },
    { "Calendar", NULL, "1990", NULL, NULL, "{\"citation-key\":\"cal90\"}" }, TRUE, 2,
    GLN_DUPLICATE_REASON_GENERIC_TITLE },
};

static GPtrArray *
list_duplicates (GlnStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *pairs;

  gln_store_list_duplicates_async (store, NULL, gln_test_ready_cb, NULL);
  pairs = gln_store_list_duplicates_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);

  return pairs;
}

static guint
count_duplicates (GlnStore *store)
{
  g_autoptr(GPtrArray) pairs = list_duplicates (store);

  return pairs->len;
}

static gint64
count_papers (GlnStore *store)
{
  g_autoptr(GlnQuery) query = gln_query_new ();

  return gln_test_store_count (store, query);
}

static void
import_records (GlnStore     *store,
                const Record *records,
                guint         n_records)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;

  for (guint i = 0; i < n_records; i++)
    g_ptr_array_add (papers, make_record (&records[i]));
  result = gln_test_store_import (store, papers, 0);
}

static void
test_rule (gconstpointer data)
{
  const RuleCase *c = data;
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) pairs = NULL;

  if (c->same_file)
    {
      Record both[] = { c->first, c->second };

      import_records (store, both, 2);
    }
  else
    {
      import_records (store, &c->first, 1);
      import_records (store, &c->second, 1);
    }

  g_assert_cmpint (count_papers (store), ==, c->n_papers);
  pairs = list_duplicates (store);
  if (c->reason == NULL)
    g_assert_cmpuint (pairs->len, ==, 0);
  else
    {
      g_assert_cmpuint (pairs->len, ==, 1);
      g_assert_cmpstr (((GlnDuplicate *) pairs->pdata[0])->reason, ==, c->reason);
    }

  /* Importing both again changes nothing. */
  import_records (store, &c->first, 1);
  import_records (store, &c->second, 1);
  g_assert_cmpint (count_papers (store), ==, c->n_papers);
}

static void
test_generic_titles (void)
{
  static const char * const generic[] = {
    "Editorial", "EDITORIAL", "Editorial comments", "Preface", "Introduction", "Calendar",
    "Index", "Title page", "Contents", "Errata", "Book reviews.",
  };
  static const char * const distinctive[] = {
    "Attention Is All You Need", "Introduction to Algorithms", "An Editorial Process Model",
    "Calendars of the ancient world",
  };

  for (guint i = 0; i < G_N_ELEMENTS (generic); i++)
    g_assert_true (gln_title_is_generic (generic[i]));
  for (guint i = 0; i < G_N_ELEMENTS (distinctive); i++)
    g_assert_false (gln_title_is_generic (distinctive[i]));
}

static GlnPaper *
import_one (GlnStore     *store,
            const Record *record)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GlnPaper *paper;

  g_ptr_array_add (papers, make_record (record));
  result = gln_test_store_import (store, papers, 0);
  paper = gln_store_lookup_paper (store, gln_import_result_get_id (result, 0), &error);
  g_assert_no_error (error);

  return paper;
}

static gint64
create_collection (GlnStore *store,
                   GlnPaper *paper,
                   const char *name)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new ();

  g_ptr_array_add (members, paper);
  return gln_test_store_create_collection (store, name, members);
}

static void
screen (GlnStore     *store,
        gint64        collection,
        GlnPaper     *paper,
        GlnScreening  status)
{
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GError) error = NULL;

  gln_store_screen_async (store, collection, gln_paper_get_id (paper), status, NULL, NULL,
                          gln_test_ready_cb, NULL);
  change = gln_store_screening_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
}

/* The case that lost a user's work: an unrelated "EDITORIAL" record with a DOI arrives
 * after the user screened, annotated and tagged their own "EDITORIAL". */
static void
test_editorial_untouched (void)
{
  static const Record mine = { "EDITORIAL", "Jane Editor", "2020" };
  static const Record unrelated = {
    "Editorial", "Jane Editor", "2020", NULL, "10.1000/unrelated",
    "{\"container-title\":\"Another Journal\"}"
  };
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) paper = import_one (store, &mine);
  g_autoptr(GlnPaper) other = NULL;
  g_autoptr(GlnPaper) found = NULL;
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = g_strdup (gln_paper_get_key (paper));
  gint64 collection = create_collection (store, paper, "Review");

  screen (store, collection, paper, GLN_SCREENING_INCLUDE);
  gln_store_add_tag_async (store, paper, "core", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_save_note_async (store, paper, 0, "Read this first.", NULL, gln_test_ready_cb, NULL);
  note = gln_store_save_note_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);

  other = import_one (store, &unrelated);
  g_assert_cmpint (gln_paper_get_id (other), !=, gln_paper_get_id (paper));
  g_assert_cmpstr (gln_paper_get_key (paper), ==, key);
  g_assert_null (gln_paper_get_doi (paper));
  g_assert_null (gln_paper_get_extra (paper));
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "EDITORIAL");
  g_assert_cmpstrv (gln_paper_get_tags (paper), ((const char *[]) { "core", NULL }));
  found = gln_test_store_find (store, key);
  g_assert_true (found == paper);
  g_assert_cmpint (count_papers (store), ==, 2);
}

/* Both screened in one collection, differently: the merge asks, and keeps what it is told. */
static void
test_merge_screening_conflict (void)
{
  static const Record a = { "Deep residual learning", "Kaiming He", "2015" };
  static const Record b = { "Deep residual learning", "Kaiming He", "2016" };
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) first = import_one (store, &a);
  g_autoptr(GlnPaper) second = import_one (store, &b);
  g_autoptr(GlnDuplicate) pair = NULL;
  g_autoptr(GlnBoardState) board = NULL;
  g_autoptr(GError) error = NULL;
  gint64 collection = create_collection (store, first, "Review");
  gint64 merge_id;

  gln_store_collection_add_async (store, "Review", &second, 1, FALSE, NULL, gln_test_ready_cb,
                                  NULL);
  gln_test_store_edited (store);
  screen (store, collection, first, GLN_SCREENING_INCLUDE);
  screen (store, collection, second, GLN_SCREENING_EXCLUDE);

  gln_store_find_duplicate_async (store, gln_paper_get_id (first), gln_paper_get_id (second), NULL,
                                  gln_test_ready_cb, NULL);
  pair = gln_store_find_duplicate_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pair->reason, ==, GLN_DUPLICATE_REASON_YEARS_DIFFER);
  g_assert_true (gln_duplicate_has_conflict (pair));

  gln_store_merge_duplicates_async (store, gln_paper_get_id (first), gln_paper_get_id (second),
                                    NULL, NULL, gln_test_ready_cb, NULL);
  g_assert_cmpint (gln_store_merge_duplicates_finish (store, gln_test_wait (), &error), ==, 0);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Review"));
  g_clear_error (&error);
  g_assert_cmpint (count_papers (store), ==, 2);

  gln_store_merge_duplicates_async (store, gln_paper_get_id (first), gln_paper_get_id (second),
                                    (const char *[]) { GLN_MERGE_TAKE_SCREENING, "published", NULL },
                                    NULL, gln_test_ready_cb, NULL);
  merge_id = gln_store_merge_duplicates_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_papers (store), ==, 1);
  g_assert_cmpstr (gln_paper_get_published (first), ==, "2016");
  gln_store_load_board_async (store, collection, NULL, gln_test_ready_cb, NULL);
  board = gln_store_load_board_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (board->entries->len, ==, 1);
  g_assert_cmpint (((GlnCollectionPaper *) board->entries->pdata[0])->status, ==,
                   GLN_SCREENING_EXCLUDE);
  g_assert_cmpuint (count_duplicates (store), ==, 0);

  /* Undo: two papers, each with its own decision, and the pair proposed again. */
  gln_store_undo_merge_async (store, merge_id, NULL, gln_test_ready_cb, NULL);
  g_assert_true (gln_store_undo_merge_finish (store, gln_test_wait (), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_papers (store), ==, 2);
  g_assert_cmpstr (gln_paper_get_published (first), ==, "2015");
  g_clear_pointer (&board, gln_board_state_free);
  gln_store_load_board_async (store, collection, NULL, gln_test_ready_cb, NULL);
  board = gln_store_load_board_finish (store, gln_test_wait (), &error);
  g_assert_cmpuint (board->entries->len, ==, 2);
  g_assert_cmpuint (count_duplicates (store), ==, 1);

  /* Nothing left to undo. */
  gln_store_undo_merge_async (store, merge_id, NULL, gln_test_ready_cb, NULL);
  g_assert_false (gln_store_undo_merge_finish (store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
}

/* A document may cite either record by its key: the merged paper exports the other's key
 * as biblatex ids. */
static void
test_merge_keeps_cite_keys (void)
{
  static const Record a = { "Deep residual learning", "Kaiming He", "2015", NULL, NULL,
                            "{\"citation-key\":\"he2015deep\"}" };
  static const Record b = { "Deep residual learning", "Kaiming He", "2016", NULL, NULL,
                            "{\"citation-key\":\"he2016deep\",\"bibtex\":{\"ids\":\"resnet\"}}" };
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) first = import_one (store, &a);
  g_autoptr(GlnPaper) second = import_one (store, &b);
  g_autoptr(GPtrArray) papers = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *bib = NULL;
  g_autofree char *line = NULL;
  const char *ids;

  gln_store_merge_duplicates_async (store, gln_paper_get_id (first), gln_paper_get_id (second),
                                    NULL, NULL, gln_test_ready_cb, NULL);
  g_assert_cmpint (gln_store_merge_duplicates_finish (store, gln_test_wait (), &error), >, 0);
  g_assert_no_error (error);

  g_ptr_array_add (papers, first);
  bib = gln_bibtex_write (papers, GLN_BIBTEX_FLAGS_BIBLATEX);
  g_assert_true (g_str_has_prefix (bib, "@online{he2015deep,\n"));
  ids = strstr (bib, "  ids ");
  g_assert_nonnull (ids);
  line = g_strndup (ids, strcspn (ids, "\n"));
  g_assert_nonnull (strstr (line, "{resnet,he2016deep}"));
}

/* "Not duplicates" is remembered: the pair is not proposed again by a later import. */
static void
test_dismiss_is_remembered (void)
{
  static const Record records[] = {
    { "Deep residual learning", "Kaiming He", "2016" },
    { "Deep residual learning", "Xiangyu Zhang", "2016" },
  };
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GError) error = NULL;
  GlnDuplicate *pair;

  import_records (store, records, 1);
  import_records (store, records + 1, 1);
  pairs = list_duplicates (store);
  g_assert_cmpuint (pairs->len, ==, 1);
  pair = pairs->pdata[0];

  gln_store_dismiss_duplicate_async (store, gln_paper_get_id (pair->paper_b),
                                     gln_paper_get_id (pair->paper_a), NULL, gln_test_ready_cb,
                                     NULL);
  g_assert_true (gln_store_dismiss_duplicate_finish (store, gln_test_wait (), &error));
  g_assert_no_error (error);
  g_clear_pointer (&pairs, g_ptr_array_unref);
  g_assert_cmpuint (count_duplicates (store), ==, 0);

  import_records (store, records, 2);
  g_assert_cmpuint (count_duplicates (store), ==, 0);
  g_assert_cmpint (count_papers (store), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rule_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/identity/rule/%s", rule_cases[i].name);

      g_test_add_data_func (path, &rule_cases[i], test_rule);
    }
  g_test_add_func ("/gln/identity/generic-titles", test_generic_titles);
  g_test_add_func ("/gln/identity/editorial-untouched", test_editorial_untouched);
  g_test_add_func ("/gln/identity/merge-screening-conflict", test_merge_screening_conflict);
  g_test_add_func ("/gln/identity/dismiss-is-remembered", test_dismiss_is_remembered);
  g_test_add_func ("/gln/identity/merge-keeps-cite-keys", test_merge_keeps_cite_keys);

  return g_test_run ();
}
