/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "gln-core.h"
#include "gln-test-papers.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* Exports of a library holding every fixture and every sample: each format reads back, the
 * BibTeX passes biber and pybtex, the CSV is RFC 4180 and the Atom feed is Atom. */

static const char * const samples[][2] = {
  { "arxiv-api", "query_all-electron-AND-all-proton_2025-11-11.xml" },
  { "arxiv-api", "query_all-electron-AND-all-proton_LEGACY-FORMAT_2025-08-20.xml" },
  { "arxiv-api", "query_id_list_with_missing_ids_2025-11-11.xml" },
  { "hf-daily-papers", "daily_papers_2024-10-25_first2entries.json" },
  { "crossref", "works_10.1371_journal.pone.0033693.body.json" },
  { "crossref", "works_query-ecology_rows-2.body.json" },
};

static const char * const fixtures[][2] = {
  { "bibtex", "library.bib" },
  { "bibtex", "broken.bib" },
  { "ris", "library.ris" },
  { "csljson", "library.json" },
};

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* Reads a file as the import does, user data included: JabRef's rating, read state, star
 * and groups are applied by the store. */
static void
import_file (GlnStore   *store,
             const char *path)
{
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  if (strstr (path, "crossref") != NULL)
    {
      g_autoptr(GlnCrossrefSource) source = gln_crossref_source_new ();

      papers = gln_source_parse (GLN_SOURCE (source), bytes, &error);
    }
  else
    papers = gln_import_parse_full (bytes, GLN_IMPORT_FORMAT_AUTO, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  result = gln_test_store_import (store, papers, 0);
  g_assert_cmpuint (result->stats.found, ==, papers->len);
}

/* Every fixture and sample, a note with awkward characters, and a collection. */
static GlnStore *
open_library (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) transformers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *sample = gln_test_shared_path ("samples", samples[i][0], samples[i][1],
                                                      NULL);

      import_file (store, sample);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *fixture = gln_test_data_path (fixtures[i][0], fixtures[i][1], NULL);

      import_file (store, fixture);
    }

  g_ptr_array_add (transformers, gln_test_store_find (store, "arxiv:1706.03762"));
  g_ptr_array_add (transformers, gln_test_store_find (store, "arxiv:1810.04805"));
  gln_store_save_note_async (store, transformers->pdata[0], 0,
                             "Read \"section 3\", twice;\nthen the appendix.", NULL,
                             gln_test_ready_cb, NULL);
  note = gln_store_save_note_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (note->id, >, 0);
  gln_test_store_create_collection (store, "Transformers", transformers);

  return g_steal_pointer (&store);
}

/* What an export of @collection (or the library) holds, read the way the export reads it. */
static GPtrArray *
collect (GlnStore   *store,
         const char *collection)
{
  g_autoptr(GError) error = NULL;
  GlnQuery query = { 0, };
  GPtrArray *papers;

  query.collection = (char *) collection;
  gln_store_collect_async (store, &query, NULL, gln_test_ready_cb, NULL);
  papers = gln_store_collect_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (papers);

  return papers;
}

/* Exports @collection (or the library), to @path when not %NULL, and returns the text. */
static char *
export (GlnStore        *store,
        const char      *collection,
        GlnExportFormat  format,
        const char      *path,
        guint           *n_papers)
{
  g_autoptr(GError) error = NULL;
  GlnExportOptions options = { "Transformers reading list", NULL, "https://lab.example/feed.xml",
                               GLN_EXPORT_CHARSET_DEFAULT };
  g_autoptr(GFile) file = path != NULL ? g_file_new_for_path (path) : NULL;
  GlnQuery query = { 0, };
  char *text;

  query.collection = (char *) collection;
  gln_export_async (store, &query, format, &options, file, NULL, gln_test_ready_cb, NULL);
  text = gln_export_finish (gln_test_wait (), n_papers, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);

  return text;
}

