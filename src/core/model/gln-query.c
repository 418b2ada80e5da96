/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-query"

#include "config.h"

#include "gln-query.h"

G_DEFINE_BOXED_TYPE (GlnQuery, gln_query, gln_query_copy, gln_query_free)

GlnQuery *
gln_query_new (void)
{
  return g_new0 (GlnQuery, 1);
}

GlnQuery *
gln_query_copy (const GlnQuery *self)
{
  GlnQuery *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->text = g_strdup (self->text);
  copy->collection = g_strdup (self->collection);
  copy->tag = g_strdup (self->tag);
  copy->category = g_strdup (self->category);
  copy->published_from = g_strdup (self->published_from);
  copy->published_to = g_strdup (self->published_to);

  return copy;
}

void
gln_query_free (GlnQuery *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self->collection);
  g_free (self->tag);
  g_free (self->category);
  g_free (self->published_from);
  g_free (self->published_to);
  g_free (self);
}
