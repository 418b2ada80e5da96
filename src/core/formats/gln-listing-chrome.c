/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* Page chrome: navigation, buttons, result counts and footers, the text that is part of a
 * copied page and not of a paper, in the languages we have seen pages in. Every input is
 * valid UTF-8 (gln-listing.c makes it so). */

/* Whole lines (or " | "-separated parts of lines) that are navigation, not content. */
static const char * const chrome_phrases[] = {
  "new", "subscribe", "sign in", "sign up", "log in", "login", "log out", "logout", "home",
  "search", "menu", "next", "previous", "prev", "more", "load more", "show more", "read more",
  "see more", "back", "back to top", "top", "share", "save", "cite", "pdf", "html", "bibtex",
  "download", "view", "view all", "see all", "show all", "papers", "daily papers",
  "trending", "newest", "oldest", "latest", "sort by", "filter", "filters", "all", "page",
  "contact", "about", "help", "privacy", "terms", "cookies", "accept", "accept all",
  "settings", "submit", "publications", "research", "people", "news", "events", "overview",
  "recent", "more papers", "get trending papers in your email inbox!", "bookmark", "like",
  "upvote", "comments", "discussion", "copy link", "open in new tab", "▽ more", "△ less",
  "journal", "conference", "preprint", "open access", "full text", "abstract", "details",
  "atom feed", "rss feed", "semantic reader", "save to library", "create alert",
  "highly influential", "expand", "alert", "about semantic scholar", "revisions", "everyone",
  "download pdf", "up", "google scholar", "get my own profile", "my profile", "my citations",
  "co-authors", "citation indices", "provide feedback", "skip to main content",
  "skip to content", "skip to navigation", "jump to navigation",
  /* German */
  "startseite", "suche", "suchen", "anmelden", "abmelden", "registrieren", "abonnieren",
  "weiter", "zurück", "mehr", "mehr anzeigen", "mehr laden", "teilen", "speichern",
  "zitieren", "herunterladen", "übersicht", "neueste", "aktuell", "aktuelles",
  "veröffentlichungen", "publikationen", "forschung", "kontakt", "impressum",
  "datenschutz", "nächste seite", "vorherige seite", "seite", "sortieren nach", "alle",
  "menü", "neu", "volltext",
  /* French, Spanish */
  "accueil", "rechercher", "recherche", "se connecter", "connexion", "s'abonner",
  "s’abonner", "suivant", "précédent", "plus", "partager", "télécharger", "mentions légales",
  "inicio", "buscar", "iniciar sesión", "suscribirse", "siguiente", "anterior", "más",
  "compartir", "descargar", "publicaciones",
  /* Chinese, Japanese */
  "首页", "搜索", "登录", "注册", "订阅", "下一页", "上一页", "更多", "加载更多", "分享",
  "下载", "论文", "最新论文", "热门论文", "返回顶部", "联系我们", "关于我们", "全部", "排序",
  "查看全部", "每日论文", "引用", "收藏", "ホーム", "検索", "ログイン", "次へ", "前へ",
  "もっと見る",
};

/* Chrome words that a copy sometimes glues to the first title ("SubscribeTitle"). */
static const char * const glued_chrome[] = {
  "Subscribe", "Abonnieren", "S'abonner", "Suscribirse", "订阅", "Sign in", "Sign up",
  "Log in", "Login", "Anmelden",
};

static const char * const result_words[] = {
  "results", "result", "ergebnisse", "treffer", "résultats", "resultados", "结果", "条结果",
  "件",
};

/* Whether s[0:len] is one of chrome_phrases, in any case. Every part of every line is
 * asked, so the phrases are looked up in a set made once. */
static gboolean
is_chrome_phrase (const char *s,
                  gsize       len)
{
  static GHashTable *set = NULL;
  char lower[64];
  g_autofree char *folded = NULL;

  if (g_once_init_enter (&set))
    {
      GHashTable *phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (chrome_phrases); i++)
        g_hash_table_add (phrases, g_utf8_strdown (chrome_phrases[i], -1));
      g_once_init_leave (&set, phrases);
    }

  if (len == 0 || len >= sizeof lower)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if ((guchar) s[i] >= 0x80)
        {
          folded = g_utf8_strdown (s, len);
          return g_hash_table_contains (set, folded);
        }
      lower[i] = _gln_listing_lower (s[i]);
    }
  lower[len] = '\0';

  return g_hash_table_contains (set, lower);
}

