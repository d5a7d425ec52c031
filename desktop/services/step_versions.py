"""The version this LeerWerk's own newest undo step (a change, an undo, a redo) left in each record the steps wrote.

An undo step states the version of the record it expects, so that someone else's change since is refused. When the
same person changed the record again in a later step, the record holds that later step's version, not this one's:
undoing the later step and then this one must not take the person's own steps for someone else's. So a step states the
version the newest of this program's own steps left in the record; any other write makes the record differ from that,
and is still refused.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from desktop.storage.models import db

if TYPE_CHECKING:
    from desktop.services.base import CrudService

_left: dict[tuple[str, str, int], int] = {}


def _key(service: CrudService, record_id: int) -> tuple[str, str, int]:
    return str(db.database), service.model._meta.table_name, record_id  # one database's ids are not another's


def note(service: CrudService, versions: Mapping[int, int | None]) -> None:
    """What a step of this program just left: the version of each record it wrote (None: a record without one)."""
    for record_id, version in versions.items():
        if version is not None:
            _left[_key(service, record_id)] = version


def expected(service: CrudService, record_id: int, version: int | None) -> int | None:
    """The version a step that left `version` in the record states: the one this program's newest step left."""
    if version is None:
        return None
    return _left.get(_key(service, record_id), version)


@contextlib.contextmanager
def taken_back_on_failure() -> Iterator[None]:
    """For a step made of several records in one transaction: when one of them is refused, the transaction takes back
    what the others wrote, so the versions they noted are not in the database either."""
    left = dict(_left)
    try:
        yield
    except BaseException:
        _left.clear()
        _left.update(left)
        raise
