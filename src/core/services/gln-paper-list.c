/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-paper-list"

#include "config.h"

#include "gln-paper-list.h"

#include "gln-paper.h"

/* A GListModel over a query that never holds the whole result: the worker thread finds the
 * matching ids (8 bytes each), and papers are read a page at a time when a view asks for
 * an item. A small cache keeps the pages recently shown; the store's identity map makes
 * sure a paper on a dropped page that a row still shows is the same object when read
 * again.
 *
 * A new query is asked twice, back to back on the worker: first for its FIRST_IDS first
 * ids, which a view shows at once, then for all of them. Listing the million ids of a
 * large library takes about a second; its first screen, milliseconds. A reload after a
 * change asks once, so the rows the user scrolled to stay where they are. */

#define PAGE_SIZE   64
#define MAX_PAGES   32
#define FIRST_IDS   256

struct _GlnPaperList
{
  GObject        parent_instance;

  GlnStore      *store;
  GlnQuery      *query;
  GArray        *ids;
  GHashTable    *pages;        /* page number → GPtrArray of GlnPaper */
  GQueue         page_order;   /* page numbers, most recent first */
  GCancellable  *cancellable;
  GError        *error;
  guint          n_pages_read;
  guint          loading : 1;
  guint          first_ids_shown : 1;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_QUERY,
  PROP_LOADING,
  PROP_N_ITEMS,
  PROP_ITEM_TYPE,
  N_PROPS
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnPaperList, gln_paper_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GParamSpec *properties [N_PROPS];

static void
clear_pages (GlnPaperList *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->page_order);
}

static GPtrArray *
get_page (GlnPaperList *self,
          guint         page)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *papers;
  guint start = page * PAGE_SIZE;
  guint n;

  if ((papers = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page))))
    {
      GList *link = g_queue_find (&self->page_order, GUINT_TO_POINTER (page));

      g_queue_unlink (&self->page_order, link);
      g_queue_push_head_link (&self->page_order, link);
      return papers;
    }

  n = MIN (PAGE_SIZE, self->ids->len - start);
  papers = gln_store_lookup_papers (self->store, &g_array_index (self->ids, gint64, start), n,
                                    &error);
  if (papers == NULL)
    {
      g_warning ("Could not read papers: %s", error->message);
      return NULL;
    }
  self->n_pages_read++;

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), papers);
  g_queue_push_head (&self->page_order, GUINT_TO_POINTER (page));
  while (self->page_order.length > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->page_order));

  return papers;
}

static GType
gln_paper_list_get_item_type (GListModel *model)
{
  return GLN_TYPE_PAPER;
}

static guint
gln_paper_list_get_n_items (GListModel *model)
{
  GlnPaperList *self = GLN_PAPER_LIST (model);

  return self->ids->len;
}

static gpointer
gln_paper_list_get_item (GListModel *model,
                         guint       position)
{
  GlnPaperList *self = GLN_PAPER_LIST (model);
  GlnPaper *placeholder;
  GPtrArray *papers;
  guint offset;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  if (!(papers = get_page (self, position / PAGE_SIZE)))
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  offset = position % PAGE_SIZE;
  if (offset < papers->len && gln_paper_get_id (g_ptr_array_index (papers, offset)) == id)
    return g_object_ref (g_ptr_array_index (papers, offset));

  /* A paper deleted since the ids were read leaves its page short. */
  for (guint i = 0; i < papers->len; i++)
    if (gln_paper_get_id (g_ptr_array_index (papers, i)) == id)
      return g_object_ref (g_ptr_array_index (papers, i));

  /* Views must get an item for every position; the reload the deletion caused is on its
   * way and will remove this placeholder. */
  placeholder = gln_paper_new ();
  gln_paper_set_id (placeholder, id);
  return placeholder;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = gln_paper_list_get_item_type;
  iface->get_n_items = gln_paper_list_get_n_items;
  iface->get_item = gln_paper_list_get_item;
}

static void
set_loading (GlnPaperList *self,
             gboolean      loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
}

