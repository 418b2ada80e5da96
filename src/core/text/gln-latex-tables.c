/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-latex"

#include "config.h"

#include "gln-latex-private.h"

#include <string.h>

/* All that Gleaner knows about LaTeX: the one table of macros, which every mode of the
 * decoder reads and the encoder writes back from, the ligatures, the words that stripped
 * markup leaves behind, and the Unicode forms of scripts and math alphabets. */

static const Macro macros[] = {
  /* Greek, which .bib fields write outside math too */
  { "alpha", KIND_SYMBOL, "α", 0, REACH_TEXT }, { "beta", KIND_SYMBOL, "β", 0, REACH_TEXT },
  { "gamma", KIND_SYMBOL, "γ", 0, REACH_TEXT }, { "delta", KIND_SYMBOL, "δ", 0, REACH_TEXT },
  { "epsilon", KIND_SYMBOL, "ε", 0, REACH_TEXT },
  { "varepsilon", KIND_SYMBOL, "ε", 0, REACH_TEXT }, { "zeta", KIND_SYMBOL, "ζ", 0, REACH_TEXT },
  { "eta", KIND_SYMBOL, "η", 0, REACH_TEXT }, { "theta", KIND_SYMBOL, "θ", 0, REACH_TEXT },
  { "vartheta", KIND_SYMBOL, "ϑ", 0, REACH_TEXT }, { "iota", KIND_SYMBOL, "ι", 0, REACH_TEXT },
  { "kappa", KIND_SYMBOL, "κ", 0, REACH_TEXT }, { "lambda", KIND_SYMBOL, "λ", 0, REACH_TEXT },
  { "mu", KIND_SYMBOL, "μ", 0, REACH_TEXT }, { "nu", KIND_SYMBOL, "ν", 0, REACH_TEXT },
  { "xi", KIND_SYMBOL, "ξ", 0, REACH_TEXT }, { "omicron", KIND_SYMBOL, "ο", 0, REACH_TEXT },
  { "pi", KIND_SYMBOL, "π", 0, REACH_TEXT }, { "varpi", KIND_SYMBOL, "ϖ", 0, REACH_TEXT },
  { "rho", KIND_SYMBOL, "ρ", 0, REACH_TEXT }, { "varrho", KIND_SYMBOL, "ϱ", 0, REACH_TEXT },
  { "sigma", KIND_SYMBOL, "σ", 0, REACH_TEXT }, { "varsigma", KIND_SYMBOL, "ς", 0, REACH_TEXT },
  { "tau", KIND_SYMBOL, "τ", 0, REACH_TEXT }, { "upsilon", KIND_SYMBOL, "υ", 0, REACH_TEXT },
  { "phi", KIND_SYMBOL, "φ", 0, REACH_TEXT }, { "varphi", KIND_SYMBOL, "φ", 0, REACH_TEXT },
  { "chi", KIND_SYMBOL, "χ", 0, REACH_TEXT }, { "psi", KIND_SYMBOL, "ψ", 0, REACH_TEXT },
  { "omega", KIND_SYMBOL, "ω", 0, REACH_TEXT }, { "Gamma", KIND_SYMBOL, "Γ", 0, REACH_TEXT },
  { "Delta", KIND_SYMBOL, "Δ", 0, REACH_TEXT }, { "Theta", KIND_SYMBOL, "Θ", 0, REACH_TEXT },
  { "Lambda", KIND_SYMBOL, "Λ", 0, REACH_TEXT }, { "Xi", KIND_SYMBOL, "Ξ", 0, REACH_TEXT },
  { "Pi", KIND_SYMBOL, "Π", 0, REACH_TEXT }, { "Sigma", KIND_SYMBOL, "Σ", 0, REACH_TEXT },
  { "Upsilon", KIND_SYMBOL, "Υ", 0, REACH_TEXT }, { "Phi", KIND_SYMBOL, "Φ", 0, REACH_TEXT },
  { "Psi", KIND_SYMBOL, "Ψ", 0, REACH_TEXT }, { "Omega", KIND_SYMBOL, "Ω", 0, REACH_TEXT },
  /* operators */
  { "times", KIND_SYMBOL, "×", 0 }, { "cdot", KIND_SYMBOL, "·", 0 },
  { "div", KIND_SYMBOL, "÷", 0 }, { "pm", KIND_SYMBOL, "±", 0 },
  { "mp", KIND_SYMBOL, "∓", 0 }, { "ast", KIND_SYMBOL, "∗", 0 },
  { "star", KIND_SYMBOL, "⋆", 0 }, { "circ", KIND_SYMBOL, "∘", 0 },
  { "bullet", KIND_SYMBOL, "•", 0 }, { "oplus", KIND_SYMBOL, "⊕", 0 },
  { "otimes", KIND_SYMBOL, "⊗", 0 }, { "odot", KIND_SYMBOL, "⊙", 0 },
  { "cap", KIND_SYMBOL, "∩", 0 }, { "cup", KIND_SYMBOL, "∪", 0 },
  { "wedge", KIND_SYMBOL, "∧", 0 }, { "land", KIND_SYMBOL, "∧", 0 },
  { "vee", KIND_SYMBOL, "∨", 0 }, { "lor", KIND_SYMBOL, "∨", 0 },
  { "setminus", KIND_SYMBOL, "∖", 0 }, { "neg", KIND_SYMBOL, "¬", 0 },
  { "lnot", KIND_SYMBOL, "¬", 0 }, { "sum", KIND_SYMBOL, "∑", 0 },
  { "prod", KIND_SYMBOL, "∏", 0 }, { "coprod", KIND_SYMBOL, "∐", 0 },
  { "int", KIND_SYMBOL, "∫", 0 }, { "iint", KIND_SYMBOL, "∬", 0 },
  { "oint", KIND_SYMBOL, "∮", 0 }, { "bigcup", KIND_SYMBOL, "⋃", 0 },
  { "bigcap", KIND_SYMBOL, "⋂", 0 }, { "partial", KIND_SYMBOL, "∂", 0 },
  { "nabla", KIND_SYMBOL, "∇", 0 }, { "infty", KIND_SYMBOL, "∞", 0 },
  { "emptyset", KIND_SYMBOL, "∅", 0 }, { "varnothing", KIND_SYMBOL, "∅", 0 },
  { "forall", KIND_SYMBOL, "∀", 0 }, { "exists", KIND_SYMBOL, "∃", 0 },
  { "nexists", KIND_SYMBOL, "∄", 0 }, { "in", KIND_SYMBOL, "∈", 0 },
  { "notin", KIND_SYMBOL, "∉", 0 }, { "ni", KIND_SYMBOL, "∋", 0 },
  { "subset", KIND_SYMBOL, "⊂", 0 }, { "subseteq", KIND_SYMBOL, "⊆", 0 },
  { "supset", KIND_SYMBOL, "⊃", 0 }, { "supseteq", KIND_SYMBOL, "⊇", 0 },
  { "angle", KIND_SYMBOL, "∠", 0 }, { "perp", KIND_SYMBOL, "⊥", 0 },
  { "parallel", KIND_SYMBOL, "∥", 0 }, { "mid", KIND_SYMBOL, "|", 0 },
  { "propto", KIND_SYMBOL, "∝", 0 }, { "ell", KIND_SYMBOL, "ℓ", 0 },
  { "hbar", KIND_SYMBOL, "ℏ", 0 }, { "Re", KIND_SYMBOL, "ℜ", 0 },
  { "Im", KIND_SYMBOL, "ℑ", 0 }, { "aleph", KIND_SYMBOL, "ℵ", 0 },
  { "prime", KIND_SYMBOL, "′", 0 }, { "dagger", KIND_SYMBOL, "†", 0 },
  { "ddagger", KIND_SYMBOL, "‡", 0 }, { "top", KIND_SYMBOL, "⊤", 0 },
  { "bot", KIND_SYMBOL, "⊥", 0 }, { "vdash", KIND_SYMBOL, "⊢", 0 },
  { "models", KIND_SYMBOL, "⊨", 0 }, { "triangle", KIND_SYMBOL, "△", 0 },
  { "square", KIND_SYMBOL, "□", 0 }, { "Box", KIND_SYMBOL, "□", 0 },
  { "diamond", KIND_SYMBOL, "⋄", 0 }, { "checkmark", KIND_SYMBOL, "✓", 0 },
  { "cdots", KIND_SYMBOL, "⋯", 0 }, { "vdots", KIND_SYMBOL, "⋮", 0 },
  { "ddots", KIND_SYMBOL, "⋱", 0 }, { "colon", KIND_SYMBOL, ":", 0 },
  /* relations */
  { "leq", KIND_SYMBOL, "≤", 0 }, { "le", KIND_SYMBOL, "≤", 0 },
  { "geq", KIND_SYMBOL, "≥", 0 }, { "ge", KIND_SYMBOL, "≥", 0 },
  { "leqslant", KIND_SYMBOL, "⩽", 0 }, { "geqslant", KIND_SYMBOL, "⩾", 0 },
  { "neq", KIND_SYMBOL, "≠", 0 }, { "ne", KIND_SYMBOL, "≠", 0 },
  { "approx", KIND_SYMBOL, "≈", 0 }, { "sim", KIND_SYMBOL, "~", 0 },
  { "simeq", KIND_SYMBOL, "≃", 0 }, { "cong", KIND_SYMBOL, "≅", 0 },
  { "equiv", KIND_SYMBOL, "≡", 0 }, { "ll", KIND_SYMBOL, "≪", 0 },
  { "gg", KIND_SYMBOL, "≫", 0 }, { "lesssim", KIND_SYMBOL, "≲", 0 },
  { "gtrsim", KIND_SYMBOL, "≳", 0 }, { "prec", KIND_SYMBOL, "≺", 0 },
  { "succ", KIND_SYMBOL, "≻", 0 }, { "preceq", KIND_SYMBOL, "⪯", 0 },
  { "succeq", KIND_SYMBOL, "⪰", 0 }, { "asymp", KIND_SYMBOL, "≍", 0 },
  { "coloneqq", KIND_SYMBOL, "≔", 0 }, { "triangleq", KIND_SYMBOL, "≜", 0 },
  /* arrows */
  { "to", KIND_SYMBOL, "→", 0 }, { "rightarrow", KIND_SYMBOL, "→", 0 },
  { "leftarrow", KIND_SYMBOL, "←", 0 }, { "gets", KIND_SYMBOL, "←", 0 },
  { "leftrightarrow", KIND_SYMBOL, "↔", 0 }, { "Rightarrow", KIND_SYMBOL, "⇒", 0 },
  { "Leftarrow", KIND_SYMBOL, "⇐", 0 }, { "Leftrightarrow", KIND_SYMBOL, "⇔", 0 },
  { "implies", KIND_SYMBOL, "⇒", 0 }, { "iff", KIND_SYMBOL, "⇔", 0 },
  { "mapsto", KIND_SYMBOL, "↦", 0 }, { "longrightarrow", KIND_SYMBOL, "⟶", 0 },
  { "longleftarrow", KIND_SYMBOL, "⟵", 0 }, { "uparrow", KIND_SYMBOL, "↑", 0 },
  { "downarrow", KIND_SYMBOL, "↓", 0 }, { "hookrightarrow", KIND_SYMBOL, "↪", 0 },
  /* delimiters */
  { "langle", KIND_SYMBOL, "⟨", 0 }, { "rangle", KIND_SYMBOL, "⟩", 0 },
  { "lceil", KIND_SYMBOL, "⌈", 0 }, { "rceil", KIND_SYMBOL, "⌉", 0 },
  { "lfloor", KIND_SYMBOL, "⌊", 0 }, { "rfloor", KIND_SYMBOL, "⌋", 0 },
  { "vert", KIND_SYMBOL, "|", 0 }, { "lvert", KIND_SYMBOL, "|", 0 },
  { "rvert", KIND_SYMBOL, "|", 0 }, { "Vert", KIND_SYMBOL, "‖", 0 },
  { "lVert", KIND_SYMBOL, "‖", 0 }, { "rVert", KIND_SYMBOL, "‖", 0 },
  { "lbrace", KIND_SYMBOL, "{", 0 }, { "rbrace", KIND_SYMBOL, "}", 0 },
  { "backslash", KIND_SYMBOL, "\\", 0 },
  /* functions print their names */
  { "log", KIND_SYMBOL, "log", 0 }, { "ln", KIND_SYMBOL, "ln", 0 },
  { "exp", KIND_SYMBOL, "exp", 0 }, { "sin", KIND_SYMBOL, "sin", 0 },
  { "cos", KIND_SYMBOL, "cos", 0 }, { "tan", KIND_SYMBOL, "tan", 0 },
  { "tanh", KIND_SYMBOL, "tanh", 0 }, { "max", KIND_SYMBOL, "max", 0 },
  { "min", KIND_SYMBOL, "min", 0 }, { "sup", KIND_SYMBOL, "sup", 0 },
  { "inf", KIND_SYMBOL, "inf", 0 }, { "lim", KIND_SYMBOL, "lim", 0 },
  { "limsup", KIND_SYMBOL, "lim sup", 0 }, { "liminf", KIND_SYMBOL, "lim inf", 0 },
  { "arg", KIND_SYMBOL, "arg", 0 }, { "argmax", KIND_SYMBOL, "argmax", 0 },
  { "argmin", KIND_SYMBOL, "argmin", 0 }, { "det", KIND_SYMBOL, "det", 0 },
  { "dim", KIND_SYMBOL, "dim", 0 }, { "ker", KIND_SYMBOL, "ker", 0 },
  { "gcd", KIND_SYMBOL, "gcd", 0 }, { "Pr", KIND_SYMBOL, "Pr", 0 },
  { "mod", KIND_SYMBOL, "mod", 0 }, { "bmod", KIND_SYMBOL, "mod", 0 },
  { "deg", KIND_SPECIAL, NULL, SPECIAL_DEG },
  /* text symbols; a character is written with its REACH_WRITTEN spelling */
  { "ldots", KIND_SYMBOL, "…", 0, REACH_WRITTEN }, { "dots", KIND_SYMBOL, "…", 0, REACH_TEXT },
  { "textellipsis", KIND_SYMBOL, "…", 0, REACH_TEXT },
  { "textendash", KIND_SYMBOL, "–", 0, REACH_TEXT },
  { "textemdash", KIND_SYMBOL, "—", 0, REACH_TEXT },
  { "textquoteleft", KIND_SYMBOL, "‘", 0, REACH_TEXT },
  { "textquoteright", KIND_SYMBOL, "’", 0, REACH_WRITTEN },
  { "textquotedblleft", KIND_SYMBOL, "“", 0, REACH_TEXT },
  { "textquotedblright", KIND_SYMBOL, "”", 0, REACH_TEXT },
  { "guillemotleft", KIND_SYMBOL, "«", 0, REACH_WRITTEN },
  { "guillemotright", KIND_SYMBOL, "»", 0, REACH_WRITTEN },
  { "S", KIND_SYMBOL, "§", 0, REACH_WRITTEN }, { "P", KIND_SYMBOL, "¶", 0, REACH_WRITTEN },
  { "textcopyright", KIND_SYMBOL, "©", 0, REACH_WRITTEN },
  { "copyright", KIND_SYMBOL, "©", 0, REACH_TEXT },
  { "textregistered", KIND_SYMBOL, "®", 0, REACH_WRITTEN },
  { "texttrademark", KIND_SYMBOL, "™", 0, REACH_WRITTEN },
  { "pounds", KIND_SYMBOL, "£", 0, REACH_WRITTEN },
  { "textsterling", KIND_SYMBOL, "£", 0, REACH_TEXT },
  { "texteuro", KIND_SYMBOL, "€", 0, REACH_WRITTEN }, { "euro", KIND_SYMBOL, "€", 0, REACH_TEXT },
  { "textdegree", KIND_SYMBOL, "°", 0, REACH_WRITTEN },
  { "dag", KIND_SYMBOL, "†", 0, REACH_WRITTEN }, { "textdagger", KIND_SYMBOL, "†", 0, REACH_TEXT },
  { "ddag", KIND_SYMBOL, "‡", 0, REACH_WRITTEN },
  { "textdaggerdbl", KIND_SYMBOL, "‡", 0, REACH_TEXT },
  { "textbullet", KIND_SYMBOL, "•", 0, REACH_WRITTEN },
  { "textperiodcentered", KIND_SYMBOL, "·", 0, REACH_WRITTEN },
  { "textbackslash", KIND_SYMBOL, "\\", 0, REACH_WRITTEN },
  { "textasciitilde", KIND_SYMBOL, "~", 0, REACH_WRITTEN },
  { "textbraceleft", KIND_SYMBOL, "{", 0, REACH_TEXT },
  { "textbraceright", KIND_SYMBOL, "}", 0, REACH_TEXT },
  { "textasciicircum", KIND_SYMBOL, "^", 0, REACH_WRITTEN },
  { "textasciigrave", KIND_SYMBOL, "`", 0, REACH_WRITTEN },
  { "textunderscore", KIND_SYMBOL, "_", 0, REACH_TEXT },
  { "textbar", KIND_SYMBOL, "|", 0, REACH_TEXT }, { "textless", KIND_SYMBOL, "<", 0, REACH_TEXT },
  { "textgreater", KIND_SYMBOL, ">", 0, REACH_TEXT },
  { "textquotedbl", KIND_SYMBOL, "\"", 0, REACH_TEXT },
  { "LaTeX", KIND_SYMBOL, "LaTeX", 0, REACH_TEXT }, { "TeX", KIND_SYMBOL, "TeX", 0, REACH_TEXT },
  { "BibTeX", KIND_SYMBOL, "BibTeX", 0, REACH_TEXT },
  { "LaTeXe", KIND_SYMBOL, "LaTeX2e", 0, REACH_TEXT },
  { "slash", KIND_SYMBOL, "/", 0, REACH_TEXT },
  { "thinspace", KIND_SYMBOL, " ", 0, REACH_TEXT },
  /* logos of the TeX world that print as they are named (dtklogos, metalogo) */
  { "AmSTeX", KIND_SYMBOL, "AmSTeX", 0, REACH_TEXT },
  { "AMSTeX", KIND_SYMBOL, "AMSTeX", 0, REACH_TEXT },
  { "AmSLaTeX", KIND_SYMBOL, "AmSLaTeX", 0, REACH_TEXT },
  { "ConTeXt", KIND_SYMBOL, "ConTeXt", 0, REACH_TEXT },
  { "eTeX", KIND_SYMBOL, "eTeX", 0, REACH_TEXT },
  { "LuaTeX", KIND_SYMBOL, "LuaTeX", 0, REACH_TEXT },
  { "LuaLaTeX", KIND_SYMBOL, "LuaLaTeX", 0, REACH_TEXT },
  { "pdfTeX", KIND_SYMBOL, "pdfTeX", 0, REACH_TEXT },
  { "pdfLaTeX", KIND_SYMBOL, "pdfLaTeX", 0, REACH_TEXT },
  { "PiCTeX", KIND_SYMBOL, "PiCTeX", 0, REACH_TEXT },
  { "SliTeX", KIND_SYMBOL, "SliTeX", 0, REACH_TEXT },
  { "XeTeX", KIND_SYMBOL, "XeTeX", 0, REACH_TEXT },
  { "XeLaTeX", KIND_SYMBOL, "XeLaTeX", 0, REACH_TEXT },
  /* layout and symbols only for reading */
  { "degree", KIND_SYMBOL, "°", 0 }, { "textpercent", KIND_SYMBOL, "%", 0 },
  { "item", KIND_SYMBOL, "• ", 0 }, { "quad", KIND_SYMBOL, " ", 0 },
  { "qquad", KIND_SYMBOL, "  ", 0 }, { "enspace", KIND_SYMBOL, " ", 0 },
  { "medspace", KIND_SYMBOL, " ", 0 },
  { "newline", KIND_SYMBOL, " ", 0 }, { "linebreak", KIND_SYMBOL, " ", 0 },
  { "par", KIND_SYMBOL, " ", 0 },
  /* letters */
  { "ss", KIND_LETTER, "ß", 0, REACH_WRITTEN }, { "SS", KIND_LETTER, "SS", 0, REACH_TEXT },
  { "ae", KIND_LETTER, "æ", 0, REACH_WRITTEN }, { "AE", KIND_LETTER, "Æ", 0, REACH_WRITTEN },
  { "oe", KIND_LETTER, "œ", 0, REACH_WRITTEN }, { "OE", KIND_LETTER, "Œ", 0, REACH_WRITTEN },
  { "aa", KIND_LETTER, "å", 0, REACH_WRITTEN }, { "AA", KIND_LETTER, "Å", 0, REACH_WRITTEN },
  { "o", KIND_LETTER, "ø", 0, REACH_WRITTEN }, { "O", KIND_LETTER, "Ø", 0, REACH_WRITTEN },
  { "l", KIND_LETTER, "ł", 0, REACH_WRITTEN }, { "L", KIND_LETTER, "Ł", 0, REACH_WRITTEN },
  { "i", KIND_LETTER, "ı", 0, REACH_WRITTEN }, { "j", KIND_LETTER, "ȷ", 0, REACH_WRITTEN },
  { "dh", KIND_LETTER, "ð", 0, REACH_WRITTEN }, { "DH", KIND_LETTER, "Ð", 0, REACH_WRITTEN },
  { "th", KIND_LETTER, "þ", 0, REACH_WRITTEN }, { "TH", KIND_LETTER, "Þ", 0, REACH_WRITTEN },
  { "ng", KIND_LETTER, "ŋ", 0, REACH_WRITTEN }, { "NG", KIND_LETTER, "Ŋ", 0, REACH_WRITTEN },
  { "dj", KIND_LETTER, "đ", 0, REACH_WRITTEN }, { "DJ", KIND_LETTER, "Đ", 0, REACH_WRITTEN },
  /* nothing to show */
  { "left", KIND_IGNORE, NULL, 0 }, { "right", KIND_IGNORE, NULL, 0 },
  { "middle", KIND_IGNORE, NULL, 0 }, { "big", KIND_IGNORE, NULL, 0 },
  { "Big", KIND_IGNORE, NULL, 0 }, { "bigg", KIND_IGNORE, NULL, 0 },
  { "Bigg", KIND_IGNORE, NULL, 0 }, { "bigl", KIND_IGNORE, NULL, 0 },
  { "bigr", KIND_IGNORE, NULL, 0 }, { "Bigl", KIND_IGNORE, NULL, 0 },
  { "Bigr", KIND_IGNORE, NULL, 0 }, { "biggl", KIND_IGNORE, NULL, 0 },
  { "biggr", KIND_IGNORE, NULL, 0 }, { "Biggl", KIND_IGNORE, NULL, 0 },
  { "Biggr", KIND_IGNORE, NULL, 0 }, { "displaystyle", KIND_IGNORE, NULL, 0 },
  { "textstyle", KIND_IGNORE, NULL, 0 }, { "scriptstyle", KIND_IGNORE, NULL, 0 },
  { "limits", KIND_IGNORE, NULL, 0 }, { "nolimits", KIND_IGNORE, NULL, 0 },
  { "nonumber", KIND_IGNORE, NULL, 0 }, { "notag", KIND_IGNORE, NULL, 0 },
  { "centering", KIND_IGNORE, NULL, 0 }, { "noindent", KIND_IGNORE, NULL, 0 },
  { "protect", KIND_IGNORE, NULL, 0, REACH_TEXT }, { "relax", KIND_IGNORE, NULL, 0, REACH_TEXT },
  { "xspace", KIND_IGNORE, NULL, 0 }, { "tiny", KIND_IGNORE, NULL, 0 },
  { "scriptsize", KIND_IGNORE, NULL, 0 }, { "footnotesize", KIND_IGNORE, NULL, 0 },
  { "small", KIND_IGNORE, NULL, 0, REACH_TEXT }, { "normalsize", KIND_IGNORE, NULL, 0 },
  { "large", KIND_IGNORE, NULL, 0 }, { "Large", KIND_IGNORE, NULL, 0 },
  { "LARGE", KIND_IGNORE, NULL, 0 }, { "huge", KIND_IGNORE, NULL, 0 },
  { "Huge", KIND_IGNORE, NULL, 0 }, { "hfill", KIND_IGNORE, NULL, 0 },
  { "smallskip", KIND_IGNORE, NULL, 0 }, { "medskip", KIND_IGNORE, NULL, 0 },
  { "bigskip", KIND_IGNORE, NULL, 0 }, { "negthinspace", KIND_IGNORE, NULL, 0 },
  { "maketitle", KIND_IGNORE, NULL, 0 }, { "allowbreak", KIND_IGNORE, NULL, 0, REACH_TEXT },
  { "nobreak", KIND_IGNORE, NULL, 0, REACH_TEXT },
  /* style switches */
  { "bf", KIND_SWITCH, NULL, SWITCH (STYLE_BOLD, 0), REACH_TEXT },
  { "bfseries", KIND_SWITCH, NULL, SWITCH (STYLE_BOLD, 0) },
  { "boldmath", KIND_SWITCH, NULL, SWITCH (STYLE_BOLD, 0) },
  { "it", KIND_SWITCH, NULL, SWITCH (STYLE_ITALIC, 0), REACH_TEXT },
  { "itshape", KIND_SWITCH, NULL, SWITCH (STYLE_ITALIC, 0) },
  { "em", KIND_SWITCH, NULL, SWITCH (STYLE_ITALIC, 0), REACH_TEXT },
  { "sl", KIND_SWITCH, NULL, SWITCH (STYLE_ITALIC, 0), REACH_TEXT },
  { "slshape", KIND_SWITCH, NULL, SWITCH (STYLE_ITALIC, 0) },
  { "rm", KIND_SWITCH, NULL, SWITCH (0, STYLE_BOLD | STYLE_ITALIC), REACH_TEXT },
  { "normalfont", KIND_SWITCH, NULL, SWITCH (0, STYLE_BOLD | STYLE_ITALIC), REACH_TEXT },
  { "upshape", KIND_SWITCH, NULL, SWITCH (0, STYLE_ITALIC) },
  { "mdseries", KIND_SWITCH, NULL, SWITCH (0, STYLE_BOLD) },
  { "sf", KIND_SWITCH, NULL, 0, REACH_TEXT }, { "sffamily", KIND_SWITCH, NULL, 0 },
  { "tt", KIND_SWITCH, NULL, 0, REACH_TEXT }, { "ttfamily", KIND_SWITCH, NULL, 0 },
  { "sc", KIND_SWITCH, NULL, 0, REACH_TEXT }, { "scshape", KIND_SWITCH, NULL, 0 },
  { "rmfamily", KIND_SWITCH, NULL, 0 },
  /* one argument, in a style */
  { "textbf", KIND_STYLE, NULL, STYLE_BOLD, REACH_TEXT },
  { "mathbf", KIND_STYLE, NULL, STYLE_BOLD }, { "boldsymbol", KIND_STYLE, NULL, STYLE_BOLD },
  { "bm", KIND_STYLE, NULL, STYLE_BOLD }, { "pmb", KIND_STYLE, NULL, STYLE_BOLD },
  { "textit", KIND_STYLE, NULL, STYLE_ITALIC, REACH_TEXT },
  { "emph", KIND_STYLE, NULL, STYLE_ITALIC, REACH_TEXT },
  { "mathit", KIND_STYLE, NULL, STYLE_ITALIC },
  { "textsl", KIND_STYLE, NULL, STYLE_ITALIC, REACH_TEXT },
  { "text", KIND_STYLE, NULL, 0, REACH_TEXT }, { "textrm", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "textsf", KIND_STYLE, NULL, 0, REACH_TEXT }, { "texttt", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "textsc", KIND_STYLE, NULL, 0, REACH_TEXT }, { "textnormal", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "textup", KIND_STYLE, NULL, 0, REACH_TEXT }, { "textmd", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "mathrm", KIND_STYLE, NULL, 0 }, { "mathsf", KIND_STYLE, NULL, 0 },
  { "mathtt", KIND_STYLE, NULL, 0 }, { "mathnormal", KIND_STYLE, NULL, 0 },
  { "operatorname", KIND_STYLE, NULL, 0 }, { "mbox", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "hbox", KIND_STYLE, NULL, 0, REACH_TEXT }, { "fbox", KIND_STYLE, NULL, 0 },
  { "ensuremath", KIND_STYLE, NULL, 0, REACH_TEXT }, { "underline", KIND_STYLE, NULL, 0 },
  { "uline", KIND_STYLE, NULL, 0 }, { "textsuperscript", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "textsubscript", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "uppercase", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "lowercase", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "MakeUppercase", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "MakeLowercase", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "NoCaseChange", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "enquote", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "mkbibquote", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "mkbibemph", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "bibstring", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "foreignlanguage", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "selectlanguage", KIND_STYLE, NULL, 0, REACH_TEXT },
  { "hyphenation", KIND_STYLE, NULL, 0, REACH_TEXT },
  /* Unicode alphabets */
  { "mathbb", KIND_FONT, NULL, FONT_DOUBLE_STRUCK },
  { "mathds", KIND_FONT, NULL, FONT_DOUBLE_STRUCK },
  { "bbm", KIND_FONT, NULL, FONT_DOUBLE_STRUCK }, { "mathcal", KIND_FONT, NULL, FONT_SCRIPT },
  { "mathscr", KIND_FONT, NULL, FONT_SCRIPT }, { "mathfrak", KIND_FONT, NULL, FONT_FRAKTUR },
  /* math accents */
  { "hat", KIND_ACCENT, "\xcc\x82", 0 }, { "widehat", KIND_ACCENT, "\xcc\x82", 0 },
  { "tilde", KIND_ACCENT, "\xcc\x83", 0 }, { "widetilde", KIND_ACCENT, "\xcc\x83", 0 },
  { "bar", KIND_ACCENT, "\xcc\x84", 0 }, { "overline", KIND_ACCENT, "\xcc\x84", 0 },
  { "vec", KIND_ACCENT, "\xe2\x83\x97", 0 }, { "dot", KIND_ACCENT, "\xcc\x87", 0 },
  { "ddot", KIND_ACCENT, "\xcc\x88", 0 }, { "acute", KIND_ACCENT, "\xcc\x81", 0 },
  { "grave", KIND_ACCENT, "\xcc\x80", 0 }, { "breve", KIND_ACCENT, "\xcc\x86", 0 },
  { "check", KIND_ACCENT, "\xcc\x8c", 0 }, { "mathring", KIND_ACCENT, "\xcc\x8a", 0 },
  /* text accents, with the character each is alone */
  { "`", KIND_ACCENT, "\xcc\x80", '`', REACH_WRITTEN },
  { "'", KIND_ACCENT, "\xcc\x81", 0x00b4, REACH_WRITTEN },
  { "^", KIND_ACCENT, "\xcc\x82", '^', REACH_WRITTEN },
  { "~", KIND_ACCENT, "\xcc\x83", '~', REACH_WRITTEN },
  { "=", KIND_ACCENT, "\xcc\x84", 0x00af, REACH_WRITTEN },
  { "u", KIND_ACCENT, "\xcc\x86", 0, REACH_WRITTEN },
  { ".", KIND_ACCENT, "\xcc\x87", 0x02d9, REACH_WRITTEN },
  { "\"", KIND_ACCENT, "\xcc\x88", 0x00a8, REACH_WRITTEN },
  { "r", KIND_ACCENT, "\xcc\x8a", 0, REACH_WRITTEN },
  { "H", KIND_ACCENT, "\xcc\x8b", 0, REACH_WRITTEN },
  { "v", KIND_ACCENT, "\xcc\x8c", 0, REACH_WRITTEN },
  { "d", KIND_ACCENT, "\xcc\xa3", 0, REACH_WRITTEN },
  { "c", KIND_ACCENT, "\xcc\xa7", 0, REACH_WRITTEN },
  { "k", KIND_ACCENT, "\xcc\xa8", 0, REACH_WRITTEN },
  { "b", KIND_ACCENT, "\xcc\xb1", 0, REACH_WRITTEN },
  { "t", KIND_ACCENT, "\xcd\xa1", 0, REACH_WRITTEN },
  /* arguments that show nothing */
  { "label", KIND_DROP_ARG, NULL, 0 }, { "vspace", KIND_DROP_ARG, NULL, 0 },
  { "color", KIND_DROP_ARG, NULL, 0 }, { "phantom", KIND_DROP_ARG, NULL, 0 },
  { "hphantom", KIND_DROP_ARG, NULL, 0 }, { "vphantom", KIND_DROP_ARG, NULL, 0 },
  { "thanks", KIND_DROP_ARG, NULL, 0 }, { "index", KIND_DROP_ARG, NULL, 0 },
  { "nocite", KIND_DROP_ARG, NULL, 0 }, { "begin", KIND_DROP_ARG, NULL, 0 },
  { "end", KIND_DROP_ARG, NULL, 0 }, { "pagestyle", KIND_DROP_ARG, NULL, 0 },
  { "noopsort", KIND_DROP_ARG, NULL, 0, REACH_TEXT },
  /* special */
  { "frac", KIND_SPECIAL, NULL, SPECIAL_FRAC }, { "dfrac", KIND_SPECIAL, NULL, SPECIAL_FRAC },
  { "tfrac", KIND_SPECIAL, NULL, SPECIAL_FRAC }, { "cfrac", KIND_SPECIAL, NULL, SPECIAL_FRAC },
  { "binom", KIND_SPECIAL, NULL, SPECIAL_BINOM }, { "sqrt", KIND_SPECIAL, NULL, SPECIAL_SQRT },
  { "url", KIND_SPECIAL, NULL, SPECIAL_URL, REACH_TEXT },
  { "path", KIND_SPECIAL, NULL, SPECIAL_URL, REACH_TEXT },
  { "href", KIND_SPECIAL, NULL, SPECIAL_HREF, REACH_TEXT },
  { "footnote", KIND_SPECIAL, NULL, SPECIAL_FOOTNOTE },
  { "cite", KIND_SPECIAL, NULL, SPECIAL_CITE }, { "citep", KIND_SPECIAL, NULL, SPECIAL_CITE },
  { "citet", KIND_SPECIAL, NULL, SPECIAL_CITE }, { "ref", KIND_SPECIAL, NULL, SPECIAL_CITE },
  { "eqref", KIND_SPECIAL, NULL, SPECIAL_CITE }, { "not", KIND_SPECIAL, NULL, SPECIAL_NOT },
  { "textcolor", KIND_SPECIAL, NULL, SPECIAL_SECOND_ARG },
  { "colorbox", KIND_SPECIAL, NULL, SPECIAL_SECOND_ARG },
  { "overset", KIND_SPECIAL, NULL, SPECIAL_SECOND_ARG },
  { "underset", KIND_SPECIAL, NULL, SPECIAL_SECOND_ARG },
  { "stackrel", KIND_SPECIAL, NULL, SPECIAL_SECOND_ARG },
  { "hspace", KIND_SPECIAL, NULL, SPECIAL_SPACE_ARG },
  /* control symbols */
  { "\\", KIND_SYMBOL, " ", 0, REACH_TEXT }, { ",", KIND_SYMBOL, " ", 0, REACH_TEXT },
  { ";", KIND_SYMBOL, " ", 0, REACH_TEXT }, { ":", KIND_SYMBOL, " ", 0, REACH_TEXT },
  { ">", KIND_SYMBOL, " ", 0 }, { "!", KIND_IGNORE, NULL, 0, REACH_TEXT },
  { "-", KIND_IGNORE, NULL, 0, REACH_TEXT }, { "/", KIND_IGNORE, NULL, 0, REACH_TEXT },
  { "@", KIND_IGNORE, NULL, 0, REACH_TEXT }, { ")", KIND_IGNORE, NULL, 0 },
  { "]", KIND_IGNORE, NULL, 0 }, { "%", KIND_SYMBOL, "%", 0, REACH_WRITTEN },
  { "$", KIND_SYMBOL, "$", 0, REACH_WRITTEN }, { "&", KIND_SYMBOL, "&", 0, REACH_WRITTEN },
  { "#", KIND_SYMBOL, "#", 0, REACH_WRITTEN }, { "_", KIND_SYMBOL, "_", 0, REACH_WRITTEN },
  { "{", KIND_SYMBOL, "{", 0, REACH_WRITTEN }, { "}", KIND_SYMBOL, "}", 0, REACH_WRITTEN },
  { "|", KIND_SYMBOL, "‖", 0 }, { "(", KIND_SPECIAL, NULL, SPECIAL_MATH_BRACKET },
  { "[", KIND_SPECIAL, NULL, SPECIAL_MATH_BRACKET },
  { " ", KIND_SPECIAL, NULL, SPECIAL_CONTROL_SPACE, REACH_TEXT },
  { "\t", KIND_SPECIAL, NULL, SPECIAL_CONTROL_SPACE, REACH_TEXT },
  { "\n", KIND_SPECIAL, NULL, SPECIAL_CONTROL_SPACE, REACH_TEXT },
  { "\r", KIND_SPECIAL, NULL, SPECIAL_CONTROL_SPACE, REACH_TEXT },
};

