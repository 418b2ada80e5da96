/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "bench-corpus"

#include "config.h"

#include "bench-corpus.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* A synthetic arXiv library that reads like the real thing to SQLite and FTS5: made-up
 * pronounceable words with a Zipf distribution (rank 1 is the most frequent; frequent words
 * are short), titles of 6–14 words, abstracts of 1,000–1,500 characters in sentences, 3–10
 * authors drawn Zipf-wise from 20,000 family names and 2,000 given names so that authors
 * recur, a category and a published date.
 *
 * Each paper draws from its own generator, seeded with the corpus seed and the paper's
 * number, so paper N is the same whichever batch writes it, and a query can quote its title
 * without the corpus keeping it. Every word and name is ASCII letters, so the feed needs no
 * escaping. */

#define N_FAMILY_NAMES 20000
#define N_GIVEN_NAMES  2000
#define PAPERS_PER_ID_MONTH 99999

struct _BenchCorpus
{
  guint32  seed;
  GStrv    words;
  double  *word_cdf;
  GStrv    family_names;
  double  *family_cdf;
  GStrv    given_names;
  double  *given_cdf;
  double  *category_cdf;
};

static const char * const categories[] = {
  "cs.LG", "cs.CV", "cs.CL", "hep-ph", "quant-ph", "cond-mat.mes-hall", "astro-ph.GA",
  "math.PR", "stat.ML", "cs.AI", "physics.optics", "gr-qc", "math.AP", "nucl-th", "cs.RO",
  "q-bio.NC", "econ.EM", "cs.DS", "math.CO", "eess.SP",
};

/* Cumulative weights 1/rank^exponent, normalised to end at 1. */
static double *
make_zipf_cdf (guint  n,
               double exponent)
{
  double *cdf = g_new (double, n);
  double sum = 0;

  for (guint i = 0; i < n; i++)
    {
      sum += 1.0 / pow (i + 1, exponent);
      cdf[i] = sum;
    }
  for (guint i = 0; i < n; i++)
    cdf[i] /= sum;

  return cdf;
}

/* An index in [0, n), rank 0 the most likely. */
static guint
sample_zipf (const double *cdf,
             guint         n,
             GRand        *rand)
{
  double u = g_rand_double (rand);
  guint low = 0;
  guint high = n - 1;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (cdf[mid] < u)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

static void
append_syllable (GString *word,
                 GRand   *rand)
{
  static const char * const onsets[] = {
    "b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
    "br", "tr", "st", "pl", "gr", "sh", "ch", "th", "",
  };
  static const char * const vowels[] = { "a", "e", "i", "o", "u", "ai", "ou", "ea" };
  static const char * const codas[] = { "", "", "", "n", "r", "s", "l", "m", "x" };

  g_string_append (word, onsets[g_rand_int_range (rand, 0, G_N_ELEMENTS (onsets))]);
  g_string_append (word, vowels[g_rand_int_range (rand, 0, G_N_ELEMENTS (vowels))]);
  g_string_append (word, codas[g_rand_int_range (rand, 0, G_N_ELEMENTS (codas))]);
}

/* Frequent words are short, as in a natural language: rank 100 and above may have three
 * syllables, rank 2,000 and above four. */
static guint
max_syllables_for_rank (guint rank,
                        guint max_syllables)
{
  if (rank < 100)
    return MIN (max_syllables, 2);
  if (rank < 2000)
    return MIN (max_syllables, 3);
  return max_syllables;
}

/* @n distinct words of 1 to @max_syllables syllables, in rank order. */
static GStrv
make_words (GRand    *rand,
            guint     n,
            guint     max_syllables,
            gboolean  capitalize)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  char **words = g_new0 (char *, n + 1);
  guint count = 0;

  while (count < n)
    {
      g_autoptr(GString) word = g_string_new (NULL);
      guint syllables;

      syllables = g_rand_int_range (rand, 1, max_syllables_for_rank (count, max_syllables) + 1);
      for (guint i = 0; i < syllables; i++)
        append_syllable (word, rand);
      if (capitalize && word->len > 0)
        word->str[0] = g_ascii_toupper (word->str[0]);
      if (word->len < 2 || g_hash_table_contains (seen, word->str))
        continue;
      words[count] = g_string_free (g_steal_pointer (&word), FALSE);
      g_hash_table_add (seen, words[count]);
      count++;
    }

  return words;
}

