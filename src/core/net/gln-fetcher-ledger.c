/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Politeness shared between processes: the window, a `gleaner-cli refresh` and a script
 * each have a fetcher of their own, and together they must still space their requests to
 * one service. One small file per service holds the wall-clock time before which no
 * process may start the next request; a process takes its turn under an exclusive lock
 * of that file. Where the folder cannot be written, each process is polite on its own. */

#define G_LOG_DOMAIN "gln-fetcher"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/file.h>
#include <unistd.h>

#include "gln-fetcher-private.h"

static int
open_locked (const char *dir,
             const char *group)
{
  g_autofree char *path = NULL;
  int fd;

  g_autofree char *name = g_strdup (group);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    return -1;
  g_strdelimit (name, "/\\", '_');
  path = g_build_filename (dir, name, NULL);
  if ((fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) < 0)
    return -1;
  while (flock (fd, LOCK_EX) != 0)
    if (errno != EINTR)
      {
        close (fd);
        return -1;
      }

  return fd;
}

static gint64
read_time (int fd)
{
  char text[32] = { 0 };
  ssize_t n = pread (fd, text, sizeof text - 1, 0);

  return n > 0 ? g_ascii_strtoll (text, NULL, 10) : 0;
}

static void
write_time (int    fd,
            gint64 time)
{
  char text[32];
  int len = g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT "\n", time);

  if (ftruncate (fd, 0) != 0 || pwrite (fd, text, len, 0) != len)
    g_debug ("Could not record the time of a request: %s", g_strerror (errno));
}

/**
 * _gln_fetcher_ledger_claim:
 * @dir: the folder of the ledger
 * @group: the service's politeness group
 * @interval_us: the spacing the service asks for
 *
 * Takes the turn to start a request now, if no process holds it.
 *
 * Returns: 0 when the request may start (its start is recorded), else the wall-clock time
 *   (g_get_real_time()) to try again at
 */
gint64
_gln_fetcher_ledger_claim (const char *dir,
                           const char *group,
                           gint64      interval_us)
{
  gint64 now = g_get_real_time ();
  gint64 next;
  int fd = open_locked (dir, group);

  if (fd < 0)
    return 0;

  next = read_time (fd);
  /* A time far ahead is a clock that moved back, not a turn someone holds. */
  if (next > now && next - now <= interval_us)
    {
      close (fd);
      return next;
    }

  write_time (fd, now + interval_us);
  close (fd);
  return 0;
}

/**
 * _gln_fetcher_ledger_finished:
 * @dir: the folder of the ledger
 * @group: the service's politeness group
 * @interval_us: the spacing the service asks for
 *
 * Records that a request has just ended: the next one, from any process, waits the
 * interval from now.
 */
void
_gln_fetcher_ledger_finished (const char *dir,
                              const char *group,
                              gint64      interval_us)
{
  gint64 next = g_get_real_time () + interval_us;
  int fd = open_locked (dir, group);

  if (fd < 0)
    return;
  if (read_time (fd) < next)
    write_time (fd, next);
  close (fd);
}
