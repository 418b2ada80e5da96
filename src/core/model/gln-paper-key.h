/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  gln_arxiv_id_parse         (const char  *input,
                                      char       **id,
                                      int         *version);
char     *gln_doi_normalize          (const char  *input);
char     *gln_title_normalize        (const char  *title);
char     *gln_title_key              (const char  *title);
char     *gln_paper_key_build        (const char  *arxiv_id,
                                      const char  *doi,
                                      const char  *title);

G_END_DECLS
