/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-latex.h"

G_BEGIN_DECLS

/* Shared by the LaTeX decoder: the main loop and output (gln-latex.c), control sequences
 * (gln-latex-macros.c), the table (gln-latex-tables.c), the modes that keep LaTeX
 * (gln-latex-decode.c) and the way back to LaTeX (gln-latex-encode.c). */

/* Abstracts are short; these bounds only protect against hostile input. */
#define GLN_LATEX_MAX_DEPTH     48
#define GLN_LATEX_MAX_MATH_SPAN 4000

typedef enum
{
  STYLE_BOLD   = 1 << 0,
  STYLE_ITALIC = 1 << 1,
} Style;

typedef enum
{
  FONT_NONE,
  FONT_DOUBLE_STRUCK,
  FONT_SCRIPT,
  FONT_FRAKTUR,
} Font;

typedef enum
{
  KIND_SYMBOL,    /* replaced by its text */
  KIND_LETTER,    /* a text letter such as \L; eats the spaces after it */
  KIND_IGNORE,    /* \left, \small: nothing */
  KIND_SWITCH,    /* \bf, \em: a style until the group ends */
  KIND_STYLE,     /* \textbf{x}: the argument in a style */
  KIND_FONT,      /* \mathbb{R}: the argument in a Unicode alphabet */
  KIND_ACCENT,    /* \v{c}, \hat{x}: a combining mark on the argument */
  KIND_DROP_ARG,  /* \label{x}: nothing at all */
  KIND_SPECIAL,   /* handled case by case */
} MacroKind;

/* Where a macro is known. Rendering for reading knows every one; decoding a field knows
 * the text commands, which is what LaTeX outside math knows; encoding writes a character
 * with its one written spelling. */
typedef enum
{
  REACH_DISPLAY,  /* math, citations, layout: rendered for reading only */
  REACH_TEXT,     /* decoded in every mode */
  REACH_WRITTEN,  /* decoded in every mode, and how the encoder spells its character */
} Reach;

typedef enum
{
  SPECIAL_FRAC,
  SPECIAL_BINOM,
  SPECIAL_SQRT,
  SPECIAL_URL,
  SPECIAL_HREF,
  SPECIAL_FOOTNOTE,
  SPECIAL_CITE,
  SPECIAL_NOT,
  SPECIAL_DEG,
  SPECIAL_SECOND_ARG,
  SPECIAL_SPACE_ARG,
  SPECIAL_MATH_BRACKET,
  SPECIAL_CONTROL_SPACE,
} Special;

/* Switch values: the low nibble sets style bits, the high nibble clears them. */
#define SWITCH(set, clear) ((set) | ((clear) << 4))

typedef struct
{
  const char *name;
  MacroKind   kind;
  const char *text;
  guint       value;      /* the style, font or Special; for an accent, its lone form */
  Reach       reach;      /* left out in the table: REACH_DISPLAY */
} Macro;

typedef struct
{
  GString *text;
  GString *markup;        /* NULL when only the text is wanted */
  guint    markup_style;  /* the style whose tags are open in markup */
  gboolean open_name;     /* a kept control word ends the text: a letter or space next
                           * would join it, so "{}" goes between */
} Out;

typedef struct
{
  const char   *start;
  const char   *end;
  gint32       *match;    /* for each '{', the offset of its '}', or -1 */
  int           depth;
  GlnLatexMode  mode;
} Doc;

static inline gboolean
is_alpha (char c)
{
  return g_ascii_isalpha (c);
}

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* gln-latex.c: output and the main loop */
void         _gln_latex_emit_len         (Out                *out,
                                          guint               style,
                                          const char         *s,
                                          gssize              len);
void         _gln_latex_emit             (Out                *out,
                                          guint               style,
                                          const char         *s);
void         _gln_latex_emit_unichar     (Out                *out,
                                          guint               style,
                                          gunichar            c);
void         _gln_latex_render           (Doc                *doc,
                                          Out                *out,
                                          const char         *p,
                                          const char         *end,
                                          guint               style,
                                          gboolean            math);
void         _gln_latex_render_inner     (Doc                *doc,
                                          Out                *out,
                                          const char         *p,
                                          const char         *end,
                                          guint               style,
                                          gboolean            math);
const char  *_gln_latex_render_math_to   (Doc                *doc,
                                          Out                *out,
                                          const char         *p,
                                          const char         *end,
                                          const char         *closer,
                                          guint               style);
char        *_gln_latex_render_plain     (Doc                *doc,
                                          const char         *p,
                                          const char         *end,
                                          gboolean            math);
const char  *_gln_latex_group_end        (Doc                *doc,
                                          const char         *p,
                                          const char         *end);
const char  *_gln_latex_skip_spaces      (const char         *p,
                                          const char         *end);
const char  *_gln_latex_limit            (const char         *p,
                                          const char         *end,
                                          gsize               n);
gunichar     _gln_latex_prev_char        (Doc                *doc,
                                          const char         *p);
const char  *_gln_latex_next_char        (const char         *p,
                                          const char         *end);

/* gln-latex-decode.c: the modes that keep LaTeX */
void         _gln_latex_fold             (Doc                *doc,
                                          Out                *out,
                                          const char         *p,
                                          const char         *end);
char        *_gln_latex_collapse_space   (GString            *text);

/* gln-latex-macros.c: control sequences */
const char  *_gln_latex_render_macro     (Doc                *doc,
                                          Out                *out,
                                          const char         *p,
                                          const char         *end,
                                          guint              *style,
                                          gboolean            math);
const char  *_gln_latex_render_known     (Doc                *doc,
                                          Out                *out,
                                          const Macro        *macro,
                                          const char         *name,
                                          const char         *p,
                                          const char         *end,
                                          guint              *style,
                                          gboolean            math);
const char  *_gln_latex_name_end         (const char         *name,
                                          const char         *end);
const Macro *_gln_latex_lookup_in_mode   (Doc                *doc,
                                          const char         *name,
                                          const char         *end);
gboolean     _gln_latex_get_arg          (Doc                *doc,
                                          const char         *p,
                                          const char         *end,
                                          const char        **arg_start,
                                          const char        **arg_end,
                                          const char        **next);
const char  *_gln_latex_find_string      (const char         *p,
                                          const char         *end,
                                          const char         *needle);
void         _gln_latex_emit_font        (Out                *out,
                                          guint               style,
                                          Font                font,
                                          const char         *content);

/* gln-latex-tables.c */
const Macro *_gln_latex_lookup_macro     (const char         *name,
                                          gsize               len);
const Macro *_gln_latex_find_written     (const char         *text);
const char  *_gln_latex_match_ligature   (const char         *p,
                                          const char         *end,
                                          gsize              *len);
const char  *_gln_latex_spell_ligature   (const char         *text);
const char  *_gln_latex_remains_text     (const char         *word,
                                          gsize               len);
gboolean     _gln_latex_word_in          (const char         *word,
                                          gsize               len,
                                          const char * const *list,
                                          gsize               n_list);
gboolean     _gln_latex_is_remains_word  (const char         *word,
                                          gsize               len);
gboolean     _gln_latex_is_remains_greek (const char         *word,
                                          gsize               len);
gboolean     _gln_latex_is_script_base   (const char         *word,
                                          gsize               len);
gunichar     _gln_latex_script_char      (gunichar            c,
                                          gboolean            sup);
gunichar     _gln_latex_map_font         (Font                font,
                                          gunichar            c);

G_END_DECLS
