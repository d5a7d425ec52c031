"""The import dialog: a preview with the problems marked, import on a worker, cancel, and the export."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton, QTableView

from desktop.errors import LeerWerkError
from desktop.services import learner_io
from desktop.storage import models as m
from desktop.storage.models import db
from desktop.views.learners import import_dialog
from desktop.views.learners.import_dialog import ImportDialog, PreviewModel, export_learners_interactive, run_import
from tests.factories import HEADER_NL, row
from tests.helpers import table_dump

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def pool_drained():
    yield
    # A worker checkpoints after it reports; let it finish before the test's database is closed.
    assert QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the dialog would show, as (kind, text), instead of a modal window."""
    shown = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, kind=kind: shown.append((kind, text)))
    return shown


def learner_file(tmp_path, *rows, header=HEADER_NL):
    path = tmp_path / "leerlingen.csv"
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("utf-8-sig"))
    return path


def many(count: int) -> list[str]:
    names = ("".join(chr(97 + i // 26**k % 26) for k in range(3)) for i in range(count))
    return [row(first="Lotte", last=f"Jansen-{name}") for name in names]


def make_dialog(qtbot, path) -> ImportDialog:
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    return dialog


def import_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def wait_until_done(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)


def test_preview_marks_problem_rows_and_import_waits_for_a_choice(qtbot, database, tmp_path):
    path = learner_file(tmp_path, row(first="Mila", last="Jansen"), row(first="", last="Leeg"), row(crebo="12"))
    dialog = make_dialog(qtbot, path)
    table = dialog.findChild(QTableView, "import.table")
    assert dialog.objectName() == "import.dialog" and table is not None
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:7] == ["Line", "Problems", "What", "Changes", "Remarks", "voornaam", "tussenvoegsel"]
    assert [model.index(r, PreviewModel.LINE).data() for r in range(3)] == ["2", "3", "4"]
    assert model.index(1, PreviewModel.PROBLEMS).data() == "voornaam: Is required."
    assert model.index(0, PreviewModel.PROBLEMS).data(Qt.ItemDataRole.BackgroundRole) is None
    problem_cell = model.index(1, model.column_index("first_name")).data(Qt.ItemDataRole.BackgroundRole)
    other_cell = model.index(1, model.column_index("last_name")).data(Qt.ItemDataRole.BackgroundRole)
    assert problem_cell.color() == import_dialog.PROBLEM_CELL and other_cell.color() == import_dialog.PROBLEM_ROW
    assert model.index(1, model.column_index("first_name")).data(Qt.ItemDataRole.ToolTipRole) == "Is required."
    assert (
        model.index(2, PreviewModel.PROBLEMS).data(Qt.ItemDataRole.ForegroundRole).color() == import_dialog.PROBLEM_TEXT
    )
    assert "3 rows, of which 2 with problems" in dialog.ui.summaryLabel.text()
    assert not import_button(dialog).isEnabled()
    dialog.findChild(QCheckBox, "import.skipInvalid").setChecked(True)
    assert import_button(dialog).isEnabled()
    assert "those are skipped" in dialog.ui.summaryLabel.text()
    assert "adds 1 learner and 1 BPV period" in dialog.ui.summaryLabel.text()
    dialog.show_group(import_dialog.PROBLEM_ROWS)
    assert dialog.proxy.rowCount() == 2


def test_the_preview_shows_the_four_groups_and_imports_the_ticked_rows(qtbot, database, db_path, tmp_path, boxes):
    first = learner_file(
        tmp_path, row(first="Mila", last="Jansen"), row(first="Sem", last="Visser"), row(first="Noor", last="Bakker")
    )
    assert learner_io.import_learners(first)[1].learners == 3
    path = learner_file(
        tmp_path,
        row(first="Mila", last="Jansen", email="mila@voorbeeld.nl"),
        row(first="Sem", last="Visser", email="sem@voorbeeld.nl"),
        row(first="Daan", last="Peters"),
        row(first="Lotte", last="Smit"),
    )
    dialog = make_dialog(qtbot, path)
    model = dialog.model
    column = {key: model.column_index(key) for key in ("group", "changes")}
    assert [model.index(r, column["group"]).data() for r in range(4)] == ["Changed", "Changed", "New", "New"]
    assert model.index(0, column["changes"]).data() == "e-mail: – → mila@voorbeeld.nl"
    combo = dialog.ui.groupCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All rows (4)",
        "New (2)",
        "Changed (2)",
        "Unchanged (0)",
        "With problems (0)",
    ]
    dialog.show_group(learner_io.CHANGED)
    assert [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())] == ["2", "3"]
    checks = [dialog.proxy.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(2)]
    assert checks == [Qt.CheckState.Checked, Qt.CheckState.Checked]
    assert "It changes 2 learners and 0 BPV periods." in dialog.ui.summaryLabel.text()
    # Noor is in LeerWerk and not in this list: shown when asked
    missing = dialog.findChild(QCheckBox, "import.missing")
    assert missing.text() == "Show learners in LeerWerk who are &not in the file"
    assert dialog.ui.missingView.isHidden()
    missing.setChecked(True)
    assert not dialog.ui.missingView.isHidden()
    assert missing.text() == "Show the 1 learner in LeerWerk who is &not in the file"
    assert dialog.missing_model.index(0, 1).data() == "Noor Bakker"
    # untick Sem's change, and the new learners shown after the filter goes back to all rows
    assert dialog.proxy.setData(dialog.proxy.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "It changes 1 learner and 0 BPV periods." in dialog.ui.summaryLabel.text()
    dialog.show_group(learner_io.NEW)
    dialog.findChild(QPushButton, "tickNoneButton").click()
    assert model.chosen == {2}
    dialog.show_group(import_dialog.ALL_ROWS)
    assert "The import adds 0 learners and 0 BPV periods." in dialog.ui.summaryLabel.text()
    import_button(dialog).click()
    wait_until_done(qtbot, dialog)
    assert dialog.imported and boxes[-1][0] == "information"
    emails = {learner.first_name: learner.email for learner in m.Learner.select()}
    assert emails == {"Mila": "mila@voorbeeld.nl", "Sem": "", "Noor": ""}


def test_the_same_file_again_is_all_unchanged_and_cannot_be_imported(qtbot, database, tmp_path):
    path = learner_file(tmp_path, *[row(first=name) for name in ("Mila", "Sem", "Noor")])
    learner_io.import_learners(path)
    dialog = make_dialog(qtbot, path)
    assert "In the file: 0 new, 0 changed, 3 unchanged. Nothing to add or change." in dialog.ui.summaryLabel.text()
    assert not import_button(dialog).isEnabled()
    assert dialog.model.index(0, dialog.model.column_index("group")).data() == "Unchanged"
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) is None  # nothing to tick


