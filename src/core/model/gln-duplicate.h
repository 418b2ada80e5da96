/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-paper.h"

G_BEGIN_DECLS

/**
 * GlnDuplicateScreening:
 * @collection_id: the collection
 * @collection: its name
 * @status_a: the first paper's decision there (a #GlnScreening), or -1 when not in it
 * @status_b: the second paper's decision, or -1
 *
 * How two possible duplicates are screened in one collection that holds either.
 */
typedef struct
{
  gint64  collection_id;
  char   *collection;
  int     status_a;
  int     status_b;
} GlnDuplicateScreening;

/**
 * GlnDuplicate:
 * @paper_a: the paper the library held first
 * @paper_b: the other one
 * @reason: why they look alike: one of the `GLN_DUPLICATE_REASON_*` codes
 * @screening: (element-type GlnDuplicateScreening): the collections holding either paper
 *
 * Two papers kept apart that may be the same work, for the user to merge or dismiss.
 */
typedef struct
{
  GlnPaper  *paper_a;
  GlnPaper  *paper_b;
  char      *reason;
  GPtrArray *screening;
} GlnDuplicate;

/* Why two papers were kept apart but shown as possible duplicates. */
#define GLN_DUPLICATE_REASON_GENERIC_TITLE   "generic-title"
#define GLN_DUPLICATE_REASON_SAME_FILE       "same-file"
#define GLN_DUPLICATE_REASON_AUTHORS_DIFFER  "authors-differ"
#define GLN_DUPLICATE_REASON_YEARS_DIFFER    "years-differ"
#define GLN_DUPLICATE_REASON_IDS_DIFFER      "ids-differ"
#define GLN_DUPLICATE_REASON_WORKED_PAPER    "worked-paper"
#define GLN_DUPLICATE_REASON_FOUND_ID        "found-id"

/**
 * GlnDuplicateField:
 * @name: the field's name, as gln_store_merge_duplicates_async() takes it
 * @label: (not nullable): what the merge pane calls it, translated by gln_duplicate_field_label()
 *
 * A field the user chooses between when merging two papers.
 */
typedef struct
{
  const char *name;
  const char *label;
} GlnDuplicateField;

GlnDuplicate            *gln_duplicate_new              (GlnPaper           *paper_a,
                                                         GlnPaper           *paper_b,
                                                         const char         *reason);
void                     gln_duplicate_free             (GlnDuplicate       *self);
gboolean                 gln_duplicate_has_conflict     (const GlnDuplicate *self);
const char              *gln_duplicate_describe_reason  (const char         *reason);
const GlnDuplicateField *gln_duplicate_get_fields       (guint              *n_fields);
const char              *gln_duplicate_field_label      (const GlnDuplicateField *field);
char                    *gln_duplicate_dup_value        (GlnPaper           *paper,
                                                         const char         *field);
void                     gln_duplicate_screening_free   (GlnDuplicateScreening *screening);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnDuplicate, gln_duplicate_free)

G_END_DECLS
