/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* The author lines of records, papers shown by title, authors and venue: "A Vaswani, N
 * Shazeer, …" (Google Scholar), "Alice Smith | Bob Jones" (ACL Anthology), lists with
 * marks, slips and names left out; gln-listing-names.c reads the other lists of people. */

typedef enum
{
  NAME_NO,
  NAME_YES,
  NAME_WORDY,  /* a name if a short word of titles may be one of its parts */
} NameKind;

/* The length of name[0:len] without the marks of equal contribution after it: "D Cho*",
 * "MP Allan⋆". The name is read without them; gln_listing_parse() takes them off the
 * names it returns. */
static gsize
unmarked_length (const char *name,
                 gsize       len)
{
  for (;;)
    {
      if (len > 1 && (name[len - 1] == '*' || name[len - 1] == '#'))
        len--;
      else if (len > 3 && memcmp (name + len - 3, "\u22c6", 3) == 0)
        len -= 3;
      else
        return len;
    }
}

/* "J LIU": one or two initials, a space, then two or more capitals up to end. */
static gboolean
is_capitals_name (const char *name,
                  const char *end)
{
  const char *p = name;
  gsize n;

  while (p < end && g_ascii_isupper (*p))
    p++;
  if (p == name || p - name > 2 || p + 1 >= end || *p != ' ')
    return FALSE;
  n = end - ++p;
  if (n < 2)
    return FALSE;
  for (; p < end; p++)
    if (!g_ascii_isupper (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

/* "B. B. JV": initials with their periods, then a family name of two or three capitals (an
 * initial-based name, as South Indian names are often written). */
static gboolean
is_initials_then_capitals (const char *name,
                           const char *end)
{
  const char *p = name;
  gsize n;

  while (p + 2 < end && g_ascii_isupper (p[0]) && p[1] == '.' && p[2] == ' ')
    p += 3;
  if (p == name)
    return FALSE;
  for (n = 0; p + n < end && g_ascii_isupper (p[n]); n++)
    ;

  return p + n == end && n >= 2 && n <= 3;
}

/* One name of a record's author line: "A Vaswani", "AN Gomez", "Ching-Yi Chen",
 * "Ludwig van Beethoven", "D Cho*". Some names are made of words titles use too: "Jiwoo An",
 * "Can Demir", "Deep Sharma", "Thanh Do"; such a name is NAME_WORDY, which a list takes
 * only beside other names. */
/* "Marketing": a word of letters, five or more, in lower case but the first. */
static gboolean
is_closed_word (const char *word,
                gsize       n)
{
  if (n < 5 || !g_ascii_isupper (word[0]))
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if (!g_ascii_islower (word[i]))
      return FALSE;

  return TRUE;
}

static NameKind
is_record_name (const char *name,
                gsize       len)
{
  gboolean wordy = FALSE;
  gboolean plain = FALSE;
  guint tokens = 0;
  guint cjk = 0;
  gboolean lower = FALSE;
  gboolean led = FALSE;
  const char *end = name + unmarked_length (name, len);

  for (const char *p = name; p < end;)
    {
      const char *tok = p;
      gsize n;

      while (p < end && *p != ' ')
        p++;
      n = p - tok;
      if (n == 0 || n > 40 || ++tokens > 5)
        return NAME_NO;
      /* "Marketing. Seminar Notebook": a word of five letters or more closed by a period
       * before others ends a sentence; a given name's abbreviation is short ("Mohd."). */
      if (n > 5 && tok[n - 1] == '.' && p < end && is_closed_word (tok, n - 1))
        return NAME_NO;
      /* DBLP tells namesakes apart by a number: "Wei Zhang 0003". */
      if (tokens > 2 && p == end && n == 4 && strspn (tok, "0123456789") == 4)
        break;
      /* "de Kleihn DPV": Vancouver writes the family name first, with its particle. */
      if (tokens == 1 && g_ascii_islower (*tok) && _gln_listing_is_name_particle (tok, n))
        led = TRUE;
      else if (!g_unichar_isupper (g_utf8_get_char (tok)) &&
               !(tokens > 1 && (_gln_listing_is_name_particle (tok, n) ||
                                (p == end && _gln_listing_is_glued_name (tok, n)))))
        {
          if (!_gln_listing_is_cjk (g_utf8_get_char (tok)))
            return NAME_NO;
          cjk++;
        }
      for (const char *q = tok; q < p; q = g_utf8_next_char (q))
        {
          gunichar c = g_utf8_get_char (q);

          if (g_unichar_islower (c) || _gln_listing_is_cjk (c))
            lower = TRUE;
          /* "Hao(Richard) Zhang": the name the person goes by, glued to the given one. */
          else if (c == '(' && q > tok && p[-1] == ')' && q + 3 < p && g_ascii_isupper (q[1]) &&
                   memchr (q + 1, '(', p - q - 1) == NULL)
            continue;
          else if (c == ')' && q + 1 == p && memchr (tok, '(', n) != NULL)
            continue;
          /* "Petersen*", "Li#": a lab marks its co-first authors after the name. */
          /* U+2010, the typographic hyphen: "Chee‐Keong". */
          else if (!g_unichar_isalpha (c) && c != '.' && c != '-' && c != 0x2010 &&
                   c != '\'' && c != 0x2019 &&
                   !((c == '*' || c == '#') && q > tok && q + 1 == p))
            return NAME_NO;
        }
      while (p < end && *p == ' ')
        p++;
    }

  if (led && tokens < 3)
    return NAME_NO;
  /* "J LIU", "XY ZHANG": initials and a family name in capitals, as Google Scholar shows
   * some names; a name only beside others, for "EU AI" reads the same. */
  if (!lower && tokens == 2 && is_capitals_name (name, end))
    return NAME_WORDY;
  if (!lower && tokens >= 2 && is_initials_then_capitals (name, end))
    return NAME_WORDY;
  if (!lower || (tokens < 2 && cjk == 0))
    return NAME_NO;
  /* "S. You", "Z. An": after an initial with its period, a title word is a family name. */
  if (name[0] != '\0' && g_ascii_isupper (name[0]) && name[1] == '.')
    return NAME_YES;

  /* Last, as the dearest test: "Deep Learning" is a title. */
  for (const char *p = name; p < end;)
    {
      gsize n = strcspn (p, " ");

      n = MIN (n, (gsize) (end - p));
      /* Initials ("A Bergström", "AN Gomez") are not the title word "a" or "an". */
      if ((n <= 3 && g_ascii_isupper (p[n - 1])) || !_gln_listing_is_title_word (p, n))
        plain |= n > 1;
      else if (n <= 4 && g_ascii_isupper (*p))
        wordy = TRUE;
      else
        return NAME_NO;
      p += n;
      while (p < end && *p == ' ')
        p++;
    }

  if (wordy)
    return plain ? NAME_WORDY : NAME_NO;

  return NAME_YES;
}

/* "F. wyffels": initials before a family name its person writes in lower case, among
 * other names (counted as wordy: the others must outnumber such names). */
static gboolean
is_lower_family_name (const char *name,
                      gsize       len)
{
  const char *end = name + len;
  const char *p = name;

  while (p + 2 < end && g_ascii_isupper (p[0]) && p[1] == '.' && p[2] == ' ')
    p += 3;
  if (p == name || end - p < 3)
    return FALSE;
  for (const char *q = p; q < end; q++)
    if (!g_ascii_islower (*q) && !(q > p && *q == '-'))
      return FALSE;

  return TRUE;
}

/* A name among others of a list, where a given name may be an English word: "Dong In
 * Kim". Alone on a line, such words are more often a title's. */
static NameKind
is_listed_name (const char *name,
                gsize       len)
{
  const char *end = name + len;
  const char *mid;
  const char *after;
  g_autofree char *rest = NULL;
  NameKind kind;

  if ((kind = is_record_name (name, len)) != NAME_NO)
    return kind;
  if (is_lower_family_name (name, len))
    return NAME_WORDY;
  if ((mid = memchr (name, ' ', len)) == NULL)
    return NAME_NO;
  mid++;
  if ((after = memchr (mid, ' ', end - mid)) == NULL || after - mid > 3 ||
      !g_ascii_isupper (*mid) || !_gln_listing_is_title_word (mid, after - mid))
    return NAME_NO;
  rest = g_strdup_printf ("%.*s%.*s", (int) (mid - name), name, (int) (end - after - 1), after + 1);

  return is_record_name (rest, strlen (rest));
}

/* "+3 authors", "+1 author Carol White": Semantic Scholar hides the middle of a list and
 * shows the last author after the count, with or without a comma. Returns how many bytes
 * of the piece p[0:n] the count takes (with the space after it), or 0 when it is none. */
static gsize
hidden_authors (const char *p,
                gsize       n)
{
  const char *word = p + 1 + strspn (p + 1, "0123456789");
  gsize skip;

  if (g_str_has_prefix (word, " authors"))
    skip = word + strlen (" authors") - p;
  else if (g_str_has_prefix (word, " author"))
    skip = word + strlen (" author") - p;
  else
    return 0;
  if (skip > n || (skip < n && p[skip] != ' '))
    return 0;

  return skip < n ? skip + 1 : skip;
}

/* "GS", "A": initials as lists that write them before the family name do. */
static gboolean
is_bare_initials (const char *tok,
                  gsize       n)
{
  if (n == 0 || n > 3)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isupper (tok[i]))
      return FALSE;

  return TRUE;
}

/* Adds the name p[0:n] to names; as two, when two names of a list that writes initials
 * first run together without a comma: "GS Boebinger PC Canfield". */
static void
add_record_name (GPtrArray  *names,
                 const char *p,
                 gsize       n)
{
  const char *end = p + n;
  const char *space = memchr (p, ' ', n);
  const char *prev;

  if (space != NULL && is_bare_initials (p, space - p))
    for (prev = space + 1; (space = memchr (prev, ' ', end - prev)) != NULL; prev = space + 1)
      {
        const char *tok = space + 1;
        const char *next = memchr (tok, ' ', end - tok);

        if (next != NULL && is_bare_initials (tok, next - tok) &&
            !is_bare_initials (prev, space - prev))
          {
            g_ptr_array_add (names, g_strndup (p, space - p));
            g_ptr_array_add (names, g_strndup (tok, end - tok));
            return;
          }
      }
  g_ptr_array_add (names, g_strndup (p, n));
}

/* Where the next name of a record's author line starts after p[0:n] ends: at " | " on a
 * line of pipes, else at ", ", or at " & " and "; ", which some pages put between names
 * ("D Cho* & KM Bastiaans*, GD Gu"). *len is set to the separator's length. */
static const char *
next_separator (const char *p,
                gboolean    pipes,
                gsize      *len)
{
  *len = pipes ? 3 : 2;
  if (pipes)
    return strstr (p, " | ");
  for (const char *q = p; (q = strpbrk (q, ",;&")) != NULL; q++)
    {
      if (*q != '&' && q[1] == ' ')
        return q;
      if (*q == '&' && q > p && q[-1] == ' ' && q[1] == ' ')
        {
          *len = 3;
          return q - 1;
        }
    }

  return NULL;
}

/* Whether an author line opens with a name that ends soon: prose is turned away before the
 * line is read to its end. */
static gboolean
opens_with_name (const char *text)
{
  gsize first = 0;
  const char *and;

  while (first <= 80 && text[first] != '\0' && strchr (",|;&", text[first]) == NULL)
    first++;
  if (first > 80)
    return FALSE;
  /* "L Moreau and P Smit and Y Demir, K Tanaka": the first name ends at "and". */
  and = first > 0 ? _gln_listing_find_in (text, first, " and ") : NULL;
  if (and != NULL && !is_listed_name (text, and - text))
    return FALSE;
  if (text[first] != '\0' && first > 0 && and == NULL &&
      !is_listed_name (text, first - (text[first - 1] == ' ')))
    return FALSE;
  /* One name alone has a given and a family name, or is written in CJK: not "Save". A
   * line without a period ("et al.", "...") is that name whole, or nothing: most titles
   * end here. */
  if (text[first] == '\0' && memchr (text, ' ', first) == NULL &&
      !_gln_listing_is_cjk (g_utf8_get_char (text)))
    return FALSE;
  if (text[first] == '\0' && memchr (text, '.', first) == NULL &&
      strstr (text, "…") == NULL && strstr (text, " and ") == NULL &&
      is_record_name (text, first) != NAME_YES)
    return FALSE;

  return TRUE;
}

/* "A, …, J. Zheng, …, B": the piece p[0:n] stands for names left out inside the list. */
static gboolean
is_left_out (const char *p,
             gsize       n)
{
  return n == 3 && (strncmp (p, "…", 3) == 0 || strncmp (p, "...", 3) == 0);
}

/* The period that ends a list of names of length len, cut from it: "Okafor M, Brandt L,
 * Iyer S." (not the initials'), "Yurong Fan, Lei Gu." (the citation's, after a family
 * name); "Jr." keeps its. */
static void
drop_list_period (char *copy,
                  gsize len)
{
  if (len > 2 && copy[len - 1] == '.' && g_ascii_isupper (copy[len - 2]) &&
      (copy[len - 3] == ' ' || g_ascii_isupper (copy[len - 3])))
    copy[len - 1] = '\0';
  else
    _gln_listing_drop_family_period (copy);
}

/* "Chee Keong, Kowh", "X-L, Li": one name that a stray comma cut in two. The piece
 * p[0:n], one word, makes a name with the piece before it or with the one word after it,
 * and not one of title words ("Deep Learning, Graphs"). Both pieces stay as the page
 * shows them. */
static gboolean
is_split_name (const char *prev,
               gsize       prev_n,
               const char *p,
               gsize       n,
               const char *next,
               gsize       next_n)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (n == 0 || memchr (p, ' ', n) != NULL || !g_unichar_isupper (g_utf8_get_char (p)))
    return FALSE;
  if (prev != NULL)
    {
      before = g_strdup_printf ("%.*s %.*s", (int) prev_n, prev, (int) n, p);
      if (is_listed_name (before, strlen (before)) == NAME_YES)
        return TRUE;
    }
  if (next == NULL || next_n == 0 || memchr (next, ' ', next_n) != NULL)
    return FALSE;
  after = g_strdup_printf ("%.*s %.*s", (int) n, p, (int) next_n, next);

  return is_listed_name (after, strlen (after)) == NAME_YES;
}

/* The piece after the separator sep[0:sep_len], or NULL; *n is set to its length. */
static const char *
next_piece (const char *sep,
            gsize       sep_len,
            gsize      *n)
{
  const char *next = sep != NULL ? sep + sep_len : NULL;
  const char *end;
  gsize len;

  *n = 0;
  if (next == NULL)
    return NULL;
  end = next_separator (next, FALSE, &len);
  *n = end != NULL ? (gsize) (end - next) : strlen (next);

  return next;
}

/* The names of an author line without what ends it: "...", "et al.", a comma, the
 * list's period. *truncated is set when the list was cut short. */
static char *
copy_list (const char *text,
           gboolean   *truncated)
{
  static const char * const ellipses[] = { ", ...", ",...", " ...", "...", "…" };
  char *copy = g_strdup (text);
  gsize len;

  for (guint i = 0; i < G_N_ELEMENTS (ellipses); i++)
    if (g_str_has_suffix (copy, ellipses[i]))
      {
        copy[strlen (copy) - strlen (ellipses[i])] = '\0';
        *truncated = TRUE;
        break;
      }
  *truncated |= _gln_listing_strip_et_al (copy);
  len = strlen (copy);
  while (len > 0 && (copy[len - 1] == ',' || copy[len - 1] == ' '))
    copy[--len] = '\0';
  /* "Didikoglu A., et al.": the list ended after the period, which is the initial's. */
  if (!*truncated)
    drop_list_period (copy, len);

  return copy;
}

/* The author line of a paper shown without an abstract: "A | B | C" (ACL Anthology),
 * "A Vaswani, N Shazeer, ..." (Google Scholar), "Alice Smith, Bob Jones and Carol White";
 * NULL unless every piece is a name. */
GPtrArray *
_gln_listing_parse_record_authors (const char *text,
                                   gboolean   *truncated)
{
  gboolean pipes;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *copy = NULL;
  const char *p;
  const char *prev = NULL;
  gsize prev_n = 0;
  gsize next_n = 0;
  gsize len;
  guint wordy = 0;
  guint split = 0;
  NameKind kind;

  *truncated = FALSE;
  if (!opens_with_name (text))
    return NULL;
  len = strlen (text);
  if (len < 3 || len > 2000)
    return NULL;
  pipes = strstr (text, " | ") != NULL;
  copy = copy_list (text, truncated);
  names = g_ptr_array_new_with_free_func (g_free);

  for (p = copy; *p != '\0';)
    {
      gsize sep_len;
      const char *sep = next_separator (p, pipes, &sep_len);
      gsize n = sep != NULL ? (gsize) (sep - p) : strlen (p);
      const char *and = NULL;

      if (!pipes && sep != NULL && names->len > 0 && is_left_out (p, n))
        {
          *truncated = TRUE, p += n + sep_len;
          continue;
        }
      if (!pipes && g_str_has_prefix (p, "and "))
        p += 4, n -= 4;
      else if (!pipes && g_str_has_prefix (p, "& "))
        p += 2, n -= 2;
      if (!pipes && *p == '+' && g_ascii_isdigit (p[1]))
        {
          gsize skip = hidden_authors (p, n);

          if (skip == 0)
            return NULL;
          *truncated = TRUE;
          if (skip >= n)
            {
              p += n + (sep != NULL ? sep_len : 0);
              continue;
            }
          p += skip;
          n -= skip;
        }
      while (!pipes && (and = _gln_listing_find_in (p, n, " and ")) != NULL)
        {
          if ((kind = is_listed_name (p, and - p)) == NAME_NO)
            return NULL;
          wordy += kind == NAME_WORDY;
          g_ptr_array_add (names, g_strndup (p, and - p));
          n -= and + 5 - p;
          p = and + 5;
        }
      kind = names->len > 0 || sep != NULL ? is_listed_name (p, n) : is_record_name (p, n);
      if (kind == NAME_NO && !pipes &&
          is_split_name (prev, prev_n, p, n, next_piece (sep, sep_len, &next_n), next_n))
        {
          kind = NAME_YES;
          split++;
        }
      if (kind == NAME_NO)
        return NULL;
      wordy += kind == NAME_WORDY;
      if (pipes)
        g_ptr_array_add (names, g_strndup (p, n));
      else
        add_record_name (names, p, n);
      prev = p, prev_n = n;
      p += n;
      if (sep != NULL)
        p += sep_len;
    }

  /* A comma that cuts a name is a slip among many names, not a list of surnames and given
   * names ("Brandt, Lena, Iyer, Sunil"). */
  if (split > 0 && (split > 2 || names->len < split + 3))
    return NULL;
  /* Names made of title words need names beside them: "Can Demir, Deep Sharma, Ayaan Rao"
   * is a list, "Deep Sets, Fast Food" is not. */
  return names->len > wordy ? g_steal_pointer (&names) : NULL;
}

/* "Pokfulam Road, Hong Kong": a street of an address block (a contact sidebar's), not a
 * person, ends one of the names. */
static gboolean
names_street (GPtrArray *names)
{
  static const char * const street_words[] = { "road", "street", "avenue", "boulevard" };

  for (guint i = 0; i < names->len; i++)
    {
      const char *last = strrchr (g_ptr_array_index (names, i), ' ');

      if (last != NULL && strchr ("RSAB", last[1]) != NULL && last[1] != '\0' &&
          _gln_listing_in_list_ci (last + 1, strlen (last + 1), street_words,
                                   G_N_ELEMENTS (street_words)))
        return TRUE;
    }

  return FALSE;
}

/* "Computer Graphics and Multimedia Laboratory": names whose last word names an
 * organisation are a lab's or a school's, as a page's footer shows it, not people; so are
 * a paper's press ("City Daily News", "Science Magazine") and its award ("Best Student
 * Project Award") under it, and an address's street. */
gboolean
_gln_listing_names_organisation (GPtrArray *names)
{
  static const char * const org_words[] = {
    "laboratory", "laboratories", "lab", "labs", "university", "institute", "department",
    "faculty", "college", "school", "centre", "center", "news", "magazine", "award",
  };
  const char *last;

  if (names->len == 0)
    return FALSE;
  if (names_street (names))
    return TRUE;
  last = strrchr (g_ptr_array_index (names, names->len - 1), ' ');
  /* Turned away at the last word's capital: most names end otherwise. */
  if (last == NULL || strchr ("LUIDFCSNMA", last[1]) == NULL || last[1] == '\0')
    return FALSE;

  return _gln_listing_in_list_ci (last + 1, strlen (last + 1), org_words, G_N_ELEMENTS (org_words));
}
