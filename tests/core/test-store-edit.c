/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-core.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* The user's edits of a paper and the trash, on a real library file: what the user edited
 * survives the next import of the same paper, bad values are refused with a reason and
 * change nothing, and a paper in the trash leaves every view and count until restored. */

static GlnPaper *
make_paper (const char *arxiv_id,
            const char *title,
            const char *abstract,
            const char *author,
            const char *published)
{
  GlnPaper *paper = gln_paper_new ();
  const char *authors[] = { author, NULL };

  gln_paper_set_arxiv_id (paper, arxiv_id);
  gln_paper_set_title (paper, title);
  gln_paper_set_abstract (paper, abstract);
  gln_paper_set_authors (paper, authors, NULL);
  gln_paper_set_published (paper, published);
  gln_paper_set_date_precision (paper, GLN_DATE_PRECISION_DAY);

  return paper;
}

static GPtrArray *
import_one (GlnStore *store,
            GlnPaper *paper)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;

  g_ptr_array_add (papers, g_object_ref (paper));
  result = gln_test_store_import (store, papers, 0);
  return gln_test_store_papers (store, result);
}

static GStrv
edit (GlnStore  *store,
      GlnPaper  *paper,
      GlnPaper  *edited,
      GError   **error)
{
  gln_store_edit_paper_async (store, paper, edited, NULL, gln_test_ready_cb, NULL);
  return gln_store_edit_paper_finish (store, gln_test_wait (), error);
}

static void
test_edit_survives_import (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) record = make_paper ("2410.17243", "Old Title of a Paper",
                                           "The first abstract.", "Ada Lovelace", "2024-10-22");
  g_autoptr(GPtrArray) stored = import_one (store, record);
  GlnPaper *paper = stored->pdata[0];
  g_autoptr(GlnPaper) edited = gln_paper_copy (paper);
  g_autoptr(GlnPaper) again = gln_paper_copy (record);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = NULL;
  g_autofree char *date = NULL;
  GlnQuery query = { 0, };
  const char *authors[] = { "Grace Hopper", "Alan Turing", NULL };

  gln_paper_set_title (edited, "  Corrected Title  ");
  gln_paper_set_authors (edited, authors, NULL);
  gln_paper_set_journal_ref (edited, "NeurIPS 2024");
  gln_paper_set_abstract (edited, "");
  gln_paper_set_published (edited, "2023-01-01");
  gln_paper_set_date_precision (edited, GLN_DATE_PRECISION_YEAR);
  changed = edit (store, paper, edited, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (changed), ==, 5);
  g_assert_true (g_strv_contains ((const char * const *) changed, "title"));
  g_assert_true (g_strv_contains ((const char * const *) changed, "abstract"));
  g_assert_false (g_strv_contains ((const char * const *) changed, "arxiv-id"));

  /* The shared paper shows what was stored. */
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Corrected Title");
  g_assert_null (gln_paper_get_abstract (paper));
  g_assert_cmpstr (gln_paper_get_authors (paper)[1], ==, "Alan Turing");
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==, "NeurIPS 2024");

  /* A feed brings the paper again, with its old values and something new. */
  gln_paper_set_comment (again, "12 pages");
  gln_paper_set_arxiv_version (again, 2);
  after = import_one (store, again);
  g_assert_true (after->pdata[0] == paper);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Corrected Title");
  g_assert_null (gln_paper_get_abstract (paper));
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 2);
  g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, "Grace Hopper");
  date = gln_paper_edit_dup_date (paper);
  g_assert_cmpstr (date, ==, "2023");
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==, "NeurIPS 2024");
  /* What the user did not edit still fills in. */
  g_assert_cmpstr (gln_paper_get_comment (paper), ==, "12 pages");

  /* Search knows the new title and authors, not the old ones. */
  query.text = (char *) "corrected";
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 1);
  query.text = (char *) "hopper";
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 1);
  query.text = (char *) "lovelace";
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 0);
}

/* Find Identifiers fills what a paper lacks, but not what the user emptied on purpose. */
static void
test_edit_survives_completion (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) pasted = make_paper (NULL, "A Paper Known by Its Title Alone",
                                           "An abstract.", "Ada Lovelace", "2024-10-22");
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GlnPaper) edited = NULL;
  g_autoptr(GlnPaper) found = NULL;
  g_autoptr(GlnCompletion) completion = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = NULL;
  GlnPaper *paper;

  gln_paper_set_journal_ref (pasted, "A venue the user found wrong");
  stored = import_one (store, pasted);
  paper = stored->pdata[0];
  edited = gln_paper_copy (paper);
  gln_paper_set_journal_ref (edited, "");
  changed = edit (store, paper, edited, &error);
  g_assert_no_error (error);
  g_assert_null (gln_paper_get_journal_ref (paper));

  /* The record a service found for it has an arXiv id and a venue. */
  found = make_paper ("2410.17243", "A Paper Known by Its Title Alone", "An abstract.",
                      "Ada Lovelace", "2024-10-22");
  gln_paper_set_key (found, "arxiv:2410.17243");
  gln_paper_set_journal_ref (found, "NeurIPS 2024");
  gln_store_complete_paper_async (store, gln_paper_get_id (paper), found, NULL,
                                  gln_test_ready_cb, NULL);
  completion = gln_store_complete_paper_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (completion->outcome, ==, GLN_COMPLETION_FILLED);
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "2410.17243");
  g_assert_null (gln_paper_get_journal_ref (paper));
}

