"""Extract every translatable string, update the Dutch and English catalogues, compile them.

Msgids are English, so a new English entry starts as its own msgid; a new Dutch entry starts empty
and `tests/test_i18n.py` fails until someone translates it.
"""

from __future__ import annotations

from gettext import GNUTranslations
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from desktop.i18n import DOMAIN, LANGUAGES
from desktop.paths import bundle_root, locales_dir

KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def extract() -> Catalog:
    template = Catalog(project="LeerWerk", domain=DOMAIN, charset="utf-8")
    source_root = bundle_root()
    for filename, lineno, message, comments, context in extract_from_dir(
        str(source_root / "desktop"),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        template.add(message, None, [(f"desktop/{filename}", lineno)], auto_comments=comments, context=context)
    return template


def po_path(language: str) -> Path:
    return locales_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def read_catalog(path: Path, language: str) -> Catalog:
    if not path.exists():
        return Catalog(locale=language, domain=DOMAIN, project="LeerWerk", charset="utf-8")
    with open(path, "rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def _write_po(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, no_location=True, sort_output=True)
    path.write_bytes(buffer.getvalue())


def compiled(catalog: Catalog) -> bytes:
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def meaning(mo: bytes) -> tuple[dict, str]:
    """What a compiled catalogue says: every message and its translation, and its plural rule.

    Not the header's other lines: they carry the compiling tool's version ("Generated-By: Babel 2.18.0") and dates,
    which differ between two installs that translate exactly alike.
    """
    translations = GNUTranslations(BytesIO(mo))
    messages = {key: value for key, value in translations._catalog.items() if key != ""}
    return messages, translations._info.get("plural-forms", "")


def build_all() -> list[Path]:
    template = extract()
    pot = locales_dir() / f"{DOMAIN}.pot"
    _write_po(template, pot)
    written = [pot]
    for language in LANGUAGES:
        path = po_path(language)
        catalog = read_catalog(path, language)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        if language == "en":
            for message in catalog:
                if message.id and not (all(message.string) if isinstance(message.id, tuple) else message.string):
                    message.string = message.id
        _write_po(catalog, path)
        mo_path(language).write_bytes(compiled(read_catalog(path, language)))
        written += [path, mo_path(language)]
    return written
