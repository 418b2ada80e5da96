/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-source"

#include "config.h"

#include "gln-source-private.h"

#include "gln-json-load.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <string.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)

/* Collapses every run of white space to one space and trims both ends; %NULL when nothing
 * is left. */
char *
_gln_source_normalize_space (const char *text)
{
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_c (out, *p);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_block (const xmlChar *name)
{
  static const char * const blocks[] = {
    "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
    "th", "table", "blockquote", "section", "dd", "dt", "hr",
  };

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (xmlStrcasecmp (name, BAD_CAST blocks[i]) == 0)
      return TRUE;

  return FALSE;
}

static void
collect_text (xmlNode *node,
              GString *out)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *) node->content);
      else if (node->type == XML_ELEMENT_NODE)
        {
          gboolean block = is_block (node->name);

          if (block)
            g_string_append_c (out, ' ');
          collect_text (node->children, out);
          if (block)
            g_string_append_c (out, ' ');
        }
    }
}

/* Feeds put HTML in titles and descriptions, escaped or in CDATA. Tags go, entities are
 * decoded, and block elements leave a space so that paragraphs do not run together. */
char *
_gln_source_strip_markup (const char *text)
{
  g_autoptr(GString) out = NULL;
  xmlDoc *doc;

  if (text == NULL || (strchr (text, '<') == NULL && strchr (text, '&') == NULL))
    return _gln_source_normalize_space (text);

  doc = htmlReadMemory (text, (int) MIN (strlen (text), G_MAXINT), NULL, "UTF-8",
                        HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (doc == NULL)
    return _gln_source_normalize_space (text);

  out = g_string_new (NULL);
  collect_text (xmlDocGetRootElement (doc), out);
  xmlFreeDoc (doc);

  return _gln_source_normalize_space (out->str);
}

static gboolean
has_space (const char *text)
{
  return strchr (text, ' ') != NULL;
}

/* "A. One, B. Two and C. Three" (arXiv's dc:creator), "One, A.; Two, B." or a single name.
 * "Smith, John" is one author written family name first, not two. */
GStrv
_gln_source_split_authors (const char *text)
{
  g_autofree char *normalized = _gln_source_normalize_space (text);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) pieces = NULL;
  const char *separator;
  guint n;

  if (normalized == NULL)
    return NULL;

  separator = strchr (normalized, ';') != NULL ? ";" : ",";
  pieces = g_strsplit (normalized, separator, -1);
  n = g_strv_length (pieces);
  if (n == 2 && separator[0] == ',' &&
      (!has_space (g_strstrip (pieces[0])) || !has_space (g_strstrip (pieces[1]))))
    n = 0;

  builder = g_strv_builder_new ();
  if (n == 0)
    g_strv_builder_add (builder, normalized);

  for (guint i = 0; i < n; i++)
    {
      char *piece = g_strstrip (pieces[i]);
      char *and;

      if (g_str_has_prefix (piece, "and "))
        piece += 4;
      else if (g_str_has_prefix (piece, "& "))
        piece += 2;

      if (i == n - 1 && ((and = strstr (piece, " and ")) != NULL ||
                         (and = strstr (piece, " & ")) != NULL))
        {
          g_autofree char *first = g_strndup (piece, and - piece);

          g_strv_builder_add (builder, first);
          piece = and + (and[1] == '&' ? 3 : 5);
        }

      if (piece[0] != '\0')
        g_strv_builder_add (builder, piece);
    }

  return g_strv_builder_end (builder);
}

static int
month_from_name (const char *name)
{
  static const char * const months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  };

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_ascii_strncasecmp (name, months[i], 3) == 0)
      return (int) i + 1;

  return 0;
}

static int
read_number (const char **p,
             int          max_digits)
{
  int value = 0;
  int digits = 0;

  while (digits < max_digits && g_ascii_isdigit (**p))
    {
      value = value * 10 + (**p - '0');
      (*p)++;
      digits++;
    }

  return digits == 0 ? -1 : value;
}

static gboolean
finish_date (int                year,
             int                month,
             int                day,
             char             **iso_date,
             GlnDatePrecision  *precision)
{
  if (year < 1000 || year > 9999 || month > 12 ||
      (day > 0 && !g_date_valid_dmy (day, month, year)))
    return FALSE;

  if (day > 0)
    {
      *iso_date = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
      *precision = GLN_DATE_PRECISION_DAY;
    }
  else if (month > 0)
    {
      *iso_date = g_strdup_printf ("%04d-%02d", year, month);
      *precision = GLN_DATE_PRECISION_MONTH;
    }
  else
    {
      *iso_date = g_strdup_printf ("%04d", year);
      *precision = GLN_DATE_PRECISION_YEAR;
    }

  return TRUE;
}

