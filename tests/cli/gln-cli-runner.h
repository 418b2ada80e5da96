/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What one run of gleaner-cli printed and returned. */
typedef struct
{
  int    status;
  char  *out;
  char  *err;
} GlnCliRun;

void       gln_cli_run_clear   (GlnCliRun  *run);
void       gln_cli_run         (GlnCliRun  *run,
                                const char *db,
                                const char *input,
                                ...) G_GNUC_NULL_TERMINATED;
GPtrArray *gln_cli_parse_jsonl (const char *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GlnCliRun, gln_cli_run_clear)

G_END_DECLS
