/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"
#include "gln-paper-key.h"

#include <string.h>

/* Citations: a paper shown as one line of reference text, as publication lists and lab
 * pages show them, in the styles found there:
 *
 *   Vancouver  "Luo G, Liu T, Cai W*. Title of the paper. Venue, 2023 Apr 26;5(3):e22"
 *   quoted     "Gu, L., Liang, J., and Hong, G., "Title of the paper," Venue, 11(3), (2021)."
 *   colon      "Alice Smith, Bob Jones: Title of the paper. Venue 35(3): 1-10 (2023)"
 *
 * and the "Title. Venue (2023)" line that follows a DBLP author line. Every recognizer
 * reads the text once from left to right, and none invents a field the line does not
 * show: a line that does not fit a style whole is not a citation. This file reads the
 * title, venue and date every style shares and tries the styles in turn; Vancouver is read
 * in gln-listing-citation-vancouver.c, APA, IEEE, MLA and Chicago in
 * gln-listing-citation-styles.c, their names in gln-listing-citation-names.c, their dates
 * in gln-listing-citation-dates.c. */

/* A mark that may end a sentence: ".", "?" or "!" before a space (two, as typed by hand)
 * and a capital or digit, or a venue's name that starts in lower case: "eLife",
 * "iScience", "bioRxiv". */
static gboolean
is_sentence_end (const char *p)
{
  gunichar next;
  const char *s = p + 2 + (p[1] == ' ' && p[2] == ' ');
  const char *w;

  if ((*p != '.' && *p != '?' && *p != '!') || p[1] != ' ')
    return FALSE;
  next = g_utf8_get_char (s);
  /* "Title. www.example.org. Publisher": a web address after the title. */
  if (g_unichar_isupper (next) || g_unichar_isdigit (next) || g_str_has_prefix (s, "www."))
    return TRUE;
  for (w = s; g_ascii_islower (*w) && w - s < 4; w++)
    ;

  return w > s && g_ascii_isupper (*w) && g_ascii_islower (w[1]);
}

/* Whether the "?" at q ends the title, p being the next period that ends a sentence (or
 * the end): it does unless a sentence of the title goes on after it ("Rankings? A user
 * study. 25-35", "Friends FTW! Friendship and competition in Halo: Reach. CoRR"). What
 * follows a title is a venue, whose first period closes an abbreviation ("Why? Trans.
 * Assoc. Comput. Linguistics") after capitalized words only, or has none. */
static gboolean
question_ends_title (const char *q,
                     const char *p,
                     const char *lower)
{
  const char *word;

  if (*p == '\0')
    return TRUE;
  for (word = p; word > q && word[-1] != ' '; word--)
    ;
  /* lower: where the last word in lower case before p starts. */
  if (lower != NULL && lower > q && lower < word)
    return FALSE;

  /* "…in India? Earth and Space Science. 10, e2022": capitalized words before the venue's
   * numbers name it. */
  if (g_ascii_isdigit (p[2]) && g_ascii_isupper (*word))
    return TRUE;

  return p - word >= 2 && p - word <= 6 && g_ascii_isupper (*word) && g_ascii_islower (p[-1]);
}

/* ". 1. Robust…": a title in numbered parts ("Maps in Drug Discovery. 1. Robust Behavior")
 * goes on after the number of its part. */
static gboolean
numbers_part (const char *title,
              const char *p)
{
  const char *n = p + 2;
  gsize digits = strspn (n, "0123456789");

  if (*p != '.')
    return FALSE;
  /* The period after the number itself. */
  for (n = p; n > title && g_ascii_isdigit (n[-1]); n--)
    ;
  if (p - n >= 1 && p - n <= 2 && n - title >= 2 && n[-1] == ' ' && n[-2] == '.')
    return TRUE;
  n = p + 2;

  return digits >= 1 && digits <= 2 && n[digits] == '.' && n[digits + 1] == ' ' &&
         g_ascii_isupper (n[digits + 2]);
}

/* "Title, Journal of Things, Vol. 12": a title closed by a comma, not a period, whose venue
 * shows its volume; p is the period of "Vol.". Returns the comma before the venue's name,
 * or NULL. */
