/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-note-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gln-note-list.h"

#include "gln-application.h"

#include "gln-note-editor.h"
#include "gln-plain-text.h"
#include "gln-window.h"

/* The notes of the paper shown in the reading pane, oldest first, each in its own
 * autosaving editor. */
struct _GlnNoteList
{
  GtkWidget     parent_instance;

  GlnStore     *store;
  GlnPaper     *paper;
  GCancellable *cancellable;

  GtkWidget    *empty_label;
  GtkBox       *notes_box;
};

G_DEFINE_FINAL_TYPE (GlnNoteList, gln_note_list, GTK_TYPE_WIDGET)

static void
update_empty (GlnNoteList *self)
{
  gtk_widget_set_visible (self->empty_label, gln_note_list_get_n_notes (self) == 0);
}

static void
remove_editor (GlnNoteList   *self,
               GlnNoteEditor *editor)
{
  if (gtk_widget_get_parent (GTK_WIDGET (editor)) == GTK_WIDGET (self->notes_box))
    gtk_box_remove (self->notes_box, GTK_WIDGET (editor));
  update_empty (self);
}

static void
undo_clicked_cb (GlnNoteList *self,
                 AdwToast    *toast)
{
  GlnNoteEditor *editor = g_object_get_data (G_OBJECT (toast), "gln-note-editor");

  gln_note_editor_undo_delete (editor);
  /* Shown again where it was; had another paper been shown meanwhile, the note is still
   * in the library and comes back with its paper. */
  if (gtk_widget_get_parent (GTK_WIDGET (editor)) == GTK_WIDGET (self->notes_box))
    {
      gtk_widget_set_visible (GTK_WIDGET (editor), TRUE);
      gln_note_editor_focus (editor);
    }
  update_empty (self);
}

static void
toast_dismissed_cb (GlnNoteList *self,
                    AdwToast    *toast)
{
  GlnNoteEditor *editor = g_object_get_data (G_OBJECT (toast), "gln-note-editor");

  if (!gln_note_editor_get_delete_pending (editor))
    return;

  gln_note_editor_delete (editor);
  remove_editor (self, editor);
}

/* The note goes out of sight at once, and out of the library when the toast goes without
 * Undo; an editor whose toast outlives this list deletes its note when the toast lets go
 * of it. */
static void
editor_deleted_cb (GlnNoteList   *self,
                   GlnNoteEditor *editor)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwToast *toast;

  if (!GLN_IS_WINDOW (root))
    {
      gln_note_editor_delete (editor);
      remove_editor (self, editor);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (editor), FALSE);
  update_empty (self);

  toast = gln_toast_new_text (_("Note deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "gln-note-editor", g_object_ref (editor),
                          g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  gln_window_add_toast (GLN_WINDOW (root), toast);
}

static GtkWidget *
append_editor (GlnNoteList   *self,
               const GlnNote *note)
{
  GtkWidget *editor = gln_note_editor_new (self->store, self->paper, note);

  g_signal_connect_object (editor, "deleted", G_CALLBACK (editor_deleted_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (self->notes_box, editor);
  update_empty (self);

  return editor;
}

static void
clear_editors (GlnNoteList *self)
{
  GtkWidget *child;

  /* Each editor stores its last words as it goes. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_box))))
    gtk_box_remove (self->notes_box, child);
}

static void
notes_listed_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  GlnNoteList *self;

  if (!(notes = gln_store_list_notes_finish (GLN_STORE (object), result, &error)))
    {
      gln_application_report_error (_("Could not read the notes"), error);
      return;
    }

  self = GLN_NOTE_LIST (user_data);
  for (guint i = 0; i < notes->len; i++)
    append_editor (self, g_ptr_array_index (notes, i));
}

static void
gln_note_list_dispose (GObject *object)
{
  GlnNoteList *self = (GlnNoteList *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_NOTE_LIST);
  /* Template children that are not bound are not unparented by the line above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->paper);

  G_OBJECT_CLASS (gln_note_list_parent_class)->dispose (object);
}

static void
gln_note_list_class_init (GlnNoteListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_note_list_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gln-note-list.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnNoteList, empty_label);
  gtk_widget_class_bind_template_child (widget_class, GlnNoteList, notes_box);
}

static void
gln_note_list_init (GlnNoteList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gln_note_list_new (void)
{
  return g_object_new (GLN_TYPE_NOTE_LIST, NULL);
}

/**
 * gln_note_list_set_paper:
 * @self: a #GlnNoteList
 * @store: (nullable): the library
 * @paper: (nullable): the paper whose notes to show
 *
 * Stores what the editors of the previous paper hold, then loads the notes of @paper.
 */
void
gln_note_list_set_paper (GlnNoteList *self,
                         GlnStore    *store,
                         GlnPaper    *paper)
{
  g_return_if_fail (GLN_IS_NOTE_LIST (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  clear_editors (self);

  g_set_object (&self->store, store);
  g_set_object (&self->paper, paper);
  update_empty (self);

  if (store == NULL || paper == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  gln_store_list_notes_async (store, gln_paper_get_id (paper), self->cancellable,
                              notes_listed_cb, self);
}

/* Adds an empty note at the end and puts the cursor in it. */
GtkWidget *
gln_note_list_add_note (GlnNoteList *self)
{
  GtkWidget *editor;

  g_return_val_if_fail (GLN_IS_NOTE_LIST (self), NULL);

  if (self->store == NULL || self->paper == NULL)
    return NULL;

  editor = append_editor (self, NULL);
  gln_note_editor_focus (GLN_NOTE_EDITOR (editor));

  return editor;
}

guint
gln_note_list_get_n_notes (GlnNoteList *self)
{
  guint n = 0;

  g_return_val_if_fail (GLN_IS_NOTE_LIST (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!gln_note_editor_get_delete_pending (GLN_NOTE_EDITOR (child)))
      n++;

  return n;
}

GtkWidget *
gln_note_list_get_note (GlnNoteList *self,
                        guint        index)
{
  GtkWidget *child;

  g_return_val_if_fail (GLN_IS_NOTE_LIST (self), NULL);

  child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_box));
  for (guint i = 0; child != NULL && i < index; i++)
    child = gtk_widget_get_next_sibling (child);

  return child;
}

/* Stores every change now, as closing the window does. %FALSE when a note's last save
 * failed: its text is only in its editor (which tries again), and must stay on screen. */
gboolean
gln_note_list_save (GlnNoteList *self)
{
  gboolean stored = TRUE;

  g_return_val_if_fail (GLN_IS_NOTE_LIST (self), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gln_note_editor_save (GLN_NOTE_EDITOR (child));
      if (gln_note_editor_get_failed (GLN_NOTE_EDITOR (child)))
        stored = FALSE;
    }

  return stored;
}
