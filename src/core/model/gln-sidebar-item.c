/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-sidebar-item"

#include "config.h"

#include "gln-sidebar-item.h"

#include "gln-macros.h"

/* One row of the sidebar: a view of the library, with the query that lists it and the
 * number of unread papers in it. */
struct _GlnSidebarItem
{
  GObject         parent_instance;

  GlnSidebarKind  kind;
  gint64          id;
  char           *title;
  gint64          count;
  char           *error;
  GlnQuery       *query;
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_ID,
  PROP_TITLE,
  PROP_ICON_NAME,
  PROP_COUNT,
  PROP_ERROR,
  PROP_QUERY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (GlnSidebarItem, gln_sidebar_item, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

static void
gln_sidebar_item_finalize (GObject *object)
{
  GlnSidebarItem *self = (GlnSidebarItem *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->query, gln_query_free);

  G_OBJECT_CLASS (gln_sidebar_item_parent_class)->finalize (object);
}

static void
gln_sidebar_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GlnSidebarItem *self = GLN_SIDEBAR_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, gln_sidebar_item_get_icon_name (self));
      break;
    case PROP_COUNT:
      g_value_set_int64 (value, self->count);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    case PROP_QUERY:
      g_value_set_boxed (value, self->query);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_sidebar_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GlnSidebarItem *self = GLN_SIDEBAR_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_TITLE:
      gln_sidebar_item_set_title (self, g_value_get_string (value));
      break;
    case PROP_COUNT:
      gln_sidebar_item_set_count (self, g_value_get_int64 (value));
      break;
    case PROP_ERROR:
      gln_sidebar_item_set_error (self, g_value_get_string (value));
      break;
    case PROP_QUERY:
      gln_sidebar_item_set_query (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_sidebar_item_class_init (GlnSidebarItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_sidebar_item_finalize;
  object_class->get_property = gln_sidebar_item_get_property;
  object_class->set_property = gln_sidebar_item_set_property;

  properties [PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, GLN_SIDEBAR_KIND_INBOX, GLN_SIDEBAR_KIND_TRASH, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_COUNT] =
    g_param_spec_int64 ("count", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_QUERY] =
    g_param_spec_boxed ("query", NULL, NULL, GLN_TYPE_QUERY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gln_sidebar_item_init (GlnSidebarItem *self)
{
}

/* Builds the query of a fixed view, a feed, a collection or a tag. */
static GlnQuery *
default_query (GlnSidebarItem *self)
{
  GlnQuery *query = gln_query_new ();

  switch (self->kind)
    {
    case GLN_SIDEBAR_KIND_INBOX:
      query->scope = GLN_QUERY_SCOPE_INBOX;
      break;
    case GLN_SIDEBAR_KIND_UPDATED:
      query->scope = GLN_QUERY_SCOPE_UPDATED;
      break;
    case GLN_SIDEBAR_KIND_STARRED:
      query->scope = GLN_QUERY_SCOPE_STARRED;
      break;
    case GLN_SIDEBAR_KIND_FOR_YOU:
      /* Ranked by GlnForYou, not queried; its candidates are the unread papers. */
      query->scope = GLN_QUERY_SCOPE_UNREAD;
      break;
    case GLN_SIDEBAR_KIND_FEED:
      query->feed_id = self->id;
      break;
    case GLN_SIDEBAR_KIND_COLLECTION:
      query->collection = g_strdup (self->title);
      break;
    case GLN_SIDEBAR_KIND_TAG:
      query->tag = g_strdup (self->title);
      break;
    case GLN_SIDEBAR_KIND_TRASH:
      query->scope = GLN_QUERY_SCOPE_TRASH;
      break;
    case GLN_SIDEBAR_KIND_LIBRARY:
    case GLN_SIDEBAR_KIND_SEARCH:
    default:
      break;
    }

  return query;
}

GlnSidebarItem *
gln_sidebar_item_new (GlnSidebarKind  kind,
                      gint64          id,
                      const char     *title)
{
  GlnSidebarItem *self;

  self = g_object_new (GLN_TYPE_SIDEBAR_ITEM,
                       "kind", kind,
                       "id", id,
                       "title", title,
                       NULL);
  self->query = default_query (self);

  return self;
}

GlnSidebarKind
gln_sidebar_item_get_kind (GlnSidebarItem *self)
{
  g_return_val_if_fail (GLN_IS_SIDEBAR_ITEM (self), 0);

  return self->kind;
}

gint64
gln_sidebar_item_get_id (GlnSidebarItem *self)
{
  g_return_val_if_fail (GLN_IS_SIDEBAR_ITEM (self), 0);

  return self->id;
}

const char *
gln_sidebar_item_get_title (GlnSidebarItem *self)
{
  g_return_val_if_fail (GLN_IS_SIDEBAR_ITEM (self), NULL);

  return self->title;
}

void
gln_sidebar_item_set_title (GlnSidebarItem *self,
                            const char     *title)
{
  g_return_if_fail (GLN_IS_SIDEBAR_ITEM (self));

  if (gln_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

const char *
gln_sidebar_item_get_icon_name (GlnSidebarItem *self)
{
  g_return_val_if_fail (GLN_IS_SIDEBAR_ITEM (self), NULL);

  switch (self->kind)
    {
    case GLN_SIDEBAR_KIND_INBOX:
      return "mail-unread-symbolic";
    case GLN_SIDEBAR_KIND_UPDATED:
      return "document-open-recent-symbolic";
    case GLN_SIDEBAR_KIND_STARRED:
      return "starred-symbolic";
    case GLN_SIDEBAR_KIND_LIBRARY:
      return "folder-documents-symbolic";
    case GLN_SIDEBAR_KIND_FEED:
      return "application-rss+xml-symbolic";
    case GLN_SIDEBAR_KIND_COLLECTION:
      return "folder-symbolic";
    case GLN_SIDEBAR_KIND_TAG:
      return "gln-tag-symbolic";
    case GLN_SIDEBAR_KIND_FOR_YOU:
      return "emblem-favorite-symbolic";
    case GLN_SIDEBAR_KIND_TRASH:
      return "user-trash-symbolic";
    case GLN_SIDEBAR_KIND_SEARCH:
    default:
      return "folder-saved-search-symbolic";
    }
}

gint64
gln_sidebar_item_get_count (GlnSidebarItem *self)
{
  g_return_val_if_fail (GLN_IS_SIDEBAR_ITEM (self), 0);

  return self->count;
}

void
gln_sidebar_item_set_count (GlnSidebarItem *self,
                            gint64          count)
{
  g_return_if_fail (GLN_IS_SIDEBAR_ITEM (self));

  if (self->count == count)
    return;

  self->count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COUNT]);
}

const char *
gln_sidebar_item_get_error (GlnSidebarItem *self)
{
  g_return_val_if_fail (GLN_IS_SIDEBAR_ITEM (self), NULL);

  return self->error;
}

void
gln_sidebar_item_set_error (GlnSidebarItem *self,
                            const char     *error)
{
  g_return_if_fail (GLN_IS_SIDEBAR_ITEM (self));

  if (gln_set_str (&self->error, error))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ERROR]);
}

const GlnQuery *
gln_sidebar_item_get_query (GlnSidebarItem *self)
{
  g_return_val_if_fail (GLN_IS_SIDEBAR_ITEM (self), NULL);

  return self->query;
}

void
gln_sidebar_item_set_query (GlnSidebarItem *self,
                            const GlnQuery *query)
{
  g_return_if_fail (GLN_IS_SIDEBAR_ITEM (self));

  if (query == NULL || query == self->query)
    return;

  g_clear_pointer (&self->query, gln_query_free);
  self->query = gln_query_copy (query);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
}

/* Whether two items stand for the same view, whatever their counts. */
gboolean
gln_sidebar_item_equal (GlnSidebarItem *self,
                        GlnSidebarItem *other)
{
  g_return_val_if_fail (GLN_IS_SIDEBAR_ITEM (self), FALSE);
  g_return_val_if_fail (GLN_IS_SIDEBAR_ITEM (other), FALSE);

  return self->kind == other->kind && self->id == other->id &&
         g_strcmp0 (self->title, other->title) == 0;
}