/* Drops the pages read, but those wholly within the first @n_kept ids. */
static void
drop_pages_from (GlnPaperList *self,
                 guint         n_kept)
{
  GList *link = self->page_order.head;

  while (link != NULL)
    {
      GList *next = link->next;
      guint page = GPOINTER_TO_UINT (link->data);

      if ((page + 1) * PAGE_SIZE > n_kept)
        {
          g_hash_table_remove (self->pages, link->data);
          g_queue_delete_link (&self->page_order, link);
        }
      link = next;
    }
}

/* Replaces the ids, announcing only the range that differs so views keep their
 * selection and scroll position. The whole list that follows its first ids keeps the
 * pages read for them; any other replacement reads them again. */
static void
replace_ids (GlnPaperList *self,
             GArray       *ids,
             gboolean      keep_pages)
{
  g_autoptr(GArray) old = self->ids;
  guint prefix = 0;
  guint suffix = 0;
  guint n_old = old->len;
  guint n_new = ids->len;

  while (prefix < n_old && prefix < n_new &&
         g_array_index (old, gint64, prefix) == g_array_index (ids, gint64, prefix))
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         g_array_index (old, gint64, n_old - 1 - suffix) ==
         g_array_index (ids, gint64, n_new - 1 - suffix))
    suffix++;

  self->ids = g_array_ref (ids);
  if (keep_pages)
    drop_pages_from (self, prefix);
  else
    clear_pages (self);

  if (prefix == n_old && prefix == n_new)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix, n_old - prefix - suffix,
                              n_new - prefix - suffix);
  if (n_old != n_new)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

static void
query_ids_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GlnPaperList) self = user_data;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  if (!(ids = gln_store_query_ids_finish (GLN_STORE (object), result, &error)))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      g_clear_error (&self->error);
      self->error = g_steal_pointer (&error);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  else
    g_clear_error (&self->error);

  replace_ids (self, ids, self->first_ids_shown);
  self->first_ids_shown = FALSE;
  set_loading (self, FALSE);
}

/* The first ids of a new query, shown while the rest are found. */
static void
first_ids_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GlnPaperList) self = user_data;
  g_autoptr(GArray) ids = NULL;

  /* An error (an invalid search) comes again with the whole query, which reports it. */
  if (!(ids = gln_store_query_ids_finish (GLN_STORE (object), result, NULL)))
    return;

  if (self->loading)
    {
      replace_ids (self, ids, FALSE);
      self->first_ids_shown = TRUE;
    }
}

static void
load (GlnPaperList *self,
      gboolean      first_ids_first)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->first_ids_shown = FALSE;

  set_loading (self, TRUE);
  if (first_ids_first && (self->query->limit == 0 || self->query->limit > FIRST_IDS))
    {
      g_autoptr(GlnQuery) first = gln_query_copy (self->query);

      first->limit = FIRST_IDS;
      gln_store_query_ids_async (self->store, first, self->cancellable, first_ids_cb,
                                 g_object_ref (self));
    }
  gln_store_query_ids_async (self->store, self->query, self->cancellable, query_ids_cb,
                             g_object_ref (self));
}

static void
store_changed_cb (GlnPaperList *self,
                  GlnStore     *store)
{
  load (self, FALSE);
}

