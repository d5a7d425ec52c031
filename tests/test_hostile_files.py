"""Files that attack: every file LeerWerk reads is bounded by what it holds and unpacks to, not only
by its size on disk, and a device or a pipe is no file at all.

The attacks are real files: a workbook that unpacks to 6 GiB, a sheet of a million rows, a named
pipe, `/dev/zero`, a text in UTF-8 with a few broken bytes. What the command line does with them runs
in a process of its own that may not take more than 500 MB, so a regression shows as a refusal that
is missing (or a MemoryError), never as a swapping machine. The seconds measured are a generous bound
against hanging, not a benchmark.
"""

from __future__ import annotations

import io
import os
import zlib
from pathlib import Path

import pytest

from desktop import i18n
from desktop.services import learner_io, tabular
from desktop.services.learner_io import UnreadableFileError
from desktop.storage.database import close_database, open_database
from tests.factories import HEADER_NL, row
from tests.helpers import dump, file_digest
from tests.hostile_files import (
    MAIN_NS,
    MEMORY_LIMIT,
    POSIX,
    run_bounded,
    write_zip,
    zip_bomb_workbook,
)

GiB = 1024**3


@pytest.fixture
def english():
    i18n.set_language("en")


def make_database(path: Path) -> Path:
    open_database(path)
    close_database()
    return path


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in `folder` with its digest: equal states mean nothing was changed or left behind."""
    return {path.name: file_digest(path) for path in sorted(folder.iterdir()) if path.is_file()}


def one_sentence(run) -> str:
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr and "Onverwachte fout" not in run.stderr, run.stderr
    return lines[0]


def assert_within_memory(run) -> None:
    if run.peak_bytes is not None:
        assert run.peak_bytes < MEMORY_LIMIT


# -- A workbook that unpacks to gigabytes ----------------------------------------------------------------


def test_a_zip_bomb_workbook_is_refused_unread_in_a_moment(tmp_path):
    bomb = zip_bomb_workbook(tmp_path / "leerlingen.xlsx", 6 * GiB)
    assert bomb.stat().st_size < 8 * 1024**2  # "a 6 MB workbook that expands to 6 GiB"
    db_path = make_database(tmp_path / "leerwerk.sqlite3")
    before = folder_state(tmp_path)
    run = run_bounded("import", "learners", str(bomb), "--db", str(db_path), home=tmp_path / "home", timeout=120)
    assert run.returncode == 2
    sentence = one_sentence(run)
    assert "leerlingen.xlsx" in sentence and "6.144 MB" in sentence and "niet gelezen" in sentence
    assert run.seconds < 5  # in fact a few hundredths of a second after start-up: only the directory is read
    assert_within_memory(run)
    assert folder_state(tmp_path) == before


def test_a_workbook_of_two_cells_far_apart_is_refused_before_it_is_read(tmp_path):
    """A kilobyte: a header, and one cell at XFD60000. The workbook reader holds a sheet as the rectangle from its
    first cell to its last, and would ask for 31 GB at once (and end the program, which no error can catch)."""
    path = sheet_workbook(tmp_path / "leerlingen.xlsx", sheet(HEADER_ROW + FAR_CELL))
    assert path.stat().st_size < 16 * 1024
    db_path = make_database(tmp_path / "leerwerk.sqlite3")
    before = folder_state(tmp_path)
    run = run_bounded("import", "learners", str(path), "--db", str(db_path), home=tmp_path / "home", timeout=120)
    assert run.returncode == 2, run.stderr
    sentence = one_sentence(run)
    assert "leerlingen.xlsx" in sentence and "rij 60.000 en kolom 16.384" in sentence and "niet gelezen" in sentence
    assert_within_memory(run)
    assert folder_state(tmp_path) == before


def test_the_zip_bomb_is_a_real_workbook_that_unpacks_to_what_it_says(tmp_path, english):
    import zipfile

    small = zip_bomb_workbook(tmp_path / "klein.xlsx", 40 * 1024**2)
    with zipfile.ZipFile(small) as archive:
        assert archive.testzip() is None  # every CRC right
        sheet = archive.getinfo("xl/worksheets/sheet1.xml")
        assert sheet.file_size > 400 * sheet.compress_size
    with pytest.raises(UnreadableFileError, match="times its size"):  # packed as only a bomb is
        tabular.read_sheet(small)


def sheet_workbook(path: Path, sheet_xml: bytes, *, extra_parts: int = 0) -> Path:
    """A minimal workbook around `sheet_xml`, every part compressed as a normal zip would."""
    import zipfile

    from openpyxl import Workbook

    template = io.BytesIO()
    Workbook().save(template)
    parts = []
    with zipfile.ZipFile(template) as source:
        for item in source.infolist():
            data = sheet_xml if item.filename == "xl/worksheets/sheet1.xml" else source.read(item.filename)
            compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
            parts.append((item.filename, compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)))
    empty = zlib.compressobj(6, zlib.DEFLATED, -15).flush()
    parts += [(f"customXml/item{number}.bin", empty, 0, 0) for number in range(extra_parts)]
    return write_zip(path, parts)


def sheet(rows: str, *, before: str = "") -> bytes:
    return (
        f'<?xml version="1.0"?>{before}<worksheet xmlns="{MAIN_NS}"><sheetData>{rows}</sheetData></worksheet>'.encode()
    )


HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>voornaam</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>achternaam</t></is></c></row>'
)


LONG_CELL = '<row r="2"><c t="inlineStr"><is><t>' + "x" * 40_000 + "</t></is></c></row>"
# Two cells far apart: the reader would hold the whole rectangle between them, 60,000 rows of 16,384 cells (31 GB).
FAR_CELL = '<row r="60000"><c r="XFD60000" t="n"><v>1</v></c></row>'


@pytest.mark.parametrize(
    "rows, before, extra_parts, fragment",
    [
        ("", "", 1500, "consists of 1,509 parts"),
        ('<row r="2">' + "<c/>" * 70_000 + "</row>", "", 0, "Line 2 of lijst.xlsx has more than 16,384 columns"),
        ('<row r="1048577"><c><v>1</v></c></row>', "", 0, "past line 1,048,576"),
        ("<row/>" * 1_100_000, "", 0, "past line 1,048,576"),
        (LONG_CELL, "", 0, "Line 2 of lijst.xlsx holds a value of more than 32,767 characters"),
        ("", '<!DOCTYPE x [<!ENTITY a "aaaa">]>', 0, "part xl/worksheets/sheet1.xml holds more, or other things"),
        ("<x/>" * 600_000, "", 0, "part xl/worksheets/sheet1.xml holds more, or other things"),
        (FAR_CELL, "", 0, "its cells reach as far as row 60,000 and column 16,384"),
        (FAR_CELL.replace('r="XFD60000" t="n"', 't="n" r="XFD60000"'), "", 0, "as far as row 60,000 and column 16,384"),
    ],
    ids=[
        "parts",
        "wide-row",
        "row-number",
        "many-rows",
        "long-text",
        "doctype",
        "loose-elements",
        "far-cell",
        "far-cell-reference-last",
    ],  # fmt: skip
)
def test_a_workbook_beyond_a_bound_is_refused_unopened(
    tmp_path, english, monkeypatch, rows, before, extra_parts, fragment
):
    import openpyxl

    path = sheet_workbook(tmp_path / "lijst.xlsx", sheet(HEADER_ROW + rows, before=before), extra_parts=extra_parts)
    opened = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *args, **kwargs: opened.append(args))
    with pytest.raises(UnreadableFileError) as caught:
        tabular.read_sheet(path)
    assert fragment in caught.value.message and "\n" not in caught.value.message
    assert opened == []


def test_a_workbook_within_the_bounds_is_read_as_before(tmp_path, english):
    import random

    from desktop.services import workbook_gate

    text = random.Random(7).choices("abcdefghijklmnopqrstuvwxyz ", k=32_000)
    rows = HEADER_ROW + "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Mila{n}</t></is></c>'
        f'<c r="B{n}" t="inlineStr"><is><t>{"".join(text)}</t></is></c></row>'
        for n in range(2, 40)
    )
    path = sheet_workbook(tmp_path / "goed.xlsx", sheet(rows), extra_parts=900)
    workbook_gate.check(path.read_bytes(), path.name)
    assert [r.cells[0] for r in tabular.read_sheet(path).rows][:3] == ["voornaam", "Mila2", "Mila3"]


LONG_NUMBER = "0" * 5_000 + "1"  # Python's int() refuses a number of more than 4,300 digits
FAR = "as far as row 60,000 and column 16,384"


@pytest.mark.parametrize(
    "rows, fragment",
    [
        (f'<row r="2" x="{LONG_NUMBER}"><c r="A2"><v>1</v></c></row>' + FAR_CELL, FAR),
        (f'<row r="{LONG_NUMBER}"><c><v>1</v></c></row>' + FAR_CELL, FAR),
        ('<row r="2"><c r="A2"><v>1</v></c></row><row r="3' + "9" * 5_000 + '"><c><v>1</v></c></row>', "past line"),
        # Not well-formed, which expat stops at and calamine reads past: bounded by the part's bytes.
        ('<row r="2" r="3"><c r="A2"><v>1</v></c></row>' + FAR_CELL, FAR),
        ('<row r="2"><c r="A2" t="inlineStr"><is><t>a & b</t></is></c></row>' + FAR_CELL, "as far as row 60,000"),
        ('<row><c r="A2" r="XFD70000"><v>1</v></c><c/><c/></row><row><x></row>', "row 70,002 and column 16,386"),
    ],
    ids=["long-number-in-a-row", "long-row-number", "long-row-number-past-the-end", "repeated-attribute", "ampersand",
         "damaged-without-numbers"],
)  # fmt: skip
def test_a_number_or_a_damage_in_a_sheet_does_not_let_it_past_the_bounds(rows, fragment, english):
    """Each of these sheets passed unmeasured before: a number longer than int() takes raised ValueError, and the
    damage expat stops at was taken for a part calamine would not read either. calamine read them, and a far cell
    asked for 31 GB."""
    from desktop.services import workbook_gate

    data = sheet_workbook_bytes(sheet(HEADER_ROW + rows))
    with pytest.raises(UnreadableFileError) as caught:
        workbook_gate.check(data, "lijst.xlsx")
    assert fragment in caught.value.message


LAST_CELL = '<c r="XFD1048576"><v>1</v></c>'


@pytest.mark.parametrize(
    "rows, fragment",
    [
        (f'<row r="2"><c r="A2"><v>1</v></c>{LAST_CELL}</row>', "as far as row 1,048,576 and column 16,384"),
        ('<row r="2"><c r="A2"><v>1</v></c><c s="0" r="XFD1048576"><v>1</v></c></row>', "as far as row 1,048,576"),
        ('<row r="2"><c r="A1048600"><v>1</v></c></row>', "past line 1,048,576"),
        ('<row r="100000"><c r="A100000"><v>1</v></c></row><row r="100001"><c r="Z999999"><v>1</v></c></row>',
         "as far as row 999,999 and column 26"),
    ],
    ids=["far-cell-in-row-2", "far-cell-reference-not-first", "cell-past-the-last-row", "as-many-digits-as-the-rows"],
)  # fmt: skip
def test_a_cell_is_placed_by_its_own_reference_whatever_its_row_says(rows, fragment, english):
    """calamine places a cell by its reference: a 5 KB workbook with a cell at XFD1048576 in row 2 passed the gate,
    which took the row's number, and calamine asked for 512 GB and ended the program."""
    from desktop.services import workbook_gate

    data = sheet_workbook_bytes(sheet(HEADER_ROW + rows))
    with pytest.raises(UnreadableFileError) as caught:
        workbook_gate.check(data, "lijst.xlsx")
    assert fragment in caught.value.message


