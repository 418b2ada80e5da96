/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-import.h"

G_BEGIN_DECLS

/**
 * GlnParseResult:
 * @papers: (element-type GlnPaper): the papers found, in order
 * @problems: (element-type utf8): entries that could not be read and why, one line each
 * @n_skipped: how many entries could not be read at all
 *
 * What parsing found.
 */
typedef struct
{
  GPtrArray *papers;
  GPtrArray *problems;
  guint      n_skipped;
} GlnParseResult;

/**
 * GlnParseFunc:
 * @data: the parser's data
 * @result: where the papers and problems go
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads papers on a worker thread: the function must not touch what the main thread uses.
 *
 * Returns: %FALSE with @error set when nothing could be read
 */
typedef gboolean (*GlnParseFunc) (gpointer         data,
                                  GlnParseResult  *result,
                                  GCancellable    *cancellable,
                                  GError         **error);

GlnParseResult *gln_parse_result_new       (void);
void            gln_parse_result_free      (GlnParseResult       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnParseResult, gln_parse_result_free)

/* Inputs to read: files, or texts already in memory (a paste, standard input). */
typedef struct _GlnParseInputs GlnParseInputs;

GlnParseInputs *gln_parse_inputs_new       (GlnImportFormat       format);
void            gln_parse_inputs_free      (GlnParseInputs       *self);
void            gln_parse_inputs_add_file  (GlnParseInputs       *self,
                                            GFile                *file);
void            gln_parse_inputs_add_bytes (GlnParseInputs       *self,
                                            const char           *name,
                                            GBytes               *bytes);
void            gln_parse_inputs_set_preview (GlnParseInputs     *self,
                                              gboolean            preview);
gboolean        gln_parse_inputs_parse     (gpointer              self,
                                            GlnParseResult       *result,
                                            GCancellable         *cancellable,
                                            GError              **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnParseInputs, gln_parse_inputs_free)

void            gln_parse_async            (GlnParseFunc          func,
                                            gpointer              data,
                                            GDestroyNotify        data_free,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GlnParseResult *gln_parse_finish           (GAsyncResult         *result,
                                            GError              **error);

G_END_DECLS
