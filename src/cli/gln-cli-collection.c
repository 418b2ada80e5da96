/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

#define COLLECTION_USAGE \
  "collection create NAME | describe NAME TEXT | rename NAME NEW | delete NAME | " \
  "add NAME KEY… | remove NAME KEY… | " \
  "screen NAME KEY include|exclude|maybe|unscreened [--reason R] | undo NAME | " \
  "summary NAME [--json] | list [--json]"

static JsonNode *
collection_to_json (GlnCollectionInfo *info)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, info->name);
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, info->description ? info->description : "");
  json_builder_set_member_name (builder, "papers");
  json_builder_add_int_value (builder, info->n_papers);
  json_builder_set_member_name (builder, "include");
  json_builder_add_int_value (builder, info->n_included);
  json_builder_set_member_name (builder, "exclude");
  json_builder_add_int_value (builder, info->n_excluded);
  json_builder_set_member_name (builder, "maybe");
  json_builder_add_int_value (builder, info->n_maybe);
  json_builder_set_member_name (builder, "unscreened");
  json_builder_add_int_value (builder, info->n_unscreened);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* The options of `collection`, and the collection its verb is about. */
typedef struct
{
  char              *reason;
  gboolean           json;
  GlnCollectionInfo *info;
} CollectionCommand;

static gboolean
list_collections (GlnCliContext  *cli,
                  gpointer        data,
                  GError        **error)
{
  CollectionCommand *command = data;
  g_autoptr(GPtrArray) list = NULL;

  gln_store_list_collections_async (cli->store, NULL, gln_cli_ready_cb, cli);
  if (!(list = gln_store_list_collections_finish (cli->store, gln_cli_wait (cli), error)))
    return FALSE;

  for (guint i = 0; i < list->len; i++)
    {
      GlnCollectionInfo *info = g_ptr_array_index (list, i);

      if (command->json)
        {
          g_autoptr(JsonNode) node = collection_to_json (info);

          if (!gln_cli_write_json_line (node, error))
            return FALSE;
        }
      else
        {
          g_autofree char *name = gln_cli_dup_printable (info->name, TRUE);

          /* Translators: name, then counts of papers and of screening decisions */
          g_print (g_dngettext (GETTEXT_PACKAGE,
                                "%s\t%u paper: %u included, %u excluded, %u maybe, %u unscreened\n",
                                "%s\t%u papers: %u included, %u excluded, %u maybe, %u unscreened\n",
                                info->n_papers),
                   name, info->n_papers, info->n_included, info->n_excluded, info->n_maybe,
                   info->n_unscreened);
        }
    }

  return TRUE;
}

static gboolean
print_summary_json (const GlnScreeningSummary  *summary,
                    guint                       total,
                    GError                    **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "papers");
  json_builder_add_int_value (builder, total);
  for (guint i = 0; i < G_N_ELEMENTS (summary->counts); i++)
    {
      json_builder_set_member_name (builder, gln_screening_to_string ((GlnScreening) i));
      json_builder_add_int_value (builder, summary->counts[i]);
    }
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_object (builder);
  for (guint i = 0; i < summary->reasons->len; i++)
    {
      json_builder_set_member_name (builder, g_ptr_array_index (summary->reasons, i));
      json_builder_add_int_value (builder, g_array_index (summary->reason_counts, guint, i));
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  node = json_builder_get_root (builder);

  return gln_cli_write_json_line (node, error);
}

static gboolean
print_summary (GlnCliContext  *cli,
               gpointer        data,
               GError        **error)
{
  CollectionCommand *command = data;
  g_autoptr(GlnBoardState) state = NULL;
  GlnScreeningSummary *summary;
  guint total = 0;

  gln_store_load_board_async (cli->store, command->info->id, NULL, gln_cli_ready_cb, cli);
  if (!(state = gln_store_load_board_finish (cli->store, gln_cli_wait (cli), error)))
    return FALSE;
  summary = state->summary;

  for (guint i = 0; i < G_N_ELEMENTS (summary->counts); i++)
    total += summary->counts[i];

  if (command->json)
    return print_summary_json (summary, total, error);

  g_print (_("Papers screened: %u of %u\n"), total - summary->counts[GLN_SCREENING_UNSCREENED],
           total);
  g_print (_("Included: %u\n"), summary->counts[GLN_SCREENING_INCLUDE]);
  g_print (_("Excluded: %u\n"), summary->counts[GLN_SCREENING_EXCLUDE]);
  for (guint i = 0; i < summary->reasons->len; i++)
    {
      const char *reason = g_ptr_array_index (summary->reasons, i);

      g_print ("  %s: %u\n", reason[0] ? reason : _("(no reason given)"),
               g_array_index (summary->reason_counts, guint, i));
    }
  g_print (_("Maybe: %u\n"), summary->counts[GLN_SCREENING_MAYBE]);
  g_print (_("Unscreened: %u\n"), summary->counts[GLN_SCREENING_UNSCREENED]);

  return TRUE;
}

/* The papers named after the collection's name, found before anything is written. */
static GPtrArray *
find_papers (GlnCliContext  *cli,
             GError        **error)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);

  for (int i = 3; i < cli->argc; i++)
    {
      GlnPaper *paper = gln_cli_find_paper (cli, cli->argv[i], error);

      if (paper == NULL)
        return NULL;
      g_ptr_array_add (papers, paper);
    }

  return g_steal_pointer (&papers);
}

