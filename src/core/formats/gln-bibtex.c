/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-bibtex"

#include "config.h"

#include "gln-bibtex.h"

#include "gln-bibtex-private.h"
#include "gln-macros.h"
#include "gln-error.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* The .bib syntax: entries, @string macros joined with "#", @preamble and @comment, text
 * between entries ignored as BibTeX does. A broken entry is reported with its line and
 * skipped; scanning resumes at the next line that starts with "@". */

typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  const char *line_pos;
  guint       line;
  GHashTable *macros;
  GPtrArray  *problems;
  guint       n_broken;
  /* Bytes @string macros have put into values so far, against MAX_EXPANDED. */
  gsize       n_expanded;
  /* Bytes scanned for the end of @comment, bounded in skip_comment(). */
  gsize       n_comment_scanned;
  const char *entry_pos;
  /* The error and key of the entry being read. */
  char       *error;
  const char *error_pos;
  char       *key;
} Parser;

/* A value, or the @string expansions of the whole file, larger than this is no
 * bibliography but an attack: "@string{a1 = a0 # a0}" doubles at each line. */
#define MAX_VALUE (1024 * 1024)
#define MAX_EXPANDED (32 * 1024 * 1024)
/* Braces nest a few levels in real titles; every level costs the decoders. */
#define MAX_BRACE_DEPTH 256

static const char * const month_macros[] = {
  "jan", "January", "feb", "February", "mar", "March", "apr", "April", "may", "May",
  "jun", "June", "jul", "July", "aug", "August", "sep", "September", "oct", "October",
  "nov", "November", "dec", "December", NULL
};

void
_gln_bib_entry_free (GlnBibEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->type);
  g_free (entry->key);
  g_ptr_array_unref (entry->names);
  g_ptr_array_unref (entry->values);
  g_free (entry);
}

static GlnBibEntry *
entry_new (const char *type,
           guint       line)
{
  GlnBibEntry *entry = g_new0 (GlnBibEntry, 1);

  entry->type = g_ascii_strdown (type, -1);
  entry->line = line;
  entry->names = g_ptr_array_new_with_free_func (g_free);
  entry->values = g_ptr_array_new_with_free_func (g_free);

  return entry;
}

const char *
_gln_bib_entry_get (GlnBibEntry *entry,
                    const char  *name)
{
  for (guint i = 0; i < entry->names->len; i++)
    if (strcmp (entry->names->pdata[i], name) == 0)
      return entry->values->pdata[i];

  return NULL;
}

/* Adds a field, or replaces its value when the entry has it. */
void
_gln_bib_entry_set (GlnBibEntry *entry,
                    const char  *name,
                    const char  *value)
{
  for (guint i = 0; i < entry->names->len; i++)
    {
      if (strcmp (entry->names->pdata[i], name) == 0)
        {
          g_free (entry->values->pdata[i]);
          entry->values->pdata[i] = g_strdup (value);
          return;
        }
    }

  g_ptr_array_add (entry->names, g_ascii_strdown (name, -1));
  g_ptr_array_add (entry->values, g_strdup (value));
}

/* Lines are counted forward from the last position asked about. */
static guint
line_at (Parser     *parser,
         const char *pos)
{
  if (pos < parser->line_pos)
    {
      parser->line_pos = parser->start;
      parser->line = 1;
    }
  for (; parser->line_pos < pos; parser->line_pos++)
    if (*parser->line_pos == '\n')
      parser->line++;

  return parser->line;
}

G_GNUC_PRINTF (3, 4)
static gboolean
fail (Parser     *parser,
      const char *pos,
      const char *format,
      ...)
{
  va_list args;

  if (parser->error == NULL)
    {
      va_start (args, format);
      parser->error = g_strdup_vprintf (format, args);
      va_end (args);
      parser->error_pos = pos;
    }

  return FALSE;
}

G_GNUC_PRINTF (3, 4)
static void
warn (Parser     *parser,
      const char *pos,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: a problem in a file being imported, "line 12: …" */
  g_ptr_array_add (parser->problems, g_strdup_printf (_("line %u: %s"), line_at (parser, pos),
                                                      message));
}

