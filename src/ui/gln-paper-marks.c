/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-paper-marks"

#include "config.h"

#include "gln-paper-marks.h"

/* The papers marked with X to go side by side, in the order they were marked. One list for
 * the application: the rows of every paper list show the mark and follow its changes, and
 * the marks stay after comparing, until the user takes them off (X again) or the library
 * closes. */

/**
 * gln_paper_marks_get_default:
 *
 * Returns: (transfer none): the marked #GlnPaper objects
 */
GListModel *
gln_paper_marks_get_default (void)
{
  static GListStore *marks;

  if (marks == NULL)
    marks = g_list_store_new (GLN_TYPE_PAPER);

  return G_LIST_MODEL (marks);
}

gboolean
gln_paper_marks_contains (GlnPaper *paper)
{
  return g_list_store_find (G_LIST_STORE (gln_paper_marks_get_default ()), paper, NULL);
}

/* Marks @paper; %FALSE when it could not be, as the most are marked already. */
gboolean
gln_paper_marks_add (GlnPaper *paper)
{
  GListModel *marks = gln_paper_marks_get_default ();

  g_return_val_if_fail (GLN_IS_PAPER (paper), FALSE);

  if (gln_paper_marks_contains (paper))
    return TRUE;
  if (g_list_model_get_n_items (marks) >= GLN_PAPER_MARKS_MAX)
    return FALSE;

  g_list_store_append (G_LIST_STORE (marks), paper);
  return TRUE;
}

void
gln_paper_marks_remove (GlnPaper *paper)
{
  guint position;

  if (g_list_store_find (G_LIST_STORE (gln_paper_marks_get_default ()), paper, &position))
    g_list_store_remove (G_LIST_STORE (gln_paper_marks_get_default ()), position);
}

/* Returns: (transfer container): the marked papers, as side by side takes them */
GPtrArray *
gln_paper_marks_dup_papers (void)
{
  GListModel *marks = gln_paper_marks_get_default ();
  GPtrArray *papers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (marks); i++)
    g_ptr_array_add (papers, g_list_model_get_item (marks, i));

  return papers;
}

void
gln_paper_marks_clear (void)
{
  g_list_store_remove_all (G_LIST_STORE (gln_paper_marks_get_default ()));
}