def test_preview_model_is_a_proper_qt_model(qtbot, qtmodeltester, database, tmp_path):
    dialog = make_dialog(qtbot, learner_file(tmp_path, row(first="Mila"), row(first="")))
    qtmodeltester.check(dialog.model)
    dialog.ui.tableView.sortByColumn(PreviewModel.PROBLEMS, Qt.SortOrder.AscendingOrder)
    assert dialog.proxy.index(0, PreviewModel.LINE).data() == "3"  # problems first: empty cells sort last


def test_import_runs_on_a_worker_and_reports(qtbot, database, db_path, tmp_path, boxes):
    path = learner_file(tmp_path, row(first="Mila", last="Jansen"), row(first="Sem", last="Visser"))
    dialog = make_dialog(qtbot, path)
    size = db_path.stat().st_size
    assert import_button(dialog).isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(import_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.imported and dialog.import_result.learners == 2
    assert boxes == [("information", "\n".join(learner_io.describe(dialog.import_result)))]
    assert [x.first_name for x in m.Learner.select().order_by(m.Learner.id)] == ["Mila", "Sem"]
    assert QThreadPool.globalInstance().waitForDone(30_000)
    assert db_path.stat().st_size > size  # the worker checkpointed the WAL into the file after reporting


def test_the_worker_has_its_own_connection_with_foreign_keys_on(qtbot, database, tmp_path, boxes, monkeypatch):
    seen = {}
    real = learner_io.apply_import

    def spy(*args, **kwargs):
        seen["foreign_keys"] = db.execute_sql("PRAGMA foreign_keys").fetchone()[0]
        seen["thread"] = threading.get_ident()
        seen["connection"] = id(db.connection())
        return real(*args, **kwargs)

    monkeypatch.setattr(learner_io, "apply_import", spy)
    dialog = make_dialog(qtbot, learner_file(tmp_path, row(first="Mila")))
    dialog.start_import()
    wait_until_done(qtbot, dialog)
    assert seen["foreign_keys"] == 1
    assert seen["thread"] != threading.get_ident() and seen["connection"] != id(db.connection())


def test_cancel_rolls_back_and_the_dialog_stays_open(qtbot, database, tmp_path, boxes, monkeypatch):
    path = learner_file(tmp_path, *many(1400))
    dialog = make_dialog(qtbot, path)
    before = table_dump(db)
    gate = threading.Event()
    real_progress = import_dialog.ImportWorker.progress

    def held_progress(self, done, total):
        if done > 0:
            gate.wait(10)  # the worker waits here until the test has pressed Cancel
        real_progress(self, done, total)

    monkeypatch.setattr(import_dialog.ImportWorker, "progress", held_progress)
    dialog.start_import()
    with qtbot.waitSignal(dialog.worker.signals.progress, timeout=10_000):
        pass  # the first report: the worker has begun writing
    cancel = dialog.progress_dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    wait_until_done(qtbot, dialog)
    assert table_dump(db) == before
    assert dialog.ui.summaryLabel.text() == "The import was cancelled; nothing was imported."
    assert not dialog.imported and dialog.result() == 0
    assert import_button(dialog).isEnabled() and boxes == []


def test_a_failing_import_says_why_and_changes_nothing(qtbot, database, tmp_path, boxes, monkeypatch):
    def locked(*args, **kwargs):
        raise LeerWerkError("The database is in use by another program.")

    monkeypatch.setattr(learner_io, "apply_import", locked)
    dialog = make_dialog(qtbot, learner_file(tmp_path, row(first="Mila")))
    dialog.start_import()
    wait_until_done(qtbot, dialog)
    assert boxes == [("warning", "The database is in use by another program.")]
    assert not dialog.imported and m.Learner.select().count() == 0


def test_file_problems_are_shown_and_block_the_import(qtbot, database, tmp_path):
    path = learner_file(tmp_path, "Mila;a@b.nl", header="voornaam;e-mail")
    dialog = make_dialog(qtbot, path)
    text = dialog.ui.problemsLabel.text()
    assert text.splitlines() == [
        "This file cannot be imported:",
        'line 1, column "achternaam": This column is missing; it is required.',
        'line 1, column "soort": This column is missing; it is required, unless a column Leerweg says BBL or BOL.',
    ]
    assert not dialog.ui.problemsLabel.isHidden() and dialog.ui.skipInvalidCheck.isHidden()
    assert not import_button(dialog).isEnabled()


def test_run_import_chooses_a_file_and_reports_unreadable_ones(qtbot, database, tmp_path, boxes, monkeypatch):
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 kapot")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    assert run_import(None) is False
    assert boxes == [("warning", "The Excel file kapot.xlsx is damaged or is not an Excel workbook.")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert run_import(None) is False


def test_run_import_returns_true_when_learners_were_imported(qtbot, database, tmp_path, boxes, monkeypatch):
    path = learner_file(tmp_path, row(first="Mila"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def confirm(dialog):
        dialog.start_import()
        wait_until_done(qtbot, dialog)
        return int(dialog.imported)

    monkeypatch.setattr(ImportDialog, "exec", confirm)
    assert run_import(None) is True
    assert m.Learner.select().count() == 1
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: dialog.reject())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(learner_file(tmp_path, row())), ""))
    assert run_import(None) is False


def test_export_asks_where_and_adds_the_extension(qtbot, database, tmp_path, boxes, monkeypatch):
    learner_io.import_learners(learner_file(tmp_path, row(first="Mila")))
    chosen = {}

    def save_as(parent, title, suggestion, filters):
        chosen["suggestion"], chosen["filters"] = suggestion, filters
        return str(tmp_path / "lijst"), filters.split(";;")[1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert export_learners_interactive(None) == tmp_path / "lijst.csv"
    assert (tmp_path / "lijst.csv").read_bytes().startswith(b"\xef\xbb\xbfid;studentnummer;voornaam")
    assert chosen["suggestion"].endswith(".xlsx") and "*.csv" in chosen["filters"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "nergens" / "l.xlsx"), ""))
    assert export_learners_interactive(None) is None
    assert len(boxes) == 1 and "does not exist" in boxes[0][1]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert export_learners_interactive(None) is None
