/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "gln-board.h"
#include "gln-cli.h"

#define BOARD_USAGE \
  "board NAME columns [--json] | add-column TITLE --kind text|score|number|choice " \
  "[--choices A,B,C] | set KEY COLUMN VALUE | rename-column COLUMN TITLE | " \
  "move-column COLUMN POSITION | hide-column COLUMN | show-column COLUMN | " \
  "delete-column COLUMN | key-results KEY TEXT"

static GlnBoardColumn *
find_column (GPtrArray   *columns,
             const char  *name,
             GError     **error)
{
  for (guint i = 0; i < columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (columns, i);

      if (g_strcmp0 (column->name, name) == 0)
        return column;
    }

  g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
               _("The board has no column “%s”"), name);
  return NULL;
}

static GStrv
split_choices (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

/* The options of `board`, and the board its verb is about. */
typedef struct
{
  char              *kind_name;
  GStrv              choices;
  gboolean           json;
  GlnCollectionInfo *info;
  GPtrArray         *columns;
} BoardCommand;

static gboolean
add_column_json (GlnBoardColumn  *column,
                 GError         **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, column->name);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, gln_board_kind_to_string (column->kind));
  json_builder_set_member_name (builder, "choices");
  json_builder_begin_array (builder);
  for (guint c = 0; column->choices != NULL && column->choices[c] != NULL; c++)
    json_builder_add_string_value (builder, column->choices[c]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "hidden");
  json_builder_add_boolean_value (builder, column->hidden);
  json_builder_end_object (builder);
  node = json_builder_get_root (builder);

  return gln_cli_write_json_line (node, error);
}

static gboolean
print_columns (GlnCliContext  *cli,
               gpointer        data,
               GError        **error)
{
  BoardCommand *command = data;

  for (guint i = 0; i < command->columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (command->columns, i);
      g_autofree char *choices = NULL;

      if (command->json)
        {
          if (!add_column_json (column, error))
            return FALSE;
          continue;
        }

      choices = column->choices ? g_strjoinv (", ", column->choices) : NULL;
      g_print ("%s\t%s%s%s%s\n", column->name, gln_board_kind_to_string (column->kind),
               choices ? " (" : "", choices ? choices : "", choices ? ")" : "");
    }

  return TRUE;
}

static gboolean
add_column (GlnCliContext  *cli,
            gpointer        data,
            GError        **error)
{
  BoardCommand *command = data;
  g_autoptr(GlnBoardColumn) column = NULL;
  GlnBoardKind kind = GLN_BOARD_KIND_TEXT;

  if (command->kind_name != NULL && !gln_board_kind_from_string (command->kind_name, &kind))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("A column kind is text, score, number or choice, not “%s”"),
                   command->kind_name);
      return FALSE;
    }
  if (kind == GLN_BOARD_KIND_CHOICE && (command->choices == NULL || command->choices[0] == NULL))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("A choice column needs its values: --choices A,B,C"));
      return FALSE;
    }

  gln_store_add_board_column_async (cli->store, command->info->id, cli->argv[3], kind,
                                    (const char * const *) command->choices, NULL,
                                    gln_cli_ready_cb, cli);
  column = gln_store_add_board_column_finish (cli->store, gln_cli_wait (cli), error);

  return column != NULL;
}

/* Setting a cell of a paper that is not in the collection adds it. */
static gboolean
set_cell (GlnCliContext  *cli,
          gpointer        data,
          GError        **error)
{
  BoardCommand *command = data;
  g_autoptr(GlnPaper) paper = NULL;
  g_autofree char *stored = NULL;
  GlnBoardColumn *column;

  if (!(paper = gln_cli_find_paper (cli, cli->argv[3], error)) ||
      !(column = find_column (command->columns, cli->argv[4], error)))
    return FALSE;

  gln_store_set_board_cell_async (cli->store, column, gln_paper_get_id (paper), cli->argv[5],
                                  NULL, gln_cli_ready_cb, cli);
  stored = gln_store_set_board_cell_finish (cli->store, gln_cli_wait (cli), error);

  return stored != NULL;
}