static const char *
comma_before_volume (const char *title,
                     const char *p)
{
  const char *comma;
  const char *volume = p - 5;

  if (*p != '.' || p - title < 6)
    return NULL;
  /* "Title, Applied Letters, 117, no. 4": the volume's number without "vol.", then the
   * issue's. */
  if (strncmp (p - 4, ", no", 4) == 0)
    {
      const char *d = p - 4;

      while (d > title && g_ascii_isdigit (d[-1]))
        d--;
      if (d == p - 4 || d - title < 3 || d[-1] != ' ' || d[-2] != ',')
        return NULL;
      volume = d - 2;
    }
  else if (!(strncmp (p - 5, ", Vol", 5) == 0 || strncmp (p - 5, ", vol", 5) == 0))
    return NULL;
  comma = g_strrstr_len (title, volume - title, ", ");

  return comma != NULL && comma > title && g_ascii_isupper (comma[2]) ? comma : NULL;
}

/* "Title, Bioinformatics, 33(14): 102-109, 2017": a title closed by a comma before a
 * venue of a few capitalised words and its volume with the issue or pages, or the volume
 * named ("Title, Statistics Letters, Volume 81, Issue 6, Pages 1-3."). Returns the comma
 * that ends the title, or NULL. */
static const char *
comma_before_volume_issue (const char *title)
{
  for (const char *c = strstr (title, ", "); c != NULL; c = strstr (c + 2, ", "))
    {
      const char *name = c + 2;
      const char *next = strstr (name, ", ");
      const char *num;
      g_autofree char *venue = NULL;
      gsize digits;
      gboolean named;

      if (next == NULL)
        return NULL;
      num = next + 2;
      named = g_str_has_prefix (num, "Volume ");
      num += named ? strlen ("Volume ") : 0;
      digits = strspn (num, "0123456789");
      if (digits == 0 || digits > 4 ||
          strchr (named ? "(:," : "(:", num[digits + (num[digits] == ' ')]) == NULL)
        continue;
      /* The venue's name: capitalised words, no period, no more than six. */
      if (c == title || !g_unichar_isupper (g_utf8_get_char (name)) ||
          memchr (name, '.', next - name) != NULL || memchr (name, '(', next - name) != NULL)
        continue;
      venue = g_strndup (name, next - name);
      if (_gln_listing_count_words_upto (venue, 7) <= 6)
        return c;
    }

  return NULL;
}

/* "Title, arXiv preprint arXiv:2609.38912, 2026.", "Title, bioRxiv preprint, 2026.": a
 * title closed by a comma before the preprint server that holds the paper. Returns the
 * comma, or NULL. */
static const char *
comma_before_preprint (const char *title)
{
  static const char * const servers[] = {
    "arXiv", "bioRxiv", "medRxiv", "ChemRxiv", "PsyArXiv", "SocArXiv", "TechRxiv", "SSRN",
  };

  for (const char *c = strstr (title, ", "); c != NULL; c = strstr (c + 2, ", "))
    for (guint i = 0; i < G_N_ELEMENTS (servers); i++)
      {
        gsize n = strlen (servers[i]);
        const char *after = c + 2 + n;

        if (c > title && strncmp (c + 2, servers[i], n) == 0 &&
            (g_str_has_prefix (after, " preprint") || *after == ':' || *after == ','))
          return c;
      }

  return NULL;
}

/* ", D. Suzuki et al.": the period at p closes the initial of a name listed after the
 * title, not the title's sentence. */
static gboolean
follows_listed_initial (const char *title,
                        const char *p)
{
  return p - title >= 3 && g_ascii_isupper (p[-1]) && p[-2] == ' ' && p[-3] == ',';
}

/* "and", "of", "for", "in", "the", "on": the small words of a venue's name ("Earth and
 * Space Science"), in lower case among capitalized ones. */
static gboolean
is_joining_word (const char *word)
{
  static const char * const small[] = { "and", "of", "for", "in", "the", "on" };

  for (guint i = 0; i < G_N_ELEMENTS (small); i++)
    if (g_str_has_prefix (word, small[i]) && word[strlen (small[i])] == ' ')
      return TRUE;

  return FALSE;
}

/* Where a title sentence ends: ". " before a capital or digit; "? " and "! " end it too,
 * and stay in the title. */