static void
assert_refused (GlnStore   *store,
                GlnPaper   *paper,
                const char *property,
                const char *value,
                const char *message_part)
{
  g_autoptr(GlnPaper) edited = gln_paper_copy (paper);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = NULL;

  gln_paper_set_abstract (edited, "This change must not be stored.");
  g_object_set (edited, property, value, NULL);
  changed = edit (store, paper, edited, &error);
  g_assert_null (changed);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==, "An abstract.");
}

static void
test_edit_refuses_bad_values (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) one = make_paper ("2401.00001", "A First Paper on Graphs", "An abstract.",
                                        "Ada Lovelace", "2024-01-01");
  g_autoptr(GlnPaper) two = make_paper (NULL, "A Second Paper on Trees", "An abstract.",
                                        "Alan Turing", "2024-02-01");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GlnPaper) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = NULL;
  GlnPaper *paper;

  gln_paper_set_doi (two, "10.1000/trees");
  first = import_one (store, one);
  second = import_one (store, two);
  paper = first->pdata[0];

  assert_refused (store, paper, "doi", "not a doi", "is not a DOI");
  assert_refused (store, paper, "arxiv-id", "24.1", "is not an arXiv identifier");
  assert_refused (store, paper, "url", "ftp://example.org/x", "is not a web address");
  assert_refused (store, paper, "url", "example", "is not a web address");
  assert_refused (store, paper, "title", "   ", "needs a title");
  assert_refused (store, paper, "doi", "https://doi.org/10.1000/TREES", "A Second Paper");

  /* A date the user types: a year, a month or a day, and nothing else. */
  edited = gln_paper_copy (paper);
  gln_paper_set_published (edited, "2024-13-01");
  gln_paper_set_date_precision (edited, GLN_DATE_PRECISION_MONTH);
  changed = edit (store, paper, edited, &error);
  g_assert_null (changed);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2024-01-01");

  /* Identifiers are kept as the library writes them. */
  g_clear_object (&edited);
  edited = gln_paper_copy (paper);
  gln_paper_set_doi (edited, "https://doi.org/10.1000/Graphs");
  gln_paper_set_arxiv_id (edited, "https://arxiv.org/abs/2401.00001v3");
  gln_paper_set_url (edited, "https://example.org/graphs");
  g_clear_pointer (&changed, g_strfreev);
  changed = edit (store, paper, edited, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.1000/graphs");
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "2401.00001");
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://example.org/graphs");
  g_assert_cmpuint (g_strv_length (changed), ==, 2);
}

static void
test_edit_identifier_rekeys (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) titled = make_paper (NULL, "A Paper Known Only by Its Title", NULL,
                                           "Ada Lovelace", "2024-01-01");
  g_autoptr(GlnPaper) wrong = make_paper ("2402.00002", "A Paper with the Wrong arXiv Id", NULL,
                                          "Alan Turing", "2024-02-01");
  g_autoptr(GPtrArray) first = import_one (store, titled);
  g_autoptr(GPtrArray) second = import_one (store, wrong);
  g_autoptr(GlnPaper) edited = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *title_key = g_strdup (gln_paper_get_key (first->pdata[0]));
  g_autoptr(GlnPaper) found = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = NULL;
  GlnQuery query = { 0, };

  /* A DOI replaces a title key, which keeps finding the paper. */
  edited = gln_paper_copy (first->pdata[0]);
  gln_paper_set_doi (edited, "10.1000/known");
  changed = edit (store, first->pdata[0], edited, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_key (first->pdata[0]), ==, "doi:10.1000/known");
  found = gln_test_store_find (store, title_key);
  g_assert_true (found == first->pdata[0]);

  /* A corrected arXiv id: the wrong one names another work, which arrives on its own. */
  g_clear_object (&edited);
  g_clear_pointer (&changed, g_strfreev);
  edited = gln_paper_copy (second->pdata[0]);
  gln_paper_set_arxiv_id (edited, "2402.00003");
  changed = edit (store, second->pdata[0], edited, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_key (second->pdata[0]), ==, "arxiv:2402.00003");
  gln_store_find_paper_async (store, "arxiv:2402.00002", NULL, gln_test_ready_cb, NULL);
  g_assert_null (gln_store_find_paper_finish (store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_object_unref (wrong);
  wrong = make_paper ("2402.00002", "The Paper That Really Has This Id", NULL, "Emmy Noether",
                      "2024-02-01");
  again = import_one (store, wrong);
  g_assert_true (again->pdata[0] != second->pdata[0]);
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 3);
}

