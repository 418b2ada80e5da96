/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-for-you-view"

#include "config.h"

#include "gln-for-you-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gln-paper-row.h"
#include "gln-paper-view.h"

/* For you: the unread papers ranked by what the user cares about, each with the reason, and
 * the paper on the right. "More like this" (M) lists the papers most like the selected one in
 * its place; "Not interested" (N) hides a paper with Undo in a toast. The ranking comes from a
 * GlnForYou, made live the first time the view shows and kept up to date from then on as the
 * library changes, so that the view shows it at once the next time. */

#define SIMILAR_LIMIT 50

/* One row: a paper's id and why it is there, once known (a ranking gives the reasons of its
 * first papers; the view asks for the others' as it shows them). */
#define GLN_TYPE_FOR_YOU_ENTRY (gln_for_you_entry_get_type ())
G_DECLARE_FINAL_TYPE (GlnForYouEntry, gln_for_you_entry, GLN, FOR_YOU_ENTRY, GObject)

struct _GlnForYouEntry
{
  GObject   parent_instance;
  gint64    id;
  char     *because;
  gboolean  asked;
};

enum {
  ENTRY_PROP_0,
  ENTRY_PROP_BECAUSE,
  N_ENTRY_PROPS
};

G_DEFINE_FINAL_TYPE (GlnForYouEntry, gln_for_you_entry, G_TYPE_OBJECT)

static GParamSpec *entry_properties [N_ENTRY_PROPS];

static void
gln_for_you_entry_finalize (GObject *object)
{
  g_free (GLN_FOR_YOU_ENTRY (object)->because);

  G_OBJECT_CLASS (gln_for_you_entry_parent_class)->finalize (object);
}

static void
gln_for_you_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case ENTRY_PROP_BECAUSE:
      g_value_set_string (value, GLN_FOR_YOU_ENTRY (object)->because);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_for_you_entry_class_init (GlnForYouEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_for_you_entry_finalize;
  object_class->get_property = gln_for_you_entry_get_property;

  entry_properties [ENTRY_PROP_BECAUSE] =
    g_param_spec_string ("because", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_ENTRY_PROPS, entry_properties);
}

static void
gln_for_you_entry_init (GlnForYouEntry *self)
{
}

static GlnForYouEntry *
entry_new (const GlnForYouItem *item)
{
  GlnForYouEntry *entry = g_object_new (GLN_TYPE_FOR_YOU_ENTRY, NULL);

  entry->id = item->id;
  entry->because = g_strdup (item->because);

  return entry;
}

static void
entry_set_because (GlnForYouEntry *entry,
                   const char     *because)
{
  if (gln_set_str (&entry->because, because))
    g_object_notify_by_pspec (G_OBJECT (entry), entry_properties [ENTRY_PROP_BECAUSE]);
}

struct _GlnForYouView
{
  GtkWidget           parent_instance;

  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *title;
  GtkWidget          *back_button;
  GtkToggleButton    *sidebar_button;
  GtkStack           *stack;
  AdwStatusPage      *status;
  GtkListView        *list_view;
  GlnPaperView       *paper_view;

  GlnStore           *store;
  GlnForYou          *for_you;
  GListStore         *entries;
  GtkSingleSelection *selection;
  GCancellable       *similar_cancellable;
  GCancellable       *explain_cancellable;
  GPtrArray          *unexplained;  /* entries shown without their reason yet */
  guint               explain_source;
  gint64              similar_to;
  gboolean            reveal_sidebar;
  gboolean            stale;       /* a ranking came while the view was hidden */
};

enum {
  PROP_0,
  PROP_REVEAL_SIDEBAR,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (GlnForYouView, gln_for_you_view, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];

/* The best suggestion is open to read as soon as the view shows; a hidden view reads no
 * paper. */
static void
select_first (GlnForYouView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      gtk_single_selection_get_selected_item (self->selection) == NULL &&
      g_list_model_get_n_items (G_LIST_MODEL (self->entries)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
}

static void
show_items (GlnForYouView *self,
            GPtrArray     *items)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  GlnForYouEntry *selected = gtk_single_selection_get_selected_item (self->selection);
  gint64 selected_id = selected != NULL ? selected->id : 0;

  for (guint i = 0; items != NULL && i < items->len; i++)
    g_ptr_array_add (entries, entry_new (items->pdata[i]));
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       entries->pdata, entries->len);

  /* The paper being read stays selected when it is still there. */
  for (guint i = 0; i < entries->len; i++)
    if (((GlnForYouEntry *) entries->pdata[i])->id == selected_id)
      gtk_single_selection_set_selected (self->selection, i);
  select_first (self);

