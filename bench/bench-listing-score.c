/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "bench-listing-score"

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "gln-core.h"
#include "gln-listing-private.h"

/* Scores the paste import on every copied page that has its truth beside it (the shared real
 * pages and our own fixtures), one row per page, in the terms of issue 18's "Done when":
 * papers found, extra ones, titles exact, abstracts and authors the page does not show.
 * A page given on the command line without truth is parsed and its papers listed, for a
 * person to count them against the page.
 *
 * Usage: bench-listing-score [--shared DIR] [--dir DIR...] [PAGE.txt...]
 * (--dir scores one more folder laid out as tests/data/listings: NAME.txt, expected/NAME.json) */

/* The year the fixtures were copied in, as in tests/core/test-listing.c. */
#define COPY_YEAR 2026

typedef struct
{
  guint expected;
  guint found;
  guint extra;
  guint exact;
  guint invented_abstracts;
  guint invented_authors;
  guint other_dates;
} Score;

/* Titles compared for finding a paper at all: letters and digits only, case folded. */
static char *
title_skeleton (const char *title)
{
  g_autofree char *folded = g_utf8_casefold (title != NULL ? title : "", -1);
  GString *skeleton = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (skeleton, c);
    }

  return g_string_free (skeleton, FALSE);
}

/* The name without the numbers of affiliations glued to a word ("Müller1, B.", "Qin¹, L."
 * read "Müller, B.", "Qin, L."). */
