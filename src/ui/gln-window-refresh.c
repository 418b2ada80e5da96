/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Feed refreshes as the window shows them: Ctrl+R, the progress bar while one runs, a toast
 * as soon as a feed fails (not when the slowest is done), and one for what arrived. The
 * application runs the refreshes; every window follows them. */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-window-private.h"

static GlnApplication *
get_application (GlnWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return GLN_IS_APPLICATION (application) ? GLN_APPLICATION (application) : NULL;
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  GlnApplication *application = get_application (self);

  if (self->summary == NULL || self->summary->feeds->len == 0)
    {
      gln_window_show_message (self, _("No feeds to refresh yet. Add one with Ctrl+N."));
      return;
    }

  if (application != NULL)
    gln_application_refresh (application, 0, TRUE);
}

static gboolean
pulse_cb (gpointer user_data)
{
  GlnWindow *self = user_data;

  gtk_progress_bar_pulse (self->refresh_progress);
  return G_SOURCE_CONTINUE;
}

static void
refreshing_changed_cb (GlnWindow      *self,
                       GParamSpec     *pspec,
                       GlnApplication *application)
{
  gboolean refreshing = gln_application_get_refreshing (application);

  gtk_widget_set_visible (GTK_WIDGET (self->refresh_progress), refreshing);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  if (refreshing)
    {
      self->refresh_failures = 0;
      self->pulse_source = g_timeout_add (120, pulse_cb, self);
    }
  _gln_window_update_list_state (self);
}

static gboolean
report_failed (GlnFeedReport *report)
{
  return report->error != NULL && !g_error_matches (report->error, G_IO_ERROR,
                                                    G_IO_ERROR_CANCELLED);
}

static char *
dup_failure_message (GlnFeedReport *failed,
                     guint          n_failed)
{
  if (n_failed > 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Could not refresh “%s” and %u other feed: %s",
                                         "Could not refresh “%s” and %u other feeds: %s",
                                         n_failed - 1),
                            failed->title, n_failed - 1, failed->error->message);

  return g_strdup_printf (_("Could not refresh “%s”: %s"), failed->title,
                          failed->error->message);
}

/* A feed that failed says so as soon as it is done, not when the slowest feed is: the toast
 * names it, and the sidebar and the empty pages show the warning. */
static void
feed_refreshed_cb (GlnWindow      *self,
                   GlnFeedReport  *report,
                   GlnApplication *application)
{
  g_autofree char *message = NULL;

  if (!report_failed (report))
    return;

  message = dup_failure_message (report, ++self->refresh_failures);
  gln_window_show_message (self, message);
  _gln_window_reload_summary (self);
}

/* One toast for the whole refresh: what failed first, or what arrived. */
static void
refreshed_cb (GlnWindow      *self,
              GPtrArray      *reports,
              gboolean        manual,
              GlnApplication *application)
{
  g_autofree char *message = NULL;
  GlnFeedReport *failed = NULL;
  guint n_failed = 0;
  guint added = 0;
  guint updated = 0;

  for (guint i = 0; i < reports->len; i++)
    {
      GlnFeedReport *report = g_ptr_array_index (reports, i);

      if (report_failed (report))
        {
          if (failed == NULL)
            failed = report;
          n_failed++;
        }
      added += report->stats.added;
      updated += report->stats.updated;
    }

  if (failed != NULL)
    message = dup_failure_message (failed, n_failed);
  else if (added > 0 && updated > 0)
    {
      g_autofree char *papers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new paper",
                                                              "%u new papers", added), added);
      g_autofree char *versions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%u new version",
                                                                "%u new versions", updated),
                                                   updated);

      /* Translators: "3 new papers, 1 new version" after a refresh. */
      message = g_strdup_printf (_("%s, %s"), papers, versions);
    }
  else if (added > 0)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new paper", "%u new papers",
                                            added), added);
  else if (updated > 0)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new version",
                                            "%u new versions", updated), updated);
  else if (manual)
    message = g_strdup (_("No new papers"));

  if (message != NULL)
    gln_window_show_message (self, message);

  /* Feeds that failed show it in the sidebar. */
  _gln_window_reload_summary (self);
}

/* Follows the application's refreshes. Called once the window has its application, which
 * GObject sets only after constructed(). */
void
_gln_window_connect_application (GlnWindow *self)
{
  GlnApplication *application = get_application (self);

  if (application == NULL)
    return;

  g_signal_connect_object (application, "notify::refreshing",
                           G_CALLBACK (refreshing_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "refreshed", G_CALLBACK (refreshed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "feed-refreshed", G_CALLBACK (feed_refreshed_cb), self,
                           G_CONNECT_SWAPPED);
  refreshing_changed_cb (self, NULL, application);
}

void
_gln_window_class_init_refresh (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, refresh_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.refresh",
                                       NULL);
}
