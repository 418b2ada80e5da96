/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The rule by which the same paper arriving again, from the same or another source, fills
 * in what the library lacks: metadata only, never over what is there, the latest upvote
 * count, and a newer arXiv version flagged as such. */

#define G_LOG_DOMAIN "gln-paper"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "gln-paper-merge.h"

#include "gln-paper-identity.h"

/* The bibliographic extras merge key by key: a journal's volume fills in beside an arXiv
 * record's entry type, and a key already known is kept. */
static gboolean
merge_extra (GlnPaper           *existing,
             GlnPaper           *incoming,
             const char * const *kept)
{
  g_autoptr(JsonObject) have = NULL;
  g_autoptr(JsonObject) offered = gln_paper_dup_extra_object (incoming);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GList) members = NULL;
  gboolean changed = FALSE;

  if (offered == NULL)
    return FALSE;
  if ((have = gln_paper_dup_extra_object (existing)) == NULL)
    have = json_object_new ();

  members = json_object_get_members (offered);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      /* The venue the user edited, or cleared, stays as they left it. */
      if (json_object_has_member (have, l->data) ||
          (g_str_equal (l->data, "container-title") && kept != NULL &&
           g_strv_contains (kept, "journal-ref")))
        continue;
      json_object_set_member (have, l->data, json_object_dup_member (offered, l->data));
      changed = TRUE;
    }
  if (!changed)
    return FALSE;

  root = json_node_init_object (json_node_alloc (), have);
  text = json_to_string (root, FALSE);
  gln_paper_set_extra (existing, text);

  return TRUE;
}

static gboolean
is_kept (const char * const *kept,
         const char         *field)
{
  return kept != NULL && g_strv_contains (kept, field);
}

/**
 * gln_paper_merge:
 * @existing: the paper as the library holds it
 * @incoming: the same paper as a source offers it, its identifiers normalized and its key
 *   set (see gln_paper_key_build())
 * @keep_identity: whether @existing's key, arXiv id and DOI must stay as they are (a paper
 *   the user has worked on never takes an identifier without their consent)
 * @new_version: (out): set to whether @incoming is a newer arXiv version of a paper whose
 *   version was known
 *
 * Fills what @existing lacks from @incoming. Never touches what the user wrote: rating,
 * star, read state, tags, notes, collections and board cells are not metadata.
 *
 * Returns: %TRUE if @existing changed
 */
gboolean
gln_paper_merge (GlnPaper *existing,
                 GlnPaper *incoming,
                 gboolean  keep_identity,
                 gboolean *new_version)
{
  return gln_paper_merge_full (existing, incoming, keep_identity, NULL, new_version);
}

/**
 * gln_paper_merge_full:
 * @existing: the paper as the library holds it
 * @incoming: the same paper as a source offers it (see gln_paper_merge())
 * @keep_identity: whether @existing's key, arXiv id and DOI must stay as they are
 * @kept: (nullable): fields the user edited (gln-paper-edit.h), which stay as they are,
 *   even empty; "published" keeps the date and its precision
 * @new_version: (out): set to whether @incoming is a newer arXiv version
 *
 * gln_paper_merge() leaving the user's edits alone.
 *
 * Returns: %TRUE if @existing changed
 */
