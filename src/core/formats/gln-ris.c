/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-ris"

#include "config.h"

#include "gln-ris.h"

#include "gln-biblio.h"
#include "gln-macros.h"
#include "gln-paper.h"
#include "gln-paper-key.h"
#include "gln-error.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

/* RIS, the tagged format of reference managers and publishers: "TY  - JOUR" opens a
 * record, "ER  - " closes it, one "XX  - value" line per field, repeated tags for lists. */

typedef struct
{
  const char *ris;
  const char *csl;
} TypeMap;

/* The first row of a CSL type is the RIS type written for it. */
static const TypeMap types[] = {
  { "JOUR", "article-journal" }, { "MGZN", "article-magazine" }, { "NEWS", "article-newspaper" },
  { "BOOK", "book" }, { "CHAP", "chapter" }, { "CONF", "paper-conference" },
  { "CPAPER", "paper-conference" }, { "THES", "thesis" }, { "RPRT", "report" },
  { "UNPB", "article" }, { "MANSCPT", "manuscript" }, { "ELEC", "webpage" }, { "WEB", "webpage" },
  { "BLOG", "post-weblog" }, { "PAT", "patent" }, { "DATA", "dataset" }, { "COMP", "software" },
  { "PAMP", "pamphlet" }, { "ENCYC", "entry-encyclopedia" }, { "DICT", "entry-dictionary" },
  { "GEN", "document" }, { "JFULL", "article-journal" }, { "EJOUR", "article-journal" },
  { "INPR", "article-journal" }, { "EBOOK", "book" }, { "EDBOOK", "book" }, { "ECHAP", "chapter" },
  { "SER", "book" }, { "STAT", "legislation" }, { "CASE", "legal_case" }, { "BILL", "bill" },
  { "HEAR", "hearing" }, { "MAP", "map" }, { "VIDEO", "motion_picture" }, { "SOUND", "song" },
  { "ART", "graphic" }, { "ABST", "article-journal" },
};

typedef struct
{
  char  *tag;
  char  *value;
  guint  line;
} Field;

typedef struct
{
  GArray *fields;
  guint   line;
} Record;

static void
field_clear (Field *field)
{
  g_free (field->tag);
  g_free (field->value);
}

static const char *
type_to_csl (const char *ris)
{
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_ascii_strcasecmp (types[i].ris, ris) == 0)
      return types[i].csl;

  return NULL;
}

static const char *
type_from_csl (const char *csl)
{
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_strcmp0 (types[i].csl, csl) == 0)
      return types[i].ris;

  return "GEN";
}

/* "TY  - JOUR": two characters, a letter first, then "  - ". Some writers drop a space. */
static gboolean
split_tag_line (const char  *line,
                char       **tag,
                const char **value)
{
  const char *p = line + 2;

  if (!g_ascii_isupper (line[0]) || !(g_ascii_isupper (line[1]) || g_ascii_isdigit (line[1])))
    return FALSE;
  while (*p == ' ' && p < line + 4)
    p++;
  if (p == line + 2 || *p != '-' || (p[1] != ' ' && p[1] != '\0'))
    return FALSE;

  *tag = g_strndup (line, 2);
  *value = p[1] == ' ' ? p + 2 : p + 1;
  return TRUE;
}

/**
 * gln_ris_looks_like:
 * @text: the start of a file
 * @length: its length
 *
 * Returns: whether the text starts with a RIS tag line and opens a record ("TY  - ")
 */
gboolean
gln_ris_looks_like (const char *text,
                    gsize       length)
{
  g_autofree char *head = g_strndup (text, MIN (length, 256 * 1024));
  g_autofree char *tag = NULL;
  const char *value;
  char *p = head;

  if (g_str_has_prefix (p, "\xef\xbb\xbf"))
    p += 3;
  while (g_ascii_isspace (*p))
    p++;

  return split_tag_line (p, &tag, &value) &&
         (strcmp (tag, "TY") == 0 || strstr (p, "\nTY  - ") != NULL ||
          strstr (p, "\rTY  - ") != NULL);
}

