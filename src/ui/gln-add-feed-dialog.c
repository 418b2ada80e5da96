/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-add-feed-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-add-feed-dialog.h"

#include "gln-dialog-keys.h"

#include "gln-feed.h"
#include "gln-latex.h"
#include "gln-macros.h"

/* Follows a new feed: pick what to follow, fill in its one field, look at the first papers
 * it brings, then add it. */
struct _GlnAddFeedDialog
{
  AdwWindow      parent_instance;

  GlnStore         *store;
  GlnFeedRefresher *refresher;
  GCancellable     *cancellable;

  AdwComboRow   *kind_row;
  AdwEntryRow   *value_row;
  AdwEntryRow   *title_row;
  GtkLabel      *hint_label;
  GtkWidget     *add_button;
  GtkWidget     *preview_button;
  GtkStack      *preview_stack;
  GtkSpinner    *spinner;
  GtkLabel      *error_label;
  GtkListBox    *preview_list;
};

enum {
  FEED_ADDED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GlnAddFeedDialog, gln_add_feed_dialog, ADW_TYPE_WINDOW)

static guint signals [N_SIGNALS];

/* One entry per row of the kind combo in the .ui file, in its order. */
static const struct {
  const char *kind;
  const char *param;
  const char *field;
  const char *hint;
  gboolean    optional;
} feed_kinds[] = {
  { "arxiv", "category", N_("_Category"),
    N_("An arXiv category such as cs.CL or hep-th; new submissions arrive newest first."), FALSE },
  { "arxiv", "query", N_("_Search Query"),
    N_("Any arXiv API query, for example au:Liu_Y AND ti:BERT."), FALSE },
  { "arxiv-rss", "category", N_("_Category"),
    N_("The category’s daily announcement list, with new versions of known papers."), FALSE },
  { "hf-daily", "date", N_("_Date (optional)"),
    N_("Leave empty to get the latest day at every refresh, or give a day as YYYY-MM-DD."), TRUE },
  { "hf-search", "query", N_("_Search Query"),
    N_("Words to search for in Hugging Face papers."), FALSE },
  { "openalex", "author", N_("_Author"),
    N_("An author’s name. OpenAlex needs an API key in Preferences for list queries."), FALSE },
  { "openalex", "institution", N_("_Institution"),
    N_("An institution’s name, such as Nanjing University of Science and Technology."), FALSE },
  { "rss", "url", N_("_Address"),
    N_("The address of a journal’s RSS or Atom feed."), FALSE },
};

static guint
get_position (GlnAddFeedDialog *self)
{
  return MIN (adw_combo_row_get_selected (self->kind_row), G_N_ELEMENTS (feed_kinds) - 1);
}

static char *
dup_value (GlnAddFeedDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->value_row))));
}

static void
update_sensitivity (GlnAddFeedDialog *self)
{
  g_autofree char *value = dup_value (self);
  gboolean ok = *value != '\0' || feed_kinds[get_position (self)].optional;

  gtk_widget_set_sensitive (self->add_button, ok);
  gtk_widget_set_sensitive (self->preview_button, ok);
}

static void
reset_preview (GlnAddFeedDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->preview_stack, "idle");
}

static void
kind_changed_cb (GlnAddFeedDialog *self,
                 GParamSpec       *pspec,
                 AdwComboRow      *row)
{
  guint position = get_position (self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->value_row),
                                 _(feed_kinds[position].field));
  gtk_label_set_label (self->hint_label, _(feed_kinds[position].hint));
  reset_preview (self);
  update_sensitivity (self);
}

static void
value_changed_cb (GlnAddFeedDialog *self,
                  GtkEditable      *editable)
{
  reset_preview (self);
  update_sensitivity (self);
}

static void
show_error (GlnAddFeedDialog *self,
            const char       *message)
{
  gtk_spinner_stop (self->spinner);
  gtk_label_set_label (self->error_label, message);
  gtk_stack_set_visible_child_name (self->preview_stack, "error");
}

