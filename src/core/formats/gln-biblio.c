/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-biblio"

#include "config.h"

#include "gln-biblio.h"

#include "gln-macros.h"
#include "gln-paper-key.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char * const gln_biblio_string_keys[] = {
  "container-title", "collection-title", "volume", "issue", "number", "page", "edition",
  "genre", "publisher", "publisher-place", "ISBN", "ISSN", "note", "PMID", "PMCID", NULL
};

static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december",
};

/* Words that never start a citation key ("the", "on"…): liu2022learning, not liu2022on. */
static const char * const key_stop_words[] = {
  "a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "from", "at", "by", "is",
  "are", "towards", "toward", "via", "how", "what", "why", "when", "do", "does", "can", NULL
};

/* Name particles that stay lower case in "Vincent van Gogh" or "H. de Vries". */
static const char * const particles[] = {
  "van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "la",
  "le", "ten", "ter", "zu", "af", "av", "al", "el", "bin", "ibn", "y", NULL
};

static const char * const suffixes[] = {
  "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", NULL
};

static JsonNode *
sorted_copy (JsonNode *node)
{
  g_autoptr(GList) members = NULL;
  g_autoptr(JsonObject) copy = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return json_node_copy (node);

  object = json_node_get_object (node);
  copy = json_object_new ();
  members = g_list_sort (json_object_get_members (object), (GCompareFunc) strcmp);
  for (const GList *l = members; l != NULL; l = l->next)
    json_object_set_member (copy, l->data, sorted_copy (json_object_get_member (object,
                                                                                l->data)));

  return json_node_init_object (json_node_alloc (), copy);
}

/**
 * gln_biblio_dup_extra:
 * @paper: a #GlnPaper
 *
 * Returns: (transfer full): the paper's extra fields, an empty object when it has none
 */
JsonObject *
gln_biblio_dup_extra (GlnPaper *paper)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *text = gln_paper_get_extra (paper);
  JsonNode *root;

  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return json_object_new ();

  return json_object_ref (json_node_get_object (root));
}

/**
 * gln_biblio_set_extra:
 * @paper: a #GlnPaper
 * @extra: the fields; an empty object clears them
 *
 * Stores @extra with its keys sorted, so that equal fields give equal text.
 */
void
gln_biblio_set_extra (GlnPaper   *paper,
                      JsonObject *extra)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) sorted = NULL;
  g_autofree char *text = NULL;

  if (extra == NULL || json_object_get_size (extra) == 0)
    {
      gln_paper_set_extra (paper, NULL);
      return;
    }

  node = json_node_init_object (json_node_alloc (), extra);
  sorted = sorted_copy (node);
  text = json_to_string (sorted, FALSE);
  gln_paper_set_extra (paper, text);
}

/**
 * gln_biblio_get_string:
 * @object: (nullable): a JSON object
 * @name: a member name
 *
 * Returns: (nullable): the member's string, or %NULL when it is missing or not a string
 */
