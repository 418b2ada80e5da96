/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "gln-cli.h"

G_DEFINE_QUARK (gln-cli-error-quark, gln_cli_error)

/* Parses the command's options in place; what remains in cli->argv are its operands. */
gboolean
gln_cli_parse_options (GlnCliContext  *cli,
                       const char     *parameter_string,
                       GOptionEntry   *entries,
                       GError        **error)
{
  return gln_cli_parse_verbs (cli, parameter_string, NULL, 0, entries, error);
}

/* "paper show KEY | rate KEY N" as --help lists it: one verb a line, each with the words
 * before the verb (@n_words of them: "paper", or "board NAME"). */
static char *
dup_verbs_description (const char *usage,
                       guint       n_words)
{
  g_auto(GStrv) forms = g_strsplit (usage, " | ", -1);
  g_auto(GStrv) words = g_strsplit (forms[0], " ", -1);
  g_autofree char *prefix = NULL;
  GString *text = g_string_new (_("Verbs:"));

  words[MIN (n_words, g_strv_length (words))] = NULL;
  prefix = g_strjoinv (" ", words);
  for (guint i = 0; forms[i] != NULL; i++)
    g_string_append_printf (text, "\n  %s%s%s", i > 0 ? prefix : "", i > 0 ? " " : "",
                            forms[i]);

  return g_string_free (text, FALSE);
}

/**
 * gln_cli_parse_verbs:
 * @cli: the command line
 * @parameter_string: what follows the options in the usage line
 * @usage: (nullable): the command's forms, "paper show KEY | rate KEY N …", for --help
 * @n_words: how many words of the first form come before its verb
 * @entries: (nullable): the options
 * @error: return location for a #GError
 *
 * Parses the options of a command; --help lists its verbs when @usage is given.
 */
gboolean
gln_cli_parse_verbs (GlnCliContext  *cli,
                     const char     *parameter_string,
                     const char     *usage,
                     guint           n_words,
                     GOptionEntry   *entries,
                     GError        **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *description = NULL;

  g_option_context_set_help_enabled (context, TRUE);
  if (usage != NULL)
    {
      description = dup_verbs_description (usage, n_words);
      g_option_context_set_description (context, description);
    }
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &cli->argc, &cli->argv, &local_error))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Checks the number of operands after the command name; max < 0 means any. */
gboolean
gln_cli_need_args (GlnCliContext  *cli,
                   int             min,
                   int             max,
                   const char     *usage,
                   GError        **error)
{
  int n = cli->argc - 1;

  if (n < min || (max >= 0 && n > max))
    return gln_cli_usage_error (usage, error);

  return TRUE;
}

gboolean
gln_cli_usage_error (const char  *usage,
                     GError     **error)
{
  g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("usage: gleaner-cli %s"), usage);
  return FALSE;
}

/**
 * gln_cli_run_verb:
 * @cli: the command
 * @position: where the verb is in the command line (1 for `paper VERB`, 2 for `board NAME
 *   VERB`)
 * @verbs: (array length=n_verbs): the command's verbs
 * @n_verbs: how many
 * @usage: the command's usage, for a verb that is unknown or has the wrong operands
 * @data: handed to the verb
 * @error: return location for a #GError
 *
 * Runs the verb the command line names.
 */
gboolean
gln_cli_run_verb (GlnCliContext     *cli,
                  int                position,
                  const GlnCliVerb  *verbs,
                  guint              n_verbs,
                  const char        *usage,
                  gpointer           data,
                  GError           **error)
{
  const char *name = position < cli->argc ? cli->argv[position] : NULL;

  for (guint i = 0; name != NULL && i < n_verbs; i++)
    {
      const GlnCliVerb *verb = &verbs[i];

      if (g_str_equal (verb->name, name) && cli->argc >= verb->min_argc &&
          (verb->max_argc < 0 || cli->argc <= verb->max_argc))
        return verb->func (cli, data, error);
    }

  return gln_cli_usage_error (usage, error);
}

/* The callback of every operation the CLI waits for: keeps its result for gln_cli_wait(). */
void
gln_cli_ready_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GlnCliContext *cli = user_data;

  g_set_object (&cli->result, result);
}

/**
 * gln_cli_wait:
 * @cli: the command
 *
 * Runs the main context until the operation started with gln_cli_ready_cb() is done: the
 * command line does one thing after another.
 *
 * Returns: (transfer none): its result, valid until the next wait
 */
