/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include "gln-window.h"

struct _GlnWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (GlnWindow, gln_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties [N_PROPS];

static void
restore_window_state (GlnWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (GlnWindow *self)
{
  int width;
  int height;

  /* GTK 4 keeps the default size at the last unmaximized size. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
gln_window_close_request (GtkWindow *window)
{
  GlnWindow *self = GLN_WINDOW (window);

  if (self->settings != NULL)
    save_window_state (self);

  return GTK_WINDOW_CLASS (gln_window_parent_class)->close_request (window);
}

static void
gln_window_constructed (GObject *object)
{
  GlnWindow *self = (GlnWindow *)object;

  G_OBJECT_CLASS (gln_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    restore_window_state (self);
}

static void
gln_window_dispose (GObject *object)
{
  GlnWindow *self = (GlnWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_WINDOW);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gln_window_parent_class)->dispose (object);
}

static void
gln_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  GlnWindow *self = GLN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  GlnWindow *self = GLN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_window_class_init (GlnWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = gln_window_constructed;
  object_class->dispose = gln_window_dispose;
  object_class->get_property = gln_window_get_property;
  object_class->set_property = gln_window_set_property;

  window_class->close_request = gln_window_close_request;

  /* Construct-only, so that constructed() can restore the window size. */
  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gln-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, toast_overlay);
}

static void
gln_window_init (GlnWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

GlnWindow *
gln_window_new (GlnApplication *application)
{
  g_return_val_if_fail (GLN_IS_APPLICATION (application), NULL);

  return g_object_new (GLN_TYPE_WINDOW,
                       "application", application,
                       "settings", gln_application_get_settings (application),
                       NULL);
}

void
gln_window_add_toast (GlnWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (GLN_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
