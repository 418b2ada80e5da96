/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *gln_latex_to_text   (const char *input);
char *gln_latex_to_markup (const char *input);

G_END_DECLS