  gtk_stack_set_visible_child_name (self->stack, entries->len > 0 ? "list" : "waiting");
}

/* The ranking is kept up to date while the view is hidden, but shown only once the view
 * is: rows of a hidden list would read their papers for nobody. */
static void
for_you_updated_cb (GlnForYouView *self)
{
  g_autoptr(GPtrArray) results = NULL;

  if (self->similar_to != 0)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  self->stale = FALSE;
  results = gln_for_you_dup_results (self->for_you);
  show_items (self, results);
}

/* The ranking starts the first time the view shows, and is kept up to date from then on:
 * on a library of a million papers it holds its candidates in memory (a gigabyte) and
 * reads them at every change, which a user who never opens For you should not pay for. */
static void
mapped_cb (GlnForYouView *self)
{
  if (self->for_you != NULL)
    gln_for_you_set_live (self->for_you, TRUE);
  if (self->stale)
    for_you_updated_cb (self);
  select_first (self);
}

static void
selection_changed_cb (GlnForYouView *self)
{
  GlnForYouEntry *entry = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GlnPaper) paper = NULL;

  if (entry != NULL && self->store != NULL)
    paper = gln_store_lookup_paper (self->store, entry->id, NULL);
  gln_paper_view_set_paper (self->paper_view, paper);
}

static void
explained_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GPtrArray) entries = user_data;
  g_autoptr(GPtrArray) reasons = NULL;
  g_autoptr(GError) error = NULL;

  if (!(reasons = gln_for_you_explain_finish (GLN_FOR_YOU (object), result, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Explaining For you failed: %s", error->message);
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    if (reasons->pdata[i] != NULL)
      entry_set_because (entries->pdata[i], reasons->pdata[i]);
}

static gboolean
explain_idle_cb (gpointer user_data)
{
  GlnForYouView *self = user_data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPtrArray *entries = g_steal_pointer (&self->unexplained);

  self->explain_source = 0;
  for (guint i = 0; i < entries->len; i++)
    g_array_append_val (ids, ((GlnForYouEntry *) entries->pdata[i])->id);
  gln_for_you_explain_async (self->for_you, ids, self->explain_cancellable, explained_cb, entries);

  return G_SOURCE_REMOVE;
}

/* Asks For you for the reason of a row shown without one; the rows bound at once (a screen,
 * a scroll) are asked for together. */
static void
ask_because (GlnForYouView  *self,
             GlnForYouEntry *entry)
{
  if (entry->because != NULL || entry->asked || self->for_you == NULL)
    return;

  entry->asked = TRUE;
  if (self->unexplained == NULL)
    self->unexplained = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->unexplained, g_object_ref (entry));
  if (self->explain_source == 0)
    self->explain_source = g_idle_add (explain_idle_cb, self);
}

static void
show_because (GtkWidget  *label,
              const char *because)
{
  gtk_label_set_text (GTK_LABEL (label), because != NULL ? because : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  because != NULL ? because : "", -1);
}

static void
because_changed_cb (GlnForYouEntry *entry,
                    GParamSpec     *pspec,
                    GtkWidget      *label)
{
  show_because (label, entry->because);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *because = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), gln_paper_row_new ());
  gtk_label_set_xalign (GTK_LABEL (because), 0);
  gtk_label_set_wrap (GTK_LABEL (because), TRUE);
  gtk_widget_set_margin_start (because, 16);
  gtk_widget_add_css_class (because, "caption");
  gtk_widget_add_css_class (because, "for-you-because");
  gtk_box_append (GTK_BOX (box), because);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             GlnForYouView            *self)
{
  GlnForYouEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *row = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  g_autoptr(GlnPaper) paper = NULL;

  /* Rows read their paper by id from the store's reader, as the paper lists do. */
  if (self->store != NULL)
    paper = gln_store_lookup_paper (self->store, entry->id, NULL);
  gln_paper_row_set_paper (GLN_PAPER_ROW (row), paper);
  show_because (label, entry->because);
  g_signal_connect_object (entry, "notify::because", G_CALLBACK (because_changed_cb), label, 0);
  ask_because (self, entry);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GlnForYouEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_widget_get_last_child (gtk_list_item_get_child (item));

  if (entry != NULL)
    g_signal_handlers_disconnect_by_func (entry, because_changed_cb, label);
}

static GlnPaper *
dup_selected_paper (GlnForYouView *self)
{
  GlnForYouEntry *entry = gtk_single_selection_get_selected_item (self->selection);

  if (entry == NULL || self->store == NULL)
    return NULL;

  return gln_store_lookup_paper (self->store, entry->id, NULL);
}

