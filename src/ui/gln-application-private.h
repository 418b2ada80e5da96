/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-application.h"

#include "gln-feed-refresher.h"
#include "gln-search-provider.h"

G_BEGIN_DECLS

struct _GlnApplication
{
  AdwApplication    parent_instance;

  GSettings        *settings;
  char             *library_path;
  GlnStore         *store;
  GError           *store_error;
  GCancellable     *cancellable;
  GlnSearchProvider *search_provider;

  /* gln-application-refresh.c */
  GlnFetcher       *fetcher;
  GlnFeedRefresher *refresher;
  GCancellable     *refresh_cancellable;
  guint             refresh_source;
  gint64            queued_feed;       /* asked for during a refresh: -1 none, 0 all */
  guint             refreshing : 1;

  /* gln-application-backup.c */
  guint             backup_source;
  guint             library_unclean : 1; /* its write-ahead log was left at open */
};

enum {
  APPLICATION_PROP_0,
  APPLICATION_PROP_REFRESHING,
  APPLICATION_PROP_LIBRARY_PATH,
  APPLICATION_N_PROPS
};

enum {
  APPLICATION_REFRESHED,
  APPLICATION_FEED_REFRESHED,
  APPLICATION_N_SIGNALS
};

extern GParamSpec *_gln_application_properties [APPLICATION_N_PROPS];
extern guint _gln_application_signals [APPLICATION_N_SIGNALS];

void _gln_application_start_refresher (GlnApplication *self);
void _gln_application_stop_refresher  (GlnApplication *self);
void _gln_application_schedule_backup (GlnApplication *self);
void _gln_application_check_library   (GlnApplication *self,
                                       const GError   *open_error);
gboolean _gln_application_library_left_log (const char *library_path);
void _gln_application_open_library    (GlnApplication *self);
char *_gln_application_dup_library_path (GlnApplication *self);
void _gln_application_close_library   (GlnApplication *self);
void _gln_application_cancel_backup   (GlnApplication *self);

G_END_DECLS
