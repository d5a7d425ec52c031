"""Search that forgives case and diacritics: "zoe" finds "Zoë", "celik" finds "Çelik"."""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that do not decompose into a base letter and a combining mark.
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
_EXTRA = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "’": "'"})


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(needle_words: list[str], haystack: str) -> bool:
    """True when every folded word of the search occurs in the folded haystack."""
    return all(word in haystack for word in needle_words)


def search_words(query: str) -> list[str]:
    return fold(query).split()


@functools.lru_cache(maxsize=1 << 16)
def name_key(text: str | None) -> str:
    """A name as a record is known by: "Huize Ébenhaëzer", "huize-ebenhaezer" and "HuizeEbenhaezer" are
    one record, because names that differ only in case, spaces, hyphens or accents are one record.
    Remembered: an import asks for the same first names, schools and programmes thousands of times."""
    if not text:
        return ""
    return _NOT_ALPHANUMERIC.sub("", text.lower() if text.isascii() else fold(text))