static void
similar_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GlnForYouView *self;

  items = gln_for_you_similar_finish (GLN_FOR_YOU (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GLN_FOR_YOU_VIEW (user_data);
  if (items == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  show_items (self, items);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnForYouView *self = GLN_FOR_YOU_VIEW (widget);

  if (self->similar_to == 0)
    return;

  g_cancellable_cancel (self->similar_cancellable);
  self->similar_to = 0;
  adw_window_title_set_title (self->title, _("For You"));
  adw_window_title_set_subtitle (self->title, NULL);
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_widget_action_set_enabled (widget, "for-you.back", FALSE);
  for_you_updated_cb (self);
}

static void
more_like_this_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GlnForYouView *self = GLN_FOR_YOU_VIEW (widget);
  g_autoptr(GlnPaper) paper = dup_selected_paper (self);

  if (paper != NULL)
    gln_for_you_view_show_similar (self, paper);
}

static void
undo_cb (AdwToast *toast,
         gpointer  user_data)
{
  GlnForYouView *self = GLN_FOR_YOU_VIEW (user_data);
  GlnPaper *paper = g_object_get_data (G_OBJECT (toast), "gln-paper");

  if (self->store != NULL && paper != NULL)
    gln_store_set_not_interested_async (self->store, paper, FALSE, NULL, NULL, NULL);
}

static void
not_interested_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GlnForYouView *self = GLN_FOR_YOU_VIEW (widget);
  g_autoptr(GlnPaper) paper = dup_selected_paper (self);

  if (paper != NULL)
    gln_for_you_view_not_interested (self, paper);
}

static void
gln_for_you_view_dispose (GObject *object)
{
  GlnForYouView *self = GLN_FOR_YOU_VIEW (object);

  if (self->similar_cancellable != NULL)
    g_cancellable_cancel (self->similar_cancellable);
  g_clear_object (&self->similar_cancellable);
  g_cancellable_cancel (self->explain_cancellable);
  g_clear_object (&self->explain_cancellable);
  g_clear_handle_id (&self->explain_source, g_source_remove);
  g_clear_pointer (&self->unexplained, g_ptr_array_unref);
  if (self->for_you != NULL)
    gln_for_you_set_live (self->for_you, FALSE);
  g_clear_object (&self->for_you);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_FOR_YOU_VIEW);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (gln_for_you_view_parent_class)->dispose (object);
}

static void
gln_for_you_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GlnForYouView *self = GLN_FOR_YOU_VIEW (object);

  switch (prop_id)
    {
    case PROP_REVEAL_SIDEBAR:
      g_value_set_boolean (value, self->reveal_sidebar);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_for_you_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GlnForYouView *self = GLN_FOR_YOU_VIEW (object);

  switch (prop_id)
    {
    case PROP_REVEAL_SIDEBAR:
      if (self->reveal_sidebar != g_value_get_boolean (value))
        {
          self->reveal_sidebar = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_for_you_view_class_init (GlnForYouViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_for_you_view_dispose;
  object_class->get_property = gln_for_you_view_get_property;
  object_class->set_property = gln_for_you_view_set_property;

  /**
   * GlnForYouView:reveal-sidebar:
   *
   * Whether the window's sidebar is shown; the header's sidebar button toggles it.
   */
  properties [PROP_REVEAL_SIDEBAR] =
    g_param_spec_boolean ("reveal-sidebar", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GLN_TYPE_PAPER_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gln-for-you-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnForYouView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GlnForYouView, title);
  gtk_widget_class_bind_template_child (widget_class, GlnForYouView, back_button);
  gtk_widget_class_bind_template_child (widget_class, GlnForYouView, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, GlnForYouView, stack);
  gtk_widget_class_bind_template_child (widget_class, GlnForYouView, status);
  gtk_widget_class_bind_template_child (widget_class, GlnForYouView, list_view);
  gtk_widget_class_bind_template_child (widget_class, GlnForYouView, paper_view);

  gtk_widget_class_install_action (widget_class, "for-you.more-like-this", NULL,
                                   more_like_this_action);
  gtk_widget_class_install_action (widget_class, "for-you.not-interested", NULL,
                                   not_interested_action);
  gtk_widget_class_install_action (widget_class, "for-you.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, 0, "for-you.more-like-this", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "for-you.not-interested", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "for-you.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "for-you.back",
                                       NULL);
}

static void
gln_for_you_view_init (GlnForYouView *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries = g_list_store_new (GLN_TYPE_FOR_YOU_ENTRY);
  self->explain_cancellable = g_cancellable_new ();
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->entries));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_object_bind_property (self, "reveal-sidebar", self->sidebar_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "for-you.back", FALSE);
}

GtkWidget *
gln_for_you_view_new (void)
{
  return g_object_new (GLN_TYPE_FOR_YOU_VIEW, NULL);
}

/**
 * gln_for_you_view_set_store:
 * @self: a #GlnForYouView
 * @store: the library
 *
 * Ranks the library's unread papers once the view has shown, and keeps the ranking up to
 * date from then on, whether the view is shown or not, so that it shows at once the next
 * time.
 */
void
gln_for_you_view_set_store (GlnForYouView *self,
                            GlnStore      *store)
{
  g_return_if_fail (GLN_IS_FOR_YOU_VIEW (self));
  g_return_if_fail (GLN_IS_STORE (store));

  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  gln_paper_view_set_store (self->paper_view, store);
  if (self->for_you != NULL)
    gln_for_you_set_live (self->for_you, FALSE);
  g_clear_object (&self->for_you);
  self->for_you = gln_for_you_new (store);
  g_signal_connect_object (self->for_you, "updated", G_CALLBACK (for_you_updated_cb), self,
                           G_CONNECT_SWAPPED);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gln_for_you_set_live (self->for_you, TRUE);
}

GlnForYou *
gln_for_you_view_get_for_you (GlnForYouView *self)
{
  g_return_val_if_fail (GLN_IS_FOR_YOU_VIEW (self), NULL);

  return self->for_you;
}

guint
gln_for_you_view_get_n_rows (GlnForYouView *self)
{
  g_return_val_if_fail (GLN_IS_FOR_YOU_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->entries));
}

