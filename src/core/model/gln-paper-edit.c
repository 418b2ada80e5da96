/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the user may type into a paper's fields, checked one field at a time so that a
 * form can say which one is wrong and why, and the same checks again for the whole paper
 * before the store writes it (the command line edits through the store too). */

#define G_LOG_DOMAIN "gln-paper"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "gln-paper-edit.h"

#include "gln-error.h"
#include "gln-macros.h"
#include "gln-paper-identity.h"
#include "gln-paper-key.h"

static const char * const edit_fields[] = {
  GLN_PAPER_EDIT_TITLE, GLN_PAPER_EDIT_AUTHORS, GLN_PAPER_EDIT_DATE, GLN_PAPER_EDIT_VENUE,
  GLN_PAPER_EDIT_DOI, GLN_PAPER_EDIT_ARXIV_ID, GLN_PAPER_EDIT_URL, GLN_PAPER_EDIT_ABSTRACT,
  NULL
};

/**
 * gln_paper_edit_fields:
 *
 * Returns: (transfer none): the property names of the fields a user edits
 */
const char * const *
gln_paper_edit_fields (void)
{
  return edit_fields;
}

/* @text without surrounding white space, NULL when nothing is left. */
static char *
dup_trimmed (const char *text)
{
  char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (trimmed[0] != '\0')
    return trimmed;
  g_free (trimmed);
  return NULL;
}

gboolean
gln_paper_edit_parse_title (const char  *text,
                            char       **title,
                            GError     **error)
{
  if ((*title = dup_trimmed (text)) != NULL)
    return TRUE;

  g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                       _("A paper needs a title"));
  return FALSE;
}

/* An empty field clears the arXiv id; anything else must be one ("2410.17243",
 * "hep-th/9901001", an arxiv.org link), kept without its version. */
gboolean
gln_paper_edit_parse_arxiv (const char  *text,
                            char       **arxiv_id,
                            GError     **error)
{
  g_autofree char *trimmed = dup_trimmed (text);

  *arxiv_id = NULL;
  if (trimmed == NULL || gln_arxiv_id_parse (trimmed, arxiv_id, NULL))
    return TRUE;

  g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
               _("“%s” is not an arXiv identifier; one looks like 2410.17243 or "
                 "hep-th/9901001"), trimmed);
  return FALSE;
}

gboolean
gln_paper_edit_parse_doi (const char  *text,
                          char       **doi,
                          GError     **error)
{
  g_autofree char *trimmed = dup_trimmed (text);

  *doi = NULL;
  if (trimmed == NULL || (*doi = gln_doi_normalize (trimmed)) != NULL)
    return TRUE;

  g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
               _("“%s” is not a DOI; one begins with 10. and a slash, as in "
                 "10.1038/nature14539"), trimmed);
  return FALSE;
}

gboolean
gln_paper_edit_parse_url (const char  *text,
                          char       **url,
                          GError     **error)
{
  g_autofree char *trimmed = dup_trimmed (text);
  g_autoptr(GUri) uri = NULL;

  *url = NULL;
  if (trimmed == NULL)
    return TRUE;
  if ((uri = g_uri_parse (trimmed, G_URI_FLAGS_NONE, NULL)) != NULL &&
      (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0 ||
       g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0) &&
      !gln_str_empty0 (g_uri_get_host (uri)))
    {
      *url = g_steal_pointer (&trimmed);
      return TRUE;
    }

  g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
               _("“%s” is not a web address; it should begin with https://"), trimmed);
  return FALSE;
}

static gboolean
parse_number (const char *text,
              guint       digits,
              guint       min,
              guint       max,
              guint      *value)
{
  guint64 number;

  if (strlen (text) != digits || strspn (text, "0123456789") != digits)
    return FALSE;
  number = g_ascii_strtoull (text, NULL, 10);
  *value = (guint) number;

  return number >= min && number <= max;
}

