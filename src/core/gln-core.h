/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The umbrella header of libgln-core: everything but the user interface. */

#include <json-glib/json-glib.h>

#include "gln-arxiv-source.h"
#include "gln-database.h"
#include "gln-hf-source.h"
#include "gln-import.h"
#include "gln-macros.h"
#include "gln-paper.h"
#include "gln-paper-key.h"
#include "gln-paper-list.h"
#include "gln-query.h"
#include "gln-source.h"
#include "gln-store.h"
