/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* APA and its kin, the year in parentheses after the names: "Smith, J., & Jones, B. A.
 * (2021). Title. Venue, 12(3), 45-67.", Harvard's quoted title, and the slips of pages typed
 * by hand ("Dahl,R.", "Vik, L.J; (2017)", "(2014), Title", "(In press)"). The pairs of
 * names are read in gln-listing-citation-names.c. */

/* "Prado Ayala", "G.": a list that split a "Surname, I." pair, whose initials stand
 * alone. */
static gboolean
has_initials_alone (GPtrArray *names)
{
  for (guint i = 0; i < names->len; i++)
    if (_gln_citation_is_initials_given (g_ptr_array_index (names, i)))
      return TRUE;

  return FALSE;
}

/* "Title (PhD thesis)", "Title (Master's thesis)": the kind of work in parentheses after an
 * APA title (jekyll-scholar's CSL) is no part of it. Returns where the title ends. */
static const char *
drop_work_kind (const char *title,
                const char *end)
{
  const char *open;

  if (end - title < 12 || end[-1] != ')')
    return end;
  for (open = end - 2; open > title && *open != '(' && *open != ')'; open--)
    ;
  if (open <= title + 1 || *open != '(' || open[-1] != ' ')
    return end;
  for (const char *w = open; w < end; w++)
    if (g_ascii_strncasecmp (w, "thesis", 6) == 0 ||
        g_ascii_strncasecmp (w, "dissertation", 12) == 0)
      return open - 1;

  return end;
}

/* The year at p that closes its parentheses, "2025)", or 0. */
static int
status_year (const char *p)
{
  return p[0] != '\0' && p[1] != '\0' && p[2] != '\0' && p[3] != '\0' && p[4] == ')' ?
         _gln_listing_year_at (p, p) : 0;
}

/* The year of an APA citation at p ("2009" of "(2009a)" and "(2011 in press)" too), or a
 * word in its place ("(In press) Title.", "(submitted). Title."), whose length it sets in
 * *placeholder (0 for a year). */
static gboolean
is_apa_year (const char *line,
             const char *p,
             gsize      *placeholder)
{
  static const char * const words[] = {
    "in press)", "submitted)", "in preparation)", "under review)", "in review)",
    "forthcoming)",
  };

  *placeholder = 0;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i]) - 1;

      /* "(In Preparation, 2025)": the state, then the year it is expected. */
      if (g_ascii_strncasecmp (p, words[i], n) == 0 &&
          (p[n] == ')' || (p[n] == ',' && p[n + 1] == ' ' && status_year (p + n + 2) != 0)))
        {
          *placeholder = n;
          return TRUE;
        }
    }

  return _gln_listing_apa_year_at (line, p) != 0;
}

/* "Evans, A.J.,", "Heppenstall, A.J;": the comma or semicolon a hand-typed list of names
 * leaves before its year, cut. */
static void
drop_list_end (char *names)
{
  gsize len = strlen (names);

  while (len > 0 && names[len - 1] == ' ')
    len--;
  if (len > 0 && (names[len - 1] == ',' || names[len - 1] == ';'))
    len--;
  names[len] = '\0';
}

/* "Evans A. J.(2009)", "Feng, X.*(2023)": the character before a parenthesis glued to the
 * initials that end the names (after a corresponding author's mark too), or NULL. */
static const char *
find_glued_paren (const char *line)
{
  for (const char *p = strchr (line, '('); p != NULL && p - line < 4000; p = strchr (p + 1, '('))
    {
      const char *q = p;

      while (q > line && q[-1] == '*')
        q--;
      if (q > line + 1 && q[-1] == '.' && g_ascii_isupper (q[-2]))
        return p - 1;
    }

  return NULL;
}

/* The parenthesis before an APA citation's year (or NULL), where *names_end is the end of
 * the names before it. */
static const char *
find_apa_year (const char  *line,
               const char **names_end,
               gsize       *placeholder)
{
  const char *open = strstr (line, " (");

  /* "A. Smith, B. Jones* (* co-first author) (2023).": a note may come before the year. */
  if (open != NULL && !is_apa_year (line, open + 2, placeholder) && open[2] != '\0')
    open = strstr (open + 2, " (");
  *names_end = open;
  /* "Birkin M. H., Evans A. J.(2009)": typed by hand, without the space before it. */
  if (open == NULL && (open = find_glued_paren (line)) != NULL)
    *names_end = open + 1;
  if (open == NULL || open - line > 4000 || !is_apa_year (line, open + 2, placeholder))
    return NULL;

  return open;
}