/* ISO 8601 ("2024-02-23", "2024-02", "2024-02-23T05:00:11Z") or RFC 822 ("Fri, 23 Feb 2024
 * 00:00:00 -0500"). The date is taken as written, in the publisher's time zone, since that
 * is the day the reader of the feed sees. */
gboolean
_gln_source_parse_date (const char        *text,
                        char             **iso_date,
                        GlnDatePrecision  *precision)
{
  const char *p;
  int year;
  int month = 0;
  int day = 0;

  if (text == NULL)
    return FALSE;

  for (p = text; g_ascii_isspace (*p); p++)
    ;

  if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
      g_ascii_isdigit (p[3]))
    {
      year = read_number (&p, 4);
      if (*p == '-' && g_ascii_isdigit (p[1]))
        {
          p++;
          month = read_number (&p, 2);
          if (*p == '-' && g_ascii_isdigit (p[1]))
            {
              p++;
              day = read_number (&p, 2);
            }
        }
      if (month == 0 && day == 0 && *p != '\0' && !g_ascii_isspace (*p))
        return FALSE;
      return finish_date (year, month, day, iso_date, precision);
    }

  /* RFC 822: an optional day name and comma, then "23 Feb 2024". */
  if (g_ascii_isalpha (*p))
    {
      while (g_ascii_isalpha (*p))
        p++;
      if (*p == ',')
        p++;
      while (g_ascii_isspace (*p))
        p++;
    }
  if ((day = read_number (&p, 2)) < 1)
    return FALSE;
  while (g_ascii_isspace (*p))
    p++;
  if ((month = month_from_name (p)) == 0)
    return FALSE;
  while (g_ascii_isalpha (*p) || *p == '.')
    p++;
  while (g_ascii_isspace (*p))
    p++;
  if ((year = read_number (&p, 4)) < 0)
    return FALSE;
  if (year < 100)
    year += year < 70 ? 2000 : 1900;

  return finish_date (year, month, day, iso_date, precision);
}

/* The UTC day ("2024-10-22") of an ISO 8601 timestamp with a time of day, for APIs whose
 * timestamps are machine times rather than dates as a reader saw them; %NULL when
 * @timestamp is not such a timestamp. One without an offset is taken as UTC. */
char *
_gln_source_utc_date (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) in_utc = NULL;

  if (timestamp == NULL)
    return NULL;

  utc = g_time_zone_new_utc ();
  if ((parsed = g_date_time_new_from_iso8601 (timestamp, utc)) == NULL)
    return NULL;

  in_utc = g_date_time_to_utc (parsed);
  return g_date_time_format (in_utc, "%Y-%m-%d");
}

/* Sets the paper's date from @text unless it already has one at least as precise. */
void
_gln_source_set_published (GlnPaper   *paper,
                           const char *text)
{
  g_autofree char *iso = NULL;
  GlnDatePrecision precision;

  if (!_gln_source_parse_date (text, &iso, &precision) ||
      precision <= gln_paper_get_date_precision (paper))
    return;

  gln_paper_set_published (paper, iso);
  gln_paper_set_date_precision (paper, precision);
}

/* An arXiv paper's identifier, version and the links that follow from them. */
void
_gln_source_set_arxiv_id (GlnPaper   *paper,
                          const char *arxiv_id,
                          int         version)
{
  g_autofree char *url = g_strconcat ("https://arxiv.org/abs/", arxiv_id, NULL);
  g_autofree char *pdf_url = NULL;

  if (version > 0)
    pdf_url = g_strdup_printf ("https://arxiv.org/pdf/%sv%d", arxiv_id, version);
  else
    pdf_url = g_strconcat ("https://arxiv.org/pdf/", arxiv_id, NULL);

  gln_paper_set_arxiv_id (paper, arxiv_id);
  gln_paper_set_arxiv_version (paper, version);
  gln_paper_set_url (paper, url);
  gln_paper_set_pdf_url (paper, pdf_url);
}

/* libxml2 2.9 sets up its globals on first use, which is not thread-safe, and sources parse
 * on worker threads. */
