/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* Format detection and dispatch (gln-import.c): any file the user opens, with the limits
 * on lengths applied to every paper. */

#include "gln-fuzz.h"
#include "gln-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GlnImportFormat detected = GLN_IMPORT_FORMAT_AUTO;
  guint n_skipped = 0;

  papers = gln_import_parse_full (bytes, GLN_IMPORT_FORMAT_AUTO, &detected, &problems,
                                  &n_skipped, &error);
  g_assert ((papers == NULL) == (error != NULL));
  return 0;
}
