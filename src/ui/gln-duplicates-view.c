/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-duplicates-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gln-duplicates-view.h"

#include "gln-plain-text.h"
#include "gln-window.h"

/* The possible duplicates an import kept apart: the pairs on the left, the selected pair
 * side by side on the right, to merge (with Undo in a toast) or to mark as not duplicates.
 * The list is read when the view is shown and again whenever the store changes. */
struct _GlnDuplicatesView
{
  GtkWidget       parent_instance;

  GlnStore       *store;
  GCancellable   *cancellable;
  GCancellable   *load_cancellable;
  GPtrArray      *duplicates;       /* GlnDuplicate */
  gint64          shown_a;          /* the pair in the merge pane, by paper ids */
  gint64          shown_b;
  guint           shown_index;
  guint           loading : 1;
  guint           stale : 1;
  guint           busy : 1;
  guint           rebuilding : 1;
  guint           pane_stale : 1;
  guint           reveal_sidebar : 1;
  guint           show_start_title_buttons : 1;

  GtkStack       *stack;
  AdwHeaderBar   *empty_header;
  GtkWidget      *empty_sidebar_button;
  AdwLeaflet     *leaflet;
  GtkWidget      *list_pane;
  AdwHeaderBar   *list_header;
  AdwWindowTitle *list_title;
  GtkWidget      *sidebar_button;
  GtkListBox     *pair_list;
  GtkWidget      *pane;
  AdwHeaderBar   *pane_header;
  GtkWidget      *back_button;
  GlnMergePane   *merge_pane;
  GtkWidget      *merge_hint;
};

enum {
  PROP_0,
  PROP_REVEAL_SIDEBAR,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (GlnDuplicatesView, gln_duplicates_view, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];

static void reload (GlnDuplicatesView *self);

static void
report_error (GlnDuplicatesView *self,
              const char        *prefix,
              const GError      *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GLN_IS_WINDOW (root))
    gln_window_report_error (GLN_WINDOW (root), prefix, error);
  else
    gln_application_report_error (prefix, error);
}

static GlnDuplicate *
get_shown (GlnDuplicatesView *self)
{
  for (guint i = 0; self->duplicates != NULL && i < self->duplicates->len; i++)
    {
      GlnDuplicate *duplicate = g_ptr_array_index (self->duplicates, i);

      if (gln_paper_get_id (duplicate->paper_a) == self->shown_a &&
          gln_paper_get_id (duplicate->paper_b) == self->shown_b)
        return duplicate;
    }

  return NULL;
}

static void
update_actions (GlnDuplicatesView *self)
{
  gboolean can_act = self->store != NULL && !self->busy && get_shown (self) != NULL;
  gboolean ready = gln_merge_pane_get_ready (self->merge_pane);

  /* Merge waits for a screening conflict to be settled, and says so. */
  gtk_widget_set_visible (self->merge_hint, get_shown (self) != NULL && !ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "duplicates.merge", can_act && ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "duplicates.dismiss", can_act);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "duplicates.back",
                                 adw_leaflet_get_folded (self->leaflet));
}

/* Only the outermost header bars show the window buttons, as in the window's own panes. */
static void
update_headers (GlnDuplicatesView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  adw_header_bar_set_show_start_title_buttons (self->empty_header,
                                               self->show_start_title_buttons);
  adw_header_bar_set_show_start_title_buttons (self->list_header,
                                               self->show_start_title_buttons);
  adw_header_bar_set_show_end_title_buttons (self->list_header, folded);
  adw_header_bar_set_show_start_title_buttons (self->pane_header, folded);
  gtk_widget_set_visible (self->back_button, folded);
  update_actions (self);
}

static void
folded_changed_cb (GlnDuplicatesView *self)
{
  update_headers (self);
}

static char *
dup_title (GlnPaper *paper)
{
  const char *title = gln_paper_get_title (paper);

  return title != NULL ? gln_latex_to_text (title) : g_strdup (_("Untitled"));
}

static GtkWidget *
new_title_line (const char *badge,
                const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *badge_label = gtk_label_new (badge);
  GtkWidget *title_label = gtk_label_new (title);

  gtk_widget_add_css_class (badge_label, "source-badge");
  gtk_widget_set_valign (badge_label, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title_label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title_label, TRUE);

  gtk_box_append (GTK_BOX (box), badge_label);
  gtk_box_append (GTK_BOX (box), title_label);

  return box;
}