const char *
_gln_citation_title_end (const char  *title,
                         const char **venue)
{
  const char *period = title;
  const char *lower = NULL;
  const char *comma;

  for (const char *p = title; *p != '\0'; p++)
    {
      if (!is_sentence_end (p) || numbers_part (title, p) || follows_listed_initial (title, p))
        continue;
      if ((comma = comma_before_volume (title, p)) != NULL)
        {
          *venue = comma + 2;
          return comma;
        }
      /* The next period is found once for all the question marks before it. */
      if (*p != '.' && period <= p)
        for (period = p + 1; *period != '\0' && !(*period == '.' && is_sentence_end (period));
             period++)
          if (period[-1] == ' ' && g_ascii_islower (*period) && !is_joining_word (period))
            lower = period;
      if (*p != '.' && !question_ends_title (p, period, lower))
        continue;
      *venue = p + 2 + (p[2] == ' ');
      return *p == '.' ? p : p + 1;
    }
  if ((comma = comma_before_volume_issue (title)) != NULL ||
      (comma = comma_before_preprint (title)) != NULL)
    {
      *venue = comma + 2;
      return comma;
    }

  return NULL;
}

/* Where an APA title ends, *venue where its venue starts, or NULL. "Title [Doctoral
 * dissertation, Uppsala University].": what the work is, in brackets, stands for its venue
 * (*bracketed, the caller's to free); "Title? Subtitle. [Manuscript …]" goes on to it. */
const char *
_gln_citation_bracket_title_end (const char  *title,
                                 const char **venue,
                                 char       **bracketed)
{
  const char *bracket = strstr (title, " [");
  const char *end = _gln_citation_title_end (title, venue);

  if (bracket != NULL && strchr (bracket, ']') != NULL &&
      (end == NULL || bracket < end ||
       (end[-1] == '?' && memchr (end, '.', bracket - 1 - end) == NULL)))
    {
      /* "Title. [Manuscript under review at Journal].": the period is the title's end. */
      end = bracket - (bracket > title + 1 && bracket[-1] == '.' && g_ascii_islower (bracket[-2]));
      *venue = *bracketed = g_strndup (bracket + 2, strchr (bracket, ']') - (bracket + 2));
    }

  return end;
}

/* A title whose venue was written into it twice: "Title, Academic Radiology, Academic
 * Radiology" keeps "Title". */
gsize
_gln_citation_drop_repeated_venue (const char *title,
                                   gsize       len)
{
  const char *last = g_strrstr_len (title, len, ", ");
  const char *before;
  gsize n;

  if (last == NULL || last == title)
    return len;
  n = title + len - (last + 2);
  before = g_strrstr_len (title, last - title, ", ");
  if (before == NULL || (gsize) (last - (before + 2)) != n || strncmp (before + 2, last + 2, n) != 0)
    return len;

  return before - title;
}

void
_gln_citation_keep_authors (ListingFields *fields,
                            GPtrArray     *names,
                            gboolean       truncated)
{
  g_clear_pointer (&fields->authors, g_ptr_array_unref);
  fields->authors = g_ptr_array_ref (names);
  fields->truncated = truncated;
}

/* The identifiers a venue part shows: a DOI link, an arXiv id ("CoRR abs/…",
 * "arXiv preprint arXiv:…"). */
void
_gln_listing_find_ids (ListingFields *fields,
                       const char    *venue)
{
  const char *doi = strstr (venue, "doi.org/");
  const char *arxiv = strstr (venue, "abs/");
  const char *value = doi != NULL ? doi + strlen ("doi.org/") : NULL;

  /* "https://doi.org/10.1166/x", "doi: 10.1161/X.124." (PubMed), "doi:10.1122/8.0000171" */
  if (value == NULL && (doi = strstr (venue, "doi: 10.")) != NULL)
    value = doi + strlen ("doi: ");
  else if (value == NULL && (doi = strstr (venue, "doi:10.")) != NULL)
    value = doi + strlen ("doi:");
  if (value != NULL)
    {
      g_autofree char *url = g_strndup (value, strcspn (value, " \t"));
      gsize len = strlen (url);

      /* "(… doi: 10.1038/x-1)": the parenthesis closes the note, not the DOI. */
      while (len > 0 && (url[len - 1] == '.' || url[len - 1] == ',' || url[len - 1] == ';' ||
                         (url[len - 1] == ')' && strchr (url, '(') == NULL)))
        url[--len] = '\0';
      _gln_listing_find_doi (fields, url);
    }
  if (arxiv == NULL)
    arxiv = strstr (venue, "arXiv:");
  if (arxiv != NULL && fields->arxiv_id == NULL)
    {
      g_autofree char *token = g_strndup (arxiv, strcspn (arxiv, " ,;)\t"));
      g_autofree char *id = g_str_has_prefix (token, "abs/")
                            ? g_strconcat ("arXiv:", token + 4, NULL) : g_strdup (token);

      if (!gln_arxiv_id_parse (id, &fields->arxiv_id, NULL))
        g_clear_pointer (&fields->arxiv_id, g_free);
    }
}