/* Lines end in "\n", "\r\n" or, as old Mac writers left them, a lone "\r". */
static GStrv
split_lines (const char *text)
{
  GPtrArray *lines = g_ptr_array_new ();
  const char *start = text;

  for (const char *p = text;; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\0')
        {
          g_ptr_array_add (lines, g_strndup (start, p - start));
          if (*p == '\0')
            break;
          if (*p == '\r' && p[1] == '\n')
            p++;
          start = p + 1;
        }
    }

  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_free (lines, FALSE);
}

static GPtrArray *
read_records (const char *text,
              GPtrArray  *problems)
{
  GPtrArray *records = g_ptr_array_new ();
  g_auto(GStrv) lines = split_lines (text);
  Record *record = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      g_autofree char *tag = NULL;
      const char *value = NULL;
      Field field;

      if (i == 0 && g_str_has_prefix (line, "\xef\xbb\xbf"))
        line += 3;

      if (!split_tag_line (line, &tag, &value))
        {
          g_strstrip (line);
          /* A line without a tag continues the value above it (wrapped abstracts). */
          if (line[0] != '\0' && record != NULL && record->fields->len > 0)
            {
              Field *last = &g_array_index (record->fields, Field, record->fields->len - 1);
              char *joined = g_strconcat (last->value, " ", line, NULL);

              g_free (last->value);
              last->value = joined;
            }
          else if (line[0] != '\0')
            g_ptr_array_add (problems, g_strdup_printf (_("line %u: %s"), i + 1,
                                                        _("text outside a record; ignored")));
          continue;
        }

      if (strcmp (tag, "TY") == 0)
        {
          if (record != NULL)
            g_ptr_array_add (problems,
                             g_strdup_printf (_("line %u: %s"), i + 1,
                                              _("a record starts before the last one ended")));
          record = g_new0 (Record, 1);
          record->fields = g_array_new (FALSE, FALSE, sizeof (Field));
          g_array_set_clear_func (record->fields, (GDestroyNotify) field_clear);
          record->line = i + 1;
          g_ptr_array_add (records, record);
        }
      else if (record == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” outside a record; ignored"), tag);

          g_ptr_array_add (problems, g_strdup_printf (_("line %u: %s"), i + 1, message));
          continue;
        }

      if (strcmp (tag, "ER") == 0)
        {
          record = NULL;
          continue;
        }

      field = (Field) { g_steal_pointer (&tag), g_strstrip (g_strdup (value)), i + 1 };
      g_array_append_val (record->fields, field);
    }

  if (record != NULL)
    g_ptr_array_add (problems, g_strdup_printf (_("line %u: %s"), record->line,
                                                _("the last record has no “ER” line")));

  return records;
}

static void
record_free (Record *record)
{
  g_array_unref (record->fields);
  g_free (record);
}

/* The values of a tag, taken: what is left at the end is kept in extra.ris. */
static GPtrArray *
take_all (Record     *record,
          const char *tag)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < record->fields->len; i++)
    {
      Field *field = &g_array_index (record->fields, Field, i);

      if (field->tag != NULL && strcmp (field->tag, tag) == 0)
        {
          g_ptr_array_add (values, g_steal_pointer (&field->value));
          g_clear_pointer (&field->tag, g_free);
        }
    }

  return values;
}

static char *
take_first (Record     *record,
            const char *tag)
{
  for (guint i = 0; i < record->fields->len; i++)
    {
      Field *field = &g_array_index (record->fields, Field, i);

      if (field->tag != NULL && strcmp (field->tag, tag) == 0 && field->value[0] != '\0')
        {
          g_clear_pointer (&field->tag, g_free);
          return g_steal_pointer (&field->value);
        }
    }

  return NULL;
}

static char *
take_one_of (Record             *record,
             const char * const *tags)
{
  char *value = NULL;

  for (guint i = 0; value == NULL && tags[i] != NULL; i++)
    value = take_first (record, tags[i]);

  return value;
}

