/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-paper-row"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-paper-row.h"

#include "gln-latex.h"
#include "gln-paper-marks.h"

#include <stdio.h>
#include <string.h>

/* One paper in the list: its title (bold while unread), first authors, date, where it came
 * from, and what the user made of it. It follows the shared GlnPaper, so a rating given in
 * the reading pane shows here at once. */
struct _GlnPaperRow
{
  GtkWidget     parent_instance;

  GlnPaper     *paper;

  GtkWidget    *unread_dot;
  GtkLabel       *title_label;
  GtkInscription *authors_label;
  GtkLabel     *date_label;
  GtkLabel     *source_label;
  GtkWidget    *code_icon;
  GtkWidget    *upvotes_box;
  GtkLabel     *upvotes_label;
  GtkLabel     *rating_label;
  GtkWidget    *star_icon;
  GtkWidget    *mark_icon;
};

enum {
  PROP_0,
  PROP_PAPER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (GlnPaperRow, gln_paper_row, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];

/**
 * gln_paper_dup_source_label:
 * @paper: a #GlnPaper
 *
 * Returns: (transfer full) (nullable): the badge naming where the paper is from: its arXiv
 *   category, or the service that listed it
 */
char *
gln_paper_dup_source_label (GlnPaper *paper)
{
  const char *category = gln_paper_get_category (paper);
  const char *source = gln_paper_get_source (paper);

  if (category != NULL)
    return g_strdup (category);
  if (g_strcmp0 (source, "hf") == 0)
    return g_strdup (_("Hugging Face"));
  if (g_strcmp0 (source, "openalex") == 0)
    return g_strdup ("OpenAlex");
  if (g_strcmp0 (source, "arxiv") == 0)
    return g_strdup ("arXiv");
  if (gln_paper_get_arxiv_id (paper) != NULL)
    return g_strdup ("arXiv");

  return NULL;
}

/**
 * gln_paper_dup_date_label:
 * @paper: a #GlnPaper
 *
 * Returns: (transfer full) (nullable): the publication date, as precise as it is known
 */
char *
gln_paper_dup_date_label (GlnPaper *paper)
{
  const char *published = gln_paper_get_published (paper);
  GlnDatePrecision precision = gln_paper_get_date_precision (paper);
  g_autoptr(GDateTime) date = NULL;
  int year = 0;
  int month = 1;
  int day = 1;

  if (published == NULL)
    return g_strdup (gln_paper_get_date_text (paper));

  if (sscanf (published, "%d-%d-%d", &year, &month, &day) < 1 || year <= 0)
    return g_strdup (published);
  if (precision == GLN_DATE_PRECISION_NONE)
    precision = strlen (published) >= 10 ? GLN_DATE_PRECISION_DAY
              : strlen (published) >= 7 ? GLN_DATE_PRECISION_MONTH
              : GLN_DATE_PRECISION_YEAR;
  if (!(date = g_date_time_new_utc (year, month, day, 0, 0, 0)))
    return g_strdup (published);

  switch (precision)
    {
    case GLN_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%d", year);
    case GLN_DATE_PRECISION_MONTH:
      /* Translators: a month and year, see g_date_time_format() */
      return g_date_time_format (date, _("%b %Y"));
    case GLN_DATE_PRECISION_DAY:
    case GLN_DATE_PRECISION_NONE:
    default:
      /* Translators: a day, month and year, see g_date_time_format() */
      return g_date_time_format (date, _("%-d %b %Y"));
    }
}

/* gtk_inscription_set_markup() of GTK 4.8 leaks the attribute list it parses; parsing here
 * keeps a row's every bind from leaking one. */
/* The first authors; pages that list only an organisation or a count give that instead. */
static char *
dup_byline (GlnPaper *paper)
{
  const char * const *institutions = gln_paper_get_institutions (paper);
  char *authors = gln_paper_dup_first_authors (paper, 3);
  int count = gln_paper_get_author_count (paper);

  if (authors != NULL)
    return authors;
  if (institutions != NULL && institutions[0] != NULL && count > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %d author", "%s · %d authors",
                                         count), institutions[0], count);
  if (institutions != NULL && institutions[0] != NULL)
    return g_strdup (institutions[0]);
  if (count > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d author", "%d authors", count),
                            count);

  return NULL;
}