/* "2024", "2024-06" or "2024-06-01"; empty clears the date. */
gboolean
gln_paper_edit_parse_date (const char        *text,
                           char             **published,
                           GlnDatePrecision  *precision,
                           GError           **error)
{
  g_autofree char *trimmed = dup_trimmed (text);
  g_auto(GStrv) parts = NULL;
  guint year = 0, month = 1, day = 1;
  guint n;

  *published = NULL;
  *precision = GLN_DATE_PRECISION_NONE;
  if (trimmed == NULL)
    return TRUE;

  parts = g_strsplit (trimmed, "-", 4);
  n = g_strv_length (parts);
  if (n <= 3 && parse_number (parts[0], 4, 1000, 2999, &year) &&
      (n < 2 || parse_number (parts[1], 2, 1, 12, &month)) &&
      (n < 3 || (parse_number (parts[2], 2, 1, 31, &day) &&
                 g_date_valid_dmy (day, month, year))))
    {
      *published = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
      *precision = n == 1 ? GLN_DATE_PRECISION_YEAR
                   : n == 2 ? GLN_DATE_PRECISION_MONTH : GLN_DATE_PRECISION_DAY;
      return TRUE;
    }

  g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
               _("“%s” is not a date; write a year (2024), a month (2024-06) or a day "
                 "(2024-06-01)"), trimmed);
  return FALSE;
}

/* Names separated by semicolons or new lines ("Smith, J." keeps its comma). */
GStrv
gln_paper_edit_parse_authors (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_regex_split_simple ("[;\n]", text != NULL ? text : "", 0, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = dup_trimmed (parts[i]);

      if (name != NULL)
        g_strv_builder_add (builder, name);
    }

  return g_strv_builder_end (builder);
}

char *
gln_paper_edit_join_authors (GlnPaper *paper)
{
  return g_strjoinv ("; ", (char **) gln_paper_get_authors (paper));
}

/* The date as the user would type it: only as precise as it is known. */
char *
gln_paper_edit_dup_date (GlnPaper *paper)
{
  const char *published = gln_paper_get_published (paper);
  GlnDatePrecision precision = gln_paper_get_date_precision (paper);

  if (published == NULL || precision == GLN_DATE_PRECISION_NONE)
    return g_strdup (published);

  return g_strndup (published, precision == GLN_DATE_PRECISION_YEAR ? 4
                               : precision == GLN_DATE_PRECISION_MONTH ? 7 : 10);
}

/* A bibliography's record keeps its journal or proceedings as "container-title" in the
 * extra fields, which the exports write; an arXiv record its journal reference. The venue
 * the user edits is the first of the two the paper has. */
char *
gln_paper_edit_dup_venue (GlnPaper *paper)
{
  g_autoptr(JsonObject) extra = gln_paper_dup_extra_object (paper);
  const char *container = extra != NULL
    ? json_object_get_string_member_with_default (extra, "container-title", NULL) : NULL;

  return g_strdup (container != NULL ? container : gln_paper_get_journal_ref (paper));
}

void
gln_paper_edit_set_venue (GlnPaper   *paper,
                          const char *venue)
{
  g_autoptr(JsonObject) extra = gln_paper_dup_extra_object (paper);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  if (extra == NULL || !json_object_has_member (extra, "container-title"))
    {
      gln_paper_set_journal_ref (paper, venue);
      return;
    }

  if (venue != NULL)
    json_object_set_string_member (extra, "container-title", venue);
  else
    json_object_remove_member (extra, "container-title");
  root = json_node_init_object (json_node_alloc (), extra);
  text = json_to_string (root, FALSE);
  gln_paper_set_extra (paper, text);
}

/**
 * gln_paper_edit_normalize:
 * @edited: a paper holding what the user typed into the edited fields
 * @error: return location for a #GError
 *
 * Checks every editable field of @edited and writes it back as the library keeps it: the
 * identifiers normalized, white space trimmed, empty fields cleared.
 *
 * Returns: %TRUE if every field is valid; else %FALSE with a %GLN_PARSE_ERROR_INVALID
 *   that names the first wrong field
 */
