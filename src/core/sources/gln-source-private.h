/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include <libxml/tree.h>

#include "gln-paper.h"
#include "gln-source.h"

G_BEGIN_DECLS

/* Helpers the feed parsers share: defensive XML and JSON access, text clean-up and the date
 * formats feeds use. Element matching is by namespace URI, never by prefix. */

#define GLN_NS_ATOM    "http://www.w3.org/2005/Atom"
#define GLN_NS_ARXIV   "http://arxiv.org/schemas/atom"
#define GLN_NS_DC      "http://purl.org/dc/elements/1.1/"
#define GLN_NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define GLN_NS_RSS1    "http://purl.org/rss/1.0/"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* How _gln_source_read_xml_full() words a parse error. %GLN_SOURCE_XML_LINE_ONCE names the
 * line only when libxml2's message does not already and the line is known. */
typedef enum
{
  GLN_SOURCE_XML_DEFAULT   = 0,
  GLN_SOURCE_XML_LINE_ONCE = 1 << 0,
} GlnSourceXmlFlags;

/* Called with each complete element _gln_source_read_xml_each() hands on. */
typedef gboolean (*GlnSourceXmlFunc) (xmlNode   *element,
                                      gpointer   user_data,
                                      GError   **error);

char        *_gln_source_normalize_space (const char        *text);
char        *_gln_source_strip_markup    (const char        *text);
GStrv        _gln_source_split_authors   (const char        *text);
gboolean     _gln_source_parse_date      (const char        *text,
                                          char             **iso_date,
                                          GlnDatePrecision  *precision);
char        *_gln_source_utc_date        (const char        *timestamp);
void         _gln_source_set_published   (GlnPaper          *paper,
                                          const char        *text);
void         _gln_source_set_arxiv_id    (GlnPaper          *paper,
                                          const char        *arxiv_id,
                                          int                version);

xmlDoc      *_gln_source_read_xml        (GBytes            *bytes,
                                          const char        *service,
                                          GError           **error);
xmlDoc      *_gln_source_read_xml_full   (GBytes            *bytes,
                                          const char        *service,
                                          GlnSourceXmlFlags  flags,
                                          GError           **error);
xmlDoc      *_gln_source_read_xml_each   (GBytes            *bytes,
                                          const char        *service,
                                          GlnSourceXmlFlags  flags,
                                          const char        *ns_href,
                                          const char        *name,
                                          GlnSourceXmlFunc   func,
                                          gpointer           user_data,
                                          GError           **error);
gboolean     _gln_source_xml_is          (xmlNode           *node,
                                          const char        *ns_href,
                                          const char        *name);
xmlNode     *_gln_source_xml_child       (xmlNode           *parent,
                                          const char        *ns_href,
                                          const char        *name);
char        *_gln_source_xml_text        (xmlNode           *node);
char        *_gln_source_xml_child_text  (xmlNode           *parent,
                                          const char        *ns_href,
                                          const char        *name);
char        *_gln_source_xml_attribute   (xmlNode           *node,
                                          const char        *name);

JsonNode    *_gln_source_read_json       (GBytes            *bytes,
                                          const char        *service,
                                          GError           **error);
JsonObject  *_gln_source_json_object     (JsonObject        *object,
                                          const char        *name);
JsonArray   *_gln_source_json_array      (JsonObject        *object,
                                          const char        *name);
const char  *_gln_source_json_as_string  (JsonNode          *node);
const char  *_gln_source_json_string     (JsonObject        *object,
                                          const char        *name);
gboolean     _gln_source_json_int        (JsonObject        *object,
                                          const char        *name,
                                          gint64            *value);

G_END_DECLS