static void
show_preview (GlnAddFeedDialog *self,
              GPtrArray        *papers)
{
  GtkWidget *child;

  gtk_spinner_stop (self->spinner);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list))))
    gtk_list_box_remove (self->preview_list, child);

  if (papers->len == 0)
    {
      show_error (self, _("The feed answered, but holds no papers right now."));
      return;
    }

  for (guint i = 0; i < MIN (papers->len, 10); i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);
      g_autofree char *title = gln_latex_to_markup (gln_paper_get_title (paper));
      g_autofree char *authors = gln_paper_dup_first_authors (paper, 3);
      g_autofree char *subtitle = g_markup_escape_text (authors ?: "", -1);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      gtk_list_box_append (self->preview_list, row);
    }

  gtk_stack_set_visible_child_name (self->preview_stack, "results");
}

static GlnFeed *
build_feed (GlnAddFeedDialog *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_autofree char *title = g_strstrip (g_strdup (typed));
  g_autofree char *params = gln_add_feed_dialog_dup_params (self);
  GlnFeed *feed = gln_feed_new (gln_add_feed_dialog_get_kind (self), params);

  gln_feed_set_title (feed, *title != '\0' ? title : NULL);

  return feed;
}

static void
previewed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  GlnAddFeedDialog *self;

  papers = gln_feed_refresher_preview_finish (GLN_FEED_REFRESHER (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GLN_ADD_FEED_DIALOG (user_data);
  if (papers == NULL)
    show_error (self, error->message);
  else
    show_preview (self, papers);
}

static void
preview_clicked_cb (GlnAddFeedDialog *self,
                    GtkButton        *button)
{
  g_autoptr(GlnFeed) feed = NULL;

  reset_preview (self);
  if (self->refresher == NULL)
    {
      show_error (self, _("The library is not open yet."));
      return;
    }

  feed = build_feed (self);
  self->cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->preview_stack, "loading");
  gtk_spinner_start (self->spinner);
  gln_feed_refresher_preview_async (self->refresher, feed, self->cancellable, previewed_cb, self);
}

