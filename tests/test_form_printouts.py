"""BPV forms printed in a batch: read set-wise, rendered and written whole, with progress and cancel."""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import datetime as dt
import logging
import os
import shutil
import subprocess

import pytest

from desktop.demo import generate_demo
from desktop.errors import NotFoundError
from desktop.services import form_batch, form_lists, form_printouts
from desktop.services.output import cannot_write
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database
from tests import pdf_form_samples as samples
from tests.helpers import ROOT

DAY = dt.date(2026, 3, 12)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("batch") / "demo.sqlite3"
    generate_demo(path, learners=12, seed=3)
    close_database()
    return path


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "formulieren"
    folder.mkdir()
    return folder


@pytest.fixture
def opened(demo):
    open_database(demo)
    yield [row.key for row in sorted(form_lists.form_rows(), key=lambda row: row.number)]
    close_database()


def _statements(work) -> list[str]:
    """The SQL statements `work` has the database run."""
    seen: list[str] = []
    connection = m.db.connection()
    connection.set_trace_callback(seen.append)
    try:
        work()
    finally:
        connection.set_trace_callback(None)
    return seen


def test_a_batch_reads_every_form_as_it_reads_one(opened, monkeypatch):
    monkeypatch.setattr(form_printouts, "CHUNK", 7)  # chunks, and rows shared between them
    keys = opened
    assert {kind for kind, _id in keys} == {"assignment", "assessment"} and len(keys) > 3 * 7
    batch = list(form_printouts.form_documents(keys, printed_on=DAY))
    alone = [form_printouts.form_document(kind, form_id, printed_on=DAY) for kind, form_id in keys]
    assert batch == alone
    assert [document.number for document in batch] == sorted(document.number for document in batch)
    assert all(document.particulars for document in batch)
    assert any(block.image for document in batch for block in document.signatures)


def test_the_queries_do_not_grow_with_the_number_of_forms(opened):
    keys = opened
    one_of_each = [next(key for key in keys if key[0] == kind) for kind in ("assignment", "assessment")]
    few = _statements(lambda: list(form_printouts.form_documents(one_of_each, printed_on=DAY)))
    every = _statements(lambda: list(form_printouts.form_documents(keys, printed_on=DAY)))
    assert len(keys) > 40
    assert len(every) == len(few) < 40


def test_an_unknown_form_in_a_batch_is_named(opened):
    with pytest.raises(NotFoundError) as caught:
        list(form_printouts.form_documents([opened[0], ("assessment", 999_999)]))
    assert "999999" in caught.value.message


# -- rendering and writing on worker processes ----------------------------------------------------------------


def _complete_pdfs(folder) -> list[str]:
    """The names in `folder`, after checking that each is a whole PDF (no temporary file, nothing cut off)."""
    names = sorted(path.name for path in folder.iterdir())
    for name in names:
        data = (folder / name).read_bytes()
        assert name.endswith(".pdf") and data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), name
    return names


def test_a_batch_on_a_worker_process_writes_every_form_with_progress(opened, out):
    keys = opened
    reported: list[tuple[int, int]] = []
    written = form_printouts.save_forms(keys, out, progress=lambda *step: reported.append(step), processes=1)
    assert [path.parent for path in written] == [out] * len(keys)
    assert sorted(path.name for path in written) == _complete_pdfs(out)
    numbers = [row.number for row in sorted(form_lists.form_rows(), key=lambda row: row.number)]
    assert [path.name.split(" ")[0] for path in written] == numbers  # in the order asked for
    done = [step[0] for step in reported]
    assert done == sorted(done) and reported[-1] == (len(keys), len(keys)) and len(reported) > 2
    text = subprocess.run(["pdftotext", str(written[-1]), "-"], capture_output=True, text=True, check=True).stdout
    assert numbers[-1] in text


