"""Damaged and foreign files are never made worse.

Each kind of damage is opened four ways: `open_database`, `check_database`, ``leerwerk check --db`` and
the main window (`open_main_window`). Each either works or fails with one sentence (no traceback; the
command line exits 0 healthy, 1 problems found, 2 unusable), and the file, with its -wal and -shm if
any, is byte for byte what it was.
"""

from __future__ import annotations

import io
import random
import shutil
import sqlite3
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.errors import UnusableDatabaseError
from desktop.storage import migrations
from desktop.storage.database import APPLICATION_ID, check_database, close_database, open_database
from tests.crash_support import make_demo
from tests.damage import leave_wal_of_another_database
from tests.helpers import dump, file_digest

FLIP_SEED = 20260107
FLIPPED_CASES = 30
PAGE = 4096


@dataclass(frozen=True)
class Damage:
    name: str
    make: object  # (healthy: Path, target: Path) -> None; writes the damaged file (and any -wal/-shm) at target
    recovers: bool = False  # a -wal that SQLite applies or discards on opening: its content counts, not bytes


def _bytes(content: bytes):
    def make(_healthy: Path, target: Path) -> None:
        target.write_bytes(content)

    return make


def _cut(size):
    def make(healthy: Path, target: Path) -> None:
        data = healthy.read_bytes()
        target.write_bytes(data[: size(len(data))])

    return make


def _overwrite(offset: int, content: bytes):
    def make(healthy: Path, target: Path) -> None:
        data = bytearray(healthy.read_bytes())
        data[offset : offset + len(content)] = content
        target.write_bytes(bytes(data))

    return make


def _flipped(case: int):
    def make(healthy: Path, target: Path) -> None:
        rng = random.Random(f"{FLIP_SEED}-{case}")
        data = bytearray(healthy.read_bytes())
        # Mostly a few bytes anywhere; now and then a whole run of them in one page.
        if case % 5 == 4:
            start = rng.randrange(PAGE, len(data) - 64)
            for offset in range(start, start + 64):
                data[offset] ^= 0xFF
        else:
            for _ in range(rng.randint(1, 8)):
                offset = rng.randrange(len(data))
                data[offset] ^= 1 << rng.randrange(8)
        target.write_bytes(bytes(data))

    return make