static void
skip_space (Parser *parser)
{
  while (parser->p < parser->end && g_ascii_isspace (*parser->p))
    parser->p++;
}

static gboolean
is_ident_char (char c)
{
  return (guchar) c > ' ' && strchr ("\"#%'(),={}@\\", c) == NULL;
}

static char *
read_ident (Parser *parser)
{
  const char *start = parser->p;

  while (parser->p < parser->end && is_ident_char (*parser->p))
    parser->p++;

  return start == parser->p ? NULL : g_strndup (start, parser->p - start);
}

/* A line starting with "@word{" inside a value means its closing brace or quote is
 * missing: the value would otherwise swallow the entries after it. */
static gboolean
starts_entry_line (const char *p,
                   const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  if (p >= end || *p != '@')
    return FALSE;
  for (p++; p < end && g_ascii_isalpha (*p); p++)
    ;

  return p < end && (*p == '{' || *p == '(');
}

static gboolean
read_delimited (Parser     *parser,
                GString    *out,
                const char *field)
{
  const char *start = parser->p;
  char close = *parser->p == '{' ? '}' : '"';
  int depth = 0;

  for (parser->p++; parser->p < parser->end; parser->p++)
    {
      char c = *parser->p;

      if (c == '\\' && parser->p + 1 < parser->end)
        {
          g_string_append_c (out, c);
          c = *++parser->p;
        }
      else if (c == '{' && ++depth > MAX_BRACE_DEPTH)
        return fail (parser, parser->p, _("the value of field “%s” nests braces more than %u deep"),
                     field, MAX_BRACE_DEPTH);
      else if (c == '}' && depth > 0)
        depth--;
      else if (c == close && depth == 0)
        {
          parser->p++;
          return TRUE;
        }
      else if (c == '}' && close == '"')
        break;
      else if (c == '\n' && starts_entry_line (parser->p + 1, parser->end))
        break;
      g_string_append_c (out, c);
    }

  return fail (parser, start, close == '}' ? _("the value of field “%s” has no closing brace")
                                           : _("the value of field “%s” has no closing quote"),
               field);
}

static gboolean
expand_macro (Parser     *parser,
              GString    *out,
              const char *expansion,
              const char *pos,
              const char *field)
{
  gsize len = strlen (expansion);

  if (out->len + len > MAX_VALUE)
    return fail (parser, pos, _("the value of field “%s” is longer than %u MB"), field,
                 MAX_VALUE / (1024 * 1024));
  if (parser->n_expanded + len > MAX_EXPANDED)
    return fail (parser, pos, _("@string values expand to more than %u MB in this file"),
                 MAX_EXPANDED / (1024 * 1024));
  parser->n_expanded += len;
  g_string_append_len (out, expansion, len);

  return TRUE;
}

static gboolean
read_value (Parser      *parser,
            const char  *field,
            char       **value)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean first = TRUE;

  for (;;)
    {
      skip_space (parser);
      if (parser->p >= parser->end)
        return fail (parser, parser->p, _("the file ends inside field “%s”"), field);

      if (*parser->p == '{' || *parser->p == '"')
        {
          if (!read_delimited (parser, out, field))
            return FALSE;
        }
      else if (g_ascii_isdigit (*parser->p))
        {
          while (parser->p < parser->end && g_ascii_isdigit (*parser->p))
            g_string_append_c (out, *parser->p++);
        }
      else
        {
          const char *pos = parser->p;
          g_autofree char *name = read_ident (parser);
          g_autofree char *lower = NULL;
          const char *expansion;

          if (name == NULL)
            return fail (parser, pos,
                         first ? _("field “%s” has no value")
                               : _("“#” in field “%s” is not followed by a value"),
                         field);
          lower = g_ascii_strdown (name, -1);
          if ((expansion = g_hash_table_lookup (parser->macros, lower)) != NULL)
            {
              if (!expand_macro (parser, out, expansion, pos, field))
                return FALSE;
            }
          else
            warn (parser, pos, _("undefined string “%s” in field “%s”"), name, field);
        }

      first = FALSE;
      skip_space (parser);
      if (parser->p < parser->end && *parser->p == '#')
        parser->p++;
      else
        break;
    }

  *value = g_string_free (g_steal_pointer (&out), FALSE);
  return TRUE;
}