static gboolean
set_key_results (GlnCliContext  *cli,
                 gpointer        data,
                 GError        **error)
{
  BoardCommand *command = data;
  g_autoptr(GlnPaper) paper = NULL;

  if (!(paper = gln_cli_find_paper (cli, cli->argv[3], error)))
    return FALSE;

  gln_store_set_key_results_async (cli->store, command->info->id, gln_paper_get_id (paper),
                                   cli->argv[4], NULL, gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

/* Stores a changed copy of the column named by the verb's operand. */
static gboolean
update_column (GlnCliContext   *cli,
               GlnBoardColumn  *column,
               GError         **error)
{
  gln_store_update_board_column_async (cli->store, column, NULL, gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static GlnBoardColumn *
dup_named_column (BoardCommand  *command,
                  const char    *name,
                  GError       **error)
{
  GlnBoardColumn *column = find_column (command->columns, name, error);

  return column != NULL ? gln_board_column_copy (column) : NULL;
}

static gboolean
rename_column (GlnCliContext  *cli,
               gpointer        data,
               GError        **error)
{
  g_autoptr(GlnBoardColumn) column = dup_named_column (data, cli->argv[3], error);

  if (column == NULL)
    return FALSE;

  g_free (column->name);
  column->name = g_strdup (cli->argv[4]);
  return update_column (cli, column, error);
}

static gboolean
show_or_hide_column (GlnCliContext  *cli,
                     gpointer        data,
                     GError        **error)
{
  BoardCommand *command = data;
  g_autoptr(GlnBoardColumn) column = dup_named_column (command, cli->argv[3], error);

  if (column == NULL)
    return FALSE;

  column->hidden = g_str_equal (cli->argv[2], "hide-column");
  if (command->choices != NULL)
    {
      g_strfreev (column->choices);
      column->choices = g_strdupv (command->choices);
    }
  return update_column (cli, column, error);
}

static gboolean
move_column (GlnCliContext  *cli,
             gpointer        data,
             GError        **error)
{
  GlnBoardColumn *column = find_column (((BoardCommand *) data)->columns, cli->argv[3], error);
  char *end = NULL;
  long position;

  if (column == NULL)
    return FALSE;

  position = strtol (cli->argv[4], &end, 10);
  if (end == cli->argv[4] || *end != '\0' || position < 1)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("A position is a number from 1, not “%s”"), cli->argv[4]);
      return FALSE;
    }

  gln_store_move_board_column_async (cli->store, column->id, (guint) position - 1, NULL,
                                     gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
delete_column (GlnCliContext  *cli,
               gpointer        data,
               GError        **error)
{
  GlnBoardColumn *column = find_column (((BoardCommand *) data)->columns, cli->argv[3], error);

  if (column == NULL)
    return FALSE;

  gln_store_delete_board_column_async (cli->store, column->id, NULL, gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static const GlnCliVerb board_verbs[] = {
  { "columns", 3, 3, print_columns },
  { "add-column", 4, 4, add_column },
  { "set", 6, 6, set_cell },
  { "key-results", 5, 5, set_key_results },
  { "rename-column", 5, 5, rename_column },
  { "hide-column", 4, 4, show_or_hide_column },
  { "show-column", 4, 4, show_or_hide_column },
  { "move-column", 5, 5, move_column },
  { "delete-column", 4, 4, delete_column },
};

/* gleaner-cli board NAME VERB … */
gboolean
gln_cli_board (GlnCliContext  *cli,
               GError        **error)
{
  g_autofree char *kind_name = NULL;
  g_autofree char *choices_text = NULL;
  g_autoptr(GlnCollectionInfo) info = NULL;
  g_autoptr(GlnBoardState) state = NULL;
  g_auto(GStrv) choices = NULL;
  BoardCommand command = { NULL, NULL, FALSE, NULL, NULL };
  GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_name, N_("text, score, number or choice"),
      N_("KIND") },
    { "choices", 0, 0, G_OPTION_ARG_STRING, &choices_text,
      N_("The values of a choice column, separated by commas"), N_("A,B,C") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &command.json, N_("Print JSON (columns)"), NULL },
    { NULL }
  };

  if (!gln_cli_parse_verbs (cli, _("NAME VERB … — the comparison board of a collection"),
                            BOARD_USAGE, 2, entries, error) ||
      !gln_cli_need_args (cli, 2, -1, BOARD_USAGE, error) ||
      !(info = gln_cli_find_collection (cli, cli->argv[1], error)))
    return FALSE;

  gln_store_load_board_async (cli->store, info->id, NULL, gln_cli_ready_cb, cli);
  if (!(state = gln_store_load_board_finish (cli->store, gln_cli_wait (cli), error)))
    return FALSE;

  if (choices_text != NULL)
    choices = split_choices (choices_text);
  command.kind_name = kind_name;
  command.choices = choices;
  command.info = info;
  command.columns = state->columns;

  return gln_cli_run_verb (cli, 2, board_verbs, G_N_ELEMENTS (board_verbs), BOARD_USAGE,
                           &command, error);
}
