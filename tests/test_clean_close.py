"""Opening skips the check of every page only for a file exactly as LeerWerk left it at a clean close."""

from __future__ import annotations

import os

import pytest

from desktop.errors import UnusableDatabaseError
from desktop.storage import database as storage
from desktop.storage.database import close_database, open_database


@pytest.fixture
def checks(monkeypatch):
    seen = []
    real = storage.inspect_file

    def spy(path, *, verify=False):
        seen.append(verify)
        return real(path, verify=verify)

    monkeypatch.setattr(storage, "inspect_file", spy)
    return seen


def test_a_cleanly_closed_file_opens_without_the_page_check_and_any_change_brings_it_back(db_path, checks):
    open_database(db_path)
    close_database()
    open_database(db_path)
    close_database()
    assert checks == [True, False]
    os.utime(db_path, ns=(1, 1))  # touched by something else: a copy, a sync tool, a repair
    open_database(db_path)
    close_database()
    assert checks[-1] is True


def test_bytes_flipped_after_a_clean_close_are_still_caught(db_path):
    open_database(db_path)
    close_database()
    data = bytearray(db_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start] ^= 0xFF  # the page type of every b-tree page after the first
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(UnusableDatabaseError):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_file_left_with_changes_in_its_wal_is_checked(db_path, checks):
    open_database(db_path)
    close_database()
    (db_path.parent / f"{db_path.name}-wal").write_bytes(b"\x00" * 32)
    assert not storage.unchanged_since_clean_close(db_path)
