/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "gln-core.h"
#include "gln-test-utils.h"

/* Exports of papers whose every field is hostile: unbalanced braces, a value that would close
 * its entry and open another, LaTeX and spreadsheet specials, control characters, characters
 * XML does not allow, line breaks that would start a new RIS tag, and very long values.
 * Each export stays well-formed and holds exactly the papers it was given. */

static const char * const hostile[] = {
  "Unbalanced } brace",
  "Open { brace",
  "}\n@misc{injected,\n  title = {Injected}\n}\n@misc{x,",
  "100% \\ back\\slash \\",
  "Control \x01\x02\x1b[31mred\x7f and \xc2\x85 NEL\x0b\x0c",
  "=cmd|' /C calc'!A0",
  "<b>&amp; ]]> \xef\xbf\xbe \xef\xbf\xbf",
  "a & b % c $ d # e _ f { g } h ~ i ^ j \\ k",
  "-42",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\tTab first",
  "\rCR first",
  "Line\nTY  - JOUR\nER  - \n",
  "+1 plus",
  "\\}\\{ escaped }}}{{{",
  "[2pt] bracket",
  " * star",
  "{Corp, Inc}, {Jr, x}, First", /* braced commas before the suffix, which biber counts */
  NULL, /* the long one, built by make_papers() */
};

#define N_HOSTILE G_N_ELEMENTS (hostile)

/* The pieces random hostile text is made of. */
static const char * const pieces[] = {
  "{", "}", "\\", "@", "%", "$", "#", "&", "_", "~", "^", " ", "\n", "\r", "\t", "\x01",
  "\x1b", "\x7f", "\xc2\x85", "\xc2\x9b", "\xef\xbf\xbe", "\xe2\x80\xa8", "=", "+", "-", ",",
  "\"", "'", "a", "B", "\xc3\xa9", "[", "*", "|", "<", "&amp;", "]]>", "ER  - ", "TY  - ",
  "@misc{x,", "}}", "{{", "$x$", "\\{", "\\}", "\\\\", " and ", "-42", "\xff",
  "\xed\xa0\x80",
};

/* Set by each test from its data: whether the hostile texts are random ones. */
#define RANDOM_TEXT (1u << 16)
static gboolean random_text;

static char *
dup_random (void)
{
  GString *out = g_string_new (NULL);
  int n = g_test_rand_int_range (0, 10) == 0 ? 2000 : g_test_rand_int_range (0, 24);

  for (int i = 0; i < n; i++)
    g_string_append (out, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);

  return g_string_free (out, FALSE);
}

static char *
dup_hostile (guint i)
{
  GString *out;

  if (random_text)
    return dup_random ();
  if (hostile[i % N_HOSTILE] != NULL)
    return g_strdup (hostile[i % N_HOSTILE]);

  out = g_string_new (NULL);
  for (guint j = 0; j < 2000; j++)
    g_string_append (out, j % 7 == 0 ? "} {\\ % " : "long words ");

  return g_string_free (out, FALSE);
}

/* Paper @i: title "T<i> " and hostile text i, the others in its other fields. */
static GlnPaper *
make_paper (guint i)
{
  g_autoptr(GlnPaper) paper = gln_paper_new ();
  g_autofree char *text = dup_hostile (i);
  g_autofree char *next = dup_hostile (i + 1);
  g_autofree char *other = dup_hostile (i + 3);
  g_autofree char *title = g_strdup_printf ("T%u %s", i, text);
  g_autofree char *key = g_strdup_printf ("title:hostile-%u", i);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *extra = NULL;
  g_autofree char *valid = NULL;
  const char *authors[] = { "Jane Doe", next, NULL };
  const char *tags[] = { text, "safe", NULL };

  gln_paper_set_key (paper, key);
  gln_paper_set_title (paper, title);
  gln_paper_set_abstract (paper, i == 0 ? "Math $}$ and $\\{$ stray" : other);
  gln_paper_set_authors (paper, authors, NULL);
  gln_paper_set_tags (paper, tags);
  gln_paper_set_published (paper, "2020-03-04");
  gln_paper_set_journal_ref (paper, next);
  gln_paper_set_comment (paper, other);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "citation-key");
  json_builder_add_string_value (builder, text);
  json_builder_set_member_name (builder, "note");
  json_builder_add_string_value (builder, other);
  json_builder_set_member_name (builder, "bibtex");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@type");
  json_builder_add_string_value (builder, "misc{x,");
  json_builder_set_member_name (builder, "howpublished");
  json_builder_add_string_value (builder, text);
  json_builder_set_member_name (builder, "bad} = {x");
  json_builder_add_string_value (builder, "y");
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "ris");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "X\nER");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, text);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "ER");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, text);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "M1");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, text);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  extra = json_to_string (root, FALSE);
  valid = g_utf8_make_valid (extra, -1);
  gln_paper_set_extra (paper, valid);

  return g_steal_pointer (&paper);
}

