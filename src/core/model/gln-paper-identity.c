/* SPDX-License-Identifier: GPL-3.0-or-later */

/* When two records are the same work. An identifier decides (the store looks those up);
 * without one, a title alone decides only when nothing speaks against it. Everything
 * that merely looks alike is kept apart and shown to the user, who may merge it. */

#define G_LOG_DOMAIN "gln-paper"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "gln-paper-identity.h"

#include "gln-duplicate.h"
#include "gln-macros.h"
#include "gln-paper-key.h"

/* Titles that many different works carry, normalized (gln_title_normalize()). */
static const char * const generic_titles[] = {
  "abstracts", "acknowledgements", "acknowledgments", "addendum", "announcements",
  "author index", "back matter", "book review", "book reviews", "calendar", "comment",
  "comments", "conclusion", "conclusions", "contents", "contributors", "correction",
  "corrigendum", "cover", "discussion", "editorial", "editorial board",
  "editorial comments", "editors note", "erratum", "errata", "foreword", "front matter",
  "guest editorial", "in memoriam", "index", "introduction", "letter to the editor",
  "letters", "masthead", "miscellaneous", "news", "notes", "obituary", "overview",
  "panel discussion", "preface", "proceedings", "reply", "response", "reviewers",
  "subject index", "summary", "table of contents", "title page", "untitled",
};

/**
 * gln_title_is_generic:
 * @title: a title
 *
 * Returns: %TRUE for a title that many works carry ("Editorial", "Calendar", "Title
 *   page"…), which says nothing about which work a record is
 */
gboolean
gln_title_is_generic (const char *title)
{
  g_autofree char *normalized = gln_title_normalize (title);

  for (guint i = 0; i < G_N_ELEMENTS (generic_titles); i++)
    if (strcmp (normalized, generic_titles[i]) == 0)
      return TRUE;

  return FALSE;
}

/* "Vaswani" from "Ashish Vaswani" or "Vaswani, Ashish", folded for comparison. */
static char *
family_of (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  const char *comma = strchr (stripped, ',');
  const char *space = strrchr (stripped, ' ');
  g_autofree char *family = NULL;
  g_autofree char *folded = NULL;

  if (comma != NULL)
    family = g_strndup (stripped, comma - stripped);
  else
    family = g_strdup (space != NULL ? space + 1 : stripped);

  folded = gln_title_normalize (family);
  return folded[0] != '\0' ? g_steal_pointer (&folded) : NULL;
}

/**
 * gln_paper_dup_first_family:
 * @paper: a paper
 *
 * Returns: (transfer full) (nullable): the first author's family name, normalized, or
 *   %NULL when the paper has no author
 */
char *
gln_paper_dup_first_family (GlnPaper *paper)
{
  const char * const *authors = gln_paper_get_authors (paper);

  if (authors == NULL || authors[0] == NULL)
    return NULL;

  return family_of (authors[0]);
}

/* The fields of a bibliographic record that tell two same-titled works apart. */
static const char * const detail_members[] = {
  "container-title", "volume", "issue", "page", "number", "type", "citation-key",
};

/**
 * gln_paper_dup_extra_object:
 * @paper: a paper
 *
 * Returns: (transfer full) (nullable): the paper's extra fields as a JSON object, %NULL
 *   when it has none or they are not an object
 */
JsonObject *
gln_paper_dup_extra_object (GlnPaper *paper)
{
  g_autoptr(JsonParser) parser = NULL;
  const char *text = gln_paper_get_extra (paper);
  JsonNode *root;

  if (text == NULL)
    return NULL;
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, text, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return json_object_ref (json_node_get_object (root));
}

/* Identifiers other than arXiv's and DOIs, as the extra JSON names them (CSL's "PMID" and
 * "PMCID", OpenAlex's work id), and the scheme each is compared under. */
static const struct { const char *member; const char *scheme; } other_ids[] = {
  { "PMID", "pmid" },
  { "PMCID", "pmcid" },
  { "openalex", "openalex" },
};