def _zip(_healthy: Path, target: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("leerlingen.csv", "voornaam;achternaam\nZoë;Çelik\n")
    target.write_bytes(buffer.getvalue())


def _zipped_database(healthy: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(healthy, "leerwerk.sqlite3")


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _directory(_healthy: Path, target: Path) -> None:
    target.mkdir()
    (target / "binnen.txt").write_text("een map, geen database", encoding="utf-8")


def _other_program(_healthy: Path, target: Path) -> None:
    connection = sqlite3.connect(target)
    connection.execute("CREATE TABLE klanten (naam TEXT, saldo REAL)")
    connection.execute("INSERT INTO klanten VALUES ('Zoë Çelik', 12.5)")
    connection.commit()
    connection.close()


def _newer_schema(healthy: Path, target: Path) -> None:
    shutil.copyfile(healthy, target)
    connection = sqlite3.connect(target)
    connection.execute("UPDATE schema_version SET version = ?", (migrations.LATEST_VERSION + 1,))
    connection.execute("CREATE TABLE toekomst (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()


def _schema_version_text(healthy: Path, target: Path) -> None:
    shutil.copyfile(healthy, target)
    connection = sqlite3.connect(target)
    connection.execute("UPDATE schema_version SET version = 'drie'")
    connection.commit()
    connection.close()


def _stale_sidecars(wal: bytes, shm: bytes):
    def make(healthy: Path, target: Path) -> None:
        shutil.copyfile(healthy, target)
        Path(f"{target}-wal").write_bytes(wal)
        Path(f"{target}-shm").write_bytes(shm)

    return make


def _sidecars_of_another_database(healthy: Path, target: Path) -> None:
    """The -wal and -shm of a different database, left beside this file (as a careless copy does)."""
    other = target.parent / "ander" / "leerwerk.sqlite3"
    other.parent.mkdir()
    shutil.copyfile(healthy, other)
    _leave_open_wal(other)
    shutil.copyfile(healthy, target)
    for suffix in ("-wal", "-shm"):
        shutil.copyfile(f"{other}{suffix}", f"{target}{suffix}")


def _wal_of_a_different_database(learners: int, seed: int):
    def make(healthy: Path, target: Path) -> None:
        shutil.copyfile(healthy, target)
        leave_wal_of_another_database(target, learners=learners, seed=seed)

    return make


def _altered(*statements: str):
    def make(healthy: Path, target: Path) -> None:
        shutil.copyfile(healthy, target)
        connection = sqlite3.connect(target)
        for statement in statements:
            connection.execute(statement)
        connection.commit()
        connection.close()

    return make


def _other_program_with_our_id(healthy: Path, target: Path) -> None:
    _other_program(healthy, target)
    connection = sqlite3.connect(target)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.close()


def _crash_left_wal(healthy: Path, target: Path) -> None:
    """A file as a crashed LeerWerk leaves it: committed changes still only in the -wal."""
    shutil.copyfile(healthy, target)
    _leave_open_wal(target)


def _leave_open_wal(path: Path) -> None:
    # Copy the three files while a writer holds them, as a crash leaves them (closing would checkpoint).
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = wal")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("UPDATE organisation SET name = 'Zorggroep na de crash'")
    connection.commit()
    snapshot = {suffix: Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal", "-shm")}
    connection.close()
    for suffix, content in snapshot.items():
        Path(f"{path}{suffix}").write_bytes(content)


def _size_field(value: int):
    return _overwrite(16, struct.pack(">H", value))


CASES = [
    Damage("empty", _bytes(b"")),
    Damage("one-byte", _bytes(b"S")),
    Damage("cut-in-header", _cut(lambda n: 50)),
    Damage("cut-after-header", _cut(lambda n: 100)),
    Damage("cut-first-page", _cut(lambda n: PAGE)),
    Damage("cut-two-pages", _cut(lambda n: 2 * PAGE)),
    Damage("cut-mid-page", _cut(lambda n: n // 2 + 1000)),
    Damage("cut-half", _cut(lambda n: n // 2)),
    Damage("cut-last-page", _cut(lambda n: n - PAGE)),
    Damage("cut-last-byte", _cut(lambda n: n - 1)),
    Damage("header-zeroed", _overwrite(0, bytes(100))),
    Damage("header-magic-garbled", _overwrite(0, b"SQLite format 4\x00")),
    Damage("header-page-size-invalid", _size_field(3000)),
    Damage("header-page-size-wrong", _size_field(1024)),
    Damage("header-page-count-huge", _overwrite(28, struct.pack(">I", 10_000_000))),
    Damage("first-page-zeroed", _overwrite(100, bytes(PAGE - 100))),
    Damage("second-page-zeroed", _overwrite(PAGE, bytes(PAGE))),
    *[Damage(f"flipped-{case:02d}", _flipped(case)) for case in range(FLIPPED_CASES)],
    Damage("text-file", _bytes("Dit is geen database maar een brief aan Zoë.\r\n".encode("cp1252"))),
    Damage("csv-file", _bytes("voornaam;achternaam\r\nZoë;Çelik\r\n".encode("utf-8-sig"))),
    Damage("zip-file", _zip),
    Damage("zipped-database", _zipped_database),
    Damage("png-file", _bytes(PNG)),
    Damage("pdf-file", _bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")),
    Damage("utf16-text", _bytes("SQLite format 3".encode("utf-16"))),
    Damage("directory", _directory),
    Damage("other-program", _other_program),
    Damage("newer-schema", _newer_schema),
    Damage("schema-version-text", _schema_version_text),
    Damage("stale-wal-garbage", _stale_sidecars(bytes(range(256)) * 64, bytes(32768)), recovers=True),
    Damage("stale-wal-empty", _stale_sidecars(b"", b""), recovers=True),
    Damage("stale-wal-of-other-database", _sidecars_of_another_database, recovers=True),
    Damage("crash-left-wal", _crash_left_wal, recovers=True),
    Damage("missing-table", _altered('DROP TABLE "student_evaluation"')),
    Damage("missing-index", _altered('DROP INDEX "learner_last_name_first_name"')),
    Damage("unknown-column", _altered('ALTER TABLE "learner" ADD COLUMN "bijnaam" TEXT')),
    Damage("other-program-with-our-id", _other_program_with_our_id),
    Damage("wal-of-a-bigger-database", _wal_of_a_different_database(learners=60, seed=3)),
    Damage("wal-of-a-smaller-database", _wal_of_a_different_database(learners=2, seed=5)),
]


@pytest.fixture(scope="module")
def healthy(tmp_path_factory):
    """A demo as LeerWerk leaves it: its periods moved on by date, as the window does when it opens a database
    (so that opening it writes nothing, and any change to the file is the window's fault)."""
    from desktop.services.placements import advance_periods
    from desktop.storage.database import close_database, open_database

    path = make_demo(tmp_path_factory.mktemp("healthy") / "gezond.sqlite3", learners=12)
    open_database(path, create=False)
    try:
        advance_periods()
    finally:
        close_database()
    return path


def _digests(path: Path) -> dict[str, str | None]:
    result = {}
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        if candidate.is_dir():
            result[suffix] = "folder:" + ",".join(sorted(p.name for p in candidate.iterdir()))
        else:
            result[suffix] = file_digest(candidate) if candidate.exists() else None
    return result


def _kept(digests: dict[str, str | None]) -> dict[str, str | None]:
    """What must stay byte for byte. Beside a -wal, SQLite writes the marks of its readers into the -shm
    whenever it reads (its index of the -wal, rebuilt from the -wal at will; nothing of the person's)."""
    return {k: v for k, v in digests.items() if k != "-shm"} if digests["-wal"] is not None else digests


def _one_sentence(message: str) -> None:
    assert message and "\n" not in message.strip() and "Traceback" not in message, message
    assert message.strip().endswith("."), message


# What no check of pages can see: an index out of step with its table, and a value flipped inside a row,
# which an index then lacks and, in a reference column, points at a row that does not exist.
INDEX_ONLY = (
    "missing from index",
    "wrong # of entries in index",
    "non-unique entry in index",
    "verwijst naar een ontbrekende rij",
)


def _index_only(problems: list[str]) -> bool:
    return bool(problems) and all(any(words in problem for words in INDEX_ONLY) for problem in problems)


def _content_seen_by_sqlite(target: Path, scratch: Path) -> list[str]:
    """What SQLite reads from the file with its -wal, found on copies (reading would change the originals)."""
    scratch.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{target}{suffix}").is_file():
            shutil.copyfile(f"{target}{suffix}", scratch / f"kopie.sqlite3{suffix}")
    return dump(scratch / "kopie.sqlite3")


@pytest.mark.parametrize("damage", CASES, ids=[case.name for case in CASES])
def test_damaged_file_is_refused_or_opened_and_never_changed(damage, healthy, tmp_path, qtbot, capsys):
    from desktop.app import open_main_window

    target = tmp_path / "leerwerk.sqlite3"
    damage.make(healthy, target)
    before = _digests(target)
    has_wal = before["-wal"] is not None
    expected = _content_seen_by_sqlite(target, tmp_path / "kopie") if damage.recovers else None
    outcomes = {}

    try:
        report = check_database(target)
        outcomes["check"] = "healthy" if report.healthy else "problems"
    except UnusableDatabaseError as error:
        _one_sentence(error.message)
        outcomes["check"] = "refused"
    if not has_wal:
        assert _digests(target) == before, "check_database changed the file"

    capsys.readouterr()
    code = main(["check", "--db", str(target)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    expected_code = {"healthy": 0, "problems": 1, "refused": 2}[outcomes["check"]]
    assert code == expected_code, (code, out, err)
    if code:
        _one_sentence(err)
    if has_wal:
        # Read-only, SQLite may rebuild the -shm (an index of the -wal it rebuilds from the -wal at will);
        # the database file and the -wal are what they were.
        assert {k: v for k, v in _digests(target).items() if k != "-shm"} == {
            k: v for k, v in before.items() if k != "-shm"
        }, "the check changed the file or its -wal"
    else:
        assert _digests(target) == before, "leerwerk check changed the file"

    try:
        open_database(target, create=False)
        outcomes["open"] = "works"
    except UnusableDatabaseError as error:
        _one_sentence(error.message)
        outcomes["open"] = "refused"
    finally:
        close_database()
    if damage.recovers:
        # Committed changes still in a -wal (a crash) are SQLite's to apply: the content is kept, not the bytes.
        assert outcomes["open"] == "works"
        assert dump(target) == expected
        before = _digests(target)
    else:
        assert _kept(_digests(target)) == _kept(before), "open_database changed the file"

    try:
        window = open_main_window(target)
        qtbot.addWidget(window)
        window.remember_layout = False
        window.close()
        outcomes["window"] = "works"
    except UnusableDatabaseError as error:
        _one_sentence(error.message)
        outcomes["window"] = "refused"
    finally:
        close_database()
    assert _kept(_digests(target)) == _kept(before), "opening the main window changed the file"

    # The window and open_database agree. A file that opens is one the check finds healthy, or one
    # whose only faults are an index that no longer matches its table or a flipped reference (found by
    # `leerwerk check`, which reads everything; the quick check at opening reads every page but does not
    # compare indexes or follow references).
    assert outcomes["window"] == outcomes["open"], outcomes
    if outcomes["open"] == "works" and outcomes["check"] != "healthy":
        assert outcomes["check"] == "problems" and _index_only(report.problems), (outcomes, report.problems)
    TALLY[damage.name] = outcomes


TALLY: dict[str, dict] = {}


@pytest.fixture(scope="module", autouse=True)
def _print_tally():
    yield
    if TALLY:
        kinds: dict[str, list[str]] = {}
        for name, outcomes in TALLY.items():
            key = ", ".join(f"{entry} {result}" for entry, result in sorted(outcomes.items()))
            kinds.setdefault(key, []).append(name)
        print(f"\ndamaged files: {len(TALLY)} cases, each opened 4 ways")
        for key, names in sorted(kinds.items(), key=lambda item: -len(item[1])):
            print(f"  {len(names):3d} x {key}: {' '.join(names)}")


def test_a_crash_left_wal_keeps_its_committed_change(healthy, tmp_path):
    target = tmp_path / "leerwerk.sqlite3"
    _crash_left_wal(healthy, target)
    open_database(target, create=False)
    close_database()
    connection = sqlite3.connect(target)
    assert connection.execute("SELECT name FROM organisation").fetchone()[0] == "Zorggroep na de crash"
    connection.close()
    assert not Path(f"{target}-wal").exists()


@pytest.mark.parametrize(
    "name",
    [
        "empty",
        "header-zeroed",
        "cut-half",
        "first-page-zeroed",
        "png-file",
        "other-program",
        "newer-schema",
        "missing-table",
        "other-program-with-our-id",
        "wal-of-a-bigger-database",
    ],
)
def test_the_window_shows_one_sentence_for_a_refused_file(name, healthy, tmp_path, monkeypatch, capsys):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.app import run_gui

    damage = next(case for case in CASES if case.name == name)
    target = tmp_path / "leerwerk.sqlite3"
    damage.make(healthy, target)
    before = _digests(target)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QApplication, "exec", lambda self: pytest.fail("the window opened on a damaged file"))
    assert run_gui(target, smoke=False, remember=False) == 2
    assert len(shown) == 1
    _one_sentence(shown[0])
    assert str(target) in shown[0]
    assert _kept(_digests(target)) == _kept(before)
