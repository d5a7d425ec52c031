"""Parsing and checking of single values; each check raises `ValidationError(field, reason)`.

Reasons are translated here, so a view can show them next to the field as they are.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _

DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
CREBO_RE = re.compile(r"^[0-9]{5}$")
NOT_IN_PHONE_RE = re.compile(r"[^0-9\s()+\-.]")
DIGIT_RE = re.compile("[0-9]")
SQLITE_INT_MAX = 2**63 - 1
GROUPED_RE = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+")  # thousands set apart by points, as Dutch Excel writes them
NAME_PUNCTUATION = set(" -'’.")


def text(field: str, value, *, required: bool = False, max_length: int = 200, multiline: bool = False) -> str:
    if value is None:
        value = ""
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValidationError(field, _("Must be text."))
    # A printable text has no surrogate, line break or control character: the usual case skips the
    # character-by-character checks below (an import checks tens of thousands of values).
    if not value.isprintable() and any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise ValidationError(field, _("Contains a damaged character."))
    value = unicodedata.normalize("NFC", value).strip()
    if not value.isprintable():
        if not multiline and ("\n" in value or "\r" in value):
            raise ValidationError(field, _("Must be a single line."))
        if any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t" for ch in value):
            raise ValidationError(field, _("Contains an invisible control character."))
    if required and not value:
        raise ValidationError(field, _("Is required."))
    if len(value) > max_length:
        raise ValidationError(
            field,
            _("Is too long: at most {limit} characters, found {count}.").format(limit=max_length, count=len(value)),
        )
    return value


def person_name(field: str, value, *, required: bool = True) -> str:
    """A first name, tussenvoegsel or last name: letters (any script, with diacritics) and - ' . only."""
    value = text(field, value, required=required, max_length=100)
    for ch in value:
        if not (unicodedata.category(ch)[0] in "LM" or ch in NAME_PUNCTUATION):
            raise ValidationError(field, _("May contain only letters, spaces, hyphens and apostrophes."))
    if value and not any(unicodedata.category(ch)[0] == "L" for ch in value):
        raise ValidationError(field, _("Must contain at least one letter."))
    return " ".join(value.split())


def email(field: str, value) -> str:
    value = text(field, value, max_length=254)
    if value and not EMAIL_RE.match(value):
        raise ValidationError(field, _("Is not an e-mail address (like naam@voorbeeld.nl)."))
    return value


def phone(field: str, value) -> str:
    value = text(field, value, max_length=30)
    if value:
        if NOT_IN_PHONE_RE.search(value):
            raise ValidationError(field, _("A phone number may contain only digits, spaces, +, - and brackets."))
        digits = len(DIGIT_RE.findall(value))
        if not 6 <= digits <= 15:
            raise ValidationError(field, _("A phone number has 6 to 15 digits."))
    return value


def date(field: str, value, *, required: bool = False) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    # Longer than any date form: no date (a platform's "Thursday, 5 March 2026, 2:32 PM"), not a text too long.
    raw = text(field, value, max_length=200)
    if len(raw) > 20:
        raise ValidationError(field, _("Is not a valid date (use dd-mm-jjjj): {value}").format(value=raw[:60]))
    if not raw:
        if required:
            raise ValidationError(field, _("Is required."))
        return None
    for pattern in DATE_FORMATS:
        try:
            parsed = dt.datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
        if not 1900 <= parsed.year <= 2200:
            break
        return parsed
    raise ValidationError(field, _("Is not a valid date (use dd-mm-jjjj): {value}").format(value=raw))


def past_date(field: str, value, *, today: dt.date | None = None) -> dt.date | None:
    """A date that may be empty but not after `today`: something that happened (held, done, reviewed)."""
    day = date(field, value)
    if day is not None and day > (today or clock.today()):
        raise ValidationError(field, _("This date lies in the future; it can only be filled in afterwards."))
    return day