const char *
gln_biblio_get_string (JsonObject *object,
                       const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;
  node = json_object_get_member (object, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/**
 * gln_biblio_set_string:
 * @object: a JSON object
 * @name: a member name
 * @value: (nullable): the string
 *
 * Sets a member, or removes it when @value is %NULL or empty.
 */
void
gln_biblio_set_string (JsonObject *object,
                       const char *name,
                       const char *value)
{
  if (gln_str_empty0 (value))
    {
      if (json_object_has_member (object, name))
        json_object_remove_member (object, name);
      return;
    }

  json_object_set_string_member (object, name, value);
}

/**
 * gln_biblio_get_object:
 * @object: (nullable): a JSON object
 * @name: a member name
 *
 * Returns: (nullable) (transfer none): the member's object, or %NULL
 */
JsonObject *
gln_biblio_get_object (JsonObject *object,
                       const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;
  node = json_object_get_member (object, name);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/**
 * gln_biblio_ensure_object:
 * @object: a JSON object
 * @name: a member name
 *
 * Returns: (transfer none): the member's object, added empty when missing
 */
JsonObject *
gln_biblio_ensure_object (JsonObject *object,
                          const char *name)
{
  JsonObject *child = gln_biblio_get_object (object, name);

  if (child == NULL)
    {
      child = json_object_new ();
      json_object_set_object_member (object, name, child);
    }

  return child;
}

/**
 * gln_biblio_get_array:
 * @object: (nullable): a JSON object
 * @name: a member name
 *
 * Returns: (nullable) (transfer none): the member's array, or %NULL
 */
JsonArray *
gln_biblio_get_array (JsonObject *object,
                      const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;
  node = json_object_get_member (object, name);

  return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/**
 * gln_biblio_name_new:
 * @family: (nullable): the family name
 * @given: (nullable): the given names
 * @particle: (nullable): "van", "de la"…
 * @suffix: (nullable): "Jr.", "III"…
 * @literal: (nullable): a name that is not split, such as an organization
 *
 * Returns: (transfer full): a CSL name object holding the parts that are not empty
 */
JsonObject *
gln_biblio_name_new (const char *family,
                     const char *given,
                     const char *particle,
                     const char *suffix,
                     const char *literal)
{
  JsonObject *name = json_object_new ();

  gln_biblio_set_string (name, "family", family);
  gln_biblio_set_string (name, "given", given);
  gln_biblio_set_string (name, "non-dropping-particle", particle);
  gln_biblio_set_string (name, "suffix", suffix);
  gln_biblio_set_string (name, "literal", literal);

  return name;
}

/**
 * gln_biblio_name_to_display:
 * @name: a CSL name object
 *
 * Returns: (transfer full) (nullable): "Given particle Family Suffix", as papers show names
 */
char *
gln_biblio_name_to_display (JsonObject *name)
{
  const char *parts[] = {
    gln_biblio_get_string (name, "given"),
    gln_biblio_get_string (name, "dropping-particle"),
    gln_biblio_get_string (name, "non-dropping-particle"),
    gln_biblio_get_string (name, "family"),
    gln_biblio_get_string (name, "suffix"),
  };
  GString *out;

  if (gln_biblio_get_string (name, "literal") != NULL)
    return g_strdup (gln_biblio_get_string (name, "literal"));

  out = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (gln_str_empty0 (parts[i]))
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, parts[i]);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/**
 * gln_biblio_name_from_display:
 * @display: a name as a paper shows it ("H. de Vries", "Martin Luther King Jr.")
 *
 * Splits a shown name into its parts: the last word is the family name, lower-case
 * particles before it join it, and "Jr.", "III"… are the suffix.
 *
 * Returns: (transfer full): a CSL name object
 */
JsonObject *
gln_biblio_name_from_display (const char *display)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *given = NULL;
  g_autofree char *particle = NULL;
  g_autofree char *family = NULL;
  const char *suffix = NULL;
  const char *comma = strchr (display, ',');
  int n;
  int first_particle;

  /* "Family, Given" and "Family, Given, Suffix", as RIS writes names. */
  if (comma != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (display, ",", 3);

      for (guint i = 0; parts[i] != NULL; i++)
        g_strstrip (parts[i]);
      return gln_biblio_name_new (parts[0], parts[1], NULL, parts[1] ? parts[2] : NULL, NULL);
    }

  words = g_strsplit_set (display, " \t\n", -1);
  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

    for (guint i = 0; words[i] != NULL; i++)
      if (words[i][0] != '\0')
        g_strv_builder_add (builder, words[i]);
    g_strfreev (words);
    words = g_strv_builder_end (builder);
  }
  n = (int) g_strv_length (words);
  if (n == 0)
    return json_object_new ();

  if (n > 2 && g_strv_contains (suffixes, words[n - 1]))
    suffix = words[--n];

  first_particle = n - 1;
  while (first_particle > 1 && g_strv_contains (particles, words[first_particle - 1]))
    first_particle--;

  family = g_strdup (words[n - 1]);
  if (first_particle < n - 1)
    {
      char *saved = words[n - 1];

      words[n - 1] = NULL;
      particle = g_strjoinv (" ", words + first_particle);
      words[n - 1] = saved;
    }
  if (first_particle > 0)
    {
      char *saved = words[first_particle];

      words[first_particle] = NULL;
      given = g_strjoinv (" ", words);
      words[first_particle] = saved;
    }

  return gln_biblio_name_new (family, given, particle, suffix, NULL);
}

/**
 * gln_biblio_name_to_inverted:
 * @name: a CSL name object
 *
 * Returns: (transfer full) (nullable): "particle Family, Given, Suffix", as RIS writes names
 */
char *
gln_biblio_name_to_inverted (JsonObject *name)
{
  const char *particle = gln_biblio_get_string (name, "non-dropping-particle");
  const char *family = gln_biblio_get_string (name, "family");
  const char *given = gln_biblio_get_string (name, "given");
  const char *suffix = gln_biblio_get_string (name, "suffix");
  GString *out;

  if (family == NULL)
    return gln_biblio_name_to_display (name);

  out = g_string_new (NULL);
  if (particle != NULL)
    g_string_append_printf (out, "%s ", particle);
  g_string_append (out, family);
  if (given != NULL || suffix != NULL)
    g_string_append_printf (out, ", %s", given ? given : "");
  if (suffix != NULL)
    g_string_append_printf (out, ", %s", suffix);

  return g_string_free (out, FALSE);
}

static gboolean
names_equal (JsonObject *a,
             JsonObject *b)
{
  g_autoptr(JsonNode) na = json_node_init_object (json_node_alloc (), a);
  g_autoptr(JsonNode) nb = json_node_init_object (json_node_alloc (), b);

  return json_node_equal (na, nb);
}

/**
 * gln_biblio_dup_authors:
 * @paper: a #GlnPaper
 * @extra: its extra fields
 *
 * The structured author names: those stored in @extra when they still match the paper's
 * authors, otherwise the names split from how they are shown.
 *
 * Returns: (transfer full): an array of CSL name objects
 */
JsonArray *
gln_biblio_dup_authors (GlnPaper   *paper,
                        JsonObject *extra)
{
  const char * const *authors = gln_paper_get_authors (paper);
  JsonArray *stored = gln_biblio_get_array (extra, "author");
  guint n = g_strv_length ((char **) authors);
  JsonArray *names = json_array_new ();

  if (stored != NULL && json_array_get_length (stored) == n)
    {
      gboolean match = TRUE;

      for (guint i = 0; match && i < n; i++)
        {
          JsonNode *node = json_array_get_element (stored, i);
          g_autofree char *shown = NULL;

          match = JSON_NODE_HOLDS_OBJECT (node) &&
                  (shown = gln_biblio_name_to_display (json_node_get_object (node))) != NULL &&
                  strcmp (shown, authors[i]) == 0;
        }
      if (match)
        {
          for (guint i = 0; i < n; i++)
            json_array_add_element (names, json_node_copy (json_array_get_element (stored, i)));
          return names;
        }
    }

  for (guint i = 0; i < n; i++)
    json_array_add_object_element (names, gln_biblio_name_from_display (authors[i]));

  return names;
}

/**
 * gln_biblio_set_authors:
 * @paper: a #GlnPaper
 * @extra: its extra fields, to keep the parts the shown names cannot tell
 * @names: CSL name objects
 *
 * Sets the paper's authors from structured names. The parts are kept in @extra only when
 * splitting the shown names again would not give them back.
 */
void
gln_biblio_set_authors (GlnPaper   *paper,
                        JsonObject *extra,
                        JsonArray  *names)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) shown = NULL;
  g_autoptr(JsonArray) kept = json_array_new ();
  gboolean needed = FALSE;
  guint n = json_array_get_length (names);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (names, i);
      g_autofree char *display = NULL;
      g_autoptr(JsonObject) guessed = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          (display = gln_biblio_name_to_display (json_node_get_object (node))) == NULL)
        continue;

      guessed = gln_biblio_name_from_display (display);
      if (!names_equal (guessed, json_node_get_object (node)))
        needed = TRUE;
      json_array_add_element (kept, json_node_copy (node));
      g_strv_builder_add (builder, display);
    }

  shown = g_strv_builder_end (builder);
  gln_paper_set_authors (paper, (const char * const *) shown, NULL);
  if (needed)
    json_object_set_array_member (extra, "author", g_steal_pointer (&kept));
  else if (json_object_has_member (extra, "author"))
    json_object_remove_member (extra, "author");
}

