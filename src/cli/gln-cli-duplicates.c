/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "gln-cli.h"

#define DUPLICATES_USAGE \
  "duplicates list [--json] | " \
  "merge MASTER-KEY OTHER-KEY [--take FIELD,…] [--keep-screening|--take-screening] [--json] | " \
  "dismiss KEY KEY | undo [MERGE-ID]"

/* The options of `duplicates`. */
typedef struct
{
  gboolean   json;
  char     **take;
  gboolean   keep_screening;
  gboolean   take_screening;
} DuplicatesCommand;

/* Whether two papers are screened differently in one collection: the merge cannot pick
 * one of two decisions by itself. */
static gboolean
screening_conflicts (const GlnDuplicateScreening *screening)
{
  return screening->status_a > GLN_SCREENING_UNSCREENED &&
         screening->status_b > GLN_SCREENING_UNSCREENED &&
         screening->status_a != screening->status_b;
}

static void
add_decision (JsonBuilder *builder,
              const char  *name,
              int          status)
{
  json_builder_set_member_name (builder, name);
  if (status >= 0)
    json_builder_add_string_value (builder, gln_screening_to_string ((GlnScreening) status));
  else
    json_builder_add_null_value (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static JsonNode *
duplicate_to_json (const GlnDuplicate *duplicate)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_string (builder, "key_a", gln_paper_get_key (duplicate->paper_a));
  add_string (builder, "key_b", gln_paper_get_key (duplicate->paper_b));
  add_string (builder, "title_a", gln_paper_get_title (duplicate->paper_a));
  add_string (builder, "title_b", gln_paper_get_title (duplicate->paper_b));
  add_string (builder, "reason", duplicate->reason);
  add_string (builder, "reason_text", gln_duplicate_describe_reason (duplicate->reason));
  json_builder_set_member_name (builder, "conflict");
  json_builder_add_boolean_value (builder, gln_duplicate_has_conflict (duplicate));
  json_builder_set_member_name (builder, "screening");
  json_builder_begin_array (builder);
  for (guint i = 0; duplicate->screening != NULL && i < duplicate->screening->len; i++)
    {
      const GlnDuplicateScreening *screening = g_ptr_array_index (duplicate->screening, i);

      json_builder_begin_object (builder);
      add_string (builder, "collection", screening->collection);
      add_decision (builder, "a", screening->status_a);
      add_decision (builder, "b", screening->status_b);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_duplicate (const GlnDuplicate *duplicate)
{
  g_autofree char *title_a = gln_cli_dup_printable (gln_paper_get_title (duplicate->paper_a),
                                                    TRUE);
  g_autofree char *title_b = gln_cli_dup_printable (gln_paper_get_title (duplicate->paper_b),
                                                    TRUE);

  g_print ("%s\t%s\n", gln_paper_get_key (duplicate->paper_a), title_a);
  g_print ("%s\t%s\n", gln_paper_get_key (duplicate->paper_b), title_b);
  g_print ("  %s\n", gln_duplicate_describe_reason (duplicate->reason));

  for (guint i = 0; duplicate->screening != NULL && i < duplicate->screening->len; i++)
    {
      const GlnDuplicateScreening *screening = g_ptr_array_index (duplicate->screening, i);

      if (screening_conflicts (screening))
        /* Translators: a collection, then the first and the second paper's decisions */
        g_print (_("  Screened differently in “%s”: %s, %s\n"), screening->collection,
                 gln_screening_get_label ((GlnScreening) screening->status_a),
                 gln_screening_get_label ((GlnScreening) screening->status_b));
    }
}

static gboolean
list_duplicates (GlnCliContext  *cli,
                 gpointer        data,
                 GError        **error)
{
  DuplicatesCommand *command = data;
  g_autoptr(GPtrArray) duplicates = NULL;

  gln_store_list_duplicates_async (cli->store, NULL, gln_cli_ready_cb, cli);
  if (!(duplicates = gln_store_list_duplicates_finish (cli->store, gln_cli_wait (cli), error)))
    return FALSE;

  if (duplicates->len == 0 && !command->json)
    g_print ("%s\n", _("No possible duplicates to review"));

  for (guint i = 0; i < duplicates->len; i++)
    {
      const GlnDuplicate *duplicate = g_ptr_array_index (duplicates, i);

      if (command->json)
        {
          g_autoptr(JsonNode) node = duplicate_to_json (duplicate);

          if (!gln_cli_write_json_line (node, error))
            return FALSE;
        }
      else
        {
          if (i > 0)
            g_print ("\n");
          print_duplicate (duplicate);
        }
    }

  return TRUE;
}

/* The two papers a verb names, found before anything is written; they must differ. */
static gboolean
find_pair (GlnCliContext  *cli,
           GlnPaper      **first,
           GlnPaper      **second,
           GError        **error)
{
  if (!(*first = gln_cli_find_paper (cli, cli->argv[2], error)) ||
      !(*second = gln_cli_find_paper (cli, cli->argv[3], error)))
    return FALSE;

  if (gln_paper_get_id (*first) == gln_paper_get_id (*second))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("“%s” and “%s” are the same paper (%s)"), cli->argv[2], cli->argv[3],
                   gln_paper_get_key (*first));
      return FALSE;
    }

  return TRUE;
}

static const GlnDuplicateField *
find_field (const char *name)
{
  const GlnDuplicateField *fields;
  guint n_fields;

  fields = gln_duplicate_get_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].name, name))
      return &fields[i];

  return NULL;
}