static void
test_formats (void)
{
  static const char * const names[] = { "bibtex", "biblatex", "ris", "csljson", "csv", "atom" };
  GlnExportFormat format;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (gln_export_format_from_string (names[i], &format));
      g_assert_cmpint (format, ==, (int) i);
      g_assert_cmpstr (gln_export_format_to_string (format), ==, names[i]);
    }
  g_assert_false (gln_export_format_from_string ("markdown", &format));
  g_assert_false (gln_export_format_from_string (NULL, &format));
}

static char *
venue (GlnPaper *paper)
{
  g_autoptr(JsonObject) extra = gln_biblio_dup_extra (paper);
  const char *container = gln_biblio_get_string (extra, "container-title");

  return g_strdup (container ? container : gln_paper_get_journal_ref (paper));
}

static void
assert_same_fields (GlnPaper           *expected,
                    GlnPaper           *actual,
                    const char * const *properties)
{
  g_autofree char *venue_a = venue (expected);
  g_autofree char *venue_b = venue (actual);

  for (guint i = 0; properties[i] != NULL; i++)
    {
      GValue a = G_VALUE_INIT;
      GValue b = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (expected), properties[i], &a);
      g_object_get_property (G_OBJECT (actual), properties[i], &b);
      if (G_VALUE_HOLDS_STRING (&a))
        g_assert_cmpstr (g_value_get_string (&a), ==, g_value_get_string (&b));
      else if (G_VALUE_HOLDS_BOXED (&a))
        {
          char *empty[] = { NULL };
          char **sa = g_value_get_boxed (&a);
          char **sb = g_value_get_boxed (&b);
          g_autofree char *ja = g_strjoinv ("|", sa ? sa : empty);
          g_autofree char *jb = g_strjoinv ("|", sb ? sb : empty);

          g_assert_cmpstr (ja, ==, jb);
        }
      else if (G_VALUE_HOLDS_BOOLEAN (&a))
        g_assert_cmpint (g_value_get_boolean (&a), ==, g_value_get_boolean (&b));
      else
        g_assert_cmpint (g_value_get_int (&a), ==, g_value_get_int (&b));
      g_value_unset (&a);
      g_value_unset (&b);
    }
  g_assert_cmpstr (venue_a, ==, venue_b);
}

typedef struct
{
  GlnExportFormat     format;
  const char * const *properties;
} RoundTrip;

static const char * const bibtex_fields[] = {
  "key", "title", "authors", "authors-truncated", "published", "date-precision", "doi",
  "arxiv-id", "arxiv-version", "category", "url", "abstract", "tags", "rating", "read",
  "starred", NULL
};
static const char * const ris_fields[] = {
  "key", "title", "authors", "published", "date-precision", "doi", "arxiv-id", "url",
  "pdf-url", "abstract", "tags", NULL
};
static const char * const csljson_fields[] = {
  "key", "title", "authors", "published", "date-precision", "doi", "arxiv-id", "url",
  "abstract", "tags", NULL
};

static const RoundTrip round_trips[] = {
  { GLN_EXPORT_FORMAT_BIBTEX, bibtex_fields },
  { GLN_EXPORT_FORMAT_BIBLATEX, bibtex_fields },
  { GLN_EXPORT_FORMAT_RIS, ris_fields },
  { GLN_EXPORT_FORMAT_CSLJSON, csljson_fields },
};

/* Library → format → papers: every field the format has comes back as the library had it. */
static void
test_library_round_trip (gconstpointer data)
{
  const RoundTrip *rt = data;
  g_autoptr(GlnStore) store = open_library ();
  g_autoptr(GPtrArray) papers = collect (store, NULL);
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  guint n_papers = 0;
  g_autofree char *text = export (store, NULL, rt->format, NULL, &n_papers);
  char *owned = g_strdup (text);

  bytes = g_bytes_new_take (owned, strlen (owned));
  parsed = gln_import_parse_full (bytes, GLN_IMPORT_FORMAT_AUTO, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_papers, ==, papers->len);
  g_assert_cmpuint (parsed->len, ==, papers->len);
  g_assert_cmpuint (papers->len, >, 40);

  for (guint i = 0; i < papers->len; i++)
    assert_same_fields (g_ptr_array_index (papers, i), g_ptr_array_index (parsed, i),
                        rt->properties);
}