static guint
trash_call (GlnStore *store,
            int       action,
            GArray   *ids)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (action == 0)
    gln_store_trash_papers_async (store, ids, NULL, gln_test_ready_cb, NULL);
  else if (action == 1)
    gln_store_restore_papers_async (store, ids, NULL, gln_test_ready_cb, NULL);
  else
    gln_store_delete_trashed_async (store, ids, NULL, gln_test_ready_cb, NULL);
  g_assert_true (gln_store_trash_finish (store, gln_test_wait (), &n, &error));
  g_assert_no_error (error);

  return n;
}

static GlnLibrarySummary *
load_summary (GlnStore *store)
{
  g_autoptr(GError) error = NULL;
  GlnLibrarySummary *summary;

  gln_store_load_summary_async (store, NULL, gln_test_ready_cb, NULL);
  summary = gln_store_load_summary_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);

  return summary;
}

static void
assert_counts (GlnStore *store,
               gint64    library,
               gint64    trash)
{
  g_autoptr(GlnLibrarySummary) summary = load_summary (store);
  GlnSummaryEntry *collection = g_ptr_array_index (summary->collections, 0);
  GlnQuery query = { 0, };

  g_assert_cmpint (gln_test_store_count (store, &query), ==, library);
  query.scope = GLN_QUERY_SCOPE_INBOX;
  g_assert_cmpint (gln_test_store_count (store, &query), ==, library);
  g_assert_cmpint (summary->inbox, ==, library);
  g_assert_cmpint (summary->trash, ==, trash);
  query.scope = GLN_QUERY_SCOPE_TRASH;
  g_assert_cmpint (gln_test_store_count (store, &query), ==, trash);

  /* The trashed paper is the one in the collection, with the tag and the word "graphs". */
  query.scope = GLN_QUERY_SCOPE_LIBRARY;
  query.collection = (char *) "Review";
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 1 - trash);
  g_assert_cmpint (collection->total, ==, 1 - trash);
  query.collection = NULL;
  query.text = (char *) "graphs";
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 1 - trash);
  g_assert_cmpuint (summary->tags->len, ==, 1 - trash);
}

static void
test_trash_restore_delete (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) one = make_paper ("2401.00001", "A First Paper on Graphs", "An abstract.",
                                        "Ada Lovelace", "2024-01-01");
  g_autoptr(GlnPaper) two = make_paper ("2401.00002", "A Second Paper on Trees", "An abstract.",
                                        "Alan Turing", "2024-01-02");
  g_autoptr(GPtrArray) first = import_one (store, one);
  g_autoptr(GPtrArray) second = import_one (store, two);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) other = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GError) error = NULL;
  GlnPaper *paper = first->pdata[0];
  gint64 id = gln_paper_get_id (paper);
  gint64 other_id = gln_paper_get_id (second->pdata[0]);

  g_array_append_val (ids, id);
  g_array_append_val (other, other_id);
  gln_test_store_create_collection (store, "Review", first);
  gln_store_add_tag_async (store, paper, "graphs", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_save_note_async (store, paper, 0, "Read the proof twice.", NULL, gln_test_ready_cb,
                             NULL);
  note = gln_store_save_note_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  assert_counts (store, 2, 0);

  g_assert_cmpuint (trash_call (store, 0, ids), ==, 1);
  assert_counts (store, 1, 1);

  /* Restored as it was: collection, tag and note. */
  g_assert_cmpuint (trash_call (store, 1, ids), ==, 1);
  assert_counts (store, 2, 0);

  /* Only a paper in the trash is deleted. */
  g_assert_cmpuint (trash_call (store, 2, other), ==, 0);
  g_assert_cmpuint (trash_call (store, 0, ids), ==, 1);
  g_assert_cmpuint (trash_call (store, 2, NULL), ==, 1);
  {
    g_autoptr(GlnLibrarySummary) summary = load_summary (store);
    GlnQuery query = { 0, };

    g_assert_cmpint (summary->trash, ==, 0);
    g_assert_cmpint (gln_test_store_count (store, &query), ==, 1);
  }
  gln_store_list_notes_async (store, id, NULL, gln_test_ready_cb, NULL);
  notes = gln_store_list_notes_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 0);
  gln_store_find_paper_async (store, "arxiv:2401.00001", NULL, gln_test_ready_cb, NULL);
  g_assert_null (gln_store_find_paper_finish (store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
}

static guint
count_duplicates (GlnStore *store)
{
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GlnLibrarySummary) summary = load_summary (store);
  g_autoptr(GError) error = NULL;

  gln_store_list_duplicates_async (store, NULL, gln_test_ready_cb, NULL);
  pairs = gln_store_list_duplicates_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (summary->duplicates, ==, pairs->len);

  return pairs->len;
}

