/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "gln-test-citations.h"

#include "gln-test-cassette.h"
#include "gln-test-utils.h"

#include <json-glib/json-glib.h>
#include <string.h>

/* Serves each recorded response of @cassette at @path with its offset; returns how many. */
guint
gln_test_serve_cassette (GlnTestServer *server,
                         const char    *cassette,
                         const char    *path)
{
  g_autofree char *file = gln_test_shared_path ("samples", "semantic-scholar", cassette, NULL);
  g_autoptr(GPtrArray) interactions = gln_test_cassette_load (file);

  for (guint i = 0; i < interactions->len; i++)
    {
      GlnTestInteraction *interaction = g_ptr_array_index (interactions, i);
      g_autofree char *offset = gln_test_interaction_dup_query_value (interaction, "offset");
      g_autofree char *route = g_strdup_printf ("%s?offset=%s", path, offset);

      gln_test_server_respond (server, route, interaction->status, "application/json",
                               interaction->body, NULL);
    }

  return interactions->len;
}

/* Paper.json's list @member as the paged endpoint gives it, each record wrapped in
 * @wrapper, 100 to a page: one body per page. */
static GPtrArray *
build_paper_list_pages (const char *member,
                        const char *wrapper)
{
  g_autofree char *file = gln_test_shared_path ("samples", "semantic-scholar", "Paper.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  JsonArray *list;
  guint n;

  json_parser_load_from_file (parser, file, &error);
  g_assert_no_error (error);
  list = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                       member);
  n = json_array_get_length (list);

  for (guint offset = 0; offset == 0 || offset < n; offset += 100)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      char *text;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "offset");
      json_builder_add_int_value (builder, offset);
      if (offset + 100 < n)
        {
          json_builder_set_member_name (builder, "next");
          json_builder_add_int_value (builder, offset + 100);
        }
      json_builder_set_member_name (builder, "data");
      json_builder_begin_array (builder);
      for (guint i = offset; i < MIN (n, offset + 100); i++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, wrapper);
          json_builder_add_value (builder, json_node_copy (json_array_get_element (list, i)));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      text = json_to_string (root, FALSE);
      g_ptr_array_add (pages, g_bytes_new_take (text, strlen (text)));
    }

  return pages;
}

/* Serves Paper.json's list @member as the paged endpoint would, each record wrapped in
 * @wrapper, 100 to a page; returns the number of pages. The pages are made once per test
 * program: reading the 2.7 MB record is dear, above all under AddressSanitizer. */
guint
gln_test_serve_paper_list (GlnTestServer *server,
                           const char    *path,
                           const char    *member,
                           const char    *wrapper)
{
  static GHashTable *made;
  g_autofree char *key = g_strconcat (member, "/", wrapper, NULL);
  GPtrArray *pages;

  if (made == NULL)
    made = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                  (GDestroyNotify) g_ptr_array_unref);
  pages = g_hash_table_lookup (made, key);
  if (pages == NULL)
    {
      pages = build_paper_list_pages (member, wrapper);
      g_hash_table_insert (made, g_steal_pointer (&key), pages);
    }

  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *route = g_strdup_printf ("%s?offset=%u", path, i * 100);

      gln_test_server_respond (server, route, 200, "application/json", pages->pdata[i], NULL);
    }

  return pages->len;
}

void
gln_test_serve_semantic_scholar (GlnTestServer *server)
{
  g_setenv ("GLEANER_BASE_URL_SEMANTIC_SCHOLAR", gln_test_server_get_url (server), TRUE);
  gln_test_serve_cassette (server, "test_get_paper_references.yaml",
                           GLN_TEST_S2_REFERENCES_PATH);
  gln_test_serve_cassette (server, "test_get_paper_citations.yaml", GLN_TEST_S2_CITATIONS_PATH);
  gln_test_serve_paper_list (server, GLN_TEST_S2_TURING_PATH "/references", "references",
                             "citedPaper");
  gln_test_serve_paper_list (server, GLN_TEST_S2_TURING_PATH "/citations", "citations",
                             "citingPaper");
}
