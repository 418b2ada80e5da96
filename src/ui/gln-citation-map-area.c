/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-citation-map"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-citation-map-area.h"

/* The drawing of a citation map, scrolled by its GtkScrolledWindow (it is GtkScrollable, so
 * that only what shows is drawn, however many papers the map has) and zoomed. The keyboard
 * moves a focus ring between the papers (left and right by year, up and down within one),
 * Enter or a click opens the focused paper (::open-paper), and the focused paper's
 * description is the drawing's accessible description, for a screen reader to read. */

#define MIN_ZOOM 0.1
#define MAX_ZOOM 4.0

struct _GlnCitationMapArea
{
  GtkWidget       parent_instance;

  GlnCitationMap *map;
  int             focused;
  double          zoom;
  GtkAdjustment  *hadjustment;
  GtkAdjustment  *vadjustment;
  guint           hscroll_policy : 1;
  guint           vscroll_policy : 1;
};

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum {
  OPEN_PAPER,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnCitationMapArea, gln_citation_map_area, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         size,
                      double         page)
{
  double value;

  if (adjustment == NULL)
    return;

  value = CLAMP (gtk_adjustment_get_value (adjustment), 0, MAX (0, size - page));
  gtk_adjustment_configure (adjustment, value, 0, MAX (size, page), page * 0.1, page * 0.9,
                            page);
}

static void
configure_adjustments (GlnCitationMapArea *self)
{
  double width = self->map != NULL ? self->map->width * self->zoom : 0;
  double height = self->map != NULL ? self->map->height * self->zoom : 0;

  configure_adjustment (self->hadjustment, width, gtk_widget_get_width (GTK_WIDGET (self)));
  configure_adjustment (self->vadjustment, height, gtk_widget_get_height (GTK_WIDGET (self)));
}

static double
scroll_value (GtkAdjustment *adjustment)
{
  return adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
}

/* Scrolls the focused paper's row into view. */
static void
reveal_focused (GlnCitationMapArea *self)
{
  GlnCitationMapNode *node;
  double left, top, right, bottom;

  if (self->map == NULL || self->focused < 0)
    return;

  node = gln_citation_map_get_node (self->map, self->focused);
  left = (node->x - GLN_CITATION_MAP_DOT_X - 8) * self->zoom;
  right = (node->x + GLN_CITATION_MAP_COLUMN_WIDTH) * self->zoom;
  top = (node->y - GLN_CITATION_MAP_ROW_HEIGHT) * self->zoom;
  bottom = (node->y + GLN_CITATION_MAP_ROW_HEIGHT) * self->zoom;
  if (self->hadjustment != NULL)
    gtk_adjustment_clamp_page (self->hadjustment, left, right);
  if (self->vadjustment != NULL)
    gtk_adjustment_clamp_page (self->vadjustment, top, bottom);
}

static void
announce (GlnCitationMapArea *self)
{
  g_autofree char *description = NULL;

  if (self->map != NULL && self->focused >= 0)
    description = gln_citation_map_dup_description (gln_citation_map_get_node (self->map,
                                                                                self->focused));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description
                                  : _("Use the arrow keys to go from paper to paper"), -1);
}

static void
open_focused (GlnCitationMapArea *self)
{
  if (self->map != NULL && self->focused >= 0)
    g_signal_emit (self, signals[OPEN_PAPER], 0,
                   gln_citation_map_get_node (self->map, self->focused)->paper_id);
}

static gboolean
key_pressed_cb (GlnCitationMapArea    *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GlnCitationMapMove move;

  if (self->map == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move = GLN_CITATION_MAP_LEFT;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move = GLN_CITATION_MAP_RIGHT;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move = GLN_CITATION_MAP_UP;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move = GLN_CITATION_MAP_DOWN;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      open_focused (self);
      return TRUE;
    default:
      return FALSE;
    }

  gln_citation_map_area_set_focused (self, gln_citation_map_move (self->map, self->focused, move));
  return TRUE;
}

