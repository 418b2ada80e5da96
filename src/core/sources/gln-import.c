/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gln-import.h"

#include "gln-arxiv-source.h"
#include "gln-bibtex.h"
#include "gln-csljson.h"
#include "gln-hf-source.h"
#include "gln-listing.h"
#include "gln-openalex-source.h"
#include "gln-paper-limits.h"
#include "gln-ris.h"
#include "gln-rss-source.h"
#include "gln-source.h"

static const char * const format_names[] = {
  [GLN_IMPORT_FORMAT_AUTO] = "auto",
  [GLN_IMPORT_FORMAT_ARXIV] = "arxiv",
  [GLN_IMPORT_FORMAT_HF] = "hf",
  [GLN_IMPORT_FORMAT_LISTING] = "listing",
  [GLN_IMPORT_FORMAT_BIBTEX] = "bibtex",
  [GLN_IMPORT_FORMAT_RIS] = "ris",
  [GLN_IMPORT_FORMAT_CSLJSON] = "csljson",
  [GLN_IMPORT_FORMAT_OPENALEX] = "openalex",
  [GLN_IMPORT_FORMAT_RSS] = "rss",
};

gboolean
gln_import_format_from_string (const char      *name,
                               GlnImportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    {
      if (g_strcmp0 (name, format_names[i]) == 0)
        {
          *format = (GlnImportFormat) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
gln_import_format_to_string (GlnImportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_names), NULL);

  return format_names[format];
}

/* The first non-blank bytes, after a UTF-8 byte order mark. */
static const char *
skip_blank (const char *data,
            gsize      *len)
{
  if (*len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      *len -= 3;
    }
  while (*len > 0 && g_ascii_isspace (*data))
    {
      data++;
      (*len)--;
    }

  return data;
}

/* Cuts what is too long, in one place for every format (gln-paper-limits.h), and says so
 * in @problems when there is one. */
static GPtrArray *
limit_lengths (GPtrArray  *papers,
               GPtrArray **problems)
{
  for (guint i = 0; papers != NULL && i < papers->len; i++)
    {
      g_autofree char *cut = gln_paper_limit_lengths (papers->pdata[i]);

      if (cut == NULL || problems == NULL)
        continue;
      if (*problems == NULL)
        *problems = g_ptr_array_new_with_free_func (g_free);
      /* Translators: a problem in a file being imported, "entry 3: too long, cut: title" */
      g_ptr_array_add (*problems, g_strdup_printf (_("entry %u: %s"), i + 1, cut));
    }

  return papers;
}

/**
 * gln_import_detect_format:
 * @bytes: a file's contents
 *
 * Tells the format from the contents: an Atom feed is the arXiv API, JSON is CSL-JSON when
 * it has CSL variables and Hugging Face otherwise, "TY  - " starts RIS, a line starting with
 * "@type{" BibTeX, and other text is taken for a copied listing page.
 *
 * Returns: the format, or %GLN_IMPORT_FORMAT_AUTO when it cannot be told
 */
GlnImportFormat
gln_import_detect_format (GBytes *bytes)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  gsize head_len;

  data = skip_blank (data, &len);
  if (len == 0)
    return GLN_IMPORT_FORMAT_AUTO;

  /* A first item or header may be long (an abstract, comments, a stylesheet): what tells
   * the format is looked for in the first 256 KB, as for BibTeX below. */
  head_len = MIN (len, 256 * 1024);
  if (data[0] == '<')
    {
      g_autofree char *head = g_strndup (data, head_len);

      /* The arXiv API is Atom with arXiv's namespace; any other feed is a journal's. */
      if (strstr (head, "<feed") != NULL && strstr (head, "http://www.w3.org/2005/Atom") != NULL &&
          (strstr (head, "http://arxiv.org/schemas/atom") != NULL ||
           strstr (head, "arxiv.org/api/") != NULL))
        return GLN_IMPORT_FORMAT_ARXIV;
      if (strstr (head, "<rss") != NULL || strstr (head, "<rdf:RDF") != NULL ||
          strstr (head, "<feed") != NULL)
        return GLN_IMPORT_FORMAT_RSS;
      return GLN_IMPORT_FORMAT_AUTO;
    }

  if (data[0] == '{')
    {
      g_autofree char *head = g_strndup (data, head_len);

      /* An OpenAlex works page: {"meta": {…}, "results": [{"id": "https://openalex.org/W…"}]} */
      if (strstr (head, "\"meta\"") != NULL && strstr (head, "openalex.org/") != NULL)
        return GLN_IMPORT_FORMAT_OPENALEX;
    }

  if (gln_csljson_looks_like (data, head_len))
    return GLN_IMPORT_FORMAT_CSLJSON;
  if (data[0] == '[' || data[0] == '{')
    return GLN_IMPORT_FORMAT_HF;
  if (gln_ris_looks_like (data, head_len))
    return GLN_IMPORT_FORMAT_RIS;
  /* A .bib file may open with pages of comments (tugboat.bib: 9 KB) before its first
   * entry; it is still a .bib file when one starts in the first 256 KB. */
  if (gln_bibtex_looks_like (data, head_len))
    return GLN_IMPORT_FORMAT_BIBTEX;

  if (gln_listing_looks_like (data, len))
    return GLN_IMPORT_FORMAT_LISTING;

  return GLN_IMPORT_FORMAT_AUTO;
}