/* "2025 15th International Symposium on X (ISX), 1–8": proceedings named after their year,
 * whose name runs to the pages or the end. */
static gboolean
proceedings_name (ListingFields *fields,
                  const char    *venue)
{
  const char *name = venue + 5;
  const char *end;

  if (_gln_listing_year_at (venue, venue) == 0 || venue[4] != ' ' ||
      !(g_ascii_isupper (*name) ||
        (g_ascii_isdigit (*name) && strspn (name, "0123456789") < 4 &&
         strchr ("snrt", name[strspn (name, "0123456789")]) != NULL)))
    return FALSE;
  for (end = strstr (name, ", "); end != NULL && !g_ascii_isdigit (end[2]); end = strstr (end + 2, ", "))
    ;
  if (end == NULL)
    end = name + strlen (name);
  while (end > name && strchr (" ,.;:", end[-1]) != NULL)
    end--;
  if (fields->venue == NULL)
    fields->venue = g_strndup (venue, end - venue);

  return TRUE;
}

/* What a venue part shows besides the date: its identifiers, and the venue's name. */
void
_gln_citation_find_venue_fields (ListingFields *fields,
                                 const char    *venue)
{
  /* The numbers of a venue, and the editors of a book ("ed. Ana Ruiz"). */
  static const char * const numbering[] = {
    "pp.", "p.", "vol.", "no.", "art.", "doi:", "ed.", "eds.", "volume", "issue", "pages",
  };
  /* Where the paper stands, before the venue's name. */
  static const char * const status[] = {
    "Submitted to ", "In revision for ", "To appear in ", "Accepted to ", "Accepted in ",
    "Under review at ", "Under review for ",
  };
  const char *end;

  _gln_listing_find_ids (fields, venue);
  for (guint i = 0; i < G_N_ELEMENTS (status); i++)
    if (g_str_has_prefix (venue, status[i]))
      {
        venue += strlen (status[i]);
        /* "Submitted to the 2019 IEEE Conference on …": no name before the number. */
        if (g_ascii_islower (*venue))
          return;
        break;
      }
  /* IEEE's "in Proc. KDD", "in proceedings of the …": the venue is the proceedings. */
  if ((g_str_has_prefix (venue, "in ") || g_str_has_prefix (venue, "In ")) &&
      (g_ascii_isupper (venue[3]) || g_str_has_prefix (venue + 3, "proceedings ")))
    venue += 3;
  if (proceedings_name (fields, venue))
    return;
  end = venue;
  /* The name is the words before the first one with a number in it, or that numbers
   * ("pp. 1–14", "Art. no. 102311"): "CoRR abs/2401.1", "ACL (1) 2025", "Trans. Assoc.
   * Comput. Linguistics 14: 221-240". */
  for (const char *w = venue; *w != '\0' && *w != '\t' && *w != '(';)
    {
      gsize len = strcspn (w, " \t");

      if (strcspn (w, "0123456789") < len ||
          (w > venue && w[-2] == ',' &&
           _gln_listing_in_list_ci (w, len, numbering, G_N_ELEMENTS (numbering))))
        break;
      end = w + len;
      w = end + strspn (end, " ");
    }
  while (end > venue && strchr (" ,.;:", end[-1]) != NULL)
    end--;
  if (end > venue && fields->venue == NULL)
    fields->venue = g_strndup (venue, end - venue);
}

/* find_venue_fields() for the other styles (gln-listing-year-first.c). */
void
_gln_listing_find_venue_fields (ListingFields *fields,
                                const char    *venue)
{
  _gln_citation_find_venue_fields (fields, venue);
}

gboolean
_gln_citation_set_title (ListingFields *fields,
                         const char    *title,
                         gsize          len)
{
  g_autofree char *copy = g_strndup (title, len);

  g_strstrip (copy);
  if (_gln_listing_count_words_upto (copy, 2) < 2)
    return FALSE;
  g_free (fields->title);
  fields->title = g_steal_pointer (&copy);

  return TRUE;
}

/* "L.", "B. A.", "J.-P.", "H. M. T. G. A.": the initials of a "Surname, I." pair, with a
 * mark perhaps; given names spelled out ("Stan Z. Li" after "Shengcai Liao and") are
 * none. */
