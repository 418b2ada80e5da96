/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-paper"

#include "config.h"

#include "gln-paper.h"

#include "gln-claims.h"
#include "gln-latex.h"
#include "gln-macros.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

/* The string, integer and list fields are kept in arrays indexed in the same order as their
 * properties, so that get/set_property, copying and merging stay one loop each instead of
 * thirty switch cases. */
enum {
  STR_KEY,
  STR_TITLE,
  STR_ABSTRACT,
  STR_PUBLISHED,
  STR_DATE_TEXT,
  STR_UPDATED,
  STR_ARXIV_ID,
  STR_DOI,
  STR_URL,
  STR_PDF_URL,
  STR_CODE_URL,
  STR_CATEGORY,
  STR_JOURNAL_REF,
  STR_COMMENT,
  STR_SOURCE,
  STR_EXTRA,
  N_STRS
};

enum {
  INT_ARXIV_VERSION,
  INT_DATE_PRECISION,
  INT_AUTHOR_COUNT,
  INT_UPVOTES,
  INT_RATING,
  INT_HAS_CODE,
  INT_AUTHORS_TRUNCATED,
  INT_STARRED,
  INT_NEW_VERSION,
  N_INTS
};

enum {
  STRV_CATEGORIES,
  STRV_AUTHORS,
  STRV_AFFILIATIONS,
  STRV_INSTITUTIONS,
  STRV_TAGS,
  STRV_COLLECTIONS,
  N_STRVS
};

struct _GlnPaper
{
  GObject   parent_instance;

  gint64    id;
  gint64    added;
  gint64    read_time;
  char     *strings[N_STRS];
  int       ints[N_INTS];
  GStrv     strvs[N_STRVS];
};

enum {
  PROP_0,
  PROP_ID,
  PROP_ADDED,
  PROP_READ_TIME,
  PROP_READ,
  /* strings, in STR_ order */
  PROP_KEY,
  PROP_TITLE,
  PROP_ABSTRACT,
  PROP_PUBLISHED,
  PROP_DATE_TEXT,
  PROP_UPDATED,
  PROP_ARXIV_ID,
  PROP_DOI,
  PROP_URL,
  PROP_PDF_URL,
  PROP_CODE_URL,
  PROP_CATEGORY,
  PROP_JOURNAL_REF,
  PROP_COMMENT,
  PROP_SOURCE,
  PROP_EXTRA,
  /* integers and booleans, in INT_ order */
  PROP_ARXIV_VERSION,
  PROP_DATE_PRECISION,
  PROP_AUTHOR_COUNT,
  PROP_UPVOTES,
  PROP_RATING,
  PROP_HAS_CODE,
  PROP_AUTHORS_TRUNCATED,
  PROP_STARRED,
  PROP_NEW_VERSION,
  /* string lists, in STRV_ order */
  PROP_CATEGORIES,
  PROP_AUTHORS,
  PROP_AFFILIATIONS,
  PROP_INSTITUTIONS,
  PROP_TAGS,
  PROP_COLLECTIONS,
  N_PROPS
};

#define FIRST_STR_PROP  PROP_KEY
#define FIRST_INT_PROP  PROP_ARXIV_VERSION
#define FIRST_STRV_PROP PROP_CATEGORIES

G_STATIC_ASSERT (PROP_ARXIV_VERSION - PROP_KEY == N_STRS);
G_STATIC_ASSERT (PROP_CATEGORIES - PROP_ARXIV_VERSION == N_INTS);
G_STATIC_ASSERT (N_PROPS - PROP_CATEGORIES == N_STRVS);

G_DEFINE_FINAL_TYPE (GlnPaper, gln_paper, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

static const char * const empty_strv[] = { NULL };

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  if (a == NULL)
    a = empty_strv;
  if (b == NULL)
    b = empty_strv;

  return g_strv_equal (a, b);
}

static void
set_string (GlnPaper   *self,
            guint       index,
            const char *value)
{
  if (gln_str_empty0 (value))
    value = NULL;

  if (gln_set_str (&self->strings[index], value))
    g_object_notify_by_pspec (G_OBJECT (self), properties [FIRST_STR_PROP + index]);
}

