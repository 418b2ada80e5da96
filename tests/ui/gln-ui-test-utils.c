/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the UI tests share: letting the main loop run, and cleaning up their libraries. */

#include "config.h"

#include <glib/gstdio.h>

#include "gln-ui-test-utils.h"

static gboolean
timeout_reached_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop long enough for windows to map, lay out and draw a few frames. */
void
gln_ui_test_spin (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, timeout_reached_cb, &done);

  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Removes a temporary folder and everything in it. */
void
gln_ui_test_remove (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        gln_ui_test_remove (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}
