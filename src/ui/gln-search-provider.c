/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-search-provider"

#include "config.h"

#include "gln-search-provider.h"

#include "gln-application-private.h"
#include "gln-window.h"

#include <glib/gi18n.h>

/* GNOME Shell's search provider interface: the Activities overview asks for the ids of the
 * papers matching what the user types, then their titles, and opens one in the app. The
 * .ini file in data/ tells the Shell the bus name and this object's path.
 */
static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

/* The Shell shows a handful of results per provider; more would only cost time. */
#define MAX_RESULTS 20
#define AUTHORS_SHOWN 3

struct _GlnSearchProvider
{
  GObject          parent_instance;

  GlnApplication  *application;       /* unowned: the application owns the provider */
  GDBusConnection *connection;
  guint            registration_id;
  GCancellable    *cancellable;
  GQueue           waiting;           /* Search: asked before the library was open */
};

G_DEFINE_FINAL_TYPE (GlnSearchProvider, gln_search_provider, G_TYPE_OBJECT)

typedef struct
{
  GlnSearchProvider     *self;
  GDBusMethodInvocation *invocation;
  char                  *text;
} Search;

static void
search_free (Search *search)
{
  g_application_release (G_APPLICATION (search->self->application));
  g_object_unref (search->self);
  g_clear_object (&search->invocation);
  g_free (search->text);
  g_free (search);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Search, search_free)

static gboolean
library_is_opening (GlnSearchProvider *self)
{
  GlnApplication *application = self->application;

  return application->store == NULL && application->store_error == NULL &&
         application->cancellable != NULL;
}

static void
return_ids (GDBusMethodInvocation *invocation,
            GArray                *ids)
{
  g_autoptr(GVariantBuilder) builder = g_variant_builder_new (G_VARIANT_TYPE ("as"));

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                             g_array_index (ids, gint64, i));
      g_variant_builder_add (builder, "s", id);
    }

  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(as)", builder));
}

static void
ids_queried_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Search) search = user_data;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  if ((ids = gln_store_query_ids_finish (GLN_STORE (object), result, &error)) == NULL)
    {
      g_dbus_method_invocation_return_gerror (g_steal_pointer (&search->invocation), error);
      return;
    }

  return_ids (g_steal_pointer (&search->invocation), ids);
}

static void
run_search (Search *search)
{
  GlnStore *store = search->self->application->store;
  g_autoptr(GlnQuery) query = NULL;

  /* A library that could not be opened has nothing to find. */
  if (store == NULL)
    {
      return_ids (g_steal_pointer (&search->invocation), NULL);
      search_free (search);
      return;
    }

  query = gln_query_new ();
  query->scope = GLN_QUERY_SCOPE_LIBRARY;
  query->text = gln_search_text_to_fts (search->text);
  query->sort = GLN_QUERY_SORT_RELEVANCE;
  query->limit = MAX_RESULTS;

  if (query->text == NULL)
    {
      return_ids (g_steal_pointer (&search->invocation), NULL);
      search_free (search);
      return;
    }

  gln_store_query_ids_async (store, query, search->self->cancellable, ids_queried_cb, search);
}

static void
start_search (GlnSearchProvider     *self,
              GDBusMethodInvocation *invocation,
              GVariant              *terms)
{
  g_autofree const char **strv = g_variant_get_strv (terms, NULL);
  Search *search = g_new0 (Search, 1);

  /* Held until answered, so that a service started for the Shell stays to answer. */
  g_application_hold (G_APPLICATION (self->application));
  search->self = g_object_ref (self);
  search->invocation = g_object_ref (invocation);
  search->text = g_strjoinv (" ", (char **) strv);

  if (library_is_opening (self))
    g_queue_push_tail (&self->waiting, search);
  else
    run_search (search);
}

static char *
dup_description (GlnPaper *paper)
{
  g_autofree char *authors = gln_paper_dup_first_authors (paper, AUTHORS_SHOWN);
  int year = gln_paper_get_year (paper);

  if (year > 0 && !gln_str_empty0 (authors))
    /* Translators: a paper's first authors and year, under its title in GNOME Shell's
     * search results. */
    return g_strdup_printf (_("%s · %d"), authors, year);
  if (year > 0)
    return g_strdup_printf ("%d", year);

  return g_steal_pointer (&authors);
}

static GVariant *
describe_papers (GlnSearchProvider *self,
                 GVariant          *identifiers)
{
  g_autofree const char **strv = g_variant_get_strv (identifiers, NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("aa{sv}"));

  for (guint i = 0; strv[i] != NULL; i++)
    {
      gint64 id;

      if (g_ascii_string_to_signed (strv[i], 10, 1, G_MAXINT64, &id, NULL))
        g_array_append_val (ids, id);
    }

  if (self->application->store != NULL && ids->len > 0)
    papers = gln_store_lookup_papers (self->application->store,
                                      (const gint64 *) (gpointer) ids->data, ids->len, &error);
  if (error != NULL)
    g_warning ("Could not read the papers found: %s", error->message);

  for (guint i = 0; papers != NULL && i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, gln_paper_get_id (paper));
      g_autofree char *description = dup_description (paper);

      g_variant_builder_open (&builder, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&builder, "{sv}", "id", g_variant_new_string (id));
      g_variant_builder_add (&builder, "{sv}", "name",
                             g_variant_new_string (gln_paper_get_title (paper) != NULL
                                                     ? gln_paper_get_title (paper) : ""));
      if (description != NULL)
        g_variant_builder_add (&builder, "{sv}", "description",
                               g_variant_new_string (description));
      g_variant_builder_close (&builder);
    }

  return g_variant_new ("(aa{sv})", &builder);
}

