/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Finds the quantitative claims of an abstract ("TTFT decreases at least 60%", "throughput
 * increases by up to 15x", "outperforms 10 baselines") for the board's Key results column.
 * It works offline on the text alone: split into sentences, score each sentence (or, for
 * long ones, each clause) by the signals that make a result a result (a percentage, a
 * multiplier, a number next to a comparative or a metric, a state-of-the-art claim), and
 * quote the best ones verbatim, shortened at clause boundaries. */

#define G_LOG_DOMAIN "gln-claims"

#include "config.h"

#include "gln-claims.h"

#include <string.h>

#define MAX_QUOTE 180

typedef struct
{
  const char *start;
  gsize       len;
  int         score;
  guint       order;
} Span;

static const char * const abbreviations[] = {
  "e.g", "i.e", "et al", "vs", "Fig", "Figs", "Eq", "Eqs", "cf", "approx", "resp", "Sec",
  "No", "Ref", "Refs", "etc", "Dr", "Prof", "St", "ca", "viz", "al",
};

static const char * const comparatives[] = {
  "outperform", "surpass", "exceed", "beat", "improv", "reduc", "increas", "decreas", "boost",
  "gain", "speedup", "speed-up", "speeds up", "faster", "slower", "fewer", "less ", "lower",
  "higher", "better", "cuts", "saving", "accelerat", "achiev", "reach", "up to", "at least",
  "at most", "compared to", "compared with", "relative to", "over the", "drop", "enhanc",
  "yield", "deliver", "attain", "obtain", "rais", "shrink", "lead to", "leads to",
};

static const char * const metrics[] = {
  "accuracy", "f1", "bleu", "rouge", "auc", "score", "points", "map", "latency", "throughput",
  "error", "perplexity", "precision", "recall", "win rate", "success rate", "pass@", "ms",
  "seconds", "memory", "cost", "tokens", "speed", "parameters", "flops", "gpu hours", "energy",
  "bits", "psnr", "ssim", "fid", "wer", "top-1", "top-5", "mrr", "ndcg", "hits@",
};

static const char * const sota[] = {
  "state-of-the-art", "state of the art", "sota", "new record", "best overall",
  "outperforms all", "surpasses all",
};

static gboolean
has_word_ci (const char *text,
             gsize       len,
             const char *word)
{
  gsize wlen = strlen (word);

  for (gsize i = 0; i + wlen <= len; i++)
    if (g_ascii_strncasecmp (text + i, word, wlen) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
has_any_ci (const char         *text,
            gsize               len,
            const char * const *words,
            gsize               n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (has_word_ci (text, len, words[i]))
      return TRUE;

  return FALSE;
}

/* A year ("2023") or an enumeration mark ("(2)", "2)") is not a quantity. */
static gboolean
is_quantity (const char *text,
             gsize       len,
             gsize       start,
             gsize       end)
{
  gsize digits = end - start;

  if (digits <= 2 && end < len && text[end] == ')' &&
      (start == 0 || text[start - 1] == '(' || text[start - 1] == ' '))
    return FALSE;
  if (digits == 4 && (text[start] == '1' || text[start] == '2') &&
      (end >= len || text[end] != '.' || end + 1 >= len || !g_ascii_isdigit (text[end + 1])) &&
      (end >= len || (text[end] != '%' && text[end] != 'x')))
    {
      int year = g_ascii_digit_value (text[start]) * 1000 + g_ascii_digit_value (text[start + 1]) * 100;

      if (year == 1900 || year == 2000)
        return FALSE;
    }
  /* A size ("32x32", "64×64") is not a result. */
  if (end + 1 < len && (text[end] == 'x' || text[end] == 'X') && g_ascii_isdigit (text[end + 1]))
    return FALSE;
  if (end + 2 < len && memcmp (text + end, "×", 2) == 0 && g_ascii_isdigit (text[end + 2]))
    return FALSE;

  /* Part of a name or identifier ("Qwen2.5", "GPT-4", "v2", "H100", "x_32"). */
  if (start > 0 && (g_ascii_isalpha (text[start - 1]) || text[start - 1] == '_' ||
                    (text[start - 1] == '-' && start > 1 && g_ascii_isalpha (text[start - 2]))))
    return FALSE;

  return TRUE;
}

/* Scores a span of text by the signals of a quantitative result. */
static int
score_span (const char *text,
            gsize       len)
{
  gboolean number = FALSE;
  gboolean percent = FALSE;
  gboolean multiplier = FALSE;
  int score = 0;

  for (gsize i = 0; i < len; i++)
    {
      gsize start, end;
      const char *after;
      gsize rest;

      if (!g_ascii_isdigit (text[i]) || (i > 0 && g_ascii_isdigit (text[i - 1])))
        continue;

      start = i;
      for (end = i; end < len && (g_ascii_isdigit (text[end]) || text[end] == ',' ||
                                  (text[end] == '.' && end + 1 < len &&
                                   g_ascii_isdigit (text[end + 1]))); end++)
        ;
      while (end > start && text[end - 1] == ',')
        end--;
      i = end;

      if (!is_quantity (text, len, start, end))
        continue;
      number = TRUE;

      after = text + end;
      rest = len - end;
      while (rest > 0 && (*after == ' ' || *after == '~'))
        after++, rest--;
      if (rest >= 1 && *after == '%')
        percent = TRUE;
      else if (rest >= 7 && g_ascii_strncasecmp (after, "percent", 7) == 0)
        percent = TRUE;
      else if (rest >= 2 && g_ascii_strncasecmp (after, "pp", 2) == 0 &&
               (rest == 2 || !g_ascii_isalpha (after[2])))
        percent = TRUE;
      /* "15x" and "15 x" are factors; "32x32" and "32x4d" are sizes and names. */
      else if (rest >= 1 && (*after == 'x' || *after == 'X') &&
               (rest == 1 || !(g_ascii_isalnum (after[1]) || after[1] == '_')))
        multiplier = TRUE;
      else if (rest >= 2 && memcmp (after, "×", 2) == 0)
        multiplier = TRUE;
      else if (rest >= 7 && strncmp (after, "$\\times", 7) == 0)
        multiplier = TRUE;
      else if (rest >= 5 && g_ascii_strncasecmp (after, "times", 5) == 0)
        multiplier = TRUE;
      else if (rest >= 4 && (g_ascii_strncasecmp (after, "fold", 4) == 0 ||
                             g_ascii_strncasecmp (after, "-fold", 5) == 0))
        multiplier = TRUE;
    }

  if (percent || multiplier)
    score += 3;
  if (number && has_any_ci (text, len, comparatives, G_N_ELEMENTS (comparatives)))
    score += 2;
  if (number && has_any_ci (text, len, metrics, G_N_ELEMENTS (metrics)))
    score += 1;
  if (has_any_ci (text, len, sota, G_N_ELEMENTS (sota)))
    score += 2;

  return score;
}

static gboolean
ends_with_abbreviation (const char *start,
                        const char *dot)
{
  for (gsize i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    {
      gsize len = strlen (abbreviations[i]);

      if ((gsize) (dot - start) >= len && strncmp (dot - len, abbreviations[i], len) == 0 &&
          ((gsize) (dot - start) == len || !g_ascii_isalpha (*(dot - len - 1))))
        return TRUE;
    }

  /* A single capital is an initial ("J. Smith"). */
  if (dot - start >= 1 && g_ascii_isupper (dot[-1]) && (dot - start == 1 || dot[-2] == ' '))
    return TRUE;

  return FALSE;
}

static void
add_span (GArray     *spans,
          const char *start,
          const char *end,
          guint       order)
{
  Span span;

  while (start < end && g_ascii_isspace (*start))
    start++;
  while (end > start && (g_ascii_isspace (end[-1])))
    end--;
  if (end <= start)
    return;

  span.start = start;
  span.len = end - start;
  span.score = 0;
  span.order = order;
  g_array_append_val (spans, span);
}

static GArray *
split_sentences (const char *text)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));
  const char *start = text;
  const char *p;
  int depth = 0;

  for (p = text; *p != '\0'; p++)
    {
      if (*p == '(' || *p == '[')
        depth++;
      else if ((*p == ')' || *p == ']') && depth > 0)
        depth--;
      else if ((*p == '.' || *p == '!' || *p == '?') && depth == 0 &&
               (p[1] == '\0' || g_ascii_isspace (p[1])))
        {
          const char *next = p + 1;

          while (g_ascii_isspace (*next))
            next++;
          if (*next != '\0' && !(g_ascii_isupper (*next) || g_ascii_isdigit (*next) ||
                                 *next == '(' || *next == '"' || *next == '\\' ||
                                 (guchar) *next >= 0x80))
            continue;
          if (*p == '.' && ends_with_abbreviation (start, p))
            continue;

          add_span (spans, start, p + 1, spans->len);
          start = next;
          p = next - 1;
        }
      else if (*p == '\n' && p[1] == '\n')
        {
          add_span (spans, start, p, spans->len);
          start = p + 1;
        }
    }
  add_span (spans, start, p, spans->len);

  return spans;
}

/* Clause boundaries inside a long sentence, where a quote may start or end. */
static const char * const clause_marks[] = {
  "; ", ", while ", ", whereas ", ", and ", ", but ", ", which ", ", with ", ", yielding ",
  ", achieving ", ", reaching ", ", outperforming ", ", reducing ", ", improving ", " — ",
  ": ",
};

/* The first clause mark at or after @p. @found holds, for each mark, where it was last
 * found (or @end when it is not there): a mark is looked for again only once @p has
 * passed it, so splitting a sentence stays linear in its length. */
static const char *
find_clause_mark (const char  *p,
                  const char  *end,
                  const char **found,
                  gsize       *mark_len)
{
  const char *best = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (clause_marks); i++)
    {
      gsize len = strlen (clause_marks[i]);

      if (found[i] == NULL || (found[i] < p && found[i] != end))
        {
          const char *q;

          for (q = p; q + len <= end && strncmp (q, clause_marks[i], len) != 0; q++)
            ;
          found[i] = q + len <= end ? q : end;
        }
      if (found[i] != end && (best == NULL || found[i] < best))
        {
          best = found[i];
          *mark_len = len;
        }
    }

  return best;
}