def test_a_cancelled_batch_stops_soon_and_keeps_whole_files(opened, out):
    keys = opened
    reported: list[int] = []
    written = form_printouts.save_forms(
        keys, out, progress=lambda done, total: reported.append(done), cancelled=lambda: bool(reported),
        processes=1,
    )  # fmt: skip
    assert 0 < len(written) < len(keys) / 2
    assert sorted(path.name for path in written) == _complete_pdfs(out)


@contextlib.contextmanager
def _small_disk(folder, size: str):
    """`folder` on a tmpfs of `size`, so that a batch fills it for real."""
    if os.name == "nt" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small disk is mounted as a tmpfs, which needs root and mount")
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here: " + mounted.stderr.decode(errors="replace"))
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.parametrize("processes", [0, 1])
def test_a_full_disk_stops_the_batch_with_one_sentence_and_no_partial_file(opened, tmp_path, processes):
    with _small_disk(tmp_path / "klein", "300k") as folder:
        with pytest.raises(OSError) as caught:
            form_printouts.save_forms(opened, folder, processes=processes)
        names = _complete_pdfs(folder)
        assert 0 < len(names) < len(opened)
    assert caught.value.errno == 28
    assert cannot_write(folder, caught.value) == f"{folder} kan niet worden geschreven: de schijf is vol"
    # The whole forms saved before it stay, and are counted (they were not said).
    assert sorted(path.name for path in form_batch.written_before(caught.value)) == sorted(names)
    assert form_printouts.saved_before(caught.value) == (
        f". Er {'is' if len(names) == 1 else 'zijn'} {len(names)} "
        f"formulier{'' if len(names) == 1 else 'en'} eerder opgeslagen; "
        f"{'dat blijft' if len(names) == 1 else 'die blijven'} in de map."
    )


@pytest.mark.parametrize("processes", [0, 1])
def test_a_file_that_cannot_be_written_is_said_as_in_this_process(opened, out, processes):
    third = form_lists.form_rows([opened[2]])[0]
    blocked = out / form_printouts.file_name(third.number, third.name)
    blocked.mkdir()  # a folder where the third form's file should go
    with pytest.raises(IsADirectoryError) as caught:
        form_printouts.save_forms(opened, out, processes=processes)
    assert "kan niet worden geschreven" in cannot_write(out, caught.value)
    assert blocked.is_dir() and not any(path.name.endswith(".part") for path in out.iterdir())


def test_a_worker_logs_to_this_process(out, caplog):
    damaged = dataclasses.replace(samples.assessment("nl"), logo=b"\x89PNG\r\n\x1a\n not a picture")
    items = [(damaged, out / "kapot.pdf")] + [(samples.assignment("nl"), out / f"{n}.pdf") for n in range(9)]
    with caplog.at_level(logging.WARNING):
        written = form_batch.write_forms(items, len(items), processes=1)
    assert len(written) == len(items) == len(_complete_pdfs(out))
    from_worker = [record for record in caplog.records if record.process != os.getpid()]
    assert [record.getMessage() for record in from_worker] == ["Image not printed: UnidentifiedImageError"]


def test_a_small_batch_stays_in_this_process_and_a_large_one_uses_the_other_cores(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert form_batch.worker_processes(12) == form_batch.worker_processes(150) == 0
    assert form_batch.worker_processes(762) == 1
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert form_batch.worker_processes(762) == 0


@pytest.mark.parametrize("entry_point", ["desktop/__main__.py", "desktop/cli/windowed.py"])
def test_a_frozen_entry_point_lets_a_worker_start_before_anything_else(entry_point):
    """A frozen LeerWerk started as a worker process must become the worker, not run the command line:
    `multiprocessing.freeze_support()` comes before the entry point does anything."""
    tree = ast.parse((ROOT / entry_point).read_text(encoding="utf-8"))
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    names = [ast.unparse(call.func) for call in sorted(calls, key=lambda call: (call.lineno, call.col_offset))]
    assert "multiprocessing.freeze_support" in names
    first_other = next(name for name in names if name != "multiprocessing.freeze_support")
    assert names.index("multiprocessing.freeze_support") < names.index(first_other), names
