/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

/* A title and an abstract with escape sequences (window title, clear screen, a C1 CSI),
 * carriage returns, tabs and line breaks: plain output shows them as U+FFFD or spaces, one
 * line per paper in `list`; JSON gives them back exactly. */

#define TITLE "Evil \x1b]0;pwned\x07\x1b[2J title\nsecond\rline\ttab \xc2\x9b" "31m C1"
#define ABSTRACT "First line\x1b[31m\nsecond line\r\x08"

static const char *document =
  "[{\"type\": \"article-journal\","
  "  \"title\": \"Evil \\u001b]0;pwned\\u0007\\u001b[2J title\\nsecond\\rline\\ttab \\u009b31m C1\","
  "  \"abstract\": \"First line\\u001b[31m\\nsecond line\\r\\b\","
  "  \"author\": [{\"family\": \"Doe\\u001b[8m\", \"given\": \"Jane\"}],"
  "  \"issued\": {\"date-parts\": [[2021, 5, 2]]}}]";

/* No control character but line feeds (and tabs where @tabs), and no C1 control. */
static void
assert_printable (const char *text,
                  gboolean    tabs)
{
  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (c >= 0x20 || c == '\n' || (tabs && c == '\t'));
      g_assert_false (c >= 0x7f && c <= 0x9f);
    }
}

static char *
import_hostile (const char *db)
{
  g_autoptr(GPtrArray) papers = NULL;
  g_auto(GlnCliRun) run = { 0, };
  g_auto(GlnCliRun) list = { 0, };

  gln_cli_run (&run, db, document, "import", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* JSON is exact. */
  gln_cli_run (&list, db, NULL, "list", "--json", NULL);
  g_assert_cmpint (list.status, ==, 0);
  papers = gln_cli_parse_jsonl (list.out);
  g_assert_cmpuint (papers->len, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (papers->pdata[0], "title"), ==, TITLE);
  g_assert_cmpstr (json_object_get_string_member (papers->pdata[0], "abstract"), ==, ABSTRACT);

  return g_strdup (json_object_get_string_member (papers->pdata[0], "key"));
}

static void
test_list (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *key = import_hostile (db);
  g_auto(GlnCliRun) run = { 0, };
  g_auto(GStrv) fields = NULL;

  gln_cli_run (&run, db, NULL, "list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_printable (run.out, TRUE);
  g_assert_true (g_str_has_suffix (run.out, "\n"));
  g_assert_cmpint (strchr (run.out, '\n') - run.out, ==, strlen (run.out) - 1);
  fields = g_strsplit (run.out, "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 4);
  g_assert_cmpstr (fields[0], ==, key);
  g_assert_cmpstr (fields[2], ==, "Evil \xef\xbf\xbd]0;pwned\xef\xbf\xbd\xef\xbf\xbd[2J title "
                                  "second\xef\xbf\xbdline tab \xef\xbf\xbd" "31m C1");
}

static void
test_show (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *key = import_hostile (db);
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "paper", "show", key, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_printable (run.out, FALSE);
  g_assert_nonnull (strstr (run.out, " Evil \xef\xbf\xbd]0;pwned"));
  g_assert_nonnull (strstr (run.out, "tab \xef\xbf\xbd" "31m C1\n"));
  g_assert_nonnull (strstr (run.out, "\nFirst line\xef\xbf\xbd[31m\nsecond line\xef\xbf\xbd"
                                     "\xef\xbf\xbd\n"));
}

/* Names and reasons typed elsewhere (a collection, a board column, a screening reason) and
 * error messages that quote what they were given pass the same filter. */
static void
test_names (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *key = import_hostile (db);
  const char *name = "Review \x1b]0;pwned\x07 \xc2\x9b" "2J";
  struct { const char *args[7]; gboolean out; } runs[] = {
    { { "collection", "create", name } },
    { { "collection", "list" }, TRUE },
    { { "board", name, "add-column", "Method \x1b[2J" } },
    { { "board", name, "columns" }, TRUE },
    { { "collection", "add", name, key } },
    { { "collection", "screen", name, key, "exclude", "--reason=wrong \x1b[8m population" } },
    { { "collection", "summary", name }, TRUE },
    { { "paper", "show", "nothing\x1b]0;pwned\x07" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(GlnCliRun) run = { 0, };
      const char * const *a = runs[i].args;

      gln_cli_run (&run, db, NULL, a[0], a[1], a[2], a[3], a[4], a[5], a[6], NULL);
      assert_printable (run.out, TRUE);
      assert_printable (run.err, TRUE);
      if (runs[i].out)
        {
          g_assert_cmpint (run.status, ==, 0);
          g_assert_nonnull (strstr (run.out, "\xef\xbf\xbd"));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/cli/terminal/list", test_list);
  g_test_add_func ("/gln/cli/terminal/show", test_show);
  g_test_add_func ("/gln/cli/terminal/names", test_names);

  return g_test_run ();
}