/* Shortens a long sentence to its best-scoring run of clauses. */
static char *
quote_span (const Span *span)
{
  const char *start = span->start;
  const char *end = span->start + span->len;
  g_autoptr(GArray) clauses = NULL;
  const char *p = start;
  const char *best_start = start;
  const char *best_end = end;
  const char *found[G_N_ELEMENTS (clause_marks)] = { NULL, };
  int best_score = -1;
  GString *quote;

  while (end > start && (end[-1] == '.' || end[-1] == ' '))
    end--;

  if ((gsize) (end - start) <= MAX_QUOTE)
    return g_strndup (start, end - start);

  clauses = g_array_new (FALSE, FALSE, sizeof (const char *));
  g_array_append_val (clauses, p);
  while (p < end)
    {
      gsize mark_len = 0;
      const char *mark = find_clause_mark (p, end, found, &mark_len);
      const char *next;

      if (mark == NULL)
        break;
      next = mark + mark_len;
      /* Keep the linking word ("while", "outperforming") with the clause it opens. */
      if (mark[0] == ',' && mark_len > 2)
        next = mark + 2;
      g_array_append_val (clauses, next);
      p = next;
    }
  g_array_append_val (clauses, end);

  /* The shortest run of clauses that holds the strongest signal and fits. */
  for (guint i = 0; i + 1 < clauses->len; i++)
    {
      for (guint j = i + 1; j < clauses->len; j++)
        {
          const char *a = g_array_index (clauses, const char *, i);
          const char *b = g_array_index (clauses, const char *, j);
          int score;

          while (b > a && (b[-1] == ' ' || b[-1] == ',' || b[-1] == ';' || b[-1] == ':'))
            b--;
          if (b - a > MAX_QUOTE && j > i + 1)
            break;
          score = score_span (a, b - a) * 1000 - (int) (b - a);
          if (score > best_score)
            {
              best_score = score;
              best_start = a;
              best_end = b;
            }
        }
    }

  if (best_end - best_start > MAX_QUOTE)
    {
      /* One clause too long on its own: a window around its first number, cut at words. */
      const char *signal = best_start;

      while (signal < best_end && !g_ascii_isdigit (*signal))
        signal++;
      if (signal == best_end)
        signal = best_start;
      best_start = MAX (best_start, signal - MAX_QUOTE / 2);
      while (best_start > start && best_start < signal && best_start[-1] != ' ')
        best_start++;
      if (best_end - best_start > MAX_QUOTE)
        {
          best_end = best_start + MAX_QUOTE;
          while (best_end > best_start && *best_end != ' ')
            best_end--;
          /* One word longer than a quote: cut it, between two characters. */
          if (best_end == best_start)
            best_end = g_utf8_find_prev_char (best_start, best_start + MAX_QUOTE + 1);
        }
    }

  quote = g_string_new (NULL);
  if (best_start > start)
    g_string_append (quote, "…");
  g_string_append_len (quote, best_start, best_end - best_start);
  if (best_end < end)
    g_string_append (quote, "…");

  return g_string_free (quote, FALSE);
}

