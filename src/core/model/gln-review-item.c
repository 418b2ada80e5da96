/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-review-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-review-item.h"

#include "gln-board.h"
#include "gln-latex.h"
#include "gln-macros.h"

/* One paper of a review collection as the screening mode and the board show it: the shared
 * GlnPaper, its decision, its Key results and its board cells. The views update it in place
 * when the store reports a change, so rows keep their widgets, focus and scroll position. */
struct _GlnReviewItem
{
  GObject       parent_instance;

  GlnPaper     *paper;
  GlnScreening  status;
  char         *reason;
  char         *key_results;        /* the user's override, NULL for the extracted ones */
  char         *key_results_text;   /* what to show, computed when first asked for */
  GHashTable   *cells;              /* column id → value */
};

enum {
  PROP_0,
  PROP_PAPER,
  PROP_STATUS,
  PROP_REASON,
  PROP_SCREENING_LABEL,
  PROP_KEY_RESULTS,
  PROP_KEY_RESULTS_TEXT,
  PROP_TITLE_MARKUP,
  PROP_TITLE_TEXT,
  PROP_YEAR,
  PROP_YEAR_TEXT,
  PROP_FIRST_AUTHOR,
  PROP_CODE_URL,
  PROP_HAS_CODE_URL,
  N_PROPS
};

enum {
  CELL_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GlnReviewItem, gln_review_item, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static char *
dup_title_markup (GlnReviewItem *self)
{
  return gln_latex_to_markup (gln_paper_get_title (self->paper));
}

static char *
dup_year_text (GlnReviewItem *self)
{
  int year = gln_paper_get_year (self->paper);

  return year > 0 ? g_strdup_printf ("%d", year) : g_strdup ("");
}

static const char *
get_first_author (GlnReviewItem *self)
{
  const char * const *authors = gln_paper_get_authors (self->paper);

  return authors != NULL && authors[0] != NULL ? authors[0] : "";
}

static char *
dup_screening_label (GlnReviewItem *self)
{
  if (!gln_str_empty0 (self->reason) && self->status == GLN_SCREENING_EXCLUDE)
    /* Translators: a screening decision and its reason, e.g. "Excluded: wrong population" */
    return g_strdup_printf (_("%s: %s"), gln_screening_get_label (self->status), self->reason);

  return g_strdup (gln_screening_get_label (self->status));
}

static void
paper_notify_cb (GlnReviewItem *self,
                 GParamSpec    *pspec,
                 GlnPaper      *paper)
{
  if (g_str_equal (pspec->name, "title"))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE_MARKUP]);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE_TEXT]);
    }
  else if (g_str_equal (pspec->name, "abstract") && self->key_results == NULL)
    {
      g_clear_pointer (&self->key_results_text, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KEY_RESULTS_TEXT]);
    }
  else if (g_str_equal (pspec->name, "published"))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_YEAR]);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_YEAR_TEXT]);
    }
  else if (g_str_equal (pspec->name, "authors"))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FIRST_AUTHOR]);
  else if (g_str_equal (pspec->name, "code-url"))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CODE_URL]);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HAS_CODE_URL]);
    }
}

static void
gln_review_item_finalize (GObject *object)
{
  GlnReviewItem *self = (GlnReviewItem *)object;

  g_clear_object (&self->paper);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->key_results, g_free);
  g_clear_pointer (&self->key_results_text, g_free);
  g_clear_pointer (&self->cells, g_hash_table_unref);

  G_OBJECT_CLASS (gln_review_item_parent_class)->finalize (object);
}

