/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * GlnDatePrecision:
 * @GLN_DATE_PRECISION_NONE: no date is known
 * @GLN_DATE_PRECISION_YEAR: only the year is known ("2024")
 * @GLN_DATE_PRECISION_MONTH: year and month ("2024-10")
 * @GLN_DATE_PRECISION_DAY: a full date ("2024-10-22")
 */
typedef enum
{
  GLN_DATE_PRECISION_NONE,
  GLN_DATE_PRECISION_YEAR,
  GLN_DATE_PRECISION_MONTH,
  GLN_DATE_PRECISION_DAY,
} GlnDatePrecision;

#define GLN_TYPE_PAPER (gln_paper_get_type ())
G_DECLARE_FINAL_TYPE (GlnPaper, gln_paper, GLN, PAPER, GObject)

GlnPaper           *gln_paper_new                   (void);
GlnPaper           *gln_paper_copy                  (GlnPaper           *self);
gboolean            gln_paper_update_from           (GlnPaper           *self,
                                                     GlnPaper           *other);

gint64              gln_paper_get_id                (GlnPaper           *self);
void                gln_paper_set_id                (GlnPaper           *self,
                                                     gint64              id);
const char         *gln_paper_get_key               (GlnPaper           *self);
void                gln_paper_set_key               (GlnPaper           *self,
                                                     const char         *key);
const char         *gln_paper_get_title             (GlnPaper           *self);
void                gln_paper_set_title             (GlnPaper           *self,
                                                     const char         *title);
const char         *gln_paper_get_abstract          (GlnPaper           *self);
void                gln_paper_set_abstract          (GlnPaper           *self,
                                                     const char         *abstract);
const char         *gln_paper_get_published         (GlnPaper           *self);
void                gln_paper_set_published         (GlnPaper           *self,
                                                     const char         *published);
GlnDatePrecision    gln_paper_get_date_precision    (GlnPaper           *self);
void                gln_paper_set_date_precision    (GlnPaper           *self,
                                                     GlnDatePrecision    precision);
const char         *gln_paper_get_date_text         (GlnPaper           *self);
void                gln_paper_set_date_text         (GlnPaper           *self,
                                                     const char         *date_text);
const char         *gln_paper_get_updated           (GlnPaper           *self);
void                gln_paper_set_updated           (GlnPaper           *self,
                                                     const char         *updated);
const char         *gln_paper_get_arxiv_id          (GlnPaper           *self);
void                gln_paper_set_arxiv_id          (GlnPaper           *self,
                                                     const char         *arxiv_id);
int                 gln_paper_get_arxiv_version     (GlnPaper           *self);
void                gln_paper_set_arxiv_version     (GlnPaper           *self,
                                                     int                 version);
const char         *gln_paper_get_doi               (GlnPaper           *self);
void                gln_paper_set_doi               (GlnPaper           *self,
                                                     const char         *doi);
const char         *gln_paper_get_url               (GlnPaper           *self);
void                gln_paper_set_url               (GlnPaper           *self,
                                                     const char         *url);
const char         *gln_paper_get_pdf_url           (GlnPaper           *self);
void                gln_paper_set_pdf_url           (GlnPaper           *self,
                                                     const char         *pdf_url);
const char         *gln_paper_get_code_url          (GlnPaper           *self);
void                gln_paper_set_code_url          (GlnPaper           *self,
                                                     const char         *code_url);
gboolean            gln_paper_get_has_code          (GlnPaper           *self);
void                gln_paper_set_has_code          (GlnPaper           *self,
                                                     gboolean            has_code);
const char         *gln_paper_get_category          (GlnPaper           *self);
void                gln_paper_set_category          (GlnPaper           *self,
                                                     const char         *category);
const char * const *gln_paper_get_categories        (GlnPaper           *self);
void                gln_paper_set_categories        (GlnPaper           *self,
                                                     const char * const *categories);
const char         *gln_paper_get_journal_ref       (GlnPaper           *self);
void                gln_paper_set_journal_ref       (GlnPaper           *self,
                                                     const char         *journal_ref);
const char         *gln_paper_get_comment           (GlnPaper           *self);
void                gln_paper_set_comment           (GlnPaper           *self,
                                                     const char         *comment);
const char         *gln_paper_get_source            (GlnPaper           *self);
void                gln_paper_set_source            (GlnPaper           *self,
                                                     const char         *source);
const char         *gln_paper_get_extra             (GlnPaper           *self);
void                gln_paper_set_extra             (GlnPaper           *self,
                                                     const char         *extra);
const char * const *gln_paper_get_authors           (GlnPaper           *self);
const char * const *gln_paper_get_affiliations      (GlnPaper           *self);
void                gln_paper_set_authors           (GlnPaper           *self,
                                                     const char * const *names,
                                                     const char * const *affiliations);
void                gln_paper_add_author            (GlnPaper           *self,
                                                     const char         *name,
                                                     const char         *affiliation);
guint               gln_paper_get_n_authors         (GlnPaper           *self);
int                 gln_paper_get_author_count      (GlnPaper           *self);
void                gln_paper_set_author_count      (GlnPaper           *self,
                                                     int                 author_count);
gboolean            gln_paper_get_authors_truncated (GlnPaper           *self);
void                gln_paper_set_authors_truncated (GlnPaper           *self,
                                                     gboolean            truncated);
const char * const *gln_paper_get_institutions      (GlnPaper           *self);
void                gln_paper_set_institutions      (GlnPaper           *self,
                                                     const char * const *institutions);
int                 gln_paper_get_upvotes           (GlnPaper           *self);
void                gln_paper_set_upvotes           (GlnPaper           *self,
                                                     int                 upvotes);
gint64              gln_paper_get_added             (GlnPaper           *self);
void                gln_paper_set_added             (GlnPaper           *self,
                                                     gint64              added);
gint64              gln_paper_get_read_time         (GlnPaper           *self);
void                gln_paper_set_read_time         (GlnPaper           *self,
                                                     gint64              read_time);
gboolean            gln_paper_get_read              (GlnPaper           *self);
gboolean            gln_paper_get_starred           (GlnPaper           *self);
void                gln_paper_set_starred           (GlnPaper           *self,
                                                     gboolean            starred);
int                 gln_paper_get_rating            (GlnPaper           *self);
void                gln_paper_set_rating            (GlnPaper           *self,
                                                     int                 rating);
gboolean            gln_paper_get_new_version       (GlnPaper           *self);
void                gln_paper_set_new_version       (GlnPaper           *self,
                                                     gboolean            new_version);
const char * const *gln_paper_get_tags              (GlnPaper           *self);
void                gln_paper_set_tags              (GlnPaper           *self,
                                                     const char * const *tags);
const char * const *gln_paper_get_collections       (GlnPaper           *self);
void                gln_paper_set_collections       (GlnPaper           *self,
                                                     const char * const *collections);
char               *gln_paper_dup_first_authors     (GlnPaper           *self,
                                                     guint               max_names);
int                 gln_paper_get_year              (GlnPaper           *self);
char               *gln_paper_dup_key_results       (GlnPaper           *self,
                                                     const char         *override);

G_END_DECLS
