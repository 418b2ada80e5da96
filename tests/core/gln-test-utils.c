/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-test-utils.h"

static char *
build_path_va (const char *env_name,
               const char *first_element,
               va_list     args)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *base = g_getenv (env_name);
  const char *element;

  g_assert_nonnull (base);
  g_ptr_array_add (parts, (gpointer) base);
  for (element = first_element; element != NULL; element = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) element);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/* A file under ../shared (the real samples and fixtures), which CI has beside the project. */
char *
gln_test_shared_path (const char *first_element,
                      ...)
{
  va_list args;
  char *path;

  va_start (args, first_element);
  path = build_path_va ("GLN_SHARED_DIR", first_element, args);
  va_end (args);

  return path;
}

/* A file under tests/data (our own fixtures). */
char *
gln_test_data_path (const char *first_element,
                    ...)
{
  va_list args;
  char *path;

  va_start (args, first_element);
  path = build_path_va ("GLN_TEST_DATA_DIR", first_element, args);
  va_end (args);

  return path;
}

GBytes *
gln_test_load_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, len);
}

/* A fresh database path in the test's isolated data directory. */
char *
gln_test_tmp_db_path (void)
{
  static guint counter;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  return g_strdup_printf ("%s/library-%u.db", g_get_user_data_dir (), ++counter);
}
