/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

#include <string.h>

/* The headings between a page's lists of papers, as the records pass reads them
 * (gln-listing-records.c): years, which date the papers under them; talks and patents,
 * whose entries are no papers (grants too); and the short headings that end those. */

/* "2022", "[2023]", "[2019 and Early]": a year heading, as shown without brackets. */
char *
_gln_records_parse_year_heading (const char *text)
{
  const char *p = text;
  gsize len = strnlen (text, 25);  /* measured no further than a heading goes */

  if (len < 4 || len > 24)
    return NULL;
  if (*p == '[')
    {
      if (text[len - 1] != ']')
        return NULL;
      p++;
      len -= 2;
    }
  if (!_gln_listing_opens_century (p) || !g_ascii_isdigit (p[2]) ||
      !g_ascii_isdigit (p[3]) || (len > 4 && p[4] != ' '))
    return NULL;
  for (gsize i = 4; i < len; i++)
    if (g_ascii_isdigit (p[i]))
      return NULL;

  return g_strndup (p, 4);
}

static const char * const talk_words[] = {
  "talk", "talks", "presentation", "presentations", "seminar", "seminars", "lecture",
  "lectures", "keynote", "keynotes", "colloquium", "colloquia",
};

/* "Grants", "Research Funding": a CV's grants name a title, people and a year too; so do
 * the packages under "Software", cited as their authors ask. */
static const char * const grant_words[] = {
  "grant", "grants", "funding", "software",
};

/* Whether word[0:n] names what is no paper: talks, grants or software. */
static gboolean
is_non_paper_word (const char *word,
                   gsize       n)
{
  return _gln_listing_in_list_ci (word, n, talk_words, G_N_ELEMENTS (talk_words)) ||
         _gln_listing_in_list_ci (word, n, grant_words, G_N_ELEMENTS (grant_words));
}

/* Whether a short line's last word names talks or grants: the cheap test asked of every
 * line. */
static gboolean
names_non_papers (const char *text)
{
  gsize len = strnlen (text, 61);  /* measured no further than a heading goes */
  const char *last;

  if (len == 0 || len > 60 || !g_ascii_isupper (*text))
    return FALSE;
  if (text[len - 1] == ':')
    len--;
  for (last = text + len; last > text && last[-1] != ' '; last--)
    ;

  return is_non_paper_word (last, text + len - last);
}

/* "talks", "Seminar": a word that names talks (gln-listing-dated-rows.c asks too). */
gboolean
_gln_listing_is_talk_word (const char *word,
                           gsize       n)
{
  return _gln_listing_in_list_ci (word, n, talk_words, G_N_ELEMENTS (talk_words));
}

Section
_gln_records_section_heading (const char *text)
{
  /* "Video of the talk", "Slides of my talk": a link's label, not a heading. */
  static const char * const label_words[] = {
    "the", "a", "an", "this", "my", "our", "video", "videos", "slides", "recording", "watch",
  };
  static const char * const paper_words[] = {
    "proceedings", "paper", "papers", "publication", "publications", "article", "articles",
    "abstract", "abstracts", "poster", "posters",
  };
  gsize len = strnlen (text, 61);  /* measured no further than a heading goes */
  const char *last = NULL;
  guint words = 0;

  if (len == 0 || len > 60 || !g_unichar_isupper (g_utf8_get_char (text)))
    return SECTION_NONE;
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || strchr (",.;\"()[]\t*/|", *p) != NULL ||
        (*p == ':' && p[1] != '\0'))
      return SECTION_NONE;
  for (const char *p = text; *p != '\0';)
    {
      gsize n = strcspn (p, " :");

      if (n > 0)
        {
          if (++words > 6 ||
              _gln_listing_in_list_ci (p, n, label_words, G_N_ELEMENTS (label_words)))
            return SECTION_NONE;
          if (_gln_listing_in_list_ci (p, n, paper_words, G_N_ELEMENTS (paper_words)))
            return SECTION_OTHER;
          last = p;
        }
      p += n;
      p += strspn (p, " :");
    }
  if (last != NULL && words <= 4 && is_non_paper_word (last, strcspn (last, " :")))
    return SECTION_NON_PAPERS;

  return SECTION_OTHER;
}

