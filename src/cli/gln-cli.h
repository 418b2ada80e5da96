/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-core.h"

G_BEGIN_DECLS

/* What every command gets: the open library and the command's own arguments, argv[0]
 * being the command name. The CLI works through the same store and services as the
 * window; it waits for each operation with gln_cli_wait(). */
typedef struct
{
  GlnStore      *store;
  const char    *db_path;
  int            argc;
  char         **argv;
  GAsyncResult  *result;
} GlnCliContext;

typedef gboolean (*GlnCliCommandFunc) (GlnCliContext  *cli,
                                       GError        **error);

/**
 * GlnCliVerb:
 * @name: the verb, as typed
 * @min_argc: the fewest words of the command line, the command name and the verb counted
 * @max_argc: the most, or -1 for any number
 * @func: runs it; @data is what the command handed to gln_cli_run_verb()
 *
 * One verb of a command that has several (`paper rate`, `feed add`…).
 */
typedef struct
{
  const char  *name;
  int          min_argc;
  int          max_argc;
  gboolean   (*func) (GlnCliContext  *cli,
                      gpointer        data,
                      GError        **error);
} GlnCliVerb;

#define GLN_CLI_ERROR (gln_cli_error_quark ())

typedef enum
{
  GLN_CLI_ERROR_USAGE,
  GLN_CLI_ERROR_FAILED,
} GlnCliError;

GQuark             gln_cli_error_quark      (void);
gboolean           gln_cli_parse_options    (GlnCliContext     *cli,
                                             const char        *parameter_string,
                                             GOptionEntry      *entries,
                                             GError           **error);
gboolean           gln_cli_parse_verbs      (GlnCliContext     *cli,
                                             const char        *parameter_string,
                                             const char        *usage,
                                             guint              n_words,
                                             GOptionEntry      *entries,
                                             GError           **error);
gboolean           gln_cli_need_args        (GlnCliContext     *cli,
                                             int                min,
                                             int                max,
                                             const char        *usage,
                                             GError           **error);
gboolean           gln_cli_run_verb         (GlnCliContext     *cli,
                                             int                position,
                                             const GlnCliVerb  *verbs,
                                             guint              n_verbs,
                                             const char        *usage,
                                             gpointer           data,
                                             GError           **error);
gboolean           gln_cli_usage_error      (const char        *usage,
                                             GError           **error);
void               gln_cli_ready_cb         (GObject           *object,
                                             GAsyncResult      *result,
                                             gpointer           user_data);
GAsyncResult      *gln_cli_wait             (GlnCliContext     *cli);
gboolean           gln_cli_wait_edit        (GlnCliContext     *cli,
                                             GError           **error);
GlnPaper          *gln_cli_find_paper       (GlnCliContext     *cli,
                                             const char        *key,
                                             GError           **error);
GlnCollectionInfo *gln_cli_find_collection  (GlnCliContext     *cli,
                                             const char        *name,
                                             GError           **error);
/* Writes a diagram's SVG document (transfer full) or PNG image (for a .png @output). */
typedef char   *(*GlnCliSvgFunc) (gconstpointer  data,
                                  const char    *title);
typedef GBytes *(*GlnCliPngFunc) (gconstpointer  data,
                                  double         scale,
                                  GError       **error);

gboolean           gln_cli_check_diagram_output (const char     *output,
                                                 GError        **error);
gboolean           gln_cli_write_diagram    (const char        *output,
                                             GlnCliSvgFunc      svg,
                                             GlnCliPngFunc      png,
                                             gconstpointer      data,
                                             const char        *title,
                                             GError           **error);
gboolean           gln_cli_write_stdout     (const char        *text,
                                             GError           **error);
gboolean           gln_cli_write_json_line  (JsonNode          *node,
                                             GError           **error);
GHashTable        *gln_cli_dup_trashed      (GlnCliContext     *cli,
                                             GError           **error);
JsonNode          *gln_cli_paper_to_json    (GlnPaper          *paper,
                                             gboolean           trashed,
                                             GPtrArray         *notes);
char              *gln_cli_dup_printable    (const char        *text,
                                             gboolean           one_line);
void               gln_cli_print_paper      (GlnPaper          *paper,
                                             gboolean           trashed,
                                             GPtrArray         *notes);
void               gln_cli_json_set_string  (JsonObject        *object,
                                             const char        *name,
                                             const char        *value);

void               gln_cli_print_import        (const GlnImportResult *result);
const char        *gln_cli_get_duplicates_hint (guint                  n_duplicates);

gboolean           gln_cli_import           (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_export           (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_add              (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_list             (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_paper            (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_paper_find_ids   (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_similar          (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_list_for_you     (GlnCliContext     *cli,
                                             gboolean           json,
                                             guint              limit,
                                             GError           **error);
gboolean           gln_cli_collection       (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_board            (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_duplicates       (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_check            (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_backup           (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_restore          (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_feed             (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_refresh          (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_cite             (GlnCliContext     *cli,
                                             GError           **error);
gboolean           gln_cli_prisma           (GlnCliContext     *cli,
                                             GError           **error);

G_END_DECLS
