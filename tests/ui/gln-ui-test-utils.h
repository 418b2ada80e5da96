/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-application.h"
#include "gln-window.h"

G_BEGIN_DECLS

typedef gboolean (*GlnUiTestPredicate) (gpointer data);

void gln_ui_test_spin       (guint               milliseconds);
void gln_ui_test_settle     (void);
void gln_ui_test_wait_until (GlnUiTestPredicate  predicate,
                             gpointer            data,
                             const char         *what);
void gln_ui_test_remove     (const char         *path);
gboolean gln_ui_test_press_key (GtkWidget       *widget,
                                const char      *name,
                                guint            keyval);
guint gln_ui_test_check_popover_tooltips (GtkWidget *root);

GtkWindow *gln_ui_test_find_toplevel   (GType                type);
gboolean   gln_ui_test_toplevel_mapped (gpointer             type);

GlnWindow *gln_ui_test_open_library  (GlnApplication  *app,
                                      char           **dir);
void       gln_ui_test_close_library (GlnApplication  *app,
                                      char            *dir);

G_END_DECLS
