/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Tables of text and their CSV (RFC 4180), Markdown and LaTeX (tabular) forms. */

#define G_LOG_DOMAIN "gln-table"

#include "config.h"

#include <string.h>

#include "gln-table.h"

#include "gln-csv.h"
#include "gln-latex.h"

GlnTable *
gln_table_new (const char * const *headers)
{
  GlnTable *self = g_new0 (GlnTable, 1);

  self->headers = g_strdupv ((char **) headers);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->cite_column = -1;

  return self;
}

void
gln_table_free (GlnTable *self)
{
  if (self == NULL)
    return;

  g_strfreev (self->headers);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

/**
 * gln_table_add_row:
 * @self: a #GlnTable
 * @cells: (transfer full): one cell per header; %NULL cells must not appear before the end
 */
void
gln_table_add_row (GlnTable *self,
                   GStrv     cells)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (g_strv_length (cells) == g_strv_length (self->headers));

  g_ptr_array_add (self->rows, cells);
}

static void
append_csv_row (GString            *out,
                const char * const *cells)
{
  for (guint i = 0; cells[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      gln_csv_append_field (out, cells[i]);
    }
  g_string_append (out, "\r\n");
}

/**
 * gln_table_to_csv:
 * @self: a #GlnTable
 *
 * Returns: (transfer full): the table as RFC 4180 CSV with a header row and CRLF line ends
 */
char *
gln_table_to_csv (const GlnTable *self)
{
  GString *out = g_string_new (NULL);

  append_csv_row (out, (const char * const *) self->headers);
  for (guint i = 0; i < self->rows->len; i++)
    append_csv_row (out, g_ptr_array_index (self->rows, i));

  return g_string_free (out, FALSE);
}

static void
append_markdown_cell (GString    *out,
                      const char *cell)
{
  g_autofree char *stripped = g_strstrip (g_strdup (cell ? cell : ""));

  g_string_append_c (out, ' ');
  for (const char *p = stripped; *p != '\0'; p++)
    {
      if (*p == '|' || *p == '\\')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "<br>");
      else if (*p != '\r')
        g_string_append_c (out, *p);
    }
  g_string_append (out, " |");
}

/**
 * gln_table_to_markdown:
 * @self: a #GlnTable
 *
 * Returns: (transfer full): the table as a GitHub-flavoured Markdown table; pipes are
 *   escaped and line breaks inside cells become `<br>`
 */
char *
gln_table_to_markdown (const GlnTable *self)
{
  GString *out = g_string_new ("|");

  for (guint i = 0; self->headers[i] != NULL; i++)
    append_markdown_cell (out, self->headers[i]);
  g_string_append (out, "\n|");
  for (guint i = 0; self->headers[i] != NULL; i++)
    g_string_append (out, " --- |");
  g_string_append_c (out, '\n');

  for (guint r = 0; r < self->rows->len; r++)
    {
      const char * const *cells = g_ptr_array_index (self->rows, r);

      g_string_append_c (out, '|');
      for (guint i = 0; cells[i] != NULL; i++)
        append_markdown_cell (out, cells[i]);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/**
 * gln_latex_escape_text:
 * @text: (nullable): plain text
 *
 * Returns: (transfer full): @text with LaTeX's special characters escaped, so that it prints
 *   as written; line breaks become "; ", tabs spaces, and other control characters go
 */
char *
gln_latex_escape_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* What LaTeX would read as markup is spelled as the text/ table spells it. */
      if (c < 0x80 && strchr ("\\~^&%$#_{}", (char) c) != NULL)
        gln_latex_append_ascii (out, c);
      else if (c == '\n')
        g_string_append (out, "; ");
      else if (c == '\t')
        g_string_append_c (out, ' ');
      else if (c >= 0x20 && (c < 0x7f || c > 0x9f))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

static void
append_latex_row (GString            *out,
                  const char * const *cells,
                  int                 cite_column)
{
  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;
      const char *first;

      /* Citation keys are letters, digits and ":-_." (gln_biblio_make_cite_key()). */
      if ((int) i == cite_column && cells[i][0] != '\0')
        escaped = g_strdup_printf ("\\cite{%s}", cells[i]);
      else
        escaped = gln_latex_escape_text (cells[i]);
      first = escaped + strspn (escaped, " ");

      if (i > 0)
        g_string_append (out, " & ");
      /* After the "\\" of the row above, "[" and "*" would be read as its arguments. */
      else if (*first == '[' || *first == '*')
        g_string_append (out, "{}");
      g_string_append (out, escaped);
    }
  g_string_append (out, " \\\\\n");
}

/**
 * gln_table_to_latex:
 * @self: a #GlnTable
 *
 * Returns: (transfer full): the table as a LaTeX `tabular` (long text columns wrap), every
 *   cell escaped
 */
char *
gln_table_to_latex (const GlnTable *self)
{
  GString *out = g_string_new ("\\begin{tabular}{");
  guint n = g_strv_length (self->headers);

  for (guint i = 0; i < n; i++)
    {
      gsize longest = strlen (self->headers[i]);

      for (guint r = 0; r < self->rows->len; r++)
        longest = MAX (longest, strlen (((char **) g_ptr_array_index (self->rows, r))[i]));
      g_string_append (out, longest > 24 ? "p{4.5cm}" : "l");
    }
  g_string_append (out, "}\n\\hline\n");
  append_latex_row (out, (const char * const *) self->headers, -1);
  g_string_append (out, "\\hline\n");
  for (guint r = 0; r < self->rows->len; r++)
    append_latex_row (out, g_ptr_array_index (self->rows, r), self->cite_column);
  g_string_append (out, "\\hline\n\\end{tabular}\n");

  return g_string_free (out, FALSE);
}
