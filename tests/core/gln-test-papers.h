/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include <string.h>

#include "gln-paper.h"

G_BEGIN_DECLS

/* Comparing papers field by field, for the round-trip tests of the formats. */

static inline GlnPaper *
gln_test_find_paper (GPtrArray  *papers,
                     const char *citation_key)
{
  g_autofree char *needle = g_strdup_printf ("\"citation-key\":\"%s\"", citation_key);

  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);
      const char *extra = gln_paper_get_extra (paper);

      if (extra != NULL && strstr (extra, needle) != NULL)
        return paper;
    }

  g_error ("No paper with citation key %s", citation_key);
  return NULL;
}

/* The extra JSON less the keys named "extra:a/b" in @ignore, as text. */
static inline char *
gln_test_dup_extra (GlnPaper           *paper,
                    const char * const *ignore)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (gln_paper_get_extra (paper) == NULL)
    return NULL;

  g_assert_true (json_parser_load_from_data (parser, gln_paper_get_extra (paper), -1, NULL));
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  for (guint i = 0; ignore != NULL && ignore[i] != NULL; i++)
    {
      g_auto(GStrv) path = NULL;
      JsonObject *object = json_node_get_object (root);
      guint n;

      if (!g_str_has_prefix (ignore[i], "extra:"))
        continue;
      path = g_strsplit (ignore[i] + 6, "/", -1);
      n = g_strv_length (path);
      for (guint j = 0; object != NULL && j + 1 < n; j++)
        object = json_object_has_member (object, path[j])
                 ? json_object_get_object_member (object, path[j]) : NULL;
      if (object != NULL && json_object_has_member (object, path[n - 1]))
        json_object_remove_member (object, path[n - 1]);
    }

  return json_to_string (root, FALSE);
}

/* Every property but the library's own bookkeeping (id, added, read time; "read" is
 * compared), less those named in @ignore. */
static inline void
gln_test_assert_papers_equal (GlnPaper           *expected,
                              GlnPaper           *actual,
                              const char * const *ignore)
{
  g_autofree GParamSpec **specs = NULL;
  guint n_specs;

  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (expected), &n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      const char *name = specs[i]->name;
      GValue a = G_VALUE_INIT;
      GValue b = G_VALUE_INIT;

      if (g_str_equal (name, "id") || g_str_equal (name, "added") ||
          g_str_equal (name, "read-time") || (ignore && g_strv_contains (ignore, name)))
        continue;

      if (g_str_equal (name, "extra"))
        {
          g_autofree char *ea = gln_test_dup_extra (expected, ignore);
          g_autofree char *eb = gln_test_dup_extra (actual, ignore);

          g_assert_cmpstr (ea, ==, eb);
          continue;
        }

      g_value_init (&a, specs[i]->value_type);
      g_value_init (&b, specs[i]->value_type);
      g_object_get_property (G_OBJECT (expected), name, &a);
      g_object_get_property (G_OBJECT (actual), name, &b);

      if (G_VALUE_HOLDS_STRING (&a))
        {
          if (g_strcmp0 (g_value_get_string (&a), g_value_get_string (&b)) != 0)
            g_test_message ("property %s differs for %s", name, gln_paper_get_title (expected));
          g_assert_cmpstr (g_value_get_string (&a), ==, g_value_get_string (&b));
        }
      else if (G_VALUE_HOLDS_BOXED (&a))
        {
          const char * const empty[] = { NULL };
          const char * const *sa = g_value_get_boxed (&a);
          const char * const *sb = g_value_get_boxed (&b);
          g_autofree char *ja = g_strjoinv ("|", (char **) (sa ? sa : empty));
          g_autofree char *jb = g_strjoinv ("|", (char **) (sb ? sb : empty));

          if (g_strcmp0 (ja, jb) != 0)
            g_test_message ("property %s differs for %s", name, gln_paper_get_title (expected));
          g_assert_cmpstr (ja, ==, jb);
        }
      else if (G_VALUE_HOLDS_BOOLEAN (&a))
        g_assert_cmpint (g_value_get_boolean (&a), ==, g_value_get_boolean (&b));
      else if (G_VALUE_HOLDS_INT (&a))
        {
          if (g_value_get_int (&a) != g_value_get_int (&b))
            g_test_message ("property %s differs for %s", name, gln_paper_get_title (expected));
          g_assert_cmpint (g_value_get_int (&a), ==, g_value_get_int (&b));
        }
      else
        g_assert_not_reached ();

      g_value_unset (&a);
      g_value_unset (&b);
    }
}

static inline void
gln_test_assert_strv (const char * const *actual,
                      const char         *joined)
{
  g_autofree char *text = g_strjoinv ("|", (char **) actual);

  g_assert_cmpstr (text, ==, joined);
}

static inline void
gln_test_assert_lists_equal (GPtrArray          *expected,
                             GPtrArray          *actual,
                             const char * const *ignore)
{
  g_assert_cmpuint (expected->len, ==, actual->len);
  for (guint i = 0; i < expected->len; i++)
    gln_test_assert_papers_equal (g_ptr_array_index (expected, i), g_ptr_array_index (actual, i),
                                  ignore);
}

G_END_DECLS
