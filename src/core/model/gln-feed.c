/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-feed"

#include "config.h"

#include "gln-feed.h"

#include "gln-macros.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

/* A feed is a saved question to a source: its kind names the source, its parameters (a small
 * JSON object, `{"category":"cs.CL"}`) the question. The rest is what the store keeps about
 * it. As in GlnPaper, fields of one type live in an array indexed in property order. */

enum {
  STR_KIND,
  STR_PARAMS,
  STR_TITLE,
  STR_ETAG,
  STR_LAST_MODIFIED,
  STR_LAST_ERROR,
  N_STRS
};

enum {
  I64_ID,
  I64_LAST_FETCH,
  I64_CREATED,
  N_I64S
};

enum {
  INT_REFRESH_INTERVAL,
  INT_POSITION,
  INT_N_PAPERS,
  INT_N_UNREAD,
  INT_ENABLED,
  N_INTS
};

struct _GlnFeed
{
  GObject  parent_instance;

  char    *strings[N_STRS];
  gint64   i64s[N_I64S];
  int      ints[N_INTS];
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_PARAMS,
  PROP_TITLE,
  PROP_ETAG,
  PROP_LAST_MODIFIED,
  PROP_LAST_ERROR,
  PROP_ID,
  PROP_LAST_FETCH,
  PROP_CREATED,
  PROP_REFRESH_INTERVAL,
  PROP_POSITION,
  PROP_N_PAPERS,
  PROP_N_UNREAD,
  PROP_ENABLED,
  N_PROPS
};

#define FIRST_STR_PROP PROP_KIND
#define FIRST_I64_PROP PROP_ID
#define FIRST_INT_PROP PROP_REFRESH_INTERVAL

G_STATIC_ASSERT (FIRST_I64_PROP - FIRST_STR_PROP == N_STRS);
G_STATIC_ASSERT (FIRST_INT_PROP - FIRST_I64_PROP == N_I64S);
G_STATIC_ASSERT (N_PROPS - FIRST_INT_PROP == N_INTS);

#define DEFAULT_REFRESH_INTERVAL 3600

G_DEFINE_FINAL_TYPE (GlnFeed, gln_feed, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

static const char * const kinds[] = {
  "arxiv", "arxiv-rss", "hf-daily", "hf-search", "openalex", "rss", NULL
};

static void
set_string (GlnFeed    *self,
            guint       index,
            const char *value)
{
  if (gln_str_empty0 (value))
    value = NULL;

  if (gln_set_str (&self->strings[index], value))
    g_object_notify_by_pspec (G_OBJECT (self), properties [FIRST_STR_PROP + index]);
}

static void
set_int64 (GlnFeed *self,
           guint    index,
           gint64   value)
{
  if (self->i64s[index] == value)
    return;

  self->i64s[index] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties [FIRST_I64_PROP + index]);
}

static void
set_int (GlnFeed *self,
         guint    index,
         int      value)
{
  if (self->ints[index] == value)
    return;

  self->ints[index] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties [FIRST_INT_PROP + index]);
}