/* Words left behind when a page stripped the backslashes ("mathbb R^d", "leq 1"). Only
 * words that are not English are replaced on their own; "times" and "sim" only next to
 * a digit ("sim2times"). */
static const char * const remains_words[] = {
  "infty", "leq", "geq", "neq", "cdot", "cdots", "ldots", "nabla", "rightarrow",
  "Rightarrow", "leftarrow", "mapsto", "varepsilon", "varphi", "emptyset", "subseteq",
  "otimes", "oplus", "leqslant", "geqslant", "langle", "rangle", "lesssim", "gtrsim",
};

static const char * const remains_greek[] = {
  "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
  "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega",
  "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega",
};

/* Operator names after which a bare "_k" is a subscript ("max_k", "sum_j"). */
static const char * const script_bases[] = {
  "sum", "prod", "min", "max", "sup", "inf", "lim", "arg", "log", "argmin", "argmax",
};

typedef struct
{
  gunichar c;
  gunichar sup;
  gunichar sub;
} ScriptChar;

static const ScriptChar script_chars[] = {
  { '0', 0x2070, 0x2080 }, { '1', 0x00B9, 0x2081 }, { '2', 0x00B2, 0x2082 },
  { '3', 0x00B3, 0x2083 }, { '4', 0x2074, 0x2084 }, { '5', 0x2075, 0x2085 },
  { '6', 0x2076, 0x2086 }, { '7', 0x2077, 0x2087 }, { '8', 0x2078, 0x2088 },
  { '9', 0x2079, 0x2089 }, { '+', 0x207A, 0x208A }, { '-', 0x207B, 0x208B },
  { 0x2212, 0x207B, 0x208B }, { '=', 0x207C, 0x208C }, { '(', 0x207D, 0x208D },
  { ')', 0x207E, 0x208E }, { 'a', 0x1D43, 0x2090 }, { 'b', 0x1D47, 0 },
  { 'c', 0x1D9C, 0 }, { 'd', 0x1D48, 0 }, { 'e', 0x1D49, 0x2091 },
  { 'f', 0x1DA0, 0 }, { 'g', 0x1D4D, 0 }, { 'h', 0x02B0, 0x2095 },
  { 'i', 0x2071, 0x1D62 }, { 'j', 0x02B2, 0x2C7C }, { 'k', 0x1D4F, 0x2096 },
  { 'l', 0x02E1, 0x2097 }, { 'm', 0x1D50, 0x2098 }, { 'n', 0x207F, 0x2099 },
  { 'o', 0x1D52, 0x2092 }, { 'p', 0x1D56, 0x209A }, { 'r', 0x02B3, 0x1D63 },
  { 's', 0x02E2, 0x209B }, { 't', 0x1D57, 0x209C }, { 'u', 0x1D58, 0x1D64 },
  { 'v', 0x1D5B, 0x1D65 }, { 'w', 0x02B7, 0 }, { 'x', 0x02E3, 0x2093 },
  { 'y', 0x02B8, 0 }, { 'z', 0x1DBB, 0 }, { 'A', 0x1D2C, 0 },
  { 'B', 0x1D2E, 0 }, { 'D', 0x1D30, 0 }, { 'E', 0x1D31, 0 },
  { 'G', 0x1D33, 0 }, { 'H', 0x1D34, 0 }, { 'I', 0x1D35, 0 },
  { 'J', 0x1D36, 0 }, { 'K', 0x1D37, 0 }, { 'L', 0x1D38, 0 },
  { 'M', 0x1D39, 0 }, { 'N', 0x1D3A, 0 }, { 'O', 0x1D3C, 0 },
  { 'P', 0x1D3E, 0 }, { 'R', 0x1D3F, 0 }, { 'T', 0x1D40, 0 },
  { 'U', 0x1D41, 0 }, { 'V', 0x2C7D, 0 }, { 'W', 0x1D42, 0 },
  { 0x03B1, 0x1D45, 0 }, { 0x03B2, 0x1D5D, 0x1D66 }, { 0x03B3, 0x1D5E, 0x1D67 },
  { 0x03B4, 0x1D5F, 0 }, { 0x03B5, 0x1D4B, 0 }, { 0x03B8, 0x1DBF, 0 },
  { 0x03C1, 0, 0x1D68 }, { 0x03C6, 0x1D60, 0x1D69 }, { 0x03C7, 0x1D61, 0x1D6A },
  { 0x2032, 0x2032, 0 }, { 0x2033, 0x2033, 0 }, { 0x2218, 0x00B0, 0 },
};