/* The papers of a test; @data holds %RANDOM_TEXT for random hostile texts. */
static GPtrArray *
make_papers (gconstpointer data)
{
  GPtrArray *papers = g_ptr_array_new_with_free_func (g_object_unref);

  random_text = (GPOINTER_TO_UINT (data) & RANDOM_TEXT) != 0;

  for (guint i = 0; i < N_HOSTILE; i++)
    g_ptr_array_add (papers, make_paper (i));

  return papers;
}

/* What a title reads as once control characters are gone and white space is collapsed. */
static char *
dup_plain_title (GlnPaper *paper)
{
  g_autofree char *valid = g_utf8_make_valid (gln_paper_get_title (paper), -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) && c != 0x85)
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else if (c >= 0x20 && (c < 0x7f || c > 0x9f) && (c & 0xfffe) != 0xfffe)
        g_string_append_unichar (out, c);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

/* A title read back begins with the "T<i>" it was written with. */
static void
assert_title_prefix (const char *title,
                     guint       i)
{
  g_autofree char *prefix = g_strdup_printf ("T%u", i);

  g_assert_true (g_str_has_prefix (title, prefix));
  g_assert_false (g_ascii_isdigit (title[strlen (prefix)]));
}

static char *
write_temp (const char *name,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gln-hostile-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  return path;
}

/* Runs @argv; returns whether it exited 0, with its output (stdout and stderr) in @out. */
static gboolean
run_tool (const char * const *argv,
          char              **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, &err,
                     &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (err != NULL && err[0] != '\0')
    g_test_message ("%s: %s", argv[0], err);

  return g_spawn_check_wait_status (status, NULL);
}

/* Gleaner reads its own export back: as many papers, the same titles. */
static void
test_bibtex_own (gconstpointer data)
{
  GlnBibtexFlags flags = GPOINTER_TO_UINT (data) & ~RANDOM_TEXT;
  g_autoptr(GPtrArray) papers = make_papers (data);
  g_autofree char *text = gln_bibtex_write (papers, flags);
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  back = gln_bibtex_parse (text, -1, &problems, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) problems->pdata[i]);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (back->len, ==, papers->len);
  for (guint i = 0; i < papers->len; i++)
    {
      g_autofree char *expected = dup_plain_title (papers->pdata[i]);

      /* Random text may put unmatched braces in math, which go. */
      if (random_text)
        assert_title_prefix (gln_paper_get_title (back->pdata[i]), i);
      else
        g_assert_cmpstr (gln_paper_get_title (back->pdata[i]), ==, expected);
    }
}

static char *
find_pybtex_python (void)
{
  static const char * const candidates[] = { "/usr/bin/python3", "python3" };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *python = g_find_program_in_path (candidates[i]);
      g_autofree char *out = NULL;
      const char *argv[] = { python, "-c", "import pybtex", NULL };

      if (python != NULL && run_tool (argv, &out))
        return g_steal_pointer (&python);
    }

  return NULL;
}

/* pybtex, strict: the keys and titles of a .bib file, one "key\ttitle" line each; "{}",
 * which biber adds after some commands ("\\_{}"), does not count. */
static char *
read_with_pybtex (const char *python,
                  const char *path)
{
  static const char *script =
    "import sys\n"
    "from pybtex import errors\n"
    "from pybtex.database import parse_file\n"
    "errors.set_strict_mode(True)\n"
    "for key, entry in parse_file(sys.argv[1], bib_format='bibtex').entries.items():\n"
    "    title = entry.fields['title'].replace('{}', '')\n"
    "    print(key + '\\t' + ' '.join(title.split()))\n";
  const char *argv[] = { python, "-c", script, path, NULL };
  char *out = NULL;

  g_assert_true (run_tool (argv, &out));

  return out;
}

/* pybtex reads the export as N entries; biber reads it as N entries with the same titles,
 * letter for letter, as pybtex. */