static void
update (GlnPaperRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *authors = NULL;
  g_autofree char *date = NULL;
  g_autofree char *source = NULL;
  g_autofree char *upvotes = NULL;
  g_autofree char *accessible = NULL;
  GString *stars;
  gboolean unread;
  int rating;

  if (self->paper == NULL)
    return;

  unread = !gln_paper_get_read (self->paper);
  rating = gln_paper_get_rating (self->paper);

  title = gln_latex_to_markup (gln_paper_get_title (self->paper));
  /* Markup the converter could not make valid is shown as it stands, never dropped. */
  if (pango_parse_markup (title, -1, 0, NULL, NULL, NULL, NULL))
    gtk_label_set_markup (self->title_label, title);
  else
    gtk_label_set_text (self->title_label, title);
  if (unread)
    gtk_widget_add_css_class (GTK_WIDGET (self), "unread");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "unread");
  /* The dot keeps its room when read, so that titles stay aligned. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->unread_dot),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, unread ? _("Unread") : NULL, -1);

  authors = dup_byline (self->paper);
  gtk_inscription_set_text (self->authors_label, authors);
  gtk_widget_set_visible (GTK_WIDGET (self->authors_label), authors != NULL && *authors != '\0');

  date = gln_paper_dup_date_label (self->paper);
  gtk_label_set_label (self->date_label, date);
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), date != NULL);

  source = gln_paper_dup_source_label (self->paper);
  gtk_label_set_label (self->source_label, source);
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), source != NULL);

  gtk_widget_set_visible (self->code_icon, gln_paper_get_has_code (self->paper) ||
                                           gln_paper_get_code_url (self->paper) != NULL);

  if (gln_paper_get_upvotes (self->paper) > 0)
    upvotes = g_strdup_printf ("%d", gln_paper_get_upvotes (self->paper));
  gtk_label_set_label (self->upvotes_label, upvotes);
  gtk_widget_set_visible (self->upvotes_box, upvotes != NULL);
  if (upvotes != NULL)
    {
      g_autofree char *said = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d upvote",
                                                            "%d upvotes",
                                                            gln_paper_get_upvotes (self->paper)),
                                               gln_paper_get_upvotes (self->paper));

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->upvotes_box),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, said, -1);
    }

  stars = g_string_new (NULL);
  for (int i = 0; i < rating; i++)
    g_string_append (stars, "★");
  gtk_label_set_label (self->rating_label, stars->str);
  gtk_widget_set_visible (GTK_WIDGET (self->rating_label), rating > 0);
  g_string_free (stars, TRUE);
  if (rating > 0)
    {
      g_autofree char *rated = g_strdup_printf (_("Rated %d of 5"), rating);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->rating_label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, rated, -1);
    }

  gtk_widget_set_visible (self->star_icon, gln_paper_get_starred (self->paper));

  /* Screen readers announce the row as one line, not as its pieces. */
  accessible = g_strdup_printf ("%s%s", unread ? _("Unread: ") : "",
                                gln_paper_get_title (self->paper) ?: "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, authors, -1);
}

static void
update_mark (GlnPaperRow *self)
{
  gtk_widget_set_visible (self->mark_icon,
                          self->paper != NULL && gln_paper_marks_contains (self->paper));
}

static void
gln_paper_row_dispose (GObject *object)
{
  GlnPaperRow *self = (GlnPaperRow *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_PAPER_ROW);
  /* Template children that are not bound are not unparented by the line above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->paper);

  G_OBJECT_CLASS (gln_paper_row_parent_class)->dispose (object);
}

static void
gln_paper_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GlnPaperRow *self = GLN_PAPER_ROW (object);

  switch (prop_id)
    {
    case PROP_PAPER:
      g_value_set_object (value, self->paper);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_paper_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GlnPaperRow *self = GLN_PAPER_ROW (object);

  switch (prop_id)
    {
    case PROP_PAPER:
      gln_paper_row_set_paper (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_paper_row_class_init (GlnPaperRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_paper_row_dispose;
  object_class->get_property = gln_paper_row_get_property;
  object_class->set_property = gln_paper_row_set_property;

  properties [PROP_PAPER] =
    g_param_spec_object ("paper", NULL, NULL, GLN_TYPE_PAPER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gln-paper-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnPaperRow, unread_dot);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperRow, mark_icon);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperRow, authors_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperRow, source_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperRow, code_icon);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperRow, upvotes_box);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperRow, upvotes_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperRow, rating_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperRow, star_icon);

  gtk_widget_class_set_css_name (widget_class, "paperrow");
}

/* A row can be dragged onto a collection in the sidebar. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GlnPaperRow   *self)
{
  if (self->paper == NULL)
    return NULL;

  return gdk_content_provider_new_typed (GLN_TYPE_PAPER, self->paper);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GlnPaperRow   *self)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static void
gln_paper_row_init (GlnPaperRow *self)
{
  GtkDragSource *drag = gtk_drag_source_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gln_paper_marks_get_default (), "items-changed",
                           G_CALLBACK (update_mark), self, G_CONNECT_SWAPPED);

  gtk_drag_source_set_actions (drag, GDK_ACTION_COPY);
  g_signal_connect_object (drag, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

GtkWidget *
gln_paper_row_new (void)
{
  return g_object_new (GLN_TYPE_PAPER_ROW, NULL);
}

GlnPaper *
gln_paper_row_get_paper (GlnPaperRow *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_ROW (self), NULL);

  return self->paper;
}

void
gln_paper_row_set_paper (GlnPaperRow *self,
                         GlnPaper    *paper)
{
  g_return_if_fail (GLN_IS_PAPER_ROW (self));
  g_return_if_fail (paper == NULL || GLN_IS_PAPER (paper));

  if (self->paper == paper)
    return;

  if (self->paper != NULL)
    g_signal_handlers_disconnect_by_func (self->paper, update, self);

  g_set_object (&self->paper, paper);

  if (paper != NULL)
    {
      g_signal_connect_object (paper, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      update (self);
    }
  update_mark (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAPER]);
}