/* The length of the affiliation's number glued to a family name at p ("Miclea1,",
 * "Qin¹,"), before a comma, space or the end; 0 when none stands there. */
static gsize
affiliation_length (const char *line,
                    const char *p,
                    const char *end)
{
  const char *q = p;

  if (p == line || !g_ascii_islower (p[-1]))
    return 0;
  while (q < end)
    {
      guchar c = *q;

      if (g_ascii_isdigit (c))
        q++;
      else if (c == 0xc2 && q + 1 < end && ((guchar) q[1] == 0xb9 || (guchar) q[1] == 0xb2 ||
                                            (guchar) q[1] == 0xb3))
        q += 2;  /* ¹ ² ³ */
      else if (c == 0xe2 && q + 2 < end && (guchar) q[1] == 0x81 && (guchar) q[2] >= 0xb4 &&
               (guchar) q[2] <= 0xb9)
        q += 3;  /* ⁴ … ⁹ */
      else
        break;
    }
  if (q == p || q - p > 6 || (q < end && *q != ',' && *q != ' '))
    return 0;

  return q - p;
}

/* The names before an APA year, len bytes of line, as a hand-typed list is read: the space
 * left out before a name written initials first put back ("A. Tartari,N. Lanconelli" reads
 * "A. Tartari, N. Lanconelli"; "Barrett,J., Evans" is a pair, as shown), the numbers of
 * affiliations taken off ("R.L. Miclea1, E. Wit" reads "R.L. Miclea, E. Wit"). */
static char *
names_before_year (const char *line,
                   gsize       len)
{
  GString *names = g_string_sized_new (len + 8);
  const char *end = line + len;

  for (const char *p = line; p < end; p++)
    {
      gsize skip = affiliation_length (line, p, end);

      if (skip > 0)
        {
          p += skip - 1;
          continue;
        }
      g_string_append_c (names, *p);
      if (*p == ',' && p > line && g_ascii_islower (p[-1]) && p + 5 < end &&
          g_ascii_isupper (p[1]) && p[2] == '.' && p[3] == ' ' && g_ascii_isupper (p[4]) &&
          g_ascii_islower (p[5]))
        g_string_append_c (names, ' ');
    }

  return g_string_free (names, FALSE);
}

/* The names of an APA citation, line up to names_end, or NULL; *paired where they are
 * "Surname, I." pairs. "& White, C." is the last pair; the list ends with the comma before
 * it. A hand-typed list may end with a comma or semicolon too: "Evans, A.J., (2018)". */
static GPtrArray *
parse_apa_prefix (const char *line,
                  const char *names_end,
                  gboolean    bare,
                  gboolean   *truncated,
                  gboolean   *paired,
                  gboolean   *single)
{
  g_autofree char *prefix = names_before_year (line, names_end - line);
  g_auto(GStrv) pieces = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gboolean cut;

  drop_list_end (prefix);
  *paired = (names = _gln_citation_parse_apa_names (prefix, truncated)) != NULL;
  if (*paired)
    return g_steal_pointer (&names);
  cut = _gln_listing_cut_others (prefix);
  pieces = g_strsplit (prefix, "& ", 2);
  g_free (prefix);
  prefix = g_strjoinv ("and ", pieces);
  /* "Kuldeep Meel (2017). Title. PhD Thesis": one author, given name first; weak alone,
   * so the caller asks the venue to say it is one. */
  if (!cut && strpbrk (prefix, ".,&") == NULL && strstr (prefix, " and ") == NULL &&
      _gln_listing_looks_like_person (prefix))
    {
      names = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (names, g_steal_pointer (&prefix));
      *single = TRUE;
      return g_steal_pointer (&names);
    }
  if ((names = _gln_listing_parse_written_names (prefix, truncated)) == NULL ||
      (bare && has_initials_alone (names)))
    return NULL;
  *truncated |= cut;

  return g_steal_pointer (&names);
}

/* "In Proceedings of …", "PhD Thesis, Rice University", "Journal of …": a venue that says
 * it is one, as the citation of one author given name first must show. */