GAsyncResult *
gln_cli_wait (GlnCliContext *cli)
{
  g_clear_object (&cli->result);
  while (cli->result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return cli->result;
}

/* Waits for an edit started with gln_cli_ready_cb(): whether it was stored. */
gboolean
gln_cli_wait_edit (GlnCliContext  *cli,
                   GError        **error)
{
  return gln_store_edit_finish (cli->store, gln_cli_wait (cli), error);
}

/* A paper as the user names it: a key, an arXiv id or URL, a DOI, or an id. */
GlnPaper *
gln_cli_find_paper (GlnCliContext  *cli,
                    const char     *key,
                    GError        **error)
{
  gln_store_find_paper_async (cli->store, key, NULL, gln_cli_ready_cb, cli);

  return gln_store_find_paper_finish (cli->store, gln_cli_wait (cli), error);
}

GlnCollectionInfo *
gln_cli_find_collection (GlnCliContext  *cli,
                         const char     *name,
                         GError        **error)
{
  gln_store_find_collection_async (cli->store, name, NULL, gln_cli_ready_cb, cli);

  return gln_store_find_collection_finish (cli->store, gln_cli_wait (cli), error);
}

static gboolean
set_output_error (GError **error)
{
  int errsv = errno;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
               _("Could not write the output: %s"), g_strerror (errsv));
  return FALSE;
}

gboolean
gln_cli_write_stdout (const char  *text,
                      GError     **error)
{
  if (fputs (text, stdout) == EOF || fflush (stdout) != 0)
    return set_output_error (error);

  return TRUE;
}

