/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-note-editor"

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtksourceview/gtksource.h>

#include "gln-note-editor.h"

#include "gln-application.h"

#include "gln-macros.h"

/* One Markdown note, saved as the user types: half a second after the last change, when
 * the editor loses focus, and when it goes away (paper changed, window closed). Nothing
 * waits for a save button, and the application stays alive until the last save is
 * stored.
 *
 * A save that fails is never the end of the text: the editor says "Not saved", a toast
 * says why, and the save is tried again on the next change and on a timer that backs off
 * (2 s, doubling up to a minute; `$GLEANER_NOTE_RETRY_MS` sets the first wait). The timer
 * holds a reference, so an editor removed with its text unsaved (another paper shown) lives
 * on until the text is stored; the window does not close while a note is unsaved. Until it
 * is stored, the text is also kept in a file of `unsaved-notes/` beside the library, which
 * outlives the application if it has to go. */

#define SAVE_DELAY_MS      500
#define RETRY_FIRST_MS     2000
#define RETRY_MAX_MS       60000

struct _GlnNoteEditor
{
  GtkWidget        parent_instance;

  /* Kept until finalize: a save still running after dispose needs them. */
  GlnStore        *store;
  GlnPaper        *paper;

  gint64           note_id;
  gint64           created;
  gint64           modified;
  char            *text;
  char            *recovery_path;
  guint            save_source;
  guint            retry_source;
  guint            retry_delay_ms;
  guint            dirty : 1;
  guint            saving : 1;
  guint            failed : 1;
  guint            deleted : 1;
  guint            delete_pending : 1;
  guint            loading : 1;

  GtkLabel        *time_label;
  GtkSourceView   *view;
  GtkSourceBuffer *buffer;
};

enum {
  DELETED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GlnNoteEditor, gln_note_editor, GTK_TYPE_WIDGET)

static guint signals [N_SIGNALS];

static void save_now (GlnNoteEditor *self);

/* The application outlives the window while a save is on its way. */
static void
hold_application (void)
{
  GApplication *application = g_application_get_default ();

  if (application != NULL)
    g_application_hold (application);
}

static void
release_application (void)
{
  GApplication *application = g_application_get_default ();

  if (application != NULL)
    g_application_release (application);
}

/* Always the date: a note read days later said only "Written 21:56". */
static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);

  if (time == NULL)
    return NULL;

  /* Translators: a date and time, see g_date_time_format() */
  return g_date_time_format (time, _("%-d %b %Y, %H:%M"));
}

static void
update_time_label (GlnNoteEditor *self)
{
  g_autofree char *created = NULL;
  g_autofree char *modified = NULL;
  g_autofree char *label = NULL;

  if (self->time_label == NULL)
    return;

  if (self->note_id == 0)
    label = g_strdup (_("New note"));
  else
    {
      created = format_time (self->created);
      modified = format_time (self->modified);

      if (created == NULL || self->modified - self->created < 60)
        label = g_strdup_printf (_("Written %s"), created ?: modified ?: "");
      else
        label = g_strdup_printf (_("Written %s · edited %s"), created, modified);
    }

  if (self->failed && !self->saving)
    {
      g_autofree char *with_state = g_strdup_printf ("%s · %s", label,
                                                     _("Not saved, trying again"));

      gtk_label_set_label (self->time_label, with_state);
    }
  else if (self->saving || self->dirty)
    {
      g_autofree char *with_state = g_strdup_printf ("%s · %s", label, _("Saving…"));

      gtk_label_set_label (self->time_label, with_state);
    }
  else
    gtk_label_set_label (self->time_label, label);

  if (self->failed)
    gtk_widget_add_css_class (GTK_WIDGET (self->time_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->time_label), "error");
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

static void
note_deleted_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  release_application ();

  if (!gln_store_edit_finish (GLN_STORE (object), result, &error) &&
      !g_error_matches (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND))
    gln_application_report_error (_("Could not delete the note"), error);
}

