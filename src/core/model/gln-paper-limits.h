/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-paper.h"

G_BEGIN_DECLS

/* The longest values a paper takes from a file or a service, in bytes of UTF-8 once
 * decoded; HACKING.md lists them. */
#define GLN_PAPER_MAX_TITLE    (4 * 1024)
#define GLN_PAPER_MAX_ABSTRACT (200 * 1024)
#define GLN_PAPER_MAX_FIELD    (16 * 1024)
#define GLN_PAPER_MAX_AUTHOR   1024
#define GLN_PAPER_MAX_AUTHORS  5000
#define GLN_PAPER_MAX_LIST     256
#define GLN_PAPER_MAX_LINK     2048
#define GLN_PAPER_MAX_EXTRA    (64 * 1024)

char *gln_paper_limit_lengths (GlnPaper *paper);

G_END_DECLS