static char *
without_affiliations (const char *name)
{
  static const char * const superscripts[] = { "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰" };
  GString *out = g_string_new (NULL);

  for (const char *p = name; *p != '\0';)
    {
      const char *q = p;
      gboolean more = TRUE;

      while (more && out->len > 0 && g_ascii_isalpha (out->str[out->len - 1]))
        {
          more = FALSE;
          if (g_ascii_isdigit (*q))
            q++, more = TRUE;
          for (guint i = 0; i < G_N_ELEMENTS (superscripts) && !more; i++)
            if (g_str_has_prefix (q, superscripts[i]))
              q += strlen (superscripts[i]), more = TRUE;
        }
      if (q > p && (*q == '\0' || *q == ',' || *q == ' '))
        p = q;
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/* A name shown with a mark ("Cai W*", "Lena Brandt†") or its affiliations' numbers
 * ("Smith1") is shown, whether the parser keeps them or not (the shared fixtures' README
 * calls both defensible). */
static gboolean
same_name (const char *got,
           const char *want)
{
  g_autofree char *bare_got = NULL;
  g_autofree char *bare_want = NULL;
  gsize n;

  if (want == NULL)
    return FALSE;
  bare_got = without_affiliations (got);
  bare_want = without_affiliations (want);
  n = _gln_listing_unmarked_length (bare_got, strlen (bare_got));

  return n == _gln_listing_unmarked_length (bare_want, strlen (bare_want)) &&
         strncmp (bare_got, bare_want, n) == 0;
}

static gboolean
authors_invented (GlnPaper   *paper,
                  JsonObject *want)
{
  const char * const *got = gln_paper_get_authors (paper);
  JsonArray *names;

  if (got == NULL || got[0] == NULL)
    return FALSE;
  if (json_object_get_null_member (want, "authors"))
    return TRUE;

  names = json_object_get_array_member (want, "authors");
  for (guint i = 0; got[i] != NULL; i++)
    {
      gboolean shown = FALSE;

      for (guint j = 0; j < json_array_get_length (names) && !shown; j++)
        shown = same_name (got[i], json_array_get_string_element (names, j));
      if (!shown)
        return TRUE;
    }

  return FALSE;
}

/* The paper that is this expected one: the same title skeleton, else the same first line. */
static int
find_match (GPtrArray  *papers,
            gboolean   *used,
            JsonObject *want)
{
  g_autofree char *skeleton = title_skeleton (json_object_get_string_member (want, "title"));
  guint line = json_object_get_int_member (want, "line");

  for (guint i = 0; i < papers->len; i++)
    {
      g_autofree char *got = title_skeleton (gln_paper_get_title (papers->pdata[i]));

      if (!used[i] && g_str_equal (got, skeleton))
        return i;
    }
  for (guint i = 0; i < papers->len; i++)
    if (!used[i] && gln_listing_get_line (papers->pdata[i]) == line)
      return i;

  return -1;
}

static gboolean
score_page (const char  *page_path,
            const char  *truth_path,
            Score       *score,
            GError     **error)
{
  GlnListingOptions options = { COPY_YEAR };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  g_autofree gboolean *used = NULL;
  JsonArray *expected;
  gsize len;

  if (!g_file_get_contents (page_path, &text, &len, error) ||
      !json_parser_load_from_file (parser, truth_path, error))
    return FALSE;
  expected = json_node_get_array (json_parser_get_root (parser));

  papers = gln_listing_parse (text, len, &options, &local_error);
  if (papers == NULL)
    papers = g_ptr_array_new_with_free_func (g_object_unref);
  used = g_new0 (gboolean, papers->len + 1);

  *score = (Score) { json_array_get_length (expected) };
  for (guint i = 0; i < score->expected; i++)
    {
      JsonObject *want = json_array_get_object_element (expected, i);
      int match = find_match (papers, used, want);
      GlnPaper *paper;
      const char *abstract;

      if (match < 0)
        {
          g_print ("    missed line %u: %s\n", (guint) json_object_get_int_member (want, "line"),
                   json_object_get_string_member (want, "title"));
          continue;
        }
      used[match] = TRUE;
      paper = papers->pdata[match];
      abstract = gln_paper_get_abstract (paper);
      score->found++;
      if (g_strcmp0 (gln_paper_get_title (paper), json_object_get_string_member (want, "title")) == 0)
        score->exact++;
      else
        g_print ("    title differs, line %u: %s\n", gln_listing_get_line (paper),
                 gln_paper_get_title (paper));
      if (json_object_get_null_member (want, "abstract_chars") && abstract != NULL && *abstract != '\0')
        score->invented_abstracts++;
      if (authors_invented (paper, want))
        score->invented_authors++;
      if (json_object_has_member (want, "date") &&
          g_strcmp0 (gln_paper_get_date_text (paper),
                     json_object_get_null_member (want, "date") ? NULL
                     : json_object_get_string_member (want, "date")) != 0)
        {
          score->other_dates++;
          g_print ("    date differs, line %u: %s\n", gln_listing_get_line (paper),
                   gln_paper_get_date_text (paper) != NULL ? gln_paper_get_date_text (paper)
                                                            : "(none)");
        }
    }
  for (guint i = 0; i < papers->len; i++)
    if (!used[i])
      {
        score->extra++;
        g_print ("    extra line %u: %s\n", gln_listing_get_line (papers->pdata[i]),
                 gln_paper_get_title (papers->pdata[i]));
      }

  return TRUE;
}

static void
print_row (const char  *name,
           const Score *score)
{
  g_print ("%-28s %5u %5u %5u %6.1f%% %5u %5u %5u\n", name, score->expected, score->found,
           score->extra, score->found > 0 ? 100.0 * score->exact / score->found : 0.0,
           score->invented_abstracts, score->invented_authors, score->other_dates);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static gboolean
score_dir (const char  *dir,
           Score       *total,
           GError     **error)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (listing == NULL)
    return FALSE;
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strndup (name, strlen (name) - 4));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file = g_strconcat (names->pdata[i], ".txt", NULL);
      g_autofree char *json = g_strconcat (names->pdata[i], ".json", NULL);
      g_autofree char *page = g_build_filename (dir, file, NULL);
      g_autofree char *truth = g_build_filename (dir, "expected", json, NULL);
      Score score;

      if (!g_file_test (truth, G_FILE_TEST_EXISTS))
        continue;
      if (!score_page (page, truth, &score, error))
        return FALSE;
      print_row (names->pdata[i], &score);
      total->expected += score.expected;
      total->found += score.found;
      total->extra += score.extra;
      total->exact += score.exact;
      total->invented_abstracts += score.invented_abstracts;
      total->invented_authors += score.invented_authors;
      total->other_dates += score.other_dates;
    }

  return TRUE;
}