static gboolean
run_tool (const char * const  *argv,
          char               **out)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *std = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                     G_SUBPROCESS_FLAGS_STDERR_MERGE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &std, &err, &error);
  g_assert_no_error (error);
  g_test_message ("%s: %s", argv[0], std);
  *out = g_steal_pointer (&std);

  return g_subprocess_get_successful (process);
}

static char *
write_export (GlnStore        *store,
              GlnExportFormat  format,
              const char      *name)
{
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  char *path = g_build_filename (g_get_user_data_dir (), name, NULL);

  text = export (store, NULL, format, path, NULL);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, text);

  return path;
}

static guint
count_entries (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] == '@' && g_ascii_strncasecmp (lines[i], "@comment", 8) != 0)
      n++;

  return n;
}

/* biber in tool mode reads the file, reports what it finds wrong and writes it out again. */
static void
test_biber (void)
{
  g_autofree char *biber = g_find_program_in_path ("biber");
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GPtrArray) papers = NULL;

  if (biber == NULL)
    {
      g_test_skip ("biber is not installed (build-aux/install-deps.sh --test)");
      return;
    }

  store = open_library ();
  papers = collect (store, NULL);
  for (guint f = 0; f < 2; f++)
    {
      GlnExportFormat format = f == 0 ? GLN_EXPORT_FORMAT_BIBTEX : GLN_EXPORT_FORMAT_BIBLATEX;
      const char *name = f == 0 ? "bibtex.bib" : "biblatex.bib";
      g_autofree char *path = write_export (store, format, name);
      g_autofree char *output = g_strconcat (path, ".out", NULL);
      g_autofree char *option = g_strconcat ("--output-file=", output, NULL);
      g_autofree char *log = NULL;
      const char *argv[] = { biber, "--tool", "--nolog", option, path, NULL };

      g_assert_true (run_tool (argv, &log));
      g_assert_null (strstr (log, "ERROR"));
      g_assert_null (strstr (log, "WARN"));
      g_assert_cmpuint (count_entries (output), ==, papers->len);
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

/* pybtex in strict mode raises on any error or warning, syntax ones included. */
static void
test_pybtex (void)
{
  static const char *script =
    "import sys\n"
    "from pybtex import errors\n"
    "from pybtex.database import parse_file\n"
    "errors.set_strict_mode(True)\n"
    "print(len(parse_file(sys.argv[1], bib_format='bibtex').entries))\n";
  g_autofree char *python = find_pybtex_python ();
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GPtrArray) papers = NULL;

  if (python == NULL)
    {
      g_test_skip ("python3-pybtex is not installed (build-aux/install-deps.sh --test)");
      return;
    }

  store = open_library ();
  papers = collect (store, NULL);
  for (guint f = 0; f < 2; f++)
    {
      GlnExportFormat format = f == 0 ? GLN_EXPORT_FORMAT_BIBTEX : GLN_EXPORT_FORMAT_BIBLATEX;
      g_autofree char *path = write_export (store, format, "pybtex.bib");
      g_autofree char *out = NULL;
      g_autofree char *expected = g_strdup_printf ("%u\n", papers->len);
      const char *argv[] = { python, "-c", script, path, NULL };

      g_assert_true (run_tool (argv, &out));
      g_assert_cmpstr (out, ==, expected);
    }
}