typedef struct
{
  const char *latex;
  const char *text;
} Ligature;

/* What TeX's fonts set as one character, longest first, and the tie. */
static const Ligature ligatures[] = {
  { "---", "—" }, { "--", "–" }, { "``", "“" }, { "''", "”" }, { "`", "‘" },
  { "!`", "¡" }, { "?`", "¿" }, { "~", "\xc2\xa0" },
};

typedef struct
{
  GHashTable *by_name;
  GHashTable *by_text;    /* the REACH_WRITTEN macros, by the character they write */
} MacroIndex;

static const MacroIndex *
macro_index (void)
{
  static MacroIndex index;
  static gsize built;

  if (g_once_init_enter (&built))
    {
      index.by_name = g_hash_table_new (g_str_hash, g_str_equal);
      index.by_text = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (macros); i++)
        {
          g_hash_table_insert (index.by_name, (gpointer) macros[i].name, (gpointer) &macros[i]);
          if (macros[i].reach != REACH_WRITTEN)
            continue;
          /* Encoding must not depend on the order of the table. */
          g_assert (!g_hash_table_contains (index.by_text, macros[i].text));
          g_hash_table_insert (index.by_text, (gpointer) macros[i].text, (gpointer) &macros[i]);
        }
      g_once_init_leave (&built, 1);
    }

  return &index;
}

