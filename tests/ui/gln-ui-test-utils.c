/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the UI tests share: letting the main loop run until something holds, and cleaning
 * up their libraries. */

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

/* Runs the main loop for a while: the pace of input a user gives, such as a flick that
 * scrolls a little every frame. Tests wait for what they need with the functions below. */
void
gln_ui_test_spin (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, timeout_reached_cb, &done);

  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/**
 * gln_ui_test_wait_until:
 * @predicate: what must hold
 * @data: for @predicate
 * @what: what is awaited, for the failure message
 *
 * Runs the main loop until @predicate holds, failing after fifteen seconds.
 */
void
gln_ui_test_wait_until (GlnUiTestPredicate  predicate,
                        gpointer            data,
                        const char         *what)
{
  gint64 deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/* Runs the main loop until it has nothing left to do at once: what a check that something
 * did not happen waits for. */
void
gln_ui_test_settle (void)
{
  for (guint idle_rounds = 0; idle_rounds < 3;)
    {
      if (g_main_context_iteration (NULL, FALSE))
        idle_rounds = 0;
      else
        {
          idle_rounds++;
          g_usleep (2000);
        }
    }
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