/* A reader of RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
/* The abstract of @paper written as BibTeX with @flags, and read back. */
static char *
bibtex_abstract (const char     *abstract,
                 GlnBibtexFlags  flags,
                 char          **read_back)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  GlnPaper *paper = gln_paper_new ();
  g_autofree char *text = NULL;
  const char *start, *end;

  gln_paper_set_title (paper, "Negative preference optimization");
  gln_paper_set_abstract (paper, abstract);
  g_ptr_array_add (papers, paper);
  text = gln_bibtex_write (papers, flags);
  again = gln_bibtex_parse (text, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 1);
  *read_back = g_strdup (gln_paper_get_abstract (g_ptr_array_index (again, 0)));

  start = strstr (text, "abstract ");
  g_assert_nonnull (start);
  start = strstr (start, "= {");
  g_assert_nonnull (start);
  start += strlen ("= {");
  end = strstr (start, "}\n");
  g_assert_nonnull (end);

  return g_strndup (start, end - start);
}

/* Issue 14, item 19: LaTeX from a listing stays LaTeX in a .bib file; what is not LaTeX is
 * escaped. */
static void
test_bibtex_latex_abstract (void)
{
  static const struct { const char *abstract; const char *written; const char *read; } cases[] = {
    /* LaTeX, kept and read back the same. */
    { "We propose \\textbf{NPO}, 200--500 {\\deg}C and $O(n^2)$ \\emph{steps}.",
      "We propose \\textbf{NPO}, 200--500 {\\deg}C and $O(n^2)$ \\emph{steps}.", NULL },
    /* Characters LaTeX would take for markup beside it are escaped. */
    { "\\textbf{NPO} wins 10% of R&D_1 {",
      "\\textbf{NPO} wins 10\\% of R\\&D\\_1 \\textbraceleft{}",
      "\\textbf{NPO} wins 10\\% of R\\&D\\_1 {" },
    /* Plain text is plain text, whatever its braces and backslashes. */
    { "Sets {a, b} cost 5% & more_x.",
      "Sets \\{a, b\\} cost 5\\% \\& more\\_x.", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint f = 0; f < 2; f++)
      {
        g_autofree char *read = NULL;
        g_autofree char *written = bibtex_abstract (cases[i].abstract,
                                                    f ? GLN_BIBTEX_FLAGS_ASCII
                                                      : GLN_BIBTEX_FLAGS_NONE,
                                                    &read);

        g_assert_null (strstr (written, "textbackslash{}textbf"));
        g_assert_cmpstr (written, ==, cases[i].written);
        g_assert_cmpstr (read, ==, cases[i].read ? cases[i].read : cases[i].abstract);
      }
}

static GPtrArray *
read_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p++;
        }
      else
        {
          /* A bare line feed outside quotes is not RFC 4180. */
          g_assert_cmpint (*p, !=, '\n');
          g_string_append_c (field, *p);
        }
    }
  g_assert_false (quoted);
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);

  return rows;
}

static void
test_csv (void)
{
  g_autoptr(GlnStore) store = open_library ();
  g_autoptr(GPtrArray) papers = collect (store, NULL);
  g_autofree char *text = export (store, NULL, GLN_EXPORT_FORMAT_CSV, NULL, NULL);
  g_autoptr(GPtrArray) rows = read_csv (text);
  GPtrArray *header = rows->pdata[0];
  gboolean found = FALSE;

  g_assert_cmpuint (rows->len, ==, papers->len + 1);
  g_assert_cmpstr (header->pdata[0], ==, "key");
  g_assert_cmpstr (header->pdata[header->len - 1], ==, "notes");
  for (guint i = 1; i < rows->len; i++)
    {
      GPtrArray *row = rows->pdata[i];

      g_assert_cmpuint (row->len, ==, header->len);
      if (g_strcmp0 (row->pdata[0], "arxiv:1706.03762") == 0)
        {
          found = TRUE;
          g_assert_cmpstr (row->pdata[2], ==, "Attention Is All You Need");
          g_assert_cmpstr (row->pdata[header->len - 1], ==,
                           "Read \"section 3\", twice;\nthen the appendix.");
          g_assert_cmpstr (row->pdata[header->len - 2], ==, "Transformers");
        }
      if (g_strcmp0 (row->pdata[0], "doi:10.5555/jmlr.2022.151") == 0)
        {
          g_assert_cmpstr (row->pdata[15], ==, "4");
          g_assert_cmpstr (row->pdata[16], ==, "yes");
          g_assert_cmpstr (row->pdata[17], ==, "yes");
          g_assert_cmpstr (row->pdata[14], ==,
                           "information retrieval; ranking; Reading list; transformers");
        }
    }
  g_assert_true (found);
}