static void
released_cb (GlnCitationMapArea *self,
             int                 n_press,
             double              x,
             double              y,
             GtkGestureClick    *gesture)
{
  int hit;

  if (self->map == NULL)
    return;

  hit = gln_citation_map_hit (self->map, (x + scroll_value (self->hadjustment)) / self->zoom,
                              (y + scroll_value (self->vadjustment)) / self->zoom);
  if (hit < 0)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  gln_citation_map_area_set_focused (self, hit);
  open_focused (self);
}

static gboolean
scrolled_cb (GlnCitationMapArea       *self,
             double                    dx,
             double                    dy,
             GtkEventControllerScroll *controller)
{
  GdkModifierType state;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  gln_citation_map_area_set_zoom (self, self->zoom * (dy < 0 ? 1.2 : 1 / 1.2));
  return TRUE;
}

static gboolean
query_tooltip_cb (GlnCitationMapArea *self,
                  int                 x,
                  int                 y,
                  gboolean            keyboard,
                  GtkTooltip         *tooltip)
{
  int hit = self->focused;
  g_autofree char *text = NULL;

  if (self->map == NULL)
    return FALSE;
  if (!keyboard)
    hit = gln_citation_map_hit (self->map, (x + scroll_value (self->hadjustment)) / self->zoom,
                                (y + scroll_value (self->vadjustment)) / self->zoom);
  if (hit < 0)
    return FALSE;

  text = gln_citation_map_dup_description (gln_citation_map_get_node (self->map, hit));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
focus_changed_cb (GlnCitationMapArea *self)
{
  if (gtk_widget_has_focus (GTK_WIDGET (self)) && self->focused < 0 && self->map != NULL)
    gln_citation_map_area_set_focused (self, gln_citation_map_move (self->map, -1,
                                                                    GLN_CITATION_MAP_DOWN));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
adjustment_changed_cb (GlnCitationMapArea *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (GlnCitationMapArea  *self,
                GtkAdjustment      **slot,
                GtkAdjustment       *adjustment)
{
  if (*slot == adjustment && adjustment != NULL)
    return;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, adjustment_changed_cb, self);
  g_clear_object (slot);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_object (*slot, "value-changed", G_CALLBACK (adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  configure_adjustments (self);
}

static void
gln_citation_map_area_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  GlnCitationMapArea *self = GLN_CITATION_MAP_AREA (widget);

  *minimum = 0;
  *natural = 0;
  if (self->map != NULL)
    *natural = (int) ((orientation == GTK_ORIENTATION_HORIZONTAL ? self->map->width
                       : self->map->height) * self->zoom);
}

static void
gln_citation_map_area_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  configure_adjustments (GLN_CITATION_MAP_AREA (widget));
}

static void
gln_citation_map_area_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  GlnCitationMapArea *self = GLN_CITATION_MAP_AREA (widget);
  double x = scroll_value (self->hadjustment);
  double y = scroll_value (self->vadjustment);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->map == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_translate (cr, -x, -y);
  cairo_scale (cr, self->zoom, self->zoom);
  gln_citation_map_draw (self->map, cr,
                         gtk_widget_has_focus (widget) ? self->focused : -1);
  cairo_destroy (cr);
}

static void
gln_citation_map_area_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  GlnCitationMapArea *self = GLN_CITATION_MAP_AREA (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_citation_map_area_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  GlnCitationMapArea *self = GLN_CITATION_MAP_AREA (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_citation_map_area_dispose (GObject *object)
{
  GlnCitationMapArea *self = GLN_CITATION_MAP_AREA (object);

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_pointer (&self->map, gln_citation_map_free);

  G_OBJECT_CLASS (gln_citation_map_area_parent_class)->dispose (object);
}

/* The scrolled window may hand back new adjustments while it lets go of the map. */
static void
gln_citation_map_area_finalize (GObject *object)
{
  GlnCitationMapArea *self = GLN_CITATION_MAP_AREA (object);

  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (gln_citation_map_area_parent_class)->finalize (object);
}

static void
gln_citation_map_area_class_init (GlnCitationMapAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_citation_map_area_dispose;
  object_class->finalize = gln_citation_map_area_finalize;
  object_class->get_property = gln_citation_map_area_get_property;
  object_class->set_property = gln_citation_map_area_set_property;
  widget_class->measure = gln_citation_map_area_measure;
  widget_class->size_allocate = gln_citation_map_area_size_allocate;
  widget_class->snapshot = gln_citation_map_area_snapshot;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * GlnCitationMapArea::open-paper:
   * @self: the map
   * @paper_id: the paper clicked, or focused when Enter was pressed
   */
  signals [OPEN_PAPER] = g_signal_new ("open-paper", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "citationmap");
}

static void
gln_citation_map_area_init (GlnCitationMapArea *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *scroll;
  GtkEventController *focus = gtk_event_controller_focus_new ();

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  self->focused = -1;
  self->zoom = 1.0;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Citation map"), -1);
  announce (self);

  gtk_event_controller_set_name (key, "citation-map-keys");
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect_swapped (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scrolled_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

GtkWidget *
gln_citation_map_area_new (void)
{
  return g_object_new (GLN_TYPE_CITATION_MAP_AREA, NULL);
}

/**
 * gln_citation_map_area_get_map:
 * @self: a #GlnCitationMapArea
 *
 * Returns: (transfer none) (nullable): the map drawn
 */
GlnCitationMap *
gln_citation_map_area_get_map (GlnCitationMapArea *self)
{
  g_return_val_if_fail (GLN_IS_CITATION_MAP_AREA (self), NULL);

  return self->map;
}

/**
 * gln_citation_map_area_set_map:
 * @self: a #GlnCitationMapArea
 * @map: (transfer full) (nullable): a laid out map
 *
 * Draws @map; the focus stays on the same paper when the new map has it.
 */
void
gln_citation_map_area_set_map (GlnCitationMapArea *self,
                               GlnCitationMap     *map)
{
  gint64 focused_id = 0;

  g_return_if_fail (GLN_IS_CITATION_MAP_AREA (self));

  if (self->map != NULL && self->focused >= 0)
    focused_id = gln_citation_map_get_node (self->map, self->focused)->paper_id;
  g_clear_pointer (&self->map, gln_citation_map_free);
  self->map = map;
  self->focused = map != NULL && focused_id != 0 ? gln_citation_map_find (map, focused_id) : -1;
  announce (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * gln_citation_map_area_get_focused:
 * @self: a #GlnCitationMapArea
 *
 * Returns: the index of the node with the focus ring, or -1
 */
int
gln_citation_map_area_get_focused (GlnCitationMapArea *self)
{
  g_return_val_if_fail (GLN_IS_CITATION_MAP_AREA (self), -1);

  return self->focused;
}

void
gln_citation_map_area_set_focused (GlnCitationMapArea *self,
                                   int                 index)
{
  g_return_if_fail (GLN_IS_CITATION_MAP_AREA (self));

  if (self->map == NULL || index < 0 || (guint) index >= self->map->nodes->len)
    index = -1;
  if (index == self->focused)
    return;

  self->focused = index;
  announce (self);
  reveal_focused (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
gln_citation_map_area_get_zoom (GlnCitationMapArea *self)
{
  g_return_val_if_fail (GLN_IS_CITATION_MAP_AREA (self), 1.0);

  return self->zoom;
}

void
gln_citation_map_area_set_zoom (GlnCitationMapArea *self,
                                double              zoom)
{
  g_return_if_fail (GLN_IS_CITATION_MAP_AREA (self));

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (zoom == self->zoom)
    return;

  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * gln_citation_map_area_zoom_to_fit:
 * @self: a #GlnCitationMapArea
 *
 * Zooms so that the whole map shows, never larger than its own size.
 */
void
gln_citation_map_area_zoom_to_fit (GlnCitationMapArea *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_if_fail (GLN_IS_CITATION_MAP_AREA (self));

  if (self->map == NULL || width <= 0 || height <= 0)
    return;

  gln_citation_map_area_set_zoom (self, MIN (1.0, MIN (width / self->map->width,
                                                       height / self->map->height)));
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, 0);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, 0);
}