gboolean
gln_paper_edit_normalize (GlnPaper  *edited,
                          GError   **error)
{
  g_autofree char *title = NULL;
  g_autofree char *arxiv_id = NULL;
  g_autofree char *doi = NULL;
  g_autofree char *url = NULL;
  g_autofree char *published = NULL;
  g_autofree char *typed_venue = gln_paper_edit_dup_venue (edited);
  g_autofree char *venue = dup_trimmed (typed_venue);
  g_autofree char *abstract = dup_trimmed (gln_paper_get_abstract (edited));
  g_autofree char *date = gln_paper_edit_dup_date (edited);
  GlnDatePrecision precision;

  if (!gln_paper_edit_parse_title (gln_paper_get_title (edited), &title, error) ||
      !gln_paper_edit_parse_arxiv (gln_paper_get_arxiv_id (edited), &arxiv_id, error) ||
      !gln_paper_edit_parse_doi (gln_paper_get_doi (edited), &doi, error) ||
      !gln_paper_edit_parse_url (gln_paper_get_url (edited), &url, error) ||
      !gln_paper_edit_parse_date (date, &published, &precision, error))
    return FALSE;

  gln_paper_set_title (edited, title);
  gln_paper_set_arxiv_id (edited, arxiv_id);
  gln_paper_set_doi (edited, doi);
  gln_paper_set_url (edited, url);
  gln_paper_set_published (edited, published);
  gln_paper_set_date_precision (edited, precision);
  gln_paper_edit_set_venue (edited, venue);
  gln_paper_set_abstract (edited, abstract);

  return TRUE;
}

/* Whether @edited's @field differs from @stored's. */
gboolean
gln_paper_edit_differs (GlnPaper   *stored,
                        GlnPaper   *edited,
                        const char *field)
{
  g_autofree char *have = NULL;
  g_autofree char *wanted = NULL;

  if (strcmp (field, GLN_PAPER_EDIT_AUTHORS) == 0)
    return !g_strv_equal (gln_paper_get_authors (stored), gln_paper_get_authors (edited));
  if (strcmp (field, GLN_PAPER_EDIT_VENUE) == 0)
    {
      g_autofree char *stored_venue = gln_paper_edit_dup_venue (stored);
      g_autofree char *edited_venue = gln_paper_edit_dup_venue (edited);

      return g_strcmp0 (stored_venue, edited_venue) != 0;
    }
  if (strcmp (field, GLN_PAPER_EDIT_DATE) == 0)
    {
      g_autofree char *stored_date = gln_paper_edit_dup_date (stored);
      g_autofree char *edited_date = gln_paper_edit_dup_date (edited);

      return g_strcmp0 (stored_date, edited_date) != 0;
    }

  g_object_get (stored, field, &have, NULL);
  g_object_get (edited, field, &wanted, NULL);
  return g_strcmp0 (have, wanted) != 0;
}

/* Copies @field from @edited to @stored. */
void
gln_paper_edit_apply (GlnPaper   *stored,
                      GlnPaper   *edited,
                      const char *field)
{
  g_autofree char *value = NULL;

  if (strcmp (field, GLN_PAPER_EDIT_AUTHORS) == 0)
    {
      const char * const *names = gln_paper_get_authors (edited);

      gln_paper_set_authors (stored, names, NULL);
      gln_paper_set_author_count (stored, g_strv_length ((char **) names));
      gln_paper_set_authors_truncated (stored, FALSE);
      return;
    }
  if (strcmp (field, GLN_PAPER_EDIT_VENUE) == 0)
    {
      g_autofree char *venue = gln_paper_edit_dup_venue (edited);

      gln_paper_edit_set_venue (stored, venue);
      return;
    }
  if (strcmp (field, GLN_PAPER_EDIT_DATE) == 0)
    {
      gln_paper_set_published (stored, gln_paper_get_published (edited));
      gln_paper_set_date_precision (stored, gln_paper_get_date_precision (edited));
      gln_paper_set_date_text (stored, NULL);
      return;
    }

  g_object_get (edited, field, &value, NULL);
  g_object_set (stored, field, value, NULL);
}