static gboolean
expect_close (Parser *parser,
              char    close)
{
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == ',')
    {
      parser->p++;
      skip_space (parser);
    }
  if (parser->p >= parser->end || *parser->p != close)
    return fail (parser, parser->p, _("expected “%c”"), close);
  parser->p++;

  return TRUE;
}

static gboolean
read_string (Parser *parser,
             char    close)
{
  g_autofree char *name = NULL;
  g_autofree char *value = NULL;

  skip_space (parser);
  if ((name = read_ident (parser)) == NULL)
    return fail (parser, parser->p, _("@string has no name"));
  skip_space (parser);
  if (parser->p >= parser->end || *parser->p != '=')
    return fail (parser, parser->p, _("missing “=” after string “%s”"), name);
  parser->p++;
  if (!read_value (parser, name, &value) || !expect_close (parser, close))
    return FALSE;

  g_hash_table_insert (parser->macros, g_ascii_strdown (name, -1), g_steal_pointer (&value));
  return TRUE;
}

static gboolean
read_fields (Parser      *parser,
             GlnBibEntry *entry,
             char         close)
{
  for (;;)
    {
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;
      const char *pos;

      skip_space (parser);
      if (parser->p < parser->end && *parser->p == close)
        {
          parser->p++;
          return TRUE;
        }

      pos = parser->p;
      if ((name = read_ident (parser)) == NULL)
        return fail (parser, pos, parser->p >= parser->end ? _("the file ends inside the entry")
                                                           : _("expected a field name"));
      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != '=')
        return fail (parser, parser->p, _("missing “=” after field “%s”"), name);
      parser->p++;
      if (!read_value (parser, name, &value))
        return FALSE;

      {
        g_autofree char *lower = g_ascii_strdown (name, -1);

        if (_gln_bib_entry_get (entry, lower) != NULL)
          warn (parser, pos, _("entry “%s” has field “%s” twice; the first one is kept"),
                entry->key, lower);
        else
          _gln_bib_entry_set (entry, lower, value);
      }

      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        parser->p++;
      else if (parser->p < parser->end && *parser->p == '@' &&
               starts_entry_line (parser->p, parser->end))
        return fail (parser, parser->entry_pos,
                     _("the entry is not closed before the next one starts"));
      else if (parser->p >= parser->end || *parser->p != close)
        return fail (parser, parser->p, _("missing “,” after field “%s”"), name);
    }
}

static GlnBibEntry *
read_entry (Parser     *parser,
            const char *type,
            char        close,
            guint       line)
{
  g_autoptr(GlnBibEntry) entry = entry_new (type, line);
  const char *start;

  skip_space (parser);
  start = parser->p;
  while (parser->p < parser->end && !g_ascii_isspace (*parser->p) && *parser->p != ',' &&
         *parser->p != close && *parser->p != '{' && *parser->p != '}' && *parser->p != '=')
    parser->p++;
  entry->key = g_strndup (start, parser->p - start);
  g_free (parser->key);
  parser->key = g_strdup (entry->key);
  skip_space (parser);

  if (entry->key[0] == '\0' || (parser->p < parser->end && *parser->p == '='))
    {
      fail (parser, start, _("the entry has no key"));
      return NULL;
    }
  if (parser->p < parser->end && *parser->p == close)
    {
      parser->p++;
      return g_steal_pointer (&entry);
    }
  if (parser->p >= parser->end || *parser->p != ',')
    {
      fail (parser, parser->p, _("missing “,” after the key"));
      return NULL;
    }
  parser->p++;

  if (!read_fields (parser, entry, close))
    return NULL;

  return g_steal_pointer (&entry);
}

/* After a broken entry: the next "@" that starts a line. */
static const char *
recover (Parser     *parser,
         const char *at)
{
  for (const char *p = at + 1; p < parser->end; p++)
    if (*p == '\n' && starts_entry_line (p + 1, parser->end))
      return p + 1;

  return parser->end;
}