/**
 * gln_biblio_set_date:
 * @paper: a #GlnPaper
 * @year: the year, 0 when unknown
 * @month: 1–12, or 0
 * @day: 1–31, or 0
 *
 * Sets the publication date with the precision the parts give; an impossible date keeps
 * what is valid of it.
 */
void
gln_biblio_set_date (GlnPaper *paper,
                     int       year,
                     int       month,
                     int       day)
{
  g_autofree char *iso = NULL;

  if (year <= 0 || year > 9999)
    return;
  if (month < 1 || month > 12)
    month = day = 0;
  if (day != 0 && !g_date_valid_dmy (day, month, year))
    day = 0;

  if (day != 0)
    iso = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
  else if (month != 0)
    iso = g_strdup_printf ("%04d-%02d", year, month);
  else
    iso = g_strdup_printf ("%04d", year);

  gln_paper_set_published (paper, iso);
  gln_paper_set_date_precision (paper, day != 0 ? GLN_DATE_PRECISION_DAY
                                       : month != 0 ? GLN_DATE_PRECISION_MONTH
                                       : GLN_DATE_PRECISION_YEAR);
}

/**
 * gln_biblio_get_date:
 * @paper: a #GlnPaper
 * @month: (out): the month, or 0 when not known
 * @day: (out): the day, or 0 when not known
 *
 * Returns: the year, or 0 when the paper has no date
 */