static void
gln_paper_list_constructed (GObject *object)
{
  GlnPaperList *self = (GlnPaperList *)object;

  G_OBJECT_CLASS (gln_paper_list_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load (self, TRUE);
}

static void
gln_paper_list_dispose (GObject *object)
{
  GlnPaperList *self = (GlnPaperList *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  clear_pages (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gln_paper_list_parent_class)->dispose (object);
}

static void
gln_paper_list_finalize (GObject *object)
{
  GlnPaperList *self = (GlnPaperList *)object;

  g_clear_pointer (&self->query, gln_query_free);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (gln_paper_list_parent_class)->finalize (object);
}

static void
gln_paper_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GlnPaperList *self = GLN_PAPER_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_QUERY:
      g_value_set_boxed (value, self->query);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, GLN_TYPE_PAPER);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_paper_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  GlnPaperList *self = GLN_PAPER_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_QUERY:
      if (g_value_get_boxed (value) != NULL)
        {
          g_clear_pointer (&self->query, gln_query_free);
          self->query = g_value_dup_boxed (value);
        }
      if (self->store != NULL && self->ids != NULL && self->cancellable != NULL)
        load (self, TRUE);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_paper_list_class_init (GlnPaperListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = gln_paper_list_constructed;
  object_class->dispose = gln_paper_list_dispose;
  object_class->finalize = gln_paper_list_finalize;
  object_class->get_property = gln_paper_list_get_property;
  object_class->set_property = gln_paper_list_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GLN_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_QUERY] =
    g_param_spec_boxed ("query", NULL, NULL, GLN_TYPE_QUERY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gln_paper_list_init (GlnPaperList *self)
{
  self->query = gln_query_new ();
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->page_order);
}

/**
 * gln_paper_list_new:
 * @store: the library
 * @query: (nullable): what to list; %NULL lists the whole library, newest first
 *
 * Creates the list and starts loading the matching ids on the store's worker thread. The
 * list is empty until the first of them arrive; then it emits #GListModel::items-changed,
 * again when it has them all (#GlnPaperList:loading turns %FALSE), and whenever the store
 * changes.
 *
 * Returns: (transfer full): a new #GlnPaperList
 */
GlnPaperList *
gln_paper_list_new (GlnStore       *store,
                    const GlnQuery *query)
{
  g_return_val_if_fail (GLN_IS_STORE (store), NULL);

  return g_object_new (GLN_TYPE_PAPER_LIST,
                       "store", store,
                       "query", query,
                       NULL);
}

GlnStore *
gln_paper_list_get_store (GlnPaperList *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_LIST (self), NULL);

  return self->store;
}

const GlnQuery *
gln_paper_list_get_query (GlnPaperList *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_LIST (self), NULL);

  return self->query;
}

void
gln_paper_list_set_query (GlnPaperList   *self,
                          const GlnQuery *query)
{
  g_return_if_fail (GLN_IS_PAPER_LIST (self));
  g_return_if_fail (query != NULL);

  g_clear_pointer (&self->query, gln_query_free);
  self->query = gln_query_copy (query);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
  load (self, TRUE);
}

gboolean
gln_paper_list_get_loading (GlnPaperList *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_LIST (self), FALSE);

  return self->loading;
}

/**
 * gln_paper_list_get_error:
 * @self: a #GlnPaperList
 *
 * Returns: (nullable): why the last query failed (an invalid search, say), or %NULL
 */
const GError *
gln_paper_list_get_error (GlnPaperList *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_LIST (self), NULL);

  return self->error;
}

/**
 * gln_paper_list_reload:
 * @self: a #GlnPaperList
 *
 * Runs the query again; a reload still running is cancelled. The rows shown stay until the
 * new ids are all known.
 */
void
gln_paper_list_reload (GlnPaperList *self)
{
  g_return_if_fail (GLN_IS_PAPER_LIST (self));

  load (self, FALSE);
}

gint64
gln_paper_list_get_id (GlnPaperList *self,
                       guint         position)
{
  g_return_val_if_fail (GLN_IS_PAPER_LIST (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);

  return g_array_index (self->ids, gint64, position);
}

/**
 * gln_paper_list_find:
 * @self: a #GlnPaperList
 * @id: a paper id
 *
 * Returns: the position of the paper, or %G_MAXUINT when it is not in the list
 */
guint
gln_paper_list_find (GlnPaperList *self,
                     gint64        id)
{
  g_return_val_if_fail (GLN_IS_PAPER_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;

  return G_MAXUINT;
}

/**
 * gln_paper_list_get_n_pages_read:
 * @self: a #GlnPaperList
 *
 * Returns: how many pages of papers the list has read so far
 */
guint
gln_paper_list_get_n_pages_read (GlnPaperList *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_LIST (self), 0);

  return self->n_pages_read;
}