def test_a_usual_sheet_with_many_rows_passes_on_byte_counts():
    """Rows of the same number of digits as the last one are looked at to find how far down the cells reach."""
    from desktop.services import workbook_gate

    data = sheet(learner_rows(12_000))
    assert workbook_gate.quick_counts(data, "row", workbook_gate.MAX_ROW_NUMBER) == exact_counts("sheet1.xml", data)


def opendocument_bytes(rows_repeated: int, columns_repeated: int) -> bytes:
    """An OpenDocument spreadsheet of one row repeated `rows_repeated` times, of a cell repeated `columns_repeated`
    times: a kilobyte, whatever the numbers."""
    import zipfile

    table, office = (
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}" '
        f'xmlns:table="{table}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Blad1"><table:table-row><table:table-cell '
        'office:value-type="string"><text:p>voornaam</text:p></table:table-cell></table:table-row>'
        f'<table:table-row table:number-rows-repeated="{rows_repeated}"><table:table-cell '
        f'table:number-columns-repeated="{columns_repeated}" office:value-type="string"><text:p>Mila</text:p>'
        "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
    )
    written = io.BytesIO()
    with zipfile.ZipFile(written, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return written.getvalue()


def test_a_spreadsheet_of_another_kind_named_xlsx_is_refused_unread(tmp_path, english):
    """calamine knows an OpenDocument spreadsheet or a binary workbook by its parts, whatever the file's name, and
    reads it as that, which the gate does not measure: this kilobyte asked for 3.7 GB (300,000 rows of 100 cells)."""
    import zipfile

    from desktop.services import workbook_gate

    with pytest.raises(UnreadableFileError) as caught:
        workbook_gate.check(opendocument_bytes(300_000, 100), "lijst.xlsx")
    assert (
        caught.value.message == "The file lijst.xlsx is not an Excel workbook; save it as .xlsx or CSV and try again."
    )
    path = tmp_path / "lijst.xlsx"
    path.write_bytes(opendocument_bytes(3, 2))  # a small one: the same sentence, from the importers too
    with pytest.raises(UnreadableFileError) as caught:
        tabular.read_sheet(path)
    assert "is not an Excel workbook" in caught.value.message
    binary = io.BytesIO(sheet_workbook_bytes(sheet(HEADER_ROW)))
    with zipfile.ZipFile(binary, "a") as archive:
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")  # where a binary workbook keeps its sheets' list
    with pytest.raises(UnreadableFileError) as caught:
        workbook_gate.check(binary.getvalue(), "lijst.xlsx")
    assert "is not an Excel workbook" in caught.value.message


def test_a_sheet_kept_elsewhere_than_excel_keeps_it_is_measured_as_a_sheet(tmp_path, english):
    """The workbook's relations may name any part its sheet, and calamine reads it there."""
    import zipfile

    from desktop.services import workbook_gate

    source = sheet_workbook(tmp_path / "bron.xlsx", sheet(HEADER_ROW + FAR_CELL))
    moved = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(moved, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item.filename).replace(b"worksheets/sheet1.xml", b"data/s.bin")
            copy.writestr("xl/data/s.bin" if item.filename == "xl/worksheets/sheet1.xml" else item.filename, data)
    with pytest.raises(UnreadableFileError) as caught:
        workbook_gate.check(moved.getvalue(), "lijst.xlsx")
    assert FAR in caught.value.message


@pytest.mark.parametrize(
    "rows",
    [
        '<row r="2" r="2"><c r="A2"><v>1</v></c><c><v>2</v></c></row>',
        '<row><c r="A2" t="inlineStr"><is><t>a & b</t></is></c></row><row><c/></row>',
        f'<row r="2" x="{LONG_NUMBER}"><c r="B2"><v>1</v></c></row>',
    ],
)
def test_a_damaged_or_odd_sheet_within_the_bounds_passes_the_gate(rows):
    """What calamine then makes of it is its own to say (it reads some of these, and calls others damaged)."""
    from desktop.services import workbook_gate

    workbook_gate.check(sheet_workbook_bytes(sheet(HEADER_ROW + rows)), "lijst.xlsx")


def sheet_workbook_bytes(sheet_xml: bytes) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        return sheet_workbook(Path(folder) / "lijst.xlsx", sheet_xml).read_bytes()


def exact_counts(part: str, data: bytes) -> tuple[int, int]:
    """The elements and loose elements expat's scan counts in one part (raising what it raises)."""
    from desktop.services import workbook_gate

    counter = workbook_gate._Counter("lijst.xlsx")
    counter.scan(part, lambda: io.BytesIO(data))
    return counter.elements, counter.loose


def learner_rows(count: int, *, prefix: str = "") -> str:
    return HEADER_ROW + "".join(
        f'<{prefix}row r="{n}" spans="1:3"><{prefix}c r="A{n}" t="inlineStr"><{prefix}is><{prefix}t>Mila{n}'
        f'</{prefix}t></{prefix}is></{prefix}c><{prefix}c r="B{n}" s="1"><{prefix}v>{n}.5</{prefix}v></{prefix}c>'
        f"</{prefix}row>"
        for n in range(2, count + 2)
    )


WIDE = "<c/>" * 70_000
SHARED = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{ns}" count="3" uniqueCount="3">{items}</sst>'
)
# Parts shaped to lead byte counting astray: each is refused by expat's scan, so counting must leave it to that.
TRICKS = {
    "nested-rows": sheet('<row r="2"><row r="3">' + WIDE + "</row></row>"),
    "comment": sheet('<row r="2"><!-- a note -->' + WIDE + "</row>"),
    "cdata": sheet('<row r="2"><c t="inlineStr"><is><t><![CDATA[' + "x" * 40_000 + "]]></t></is></c></row>"),
    "prefixed": sheet(f'<x:row xmlns:x="{MAIN_NS}" r="1048577"><x:c><x:v>1</x:v></x:c></x:row>'),
    "self-closing": sheet('<row r="2"/><row r="3">' + WIDE + "</row>"),
    "latin-1": sheet('<row r="2"><c t="inlineStr"><is><t>' + "é" * 40_000 + "</t></is></c></row>").replace(
        b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="ISO-8859-1"?>'
    ),
    "long-attribute": sheet('<row r="2"><c r="A2" s="' + "1" * 40_000 + '"/></row>'),
    "row-number": sheet('<row r="1048576"><c><v>1</v></c></row><row><c><v>2</v></c></row>'),
    "between-rows": sheet(learner_rows(5) + "<x/>" * 250_000 + learner_rows(5)),
    "long-text": sheet(LONG_CELL),
    "far-cell": sheet(HEADER_ROW + FAR_CELL),
}