/* "@comment{…}" is read to its matching brace, as Biber does, so that entries commented
 * out stay out. One that is never closed ends where the next entry starts, rather than
 * swallowing the rest of the file. Scanning ahead for the brace is bounded by a few times
 * the file's length in all, so that many unclosed comments cannot make it quadratic. */
static void
skip_comment (Parser *parser,
              char    close)
{
  const char *at = parser->p;
  const char *next_entry = NULL;
  gsize budget = 8 * (gsize) (parser->end - parser->start) + 1024 * 1024;
  int depth = 1;

  for (parser->p++; parser->p < parser->end; parser->p++)
    {
      if (*parser->p == (close == ')' ? '(' : '{'))
        depth++;
      else if (*parser->p == close && --depth == 0)
        {
          parser->p++;
          parser->n_comment_scanned += parser->p - at;
          return;
        }
      else if (*parser->p == '\n' && next_entry == NULL &&
               starts_entry_line (parser->p + 1, parser->end))
        {
          next_entry = parser->p + 1;
          if (parser->n_comment_scanned + (parser->p - at) > budget)
            break;
        }
    }

  parser->n_comment_scanned += parser->p - at;
  warn (parser, at, _("@comment has no closing brace"));
  if (next_entry != NULL)
    parser->p = next_entry;
}

/* Reads one "@…" at parser->p; returns an entry, or NULL for anything else. */
static GlnBibEntry *
read_item (Parser *parser)
{
  const char *at = parser->p;
  g_autofree char *type = NULL;
  GlnBibEntry *entry = NULL;
  char close;

  parser->p++;
  skip_space (parser);
  if ((type = read_ident (parser)) == NULL)
    return NULL;
  skip_space (parser);

  if (g_ascii_strcasecmp (type, "comment") == 0)
    {
      if (parser->p < parser->end && (*parser->p == '{' || *parser->p == '('))
        skip_comment (parser, *parser->p == '{' ? '}' : ')');
      return NULL;
    }
  if (parser->p >= parser->end || (*parser->p != '{' && *parser->p != '('))
    {
      warn (parser, at, _("“@%s” is not followed by “{”; ignored"), type);
      return NULL;
    }
  close = *parser->p == '{' ? '}' : ')';
  parser->p++;
  parser->entry_pos = at;

  if (g_ascii_strcasecmp (type, "string") == 0)
    read_string (parser, close);
  else if (g_ascii_strcasecmp (type, "preamble") == 0)
    {
      g_autofree char *value = NULL;

      if (read_value (parser, "@preamble", &value))
        expect_close (parser, close);
    }
  else
    entry = read_entry (parser, type, close, line_at (parser, at));

  if (parser->error != NULL)
    {
      if (entry == NULL && !gln_str_empty0 (parser->key))
        warn (parser, parser->error_pos, _("entry “%s” skipped: %s"), parser->key,
              parser->error);
      else
        warn (parser, parser->error_pos, _("“@%s” skipped: %s"), type, parser->error);
      g_clear_pointer (&parser->error, g_free);
      parser->p = recover (parser, at);
      parser->n_broken++;
    }
  g_clear_pointer (&parser->key, g_free);

  return entry;
}

/* Fields a cross-referenced entry gives the entries that name it, as BibTeX does; a
 * collection's title is the booktitle of its parts. */
