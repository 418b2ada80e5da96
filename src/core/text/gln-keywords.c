/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Screening keywords: the words a reviewer looks for in abstracts, to include a paper or to
 * exclude it. A keyword is a word or a phrase ("post-training", "large language model");
 * it matches the same words whatever their case, accents or simple plural. Until the user
 * chooses them, a collection's keywords come from its name and criteria, without the words
 * every criterion uses ("methods", "models", "results", "paper"). */

#define G_LOG_DOMAIN "gln-keywords"

#include "config.h"

#include <string.h>

#include "gln-keywords.h"

#define MAX_DEFAULT_KEYWORDS 24

struct _GlnKeywordSet
{
  GPtrArray *phrases;   /* (element-type GStrv): each keyword's folded words */
};

/* Folded words (see gln_keyword_fold()) that say nothing about a paper's subject: English
 * stop words and the vocabulary every set of criteria and every abstract uses. */
static const char * const generic_words[] = {
  "about", "above", "across", "address", "after", "again", "against", "also", "among", "and",
  "another", "any", "approach", "are", "article", "based", "because", "been", "before",
  "being", "between", "both", "but", "can", "consider", "could", "criteria", "criterion",
  "data", "describe", "did", "doe", "doing", "down", "during", "each", "either", "else",
  "english", "evaluate", "evaluated", "evaluation", "every", "exclude", "excluded",
  "exclusion", "experiment", "few", "find", "finding", "focus", "focused", "for",
  "from", "full", "further", "had", "have", "having", "here", "how", "include",
  "included", "including", "inclusion", "into", "its", "itself", "just", "least", "less",
  "main", "many", "method", "methodology", "model", "more", "most", "must", "need", "new",
  "novel", "one", "only", "other", "our", "out", "over", "own", "paper", "performance",
  "present", "primary", "propose", "proposed", "publication", "question", "related",
  "relevant", "report", "research", "result", "review", "same", "should", "show", "some",
  "specific", "study", "such", "task", "tell", "text", "than", "that", "the", "their", "them",
  "then", "there", "these", "they", "this", "those", "three", "through", "two", "type",
  "under", "until", "use", "used", "using", "very", "well", "were", "what", "when",
  "where", "whether", "which", "while", "who", "whom", "why", "will", "with", "within",
  "without", "work", "would", "wrong", "you", "your",
  NULL
};

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
has_suffix (const GString *s,
            const char    *suffix)
{
  gsize n = strlen (suffix);

  return s->len >= n && memcmp (s->str + s->len - n, suffix, n) == 0;
}

/**
 * gln_keyword_fold:
 * @word: a word
 * @len: its length in bytes, or -1 when it is nul-terminated
 *
 * The form keywords compare words by: case-folded, without accents, and a simple plural
 * made singular ("Studies" → "study", "Protons" → "proton", "approaches" → "approach";
 * "analysis", "class" and "corpus" stay).
 *
 * Returns: (transfer full): the folded word
 */
char *
gln_keyword_fold (const char *word,
                  gssize      len)
{
  g_autofree char *folded = g_utf8_casefold (word, len);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  for (const char *p = decomposed ? decomposed : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }

  if (out->len > 4 && has_suffix (out, "ies"))
    {
      g_string_truncate (out, out->len - 3);
      g_string_append_c (out, 'y');
    }
  else if (out->len > 4 && (has_suffix (out, "sses") || has_suffix (out, "shes") ||
                            has_suffix (out, "ches") || has_suffix (out, "xes")))
    g_string_truncate (out, out->len - 2);
  else if (out->len > 3 && has_suffix (out, "s") && !has_suffix (out, "ss") &&
           !has_suffix (out, "us") && !has_suffix (out, "is"))
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/* The folded words of @text, in order. */
static GStrv
fold_words (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          g_autofree char *folded = gln_keyword_fold (start, p - start);

          g_strv_builder_add (builder, folded);
        }
    }

  return g_strv_builder_end (builder);
}

static gboolean
contains_folded (GPtrArray  *seen,
                 const char *keyword)
{
  g_auto(GStrv) words = fold_words (keyword);
  g_autofree char *joined = g_strjoinv (" ", words);

  if (joined[0] == '\0' || g_ptr_array_find_with_equal_func (seen, joined, g_str_equal, NULL))
    return TRUE;

  g_ptr_array_add (seen, g_steal_pointer (&joined));
  return FALSE;
}

/**
 * gln_keywords_parse:
 * @text: (nullable): keywords separated by commas or lines, as the user typed or stored them
 *
 * Returns: (transfer full): the keywords, trimmed, without empty ones or repeats (of the
 *   same folded words)
 */
GStrv
gln_keywords_parse (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit_set (text ? text : "", ",\n", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *keyword = g_strstrip (parts[i]);

      if (!contains_folded (seen, keyword))
        g_strv_builder_add (builder, keyword);
    }

  return g_strv_builder_end (builder);
}

/**
 * gln_keywords_join:
 * @keywords: (nullable): keywords
 *
 * Returns: (transfer full): the keywords one per line, as gln_keywords_parse() reads them
 */
char *
gln_keywords_join (const char * const *keywords)
{
  return g_strjoinv ("\n", (char **) (keywords ? keywords : (const char * const[]) { NULL }));
}

