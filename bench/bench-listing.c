/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "bench-listing"

#include "config.h"

#include <glib/gstdio.h>

#include "gln-database.h"
#include "gln-listing.h"

/* Times the paste import of 10,000 entries: a page is built in memory by repeating the
 * entries of a real copied page (each title varied, so every entry is a new paper), then
 * parsed with gln_listing_parse() and imported into a fresh library file.
 *
 * Usage: bench-listing [SHARED-DIR] [N-ENTRIES]; SHARED-DIR defaults to $GLN_SHARED_DIR
 * or the first "shared" folder found beside the current directory or above it. */

#define DEFAULT_ENTRIES 10000

static char *
find_shared_dir (const char *arg)
{
  g_autofree char *cwd = g_get_current_dir ();
  char *dir;

  if (arg != NULL)
    return g_strdup (arg);
  if (g_getenv ("GLN_SHARED_DIR") != NULL)
    return g_strdup (g_getenv ("GLN_SHARED_DIR"));

  dir = g_strdup (cwd);
  for (;;)
    {
      g_autofree char *candidate = g_build_filename (dir, "shared", "fixtures", "listings", NULL);
      char *parent;

      if (g_file_test (candidate, G_FILE_TEST_IS_DIR))
        {
          char *found = g_build_filename (dir, "shared", NULL);

          g_free (dir);
          return found;
        }
      parent = g_path_get_dirname (dir);
      if (g_str_equal (parent, dir))
        {
          g_free (parent);
          g_free (dir);
          return NULL;
        }
      g_free (dir);
      dir = parent;
    }
}

typedef struct
{
  char      *title;
  GPtrArray *lines;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->title);
  g_ptr_array_unref (entry->lines);
  g_free (entry);
}

/* The lines and title of each entry of a page, as gln_listing_parse() found them. */
static GPtrArray *
split_entries (const char  *text,
               GError     **error)
{
  GlnListingOptions options = { 2026 };
  g_autoptr(GPtrArray) papers = gln_listing_parse (text, -1, &options, error);
  g_auto(GStrv) lines = NULL;
  GPtrArray *entries;
  guint n_lines;

  if (papers == NULL)
    return NULL;

  lines = g_strsplit (text, "\n", -1);
  n_lines = g_strv_length (lines);
  entries = g_ptr_array_new_with_free_func (entry_free);
  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);
      guint first = gln_listing_get_line (paper);
      guint last = i + 1 < papers->len ?
        gln_listing_get_line (g_ptr_array_index (papers, i + 1)) - 1 : n_lines;
      Entry *entry = g_new0 (Entry, 1);

      entry->title = g_strdup (gln_paper_get_title (paper));
      entry->lines = g_ptr_array_new_with_free_func (g_free);
      for (guint l = first; l <= last && l <= n_lines; l++)
        g_ptr_array_add (entry->lines, g_strdup (lines[l - 1]));
      g_ptr_array_add (entries, entry);
    }

  return entries;
}

/* A page of n entries: the real ones over and over, each title numbered so that every
 * entry is a paper of its own. */
static char *
build_page (GPtrArray *entries,
            guint      n)
{
  GString *page = g_string_new ("Subscribe\n\nPapers\n\n");

  for (guint i = 0; i < n; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i % entries->len);

      for (guint l = 0; l < entry->lines->len; l++)
        {
          const char *line = g_ptr_array_index (entry->lines, l);

          if (g_str_has_prefix (line, entry->title))
            g_string_append_printf (page, "Variant %u of %s\n", i, line);
          else
            g_string_append_printf (page, "%s\n", line);
        }
    }

  return g_string_free (page, FALSE);
}

static gboolean
run (const char  *shared_dir,
     const char  *name,
     guint        n,
     gboolean     import,
     GError     **error)
{
  g_autofree char *path = g_build_filename (shared_dir, "fixtures", "listings", name, NULL);
  g_autofree char *text = NULL;
  g_autofree char *page = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GTimer) timer = NULL;
  GlnListingOptions options = { 2026 };
  double seconds;

  if (!g_file_get_contents (path, &text, NULL, error))
    return FALSE;
  if ((entries = split_entries (text, error)) == NULL)
    return FALSE;

  page = build_page (entries, n);

  timer = g_timer_new ();
  papers = gln_listing_parse (page, -1, &options, error);
  seconds = g_timer_elapsed (timer, NULL);
  if (papers == NULL)
    return FALSE;

  g_print ("listing (%s): parsed %u entries in %.3f s (%.0f entries/s), found %u papers\n",
           name, n, seconds, n / seconds, papers->len);

  if (import)
    {
      g_autofree char *tmpdir = g_dir_make_tmp ("bench-listing-XXXXXX", error);
      g_autofree char *db_path = NULL;
      g_autoptr(GlnDatabase) db = NULL;
      GlnImportStats stats = { 0, };

      if (tmpdir == NULL)
        return FALSE;
      db_path = g_build_filename (tmpdir, "library.db", NULL);
      if ((db = gln_database_open (db_path, GLN_DATABASE_FLAGS_NONE, error)) == NULL)
        return FALSE;

      g_timer_start (timer);
      if (!gln_database_import (db, papers, 0, &stats, error))
        return FALSE;
      seconds = g_timer_elapsed (timer, NULL);

      g_print ("listing (%s): imported %u papers into a new library in %.3f s "
               "(%.0f papers/s; %u added, %u merged)\n",
               name, papers->len, seconds, papers->len / seconds, stats.added, stats.merged);

      /* What the store does once the import has returned, before the next job. */
      g_timer_start (timer);
      gln_database_checkpoint_if_needed (db);
      g_print ("listing (%s): then checkpointed the write-ahead log in %.3f s\n",
               name, g_timer_elapsed (timer, NULL));

      g_clear_object (&db);
      {
        g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
        g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);

        g_unlink (wal);
        g_unlink (shm);
        g_unlink (db_path);
        g_rmdir (tmpdir);
      }
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *shared_dir = find_shared_dir (argc > 1 ? argv[1] : NULL);
  guint n = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : DEFAULT_ENTRIES;

  if (shared_dir == NULL)
    {
      g_printerr ("bench-listing: cannot find the shared fixtures; pass their folder or set "
                  "GLN_SHARED_DIR\n");
      return 1;
    }
  if (n == 0)
    n = DEFAULT_ENTRIES;

  if (!run (shared_dir, "hf-daily-papers-page.txt", n, TRUE, &error) ||
      !run (shared_dir, "author-page.txt", n, TRUE, &error))
    {
      g_printerr ("bench-listing: %s\n", error->message);
      return 1;
    }

  return 0;
}
