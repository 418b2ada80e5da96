/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "bench-listing"

#include "config.h"

#include <time.h>

#include <glib/gstdio.h>

#include "gln-core.h"

/* Times the paste import of 10,000 entries: a page is built in memory by repeating the
 * entries of a real copied page (each title varied, so every entry is a new paper), then
 * parsed with gln_listing_parse() and imported into a fresh library file. The other kinds
 * of page (citations, ACL Anthology, DBLP, Google Scholar, arXiv lists; shared pages and
 * our own fixtures) are parsed only: the import does not depend on the page's kind.
 *
 * Usage: bench-listing [SHARED-DIR] [N-ENTRIES] [PAGE...]; SHARED-DIR defaults to
 * $GLN_SHARED_DIR or the first "shared" folder found beside the current directory or above
 * it; PAGE names ("dblp-person.txt") limit the run to those pages. */

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
  guint      line;    /* where it starts on the page */
  guint      papers;  /* the papers it holds: a line may run several together */
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
      guint next = i + 1;
      guint last;
      Entry *entry;

      /* Papers that start on the line of the one before are part of its entry. */
      if (entries->len > 0 &&
          ((Entry *) g_ptr_array_index (entries, entries->len - 1))->line == first)
        {
          ((Entry *) g_ptr_array_index (entries, entries->len - 1))->papers++;
          continue;
        }
      while (next < papers->len && gln_listing_get_line (g_ptr_array_index (papers, next)) == first)
        next++;
      last = next < papers->len ? gln_listing_get_line (g_ptr_array_index (papers, next)) - 1
                                : n_lines;
      entry = g_new0 (Entry, 1);

      /* The page's footer ("© 2024 …", its links) follows the last entry: repeated, it
       * would stand between two entries, where no page puts it. The last entry is given
       * as many lines as the one before it. */
      if (next == papers->len && entries->len > 0)
        {
          Entry *before = g_ptr_array_index (entries, entries->len - 1);

          last = MIN (last, first + before->lines->len - 1);
        }

      entry->title = g_strdup (gln_paper_get_title (paper));
      entry->line = first;
      entry->papers = 1;
      entry->lines = g_ptr_array_new_with_free_func (g_free);
      for (guint l = first; l <= last && l <= n_lines; l++)
        g_ptr_array_add (entry->lines, g_strdup (lines[l - 1]));
      g_ptr_array_add (entries, entry);
    }

  return entries;
}

/* A page of n entries under the page's own heading: the real ones over and over. Where
 * the papers are imported, each title is numbered so that every entry is a paper of its
 * own; a page parsed only keeps its titles as they are, for "Variant 7 of Small, fast
 * and exact: …" reads differently from the title the page shows. */
static char *
build_page (const char *text,
            GPtrArray  *entries,
            guint       n,
            gboolean    vary,
            guint      *papers)
{
  guint first = ((Entry *) g_ptr_array_index (entries, 0))->line;
  GString *page = g_string_new (NULL);
  const char *p = text;

  for (guint l = 1; l < first && p != NULL; l++)
    {
      const char *end = strchr (p, '\n');

      g_string_append_len (page, p, end != NULL ? end + 1 - p : (gssize) strlen (p));
      p = end != NULL ? end + 1 : NULL;
    }

  for (guint i = 0; i < n; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i % entries->len);

      *papers += entry->papers;

      for (guint l = 0; l < entry->lines->len; l++)
        {
          const char *line = g_ptr_array_index (entry->lines, l);

          if (vary && g_str_has_prefix (line, entry->title))
            g_string_append_printf (page, "Variant %u of %s\n", i, line);
          else
            g_string_append_printf (page, "%s\n", line);
        }
    }

  return g_string_free (page, FALSE);
}

static void
ready_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Imports the parsed papers into a new library through the store, as the window's paste
 * does, and times the job until its result is back on the main thread. */
