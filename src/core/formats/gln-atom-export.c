/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-atom-export"

#include "config.h"

#include "gln-atom-export.h"

#include "gln-macros.h"
#include "gln-paper.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <string.h>

/* A collection or a saved search as an Atom feed (RFC 4287) that a lab can host and follow
 * in any feed reader. Entries carry arXiv's own Atom extensions (primary category, DOI,
 * journal reference, comment), so that arXiv-aware readers, Gleaner included, read them as
 * they read the arXiv API. */

#define ATOM_NS  "http://www.w3.org/2005/Atom"
#define ARXIV_NS "http://arxiv.org/schemas/atom"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)

/* An RFC 3339 time for a paper date of any precision: "2024" is 2024-01-01T00:00:00Z. */
static char *
rfc3339 (const char *date)
{
  int year = 0, month = 1, day = 1;

  if (date == NULL || sscanf (date, "%d-%d-%d", &year, &month, &day) < 1 || year <= 0)
    return NULL;
  if (!g_date_valid_dmy (day, month, year))
    month = day = 1;

  return g_strdup_printf ("%04d-%02d-%02dT00:00:00Z", year, month, day);
}

static char *
entry_updated (GlnPaper *paper)
{
  char *updated = rfc3339 (gln_paper_get_updated (paper));

  if (updated == NULL)
    updated = rfc3339 (gln_paper_get_published (paper));
  if (updated == NULL && gln_paper_get_added (paper) > 0)
    {
      g_autoptr(GDateTime) added = g_date_time_new_from_unix_utc (gln_paper_get_added (paper));

      updated = g_date_time_format (added, "%Y-%m-%dT%H:%M:%SZ");
    }
  if (updated == NULL)
    updated = g_strdup ("1970-01-01T00:00:00Z");

  return updated;
}

/* An entry's id is the paper's public identity, the same in every export. */
static char *
entry_id (GlnPaper *paper)
{
  if (gln_paper_get_arxiv_id (paper) != NULL)
    return g_strconcat ("https://arxiv.org/abs/", gln_paper_get_arxiv_id (paper), NULL);
  if (gln_paper_get_doi (paper) != NULL)
    return g_strconcat ("https://doi.org/", gln_paper_get_doi (paper), NULL);

  return g_strconcat ("urn:gleaner:",
                      gln_paper_get_key (paper) ? gln_paper_get_key (paper) : "paper", NULL);
}

/* XML 1.0 allows tab, line feed, carriage return and the characters from U+0020 on, less
 * surrogates, U+FFFE and U+FFFF. Any other character of a text, and bytes that are not
 * UTF-8, become U+FFFD, so that the document stays well-formed whatever a paper holds. */
static char *
dup_xml_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff ||
          (c >= 0xd800 && c <= 0xdfff))
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

static int
text_element (xmlTextWriter *writer,
              const char    *prefix,
              const char    *name,
              const char    *text)
{
  g_autofree char *clean = NULL;

  if (gln_str_empty0 (text))
    return 0;

  clean = dup_xml_text (text);
  return xmlTextWriterWriteElementNS (writer, BAD_CAST prefix, BAD_CAST name, NULL,
                                      BAD_CAST clean);
}

static int
attribute (xmlTextWriter *writer,
           const char    *name,
           const char    *value)
{
  g_autofree char *clean = dup_xml_text (value);

  return xmlTextWriterWriteAttribute (writer, BAD_CAST name, BAD_CAST clean);
}

static int
link_element (xmlTextWriter *writer,
              const char    *rel,
              const char    *type,
              const char    *title,
              const char    *href)
{
  int rc = 0;

  if (gln_str_empty0 (href))
    return 0;

  rc |= xmlTextWriterStartElement (writer, BAD_CAST "link") < 0;
  rc |= attribute (writer, "rel", rel) < 0;
  if (type != NULL)
    rc |= attribute (writer, "type", type) < 0;
  if (title != NULL)
    rc |= attribute (writer, "title", title) < 0;
  rc |= attribute (writer, "href", href) < 0;
  rc |= xmlTextWriterEndElement (writer) < 0;

  return rc ? -1 : 0;
}

static int
category_element (xmlTextWriter *writer,
                  const char    *term,
                  const char    *scheme)
{
  int rc = 0;

  rc |= xmlTextWriterStartElement (writer, BAD_CAST "category") < 0;
  rc |= attribute (writer, "term", term) < 0;
  rc |= attribute (writer, "scheme", scheme) < 0;
  rc |= xmlTextWriterEndElement (writer) < 0;

  return rc ? -1 : 0;
}

