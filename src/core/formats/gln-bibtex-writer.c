/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-bibtex"

#include "config.h"

#include "gln-bibtex.h"

#include "gln-biblio.h"
#include "gln-bibtex-private.h"
#include "gln-macros.h"

#include <string.h>

/* Writes papers as .bib entries that bibtex, biber and pybtex read back: values in braces,
 * keys unique, fields escaped, and the fields an import kept aside written again. */

static const char * const month_macros[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

typedef struct
{
  GString           *out;
  GHashTable        *written;
  GlnBibEncodeFlags  encode;
  gboolean           biblatex;
} Writer;

static void
begin_field (Writer     *w,
             const char *name)
{
  g_string_append_printf (w->out, "  %-12s = ", name);
  g_hash_table_add (w->written, g_strdup (name));
}

/* "name = {text}," with @text encoded; nothing when @text is empty or the name was written. */
static void
add_field (Writer            *w,
           const char        *name,
           const char        *text,
           GlnBibEncodeFlags  flags)
{
  if (gln_str_empty0 (text) || g_hash_table_contains (w->written, name))
    return;

  begin_field (w, name);
  g_string_append_c (w->out, '{');
  _gln_bibtex_encode (w->out, text, w->encode | flags);
  g_string_append (w->out, "},\n");
}

static void
add_bare_field (Writer     *w,
                const char *name,
                const char *value)
{
  if (g_hash_table_contains (w->written, name))
    return;

  begin_field (w, name);
  g_string_append_printf (w->out, "%s,\n", value);
}

static void
add_names (Writer     *w,
           const char *name,
           JsonArray  *names,
           gboolean    others)
{
  if (names == NULL || (json_array_get_length (names) == 0 && !others))
    return;

  begin_field (w, name);
  g_string_append_c (w->out, '{');
  _gln_bibtex_write_names (w->out, names, others, w->encode);
  g_string_append (w->out, "},\n");
}

static gboolean
has_any (JsonObject         *rest,
         const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (gln_biblio_get_string (rest, names[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Dates: biblatex's "date", or BibTeX's year, month macro and day. A date the import could
 * not read is kept as it was and written instead. */
static void
add_date (Writer     *w,
          GlnPaper   *paper,
          JsonObject *rest)
{
  static const char * const legacy[] = { "year", "month", "day", NULL };
  g_autofree char *text = NULL;
  int month;
  int day;
  int year = gln_biblio_get_date (paper, &month, &day);

  if (year == 0 || gln_biblio_get_string (rest, "date") != NULL)
    return;

  if (w->biblatex && !has_any (rest, legacy))
    {
      if (day != 0)
        text = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
      else if (month != 0)
        text = g_strdup_printf ("%04d-%02d", year, month);
      else
        text = g_strdup_printf ("%04d", year);
      add_field (w, "date", text, GLN_BIB_ENCODE_URL);
      return;
    }

  if (gln_biblio_get_string (rest, "year") == NULL)
    {
      text = g_strdup_printf ("%d", year);
      add_field (w, "year", text, GLN_BIB_ENCODE_URL);
    }
  if (month != 0 && gln_biblio_get_string (rest, "month") == NULL)
    add_bare_field (w, "month", month_macros[month - 1]);
  if (day != 0 && gln_biblio_get_string (rest, "day") == NULL)
    {
      g_free (text);
      text = g_strdup_printf ("%d", day);
      add_field (w, "day", text, GLN_BIB_ENCODE_URL);
    }
}

static void
add_eprint (Writer   *w,
            GlnPaper *paper)
{
  g_autofree char *eprint = NULL;
  const char *arxiv_id = gln_paper_get_arxiv_id (paper);

  if (arxiv_id == NULL)
    return;

  if (gln_paper_get_arxiv_version (paper) > 0)
    eprint = g_strdup_printf ("%sv%d", arxiv_id, gln_paper_get_arxiv_version (paper));
  else
    eprint = g_strdup (arxiv_id);

  add_field (w, "eprint", eprint, GLN_BIB_ENCODE_URL);
  add_field (w, w->biblatex ? "eprinttype" : "archiveprefix", w->biblatex ? "arxiv" : "arXiv",
             GLN_BIB_ENCODE_URL);
  add_field (w, w->biblatex ? "eprintclass" : "primaryclass", gln_paper_get_category (paper),
             GLN_BIB_ENCODE_URL);
}

static void
add_user_data (Writer   *w,
               GlnPaper *paper)
{
  const char * const *tags = gln_paper_get_tags (paper);

  if (tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) tags);

      add_field (w, "keywords", joined, GLN_BIB_ENCODE_NONE);
    }
  if (gln_paper_get_rating (paper) > 0)
    {
      g_autofree char *rank = g_strdup_printf ("rank%d", gln_paper_get_rating (paper));

      add_field (w, "ranking", rank, GLN_BIB_ENCODE_NONE);
    }
  if (gln_paper_get_read (paper))
    add_field (w, "readstatus", "read", GLN_BIB_ENCODE_NONE);
  if (gln_paper_get_starred (paper))
    add_field (w, "relevance", "relevant", GLN_BIB_ENCODE_NONE);
}

static const char *
entry_type (GlnPaper   *paper,
            JsonObject *extra,
            JsonObject *rest,
            gboolean    biblatex)
{
  const char *stored = gln_biblio_get_string (rest, "@type");
  g_autofree char *csl = NULL;

  if (stored != NULL)
    return _gln_bibtex_type_for_dialect (stored, biblatex);

  csl = gln_biblio_dup_type (paper, extra);
  return _gln_bibtex_type_from_csl (csl, biblatex);
}

static void
write_entry (GString        *out,
             GlnPaper       *paper,
             GHashTable     *keys,
             GlnBibtexFlags  flags)
{
  g_autoptr(JsonObject) extra = gln_biblio_dup_extra (paper);
  g_autoptr(JsonArray) authors = gln_biblio_dup_authors (paper, extra);
  g_autoptr(GHashTable) written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *key = gln_biblio_make_cite_key (paper, extra, keys);
  g_autoptr(GList) members = NULL;
  JsonObject *rest = gln_biblio_get_object (extra, "bibtex");
  const char *type;
  const char *container;
  Writer w = { out, written, GLN_BIB_ENCODE_NONE, (flags & GLN_BIBTEX_FLAGS_BIBLATEX) != 0 };

  if (flags & GLN_BIBTEX_FLAGS_ASCII)
    w.encode |= GLN_BIB_ENCODE_ASCII;
  type = entry_type (paper, extra, rest, w.biblatex);

  g_string_append_printf (out, "@%s{%s,\n", type, key);
  add_names (&w, "author", authors, gln_paper_get_authors_truncated (paper));
  add_names (&w, "editor", gln_biblio_get_array (extra, "editor"), FALSE);
  add_field (&w, "title", gln_paper_get_title (paper), GLN_BIB_ENCODE_PROTECT);

  container = gln_biblio_get_string (extra, "container-title");
  if (container == NULL && _gln_bibtex_type_is_article (type))
    container = gln_paper_get_journal_ref (paper);
  add_field (&w, _gln_bibtex_type_is_part (type) ? "booktitle"
                 : w.biblatex ? "journaltitle" : "journal", container, GLN_BIB_ENCODE_NONE);

  add_date (&w, paper, rest);
  add_field (&w, "volume", gln_biblio_get_string (extra, "volume"), GLN_BIB_ENCODE_NONE);
  add_field (&w, "number", gln_biblio_get_string (extra, _gln_bibtex_type_is_article (type)
                                                           ? "issue" : "number"),
             GLN_BIB_ENCODE_NONE);
  add_field (&w, "pages", gln_biblio_get_string (extra, "page"), GLN_BIB_ENCODE_NONE);
  add_field (&w, "edition", gln_biblio_get_string (extra, "edition"), GLN_BIB_ENCODE_NONE);
  add_field (&w, "series", gln_biblio_get_string (extra, "collection-title"), GLN_BIB_ENCODE_NONE);
  add_field (&w, _gln_bibtex_publisher_field (type, w.biblatex),
             gln_biblio_get_string (extra, "publisher"), GLN_BIB_ENCODE_NONE);
  add_field (&w, w.biblatex ? "location" : "address",
             gln_biblio_get_string (extra, "publisher-place"), GLN_BIB_ENCODE_NONE);
  add_field (&w, "isbn", gln_biblio_get_string (extra, "ISBN"), GLN_BIB_ENCODE_NONE);
  add_field (&w, "issn", gln_biblio_get_string (extra, "ISSN"), GLN_BIB_ENCODE_NONE);
  add_field (&w, "type", gln_biblio_get_string (extra, "genre"), GLN_BIB_ENCODE_NONE);
  add_field (&w, "note", gln_biblio_get_string (extra, "note"), GLN_BIB_ENCODE_NONE);
  add_field (&w, "doi", gln_paper_get_doi (paper), GLN_BIB_ENCODE_URL);
  add_field (&w, "url", gln_paper_get_url (paper), GLN_BIB_ENCODE_URL);
  add_eprint (&w, paper);
  add_field (&w, "abstract", gln_paper_get_abstract (paper), GLN_BIB_ENCODE_NONE);
  add_user_data (&w, paper);

  if (rest != NULL)
    members = g_list_sort (json_object_get_members (rest), (GCompareFunc) strcmp);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (name[0] == '@' || gln_biblio_get_string (rest, name) == NULL)
        continue;
      add_field (&w, name, gln_biblio_get_string (rest, name), GLN_BIB_ENCODE_VERBATIM);
    }

  /* No comma after the last field: some old tools choke on it. */
  if (out->len >= 2 && out->str[out->len - 2] == ',')
    g_string_erase (out, out->len - 2, 1);
  g_string_append (out, "}\n\n");
}

/**
 * gln_bibtex_write:
 * @papers: (element-type GlnPaper): the papers
 * @flags: the dialect and character encoding
 *
 * Writes one entry per paper with a readable key ("liu2022learning", or the key it was
 * imported with) unique within the file. The user's tags, rating, read state and star go
 * in JabRef's `keywords`, `ranking`, `readstatus` and `relevance` fields.
 *
 * Returns: (transfer full): the .bib text, UTF-8
 */
char *
gln_bibtex_write (GPtrArray      *papers,
                  GlnBibtexFlags  flags)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (papers != NULL, NULL);

  for (guint i = 0; i < papers->len; i++)
    write_entry (out, g_ptr_array_index (papers, i), keys, flags);

  return g_string_free (out, FALSE);
}
