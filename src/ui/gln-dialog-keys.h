/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void gln_dialog_class_add_keys (GtkWidgetClass *widget_class);
void gln_dialog_add_text_keys  (GtkWindow      *dialog);
void gln_dialog_focus_on_map   (GtkWindow      *dialog,
                                GtkWidget      *widget);

G_END_DECLS