static JsonObject *
parse_params (const char *params)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (params == NULL || !json_parser_load_from_data (parser, params, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return json_object_ref (json_node_get_object (root));
}

static void
gln_feed_finalize (GObject *object)
{
  GlnFeed *self = (GlnFeed *)object;

  for (guint i = 0; i < N_STRS; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (gln_feed_parent_class)->finalize (object);
}

static void
gln_feed_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  GlnFeed *self = GLN_FEED (object);

  if (prop_id >= FIRST_STR_PROP && prop_id < FIRST_I64_PROP)
    g_value_set_string (value, self->strings[prop_id - FIRST_STR_PROP]);
  else if (prop_id >= FIRST_I64_PROP && prop_id < FIRST_INT_PROP)
    g_value_set_int64 (value, self->i64s[prop_id - FIRST_I64_PROP]);
  else if (prop_id == PROP_ENABLED)
    g_value_set_boolean (value, self->ints[INT_ENABLED]);
  else if (prop_id >= FIRST_INT_PROP && prop_id < N_PROPS)
    g_value_set_int (value, self->ints[prop_id - FIRST_INT_PROP]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
gln_feed_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  GlnFeed *self = GLN_FEED (object);

  if (prop_id >= FIRST_STR_PROP && prop_id < FIRST_I64_PROP)
    set_string (self, prop_id - FIRST_STR_PROP, g_value_get_string (value));
  else if (prop_id >= FIRST_I64_PROP && prop_id < FIRST_INT_PROP)
    set_int64 (self, prop_id - FIRST_I64_PROP, g_value_get_int64 (value));
  else if (prop_id == PROP_ENABLED)
    set_int (self, INT_ENABLED, g_value_get_boolean (value));
  else if (prop_id >= FIRST_INT_PROP && prop_id < N_PROPS)
    set_int (self, prop_id - FIRST_INT_PROP, g_value_get_int (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
gln_feed_class_init (GlnFeedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  static const char * const string_names[] = {
    "kind", "params", "title", "etag", "last-modified", "last-error",
  };
  static const char * const i64_names[] = { "id", "last-fetch", "created" };
  static const char * const int_names[] = {
    "refresh-interval", "position", "n-papers", "n-unread",
  };

  object_class->finalize = gln_feed_finalize;
  object_class->get_property = gln_feed_get_property;
  object_class->set_property = gln_feed_set_property;

  for (guint i = 0; i < N_STRS; i++)
    properties [FIRST_STR_PROP + i] =
      g_param_spec_string (string_names[i], NULL, NULL, NULL,
                           i == STR_KIND ? G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                           G_PARAM_STATIC_STRINGS
                                         : flags);
  for (guint i = 0; i < N_I64S; i++)
    properties [FIRST_I64_PROP + i] =
      g_param_spec_int64 (i64_names[i], NULL, NULL, 0, G_MAXINT64, 0, flags);
  for (guint i = 0; i < G_N_ELEMENTS (int_names); i++)
    properties [FIRST_INT_PROP + i] =
      g_param_spec_int (int_names[i], NULL, NULL, 0, G_MAXINT,
                        i == INT_REFRESH_INTERVAL ? DEFAULT_REFRESH_INTERVAL : 0, flags);
  properties [PROP_ENABLED] = g_param_spec_boolean ("enabled", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gln_feed_init (GlnFeed *self)
{
  self->ints[INT_REFRESH_INTERVAL] = DEFAULT_REFRESH_INTERVAL;
  self->ints[INT_ENABLED] = TRUE;
}

/**
 * gln_feed_new:
 * @kind: one of gln_feed_get_kinds()
 * @params: (nullable): the feed's parameters, the text of a JSON object
 *
 * Returns: (transfer full): a new feed, not yet stored
 */
GlnFeed *
gln_feed_new (const char *kind,
              const char *params)
{
  return g_object_new (GLN_TYPE_FEED, "kind", kind, "params", params, NULL);
}

/**
 * gln_feed_get_kinds:
 *
 * Returns: (transfer none): the kinds of feed Gleaner can follow: `arxiv` (API queries),
 *   `arxiv-rss` (daily announcements of a category), `hf-daily`, `hf-search`, `openalex`
 *   (works by an author or an institution) and `rss` (any RSS or Atom feed)
 */
const char * const *
gln_feed_get_kinds (void)
{
  return kinds;
}

/**
 * gln_feed_kind_is_valid:
 * @kind: (nullable): a kind of feed
 *
 * Returns: %TRUE if @kind is one of gln_feed_get_kinds()
 */
gboolean
gln_feed_kind_is_valid (const char *kind)
{
  return kind != NULL && g_strv_contains (kinds, kind);
}

/**
 * gln_feed_params_build:
 * @first_name: the first parameter's name
 * @...: its value (a string, or %NULL for JSON null), then more name/value pairs, then %NULL
 *
 * Returns: (transfer full): the parameters as the text of a JSON object
 */
char *
gln_feed_params_build (const char *first_name,
                       ...)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const char *name;
  va_list args;

  json_builder_begin_object (builder);
  va_start (args, first_name);
  for (name = first_name; name != NULL; name = va_arg (args, const char *))
    {
      const char *value = va_arg (args, const char *);

      json_builder_set_member_name (builder, name);
      if (value != NULL)
        json_builder_add_string_value (builder, value);
      else
        json_builder_add_null_value (builder);
    }
  va_end (args);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

gint64
gln_feed_get_id (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), 0);

  return self->i64s[I64_ID];
}

void
gln_feed_set_id (GlnFeed *self,
                 gint64   id)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_int64 (self, I64_ID, id);
}

const char *
gln_feed_get_kind (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), NULL);

  return self->strings[STR_KIND];
}

const char *
gln_feed_get_params (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), NULL);

  return self->strings[STR_PARAMS];
}