static gboolean
add_papers (GlnCliContext  *cli,
            gpointer        data,
            GError        **error)
{
  CollectionCommand *command = data;
  g_autoptr(GPtrArray) papers = find_papers (cli, error);

  if (papers == NULL)
    return FALSE;

  gln_store_collection_add_async (cli->store, command->info->name, (GlnPaper **) papers->pdata,
                                  papers->len, FALSE, NULL, gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
remove_papers (GlnCliContext  *cli,
               gpointer        data,
               GError        **error)
{
  CollectionCommand *command = data;
  g_autoptr(GPtrArray) papers = find_papers (cli, error);

  if (papers == NULL)
    return FALSE;

  gln_store_collection_remove_async (cli->store, command->info->name,
                                     (GlnPaper **) papers->pdata, papers->len, NULL,
                                     gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
create (GlnCliContext  *cli,
        gpointer        data,
        GError        **error)
{
  gln_store_create_collection_async (cli->store, cli->argv[2], NULL, gln_cli_ready_cb, cli);
  return gln_store_id_finish (cli->store, gln_cli_wait (cli), error) > 0;
}

static gboolean
describe (GlnCliContext  *cli,
          gpointer        data,
          GError        **error)
{
  CollectionCommand *command = data;

  gln_store_describe_collection_async (cli->store, command->info->id, cli->argv[3], NULL,
                                       gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
rename_collection (GlnCliContext  *cli,
                   gpointer        data,
                   GError        **error)
{
  CollectionCommand *command = data;

  gln_store_rename_collection_async (cli->store, command->info->id, cli->argv[3], NULL,
                                     gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
delete_collection (GlnCliContext  *cli,
                   gpointer        data,
                   GError        **error)
{
  CollectionCommand *command = data;

  gln_store_delete_collection_async (cli->store, command->info->id, NULL, gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
undo (GlnCliContext  *cli,
      gpointer        data,
      GError        **error)
{
  CollectionCommand *command = data;
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GlnPaper) paper = NULL;

  gln_store_undo_screening_async (cli->store, command->info->id, NULL, gln_cli_ready_cb, cli);
  if (!(change = gln_store_screening_finish (cli->store, gln_cli_wait (cli), error)))
    return FALSE;

  if (change->paper_id == 0)
    {
      g_print ("%s\n", _("Nothing to undo"));
      return TRUE;
    }
  if (!(paper = gln_store_lookup_paper (cli->store, change->paper_id, error)))
    return FALSE;

  g_print (_("Took back the decision on %s\n"), gln_paper_get_key (paper));
  return TRUE;
}

static gboolean
screen (GlnCliContext  *cli,
        gpointer        data,
        GError        **error)
{
  CollectionCommand *command = data;
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  GlnScreening status;

  if (!gln_screening_from_string (cli->argv[4], &status))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("A decision is include, exclude, maybe or unscreened, not “%s”"),
                   cli->argv[4]);
      return FALSE;
    }
  if (!(paper = gln_cli_find_paper (cli, cli->argv[3], error)))
    return FALSE;

  gln_store_screen_async (cli->store, command->info->id, gln_paper_get_id (paper), status,
                          command->reason, NULL, gln_cli_ready_cb, cli);
  change = gln_store_screening_finish (cli->store, gln_cli_wait (cli), error);

  return change != NULL;
}

/* The verbs about one existing collection, named after the verb. */
static const GlnCliVerb collection_verbs[] = {
  { "describe", 4, 4, describe },
  { "rename", 4, 4, rename_collection },
  { "delete", 3, 3, delete_collection },
  { "add", 4, -1, add_papers },
  { "remove", 4, -1, remove_papers },
  { "summary", 3, 3, print_summary },
  { "undo", 3, 3, undo },
  { "screen", 5, 5, screen },
};

/* The verbs about the collections in general. */
static const GlnCliVerb general_verbs[] = {
  { "list", 2, 2, list_collections },
  { "create", 3, 3, create },
};

/* gleaner-cli collection VERB NAME … */
gboolean
gln_cli_collection (GlnCliContext  *cli,
                    GError        **error)
{
  g_autofree char *reason = NULL;
  g_autoptr(GlnCollectionInfo) info = NULL;
  CollectionCommand command = { NULL, FALSE, NULL };
  GOptionEntry entries[] = {
    { "reason", 'r', 0, G_OPTION_ARG_STRING, &reason, N_("Why (screen)"), N_("REASON") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &command.json, N_("Print JSON (list, summary)"), NULL },
    { NULL }
  };

  if (!gln_cli_parse_verbs (cli, _("VERB NAME … — manage review collections"),
                            COLLECTION_USAGE, 1, entries, error) ||
      !gln_cli_need_args (cli, 1, -1, COLLECTION_USAGE, error))
    return FALSE;

  command.reason = reason;
  if (g_str_equal (cli->argv[1], "list") || g_str_equal (cli->argv[1], "create"))
    return gln_cli_run_verb (cli, 1, general_verbs, G_N_ELEMENTS (general_verbs),
                             COLLECTION_USAGE, &command, error);

  if (cli->argc < 3)
    return gln_cli_usage_error (COLLECTION_USAGE, error);
  if (!(info = gln_cli_find_collection (cli, cli->argv[2], error)))
    return FALSE;

  command.info = info;
  return gln_cli_run_verb (cli, 1, collection_verbs, G_N_ELEMENTS (collection_verbs),
                           COLLECTION_USAGE, &command, error);
}