gboolean
gln_cli_write_json_line (JsonNode  *node,
                         GError   **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  if (fputs (text, stdout) == EOF || fputc ('\n', stdout) == EOF)
    return set_output_error (error);

  return TRUE;
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

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_count (JsonBuilder *builder,
           const char  *name,
           int          value)
{
  json_builder_set_member_name (builder, name);
  if (value >= 0)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_boolean (JsonBuilder *builder,
             const char  *name,
             gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

/**
 * gln_cli_dup_trashed:
 * @cli: the command line
 * @error: return location for a #GError
 *
 * The papers in the trash, a small table: what `trashed` says of each paper printed.
 *
 * Returns: (transfer full) (nullable): a set of the ids (#gint64) of the trashed papers
 */
GHashTable *
gln_cli_dup_trashed (GlnCliContext  *cli,
                     GError        **error)
{
  GlnQuery query = { .scope = GLN_QUERY_SCOPE_TRASH, .sort = GLN_QUERY_SORT_ADDED };
  g_autoptr(GArray) ids = NULL;
  GHashTable *trashed;

  gln_store_query_ids_async (cli->store, &query, NULL, gln_cli_ready_cb, cli);
  if (!(ids = gln_store_query_ids_finish (cli->store, gln_cli_wait (cli), error)))
    return NULL;

  trashed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (trashed, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));

  return trashed;
}

/**
 * gln_cli_paper_to_json:
 * @paper: a paper read from the library
 * @trashed: whether the paper is in the trash
 * @notes: (nullable) (element-type GlnNote): its notes, to add a `notes` member
 *
 * Builds the object `list --json` prints, with the keys DESIGN.md promises (null where the
 * value is unknown) and a few more, `trashed` among them.
 *
 * Returns: (transfer full): the JSON object
 */
JsonNode *
gln_cli_paper_to_json (GlnPaper  *paper,
                       gboolean   trashed,
                       GPtrArray *notes)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *code_url = gln_paper_get_code_url (paper);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, gln_paper_get_id (paper));
  add_string (builder, "key", gln_paper_get_key (paper));
  add_string (builder, "title", gln_paper_get_title (paper));
  add_string (builder, "abstract", gln_paper_get_abstract (paper));
  add_strv (builder, "authors", gln_paper_get_authors (paper));
  add_strv (builder, "affiliations", gln_paper_get_affiliations (paper));
  add_boolean (builder, "authors_truncated", gln_paper_get_authors_truncated (paper));
  add_count (builder, "author_count", gln_paper_get_author_count (paper));
  add_strv (builder, "institutions", gln_paper_get_institutions (paper));
  add_string (builder, "published", gln_paper_get_published (paper));
  add_string (builder, "date_text", gln_paper_get_date_text (paper));
  add_string (builder, "updated", gln_paper_get_updated (paper));
  add_string (builder, "category", gln_paper_get_category (paper));
  add_strv (builder, "categories", gln_paper_get_categories (paper));
  add_string (builder, "arxiv_id", gln_paper_get_arxiv_id (paper));
  add_count (builder, "arxiv_version", gln_paper_get_arxiv_version (paper) > 0
                                         ? gln_paper_get_arxiv_version (paper) : -1);
  add_string (builder, "doi", gln_paper_get_doi (paper));
  add_string (builder, "journal_ref", gln_paper_get_journal_ref (paper));
  add_string (builder, "comment", gln_paper_get_comment (paper));
  add_string (builder, "url", gln_paper_get_url (paper));
  add_string (builder, "pdf_url", gln_paper_get_pdf_url (paper));
  add_string (builder, "code_url", code_url);
  add_boolean (builder, "has_code", gln_paper_get_has_code (paper) || code_url != NULL);
  add_count (builder, "upvotes", gln_paper_get_upvotes (paper));
  add_string (builder, "source", gln_paper_get_source (paper));
  json_builder_set_member_name (builder, "rating");
  json_builder_add_int_value (builder, gln_paper_get_rating (paper));
  add_boolean (builder, "starred", gln_paper_get_starred (paper));
  add_boolean (builder, "read", gln_paper_get_read (paper));
  add_boolean (builder, "new_version", gln_paper_get_new_version (paper));
  add_boolean (builder, "trashed", trashed);
  add_strv (builder, "tags", gln_paper_get_tags (paper));
  add_strv (builder, "collections", gln_paper_get_collections (paper));

  if (notes != NULL)
    {
      json_builder_set_member_name (builder, "notes");
      json_builder_begin_array (builder);
      for (guint i = 0; i < notes->len; i++)
        {
          GlnNote *note = g_ptr_array_index (notes, i);
          g_autoptr(GDateTime) created = g_date_time_new_from_unix_utc (note->created);
          g_autoptr(GDateTime) modified = g_date_time_new_from_unix_utc (note->modified);
          g_autofree char *created_iso = g_date_time_format_iso8601 (created);
          g_autofree char *modified_iso = g_date_time_format_iso8601 (modified);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, note->id);
          add_string (builder, "body", note->body);
          add_string (builder, "created", created_iso);
          add_string (builder, "modified", modified_iso);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * gln_cli_dup_printable:
 * @text: (nullable): text from the library or from a file
 * @one_line: whether line breaks and tabs become spaces too
 *
 * Text safe to print on a terminal: a title can hold escape sequences that would retitle
 * the window, move the cursor or clear the screen. Control characters (C0 with ESC, DEL,
 * C1) become U+FFFD, as do bytes that are not UTF-8; line feeds and tabs stay unless
 * @one_line. JSON output does not go through here: it is exact.
 *
 * Returns: (transfer full): the printable text, "" for %NULL
 */
char *
gln_cli_dup_printable (const char *text,
                       gboolean    one_line)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c == '\n' || c == '\t') && one_line)
        g_string_append_c (out, ' ');
      else if (c == '\n' || c == '\t' || (c >= 0x20 && (c < 0x7f || c > 0x9f)))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      else
        g_string_append_unichar (out, 0xfffd);
    }

  return g_string_free (out, FALSE);
}

static void
print_field (const char *label,
             const char *value)
{
  g_autofree char *printable = NULL;

  if (gln_str_empty0 (value))
    return;

  printable = gln_cli_dup_printable (value, TRUE);
  g_print ("%-13s %s\n", label, printable);
}

static void
print_text (const char *heading,
            const char *text)
{
  g_autofree char *printable = gln_cli_dup_printable (text, FALSE);

  if (heading != NULL)
    g_print ("\n%s\n%s\n", heading, printable);
  else
    g_print ("\n%s\n", printable);
}

static void
print_list (const char         *label,
            const char * const *values,
            const char         *separator)
{
  g_autofree char *joined = NULL;

  if (values == NULL || values[0] == NULL)
    return;

  joined = g_strjoinv (separator, (char **) values);
  print_field (label, joined);
}

