/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Find Identifiers from the window: for the selected papers (the paper menu, a selection),
 * and offered after a paste added papers that have no arXiv id or DOI. */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-window-private.h"

#include "gln-application.h"
#include "gln-find-ids-dialog.h"
#include "gln-plain-text.h"

static void
open_dialog (GlnWindow *self,
             GArray    *ids)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GlnFetcher) own_fetcher = NULL;
  GlnFeedRefresher *refresher = NULL;
  GlnFindIdsDialog *dialog;
  GlnFetcher *fetcher;

  if (self->store == NULL || ids->len == 0)
    return;
  if (GLN_IS_APPLICATION (application))
    refresher = gln_application_get_refresher (GLN_APPLICATION (application));
  if (refresher != NULL)
    fetcher = gln_feed_refresher_get_fetcher (refresher);
  else
    fetcher = own_fetcher = gln_fetcher_new ();

  dialog = gln_find_ids_dialog_new (self->store, fetcher, ids);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The selected papers, or the one shown. */
static void
find_ids_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  g_autoptr(GPtrArray) selected = _gln_window_dup_selected_papers (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GlnPaper *shown = _gln_window_get_selected_paper (self);

  if (selected->len == 0 && shown != NULL)
    g_ptr_array_add (selected, g_object_ref (shown));
  for (guint i = 0; i < selected->len; i++)
    {
      gint64 id = gln_paper_get_id (g_ptr_array_index (selected, i));

      g_array_append_val (ids, id);
    }

  open_dialog (self, ids);
}

/* The papers a toast names, by id ("ax"). */
static void
find_ids_of_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gsize n = 0;
  const gint64 *values = g_variant_get_fixed_array (parameter, &n, sizeof (gint64));

  g_array_append_vals (ids, values, n);
  open_dialog (GLN_WINDOW (widget), ids);
}

void
_gln_window_class_init_find_ids (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.find-ids", NULL, find_ids_action);
  gtk_widget_class_install_action (widget_class, "win.find-ids-of", "ax", find_ids_of_action);
}

/**
 * _gln_window_find_ids_toast:
 * @self: the window
 * @message: (nullable): what the import did, for the toast
 * @imported: the import's result
 *
 * After an import that added papers with neither arXiv id nor DOI (a pasted DBLP or
 * Scholar page), a toast that shows @message and whose button finds their identifiers.
 * Without @message, the toast says how many added papers lack them: it is shown after a
 * toast of its own (possible duplicates, problems).
 *
 * Returns: (transfer full) (nullable): the toast, or %NULL if no added paper lacks
 *   identifiers
 */
AdwToast *
_gln_window_find_ids_toast (GlnWindow             *self,
                            const char            *message,
                            const GlnImportResult *imported)
{
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *lacking = NULL;
  AdwToast *toast;

  for (guint i = 0; self->store != NULL && i < imported->ids->len; i++)
    if (gln_import_result_get_outcome (imported, i) == GLN_IMPORT_OUTCOME_ADDED)
      {
        gint64 id = gln_import_result_get_id (imported, i);

        g_array_append_val (added, id);
      }
  if (added->len == 0 ||
      !(papers = gln_store_lookup_papers (self->store, (const gint64 *) (gpointer) added->data,
                                          added->len, NULL)))
    return NULL;

  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);
      gint64 id = gln_paper_get_id (paper);

      if (gln_paper_get_arxiv_id (paper) == NULL && gln_paper_get_doi (paper) == NULL)
        g_array_append_val (missing, id);
    }
  if (missing->len == 0)
    return NULL;

  if (message == NULL)
    {
      /* Translators: said after the toast that tells what a paste or import added */
      lacking = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u added paper has no arXiv id or DOI",
                                              "%u added papers have no arXiv id or DOI",
                                              missing->len),
                                 missing->len);
      message = lacking;
    }
  toast = gln_toast_new_text (message);
  adw_toast_set_button_label (toast, _("_Find Identifiers"));
  adw_toast_set_action_name (toast, "win.find-ids-of");
  adw_toast_set_action_target_value (toast,
                                     g_variant_new_fixed_array (G_VARIANT_TYPE_INT64,
                                                                missing->data, missing->len,
                                                                sizeof (gint64)));
  adw_toast_set_timeout (toast, 10);

  return toast;
}

/**
 * _gln_window_offer_find_ids:
 * @self: the window
 * @message: what the import did, for the toast
 * @imported: the import's result
 *
 * Shows _gln_window_find_ids_toast() when some added paper lacks identifiers.
 *
 * Returns: %TRUE if the toast was shown, %FALSE if no added paper lacks identifiers
 */
gboolean
_gln_window_offer_find_ids (GlnWindow             *self,
                            const char            *message,
                            const GlnImportResult *imported)
{
  AdwToast *toast = _gln_window_find_ids_toast (self, message, imported);

  if (toast == NULL)
    return FALSE;
  gln_window_add_toast (self, toast);

  return TRUE;
}