static void
delete_stored (GlnNoteEditor *self)
{
  hold_application ();
  gln_store_delete_note_async (self->store, self->note_id, NULL, note_deleted_cb, NULL);
}

static gboolean
retry_timeout_cb (gpointer user_data)
{
  GlnNoteEditor *self = user_data;

  self->retry_source = 0;
  save_now (self);

  return G_SOURCE_REMOVE;
}

static guint
first_retry_delay (void)
{
  const char *text = g_getenv ("GLEANER_NOTE_RETRY_MS");
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, RETRY_MAX_MS, &value, NULL))
    return RETRY_FIRST_MS;

  return (guint) value;
}

/* Keeps the text that could not be stored in a file beside the library, named by paper. */
static void
write_recovery (GlnNoteEditor *self)
{
  const char *library = gln_store_get_path (self->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  if (library == NULL || g_str_equal (library, ":memory:"))
    return;

  if (self->recovery_path == NULL)
    {
      g_autofree char *parent = g_path_get_dirname (library);
      g_autofree char *name = g_strdup_printf ("paper-%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT
                                               ".md", gln_paper_get_id (self->paper),
                                               g_get_real_time ());

      self->recovery_path = g_build_filename (parent, "unsaved-notes", name, NULL);
    }

  dir = g_path_get_dirname (self->recovery_path);
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents (self->recovery_path, self->text ?: "", -1, &error))
    g_warning ("Could not keep the unsaved note in %s: %s", self->recovery_path,
               error != NULL ? error->message : g_strerror (errno));
}

static void
remove_recovery (GlnNoteEditor *self)
{
  if (self->recovery_path == NULL)
    return;

  g_unlink (self->recovery_path);
  g_clear_pointer (&self->recovery_path, g_free);
}

/* The timer holds the editor: text not stored outlives the widget that showed it. */
static void
schedule_retry (GlnNoteEditor *self)
{
  if (self->retry_source != 0)
    return;

  self->retry_delay_ms = self->retry_delay_ms == 0 ? first_retry_delay ()
                                                   : MIN (self->retry_delay_ms * 2, RETRY_MAX_MS);
  self->retry_source = g_timeout_add_full (G_PRIORITY_DEFAULT, self->retry_delay_ms,
                                           retry_timeout_cb, g_object_ref (self), g_object_unref);
}

/* Saves are never cancelled, so the editor is kept alive by a reference instead. */
static void
note_saved_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GlnNoteEditor) self = user_data;
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GError) error = NULL;

  release_application ();
  self->saving = FALSE;

  if (!(note = gln_store_save_note_finish (GLN_STORE (object), result, &error)))
    {
      /* Keep the text marked unsaved, so the next change, focus change or the timer tries
       * again, and say so once: the user must not walk away believing it is stored. */
      if (!self->failed)
        gln_application_report_error (_("Could not save the note"), error);
      g_debug ("Saving note %" G_GINT64_FORMAT " failed: %s", self->note_id, error->message);
      self->dirty = TRUE;
      self->failed = TRUE;
      write_recovery (self);
      schedule_retry (self);
      update_time_label (self);
      return;
    }

  self->failed = FALSE;
  self->retry_delay_ms = 0;
  g_clear_handle_id (&self->retry_source, g_source_remove);
  if (!self->dirty)
    remove_recovery (self);

  if (self->note_id == 0)
    self->created = note->created;
  self->note_id = note->id;
  self->modified = note->modified;

  if (self->deleted)
    {
      delete_stored (self);
      return;
    }

  /* What was typed while this save ran goes next. */
  if (self->dirty)
    save_now (self);
  update_time_label (self);
}