/**
 * gln_import_parse:
 * @bytes: a file's contents
 * @format: its format, or %GLN_IMPORT_FORMAT_AUTO to detect it
 * @detected: (out) (optional): the format used
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaper): the papers found, or %NULL with @error
 */
GPtrArray *
gln_import_parse (GBytes           *bytes,
                  GlnImportFormat   format,
                  GlnImportFormat  *detected,
                  GError          **error)
{
  g_autoptr(GlnSource) source = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (format == GLN_IMPORT_FORMAT_AUTO)
    format = gln_import_detect_format (bytes);
  if (detected != NULL)
    *detected = format;

  switch (format)
    {
    case GLN_IMPORT_FORMAT_ARXIV:
      source = GLN_SOURCE (gln_arxiv_source_new ());
      break;
    case GLN_IMPORT_FORMAT_HF:
      source = GLN_SOURCE (gln_hf_source_new ());
      break;
    case GLN_IMPORT_FORMAT_OPENALEX:
      source = GLN_SOURCE (gln_openalex_source_new ());
      break;
    case GLN_IMPORT_FORMAT_RSS:
      source = GLN_SOURCE (gln_rss_source_new ());
      break;
    case GLN_IMPORT_FORMAT_BIBTEX:
    case GLN_IMPORT_FORMAT_RIS:
    case GLN_IMPORT_FORMAT_CSLJSON:
      return gln_import_parse_full (bytes, format, NULL, NULL, NULL, error);
    case GLN_IMPORT_FORMAT_LISTING:
      {
        gsize len = 0;
        const char *text = g_bytes_get_data (bytes, &len);

        return limit_lengths (gln_listing_parse (text ? text : "", len, NULL, error), NULL);
      }
    case GLN_IMPORT_FORMAT_AUTO:
    default:
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNKNOWN_FORMAT,
                           _("Gleaner does not know this kind of file; it reads BibTeX, RIS, "
                             "CSL-JSON, RSS and Atom feeds, and pages copied from a browser"));
      return NULL;
    }

  return gln_source_parse (source, bytes, error);
}

/**
 * gln_import_parse_full:
 * @bytes: a file's contents
 * @format: its format, or %GLN_IMPORT_FORMAT_AUTO to detect it
 * @detected: (out) (optional): the format used
 * @problems: (out) (optional) (transfer full) (element-type utf8): what was skipped or
 *   doubtful, each message starting with its line; only BibTeX and RIS report any
 * @error: return location for a #GError
 *
 * Like gln_import_parse(), and tells what a file with some broken entries lost.
 *
 * Returns: (transfer full) (element-type GlnPaper): the papers found, or %NULL with @error
 */
GPtrArray *
gln_import_parse_full (GBytes           *bytes,
                       GlnImportFormat   format,
                       GlnImportFormat  *detected,
                       GPtrArray       **problems,
                       guint            *n_skipped,
                       GError          **error)
{
  GPtrArray *papers;
  gsize len = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (format == GLN_IMPORT_FORMAT_AUTO)
    format = gln_import_detect_format (bytes);
  if (detected != NULL)
    *detected = format;
  if (n_skipped != NULL)
    *n_skipped = 0;
  if (problems != NULL)
    *problems = NULL;

  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = "";

  switch ((int) format)
    {
    case GLN_IMPORT_FORMAT_BIBTEX:
      papers = gln_bibtex_parse_full (data, len, problems, n_skipped, error);
      break;
    case GLN_IMPORT_FORMAT_RIS:
      papers = gln_ris_parse (data, len, problems, error);
      break;
    case GLN_IMPORT_FORMAT_CSLJSON:
      papers = gln_csljson_parse (data, len, error);
      break;
    default:
      return gln_import_parse (bytes, format, NULL, error);
    }

  return limit_lengths (papers, problems);
}

/**
 * gln_import_parse_preview:
 * @bytes: pasted text or a file's contents
 * @format: its format, or %GLN_IMPORT_FORMAT_AUTO to detect it
 * @detected: (out) (optional): the format used
 * @error: return location for a #GError
 *
 * Like gln_import_parse(), for a preview where the user chooses what to add: a copied page
 * also gives the blocks that may be papers or the page's own text, each with the reason
 * gln_listing_get_doubt() tells (see #GlnListingOptions).
 *
 * Returns: (transfer full) (element-type GlnPaper): the papers found, or %NULL with @error
 */
GPtrArray *
gln_import_parse_preview (GBytes           *bytes,
                          GlnImportFormat   format,
                          GlnImportFormat  *detected,
                          GError          **error)
{
  GlnListingOptions options = { 0, TRUE };
  gsize len = 0;
  const char *text;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (format == GLN_IMPORT_FORMAT_AUTO)
    format = gln_import_detect_format (bytes);
  if (detected != NULL)
    *detected = format;
  if (format != GLN_IMPORT_FORMAT_LISTING)
    return gln_import_parse_full (bytes, format, NULL, NULL, NULL, error);

  text = g_bytes_get_data (bytes, &len);
  return limit_lengths (gln_listing_parse (text ? text : "", len, &options, error), NULL);
}