static GStrv
other_ids_of (JsonObject *extra)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; extra != NULL && i < G_N_ELEMENTS (other_ids); i++)
    {
      JsonNode *node = json_object_get_member (extra, other_ids[i].member);
      g_autofree char *value = NULL;

      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
        continue;
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        {
          g_autofree char *raw = g_strdup (json_node_get_string (node));

          value = g_ascii_strdown (g_strstrip (raw), -1);
        }
      else if (json_node_get_value_type (node) == G_TYPE_INT64)
        value = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      if (!gln_str_empty0 (value))
        {
          g_autofree char *id = g_strconcat (other_ids[i].scheme, ":", value, NULL);

          g_strv_builder_add (ids, id);
        }
    }

  return g_strv_builder_end (ids);
}

/**
 * gln_paper_dup_other_ids:
 * @paper: a paper
 *
 * Returns: (transfer full): the paper's other identifiers, each "scheme:value" (`pmid:…`,
 *   `pmcid:…`, `openalex:W…`), in a fixed order of schemes; empty when it has none
 */
GStrv
gln_paper_dup_other_ids (GlnPaper *paper)
{
  g_autoptr(JsonObject) extra = gln_paper_dup_extra_object (paper);

  return other_ids_of (extra);
}

/* Whether both papers name an identifier of one scheme, and not the same. */
static gboolean
other_ids_conflict (GlnPaper *a,
                    GlnPaper *b)
{
  g_auto(GStrv) ids_a = gln_paper_dup_other_ids (a);
  g_auto(GStrv) ids_b = gln_paper_dup_other_ids (b);

  for (guint i = 0; ids_a[i] != NULL; i++)
    for (guint j = 0; ids_b[j] != NULL; j++)
      {
        gsize scheme_len = strchr (ids_a[i], ':') - ids_a[i];

        if (strncmp (ids_a[i], ids_b[j], scheme_len + 1) == 0 && strcmp (ids_a[i], ids_b[j]) != 0)
          return TRUE;
      }

  return FALSE;
}

static char *
dup_detail (JsonObject *extra,
            const char *member)
{
  JsonNode *node;

  if (extra == NULL || (node = json_object_get_member (extra, member)) == NULL ||
      !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return gln_title_normalize (json_node_get_string (node));
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  return NULL;
}

/* "prefix" "value" "\n"; a NULL value as "". */
static void
append_line (GString    *text,
             const char *prefix,
             const char *value)
{
  g_string_append (text, prefix);
  if (value != NULL)
    g_string_append (text, value);
  g_string_append_c (text, '\n');
}

/**
 * gln_paper_dup_fingerprint:
 * @paper: a paper as a source offered it, its identifiers normalized
 *
 * The record's fingerprint: its title, identifiers, every author, date, venue and
 * bibliographic details. Importing the same record again gives the same fingerprint, which is how a
 * re-imported file changes nothing even where its titles are generic.
 *
 * Returns: (transfer full): a hash of the record
 */
char *
gln_paper_dup_fingerprint (GlnPaper *paper)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(JsonObject) extra = gln_paper_dup_extra_object (paper);
  g_autofree char *title = gln_title_normalize (gln_paper_get_title (paper));
  const char * const *authors = gln_paper_get_authors (paper);
  g_auto(GStrv) ids = other_ids_of (extra);

  /* Appended piece by piece: asked of every paper a page or file gives. */
  append_line (text, "", title);
  append_line (text, "", gln_paper_get_arxiv_id (paper));
  append_line (text, "", gln_paper_get_doi (paper));
  append_line (text, "", gln_paper_get_published (paper));
  append_line (text, "", gln_paper_get_journal_ref (paper));
  for (guint i = 0; ids[i] != NULL; i++)
    append_line (text, "id:", ids[i]);
  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    append_line (text, "a:", authors[i]);
  for (guint i = 0; i < G_N_ELEMENTS (detail_members); i++)
    {
      g_autofree char *value = dup_detail (extra, detail_members[i]);

      g_string_append (text, detail_members[i]);
      append_line (text, ":", value);
    }

  return g_compute_checksum_for_string (G_CHECKSUM_SHA1, text->str, text->len);
}