static void
set_int (GlnPaper *self,
         guint     index,
         int       value)
{
  if (self->ints[index] == value)
    return;

  self->ints[index] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties [FIRST_INT_PROP + index]);
}

static void
set_strv (GlnPaper           *self,
          guint               index,
          const char * const *value)
{
  if (value != NULL && value[0] == NULL)
    value = NULL;

  if (strv_equal0 ((const char * const *) self->strvs[index], value))
    return;

  g_strfreev (self->strvs[index]);
  self->strvs[index] = g_strdupv ((char **) value);
  g_object_notify_by_pspec (G_OBJECT (self), properties [FIRST_STRV_PROP + index]);
}

static void
gln_paper_finalize (GObject *object)
{
  GlnPaper *self = (GlnPaper *)object;

  for (guint i = 0; i < N_STRS; i++)
    g_free (self->strings[i]);
  for (guint i = 0; i < N_STRVS; i++)
    g_strfreev (self->strvs[i]);

  G_OBJECT_CLASS (gln_paper_parent_class)->finalize (object);
}

static void
gln_paper_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  GlnPaper *self = GLN_PAPER (object);

  if (prop_id >= FIRST_STR_PROP && prop_id < FIRST_INT_PROP)
    g_value_set_string (value, self->strings[prop_id - FIRST_STR_PROP]);
  else if (prop_id >= FIRST_INT_PROP && prop_id < FIRST_STRV_PROP)
    {
      if (G_VALUE_HOLDS_BOOLEAN (value))
        g_value_set_boolean (value, self->ints[prop_id - FIRST_INT_PROP]);
      else
        g_value_set_int (value, self->ints[prop_id - FIRST_INT_PROP]);
    }
  else if (prop_id >= FIRST_STRV_PROP && prop_id < N_PROPS)
    g_value_set_boxed (value, self->strvs[prop_id - FIRST_STRV_PROP]);
  else if (prop_id == PROP_ID)
    g_value_set_int64 (value, self->id);
  else if (prop_id == PROP_ADDED)
    g_value_set_int64 (value, self->added);
  else if (prop_id == PROP_READ_TIME)
    g_value_set_int64 (value, self->read_time);
  else if (prop_id == PROP_READ)
    g_value_set_boolean (value, self->read_time != 0);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
