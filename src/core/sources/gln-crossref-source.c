/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-crossref-source"

#include "config.h"

#include "gln-crossref-source.h"

#include "gln-biblio.h"
#include "gln-csljson.h"
#include "gln-paper.h"
#include "gln-source-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Crossref's REST API (SOURCES.md B.6): /works/{doi} answers one "work", /works?query= a
 * "work-list". A work is close to a CSL-JSON item with arrays where CSL has strings and its
 * own type names; it is turned into one and read by the CSL-JSON reader, so that a DOI
 * looked up and a reference imported from Zotero give the same paper. */

struct _GlnCrossrefSource
{
  GObject parent_instance;
};

static void gln_crossref_source_iface_init (GlnSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnCrossrefSource, gln_crossref_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GLN_TYPE_SOURCE,
                                                      gln_crossref_source_iface_init))

static const char * const types[][2] = {
  { "journal-article", "article-journal" }, { "proceedings-article", "paper-conference" },
  { "book-chapter", "chapter" }, { "book-section", "chapter" }, { "book-part", "chapter" },
  { "reference-entry", "entry-encyclopedia" }, { "book", "book" }, { "monograph", "book" },
  { "edited-book", "book" }, { "reference-book", "book" }, { "book-set", "book" },
  { "posted-content", "article" }, { "dissertation", "thesis" }, { "report", "report" },
  { "dataset", "dataset" }, { "journal-issue", "periodical" }, { "journal", "periodical" },
  { "peer-review", "review" }, { "standard", "standard" },
};

/* Where CSL has a string, Crossref has an array: "title": ["…"]. */
static const char * const first_of[][2] = {
  { "title", "title" }, { "container-title", "container-title" },
  { "ISSN", "ISSN" }, { "ISBN", "ISBN" },
};

static const char * const strings[] = {
  "volume", "issue", "page", "publisher", "publisher-location", "DOI", "URL", "language", NULL
};

/* The date the work appeared: in print, else online, else Crossref's own "issued". */
static JsonObject *
best_date (JsonObject *work)
{
  static const char * const names[] = { "published-print", "published-online", "published",
                                        "issued" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      JsonObject *date = _gln_source_json_object (work, names[i]);
      JsonArray *parts = _gln_source_json_array (date, "date-parts");
      JsonArray *first;

      if (parts == NULL || json_array_get_length (parts) == 0 ||
          !JSON_NODE_HOLDS_ARRAY (json_array_get_element (parts, 0)))
        continue;
      first = json_array_get_array_element (parts, 0);
      if (json_array_get_length (first) > 0 &&
          !JSON_NODE_HOLDS_NULL (json_array_get_element (first, 0)))
        return date;
    }

  return NULL;
}

static JsonArray *
names (JsonArray *people)
{
  JsonArray *out = json_array_new ();

  for (guint i = 0; people != NULL && i < json_array_get_length (people); i++)
    {
      JsonNode *node = json_array_get_element (people, i);
      JsonObject *person;
      g_autofree char *family = NULL;
      g_autofree char *given = NULL;
      g_autofree char *name = NULL;
      const char *suffix;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      person = json_node_get_object (node);
      family = _gln_source_normalize_space (_gln_source_json_string (person, "family"));
      given = _gln_source_normalize_space (_gln_source_json_string (person, "given"));
      name = _gln_source_normalize_space (_gln_source_json_string (person, "name"));
      suffix = _gln_source_json_string (person, "suffix");
      /* Organizations come as "name". */
      if (family != NULL)
        json_array_add_object_element (out, gln_biblio_name_new (family, given, NULL, suffix, NULL));
      else if (name != NULL)
        json_array_add_object_element (out, gln_biblio_name_new (NULL, NULL, NULL, NULL, name));
    }

  return out;
}

/* The first affiliation of each author, parallel to the names above. */
static GStrv
affiliations (JsonArray *people)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; people != NULL && i < json_array_get_length (people); i++)
    {
      JsonNode *node = json_array_get_element (people, i);
      JsonObject *person;
      JsonArray *list;
      const char *name = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      person = json_node_get_object (node);
      if (_gln_source_json_string (person, "family") == NULL &&
          _gln_source_json_string (person, "name") == NULL)
        continue;
      list = _gln_source_json_array (person, "affiliation");
      if (list != NULL && json_array_get_length (list) > 0 &&
          JSON_NODE_HOLDS_OBJECT (json_array_get_element (list, 0)))
        name = _gln_source_json_string (json_array_get_object_element (list, 0), "name");
      g_strv_builder_add (builder, name ? name : "");
    }

  return g_strv_builder_end (builder);
}