/* A pair in the list: both titles, and why they look alike. */
static GtkWidget *
create_pair_row (const GlnDuplicate *duplicate)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *reason = gtk_label_new (gln_duplicate_describe_reason (duplicate->reason));
  g_autofree char *title_a = dup_title (duplicate->paper_a);
  g_autofree char *title_b = dup_title (duplicate->paper_b);
  g_autofree char *name = NULL;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 4);
  gtk_widget_set_margin_end (box, 4);
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_widget_add_css_class (reason, "caption");
  gtk_widget_add_css_class (reason, "dim-label");

  gtk_box_append (GTK_BOX (box), new_title_line (_("A"), title_a));
  gtk_box_append (GTK_BOX (box), new_title_line (_("B"), title_b));
  gtk_box_append (GTK_BOX (box), reason);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Translators: the titles of two papers that may be the same */
  name = g_strdup_printf (_("“%s” and “%s”"), title_a, title_b);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gln_duplicate_describe_reason (duplicate->reason),
                                  -1);

  return row;
}

static void
show_pair (GlnDuplicatesView *self,
           int                index)
{
  GlnDuplicate *duplicate = NULL;

  if (index >= 0 && self->duplicates != NULL && (guint) index < self->duplicates->len)
    duplicate = g_ptr_array_index (self->duplicates, index);

  if (duplicate != NULL)
    self->shown_index = index;

  /* A reload keeps the choices made for the pair shown, unless its screening changed. */
  if (duplicate != NULL && duplicate == get_shown (self) && !self->pane_stale &&
      gln_merge_pane_get_paper (self->merge_pane, GLN_MERGE_SIDE_A) == duplicate->paper_a)
    {
      update_actions (self);
      return;
    }

  self->pane_stale = FALSE;
  self->shown_a = duplicate ? gln_paper_get_id (duplicate->paper_a) : 0;
  self->shown_b = duplicate ? gln_paper_get_id (duplicate->paper_b) : 0;
  gln_merge_pane_set_duplicate (self->merge_pane, duplicate);
  update_actions (self);
}

/* Shows the pairs loaded, keeping the pair shown, or the one in its place once it left. */
static void
rebuild_list (GlnDuplicatesView *self)
{
  g_autofree char *subtitle = NULL;
  GtkWidget *child;
  int index = -1;
  guint n_pairs = self->duplicates->len;

  self->rebuilding = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pair_list))) != NULL)
    gtk_list_box_remove (self->pair_list, child);

  for (guint i = 0; i < n_pairs; i++)
    {
      GlnDuplicate *duplicate = g_ptr_array_index (self->duplicates, i);

      gtk_list_box_append (self->pair_list, create_pair_row (duplicate));
      if (gln_paper_get_id (duplicate->paper_a) == self->shown_a &&
          gln_paper_get_id (duplicate->paper_b) == self->shown_b)
        index = i;
    }
  self->rebuilding = FALSE;

  if (index < 0 && n_pairs > 0)
    index = MIN (self->shown_index, n_pairs - 1);
  if (index >= 0)
    gtk_list_box_select_row (self->pair_list, gtk_list_box_get_row_at_index (self->pair_list,
                                                                            index));
  show_pair (self, index);

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pair", "%u pairs", n_pairs),
                              n_pairs);
  adw_window_title_set_subtitle (self->list_title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, n_pairs > 0 ? "pairs" : "empty");
}

static gboolean
same_screening (const GlnDuplicate *one,
                const GlnDuplicate *other)
{
  if (one->screening->len != other->screening->len)
    return FALSE;

  for (guint i = 0; i < one->screening->len; i++)
    {
      GlnDuplicateScreening *a = g_ptr_array_index (one->screening, i);
      GlnDuplicateScreening *b = g_ptr_array_index (other->screening, i);

      if (a->collection_id != b->collection_id || a->status_a != b->status_a ||
          a->status_b != b->status_b || g_strcmp0 (a->collection, b->collection) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
duplicates_loaded_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GPtrArray) duplicates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) old = NULL;
  GlnDuplicatesView *self;
  GlnDuplicate *shown;

  duplicates = gln_store_list_duplicates_finish (GLN_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GLN_DUPLICATES_VIEW (user_data);
  self->loading = FALSE;
  if (duplicates == NULL)
    {
      report_error (self, _("Could not list the possible duplicates"), error);
      return;
    }

  /* The old pairs go once the pair shown is compared with its new reading. */
  shown = get_shown (self);
  old = g_steal_pointer (&self->duplicates);
  self->duplicates = g_steal_pointer (&duplicates);
  if (shown != NULL && get_shown (self) != NULL && !same_screening (shown, get_shown (self)))
    self->pane_stale = TRUE;
  rebuild_list (self);
}

static void
reload (GlnDuplicatesView *self)
{
  self->stale = FALSE;
  if (self->store == NULL)
    return;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  self->loading = TRUE;
  gln_store_list_duplicates_async (self->store, self->load_cancellable, duplicates_loaded_cb,
                                   self);
}

/* A hidden view reads the pairs when it is shown next. */
static void
store_changed_cb (GlnDuplicatesView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->stale = TRUE;
}

static void
row_selected_cb (GlnDuplicatesView *self,
                 GtkListBoxRow     *row,
                 GtkListBox        *list_box)
{
  if (!self->rebuilding && row != NULL)
    show_pair (self, gtk_list_box_row_get_index (row));
}

static void
row_activated_cb (GlnDuplicatesView *self,
                  GtkListBoxRow     *row,
                  GtkListBox        *list_box)
{
  adw_leaflet_set_visible_child (self->leaflet, self->pane);
}

static void
merge_ready_cb (GlnDuplicatesView *self)
{
  update_actions (self);
}

static void
merge_undone_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gln_store_undo_merge_finish (GLN_STORE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        report_error (GLN_DUPLICATES_VIEW (user_data), _("Could not undo the merge"), error);
      return;
    }

  /* The pair is back: show it again. */
  reload (GLN_DUPLICATES_VIEW (user_data));
}