@pytest.mark.parametrize("name", sorted(TRICKS))
def test_byte_counting_leaves_every_doubtful_sheet_to_expat(name):
    """What the quick count passes, expat's scan passes with the same counts; each of these it refuses."""
    from desktop.services import workbook_gate

    data = TRICKS[name]
    part = "xl/worksheets/sheet1.xml"
    assert workbook_gate.quick_counts(data, "row", workbook_gate.MAX_ROW_NUMBER) is None
    with pytest.raises(UnreadableFileError):
        exact_counts(part, data)


@pytest.mark.parametrize(
    "part, data",
    [
        ("xl/worksheets/sheet1.xml", sheet(learner_rows(3_000))),
        ("xl/worksheets/sheet1.xml", b"\xef\xbb\xbf" + sheet(learner_rows(50), before="\r\n  ")),
        ("xl/worksheets/sheet1.xml", sheet(learner_rows(40).replace("Mila", "x" * 16_000))),  # long texts
        ("xl/worksheets/sheet1.xml", sheet(learner_rows(40).replace("Mila", "Mila! Of Noor?"))),  # "!" and "?" in text
        ("xl/worksheets/sheet2.xml", sheet("<row/>" * 20)),  # expat's: a row that closes itself
        ("xl/worksheets/sheet3.xml", sheet(learner_rows(5, prefix="x:"))),  # expat's: prefixed names
        ("xl/sharedStrings.xml", SHARED.format(ns=MAIN_NS, items="<si><t>a</t></si><si><r><t>b</t></r></si>").encode()),
    ],
    ids=["export", "bom-and-space", "long-texts", "punctuation", "self-closing", "prefixed", "shared-strings"],
)
def test_byte_counting_counts_a_usual_part_as_expat_does(part, data):
    """A sheet as LeerWerk's export (or Excel) writes it passes on byte counts, with expat's own counts; a
    part the counts do not cover is left to expat."""
    from desktop.services import workbook_gate

    tag, most = workbook_gate._record_kind(part)
    quick = workbook_gate.quick_counts(data, tag, most)
    if part.endswith(("sheet2.xml", "sheet3.xml")):
        assert quick is None
    else:
        assert quick is not None
        assert quick == exact_counts(part, data)