void
gln_feed_set_params (GlnFeed    *self,
                     const char *params)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_string (self, STR_PARAMS, params);
}

/**
 * gln_feed_dup_param:
 * @self: a #GlnFeed
 * @name: a parameter's name
 *
 * Returns: (transfer full) (nullable): the parameter's value when it is a non-empty string,
 *   else %NULL
 */
char *
gln_feed_dup_param (GlnFeed    *self,
                    const char *name)
{
  g_autoptr(JsonObject) params = NULL;
  JsonNode *node;
  const char *value;

  g_return_val_if_fail (GLN_IS_FEED (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if ((params = parse_params (self->strings[STR_PARAMS])) == NULL ||
      (node = json_object_get_member (params, name)) == NULL ||
      !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  value = json_node_get_string (node);
  return gln_str_empty0 (value) ? NULL : g_strdup (value);
}

const char *
gln_feed_get_title (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), NULL);

  return self->strings[STR_TITLE];
}

void
gln_feed_set_title (GlnFeed    *self,
                    const char *title)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_string (self, STR_TITLE, title);
}

/**
 * gln_feed_dup_display_title:
 * @self: a #GlnFeed
 *
 * Returns: (transfer full): the title the user gave the feed, or one made from its kind and
 *   parameters ("arXiv cs.CL")
 */
char *
gln_feed_dup_display_title (GlnFeed *self)
{
  const char *kind;
  g_autofree char *category = NULL;
  g_autofree char *query = NULL;
  g_autofree char *author = NULL;
  g_autofree char *institution = NULL;

  g_return_val_if_fail (GLN_IS_FEED (self), NULL);

  if (self->strings[STR_TITLE] != NULL)
    return g_strdup (self->strings[STR_TITLE]);

  kind = self->strings[STR_KIND];
  category = gln_feed_dup_param (self, "category");
  author = gln_feed_dup_param (self, "author");
  institution = gln_feed_dup_param (self, "institution");
  if ((query = gln_feed_dup_param (self, "query")) == NULL)
    query = gln_feed_dup_param (self, "keywords");

  if (g_strcmp0 (kind, "arxiv") == 0 && category != NULL)
    return g_strdup_printf (_("arXiv %s"), category);
  if (g_strcmp0 (kind, "arxiv") == 0 && author != NULL)
    return g_strdup_printf (_("arXiv papers by %s"), author);
  if (g_strcmp0 (kind, "arxiv") == 0 && query != NULL)
    return g_strdup_printf (_("arXiv: %s"), query);
  if (g_strcmp0 (kind, "arxiv-rss") == 0 && category != NULL)
    return g_strdup_printf (_("arXiv %s announcements"), category);
  if (g_strcmp0 (kind, "hf-daily") == 0)
    {
      g_autofree char *date = gln_feed_dup_param (self, "date");

      return date != NULL ? g_strdup_printf (_("Hugging Face daily papers of %s"), date)
                          : g_strdup (_("Hugging Face daily papers"));
    }
  if (g_strcmp0 (kind, "hf-search") == 0 && query != NULL)
    return g_strdup_printf (_("Hugging Face: %s"), query);
  if (g_strcmp0 (kind, "openalex") == 0 && author != NULL)
    return g_strdup_printf (_("Works by %s"), author);
  if (g_strcmp0 (kind, "openalex") == 0 && institution != NULL)
    return g_strdup_printf (_("Works from %s"), institution);
  if (g_strcmp0 (kind, "rss") == 0)
    {
      g_autofree char *url = gln_feed_dup_param (self, "url");

      if (url != NULL)
        return g_steal_pointer (&url);
    }

  return g_strdup (kind != NULL ? kind : _("Feed"));
}

