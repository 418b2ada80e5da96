/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-rating"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-rating.h"

/* Five stars. Clicking the n-th star rates n; clicking the current rating clears it. The
 * widget only shows a value and reports what the user asked for: the owner stores it. */
struct _GlnRating
{
  GtkWidget  parent_instance;

  GtkWidget *buttons[5];
  int        value;
};

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

enum {
  RATE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GlnRating, gln_rating, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
update_buttons (GlnRating *self)
{
  g_autofree char *description = NULL;

  for (int i = 0; i < 5; i++)
    {
      gtk_button_set_icon_name (GTK_BUTTON (self->buttons[i]),
                                i < self->value ? "starred-symbolic" : "non-starred-symbolic");
      if (i < self->value)
        gtk_widget_add_css_class (self->buttons[i], "filled");
      else
        gtk_widget_remove_css_class (self->buttons[i], "filled");
    }

  if (self->value > 0)
    description = g_strdup_printf (_("Rated %d of 5"), self->value);
  else
    description = g_strdup (_("Not rated"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
button_clicked_cb (GtkButton *button,
                   GlnRating *self)
{
  int n = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "gln-rating"));

  g_signal_emit (self, signals [RATE], 0, n == self->value ? 0 : n);
}

static void
gln_rating_dispose (GObject *object)
{
  GlnRating *self = (GlnRating *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gln_rating_parent_class)->dispose (object);
}

static void
gln_rating_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  GlnRating *self = GLN_RATING (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_rating_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  GlnRating *self = GLN_RATING (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      gln_rating_set_value (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_rating_class_init (GlnRatingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_rating_dispose;
  object_class->get_property = gln_rating_get_property;
  object_class->set_property = gln_rating_set_property;

  properties [PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, 0, 5, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GlnRating::rate:
   * @value: the rating asked for, 0 to clear it
   */
  signals [RATE] =
    g_signal_new ("rate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rating");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
gln_rating_init (GlnRating *self)
{
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Rate %d Star",
                                                             "Rate %d Stars", i + 1), i + 1);
      GtkWidget *button = gtk_button_new_from_icon_name ("non-starred-symbolic");

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "rating-star");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (button), "gln-rating", GINT_TO_POINTER (i + 1));
      g_signal_connect (button, "clicked", G_CALLBACK (button_clicked_cb), self);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      self->buttons[i] = button;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rating"), -1);
  update_buttons (self);
}

GtkWidget *
gln_rating_new (void)
{
  return g_object_new (GLN_TYPE_RATING, NULL);
}

int
gln_rating_get_value (GlnRating *self)
{
  g_return_val_if_fail (GLN_IS_RATING (self), 0);

  return self->value;
}

void
gln_rating_set_value (GlnRating *self,
                      int        value)
{
  g_return_if_fail (GLN_IS_RATING (self));

  value = CLAMP (value, 0, 5);
  if (self->value == value)
    return;

  self->value = value;
  update_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALUE]);
}
