/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* Recognizers for single lines of a pasted listing page: separators, labels, venues,
 * sentences, and the text helpers the other recognizers share. Every input is valid UTF-8
 * (gln-listing.c makes it so). */

typedef struct
{
  const char   *name;
  ListingLabel  label;
} LabelName;

static const LabelName label_names[] = {
  { "title", LABEL_TITLE }, { "titel", LABEL_TITLE }, { "titre", LABEL_TITLE },
  { "título", LABEL_TITLE }, { "标题", LABEL_TITLE }, { "题目", LABEL_TITLE },
  { "題目", LABEL_TITLE }, { "タイトル", LABEL_TITLE },
  { "authors", LABEL_AUTHORS }, { "author", LABEL_AUTHORS }, { "autoren", LABEL_AUTHORS },
  { "autor", LABEL_AUTHORS }, { "auteurs", LABEL_AUTHORS }, { "auteur", LABEL_AUTHORS },
  { "autores", LABEL_AUTHORS }, { "作者", LABEL_AUTHORS }, { "著者", LABEL_AUTHORS },
  { "author(s)", LABEL_AUTHORS }, { "auteur(s)", LABEL_AUTHORS }, { "autor(es)", LABEL_AUTHORS },
  { "co-authors", LABEL_AUTHORS }, { "coauthors", LABEL_AUTHORS }, { "co-author", LABEL_AUTHORS },
  { "coauthor", LABEL_AUTHORS }, { "with", LABEL_AUTHORS },
  { "abstract", LABEL_ABSTRACT }, { "zusammenfassung", LABEL_ABSTRACT },
  { "kurzfassung", LABEL_ABSTRACT }, { "résumé", LABEL_ABSTRACT }, { "resumen", LABEL_ABSTRACT },
  { "摘要", LABEL_ABSTRACT }, { "概要", LABEL_ABSTRACT }, { "アブストラクト", LABEL_ABSTRACT },
  { "subjects", LABEL_CATEGORY }, { "subject", LABEL_CATEGORY },
  { "categories", LABEL_CATEGORY }, { "category", LABEL_CATEGORY },
  { "kategorie", LABEL_CATEGORY }, { "kategorien", LABEL_CATEGORY },
  { "fachgebiet", LABEL_CATEGORY }, { "分类", LABEL_CATEGORY }, { "类别", LABEL_CATEGORY },
  { "学科", LABEL_CATEGORY },
  { "date", LABEL_DATE }, { "published", LABEL_DATE }, { "submitted", LABEL_DATE },
  { "datum", LABEL_DATE }, { "veröffentlicht", LABEL_DATE }, { "publié", LABEL_DATE },
  { "publicado", LABEL_DATE }, { "fecha", LABEL_DATE }, { "日期", LABEL_DATE },
  { "发布日期", LABEL_DATE }, { "发表日期", LABEL_DATE }, { "发布时间", LABEL_DATE },
  { "publication date", LABEL_DATE }, { "date de publication", LABEL_DATE },
  { "fecha de publicación", LABEL_DATE }, { "erscheinungsdatum", LABEL_DATE },
  { "doi", LABEL_DOI },
  { "comments", LABEL_OTHER }, { "comment", LABEL_OTHER }, { "journal-ref", LABEL_VENUE },
  { "journal ref", LABEL_VENUE }, { "journal", LABEL_VENUE }, { "report-no", LABEL_OTHER },
  { "msc-class", LABEL_OTHER }, { "acm-class", LABEL_OTHER }, { "keywords", LABEL_OTHER },
  { "key words", LABEL_OTHER }, { "schlagwörter", LABEL_OTHER },
  { "stichwörter", LABEL_OTHER }, { "mots-clés", LABEL_OTHER },
  { "palabras clave", LABEL_OTHER }, { "关键词", LABEL_OTHER }, { "关键字", LABEL_OTHER },
  { "venue", LABEL_VENUE }, { "conference", LABEL_VENUE }, { "citations", LABEL_OTHER },
  { "cited by", LABEL_OTHER }, { "code", LABEL_OTHER }, { "pdf", LABEL_OTHER },
  { "links", LABEL_OTHER }, { "tags", LABEL_OTHER }, { "tl;dr", LABEL_OTHER },
  { "kommentar", LABEL_OTHER }, { "bemerkungen", LABEL_OTHER }, { "备注", LABEL_OTHER },
  { "评论", LABEL_OTHER },
  /* Where a card's link goes ("Lien de l'article : HAL"): no venue. */
  { "link", LABEL_OTHER }, { "lien", LABEL_OTHER }, { "paper link", LABEL_OTHER },
  { "lien de l’article", LABEL_OTHER }, { "lien de l'article", LABEL_OTHER },
};