static JsonArray *
take_names (Record             *record,
            const char * const *tags)
{
  JsonArray *names = json_array_new ();

  for (guint t = 0; tags[t] != NULL; t++)
    {
      g_autoptr(GPtrArray) values = take_all (record, tags[t]);

      for (guint i = 0; i < values->len; i++)
        if (((char *) values->pdata[i])[0] != '\0')
          json_array_add_object_element (names, gln_biblio_name_from_display (values->pdata[i]));
    }

  return names;
}

/* "2020", "2020/05", "2020/05/12/", "2020///": year, month and day. */
static int
parse_date (const char *text,
            int        *month,
            int        *day)
{
  g_auto(GStrv) parts = g_strsplit_set (text, "/-", 4);
  int year = 0;

  *month = *day = 0;
  if (parts[0] == NULL || strlen (parts[0]) != 4 || !g_ascii_isdigit (parts[0][0]))
    return 0;
  year = atoi (parts[0]);
  if (parts[1] != NULL && g_ascii_isdigit (parts[1][0]))
    {
      *month = atoi (parts[1]);
      if (parts[2] != NULL && g_ascii_isdigit (parts[2][0]))
        *day = atoi (parts[2]);
    }

  return year;
}

static void
read_date (Record   *record,
           GlnPaper *paper)
{
  static const char * const years[] = { "PY", "Y1", NULL };
  g_autofree char *da = take_first (record, "DA");
  g_autofree char *py = NULL;
  int month = 0;
  int day = 0;
  int year = 0;

  if (da != NULL && (year = parse_date (da, &month, &day)) == 0)
    {
      /* Not a date we can read: keep it as it was. */
      Field field = { g_strdup ("DA"), g_steal_pointer (&da), 0 };

      g_array_append_val (record->fields, field);
    }

  for (guint i = 0; years[i] != NULL; i++)
    {
      int m, d;
      int y;

      if ((py = take_first (record, years[i])) == NULL)
        continue;
      y = parse_date (py, &m, &d);
      if (year == 0 && y != 0)
        {
          year = y;
          month = m;
          day = d;
        }
      else if (y == 0 || y != year || (m != 0 && m != month) || (d != 0 && d != day))
        {
          Field field = { g_strdup (years[i]), g_steal_pointer (&py), 0 };

          g_array_append_val (record->fields, field);
        }
      break;
    }

  gln_biblio_set_date (paper, year, month, day);
}

static void
read_identifiers (Record   *record,
                  GlnPaper *paper)
{
  static const char * const pdf_tags[] = { "L1", NULL };
  g_autoptr(GPtrArray) urls = take_all (record, "UR");
  g_autofree char *doi = take_first (record, "DO");
  g_autofree char *an = take_first (record, "AN");
  g_autofree char *pdf = take_one_of (record, pdf_tags);
  const char *arxiv = NULL;
  const char *url = NULL;

  if (an != NULL && g_str_has_prefix (an, "arXiv:"))
    arxiv = an;
  else if (an != NULL)
    {
      Field field = { g_strdup ("AN"), g_steal_pointer (&an), 0 };

      g_array_append_val (record->fields, field);
    }

  for (guint i = 0; i < urls->len; i++)
    {
      const char *u = urls->pdata[i];

      if (url == NULL)
        url = u;
      else
        {
          Field field = { g_strdup ("UR"), g_strdup (u), 0 };

          g_array_append_val (record->fields, field);
        }
      if (arxiv == NULL && gln_arxiv_id_parse (u, NULL, NULL))
        arxiv = u;
    }

  gln_biblio_set_identifiers (paper, arxiv, doi);
  if (doi != NULL && gln_paper_get_doi (paper) == NULL)
    {
      Field field = { g_strdup ("DO"), g_steal_pointer (&doi), 0 };

      g_array_append_val (record->fields, field);
    }
  gln_paper_set_url (paper, url);
  gln_paper_set_pdf_url (paper, pdf);
}