static GRand *
paper_rand (BenchCorpus *self,
            guint        paper)
{
  guint32 seeds[2] = { self->seed, paper };

  return g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
}

static void
append_words (BenchCorpus *self,
              GRand       *rand,
              guint        n_words,
              GString     *out)
{
  for (guint i = 0; i < n_words; i++)
    {
      guint rank = sample_zipf (self->word_cdf, BENCH_CORPUS_N_WORDS, rand);
      gsize start = out->len;

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, self->words[rank]);
      if (i == 0)
        out->str[start] = g_ascii_toupper (out->str[start]);
    }
}

/* The title comes first from the paper's generator, so bench_corpus_dup_title() can
 * draw it again alone. */
static void
append_title (BenchCorpus *self,
              GRand       *rand,
              GString     *out)
{
  append_words (self, rand, g_rand_int_range (rand, 6, 15), out);
}

static void
append_abstract (BenchCorpus *self,
                 GRand       *rand,
                 GString     *out)
{
  gsize start = out->len;
  gsize length = g_rand_int_range (rand, 1000, 1501);

  while (out->len - start < length)
    {
      if (out->len > start)
        g_string_append_c (out, ' ');
      append_words (self, rand, g_rand_int_range (rand, 8, 25), out);
      g_string_append_c (out, '.');
    }
}

/* One paper's fields, drawn in a fixed order from its own generator. */
typedef struct
{
  GString   *arxiv_id;
  GString   *title;
  GString   *abstract;
  GPtrArray *authors;
  char       published[32];
  GDateTime *date;          /* the same as published */
  const char *category;
} Paper;

static void
paper_clear (Paper *paper)
{
  g_string_free (paper->arxiv_id, TRUE);
  g_string_free (paper->title, TRUE);
  g_string_free (paper->abstract, TRUE);
  g_ptr_array_unref (paper->authors);
  g_date_time_unref (paper->date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Paper, paper_clear)

static void
draw_authors (BenchCorpus *self,
              GRand       *rand,
              GPtrArray   *authors)
{
  guint n_authors = g_rand_int_range (rand, 3, 11);

  for (guint i = 0; i < n_authors; i++)
    {
      guint given = sample_zipf (self->given_cdf, N_GIVEN_NAMES, rand);
      guint family = sample_zipf (self->family_cdf, N_FAMILY_NAMES, rand);

      g_ptr_array_add (authors, g_strdup_printf ("%s %s", self->given_names[given],
                                                 self->family_names[family]));
    }
}

/* New-style arXiv ids, 99,999 to a month from January 2015, so every number is valid. */
static void
append_arxiv_id (guint    paper,
                 GString *out)
{
  guint month = paper / PAPERS_PER_ID_MONTH;

  g_string_append_printf (out, "%02u%02u.%05u", 15 + month / 12, 1 + month % 12,
                          paper % PAPERS_PER_ID_MONTH + 1);
}

static void
draw_paper (BenchCorpus *self,
            guint        number,
            Paper       *paper)
{
  g_autoptr(GRand) rand = paper_rand (self, number);

  paper->arxiv_id = g_string_new (NULL);
  paper->title = g_string_new (NULL);
  paper->abstract = g_string_new (NULL);
  paper->authors = g_ptr_array_new_with_free_func (g_free);

  append_arxiv_id (number, paper->arxiv_id);
  append_title (self, rand, paper->title);
  g_snprintf (paper->published, sizeof paper->published, "%04d-%02d-%02dT%02d:%02d:%02dZ",
              g_rand_int_range (rand, 2005, 2026), g_rand_int_range (rand, 1, 13),
              g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 0, 24),
              g_rand_int_range (rand, 0, 60), g_rand_int_range (rand, 0, 60));
  paper->date = g_date_time_new_from_iso8601 (paper->published, NULL);
  append_abstract (self, rand, paper->abstract);
  paper->category = categories[sample_zipf (self->category_cdf, G_N_ELEMENTS (categories),
                                            rand)];
  draw_authors (self, rand, paper->authors);
}