static xmlNode *
child (xmlNode    *parent,
       const char *name)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, BAD_CAST name))
      return node;

  return NULL;
}

static void
test_atom (void)
{
  g_autoptr(GlnStore) store = open_library ();
  g_autoptr(GPtrArray) papers = collect (store, "Transformers");
  g_autofree char *text = export (store, "Transformers", GLN_EXPORT_FORMAT_ATOM, NULL, NULL);
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GPtrArray) arxiv = NULL;
  g_autoptr(GPtrArray) rss = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *channel = NULL;
  xmlNode *feed;
  xmlChar *title;
  guint n_entries = 0;

  g_assert_cmpuint (papers->len, ==, 2);

  /* libxml2: well-formed, an Atom feed, and every entry has what RFC 4287 requires. */
  doc = xmlReadMemory (text, strlen (text), "feed.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  feed = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) feed->name, ==, "feed");
  g_assert_cmpstr ((const char *) feed->ns->href, ==, "http://www.w3.org/2005/Atom");
  g_assert_nonnull (child (feed, "id"));
  g_assert_nonnull (child (feed, "updated"));
  g_assert_nonnull (child (feed, "author"));
  title = xmlNodeGetContent (child (feed, "title"));
  g_assert_cmpstr ((const char *) title, ==, "Transformers reading list");
  xmlFree (title);
  for (xmlNode *node = feed->children; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE || !xmlStrEqual (node->name, BAD_CAST "entry"))
        continue;
      n_entries++;
      g_assert_nonnull (child (node, "id"));
      g_assert_nonnull (child (node, "title"));
      g_assert_nonnull (child (node, "updated"));
    }
  g_assert_cmpuint (n_entries, ==, papers->len);

  /* Gleaner's own readers: the arXiv Atom parser and the feed parser. */
  g_assert_true (gln_arxiv_source_parse_full (bytes, &arxiv, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (arxiv->len, ==, papers->len);
  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *a = g_ptr_array_index (papers, i);
      GlnPaper *b = g_ptr_array_index (arxiv, i);

      g_assert_cmpstr (gln_paper_get_key (b), ==, gln_paper_get_key (a));
      g_assert_cmpstr (gln_paper_get_title (b), ==, gln_paper_get_title (a));
      g_assert_cmpstr (gln_paper_get_abstract (b), ==, gln_paper_get_abstract (a));
      /* Atom dates are whole days: "2017" comes back as 2017-01-01. */
      g_assert_true (g_str_has_prefix (gln_paper_get_published (b), gln_paper_get_published (a)));
      g_assert_true (g_strv_equal (gln_paper_get_authors (b), gln_paper_get_authors (a)));
    }

  g_assert_true (gln_rss_source_parse_full (bytes, &rss, &channel, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rss->len, ==, papers->len);
  g_assert_cmpstr (channel, ==, "Transformers reading list");
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (rss, 0)), ==,
                   gln_paper_get_title (g_ptr_array_index (papers, 0)));
}

