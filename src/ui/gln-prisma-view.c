/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "gln-prisma-view.h"

#include "gln-diagram-export.h"

/* A review collection's PRISMA 2020 flow diagram, drawn by the core's renderer from the
 * store's numbers and redrawn when the library changes; exported as SVG or PNG. Its text is
 * also the drawing's accessible description, for those who cannot see it. */

struct _GlnPrismaView
{
  GtkWidget             parent_instance;

  GlnStore             *store;
  gint64                collection_id;
  GCancellable         *cancellable;
  GlnPrismaLayout      *layout;
  GtkWidget            *box;
  GtkWidget            *area;
};

G_DEFINE_FINAL_TYPE (GlnPrismaView, gln_prisma_view, GTK_TYPE_WIDGET)

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  GlnPrismaView *self = user_data;

  if (self->layout != NULL)
    gln_prisma_draw (self->layout, cr);
}

static char *
dup_text (GlnPrismaLayout *layout)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < layout->boxes->len; i++)
    {
      GlnPrismaBox *box = g_ptr_array_index (layout->boxes, i);

      for (guint j = 0; j < box->lines->len; j++)
        g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (box->lines, j));
    }

  return g_string_free (text, FALSE);
}

static void
counts_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GlnPrismaCounts) counts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GlnPrismaView *self;

  if (!(counts = gln_store_read_prisma_finish (GLN_STORE (object), result, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Reading the PRISMA numbers failed: %s", error->message);
      return;
    }

  self = GLN_PRISMA_VIEW (user_data);
  g_clear_pointer (&self->layout, gln_prisma_layout_free);
  self->layout = gln_prisma_layout_new (counts);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area), (int) self->layout->width);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area),
                                       (int) self->layout->height);
  text = dup_text (self->layout);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_widget_queue_draw (self->area);
}

static void
reload (GlnPrismaView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gln_store_read_prisma_async (self->store, self->collection_id, self->cancellable,
                               counts_read_cb, self);
}

static void
store_changed_cb (GlnPrismaView *self)
{
  reload (self);
}

static GBytes *
write_diagram (GtkWidget  *widget,
               gboolean    png,
               GError    **error)
{
  GlnPrismaView *self = GLN_PRISMA_VIEW (widget);
  char *svg;

  if (png)
    return gln_prisma_to_png (self->layout, 2.0, error);

  svg = gln_prisma_to_svg (self->layout, _("PRISMA 2020 flow diagram"));
  return g_bytes_new_take (svg, strlen (svg));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlnPrismaView *self = GLN_PRISMA_VIEW (widget);
  g_autofree char *file_name = g_strconcat ("prisma.", g_variant_get_string (parameter, NULL),
                                            NULL);

  if (self->layout != NULL)
    gln_diagram_export (widget, _("Export PRISMA Diagram"), file_name, write_diagram);
}

static GtkWidget *
export_button (const char *label,
               const char *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "prisma.export");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);

  return button;
}

static void
gln_prisma_view_dispose (GObject *object)
{
  GlnPrismaView *self = GLN_PRISMA_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_pointer (&self->layout, gln_prisma_layout_free);

  G_OBJECT_CLASS (gln_prisma_view_parent_class)->dispose (object);
}

static void
gln_prisma_view_class_init (GlnPrismaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_prisma_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "prisma.export", "s", export_action);
}

static void
gln_prisma_view_init (GlnPrismaView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_halign (bar, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (bar), export_button (_("Export _SVG…"), "svg"));
  gtk_box_append (GTK_BOX (bar), export_button (_("Export _PNG…"), "png"));
  gtk_box_append (GTK_BOX (self->box), bar);

  self->area = gtk_drawing_area_new ();
  gtk_widget_set_halign (self->area, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->area, GTK_ALIGN_START);
  gtk_widget_set_margin_bottom (self->area, 12);
  gtk_widget_set_focusable (self->area, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("PRISMA 2020 flow diagram"), -1);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_cb, self, NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->area);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self->box), scrolled);
}

/**
 * gln_prisma_view_new:
 * @store: the library
 * @collection_id: the review collection
 *
 * Returns: (transfer floating): the collection's PRISMA diagram, kept up to date
 */
GtkWidget *
gln_prisma_view_new (GlnStore *store,
                     gint64    collection_id)
{
  GlnPrismaView *self;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);

  self = g_object_new (GLN_TYPE_PRISMA_VIEW, NULL);
  self->store = g_object_ref (store);
  self->collection_id = collection_id;
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);

  return GTK_WIDGET (self);
}
