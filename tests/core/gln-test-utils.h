/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean   gln_test_have_shared          (void);
gboolean   gln_test_sanitized            (void);
void       gln_test_add_shared_func      (const char    *test_path,
                                          GTestFunc      test_func);
void       gln_test_add_shared_data_func (const char    *test_path,
                                          gconstpointer  test_data,
                                          GTestDataFunc  test_func);
void       gln_test_add_skipped          (const char    *test_path);
char      *gln_test_shared_path          (const char    *first_element,
                                          ...) G_GNUC_NULL_TERMINATED;
char      *gln_test_data_path            (const char    *first_element,
                                          ...) G_GNUC_NULL_TERMINATED;
GBytes    *gln_test_load_bytes           (const char    *path);
char      *gln_test_tmp_db_path          (void);

/* g_test_add() for a test whose set-up or body reads ../shared: registered as a skipped
 * test when the shared data is missing, since GLib 2.74 runs the body after a set-up that
 * skipped. */
#define gln_test_add_shared(test_path, Fixture, test_data, set_up, test, tear_down) \
  G_STMT_START {                                                                     \
    if (gln_test_have_shared ())                                                     \
      g_test_add (test_path, Fixture, test_data, set_up, test, tear_down);           \
    else                                                                             \
      gln_test_add_skipped (test_path);                                              \
  } G_STMT_END

G_END_DECLS
