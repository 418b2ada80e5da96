/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_CITATION_LINKS (gln_citation_links_get_type ())
G_DECLARE_FINAL_TYPE (GlnCitationLinks, gln_citation_links, GLN, CITATION_LINKS, GtkWidget)

GtkWidget *gln_citation_links_new             (void);
void       gln_citation_links_set_paper       (GlnCitationLinks   *self,
                                               GlnStore           *store,
                                               GlnPaper           *paper);
void       gln_citation_links_set_collections (GlnCitationLinks   *self,
                                               const char * const *collections);
GtkWidget *gln_citation_links_get_button      (GlnCitationLinks   *self,
                                               GlnCitationDirection direction);

G_END_DECLS