static void
ensure_libxml (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

static char *
describe_xml_error (const xmlError    *xml_error,
                    GlnSourceXmlFlags  flags)
{
  g_autofree char *text = NULL;

  if (xml_error == NULL || xml_error->message == NULL)
    return NULL;

  text = g_strstrip (g_strdup (xml_error->message));

  /* Some libxml2 messages name the line already. */
  if ((flags & GLN_SOURCE_XML_LINE_ONCE) != 0 &&
      (strstr (text, " line ") != NULL || xml_error->line <= 0))
    return g_steal_pointer (&text);

  return g_strdup_printf ("%s (line %d)", text, xml_error->line);
}

/* Feeds have no use for entities of their own, and expanding them is how a few kilobytes
 * become gigabytes ("billion laughs"): a document that declares one is not read further. */
static void
entity_declared (void          *user_data,
                 const xmlChar *name,
                 int            type,
                 const xmlChar *public_id,
                 const xmlChar *system_id,
                 xmlChar       *content)
{
  xmlStopParser ((xmlParserCtxt *) user_data);
}

/* Parses a response body that must be XML, without network access or entity expansion.
 * @service names the source in the error ("arXiv"). */
xmlDoc *
_gln_source_read_xml (GBytes      *bytes,
                      const char  *service,
                      GError     **error)
{
  return _gln_source_read_xml_full (bytes, service, GLN_SOURCE_XML_DEFAULT, error);
}

/* _gln_source_read_xml() with @flags choosing how a parse error is worded. */
xmlDoc *
_gln_source_read_xml_full (GBytes            *bytes,
                           const char        *service,
                           GlnSourceXmlFlags  flags,
                           GError           **error)
{
  return _gln_source_read_xml_each (bytes, service, flags, NULL, NULL, NULL, NULL, error);
}

/* How much of the body the parser is given at a time: a feed's entries are handed on, and
 * freed, as they complete, so memory follows one chunk and one entry, not the file. */
#define XML_CHUNK (256 * 1024)

typedef struct
{
  const char        *ns_href;
  const char        *name;
  GlnSourceXmlFunc   func;
  gpointer           user_data;
} EachElement;

/* Hands each complete child of the root that @each names to its function, then frees it;
 * the child being parsed (the root's last, while the parser is inside it) waits. */
static gboolean
take_complete (xmlParserCtxt  *ctxt,
               EachElement    *each,
               gboolean        finished,
               GError        **error)
{
  xmlNode *root = ctxt->myDoc != NULL ? xmlDocGetRootElement (ctxt->myDoc) : NULL;
  xmlNode *child, *next;

  if (root == NULL)
    return TRUE;

  for (child = root->children; child != NULL; child = next)
    {
      next = child->next;
      if (!finished && child == root->last && ctxt->node != root)
        break;
      /* The white space between entries goes too: kept, it made every chunk walk past all
       * the text nodes of the entries before. */
      if ((child->type == XML_ELEMENT_NODE &&
           !_gln_source_xml_is (child, each->ns_href, each->name)) ||
          (child->type != XML_ELEMENT_NODE && !xmlIsBlankNode (child)))
        continue;
      if (child->type == XML_ELEMENT_NODE && !each->func (child, each->user_data, error))
        return FALSE;
      xmlUnlinkNode (child);
      xmlFreeNode (child);
      /* The parser grows the last text node it made in place; it may have been in there. */
      ctxt->nodemem = 0;
      ctxt->nodelen = 0;
    }

  return TRUE;
}

static gboolean
push_all (xmlParserCtxt  *ctxt,
          const char     *data,
          gsize           size,
          EachElement    *each,
          GError        **error)
{
  for (gsize offset = 0; offset < size; offset += XML_CHUNK)
    {
      gsize length = MIN (XML_CHUNK, size - offset);
      gboolean last = offset + length == size;

      if (xmlParseChunk (ctxt, data + offset, (int) length, last) != 0 || !ctxt->wellFormed)
        return TRUE;  /* the caller reports the parse error */
      if (each->func != NULL && !take_complete (ctxt, each, last, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * _gln_source_read_xml_each:
 * @bytes: a response body that must be XML
 * @service: names the source in errors ("arXiv")
 * @flags: how a parse error is worded
 * @ns_href: (nullable): the namespace of the elements to hand on
 * @name: (nullable): their name, e.g. "entry"; %NULL keeps the whole document
 * @func: (nullable): called with each such child of the root element, in order, once it is
 *   complete; it is freed afterwards. Returning %FALSE (with the error set) stops the parse.
 * @user_data: data for @func
 * @error: return location for a #GError
 *
 * Parses without network access or entity expansion, in chunks.
 *
 * Returns: (transfer full) (nullable): the document without the elements handed on
 */
xmlDoc *
_gln_source_read_xml_each (GBytes            *bytes,
                           const char        *service,
                           GlnSourceXmlFlags  flags,
                           const char        *ns_href,
                           const char        *name,
                           GlnSourceXmlFunc   func,
                           gpointer           user_data,
                           GError           **error)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  EachElement each = { ns_href, name, name != NULL ? func : NULL, user_data };
  const char *data;
  gsize size;
  gboolean ok;

  ensure_libxml ();

  data = g_bytes_get_data (bytes, &size);
  if (size == 0 || size > G_MAXINT)
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("%s data is not valid XML: %s"), service,
                   size == 0 ? _("it is empty") : _("it is too large"));
      return NULL;
    }

  if ((ctxt = xmlCreatePushParserCtxt (NULL, NULL, NULL, 0, NULL)) == NULL)
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("Could not create an XML parser"));
      return NULL;
    }

  ctxt->sax->entityDecl = entity_declared;
  xmlCtxtUseOptions (ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_NOCDATA);
  ok = push_all (ctxt, data, size, &each, error);
  doc = g_steal_pointer (&ctxt->myDoc);
  if (!ok)
    return NULL;
  if (ctxt->errNo == XML_ERR_USER_STOP)
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNSUPPORTED,
                   _("%s data is refused: it declares XML entities"), service);
      return NULL;
    }
  if (doc == NULL || !ctxt->wellFormed)
    {
      g_autofree char *message = describe_xml_error (xmlCtxtGetLastError (ctxt), flags);

      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("%s data is not valid XML: %s"), service,
                   message != NULL ? message : _("unknown error"));
      return NULL;
    }

  return g_steal_pointer (&doc);
}