static void
print_header (void)
{
  g_print ("%-28s %5s %5s %5s %7s %5s %5s %5s\n", "page", "truth", "found", "extra", "exact",
           "abstr", "auth", "date");
}

/* Folders named on the command line, for pages kept outside the project (unseen pages). */
static int
score_dirs (const char * const *dirs)
{
  g_autoptr(GError) error = NULL;
  Score total = { 0 };

  print_header ();
  for (guint i = 0; dirs[i] != NULL; i++)
    if (!score_dir (dirs[i], &total, &error))
      {
        g_printerr ("bench-listing-score: %s\n", error->message);
        return 1;
      }
  print_row ("all", &total);

  return 0;
}

/* A page without truth: its papers, what was read of each, and the blocks left unchecked. */
static gboolean
list_page (const char  *path,
           GError     **error)
{
  GlnListingOptions options = { COPY_YEAR, TRUE };
  g_autoptr(GPtrArray) papers = NULL;
  g_autofree char *text = NULL;
  guint sure = 0;
  gsize len;

  if (!g_file_get_contents (path, &text, &len, error))
    return FALSE;
  if ((papers = gln_listing_parse (text, len, &options, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = papers->pdata[i];
      const char * const *authors = gln_paper_get_authors (paper);
      g_autofree char *names = authors != NULL ? g_strjoinv ("; ", (char **) authors) : NULL;

      if (gln_listing_get_doubt (paper) == NULL)
        sure++;
      g_print ("%4u %s%s\n     authors: %s%s | venue: %s | date: %s | cited by: %d%s%s\n",
               gln_listing_get_line (paper), gln_listing_get_doubt (paper) != NULL ? "[?] " : "",
               gln_paper_get_title (paper), names != NULL ? names : "-",
               gln_paper_get_authors_truncated (paper) ? " et al." : "",
               gln_paper_get_journal_ref (paper) != NULL ? gln_paper_get_journal_ref (paper) : "-",
               gln_paper_get_date_text (paper) != NULL ? gln_paper_get_date_text (paper) : "-",
               gln_listing_get_cited_by (paper),
               gln_paper_get_abstract (paper) != NULL ? " | with abstract" : "",
               gln_listing_get_doubt (paper) != NULL ? " | unchecked" : "");
    }
  g_print ("%s: %u papers, %u blocks unchecked\n", path, sure, papers->len - sure);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *shared = NULL;
  g_auto(GStrv) pages = NULL;
  g_auto(GStrv) dirs = NULL;
  GOptionEntry entries[] = {
    { "shared", 0, 0, G_OPTION_ARG_FILENAME, &shared, "The shared data folder", "DIR" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &dirs, "Score this folder instead of ours",
      "DIR" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &pages, NULL, "PAGE…" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  Score total = { 0 };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-listing-score: %s\n", error->message);
      return 1;
    }
  if (pages != NULL)
    {
      for (guint i = 0; pages[i] != NULL; i++)
        if (!list_page (pages[i], &error))
          {
            g_printerr ("bench-listing-score: %s: %s\n", pages[i], error->message);
            g_clear_error (&error);
          }
      return 0;
    }

  if (dirs != NULL)
    return score_dirs ((const char * const *) dirs);
  if (shared == NULL && g_getenv ("GLN_SHARED_DIR") != NULL)
    shared = g_strdup (g_getenv ("GLN_SHARED_DIR"));
  print_header ();
  if (shared != NULL)
    {
      g_autofree char *dir = g_build_filename (shared, "fixtures", "listings", NULL);

      if (!score_dir (dir, &total, &error))
        {
          g_printerr ("bench-listing-score: %s\n", error->message);
          return 1;
        }
    }
  if (!score_dir (BENCH_LISTINGS_DIR, &total, &error))
    {
      g_printerr ("bench-listing-score: %s\n", error->message);
      return 1;
    }
  print_row ("all", &total);
  g_print ("(abstr: abstracts the page does not show; auth: author names it does not show; "
           "date: dates other than the page shows)\n");

  return 0;
}
