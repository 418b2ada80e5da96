/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-bibtex"

#include "config.h"

#include "gln-bibtex.h"

#include "gln-biblio.h"
#include "gln-bibtex-private.h"
#include "gln-macros.h"

#include <string.h>

/* Writes papers as .bib entries that bibtex, biber and pybtex read back: values in braces,
 * keys unique, fields escaped, and the fields an import kept aside written again. Whatever
 * a value holds, it stays one value: see append_balanced(). */

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

/* BibTeX, biber and pybtex end a braced value where its braces balance, counting "\{" and
 * "\}" too, so one unmatched brace would let the rest of a value be read as a new entry
 * ("}\n@misc{x,"); LaTeX does not count them. When @latex does not balance both ways, its
 * escaped braces are written "\textbraceleft{}" and "\textbraceright{}" (which all three
 * read as the brace), and raw braces still unmatched, from math or text kept as LaTeX, are
 * dropped. */
static gboolean
is_balanced (const char *latex)
{
  int depth = 0;
  int unescaped = 0;

  /* Balanced both as BibTeX counts, every brace, and as LaTeX (and Gleaner's reader) does,
   * the braces not escaped. A backslash at the end would escape the closing brace. */
  for (const char *p = latex; *p != '\0'; p++)
    {
      gboolean escaped = *p == '\\';

      if (escaped && *++p == '\0')
        return FALSE;
      depth += *p == '{' ? 1 : *p == '}' ? -1 : 0;
      if (!escaped)
        unescaped += *p == '{' ? 1 : *p == '}' ? -1 : 0;
      if (depth < 0 || unescaped < 0)
        return FALSE;
    }

  return depth == 0 && unescaped == 0;
}

static void
append_balanced (GString    *out,
                 const char *latex)
{
  g_autoptr(GString) text = NULL;
  g_autoptr(GArray) opens = NULL;

  if (is_balanced (latex))
    {
      g_string_append (out, latex);
      return;
    }

  text = g_string_new (NULL);
  opens = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (const char *p = latex; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] == '\0')
        break;
      if (*p == '\\' && (p[1] == '{' || p[1] == '}'))
        {
          g_string_append (text, *++p == '{' ? "\\textbraceleft{}" : "\\textbraceright{}");
          continue;
        }
      if (*p == '\\' && p[1] == '\\')
        g_string_append_c (text, *p++);
      else if (*p == '{')
        g_array_append_val (opens, text->len);
      else if (*p == '}' && opens->len == 0)
        continue;
      else if (*p == '}')
        g_array_set_size (opens, opens->len - 1);
      g_string_append_c (text, *p);
    }
  for (guint i = opens->len; i > 0; i--)
    g_string_erase (text, g_array_index (opens, gsize, i - 1), 1);

  g_string_append_len (out, text->str, text->len);
}

/* Control characters carry no text and some tools stop at them: line breaks (U+2028 and
 * U+2029 too, which biber reads as spaces) and tabs become spaces, the others go, as do
 * noncharacters (biber refuses a file with U+FFFE) and what is not UTF-8. */
static char *
dup_printable (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, ' ');
      else if (c >= 0x20 && (c < 0x7f || c > 0x9f) && (c & 0xfffe) != 0xfffe &&
               !(c >= 0xfdd0 && c <= 0xfdef))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/* A name BibTeX reads as one: a letter, then letters, digits and "_-:.+/". */
static gboolean
is_identifier (const char *name)
{
  if (name == NULL || !g_ascii_isalpha (name[0]))
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("_-:.+/", *p) == NULL)
      return FALSE;

  return TRUE;
}

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
  g_autoptr(GString) value = NULL;
  g_autofree char *printable = NULL;

  if (gln_str_empty0 (text) || g_hash_table_contains (w->written, name))
    return;

  printable = dup_printable (text);
  value = g_string_new (NULL);
  _gln_bibtex_encode (value, printable, w->encode | flags);
  begin_field (w, name);
  g_string_append_c (w->out, '{');
  append_balanced (w->out, value->str);
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