static void
read_text_fields (Record     *record,
                  GlnPaper   *paper,
                  JsonObject *extra,
                  const char *type)
{
  static const char * const title_tags[] = { "TI", "T1", "CT", NULL };
  static const char * const container_tags[] = { "T2", "JF", "JO", "BT", NULL };
  static const char * const abstract_tags[] = { "AB", "N2", NULL };
  static const char * const simple[][2] = {
    { "VL", "volume" }, { "IS", "issue" }, { "ET", "edition" }, { "T3", "collection-title" },
    { "PB", "publisher" }, { "CY", "publisher-place" }, { "M3", "genre" },
  };
  g_autofree char *title = take_one_of (record, title_tags);
  g_autofree char *container = NULL;
  g_autofree char *abstract = take_one_of (record, abstract_tags);
  g_autofree char *start = take_first (record, "SP");
  g_autofree char *end = take_first (record, "EP");
  g_autoptr(GPtrArray) notes = take_all (record, "N1");
  g_autoptr(GPtrArray) serials = take_all (record, "SN");

  /* A book's own title may be in BT. */
  if (title == NULL && g_strcmp0 (type, "BOOK") == 0)
    title = take_first (record, "BT");
  container = take_one_of (record, container_tags);

  gln_paper_set_title (paper, title);
  gln_paper_set_abstract (paper, abstract);
  gln_biblio_set_string (extra, "container-title", container);

  for (guint i = 0; i < G_N_ELEMENTS (simple); i++)
    {
      g_autofree char *value = take_first (record, simple[i][0]);

      gln_biblio_set_string (extra, simple[i][1], value);
    }

  if (start != NULL && end != NULL)
    {
      g_autofree char *page = g_strdup_printf ("%s-%s", start, end);

      gln_biblio_set_string (extra, "page", page);
    }
  else
    gln_biblio_set_string (extra, "page", start ? start : end);

  if (notes->len > 0)
    {
      g_ptr_array_add (notes, NULL);
      {
        g_autofree char *note = g_strjoinv ("\n", (char **) notes->pdata);

        gln_biblio_set_string (extra, "note", note);
      }
    }

  /* SN holds ISBNs and ISSNs alike; an ISSN is "1234-567X". */
  for (guint i = 0; i < serials->len; i++)
    {
      const char *sn = serials->pdata[i];
      gboolean issn = strlen (sn) == 9 && sn[4] == '-';

      if (gln_biblio_get_string (extra, issn ? "ISSN" : "ISBN") == NULL)
        gln_biblio_set_string (extra, issn ? "ISSN" : "ISBN", sn);
      else
        {
          Field field = { g_strdup ("SN"), g_strdup (sn), 0 };

          g_array_append_val (record->fields, field);
        }
    }
}

static GlnPaper *
record_to_paper (Record *record)
{
  static const char * const author_tags[] = { "AU", "A1", NULL };
  static const char * const editor_tags[] = { "A2", "ED", NULL };
  g_autoptr(GlnPaper) paper = gln_paper_new ();
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(JsonArray) authors = NULL;
  g_autoptr(JsonArray) editors = NULL;
  g_autoptr(GPtrArray) keywords = NULL;
  g_autofree char *type = take_first (record, "TY");
  g_autofree char *id = take_first (record, "ID");
  JsonObject *rest;

  if (type == NULL)
    type = g_strdup ("GEN");
  gln_biblio_set_string (extra, "type", type_to_csl (type) ? type_to_csl (type) : "document");
  gln_biblio_set_string (extra, "citation-key", id);

  authors = take_names (record, author_tags);
  gln_biblio_set_authors (paper, extra, authors);
  editors = take_names (record, editor_tags);
  if (json_array_get_length (editors) > 0)
    json_object_set_array_member (extra, "editor", g_steal_pointer (&editors));

  read_text_fields (record, paper, extra, type);
  read_date (record, paper);
  read_identifiers (record, paper);

  keywords = take_all (record, "KW");
  for (guint i = 0; i < keywords->len; i++)
    gln_biblio_add_tag (paper, keywords->pdata[i]);

  rest = gln_biblio_ensure_object (extra, "ris");
  json_object_set_string_member (rest, "TY", type);
  for (guint i = 0; i < record->fields->len; i++)
    {
      Field *field = &g_array_index (record->fields, Field, i);
      JsonArray *values;

      if (field->tag == NULL || field->value == NULL || field->value[0] == '\0')
        continue;
      if ((values = gln_biblio_get_array (rest, field->tag)) == NULL)
        {
          values = json_array_new ();
          json_object_set_array_member (rest, field->tag, values);
        }
      json_array_add_string_element (values, field->value);
    }

  gln_biblio_finish_paper (paper, extra, "ris");

  return g_steal_pointer (&paper);
}