static void
test_bibtex_tools (gconstpointer data)
{
  GlnBibtexFlags flags = GPOINTER_TO_UINT (data) & ~RANDOM_TEXT;
  g_autofree char *biber = g_find_program_in_path ("biber");
  g_autofree char *python = find_pybtex_python ();
  g_autoptr(GPtrArray) papers = make_papers (data);
  g_autofree char *text = gln_bibtex_write (papers, flags);
  g_autofree char *path = write_temp ("hostile.bib", text);
  g_autofree char *output = g_strconcat (path, ".out", NULL);
  g_autofree char *option = g_strconcat ("--output-file=", output, NULL);
  g_autofree char *log = NULL;
  g_autofree char *read = NULL;
  g_autofree char *reread = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) relines = NULL;
  const char *argv[] = { biber, "--tool", "--nolog", option, path, NULL };

  if (gln_test_sanitized ())
    {
      g_test_skip ("biber and pybtex are not sanitized; the plain build runs them");
      return;
    }
  if (biber == NULL || python == NULL)
    {
      g_test_skip ("biber or python3-pybtex is not installed (build-aux/install-deps.sh --test)");
      return;
    }

  read = read_with_pybtex (python, path);
  lines = g_strsplit (read, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, papers->len + 1);
  for (guint i = 0; i < papers->len; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("\t{T%u}", i);

      g_assert_nonnull (strstr (lines[i], prefix));
    }

  /* A failure shows what biber was given and said; the log's "random seed" repeats it. */
  if (!run_tool (argv, &log) || strstr (log, "ERROR") != NULL)
    {
      g_test_message ("biber read:\n%s\nbiber said:\n%s", text, log != NULL ? log : "");
      g_test_fail ();
      return;
    }
  reread = read_with_pybtex (python, output);
  if (!random_text)
    {
      g_assert_cmpstr (reread, ==, read);
      return;
    }

  /* biber reads macros in math its own way ("$\\B$"), which random text writes: the same
   * entries, in the same order. */
  relines = g_strsplit (reread, "\n", -1);
  g_assert_cmpuint (g_strv_length (relines), ==, papers->len + 1);
  for (guint i = 0; i < papers->len; i++)
    g_assert_cmpint (strncmp (relines[i], lines[i], strcspn (lines[i], "\t") + 1), ==, 0);
}

/* A reader of RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
static GPtrArray *
read_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        {
          /* Quotes open a field or close it, nowhere else. */
          g_assert_true (quoted ? (p[1] == ',' || p[1] == '\r') : field->len == 0);
          quoted = !quoted;
        }
      else if (quoted || (*p != ',' && *p != '\r'))
        {
          g_assert_true (quoted || *p != '\n');
          g_string_append_c (field, *p);
        }
      else
        {
          g_strv_builder_add (row, field->str);
          g_string_truncate (field, 0);
          if (*p == '\r')
            {
              g_assert_cmpint (*++p, ==, '\n');
              g_ptr_array_add (rows, g_strv_builder_end (row));
              g_clear_pointer (&row, g_strv_builder_unref);
              row = g_strv_builder_new ();
            }
        }
    }
  g_assert_false (quoted);
  g_assert_cmpuint (field->len, ==, 0);

  return rows;
}

static gboolean
is_number (const char *cell)
{
  g_autoptr(GRegex) number = g_regex_new ("^[-+]?[0-9]+([.,][0-9]+)?([eE][-+]?[0-9]+)?$", 0,
                                          0, NULL);

  return g_regex_match (number, cell, 0, NULL);
}

/* No cell a spreadsheet would run as a formula; a neutralized cell is the value behind a
 * quote; numbers stay numbers. */
static void
assert_csv_safe (GPtrArray *rows)
{
  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = rows->pdata[r];

      for (guint i = 0; cells[i] != NULL; i++)
        g_assert_true (strchr ("=+-@\t\r", cells[i][0]) == NULL || cells[i][0] == '\0' ||
                       is_number (cells[i]));
    }
}

static void
test_csv_papers (gconstpointer data)
{
  g_autoptr(GPtrArray) papers = make_papers (data);
  g_autofree char *text = gln_csv_write (papers, NULL);
  g_autoptr(GPtrArray) rows = read_csv (text);

  g_assert_cmpuint (rows->len, ==, papers->len + 1);
  assert_csv_safe (rows);
  for (guint i = 0; i < papers->len; i++)
    {
      char **cells = rows->pdata[i + 1];
      const char *abstract = gln_paper_get_abstract (papers->pdata[i]);

      /* Random text may leave a paper without an abstract: an empty cell. */
      if (abstract == NULL)
        abstract = "";
      g_assert_cmpuint (g_strv_length (cells), ==, g_strv_length (rows->pdata[0]));
      g_assert_cmpstr (cells[2], ==, gln_paper_get_title (papers->pdata[i]));
      if (abstract[0] != '\0' && strchr ("=+-@\t\r", abstract[0]) != NULL && !is_number (abstract))
        {
          g_assert_cmpint (cells[13][0], ==, '\'');
          g_assert_cmpstr (cells[13] + 1, ==, abstract);
        }
      else
        g_assert_cmpstr (cells[13], ==, abstract);
    }
}