/* An entry of the arXiv API's Atom feed. */
static void
append_entry (BenchCorpus *self,
              guint        number,
              GString     *out)
{
  g_auto(Paper) paper = { 0, };

  draw_paper (self, number, &paper);
  g_string_append_printf (out, "  <entry>\n    <id>http://arxiv.org/abs/%sv1</id>\n"
                          "    <title>%s</title>\n    <updated>%s</updated>\n"
                          "    <link href=\"https://arxiv.org/abs/%sv1\"/>\n"
                          "    <summary>%s</summary>\n"
                          "    <category term=\"%s\" scheme=\"http://arxiv.org/schemas/atom\"/>\n"
                          "    <published>%s</published>\n"
                          "    <arxiv:primary_category term=\"%s\"/>\n",
                          paper.arxiv_id->str, paper.title->str, paper.published,
                          paper.arxiv_id->str, paper.abstract->str, paper.category,
                          paper.published, paper.category);
  for (guint i = 0; i < paper.authors->len; i++)
    g_string_append_printf (out, "    <author>\n      <name>%s</name>\n    </author>\n",
                            (char *) paper.authors->pdata[i]);
  g_string_append (out, "  </entry>\n");
}

/* An item of a journal-style RSS 2.0 feed: a teaser of the abstract, as feeds carry. */
static void
append_item (BenchCorpus *self,
             guint        number,
             GString     *out)
{
  g_auto(Paper) paper = { 0, };
  g_autofree char *rfc822 = NULL;

  draw_paper (self, number, &paper);
  rfc822 = g_date_time_format (paper.date, "%a, %d %b %Y %H:%M:%S +0000");
  g_string_truncate (paper.abstract, MIN (paper.abstract->len, 400));
  g_string_append_printf (out, "<item><title>%s</title>"
                          "<link>https://arxiv.org/abs/%sv1</link>"
                          "<guid isPermaLink=\"false\">bench:%u</guid>"
                          "<pubDate>%s</pubDate><description>%s</description>",
                          paper.title->str, paper.arxiv_id->str, number, rfc822,
                          paper.abstract->str);
  for (guint i = 0; i < paper.authors->len; i++)
    g_string_append_printf (out, "<dc:creator>%s</dc:creator>", (char *) paper.authors->pdata[i]);
  g_string_append (out, "</item>\n");
}

/* An entry of a copied Daily Papers page: title, abstract, author count, date. */
static void
append_listing_entry (BenchCorpus *self,
                      guint        number,
                      GString     *out)
{
  g_auto(Paper) paper = { 0, };
  g_autofree char *day = NULL;

  draw_paper (self, number, &paper);
  day = g_date_time_format (paper.date, "%b %-d, %Y");
  g_string_append_printf (out, "%s\n\n%s\n\n  \u2022 %u authors\n\u00b7\n%s\n\n",
                          paper.title->str, paper.abstract->str, paper.authors->len, day);
}