gboolean
_gln_citation_is_initials_given (const char *given)
{
  const char *p = given;

  if (strlen (given) > 30 || strchr (given, '.') == NULL)
    return FALSE;
  if (!g_ascii_isupper (*p))
    return FALSE;
  while (*p != '\0')
    {
      /* "Li, Z. a.": an initial in lower case after the first. */
      if (!g_ascii_isupper (*p) && !(g_ascii_islower (*p) && p[1] == '.'))
        return FALSE;
      p++;
      if (g_ascii_islower (*p) && p[1] == '.')  /* "Th." */
        p++;
      if (*p == '.')
        p++;
      p += strspn (p, "*#");
      if (*p == ' ' || *p == '-')
        p++;
    }

  return TRUE;
}

/* "\"Title\", in Proceedings of …, City 2010.", "“Title,” in Venue, 2010.": a quoted
 * citation that shows no names (a list's entry whose authors were left out). The venue,
 * "in" a proceedings or journal, shows the year. */
gboolean
_gln_listing_parse_quoted_unnamed (const char    *line,
                                   ListingFields *fields)
{
  gboolean straight = *line == '"';
  const char *title = straight ? line + 1 : line + strlen ("“");
  const char *close;
  const char *venue;
  gsize len;

  if ((!straight && !g_str_has_prefix (line, "“")) || strlen (line) > 4000 ||
      (close = strstr (title, straight ? "\"" : "”")) == NULL)
    return FALSE;
  venue = close + (straight ? 1 : strlen ("”"));
  venue += strspn (venue, ", ");
  if (!g_str_has_prefix (venue, "in ") && !g_str_has_prefix (venue, "In "))
    return FALSE;
  len = close - title;
  while (len > 0 && strchr (",. ", title[len - 1]) != NULL)
    len--;
  if (_gln_listing_find_year (venue) == 0 || !_gln_citation_set_title (fields, title, len))
    return FALSE;
  _gln_listing_find_shown_date (fields, venue, TRUE);
  _gln_citation_find_venue_fields (fields, venue);

  return TRUE;
}

/* "Title. Venue (2023)": the line under a DBLP author line, or the part of a colon
 * citation after its colon. A DBLP table of contents shows only the pages after the
 * title ("Title. 1-15"); pages_ok takes those too. */
gboolean
_gln_listing_parse_title_venue (const char    *line,
                                ListingFields *fields,
                                gboolean       pages_ok)
{
  const char *venue = NULL;
  const char *end = _gln_citation_title_end (line, &venue);

  if (end == NULL || strlen (line) > 4000 || g_str_has_prefix (line, "Proceedings of ") ||
      !_gln_citation_set_title (fields, line, end - line))
    return FALSE;
  if (!_gln_listing_find_shown_date (fields, venue, TRUE))
    return pages_ok && _gln_citation_is_pages (venue);
  _gln_citation_find_venue_fields (fields, venue);

  return TRUE;
}

/* "Lindqvist, Jonas; Haddad, Rami" → "Lindqvist, Jonas", "Haddad, Rami"; NULL unless
 * every piece is a family name, a comma and given names. IEEE Xplore leaves a few names as
 * written among them: "Wettin, P.; Jonas Haddad; Deb, S.". */
GPtrArray *
_gln_citation_parse_semicolon_names (const char *text)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) pieces = g_strsplit (text, "; ", 512);
  guint written = 0;

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      char *piece = g_strstrip (pieces[i]);
      char *comma;
      g_autofree char *family = NULL;
      const char *given;

      /* "Roa, Ana M.; Lund, Bo; and Diaz, Dora A.": the last after "and". */
      if (i > 0 && pieces[i + 1] == NULL && g_str_has_prefix (piece, "and "))
        piece += 4;
      comma = strstr (piece, ", ");

      if (comma == NULL && _gln_listing_is_written_name (piece))
        {
          written++;
          g_ptr_array_add (names, g_strdup (piece));
          continue;
        }
      if (comma == NULL)
        return NULL;
      family = g_strndup (piece, comma - piece);
      given = comma + 2;
      /* Given names or initials: "Jonas", "J.", "Anna-Lena M." */
      if (!_gln_citation_looks_like_family_name (family) || !g_unichar_isupper (g_utf8_get_char (given)) ||
          strlen (given) > 40)
        return NULL;
      for (const char *p = given; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (!g_unichar_isalpha (c) && c != '.' && c != '-' && c != ' ')
            return NULL;
        }
      g_ptr_array_add (names, g_strdup (piece));
    }

  return names->len > 1 && names->len >= 2 * written + 2 ? g_steal_pointer (&names) : NULL;
}