const Macro *
_gln_latex_lookup_macro (const char *name,
                         gsize       len)
{
  char buf[32];

  if (len == 0 || len >= sizeof buf)
    return NULL;
  memcpy (buf, name, len);
  buf[len] = '\0';

  return g_hash_table_lookup (macro_index ()->by_name, buf);
}

/* The macro the encoder writes text with, or NULL. */
const Macro *
_gln_latex_find_written (const char *text)
{
  return g_hash_table_lookup (macro_index ()->by_text, text);
}

/* The character of the ligature at p, or NULL; len is set to its length in the LaTeX. */
const char *
_gln_latex_match_ligature (const char *p,
                           const char *end,
                           gsize      *len)
{
  for (guint i = 0; i < G_N_ELEMENTS (ligatures); i++)
    {
      gsize n = strlen (ligatures[i].latex);

      if ((gsize) (end - p) >= n && memcmp (p, ligatures[i].latex, n) == 0)
        {
          *len = n;
          return ligatures[i].text;
        }
    }

  return NULL;
}

/* The ligature that writes text, or NULL. */
const char *
_gln_latex_spell_ligature (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (ligatures); i++)
    if (g_str_equal (ligatures[i].text, text))
      return ligatures[i].latex;

  return NULL;
}

gboolean
_gln_latex_word_in (const char         *word,
                    gsize               len,
                    const char * const *list,
                    gsize               n_list)
{
  for (gsize i = 0; i < n_list; i++)
    if (strlen (list[i]) == len && memcmp (list[i], word, len) == 0)
      return TRUE;

  return FALSE;
}