static GlnPaper *
paper_from_work (JsonObject *work)
{
  g_autoptr(JsonObject) item = json_object_new ();
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(JsonArray) authors = names (_gln_source_json_array (work, "author"));
  g_autoptr(JsonArray) editors = names (_gln_source_json_array (work, "editor"));
  g_auto(GStrv) affs = affiliations (_gln_source_json_array (work, "author"));
  g_autofree char *abstract = _gln_source_strip_markup (_gln_source_json_string (work, "abstract"));
  const char *type = _gln_source_json_string (work, "type");
  JsonObject *date = best_date (work);

  json_object_set_string_member (item, "type", "document");
  for (guint i = 0; type != NULL && i < G_N_ELEMENTS (types); i++)
    if (strcmp (types[i][0], type) == 0)
      json_object_set_string_member (item, "type", types[i][1]);

  for (guint i = 0; i < G_N_ELEMENTS (first_of); i++)
    {
      JsonArray *values = _gln_source_json_array (work, first_of[i][0]);
      g_autofree char *text = NULL;

      if (values == NULL || json_array_get_length (values) == 0 ||
          !JSON_NODE_HOLDS_VALUE (json_array_get_element (values, 0)))
        continue;
      text = _gln_source_strip_markup (json_array_get_string_element (values, 0));
      if (text != NULL)
        json_object_set_string_member (item, first_of[i][1], text);
    }
  for (guint i = 0; strings[i] != NULL; i++)
    {
      const char *value = _gln_source_json_string (work, strings[i]);
      g_autofree char *text = _gln_source_normalize_space (value);

      if (text != NULL)
        json_object_set_string_member (item, g_str_equal (strings[i], "publisher-location")
                                             ? "publisher-place" : strings[i], text);
    }
  if (abstract != NULL)
    json_object_set_string_member (item, "abstract", abstract);
  if (json_array_get_length (authors) > 0)
    json_object_set_array_member (item, "author", json_array_ref (authors));
  if (json_array_get_length (editors) > 0)
    json_object_set_array_member (item, "editor", json_array_ref (editors));
  if (date != NULL)
    {
      JsonObject *issued = json_object_new ();

      json_object_set_member (issued, "date-parts",
                              json_node_copy (json_object_get_member (date, "date-parts")));
      json_object_set_object_member (item, "issued", issued);
    }

  paper = gln_csljson_paper_from_item (item, "crossref");
  if (g_strv_length (affs) == gln_paper_get_n_authors (paper))
    gln_paper_set_authors (paper, gln_paper_get_authors (paper), (const char * const *) affs);

  return g_steal_pointer (&paper);
}

static const char *
gln_crossref_source_get_name (GlnSource *source)
{
  return "crossref";
}

static GPtrArray *
gln_crossref_source_parse (GlnSource  *source,
                           GBytes     *bytes,
                           GError    **error)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *envelope;
  JsonObject *message;
  const char *kind;
  JsonArray *items;

  if (!(root = _gln_source_read_json (bytes, "Crossref", error)))
    return NULL;

  envelope = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  kind = _gln_source_json_string (envelope, "message-type");
  message = _gln_source_json_object (envelope, "message");
  if (g_strcmp0 (_gln_source_json_string (envelope, "status"), "ok") != 0 || message == NULL)
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE,
                   _("Crossref did not answer with a work"));
      return NULL;
    }

  if (g_strcmp0 (kind, "work") == 0)
    {
      g_ptr_array_add (papers, paper_from_work (message));
      return g_steal_pointer (&papers);
    }
  items = _gln_source_json_array (message, "items");
  if (g_strcmp0 (kind, "work-list") != 0 || items == NULL)
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNSUPPORTED,
                   _("Crossref answered with “%s”, not works"), kind ? kind : "?");
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        g_ptr_array_add (papers, paper_from_work (json_node_get_object (node)));
    }

  return g_steal_pointer (&papers);
}

static void
gln_crossref_source_iface_init (GlnSourceInterface *iface)
{
  iface->get_name = gln_crossref_source_get_name;
  iface->parse = gln_crossref_source_parse;
}

static void
gln_crossref_source_class_init (GlnCrossrefSourceClass *klass)
{
}

static void
gln_crossref_source_init (GlnCrossrefSource *self)
{
}

/**
 * gln_crossref_source_new:
 *
 * Creates the source that reads Crossref's `/works/{doi}` and `/works?query=` responses.
 * Papers are keyed by their DOI and carry the journal, volume, issue, pages and publisher.
 *
 * Returns: (transfer full): a new #GlnCrossrefSource
 */
GlnCrossrefSource *
gln_crossref_source_new (void)
{
  return g_object_new (GLN_TYPE_CROSSREF_SOURCE, NULL);
}
