/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Text shown where libadwaita 1.2 reads Pango markup. A toast's title and a status page's
 * description are parsed as markup, so a message carrying a path with `&`, a search with
 * `<`, or json-glib's `<data>` would blank it (and warn). Messages are plain text: they are
 * escaped on the way in, here, whatever they say. */

#define G_LOG_DOMAIN "gln-plain-text"

#include "config.h"

#include "gln-plain-text.h"

/**
 * gln_toast_new_text:
 * @text: plain text
 *
 * Returns: (transfer full): a toast that shows @text as it is
 */
AdwToast *
gln_toast_new_text (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  return adw_toast_new (escaped);
}

/**
 * gln_status_page_set_description_text:
 * @page: an #AdwStatusPage
 * @text: (nullable): plain text
 */
void
gln_status_page_set_description_text (AdwStatusPage *page,
                                      const char    *text)
{
  g_autofree char *escaped = text != NULL ? g_markup_escape_text (text, -1) : NULL;

  g_return_if_fail (ADW_IS_STATUS_PAGE (page));

  adw_status_page_set_description (page, escaped);
}
