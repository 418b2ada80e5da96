/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"

G_BEGIN_DECLS

/**
 * GlnMergeSide:
 * @GLN_MERGE_SIDE_NONE: not chosen yet
 * @GLN_MERGE_SIDE_A: the paper the library held first
 * @GLN_MERGE_SIDE_B: the other one
 *
 * Which of two possible duplicates a value, a decision or the master record comes from.
 */
typedef enum
{
  GLN_MERGE_SIDE_NONE,
  GLN_MERGE_SIDE_A,
  GLN_MERGE_SIDE_B,
} GlnMergeSide;

#define GLN_TYPE_MERGE_PANE (gln_merge_pane_get_type ())
G_DECLARE_FINAL_TYPE (GlnMergePane, gln_merge_pane, GLN, MERGE_PANE, GtkWidget)

GtkWidget    *gln_merge_pane_new           (void);
void          gln_merge_pane_set_duplicate (GlnMergePane       *self,
                                            const GlnDuplicate *duplicate);
GlnPaper     *gln_merge_pane_get_paper     (GlnMergePane       *self,
                                            GlnMergeSide        side);
GlnMergeSide  gln_merge_pane_get_master    (GlnMergePane       *self);
void          gln_merge_pane_set_master    (GlnMergePane       *self,
                                            GlnMergeSide        side);
GtkWidget    *gln_merge_pane_get_choice    (GlnMergePane       *self,
                                            const char         *field,
                                            GlnMergeSide        side);
gboolean      gln_merge_pane_get_ready     (GlnMergePane       *self);
GStrv         gln_merge_pane_dup_take      (GlnMergePane       *self);

G_END_DECLS