/* An acronym ("RL", "LLMs", "3D") says what a paper is about however short it is. */
static gboolean
is_acronym (const char *word,
            gsize       len)
{
  gboolean has_upper = FALSE;

  if (len > 2 && word[len - 1] == 's')
    len--;
  for (const char *p = word; p < word + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      has_upper |= g_unichar_isupper (c);
    }

  return has_upper && g_utf8_strlen (word, len) >= 2;
}

/* A word (or hyphenated compound) of the criteria worth highlighting: its display form,
 * or NULL. */
static char *
significant_keyword (const char *word,
                     gsize       len)
{
  g_autofree char *display = NULL;
  g_auto(GStrv) folded = NULL;
  gboolean acronym = is_acronym (word, len);
  gboolean any = FALSE;

  display = acronym ? g_strndup (word, len) : g_utf8_casefold (word, len);
  folded = fold_words (display);
  for (guint i = 0; folded[i] != NULL; i++)
    {
      gboolean has_letter = FALSE;

      for (const char *p = folded[i]; *p != '\0'; p = g_utf8_next_char (p))
        has_letter |= g_unichar_isalpha (g_utf8_get_char (p));
      if (has_letter && !g_strv_contains (generic_words, folded[i]) &&
          (acronym || g_utf8_strlen (folded[i], -1) >= 4))
        any = TRUE;
    }

  return any ? g_steal_pointer (&display) : NULL;
}

/* Reads @text piece by piece (lines and sentences); a piece that starts with "Exclude" or
 * "Exclusion" turns the words that follow into exclusion keywords, one that starts with
 * "Include" or "Inclusion" back. */
static void
collect_keywords (const char *text,
                  GPtrArray  *seen,
                  GPtrArray  *include,
                  GPtrArray  *exclude)
{
  g_auto(GStrv) pieces = g_strsplit_set (text ? text : "", "\n.;", -1);
  GPtrArray *target = include;

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      const char *p = pieces[i];
      gboolean first = TRUE;

      while (*p != '\0')
        {
          const char *start;
          g_autofree char *keyword = NULL;
          g_autofree char *folded = NULL;

          while (*p != '\0' && !is_word_char (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          start = p;
          while (*p != '\0' && (is_word_char (g_utf8_get_char (p)) ||
                                (*p == '-' && is_word_char (g_utf8_get_char (p + 1)))))
            p = g_utf8_next_char (p);
          if (p == start)
            break;

          folded = g_utf8_casefold (start, p - start);
          if (first && (g_str_has_prefix (folded, "exclu") || g_str_has_prefix (folded, "inclu")))
            target = g_str_has_prefix (folded, "exclu") ? exclude : include;
          first = FALSE;

          keyword = significant_keyword (start, p - start);
          if (keyword != NULL && target->len < MAX_DEFAULT_KEYWORDS &&
              !contains_folded (seen, keyword))
            g_ptr_array_add (target, g_steal_pointer (&keyword));
        }
    }
}

/**
 * gln_keywords_from_criteria:
 * @name: (nullable): the collection's name, which names the topic
 * @criteria: (nullable): its review question and criteria
 * @include: (out) (transfer full): keywords that speak for including a paper
 * @exclude: (out) (transfer full): keywords that speak for excluding it
 *
 * The keywords a collection starts with: the significant words of its name and criteria,
 * those after "Exclude:" or "Exclusion criteria" apart.
 */
void
gln_keywords_from_criteria (const char  *name,
                            const char  *criteria,
                            GStrv       *include,
                            GStrv       *exclude)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) in = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);

  collect_keywords (name, seen, in, out);
  collect_keywords (criteria, seen, in, out);

  g_ptr_array_add (in, NULL);
  g_ptr_array_add (out, NULL);
  *include = (GStrv) g_ptr_array_steal (in, NULL);
  *exclude = (GStrv) g_ptr_array_steal (out, NULL);
}

/**
 * gln_keyword_set_new:
 * @keywords: (nullable): keywords, words or phrases
 *
 * Returns: (transfer full): a set to find them in text with gln_keyword_set_match()
 */
GlnKeywordSet *
gln_keyword_set_new (const char * const *keywords)
{
  GlnKeywordSet *self = g_new0 (GlnKeywordSet, 1);

  self->phrases = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; keywords != NULL && keywords[i] != NULL; i++)
    {
      GStrv words = fold_words (keywords[i]);

      if (words[0] != NULL)
        g_ptr_array_add (self->phrases, words);
      else
        g_strfreev (words);
    }

  return self;
}

/**
 * gln_keyword_set_match:
 * @self: a #GlnKeywordSet
 * @folded_words: words of a text from one on, each folded with gln_keyword_fold()
 * @n_words: how many there are
 *
 * Returns: how many of the words the longest keyword that starts at the first one covers,
 *   0 when none does
 */
guint
gln_keyword_set_match (GlnKeywordSet      *self,
                       const char * const *folded_words,
                       guint               n_words)
{
  guint best = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->phrases->len; i++)
    {
      const char * const *phrase = g_ptr_array_index (self->phrases, i);
      guint n = g_strv_length ((char **) phrase);
      gboolean same = n <= n_words && n > best;

      for (guint j = 0; same && j < n; j++)
        same = g_str_equal (phrase[j], folded_words[j]);
      if (same)
        best = n;
    }

  return best;
}

void
gln_keyword_set_free (GlnKeywordSet *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->phrases);
  g_free (self);
}
