/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Reading what the user imports and what services send, off the main thread: a copied page
 * can hold hundreds of papers, a file or a feed response thousands. */

#define G_LOG_DOMAIN "gln-parse-task"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-parse-task.h"

typedef struct
{
  GlnParseFunc    func;
  gpointer        data;
  GDestroyNotify  data_free;
} ParseData;

/* One input: a file, read on the worker thread, or a text already in memory. */
typedef struct
{
  char   *name;
  GFile  *file;
  GBytes *bytes;
} Input;

struct _GlnParseInputs
{
  GlnImportFormat  format;
  GArray          *inputs;
  gboolean         preview;
};

GlnParseResult *
gln_parse_result_new (void)
{
  GlnParseResult *self = g_new0 (GlnParseResult, 1);

  self->papers = g_ptr_array_new_with_free_func (g_object_unref);
  self->problems = g_ptr_array_new_with_free_func (g_free);

  return self;
}

void
gln_parse_result_free (GlnParseResult *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->papers, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_free (self);
}

static void
parse_data_free (ParseData *data)
{
  if (data->data_free != NULL)
    g_clear_pointer (&data->data, data->data_free);
  g_free (data);
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ParseData *data = task_data;
  g_autoptr(GlnParseResult) result = gln_parse_result_new ();
  g_autoptr(GError) error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!data->func (data->data, result, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) gln_parse_result_free);
}

/**
 * gln_parse_async:
 * @func: the parser, run on a worker thread
 * @data: its data; the parser owns it from now on
 * @data_free: (nullable): frees @data once parsing is over
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context with what was found
 * @user_data: data for @callback
 *
 * Runs a parser off the main thread: gln_parse_inputs_parse() for files and pasted text,
 * a feed's pager or an identifier lookup for what a service sent.
 */
void
gln_parse_async (GlnParseFunc         func,
                 gpointer             data,
                 GDestroyNotify       data_free,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ParseData *parse;

  g_return_if_fail (func != NULL);

  parse = g_new0 (ParseData, 1);
  parse->func = func;
  parse->data = data;
  parse->data_free = data_free;
  g_task_set_source_tag (task, gln_parse_async);
  g_task_set_task_data (task, parse, (GDestroyNotify) parse_data_free);
  g_task_run_in_thread (task, parse_thread);
}

static void
input_clear (Input *input)
{
  g_clear_pointer (&input->name, g_free);
  g_clear_object (&input->file);
  g_clear_pointer (&input->bytes, g_bytes_unref);
}

/**
 * gln_parse_inputs_new:
 * @format: the inputs' format, or %GLN_IMPORT_FORMAT_AUTO to detect each one's
 *
 * Returns: (transfer full): an empty list of inputs; add files and texts, then hand it to
 *   gln_parse_async() or a #GlnImporter with gln_parse_inputs_parse()
 */
GlnParseInputs *
gln_parse_inputs_new (GlnImportFormat format)
{
  GlnParseInputs *self = g_new0 (GlnParseInputs, 1);

  self->format = format;
  self->inputs = g_array_new (FALSE, TRUE, sizeof (Input));
  g_array_set_clear_func (self->inputs, (GDestroyNotify) input_clear);

  return self;
}

void
gln_parse_inputs_free (GlnParseInputs *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->inputs, g_array_unref);
  g_free (self);
}

void
gln_parse_inputs_add_file (GlnParseInputs *self,
                           GFile          *file)
{
  Input input = { g_file_get_parse_name (file), g_object_ref (file), NULL };

  g_array_append_val (self->inputs, input);
}

/* @name: (nullable): how problems name the text, such as "-" for standard input */
void
gln_parse_inputs_add_bytes (GlnParseInputs *self,
                            const char     *name,
                            GBytes         *bytes)
{
  Input input = { g_strdup (name), NULL, g_bytes_ref (bytes) };

  g_array_append_val (self->inputs, input);
}

/* @preview: for a preview the user chooses from: a copied page also gives what may be its
 * own text rather than a paper, marked so (gln_import_parse_preview()). */
void
gln_parse_inputs_set_preview (GlnParseInputs *self,
                              gboolean        preview)
{
  self->preview = preview;
}

static gboolean
parse_input (Input            *input,
             GlnImportFormat   format,
             gboolean          preview,
             GlnParseResult   *result,
             GCancellable     *cancellable,
             GError          **error)
{
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GBytes *bytes = input->bytes;
  GlnImportFormat found = GLN_IMPORT_FORMAT_AUTO;
  guint n_skipped = 0;

  if (bytes == NULL && !(bytes = loaded = g_file_load_bytes (input->file, cancellable, NULL,
                                                             error)))
    return FALSE;
  if (preview && !(papers = gln_import_parse_preview (bytes, format, &found, error)))
    return FALSE;
  if (!preview &&
      !(papers = gln_import_parse_full (bytes, format, &found, &problems, &n_skipped, error)))
    return FALSE;
  result->n_skipped += n_skipped;

  g_debug ("%s: %u papers as %s", input->name ? input->name : "text", papers->len,
           gln_import_format_to_string (found));
  g_ptr_array_extend_and_steal (result->papers, g_steal_pointer (&papers));
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_ptr_array_add (result->problems,
                     input->name != NULL
                     ? g_strdup_printf ("%s: %s", input->name,
                                        (const char *) g_ptr_array_index (problems, i))
                     : g_strdup (g_ptr_array_index (problems, i)));

  return TRUE;
}

/**
 * gln_parse_inputs_parse:
 * @self: (type GlnParseInputs): the inputs
 * @result: where their papers and problems go; problems name their input
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads and parses every input in order, blocking: a #GlnParseFunc. An input that cannot
 * be read or parsed fails the whole, naming the input.
 *
 * Returns: %TRUE when every input was read
 */
gboolean
gln_parse_inputs_parse (gpointer         self,
                        GlnParseResult  *result,
                        GCancellable    *cancellable,
                        GError         **error)
{
  GlnParseInputs *inputs = self;

  for (guint i = 0; i < inputs->inputs->len; i++)
    {
      Input *input = &g_array_index (inputs->inputs, Input, i);

      if (!parse_input (input, inputs->format, inputs->preview, result, cancellable, error))
        {
          if (input->name != NULL)
            /* Translators: a file name, then what went wrong with it */
            g_prefix_error (error, _("%s: "), input->name);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * gln_parse_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): what was found, or %NULL with @error set when nothing could be
 *   read
 */
GlnParseResult *
gln_parse_finish (GAsyncResult  *result,
                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
