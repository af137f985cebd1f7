"""Extract, update and compile the translation catalogues: `make catalogues`.

Two domains (see interventionplanner/i18n.py): `window` from the Qt window's files and
`paper` from the engine's, each chosen by its mapping file beside this one. For every
language but English: the .po is brought up to date with the source as msgmerge does
(translations kept, new strings added empty, changed ones marked fuzzy for a person to
check, gone ones kept at the end as obsolete), then compiled to the .mo beside it, which is
committed so that a fresh checkout runs without a build step (a test keeps it current).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

try:
    from i18n import number_forms
except ModuleNotFoundError:  # run as a script (`make catalogues`): this folder is on the path
    import number_forms

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "interventionplanner"
LOCALE = ROOT / "resources" / "locale"
HERE = Path(__file__).resolve().parent
TEMPLATES = ROOT / "build" / "i18n"  # window.pot and paper.pot, for a translator's own tools
DOMAINS = ("window", "paper")
KEYWORDS = {"_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None}
COMMENT_TAGS = ("TRANSLATORS:",)
PROJECT = "Intervention Planner"
# GNU gettext's usual forms. CLDR gives Spanish a third, for round millions ("un millón de
# palabras"), which numbers written in digits never need; two is what translators expect.
PLURAL_FORMS = {"es": "nplurals=2; plural=(n != 1);"}
# A fixed date in the templates, so that extracting twice changes nothing.
EPOCH = datetime(2026, 12, 1, tzinfo=UTC)


def extract(domain: str) -> Catalog:
    """Every string marked in `domain`'s files, with where it is and any note for translators."""
    with (HERE / f"{domain}.cfg").open() as mapping:
        method_map, options_map = parse_mapping_cfg(mapping)
    template = Catalog(project=PROJECT, domain=domain, creation_date=EPOCH, fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE), method_map, options_map, KEYWORDS, COMMENT_TAGS, strip_comment_tags=True
    ):
        where = (f"interventionplanner/{Path(filename).as_posix()}", lineno)
        template.add(message, None, [where], auto_comments=comments, context=context)
    return template


def po_path(language: str, domain: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{domain}.po"


def read_catalogue(path: Path) -> Catalog:
    with path.open("rb") as po:
        return read_po(po)


def update(language: str, domain: str, template: Catalog) -> Catalog:
    path = po_path(language, domain)
    if path.exists():
        catalogue = read_catalogue(path)
    else:
        catalogue = Catalog(locale=language, domain=domain, project=PROJECT, fuzzy=False)
        if language in PLURAL_FORMS:
            catalogue.mime_headers = [
                *catalogue.mime_headers,
                ("Plural-Forms", PLURAL_FORMS[language]),
            ]
    catalogue.update(template, update_header_comment=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as po:
        # Files, not line numbers: a change elsewhere in a file leaves the catalogue alone.
        write_po(
            po, catalogue, width=100, sort_by_file=True, include_previous=True, include_lineno=False
        )
    return catalogue


def compile_mo(language: str, domain: str) -> None:
    catalogue = read_catalogue(po_path(language, domain))
    with po_path(language, domain).with_suffix(".mo").open("wb") as mo:
        write_mo(mo, catalogue)  # fuzzy entries left out: they wait for a person's check


def translated(string: str | tuple[str, ...]) -> bool:
    return all(string) if isinstance(string, tuple) else bool(string)


def main() -> int:
    languages = sorted(p.name for p in LOCALE.iterdir() if p.is_dir()) if LOCALE.exists() else []
    for language in sys.argv[1:]:  # a new language: `make catalogues NEW=fr`
        languages.append(language)
    for domain in DOMAINS:
        template = extract(domain)
        TEMPLATES.mkdir(parents=True, exist_ok=True)
        with (TEMPLATES / f"{domain}.pot").open("wb") as pot:
            write_po(pot, template, width=100, sort_by_file=True, include_lineno=False)
        for language in sorted(set(languages)):
            catalogue = update(language, domain, template)
            compile_mo(language, domain)
            done = sum(1 for m in catalogue if m.id and translated(m.string) and not m.fuzzy)
            print(f"{language}/{domain}.po: {done} of {len(template)} translated")  # noqa: T201
    number_forms.write(languages)
    print(f"{number_forms.PATH.relative_to(ROOT)}: how numbers are written")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