static void
resolve_crossrefs (GPtrArray *entries)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      GlnBibEntry *entry = entries->pdata[i];
      char *key = g_utf8_casefold (entry->key, -1);

      if (!g_hash_table_contains (by_key, key))
        g_hash_table_insert (by_key, key, entry);
      else
        g_free (key);
    }

  for (guint i = 0; i < entries->len; i++)
    {
      GlnBibEntry *entry = entries->pdata[i];
      const char *target = _gln_bib_entry_get (entry, "crossref");
      g_autofree char *key = NULL;
      GlnBibEntry *parent;

      if (target == NULL)
        continue;
      key = g_utf8_casefold (target, -1);
      if ((parent = g_hash_table_lookup (by_key, key)) == NULL || parent == entry)
        continue;

      if (_gln_bibtex_type_is_part (entry->type) &&
          _gln_bib_entry_get (entry, "booktitle") == NULL &&
          _gln_bib_entry_get (parent, "title") != NULL)
        _gln_bib_entry_set (entry, "booktitle", _gln_bib_entry_get (parent, "title"));
      for (guint j = 0; j < parent->names->len; j++)
        {
          const char *name = parent->names->pdata[j];

          if (_gln_bib_entry_get (entry, name) == NULL && strcmp (name, "crossref") != 0 &&
              strcmp (name, "ids") != 0 && strcmp (name, "entryset") != 0)
            _gln_bib_entry_set (entry, name, parent->values->pdata[j]);
        }
      /* The fields are in: the reference itself would dangle once keys are remade. */
      for (guint j = 0; j < entry->names->len; j++)
        if (strcmp (entry->names->pdata[j], "crossref") == 0)
          {
            g_ptr_array_remove_index (entry->names, j);
            g_ptr_array_remove_index (entry->values, j);
            break;
          }
    }
}

/**
 * gln_bibtex_parse:
 * @text: the contents of a .bib file, UTF-8
 * @length: its length, or -1 when NUL-terminated
 * @problems: (out) (optional) (transfer full) (element-type utf8): what was wrong with the
 *   file, each message starting with its line; broken entries are skipped
 * @error: return location for a #GError
 *
 * Reads BibTeX and biblatex files as reference managers write them.
 *
 * Returns: (transfer full) (element-type GlnPaper): one paper per entry, or %NULL with
 *   @error when the file has entries and none of them could be read
 */
GPtrArray *
gln_bibtex_parse (const char  *text,
                  gssize       length,
                  GPtrArray  **problems,
                  GError     **error)
{
  return gln_bibtex_parse_full (text, length, problems, NULL, error);
}

/**
 * gln_bibtex_parse_full:
 * @text: the contents of a .bib file, UTF-8
 * @length: its length, or -1 when NUL-terminated
 * @problems: (out) (optional) (transfer full) (element-type utf8): as gln_bibtex_parse()
 * @n_skipped: (out) (optional): how many entries were broken and skipped
 * @error: return location for a #GError
 *
 * Like gln_bibtex_parse(), and counts the entries it could not read.
 *
 * Returns: (transfer full) (element-type GlnPaper): one paper per entry read
 */
GPtrArray *
gln_bibtex_parse_full (const char  *text,
                       gssize       length,
                       GPtrArray  **problems,
                       guint       *n_skipped,
                       GError     **error)
{
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) _gln_bib_entry_free);
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) macros = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *valid = NULL;
  Parser parser = { 0, };

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  valid = g_utf8_make_valid (text, length);

  for (guint i = 0; month_macros[i] != NULL; i += 2)
    g_hash_table_insert (macros, g_strdup (month_macros[i]), g_strdup (month_macros[i + 1]));

  parser.start = parser.p = parser.line_pos = valid;
  parser.end = valid + strlen (valid);
  parser.line = 1;
  parser.macros = macros;
  parser.problems = found;

  while ((parser.p = memchr (parser.p, '@', parser.end - parser.p)) != NULL)
    {
      GlnBibEntry *entry = read_item (&parser);

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }

  resolve_crossrefs (entries);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (papers, _gln_bibtex_entry_to_paper (entries->pdata[i]));

  if (papers->len == 0 && parser.n_broken > 0)
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("No entry could be read: %s"), (const char *) found->pdata[0]);
      return NULL;
    }

  if (problems != NULL)
    *problems = g_steal_pointer (&found);
  if (n_skipped != NULL)
    *n_skipped = parser.n_broken;

  return g_steal_pointer (&papers);
}

/**
 * gln_bibtex_looks_like:
 * @text: the start of a file
 * @length: its length
 *
 * Returns: whether a line of the text starts an entry ("@article{", "@string(")
 */
gboolean
gln_bibtex_looks_like (const char *text,
                       gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; p < end; p++)
    {
      if ((p == text || p[-1] == '\n') && starts_entry_line (p, end))
        return TRUE;
    }

  return FALSE;
}
