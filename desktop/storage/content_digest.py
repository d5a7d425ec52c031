"""A table's content as a digest that comes out the same on SQLite and on PostgreSQL when both hold the same values.

The two engines hand the same value back differently: a truth is 0 or 1 from SQLite and a bool from PostgreSQL, a
date or a moment text from SQLite (peewee writes them as ``str(value)``) and a `date` or `datetime` from PostgreSQL,
an amount a float or an integer from SQLite and a `Decimal` with the column's scale from PostgreSQL, a picture
`bytes` or a `memoryview`. Text and whole numbers come back alike (SQLite's TEXT affinity stores numbers as text).
So the values of a column are first made alike, by the column's type on the server (the type they have to end up
in); a row is then its values' ``repr``, one line, and the table's digest the BLAKE2 hash of its rows in the order of
their ids. A value the server changed on the way (an amount
rounded to the column's scale, a moment's time zone dropped) changes the digest.

The work is done a column at a time over a batch of rows, in comprehensions rather than a call per value: the
10,000-learner demo has some 14 million values.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable
from decimal import Decimal

_hash = functools.partial(hashlib.blake2b, digest_size=16)


def _truths(values: tuple) -> list:
    return [None if value is None else bool(value) for value in values]


def _amounts(values: tuple) -> list:
    return [None if value is None else format(Decimal(str(value)).normalize(), "f") for value in values]


def _as_text(values: tuple) -> list:
    return [None if value is None else str(value) for value in values]


def _pictures(values: tuple) -> list:
    # A picture by its own hash: a ``repr`` of its bytes would cost more than the rest of its row.
    return [None if value is None else _hash(value).hexdigest() for value in values]


_ALIKE: dict[str, Callable[[tuple], list]] = {
    "boolean": _truths,
    "numeric": _amounts,
    "real": _as_text,
    "double precision": _as_text,
    "date": _as_text,
    "timestamp without time zone": _as_text,
    "bytea": _pictures,
}


class TableDigest:
    """The digest of the rows `add`ed, given the server types of their columns in the order the rows hold them.

    Rows come `ordered` (by their ids, on both sides), or are put in one order here (for a table without ids, which
    are few and small)."""

    def __init__(self, server_types: Iterable[str], *, ordered: bool = True):
        self._alike = [(index, _ALIKE[kind]) for index, kind in enumerate(server_types) if kind in _ALIKE]
        self._hasher = _hash()
        self._unordered: list[str] | None = None if ordered else []
        self.count = 0

    def add(self, rows: list[tuple]) -> None:
        if not rows:
            return
        if self._alike:
            columns = list(zip(*rows, strict=True))
            for index, alike in self._alike:
                columns[index] = alike(columns[index])
            rows = list(zip(*columns, strict=True))
        self.count += len(rows)
        if self._unordered is not None:
            self._unordered.extend(map(repr, rows))
        else:  # a row's repr holds no line break: each row is one line, however the rows come in batches
            self._hasher.update(("\n".join(map(repr, rows)) + "\n").encode("utf-8"))

    def hexdigest(self) -> str:
        hasher = self._hasher.copy()
        if self._unordered is not None:
            hasher.update("".join(f"{row}\n" for row in sorted(self._unordered)).encode("utf-8"))
        return hasher.hexdigest()
