/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-citation-map"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "gln-citation-map-view.h"

#include "gln-citation-map-area.h"
#include "gln-diagram-export.h"

/* A review collection's citation map (issue 17): its papers by year and the links among
 * them, read from the store and read again when the library changes; zoomed, exported as
 * SVG or PNG, and shown as a list for those who would rather not read a drawing. Either
 * way, opening a paper emits ::open-paper for the review window to show it. */

struct _GlnCitationMapView
{
  GtkWidget     parent_instance;

  GlnStore     *store;
  gint64        collection_id;
  GCancellable *cancellable;
  GArray       *order;

  GtkWidget    *box;
  GtkWidget    *stack;
  GtkWidget    *area;
  GtkWidget    *list_view;
  GtkStringList *titles;
  GtkWidget    *summary;
  GtkWidget    *list_toggle;
};

enum {
  OPEN_PAPER,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (GlnCitationMapView, gln_citation_map_view, GTK_TYPE_WIDGET)

static GlnCitationMap *
get_map (GlnCitationMapView *self)
{
  return gln_citation_map_area_get_map (GLN_CITATION_MAP_AREA (self->area));
}

static void
show_page (GlnCitationMapView *self)
{
  GlnCitationMap *map = get_map (self);
  const char *page = "map";

  if (map == NULL || map->nodes->len == 0)
    page = "empty";
  else if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->list_toggle)))
    page = "list";
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), page);
}

/* The list goes by year, then down each year, as the map does. */
static void
fill_list (GlnCitationMapView *self,
           GlnCitationMap     *map)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->titles));

  g_array_set_size (self->order, 0);
  for (guint c = 0; c < map->columns->len; c++)
    {
      GArray *column = g_ptr_array_index (map->columns, c);

      g_array_append_vals (self->order, column->data, column->len);
    }
  for (guint i = 0; i < self->order->len; i++)
    g_ptr_array_add (titles, gln_citation_map_get_node (map, g_array_index (self->order, guint,
                                                                            i))->title);
  g_ptr_array_add (titles, NULL);
  gtk_string_list_splice (self->titles, 0, n, (const char * const *) titles->pdata);
}

static void
map_read_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GlnCitationMap) map = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *papers = NULL;
  g_autofree char *summary = NULL;
  GlnCitationMapView *self;

  if (!(map = gln_store_read_citation_map_finish (GLN_STORE (object), result, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Reading the citation map failed: %s", error->message);
      return;
    }

  self = GLN_CITATION_MAP_VIEW (user_data);
  papers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paper", "%u papers",
                                         map->nodes->len), map->nodes->len);
  /* Translators: the citation map's summary, "12 papers, 5 links among them" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u link among them",
                                          "%s, %u links among them", map->edges->len),
                             papers, map->edges->len);
  gtk_label_set_label (GTK_LABEL (self->summary), summary);
  /* The rows read the map as they are bound. */
  gln_citation_map_area_set_map (GLN_CITATION_MAP_AREA (self->area), g_steal_pointer (&map));
  fill_list (self, get_map (self));
  show_page (self);
}

static void
reload (GlnCitationMapView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gln_store_read_citation_map_async (self->store, self->collection_id, self->cancellable,
                                     map_read_cb, self);
}

static void
open_paper_cb (GlnCitationMapView *self,
               gint64              paper_id)
{
  g_signal_emit (self, signals[OPEN_PAPER], 0, paper_id);
}

static void
list_activate_cb (GlnCitationMapView *self,
                  guint               position,
                  GtkListView        *list_view)
{
  GlnCitationMap *map = get_map (self);

  if (map != NULL && position < self->order->len)
    open_paper_cb (self, gln_citation_map_get_node (map, g_array_index (self->order, guint,
                                                                        position))->paper_id);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             GlnCitationMapView       *self)
{
  GlnCitationMap *map = get_map (self);
  guint position = gtk_list_item_get_position (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GlnCitationMapNode *node;
  g_autofree char *year = NULL;
  g_autofree char *links = NULL;
  GString *details;

  if (map == NULL || position >= self->order->len)
    return;

  node = gln_citation_map_get_node (map, g_array_index (self->order, guint, position));
  year = gln_citation_map_dup_year_label (node->year);
  links = gln_citation_map_dup_links_text (node);
  details = g_string_new (NULL);
  if (node->first_author != NULL)
    g_string_append_printf (details, "%s · ", node->first_author);
  g_string_append_printf (details, "%s · %s", year, gln_screening_get_label (node->status));
  if (node->found_by_citation)
    g_string_append_printf (details, " · %s", _("found by citation search"));
  g_string_append_printf (details, "\n%s", links);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), node->title);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), details->str);
  g_string_free (details, TRUE);
}