static gboolean
import_papers (const char  *name,
               GPtrArray   *papers,
               GTimer      *timer,
               GError     **error)
{
  g_autofree char *tmpdir = g_dir_make_tmp ("bench-listing-XXXXXX", error);
  g_autofree char *db_path = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GlnImportResult) imported = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  double seconds;

  if (tmpdir == NULL)
    return FALSE;
  db_path = g_build_filename (tmpdir, "library.db", NULL);
  if (!(store = gln_store_open_sync (db_path, error)))
    return FALSE;

  g_timer_start (timer);
  gln_store_import_async (store, papers, 0, NULL, ready_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  seconds = g_timer_elapsed (timer, NULL);
  if (!(imported = gln_store_import_finish (store, result, error)))
    return FALSE;

  g_print ("listing (%s): imported %u papers into a new library in %.3f s "
           "(%.0f papers/s; %u added, %u merged)\n",
           name, papers->len, seconds, papers->len / seconds, imported->stats.added,
           imported->stats.merged);

  /* The store checkpoints the write-ahead log once the import has returned; closing the
   * library waits for it. */
  g_timer_start (timer);
  g_clear_object (&result);
  g_clear_object (&store);
  g_print ("listing (%s): then checkpointed and closed the library in %.3f s\n",
           name, g_timer_elapsed (timer, NULL));

  wal = g_strconcat (db_path, "-wal", NULL);
  shm = g_strconcat (db_path, "-shm", NULL);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (db_path);
  g_rmdir (tmpdir);

  return TRUE;
}

/* What 10,000 pasted entries of any kind may take to parse (issue 18). */
#define BUDGET_S 0.5

static double
thread_cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static gboolean
run (const char  *dir,
     const char  *name,
     guint        n,
     gboolean     import,
     GError     **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *text = NULL;
  g_autofree char *page = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GTimer) timer = NULL;
  GlnListingOptions options = { 2026 };
  double seconds;
  double cpu;
  guint expected = 0;

  if (!g_file_get_contents (path, &text, NULL, error))
    return FALSE;
  if ((entries = split_entries (text, error)) == NULL)
    return FALSE;

  page = build_page (text, entries, n, import, &expected);

  cpu = thread_cpu_seconds ();
  timer = g_timer_new ();
  papers = gln_listing_parse (page, -1, &options, error);
  seconds = g_timer_elapsed (timer, NULL);
  cpu = thread_cpu_seconds () - cpu;
  if (papers == NULL)
    return FALSE;

  /* The wall time counts what else the machine runs; the CPU time is the parser's own. */
  g_print ("listing (%s): parsed %u entries in %.3f s (%.0f entries/s; %.3f s of CPU, %s the "
           "%.1f s budget), found %u papers%s\n",
           name, n, seconds, n / seconds, cpu, cpu <= BUDGET_S ? "within" : "OVER", BUDGET_S,
           papers->len, papers->len != expected ? " (not one per entry: look at the parser)" : "");

  /* The paste dialog's preview also keeps the blocks that may be the page's own text. */
  options.uncertain = TRUE;
  g_clear_pointer (&papers, g_ptr_array_unref);
  cpu = thread_cpu_seconds ();
  papers = gln_listing_parse (page, -1, &options, error);
  cpu = thread_cpu_seconds () - cpu;
  if (papers == NULL)
    return FALSE;
  g_print ("listing (%s): previewed %u entries in %.3f s of CPU, %u blocks\n", name, n, cpu,
           papers->len);
  options.uncertain = FALSE;

  if (import && !import_papers (name, papers, timer, error))
    return FALSE;

  return TRUE;
}

