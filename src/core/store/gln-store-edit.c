/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The user's edits of a paper's metadata. Each edited field is recorded in paper_edits,
 * and an import that brings the same paper again leaves those fields as the user wrote
 * them (gln-store-import.c, gln_paper_merge_full()). */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-store-edit.h"

#include "gln-paper-edit.h"
#include "gln-paper-key.h"
#include "gln-store-private.h"

/**
 * _gln_store_read_edits:
 *
 * Returns: (transfer full): the fields the user edited of @paper_id (an empty list when
 *   none), or %NULL with @error set
 */
GStrv
_gln_store_read_edits (GlnDatabase  *db,
                       gint64        paper_id,
                       GError      **error)
{
  static const char sql[] = "SELECT field FROM paper_edits WHERE paper_id = ? ORDER BY field";

  return _gln_database_list_strings (db, sql, error, "l", paper_id);
}

/* Refuses an identifier another paper of the library has: the two would be one work, which
 * only the user's merge may make them. */
static gboolean
check_identifier (GlnDatabase  *db,
                  gint64        id,
                  const char   *sql,
                  const char   *value,
                  const char   *what,
                  GError      **error)
{
  g_autoptr(GlnPaper) other = NULL;
  gint64 other_id;

  if (value == NULL)
    return TRUE;
  if ((other_id = _gln_database_lookup_id (db, sql, value, error)) < 0)
    return FALSE;
  if (other_id == 0 || other_id == id)
    return TRUE;
  if (!(other = _gln_store_read_paper (db, other_id, error)))
    return FALSE;

  g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CONFLICT,
               /* Translators: the first %s is "arXiv id" or "DOI", then the value, then the
                * other paper's title */
               _("Another paper of the library has the %s %s: “%s”; merge the two from "
                 "Possible Duplicates instead"), what, value, gln_paper_get_title (other));
  return FALSE;
}

/* A paper keyed by an identifier the user changed is keyed anew: the old key named another
 * work, and an import bringing that work must not find this paper by it. A title key that
 * an identifier now replaces keeps resolving, as an upgrade by an import does. */
static gboolean
rekey (GlnDatabase  *db,
       gint64        id,
       GlnPaper     *stored,
       gboolean      ids_changed,
       GError      **error)
{
  const char *old_key = gln_paper_get_key (stored);
  g_autofree char *wanted = gln_paper_key_build (gln_paper_get_arxiv_id (stored),
                                                 gln_paper_get_doi (stored),
                                                 gln_paper_get_title (stored));
  g_autofree char *kept_key = g_strdup (old_key);
  g_autofree char *key = NULL;
  gboolean upgrade = g_str_has_prefix (old_key, "title:") && !g_str_has_prefix (wanted, "title:");

  if (!ids_changed || g_strcmp0 (wanted, old_key) == 0 ||
      (g_str_has_prefix (old_key, "title:") && !upgrade))
    return TRUE;
  if (!(key = _gln_store_dup_unique_key (db, wanted, error)))
    return FALSE;
  gln_paper_set_key (stored, key);

  return !upgrade || _gln_store_add_alias (db, kept_key, id, error);
}

static gboolean
record_edits (GlnDatabase  *db,
              gint64        id,
              GStrv         fields,
              GError      **error)
{
  static const char sql[] =
    "INSERT OR REPLACE INTO paper_edits (paper_id, field, edited) VALUES (?, ?, ?)";

  for (guint i = 0; fields[i] != NULL; i++)
    if (!_gln_database_run (db, sql, error, "ltl", id, fields[i], _gln_database_now ()))
      return FALSE;

  return TRUE;
}