gint64
gln_for_you_view_get_row_id (GlnForYouView *self,
                             guint          position)
{
  g_autoptr(GlnForYouEntry) entry = NULL;

  g_return_val_if_fail (GLN_IS_FOR_YOU_VIEW (self), 0);

  entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);
  return entry != NULL ? entry->id : 0;
}

/**
 * gln_for_you_view_get_row_because:
 * @self: a #GlnForYouView
 * @position: a row
 *
 * Returns: (nullable): the reason the row shows
 */
const char *
gln_for_you_view_get_row_because (GlnForYouView *self,
                                  guint          position)
{
  g_autoptr(GlnForYouEntry) entry = NULL;

  g_return_val_if_fail (GLN_IS_FOR_YOU_VIEW (self), NULL);

  entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);
  /* The list store keeps the entry, and so its text, alive. */
  return entry != NULL ? entry->because : NULL;
}

/**
 * gln_for_you_view_show_similar:
 * @self: a #GlnForYouView
 * @paper: a paper
 *
 * Lists the papers most like @paper in place of the ranking, until Back.
 */
void
gln_for_you_view_show_similar (GlnForYouView *self,
                               GlnPaper      *paper)
{
  g_autofree char *title = NULL;

  g_return_if_fail (GLN_IS_FOR_YOU_VIEW (self));
  g_return_if_fail (GLN_IS_PAPER (paper));

  if (self->for_you == NULL)
    return;

  if (self->similar_cancellable != NULL)
    g_cancellable_cancel (self->similar_cancellable);
  g_clear_object (&self->similar_cancellable);
  self->similar_cancellable = g_cancellable_new ();
  self->similar_to = gln_paper_get_id (paper);

  adw_window_title_set_title (self->title, _("More Like This"));
  adw_window_title_set_subtitle (self->title, gln_paper_get_title (paper));
  gtk_widget_set_visible (self->back_button, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "for-you.back", TRUE);
  gln_for_you_similar_async (self->for_you, self->similar_to, SIMILAR_LIMIT,
                             self->similar_cancellable, similar_found_cb, self);
}

/**
 * gln_for_you_view_not_interested:
 * @self: a #GlnForYouView
 * @paper: a paper
 *
 * Marks @paper as not interesting: it leaves the list at once, For you learns from it, and
 * a toast offers to take it back.
 */
void
gln_for_you_view_not_interested (GlnForYouView *self,
                                 GlnPaper      *paper)
{
  g_autofree char *text = NULL;
  AdwToast *toast;

  g_return_if_fail (GLN_IS_FOR_YOU_VIEW (self));
  g_return_if_fail (GLN_IS_PAPER (paper));

  if (self->store == NULL)
    return;

  for (guint i = 0; i < gln_for_you_view_get_n_rows (self); i++)
    if (gln_for_you_view_get_row_id (self, i) == gln_paper_get_id (paper))
      {
        g_list_store_remove (self->entries, i);
        break;
      }
  gln_store_set_not_interested_async (self->store, paper, TRUE, NULL, NULL, NULL);

  /* Translators: the title of a paper the user marked as not interesting */
  text = g_markup_printf_escaped (_("“%s” will not be suggested"), gln_paper_get_title (paper));
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "gln-paper", g_object_ref (paper), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
