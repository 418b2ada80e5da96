/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-paper"

#include "config.h"

#include "gln-paper-limits.h"

#include "gln-paper-identity.h"
#include "gln-paper-key.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

/* A title of a megabyte is no title but a file that means harm, or a broken one: it would
 * fill the list, the search index and every export. What comes in is cut to sane lengths in
 * this one place, whatever the format, and the import says so. */

typedef struct
{
  const char *(*get) (GlnPaper *self);
  void        (*set) (GlnPaper   *self,
                      const char *value);
  const char *name;
  gsize       max;
} Limit;

static const Limit limits[] = {
  { gln_paper_get_title, gln_paper_set_title, N_("title"), GLN_PAPER_MAX_TITLE },
  { gln_paper_get_abstract, gln_paper_set_abstract, N_("abstract"), GLN_PAPER_MAX_ABSTRACT },
  { gln_paper_get_journal_ref, gln_paper_set_journal_ref, N_("venue"), GLN_PAPER_MAX_FIELD },
  { gln_paper_get_comment, gln_paper_set_comment, N_("comment"), GLN_PAPER_MAX_FIELD },
  { gln_paper_get_category, gln_paper_set_category, N_("category"), GLN_PAPER_MAX_FIELD },
  { gln_paper_get_date_text, gln_paper_set_date_text, N_("date"), GLN_PAPER_MAX_FIELD },
};

/* Identifiers and links: a cut one would point somewhere else, so a value this long is
 * dropped whole. */
static const Limit links[] = {
  { gln_paper_get_doi, gln_paper_set_doi, N_("DOI"), GLN_PAPER_MAX_LINK },
  { gln_paper_get_url, gln_paper_set_url, N_("link"), GLN_PAPER_MAX_LINK },
  { gln_paper_get_pdf_url, gln_paper_set_pdf_url, N_("PDF link"), GLN_PAPER_MAX_LINK },
  { gln_paper_get_code_url, gln_paper_set_code_url, N_("code link"), GLN_PAPER_MAX_LINK },
};

static void
add_name (GString    *names,
          const char *name)
{
  g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", name);
}

/* @text cut to at most @max bytes, on a character boundary, ending in "…". */
static char *
cut (const char *text,
     gsize       max)
{
  const char *end = text + max - strlen ("…");
  GString *out;

  while (end > text && (*end & 0xc0) == 0x80)
    end--;
  out = g_string_new_len (text, end - text);
  g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

/* A copy of @values with at most @max_values of them, each at most @max bytes; %NULL when
 * nothing needs cutting. */
static GStrv
cut_list (const char * const *values,
          guint               max_values,
          gsize               max)
{
  guint n = values ? g_strv_length ((char **) values) : 0;
  gboolean changed = n > max_values;
  GStrv out;

  for (guint i = 0; i < n && i < max_values && !changed; i++)
    changed = strlen (values[i]) > max;
  if (!changed)
    return NULL;

  out = g_new0 (char *, MIN (n, max_values) + 1);
  for (guint i = 0; i < n && i < max_values; i++)
    out[i] = strlen (values[i]) > max ? cut (values[i], max) : g_strdup (values[i]);

  return out;
}

/* Each name and affiliation cut; past GLN_PAPER_MAX_AUTHORS names the list ends, the way
 * a source that lists only the first authors ends it (author count and "truncated"). */
static void
limit_authors (GlnPaper *paper,
               GString  *names)
{
  g_auto(GStrv) authors = cut_list (gln_paper_get_authors (paper), GLN_PAPER_MAX_AUTHORS,
                                    GLN_PAPER_MAX_AUTHOR);
  g_auto(GStrv) affiliations = cut_list (gln_paper_get_affiliations (paper), GLN_PAPER_MAX_AUTHORS,
                                         GLN_PAPER_MAX_FIELD);
  guint n = gln_paper_get_n_authors (paper);

  if (authors == NULL && affiliations == NULL)
    return;

  if (n > GLN_PAPER_MAX_AUTHORS)
    {
      /* Translators: %u is how many authors a paper keeps */
      g_autofree char *past = g_strdup_printf (_("authors past the first %u"),
                                               GLN_PAPER_MAX_AUTHORS);

      gln_paper_set_author_count (paper, MAX (gln_paper_get_author_count (paper), (int) n));
      gln_paper_set_authors_truncated (paper, TRUE);
      add_name (names, past);
    }
  else
    {
      add_name (names, _("author names"));
    }
  gln_paper_set_authors (paper,
                         authors ? (const char * const *) authors : gln_paper_get_authors (paper),
                         affiliations ? (const char * const *) affiliations
                                      : gln_paper_get_affiliations (paper));
}

static void
limit_lists (GlnPaper *paper,
             GString  *names)
{
  g_auto(GStrv) categories = cut_list (gln_paper_get_categories (paper), GLN_PAPER_MAX_LIST,
                                       GLN_PAPER_MAX_FIELD);
  g_auto(GStrv) institutions = cut_list (gln_paper_get_institutions (paper), GLN_PAPER_MAX_LIST,
                                         GLN_PAPER_MAX_FIELD);

  if (categories != NULL)
    {
      gln_paper_set_categories (paper, (const char * const *) categories);
      add_name (names, _("categories"));
    }
  if (institutions != NULL)
    {
      gln_paper_set_institutions (paper, (const char * const *) institutions);
      add_name (names, _("institutions"));
    }
}

typedef struct
{
  const char *name;
  gsize       size;
} Member;

static int
compare_longer_first (gconstpointer a,
                      gconstpointer b)
{
  gsize size_a = ((const Member *) a)->size, size_b = ((const Member *) b)->size;

  return size_a < size_b ? 1 : size_a > size_b ? -1 : 0;
}

/* Fields kept from the record beyond the ones Gleaner shows (a JSON object): the longest
 * members go first until the rest fits. */
static void
limit_extra (GlnPaper *paper,
             GString  *names)
{
  const char *text = gln_paper_get_extra (paper);
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GArray) members = NULL;
  g_autoptr(GList) list = NULL;
  g_autofree char *shorter = NULL;

  if (text == NULL || strlen (text) <= GLN_PAPER_MAX_EXTRA)
    return;

  add_name (names, _("other fields"));
  if ((extra = gln_paper_dup_extra_object (paper)) == NULL)
    {
      gln_paper_set_extra (paper, NULL);
      return;
    }

  /* Each member's size as written, once; the object is written again after each removal. */
  members = g_array_new (FALSE, FALSE, sizeof (Member));
  list = json_object_get_members (extra);
  for (GList *l = list; l != NULL; l = l->next)
    {
      g_autofree char *value = json_to_string (json_object_get_member (extra, l->data), FALSE);
      Member member = { l->data, strlen (l->data) + strlen (value) };

      g_array_append_val (members, member);
    }
  g_array_sort (members, compare_longer_first);

  node = json_node_init_object (json_node_alloc (), extra);
  for (guint i = 0; i < members->len; i++)
    {
      json_object_remove_member (extra, g_array_index (members, Member, i).name);
      g_clear_pointer (&shorter, g_free);
      shorter = json_to_string (node, FALSE);
      if (strlen (shorter) <= GLN_PAPER_MAX_EXTRA)
        break;
    }
  gln_paper_set_extra (paper, json_object_get_size (extra) > 0 ? shorter : NULL);
}

