/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The floor for the window's first frame: a bare libadwaita window (header bar and an empty
 * status page, the size of Gleaner's) from the start of main() to its first painted frame.
 * Prints {"first_frame_ms":…}; run it under the same display as bench-list. */

#include "config.h"

#include <adwaita.h>

typedef struct
{
  gint64  start;
  gint64  first_frame;
} Bare;

static void
after_paint_cb (GdkFrameClock *clock,
                Bare          *bare)
{
  if (bare->first_frame != 0)
    return;

  bare->first_frame = g_get_monotonic_time ();
  g_application_quit (g_application_get_default ());
}

static void
mapped_cb (GtkWidget *widget,
           Bare      *bare)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (after_paint_cb), bare);
}

static void
activate_cb (GtkApplication *application,
             Bare           *bare)
{
  GtkWidget *window = adw_application_window_new (application);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Bare");
  gtk_widget_set_vexpand (status, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  g_signal_connect (window, "map", G_CALLBACK (mapped_cb), bare);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  Bare bare = { g_get_monotonic_time (), 0 };

  app = adw_application_new (APP_ID ".BenchBare", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &bare);
  g_application_run (G_APPLICATION (app), 0, NULL);
  if (bare.first_frame == 0)
    return 1;

  g_print ("{\"first_frame_ms\":%.1f}\n", (bare.first_frame - bare.start) / 1000.0);
  return 0;
}
