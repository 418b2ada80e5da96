/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-bibtex"

#include "config.h"

#include "gln-bibtex-private.h"

#include "gln-biblio.h"
#include "gln-latex.h"
#include "gln-macros.h"
#include "gln-paper-key.h"

#include <stdlib.h>
#include <string.h>

/* From the fields of one entry to a paper. What a field means depends on the entry type
 * ("number" is an article's issue but a report's number), and every field that has no
 * meaning elsewhere is kept in extra.bibtex, so that writing the paper back loses nothing. */

typedef struct
{
  const char *bibtex;
  const char *csl;
  gboolean    classic;
} TypeMap;

static const TypeMap types[] = {
  { "article", "article-journal", TRUE },
  { "inproceedings", "paper-conference", TRUE },
  { "incollection", "chapter", TRUE },
  { "inbook", "chapter", TRUE },
  { "book", "book", TRUE },
  { "proceedings", "book", TRUE },
  { "phdthesis", "thesis", TRUE },
  { "mastersthesis", "thesis", TRUE },
  { "techreport", "report", TRUE },
  { "manual", "report", TRUE },
  { "booklet", "pamphlet", TRUE },
  { "unpublished", "manuscript", TRUE },
  { "misc", "document", TRUE },
  { "conference", "paper-conference", TRUE },
  { "online", "webpage", FALSE },
  { "electronic", "webpage", FALSE },
  { "www", "webpage", FALSE },
  { "report", "report", FALSE },
  { "thesis", "thesis", FALSE },
  { "collection", "book", FALSE },
  { "mvbook", "book", FALSE },
  { "mvcollection", "book", FALSE },
  { "mvproceedings", "book", FALSE },
  { "bookinbook", "chapter", FALSE },
  { "suppbook", "chapter", FALSE },
  { "suppcollection", "chapter", FALSE },
  { "periodical", "periodical", FALSE },
  { "suppperiodical", "article-journal", FALSE },
  { "patent", "patent", FALSE },
  { "dataset", "dataset", FALSE },
  { "software", "software", FALSE },
  { "reference", "book", FALSE },
  { "inreference", "entry-encyclopedia", FALSE },
  { "set", "document", FALSE },
};

/* CSL type → BibTeX type, then biblatex type where it has a better one. */
static const char * const from_csl[][3] = {
  { "article-journal", "article", "article" },
  { "article-magazine", "article", "article" },
  { "article-newspaper", "article", "article" },
  { "review", "article", "article" },
  { "article", "misc", "online" },
  { "paper-conference", "inproceedings", "inproceedings" },
  { "chapter", "incollection", "incollection" },
  { "entry-encyclopedia", "incollection", "inreference" },
  { "entry-dictionary", "incollection", "inreference" },
  { "book", "book", "book" },
  { "thesis", "phdthesis", "phdthesis" },
  { "report", "techreport", "report" },
  { "manuscript", "unpublished", "unpublished" },
  { "pamphlet", "booklet", "booklet" },
  { "webpage", "misc", "online" },
  { "post", "misc", "online" },
  { "post-weblog", "misc", "online" },
  { "patent", "misc", "patent" },
  { "dataset", "misc", "dataset" },
  { "software", "misc", "software" },
  { "periodical", "misc", "periodical" },
};

static const struct
{
  const char *field;
  const char *key;
} simple_fields[] = {
  { "volume", "volume" },
  { "pages", "page" },
  { "edition", "edition" },
  { "series", "collection-title" },
  { "isbn", "ISBN" },
  { "issn", "ISSN" },
  { "note", "note" },
  { "type", "genre" },
};

const char *
_gln_bibtex_type_to_csl (const char *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_ascii_strcasecmp (types[i].bibtex, type) == 0)
      return types[i].csl;

  return NULL;
}

/**
 * _gln_bibtex_type_from_csl:
 * @csl_type: a CSL type
 * @biblatex: whether biblatex types may be used
 *
 * Returns: the entry type to write for a paper of that CSL type
 */
const char *
_gln_bibtex_type_from_csl (const char *csl_type,
                           gboolean    biblatex)
{
  for (guint i = 0; i < G_N_ELEMENTS (from_csl); i++)
    if (g_strcmp0 (from_csl[i][0], csl_type) == 0)
      return from_csl[i][biblatex ? 2 : 1];

  return "misc";
}