/* Headings of abstract-only pages name an institution. */
static const char * const heading_words[] = {
  "university", "universität", "université", "universidad", "universiteit", "institute",
  "institut", "instituto", "department", "dept", "laboratory", "lab", "labs", "center",
  "centre", "school", "college", "faculty", "fakultät", "lehrstuhl", "hochschule", "group",
  "大学", "学院", "研究所", "研究院", "实验室", "研究中心",
};

gboolean
_gln_listing_is_cjk (gunichar c)
{
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF);
}

gboolean
_gln_listing_is_blank (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || (c >= '\t' && c <= '\r');

  return g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF || c == 0x00A0;
}

const char *
_gln_listing_skip_blanks (const char *s)
{
  while (*s != '\0' && _gln_listing_is_blank (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);

  return s;
}

/* Whether s opens a quotation: a quoted title after a citation's names ("A, B. \"Title.\""). */
gboolean
_gln_listing_opens_quote (const char *s)
{
  return *s == '"' || g_str_has_prefix (s, "\u201c");
}

/* The first needle in s[0:len] (or before its end, if sooner), as g_strstr_len() finds it:
 * the parser's readers look for ", " and " and " in every line, and memchr() is faster. */
const char *
_gln_listing_find_in (const char *s,
                      gsize       len,
                      const char *needle)
{
  gsize n = strlen (needle);
  const char *end = s + strnlen (s, len);

  for (const char *p = s; (gsize) (end - p) >= n; p++)
    {
      if ((p = memchr (p, needle[0], end - p)) == NULL || (gsize) (end - p) < n)
        return NULL;
      if (memcmp (p, needle, n) == 0)
        return p;
    }

  return NULL;
}

gboolean
_gln_listing_is_letter_at (const char *s)
{
  return *s != '\0' && g_unichar_isalpha (g_utf8_get_char (s));
}

/* If s starts with word (ignoring case), the position after it, else NULL. */
const char *
_gln_listing_match_ci (const char *s,
                       const char *word)
{
  while (*word != '\0')
    {
      guchar a = *s;
      guchar b = *word;

      if (a == '\0')
        return NULL;
      if (a < 0x80 && b < 0x80)
        {
          if (_gln_listing_lower (a) != _gln_listing_lower (b))
            return NULL;
          s++;
          word++;
          continue;
        }
      if (g_unichar_tolower (g_utf8_get_char (s)) != g_unichar_tolower (g_utf8_get_char (word)))
        return NULL;
      s = g_utf8_next_char (s);
      word = g_utf8_next_char (word);
    }

  return s;
}

/* Case-insensitive equality of s[0:len] and word; the words of our lists keep their byte
 * length in upper case, which makes a cheap first test. */
gboolean
_gln_listing_equal_ci (const char *s,
                       gsize       len,
                       const char *word)
{
  const char *end;

  if (!_gln_listing_same_first_char (s, word))
    return FALSE;
  /* strlen (word) != len, without reading past len + 1 bytes of a short word. */
  for (gsize i = 1; i < len; i++)
    if (word[i] == '\0')
      return FALSE;
  if (len == 0 || word[len] != '\0')
    return FALSE;
  end = _gln_listing_match_ci (s, word);

  return end != NULL && (gsize) (end - s) == len;
}

gboolean
_gln_listing_in_list_ci (const char         *s,
                         gsize               len,
                         const char * const *list,
                         gsize               n_list)
{
  for (gsize i = 0; i < n_list; i++)
    if (_gln_listing_equal_ci (s, len, list[i]))
      return TRUE;

  return FALSE;
}

char *
_gln_listing_strip_dup (const char *s,
                        gssize      len)
{
  g_autofree char *copy = len < 0 ? g_strdup (s) : g_strndup (s, len);

  return g_strdup (g_strstrip (copy));
}

gboolean
_gln_listing_is_separator (const char *line)
{
  static const char * const separators[] = { "·", "•", "|", "-", "–", "—", "/", "∙", "⋅" };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (g_str_equal (line, separators[i]))
      return TRUE;

  return FALSE;
}

gboolean
_gln_listing_is_code_flag (const char *line)
{
  static const char * const flags[] = { "code", "[code]", "github", "code available" };

  return _gln_listing_in_list_ci (line, strlen (line), flags, G_N_ELEMENTS (flags));
}

/* "NeurIPS 2024", "Proceedings of ACL 2023": a venue line between title and abstract. */
gboolean
_gln_listing_is_venue (const char *line)
{
  static const char * const venue_words[] = {
    "proceedings", "conference", "journal", "workshop", "transactions", "symposium",
    "preprint", "arxiv",
  };
  gboolean year = FALSE;
  gboolean venue = FALSE;
  guint spaces = 0;

  /* Six words at most, read where they stand. */
  if (*line == '\0')
    return FALSE;
  for (const char *p = line; *p != '\0'; p++)
    if (*p == ' ' && ++spaces > 5)
      return FALSE;

  for (const char *t = line;; t += strcspn (t, " ") + 1)
    {
      gsize len = strcspn (t, " ");
      gsize upper = 0;

      if (len == 4 && _gln_listing_opens_century (t) &&
          g_ascii_isdigit (t[2]) && g_ascii_isdigit (t[3]))
        year = TRUE;
      for (gsize j = 0; j < len; j++)
        if (g_ascii_isupper (t[j]))
          upper++;
      if (upper >= 2 && len <= 8)
        venue = TRUE;
      if (_gln_listing_in_list_ci (t, len, venue_words, G_N_ELEMENTS (venue_words)))
        venue = TRUE;
      if (t[len] == '\0')
        break;
    }

  return year && venue;
}

/* "Abstract: text" → "text" with label = LABEL_ABSTRACT; a line that is only "Abstract"
 * gives "". Lines without a known label come back unchanged with LABEL_NONE. */
const char *
_gln_listing_strip_label (const char   *line,
                          ListingLabel *label)
{
  *label = LABEL_NONE;

  /* Labels are short and end in a colon, or stand alone ("Abstract"). */
  if (strlen (line) > 24 && memchr (line, ':', 24) == NULL && strstr (line, "：") == NULL)
    return line;

  for (guint i = 0; i < G_N_ELEMENTS (label_names); i++)
    {
      const char *name = label_names[i].name;
      const char *p;

      /* The labels that start outside ASCII are Chinese or Japanese, which know no case:
       * their first byte must be the line's. */
      if (!_gln_listing_same_first_char (line, name) ||
          ((guchar) *name >= 0x80 && *name != *line))
        continue;
      p = _gln_listing_match_ci (line, name);

      if (p == NULL || _gln_listing_is_letter_at (p))
        continue;
      if (*p == '\0')
        {
          if (label_names[i].label == LABEL_ABSTRACT)
            {
              *label = LABEL_ABSTRACT;
              return p;
            }
          continue;
        }
      while (*p == ' ')
        p++;
      if (*p == ':')
        p++;
      else if (g_str_has_prefix (p, "："))
        p += strlen ("：");
      else
        continue;
      *label = label_names[i].label;
      return _gln_listing_skip_blanks (p);
    }

  return line;
}

/* "[3] Title", "3. Title", a lab's kind and number ("[J21] Authors", "[Tech1] Authors"), and
 * the kind a search engine gives a result: "[CITATION] [C] Title", "[BOOK] [B] Title". */
const char *
_gln_listing_strip_numbering (const char *title)
{
  const char *p = title;

  for (;;)
    {
      const char *q = p + 1;

      if (*p != '[')
        break;
      while (g_ascii_isupper (*q))
        q++;
      /* Google Scholar may repeat it without a space: "[PDF][PDF] Title". */
      if (q == p + 1 || q - p > 10 || *q != ']' || (q[1] != ' ' && q[1] != '[') ||
          q[2] == '\0')
        break;
      p = title = _gln_listing_skip_blanks (q + 1);
    }

  if (*p == '[')
    {
      p++;
      /* The kind before the number: "J", "IC", "Tech". */
      if (g_ascii_isupper (*p))
        {
          const char *letters = p;

          while (g_ascii_isalpha (*p) && p - letters < 6)
            p++;
          if (!g_ascii_isdigit (*p))
            return title;
        }
      while (g_ascii_isdigit (*p))
        p++;
      if (g_ascii_isdigit (p[-1]) && *p == ']')
        return _gln_listing_skip_blanks (p + 1);
      return title;
    }
  /* An entry code without brackets, glued to the names or not: "J13.Ann Lee, …",
   * "C5. Ann Lee, …", "C6. A. Lee, …" (a list kept by hand, one letter per kind of paper). */
  if (g_ascii_isupper (p[0]) && g_ascii_isdigit (p[1]))
    {
      const char *d = p + 1;

      while (g_ascii_isdigit (*d) && d - p <= 3)
        d++;
      if (*d == '.')
        {
          const char *name = d[1] == ' ' ? d + 2 : d + 1;

          /* name[1] is read only after a capital, name[2] only after a period. */
          if (g_ascii_isupper (name[0]) &&
              (g_ascii_islower (name[1]) ||
               (name[1] == '.' && (name[2] == ' ' || g_ascii_isupper (name[2])))))
            return name;
        }
      return title;
    }
  while (g_ascii_isdigit (*p))
    p++;
  if (p > title && p - title <= 3 && (*p == '.' || *p == ')') && p[1] == ' ' &&
      _gln_listing_is_letter_at (_gln_listing_skip_blanks (p + 1)))
    return _gln_listing_skip_blanks (p + 1);

  return title;
}

/* Words, counting two CJK characters as one; stops counting at max. */
static guint
count_words_upto (const char *text,
                  guint       max)
{
  guint words = 0;
  guint cjk = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0' && words + cjk / 2 < max;)
    {
      gunichar c = (guchar) *p;
      gboolean blank;

      if (c < 0x80)
        {
          blank = c == ' ' || (c >= '\t' && c <= '\r');
          p++;
        }
      else
        {
          c = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
          if (_gln_listing_is_cjk (c))
            {
              cjk++;
              in_word = FALSE;
              continue;
            }
          blank = _gln_listing_is_blank (c);
        }

      if (blank)
        in_word = FALSE;
      else if (!in_word)
        {
          words++;
          in_word = TRUE;
        }
    }

  return words + cjk / 2;
}

/* The words of text, counted up to max at most: the count stops there, so that asking
 * whether an abstract has a few words does not read it to its end. */
guint
_gln_listing_count_words_upto (const char *text,
                               guint       max)
{
  return count_words_upto (text, max);
}

guint
_gln_listing_count_words (const char *text)
{
  return count_words_upto (text, G_MAXUINT);
}

static gboolean
is_abbreviation (const char *text,
                 const char *dot)
{
  static const char * const abbreviations[] = {
    "al", "e.g", "i.e", "etc", "vs", "fig", "figs", "eq", "eqs", "ref", "refs", "cf",
    "resp", "approx", "pp", "dr", "prof", "mr", "ms", "no", "vol", "sec", "ch", "st", "inc",
    "ltd", "co", "jr", "sr", "u.a", "z.b", "bzw", "ca", "vgl",
  };
  const char *start = dot;

  while (start > text && !g_ascii_isspace (start[-1]) && start[-1] != '(')
    start--;
  if (dot - start == 1 && g_ascii_isalpha (*start))
    return TRUE;

  return _gln_listing_in_list_ci (start, dot - start, abbreviations, G_N_ELEMENTS (abbreviations));
}

/* The length of the part number of a series at p, "II" in "Supernovae. II. Reactions",
 * up to its period, or 0. */
static gsize
series_part_at (const char *p)
{
  gsize n = strspn (p, "IVX");

  return n >= 1 && n <= 4 && p[n] == '.' && p[n + 1] == ' ' ? n : 0;
}

/* "Modeling of Supernovae. II. Reactions": the part of a series between the periods of a
 * title, which end no sentence. */
static gboolean
in_series_title (const char *text,
                 const char *dot)
{
  const char *start = dot;

  if (series_part_at (dot + 2) > 0)
    return TRUE;
  while (start > text && start[-1] != ' ')
    start--;

  return start - text >= 2 && start[-2] == '.' && series_part_at (start) == (gsize) (dot - start);
}

/* Whether the period at p ends a sentence inside the text ("... data. We ..."); "vs.",
 * "e.g." and initials do not, nor the periods around a series' part number. */
gboolean
_gln_listing_is_sentence_break (const char *text,
                                const char *p)
{
  if (*p == '.' && p[1] == ' ' && p > text && !is_abbreviation (text, p) &&
      !in_series_title (text, p))
    {
      gunichar next = g_utf8_get_char (_gln_listing_skip_blanks (p + 1));

      return g_unichar_isupper (next) || g_unichar_isdigit (next) || next == '(' ||
             _gln_listing_is_cjk (next);
    }

  return (guchar) *p == 0xE3 && g_str_has_prefix (p, "。") && p[3] != '\0';
}

static guint
count_sentence_breaks (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += _gln_listing_is_sentence_break (text, p);

  return n;
}

/* "Proc. Intl. Conf. Data Science": a venue's words cut short, whose periods end no
 * sentence. */
static gboolean
is_cut_word (const char *line,
             const char *dot)
{
  const char *w = dot;

  while (w > line && g_ascii_isalpha (w[-1]))
    w--;

  return dot - w >= 2 && dot - w <= 6 && g_ascii_isupper (*w) && (w == line || w[-1] == ' ');
}

/* ", Vol. 104, No. 741": a journal's volume, as no sentence of an abstract writes it;
 * in lower case (", vol. 5, no. 2") only right after the venue's name, with no period
 * before it, for a citation's names and title end in one. */
static gboolean
has_volume (const char *line)
{
  for (const char *p = strstr (line, "Vol. "); p != NULL; p = strstr (p + 1, "Vol. "))
    if ((p == line || p[-1] == ' ') && g_ascii_isdigit (p[5]))
      return TRUE;
  for (const char *p = strstr (line, ", vol. "); p != NULL; p = strstr (p + 1, ", vol. "))
    if (g_ascii_isdigit (p[7]) && memchr (line, '.', p - line) == NULL)
      return TRUE;

  return FALSE;
}

/* "Proceedings of the 2024 IEEE International Conference on Systems, Man, and Cybernetics
 * (IEEE SMC 24).", 2024.": a venue with its year, long enough to read like a sentence but
 * none. It names a venue in its first words, shows a year and ends no sentence before its
 * end. */
gboolean
_gln_listing_is_venue_sentence (const char *line)
{
  static const char * const venue_words[] = {
    "proceedings", "conference", "journal", "workshop", "transactions", "symposium",
    "meeting", "companion", "congress", "proc.", "conf.", "intl.", "trans.",
  };
  g_autofree char *folded = NULL;
  const char *end = line;
  gboolean venue = FALSE;

  /* The venue is named at once, not at the end of a sentence about it; the cheapest test
   * first, for most lines it is asked of are abstracts. */
  for (guint words = 0; words < 8 && *end != '\0'; words++)
    end = _gln_listing_skip_blanks (end + strcspn (end, " "));
  folded = g_ascii_strdown (line, end - line);
  for (guint i = 0; i < G_N_ELEMENTS (venue_words) && !venue; i++)
    venue = strstr (folded, venue_words[i]) != NULL;
  if (strlen (line) > 400 || !(venue || has_volume (line)) || _gln_listing_find_year (line) == 0)
    return FALSE;
  /* "…Systems Workshop. ACM.", 2010.": the publisher after the venue is no sentence. */
  for (const char *p = strchr (line, '.'); p != NULL; p = strchr (p + 1, '.'))
    if (_gln_listing_is_sentence_break (line, p) && !is_cut_word (line, p) &&
        _gln_listing_count_words (p + 1) > 3)
      return FALSE;

  return TRUE;
}

gboolean
_gln_listing_ends_sentence (const char *text)
{
  gsize n = strlen (text);
  const char *end = text + n;
  const char *last;

  while (end > text)
    {
      last = g_utf8_prev_char (end);
      if (strchr (")]\"'", *last) == NULL && !g_str_has_prefix (last, "”") &&
          !g_str_has_prefix (last, "’") && !g_unichar_isspace (g_utf8_get_char (last)))
        break;
      end = last;
    }
  if (end == text)
    return FALSE;
  last = g_utf8_prev_char (end);
  if (*last == '.')
    return !(end - text >= 6 && g_ascii_strncasecmp (end - 6, "et al.", 6) == 0);

  return *last == '!' || *last == '?' || g_str_has_prefix (last, "。") ||
         g_str_has_prefix (last, "…") || g_str_has_prefix (last, "！") ||
         g_str_has_prefix (last, "？");
}

/* One long line or a paragraph of sentences; titles, names and meta lines are short and
 * have no sentence breaks. */
gboolean
_gln_listing_looks_like_abstract (const char *text)
{
  guint words = count_words_upto (text, 40);
  guint breaks;
  gsize len;

  if (words >= 40)
    return TRUE;
  if (words < 12)
    return FALSE;

  breaks = count_sentence_breaks (text);
  if (breaks >= 1)
    return TRUE;

  len = strlen (text);
  if (len > 0 && text[len - 1] != '?' && text[len - 1] != '!' && _gln_listing_ends_sentence (text))
    return TRUE;

  return FALSE;
}

gboolean
_gln_listing_looks_like_heading (const char *text)
{
  g_autofree char *folded = NULL;

  if (strlen (text) > 160)
    return FALSE;
  folded = g_utf8_casefold (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (heading_words); i++)
    {
      const char *hit = strstr (folded, heading_words[i]);
      gsize n = strlen (heading_words[i]);

      if (hit != NULL &&
          (_gln_listing_is_cjk (g_utf8_get_char (heading_words[i])) ||
           ((hit == folded || !g_ascii_isalpha (hit[-1])) && !g_ascii_isalpha (hit[n]))))
        return TRUE;
    }

  return FALSE;
}

/* A title for a paper shown without one: the abstract's first sentence, shortened at a
 * word boundary. */
char *
_gln_listing_derive_title (const char *abstract)
{
  const guint max_chars = 90;
  g_autoptr(GString) s = g_string_new (NULL);
  const char *p;
  glong n;

  /* ".  R. Okonjo and …": a sentence's end left over at the start (a list bullet's) is
   * none; the title would be empty. */
  for (p = _gln_listing_skip_blanks (abstract); *p != '\0' && strchr (".,;:", *p) != NULL;)
    p = _gln_listing_skip_blanks (p + 1);
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c == '.' && (p[1] == '\0' || g_ascii_isspace (p[1])) &&
           !is_abbreviation (abstract, p)) ||
          c == 0x3002 || ((c == '?' || c == '!') && (p[1] == '\0' || p[1] == ' ')))
        {
          if (c == '?' || c == '!')
            g_string_append_unichar (s, c);
          break;
        }
      if (_gln_listing_is_blank (c))
        {
          if (s->len > 0 && s->str[s->len - 1] != ' ')
            g_string_append_c (s, ' ');
        }
      else
        g_string_append_unichar (s, c);
      if (s->len > 4 * max_chars)
        break;
    }

  n = g_utf8_strlen (s->str, -1);
  if (n > (glong) max_chars)
    {
      char *cut = g_utf8_offset_to_pointer (s->str, max_chars - 1);
      char *space = cut;

      while (space > s->str && *space != ' ')
        space--;
      if (space - s->str > 20)
        cut = space;
      g_string_truncate (s, cut - s->str);
      while (s->len > 0 && strchr (" ,;:", s->str[s->len - 1]) != NULL)
        g_string_truncate (s, s->len - 1);
      g_string_append (s, "…");
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}
