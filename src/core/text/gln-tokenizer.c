/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The words of a title or an abstract as For you weighs them: Unicode words, lower-cased and
 * without accents, common words left out, each stemmed (Snowball's English stemmer, so
 * "networks" and "network" are one term), and each pair of neighbouring words as a term of
 * its own ("neural network"). */

#define G_LOG_DOMAIN "gln-tokenizer"

#include "config.h"

#include "gln-tokenizer.h"

#include <libstemmer.h>
#include <string.h>

struct _GlnTokenizer
{
  struct sb_stemmer *stemmer;
  GString           *previous_term;
  GString           *previous_surface;
};

/* Words that say nothing about a paper's subject: English function words and the phrases
 * every abstract uses. */
static const char * const stop_words[] = {
  "a", "about", "above", "across", "after", "again", "against", "all", "almost", "also",
  "although", "always", "among", "an", "and", "another", "any", "are", "as", "at", "based",
  "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
  "could", "did", "do", "does", "doing", "done", "down", "due", "during", "each", "either",
  "et", "etc", "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have",
  "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "ie", "if", "in",
  "into", "is", "it", "its", "itself", "just", "many", "may", "more", "most", "much", "must",
  "my", "new", "no", "nor", "not", "novel", "now", "of", "off", "often", "on", "once", "one",
  "only", "or", "other", "our", "ours", "out", "over", "own", "paper", "per", "propose",
  "proposed", "proposes", "rather", "same", "several", "she", "should", "show", "shows",
  "shown", "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
  "then", "there", "these", "they", "this", "those", "through", "thus", "to", "too", "two",
  "under", "until", "up", "upon", "us", "use", "used", "uses", "using", "very", "via", "was",
  "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
  "why", "will", "with", "within", "without", "work", "would", "yet", "you", "your",
};

static GHashTable *
stop_word_set (void)
{
  static GHashTable *set;

  if (g_once_init_enter (&set))
    {
      GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
        g_hash_table_add (words, (gpointer) stop_words[i]);
      g_once_init_leave (&set, words);
    }

  return set;
}

/* A character as a word holds it: lower case, its accents taken off ("é" is "e"), or 0 when
 * it is a mark to drop. */
static gunichar
fold_char (gunichar c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  if (g_unichar_ismark (c))
    return 0;
  n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
  /* Only Latin and Greek letters: in other scripts a letter with a mark is a letter of its
   * own (Cyrillic "й" is not "и"). */
  if (n > 1 && g_unichar_isalnum (parts[0]) &&
      (g_unichar_get_script (parts[0]) == G_UNICODE_SCRIPT_LATIN ||
       g_unichar_get_script (parts[0]) == G_UNICODE_SCRIPT_GREEK))
    {
      gboolean marks_only = TRUE;

      for (gsize i = 1; i < n; i++)
        marks_only = marks_only && g_unichar_ismark (parts[i]);
      if (marks_only)
        c = parts[0];
    }

  return g_unichar_tolower (c);
}

/* Scripts written without spaces: each character is a word of its own. */
static gboolean
is_ideograph (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HIRAGANA ||
         script == G_UNICODE_SCRIPT_KATAKANA;
}

static gboolean
keeps_pairs (gunichar c)
{
  /* Between words of one phrase: spaces and hyphens ("state-of-the-art", "zero-shot"). */
  return g_unichar_isspace (c) || c == '-' || c == 0x2010 || c == 0x2011;
}

typedef void (*WordFunc) (const char *word,
                          gboolean    after_break,
                          gpointer    user_data);