static void
feed_added_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GlnAddFeedDialog *self;
  gint64 id;

  if ((id = gln_store_id_finish (GLN_STORE (object), result, &error)) == 0)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      self = GLN_ADD_FEED_DIALOG (user_data);
      gtk_widget_set_sensitive (self->add_button, TRUE);
      show_error (self, error->message);
      return;
    }

  self = GLN_ADD_FEED_DIALOG (user_data);
  g_signal_emit (self, signals [FEED_ADDED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
add_clicked_cb (GlnAddFeedDialog *self,
                GtkButton        *button)
{
  g_autoptr(GlnFeed) feed = NULL;

  if (self->store == NULL)
    return;

  feed = build_feed (self);

  reset_preview (self);
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (self->add_button, FALSE);
  gln_store_add_feed_async (self->store, gln_feed_get_kind (feed), gln_feed_get_params (feed),
                            gln_feed_get_title (feed), self->cancellable, feed_added_cb, self);
}

static void
value_activated_cb (GlnAddFeedDialog *self,
                    AdwEntryRow      *row)
{
  if (gtk_widget_get_sensitive (self->add_button))
    add_clicked_cb (self, NULL);
}

static void
gln_add_feed_dialog_dispose (GObject *object)
{
  GlnAddFeedDialog *self = (GlnAddFeedDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_ADD_FEED_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->refresher);

  G_OBJECT_CLASS (gln_add_feed_dialog_parent_class)->dispose (object);
}

static void
gln_add_feed_dialog_class_init (GlnAddFeedDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_add_feed_dialog_dispose;

  /**
   * GlnAddFeedDialog::feed-added:
   * @id: the new feed's id
   */
  signals [FEED_ADDED] =
    g_signal_new ("feed-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-add-feed-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnAddFeedDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, GlnAddFeedDialog, value_row);
  gtk_widget_class_bind_template_child (widget_class, GlnAddFeedDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, GlnAddFeedDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, GlnAddFeedDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, GlnAddFeedDialog, preview_button);
  gtk_widget_class_bind_template_child (widget_class, GlnAddFeedDialog, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, GlnAddFeedDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, GlnAddFeedDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, GlnAddFeedDialog, preview_list);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, preview_clicked_cb);

  gln_dialog_class_add_keys (widget_class);
}

static void
gln_add_feed_dialog_init (GlnAddFeedDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gln_dialog_focus_on_map (GTK_WINDOW (self), GTK_WIDGET (self->value_row));

  kind_changed_cb (self, NULL, self->kind_row);
}

/**
 * gln_add_feed_dialog_new:
 * @store: (nullable): the library the feed is added to
 * @refresher: (nullable): what fetches the preview
 *
 * Returns: (transfer full): a new dialog
 */
GlnAddFeedDialog *
gln_add_feed_dialog_new (GlnStore         *store,
                         GlnFeedRefresher *refresher)
{
  GlnAddFeedDialog *self;

  g_return_val_if_fail (store == NULL || GLN_IS_STORE (store), NULL);
  g_return_val_if_fail (refresher == NULL || GLN_IS_FEED_REFRESHER (refresher), NULL);

  self = g_object_new (GLN_TYPE_ADD_FEED_DIALOG, NULL);
  self->store = store ? g_object_ref (store) : NULL;
  self->refresher = refresher ? g_object_ref (refresher) : NULL;

  return self;
}

const char *
gln_add_feed_dialog_get_kind (GlnAddFeedDialog *self)
{
  g_return_val_if_fail (GLN_IS_ADD_FEED_DIALOG (self), NULL);

  return feed_kinds[get_position (self)].kind;
}

/**
 * gln_add_feed_dialog_dup_params:
 * @self: a #GlnAddFeedDialog
 *
 * Returns: (transfer full): the feed's parameters as gln_feed_new() takes them
 */
char *
gln_add_feed_dialog_dup_params (GlnAddFeedDialog *self)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (GLN_IS_ADD_FEED_DIALOG (self), NULL);

  value = dup_value (self);
  if (*value == '\0')
    return g_strdup ("{}");

  return gln_feed_params_build (feed_kinds[get_position (self)].param, value, NULL);
}

void
gln_add_feed_dialog_set_kind (GlnAddFeedDialog *self,
                              guint             position)
{
  g_return_if_fail (GLN_IS_ADD_FEED_DIALOG (self));
  g_return_if_fail (position < G_N_ELEMENTS (feed_kinds));

  adw_combo_row_set_selected (self->kind_row, position);
}

void
gln_add_feed_dialog_set_value (GlnAddFeedDialog *self,
                               const char       *value)
{
  g_return_if_fail (GLN_IS_ADD_FEED_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->value_row), value ?: "");
}

/* Runs the preview, as the Preview button does. */
void
gln_add_feed_dialog_preview (GlnAddFeedDialog *self)
{
  g_return_if_fail (GLN_IS_ADD_FEED_DIALOG (self));

  if (gtk_widget_get_sensitive (self->preview_button))
    preview_clicked_cb (self, NULL);
}

/* Adds the feed, as the Add button does. */
void
gln_add_feed_dialog_add (GlnAddFeedDialog *self)
{
  g_return_if_fail (GLN_IS_ADD_FEED_DIALOG (self));

  if (gtk_widget_get_sensitive (self->add_button))
    add_clicked_cb (self, NULL);
}

/* How many papers the preview shows; 0 before it arrives. */
guint
gln_add_feed_dialog_get_n_preview (GlnAddFeedDialog *self)
{
  guint n = 0;

  g_return_val_if_fail (GLN_IS_ADD_FEED_DIALOG (self), 0);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->preview_stack), "results") != 0)
    return 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}