/* The names of the fields a merge can take from the other paper, for help and errors. */
static char *
dup_field_names (void)
{
  g_autoptr(GString) names = g_string_new (NULL);
  const GlnDuplicateField *fields;
  guint n_fields;

  fields = gln_duplicate_get_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", fields[i].name);

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The fields --take names (repeated, or separated by commas), checked, each once. */
static GPtrArray *
parse_take (char    **take,
            GError  **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();

  for (guint i = 0; take != NULL && take[i] != NULL; i++)
    {
      g_auto(GStrv) names = g_strsplit (take[i], ",", -1);

      for (guint j = 0; names[j] != NULL; j++)
        {
          const GlnDuplicateField *field = find_field (g_strstrip (names[j]));

          if (names[j][0] == '\0')
            continue;
          if (field == NULL)
            {
              g_autofree char *known = dup_field_names ();

              g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                           _("Unknown field “%s”; a merge can take %s"), names[j], known);
              return NULL;
            }
          if (!g_ptr_array_find (fields, field, NULL))
            g_ptr_array_add (fields, (gpointer) field);
        }
    }

  return g_steal_pointer (&fields);
}

/* Says which collections hold the two papers with different decisions, and how to choose. */
static void
explain_conflict (GlnCliContext  *cli,
                  GlnPaper       *master,
                  GlnPaper       *other,
                  GError        **error)
{
  g_autoptr(GlnDuplicate) duplicate = NULL;
  g_autoptr(GString) where = g_string_new (NULL);
  gint64 master_id = gln_paper_get_id (master);
  g_autofree char *options = NULL;
  g_autofree char *message = NULL;

  gln_store_find_duplicate_async (cli->store, master_id, gln_paper_get_id (other), NULL,
                                  gln_cli_ready_cb, cli);
  duplicate = gln_store_find_duplicate_finish (cli->store, gln_cli_wait (cli), NULL);

  for (guint i = 0; duplicate != NULL && duplicate->screening != NULL &&
                    i < duplicate->screening->len; i++)
    {
      const GlnDuplicateScreening *screening = g_ptr_array_index (duplicate->screening, i);
      gboolean master_is_a = gln_paper_get_id (duplicate->paper_a) == master_id;
      int status_master = master_is_a ? screening->status_a : screening->status_b;
      int status_other = master_is_a ? screening->status_b : screening->status_a;

      if (!screening_conflicts (screening))
        continue;
      if (where->len > 0)
        g_string_append (where, ", ");
      /* Translators: a collection, then the decisions on the master and the other paper */
      g_string_append_printf (where, _("“%s” (%s, %s)"), screening->collection,
                              gln_screening_get_label ((GlnScreening) status_master),
                              gln_screening_get_label ((GlnScreening) status_other));
    }

  /* Translators: the master's key, then the other paper's */
  options = g_strdup_printf (_("Merge with --keep-screening to keep the decisions on %s, or "
                               "with --take-screening to take those on %s"),
                             gln_paper_get_key (master), gln_paper_get_key (other));
  if (where->len > 0)
    /* Translators: the master's key, the other's, the collections, then how to choose */
    message = g_strdup_printf (_("%s and %s are screened differently in %s. %s"),
                               gln_paper_get_key (master), gln_paper_get_key (other),
                               where->str, options);
  else
    /* Translators: the store's message when the pair could not be read again, then how
     * to choose */
    message = g_strdup_printf (_("%s. %s"), (*error)->message, options);
  g_clear_error (error);
  g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CONFLICT, message);
}