# -- Text files: rows, cells and lines are counted while they are read -------------------------------------


@pytest.mark.parametrize(
    "lines, fragment",
    [
        (["voornaam;achternaam"] + ["Mila;Jansen"] * 110_001, "more than 110,000 rows"),
        (["voornaam;achternaam"] + [";".join(["a"] * 60)] * 40_000, "more than 2,000,000 cells"),
        (["voornaam;achternaam", ";".join(["a"] * 16_385)], "Line 2 of lijst.csv has more than 16,384 columns"),
        (["voornaam;achternaam", "Mila;" + "J" * 33_000], "Line 2 of lijst.csv holds a value of more than"),
        (["voornaam;achternaam", "Mila;Jansen"] + [""] * 1_048_576, "past line 1,048,576"),
    ],
    ids=["rows", "cells", "columns", "cell", "lines"],
)
def test_a_text_file_beyond_any_bound_is_refused_with_a_sentence(tmp_path, english, lines, fragment):
    path = tmp_path / "lijst.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError) as caught:
        tabular.read_sheet(path)
    assert fragment in caught.value.message and "\n" not in caught.value.message


def test_a_long_value_beside_numbers_and_dates_is_refused_too(english):
    """A workbook's row holds numbers and dates beside its text: the longest text still decides."""
    import datetime as dt

    budget = tabular._Budget("lijst.xlsx")
    budget.take(2, (5, 2.5, dt.date(2024, 9, 1), None, "x" * tabular.MAX_CELL_CHARS))
    with pytest.raises(UnreadableFileError) as caught:
        budget.take(3, (5, dt.date(2024, 9, 1), "x" * (tabular.MAX_CELL_CHARS + 1)))
    assert "Line 3 of lijst.xlsx holds a value of more than" in caught.value.message


