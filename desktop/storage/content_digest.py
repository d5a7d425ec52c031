"""A table's content as a digest that comes out the same on SQLite and on PostgreSQL when both hold the same values.

The two engines hand the same value back differently: a truth is 0 or 1 from SQLite and a bool from PostgreSQL, a
date or a moment text from SQLite (peewee writes them as ``str(value)``) and a `date` or `datetime` from PostgreSQL,
an amount a float or an integer from SQLite and a `Decimal` with the column's scale from PostgreSQL, a picture
`bytes` or a `memoryview`. Text and whole numbers come back alike (SQLite's TEXT affinity stores numbers as text).
So the values of a column are first made alike, by the column's type on the server (the type they have to end up
in), and then written with ``repr`` (which tells a NULL from the text "None"). Rows come in the order of their ids
on both sides; each column's values, in that order, feed a BLAKE2 hash of their own, whatever batches the rows come
in, and the table's digest is the hash of its columns' hashes. A value the server changed on the way (an amount
rounded to the column's scale, a moment's time zone dropped) changes the digest.

The work is done a column at a time over a batch of rows, with ``map`` over built-in functions wherever it can,
rather than a Python call per value: the 10,000-learner demo has some 14 million values.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable
from decimal import Decimal

_hash = functools.partial(hashlib.blake2b, digest_size=16)
_SEPARATOR = "\x1f"


def _truths(values: tuple) -> Iterable:
    # 0 and False, 1 and True are equal keys: SQLite's integers and PostgreSQL's bools find the same text.
    return map({None: None, 0: "0", 1: "1"}.__getitem__, values)


def _amounts(values: tuple) -> Iterable:
    return [None if value is None else format(Decimal(str(value)).normalize(), "f") for value in values]


def _pictures(values: tuple) -> Iterable:
    # A picture by its own hash: a ``repr`` of its bytes would cost more than the rest of its row.
    return [None if value is None else _hash(value).hexdigest() for value in values]


def _as_text(values: tuple) -> Iterable:
    return map(str, values)  # a NULL becomes "None", on both sides alike, which no date or moment can be


_ALIKE: dict[str, Callable[[tuple], Iterable]] = {
    "boolean": _truths,
    "numeric": _amounts,
    "real": _as_text,
    "double precision": _as_text,
    "date": _as_text,
    "timestamp without time zone": _as_text,
    "bytea": _pictures,
}


def _unchanged(values: tuple) -> Iterable:
    return values


class TableDigest:
    """The digest of the rows `add`ed, given the server types of their columns in the order the rows hold them.

    Rows come `ordered` (by their ids, on both sides), or are put in one order here (for a table without ids, which
    are few and small)."""

    def __init__(self, server_types: Iterable[str], *, ordered: bool = True):
        self._alike = [_ALIKE.get(kind, _unchanged) for kind in server_types]
        self._hashers = [_hash() for _kind in self._alike]
        self._unordered: list[tuple] | None = None if ordered else []
        self.count = 0

    def add(self, rows: list[tuple]) -> None:
        self.count += len(rows)
        if self._unordered is not None:
            self._unordered.extend(rows)
        else:
            self._feed(rows)

    def _texts(self, rows: list[tuple]) -> list[Iterable[str]]:
        """Each column of `rows`, its values made alike and written."""
        by_column = zip(*rows, strict=True)
        return [map(repr, alike(values)) for alike, values in zip(self._alike, by_column, strict=True)]

    def _feed(self, rows: list[tuple]) -> None:
        if rows:
            for hasher, texts in zip(self._hashers, self._texts(rows), strict=True):
                hasher.update((_SEPARATOR.join(texts) + _SEPARATOR).encode("utf-8"))

    def hexdigest(self) -> str:
        hashers = [hasher.copy() for hasher in self._hashers]
        if self._unordered:
            # Sorted by their written values, which are the same on both engines (the values themselves are not).
            ordered = sorted(zip(*self._texts(self._unordered), strict=True))
            for hasher, texts in zip(hashers, zip(*ordered, strict=True), strict=True):
                hasher.update((_SEPARATOR.join(texts) + _SEPARATOR).encode("utf-8"))
        table = _hash()
        for hasher in hashers:
            table.update(hasher.digest())
        return table.hexdigest()