/**
 * _gln_bibtex_type_for_dialect:
 * @type: an entry type kept from a .bib file
 * @biblatex: whether biblatex types may be used
 *
 * Returns: @type when the dialect has it, else the nearest type it has
 */
const char *
_gln_bibtex_type_for_dialect (const char *type,
                              gboolean    biblatex)
{
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      if (g_ascii_strcasecmp (types[i].bibtex, type) != 0)
        continue;
      if (biblatex || types[i].classic)
        return types[i].bibtex;
      return _gln_bibtex_type_from_csl (types[i].csl, FALSE);
    }

  return biblatex ? type : "misc";
}

gboolean
_gln_bibtex_type_is_article (const char *type)
{
  return g_strcmp0 (type, "article") == 0 || g_strcmp0 (type, "periodical") == 0 ||
         g_strcmp0 (type, "suppperiodical") == 0;
}

/* Parts of a larger work, whose container is their "booktitle". */
gboolean
_gln_bibtex_type_is_part (const char *type)
{
  static const char * const parts[] = {
    "inbook", "incollection", "inproceedings", "conference", "bookinbook", "suppbook",
    "suppcollection", "inreference", NULL
  };

  return type != NULL && g_strv_contains (parts, type);
}

/* Who published it: a thesis's school, a report's institution, anything else's publisher. */
const char *
_gln_bibtex_publisher_field (const char *type,
                             gboolean    biblatex)
{
  if (g_strcmp0 (type, "phdthesis") == 0 || g_strcmp0 (type, "mastersthesis") == 0 ||
      g_strcmp0 (type, "thesis") == 0)
    return biblatex ? "institution" : "school";
  if (g_strcmp0 (type, "techreport") == 0 || g_strcmp0 (type, "report") == 0)
    return "institution";

  return "publisher";
}

typedef struct
{
  GlnBibEntry *entry;
  GHashTable  *used;
} Fields;

static const char *
peek (Fields     *fields,
      const char *name)
{
  if (g_hash_table_contains (fields->used, name))
    return NULL;

  return _gln_bib_entry_get (fields->entry, name);
}

static const char *
take (Fields     *fields,
      const char *name)
{
  const char *value = peek (fields, name);

  if (value != NULL)
    g_hash_table_add (fields->used, (gpointer) name);

  return value;
}

static void
take_decoded (Fields     *fields,
              const char *name,
              JsonObject *extra,
              const char *key)
{
  const char *value;

  if (gln_biblio_get_string (extra, key) != NULL || (value = take (fields, name)) == NULL)
    return;

  {
    g_autofree char *text = _gln_bibtex_decode (value);

    gln_biblio_set_string (extra, key, text);
  }
}

/* "2006", "2006-03", "2006-03-15": returns the year and how much was read. */
static int
parse_iso_date (const char  *text,
                int         *month,
                int         *day,
                const char **end)
{
  const char *p = text;
  int year = 0;

  *month = *day = 0;
  for (int i = 0; i < 4; i++, p++)
    {
      if (!g_ascii_isdigit (*p))
        return 0;
      year = year * 10 + (*p - '0');
    }
  if (p[0] == '-' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]))
    {
      *month = (p[1] - '0') * 10 + (p[2] - '0');
      p += 3;
      if (p[0] == '-' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]))
        {
          *day = (p[1] - '0') * 10 + (p[2] - '0');
          p += 3;
        }
    }
  *end = p;

  return year;
}

/* A year hidden in "{\noopsort{1973b}}1973": the last standalone run of four digits. */
static int
find_year (const char *text)
{
  int year = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) && (p == text || !g_ascii_isdigit (p[-1])) &&
          g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
          !g_ascii_isdigit (p[4]))
        year = atoi (p);
    }

  return year;
}

