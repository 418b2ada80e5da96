/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _GlnTokenizer GlnTokenizer;

/**
 * GlnTermFunc:
 * @term: a stemmed word ("network") or two stemmed words joined by a space ("neural network")
 * @surface: the same as the text had it, lower-cased and without accents ("networks")
 * @user_data: the data given to gln_tokenizer_terms()
 *
 * Called for each term of a text, in the text's order.
 */
typedef void (*GlnTermFunc) (const char *term,
                             const char *surface,
                             gpointer    user_data);

GlnTokenizer *gln_tokenizer_new        (void);
void          gln_tokenizer_free       (GlnTokenizer *self);
char         *gln_tokenizer_stem       (GlnTokenizer *self,
                                        const char   *word);
void          gln_tokenizer_terms      (GlnTokenizer *self,
                                        const char   *text,
                                        GlnTermFunc   func,
                                        gpointer      user_data);

GPtrArray    *gln_tokenize_words       (const char   *text);
gboolean      gln_is_stop_word         (const char   *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnTokenizer, gln_tokenizer_free)

G_END_DECLS