/* @names with every part printable; parts left empty go, and names left empty too. */
static JsonArray *
dup_printable_names (JsonArray *names)
{
  JsonArray *printable = json_array_new ();

  for (guint i = 0; i < json_array_get_length (names); i++)
    {
      JsonObject *name = json_array_get_object_element (names, i);
      g_autoptr(JsonObject) copy = json_object_new ();
      g_autoptr(GList) members = name ? json_object_get_members (name) : NULL;

      for (const GList *l = members; l != NULL; l = l->next)
        {
          const char *part = gln_biblio_get_string (name, l->data);
          g_autofree char *text = part ? g_strstrip (dup_printable (part)) : NULL;

          if (!gln_str_empty0 (text))
            json_object_set_string_member (copy, l->data, text);
        }
      if (json_object_get_size (copy) > 0)
        json_array_add_object_element (printable, g_steal_pointer (&copy));
    }

  return printable;
}

/* Whether biber would count a comma in @name's braces as a separator: it does in the
 * parts before the suffix of a "von Last, Jr, First" name, and then skips the entry. */
static gboolean
has_comma_before_suffix (JsonObject *name)
{
  static const char * const parts[] = { "dropping-particle", "non-dropping-particle", "family",
                                        "suffix" };

  if (gln_biblio_get_string (name, "suffix") == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *part = gln_biblio_get_string (name, parts[i]);

      if (part != NULL && strchr (part, ',') != NULL)
        return TRUE;
    }

  return FALSE;
}

/* One name as _gln_bibtex_write_names() spells it; when math in a part leaves its braces
 * unbalanced, or biber would split it at a braced comma, as one braced literal instead, so
 * that no comma or "and" inside comes out. */
static void
append_name (GString           *out,
             JsonObject        *name,
             GlnBibEncodeFlags  flags)
{
  static const char * const parts[] = {
    "given", "dropping-particle", "non-dropping-particle", "family", "suffix", "literal",
  };
  g_autoptr(JsonArray) one = json_array_new ();
  g_autoptr(GString) spelled = g_string_new (NULL);
  g_autoptr(GString) literal = NULL;
  g_autoptr(GString) encoded = NULL;

  json_array_add_object_element (one, json_object_ref (name));
  _gln_bibtex_write_names (spelled, one, FALSE, flags);
  if (is_balanced (spelled->str) && !has_comma_before_suffix (name))
    {
      g_string_append (out, spelled->str);
      return;
    }

  literal = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *part = gln_biblio_get_string (name, parts[i]);

      if (part != NULL)
        g_string_append_printf (literal, "%s%s", literal->len > 0 ? " " : "", part);
    }
  encoded = g_string_new (NULL);
  _gln_bibtex_encode (encoded, literal->str, flags);
  g_string_append_c (out, '{');
  append_balanced (out, encoded->str);
  g_string_append_c (out, '}');
}

static void
add_names (Writer     *w,
           const char *name,
           JsonArray  *names,
           gboolean    others)
{
  g_autoptr(GString) value = NULL;
  g_autoptr(JsonArray) printable = NULL;
  guint n;

  if (names == NULL)
    return;

  printable = dup_printable_names (names);
  n = json_array_get_length (printable);
  if (n == 0 && !others)
    return;

  value = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (value, " and ");
      append_name (value, json_array_get_object_element (printable, i), w->encode);
    }
  if (others)
    g_string_append (value, n > 0 ? " and others" : "others");
  begin_field (w, name);
  g_string_append_c (w->out, '{');
  append_balanced (w->out, value->str);
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

  if (is_identifier (stored))
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
  add_field (&w, "abstract", gln_paper_get_abstract (paper), GLN_BIB_ENCODE_LATEX);
  add_user_data (&w, paper);

  if (rest != NULL)
    members = g_list_sort (json_object_get_members (rest), (GCompareFunc) strcmp);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (!is_identifier (name) || gln_biblio_get_string (rest, name) == NULL)
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