static int
write_entry (xmlTextWriter *writer,
             GlnPaper      *paper)
{
  g_autofree char *id = entry_id (paper);
  g_autofree char *updated = entry_updated (paper);
  g_autofree char *published = rfc3339 (gln_paper_get_published (paper));
  g_autofree char *doi_url = NULL;
  const char * const *authors = gln_paper_get_authors (paper);
  const char * const *affiliations = gln_paper_get_affiliations (paper);
  const char * const *categories = gln_paper_get_categories (paper);
  const char * const *tags = gln_paper_get_tags (paper);
  const char *url = gln_paper_get_url (paper);
  int rc = 0;

  if (gln_paper_get_doi (paper) != NULL)
    doi_url = g_strconcat ("https://doi.org/", gln_paper_get_doi (paper), NULL);

  rc |= xmlTextWriterStartElement (writer, BAD_CAST "entry") < 0;
  rc |= text_element (writer, NULL, "id", id) < 0;
  rc |= text_element (writer, NULL, "title", gln_paper_get_title (paper)) < 0;
  rc |= text_element (writer, NULL, "updated", updated) < 0;
  rc |= text_element (writer, NULL, "published", published) < 0;
  for (guint i = 0; authors[i] != NULL; i++)
    {
      rc |= xmlTextWriterStartElement (writer, BAD_CAST "author") < 0;
      rc |= text_element (writer, NULL, "name", authors[i]) < 0;
      if (affiliations[i] != NULL)
        rc |= text_element (writer, "arxiv", "affiliation", affiliations[i]) < 0;
      rc |= xmlTextWriterEndElement (writer) < 0;
    }
  rc |= text_element (writer, NULL, "summary", gln_paper_get_abstract (paper)) < 0;
  rc |= link_element (writer, "alternate", "text/html", NULL, url ? url : doi_url) < 0;
  rc |= link_element (writer, "related", "application/pdf", "pdf",
                      gln_paper_get_pdf_url (paper)) < 0;
  rc |= link_element (writer, "related", NULL, "doi", doi_url) < 0;
  rc |= link_element (writer, "related", NULL, "code", gln_paper_get_code_url (paper)) < 0;
  if (gln_paper_get_category (paper) != NULL)
    {
      rc |= xmlTextWriterStartElementNS (writer, BAD_CAST "arxiv", BAD_CAST "primary_category",
                                         NULL) < 0;
      rc |= attribute (writer, "term", gln_paper_get_category (paper)) < 0;
      rc |= xmlTextWriterEndElement (writer) < 0;
    }
  for (guint i = 0; categories[i] != NULL; i++)
    rc |= category_element (writer, categories[i], "http://arxiv.org/schemas/atom") < 0;
  for (guint i = 0; tags[i] != NULL; i++)
    rc |= category_element (writer, tags[i], "urn:gleaner:tag") < 0;
  rc |= text_element (writer, "arxiv", "doi", gln_paper_get_doi (paper)) < 0;
  rc |= text_element (writer, "arxiv", "journal_ref", gln_paper_get_journal_ref (paper)) < 0;
  rc |= text_element (writer, "arxiv", "comment", gln_paper_get_comment (paper)) < 0;
  rc |= xmlTextWriterEndElement (writer) < 0;

  return rc ? -1 : 0;
}

/**
 * gln_atom_export_write:
 * @papers: (element-type GlnPaper): the papers, newest first
 * @title: the feed's title
 * @feed_id: (nullable): the feed's permanent id (an IRI); %NULL derives one from @title
 * @self_url: (nullable): where the feed will be published, for its `self` link
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the Atom document, or %NULL with @error
 */
char *
gln_atom_export_write (GPtrArray   *papers,
                       const char  *title,
                       const char  *feed_id,
                       const char  *self_url,
                       GError     **error)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) writer = NULL;
  g_autofree char *derived_id = NULL;
  g_autofree char *updated = NULL;
  int rc = 0;

  g_return_val_if_fail (papers != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  if (buffer == NULL || (writer = xmlNewTextWriterMemory (buffer, 0)) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not create an XML writer"));
      return NULL;
    }

  if (feed_id == NULL)
    {
      g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA1, title, -1);

      feed_id = derived_id = g_strconcat ("urn:gleaner:feed:", digest, NULL);
    }

  /* The feed changed when its newest entry did. */
  for (guint i = 0; i < papers->len; i++)
    {
      g_autofree char *entry = entry_updated (g_ptr_array_index (papers, i));

      if (updated == NULL || g_strcmp0 (entry, updated) > 0)
        {
          g_free (updated);
          updated = g_steal_pointer (&entry);
        }
    }
  if (updated == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      updated = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
    }

  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, BAD_CAST "  ");
  rc |= xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL) < 0;
  rc |= xmlTextWriterStartElementNS (writer, NULL, BAD_CAST "feed", BAD_CAST ATOM_NS) < 0;
  rc |= xmlTextWriterWriteAttribute (writer, BAD_CAST "xmlns:arxiv", BAD_CAST ARXIV_NS) < 0;
  rc |= text_element (writer, NULL, "title", title) < 0;
  rc |= text_element (writer, NULL, "id", feed_id) < 0;
  rc |= text_element (writer, NULL, "updated", updated) < 0;
  rc |= link_element (writer, "self", "application/atom+xml", NULL, self_url) < 0;
  /* Atom wants an author for every entry; the feed's covers entries that list none. */
  rc |= xmlTextWriterStartElement (writer, BAD_CAST "author") < 0;
  rc |= text_element (writer, NULL, "name", "Gleaner") < 0;
  rc |= xmlTextWriterEndElement (writer) < 0;
  rc |= xmlTextWriterStartElement (writer, BAD_CAST "generator") < 0;
  rc |= xmlTextWriterWriteAttribute (writer, BAD_CAST "version", BAD_CAST PACKAGE_VERSION) < 0;
  rc |= xmlTextWriterWriteString (writer, BAD_CAST "Gleaner") < 0;
  rc |= xmlTextWriterEndElement (writer) < 0;

  for (guint i = 0; i < papers->len; i++)
    rc |= write_entry (writer, g_ptr_array_index (papers, i)) < 0;

  rc |= xmlTextWriterEndElement (writer) < 0;
  rc |= xmlTextWriterEndDocument (writer) < 0;
  g_clear_pointer (&writer, xmlFreeTextWriter);

  if (rc)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the Atom feed"));
      return NULL;
    }

  return g_strndup ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer));
}