/**
 * gln_ris_parse:
 * @text: the contents of a RIS file, UTF-8
 * @length: its length, or -1 when NUL-terminated
 * @problems: (out) (optional) (transfer full) (element-type utf8): what was wrong with the
 *   file, each message starting with its line
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaper): one paper per record, or %NULL with
 *   @error when the text holds no record
 */
GPtrArray *
gln_ris_parse (const char  *text,
               gssize       length,
               GPtrArray  **problems,
               GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *valid = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, length);
  records = read_records (valid, found);
  for (guint i = 0; i < records->len; i++)
    {
      g_ptr_array_add (papers, record_to_paper (records->pdata[i]));
      record_free (records->pdata[i]);
    }

  if (papers->len == 0 && found->len > 0)
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("No RIS record could be read: %s"), (const char *) found->pdata[0]);
      return NULL;
    }

  if (problems != NULL)
    *problems = g_steal_pointer (&found);

  return g_steal_pointer (&papers);
}

static void
add_line (GString    *out,
          const char *tag,
          const char *value)
{
  g_autofree char *valid = NULL;

  if (gln_str_empty0 (value))
    return;

  /* A value is one line: a line break inside would start a new field, so every control
   * character (NEL too) and the Unicode line and paragraph separators become spaces. */
  valid = g_utf8_make_valid (value, -1);
  g_string_append_printf (out, "%s  - ", tag);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, ' ');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  g_string_append (out, "\r\n");
}

/* A tag kept from an import is written again only when it is one ("M1", "C2") and does not
 * begin or end a record. */
static gboolean
is_tag (const char *name)
{
  return g_ascii_isupper (name[0]) && (g_ascii_isupper (name[1]) || g_ascii_isdigit (name[1])) &&
         name[2] == '\0' && strcmp (name, "TY") != 0 && strcmp (name, "ER") != 0;
}

static void
add_names (GString    *out,
           const char *tag,
           JsonArray  *names)
{
  for (guint i = 0; names != NULL && i < json_array_get_length (names); i++)
    {
      JsonObject *object = json_array_get_object_element (names, i);
      g_autofree char *name = gln_biblio_name_to_inverted (object);

      add_line (out, tag, name);
    }
}

static void
add_pages (GString    *out,
           const char *page)
{
  const char *dash;
  gsize len = 1;

  if (page == NULL)
    return;

  if ((dash = strstr (page, "–")) != NULL)
    len = strlen ("–");
  else
    dash = strchr (page, '-');
  if (dash == NULL || dash == page || dash[len] == '\0')
    {
      add_line (out, "SP", page);
      return;
    }

  {
    g_autofree char *start = g_strndup (page, dash - page);

    add_line (out, "SP", start);
    add_line (out, "EP", dash + len);
  }
}