@pytest.mark.skipif(not POSIX, reason="the memory of a process is measured and bounded through POSIX rlimits")
def test_the_largest_text_file_allowed_stays_within_memory(tmp_path):
    # 32 MB of tiny cells, one of them outside Latin-1 so Python holds the text at four bytes a character.
    path = tmp_path / "lijst.csv"
    line = ";".join(["a"] * 30) + "\n"
    path.write_text("voornaam;achternaam;soort😀\n" + line * (32 * 1024**2 // len(line) - 1), encoding="utf-8")
    db_path = make_database(tmp_path / "leerwerk.sqlite3")
    run = run_bounded("import", "learners", str(path), "--db", str(db_path), home=tmp_path / "home")
    assert run.returncode == 2 and "2.000.000 cellen" in one_sentence(run)
    assert_within_memory(run)


# -- Devices and pipes --------------------------------------------------------------------------------------


def special_file(tmp_path: Path, kind: str) -> Path:
    if kind == "fifo":
        path = tmp_path / "leerlingen.csv"
        os.mkfifo(path)
        return path
    return Path("/dev/zero")


SPECIAL_KINDS = pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
NEEDS_POSIX_FILES = pytest.mark.skipif(
    not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="named pipes and /dev/zero are POSIX"
)


@NEEDS_POSIX_FILES
@SPECIAL_KINDS
@pytest.mark.parametrize("command", ["import", "restore", "check"])
def test_a_device_or_pipe_is_refused_as_not_a_file(tmp_path, kind, command):
    special = special_file(tmp_path, kind)
    db_path = make_database(tmp_path / "leerwerk.sqlite3")
    before = folder_state(tmp_path)
    argv = {
        "import": ["import", "learners", str(special), "--db", str(db_path)],
        "restore": ["restore", str(special), "--db", str(db_path)],
        "check": ["check", "--db", str(special)],
    }[command]
    run = run_bounded(*argv, home=tmp_path / "home", timeout=60)
    assert run.returncode == 2
    assert one_sentence(run) == f"{special} is geen bestand maar een apparaat of een pipe; kies een bestand."
    assert_within_memory(run)
    assert folder_state(tmp_path) == before


@NEEDS_POSIX_FILES
@SPECIAL_KINDS
def test_a_scan_or_logo_from_a_device_or_pipe_is_refused_as_not_a_file(tmp_path, kind, main_window, qtbot):
    import threading

    from desktop.errors import ValidationError
    from desktop.services.base import MAX_BLOB_BYTES
    from desktop.services.scans import read_scan
    from desktop.views.reference.organisation_dialog import OrganisationDialog

    special = special_file(tmp_path, kind)
    dialog = OrganisationDialog(main_window.undo_stack, main_window)
    qtbot.addWidget(dialog)
    outcome = {}

    def attempt():
        try:
            read_scan(special, MAX_BLOB_BYTES)
        except ValidationError as error:
            outcome["scan"] = error.message
        outcome["logo"] = dialog.load_logo(special)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive() and kind == "fifo":  # blocked waiting for a writer: let it go, and fail
        os.close(os.open(special, os.O_WRONLY | os.O_NONBLOCK))
    assert not worker.is_alive()
    assert outcome["scan"] == f"{special.name} is geen bestand maar een apparaat of een pipe; kies een bestand."
    assert outcome["logo"] is False and "geen bestand" in dialog.ui.errorLabel.text()


# -- Mostly UTF-8 with a few broken bytes ---------------------------------------------------------------------


def test_mostly_utf8_with_broken_bytes_names_the_unreadable_lines(database, db_path, tmp_path, english):
    lines = [HEADER_NL.encode()] + [
        row(first=first, last=last).encode()
        for first, last in (("Zoë", "Çelik"), ("Anaïs", "Bakker"), ("Sem", "Visser"))
    ]
    lines.insert(2, row(first="Jo", last="Dubois").encode().replace(b"Jo", b"Jos\xe9"))  # pasted from Windows-1252
    lines.insert(4, row(first="Noa", last="Smit").encode().replace(b"Smit", b"Sm\xefit\xff"))
    path = tmp_path / "leerlingen.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    close_database()
    digest, rows = file_digest(db_path), dump(db_path)
    open_database(db_path)
    plan = learner_io.read_learners(path)
    unreadable = [(p.line, p.column) for p in plan.problems]
    assert unreadable == [(3, ""), (5, "")]
    assert all("not UTF-8 text" in p.reason for p in plan.problems)
    assert [r.values["first_name"] for r in plan.rows if r.valid] == ["Zoë", "Anaïs", "Sem"]  # not ZoÃ«
    assert learner_io.import_learners(path)[1] is None  # refused as a whole, unless told to skip those lines
    close_database()
    assert (file_digest(db_path), dump(db_path)) == (digest, rows)
    open_database(db_path)
    assert learner_io.import_learners(path, skip_invalid=True)[1].learners == 3


def test_the_unreadable_lines_are_said_on_the_command_line(db_path, tmp_path):
    path = tmp_path / "leerlingen.csv"
    text = "\r\n".join([HEADER_NL, row(first="Zoë"), row(first="Sem", last="Visser")]) + "\r\n"
    path.write_bytes(text.encode().replace(b"Sem", b"S\xe9m"))
    run = run_bounded("import", "learners", str(path), "--db", str(db_path), home=tmp_path / "home")
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        "regel 3: Deze regel bevat tekens die geen UTF-8-tekst zijn, anders dan de rest van het bestand, en kan niet"
        " worden gelezen; verbeter de regel, of sla het bestand opnieuw op als CSV UTF-8."
    ]


def test_an_unreadable_header_line_is_a_problem_of_the_file(database, tmp_path, english):
    path = tmp_path / "lijst.csv"
    path.write_bytes(
        "voornaam;achternaam;soort;opmerking\r\nZoë;Berg;bbl;\r\n".encode().replace(b"opmerking", b"opm\xe9rking")
    )
    plan = learner_io.read_learners(path)
    assert [(p.line, p.column) for p in plan.file_problems] == [(1, "")]
    assert "not UTF-8 text" in plan.file_problems[0].reason and not plan.importable()


def test_a_bom_marks_utf8_also_with_a_broken_line(tmp_path, english):
    path = tmp_path / "lijst.csv"
    path.write_bytes(b"\xef\xbb\xbfvoornaam;achternaam;soort\r\nZo\xc3\xab;Berg;bbl\r\nJos\xe9;Dubois;bbl\r\n")
    rows = tabular.read_sheet(path).rows
    assert [(r.line, r.unreadable) for r in rows] == [(1, False), (2, False), (3, True)]
    assert rows[1].cells[0] == "Zoë"


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Zoë;Çelik;Anaïs;Noël".encode("cp1252"), "Zoë;Çelik;Anaïs;Noël"),  # no UTF-8 sequence at all
        ("Zoë;Çelik;Ã©".encode("cp1252"), "Zoë;Çelik;Ã©"),  # one accidental pair among more single bytes
        ("Zoë;Çelik;Anaïs".encode() + b";No\xebl", "Zoë;Çelik;Anaïs;No\ufffdl"),
        ("Zoë".encode() + b";No\xebl", "Zoë;No\ufffdl"),  # a tie: read as UTF-8, the broken line is named
    ],
    ids=["windows-1252", "windows-1252-with-a-pair", "utf-8-with-one-broken-byte", "tie"],
)
def test_the_encoding_is_decided_by_evidence(tmp_path, data, expected):
    path = tmp_path / "lijst.csv"
    path.write_bytes(b"voornaam;achternaam;soort;x\r\n" + data + b"\r\n")
    assert ";".join(tabular.read_sheet(path).rows[1].cells) == expected


