/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *gln_toast_new_text                   (const char    *text);
void      gln_status_page_set_description_text (AdwStatusPage *page,
                                                const char    *text);

G_END_DECLS
