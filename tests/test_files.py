"""Writing a file whole or not at all (desktop.storage.files.write_atomically)."""

from __future__ import annotations

import json
import os

import pytest

from desktop.storage.backup import move_to_new_name
from desktop.storage.files import write_atomically, write_json_atomically


@pytest.fixture
def folder(tmp_path):
    """An empty folder of its own (tmp_path holds the test's LEERWERK_HOME too)."""
    path = tmp_path / "uitvoer"
    path.mkdir()
    return path


def test_bytes_become_the_file(folder):
    target = folder / "lerenden.csv"

    write_atomically(target, b"naam;team\r\n")

    assert target.read_bytes() == b"naam;team\r\n"
    assert os.listdir(folder) == ["lerenden.csv"]


def test_a_writer_function_replaces_an_older_file(folder):
    target = folder / "formulier.pdf"
    target.write_bytes(b"oud")

    write_atomically(target, lambda handle: handle.write(b"%PDF-nieuw"), fsync=False)

    assert target.read_bytes() == b"%PDF-nieuw"
    assert os.listdir(folder) == ["formulier.pdf"]


def test_a_failure_halfway_leaves_the_old_file_and_no_temporary_file(folder):
    target = folder / "export.zip"
    target.write_bytes(b"de vorige export")

    def half_then_fail(handle):
        handle.write(b"half")
        raise RuntimeError("cancelled while rendering")

    with pytest.raises(RuntimeError, match="cancelled"):
        write_atomically(target, half_then_fail)

    assert target.read_bytes() == b"de vorige export"
    assert os.listdir(folder) == ["export.zip"]


def test_a_target_that_cannot_be_replaced_leaves_no_temporary_file(folder):
    target = folder / "bezet"
    target.mkdir()  # a folder of that name: the new file cannot take its place
    (target / "inhoud.txt").write_bytes(b"blijft")

    with pytest.raises(OSError):
        write_atomically(target, b"nieuw")

    assert (target / "inhoud.txt").read_bytes() == b"blijft"
    assert os.listdir(folder) == ["bezet"]


def test_moving_to_a_new_name_never_overwrites(folder):
    target = folder / "persoon.zip"
    target.write_bytes(b"van iemand anders")

    with pytest.raises(FileExistsError):
        write_atomically(target, b"nieuw", replace=move_to_new_name)

    assert target.read_bytes() == b"van iemand anders"
    assert os.listdir(folder) == ["persoon.zip"]


def test_a_missing_folder_is_named_in_the_error(folder):
    missing = folder / "bestaat niet"

    with pytest.raises(FileNotFoundError) as raised:
        write_atomically(missing / "formulier.pdf", b"%PDF")

    assert raised.value.filename == str(missing)
    assert str(missing) in str(raised.value)
    assert os.listdir(folder) == []


def test_a_json_note_makes_its_folder(folder):
    note = folder / "nieuw" / "clean-closes.json"

    write_json_atomically(note, {"C:\\Zorg\\leerwerk.sqlite3": [4096, 1.5]})

    assert json.loads(note.read_text(encoding="utf-8")) == {"C:\\Zorg\\leerwerk.sqlite3": [4096, 1.5]}
    assert os.listdir(note.parent) == ["clean-closes.json"]
