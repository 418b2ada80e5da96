/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "../core/gln-test-citations.h"
#include "../core/gln-test-server.h"
#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

/* gleaner-cli cite and prisma, against the loopback server serving the real Semantic
 * Scholar samples: a backward search from a three-paper review, its links, and the PRISMA
 * diagram whose numbers are those of the screening export. */

#define REVIEW "Review"

static const char bibtex[] =
  "@article{karlan, title = {Six Randomized Evaluations of Microcredit},"
  " doi = {10.2139/ssrn.2250500}, year = {2015}}\n"
  "@article{turing, title = {Computing Machinery and Intelligence},"
  " doi = {10.1093/mind/lix.236.433}, year = {1950}}\n"
  "@article{shannon, title = {A Mathematical Theory of Communication},"
  " doi = {10.1002/j.1538-7305.1948.tb01338.x}, year = {1948}}\n";

/* Splits a CSV record, quotes and doubled quotes understood. */
static GPtrArray *
csv_fields (const char **p)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (; **p != '\0'; (*p)++)
    {
      char c = **p;

      if (quoted && c == '"' && (*p)[1] == '"')
        {
          g_string_append_c (field, '"');
          (*p)++;
        }
      else if (c == '"')
        quoted = !quoted;
      else if (!quoted && c == ',')
        {
          g_ptr_array_add (fields, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else if (!quoted && (c == '\r' || c == '\n'))
        {
          while (**p == '\r' || **p == '\n')
            (*p)++;
          break;
        }
      else
        g_string_append_c (field, c);
    }
  g_ptr_array_add (fields, g_string_free (field, FALSE));

  return fields;
}

/* The count the SVG shows on the line that starts with @label: "label (n = 12)". */
static int
svg_count (const char *svg,
           const char *label)
{
  g_autofree char *needle = g_strdup_printf (">%s (n = ", label);
  const char *found = strstr (svg, needle);

  g_assert_nonnull (found);
  return atoi (found + strlen (needle));
}

static void
test_search_and_prisma (void)
{
  g_autoptr(GlnTestServer) server = gln_test_server_new ();
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *dir = g_dir_make_tmp ("gln-cite-XXXXXX", NULL);
  g_autofree char *bib = g_build_filename (dir, "review.bib", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "flow.svg", NULL);
  g_autofree char *map_path = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *map = NULL;
  guint n_groups = 0;
  g_autofree char *png_path = g_build_filename (dir, "flow.png", NULL);
  g_autofree char *svg = NULL;
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GHashTable) reasons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GlnCliRun) run = { 0, };
  guint counts[4] = { 0, };
  guint n_linked = 0, n_unreasoned = 0, n_excluded = 0;
  const char *p;
  GHashTableIter iter;
  gpointer reason, n;

  gln_test_serve_semantic_scholar (server);
  g_setenv ("GLEANER_FETCH_INTERVAL_MS", "5", TRUE);
  g_assert_true (g_file_set_contents (bib, bibtex, -1, NULL));

  gln_cli_run (&run, db, NULL, "import", bib, NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "collection", "create", REVIEW, NULL);
  gln_cli_run (&run, db, NULL, "collection", "add", REVIEW, "doi:10.2139/ssrn.2250500",
               "doi:10.1093/mind/lix.236.433", "doi:10.1002/j.1538-7305.1948.tb01338.x", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; i < 3; i++)
    {
      static const char * const keys[] = { "doi:10.2139/ssrn.2250500",
                                           "doi:10.1093/mind/lix.236.433",
                                           "doi:10.1002/j.1538-7305.1948.tb01338.x" };

      gln_cli_run (&run, db, NULL, "collection", "screen", REVIEW, keys[i], "include", NULL);
      g_assert_cmpint (run.status, ==, 0);
    }

  /* The third paper's references are not served: noted, and the search goes on. */
  gln_cli_run (&run, db, NULL, "cite", "search", "--collection", REVIEW, "--backward", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "3 of 3 papers"));
  g_assert_nonnull (strstr (run.out, "3 papers with 3 requests"));

  gln_cli_run (&run, db, NULL, "cite", "list", "doi:10.1093/mind/lix.236.433", "--references",
               "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (lines->len, ==, 14);
  for (guint i = 0; i < lines->len; i++)
    {
      JsonObject *object = g_ptr_array_index (lines, i);

      g_assert_cmpstr (json_object_get_string_member (object, "direction"), ==, "references");
      n_linked += json_object_get_boolean_member (object, "in_library");
    }
  g_assert_cmpuint (n_linked, ==, 8);

  /* Screen some candidates, then draw the diagram. */
  gln_cli_run (&run, db, NULL, "collection", "screen", REVIEW, "doi:10.2307/3610576", "exclude",
               "--reason", "not a study", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "cite", "list", "doi:10.2139/ssrn.2250500", "--json", NULL);
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = gln_cli_parse_jsonl (run.out);
  for (guint i = 0, done = 0; i < lines->len && done < 3; i++)
    {
      JsonObject *object = g_ptr_array_index (lines, i);

      if (!json_object_get_boolean_member (object, "in_library"))
        continue;
      gln_cli_run (&run, db, NULL, "collection", "screen", REVIEW,
                   json_object_get_string_member (object, "key"), done == 2 ? "maybe" : "exclude",
                   NULL);
      g_assert_cmpint (run.status, ==, 0);
      done++;
    }

  gln_cli_run (&run, db, NULL, "prisma", "--collection", REVIEW, "-o", svg_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "prisma", "--collection", REVIEW, "-o", png_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
  {
    g_autofree char *png = NULL;
    gsize size;

    g_assert_true (g_file_get_contents (png_path, &png, &size, NULL));
    g_assert_cmpuint (size, >, 8);
    g_assert_cmpint (memcmp (png, "\x89PNG", 4), ==, 0);
  }
  if (xmllint != NULL)
    {
      const char *argv[] = { xmllint, "--noout", svg_path, NULL };
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                                   NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }

  /* The screening export's rows, counted by decision and reason. */
  gln_cli_run (&run, db, NULL, "export", "--format", "screening-csv", "--collection", REVIEW,
               NULL);
  g_assert_cmpint (run.status, ==, 0);
  p = run.out;
  g_ptr_array_unref (csv_fields (&p));
  while (*p != '\0')
    {
      g_autoptr(GPtrArray) fields = csv_fields (&p);
      const char *status = g_ptr_array_index (fields, 2);
      const char *why = g_ptr_array_index (fields, 3);

      counts[g_str_equal (status, "include") ? 0 : g_str_equal (status, "exclude") ? 1
             : g_str_equal (status, "maybe") ? 2 : 3]++;
      if (g_str_equal (status, "exclude") && why[0] == '\0')
        n_unreasoned++;
      else if (g_str_equal (status, "exclude"))
        g_hash_table_insert (reasons, g_strdup (why),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (reasons, why)) + 1));
      n_excluded += g_str_equal (status, "exclude");
    }
  g_assert_cmpuint (counts[0], ==, 3);
  g_assert_cmpuint (n_excluded, ==, 3);

  g_assert_cmpint (svg_count (svg, "Studies included in review"), ==, counts[0]);
  g_assert_cmpint (svg_count (svg, "Records excluded"), ==, n_unreasoned);
  g_assert_cmpint (svg_count (svg, "Records not yet screened"), ==, counts[3]);
  g_assert_cmpint (svg_count (svg, "Records screened"), ==, counts[0] + counts[1] + counts[2]);
  g_assert_cmpint (svg_count (svg, "Reports assessed for eligibility"), ==,
                   counts[0] + counts[2] + n_excluded - n_unreasoned);
  g_assert_cmpint (svg_count (svg, "Reports awaiting a decision (maybe)"), ==, counts[2]);
  g_hash_table_iter_init (&iter, reasons);
  while (g_hash_table_iter_next (&iter, &reason, &n))
    {
      g_autofree char *label = g_strdup_printf ("  %s", (char *) reason);

      g_assert_cmpint (svg_count (svg, label), ==, GPOINTER_TO_UINT (n));
    }
  /* Every record identified: the collection's papers and the duplicates removed. */
  g_assert_cmpint (svg_count (svg, "Total") - svg_count (svg, "  Duplicate records"), ==,
                   counts[0] + counts[1] + counts[2] + counts[3]);
  g_assert_cmpint (svg_count (svg, "  Citation search"), ==,
                   counts[1] + counts[2] + counts[3] + svg_count (svg, "  Duplicate records"));

  /* The citation map: a titled group per paper of the collection, valid SVG. */
  gln_cli_run (&run, db, NULL, "cite", "map", "--collection", REVIEW, "-o", map_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (map_path, &map, NULL, NULL));
  for (const char *group = strstr (map, "<g><title>"); group != NULL;
       group = strstr (group + 1, "<g><title>"))
    n_groups++;
  g_assert_cmpuint (n_groups, ==, counts[0] + counts[1] + counts[2] + counts[3]);
  if (xmllint != NULL)
    {
      const char *argv[] = { xmllint, "--noout", map_path, NULL };
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                                   NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }
  gln_cli_run (&run, db, NULL, "cite", "map", "--collection", REVIEW, "-o", "map.txt", NULL);
  g_assert_cmpint (run.status, !=, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/cli/cite/search-and-prisma", test_search_and_prisma);

  return g_test_run ();
}