/* The board's and the screening's tables go through the same cells. */
static GlnTable *
make_table (gconstpointer data)
{
  const char *headers[] = { "=Title", "Score", "Reason", NULL };
  GlnTable *table = gln_table_new (headers);

  random_text = (GPOINTER_TO_UINT (data) & RANDOM_TEXT) != 0;

  for (guint i = 0; i < N_HOSTILE; i++)
    {
      GStrv row = g_new0 (char *, 4);

      row[0] = dup_hostile (i);
      row[1] = g_strdup (i % 2 ? "-3.5" : "+2");
      row[2] = dup_hostile (i + 1);
      gln_table_add_row (table, row);
    }

  return table;
}

static void
test_csv_table (gconstpointer data)
{
  g_autoptr(GlnTable) table = make_table (data);
  g_autofree char *text = gln_table_to_csv (table);
  g_autoptr(GPtrArray) rows = read_csv (text);

  g_assert_cmpuint (rows->len, ==, N_HOSTILE + 1);
  assert_csv_safe (rows);
  g_assert_cmpstr (((char **) rows->pdata[0])[0], ==, "'=Title");
  if (random_text)
    return;
  g_assert_cmpstr (((char **) rows->pdata[1 + 5])[0], ==, "'=cmd|' /C calc'!A0");
  g_assert_cmpstr (((char **) rows->pdata[1 + 8])[0], ==, "-42");
  g_assert_cmpstr (((char **) rows->pdata[1 + 10])[0], ==, "'\tTab first");
  g_assert_cmpstr (((char **) rows->pdata[1])[1], ==, "+2");
  g_assert_cmpstr (((char **) rows->pdata[2])[1], ==, "-3.5");
}

/* xmllint finds the feed well-formed, and Gleaner's arXiv reader reads every entry back. */
static void
test_atom (gconstpointer data)
{
  g_autoptr(GPtrArray) papers = make_papers (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gln_atom_export_write (papers, "Feed \x01 {title}", NULL,
                                                 "https://lab.example/\x02" "feed", &error);
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) back = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (text);
  if (xmllint != NULL)
    {
      const char *argv[] = { xmllint, "--noout", NULL, NULL };

      argv[2] = path = write_temp ("hostile.xml", text);
      g_assert_true (run_tool (argv, &out));
    }

  bytes = g_bytes_new (text, strlen (text));
  g_assert_true (gln_arxiv_source_parse_full (bytes, &back, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, papers->len);
  for (guint i = 0; i < papers->len; i++)
    assert_title_prefix (gln_paper_get_title (back->pdata[i]), i);
  if (xmllint == NULL)
    g_test_skip ("xmllint is not installed (build-aux/install-deps.sh --test)");
}

/* Every line a tag line or the blank line between records, and as many records back. */
static void
test_ris (gconstpointer data)
{
  g_autoptr(GPtrArray) papers = make_papers (data);
  g_autofree char *text = gln_ris_write (papers);
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  g_autoptr(GRegex) tag = g_regex_new ("^[A-Z][A-Z0-9]  - ", 0, 0, NULL);
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  guint n_records = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_true (lines[i][0] == '\0' || g_regex_match (tag, lines[i], 0, NULL));
      g_assert_null (strpbrk (lines[i], "\r\n\v\f\x1b"));
      n_records += g_str_has_prefix (lines[i], "TY  - ");
    }
  g_assert_cmpuint (n_records, ==, papers->len);
  back = gln_ris_parse (text, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, papers->len);
  for (guint i = 0; i < papers->len; i++)
    assert_title_prefix (gln_paper_get_title (back->pdata[i]), i);
}

/* JSON carries any text exactly, and Gleaner reads as many papers back. */
static void
test_csljson (gconstpointer data)
{
  g_autoptr(GPtrArray) papers = make_papers (data);
  g_autofree char *text = gln_csljson_write (papers);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *items;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  items = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (items), ==, papers->len);
  for (guint i = 0; i < papers->len; i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      g_autofree char *title = g_utf8_make_valid (gln_paper_get_title (papers->pdata[i]), -1);

      g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, title);
    }

  back = gln_csljson_parse (text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, papers->len);
}

