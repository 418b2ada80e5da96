/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-board"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "gln-board.h"

#include "gln-error.h"
#include "gln-macros.h"

G_DEFINE_BOXED_TYPE (GlnBoardColumn, gln_board_column, gln_board_column_copy, gln_board_column_free)

static const char * const kind_names[] = {
  [GLN_BOARD_KIND_TEXT] = "text",
  [GLN_BOARD_KIND_SCORE] = "score",
  [GLN_BOARD_KIND_NUMBER] = "number",
  [GLN_BOARD_KIND_CHOICE] = "choice",
};

const char *
gln_board_kind_to_string (GlnBoardKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}

gboolean
gln_board_kind_from_string (const char   *name,
                            GlnBoardKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_strcmp0 (name, kind_names[i]) == 0)
        {
          *kind = (GlnBoardKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

GlnBoardColumn *
gln_board_column_new (void)
{
  return g_new0 (GlnBoardColumn, 1);
}

GlnBoardColumn *
gln_board_column_copy (const GlnBoardColumn *self)
{
  GlnBoardColumn *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->name = g_strdup (self->name);
  copy->choices = g_strdupv (self->choices);

  return copy;
}

void
gln_board_column_free (GlnBoardColumn *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_strfreev (self->choices);
  g_free (self);
}

static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  /* Accept a decimal comma as typed in many locales. */
  g_strdelimit (copy, ",", '.');
  *value = g_ascii_strtod (copy, &end);

  return end != copy && *end == '\0';
}

/**
 * gln_board_column_normalize:
 * @self: a column
 * @value: (nullable): what the user typed; %NULL or empty clears the cell
 * @normalized: (out) (transfer full) (nullable): the value to store, %NULL for an empty cell
 * @error: return location for a #GError
 *
 * Checks a cell value against the column's kind: a score is a whole number from 0 to 5, a
 * number parses as one, a choice is one of the column's values (matched without regard to
 * case and stored as the column spells it).
 *
 * Returns: %TRUE if @value fits the column
 */
gboolean
gln_board_column_normalize (const GlnBoardColumn  *self,
                            const char            *value,
                            char                 **normalized,
                            GError               **error)
{
  g_autofree char *stripped = NULL;
  double number;

  g_return_val_if_fail (self != NULL, FALSE);

  *normalized = NULL;
  if (value == NULL)
    return TRUE;

  stripped = g_strstrip (g_strdup (value));
  if (stripped[0] == '\0')
    return TRUE;

  switch (self->kind)
    {
    case GLN_BOARD_KIND_SCORE:
      if (!parse_number (stripped, &number) || number != (int) number || number < 0 || number > 5)
        {
          g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                       _("“%s” is a score from 0 to 5, not “%s”"), self->name, stripped);
          return FALSE;
        }
      *normalized = g_strdup_printf ("%d", (int) number);
      return TRUE;

    case GLN_BOARD_KIND_NUMBER:
      if (!parse_number (stripped, &number))
        {
          g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                       _("“%s” holds numbers, not “%s”"), self->name, stripped);
          return FALSE;
        }
      *normalized = g_steal_pointer (&stripped);
      g_strdelimit (*normalized, ",", '.');
      return TRUE;

    case GLN_BOARD_KIND_CHOICE:
      for (guint i = 0; self->choices != NULL && self->choices[i] != NULL; i++)
        {
          g_autofree char *a = g_utf8_casefold (self->choices[i], -1);
          g_autofree char *b = g_utf8_casefold (stripped, -1);

          if (g_strcmp0 (a, b) == 0)
            {
              *normalized = g_strdup (self->choices[i]);
              return TRUE;
            }
        }
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("“%s” is not one of the choices of “%s”"), stripped, self->name);
      return FALSE;

    case GLN_BOARD_KIND_TEXT:
    default:
      *normalized = g_strdup (value);
      return TRUE;
    }
}

/* Case does not order text: "beta" comes after "Alpha" in every locale. */
static int
compare_text (const char *a,
              const char *b)
{
  g_autofree char *x = g_utf8_casefold (a, -1);
  g_autofree char *y = g_utf8_casefold (b, -1);
  int result = g_utf8_collate (x, y);

  return result != 0 ? result : strcmp (a, b);
}

static int
choice_index (const GlnBoardColumn *self,
              const char           *value)
{
  for (guint i = 0; self->choices != NULL && self->choices[i] != NULL; i++)
    if (g_strcmp0 (self->choices[i], value) == 0)
      return (int) i;

  return G_MAXINT;
}

/**
 * gln_board_column_compare:
 * @self: a column
 * @a: (nullable): a cell value
 * @b: (nullable): another
 *
 * Orders two cells of the column the way its kind means: text by the locale's collation,
 * scores and numbers by value, choices in the order the user defined. Empty cells come last.
 *
 * Returns: negative, zero or positive, as strcmp()
 */
int
gln_board_column_compare (const GlnBoardColumn *self,
                          const char           *a,
                          const char           *b)
{
  gboolean a_empty = gln_str_empty0 (a);
  gboolean b_empty = gln_str_empty0 (b);
  double x, y;

  g_return_val_if_fail (self != NULL, 0);

  if (a_empty || b_empty)
    return a_empty - b_empty;

  switch (self->kind)
    {
    case GLN_BOARD_KIND_SCORE:
    case GLN_BOARD_KIND_NUMBER:
      if (parse_number (a, &x) && parse_number (b, &y))
        return (x > y) - (x < y);
      return compare_text (a, b);

    case GLN_BOARD_KIND_CHOICE:
      {
        int i = choice_index (self, a);
        int j = choice_index (self, b);

        if (i != j)
          return (i > j) - (i < j);
        return compare_text (a, b);
      }

    case GLN_BOARD_KIND_TEXT:
    default:
      return compare_text (a, b);
    }
}

/**
 * gln_board_cell_key:
 * @column_id: a criteria column
 * @paper_id: a paper of the board
 *
 * Returns: (transfer full): the key of the cell in #GlnBoardState's cells
 */
char *
gln_board_cell_key (gint64 column_id,
                    gint64 paper_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, column_id, paper_id);
}
