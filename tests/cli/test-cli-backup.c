/* SPDX-License-Identifier: GPL-3.0-or-later */

/* gleaner-cli backup, restore and check, on real library files. */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

static void
import_fixture (const char *db)
{
  g_autofree char *bib = gln_test_data_path ("bibtex", "library.bib", NULL);
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "import", bib, NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "paper", "note", "1", "Written before the backup.", NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* Whether the folder holds a file starting with @prefix: the library a restore replaced. */
static gboolean
has_replaced (const char *dir,
              const char *prefix)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix) && !g_str_has_suffix (name, "-wal") &&
        !g_str_has_suffix (name, "-shm"))
      return TRUE;

  return FALSE;
}

/* A backup taken from a library in use restores it exactly; check reports it. */
static void
test_backup_and_restore (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *dir = g_path_get_dirname (db);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *before = NULL;
  g_auto(GlnCliRun) run = { 0, };

  import_fixture (db);
  gln_cli_run (&run, db, NULL, "list", "--json", NULL);
  before = g_strdup (run.out);

  gln_cli_run (&run, db, NULL, "backup", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "/backups/gleaner-"));
  gln_cli_run (&run, db, NULL, "backup", copy, NULL);
  g_assert_cmpint (run.status, ==, 0);

  gln_cli_run (&run, db, NULL, "check", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "(schema version "));
  g_assert_nonnull (strstr (run.out, "Holds: 12 papers, 1 note, 0 collections"));
  g_assert_nonnull (strstr (run.out, "Last backup: "));
  g_assert_nonnull (strstr (run.out, "(1 kept in "));
  g_assert_nonnull (strstr (run.out, "Integrity: sound"));

  /* Into a new place: the same papers and note. */
  gln_cli_run (&run, other, NULL, "restore", copy, NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, other, NULL, "list", "--json", NULL);
  g_assert_cmpstr (run.out, ==, before);
  gln_cli_run (&run, other, NULL, "paper", "show", "1", NULL);
  g_assert_nonnull (strstr (run.out, "Written before the backup."));

  /* Over an existing library only with --force, which keeps the one it replaces. */
  gln_cli_run (&run, other, NULL, "paper", "note", "1", "Written after the backup.", NULL);
  gln_cli_run (&run, other, NULL, "restore", copy, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "--force"));
  gln_cli_run (&run, other, NULL, "paper", "show", "1", NULL);
  g_assert_nonnull (strstr (run.out, "Written after the backup."));

  gln_cli_run (&run, other, NULL, "restore", "--force", copy, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, ".replaced-"));
  gln_cli_run (&run, other, NULL, "paper", "show", "1", NULL);
  g_assert_null (strstr (run.out, "Written after the backup."));
  g_assert_true (has_replaced (dir, "other.db.replaced-"));
}

/* A file that is not a sound library is never restored; the library stays. */
static void
test_restore_refuses_damage (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *dir = g_path_get_dirname (db);
  g_autofree char *junk = g_build_filename (dir, "junk.db", NULL);
  g_auto(GlnCliRun) run = { 0, };

  import_fixture (db);
  g_assert_true (g_file_set_contents (junk, "not a library at all, but long enough to look "
                                      "like a header of some sort................", -1, NULL));
  gln_cli_run (&run, db, NULL, "restore", "--force", junk, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "is not a usable backup"));
  gln_cli_run (&run, db, NULL, "list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines (run.out), ==, 12);
}

/* Runs gleaner-cli on @db as a user who may not write it: as root (who may write anything),
 * as nobody through setpriv; otherwise as ourselves, the file and its folder made
 * read-only. Returns the exit status; @out gets standard output. */
static int
run_unprivileged (const char  *db,
                  char       **out,
                  ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;

  if (geteuid () == 0)
    {
      g_ptr_array_add (args, (char *) "setpriv");
      g_ptr_array_add (args, (char *) "--reuid=65534");
      g_ptr_array_add (args, (char *) "--regid=65534");
      g_ptr_array_add (args, (char *) "--clear-groups");
    }
  g_ptr_array_add (args, (char *) g_getenv ("GLN_CLI"));
  g_ptr_array_add (args, (char *) "--db");
  g_ptr_array_add (args, (char *) db);
  va_start (ap, out);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_newv ((const char * const *) args->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE,
                               &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, out, NULL, &error));
  g_assert_no_error (error);

  return g_subprocess_get_exit_status (process);
}