/* @ns_href %NULL matches an element in no namespace, as RSS 2.0 has them. */
gboolean
_gln_source_xml_is (xmlNode    *node,
                    const char *ns_href,
                    const char *name)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || !xmlStrEqual (node->name, BAD_CAST name))
    return FALSE;

  if (ns_href == NULL)
    return node->ns == NULL;

  return node->ns != NULL && xmlStrEqual (node->ns->href, BAD_CAST ns_href);
}

xmlNode *
_gln_source_xml_child (xmlNode    *parent,
                       const char *ns_href,
                       const char *name)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (_gln_source_xml_is (child, ns_href, name))
      return child;

  return NULL;
}

char *
_gln_source_xml_text (xmlNode *node)
{
  xmlChar *content;
  char *text;

  if (node == NULL)
    return NULL;

  content = xmlNodeGetContent (node);
  text = _gln_source_normalize_space ((const char *) content);
  xmlFree (content);

  return text;
}

char *
_gln_source_xml_child_text (xmlNode    *parent,
                            const char *ns_href,
                            const char *name)
{
  return _gln_source_xml_text (_gln_source_xml_child (parent, ns_href, name));
}

char *
_gln_source_xml_attribute (xmlNode    *node,
                           const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *text = _gln_source_normalize_space ((const char *) value);

  xmlFree (value);
  return text;
}

/* Parses a response body that must be JSON. json-glib accepts an empty document and gives
 * it no root; that is an error here. */
JsonNode *
_gln_source_read_json (GBytes      *bytes,
                       const char  *service,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (size > G_MAXSSIZE ||
      !gln_json_load_untrusted (parser, data != NULL ? data : "", (gssize) size, &local_error))
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("%s data is not valid JSON: %s"), service,
                   local_error != NULL ? local_error->message : _("it is too large"));
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("%s data is not valid JSON: %s"), service, _("it is empty"));
      return NULL;
    }

  return json_node_copy (json_parser_get_root (parser));
}

/* The getters below tolerate a missing object, a missing member and a member of the wrong
 * type, where json-glib's own emit criticals. */
static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  return json_object_get_member (object, name);
}

JsonObject *
_gln_source_json_object (JsonObject *object,
                         const char *name)
{
  JsonNode *node = get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
_gln_source_json_array (JsonObject *object,
                        const char *name)
{
  JsonNode *node = get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* The string @node holds, or %NULL when @node is missing or holds anything else. */
const char *
_gln_source_json_as_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

const char *
_gln_source_json_string (JsonObject *object,
                         const char *name)
{
  return _gln_source_json_as_string (get_member (object, name));
}

gboolean
_gln_source_json_int (JsonObject *object,
                      const char *name,
                      gint64     *value)
{
  JsonNode *node = get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  *value = json_node_get_int (node);
  return TRUE;
}
