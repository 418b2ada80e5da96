/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-csv"

#include "config.h"

#include "gln-csv.h"

#include "gln-biblio.h"
#include "gln-macros.h"
#include "gln-paper.h"

#include <string.h>

/* One row per paper for spreadsheets, RFC 4180: CRLF line ends, a header row, fields
 * quoted when they hold a comma, a quote or a line break, quotes doubled. */

static const char * const columns[] = {
  "key", "cite_key", "title", "authors", "year", "published", "venue", "doi", "arxiv_id",
  "url", "pdf_url", "code_url", "categories", "abstract", "tags", "rating", "starred", "read",
  "collections", "notes",
};

/* A cell a spreadsheet would run as a formula: one that begins with "=", "+", "-", "@", a tab
 * or a carriage return (OWASP, "CSV Injection"). A number ("-3.5", "+2", "1e-3") cannot be
 * one, so that the numbers of a board column stay numbers. */
static gboolean
is_formula (const char *value)
{
  const char *p = value;

  if (value[0] == '\0' || strchr ("=+-@\t\r", value[0]) == NULL)
    return FALSE;
  if (*p == '+' || *p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return TRUE;
  while (g_ascii_isdigit (*p))
    p++;
  if ((*p == '.' || *p == ',') && g_ascii_isdigit (p[1]))
    for (p++; g_ascii_isdigit (*p); p++)
      ;
  if ((*p == 'e' || *p == 'E') && (g_ascii_isdigit (p[1]) ||
                                   ((p[1] == '-' || p[1] == '+') && g_ascii_isdigit (p[2]))))
    for (p += 2; g_ascii_isdigit (*p); p++)
      ;

  return *p != '\0';
}

/**
 * gln_csv_append_field:
 * @out: where to append
 * @value: (nullable): the field; %NULL is an empty field
 *
 * Appends one field, quoted when RFC 4180 needs it. A field a spreadsheet would run as a
 * formula ("=cmd|' /C calc'!A0", "@SUM(A1)", "-2+3") is written quoted behind a single quote,
 * which spreadsheets show as text, as OWASP advises; numbers, negative ones included, are
 * written as they are. Every CSV of Gleaner (papers, board, screening) is written here.
 */
void
gln_csv_append_field (GString    *out,
                      const char *value)
{
  gboolean formula;

  if (value == NULL)
    return;

  formula = is_formula (value);
  if (!formula && strpbrk (value, ",\"\r\n") == NULL && !g_ascii_isspace (value[0]) &&
      (value[0] == '\0' || !g_ascii_isspace (value[strlen (value) - 1])))
    {
      g_string_append (out, value);
      return;
    }

  g_string_append (out, formula ? "\"'" : "\"");
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
join (const char * const *values,
      const char         *separator)
{
  if (values == NULL || values[0] == NULL)
    return NULL;

  return g_strjoinv (separator, (char **) values);
}

static void
write_row (GString    *out,
           GlnPaper   *paper,
           const char *notes,
           GHashTable *keys)
{
  g_autoptr(JsonObject) extra = gln_biblio_dup_extra (paper);
  g_autofree char *cite_key = gln_biblio_make_cite_key (paper, extra, keys);
  g_autofree char *authors = join (gln_paper_get_authors (paper), "; ");
  g_autofree char *categories = join (gln_paper_get_categories (paper), " ");
  g_autofree char *tags = join (gln_paper_get_tags (paper), "; ");
  g_autofree char *collections = join (gln_paper_get_collections (paper), "; ");
  g_autofree char *year = NULL;
  g_autofree char *rating = g_strdup_printf ("%d", gln_paper_get_rating (paper));
  const char *venue = gln_biblio_get_string (extra, "container-title");
  const char *values[G_N_ELEMENTS (columns)];
  guint n = 0;

  if (gln_paper_get_year (paper) > 0)
    year = g_strdup_printf ("%d", gln_paper_get_year (paper));
  if (venue == NULL)
    venue = gln_paper_get_journal_ref (paper);

  values[n++] = gln_paper_get_key (paper);
  values[n++] = cite_key;
  values[n++] = gln_paper_get_title (paper);
  values[n++] = authors;
  values[n++] = year;
  values[n++] = gln_paper_get_published (paper);
  values[n++] = venue;
  values[n++] = gln_paper_get_doi (paper);
  values[n++] = gln_paper_get_arxiv_id (paper);
  values[n++] = gln_paper_get_url (paper);
  values[n++] = gln_paper_get_pdf_url (paper);
  values[n++] = gln_paper_get_code_url (paper);
  values[n++] = categories;
  values[n++] = gln_paper_get_abstract (paper);
  values[n++] = tags;
  values[n++] = rating;
  values[n++] = gln_paper_get_starred (paper) ? "yes" : "no";
  values[n++] = gln_paper_get_read (paper) ? "yes" : "no";
  values[n++] = collections;
  values[n++] = notes;
  g_assert (n == G_N_ELEMENTS (columns));

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      gln_csv_append_field (out, values[i]);
    }
  g_string_append (out, "\r\n");
}

/**
 * gln_csv_write:
 * @papers: (element-type GlnPaper): the papers
 * @notes: (nullable) (element-type utf8): the notes of each paper, parallel to @papers
 *
 * Writes a header and one row per paper: its metadata, a citation key, and what the user
 * added (rating, star, read state, tags, collections, notes).
 *
 * Returns: (transfer full): the CSV text, UTF-8
 */
char *
gln_csv_write (GPtrArray *papers,
               GPtrArray *notes)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (papers != NULL, NULL);
  g_return_val_if_fail (notes == NULL || notes->len == papers->len, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, columns[i]);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < papers->len; i++)
    write_row (out, g_ptr_array_index (papers, i), notes ? g_ptr_array_index (notes, i) : NULL,
               keys);

  return g_string_free (out, FALSE);
}
