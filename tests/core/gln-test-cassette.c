/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "gln-test-cassette.h"

#include <string.h>

static void
interaction_free (GlnTestInteraction *self)
{
  g_free (self->uri);
  g_clear_pointer (&self->body, g_bytes_unref);
  g_free (self);
}

/* A single-quoted YAML scalar starting at @start (after the quote), folded over lines:
 * a line break between text is a space, an empty line a newline, '' a quote. */
static GBytes *
read_quoted (char  **lines,
             guint  *index,
             const char *start)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = start;
  gboolean first = TRUE;

  for (; lines[*index] != NULL; (*index)++)
    {
      if (!first)
        {
          p = lines[*index];
          while (*p == ' ')
            p++;
          if (*p == '\0')
            {
              g_string_append_c (out, '\n');
              continue;
            }
          if (out->len > 0 && out->str[out->len - 1] != '\n')
            g_string_append_c (out, ' ');
        }
      first = FALSE;
      for (; *p != '\0'; p++)
        {
          if (*p == '\'' && p[1] == '\'')
            {
              g_string_append_c (out, '\'');
              p++;
            }
          else if (*p == '\'')
            return g_string_free_to_bytes (g_steal_pointer (&out));
          else
            g_string_append_c (out, *p);
        }
    }

  g_error ("unterminated quoted scalar in cassette");
}

GPtrArray *
gln_test_cassette_load (const char *path)
{
  g_autoptr(GPtrArray) interactions = g_ptr_array_new_with_free_func ((GDestroyNotify) interaction_free);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GlnTestInteraction *current = NULL;

  if (!g_file_get_contents (path, &text, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      while (*line == ' ')
        line++;
      if (g_str_has_prefix (line, "uri: "))
        {
          current = g_new0 (GlnTestInteraction, 1);
          current->uri = g_strdup (line + strlen ("uri: "));
          current->status = 200;
          g_ptr_array_add (interactions, current);
        }
      else if (current != NULL && (g_str_has_prefix (line, "string: '") ||
                                   g_str_has_prefix (line, "content: '")))
        current->body = read_quoted (lines, &i, strchr (line, '\'') + 1);
      else if (current != NULL && (g_str_has_prefix (line, "code: ") ||
                                   g_str_has_prefix (line, "status_code: ")))
        current->status = (guint) g_ascii_strtoull (strchr (line, ' ') + 1, NULL, 10);
    }

  return g_steal_pointer (&interactions);
}

/* The value of one query parameter of the recorded request. */
char *
gln_test_interaction_dup_query_value (GlnTestInteraction *self,
                                      const char         *name)
{
  g_autoptr(GUri) uri = g_uri_parse (self->uri, G_URI_FLAGS_NONE, NULL);
  g_autoptr(GHashTable) params = NULL;

  if (uri == NULL || g_uri_get_query (uri) == NULL)
    return NULL;
  params = g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, NULL);

  return params != NULL ? g_strdup (g_hash_table_lookup (params, name)) : NULL;
}