def integer(field: str, value, *, required: bool = False, minimum: int | None = None, maximum: int | None = None):
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, _("Is required."))
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError(field, _("Is not a whole number."))
    if isinstance(value, str) and GROUPED_RE.fullmatch(value.strip()):
        value = value.replace(".", "")  # "1.600": a Dutch reader's one thousand six hundred
    try:
        number = int(value.strip()) if isinstance(value, str) else value
    except ValueError:
        raise ValidationError(field, _("Is not a whole number: {value}").format(value=value)) from None
    if abs(number) > SQLITE_INT_MAX:
        raise ValidationError(field, _("Is too large a number."))
    _check_range(field, number, minimum, maximum)
    return number


def decimal(field: str, value, *, required: bool = False, minimum=None, maximum=None, places: int = 2):
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, _("Is required."))
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        raise ValidationError(field, _("Is not a number."))
    raw = str(value).strip().replace(" ", "")
    if "," in raw:
        # Dutch notation: "1.234,5" means 1234.5
        raw = raw.replace(".", "").replace(",", ".")
    try:
        number = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(field, _("Is not a number: {value}").format(value=value)) from None
    if not number.is_finite():
        raise ValidationError(field, _("Is not a number: {value}").format(value=value))
    if number.as_tuple().exponent < -places:
        # "1.234" is a thousand to a Dutch reader and one point two three four to a computer: ask.
        raise ValidationError(
            field, _("At most {places} decimals; write thousands without a point (1234,5).").format(places=places)
        )
    if abs(number) >= Decimal(10) ** 12:
        raise ValidationError(field, _("Is too large a number."))
    _check_range(field, number, minimum, maximum)
    return number


def _check_range(field: str, number, minimum, maximum) -> None:
    if minimum is not None and number < minimum:
        raise ValidationError(field, _("Must be at least {minimum}.").format(minimum=minimum))
    if maximum is not None and number > maximum:
        raise ValidationError(field, _("Must be at most {maximum}.").format(maximum=maximum))


def choice(field: str, value, vocabulary: dict[str, str], *, required: bool = True) -> str | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, _("Is required."))
        return None
    if not isinstance(value, str) or value not in vocabulary:
        known = ", ".join(vocabulary)
        raise ValidationError(
            field, _("Unknown value {value}; choose one of: {known}.").format(value=value, known=known)
        )
    return value


def timestamp(field: str, value, *, required: bool = False) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    raw = text(field, value, max_length=30)
    if not raw:
        if required:
            raise ValidationError(field, _("Is required."))
        return None
    try:
        return dt.datetime.fromisoformat(raw).replace(microsecond=0)
    except ValueError:
        raise ValidationError(field, _("Is not a valid date and time: {value}").format(value=raw)) from None


def record_id(value) -> int | None:
    """A record number as given by a caller, or None when it cannot be one."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= SQLITE_INT_MAX:
        return None
    return value


def record_number(text: str) -> int | None:
    """The record number a person typed, or None when `text` cannot be one. ASCII digits only: int()
    also reads "٤٢" (Arabic-Indic) or "４２" (full-width) as 42, which no one means as a record number."""
    text = text.strip()
    if not (text.isascii() and text.isdecimal()) or len(text) > len(str(SQLITE_INT_MAX)):
        return None
    return record_id(int(text))


def boolean(field: str, value) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    raise ValidationError(field, _("Must be yes or no."))


def crebo(field: str, value, *, required: bool = False) -> str | None:
    raw = text(field, value, max_length=10)
    if not raw:
        if required:
            raise ValidationError(field, _("Is required."))
        return None
    if not CREBO_RE.match(raw):
        raise ValidationError(field, _("A crebo code has exactly five digits, found {value}.").format(value=raw))
    return raw


def sbb_id(field: str, value) -> str:
    """An SBB leerbedrijf ID: 4 to 12 digits (spaces, as people copy it from a letter, are dropped)."""
    code = text(field, value, max_length=30).replace(" ", "")
    if code and not re.fullmatch(r"[0-9]{4,12}", code):
        raise ValidationError(field, _("An SBB leerbedrijf ID consists of 4 to 12 digits."))
    return code