static gboolean
names_a_venue (const char *venue)
{
  static const char * const words[] = {
    "proceedings", "conference", "journal", "workshop", "transactions", "symposium",
    "thesis", "dissertation", "arxiv", "preprint", "letters", "review",
  };
  g_autofree char *folded = NULL;

  if (venue == NULL)
    return FALSE;
  if (g_str_has_prefix (venue, "In ") && g_ascii_isupper (venue[3]))
    return TRUE;
  folded = g_ascii_strdown (venue, strnlen (venue, 200));
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (folded, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* "doc" in "(Word doc)": the kind of file a link of a hand-kept page opens. */
static gboolean
is_file_word (const char *word,
              gsize       n)
{
  static const char * const files[] = { "pdf", "doc", "docx", "ppt", "ps", "html", "slides" };

  return _gln_listing_in_list_ci (word, n, files, G_N_ELEMENTS (files));
}

/* " (pdf)", " (Word doc)", " (see online abstract)", and " (abstract)" after one of them:
 * the note a hand-kept page writes after a title for the links beside it; its length at
 * p, with a stray quote after it ("(Word doc)'"), or 0. */
static gsize
link_note_at (const char *p,
              gboolean    after_note)
{
  const char *inside = p + 2;
  const char *close = memchr (inside, ')', strnlen (inside, 32));
  const char *last;
  gsize n;

  if (close == NULL || close - inside > 30 || close == inside || memchr (inside, '(', close - inside))
    return 0;
  for (last = close; last > inside && last[-1] != ' '; last--)
    ;
  n = close - last;
  if (!is_file_word (last, n) &&
      !(n == strlen ("abstract") && g_ascii_strncasecmp (last, "abstract", n) == 0 &&
        (after_note || g_str_has_prefix (inside, "see "))))
    return 0;

  return close + 1 - p + (close[1] == '\'' ? 1 : 0);
}

/* The text of an APA citation from its title on without the notes of its links
 * ("Title (pdf) (abstract). Venue", "Title. (Word doc)' Venue"), or NULL where it has none. */
static char *
drop_link_notes (const char *title)
{
  g_autoptr(GString) out = NULL;
  const char *copied = title;
  gboolean after_note = FALSE;

  for (const char *p = strstr (title, " ("); p != NULL; p = strstr (p + 1, " ("))
    {
      gsize len = link_note_at (p, after_note);

      if (len == 0)
        {
          after_note = FALSE;
          continue;
        }
      if (out == NULL)
        out = g_string_new (NULL);
      g_string_append_len (out, copied, p - copied);
      copied = p + len;
      /* "(pdf) (abstract)": the second note starts where the first ends. */
      after_note = g_str_has_prefix (copied, " (");
      p = copied - 1;
    }
  if (out == NULL)
    return NULL;
  g_string_append (out, copied);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "(2002) Title of a Report.", "(1998) Title., unpublished PhD thesis, University": a work
 * a hand-kept page lists by its title alone (a report, a thesis), of four words at least,
 * the line ending with the title's period or a thesis after it; where it ends, or NULL. */
static const char *
venueless_title_end (const char  *title,
                     const char **venue)
{
  const char *thesis = strstr (title, "., ");
  gsize len = strlen (title);

  if (_gln_listing_count_words_upto (title, 4) < 4)
    return NULL;
  if (thesis != NULL && _gln_listing_is_thesis (thesis + 3))
    {
      *venue = thesis + 3;
      return thesis;
    }
  if (len < 2 || title[len - 1] != '.' || title[len - 2] == '.' || title[len - 2] == ' ')
    return NULL;
  *venue = title + len;

  return title + len - 1;
}

/* Where an APA title without quotes ends, or NULL; *venue is what follows, the work in
 * brackets after it too (in *bracketed; see _gln_citation_bracket_title_end()). A
 * venueless title counts where may_stand_alone. */
static const char *
find_title_end (const char  *title,
                gboolean     may_stand_alone,
                const char **venue,
                char       **bracketed)
{
  const char *end = _gln_citation_bracket_title_end (title, venue, bracketed);

  if (end == NULL && may_stand_alone)
    end = venueless_title_end (title, venue);
  if (end == NULL)
    return NULL;

  return drop_work_kind (title, end);
}

/* The date of an APA citation, from the year in the parentheses at open; "(in press)",
 * "(submitted)": no date shows; "(In Preparation, 2025)": the year after the state. */
static void
set_apa_date (ListingFields *fields,
              const char    *line,
              const char    *open,
              gsize          placeholder)
{
  g_autofree char *year = NULL;

  if (placeholder == 0)
    {
      int month = 0;
      int day = 0;
      /* "(2025, November)": APA's month of a meeting, as shown; "(2024+)" too. */
      gsize shown = open[6] == '+' ? 5 :
                    4 + _gln_listing_month_after_year (open + 6, &month, &day);

      year = g_strndup (open + 2, shown);
      _gln_listing_set_shown_date (fields, year, _gln_listing_apa_year_at (line, open + 2),
                                   month, day);
    }
  else if (open[2 + placeholder] == ',')
    {
      year = g_strndup (open + 2 + placeholder + 2, 4);
      _gln_listing_set_shown_date (fields, year, _gln_listing_year_at (year, year), 0, 0);
    }
}

/* APA: "Smith, J., Jones, B. A., & White, C. (2021). Title. Venue, 12(3), 45-67.", and
 * Harvard: "Smith, J. and Jones, B. (2021) 'Title', Venue". The year in parentheses ends
 * the authors. */
gboolean
_gln_citation_parse_apa (const char    *line,
                         ListingFields *fields)
{
  const char *names_end = NULL;
  gsize placeholder = 0;
  const char *open = find_apa_year (line, &names_end, &placeholder);
  const char *title;
  const char *venue = NULL;
  const char *end;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *bracketed = NULL;
  g_autofree char *linkless = NULL;
  g_autofree char *noteless = NULL;
  const char *quote = NULL;
  gboolean truncated = FALSE;
  gboolean bare = FALSE;
  gboolean paired = FALSE;
  gboolean single = FALSE;

  if (open == NULL)
    return FALSE;
  title = open + strlen (" (") + (placeholder > 0 ? placeholder : 4);
  /* "(2007, May)", "(2009a)", "(2011 in press)": what follows the year in its parentheses. */
  if (*title == ',' || (placeholder == 0 && _gln_listing_apa_year_note (title)))
    title += strcspn (title, ")");
  /* Harvard quotes the title after the year: "(2021) 'Title', Venue". */
  if (title[0] == ')' && title[1] == ' ' && (title[2] == '\'' || g_str_has_prefix (title + 2, "‘")))
    {
      title += title[2] == '\'' ? 3 : 2 + strlen ("‘");
      quote = title[-1] == '\'' ? "'" : "’";
    }
  /* Some APA-like pages quote it after the year's period: "(2021). “Title.” Venue". */
  else if (g_str_has_prefix (title, "). “") || g_str_has_prefix (title, "). \""))
    {
      title += title[3] == '"' ? 4 : 3 + strlen ("“");
      quote = title[-1] == '"' ? "\"" : "”";
    }
  /* … or leave it bare, without a period after the year: "(2021) Title. Venue", or with a
   * comma typed after it: "(2007), Title. Venue". */
  else if (title[0] == ')' && title[1] == ' ' && g_unichar_isupper (g_utf8_get_char (title + 2)))
    {
      title += 2;
      bare = TRUE;
    }
  else if (title[0] == ')' && title[1] == ',' && title[2] == ' ' &&
           g_unichar_isupper (g_utf8_get_char (title + 3)))
    {
      title += 3;
      bare = TRUE;
    }
  /* "(In Preparation, 2025).Title": typed by hand without the space. */
  else if (title[0] == ')' && title[1] == '.' && placeholder > 0 && g_ascii_isupper (title[2]))
    title += 2;
  else if (title[0] != ')' || title[1] != '.' || title[2] != ' ')
    return FALSE;
  else
    title += 3;

  if ((names = parse_apa_prefix (line, names_end, bare, &truncated, &paired, &single)) == NULL)
    return FALSE;
  if (quote != NULL)
    {
      if ((end = strstr (title, quote)) == NULL)
        return FALSE;
      venue = linkless =
        _gln_citation_dup_without_links (end + strlen (quote) + (end[strlen (quote)] == ','));
      /* The period or comma inside the closing quote is the citation's. */
      while (end > title && strchr (".,", end[-1]) != NULL)
        end--;
    }
  else
    {
      if ((noteless = drop_link_notes (title)) != NULL)
        title = noteless;
      /* Bare, as typed by hand: a proper APA line may wrap before its venue. */
      /* A work in preparation has no venue yet: "(In preparation). Title." */
      if ((end = find_title_end (title, paired && (bare || placeholder > 0), &venue,
                                 &bracketed)) == NULL)
        return FALSE;
    }
  if ((single && !names_a_venue (venue)) || !_gln_citation_set_title (fields, title, end - title))
    return FALSE;
  set_apa_date (fields, line, open, placeholder);
  _gln_citation_keep_authors (fields, names, truncated);
  /* "In Proceedings of WACV": the venue is the proceedings. */
  if (g_str_has_prefix (venue, "In ") && g_ascii_isupper (venue[3]))
    venue += 3;
  _gln_citation_find_venue_fields (fields, venue);

  return TRUE;
}