/* A possible duplicate with a paper in the trash is not offered for merging, nor counted; it
 * is again once the paper is restored. */
static void
test_trash_hides_duplicates (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) one = make_paper ("2401.00001", "Sparse Attention for Long Documents",
                                        "An abstract.", "Ada Lovelace", "2024-01-01");
  g_autoptr(GlnPaper) two = make_paper ("2402.00002", "Sparse Attention for Long Documents",
                                        "Another abstract.", "Alan Turing", "2024-02-01");
  g_autoptr(GPtrArray) first = import_one (store, one);
  g_autoptr(GPtrArray) second = import_one (store, two);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = gln_paper_get_id (second->pdata[0]);

  g_assert_true (first->pdata[0] != second->pdata[0]);
  g_assert_cmpuint (count_duplicates (store), ==, 1);

  g_array_append_val (ids, id);
  g_assert_cmpuint (trash_call (store, 0, ids), ==, 1);
  g_assert_cmpuint (count_duplicates (store), ==, 0);

  g_assert_cmpuint (trash_call (store, 1, ids), ==, 1);
  g_assert_cmpuint (count_duplicates (store), ==, 1);
}

/* A bibliography's venue is its container title, which the exports write: the edit goes
 * there, and the next import of the entry leaves it. */
static void
test_edit_venue_of_bibtex (void)
{
  static const char bibtex[] =
    "@article{ng2022, title = {Attention Is Not All You Need for Tables},"
    " author = {Ng, Wei}, year = {2022}, journal = {Journal of Tables}}\n";
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (bibtex, sizeof bibtex - 1);
  g_autoptr(GPtrArray) papers = gln_import_parse (bytes, GLN_IMPORT_FORMAT_BIBTEX, NULL, NULL);
  g_autoptr(GPtrArray) again = gln_import_parse (bytes, GLN_IMPORT_FORMAT_BIBTEX, NULL, NULL);
  g_autoptr(GlnImportResult) result = gln_test_store_import (store, papers, 0);
  g_autoptr(GPtrArray) stored = gln_test_store_papers (store, result);
  g_autoptr(GlnImportResult) second = NULL;
  g_autoptr(GlnPaper) edited = gln_paper_copy (stored->pdata[0]);
  g_autofree char *venue = gln_paper_edit_dup_venue (stored->pdata[0]);
  g_autofree char *after = NULL;
  g_autofree char *entry = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = NULL;

  g_assert_cmpstr (venue, ==, "Journal of Tables");
  gln_paper_edit_set_venue (edited, "Transactions on Tables");
  changed = edit (store, stored->pdata[0], edited, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (changed[0], ==, "journal-ref");

  second = gln_test_store_import (store, again, 0);
  after = gln_paper_edit_dup_venue (stored->pdata[0]);
  g_assert_cmpstr (after, ==, "Transactions on Tables");
  entry = gln_export_papers (stored, NULL, GLN_EXPORT_FORMAT_BIBTEX, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (entry, "= {Transactions on Tables},"));
  g_assert_null (strstr (entry, "Journal of Tables"));
}

/* The inbox holds every unread paper, whatever brought it. */
static void
test_inbox_every_unread (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) imported = make_paper ("2401.00001", "A Paper from a File", NULL,
                                             "Ada Lovelace", "2024-01-01");
  g_autoptr(GPtrArray) stored = import_one (store, imported);
  g_autoptr(GlnLibrarySummary) summary = NULL;
  GlnQuery query = { 0, };

  query.scope = GLN_QUERY_SCOPE_INBOX;
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 1);
  summary = load_summary (store);
  g_assert_cmpint (summary->inbox, ==, 1);

  gln_store_set_read_async (store, stored->pdata[0], TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/store/edit/survives-import", test_edit_survives_import);
  g_test_add_func ("/gln/store/edit/survives-completion", test_edit_survives_completion);
  g_test_add_func ("/gln/store/edit/refuses-bad-values", test_edit_refuses_bad_values);
  g_test_add_func ("/gln/store/edit/identifier-rekeys", test_edit_identifier_rekeys);
  g_test_add_func ("/gln/store/edit/venue-of-bibtex", test_edit_venue_of_bibtex);
  g_test_add_func ("/gln/store/trash/restore-delete", test_trash_restore_delete);
  g_test_add_func ("/gln/store/trash/hides-duplicates", test_trash_hides_duplicates);
  g_test_add_func ("/gln/store/inbox/every-unread", test_inbox_every_unread);

  return g_test_run ();
}
