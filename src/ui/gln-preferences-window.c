/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-preferences-window"

#include "config.h"

#include "gln-preferences-window.h"

struct _GlnPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *style_row;
  AdwComboRow          *startup_view_row;
  AdwComboRow          *default_sort_row;
  GtkSwitch            *refresh_on_start_switch;
  GtkAdjustment        *refresh_interval_adjustment;
  AdwPasswordEntryRow  *openalex_key_row;
  AdwPasswordEntryRow  *semantic_scholar_key_row;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (GlnPreferencesWindow, gln_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static GParamSpec *properties [N_PROPS];

/* The values of each choice key, in the order of the combo row's items in the .ui file. */
static const char * const style_variants[] = { "default", "light", "dark", NULL };
static const char * const startup_views[] = { "inbox", "library", "starred", NULL };
static const char * const sort_orders[] = { "date", "rating", "added", NULL };

static gboolean
choice_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    {
      if (g_str_equal (choices[i], choice))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
position_to_choice (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *choices = user_data;
  guint position = g_value_get_uint (value);

  for (guint i = 0; choices[i] != NULL; i++)
    {
      if (i == position)
        return g_variant_new_string (choices[i]);
    }

  return NULL;
}

static void
bind_choice (GlnPreferencesWindow *self,
             const char           *key,
             AdwComboRow          *row,
             const char * const   *choices)
{
  g_settings_bind_with_mapping (self->settings, key,
                                row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_to_position,
                                position_to_choice,
                                (gpointer) choices,
                                NULL);
}

static void
gln_preferences_window_constructed (GObject *object)
{
  GlnPreferencesWindow *self = (GlnPreferencesWindow *)object;

  G_OBJECT_CLASS (gln_preferences_window_parent_class)->constructed (object);

  g_return_if_fail (G_IS_SETTINGS (self->settings));

  bind_choice (self, "style-variant", self->style_row, style_variants);
  bind_choice (self, "startup-view", self->startup_view_row, startup_views);
  bind_choice (self, "default-sort", self->default_sort_row, sort_orders);

  g_settings_bind (self->settings, "refresh-on-start",
                   self->refresh_on_start_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "refresh-interval",
                   self->refresh_interval_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "openalex-api-key",
                   self->openalex_key_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "semantic-scholar-api-key",
                   self->semantic_scholar_key_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
gln_preferences_window_dispose (GObject *object)
{
  GlnPreferencesWindow *self = (GlnPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gln_preferences_window_parent_class)->dispose (object);
}

static void
gln_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  GlnPreferencesWindow *self = GLN_PREFERENCES_WINDOW (object);

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
gln_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  GlnPreferencesWindow *self = GLN_PREFERENCES_WINDOW (object);

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
gln_preferences_window_class_init (GlnPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gln_preferences_window_constructed;
  object_class->dispose = gln_preferences_window_dispose;
  object_class->get_property = gln_preferences_window_get_property;
  object_class->set_property = gln_preferences_window_set_property;

  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, GlnPreferencesWindow, startup_view_row);
  gtk_widget_class_bind_template_child (widget_class, GlnPreferencesWindow, default_sort_row);
  gtk_widget_class_bind_template_child (widget_class, GlnPreferencesWindow,
                                        refresh_on_start_switch);
  gtk_widget_class_bind_template_child (widget_class, GlnPreferencesWindow,
                                        refresh_interval_adjustment);
  gtk_widget_class_bind_template_child (widget_class, GlnPreferencesWindow, openalex_key_row);
  gtk_widget_class_bind_template_child (widget_class, GlnPreferencesWindow,
                                        semantic_scholar_key_row);
}

static void
gln_preferences_window_init (GlnPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GlnPreferencesWindow *
gln_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (GLN_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}
