/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _GlnKeywordSet GlnKeywordSet;

char          *gln_keyword_fold           (const char          *word,
                                           gssize               len);
GStrv          gln_keywords_parse         (const char          *text);
char          *gln_keywords_join          (const char * const  *keywords);
void           gln_keywords_from_criteria (const char          *name,
                                           const char          *criteria,
                                           GStrv               *include,
                                           GStrv               *exclude);

GlnKeywordSet *gln_keyword_set_new        (const char * const  *keywords);
guint          gln_keyword_set_match      (GlnKeywordSet       *self,
                                           const char * const  *folded_words,
                                           guint                n_words);
void           gln_keyword_set_free       (GlnKeywordSet       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnKeywordSet, gln_keyword_set_free)

G_END_DECLS