# -- A workbook with learners on more than one sheet ------------------------------------------------------------


def test_a_workbook_with_learners_on_several_sheets_says_which_it_read(database, tmp_path, english):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Lees mij"
    workbook.active.append(["Vul de tabbladen per cohort in."])
    for title, name in (("Cohort 2025", "Mila"), ("Cohort 2026", "Sem"), ("Oud", None), ("Cohort 2027", "Noa")):
        sheet_ = workbook.create_sheet(title)
        sheet_.append(["voornaam", "achternaam", "soort"] if name else ["opmerking"])
        sheet_.append([name or "-", "Jansen", "bbl"])
    workbook.save(tmp_path / "cohorten.xlsx")
    plan = learner_io.read_learners(tmp_path / "cohorten.xlsx")
    assert [r.learner["first_name"] for r in plan.rows] == ["Mila"]
    assert plan.notes == [
        'The learners were read from sheet "Cohort 2025"; sheets "Cohort 2026" and "Cohort 2027" also hold learners'
        " and were not read. Save each as a file of its own to import it."
    ]


def test_one_sheet_with_learners_gets_no_note(database, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["voornaam", "achternaam", "soort"])
    workbook.active.append(["Mila", "Jansen", "bbl"])
    workbook.create_sheet("Notities").append(["niets"])
    workbook.save(tmp_path / "een.xlsx")
    assert learner_io.read_learners(tmp_path / "een.xlsx").notes == []


def test_a_line_of_more_cells_than_a_row_may_hold_is_refused_before_it_is_made_into_cells(tmp_path):
    """One line of 200,000 cells: refused at the line, without `csv` making the whole row first (a 32 MB line took
    a gigabyte of memory to be refused)."""
    path = tmp_path / "breed.csv"
    path.write_text(HEADER_NL + "\n" + ";".join(["ab"] * 200_000) + "\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"^Regel 2 van breed\.csv heeft meer dan 16\.384 kolommen"):
        tabular.read_sheet(path)


def test_a_stray_zero_byte_is_named_by_its_line(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes((HEADER_NL + "\n" + row() + "\n").encode() + b"Zo\x00e;Bakker\n")
    with pytest.raises(UnreadableFileError, match=r"^Regel 3 van nul\.csv bevat een nulbyte"):
        tabular.read_sheet(path)


@pytest.mark.skipif(os.name != "posix", reason="a circle of links is made with symlink")
def test_links_that_lead_round_in_a_circle_are_not_called_missing(tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.symlink_to(second)
    second.symlink_to(first)
    with pytest.raises(UnreadableFileError, match="kringetje van koppelingen"):
        tabular.read_sheet(first)