static gboolean
print_merge_json (gint64       merge_id,
                  const char  *master_key,
                  const char  *other_key,
                  GPtrArray   *fields,
                  GPtrArray   *values,
                  const char  *screening,
                  GError     **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "merge_id");
  json_builder_add_int_value (builder, merge_id);
  add_string (builder, "master", master_key);
  add_string (builder, "merged", other_key);
  json_builder_set_member_name (builder, "taken");
  json_builder_begin_object (builder);
  for (guint i = 0; i < fields->len; i++)
    add_string (builder, ((const GlnDuplicateField *) fields->pdata[i])->name, values->pdata[i]);
  json_builder_end_object (builder);
  add_string (builder, "screening", screening);
  json_builder_end_object (builder);
  node = json_builder_get_root (builder);

  return gln_cli_write_json_line (node, error);
}

static void
print_merge (gint64      merge_id,
             const char *master_key,
             const char *other_key,
             GPtrArray  *fields,
             GPtrArray  *values)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, merge_id);

  /* Translators: the other paper's key, the master's key, the merge's number */
  g_print (_("Merged %s into %s (merge %s)\n"), other_key, master_key, id);
  for (guint i = 0; i < fields->len; i++)
    /* Translators: a field taken from the other paper, and its value */
    g_print (_("  %s from %s: %s\n"), gln_duplicate_field_label (fields->pdata[i]), other_key,
             (const char *) values->pdata[i]);
  g_print (_("Undo with “gleaner-cli duplicates undo %s”\n"), id);
}

/* Adds the other paper's value of @field to @values. Taking nothing would erase the
 * master's value, which is never what "take" means. */
static gboolean
take_value (GlnPaper                 *other,
            const GlnDuplicateField  *field,
            GPtrArray                *values,
            GError                  **error)
{
  g_autofree char *value = gln_duplicate_dup_value (other, field->name);

  if (gln_str_empty0 (value))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   /* Translators: a paper's key, then a field such as "abstract" */
                   _("%s has no %s to take"), gln_paper_get_key (other), field->name);
      return FALSE;
    }

  g_ptr_array_add (values, g_steal_pointer (&value));
  return TRUE;
}

/* The field names the store takes: --take's fields, then the screening choice if any. */
static GPtrArray *
dup_take_names (DuplicatesCommand *command,
                GPtrArray         *fields)
{
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < fields->len; i++)
    g_ptr_array_add (names, (gpointer) ((const GlnDuplicateField *) fields->pdata[i])->name);
  if (command->keep_screening)
    g_ptr_array_add (names, (gpointer) GLN_MERGE_KEEP_SCREENING);
  else if (command->take_screening)
    g_ptr_array_add (names, (gpointer) GLN_MERGE_TAKE_SCREENING);
  g_ptr_array_add (names, NULL);

  return names;
}