/* "10 January", "January 10" → month and day. */
static int
parse_month_day (const char *text,
                 int        *day)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \xc2\xa0,", -1);
  int month = 0;

  *day = 0;
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      gsize len = strlen (word);

      if (len == 0 || (guchar) word[0] >= 0x80)
        continue;
      if (g_ascii_isdigit (word[0]) && len <= 2 && (len == 1 || g_ascii_isdigit (word[1])) &&
          *day == 0)
        *day = atoi (word);
      else if (!g_ascii_isdigit (word[0]) && month == 0 && gln_biblio_parse_month (word) != 0)
        month = gln_biblio_parse_month (word);
      else
        return 0;
    }

  return month;
}

static void
read_date (Fields   *fields,
           GlnPaper *paper)
{
  const char *raw = peek (fields, "date");
  g_autofree char *year_text = NULL;
  g_autofree char *month_text = NULL;
  int year = 0;
  int month = 0;
  int day = 0;

  if (raw != NULL)
    {
      g_autofree char *text = _gln_bibtex_decode (raw);
      const char *end = text;

      year = parse_iso_date (text, &month, &day, &end);
      if (year > 0 && *end == '\0')
        take (fields, "date");
      gln_biblio_set_date (paper, year, month, day);
      return;
    }

  if ((raw = peek (fields, "year")) != NULL)
    {
      const char *end = NULL;
      int m, d;

      year_text = _gln_bibtex_decode (raw);
      if ((year = parse_iso_date (year_text, &m, &d, &end)) > 0 && *end == '\0' && m == 0)
        take (fields, "year");
      else
        year = find_year (year_text);
    }
  if (year > 0 && (raw = peek (fields, "month")) != NULL)
    {
      month_text = _gln_bibtex_decode (raw);
      if ((month = gln_biblio_parse_month (month_text)) == 0)
        month = parse_month_day (month_text, &day);
      if (month != 0)
        take (fields, "month");
    }
  if (month != 0 && day == 0 && (raw = peek (fields, "day")) != NULL)
    {
      g_autofree char *text = _gln_bibtex_decode (raw);
      char *end = NULL;

      day = (int) g_ascii_strtoll (text, &end, 10);
      if (end != text && *end == '\0')
        take (fields, "day");
      else
        day = 0;
    }

  gln_biblio_set_date (paper, year, month, day);
}

static void
read_identifiers (Fields     *fields,
                  GlnPaper   *paper,
                  JsonObject *extra)
{
  g_autofree char *doi = NULL;
  g_autofree char *arxiv = NULL;
  g_autofree char *prefix = NULL;
  const char *raw;
  const char *prefix_field = "archiveprefix";

  if ((raw = peek (fields, prefix_field)) == NULL)
    raw = peek (fields, prefix_field = "eprinttype");
  if (raw != NULL)
    prefix = _gln_bibtex_decode_url (raw);

  if ((raw = peek (fields, "doi")) != NULL)
    {
      g_autofree char *text = _gln_bibtex_decode_url (raw);

      if ((doi = gln_doi_normalize (text)) != NULL)
        take (fields, "doi");
    }

  if ((raw = peek (fields, "eprint")) != NULL &&
      (prefix == NULL || g_ascii_strcasecmp (prefix, "arxiv") == 0))
    {
      g_autofree char *text = _gln_bibtex_decode_url (raw);

      if (gln_arxiv_id_parse (text, NULL, NULL))
        {
          arxiv = g_steal_pointer (&text);
          take (fields, "eprint");
          take (fields, prefix_field);
        }
    }
  for (guint i = 0; arxiv == NULL && i < 2; i++)
    {
      const char *name = i == 0 ? "arxivid" : "arxiv";

      if ((raw = peek (fields, name)) != NULL)
        {
          g_autofree char *text = _gln_bibtex_decode_url (raw);

          if (gln_arxiv_id_parse (text, NULL, NULL))
            {
              arxiv = g_steal_pointer (&text);
              take (fields, name);
            }
        }
    }

  /* Google Scholar writes preprints as journal = {arXiv preprint arXiv:2101.00001}. */
  if (arxiv == NULL && gln_biblio_get_string (extra, "container-title") != NULL)
    {
      const char *container = gln_biblio_get_string (extra, "container-title");
      const char *at = strstr (container, "arXiv:");

      if (at != NULL && gln_arxiv_id_parse (at, NULL, NULL))
        arxiv = g_strdup (at);
    }

  gln_biblio_set_identifiers (paper, arxiv, doi);

  if (gln_paper_get_arxiv_id (paper) != NULL)
    {
      for (guint i = 0; i < 2; i++)
        {
          const char *name = i == 0 ? "primaryclass" : "eprintclass";

          if ((raw = take (fields, name)) != NULL)
            {
              g_autofree char *category = _gln_bibtex_decode_url (raw);
              const char *categories[] = { category, NULL };

              gln_paper_set_category (paper, category);
              gln_paper_set_categories (paper, categories);
              break;
            }
        }
    }

  if ((raw = take (fields, "url")) != NULL)
    {
      g_autofree char *url = _gln_bibtex_decode_url (raw);

      gln_paper_set_url (paper, url);
      if (gln_paper_get_doi (paper) == NULL && strstr (url, "doi.org/") != NULL)
        gln_biblio_set_identifiers (paper, NULL, url);
    }
}

