/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* g_set_str() arrived in GLib 2.76; this is the same contract for our floor. */
static inline gboolean
gln_set_str (char       **str_pointer,
             const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str ||
      (*str_pointer != NULL && new_str != NULL && strcmp (*str_pointer, new_str) == 0))
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;

  return TRUE;
}

static inline gboolean
gln_str_empty0 (const char *str)
{
  return str == NULL || str[0] == '\0';
}

G_END_DECLS
