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

static gboolean
list_collections (GlnCliContext  *cli,
                  gboolean        json,
                  GError        **error)
{
  g_autoptr(GPtrArray) list = NULL;

  if (!(list = gln_database_list_collections (cli->db, error)))
    return FALSE;

  for (guint i = 0; i < list->len; i++)
    {
      GlnCollectionInfo *info = g_ptr_array_index (list, i);

      if (json)
        {
          g_autoptr(JsonNode) node = collection_to_json (info);

          if (!gln_cli_write_json_line (node, error))
            return FALSE;
        }
      else
        /* Translators: name, then counts of papers and of screening decisions */
        g_print (_("%s\t%u papers: %u included, %u excluded, %u maybe, %u unscreened\n"),
                 info->name, info->n_papers, info->n_included, info->n_excluded, info->n_maybe,
                 info->n_unscreened);
    }

  return TRUE;
}

static gboolean
print_summary (GlnCliContext  *cli,
               gint64          collection,
               gboolean        json,
               GError        **error)
{
  g_autoptr(GlnScreeningSummary) summary = NULL;
  guint total = 0;

  if (!(summary = gln_database_get_screening_summary (cli->db, collection, error)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (summary->counts); i++)
    total += summary->counts[i];

  if (json)
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

/* Runs @func for every paper named after the collection. */
static gboolean
for_each_paper (GlnCliContext  *cli,
                gint64          collection,
                gboolean      (*func) (GlnDatabase *, gint64, gint64, GError **),
                GError        **error)
{
  for (int i = 3; i < cli->argc; i++)
    {
      g_autoptr(GlnPaper) paper = gln_cli_find_paper (cli, cli->argv[i], error);

      if (paper == NULL || !func (cli->db, collection, gln_paper_get_id (paper), error))
        return FALSE;
    }

  return TRUE;
}

/* gleaner-cli collection VERB NAME … */
gboolean
gln_cli_collection (GlnCliContext  *cli,
                    GError        **error)
{
  g_autofree char *reason = NULL;
  gboolean json = FALSE;
  const char *verb;
  gint64 collection;
  GOptionEntry entries[] = {
    { "reason", 'r', 0, G_OPTION_ARG_STRING, &reason, N_("Why (screen)"), N_("REASON") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (list, summary)"), NULL },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("VERB NAME … — manage review collections"), entries, error) ||
      !gln_cli_need_args (cli, 1, -1, COLLECTION_USAGE, error))
    return FALSE;

  verb = cli->argv[1];

  if (g_str_equal (verb, "list") && cli->argc == 2)
    return list_collections (cli, json, error);

  if (g_str_equal (verb, "create") && cli->argc == 3)
    return gln_database_create_collection (cli->db, cli->argv[2], error) > 0;

  if (cli->argc < 3)
    goto usage;
  if ((collection = gln_database_lookup_collection (cli->db, cli->argv[2], error)) < 0)
    return FALSE;

  if (g_str_equal (verb, "describe") && cli->argc == 4)
    return gln_database_describe_collection (cli->db, collection, cli->argv[3], error);

  if (g_str_equal (verb, "rename") && cli->argc == 4)
    return gln_database_rename_collection (cli->db, collection, cli->argv[3], error);

  if (g_str_equal (verb, "delete") && cli->argc == 3)
    return gln_database_delete_collection (cli->db, collection, error);

  if (g_str_equal (verb, "add") && cli->argc >= 4)
    return for_each_paper (cli, collection, gln_database_collection_add, error);

  if (g_str_equal (verb, "remove") && cli->argc >= 4)
    return for_each_paper (cli, collection, gln_database_collection_remove, error);

  if (g_str_equal (verb, "summary") && cli->argc == 3)
    return print_summary (cli, collection, json, error);

  if (g_str_equal (verb, "undo") && cli->argc == 3)
    {
      gint64 paper_id = gln_database_undo_screening (cli->db, collection, error);
      g_autoptr(GlnPaper) paper = NULL;

      if (paper_id < 0)
        return FALSE;
      if (paper_id == 0)
        {
          g_print ("%s\n", _("Nothing to undo"));
          return TRUE;
        }
      if (!(paper = gln_database_get_paper (cli->db, paper_id, error)))
        return FALSE;
      g_print (_("Took back the decision on %s\n"), gln_paper_get_key (paper));
      return TRUE;
    }

  if (g_str_equal (verb, "screen") && cli->argc == 5)
    {
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

      return gln_database_collection_screen (cli->db, collection, gln_paper_get_id (paper),
                                             status, reason, error);
    }

usage:
  g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("usage: gleaner-cli %s"),
               COLLECTION_USAGE);
  return FALSE;
}

/* gleaner-cli check: exits non-zero when the library has problems. */
gboolean
gln_cli_check (GlnCliContext  *cli,
               GError        **error)
{
  g_auto(GStrv) problems = NULL;

  if (!gln_cli_parse_options (cli, _("— check the library for damage"), NULL, error) ||
      !gln_cli_need_args (cli, 0, 0, "check", error))
    return FALSE;

  if (!(problems = gln_database_check (cli->db, error)))
    return FALSE;

  for (guint i = 0; problems[i] != NULL; i++)
    g_printerr ("%s\n", problems[i]);

  if (problems[0] != NULL)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_FAILED,
                   g_dngettext (GETTEXT_PACKAGE, "The library has %u problem",
                                "The library has %u problems", g_strv_length (problems)),
                   g_strv_length (problems));
      return FALSE;
    }

  g_print (_("The library is sound (%s)\n"), gln_database_get_path (cli->db));
  return TRUE;
}
