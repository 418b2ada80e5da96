/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "bench-refresh"

#include "config.h"

#include "bench-refresh.h"
#include "bench-wait.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

/* A feed of 10,000 items refreshed from a local SoupServer: by gleaner-cli into a new
 * library, then again unchanged, and by newsboat (when it is installed) from the same
 * server in the same run. The server answers a request that names the feed's ETag with 304,
 * as most feed servers do. */

#define FEED_ITEMS 10000
#define FEED_ETAG "\"bench-1\""

typedef struct
{
  GBytes *feed;
  guint   requests;
  guint   not_modified;
} Server;

static void
serve_feed_cb (SoupServer        *server,
               SoupServerMessage *message,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  Server *feed = user_data;
  SoupMessageHeaders *request = soup_server_message_get_request_headers (message);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (message);
  const char *if_none_match = soup_message_headers_get_one (request, "If-None-Match");

  feed->requests++;
  soup_message_headers_replace (response, "ETag", FEED_ETAG);
  if (g_strcmp0 (if_none_match, FEED_ETAG) == 0)
    {
      feed->not_modified++;
      soup_server_message_set_status (message, SOUP_STATUS_NOT_MODIFIED, NULL);
      return;
    }

  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/rss+xml",
                                    SOUP_MEMORY_COPY,
                                    g_bytes_get_data (feed->feed, NULL),
                                    g_bytes_get_size (feed->feed));
}

/* Runs @argv with @envp while this thread's main context serves the feed; returns the
 * seconds it took, or a negative number with @error set. Its output goes to our stderr. */
static double
time_child (const char * const  *argv,
            const char         **envp,
            GError             **error)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  if (envp != NULL)
    g_subprocess_launcher_set_environ (launcher, (char **) envp);
  if (!(child = g_subprocess_launcher_spawnv (launcher, argv, error)))
    return -1;
  g_subprocess_wait_async (child, NULL, bench_ready_cb, &result);
  bench_wait (&result);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  if (!g_subprocess_wait_finish (child, result, error) ||
      !g_subprocess_get_successful (child))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s failed (status %d)", argv[0],
                     g_subprocess_get_status (child));
      return -1;
    }

  return seconds;
}

/* newsboat with its own home, configuration and cache in @dir; -1 when it is missing. */
static double
time_newsboat (const char  *dir,
               const char  *url,
               GError     **error)
{
  g_autofree char *newsboat = g_find_program_in_path ("newsboat");
  g_autofree char *urls = g_build_filename (dir, "newsboat-urls", NULL);
  g_autofree char *config = g_build_filename (dir, "newsboat-config", NULL);
  g_autofree char *cache = g_build_filename (dir, "newsboat-cache.db", NULL);
  g_autofree char *home = g_strconcat ("HOME=", dir, NULL);
  g_autofree char *contents = g_strconcat (url, "\n", NULL);
  const char *argv[] = { newsboat, "-u", urls, "-C", config, "-c", cache, "-x", "reload", NULL };
  const char *envp[] = { home, "LANG=C.UTF-8", NULL };

  if (newsboat == NULL)
    {
      g_printerr ("newsboat is not installed; no peer figure\n");
      return -1;
    }
  if (!g_file_set_contents (urls, contents, -1, error) ||
      !g_file_set_contents (config, "", -1, error))
    return -2;

  return time_child (argv, envp, error);
}

static gboolean
start_server (Server      *feed,
              SoupServer  *server,
              char       **url,
              GError     **error)
{
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  GSList *uris;

  soup_server_add_handler (server, "/feed.xml", serve_feed_cb, feed, NULL);
  if (!soup_server_listen (server, address, 0, error))
    return FALSE;
  uris = soup_server_get_uris (server);
  *url = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  return TRUE;
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;
  GFile *child;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL &&
         g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    remove_tree (child);
  g_file_delete (file, NULL, NULL);
}

static gboolean
run_in (BenchCorpus  *corpus,
        const char   *dir,
        GError      **error)
{
  g_autofree char *feed_path = g_build_filename (dir, "feed.xml", NULL);
  g_autofree char *library = g_build_filename (dir, "refresh.db", NULL);
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autofree char *base = NULL;
  g_autofree char *url = NULL;
  g_autofree char *newsboat_seconds = g_strdup ("null");
  g_autofree char *newsboat_rate = g_strdup ("null");
  g_autoptr(GBytes) bytes = NULL;
  Server feed = { 0, };
  gchar *contents;
  gsize length;
  double first, unchanged, newsboat;

  g_printerr ("Writing a feed of %u items\n", FEED_ITEMS);
  if (!bench_corpus_write_rss (corpus, feed_path, 0, FEED_ITEMS, error) ||
      !g_file_get_contents (feed_path, &contents, &length, error))
    return FALSE;
  bytes = g_bytes_new_take (contents, length);
  feed.feed = bytes;
  if (!start_server (&feed, server, &base, error))
    return FALSE;
  url = g_strconcat (base, "feed.xml", NULL);

  {
    const char *add[] = { BENCH_GLEANER_CLI, "--db", library, "feed", "add", "rss", url, NULL };
    const char *refresh[] = { BENCH_GLEANER_CLI, "--db", library, "refresh", NULL };

    if (time_child (add, NULL, error) < 0 ||
        (first = time_child (refresh, NULL, error)) < 0)
      return FALSE;
    /* Gleaner leaves a second (GLEANER_FETCH_INTERVAL_MS) between two requests to one
     * server, across processes; a real feed is refreshed minutes apart, so the unchanged
     * refresh waits that out rather than count it. */
    g_usleep (1100 * 1000);
    if ((unchanged = time_child (refresh, NULL, error)) < 0)
      return FALSE;
  }
  if ((newsboat = time_newsboat (dir, url, error)) < -1)
    return FALSE;
  if (newsboat > 0)
    {
      g_free (newsboat_seconds);
      g_free (newsboat_rate);
      newsboat_seconds = g_strdup_printf ("%.2f", newsboat);
      newsboat_rate = g_strdup_printf ("%.0f", FEED_ITEMS / newsboat);
    }

  g_print ("{\"bench\":\"refresh\",\"items\":%u,\"feed_mb\":%.1f,\"seconds\":%.2f,"
           "\"items_per_s\":%.0f,\"unchanged_ms\":%.1f,\"answered_304\":%u,"
           "\"newsboat_seconds\":%s,\"newsboat_items_per_s\":%s}\n",
           FEED_ITEMS, length / 1048576.0, first, FEED_ITEMS / first, unchanged * 1000,
           feed.not_modified, newsboat_seconds, newsboat_rate);

  return TRUE;
}

/* In a folder of its own beside the library, removed afterwards: newsboat fills its home. */
gboolean
bench_refresh_run (BenchCorpus  *corpus,
                   const char   *dir,
                   GError      **error)
{
  g_autofree char *template = g_build_filename (dir, "refresh-XXXXXX", NULL);
  g_autoptr(GFile) folder = NULL;
  gboolean ok;

  if (g_mkdtemp (template) == NULL)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "Could not create %s: %s",
                   template, g_strerror (errno));
      return FALSE;
    }
  ok = run_in (corpus, template, error);
  folder = g_file_new_for_path (template);
  remove_tree (folder);

  return ok;
}
