/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char      *gln_test_shared_path (const char *first_element,
                                 ...) G_GNUC_NULL_TERMINATED;
char      *gln_test_data_path   (const char *first_element,
                                 ...) G_GNUC_NULL_TERMINATED;
GBytes    *gln_test_load_bytes  (const char *path);
char      *gln_test_tmp_db_path (void);

G_END_DECLS