static gboolean
differ (const char *a,
        const char *b)
{
  return a != NULL && b != NULL && g_strcmp0 (a, b) != 0;
}

/* Whether two records of a generic title name different issues, pages or venues. */
static gboolean
details_differ (GlnPaper *a,
                GlnPaper *b)
{
  g_autoptr(JsonObject) extra_a = gln_paper_dup_extra_object (a);
  g_autoptr(JsonObject) extra_b = gln_paper_dup_extra_object (b);

  if (differ (gln_paper_get_journal_ref (a), gln_paper_get_journal_ref (b)))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (detail_members); i++)
    {
      g_autofree char *value_a = NULL;
      g_autofree char *value_b = NULL;

      /* A cite key is the user's name for a record, not a property of the work. */
      if (strcmp (detail_members[i], "citation-key") == 0)
        continue;
      value_a = dup_detail (extra_a, detail_members[i]);
      value_b = dup_detail (extra_b, detail_members[i]);
      if (differ (value_a, value_b))
        return TRUE;
    }

  return FALSE;
}

/**
 * gln_paper_match_by_title:
 * @incoming: a record offered to the library, its identifiers normalized
 * @stored: a paper of the library with the same normalized title
 * @same_file: whether @stored came from the same import as @incoming
 * @reason: (out): for %GLN_PAPER_MATCH_POSSIBLE, why they look alike (a
 *   `GLN_DUPLICATE_REASON_*` code)
 *
 * The title rule: two records of the same title are the same work when the title is
 * distinctive, the first authors' family names agree (or one side has no authors), the
 * years agree (or one side has none), no identifier conflicts, and they do not come from
 * the same file, which keeps its entries apart on purpose. Otherwise they look alike,
 * except under a generic title or within one file, where only records nothing tells
 * apart do.
 *
 * Returns: what the rule says
 */
GlnPaperMatch
gln_paper_match_by_title (GlnPaper    *incoming,
                          GlnPaper    *stored,
                          gboolean     same_file,
                          const char **reason)
{
  g_autofree char *family_in = gln_paper_dup_first_family (incoming);
  g_autofree char *family_stored = gln_paper_dup_first_family (stored);
  int year_in = gln_paper_get_year (incoming);
  int year_stored = gln_paper_get_year (stored);
  gboolean generic = gln_title_is_generic (gln_paper_get_title (incoming));

  *reason = NULL;

  if (differ (gln_paper_get_arxiv_id (incoming), gln_paper_get_arxiv_id (stored)) ||
      differ (gln_paper_get_doi (incoming), gln_paper_get_doi (stored)) ||
      other_ids_conflict (incoming, stored))
    *reason = GLN_DUPLICATE_REASON_IDS_DIFFER;
  else if (differ (family_in, family_stored))
    *reason = GLN_DUPLICATE_REASON_AUTHORS_DIFFER;
  else if (year_in > 0 && year_stored > 0 && year_in != year_stored)
    *reason = GLN_DUPLICATE_REASON_YEARS_DIFFER;
  else if (generic)
    *reason = GLN_DUPLICATE_REASON_GENERIC_TITLE;
  else if (same_file)
    *reason = GLN_DUPLICATE_REASON_SAME_FILE;
  else
    return GLN_PAPER_MATCH_SAME;

  /* Many works are called "Editorial", and a file keeps its entries apart on purpose:
   * there, only records that nothing tells apart (no other author, year, identifier,
   * volume, issue or pages) look alike. */
  if ((generic || same_file) &&
      ((g_strcmp0 (*reason, GLN_DUPLICATE_REASON_GENERIC_TITLE) != 0 &&
        g_strcmp0 (*reason, GLN_DUPLICATE_REASON_SAME_FILE) != 0) ||
       details_differ (incoming, stored)))
    {
      *reason = NULL;
      return GLN_PAPER_MATCH_DIFFERENT;
    }

  return GLN_PAPER_MATCH_POSSIBLE;
}