/* Over-long identifiers and links are dropped; a key made from one is made again. */
static void
limit_links (GlnPaper *paper,
             GString  *names)
{
  const char *key;

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      const char *value = links[i].get (paper);

      if (value != NULL && strlen (value) > links[i].max)
        {
          links[i].set (paper, NULL);
          add_name (names, _(links[i].name));
        }
    }

  if ((key = gln_paper_get_key (paper)) != NULL && strlen (key) > GLN_PAPER_MAX_LINK)
    {
      g_autofree char *rebuilt = gln_paper_key_build (gln_paper_get_arxiv_id (paper),
                                                      gln_paper_get_doi (paper),
                                                      gln_paper_get_title (paper));

      gln_paper_set_key (paper, rebuilt);
    }
}

/**
 * gln_paper_limit_lengths:
 * @paper: a paper read from a file or a service
 *
 * Cuts the title, abstract, author names and other text fields of @paper to the lengths of
 * gln-paper-limits.h, ending each cut value with "…"; keeps the first 5000 authors (saying
 * the list is truncated), 256 categories and institutions, and the shorter of the other
 * fields up to 64 KB; drops identifiers and links too long to be real. A paper known by
 * its title gets the key of the title it keeps.
 *
 * Returns: (transfer full) (nullable): which values were cut, as one translated sentence,
 *   or %NULL when none was
 */
char *
gln_paper_limit_lengths (GlnPaper *paper)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) dropped = g_string_new (NULL);

  g_return_val_if_fail (GLN_IS_PAPER (paper), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      const char *value = limits[i].get (paper);
      g_autofree char *shorter = NULL;

      if (value == NULL || strlen (value) <= limits[i].max)
        continue;
      shorter = cut (value, limits[i].max);
      limits[i].set (paper, shorter);
      add_name (names, _(limits[i].name));
    }
  limit_authors (paper, names);
  limit_lists (paper, names);
  limit_extra (paper, names);
  limit_links (paper, dropped);
  if (names->len == 0 && dropped->len == 0)
    return NULL;

  if (gln_paper_get_key (paper) != NULL && g_str_has_prefix (gln_paper_get_key (paper), "title:"))
    {
      g_autofree char *key = gln_title_key (gln_paper_get_title (paper));

      if (key != NULL)
        gln_paper_set_key (paper, key);
    }

  if (names->len == 0)
    /* Translators: %s lists fields, "DOI, link" */
    return g_strdup_printf (_("too long, dropped: %s"), dropped->str);
  if (dropped->len > 0)
    /* Translators: the first %s lists fields cut short, the second fields left out */
    return g_strdup_printf (_("too long, cut: %s; dropped: %s"), names->str, dropped->str);

  /* Translators: %s lists fields, "title, abstract" */
  return g_strdup_printf (_("too long, cut: %s"), names->str);
}