/* One line per row, as many cells in each. */
static void
test_markdown (gconstpointer data)
{
  g_autoptr(GlnTable) table = make_table (data);
  g_autofree char *text = gln_table_to_markdown (table);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, N_HOSTILE + 3);
  for (guint i = 0; lines[i][0] != '\0'; i++)
    {
      guint n_pipes = 0;

      g_assert_null (strchr (lines[i], '\r'));
      for (const char *p = lines[i]; *p != '\0'; p++)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '|')
            n_pipes++;
        }
      g_assert_cmpuint (n_pipes, ==, 4);
    }
}

/* Each row one line with one "&" between cells and "\\" at its end; no other special
 * character unescaped, braces balanced, no row that "\\" would read as "\\[length]". */
static void
test_latex_table (gconstpointer data)
{
  g_autoptr(GlnTable) table = make_table (data);
  g_autofree char *text = gln_table_to_latex (table);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, N_HOSTILE + 7);
  for (guint i = 2; i < N_HOSTILE + 4; i++)
    {
      guint n_amps = 0;
      int depth = 0;

      if (i == 3)
        continue;
      g_assert_true (g_str_has_suffix (lines[i], " \\\\"));
      g_assert_null (strchr ("[*", lines[i][strspn (lines[i], " ")]));
      lines[i][strlen (lines[i]) - 2] = '\0';
      for (const char *p = lines[i]; *p != '\0'; p++)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '&')
            n_amps++;
          else if (*p == '{' || *p == '}')
            g_assert_cmpint (depth += *p == '{' ? 1 : -1, >=, 0);
          else
            g_assert_null (strchr ("%$#_~^\x01\x1b", *p));
        }
      g_assert_cmpint (depth, ==, 0);
      g_assert_cmpuint (n_amps, ==, 2);
    }
}


static const struct
{
  const char        *name;
  GTestDataFunc      func;
  guint              flags;
} random_tests[] = {
  { "bibtex/own", test_bibtex_own, GLN_BIBTEX_FLAGS_NONE },
  { "bibtex/own-ascii", test_bibtex_own, GLN_BIBTEX_FLAGS_ASCII },
  { "bibtex/tools", test_bibtex_tools, GLN_BIBTEX_FLAGS_NONE },
  { "bibtex/tools-biblatex", test_bibtex_tools, GLN_BIBTEX_FLAGS_BIBLATEX },
  { "csv/papers", test_csv_papers, 0 },
  { "csv/table", test_csv_table, 0 },
  { "atom", test_atom, 0 },
  { "ris", test_ris, 0 },
  { "csljson", test_csljson, 0 },
  { "markdown", test_markdown, 0 },
  { "latex-table", test_latex_table, 0 },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_data_func ("/gln/hostile/bibtex/own", GUINT_TO_POINTER (GLN_BIBTEX_FLAGS_NONE),
                        test_bibtex_own);
  g_test_add_data_func ("/gln/hostile/bibtex/own-biblatex",
                        GUINT_TO_POINTER (GLN_BIBTEX_FLAGS_BIBLATEX), test_bibtex_own);
  g_test_add_data_func ("/gln/hostile/bibtex/own-ascii",
                        GUINT_TO_POINTER (GLN_BIBTEX_FLAGS_ASCII), test_bibtex_own);
  g_test_add_data_func ("/gln/hostile/bibtex/tools", GUINT_TO_POINTER (GLN_BIBTEX_FLAGS_NONE),
                        test_bibtex_tools);
  g_test_add_data_func ("/gln/hostile/bibtex/tools-biblatex",
                        GUINT_TO_POINTER (GLN_BIBTEX_FLAGS_BIBLATEX), test_bibtex_tools);
  g_test_add_data_func ("/gln/hostile/csv/papers", NULL, test_csv_papers);
  g_test_add_data_func ("/gln/hostile/csv/table", NULL, test_csv_table);
  g_test_add_data_func ("/gln/hostile/atom", NULL, test_atom);
  g_test_add_data_func ("/gln/hostile/ris", NULL, test_ris);
  g_test_add_data_func ("/gln/hostile/csljson", NULL, test_csljson);
  g_test_add_data_func ("/gln/hostile/markdown", NULL, test_markdown);
  g_test_add_data_func ("/gln/hostile/latex-table", NULL, test_latex_table);

  /* The same with random hostile text; --seed repeats a run. */
  for (guint i = 0; i < G_N_ELEMENTS (random_tests); i++)
    {
      g_autofree char *path = g_strconcat ("/gln/hostile/random/", random_tests[i].name, NULL);

      g_test_add_data_func (path, GUINT_TO_POINTER (random_tests[i].flags | RANDOM_TEXT),
                            random_tests[i].func);
    }

  return g_test_run ();
}