static void
save_now (GlnNoteEditor *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);

  if (!self->dirty || self->saving || self->deleted || self->store == NULL)
    return;

  /* An empty new note is not worth a row; an emptied old one keeps its row until deleted. */
  if (self->note_id == 0 && is_blank (self->text))
    {
      self->dirty = FALSE;
      return;
    }

  self->dirty = FALSE;
  self->saving = TRUE;
  hold_application ();
  gln_store_save_note_async (self->store, self->paper, self->note_id, self->text ?: "", NULL,
                             note_saved_cb, g_object_ref (self));
  update_time_label (self);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  GlnNoteEditor *self = user_data;

  self->save_source = 0;
  save_now (self);

  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (GlnNoteEditor   *self,
                   GtkSourceBuffer *buffer)
{
  GtkTextIter start;
  GtkTextIter end;

  if (self->loading)
    return;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (buffer), &start, &end);
  g_free (self->text);
  self->text = gtk_text_buffer_get_text (GTK_TEXT_BUFFER (buffer), &start, &end, FALSE);
  self->dirty = TRUE;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  if (!self->saving)
    update_time_label (self);
}

static void
focus_left_cb (GlnNoteEditor           *self,
               GtkEventControllerFocus *controller)
{
  save_now (self);
}

/* Deleting asks no question but can be undone: the text is stored first, and the note
 * leaves the library only once the owner calls gln_note_editor_delete(). */
static void
delete_clicked_cb (GlnNoteEditor *self,
                   GtkButton     *button)
{
  if (self->deleted || self->delete_pending)
    return;

  save_now (self);
  self->delete_pending = TRUE;
  g_signal_emit (self, signals [DELETED], 0);
}

static void
update_style_scheme (GlnNoteEditor *self)
{
  GtkSourceStyleSchemeManager *manager = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme;

  if (self->buffer == NULL)
    return;

  scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "Adwaita-dark" : "Adwaita");
  gtk_source_buffer_set_style_scheme (self->buffer, scheme);
}

static void
gln_note_editor_dispose (GObject *object)
{
  GlnNoteEditor *self = (GlnNoteEditor *)object;
  GtkWidget *child;

  /* Whatever was typed last is stored even though the editor goes away; if that fails, the
   * retry timer keeps the editor, and its text, alive. */
  save_now (self);
  /* The last holder of an editor whose deletion was not undone is done with it. */
  if (self->delete_pending)
    gln_note_editor_delete (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_NOTE_EDITOR);
  /* Template children that are not bound are not unparented by the line above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gln_note_editor_parent_class)->dispose (object);
}

static void
gln_note_editor_finalize (GObject *object)
{
  GlnNoteEditor *self = (GlnNoteEditor *)object;

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->paper);
  g_clear_pointer (&self->text, g_free);
  g_free (self->recovery_path);

  G_OBJECT_CLASS (gln_note_editor_parent_class)->finalize (object);
}

static void
gln_note_editor_class_init (GlnNoteEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_note_editor_dispose;
  object_class->finalize = gln_note_editor_finalize;

  /**
   * GlnNoteEditor::deleted:
   *
   * Emitted when the user asks to delete the note. The owner hides the editor and offers
   * to undo, then calls gln_note_editor_delete() or gln_note_editor_undo_delete().
   */
  signals [DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_source_init ();
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-note-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnNoteEditor, time_label);
  gtk_widget_class_bind_template_child (widget_class, GlnNoteEditor, view);
  gtk_widget_class_bind_template_child (widget_class, GlnNoteEditor, buffer);
  gtk_widget_class_bind_template_callback (widget_class, buffer_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "noteeditor");
}

static void
gln_note_editor_init (GlnNoteEditor *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_source_buffer_set_language (self->buffer,
                                  gtk_source_language_manager_get_language (languages, "markdown"));
  update_style_scheme (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_style_scheme), self, G_CONNECT_SWAPPED);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_left_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), focus);
}

/**
 * gln_note_editor_new:
 * @store: the library
 * @paper: the paper the note is about
 * @note: (nullable): the stored note, or %NULL for a new one
 *
 * Returns: (transfer floating): a new editor
 */
