/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-csljson"

#include "config.h"

#include "gln-csljson.h"

#include "gln-biblio.h"
#include "gln-macros.h"
#include "gln-paper-key.h"
#include "gln-error.h"
#include "gln-json-load.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CSL-JSON, what Zotero, Pandoc and citeproc read: an array of items whose keys are CSL
 * variables. It is also the vocabulary of a paper's extra fields, so most of an item maps
 * one to one; variables Gleaner has no use for are kept in extra.csl as they came. */

static const char * const name_parts[] = {
  "family", "given", "non-dropping-particle", "dropping-particle", "suffix", "literal", NULL
};

/* A string, or a number written as one ("volume": 7). */
static char *
dup_scalar (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strstrip (g_strdup (json_node_get_string (node)));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_strdup_printf ("%g", json_node_get_double (node));
    default:
      return NULL;
    }
}

static JsonArray *
read_names (JsonNode *node)
{
  JsonArray *names = json_array_new ();
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return names;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *name;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      name = json_object_new ();
      for (guint p = 0; name_parts[p] != NULL; p++)
        {
          g_autofree char *value =
            dup_scalar (json_object_get_member (json_node_get_object (element), name_parts[p]));

          gln_biblio_set_string (name, name_parts[p], value);
        }
      if (json_object_get_size (name) > 0)
        json_array_add_object_element (names, name);
      else
        json_object_unref (name);
    }

  return names;
}

static int
date_part (JsonArray *parts,
           guint      index)
{
  g_autofree char *text = NULL;

  if (index >= json_array_get_length (parts))
    return 0;
  text = dup_scalar (json_array_get_element (parts, index));

  return text ? atoi (text) : 0;
}

/* {"date-parts": [[2012, 3, 21]]} or {"raw": "2012-03-21"}. Returns whether the date was
 * read whole, so that nothing of it needs keeping. */
static gboolean
read_issued (JsonNode *node,
             GlnPaper *paper)
{
  JsonObject *issued;
  JsonNode *parts;
  g_autofree char *raw = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  issued = json_node_get_object (node);

  parts = json_object_get_member (issued, "date-parts");
  if (parts != NULL && JSON_NODE_HOLDS_ARRAY (parts) &&
      json_array_get_length (json_node_get_array (parts)) > 0 &&
      JSON_NODE_HOLDS_ARRAY (json_array_get_element (json_node_get_array (parts), 0)))
    {
      JsonArray *first = json_array_get_array_element (json_node_get_array (parts), 0);

      gln_biblio_set_date (paper, date_part (first, 0), date_part (first, 1), date_part (first, 2));
      return json_object_get_size (issued) == 1 &&
             json_array_get_length (json_node_get_array (parts)) == 1 &&
             gln_paper_get_published (paper) != NULL;
    }

  if ((raw = dup_scalar (json_object_get_member (issued, "raw"))) != NULL)
    {
      int year = 0, month = 0, day = 0;

      if (sscanf (raw, "%d-%d-%d", &year, &month, &day) >= 1 && year > 999)
        gln_biblio_set_date (paper, year, month, day);
    }

  return FALSE;
}

/**
 * gln_csljson_paper_from_item:
 * @item: a CSL-JSON item
 * @source: the name stored as the paper's source
 *
 * Returns: (transfer full): the paper; its key is %NULL when it has neither title nor
 *   identifier
 */