static void
list_toggled_cb (GlnCitationMapView *self)
{
  gboolean list = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->list_toggle));

  show_page (self);
  gtk_widget_grab_focus (list ? self->list_view : self->area);
}

static GBytes *
write_diagram (GtkWidget  *widget,
               gboolean    png,
               GError    **error)
{
  GlnCitationMap *map = get_map (GLN_CITATION_MAP_VIEW (widget));
  char *svg;

  if (png)
    return gln_citation_map_to_png (map, 2.0, error);

  svg = gln_citation_map_to_svg (map, _("Citation map"));
  return g_bytes_new_take (svg, strlen (svg));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlnCitationMapView *self = GLN_CITATION_MAP_VIEW (widget);
  g_autofree char *file_name = g_strconcat ("citation-map.",
                                            g_variant_get_string (parameter, NULL), NULL);

  if (get_map (self) != NULL)
    gln_diagram_export (widget, _("Export Citation Map"), file_name, write_diagram);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnCitationMapArea *area = GLN_CITATION_MAP_AREA (GLN_CITATION_MAP_VIEW (widget)->area);
  const char *how = g_variant_get_string (parameter, NULL);
  double zoom = gln_citation_map_area_get_zoom (area);

  if (g_str_equal (how, "fit"))
    gln_citation_map_area_zoom_to_fit (area);
  else
    gln_citation_map_area_set_zoom (area, g_str_equal (how, "in") ? zoom * 1.25 : zoom / 1.25);
}

static GtkWidget *
action_button (const char *label,
               const char *icon_name,
               const char *action,
               const char *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);

  return button;
}

/* Export in a menu, so that the bar fits a phone's width. */
static GtkWidget *
build_export_button (void)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  g_menu_append (menu, _("Export as _SVG…"), "map.export::svg");
  g_menu_append (menu, _("Export as _PNG…"), "map.export::png");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-save-symbolic");
  gtk_widget_set_tooltip_text (button, _("Export the Map"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Export the Map"), -1);

  return button;
}

static GtkWidget *
build_bar (GlnCitationMapView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *zoom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  self->list_toggle = gtk_toggle_button_new_with_mnemonic (_("Show as _List"));
  gtk_widget_set_tooltip_text (self->list_toggle,
                               _("The same papers as a list, with their links"));
  g_signal_connect_swapped (self->list_toggle, "toggled", G_CALLBACK (list_toggled_cb), self);
  gtk_box_append (GTK_BOX (bar), self->list_toggle);

  gtk_widget_add_css_class (zoom, "linked");
  gtk_box_append (GTK_BOX (zoom), action_button (_("Zoom Out (Ctrl+−)"), "zoom-out-symbolic",
                                                 "map.zoom", "out"));
  gtk_box_append (GTK_BOX (zoom), action_button (_("Zoom to Fit (Ctrl+0)"),
                                                 "zoom-fit-best-symbolic", "map.zoom", "fit"));
  gtk_box_append (GTK_BOX (zoom), action_button (_("Zoom In (Ctrl++)"), "zoom-in-symbolic",
                                                 "map.zoom", "in"));
  gtk_box_append (GTK_BOX (bar), zoom);

  self->summary = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->summary, "dim-label");
  gtk_widget_set_hexpand (self->summary, TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->summary), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (bar), self->summary);
  gtk_box_append (GTK_BOX (bar), build_export_button ());

  return bar;
}

