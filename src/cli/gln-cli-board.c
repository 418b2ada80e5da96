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

static gboolean
print_columns (GlnCliContext  *cli,
               GPtrArray      *columns,
               gboolean        json,
               GError        **error)
{
  for (guint i = 0; i < columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (columns, i);

      if (json)
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
          if (!gln_cli_write_json_line (node, error))
            return FALSE;
        }
      else
        {
          g_autofree char *choices = column->choices ? g_strjoinv (", ", column->choices) : NULL;

          g_print ("%s\t%s%s%s%s\n", column->name, gln_board_kind_to_string (column->kind),
                   choices ? " (" : "", choices ? choices : "", choices ? ")" : "");
        }
    }

  return TRUE;
}

/* gleaner-cli board NAME VERB … */
gboolean
gln_cli_board (GlnCliContext  *cli,
               GError        **error)
{
  g_autofree char *kind_name = NULL;
  g_autofree char *choices_text = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_auto(GStrv) choices = NULL;
  GlnBoardColumn *column;
  gboolean json = FALSE;
  const char *verb;
  gint64 collection;
  GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_name, N_("text, score, number or choice"),
      N_("KIND") },
    { "choices", 0, 0, G_OPTION_ARG_STRING, &choices_text,
      N_("The values of a choice column, separated by commas"), N_("A,B,C") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (columns)"), NULL },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("NAME VERB … — the comparison board of a collection"),
                              entries, error) ||
      !gln_cli_need_args (cli, 2, -1, BOARD_USAGE, error))
    return FALSE;

  if ((collection = gln_database_lookup_collection (cli->db, cli->argv[1], error)) < 0 ||
      !(columns = gln_database_list_board_columns (cli->db, collection, error)))
    return FALSE;
  verb = cli->argv[2];
  if (choices_text != NULL)
    choices = split_choices (choices_text);

  if (g_str_equal (verb, "columns") && cli->argc == 3)
    return print_columns (cli, columns, json, error);

  if (g_str_equal (verb, "add-column") && cli->argc == 4)
    {
      GlnBoardKind kind = GLN_BOARD_KIND_TEXT;
      gint64 id;

      if (kind_name != NULL && !gln_board_kind_from_string (kind_name, &kind))
        {
          g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                       _("A column kind is text, score, number or choice, not “%s”"), kind_name);
          return FALSE;
        }
      if (kind == GLN_BOARD_KIND_CHOICE && (choices == NULL || choices[0] == NULL))
        {
          g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                       _("A choice column needs its values: --choices A,B,C"));
          return FALSE;
        }
      if ((id = gln_database_add_board_column (cli->db, collection, cli->argv[3],
                                               gln_board_kind_to_string (kind), error)) < 0)
        return FALSE;
      return choices == NULL ||
             gln_database_update_board_column (cli->db, id, cli->argv[3],
                                               (const char * const *) choices, 0, FALSE, error);
    }

  if (g_str_equal (verb, "set") && cli->argc == 6)
    {
      g_autoptr(GlnPaper) paper = NULL;

      if (!(paper = gln_cli_find_paper (cli, cli->argv[3], error)) ||
          !(column = find_column (columns, cli->argv[4], error)))
        return FALSE;
      if (!gln_database_collection_add (cli->db, collection, gln_paper_get_id (paper), error))
        return FALSE;
      return gln_database_set_board_cell_by_id (cli->db, column->id, gln_paper_get_id (paper),
                                                cli->argv[5], error);
    }

  if (g_str_equal (verb, "key-results") && cli->argc == 5)
    {
      g_autoptr(GlnPaper) paper = gln_cli_find_paper (cli, cli->argv[3], error);

      return paper != NULL &&
             gln_database_set_key_results (cli->db, collection, gln_paper_get_id (paper),
                                           cli->argv[4], error);
    }

  if (cli->argc < 4 || !(column = find_column (columns, cli->argv[3], error)))
    goto usage_or_error;

  if (g_str_equal (verb, "rename-column") && cli->argc == 5)
    return gln_database_update_board_column (cli->db, column->id, cli->argv[4],
                                             (const char * const *) column->choices,
                                             column->width, column->hidden, error);

  if ((g_str_equal (verb, "hide-column") || g_str_equal (verb, "show-column")) && cli->argc == 4)
    return gln_database_update_board_column (cli->db, column->id, column->name,
                                             choices ? (const char * const *) choices
                                                     : (const char * const *) column->choices,
                                             column->width, g_str_equal (verb, "hide-column"),
                                             error);

  if (g_str_equal (verb, "move-column") && cli->argc == 5)
    {
      char *end = NULL;
      long position = strtol (cli->argv[4], &end, 10);

      if (end == cli->argv[4] || *end != '\0' || position < 1)
        {
          g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                       _("A position is a number from 1, not “%s”"), cli->argv[4]);
          return FALSE;
        }
      return gln_database_move_board_column (cli->db, column->id, (guint) position - 1, error);
    }

  if (g_str_equal (verb, "delete-column") && cli->argc == 4)
    return gln_database_delete_board_column (cli->db, column->id, error);

usage_or_error:
  if (error != NULL && *error != NULL)
    return FALSE;
  g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("usage: gleaner-cli %s"), BOARD_USAGE);
  return FALSE;
}