/* "Alice Smith, Bob Jones:" (a DBLP author line) → the names, or NULL. */
GPtrArray *
_gln_listing_parse_colon_authors (const char *line,
                                  gsize       len,
                                  gboolean   *truncated)
{
  g_autofree char *copy = NULL;

  GPtrArray *names;

  if (len < 3 || len > 4000 || line[len - 1] != ':')
    return NULL;
  copy = g_strndup (line, len - 1);
  /* Names as shown, one alone too, with DBLP's homonym numbers ("Wei Zhang 0003"), or
   * "Family, Given; Family, Given". */
  if (strstr (copy, "; ") != NULL)
    return _gln_citation_parse_semicolon_names (copy);
  names = _gln_listing_parse_record_authors (copy, truncated);

  return names;
}

/* Whether a sentence ends before end: a period after a word of lower case letters
 * ("C. Stachniss. OverlapNet: …" is a title after its names), where a name's initial
 * ("Sajal K. Das") is no sentence. */
static gboolean
sentence_before (const char *line,
                 const char *end)
{
  for (const char *p = line + 1; p + 1 < end; p++)
    if (p[0] == '.' && p[1] == ' ' && g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (p))))
      return TRUE;

  return FALSE;
}

static gboolean
parse_colon (const char    *line,
             ListingFields *fields)
{
  const char *colon = strstr (line, ": ");
  g_autoptr(GPtrArray) names = NULL;
  gboolean truncated = FALSE;

  if (colon == NULL || memchr (line, ' ', colon - line) == NULL || sentence_before (line, colon) ||
      (names = _gln_listing_parse_colon_authors (line, colon + 1 - line, &truncated)) == NULL ||
      !_gln_listing_parse_title_venue (colon + 2, fields, FALSE))
    return FALSE;
  /* "Peerus Review: A tool for … by Ann Lee, Bo Chen. Venue, 2018", "Prototype AT-TPC:
   * Toward …, D. Suzuki et al., NIM A 691, 39 (2012)": a title with a colon, written before
   * its authors, whose first words read like a name. */
  if (strstr (fields->title, " by ") != NULL || strstr (fields->title, ", ") != NULL)
    {
      g_auto(ListingFields) probe = { NULL, };

      _gln_listing_fields_init (&probe, fields->year);
      if (_gln_listing_parse_title_first (line, &probe))
        return FALSE;
      _gln_listing_fields_clear (&probe);
      _gln_listing_fields_init (&probe, fields->year);
      if (_gln_listing_parse_title_initials (line, &probe))
        return FALSE;
    }
  _gln_citation_keep_authors (fields, names, truncated);

  return TRUE;
}

/* Whether a line may be a citation, tested before anything is made for it: every style
 * opens with a name ("Luo G,", "Gu, L.,", "Alice Smith:", "Alice Smith and Bob Jones.",
 * "A. Smith (2023)."), and prose does not. */
gboolean
_gln_listing_may_be_citation (const char *line)
{
  gsize len = strlen (line);
  gsize stop;

  if (len < 30 || len > 8000 || !g_unichar_isupper (g_utf8_get_char (line)) ||
      (stop = strcspn (line, ",:\".(")) > 60)
    return FALSE;
  if (line[stop] != '.' && line[stop] != '(')
    return TRUE;
  /* Names before a period or parenthesis are capitalized, but for "and": prose is not. */
  for (gsize i = 1; i < stop; i++)
    if (line[i - 1] == ' ' && g_ascii_islower (line[i]) && strncmp (line + i, "and ", 4) != 0)
      return FALSE;

  return TRUE;
}

/* A whole citation on one line: the paper's authors, title, date and venue, with a DOI
 * or arXiv id where it shows one. On FALSE, fields may hold parts of a failed try; the
 * caller starts over with fresh ones. */
gboolean
_gln_listing_parse_citation (const char    *line,
                             ListingFields *fields)
{
  if (!_gln_listing_may_be_citation (line))
    return FALSE;

  return _gln_citation_parse_quoted (line, fields) || _gln_citation_parse_apa (line, fields) ||
         _gln_citation_parse_vancouver (line, fields) || parse_colon (line, fields) ||
         _gln_citation_parse_commas (line, fields) ||
         _gln_citation_parse_names_period (line, fields) ||
         _gln_listing_parse_pairs_citation (line, FALSE, NULL, fields);
}