gln_paper_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  GlnPaper *self = GLN_PAPER (object);

  if (prop_id >= FIRST_STR_PROP && prop_id < FIRST_INT_PROP)
    set_string (self, prop_id - FIRST_STR_PROP, g_value_get_string (value));
  else if (prop_id >= FIRST_INT_PROP && prop_id < FIRST_STRV_PROP)
    {
      if (G_VALUE_HOLDS_BOOLEAN (value))
        set_int (self, prop_id - FIRST_INT_PROP, g_value_get_boolean (value));
      else
        set_int (self, prop_id - FIRST_INT_PROP, g_value_get_int (value));
    }
  else if (prop_id >= FIRST_STRV_PROP && prop_id < N_PROPS)
    set_strv (self, prop_id - FIRST_STRV_PROP, g_value_get_boxed (value));
  else if (prop_id == PROP_ID)
    gln_paper_set_id (self, g_value_get_int64 (value));
  else if (prop_id == PROP_ADDED)
    gln_paper_set_added (self, g_value_get_int64 (value));
  else if (prop_id == PROP_READ_TIME)
    gln_paper_set_read_time (self, g_value_get_int64 (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int_pspec (const char *name,
           int         minimum,
           int         maximum,
           int         default_value)
{
  return g_param_spec_int (name, NULL, NULL, minimum, maximum, default_value,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
boolean_pspec (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int64_pspec (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
strv_pspec (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
gln_paper_class_init (GlnPaperClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_paper_finalize;
  object_class->get_property = gln_paper_get_property;
  object_class->set_property = gln_paper_set_property;

  properties [PROP_ID] = int64_pspec ("id");
  properties [PROP_ADDED] = int64_pspec ("added");
  properties [PROP_READ_TIME] = int64_pspec ("read-time");
  properties [PROP_READ] =
    g_param_spec_boolean ("read", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties [PROP_KEY] = string_pspec ("key");
  properties [PROP_TITLE] = string_pspec ("title");
  properties [PROP_ABSTRACT] = string_pspec ("abstract");
  properties [PROP_PUBLISHED] = string_pspec ("published");
  properties [PROP_DATE_TEXT] = string_pspec ("date-text");
  properties [PROP_UPDATED] = string_pspec ("updated");
  properties [PROP_ARXIV_ID] = string_pspec ("arxiv-id");
  properties [PROP_DOI] = string_pspec ("doi");
  properties [PROP_URL] = string_pspec ("url");
  properties [PROP_PDF_URL] = string_pspec ("pdf-url");
  properties [PROP_CODE_URL] = string_pspec ("code-url");
  properties [PROP_CATEGORY] = string_pspec ("category");
  properties [PROP_JOURNAL_REF] = string_pspec ("journal-ref");
  properties [PROP_COMMENT] = string_pspec ("comment");
  properties [PROP_SOURCE] = string_pspec ("source");
  /**
   * GlnPaper:extra:
   *
   * Bibliographic fields without a column of their own (entry type, container title,
   * volume, pages, publisher, editors…) and what a format carries that the others lack,
   * as the text of a JSON object; gln-biblio.h reads and writes it.
   */
  properties [PROP_EXTRA] = string_pspec ("extra");

  properties [PROP_ARXIV_VERSION] = int_pspec ("arxiv-version", 0, G_MAXINT, 0);
  properties [PROP_DATE_PRECISION] =
    int_pspec ("date-precision", GLN_DATE_PRECISION_NONE, GLN_DATE_PRECISION_DAY, 0);
  properties [PROP_AUTHOR_COUNT] = int_pspec ("author-count", -1, G_MAXINT, -1);
  properties [PROP_UPVOTES] = int_pspec ("upvotes", -1, G_MAXINT, -1);
  properties [PROP_RATING] = int_pspec ("rating", 0, 5, 0);
  properties [PROP_HAS_CODE] = boolean_pspec ("has-code");
  properties [PROP_AUTHORS_TRUNCATED] = boolean_pspec ("authors-truncated");
  properties [PROP_STARRED] = boolean_pspec ("starred");
  properties [PROP_NEW_VERSION] = boolean_pspec ("new-version");

  properties [PROP_CATEGORIES] = strv_pspec ("categories");
  properties [PROP_AUTHORS] = strv_pspec ("authors");
  properties [PROP_AFFILIATIONS] = strv_pspec ("affiliations");
  properties [PROP_INSTITUTIONS] = strv_pspec ("institutions");
  properties [PROP_TAGS] = strv_pspec ("tags");
  properties [PROP_COLLECTIONS] = strv_pspec ("collections");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gln_paper_init (GlnPaper *self)
{
  self->ints[INT_AUTHOR_COUNT] = -1;
  self->ints[INT_UPVOTES] = -1;
}

GlnPaper *
gln_paper_new (void)
{
  return g_object_new (GLN_TYPE_PAPER, NULL);
}

/**
 * gln_paper_copy:
 * @self: a #GlnPaper
 *
 * Returns: (transfer full): a new, unshared paper with the same field values.
 */
GlnPaper *
gln_paper_copy (GlnPaper *self)
{
  GlnPaper *copy;

  g_return_val_if_fail (GLN_IS_PAPER (self), NULL);

  copy = gln_paper_new ();
  gln_paper_update_from (copy, self);

  return copy;
}

/**
 * gln_paper_update_from:
 * @self: a #GlnPaper
 * @other: the paper to copy every field from
 *
 * Makes @self hold the values of @other, notifying only the properties that changed.
 * This is how the store refreshes the single shared instance of a paper.
 *
 * Returns: %TRUE if anything changed
 */
gboolean
gln_paper_update_from (GlnPaper *self,
                       GlnPaper *other)
{
  g_autoptr(GObject) frozen = NULL;
  gboolean changed = FALSE;

  g_return_val_if_fail (GLN_IS_PAPER (self), FALSE);
  g_return_val_if_fail (GLN_IS_PAPER (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  frozen = g_object_ref (G_OBJECT (self));

#define CHANGED(cond) G_STMT_START { if (cond) changed = TRUE; } G_STMT_END
  CHANGED (self->id != other->id);
  gln_paper_set_id (self, other->id);
  CHANGED (self->added != other->added);
  gln_paper_set_added (self, other->added);
  CHANGED (self->read_time != other->read_time);
  gln_paper_set_read_time (self, other->read_time);

  for (guint i = 0; i < N_STRS; i++)
    {
      CHANGED (g_strcmp0 (self->strings[i], other->strings[i]) != 0);
      set_string (self, i, other->strings[i]);
    }
  for (guint i = 0; i < N_INTS; i++)
    {
      CHANGED (self->ints[i] != other->ints[i]);
      set_int (self, i, other->ints[i]);
    }
  for (guint i = 0; i < N_STRVS; i++)
    {
      CHANGED (!strv_equal0 ((const char * const *) self->strvs[i],
                             (const char * const *) other->strvs[i]));
      set_strv (self, i, (const char * const *) other->strvs[i]);
    }
#undef CHANGED

  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}

gint64
gln_paper_get_id (GlnPaper *self)
{
  g_return_val_if_fail (GLN_IS_PAPER (self), 0);

  return self->id;
}

void
gln_paper_set_id (GlnPaper *self,
                  gint64    id)
{
  g_return_if_fail (GLN_IS_PAPER (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
    }
}

gint64
gln_paper_get_added (GlnPaper *self)
{
  g_return_val_if_fail (GLN_IS_PAPER (self), 0);

  return self->added;
}

void
gln_paper_set_added (GlnPaper *self,
                     gint64    added)
{
  g_return_if_fail (GLN_IS_PAPER (self));

  if (self->added != added)
    {
      self->added = added;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ADDED]);
    }
}

gint64
gln_paper_get_read_time (GlnPaper *self)
{
  g_return_val_if_fail (GLN_IS_PAPER (self), 0);

  return self->read_time;
}

void
gln_paper_set_read_time (GlnPaper *self,
                         gint64    read_time)
{
  gboolean was_read;

  g_return_if_fail (GLN_IS_PAPER (self));

  if (self->read_time == read_time)
    return;

  was_read = self->read_time != 0;
  self->read_time = read_time;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_READ_TIME]);
  if (was_read != (read_time != 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_READ]);
}

gboolean
gln_paper_get_read (GlnPaper *self)
{
  g_return_val_if_fail (GLN_IS_PAPER (self), FALSE);

  return self->read_time != 0;
}

#define STRING_ACCESSORS(name, INDEX)                                  \
  const char *                                                         \
  gln_paper_get_##name (GlnPaper *self)                                \
  {                                                                    \
    g_return_val_if_fail (GLN_IS_PAPER (self), NULL);                  \
    return self->strings[INDEX];                                       \
  }                                                                    \
  void                                                                 \
  gln_paper_set_##name (GlnPaper   *self,                              \
                        const char *value)                             \
  {                                                                    \
    g_return_if_fail (GLN_IS_PAPER (self));                            \
    set_string (self, INDEX, value);                                   \
  }

#define INT_ACCESSORS(name, type, INDEX)                               \
  type                                                                 \
  gln_paper_get_##name (GlnPaper *self)                                \
  {                                                                    \
    g_return_val_if_fail (GLN_IS_PAPER (self), 0);                     \
    return (type) self->ints[INDEX];                                   \
  }                                                                    \
  void                                                                 \
  gln_paper_set_##name (GlnPaper *self,                                \
                        type      value)                               \
  {                                                                    \
    g_return_if_fail (GLN_IS_PAPER (self));                            \
    set_int (self, INDEX, (int) value);                                \
  }

#define BOOLEAN_ACCESSORS(name, INDEX)                                 \
  gboolean                                                             \
  gln_paper_get_##name (GlnPaper *self)                                \
  {                                                                    \
    g_return_val_if_fail (GLN_IS_PAPER (self), FALSE);                 \
    return self->ints[INDEX] != 0;                                     \
  }                                                                    \
  void                                                                 \
  gln_paper_set_##name (GlnPaper *self,                                \
                        gboolean  value)                               \
  {                                                                    \
    g_return_if_fail (GLN_IS_PAPER (self));                            \
    set_int (self, INDEX, !!value);                                    \
  }

#define STRV_ACCESSORS(name, INDEX)                                    \
  const char * const *                                                 \
  gln_paper_get_##name (GlnPaper *self)                                \
  {                                                                    \
    g_return_val_if_fail (GLN_IS_PAPER (self), empty_strv);            \
    return self->strvs[INDEX] ? (const char * const *) self->strvs[INDEX] : empty_strv; \
  }                                                                    \
  void                                                                 \
  gln_paper_set_##name (GlnPaper           *self,                      \
                        const char * const *value)                     \
  {                                                                    \
    g_return_if_fail (GLN_IS_PAPER (self));                            \
    set_strv (self, INDEX, value);                                     \
  }

STRING_ACCESSORS (key, STR_KEY)
STRING_ACCESSORS (title, STR_TITLE)
STRING_ACCESSORS (abstract, STR_ABSTRACT)
STRING_ACCESSORS (published, STR_PUBLISHED)
STRING_ACCESSORS (date_text, STR_DATE_TEXT)
STRING_ACCESSORS (updated, STR_UPDATED)
STRING_ACCESSORS (arxiv_id, STR_ARXIV_ID)
STRING_ACCESSORS (doi, STR_DOI)
STRING_ACCESSORS (url, STR_URL)
STRING_ACCESSORS (pdf_url, STR_PDF_URL)
STRING_ACCESSORS (code_url, STR_CODE_URL)
STRING_ACCESSORS (category, STR_CATEGORY)
STRING_ACCESSORS (journal_ref, STR_JOURNAL_REF)
STRING_ACCESSORS (comment, STR_COMMENT)
STRING_ACCESSORS (source, STR_SOURCE)
STRING_ACCESSORS (extra, STR_EXTRA)

INT_ACCESSORS (arxiv_version, int, INT_ARXIV_VERSION)
INT_ACCESSORS (date_precision, GlnDatePrecision, INT_DATE_PRECISION)
INT_ACCESSORS (author_count, int, INT_AUTHOR_COUNT)
INT_ACCESSORS (upvotes, int, INT_UPVOTES)

BOOLEAN_ACCESSORS (has_code, INT_HAS_CODE)
BOOLEAN_ACCESSORS (authors_truncated, INT_AUTHORS_TRUNCATED)
BOOLEAN_ACCESSORS (starred, INT_STARRED)
BOOLEAN_ACCESSORS (new_version, INT_NEW_VERSION)

STRV_ACCESSORS (categories, STRV_CATEGORIES)
STRV_ACCESSORS (institutions, STRV_INSTITUTIONS)
STRV_ACCESSORS (tags, STRV_TAGS)
STRV_ACCESSORS (collections, STRV_COLLECTIONS)

int
gln_paper_get_rating (GlnPaper *self)
{
  g_return_val_if_fail (GLN_IS_PAPER (self), 0);

  return self->ints[INT_RATING];
}

void
gln_paper_set_rating (GlnPaper *self,
                      int       rating)
{
  g_return_if_fail (GLN_IS_PAPER (self));
  g_return_if_fail (rating >= 0 && rating <= 5);

  set_int (self, INT_RATING, rating);
}

const char * const *
gln_paper_get_authors (GlnPaper *self)
{
  g_return_val_if_fail (GLN_IS_PAPER (self), empty_strv);

  return self->strvs[STRV_AUTHORS] ? (const char * const *) self->strvs[STRV_AUTHORS] : empty_strv;
}

/**
 * gln_paper_get_affiliations:
 * @self: a #GlnPaper
 *
 * Returns: the affiliation of each author, parallel to the authors; an empty string where the
 * source gave none.
 */
const char * const *
gln_paper_get_affiliations (GlnPaper *self)
{
  g_return_val_if_fail (GLN_IS_PAPER (self), empty_strv);

  return self->strvs[STRV_AFFILIATIONS] ? (const char * const *) self->strvs[STRV_AFFILIATIONS]
                                        : empty_strv;
}

/**
 * gln_paper_set_authors:
 * @self: a #GlnPaper
 * @names: (nullable): author names in order
 * @affiliations: (nullable): one affiliation per name, %NULL or "" where unknown
 */
void
gln_paper_set_authors (GlnPaper           *self,
                       const char * const *names,
                       const char * const *affiliations)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) padded = NULL;
  guint n, n_affiliations;

  g_return_if_fail (GLN_IS_PAPER (self));

  n = names ? g_strv_length ((char **) names) : 0;
  n_affiliations = affiliations ? g_strv_length ((char **) affiliations) : 0;
  builder = g_strv_builder_new ();
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, i < n_affiliations ? affiliations[i] : "");
  padded = g_strv_builder_end (builder);

  g_object_freeze_notify (G_OBJECT (self));
  set_strv (self, STRV_AUTHORS, names);
  set_strv (self, STRV_AFFILIATIONS, n > 0 ? (const char * const *) padded : NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

void
gln_paper_add_author (GlnPaper   *self,
                      const char *name,
                      const char *affiliation)
{
  guint n;
  GStrv names;
  GStrv affs;

  g_return_if_fail (GLN_IS_PAPER (self));
  g_return_if_fail (name != NULL);

  n = gln_paper_get_n_authors (self);
  names = g_renew (char *, self->strvs[STRV_AUTHORS], n + 2);
  names[n] = g_strdup (name);
  names[n + 1] = NULL;
  self->strvs[STRV_AUTHORS] = names;

  affs = g_renew (char *, self->strvs[STRV_AFFILIATIONS], n + 2);
  affs[n] = g_strdup (affiliation ? affiliation : "");
  affs[n + 1] = NULL;
  self->strvs[STRV_AFFILIATIONS] = affs;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AUTHORS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AFFILIATIONS]);
}

guint
gln_paper_get_n_authors (GlnPaper *self)
{
  g_return_val_if_fail (GLN_IS_PAPER (self), 0);

  return self->strvs[STRV_AUTHORS] ? g_strv_length (self->strvs[STRV_AUTHORS]) : 0;
}

/**
 * gln_paper_dup_first_authors:
 * @self: a #GlnPaper
 * @max_names: how many names to show before "et al."
 *
 * Returns: (transfer full): "A, B, C et al." for list rows, or %NULL when no author is known
 */
char *
gln_paper_dup_first_authors (GlnPaper *self,
                             guint     max_names)
{
  GString *str;
  guint n;

  g_return_val_if_fail (GLN_IS_PAPER (self), NULL);

  n = gln_paper_get_n_authors (self);
  if (n == 0)
    return NULL;

  str = g_string_new (NULL);
  for (guint i = 0; i < n && i < max_names; i++)
    {
      if (i > 0)
        g_string_append (str, ", ");
      g_string_append (str, self->strvs[STRV_AUTHORS][i]);
    }
  if (n > max_names || self->ints[INT_AUTHORS_TRUNCATED])
    /* Translators: after the first authors of a paper, in lists. */
    g_string_append (str, _(" et al."));

  return g_string_free (str, FALSE);
}

/**
 * gln_paper_get_year:
 * @self: a #GlnPaper
 *
 * Returns: the publication year, or 0 when unknown
 */
int
gln_paper_get_year (GlnPaper *self)
{
  const char *published;

  g_return_val_if_fail (GLN_IS_PAPER (self), 0);

  published = self->strings[STR_PUBLISHED];
  if (published == NULL || !g_ascii_isdigit (published[0]))
    return 0;

  return atoi (published);
}

/**
 * gln_paper_dup_key_results:
 * @self: a paper
 * @override: (nullable): the user's own text for a collection: used as it is, even empty
 *
 * Returns: (transfer full): the paper's Key results: the quantitative claims of its
 *   abstract, at most three, one per line, readable (LaTeX rendered as text)
 */
char *
gln_paper_dup_key_results (GlnPaper   *self,
                           const char *override)
{
  g_auto(GStrv) claims = NULL;
  GString *out;

  g_return_val_if_fail (GLN_IS_PAPER (self), NULL);

  if (override != NULL)
    return g_strdup (override);

  claims = gln_claims_extract (gln_paper_get_abstract (self), 3);
  out = g_string_new (NULL);
  for (guint i = 0; claims[i] != NULL; i++)
    {
      g_autofree char *text = gln_latex_to_text (claims[i]);

      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, text);
    }

  return g_string_free (out, FALSE);
}