static int
compare_by_score (gconstpointer a,
                  gconstpointer b)
{
  const Span *sa = a;
  const Span *sb = b;

  if (sa->score != sb->score)
    return sb->score - sa->score;
  return (int) sa->order - (int) sb->order;
}

static int
compare_by_order (gconstpointer a,
                  gconstpointer b)
{
  return (int) ((const Span *) a)->order - (int) ((const Span *) b)->order;
}

/**
 * gln_claims_extract:
 * @abstract: (nullable): an abstract
 * @max_claims: how many quotes at most
 *
 * Returns: (transfer full): the abstract's strongest quantitative claims as verbatim quotes
 *   (shortened with "…" at clause boundaries), in the order they appear; empty when it makes
 *   none
 */
GStrv
gln_claims_extract (const char *abstract,
                    guint       max_claims)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GArray) spans = NULL;
  guint n = 0;

  if (abstract == NULL || max_claims == 0 || !g_utf8_validate (abstract, -1, NULL))
    return g_strv_builder_end (builder);

  spans = split_sentences (abstract);
  for (guint i = 0; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);

      span->score = score_span (span->start, span->len);
    }

  g_array_sort (spans, compare_by_score);
  while (n < spans->len && n < max_claims && g_array_index (spans, Span, n).score >= 2)
    n++;
  g_array_set_size (spans, n);
  g_array_sort (spans, compare_by_order);

  for (guint i = 0; i < spans->len; i++)
    {
      g_autofree char *quote = quote_span (&g_array_index (spans, Span, i));

      g_strv_builder_add (builder, quote);
    }

  return g_strv_builder_end (builder);
}
