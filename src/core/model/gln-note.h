/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * GlnNote:
 * @id: the note's id
 * @body: its Markdown text
 * @created: when it was written, as Unix time
 * @modified: when it was last changed, as Unix time
 *
 * One of a paper's notes.
 */
typedef struct
{
  gint64  id;
  char   *body;
  gint64  created;
  gint64  modified;
} GlnNote;

void gln_note_free (GlnNote *note);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnNote, gln_note_free)

G_END_DECLS