const char *
gln_feed_get_etag (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), NULL);

  return self->strings[STR_ETAG];
}

void
gln_feed_set_etag (GlnFeed    *self,
                   const char *etag)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_string (self, STR_ETAG, etag);
}

const char *
gln_feed_get_last_modified (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), NULL);

  return self->strings[STR_LAST_MODIFIED];
}

void
gln_feed_set_last_modified (GlnFeed    *self,
                            const char *last_modified)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_string (self, STR_LAST_MODIFIED, last_modified);
}

gint64
gln_feed_get_last_fetch (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), 0);

  return self->i64s[I64_LAST_FETCH];
}

void
gln_feed_set_last_fetch (GlnFeed *self,
                         gint64   last_fetch)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_int64 (self, I64_LAST_FETCH, last_fetch);
}

const char *
gln_feed_get_last_error (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), NULL);

  return self->strings[STR_LAST_ERROR];
}

void
gln_feed_set_last_error (GlnFeed    *self,
                         const char *last_error)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_string (self, STR_LAST_ERROR, last_error);
}

int
gln_feed_get_refresh_interval (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), 0);

  return self->ints[INT_REFRESH_INTERVAL];
}

void
gln_feed_set_refresh_interval (GlnFeed *self,
                               int      seconds)
{
  g_return_if_fail (GLN_IS_FEED (self));
  g_return_if_fail (seconds >= 0);

  set_int (self, INT_REFRESH_INTERVAL, seconds);
}

gboolean
gln_feed_get_enabled (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), FALSE);

  return self->ints[INT_ENABLED];
}

void
gln_feed_set_enabled (GlnFeed  *self,
                      gboolean  enabled)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_int (self, INT_ENABLED, !!enabled);
}

int
gln_feed_get_position (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), 0);

  return self->ints[INT_POSITION];
}

void
gln_feed_set_position (GlnFeed *self,
                       int      position)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_int (self, INT_POSITION, position);
}

gint64
gln_feed_get_created (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), 0);

  return self->i64s[I64_CREATED];
}

void
gln_feed_set_created (GlnFeed *self,
                      gint64   created)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_int64 (self, I64_CREATED, created);
}

/**
 * gln_feed_get_n_papers:
 * @self: a #GlnFeed
 *
 * Returns: how many papers of the library this feed brought, as of when it was read
 */
int
gln_feed_get_n_papers (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), 0);

  return self->ints[INT_N_PAPERS];
}

void
gln_feed_set_n_papers (GlnFeed *self,
                       int      n_papers)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_int (self, INT_N_PAPERS, n_papers);
}

/**
 * gln_feed_get_n_unread:
 * @self: a #GlnFeed
 *
 * Returns: how many of the papers this feed brought are not read yet
 */
int
gln_feed_get_n_unread (GlnFeed *self)
{
  g_return_val_if_fail (GLN_IS_FEED (self), 0);

  return self->ints[INT_N_UNREAD];
}

void
gln_feed_set_n_unread (GlnFeed *self,
                       int      n_unread)
{
  g_return_if_fail (GLN_IS_FEED (self));

  set_int (self, INT_N_UNREAD, n_unread);
}

/**
 * gln_feed_is_due:
 * @self: a #GlnFeed
 * @now: the current Unix time
 *
 * Returns: %TRUE when the feed is enabled and its refresh interval has passed since its
 *   last fetch
 */
gboolean
gln_feed_is_due (GlnFeed *self,
                 gint64   now)
{
  g_return_val_if_fail (GLN_IS_FEED (self), FALSE);

  return self->ints[INT_ENABLED] &&
         (self->i64s[I64_LAST_FETCH] == 0 ||
          now - self->i64s[I64_LAST_FETCH] >= self->ints[INT_REFRESH_INTERVAL]);
}
