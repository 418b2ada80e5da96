/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-core.h"

G_BEGIN_DECLS

/* What every command gets: the open library and the command's own arguments, argv[0]
 * being the command name. */
typedef struct
{
  GlnDatabase  *db;
  int           argc;
  char        **argv;
} GlnCliContext;

typedef gboolean (*GlnCliCommandFunc) (GlnCliContext  *cli,
                                       GError        **error);

#define GLN_CLI_ERROR (gln_cli_error_quark ())

typedef enum
{
  GLN_CLI_ERROR_USAGE,
  GLN_CLI_ERROR_FAILED,
} GlnCliError;

GQuark    gln_cli_error_quark      (void);
gboolean  gln_cli_parse_options    (GlnCliContext   *cli,
                                    const char      *parameter_string,
                                    GOptionEntry    *entries,
                                    GError         **error);
gboolean  gln_cli_need_args        (GlnCliContext   *cli,
                                    int              min,
                                    int              max,
                                    const char      *usage,
                                    GError         **error);
GlnPaper *gln_cli_find_paper       (GlnCliContext   *cli,
                                    const char      *key,
                                    GError         **error);
gboolean  gln_cli_write_json_line  (JsonNode        *node,
                                    GError         **error);
JsonNode *gln_cli_paper_to_json    (GlnPaper        *paper,
                                    GPtrArray       *notes);
void      gln_cli_print_paper      (GlnPaper        *paper,
                                    GPtrArray       *notes);

gboolean  gln_cli_import           (GlnCliContext   *cli,
                                    GError         **error);
gboolean  gln_cli_export           (GlnCliContext   *cli,
                                    GError         **error);
gboolean  gln_cli_add              (GlnCliContext   *cli,
                                    GError         **error);
gboolean  gln_cli_list             (GlnCliContext   *cli,
                                    GError         **error);
gboolean  gln_cli_paper            (GlnCliContext   *cli,
                                    GError         **error);
gboolean  gln_cli_collection       (GlnCliContext   *cli,
                                    GError         **error);
gboolean  gln_cli_board            (GlnCliContext   *cli,
                                    GError         **error);
gboolean  gln_cli_check            (GlnCliContext   *cli,
                                    GError         **error);
gboolean  gln_cli_feed             (GlnCliContext   *cli,
                                    GError         **error);
gboolean  gln_cli_refresh          (GlnCliContext   *cli,
                                    GError         **error);
void      gln_cli_json_set_string  (JsonObject      *object,
                                    const char      *name,
                                    const char      *value);

G_END_DECLS