static gboolean
is_number (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isdigit (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static void
flush_word (GString  *word,
            gboolean *after_break,
            WordFunc  func,
            gpointer  user_data)
{
  if (word->len == 0)
    return;
  if (is_number (word->str))
    *after_break = TRUE;
  else
    {
      func (word->str, *after_break, user_data);
      *after_break = FALSE;
    }
  g_string_truncate (word, 0);
}

/* Calls @func with each word of @text in order; @after_break says that punctuation other than
 * a space or a hyphen came before it, so it does not pair with the word before. */
static void
split_words (const char *text,
             WordFunc    func,
             gpointer    user_data)
{
  g_autoptr(GString) word = g_string_new (NULL);
  g_autofree char *valid = NULL;
  gboolean after_break = TRUE;

  if (text == NULL)
    return;
  /* Broken bytes become U+FFFD, which parts words like punctuation. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar folded;

      if (g_unichar_ismark (c) && word->len > 0)
        continue;
      if (!g_unichar_isalnum (c))
        {
          flush_word (word, &after_break, func, user_data);
          after_break |= !keeps_pairs (c);
          continue;
        }
      if (is_ideograph (c))
        flush_word (word, &after_break, func, user_data);
      if ((folded = fold_char (c)) != 0)
        g_string_append_unichar (word, folded);
      if (is_ideograph (c))
        flush_word (word, &after_break, func, user_data);
    }
  flush_word (word, &after_break, func, user_data);
}

static void
add_word_cb (const char *word,
             gboolean    after_break,
             gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strdup (word));
}

/**
 * gln_tokenize_words:
 * @text: (nullable): UTF-8 text
 *
 * Splits @text into words: runs of letters and digits, lower-cased, accents taken off;
 * hyphens and apostrophes separate words, numbers are left out, and each Han or kana
 * character is a word.
 *
 * Returns: (transfer full) (element-type utf8): the words, common words included
 */
GPtrArray *
gln_tokenize_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  split_words (text, add_word_cb, words);

  return words;
}

/**
 * gln_is_stop_word:
 * @word: a word as gln_tokenize_words() gives it
 *
 * Returns: whether @word is too common to say what a paper is about
 */
gboolean
gln_is_stop_word (const char *word)
{
  return g_hash_table_contains (stop_word_set (), word) ||
         (g_utf8_strlen (word, -1) < 2 && !is_ideograph (g_utf8_get_char (word)));
}

/**
 * gln_tokenizer_new:
 *
 * A tokenizer holds a Snowball stemmer, which is not thread-safe: use one per thread.
 *
 * Returns: (transfer full): a new #GlnTokenizer
 */
GlnTokenizer *
gln_tokenizer_new (void)
{
  GlnTokenizer *self = g_new0 (GlnTokenizer, 1);

  self->stemmer = sb_stemmer_new ("english", "UTF_8");
  self->previous_term = g_string_new (NULL);
  self->previous_surface = g_string_new (NULL);

  return self;
}

void
gln_tokenizer_free (GlnTokenizer *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->stemmer, sb_stemmer_delete);
  g_string_free (self->previous_term, TRUE);
  g_string_free (self->previous_surface, TRUE);
  g_free (self);
}

/**
 * gln_tokenizer_stem:
 * @self: a #GlnTokenizer
 * @word: a word as gln_tokenize_words() gives it
 *
 * Returns: (transfer full): the word's English stem ("networks" → "network")
 */
char *
gln_tokenizer_stem (GlnTokenizer *self,
                    const char   *word)
{
  const sb_symbol *stem;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (word != NULL, NULL);

  if (self->stemmer == NULL ||
      !(stem = sb_stemmer_stem (self->stemmer, (const sb_symbol *) word, (int) strlen (word))))
    return g_strdup (word);

  return g_strndup ((const char *) stem, sb_stemmer_length (self->stemmer));
}

typedef struct
{
  GlnTokenizer *self;
  GlnTermFunc   func;
  gpointer      user_data;
} TermsData;

static void
emit_term_cb (const char *word,
              gboolean    after_break,
              gpointer    user_data)
{
  TermsData *data = user_data;
  GlnTokenizer *self = data->self;
  g_autofree char *stem = NULL;

  if (gln_is_stop_word (word))
    {
      g_string_truncate (self->previous_term, 0);
      return;
    }

  stem = gln_tokenizer_stem (self, word);
  data->func (stem, word, data->user_data);
  if (!after_break && self->previous_term->len > 0)
    {
      g_autofree char *pair = g_strconcat (self->previous_term->str, " ", stem, NULL);
      g_autofree char *surface = g_strconcat (self->previous_surface->str, " ", word, NULL);

      data->func (pair, surface, data->user_data);
    }
  g_string_assign (self->previous_term, stem);
  g_string_assign (self->previous_surface, word);
}

/**
 * gln_tokenizer_terms:
 * @self: a #GlnTokenizer
 * @text: (nullable): UTF-8 text
 * @func: called with each term
 * @user_data: data for @func
 *
 * Calls @func with each word of @text that is not a common word, stemmed, and with each pair
 * of such words that follow each other with only a space or a hyphen between them.
 */
void
gln_tokenizer_terms (GlnTokenizer *self,
                     const char   *text,
                     GlnTermFunc   func,
                     gpointer      user_data)
{
  TermsData data = { self, func, user_data };

  g_return_if_fail (self != NULL);
  g_return_if_fail (func != NULL);

  g_string_truncate (self->previous_term, 0);
  split_words (text, emit_term_cb, &data);
}
