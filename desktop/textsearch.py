"""Search that forgives case and diacritics: "zoe" finds "Zoë", "celik" finds "Çelik"."""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that do not decompose into a base letter and a combining mark.
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
_EXTRA = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "’": "'"})
_EXTRA_FOUND = re.compile("[ıøđłßæœ’]")


# The combining marks of Latin letters (all but U+034F, which combines with nothing): what is left of a Dutch,
# Turkish or Polish name once they are taken out of its decomposition is plain ASCII.
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")


def fold(text: str) -> str:
    if text.isascii():  # nothing to decompose or translate: most names and texts, at a tenth of the cost
        return text.lower()
    folded = text.casefold()
    if _EXTRA_FOUND.search(folded):  # translating with a table is slow per character: only when it changes something
        folded = folded.translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", folded)
    latin = _LATIN_MARKS.sub("", decomposed)
    if latin.isascii():  # ASCII holds no combining mark: the same as asking each character, many times faster
        return latin
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