/* The first PDF of a JabRef, Zotero or Mendeley "file" field: "Description:path:Type;…",
 * with "\:" for a colon in a path. */
static char *
pdf_from_file_field (const char *value)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GString *part = g_string_new (NULL);

  for (const char *p = value;; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        g_string_append_c (part, *++p);
      else if (*p == ':' && g_str_has_prefix (p, "://"))
        g_string_append_c (part, *p);
      else if (*p == ':' || *p == ';' || *p == '\0')
        {
          g_ptr_array_add (parts, g_string_free (part, FALSE));
          if (*p == '\0')
            break;
          part = g_string_new (NULL);
        }
      else
        g_string_append_c (part, *p);
    }

  for (guint i = 0; i < parts->len; i++)
    {
      const char *path = parts->pdata[i];
      g_autofree char *lower = g_ascii_strdown (path, -1);

      if (!g_str_has_suffix (lower, ".pdf"))
        continue;
      if (g_str_has_prefix (lower, "http://") || g_str_has_prefix (lower, "https://"))
        return g_strdup (path);
      if (g_path_is_absolute (path))
        return g_filename_to_uri (path, NULL, NULL);
    }

  return NULL;
}

static void
read_user_data (Fields   *fields,
                GlnPaper *paper)
{
  static const char * const tag_fields[] = { "keywords", "mendeley-tags", "groups" };
  const char *raw;

  for (guint i = 0; i < G_N_ELEMENTS (tag_fields); i++)
    {
      if ((raw = take (fields, tag_fields[i])) != NULL)
        {
          g_autofree char *list = _gln_bibtex_decode (raw);

          gln_biblio_add_tags (paper, list);
        }
    }

  /* JabRef's special fields: ranking = {rank4}, readstatus = {read}, relevance = {relevant}. */
  if ((raw = peek (fields, "ranking")) != NULL)
    {
      g_autofree char *text = _gln_bibtex_decode (raw);
      const char *digits = g_str_has_prefix (text, "rank") ? text + 4 : text;

      if (digits[0] >= '1' && digits[0] <= '5' && digits[1] == '\0')
        {
          gln_paper_set_rating (paper, digits[0] - '0');
          take (fields, "ranking");
        }
    }
  if ((raw = peek (fields, "readstatus")) != NULL)
    {
      g_autofree char *text = _gln_bibtex_decode (raw);

      if (g_strcmp0 (text, "read") == 0 || g_strcmp0 (text, "skimmed") == 0)
        {
          gln_biblio_mark_read (paper);
          take (fields, "readstatus");
        }
    }
  if ((raw = peek (fields, "relevance")) != NULL)
    {
      g_autofree char *text = _gln_bibtex_decode (raw);

      if (g_strcmp0 (text, "relevant") == 0)
        {
          gln_paper_set_starred (paper, TRUE);
          take (fields, "relevance");
        }
    }
  if ((raw = peek (fields, "file")) != NULL)
    {
      g_autofree char *text = _gln_bibtex_fold (raw);
      g_autofree char *pdf = pdf_from_file_field (text);

      gln_paper_set_pdf_url (paper, pdf);
    }
}