GlnPaper *
gln_csljson_paper_from_item (JsonObject *item,
                             const char *source)
{
  g_autoptr(GlnPaper) paper = gln_paper_new ();
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(JsonObject) rest = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (item);
  g_autofree char *arxiv = NULL;
  g_autofree char *doi = NULL;
  g_autofree char *id = NULL;

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (item, name);
      g_autofree char *text = dup_scalar (node);

      if (strcmp (name, "id") == 0)
        id = g_steal_pointer (&text);
      else if (strcmp (name, "type") == 0 || strcmp (name, "citation-key") == 0)
        gln_biblio_set_string (extra, name, text);
      else if (strcmp (name, "title") == 0)
        gln_paper_set_title (paper, text);
      else if (strcmp (name, "abstract") == 0)
        gln_paper_set_abstract (paper, text);
      else if (strcmp (name, "URL") == 0)
        gln_paper_set_url (paper, text);
      else if (strcmp (name, "DOI") == 0)
        doi = g_steal_pointer (&text);
      else if (strcmp (name, "keyword") == 0)
        gln_biblio_add_tags (paper, text);
      else if (strcmp (name, "author") == 0)
        {
          g_autoptr(JsonArray) names = read_names (node);

          gln_biblio_set_authors (paper, extra, names);
        }
      else if (strcmp (name, "editor") == 0)
        {
          g_autoptr(JsonArray) names = read_names (node);

          if (json_array_get_length (names) > 0)
            json_object_set_array_member (extra, "editor", g_steal_pointer (&names));
        }
      else if (strcmp (name, "issued") == 0)
        {
          if (!read_issued (node, paper))
            json_object_set_member (rest, name, json_node_copy (node));
        }
      else if (strcmp (name, "number") == 0 && text != NULL && g_str_has_prefix (text, "arXiv:") &&
               gln_arxiv_id_parse (text, NULL, NULL))
        arxiv = g_steal_pointer (&text);
      else if (g_strv_contains (gln_biblio_string_keys, name) && text != NULL)
        gln_biblio_set_string (extra, name, text);
      else if (!JSON_NODE_HOLDS_NULL (node))
        json_object_set_member (rest, name, json_node_copy (node));
    }

  /* Pandoc cites by id; an id that is a usable key is the citation key. */
  if (gln_biblio_get_string (extra, "citation-key") == NULL && id != NULL &&
      strstr (id, "://") == NULL)
    gln_biblio_set_string (extra, "citation-key", id);

  if (arxiv == NULL && gln_paper_get_url (paper) != NULL &&
      gln_arxiv_id_parse (gln_paper_get_url (paper), NULL, NULL))
    arxiv = g_strdup (gln_paper_get_url (paper));
  gln_biblio_set_identifiers (paper, arxiv, doi);
  if (doi != NULL && gln_paper_get_doi (paper) == NULL)
    json_object_set_string_member (rest, "DOI", doi);

  if (json_object_get_size (rest) > 0)
    json_object_set_object_member (extra, "csl", g_steal_pointer (&rest));
  gln_biblio_finish_paper (paper, extra, source);

  return g_steal_pointer (&paper);
}

/**
 * gln_csljson_looks_like:
 * @text: the start of a file
 * @length: its length
 *
 * Returns: whether the text looks like CSL-JSON rather than another JSON
 */
gboolean
gln_csljson_looks_like (const char *text,
                        gsize       length)
{
  g_autofree char *head = g_strndup (text, MIN (length, 256 * 1024));
  const char *p = head;

  while (g_ascii_isspace (*p))
    p++;
  if (*p != '[' && *p != '{')
    return FALSE;
  if (strstr (p, "\"publishedAt\"") != NULL || strstr (p, "\"paper\"") != NULL)
    return FALSE;

  return strstr (p, "\"issued\"") != NULL || strstr (p, "\"container-title\"") != NULL ||
         strstr (p, "\"citation-key\"") != NULL ||
         (strstr (p, "\"type\"") != NULL && strstr (p, "\"family\"") != NULL);
}

/**
 * gln_csljson_parse:
 * @text: a CSL-JSON array of items, or one item
 * @length: its length, or -1 when NUL-terminated
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaper): one paper per item, or %NULL with
 *   @error when the text is not CSL-JSON
 */