/* Prints every field of a paper for a person to read, the notes last. */
void
gln_cli_print_paper (GlnPaper  *paper,
                     gboolean   trashed,
                     GPtrArray *notes)
{
  const char * const *authors = gln_paper_get_authors (paper);
  const char * const *affiliations = gln_paper_get_affiliations (paper);
  g_autoptr(GString) people = g_string_new (NULL);
  g_autofree char *rating = NULL;
  g_autofree char *version = NULL;
  g_autofree char *upvotes = NULL;
  g_autofree char *count = NULL;

  for (guint i = 0; authors[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (people, "; ");
      g_string_append (people, authors[i]);
      if (!gln_str_empty0 (affiliations[i]))
        g_string_append_printf (people, " (%s)", affiliations[i]);
    }
  if (gln_paper_get_authors_truncated (paper))
    g_string_append (people, _(" et al."));

  print_field (_("Key:"), gln_paper_get_key (paper));
  print_field (_("Title:"), gln_paper_get_title (paper));
  print_field (_("Authors:"), people->str);
  if (gln_paper_get_author_count (paper) >= 0)
    print_field (_("Author count:"), count = g_strdup_printf ("%d", gln_paper_get_author_count (paper)));
  print_list (_("Institutions:"), gln_paper_get_institutions (paper), "; ");
  print_field (_("Published:"), gln_paper_get_published (paper));
  print_field (_("Date shown:"), gln_paper_get_date_text (paper));
  print_field (_("Updated:"), gln_paper_get_updated (paper));
  print_field (_("arXiv:"), gln_paper_get_arxiv_id (paper));
  if (gln_paper_get_arxiv_version (paper) > 0)
    print_field (_("Version:"), version = g_strdup_printf ("v%d%s", gln_paper_get_arxiv_version (paper),
                                                           gln_paper_get_new_version (paper)
                                                             ? _(" (new)") : ""));
  print_field (_("DOI:"), gln_paper_get_doi (paper));
  print_field (_("Category:"), gln_paper_get_category (paper));
  print_list (_("Categories:"), gln_paper_get_categories (paper), " ");
  print_field (_("Journal:"), gln_paper_get_journal_ref (paper));
  print_field (_("Comment:"), gln_paper_get_comment (paper));
  print_field (_("Abstract page:"), gln_paper_get_url (paper));
  print_field (_("PDF:"), gln_paper_get_pdf_url (paper));
  print_field (_("Code:"), gln_paper_get_code_url (paper) ? gln_paper_get_code_url (paper)
                           : gln_paper_get_has_code (paper) ? _("yes") : NULL);
  if (gln_paper_get_upvotes (paper) >= 0)
    print_field (_("Upvotes:"), upvotes = g_strdup_printf ("%d", gln_paper_get_upvotes (paper)));
  print_field (_("Source:"), gln_paper_get_source (paper));
  print_field (_("Rating:"), rating = g_strdup_printf ("%d/5", gln_paper_get_rating (paper)));
  print_field (_("Starred:"), gln_paper_get_starred (paper) ? _("yes") : _("no"));
  print_field (_("Read:"), gln_paper_get_read (paper) ? _("yes") : _("no"));
  /* Translators: said of a paper in the trash, after "In trash:" */
  print_field (_("In trash:"), trashed ? _("yes") : NULL);
  print_list (_("Tags:"), gln_paper_get_tags (paper), ", ");
  print_list (_("Collections:"), gln_paper_get_collections (paper), ", ");

  if (gln_paper_get_abstract (paper) != NULL)
    print_text (NULL, gln_paper_get_abstract (paper));

  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      GlnNote *note = g_ptr_array_index (notes, i);
      g_autoptr(GDateTime) created = g_date_time_new_from_unix_local (note->created);
      g_autofree char *when = g_date_time_format (created, "%Y-%m-%d %H:%M");
      g_autofree char *heading = g_strdup_printf ("%s %s", _("Note of"), when);

      print_text (heading, note->body);
    }
}

/* "(3 gained details, 1 with a newer arXiv version)" after the known papers, or nothing. */
static void
append_known_details (GString              *line,
                      const GlnImportStats *stats)
{
  if (stats->merged == 0 && stats->updated == 0)
    return;

  g_string_append (line, " (");
  if (stats->merged > 0)
    /* Translators: known papers that gained metadata from the import */
    g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%'u gained details",
                                               "%'u gained details", stats->merged),
                            stats->merged);
  if (stats->merged > 0 && stats->updated > 0)
    g_string_append (line, ", ");
  if (stats->updated > 0)
    g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%'u with a newer arXiv version",
                                               "%'u with a newer arXiv version", stats->updated),
                            stats->updated);
  g_string_append (line, ")");
}

