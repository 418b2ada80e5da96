/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner"

#include "config.h"

#include "gln-application.h"

#include <glib/gi18n.h>

/* An uninstalled build (_build/src/ui/gleaner) finds its translations where meson compiled
 * them, _build/po/LL/LC_MESSAGES/gleaner.mo, as gln-application.c finds its settings schema;
 * an installed one in LOCALEDIR. A meson build tree is recognized by its build.ninja. */
static char *
dup_locale_dir (void)
{
  g_autofree char *executable = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *build_root = NULL;
  g_autofree char *build_ninja = NULL;

  if (executable == NULL)
    return g_strdup (LOCALEDIR);

  build_root = g_canonicalize_filename ("../../..", executable);
  build_ninja = g_build_filename (build_root, "build.ninja", NULL);
  if (!g_file_test (build_ninja, G_FILE_TEST_IS_REGULAR))
    return g_strdup (LOCALEDIR);

  return g_build_filename (build_root, "po", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GlnApplication) app = NULL;
  g_autofree char *locale_dir = dup_locale_dir ();

  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = gln_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