int
gln_biblio_get_date (GlnPaper *paper,
                     int      *month,
                     int      *day)
{
  const char *published = gln_paper_get_published (paper);
  GlnDatePrecision precision = gln_paper_get_date_precision (paper);
  int year = 0;

  *month = *day = 0;
  if (published == NULL || sscanf (published, "%d-%d-%d", &year, month, day) < 1)
    return 0;

  /* A source that gave a full date but no precision flag still meant the day. */
  if (precision == GLN_DATE_PRECISION_YEAR)
    *month = *day = 0;
  else if (precision == GLN_DATE_PRECISION_MONTH)
    *day = 0;

  return year;
}

/**
 * gln_biblio_parse_month:
 * @text: (nullable): a month: "jul", "July", "Jul.", "7", "07"
 *
 * Returns: the month, 1–12, or 0 when @text is none
 */
int
gln_biblio_parse_month (const char *text)
{
  g_autofree char *word = NULL;
  gsize len;

  if (text == NULL)
    return 0;

  word = g_ascii_strdown (text, -1);
  g_strstrip (word);
  len = strlen (word);
  if (len > 0 && word[len - 1] == '.')
    word[--len] = '\0';

  if (len > 0 && len <= 2 && g_ascii_isdigit (word[0]) && (len == 1 || g_ascii_isdigit (word[1])))
    {
      int month = atoi (word);

      return month >= 1 && month <= 12 ? month : 0;
    }

  for (guint i = 0; len >= 3 && i < G_N_ELEMENTS (month_names); i++)
    if (strncmp (month_names[i], word, len) == 0)
      return (int) i + 1;

  return 0;
}

/**
 * gln_biblio_dup_type:
 * @paper: a #GlnPaper
 * @extra: its extra fields
 *
 * Returns: (transfer full): the CSL type: the one stored, or "article" (a preprint) for an
 *   arXiv paper that appeared nowhere else, "article-journal" when it did
 */
char *
gln_biblio_dup_type (GlnPaper   *paper,
                     JsonObject *extra)
{
  const char *type = gln_biblio_get_string (extra, "type");

  if (type != NULL)
    return g_strdup (type);
  if (gln_biblio_get_string (extra, "container-title") != NULL ||
      gln_paper_get_journal_ref (paper) != NULL ||
      (gln_paper_get_doi (paper) != NULL && gln_paper_get_arxiv_id (paper) == NULL))
    return g_strdup ("article-journal");

  return g_strdup ("article");
}