static void
read_names (Fields     *fields,
            GlnPaper   *paper,
            JsonObject *extra)
{
  const char *raw;
  gboolean others = FALSE;

  if ((raw = take (fields, "author")) != NULL)
    {
      g_autoptr(JsonArray) names = _gln_bibtex_parse_names (raw, &others);

      gln_biblio_set_authors (paper, extra, names);
      gln_paper_set_authors_truncated (paper, others);
    }
  if ((raw = take (fields, "editor")) != NULL)
    {
      g_autoptr(JsonArray) names = _gln_bibtex_parse_names (raw, &others);

      if (json_array_get_length (names) > 0)
        json_object_set_array_member (extra, "editor", g_steal_pointer (&names));
    }
}

/* Whether decoded text has a letter or digit outside the names of the commands it kept. */
static gboolean
has_words (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (*p == '\\')
        {
          while (g_ascii_isalpha (p[1]))
            p++;
          continue;
        }
      if (g_unichar_isalnum (g_utf8_get_char (p)))
        return TRUE;
    }

  return FALSE;
}

/* A title is text: one that is nothing but LaTeX kept as written ("{\TUG}", "$\pi$") is read
 * as the reading pane shows it ("TUG", "π") rather than stored without a word. */
static char *
decode_title (const char *raw)
{
  g_autofree char *title = _gln_bibtex_decode (raw);

  if (has_words (title))
    return g_steal_pointer (&title);

  return gln_latex_to_text (raw);
}

/**
 * _gln_bibtex_entry_to_paper:
 * @entry: an entry read from a .bib file
 *
 * Returns: (transfer full): the paper; its key is %NULL when it has neither title nor
 *   identifier
 */
GlnPaper *
_gln_bibtex_entry_to_paper (GlnBibEntry *entry)
{
  g_autoptr(GlnPaper) paper = gln_paper_new ();
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  const char *csl = _gln_bibtex_type_to_csl (entry->type);
  const char *number_key = _gln_bibtex_type_is_article (entry->type) ? "issue" : "number";
  Fields fields = { entry, used };
  JsonObject *rest;
  const char *raw;

  gln_biblio_set_string (extra, "type", csl ? csl : "document");
  gln_biblio_set_string (extra, "citation-key", entry->key);

  if ((raw = take (&fields, "title")) != NULL)
    {
      g_autofree char *title = decode_title (raw);

      gln_paper_set_title (paper, title);
    }
  read_names (&fields, paper, extra);

  if (_gln_bibtex_type_is_part (entry->type))
    take_decoded (&fields, "booktitle", extra, "container-title");
  else
    {
      take_decoded (&fields, "journaltitle", extra, "container-title");
      take_decoded (&fields, "journal", extra, "container-title");
    }
  for (guint i = 0; i < G_N_ELEMENTS (simple_fields); i++)
    take_decoded (&fields, simple_fields[i].field, extra, simple_fields[i].key);
  take_decoded (&fields, "number", extra, number_key);
  take_decoded (&fields, "location", extra, "publisher-place");
  take_decoded (&fields, "address", extra, "publisher-place");
  take_decoded (&fields, _gln_bibtex_publisher_field (entry->type, FALSE), extra, "publisher");
  take_decoded (&fields, _gln_bibtex_publisher_field (entry->type, TRUE), extra, "publisher");

  read_date (&fields, paper);
  read_identifiers (&fields, paper, extra);

  if ((raw = take (&fields, "abstract")) != NULL)
    {
      g_autofree char *abstract = _gln_bibtex_decode_latex (raw);

      gln_paper_set_abstract (paper, abstract);
    }
  read_user_data (&fields, paper);

  rest = gln_biblio_ensure_object (extra, "bibtex");
  json_object_set_string_member (rest, "@type", entry->type);
  for (guint i = 0; i < entry->names->len; i++)
    {
      const char *name = entry->names->pdata[i];
      g_autofree char *folded = NULL;

      if (g_hash_table_contains (used, name))
        continue;
      folded = _gln_bibtex_fold (entry->values->pdata[i]);
      if (folded[0] != '\0')
        json_object_set_string_member (rest, name, folded);
    }

  gln_biblio_finish_paper (paper, extra, "bibtex");

  return g_steal_pointer (&paper);
}
