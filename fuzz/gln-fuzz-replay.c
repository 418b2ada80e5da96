/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Replays files through a harness without libFuzzer, so the test suite (built with gcc)
 * keeps every crash found once fixed: fuzz-replay-TARGET FILE-OR-DIRECTORY... calls
 * LLVMFuzzerTestOneInput() on the empty input and on each file, directories recursively. */

#include "config.h"

#include "gln-fuzz.h"

static guint
replay_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint n = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* A target without committed files yet. */
      g_print ("# %s: none\n", path);
      return 0;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      const char *name;

      if (dir == NULL)
        g_error ("%s", error->message);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          n += replay_path (child);
        }
      return n;
    }

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  /* A copy of exactly its length, so a read past the end is caught. */
  {
    g_autofree uint8_t *data = g_memdup2 (contents, length);

    g_print ("# %s\n", path);
    LLVMFuzzerTestOneInput (data, length);
  }
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  LLVMFuzzerTestOneInput ((const uint8_t *) "", 0);
  for (int i = 1; i < argc; i++)
    n += replay_path (argv[i]);
  g_print ("replayed %u files\n", n);
  return 0;
}
