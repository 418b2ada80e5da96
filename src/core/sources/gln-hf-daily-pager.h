/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-feed-pager.h"

G_BEGIN_DECLS

#define GLN_TYPE_HF_DAILY_PAGER (gln_hf_daily_pager_get_type ())
G_DECLARE_FINAL_TYPE (GlnHfDailyPager, gln_hf_daily_pager, GLN, HF_DAILY_PAGER, GObject)

GlnHfDailyPager *gln_hf_daily_pager_new (const char                *date,
                                         const GlnFeedPagerOptions *options);

G_END_DECLS