BenchCorpus *
bench_corpus_new (guint32 seed)
{
  BenchCorpus *self = g_new0 (BenchCorpus, 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  self->seed = seed;
  self->words = make_words (rand, BENCH_CORPUS_N_WORDS, 4, FALSE);
  self->word_cdf = make_zipf_cdf (BENCH_CORPUS_N_WORDS, 1.0);
  self->family_names = make_words (rand, N_FAMILY_NAMES, 3, TRUE);
  self->family_cdf = make_zipf_cdf (N_FAMILY_NAMES, 0.8);
  self->given_names = make_words (rand, N_GIVEN_NAMES, 2, TRUE);
  self->given_cdf = make_zipf_cdf (N_GIVEN_NAMES, 0.8);
  self->category_cdf = make_zipf_cdf (G_N_ELEMENTS (categories), 1.0);

  return self;
}

void
bench_corpus_free (BenchCorpus *self)
{
  g_strfreev (self->words);
  g_free (self->word_cdf);
  g_strfreev (self->family_names);
  g_free (self->family_cdf);
  g_strfreev (self->given_names);
  g_free (self->given_cdf);
  g_free (self->category_cdf);
  g_free (self);
}

/* The word of Zipf rank @rank, 1 the most frequent. */
const char *
bench_corpus_get_word (BenchCorpus *self,
                       guint        rank)
{
  g_return_val_if_fail (rank >= 1 && rank <= BENCH_CORPUS_N_WORDS, NULL);

  return self->words[rank - 1];
}

char *
bench_corpus_dup_title (BenchCorpus *self,
                        guint        paper)
{
  g_autoptr(GRand) rand = paper_rand (self, paper);
  GString *title = g_string_new (NULL);

  append_title (self, rand, title);

  return g_string_free (title, FALSE);
}

static gboolean
set_write_error (const char  *path,
                 int          saved_errno,
                 GError     **error)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "Could not write %s: %s", path, g_strerror (saved_errno));
  return FALSE;
}

typedef void (*AppendFunc) (BenchCorpus *self,
                            guint        number,
                            GString     *out);

static gboolean
write_papers (BenchCorpus  *self,
              const char   *path,
              const char   *head,
              AppendFunc    append,
              const char   *tail,
              guint         first_paper,
              guint         n_papers,
              GError      **error)
{
  g_autoptr(GString) entry = g_string_new (NULL);
  FILE *file;

  if ((file = g_fopen (path, "w")) == NULL)
    return set_write_error (path, errno, error);

  fputs (head, file);
  for (guint i = 0; i < n_papers; i++)
    {
      g_string_truncate (entry, 0);
      append (self, first_paper + i, entry);
      fwrite (entry->str, 1, entry->len, file);
    }
  fputs (tail, file);

  if (ferror (file))
    {
      int saved_errno = errno;

      fclose (file);
      return set_write_error (path, saved_errno, error);
    }
  if (fclose (file) != 0)
    return set_write_error (path, errno, error);

  return TRUE;
}

/* Writes papers @first_paper to @first_paper + @n_papers - 1 as one arXiv API feed. */
gboolean
bench_corpus_write_atom (BenchCorpus  *self,
                         const char   *path,
                         guint         first_paper,
                         guint         n_papers,
                         GError      **error)
{
  return write_papers (self, path,
                       "<?xml version='1.0' encoding='UTF-8'?>\n"
                       "<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" "
                       "xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
                       "xmlns=\"http://www.w3.org/2005/Atom\">\n"
                       "  <id>https://arxiv.org/api/gleaner-bench</id>\n"
                       "  <title>arXiv Query: gleaner-bench</title>\n"
                       "  <updated>2026-01-01T00:00:00Z</updated>\n",
                       append_entry, "</feed>\n", first_paper, n_papers, error);
}

/* The same papers as a journal's RSS 2.0 feed, with 400-character teasers. */
gboolean
bench_corpus_write_rss (BenchCorpus  *self,
                        const char   *path,
                        guint         first_paper,
                        guint         n_papers,
                        GError      **error)
{
  return write_papers (self, path,
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                       "<channel><title>gleaner-bench</title>"
                       "<link>https://example.org/bench</link>"
                       "<description>Synthetic papers</description>\n",
                       append_item, "</channel></rss>\n", first_paper, n_papers, error);
}

/* The same papers as the text of a copied Hugging Face Daily Papers page. */
gboolean
bench_corpus_write_listing (BenchCorpus  *self,
                            const char   *path,
                            guint         first_paper,
                            guint         n_papers,
                            GError      **error)
{
  return write_papers (self, path, "Daily Papers\n\n", append_listing_entry, "", first_paper,
                       n_papers, error);
}
