/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-popover-tooltips"

#include "config.h"

#include "gln-popover-tooltips.h"

/* GTK 4.8 keeps showing the tooltip of the button under the pointer after the button opened
 * its popover, drawn over the popover's first rows, and shows it again on the next motion.
 * While a popover is open, the widget it hangs from (a menu button, a drop-down, a button
 * that pops a popover up itself) has no tooltip; it gets it back when the popover closes.
 * One pair of emission hooks does it for every popover of the app, the menus GTK makes for
 * a menu model and a drop-down included, so that no button can be forgotten. */

#define OWNER_KEY "gln-popover-tooltip-owner"

static void
weak_ref_free (gpointer data)
{
  GWeakRef *ref = data;

  g_weak_ref_clear (ref);
  g_free (ref);
}

static void
suppress_tooltip (GtkPopover *popover)
{
  GtkWidget *owner = gtk_widget_get_parent (GTK_WIDGET (popover));
  GWeakRef *ref;

  if (owner == NULL || !gtk_widget_get_has_tooltip (owner))
    return;

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, owner);
  g_object_set_data_full (G_OBJECT (popover), OWNER_KEY, ref, weak_ref_free);
  gtk_widget_set_has_tooltip (owner, FALSE);
  /* Hides the tooltip shown now, as a motion of the pointer would. */
  gtk_widget_trigger_tooltip_query (owner);
}

static void
restore_tooltip (GtkPopover *popover)
{
  GWeakRef *ref = g_object_get_data (G_OBJECT (popover), OWNER_KEY);
  g_autoptr(GtkWidget) owner = NULL;

  if (ref == NULL)
    return;

  if ((owner = g_weak_ref_get (ref)) != NULL)
    gtk_widget_set_has_tooltip (owner, TRUE);
  g_object_set_data (G_OBJECT (popover), OWNER_KEY, NULL);
}

static gboolean
popover_shown_hook (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               user_data)
{
  gpointer instance = g_value_get_object (&values[0]);

  if (GTK_IS_POPOVER (instance) && g_object_get_data (instance, OWNER_KEY) == NULL)
    suppress_tooltip (instance);

  return TRUE;
}

static gboolean
popover_hidden_hook (GSignalInvocationHint *hint,
                     guint                  n_values,
                     const GValue          *values,
                     gpointer               user_data)
{
  gpointer instance = g_value_get_object (&values[0]);

  if (GTK_IS_POPOVER (instance))
    restore_tooltip (instance);

  return TRUE;
}

/**
 * gln_popover_tooltips_init:
 *
 * From now on, the widget a popover hangs from shows no tooltip while the popover is open.
 * Call it once GTK is initialized; calling it again does nothing.
 */
void
gln_popover_tooltips_init (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (g_signal_lookup ("show", GTK_TYPE_WIDGET), 0,
                                  popover_shown_hook, NULL, NULL);
      g_signal_add_emission_hook (g_signal_lookup ("hide", GTK_TYPE_WIDGET), 0,
                                  popover_hidden_hook, NULL, NULL);
      g_once_init_leave (&initialized, 1);
    }
}
