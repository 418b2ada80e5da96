/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-note.h"

void
gln_note_free (GlnNote *note)
{
  if (note == NULL)
    return;

  g_free (note->body);
  g_free (note);
}
