/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-collection-loader"

#include "config.h"

#include "gln-collection-loader.h"

/* Keeps a view of a review collection up to date: it reads the collection in one job, again
 * when the store reports that another view changed the library, and never while an edit the
 * view showed ahead of the store is still being stored (the edit would flicker back). The
 * screening mode and the board each own one. */
struct _GlnCollectionLoader
{
  GObject       parent_instance;

  GlnStore     *store;
  gint64        collection_id;
  GCancellable *cancellable;
  guint         reload_source;
  guint         n_edits;
  gboolean      loading;
  gboolean      loaded;
  gboolean      dirty;
};

enum {
  LOADED,
  FAILED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GlnCollectionLoader, gln_collection_loader, G_TYPE_OBJECT)

static guint signals [N_SIGNALS];

static gint64 *
int64_dup (gint64 value)
{
  return g_memdup2 (&value, sizeof value);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GError) error = NULL;
  GlnCollectionLoader *self;

  state = gln_store_load_board_finish (GLN_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GLN_COLLECTION_LOADER (user_data);
  self->loading = FALSE;

  if (state == NULL)
    {
      g_signal_emit (self, signals [FAILED], 0, error);
      return;
    }

  if (self->n_edits > 0)
    {
      self->dirty = TRUE;
      return;
    }

  self->loaded = TRUE;
  g_signal_emit (self, signals [LOADED], 0, state);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  GlnCollectionLoader *self = user_data;

  self->reload_source = 0;
  gln_collection_loader_reload (self);

  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (GlnCollectionLoader *self,
                  GlnStore            *store)
{
  /* Another view added or removed papers, or renamed the collection; jobs come in bursts. */
  if (self->collection_id > 0 && self->reload_source == 0)
    self->reload_source = g_timeout_add (250, reload_timeout_cb, self);
}

static void
gln_collection_loader_dispose (GObject *object)
{
  GlnCollectionLoader *self = (GlnCollectionLoader *)object;

  gln_collection_loader_stop (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gln_collection_loader_parent_class)->dispose (object);
}

static void
gln_collection_loader_class_init (GlnCollectionLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gln_collection_loader_dispose;

  /**
   * GlnCollectionLoader::loaded:
   * @state: (type gpointer): the #GlnBoardState read; handlers may steal its fields
   */
  signals [LOADED] =
    g_signal_new ("loaded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  /**
   * GlnCollectionLoader::failed:
   * @error: why the collection could not be read
   */
  signals [FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
gln_collection_loader_init (GlnCollectionLoader *self)
{
}

GlnCollectionLoader *
gln_collection_loader_new (void)
{
  return g_object_new (GLN_TYPE_COLLECTION_LOADER, NULL);
}

GlnStore *
gln_collection_loader_get_store (GlnCollectionLoader *self)
{
  g_return_val_if_fail (GLN_IS_COLLECTION_LOADER (self), NULL);

  return self->store;
}

/**
 * gln_collection_loader_set_store:
 * @self: a #GlnCollectionLoader
 * @store: (nullable): the store to read from
 *
 * Also forgets the collection: a collection id belongs to one library.
 */
void
gln_collection_loader_set_store (GlnCollectionLoader *self,
                                 GlnStore            *store)
{
  g_return_if_fail (GLN_IS_COLLECTION_LOADER (self));
  g_return_if_fail (store == NULL || GLN_IS_STORE (store));

  if (self->store == store)
    return;

  gln_collection_loader_stop (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->collection_id = 0;
}

gint64
gln_collection_loader_get_collection (GlnCollectionLoader *self)
{
  g_return_val_if_fail (GLN_IS_COLLECTION_LOADER (self), 0);

  return self->collection_id;
}

/**
 * gln_collection_loader_set_collection:
 * @self: a #GlnCollectionLoader
 * @collection_id: the collection to read, or 0 for none
 *
 * Forgets what was read of the previous collection and reads this one.
 */
void
gln_collection_loader_set_collection (GlnCollectionLoader *self,
                                      gint64               collection_id)
{
  g_return_if_fail (GLN_IS_COLLECTION_LOADER (self));

  gln_collection_loader_stop (self);
  self->collection_id = collection_id;
  self->loaded = FALSE;
  gln_collection_loader_reload (self);
}

/**
 * gln_collection_loader_reload:
 * @self: a #GlnCollectionLoader
 *
 * Reads the collection now, instead of any read under way.
 */
void
gln_collection_loader_reload (GlnCollectionLoader *self)
{
  g_return_if_fail (GLN_IS_COLLECTION_LOADER (self));

  gln_collection_loader_stop (self);
  if (self->store == NULL || self->collection_id <= 0)
    return;

  self->cancellable = g_cancellable_new ();
  self->loading = TRUE;
  gln_store_load_board_async (self->store, self->collection_id, self->cancellable, loaded_cb,
                              self);
}

/**
 * gln_collection_loader_refresh:
 * @self: a #GlnCollectionLoader
 *
 * Reads the collection again if it was read before and no read is under way: for a view
 * shown again, which another view may have changed meanwhile.
 */
void
gln_collection_loader_refresh (GlnCollectionLoader *self)
{
  g_return_if_fail (GLN_IS_COLLECTION_LOADER (self));

  if (self->loaded && !self->loading)
    gln_collection_loader_reload (self);
}

/**
 * gln_collection_loader_begin_edit:
 * @self: a #GlnCollectionLoader
 *
 * Holds back reads while an edit the view already shows is being stored.
 */
void
gln_collection_loader_begin_edit (GlnCollectionLoader *self)
{
  g_return_if_fail (GLN_IS_COLLECTION_LOADER (self));

  self->n_edits++;
}

/**
 * gln_collection_loader_end_edit:
 * @self: a #GlnCollectionLoader
 *
 * Reads the collection again, once the last edit is stored, if a read was held back.
 */
void
gln_collection_loader_end_edit (GlnCollectionLoader *self)
{
  g_return_if_fail (GLN_IS_COLLECTION_LOADER (self));
  g_return_if_fail (self->n_edits > 0);

  self->n_edits--;
  if (self->n_edits == 0 && self->dirty)
    gln_collection_loader_reload (self);
}

/**
 * gln_collection_loader_is_busy:
 * @self: a #GlnCollectionLoader
 *
 * Returns: whether a read or an edit is under way, or a read is due
 */
gboolean
gln_collection_loader_is_busy (GlnCollectionLoader *self)
{
  g_return_val_if_fail (GLN_IS_COLLECTION_LOADER (self), FALSE);

  return self->loading || self->n_edits > 0 || self->dirty || self->reload_source != 0;
}

/**
 * gln_collection_loader_stop:
 * @self: a #GlnCollectionLoader
 *
 * Cancels the read under way and any read due; edits go on.
 */
void
gln_collection_loader_stop (GlnCollectionLoader *self)
{
  g_return_if_fail (GLN_IS_COLLECTION_LOADER (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->loading = FALSE;
  self->dirty = FALSE;
}

/**
 * gln_collection_loader_merge_items:
 * @self: a #GlnCollectionLoader
 * @current: (element-type GlnReviewItem): the items shown now
 * @state: the collection as just read
 * @changed: (out): whether the papers differ from those of @current, or their order
 * @error: return location for a #GError
 *
 * Brings a list of items up to date with the store. Items of @current are kept and updated
 * in place, so that the rows showing them keep their widgets, focus and selection; papers
 * deleted from the library meanwhile are left out.
 *
 * Returns: (transfer full) (element-type GlnReviewItem): the items of @state, in its order
 */
GPtrArray *
gln_collection_loader_merge_items (GlnCollectionLoader  *self,
                                   GListModel           *current,
                                   GlnBoardState        *state,
                                   gboolean             *changed,
                                   GError              **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       g_object_unref);
  g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_current = g_list_model_get_n_items (current);

  g_return_val_if_fail (GLN_IS_COLLECTION_LOADER (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);
  g_return_val_if_fail (state != NULL, NULL);

  for (guint i = 0; i < n_current; i++)
    {
      GlnReviewItem *item = g_list_model_get_item (current, i);

      g_hash_table_insert (known, int64_dup (gln_review_item_get_paper_id (item)), item);
    }

  for (guint i = 0; i < state->entries->len; i++)
    {
      GlnCollectionPaper *entry = g_ptr_array_index (state->entries, i);

      if (!g_hash_table_contains (known, &entry->paper_id))
        g_array_append_val (missing, entry->paper_id);
    }

  /* New papers are read by id on the main thread, a page at most at a time. */
  if (missing->len > 0)
    {
      g_autoptr(GPtrArray) papers = gln_store_lookup_papers (self->store,
                                                             (const gint64 *) missing->data,
                                                             missing->len, error);

      if (papers == NULL)
        return NULL;
      for (guint i = 0; i < papers->len; i++)
        {
          GlnPaper *paper = g_ptr_array_index (papers, i);

          g_hash_table_insert (known, int64_dup (gln_paper_get_id (paper)),
                               gln_review_item_new (paper));
        }
    }

  *changed = FALSE;
  for (guint i = 0; i < state->entries->len; i++)
    {
      GlnCollectionPaper *entry = g_ptr_array_index (state->entries, i);
      GlnReviewItem *item = g_hash_table_lookup (known, &entry->paper_id);
      g_autoptr(GlnReviewItem) shown = NULL;

      if (item == NULL)
        continue;

      gln_review_item_set_screening (item, entry->status, entry->reason);
      gln_review_item_set_key_results (item, entry->key_results);
      for (guint c = 0; c < state->columns->len; c++)
        {
          GlnBoardColumn *column = g_ptr_array_index (state->columns, c);
          g_autofree char *key = gln_board_cell_key (column->id, entry->paper_id);

          gln_review_item_set_cell (item, column->id, g_hash_table_lookup (state->cells, key));
        }

      if (items->len >= n_current ||
          (shown = g_list_model_get_item (current, items->len)) != (gpointer) item)
        *changed = TRUE;
      g_ptr_array_add (items, g_object_ref (item));
    }
  if (items->len != n_current)
    *changed = TRUE;

  return g_steal_pointer (&items);
}
