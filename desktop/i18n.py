"""Translation and formatting, Qt-free.

Msgids are English; Dutch is the default language and English is complete. Every string a person
sees goes through `_` (or `N_` where it must be translated later, `ngettext` for plurals). Dates and
numbers go through Babel with an explicit locale, never through `locale.setlocale`.
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import os
from decimal import Decimal

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from babel.support import Translations

from desktop.paths import locales_dir

DOMAIN = "leerwerk"
DEFAULT_LANGUAGE = "nl"
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}

_state: dict = {"language": None, "translations": _gettext.NullTranslations(), "locale": None}


def language_names() -> dict[str, str]:
    """Each language named in itself, as a chooser shows it."""
    return {"nl": "Nederlands", "en": "English"}


def normalise_language(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else None


def set_language(code: str | None) -> str:
    """Switch every later `_` call to `code` (``nl`` or ``en``); unknown codes fall back to Dutch."""
    language = normalise_language(code) or DEFAULT_LANGUAGE
    _state.update(language=language, translations=_catalogue(language), locale=Locale.parse(LANGUAGES[language]))
    _install_argparse_translation()
    return language


_catalogues: dict[str, Translations] = {}


def _catalogue(language: str) -> Translations:
    # Read once per language: a start sets the language for the command line and again for the window.
    if language not in _catalogues:
        _catalogues[language] = Translations.load(str(locales_dir()), [language], DOMAIN)
    return _catalogues[language]


def initial_language() -> str:
    """The language before anything is shown: ``LEERWERK_LANG``, then the saved setting, then Dutch."""
    from_env = normalise_language(os.environ.get("LEERWERK_LANG"))
    if from_env:
        return from_env
    from desktop.settings import Settings

    try:
        saved = Settings().language()
    except OSError:  # an unusable settings folder is reported later; the language falls back to Dutch
        saved = None
    return normalise_language(saved) or DEFAULT_LANGUAGE


def current_language() -> str:
    if _state["language"] is None:
        set_language(DEFAULT_LANGUAGE)
    return _state["language"]


def current_locale() -> Locale:
    current_language()
    return _state["locale"]


def _(message: str) -> str:
    current_language()
    return _state["translations"].gettext(message)


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated where it is shown."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    current_language()
    return _state["translations"].ngettext(singular, plural, n)


def _install_argparse_translation() -> None:
    # argparse looks up `_` and `ngettext` in its own module at call time; pointing them at our
    # catalogue makes its usage errors speak the user's language too.
    import argparse

    argparse._ = _
    argparse.ngettext = ngettext


def format_date(value: dt.date | None, format: str = "medium") -> str:
    if value is None:
        return ""
    return babel_dates.format_date(value, format=format, locale=current_locale())


class Translator:
    """One language's `_`, `ngettext` and date and number formats, apart from the app's own language.

    A form prints in the language chosen for it, whatever language the window speaks, and it may be
    rendered on a worker thread: so no switching of the global state for it.
    """

    def __init__(self, language: str | None):
        self.language = normalise_language(language) or DEFAULT_LANGUAGE
        self.locale = Locale.parse(LANGUAGES[self.language])
        self._translations = Translations.load(str(locales_dir()), [self.language], DOMAIN)

    def _(self, message: str) -> str:
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._translations.ngettext(singular, plural, n)

    def format_date(self, value: dt.date | None, format: str = "medium") -> str:
        if value is None:
            return ""
        return babel_dates.format_date(value, format=format, locale=self.locale)

    def format_number(self, value: int | float | Decimal) -> str:
        return babel_numbers.format_decimal(value, locale=self.locale)


_translators: dict[str, Translator] = {}


def translator(language: str | None = None) -> Translator:
    """The (cached) translator for `language`, or for the app's current language."""
    code = normalise_language(language) or current_language()
    if code not in _translators:
        _translators[code] = Translator(code)
    return _translators[code]


def format_datetime(value: dt.datetime | None, format: str = "medium") -> str:
    if value is None:
        return ""
    return babel_dates.format_datetime(value, format=format, locale=current_locale())


def format_number(value: int | float | Decimal) -> str:
    return babel_numbers.format_decimal(value, locale=current_locale())


def format_fixed(value: int | float | Decimal, places: int) -> str:
    """`value` with exactly `places` decimals, in the language's notation ("1.234,5" in Dutch)."""
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return babel_numbers.format_decimal(value, format=pattern, locale=current_locale(), decimal_quantization=True)


def format_currency(value: int | float | Decimal, currency: str = "EUR") -> str:
    return babel_numbers.format_currency(value, currency, locale=current_locale())