static GtkWidget *
build_list (GlnCitationMapView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSelectionModel *selection;
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->titles = gtk_string_list_new (NULL);
  g_object_ref (self->titles);
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (self->titles)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  self->list_view = gtk_list_view_new (selection, factory);
  gtk_widget_add_css_class (self->list_view, "rich-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Papers of the citation map"), -1);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (list_activate_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);

  return scrolled;
}

static void
gln_citation_map_view_dispose (GObject *object)
{
  GlnCitationMapView *self = GLN_CITATION_MAP_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->titles);
  g_clear_object (&self->store);
  g_clear_pointer (&self->order, g_array_unref);

  G_OBJECT_CLASS (gln_citation_map_view_parent_class)->dispose (object);
}

static gboolean
gln_citation_map_view_grab_focus (GtkWidget *widget)
{
  GlnCitationMapView *self = GLN_CITATION_MAP_VIEW (widget);
  const char *page = gtk_stack_get_visible_child_name (GTK_STACK (self->stack));

  if (g_strcmp0 (page, "map") == 0)
    return gtk_widget_grab_focus (self->area);
  if (g_strcmp0 (page, "list") == 0)
    return gtk_widget_grab_focus (self->list_view);

  return gtk_widget_grab_focus (self->list_toggle);
}

static void
gln_citation_map_view_class_init (GlnCitationMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_citation_map_view_dispose;
  widget_class->grab_focus = gln_citation_map_view_grab_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * GlnCitationMapView::open-paper:
   * @self: the view
   * @paper_id: the paper to show
   */
  signals [OPEN_PAPER] = g_signal_new ("open-paper", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "map.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "map.zoom", "s", zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "map.zoom", "s", "in");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "map.zoom", "s", "in");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "map.zoom", "s", "out");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "map.zoom", "s", "fit");
}

static void
gln_citation_map_view_init (GlnCitationMapView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();

  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->box), build_bar (self));

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  self->area = gln_citation_map_area_new ();
  g_signal_connect_swapped (self->area, "open-paper", G_CALLBACK (open_paper_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->area);
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "map");
  gtk_stack_add_named (GTK_STACK (self->stack), build_list (self), "list");
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "gln-citation-map-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Papers"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("The map shows the collection’s papers and how they cite "
                                     "each other. Add papers, then search their citations."));
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_box_append (GTK_BOX (self->box), self->stack);
}

/**
 * gln_citation_map_view_new:
 * @store: the library
 * @collection_id: the review collection
 *
 * Returns: (transfer floating): the collection's citation map, kept up to date
 */
GtkWidget *
gln_citation_map_view_new (GlnStore *store,
                           gint64    collection_id)
{
  GlnCitationMapView *self;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);

  self = g_object_new (GLN_TYPE_CITATION_MAP_VIEW, NULL);
  self->store = g_object_ref (store);
  self->collection_id = collection_id;
  g_signal_connect_object (store, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);

  return GTK_WIDGET (self);
}

/**
 * gln_citation_map_view_get_area:
 * @self: a #GlnCitationMapView
 *
 * Returns: (transfer none): the drawing
 */
GtkWidget *
gln_citation_map_view_get_area (GlnCitationMapView *self)
{
  g_return_val_if_fail (GLN_IS_CITATION_MAP_VIEW (self), NULL);

  return self->area;
}

/**
 * gln_citation_map_view_set_show_list:
 * @self: a #GlnCitationMapView
 * @list: %TRUE for the list, %FALSE for the drawing
 */
void
gln_citation_map_view_set_show_list (GlnCitationMapView *self,
                                     gboolean            list)
{
  g_return_if_fail (GLN_IS_CITATION_MAP_VIEW (self));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->list_toggle), list);
}

/**
 * gln_citation_map_view_get_list:
 * @self: a #GlnCitationMapView
 *
 * Returns: (transfer none): the list of the map's papers
 */
GtkWidget *
gln_citation_map_view_get_list (GlnCitationMapView *self)
{
  g_return_val_if_fail (GLN_IS_CITATION_MAP_VIEW (self), NULL);

  return self->list_view;
}