/* Whether the page is one of those named after the first two arguments, or none are. */
static gboolean
chosen (int          argc,
        char        *argv[],
        const char  *name)
{
  for (int i = 3; i < argc; i++)
    if (g_str_equal (argv[i], name))
      return TRUE;

  return argc <= 3;
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *name;
    gboolean    shared;
  } parse_only[] = {
    { "lab-publications-page.txt", TRUE }, { "acl-anthology-person.txt", TRUE },
    { "arxiv-new.txt", FALSE }, { "dblp-person.txt", FALSE }, { "dblp-venue.txt", FALSE },
    { "scholar-profile.txt", FALSE }, { "scholar-search.txt", FALSE },
    { "openreview-venue.txt", FALSE }, { "semantic-scholar-author.txt", FALSE },
    { "pubmed-results.txt", FALSE }, { "acl-volume.txt", FALSE },
    { "lab-apa-ieee.txt", FALSE }, { "lab-blocks.txt", FALSE }, { "arxiv-search.txt", FALSE },
    { "lab-other-styles.txt", FALSE }, { "arxiv-author.txt", FALSE },
    { "lab-mla-chicago.txt", FALSE }, { "semantic-scholar-search.txt", FALSE },
    { "openreview-profile.txt", FALSE },
    { "acl-event.txt", FALSE }, { "lab-wrapped.txt", FALSE }, { "lab-dotted.txt", FALSE },
    { "acl-event-2019.txt", FALSE }, { "lab-highlights.txt", FALSE },
    { "lab-hugo-citations.txt", FALSE }, { "lab-tagged-citations.txt", FALSE },
    { "lab-venue-first.txt", FALSE }, { "lab-ieee-years.txt", FALSE },
    { "dblp-punctuation.txt", FALSE },
    { "scholar-profile-rows.txt", FALSE },
    { "lab-authors-first.txt", FALSE }, { "lab-numbered-above.txt", FALSE },
    { "personal-title-first.txt", FALSE }, { "lab-chicago-notes.txt", FALSE },
    { "lab-quoted.txt", FALSE }, { "lab-marked.txt", FALSE },
    { "lab-marked-citations.txt", FALSE },
    { "lab-cards.txt", FALSE }, { "arxiv-search-plain.txt", FALSE },
    { "scholar-profile-full.txt", FALSE }, { "lab-vancouver.txt", FALSE },
    { "lab-by-names.txt", FALSE },
    { "lab-title-venue-authors.txt", FALSE }, { "personal-with-abstracts.txt", FALSE },
    { "lab-year-first.txt", FALSE }, { "physics-title-first.txt", FALSE },
    { "lab-ieee-markdown.txt", FALSE }, { "lab-apa-topics.txt", FALSE },
    { "lab-quoted-years.txt", FALSE }, { "lab-apa-quoted.txt", FALSE },
    { "lab-harvard-bare.txt", FALSE }, { "mkdocs-mixed-styles.txt", FALSE },
    { "lab-labelled-cards.txt", FALSE }, { "personal-by-year.txt", FALSE },
    { "lab-al-folio.txt", FALSE }, { "lab-mkdocs-vancouver.txt", FALSE },
    { "lab-stacked-bilingual.txt", FALSE },
    { "lab-stacked-place-dates.txt", FALSE },
    { "lab-comma-stacked.txt", FALSE },
    { "hugo-venue-cards.txt", FALSE },
    { "word-bullet-ieee.txt", FALSE }, { "cards-badge-pages.txt", FALSE },
    { "table-bibtex-and-names.txt", FALSE },
    { "table-bibtex-names-quirks.txt", FALSE },
    { "word-numbered-pair-slips.txt", FALSE },
    { "personal-coauthors-parens.txt", FALSE },
    { "mkdocs-title-venue.txt", FALSE }, { "lab-venue-dot-below.txt", FALSE },
    { "lab-jemdoc-quoted.txt", FALSE }, { "lab-nature-style.txt", FALSE },
    { "lab-franklin-coauthors.txt", FALSE }, { "lab-tabbed-volume.txt", FALSE },
    { "apa-year-lines.txt", FALSE }, { "vancouver-single-author.txt", FALSE },
    { "names-year-lines.txt", FALSE }, { "cv-with-coauthors.txt", FALSE }, { "apa-split-lines.txt", FALSE },
    { "cv-venue-with.txt", FALSE },
    { "tables-dreamweaver.txt", FALSE }, { "tables-year-column.txt", FALSE },
    { "word-numbered-commas.txt", FALSE }, { "word-ieee-bare.txt", FALSE },
    { "word-vancouver-quoted.txt", FALSE }, { "lab-pelican-dashes.txt", FALSE },
    { "quarto-listing.txt", FALSE }, { "lab-title-citation-line.txt", FALSE },
    { "lab-jemdoc-blocks.txt", FALSE }, { "lab-jekyll-scholar-bibtex.txt", FALSE },
    { "personal-jemdoc-bib2html.txt", FALSE }, { "lab-al-folio-expanded.txt", FALSE },
    { "lab-al-folio-tldr.txt", FALSE },
    { "lab-al-folio-given-names.txt", FALSE },
    { "homepage-entry-codes.txt", FALSE }, { "lab-mla-labels.txt", FALSE },
    { "lab-physics-venue.txt", FALSE }, { "lab-apa-hand-typed.txt", FALSE },
    { "lab-year-titled.txt", FALSE }, { "lab-linked-blocks.txt", FALSE },
    { "quarto-paren-years.txt", FALSE },
    { "lab-physics-theses.txt", FALSE }, { "sphinx-bibtex-collab.txt", FALSE },
    { "lab-script-badges.txt", FALSE },
    { "tables-report-rows.txt", FALSE }, { "personal-link-labels.txt", FALSE },
    { "lab-astro-ads.txt", FALSE },
    { "lab-dblp-one-line.txt", FALSE }, { "personal-with-coauthors.txt", FALSE },
    { "lab-proceedings-run-on.txt", FALSE },
    { "lab-proceedings-at-meeting.txt", FALSE },
    { "lab-apa-typing-quirks.txt", FALSE },
    { "personal-with-one-line.txt", FALSE }, { "personal-with-venue-line.txt", FALSE },
    { "cv-harvard-sections.txt", FALSE },
    { "quarto-apa-gaps.txt", FALSE }, { "org-harvard-topics.txt", FALSE },
    { "lab-template-middots.txt", FALSE }, { "quarto-single-quoted-cv.txt", FALSE },
    { "quarto-apa-in-preparation.txt", FALSE },
    { "lab-jekyll-venue-between.txt", FALSE },
    { "homepage-quoted-runs.txt", FALSE },
    { "rmd-year-et-al.txt", FALSE }, { "lab-preprint-comma.txt", FALSE },
    { "cv-harvard-slips.txt", FALSE }, { "personal-names-venue-doi.txt", FALSE },
    { "cv-names-year-colon.txt", FALSE },
    { "muse-entry-codes.txt", FALSE },
    { "lab-pubmed-title-pairs.txt", FALSE }, { "static-titles-sections.txt", FALSE },
    { "lab-initials-first-years.txt", FALSE },
    { "bibtex-title-anded.txt", FALSE },
    { "apa-meeting-months.txt", FALSE },
    { "bibtex2html-numbered.txt", FALSE },
    { "tables-header-columns.txt", FALSE },
    { "personal-title-meetings.txt", FALSE },
    { "table-apa-starred.txt", FALSE },
    { "hexo-commas-slips.txt", FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *shared_dir = find_shared_dir (argc > 1 ? argv[1] : NULL);
  g_autofree char *listings = NULL;
  guint n = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : DEFAULT_ENTRIES;

  if (shared_dir == NULL)
    {
      g_printerr ("bench-listing: cannot find the shared fixtures; pass their folder or set "
                  "GLN_SHARED_DIR\n");
      return 1;
    }
  if (n == 0)
    n = DEFAULT_ENTRIES;

  listings = g_build_filename (shared_dir, "fixtures", "listings", NULL);
  if ((chosen (argc, argv, "hf-daily-papers-page.txt") &&
       !run (listings, "hf-daily-papers-page.txt", n, TRUE, &error)) ||
      (chosen (argc, argv, "author-page.txt") &&
       !run (listings, "author-page.txt", n, TRUE, &error)))
    {
      g_printerr ("bench-listing: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (parse_only); i++)
    if (chosen (argc, argv, parse_only[i].name) &&
        !run (parse_only[i].shared ? listings : BENCH_LISTINGS_DIR, parse_only[i].name, n, FALSE,
              &error))
      {
        g_printerr ("bench-listing: %s\n", error->message);
        return 1;
      }

  return 0;
}