/* Opens the window on a search of the whole library for @terms, with @paper_id selected
 * once it is listed (0 for none). */
static void
show_search (GlnSearchProvider *self,
             GVariant          *terms,
             gint64             paper_id,
             guint32            timestamp)
{
  g_autofree const char **strv = g_variant_get_strv (terms, NULL);
  g_autofree char *text = g_strjoinv (" ", (char **) strv);
  GtkWindow *window;

  g_application_activate (G_APPLICATION (self->application));

  window = gtk_application_get_active_window (GTK_APPLICATION (self->application));
  if (!GLN_IS_WINDOW (window))
    return;

  gln_window_search (GLN_WINDOW (window), text, paper_id);
  gtk_window_present_with_time (window, timestamp);
}

static void
method_called_cb (GDBusConnection       *connection,
                  const char            *sender,
                  const char            *object_path,
                  const char            *interface_name,
                  const char            *method_name,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               user_data)
{
  GlnSearchProvider *self = GLN_SEARCH_PROVIDER (user_data);
  g_autoptr(GVariant) first = g_variant_get_child_value (parameters, 0);

  if (g_str_equal (method_name, "GetInitialResultSet"))
    {
      start_search (self, invocation, first);
    }
  else if (g_str_equal (method_name, "GetSubsearchResultSet"))
    {
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 1);

      /* Searching again costs little and keeps relevance right as the words change. */
      start_search (self, invocation, terms);
    }
  else if (g_str_equal (method_name, "GetResultMetas"))
    {
      g_dbus_method_invocation_return_value (invocation, describe_papers (self, first));
    }
  else if (g_str_equal (method_name, "ActivateResult"))
    {
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 1);
      gint64 id = 0;
      guint32 timestamp;

      g_variant_get_child (parameters, 2, "u", &timestamp);
      g_ascii_string_to_signed (g_variant_get_string (first, NULL), 10, 1, G_MAXINT64,
                                &id, NULL);
      show_search (self, terms, id, timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "LaunchSearch"))
    {
      guint32 timestamp;

      g_variant_get_child (parameters, 1, "u", &timestamp);
      show_search (self, first, 0, timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR,
                                             G_DBUS_ERROR_UNKNOWN_METHOD,
                                             "No method %s", method_name);
    }
}

static const GDBusInterfaceVTable vtable = { method_called_cb, NULL, NULL, { NULL } };

static void
gln_search_provider_dispose (GObject *object)
{
  GlnSearchProvider *self = (GlnSearchProvider *)object;

  gln_search_provider_unregister (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (gln_search_provider_parent_class)->dispose (object);
}

static void
gln_search_provider_class_init (GlnSearchProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gln_search_provider_dispose;
}

static void
gln_search_provider_init (GlnSearchProvider *self)
{
  self->cancellable = g_cancellable_new ();
  g_queue_init (&self->waiting);
}

GlnSearchProvider *
gln_search_provider_new (GlnApplication *application)
{
  GlnSearchProvider *self;

  g_return_val_if_fail (GLN_IS_APPLICATION (application), NULL);

  self = g_object_new (GLN_TYPE_SEARCH_PROVIDER, NULL);
  self->application = application;

  return self;
}

/**
 * gln_search_provider_register:
 * @self: a #GlnSearchProvider
 * @connection: the application's session bus
 * @object_path: where the Shell looks for it: the application's path followed by
 *   %GLN_SEARCH_PROVIDER_PATH_SUFFIX
 *
 * Returns: whether the provider answers on @connection now
 */
gboolean
gln_search_provider_register (GlnSearchProvider  *self,
                              GDBusConnection    *connection,
                              const char         *object_path,
                              GError            **error)
{
  g_autoptr(GDBusNodeInfo) info = NULL;

  g_return_val_if_fail (GLN_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  if ((info = g_dbus_node_info_new_for_xml (introspection_xml, error)) == NULL)
    return FALSE;

  self->registration_id = g_dbus_connection_register_object (connection, object_path,
                                                             info->interfaces[0], &vtable,
                                                             self, NULL, error);
  if (self->registration_id == 0)
    return FALSE;

  self->connection = g_object_ref (connection);

  return TRUE;
}

void
gln_search_provider_unregister (GlnSearchProvider *self)
{
  g_return_if_fail (GLN_IS_SEARCH_PROVIDER (self));

  if (self->registration_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_object (&self->connection);
}

/**
 * gln_search_provider_library_opened:
 * @self: a #GlnSearchProvider
 *
 * Answers the searches asked while the library was opening; the application calls it once
 * the library is open or failed to open.
 */
void
gln_search_provider_library_opened (GlnSearchProvider *self)
{
  Search *search;

  g_return_if_fail (GLN_IS_SEARCH_PROVIDER (self));

  while ((search = g_queue_pop_head (&self->waiting)) != NULL)
    run_search (search);
}