static void
undo_clicked_cb (GlnDuplicatesView *self,
                 AdwToast          *toast)
{
  gint64 *ids = g_object_get_data (G_OBJECT (toast), "gln-merge");

  if (self->store == NULL || ids == NULL)
    return;

  self->shown_a = ids[1];
  self->shown_b = ids[2];
  gln_store_undo_merge_async (self->store, ids[0], self->cancellable, merge_undone_cb, self);
}

static void
show_merged_toast (GlnDuplicatesView *self,
                   gint64             merge_id,
                   gint64             paper_a,
                   gint64             paper_b)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwToast *toast;
  gint64 *ids;

  if (!GLN_IS_WINDOW (root))
    return;

  toast = gln_toast_new_text (_("Papers merged"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  ids = g_new (gint64, 3);
  ids[0] = merge_id;
  ids[1] = paper_a;
  ids[2] = paper_b;
  g_object_set_data_full (G_OBJECT (toast), "gln-merge", ids, g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gln_window_add_toast (GLN_WINDOW (root), toast);
}

typedef struct
{
  GlnDuplicatesView *self;
  gint64             paper_a;
  gint64             paper_b;
} MergeData;

static void
merged_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autofree MergeData *data = user_data;
  g_autoptr(GError) error = NULL;
  GlnDuplicatesView *self;
  gint64 merge_id;

  merge_id = gln_store_merge_duplicates_finish (GLN_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = data->self;
  self->busy = FALSE;
  update_actions (self);

  /* Screening does not signal a change: a conflict the pane did not know of yet shows now. */
  if (g_error_matches (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CONFLICT))
    {
      self->pane_stale = TRUE;
      reload (self);
    }

  if (merge_id <= 0)
    report_error (self, _("Could not merge the papers"), error);
  else
    show_merged_toast (self, merge_id, data->paper_a, data->paper_b);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GlnDuplicatesView *self = GLN_DUPLICATES_VIEW (widget);
  GlnMergePane *pane = self->merge_pane;
  g_auto(GStrv) take = NULL;
  GlnMergeSide master = gln_merge_pane_get_master (pane);
  GlnMergeSide other = master == GLN_MERGE_SIDE_A ? GLN_MERGE_SIDE_B : GLN_MERGE_SIDE_A;
  MergeData *data;

  if (self->store == NULL || self->busy || get_shown (self) == NULL ||
      !gln_merge_pane_get_ready (pane))
    return;

  data = g_new0 (MergeData, 1);
  data->self = self;
  data->paper_a = self->shown_a;
  data->paper_b = self->shown_b;
  take = gln_merge_pane_dup_take (pane);
  self->busy = TRUE;
  update_actions (self);
  gln_store_merge_duplicates_async (self->store,
                                    gln_paper_get_id (gln_merge_pane_get_paper (pane, master)),
                                    gln_paper_get_id (gln_merge_pane_get_paper (pane, other)),
                                    (const char * const *) take, self->cancellable, merged_cb,
                                    data);
}

static void
dismissed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GlnDuplicatesView *self;
  gboolean done;

  done = gln_store_dismiss_duplicate_finish (GLN_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GLN_DUPLICATES_VIEW (user_data);
  self->busy = FALSE;
  update_actions (self);
  if (!done)
    report_error (self, _("Could not keep the papers apart"), error);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GlnDuplicatesView *self = GLN_DUPLICATES_VIEW (widget);

  if (self->store == NULL || self->busy || get_shown (self) == NULL)
    return;

  self->busy = TRUE;
  update_actions (self);
  gln_store_dismiss_duplicate_async (self->store, self->shown_a, self->shown_b,
                                     self->cancellable, dismissed_cb, self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnDuplicatesView *self = GLN_DUPLICATES_VIEW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
gln_duplicates_view_map (GtkWidget *widget)
{
  GlnDuplicatesView *self = GLN_DUPLICATES_VIEW (widget);

  GTK_WIDGET_CLASS (gln_duplicates_view_parent_class)->map (widget);

  /* Screening in a review window changes conflicts without GlnStore::changed: read the
   * pairs at every visit. */
  if (self->store != NULL)
    reload (self);
}

static void
gln_duplicates_view_dispose (GObject *object)
{
  GlnDuplicatesView *self = (GlnDuplicatesView *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_DUPLICATES_VIEW);
  g_clear_object (&self->store);
  g_clear_pointer (&self->duplicates, g_ptr_array_unref);

  G_OBJECT_CLASS (gln_duplicates_view_parent_class)->dispose (object);
}

static void
gln_duplicates_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  GlnDuplicatesView *self = GLN_DUPLICATES_VIEW (object);

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
gln_duplicates_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  GlnDuplicatesView *self = GLN_DUPLICATES_VIEW (object);

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
gln_duplicates_view_class_init (GlnDuplicatesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_duplicates_view_dispose;
  object_class->get_property = gln_duplicates_view_get_property;
  object_class->set_property = gln_duplicates_view_set_property;
  widget_class->map = gln_duplicates_view_map;

  /**
   * GlnDuplicatesView:reveal-sidebar:
   *
   * Whether the window's sidebar is shown: the view's sidebar buttons show and change it.
   */
  properties [PROP_REVEAL_SIDEBAR] =
    g_param_spec_boolean ("reveal-sidebar", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GLN_TYPE_MERGE_PANE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-duplicates-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, stack);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, empty_header);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, empty_sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, list_header);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, list_title);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, pair_list);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, pane);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, pane_header);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, back_button);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, merge_pane);
  gtk_widget_class_bind_template_child (widget_class, GlnDuplicatesView, merge_hint);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, merge_ready_cb);

  gtk_widget_class_install_action (widget_class, "duplicates.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "duplicates.dismiss", NULL, dismiss_action);
  gtk_widget_class_install_action (widget_class, "duplicates.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "duplicates.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "duplicates.back", NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
gln_duplicates_view_init (GlnDuplicatesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->duplicates = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_duplicate_free);
  self->show_start_title_buttons = TRUE;

  g_object_bind_property (self, "reveal-sidebar", self->sidebar_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self, "reveal-sidebar", self->empty_sidebar_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  update_headers (self);
}

GtkWidget *
gln_duplicates_view_new (void)
{
  return g_object_new (GLN_TYPE_DUPLICATES_VIEW, NULL);
}

/**
 * gln_duplicates_view_set_store:
 * @self: a #GlnDuplicatesView
 * @store: the open library
 *
 * Lists the library's possible duplicates, now if the view is shown, else when it is.
 */
void
gln_duplicates_view_set_store (GlnDuplicatesView *self,
                               GlnStore          *store)
{
  g_return_if_fail (GLN_IS_DUPLICATES_VIEW (self));
  g_return_if_fail (store == NULL || GLN_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  g_ptr_array_set_size (self->duplicates, 0);
  rebuild_list (self);
  store_changed_cb (self);
}

/* Whether the pairs are being read. */
gboolean
gln_duplicates_view_get_loading (GlnDuplicatesView *self)
{
  g_return_val_if_fail (GLN_IS_DUPLICATES_VIEW (self), FALSE);

  return self->loading || self->stale;
}

guint
gln_duplicates_view_get_n_pairs (GlnDuplicatesView *self)
{
  g_return_val_if_fail (GLN_IS_DUPLICATES_VIEW (self), 0);

  return self->duplicates->len;
}

/**
 * gln_duplicates_view_get_selected:
 * @self: a #GlnDuplicatesView
 *
 * Returns: (transfer none) (nullable): the pair in the merge pane
 */
const GlnDuplicate *
gln_duplicates_view_get_selected (GlnDuplicatesView *self)
{
  g_return_val_if_fail (GLN_IS_DUPLICATES_VIEW (self), NULL);

  return get_shown (self);
}

/**
 * gln_duplicates_view_get_merge_pane:
 * @self: a #GlnDuplicatesView
 *
 * Returns: (transfer none): the pane where the selected pair is merged
 */
GlnMergePane *
gln_duplicates_view_get_merge_pane (GlnDuplicatesView *self)
{
  g_return_val_if_fail (GLN_IS_DUPLICATES_VIEW (self), NULL);

  return self->merge_pane;
}

/**
 * gln_duplicates_view_set_start_title_buttons:
 * @self: a #GlnDuplicatesView
 * @show: whether the view is at the window's start edge (the sidebar is hidden)
 */
void
gln_duplicates_view_set_start_title_buttons (GlnDuplicatesView *self,
                                             gboolean           show)
{
  g_return_if_fail (GLN_IS_DUPLICATES_VIEW (self));

  self->show_start_title_buttons = !!show;
  update_headers (self);
}