static void
write_record (GString    *out,
              GlnPaper   *paper,
              GHashTable *keys)
{
  g_autoptr(JsonObject) extra = gln_biblio_dup_extra (paper);
  g_autoptr(JsonArray) authors = gln_biblio_dup_authors (paper, extra);
  g_autofree char *key = gln_biblio_make_cite_key (paper, extra, keys);
  g_autofree char *csl = gln_biblio_dup_type (paper, extra);
  g_autoptr(GList) members = NULL;
  JsonObject *rest = gln_biblio_get_object (extra, "ris");
  const char *type = gln_biblio_get_string (rest, "TY");
  const char * const *tags = gln_paper_get_tags (paper);
  const char *container = gln_biblio_get_string (extra, "container-title");
  int month;
  int day;
  int year = gln_biblio_get_date (paper, &month, &day);

  add_line (out, "TY", type ? type : type_from_csl (csl));
  add_line (out, "ID", key);
  add_line (out, "TI", gln_paper_get_title (paper));
  add_names (out, "AU", authors);
  add_names (out, "A2", gln_biblio_get_array (extra, "editor"));
  add_line (out, "T2", container ? container : gln_paper_get_journal_ref (paper));
  if (year > 0)
    {
      g_autofree char *py = g_strdup_printf ("%04d", year);
      g_autofree char *da = day > 0 ? g_strdup_printf ("%04d/%02d/%02d", year, month, day)
                            : month > 0 ? g_strdup_printf ("%04d/%02d", year, month) : NULL;

      add_line (out, "PY", py);
      add_line (out, "DA", da);
    }
  add_line (out, "VL", gln_biblio_get_string (extra, "volume"));
  add_line (out, "IS", gln_biblio_get_string (extra, "issue"));
  add_pages (out, gln_biblio_get_string (extra, "page"));
  add_line (out, "ET", gln_biblio_get_string (extra, "edition"));
  add_line (out, "T3", gln_biblio_get_string (extra, "collection-title"));
  add_line (out, "PB", gln_biblio_get_string (extra, "publisher"));
  add_line (out, "CY", gln_biblio_get_string (extra, "publisher-place"));
  add_line (out, "SN", gln_biblio_get_string (extra, "ISBN"));
  add_line (out, "SN", gln_biblio_get_string (extra, "ISSN"));
  add_line (out, "M3", gln_biblio_get_string (extra, "genre"));
  if (gln_biblio_get_string (extra, "note") != NULL)
    {
      g_auto(GStrv) notes = g_strsplit (gln_biblio_get_string (extra, "note"), "\n", -1);

      for (guint i = 0; notes[i] != NULL; i++)
        add_line (out, "N1", notes[i]);
    }
  add_line (out, "DO", gln_paper_get_doi (paper));
  add_line (out, "UR", gln_paper_get_url (paper));
  add_line (out, "L1", gln_paper_get_pdf_url (paper));
  if (gln_paper_get_arxiv_id (paper) != NULL)
    {
      g_autofree char *an = g_strconcat ("arXiv:", gln_paper_get_arxiv_id (paper), NULL);

      add_line (out, "AN", an);
    }
  add_line (out, "AB", gln_paper_get_abstract (paper));
  for (guint i = 0; tags[i] != NULL; i++)
    add_line (out, "KW", tags[i]);

  if (rest != NULL)
    members = g_list_sort (json_object_get_members (rest), (GCompareFunc) strcmp);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      JsonArray *values = gln_biblio_get_array (rest, l->data);

      if (!is_tag (l->data))
        continue;
      for (guint i = 0; values != NULL && i < json_array_get_length (values); i++)
        add_line (out, l->data, json_array_get_string_element (values, i));
    }

  g_string_append (out, "ER  - \r\n\r\n");
}

/**
 * gln_ris_write:
 * @papers: (element-type GlnPaper): the papers
 *
 * Writes one record per paper, with CRLF line ends as the format began with. The tags go
 * in KW lines.
 *
 * Returns: (transfer full): the RIS text, UTF-8
 */
char *
gln_ris_write (GPtrArray *papers)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (papers != NULL, NULL);

  for (guint i = 0; i < papers->len; i++)
    write_record (out, g_ptr_array_index (papers, i), keys);

  return g_string_free (out, FALSE);
}