/* "Invited Talks", "Talks & Seminars", "Grants": a heading over talks or grants, which
 * are no papers. */
gboolean
_gln_records_opens_non_papers (const char *text)
{
  return names_non_papers (text) && _gln_records_section_heading (text) == SECTION_NON_PAPERS;
}

/* "Publications:", "Journal articles", "PATENTS": a short heading between the lists of a
 * page, three words at most, without a citation's punctuation. */
gboolean
_gln_records_is_list_heading (const char *text)
{
  gsize len;

  /* Turned away at its first character, and measured no further than a heading goes. */
  if (!g_unichar_isupper (g_utf8_get_char (text)) || (len = strnlen (text, 41)) > 40)
    return FALSE;
  if (text[len - 1] == ':')
    len--;
  for (gsize i = 0; i < len; i++)
    if (strchr (".,;:\"()[]0123456789", text[i]) != NULL)
      return FALSE;

  return _gln_listing_count_words_upto (text, 4) <= 3;
}

/* "Conference proceedings", "Refereed Journal Articles", "Book chapters": a heading that
 * names kinds of papers and nothing else, over the list of its kind; no paper's title. */
gboolean
_gln_records_names_kinds (const char *text)
{
  static const char * const kind_words[] = {
    "&", "and", "articles", "book", "books", "chapters", "conference", "conferences", "in",
    "international", "journal", "journals", "manuscripts", "national", "other", "papers",
    "peer-reviewed", "posters", "preprints", "proceedings", "publications", "refereed",
    "reports", "reviewed", "selected", "submitted", "technical", "theses", "workshop",
    "workshops",
  };
  const char *p = text;
  guint words = 0;

  if (!g_ascii_isupper (*text) || strnlen (text, 61) > 60)
    return FALSE;
  while (*p != '\0')
    {
      gsize n = strcspn (p, " ");

      if (++words > 5 || !_gln_listing_in_list_ci (p, n, kind_words, G_N_ELEMENTS (kind_words)))
        return FALSE;
      p = _gln_listing_skip_blanks (p + n);
    }

  return words >= 2;
}

/* "Granted Patents in China", "US Patents": a longer heading that names patents after a
 * word or two; asked of a line that is no list heading only while no patents are open. */
gboolean
_gln_records_is_patents_heading (const char *text)
{
  const char *hit;
  gsize len;

  if (!g_ascii_isupper (*text) || (len = strnlen (text, 41)) > 40 ||
      (hit = strstr (text, " Patents")) == NULL || hit - text > 12)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (strchr (".,;:\"()[]0123456789", text[i]) != NULL)
      return FALSE;

  return _gln_listing_count_words_upto (text, 6) <= 5;
}

/* "Patents", "Patent Applications:" over a list of a CV's patents, which are no papers;
 * not a menu's item, over another short heading. */
gboolean
_gln_records_opens_patents (ListingPage *page,
               guint        i)
{
  const char *text = _gln_listing_line_at (page, i)->text;
  int next = _gln_listing_next_nonblank (page, i);

  return (g_ascii_strncasecmp (text, "patent", strlen ("patent")) == 0 ||
          _gln_records_is_patents_heading (text)) && next >= 0 &&
         !_gln_records_is_list_heading (_gln_listing_line_at (page, next)->text);
}

/* "Talks¶": the text of a heading without the mark of its anchor, which MkDocs and Sphinx
 * pages show after it; copied into plain when it has one. */
const char *
_gln_records_heading_text (const char *text,
              char       *plain)
{
  static const char pilcrow[] = "\u00b6";
  gsize len = strnlen (text, MAX_HEADING_BYTES + 1);

  if (len <= strlen (pilcrow) || len > MAX_HEADING_BYTES ||
      memcmp (text + len - strlen (pilcrow), pilcrow, strlen (pilcrow)) != 0)
    return text;
  len -= strlen (pilcrow);
  while (len > 0 && text[len - 1] == ' ')
    len--;
  memcpy (plain, text, len);
  plain[len] = '\0';

  return plain;
}