GPtrArray *
gln_csljson_parse (const char  *text,
                   gssize       length,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonArray *items = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!gln_json_load_untrusted (parser, text, length, &local_error))
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("Not valid JSON: %s"), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      g_ptr_array_add (papers,
                       gln_csljson_paper_from_item (json_node_get_object (root), "csljson"));
      return g_steal_pointer (&papers);
    }
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("CSL-JSON is an array of items"));
      return NULL;
    }

  items = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        g_ptr_array_add (papers,
                         gln_csljson_paper_from_item (json_node_get_object (node), "csljson"));
    }

  return g_steal_pointer (&papers);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (gln_str_empty0 (value))
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_node (JsonBuilder *builder,
          const char  *name,
          JsonNode    *node)
{
  if (node == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_value (builder, json_node_copy (node));
}

static void
add_issued (JsonBuilder *builder,
            GlnPaper    *paper)
{
  int month;
  int day;
  int year = gln_biblio_get_date (paper, &month, &day);

  if (year == 0)
    return;

  json_builder_set_member_name (builder, "issued");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "date-parts");
  json_builder_begin_array (builder);
  json_builder_begin_array (builder);
  json_builder_add_int_value (builder, year);
  if (month > 0)
    json_builder_add_int_value (builder, month);
  if (day > 0)
    json_builder_add_int_value (builder, day);
  json_builder_end_array (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
write_item (JsonBuilder *builder,
            GlnPaper    *paper,
            GHashTable  *keys)
{
  g_autoptr(JsonObject) extra = gln_biblio_dup_extra (paper);
  g_autoptr(JsonArray) authors = gln_biblio_dup_authors (paper, extra);
  g_autofree char *key = gln_biblio_make_cite_key (paper, extra, keys);
  g_autofree char *type = gln_biblio_dup_type (paper, extra);
  g_autofree char *arxiv = NULL;
  g_autoptr(JsonNode) authors_node = json_node_init_array (json_node_alloc (), authors);
  g_autoptr(GList) members = NULL;
  JsonObject *rest = gln_biblio_get_object (extra, "csl");
  JsonArray *editors = gln_biblio_get_array (extra, "editor");
  const char * const *tags = gln_paper_get_tags (paper);
  const char *container = gln_biblio_get_string (extra, "container-title");

  json_builder_begin_object (builder);
  add_string (builder, "id", key);
  add_string (builder, "citation-key", key);
  add_string (builder, "type", type);
  add_string (builder, "title", gln_paper_get_title (paper));
  if (json_array_get_length (authors) > 0)
    add_node (builder, "author", authors_node);
  if (editors != NULL)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), editors);

      add_node (builder, "editor", node);
    }
  if (rest == NULL || !json_object_has_member (rest, "issued"))
    add_issued (builder, paper);
  if (container == NULL)
    container = gln_paper_get_journal_ref (paper);
  add_string (builder, "container-title", container);
  /* The first of them, container-title, is written above. */
  for (guint i = 1; gln_biblio_string_keys[i] != NULL; i++)
    add_string (builder, gln_biblio_string_keys[i],
                gln_biblio_get_string (extra, gln_biblio_string_keys[i]));
  if (gln_paper_get_arxiv_id (paper) != NULL && gln_biblio_get_string (extra, "number") == NULL)
    {
      arxiv = g_strconcat ("arXiv:", gln_paper_get_arxiv_id (paper), NULL);
      add_string (builder, "number", arxiv);
    }
  add_string (builder, "DOI", gln_paper_get_doi (paper));
  add_string (builder, "URL", gln_paper_get_url (paper));
  add_string (builder, "abstract", gln_paper_get_abstract (paper));
  if (tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) tags);

      add_string (builder, "keyword", joined);
    }

  if (rest != NULL)
    members = g_list_sort (json_object_get_members (rest), (GCompareFunc) strcmp);
  for (const GList *l = members; l != NULL; l = l->next)
    add_node (builder, l->data, json_object_get_member (rest, l->data));

  json_builder_end_object (builder);
}

/**
 * gln_csljson_write:
 * @papers: (element-type GlnPaper): the papers
 *
 * Writes an array of CSL-JSON items whose ids are readable citation keys, unique within the
 * array, for Pandoc and Zotero. The tags go in `keyword`.
 *
 * Returns: (transfer full): the JSON text
 */
char *
gln_csljson_write (GPtrArray *papers)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  g_autofree char *valid = NULL;

  g_return_val_if_fail (papers != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < papers->len; i++)
    write_item (builder, g_ptr_array_index (papers, i), keys);
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  /* json-glib copies bytes that are not UTF-8 as they are, which no JSON reader takes. */
  valid = g_utf8_make_valid (text, -1);

  return g_strconcat (valid, "\n", NULL);
}
