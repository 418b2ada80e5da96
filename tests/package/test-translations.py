#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translations are complete and current.

- every source file with a translatable string is listed in po/POTFILES.in, found by
  xgettext itself rather than by a pattern, and every listed file exists;
- for each language of po/LINGUAS: its .po passes `msgfmt --check`, holds every msgid of
  the template extracted now from POTFILES.in (with the keywords of meson's glib preset),
  and has no fuzzy and no untranslated entry, and its Plural-Forms header is the one the
  language needs.

When it fails after strings changed, `build-aux/update-translations.sh` brings POTFILES.in,
the template and every .po up to date; then translate what it marked.

    test-translations.py SOURCE_ROOT
"""

import os
import re
import subprocess
import sys
import tempfile

# meson's i18n.gettext(preset: 'glib') keywords and flags (mesonbuild/modules/i18n.py).
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_printerr:1:c-format",
    "--flag=g_print:1:c-format",
]

PLURAL_FORMS = {
    "de": "nplurals=2; plural=(n != 1);",
    "zh_CN": "nplurals=1; plural=0;",
}

checks = []


def check(ok, what, detail=""):
    checks.append((bool(ok), what, detail))


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def extract(root, files, output):
    listing = output + ".files"
    with open(listing, "w", encoding="utf-8") as handle:
        handle.write("\n".join(files) + "\n")
    result = run(["xgettext", "--package-name=gleaner", "-D", root, "-f", listing,
                  "-o", output, "--force-po"] + XGETTEXT_ARGS)
    if result.returncode != 0:
        raise SystemExit(result.stderr)


def msgids(path):
    """The (context, msgid) pairs of a .po or .pot, header left out."""
    result = run(["msgcat", "--no-wrap", "--sort-output", path])
    entries, context, current, field = set(), None, None, None
    for line in result.stdout.splitlines() + [""]:
        if line.startswith("msgctxt "):
            context, field = eval(line[8:]), "ctxt"
        elif line.startswith("msgid "):
            current, field = eval(line[6:]), "id"
        elif line.startswith('"') and field == "id":
            current += eval(line)
        elif line.startswith("msgid_plural") or line.startswith("msgstr") or not line:
            if current:
                entries.add((context, current))
            context, current, field = None, None, None
    return entries


def source_files(root):
    found = []
    for top in ("src", "data"):
        for folder, _, names in os.walk(os.path.join(root, top)):
            for name in names:
                if name.endswith((".c", ".ui", ".desktop.in", ".metainfo.xml.in",
                                  ".gschema.xml")):
                    found.append(os.path.relpath(os.path.join(folder, name), root))
    return sorted(found)


def check_potfiles(root, work):
    with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as handle:
        listed = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    missing = [path for path in listed if not os.path.exists(os.path.join(root, path))]
    check(not missing, "every file POTFILES.in lists exists", " ".join(missing))

    # One run over every unlisted file; the references name those with strings.
    pot = os.path.join(work, "unlisted.pot")
    extract(root, [path for path in source_files(root) if path not in listed], pot)
    with open(pot, encoding="utf-8") as handle:
        unlisted = sorted({ref.rsplit(":", 1)[0] for line in handle if line.startswith("#: ")
                           for ref in line[3:].split()})
    check(not unlisted, "every file with a translatable string is in POTFILES.in",
          "missing: " + " ".join(unlisted) +
          "; run build-aux/update-translations.sh")
    return [path for path in listed if path not in missing]


def check_language(root, language, template, wanted):
    po = os.path.join(root, "po", language + ".po")
    if not os.path.exists(po):
        check(False, f"{language}: po/{language}.po exists")
        return
    result = run(["msgfmt", "--check", "--output-file=/dev/null", po])
    check(result.returncode == 0, f"{language}: msgfmt --check passes", result.stderr)

    have = msgids(po)
    missing = sorted(wanted - have)
    check(not missing, f"{language}: every string of the current template is in the .po",
          "; ".join(repr(msgid) for _, msgid in missing[:10]) +
          (f" and {len(missing) - 10} more" if len(missing) > 10 else ""))

    # msgattrib prints the header entry with what it selects: it is not counted.
    fuzzy = run(["msgattrib", "--only-fuzzy", "--no-obsolete", po]).stdout
    count = max(0, len(re.findall(r"^msgid ", fuzzy, re.M)) - 1)
    check(count == 0, f"{language}: no fuzzy entry", f"{count} fuzzy entries")
    untranslated = run(["msgattrib", "--untranslated", "--no-obsolete", po]).stdout
    count = max(0, len(re.findall(r"^msgid ", untranslated, re.M)) - 1)
    check(count == 0, f"{language}: no untranslated entry", f"{count} untranslated entries")

    with open(po, encoding="utf-8") as handle:
        header = re.search(r'"Plural-Forms: *([^"\\]*)', handle.read())
    expected = PLURAL_FORMS.get(language)
    check(header is not None and (expected is None or header.group(1).strip() == expected),
          f"{language}: Plural-Forms is {expected}", header.group(1) if header else "none")


def main(root):
    with tempfile.TemporaryDirectory(prefix="gln-translations-") as work:
        listed = check_potfiles(root, work)
        template = os.path.join(work, "gleaner.pot")
        extract(root, listed, template)
        wanted = msgids(template)
        with open(os.path.join(root, "po", "LINGUAS"), encoding="utf-8") as handle:
            languages = [word for line in handle if not line.startswith("#")
                         for word in line.split()]
        check(set(PLURAL_FORMS) <= set(languages), "LINGUAS has Simplified Chinese and German",
              " ".join(languages))
        for language in languages:
            check_language(root, language, template, wanted)

    print(f"1..{len(checks)}")
    for number, (ok, what, detail) in enumerate(checks, 1):
        print(f"{'ok' if ok else 'not ok'} {number} {what}")
        if not ok and detail:
            print(f"# {detail}")
    return 0 if all(ok for ok, _, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