static gboolean
is_nav_mark (gunichar c)
{
  return c == ':' || c == '>' || c == '<' || c == 0x00BB || c == 0x00AB || c == 0x203A ||
         c == 0x2039 || c == 0x2190 || c == 0x2192 || _gln_listing_is_blank (c);
}

static gboolean
is_chrome_part (const char *s,
                gsize       len)
{
  const char *start = s;
  const char *end = s + len;
  gboolean digits = TRUE;

  /* Arrows and colons around navigation links: "Weiter »", "‹ Prev", "Menu:". */
  while (start < end && is_nav_mark (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!is_nav_mark (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  if (start == end)
    return TRUE;

  if (is_chrome_phrase (start, end - start))
    return TRUE;

  /* Pagination and runs of navigation words: "Previous 1 2 3 Next", "Recent papers". */
  for (const char *p = start; p < end;)
    {
      const char *word = p;

      while (p < end && *p != ' ')
        p++;
      if (p - word > 0 &&
          !is_chrome_phrase (word, p - word))
        {
          for (const char *q = word; q < p; q++)
            if (!g_ascii_isdigit (*q) && !(p - word == 3 && g_str_has_prefix (word, "…")))
              digits = FALSE;
          if (!digits)
            return FALSE;
        }
      while (p < end && *p == ' ')
        p++;
    }

  return TRUE;
}

/* Where the next part of a line of links ends: at "|", "/", a middle dot, a bullet or the
 * end, found byte by byte (UTF-8 never repeats a character's bytes inside another's). Sets
 * the separator's length, 0 at the end. */
static const char *
next_nav_separator (const char *p,
                    gsize      *sep_len)
{
  for (;; p++)
    {
      guchar c = *p;

      if (c == '\0' || c == '|' || c == '/')
        {
          *sep_len = c != '\0';
          return p;
        }
      if (c == 0xC2 && (guchar) p[1] == 0xB7)
        {
          *sep_len = 2;
          return p;
        }
      if (c == 0xE2 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0xA2)
        {
          *sep_len = 3;
          return p;
        }
    }
}

/* A line of navigation links: "Home | Papers | Contact", "PDF · Code · Cite". */
static gboolean
is_nav_line (const char *line)
{
  const char *start = line;

  for (;;)
    {
      gsize sep_len;
      const char *p = next_nav_separator (start, &sep_len);

      if (!is_chrome_part (start, p - start))
        return FALSE;
      if (sep_len == 0)
        return TRUE;
      start = p + sep_len;
    }
}

/* Footers ("Last modified: …", "Website built with …") and cookie banners, from the line
 * in lower case; an arXiv author page's own id
 * under its list ("arXiv author ID: okafor_m_1"); Google Scholar's note on its counts and
 * the people of a profile ("Lena OkaforProfessor, UppsalaVerified email at uu.se"); arXiv's
 * thanks to its supporters above every page. */
static gboolean
is_footer (const char *folded)
{
  if (g_str_has_prefix (folded, "©") || strstr (folded, "copyright ©") != NULL ||
      g_str_has_prefix (folded, "site last built on ") ||
      strstr (folded, "all rights reserved") != NULL ||
      g_str_has_prefix (folded, "arxiv author id:") ||
      g_str_has_prefix (folded, "dates and citation counts are estimated") ||
      g_str_has_prefix (folded, "we gratefully acknowledge support from") ||
      strstr (folded, "verified email at ") != NULL ||
      strstr (folded, "site built with ") != NULL ||  /* "Website built with" too */
      strstr (folded, "last modified: ") != NULL)
    return TRUE;

  return strstr (folded, "cookies") != NULL &&
         (strstr (folded, "we use") != NULL || strstr (folded, "this site") != NULL ||
          strstr (folded, "this website") != NULL || strstr (folded, "accept") != NULL);
}

/* The links of search engines for papers: "[PDF] arxiv.org", "Save Cite Cited by 12
 * Related articles". */
static gboolean
is_search_links (const char *line,
                 const char *folded,
                 gsize       len)
{
  const char *cited;
  const char *rest = strchr (line, ']');

  /* "[PDF] arxiv.org" is a link to the host; "[CITATION] [C] Title" is a result's title. */
  if (len < 120 && (g_str_has_prefix (line, "[PDF]") || g_str_has_prefix (line, "[HTML]") ||
                    g_str_has_prefix (line, "[BOOK]") || g_str_has_prefix (line, "[CITATION]")))
    {
      rest = _gln_listing_skip_blanks (rest + 1);
      return *rest != '[' && strchr (rest, ' ') == NULL;
    }
  /* "Related articles All 3 versions": a result nobody cited yet. */
  if (len < 160 && (g_str_has_prefix (folded, "related articles") ||
                    g_str_has_prefix (folded, "save cite related articles")))
    return TRUE;
  if (len >= 160 || (cited = strstr (folded, "cited by ")) == NULL)
    return FALSE;

  return g_ascii_isdigit (cited[strlen ("cited by ")]);
}

/* "Page 2 of 10", "About 1,230 results", "Showing 1–20 of 57 results", from the line in
 * lower case. */
static gboolean
is_result_count (const char *folded)
{
  gboolean digit = FALSE;

  for (const char *p = folded; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      digit = TRUE;
  if (!digit)
    return FALSE;
  if (g_str_has_prefix (folded, "page ") || g_str_has_prefix (folded, "seite "))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (result_words); i++)
    {
      const char *hit = strstr (folded, result_words[i]);

      if (hit != NULL && (hit == folded || !g_ascii_isalpha (hit[-1])) &&
          !g_ascii_isalpha (hit[strlen (result_words[i])]))
        return TRUE;
    }

  return FALSE;
}

/* "CC BY 4.0", "CC BY-NC-SA 4.0", "CC0 1.0": the licence beside a paper (OpenReview). */
static gboolean
is_licence (const char *line,
            gsize       len)
{
  return len < 24 && (g_str_has_prefix (line, "CC BY") || g_str_has_prefix (line, "CC0 "));
}

/* Where the replies to a paper start on its discussion page (OpenReview's forum): "12 / 12
 * replies shown", or the first review or decision. Reviews quote and summarize the paper
 * at length; none of it is a paper of its own. */
gboolean
_gln_listing_starts_replies (const char *line)
{
  static const char * const headers[] = {
    "Official Review of Submission", "Meta Review of Submission", "Official Comment by ",
    "Paper Decision",
  };
  const char *p = line;
  const char *rest;

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    if (g_str_has_prefix (line, headers[i]))
      return TRUE;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  p += strspn (p, "0123456789");
  if (!g_str_has_prefix (p, " / ") || !g_ascii_isdigit (p[3]))
    return FALSE;
  rest = p + 3 + strspn (p + 3, "0123456789");

  return g_str_equal (rest, " replies shown") || g_str_equal (rest, " reply shown");
}

/* Navigation, buttons, result counts, footers: text that is part of the page, not of
 * a paper. */
gboolean
_gln_listing_is_chrome (const char *line)
{
  gsize len = strlen (line);
  g_autofree char *folded = NULL;
  const char *p = line;

  /* Nothing but marks: "···", "→". */
  while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return TRUE;
  /* A site's notice of copyright can be long; other long lines are no chrome. */
  if (len > 300)
    {
      if (len > 2000 || strstr (line, "©") == NULL)
        return FALSE;
      folded = g_ascii_strdown (line, len);
      return is_footer (folded);
    }
  if (is_nav_line (line))
    return TRUE;

  folded = g_ascii_strdown (line, len);
  if (is_footer (folded))
    return TRUE;

  /* "Go to ICLR 2027 Conference homepage": the way back from a paper to its venue. */
  if (g_str_has_prefix (folded, "go to ") && g_str_has_suffix (folded, " homepage"))
    return TRUE;

  return is_search_links (line, folded, len) || is_licence (line, len) ||
         (len < 90 && is_result_count (folded));
}

/* The title without a chrome word glued to its start: "SubscribeTitle" → "Title". */
const char *
_gln_listing_strip_glued_chrome (const char *title)
{
  for (guint i = 0; i < G_N_ELEMENTS (glued_chrome); i++)
    {
      gsize n = strlen (glued_chrome[i]);
      gunichar next;

      if (strncmp (title, glued_chrome[i], n) != 0)
        continue;
      next = g_utf8_get_char (title + n);
      if (g_unichar_isupper (next) || g_unichar_isdigit (next) || _gln_listing_is_cjk (next) ||
          (_gln_listing_is_cjk (g_utf8_get_char (title)) && g_unichar_isalpha (next)))
        return title + n;
    }

  return title;
}