/* Lower-case ASCII letters and digits of @text: "Meißner" → "meissner". */
static char *
key_word (const char *text)
{
  g_autofree char *ascii = NULL;
  GString *out = g_string_new (NULL);

  if (text != NULL)
    ascii = g_str_to_ascii (text, "C");
  for (const char *p = ascii; p != NULL && *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

static gboolean
is_valid_cite_key (const char *key)
{
  if (gln_str_empty0 (key))
    return FALSE;
  for (const char *p = key; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("_-:./+", *p) == NULL)
      return FALSE;

  return TRUE;
}

static char *
build_cite_key (GlnPaper   *paper,
                JsonObject *extra)
{
  g_autoptr(JsonArray) authors = gln_biblio_dup_authors (paper, extra);
  g_autofree char *family = NULL;
  g_autofree char *word = NULL;
  g_auto(GStrv) words = NULL;
  int month;
  int day;
  int year = gln_biblio_get_date (paper, &month, &day);

  if (json_array_get_length (authors) > 0)
    {
      JsonObject *first = json_array_get_object_element (authors, 0);
      const char *name = gln_biblio_get_string (first, "family");

      family = key_word (name != NULL ? name : gln_biblio_get_string (first, "literal"));
    }
  if (gln_str_empty0 (family))
    {
      g_free (family);
      family = g_strdup ("anon");
    }

  words = g_strsplit_set (gln_paper_get_title (paper) ? gln_paper_get_title (paper) : "",
                          " -:/", -1);
  for (guint i = 0; words[i] != NULL && word == NULL; i++)
    {
      g_autofree char *candidate = key_word (words[i]);

      if (candidate[0] != '\0' && !g_strv_contains (key_stop_words, candidate))
        word = g_steal_pointer (&candidate);
    }

  if (year > 0)
    return g_strdup_printf ("%s%d%s", family, year, word ? word : "");

  return g_strconcat (family, word, NULL);
}

/**
 * gln_biblio_make_cite_key:
 * @paper: a #GlnPaper
 * @extra: its extra fields
 * @used: (element-type utf8): the keys given so far in this export; the new one is added
 *
 * The paper's own citation key when it came with one, otherwise "liu2022learning": first
 * author, year and first significant title word. A letter is appended on collisions.
 *
 * Returns: (transfer full): a key unique within @used
 */
char *
gln_biblio_make_cite_key (GlnPaper   *paper,
                          JsonObject *extra,
                          GHashTable *used)
{
  const char *stored = gln_biblio_get_string (extra, "citation-key");
  g_autofree char *base = NULL;
  char *key = NULL;

  /* Keys differing only in case are the same key to BibTeX. */
  base = is_valid_cite_key (stored) ? g_strdup (stored) : build_cite_key (paper, extra);
  for (guint n = 0;; n++)
    {
      g_autofree char *folded = NULL;

      g_free (key);
      if (n == 0)
        key = g_strdup (base);
      else if (n <= 26)
        key = g_strdup_printf ("%s%c", base, 'a' + n - 1);
      else
        key = g_strdup_printf ("%s%u", base, n);
      folded = g_ascii_strdown (key, -1);
      if (!g_hash_table_contains (used, folded))
        {
          g_hash_table_add (used, g_steal_pointer (&folded));
          return key;
        }
    }
}

/**
 * gln_biblio_set_identifiers:
 * @paper: a #GlnPaper
 * @arxiv_id: (nullable): an arXiv identifier or URL
 * @doi: (nullable): a DOI or doi.org URL
 *
 * Sets what parses; an arXiv DataCite DOI also gives the arXiv identifier.
 */
void
gln_biblio_set_identifiers (GlnPaper   *paper,
                            const char *arxiv_id,
                            const char *doi)
{
  g_autofree char *id = NULL;
  g_autofree char *norm = gln_doi_normalize (doi);
  int version = 0;

  if (norm != NULL)
    gln_paper_set_doi (paper, norm);
  if (gln_arxiv_id_parse (arxiv_id, &id, &version) ||
      (gln_paper_get_arxiv_id (paper) == NULL && norm != NULL &&
       g_str_has_prefix (norm, "10.48550/arxiv.") && gln_arxiv_id_parse (norm, &id, &version)))
    {
      gln_paper_set_arxiv_id (paper, id);
      gln_paper_set_arxiv_version (paper, version);
    }
}

/**
 * gln_biblio_finish_paper:
 * @paper: a parsed #GlnPaper
 * @extra: its extra fields
 * @source: the format's name, stored as the paper's source
 *
 * Stores @extra and gives the paper its key and, for arXiv papers, its abstract page.
 *
 * Returns: %FALSE when nothing identifies the paper (no title nor identifier)
 */
gboolean
gln_biblio_finish_paper (GlnPaper   *paper,
                         JsonObject *extra,
                         const char *source)
{
  g_autofree char *key = NULL;

  gln_biblio_set_extra (paper, extra);
  gln_paper_set_source (paper, source);
  if (gln_paper_get_arxiv_id (paper) != NULL && gln_paper_get_url (paper) == NULL)
    {
      g_autofree char *url = g_strconcat ("https://arxiv.org/abs/", gln_paper_get_arxiv_id (paper),
                                          NULL);

      gln_paper_set_url (paper, url);
    }

  key = gln_paper_key_build (gln_paper_get_arxiv_id (paper), gln_paper_get_doi (paper),
                             gln_paper_get_title (paper));
  gln_paper_set_key (paper, key);

  return key != NULL;
}
