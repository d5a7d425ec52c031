"""Translations are complete and generated files are in step with their sources."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from desktop import i18n
from desktop.devtools import catalogs, forms

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)[sdr]|%[sdr]")


@pytest.fixture(scope="module")
def template():
    return catalogs.extract()


def _ids(catalog) -> set:
    return {message.id for message in catalog if message.id}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_message_is_translated(template, language):
    catalog = catalogs.read_catalog(catalogs.po_path(language), language)
    by_id = {message.id: message for message in catalog if message.id}
    missing = [mid for mid in _ids(template) if mid not in by_id]
    assert not missing, f"not in {language}.po (run python -m desktop.devtools catalogs): {missing}"
    untranslated = [
        mid
        for mid in _ids(template)
        if not (all(by_id[mid].string) if isinstance(mid, tuple) else by_id[mid].string) or by_id[mid].fuzzy
    ]
    assert not untranslated, f"untranslated in {language}: {untranslated}"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_translations_keep_their_placeholders(language):
    catalog = catalogs.read_catalog(catalogs.po_path(language), language)
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = sorted(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            found = sorted(PLACEHOLDER.findall(string))
            assert set(found) == set(expected), (message.id, string)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_compiled_catalogues_match_their_sources(language):
    source = catalogs.read_catalog(catalogs.po_path(language), language)
    committed = catalogs.meaning(catalogs.mo_path(language).read_bytes())
    assert committed == catalogs.meaning(catalogs.compiled(source)), "run python -m desktop.devtools catalogs"
    assert len(committed[0]) > 500  # the messages were read, not two empty catalogues compared


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_catalogue_differing_only_in_its_tool_stamp_matches_and_one_changed_translation_does_not(language):
    source = catalogs.read_catalog(catalogs.po_path(language), language)
    committed = catalogs.mo_path(language).read_bytes()
    # another Babel's stamp, of the same length so that the offsets in the file stay right
    restamped = re.sub(rb"(?<=Generated-By: Babel )[0-9.]+", lambda v: b"9" * len(v[0]), committed)
    assert restamped != committed and catalogs.meaning(restamped) == catalogs.meaning(committed)
    message = next(m for m in source if m.id and isinstance(m.id, str) and m.string)
    message.string += " (anders)"
    assert catalogs.meaning(catalogs.compiled(source)) != catalogs.meaning(committed)


def test_no_translation_call_hides_inside_an_f_string():
    """The extractor does not look inside f-strings: `f"{_('x')}"` would never reach the catalogues."""
    hidden = re.compile(r"""\bf(["']).*?\{\s*(?:_|N_|ngettext)\(""")
    root = catalogs.bundle_root() / "desktop"
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if hidden.search(line)
    ]
    assert not found


def test_compiled_forms_match_the_designer_files():
    sources = sorted(forms.ui_dir().glob("*.ui"))
    assert sources
    for source in sources:
        target = forms.target_for(source)
        assert target.exists(), f"{target.name} missing: run python -m desktop.devtools forms"
        assert target.read_text(encoding="utf-8") == forms.compile_ui(source), (
            f"{target.name} is out of date with ui/{source.name}: run python -m desktop.devtools forms"
        )
    generated = {path.name for path in forms.forms_dir().glob("ui_*.py")}
    assert generated == {forms.target_for(source).name for source in sources}


def test_forms_use_our_gettext():
    for path in forms.forms_dir().glob("ui_*.py"):
        code = path.read_text(encoding="utf-8")
        assert "QCoreApplication.translate" not in code
        assert "from desktop.i18n import _" in code


def test_dutch_is_the_default_and_english_is_complete():
    i18n._state["language"] = None
    assert i18n.current_language() == "nl"
    assert i18n._("Settings") == "Instellingen"
    i18n.set_language("en")
    assert i18n._("Settings") == "Settings"
    assert i18n.set_language("fr") == "nl"


def test_language_from_environment(monkeypatch):
    monkeypatch.setenv("LEERWERK_LANG", "en_GB.UTF-8")
    assert i18n.initial_language() == "en"
    monkeypatch.setenv("LEERWERK_LANG", "klingon")
    assert i18n.initial_language() == "nl"


def test_dates_and_numbers_follow_the_language():
    day = dt.date(2026, 3, 9)
    i18n.set_language("nl")
    assert i18n.format_date(day) == "9 mrt 2026"
    assert i18n.format_date(day, "short") == "09-03-2026"
    assert i18n.format_number(Decimal("1234.5")) == "1.234,5"
    assert "€" in i18n.format_currency(Decimal("12.5"))
    i18n.set_language("en")
    assert i18n.format_date(day, "short") == "09/03/2026"
    assert i18n.format_number(Decimal("1234.5")) == "1,234.5"
    assert i18n.format_date(None) == ""


def test_plural_forms():
    i18n.set_language("nl")
    one = i18n.ngettext("{shown} of {total} change", "{shown} of {total} changes", 1)
    many = i18n.ngettext("{shown} of {total} change", "{shown} of {total} changes", 3)
    assert one.endswith("wijziging") and many.endswith("wijzigingen")


def test_every_model_field_and_table_has_a_label():
    from desktop.storage import choices
    from desktop.storage.models import ALL_MODELS, AuditEntry, LearnerLine, LearnerLinePaused, LearnerLineStale

    # The Learners tab's lines are worked out from the other tables, never shown or logged as records of their own.
    shown = [model for model in ALL_MODELS if model not in (LearnerLine, LearnerLineStale, LearnerLinePaused)]
    fields = {name for model in shown for name in model._meta.fields}
    assert fields - set(choices.FIELD_LABELS) == set()
    tables = {model._meta.table_name for model in shown if model is not AuditEntry}
    assert tables - set(choices.TABLE_LABELS) == set()
    assert choices.field_label("birth_date") == "Geboortedatum"


def test_a_regular_install_carries_the_catalogues_and_fonts():
    import tomllib

    from desktop.paths import bundle_root

    root = bundle_root()
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = {path for paths in config["tool"]["setuptools"]["data-files"].values() for path in paths}
    needed = {p.relative_to(root).as_posix() for p in (root / "locales").glob("*/LC_MESSAGES/*.mo")}
    needed |= {p.relative_to(root).as_posix() for p in (root / "resources" / "fonts").iterdir()}
    assert needed - shipped == set()