/* Lets other users into the folders above @dir, up to the temporary folder: the test's
 * own folders are private, and nobody must reach the library to be refused writing it. */
static void
open_to_others (const char *dir)
{
  g_autofree char *folder = g_path_get_dirname (dir);

  while (strlen (folder) > 1 && !g_str_equal (folder, g_get_tmp_dir ()))
    {
      char *parent = g_path_get_dirname (folder);

      g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
      g_free (folder);
      folder = parent;
    }
}

/* A library the user may only read (read-only media, another user's file) lists, searches,
 * exports and checks; a change says it cannot be made, and the file stays as it was. */
static void
test_read_only_library (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *dir = g_path_get_dirname (db);
  g_autofree char *copy = g_build_filename (dir, "shelf", "library.db", NULL);
  g_autofree char *shelf = g_path_get_dirname (copy);
  g_autofree char *out = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  g_auto(GlnCliRun) run = { 0, };

  /* As root, the test needs another user who can run gleaner-cli at all: a build in a
   * root-only folder (a chroot made by mktemp) has none. */
  if (run_unprivileged ("/nonexistent/library.db", &out, "--help", NULL) != 0)
    {
      g_test_skip ("No unprivileged user can run gleaner-cli here (its folders are root's "
                   "alone), so a library cannot be made read-only for the test");
      return;
    }
  g_clear_pointer (&out, g_free);

  import_fixture (db);
  /* A closed library, as a backup or a copy on a USB stick is: no -wal, no -shm. */
  gln_cli_run (&run, db, NULL, "backup", copy, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (g_chmod (copy, 0444), ==, 0);
  g_assert_cmpint (g_chmod (shelf, 0555), ==, 0);
  open_to_others (shelf);
  g_assert_true (g_file_get_contents (copy, &before, &before_len, NULL));

  g_assert_cmpint (run_unprivileged (copy, &out, "list", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Data-Centric AI"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_unprivileged (copy, &out, "list", "--query", "bert", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "BERT"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_unprivileged (copy, &out, "export", "--format", "bibtex", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "@unpublished{talk2023,"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_unprivileged (copy, &out, "check", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Integrity: sound"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_unprivileged (copy, &out, "paper", "rate", "1", "3", NULL), ==, 1);
  g_assert_nonnull (strstr (out, "cannot be written"));

  g_assert_true (g_file_get_contents (copy, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_chmod (shelf, 0755);
}

/* An import reading standard input takes no lock while it waits for its input: another
 * command changes the library meanwhile, and the import then goes in. */
static void
test_import_waits_unlocked (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *bib = gln_test_data_path ("bibtex", "duplicates.bib", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GSubprocess) import = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GlnCliRun) run = { 0, };
  gint64 start;

  import_fixture (db);
  import = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                             &error, g_getenv ("GLN_CLI"), "--db", db, "import", "-", NULL);
  g_assert_no_error (error);
  g_usleep (300 * 1000);

  start = g_get_monotonic_time ();
  gln_cli_run (&run, db, NULL, "paper", "rate", "1", "4", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 4 * G_USEC_PER_SEC);

  g_assert_true (g_file_get_contents (bib, &contents, NULL, NULL));
  g_assert_true (g_subprocess_communicate_utf8 (import, contents, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (import), ==, 0);
  g_assert_true (g_str_has_prefix (out, "3 entries: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/cli/backup/backup-and-restore", test_backup_and_restore);
  g_test_add_func ("/gln/cli/backup/restore-refuses-damage", test_restore_refuses_damage);
  g_test_add_func ("/gln/cli/backup/read-only-library", test_read_only_library);
  g_test_add_func ("/gln/cli/backup/import-waits-unlocked", test_import_waits_unlocked);

  return g_test_run ();
}