static void
test_write_file (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "exports", NULL);
  g_autofree char *path = g_build_filename (dir, "out.bib", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir", "out.bib", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) error = NULL;
  guint n_files = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (gln_export_write_file (path, "first", -1, &error));
  g_assert_true (gln_export_write_file (path, "second version", -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "second version");

  /* A failed write reports where and leaves nothing behind, no temporary file either. */
  g_assert_false (gln_export_write_file (missing, "lost", -1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

/* A file that is not local (here a resource, which cannot be written) goes through GIO:
 * the export fails and says where, instead of doing nothing. */
static void
test_write_non_local (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GFile) file = g_file_new_for_uri ("resource:///io/github/gleaner/test/out.bib");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GlnQuery query = { 0, };

  gln_export_async (store, &query, GLN_EXPORT_FORMAT_BIBTEX, NULL, file, NULL,
                    gln_test_ready_cb, NULL);
  text = gln_export_finish (gln_test_wait (), NULL, &error);
  g_assert_null (text);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "resource:///io/github/gleaner/test/out.bib"));
}

/* JabRef's rating, read state, star and groups reach the library, but never over what the
 * user set there. */
static void
test_user_data (void)
{
  g_autofree char *fixture = gln_test_data_path ("bibtex", "library.bib", NULL);
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(JsonObject) extra = NULL;

  import_file (store, fixture);

  paper = gln_test_store_find (store, "doi:10.5555/jmlr.2022.151");
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 4);
  g_assert_true (gln_paper_get_read (paper));
  g_assert_true (gln_paper_get_starred (paper));
  g_assert_cmpuint (g_strv_length ((char **) gln_paper_get_tags (paper)), ==, 4);
  /* The bibliographic fields are stored with the paper. */
  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_biblio_get_string (extra, "volume"), ==, "23");

  gln_store_set_rating_async (store, paper, 2, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_remove_tag_async (store, paper, "ranking", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_clear_object (&paper);
  import_file (store, fixture);
  paper = gln_test_store_find (store, "doi:10.5555/jmlr.2022.151");
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) gln_paper_get_tags (paper)), ==, 3);
}

/* The same paper from RIS, then BibTeX: the bibliographic fields merge key by key. */
static void
test_extra_merge (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(JsonObject) extra = NULL;
  g_autofree char *ris = gln_test_data_path ("ris", "library.ris", NULL);
  g_autofree char *csl = gln_test_data_path ("csljson", "library.json", NULL);

  import_file (store, ris);
  import_file (store, csl);

  paper = gln_test_store_find (store, "doi:10.1371/journal.pone.0033693");
  extra = gln_biblio_dup_extra (paper);
  /* RIS came first and keeps its values; CSL-JSON adds what RIS did not have. */
  g_assert_cmpstr (gln_biblio_get_string (gln_biblio_get_object (extra, "ris"), "TY"), ==, "JOUR");
  g_assert_nonnull (gln_biblio_get_object (extra, "csl"));
  g_assert_cmpstr (gln_biblio_get_string (extra, "volume"), ==, "7");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (round_trips); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/export/round-trip/%s",
                                               gln_export_format_to_string (round_trips[i].format));

      gln_test_add_shared_data_func (path, &round_trips[i], test_library_round_trip);
    }
  g_test_add_func ("/gln/export/formats", test_formats);
  gln_test_add_shared_func ("/gln/export/biber", test_biber);
  gln_test_add_shared_func ("/gln/export/pybtex", test_pybtex);
  gln_test_add_shared_func ("/gln/export/csv", test_csv);
  gln_test_add_shared_func ("/gln/export/atom", test_atom);
  g_test_add_func ("/gln/export/bibtex-latex-abstract", test_bibtex_latex_abstract);
  g_test_add_func ("/gln/export/write-file", test_write_file);
  g_test_add_func ("/gln/export/write-non-local", test_write_non_local);
  g_test_add_func ("/gln/export/user-data", test_user_data);
  g_test_add_func ("/gln/export/extra-merge", test_extra_merge);

  return g_test_run ();
}