GtkWidget *
gln_note_editor_new (GlnStore      *store,
                     GlnPaper      *paper,
                     const GlnNote *note)
{
  GlnNoteEditor *self;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);
  g_return_val_if_fail (GLN_IS_PAPER (paper), NULL);

  self = g_object_new (GLN_TYPE_NOTE_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->paper = g_object_ref (paper);

  if (note != NULL)
    {
      self->note_id = note->id;
      self->created = note->created;
      self->modified = note->modified;
      self->text = g_strdup (note->body);

      /* Loading is not typing: it must not save. */
      self->loading = TRUE;
      gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), note->body ?: "", -1);
      self->loading = FALSE;
    }
  update_time_label (self);

  return GTK_WIDGET (self);
}

gint64
gln_note_editor_get_note_id (GlnNoteEditor *self)
{
  g_return_val_if_fail (GLN_IS_NOTE_EDITOR (self), 0);

  return self->note_id;
}

char *
gln_note_editor_dup_text (GlnNoteEditor *self)
{
  g_return_val_if_fail (GLN_IS_NOTE_EDITOR (self), NULL);

  return g_strdup (self->text ?: "");
}

/* Replaces the text as if typed: for tests and for pasting a whole note. */
void
gln_note_editor_set_text (GlnNoteEditor *self,
                          const char    *text)
{
  g_return_if_fail (GLN_IS_NOTE_EDITOR (self));

  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), text ?: "", -1);
}

/* Stores what is typed now instead of waiting for the pause. */
void
gln_note_editor_save (GlnNoteEditor *self)
{
  g_return_if_fail (GLN_IS_NOTE_EDITOR (self));

  save_now (self);
}

/* Whether a change is still waiting to be stored. */
gboolean
gln_note_editor_get_busy (GlnNoteEditor *self)
{
  g_return_val_if_fail (GLN_IS_NOTE_EDITOR (self), FALSE);

  return self->dirty || self->saving;
}

/* Where the text that could not be stored is kept meanwhile, if anywhere. */
const char *
gln_note_editor_get_recovery_path (GlnNoteEditor *self)
{
  g_return_val_if_fail (GLN_IS_NOTE_EDITOR (self), NULL);

  return self->recovery_path;
}

/* Whether the last save failed: the text shown is not in the library yet. */
gboolean
gln_note_editor_get_failed (GlnNoteEditor *self)
{
  g_return_val_if_fail (GLN_IS_NOTE_EDITOR (self), FALSE);

  return self->failed;
}

void
gln_note_editor_focus (GlnNoteEditor *self)
{
  g_return_if_fail (GLN_IS_NOTE_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/**
 * gln_note_editor_delete:
 * @self: a #GlnNoteEditor
 *
 * Deletes the note from the library, once the user could no longer undo it.
 */
void
gln_note_editor_delete (GlnNoteEditor *self)
{
  g_return_if_fail (GLN_IS_NOTE_EDITOR (self));

  if (self->deleted)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->delete_pending = FALSE;
  self->deleted = TRUE;
  self->dirty = FALSE;

  /* A note still being created is deleted once its id is known. */
  if (self->note_id > 0 && !self->saving)
    delete_stored (self);
}

/**
 * gln_note_editor_undo_delete:
 * @self: a #GlnNoteEditor
 *
 * Keeps the note the user asked to delete, text and all.
 */
void
gln_note_editor_undo_delete (GlnNoteEditor *self)
{
  g_return_if_fail (GLN_IS_NOTE_EDITOR (self));

  self->delete_pending = FALSE;
}

gboolean
gln_note_editor_get_delete_pending (GlnNoteEditor *self)
{
  g_return_val_if_fail (GLN_IS_NOTE_EDITOR (self), FALSE);

  return self->delete_pending;
}