gboolean
gln_paper_merge_full (GlnPaper           *existing,
                      GlnPaper           *incoming,
                      gboolean            keep_identity,
                      const char * const *kept,
                      gboolean           *new_version)
{
  static const char * const fill_strings[] = {
    "title", "abstract", "published", "date-text", "updated", "arxiv-id", "doi", "url",
    "pdf-url", "code-url", "category", "journal-ref", "comment", "source",
  };
  gboolean changed = FALSE;
  int old_version = gln_paper_get_arxiv_version (existing);
  int version = gln_paper_get_arxiv_version (incoming);

  *new_version = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fill_strings); i++)
    {
      g_autofree char *have = NULL;
      g_autofree char *offered = NULL;

      if (keep_identity && (strcmp (fill_strings[i], "arxiv-id") == 0 ||
                            strcmp (fill_strings[i], "doi") == 0))
        continue;
      if (is_kept (kept, fill_strings[i]))
        continue;
      g_object_get (existing, fill_strings[i], &have, NULL);
      g_object_get (incoming, fill_strings[i], &offered, NULL);
      if (have == NULL && offered != NULL)
        {
          g_object_set (existing, fill_strings[i], offered, NULL);
          changed = TRUE;
        }
    }

  /* A title-only key is upgraded once an identifier is known. */
  if (!keep_identity && !is_kept (kept, "arxiv-id") && !is_kept (kept, "doi") &&
      g_str_has_prefix (gln_paper_get_key (existing), "title:") &&
      !g_str_has_prefix (gln_paper_get_key (incoming), "title:"))
    {
      gln_paper_set_key (existing, gln_paper_get_key (incoming));
      changed = TRUE;
    }

  if (!is_kept (kept, "published") &&
      gln_paper_get_date_precision (existing) < gln_paper_get_date_precision (incoming) &&
      gln_paper_get_published (incoming) != NULL)
    {
      gln_paper_set_published (existing, gln_paper_get_published (incoming));
      gln_paper_set_date_precision (existing, gln_paper_get_date_precision (incoming));
      changed = TRUE;
    }

  if (gln_paper_get_categories (existing)[0] == NULL && gln_paper_get_categories (incoming)[0])
    {
      gln_paper_set_categories (existing, gln_paper_get_categories (incoming));
      changed = TRUE;
    }
  if (gln_paper_get_institutions (existing)[0] == NULL &&
      gln_paper_get_institutions (incoming)[0] != NULL)
    {
      gln_paper_set_institutions (existing, gln_paper_get_institutions (incoming));
      changed = TRUE;
    }
  if (gln_paper_get_author_count (existing) < 0 && gln_paper_get_author_count (incoming) >= 0)
    {
      gln_paper_set_author_count (existing, gln_paper_get_author_count (incoming));
      changed = TRUE;
    }
  if (!gln_paper_get_has_code (existing) && gln_paper_get_has_code (incoming))
    {
      gln_paper_set_has_code (existing, TRUE);
      changed = TRUE;
    }
  if (merge_extra (existing, incoming, kept))
    changed = TRUE;
  /* Upvotes are a count that moves: the latest figure wins. */
  if (gln_paper_get_upvotes (incoming) >= 0 &&
      gln_paper_get_upvotes (incoming) != gln_paper_get_upvotes (existing))
    {
      gln_paper_set_upvotes (existing, gln_paper_get_upvotes (incoming));
      changed = TRUE;
    }

  if (version > old_version)
    {
      gln_paper_set_arxiv_version (existing, version);
      if (gln_paper_get_updated (incoming) != NULL)
        gln_paper_set_updated (existing, gln_paper_get_updated (incoming));
      if (gln_paper_get_pdf_url (incoming) != NULL)
        gln_paper_set_pdf_url (existing, gln_paper_get_pdf_url (incoming));
      /* A first version number for a paper we only knew unversioned is not news. */
      *new_version = old_version > 0;
      changed = TRUE;
    }

  return changed;
}

static void
add_alias (GString    *ids,
           const char *key,
           const char *master_key)
{
  g_auto(GStrv) have = g_strsplit (ids->str, ",", -1);

  if (key == NULL || key[0] == '\0' || g_strcmp0 (key, master_key) == 0)
    return;
  for (guint i = 0; have[i] != NULL; i++)
    if (strcmp (g_strstrip (have[i]), key) == 0)
      return;
  g_string_append_printf (ids, "%s%s", ids->len > 0 ? "," : "", key);
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  return object != NULL ? json_object_get_string_member_with_default (object, member, NULL)
                        : NULL;
}

/**
 * gln_paper_keep_cite_keys:
 * @master: the paper a user merge keeps
 * @other: the paper merged into it
 *
 * A document may cite either paper by the key it was imported with: @master keeps its
 * own, or takes @other's when it had none, and lists @other's as biblatex `ids`, which
 * BibTeX export writes and biber resolves.
 */
void
gln_paper_keep_cite_keys (GlnPaper *master,
                          GlnPaper *other)
{
  g_autoptr(JsonObject) have = gln_paper_dup_extra_object (master);
  g_autoptr(JsonObject) offered = gln_paper_dup_extra_object (other);
  g_autoptr(GString) ids = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  const char *master_key;
  JsonObject *bibtex;

  if (get_string (offered, "citation-key") == NULL)
    return;
  if (have == NULL)
    have = json_object_new ();
  if ((master_key = get_string (have, "citation-key")) == NULL)
    {
      json_object_set_string_member (have, "citation-key", get_string (offered, "citation-key"));
      master_key = get_string (have, "citation-key");
    }
  if (!json_object_has_member (have, "bibtex") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (have, "bibtex")))
    json_object_set_object_member (have, "bibtex", json_object_new ());
  bibtex = json_object_get_object_member (have, "bibtex");

  ids = g_string_new (get_string (bibtex, "ids"));
  add_alias (ids, get_string (offered, "citation-key"), master_key);
  if (offered != NULL && json_object_has_member (offered, "bibtex") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (offered, "bibtex")))
    {
      const char *listed = get_string (json_object_get_object_member (offered, "bibtex"), "ids");
      g_auto(GStrv) more = g_strsplit (listed != NULL ? listed : "", ",", -1);

      for (guint i = 0; more[i] != NULL; i++)
        add_alias (ids, g_strstrip (more[i]), master_key);
    }
  if (ids->len > 0)
    json_object_set_string_member (bibtex, "ids", ids->str);
  else if (json_object_get_size (bibtex) == 0)
    json_object_remove_member (have, "bibtex");

  root = json_node_init_object (json_node_alloc (), have);
  text = json_to_string (root, FALSE);
  gln_paper_set_extra (master, text);
}