const char *
_gln_latex_remains_text (const char *word,
                         gsize       len)
{
  const Macro *macro = _gln_latex_lookup_macro (word, len);

  return macro != NULL && macro->kind == KIND_SYMBOL ? macro->text : NULL;
}

gunichar
_gln_latex_map_font (Font     font,
                     gunichar c)
{
  static const struct { Font font; gunichar c; gunichar mapped; } holes[] = {
    { FONT_DOUBLE_STRUCK, 'C', 0x2102 }, { FONT_DOUBLE_STRUCK, 'H', 0x210D },
    { FONT_DOUBLE_STRUCK, 'N', 0x2115 }, { FONT_DOUBLE_STRUCK, 'P', 0x2119 },
    { FONT_DOUBLE_STRUCK, 'Q', 0x211A }, { FONT_DOUBLE_STRUCK, 'R', 0x211D },
    { FONT_DOUBLE_STRUCK, 'Z', 0x2124 }, { FONT_SCRIPT, 'B', 0x212C },
    { FONT_SCRIPT, 'E', 0x2130 }, { FONT_SCRIPT, 'F', 0x2131 }, { FONT_SCRIPT, 'H', 0x210B },
    { FONT_SCRIPT, 'I', 0x2110 }, { FONT_SCRIPT, 'L', 0x2112 }, { FONT_SCRIPT, 'M', 0x2133 },
    { FONT_SCRIPT, 'R', 0x211B }, { FONT_SCRIPT, 'e', 0x212F }, { FONT_SCRIPT, 'g', 0x210A },
    { FONT_SCRIPT, 'o', 0x2134 }, { FONT_FRAKTUR, 'C', 0x212D }, { FONT_FRAKTUR, 'H', 0x210C },
    { FONT_FRAKTUR, 'I', 0x2111 }, { FONT_FRAKTUR, 'R', 0x211C }, { FONT_FRAKTUR, 'Z', 0x2128 },
  };
  gunichar upper_base = 0;
  gunichar lower_base = 0;

  for (guint i = 0; i < G_N_ELEMENTS (holes); i++)
    if (holes[i].font == font && holes[i].c == c)
      return holes[i].mapped;

  switch (font)
    {
    case FONT_DOUBLE_STRUCK:
      upper_base = 0x1D538;
      lower_base = 0x1D552;
      if (c >= '0' && c <= '9')
        return 0x1D7D8 + (c - '0');
      break;
    case FONT_SCRIPT:
      upper_base = 0x1D49C;
      lower_base = 0x1D4B6;
      break;
    case FONT_FRAKTUR:
      upper_base = 0x1D504;
      lower_base = 0x1D51E;
      break;
    case FONT_NONE:
    default:
      return c;
    }

  if (c >= 'A' && c <= 'Z')
    return upper_base + (c - 'A');
  if (c >= 'a' && c <= 'z')
    return lower_base + (c - 'a');

  return c;
}

/* The character that writes c as a superscript or subscript, or 0 when Unicode has none. */
gunichar
_gln_latex_script_char (gunichar c,
                        gboolean sup)
{
  for (guint i = 0; i < G_N_ELEMENTS (script_chars); i++)
    if (script_chars[i].c == c)
      return sup ? script_chars[i].sup : script_chars[i].sub;

  return 0;
}

gboolean
_gln_latex_is_remains_word (const char *word,
                            gsize       len)
{
  return _gln_latex_word_in (word, len, remains_words, G_N_ELEMENTS (remains_words));
}

gboolean
_gln_latex_is_remains_greek (const char *word,
                             gsize       len)
{
  return _gln_latex_word_in (word, len, remains_greek, G_N_ELEMENTS (remains_greek));
}

gboolean
_gln_latex_is_script_base (const char *word,
                           gsize       len)
{
  return _gln_latex_word_in (word, len, script_bases, G_N_ELEMENTS (script_bases));
}