/**
 * gln_cli_print_import:
 * @result: what an import did
 *
 * Says in one line what became of every entry, as every importing command does: the parts
 * add up to the entries. Possible duplicates are added too, but counted apart, with a hint
 * where to review them. What could not be read follows on standard error.
 */
void
gln_cli_print_import (const GlnImportResult *result)
{
  const GlnImportStats *stats = &result->stats;
  guint added = stats->added - MIN (stats->duplicates, stats->added);
  guint known = stats->merged + stats->updated + stats->unchanged;
  g_autoptr(GString) already = g_string_new (NULL);
  g_autofree char *entries = NULL;
  g_autofree char *added_text = NULL;
  g_autofree char *duplicates = NULL;
  g_autofree char *skipped = NULL;

  /* "%'u" groups thousands as the locale does, and not at all in C. */
  entries = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u entry", "%'u entries",
                                          stats->found), stats->found);
  /* Translators: papers new to the library */
  added_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u added", "%'u added", added),
                                added);
  g_string_printf (already, g_dngettext (GETTEXT_PACKAGE, "%'u already in the library",
                                         "%'u already in the library", known), known);
  append_known_details (already, stats);
  duplicates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u possible duplicate to review",
                                             "%'u possible duplicates to review",
                                             stats->duplicates), stats->duplicates);
  /* Translators: entries with neither a title nor an identifier */
  skipped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u skipped", "%'u skipped",
                                          stats->skipped), stats->skipped);

  /* Translators: the summary of an import: "4,839 entries: 4,790 added, 40 already in the
   * library, 9 possible duplicates to review, 0 skipped" */
  g_print (_("%s: %s, %s, %s, %s\n"), entries, added_text, already->str, duplicates, skipped);
  if (stats->duplicates > 0)
    g_print ("%s\n", gln_cli_get_duplicates_hint (stats->duplicates));
  fflush (stdout);

  for (guint i = 0; i < result->problems->len; i++)
    {
      g_autofree char *problem = gln_cli_dup_printable (g_ptr_array_index (result->problems, i),
                                                        TRUE);

      g_printerr ("%s\n", problem);
    }
}

/**
 * gln_cli_get_duplicates_hint:
 * @n_duplicates: how many possible duplicates a command added
 *
 * Returns: what became of them and where to review them, for the user
 */
const char *
gln_cli_get_duplicates_hint (guint n_duplicates)
{
  return g_dngettext (GETTEXT_PACKAGE,
                      "It stays in the library beside the paper it resembles until you decide; "
                      "review it with “gleaner-cli duplicates list”",
                      "They stay in the library beside the papers they resemble until you "
                      "decide; review them with “gleaner-cli duplicates list”",
                      n_duplicates);
}

/* A diagram goes to a .svg or .png file, or as SVG to standard output. */
gboolean
gln_cli_check_diagram_output (const char  *output,
                              GError     **error)
{
  if (output != NULL && !g_str_has_suffix (output, ".svg") && !g_str_has_suffix (output, ".png"))
    {
      g_set_error_literal (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                           _("The diagram is written as .svg or .png"));
      return FALSE;
    }

  return TRUE;
}

/**
 * gln_cli_write_diagram:
 * @output: (nullable): a .svg or .png file; %NULL for SVG on standard output
 * @svg: writes the diagram as SVG
 * @png: draws it as PNG
 * @data: the diagram
 * @title: its title, for the SVG
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the diagram was written
 */
gboolean
gln_cli_write_diagram (const char     *output,
                       GlnCliSvgFunc   svg,
                       GlnCliPngFunc   png,
                       gconstpointer   data,
                       const char     *title,
                       GError        **error)
{
  g_autofree char *text = NULL;

  if (output != NULL && g_str_has_suffix (output, ".png"))
    {
      g_autoptr(GBytes) bytes = NULL;

      if (!(bytes = png (data, 2.0, error)))
        return FALSE;
      return g_file_set_contents (output, g_bytes_get_data (bytes, NULL),
                                  g_bytes_get_size (bytes), error);
    }

  text = svg (data, title);
  if (output == NULL)
    return gln_cli_write_stdout (text, error);

  return g_file_set_contents (output, text, -1, error);
}