static gboolean
merge (GlnCliContext  *cli,
       gpointer        data,
       GError        **error)
{
  DuplicatesCommand *command = data;
  g_autoptr(GlnPaper) master = NULL;
  g_autoptr(GlnPaper) other = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *master_key = NULL;
  g_autofree char *other_key = NULL;
  gint64 merge_id;

  if (command->keep_screening && command->take_screening)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("Give --keep-screening or --take-screening, not both"));
      return FALSE;
    }
  if (!(fields = parse_take (command->take, error)) ||
      !find_pair (cli, &master, &other, error))
    return FALSE;

  /* What the merge is asked to take, read before the other paper becomes an alias. */
  master_key = g_strdup (gln_paper_get_key (master));
  other_key = g_strdup (gln_paper_get_key (other));
  for (guint i = 0; i < fields->len; i++)
    if (!take_value (other, fields->pdata[i], values, error))
      return FALSE;
  names = dup_take_names (command, fields);

  gln_store_merge_duplicates_async (cli->store, gln_paper_get_id (master),
                                    gln_paper_get_id (other),
                                    (const char * const *) names->pdata, NULL,
                                    gln_cli_ready_cb, cli);
  if ((merge_id = gln_store_merge_duplicates_finish (cli->store, gln_cli_wait (cli), error)) <= 0)
    {
      if (error != NULL &&
          g_error_matches (*error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CONFLICT))
        explain_conflict (cli, master, other, error);
      return FALSE;
    }

  if (command->json)
    return print_merge_json (merge_id, master_key, other_key, fields, values,
                             command->keep_screening ? "keep"
                             : command->take_screening ? "take" : NULL, error);

  print_merge (merge_id, master_key, other_key, fields, values);
  return TRUE;
}

static gboolean
dismiss (GlnCliContext  *cli,
         gpointer        data,
         GError        **error)
{
  g_autoptr(GlnPaper) first = NULL;
  g_autoptr(GlnPaper) second = NULL;

  if (!find_pair (cli, &first, &second, error))
    return FALSE;

  gln_store_dismiss_duplicate_async (cli->store, gln_paper_get_id (first),
                                     gln_paper_get_id (second), NULL, gln_cli_ready_cb, cli);
  return gln_store_dismiss_duplicate_finish (cli->store, gln_cli_wait (cli), error);
}

static gboolean
undo (GlnCliContext  *cli,
      gpointer        data,
      GError        **error)
{
  const char *text = cli->argc > 2 ? cli->argv[2] : NULL;
  gint64 merge_id = 0;

  if (text != NULL)
    {
      char *end = NULL;

      merge_id = g_ascii_strtoll (text, &end, 10);
      if (end == text || *end != '\0' || merge_id <= 0)
        {
          g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                       _("A merge id is a positive number, not “%s”"), text);
          return FALSE;
        }
    }

  gln_store_undo_merge_async (cli->store, merge_id, NULL, gln_cli_ready_cb, cli);
  if (!gln_store_undo_merge_finish (cli->store, gln_cli_wait (cli), error))
    return FALSE;

  if (text != NULL)
    g_print (_("Undid merge %s\n"), text);
  else
    g_print ("%s\n", _("Undid the last merge"));

  return TRUE;
}

static const GlnCliVerb duplicates_verbs[] = {
  { "list", 2, 2, list_duplicates },
  { "merge", 4, 4, merge },
  { "dismiss", 4, 4, dismiss },
  { "undo", 2, 3, undo },
};

/* gleaner-cli duplicates list|merge|dismiss|undo … */
gboolean
gln_cli_duplicates (GlnCliContext  *cli,
                    GError        **error)
{
  g_auto(GStrv) take = NULL;
  g_autofree char *names = dup_field_names ();
  g_autofree char *take_help = NULL;
  DuplicatesCommand command = { FALSE, NULL, FALSE, FALSE };
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &command.json, N_("Print JSON (list, merge)"), NULL },
    { "take", 0, 0, G_OPTION_ARG_STRING_ARRAY, &take, NULL, N_("FIELD,…") },
    { "keep-screening", 0, 0, G_OPTION_ARG_NONE, &command.keep_screening,
      N_("Where the two are screened differently, keep the master’s decision (merge)"), NULL },
    { "take-screening", 0, 0, G_OPTION_ARG_NONE, &command.take_screening,
      N_("Where the two are screened differently, take the other’s decision (merge)"), NULL },
    { NULL }
  };

  /* Translators: the fields a merge can take from the other paper: title, abstract… */
  take_help = g_strdup_printf (_("Take these fields from OTHER-KEY, not the master (merge): %s"),
                               names);
  entries[1].description = take_help;

  if (!gln_cli_parse_options (cli, _("VERB … — review papers that may be the same work"), entries,
                              error) ||
      !gln_cli_need_args (cli, 1, -1, DUPLICATES_USAGE, error))
    return FALSE;

  command.take = take;
  return gln_cli_run_verb (cli, 1, duplicates_verbs, G_N_ELEMENTS (duplicates_verbs),
                           DUPLICATES_USAGE, &command, error);
}
