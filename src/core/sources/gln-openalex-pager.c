/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-feed-pager"

#include "config.h"

#include "gln-openalex-pager.h"

#include "gln-macros.h"
#include "gln-openalex-source.h"
#include "gln-source.h"

#include <glib/gi18n-lib.h>

/* Works by an author or from an institution. OpenAlex filters on identifiers, so the first
 * refresh looks the name up (`/authors?search=`, `/institutions?search=`) and the feed keeps
 * the identifier found; then `/works` is read newest first with cursor paging. */

#define DEFAULT_PAGE_SIZE   100
#define DEFAULT_MAX_RESULTS 500

struct _GlnOpenalexPager
{
  GObject   parent_instance;

  gboolean  institution;
  char     *name;
  char     *id;
  gboolean  looked_up;
  char     *api_key;
  char     *cursor;
  guint     page_size;
  guint     max_results;
  guint     n_results;
};

static void gln_openalex_pager_iface_init (GlnFeedPagerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnOpenalexPager, gln_openalex_pager, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GLN_TYPE_FEED_PAGER,
                                                      gln_openalex_pager_iface_init))

static const char *
gln_openalex_pager_get_group (GlnFeedPager *pager)
{
  return gln_endpoint_get_group (GLN_ENDPOINT_OPENALEX);
}

static const char *
gln_openalex_pager_get_service_name (GlnFeedPager *pager)
{
  return gln_endpoint_get_service_name (GLN_ENDPOINT_OPENALEX);
}

static char *
build_url (GlnOpenalexPager *self,
           GString          *path)
{
  if (self->api_key != NULL)
    {
      g_autofree char *key = g_uri_escape_string (self->api_key, NULL, FALSE);

      g_string_append_printf (path, "&api_key=%s", key);
    }

  return gln_endpoint_dup_url (GLN_ENDPOINT_OPENALEX, path->str);
}

static char *
gln_openalex_pager_next_url (GlnFeedPager *pager,
                             gboolean     *conditional)
{
  GlnOpenalexPager *self = GLN_OPENALEX_PAGER (pager);
  g_autoptr(GString) path = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  if (self->id == NULL)
    {
      escaped = g_uri_escape_string (self->name, NULL, FALSE);
      g_string_printf (path, "/%s?search=%s", self->institution ? "institutions" : "authors",
                       escaped);
      *conditional = FALSE;
      return build_url (self, path);
    }

  if (self->cursor == NULL || self->n_results >= self->max_results)
    return NULL;

  escaped = g_uri_escape_string (self->cursor, NULL, FALSE);
  g_string_printf (path, "/works?filter=%s:%s&sort=publication_date:desc&per-page=%u"
                   "&cursor=%s&select=%s",
                   self->institution ? "authorships.institutions.id" : "authorships.author.id",
                   self->id, self->page_size, escaped, GLN_OPENALEX_WORK_FIELDS);
  *conditional = g_str_equal (self->cursor, "*");

  return build_url (self, path);
}

static GPtrArray *
look_up (GlnOpenalexPager  *self,
         GBytes            *body,
         GError           **error)
{
  g_autofree char *id = NULL;

  if (!gln_openalex_source_parse_entity (body, &id, NULL, error))
    return NULL;

  if (id == NULL)
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE,
                   self->institution ? _("OpenAlex knows no institution named “%s”")
                                     : _("OpenAlex knows no author named “%s”"),
                   self->name);
      return NULL;
    }

  self->id = g_steal_pointer (&id);
  self->looked_up = TRUE;

  return g_ptr_array_new_with_free_func (g_object_unref);
}

static GPtrArray *
gln_openalex_pager_parse (GlnFeedPager        *pager,
                          GBytes              *body,
                          const char          *link,
                          GError             **error)
{
  GlnOpenalexPager *self = GLN_OPENALEX_PAGER (pager);
  g_autoptr(GPtrArray) papers = NULL;
  g_autofree char *next_cursor = NULL;

  if (self->id == NULL)
    return look_up (self, body, error);

  if (!gln_openalex_source_parse_full (body, &papers, &next_cursor, error))
    return NULL;

  self->n_results += papers->len;
  g_free (self->cursor);
  self->cursor = papers->len > 0 ? g_steal_pointer (&next_cursor) : NULL;

  return g_steal_pointer (&papers);
}

static char *
gln_openalex_pager_dup_params (GlnFeedPager *pager)
{
  GlnOpenalexPager *self = GLN_OPENALEX_PAGER (pager);

  if (!self->looked_up)
    return NULL;

  return gln_feed_params_build (self->institution ? "institution" : "author", self->name,
                                "id", self->id, NULL);
}

static void
gln_openalex_pager_iface_init (GlnFeedPagerInterface *iface)
{
  iface->get_group = gln_openalex_pager_get_group;
  iface->get_service_name = gln_openalex_pager_get_service_name;
  iface->next_url = gln_openalex_pager_next_url;
  iface->parse = gln_openalex_pager_parse;
  iface->dup_params = gln_openalex_pager_dup_params;
}

static void
gln_openalex_pager_finalize (GObject *object)
{
  GlnOpenalexPager *self = (GlnOpenalexPager *)object;

  g_free (self->name);
  g_free (self->id);
  g_free (self->api_key);
  g_free (self->cursor);

  G_OBJECT_CLASS (gln_openalex_pager_parent_class)->finalize (object);
}

static void
gln_openalex_pager_class_init (GlnOpenalexPagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_openalex_pager_finalize;
}

static void
gln_openalex_pager_init (GlnOpenalexPager *self)
{
  self->cursor = g_strdup ("*");
}

/**
 * gln_openalex_pager_new_for_feed:
 * @feed: an `openalex` feed, with an `author` or an `institution` parameter and maybe the
 *   `id` an earlier refresh found
 * @options: page size (100 by default), results per refresh (500 by default), API key
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a pager, or %NULL with %GLN_PARSE_ERROR_UNSUPPORTED
 */
GlnOpenalexPager *
gln_openalex_pager_new_for_feed (GlnFeed                    *feed,
                                 const GlnFeedPagerOptions  *options,
                                 GError                    **error)
{
  g_autoptr(GlnOpenalexPager) self = g_object_new (GLN_TYPE_OPENALEX_PAGER, NULL);
  g_autofree char *id = gln_feed_dup_param (feed, "id");

  g_return_val_if_fail (options != NULL, NULL);

  if ((self->name = gln_feed_dup_param (feed, "author")) == NULL)
    {
      self->name = gln_feed_dup_param (feed, "institution");
      self->institution = TRUE;
    }
  if (self->name == NULL)
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNSUPPORTED,
                           _("An OpenAlex feed needs an author or an institution"));
      return NULL;
    }

  /* An identifier of the wrong kind (or a made-up one) is looked up again. */
  if (id != NULL && id[0] == (self->institution ? 'I' : 'A'))
    self->id = g_steal_pointer (&id);
  if (!gln_str_empty0 (options->openalex_api_key))
    self->api_key = g_strdup (options->openalex_api_key);
  self->page_size = options->page_size > 0 ? options->page_size : DEFAULT_PAGE_SIZE;
  self->max_results = options->max_results > 0 ? options->max_results : DEFAULT_MAX_RESULTS;

  return g_steal_pointer (&self);
}