static gpointer
edit_paper (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  static const char by_arxiv_sql[] = "SELECT id FROM papers WHERE arxiv_id = ? ORDER BY id LIMIT 1";
  const char * const *fields = gln_paper_edit_fields ();
  GlnPaper *edited = args->object;
  g_autoptr(GlnPaper) stored = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) changed = NULL;
  gboolean ids_changed = FALSE;
  gboolean authors_changed = FALSE;

  if (!gln_paper_edit_normalize (edited, error) ||
      !(stored = _gln_store_read_paper (db, args->id, error)))
    return NULL;

  for (guint i = 0; fields[i] != NULL; i++)
    if (gln_paper_edit_differs (stored, edited, fields[i]))
      {
        gln_paper_edit_apply (stored, edited, fields[i]);
        g_strv_builder_add (builder, fields[i]);
        ids_changed |= g_str_equal (fields[i], GLN_PAPER_EDIT_ARXIV_ID) ||
                       g_str_equal (fields[i], GLN_PAPER_EDIT_DOI);
        authors_changed |= g_str_equal (fields[i], GLN_PAPER_EDIT_AUTHORS);
      }
  changed = g_strv_builder_end (builder);
  if (changed[0] == NULL)
    return g_steal_pointer (&changed);

  if (!check_identifier (db, args->id, by_arxiv_sql, gln_paper_get_arxiv_id (stored),
                         _("arXiv id"), error) ||
      !check_identifier (db, args->id, _gln_store_paper_by_doi_sql, gln_paper_get_doi (stored),
                         _("DOI"), error) ||
      !rekey (db, args->id, stored, ids_changed, error) ||
      !_gln_store_write_metadata (db, args->id, stored, FALSE, error) ||
      (authors_changed && !_gln_store_write_authors (db, args->id, stored, TRUE, error)) ||
      !record_edits (db, args->id, changed, error))
    return NULL;

  return g_steal_pointer (&changed);
}

static const GlnStoreOp edit_paper_op = {
  edit_paper, (GDestroyNotify) g_strfreev, GLN_STORE_OP_CHANGES
};

/**
 * gln_store_edit_paper_async:
 * @self: a #GlnStore
 * @paper: the paper as the library holds it
 * @edited: a paper holding what the user wants in the editable fields
 *   (gln_paper_edit_fields()); its other fields are not read. The store keeps a copy.
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored
 * @user_data: data for @callback
 *
 * Checks the edited fields (gln_paper_edit_normalize()), writes those that differ and
 * records them as the user's, so that a later import leaves them alone. An arXiv id or DOI
 * another paper has is refused with %GLN_DATABASE_ERROR_CONFLICT.
 */
void
gln_store_edit_paper_async (GlnStore            *self,
                            GlnPaper            *paper,
                            GlnPaper            *edited,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (GLN_IS_PAPER (paper));
  g_return_if_fail (GLN_IS_PAPER (edited));

  args = _gln_store_args_new ();
  args->id = gln_paper_get_id (paper);
  args->object = gln_paper_copy (edited);
  args->object_free = g_object_unref;
  _gln_store_args_touch (args, args->id);
  _gln_store_call (self, &edit_paper_op, args, gln_store_edit_paper_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_edit_paper_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the fields that changed (empty when none did), or %NULL with
 *   @error set and nothing changed
 */
GStrv
gln_store_edit_paper_finish (GlnStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return _gln_store_finish (self, result, gln_store_edit_paper_async, error);
}

static gpointer
list_edits (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  return _gln_store_read_edits (db, args->id, error);
}

static const GlnStoreOp list_edits_op = { list_edits, (GDestroyNotify) g_strfreev, 0 };

/**
 * gln_store_list_edits_async:
 * @self: a #GlnStore
 * @paper_id: a paper
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the fields
 * @user_data: data for @callback
 *
 * Lists the fields of a paper the user edited.
 */
void
gln_store_list_edits_async (GlnStore            *self,
                            gint64               paper_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  _gln_store_call_with_id (self, &list_edits_op, paper_id, gln_store_list_edits_async,
                           cancellable, callback, user_data);
}

GStrv
gln_store_list_edits_finish (GlnStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return _gln_store_finish (self, result, gln_store_list_edits_async, error);
}
