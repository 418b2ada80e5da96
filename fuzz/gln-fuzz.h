/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The entry point every harness in fuzz/ defines: libFuzzer calls it in the fuzzing build
 * (build-aux/fuzz.sh), gln-fuzz-replay.c's main() in the test suite. Each harness hands the
 * bytes to one public parser and frees everything it got back. */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "gln-source.h"

G_BEGIN_DECLS

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Parses with a GlnSource the way a feed response is parsed, and drops the result. */
static inline void
gln_fuzz_source (GlnSource     *source,
                 const uint8_t *data,
                 size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  papers = gln_source_parse (source, bytes, &error);
  g_assert ((papers == NULL) == (error != NULL));
  g_object_unref (source);
}

/* The text functions take UTF-8 strings, as every caller hands them. */
static inline char *
gln_fuzz_dup_utf8 (const uint8_t *data,
                   size_t         size)
{
  return g_utf8_make_valid ((const char *) data, size);
}

G_END_DECLS
