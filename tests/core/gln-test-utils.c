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

/* The real samples and fixtures of ../shared are third-party data that CI has beside the
 * project and a bare clone does not: the tests that read them skip without them. */
static char *
dup_missing_shared_message (void)
{
  const char *dir = g_getenv ("GLN_SHARED_DIR");

  if (dir == NULL)
    return g_strdup ("Needs the shared samples and fixtures; GLN_SHARED_DIR is not set");

  return g_strdup_printf ("Needs the shared samples and fixtures, missing at %s", dir);
}

/* Whether this test program was built with AddressSanitizer (build-aux/sanitize.sh): there
 * every allocation is dear, so a test that measures time, or that spends its time in other
 * programs, has nothing to learn and says so. */
gboolean
gln_test_sanitized (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return TRUE;
#else
  return FALSE;
#endif
}

gboolean
gln_test_have_shared (void)
{
  const char *dir = g_getenv ("GLN_SHARED_DIR");

  return dir != NULL && g_file_test (dir, G_FILE_TEST_IS_DIR);
}

static void
skip_test (gconstpointer data)
{
  g_test_skip (data);
}

/* Registers @test_path as a test that only says why it cannot run. */
void
gln_test_add_skipped (const char *test_path)
{
  g_test_add_data_func_full (test_path, dup_missing_shared_message (), skip_test, g_free);
}

/* g_test_add_func() for a test that reads ../shared. */
void
gln_test_add_shared_func (const char *test_path,
                          GTestFunc   test_func)
{
  if (gln_test_have_shared ())
    g_test_add_func (test_path, test_func);
  else
    gln_test_add_skipped (test_path);
}

/* g_test_add_data_func() for a test that reads ../shared. */
void
gln_test_add_shared_data_func (const char    *test_path,
                               gconstpointer  test_data,
                               GTestDataFunc  test_func)
{
  if (gln_test_have_shared ())
    g_test_add_data_func (test_path, test_data, test_func);
  else
    gln_test_add_skipped (test_path);
}

/* A file under ../shared. Only tests registered with gln_test_add_shared*() may ask, so that
 * they skip rather than fail where the shared data is missing. */
char *
gln_test_shared_path (const char *first_element,
                      ...)
{
  va_list args;
  char *path;

  if (!gln_test_have_shared ())
    {
      g_autofree char *message = dup_missing_shared_message ();

      g_test_message ("%s: register this test with gln_test_add_shared*()", message);
      g_assert_true (gln_test_have_shared ());
    }

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
