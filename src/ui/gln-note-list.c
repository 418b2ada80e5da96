/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-note-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gln-note-list.h"

#include "gln-application.h"

#include "gln-note-editor.h"

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
  gtk_widget_set_visible (self->empty_label,
                          gtk_widget_get_first_child (GTK_WIDGET (self->notes_box)) == NULL);
}

static void
editor_deleted_cb (GlnNoteList   *self,
                   GlnNoteEditor *editor)
{
  gtk_box_remove (self->notes_box, GTK_WIDGET (editor));
  update_empty (self);
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