static void
gln_review_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GlnReviewItem *self = GLN_REVIEW_ITEM (object);

  switch (prop_id)
    {
    case PROP_PAPER:
      g_value_set_object (value, self->paper);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_SCREENING_LABEL:
      g_value_take_string (value, dup_screening_label (self));
      break;
    case PROP_KEY_RESULTS:
      g_value_set_string (value, self->key_results);
      break;
    case PROP_KEY_RESULTS_TEXT:
      g_value_set_string (value, gln_review_item_get_key_results_text (self));
      break;
    case PROP_TITLE_MARKUP:
      g_value_take_string (value, dup_title_markup (self));
      break;
    case PROP_TITLE_TEXT:
      g_value_take_string (value, gln_review_item_dup_title_text (self));
      break;
    case PROP_YEAR:
      g_value_set_int (value, gln_paper_get_year (self->paper));
      break;
    case PROP_YEAR_TEXT:
      g_value_take_string (value, dup_year_text (self));
      break;
    case PROP_FIRST_AUTHOR:
      g_value_set_string (value, get_first_author (self));
      break;
    case PROP_CODE_URL:
      g_value_set_string (value, gln_paper_get_code_url (self->paper) ?: "");
      break;
    case PROP_HAS_CODE_URL:
      g_value_set_boolean (value, gln_paper_get_code_url (self->paper) != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_review_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GlnReviewItem *self = GLN_REVIEW_ITEM (object);

  switch (prop_id)
    {
    case PROP_PAPER:
      self->paper = g_value_dup_object (value);
      g_signal_connect_object (self->paper, "notify", G_CALLBACK (paper_notify_cb), self,
                               G_CONNECT_SWAPPED);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
gln_review_item_class_init (GlnReviewItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_review_item_finalize;
  object_class->get_property = gln_review_item_get_property;
  object_class->set_property = gln_review_item_set_property;

  properties [PROP_PAPER] =
    g_param_spec_object ("paper", NULL, NULL, GLN_TYPE_PAPER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, GLN_SCREENING_UNSCREENED, GLN_SCREENING_MAYBE,
                      GLN_SCREENING_UNSCREENED, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_REASON] = string_pspec ("reason");
  properties [PROP_SCREENING_LABEL] = string_pspec ("screening-label");
  properties [PROP_KEY_RESULTS] = string_pspec ("key-results");
  properties [PROP_KEY_RESULTS_TEXT] = string_pspec ("key-results-text");
  properties [PROP_TITLE_MARKUP] = string_pspec ("title-markup");
  properties [PROP_TITLE_TEXT] = string_pspec ("title-text");
  properties [PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_YEAR_TEXT] = string_pspec ("year-text");
  properties [PROP_FIRST_AUTHOR] = string_pspec ("first-author");
  properties [PROP_CODE_URL] = string_pspec ("code-url");
  properties [PROP_HAS_CODE_URL] =
    g_param_spec_boolean ("has-code-url", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GlnReviewItem::cell-changed:
   * @column_id: the criteria column whose cell changed
   */
  signals [CELL_CHANGED] =
    g_signal_new ("cell-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
gln_review_item_init (GlnReviewItem *self)
{
  self->cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

GlnReviewItem *
gln_review_item_new (GlnPaper *paper)
{
  g_return_val_if_fail (GLN_IS_PAPER (paper), NULL);

  return g_object_new (GLN_TYPE_REVIEW_ITEM, "paper", paper, NULL);
}

GlnPaper *
gln_review_item_get_paper (GlnReviewItem *self)
{
  g_return_val_if_fail (GLN_IS_REVIEW_ITEM (self), NULL);

  return self->paper;
}

gint64
gln_review_item_get_paper_id (GlnReviewItem *self)
{
  g_return_val_if_fail (GLN_IS_REVIEW_ITEM (self), 0);

  return gln_paper_get_id (self->paper);
}

GlnScreening
gln_review_item_get_status (GlnReviewItem *self)
{
  g_return_val_if_fail (GLN_IS_REVIEW_ITEM (self), GLN_SCREENING_UNSCREENED);

  return self->status;
}

const char *
gln_review_item_get_reason (GlnReviewItem *self)
{
  g_return_val_if_fail (GLN_IS_REVIEW_ITEM (self), NULL);

  return self->reason;
}

void
gln_review_item_set_screening (GlnReviewItem *self,
                               GlnScreening   status,
                               const char    *reason)
{
  gboolean changed = FALSE;

  g_return_if_fail (GLN_IS_REVIEW_ITEM (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
      changed = TRUE;
    }
  if (gln_set_str (&self->reason, gln_str_empty0 (reason) ? NULL : reason))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REASON]);
      changed = TRUE;
    }
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SCREENING_LABEL]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * gln_review_item_get_key_results:
 * @self: a #GlnReviewItem
 *
 * Returns: (nullable): the user's own Key results, %NULL when they are the ones extracted
 *   from the abstract, empty when the user cleared them
 */
const char *
gln_review_item_get_key_results (GlnReviewItem *self)
{
  g_return_val_if_fail (GLN_IS_REVIEW_ITEM (self), NULL);

  return self->key_results;
}

void
gln_review_item_set_key_results (GlnReviewItem *self,
                                 const char    *key_results)
{
  g_return_if_fail (GLN_IS_REVIEW_ITEM (self));

  if (!gln_set_str (&self->key_results, key_results))
    return;

  g_clear_pointer (&self->key_results_text, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KEY_RESULTS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KEY_RESULTS_TEXT]);
}

/**
 * gln_review_item_get_key_results_text:
 * @self: a #GlnReviewItem
 *
 * Returns: the Key results to show, one claim per line: the user's, or those extracted from
 *   the abstract
 */
const char *
gln_review_item_get_key_results_text (GlnReviewItem *self)
{
  g_return_val_if_fail (GLN_IS_REVIEW_ITEM (self), NULL);

  if (self->key_results_text == NULL)
    self->key_results_text = gln_paper_dup_key_results (self->paper, self->key_results);

  return self->key_results_text;
}

/**
 * gln_review_item_get_cell:
 * @self: a #GlnReviewItem
 * @column_id: a criteria column
 *
 * Returns: (nullable): the paper's value in that column, %NULL when empty
 */
const char *
gln_review_item_get_cell (GlnReviewItem *self,
                          gint64         column_id)
{
  g_return_val_if_fail (GLN_IS_REVIEW_ITEM (self), NULL);

  return g_hash_table_lookup (self->cells, &column_id);
}

void
gln_review_item_set_cell (GlnReviewItem *self,
                          gint64         column_id,
                          const char    *value)
{
  g_return_if_fail (GLN_IS_REVIEW_ITEM (self));

  if (gln_str_empty0 (value))
    value = NULL;
  if (g_strcmp0 (g_hash_table_lookup (self->cells, &column_id), value) == 0)
    return;

  if (value == NULL)
    g_hash_table_remove (self->cells, &column_id);
  else
    g_hash_table_insert (self->cells, g_memdup2 (&column_id, sizeof column_id), g_strdup (value));
  g_signal_emit (self, signals [CELL_CHANGED], 0, column_id);
}

/**
 * gln_review_item_dup_title_text:
 * @self: a #GlnReviewItem
 *
 * Returns: (transfer full): the title as plain text, LaTeX rendered
 */
char *
gln_review_item_dup_title_text (GlnReviewItem *self)
{
  g_return_val_if_fail (GLN_IS_REVIEW_ITEM (self), NULL);

  return gln_latex_to_text (gln_paper_get_title (self->paper));
}
