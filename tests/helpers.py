"""Small helpers shared by the tests."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import main
from desktop.storage.engine import engine_of

ROOT = Path(__file__).resolve().parent.parent  # the repository


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """Every row of every table, as text: equal dumps mean an unchanged database."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def table_dump(database) -> list[tuple]:
    """Every row of every user table through an open peewee database."""
    rows = []
    for table in _tables(database):
        rows += sorted(((table, *row) for row in database.execute_sql(f'SELECT * FROM "{table}"')), key=repr)
    return rows


def _tables(database) -> list[str]:
    return sorted(engine_of(database).tables(database))


def content_dump(database) -> list[tuple]:
    """`table_dump` as an undo must restore it: without the change history, which records the undo too, without
    when a row was last changed, which an undo sets to the moment of the undo (a second boundary crossed during a
    test would otherwise fail it), and without a record's version, which an undo counts up as any save does. The
    Learners tab's lines are compared as the next reading writes them: an undo takes the lines it touches away as
    any change does."""
    from desktop.services.learner_list import refresh

    refresh()
    rows = []
    for table in _tables(database):
        if table == "audit_log":
            continue
        cursor = database.execute_sql(f'SELECT * FROM "{table}"')
        stamp = [column[0] in ("updated_at", "version") for column in cursor.description]
        rows += sorted(
            ((table, *(None if skip else value for skip, value in zip(stamp, row, strict=True))) for row in cursor),
            key=repr,
        )
    return [row for row in rows if row[:2] != ("sqlite_sequence", "audit_log")]


def import_completions_one_by_one(plan) -> int:
    """The completions import as it wrote before its set-wise write: each completion through
    `EnrolmentService.create` (its checks, its certificate through `sync_certificate`, its audit entries), one
    after another in one transaction (an open enrolment it completes through `EnrolmentService.update`,
    first), a refusal named by its line. The reference the set-wise write is compared with, in the tests and
    in the benchmark."""
    from desktop.errors import ValidationError
    from desktop.services.base import transaction
    from desktop.services.completions import remember_courses
    from desktop.services.learner_io import Problem
    from desktop.services.training_enrolments import EnrolmentService

    service, line = EnrolmentService(), None
    try:
        with transaction():
            remember_courses(plan.new_mappings)
            for completion in plan.completions:  # an open enrolment completed first, as the set-wise write does
                if completion.enrolment_id is not None:
                    line = completion.line
                    values = {"status": "completed", "completed_on": completion.day}
                    service.update(
                        completion.enrolment_id, **values, **({"score": completion.score} if completion.score else {})
                    )
            for completion in plan.completions:
                if completion.enrolment_id is not None:
                    continue
                line = completion.line
                service.create(
                    training=completion.training_id,
                    staff=completion.staff_id,
                    learner=completion.learner_id,
                    status="completed",
                    enrolled_on=completion.day,
                    completed_on=completion.day,
                    score=completion.score,
                )
    except ValidationError as error:
        raise ValidationError(error.field, str(Problem(line, "", error.message))) from error
    return len(plan.completions)


# -- the command line, in this process or another ------------------------------------------------------


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def run_process(*argv, env=None, timeout=120):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=ROOT,
        timeout=timeout,
    )


class Holder:
    """Another process with the database open, as a running LeerWerk has it."""

    def __init__(self, path: Path):
        code = (
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(path)!r})\n"
            "c.execute('PRAGMA journal_mode=wal'); c.execute('SELECT count(*) FROM sqlite_master').fetchall()\n"
            "print('ready', flush=True); sys.stdin.read()\n"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout.readline().strip() == "ready"

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)

    def kill(self):
        self.process.kill()
        self.process.wait(timeout=30)


@contextlib.contextmanager
def read_only(folder: Path):
    """`folder` cannot be written inside the block: by its mode, or for root by a read-only bind mount."""
    if os.name == "nt":
        pytest.skip("a read-only folder on Windows is a matter of its ACL; this test sets POSIX modes or mounts")
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if shutil.which("mount") is None:
        pytest.skip("root ignores folder modes, and there is no mount command to make the folder read-only")
    bound = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if bound.returncode != 0:
        pytest.skip("root ignores folder modes, and may not mount here: " + bound.stderr.decode(errors="replace"))
    try:
        remounted = subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True)
        if remounted.returncode != 0:
            pytest.skip("the bind mount cannot be made read-only here")
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


class LeerWerkHolder:
    """Another LeerWerk process with the database open for writing: it holds the writer lock."""

    SCRIPT = (
        "import sys\n"
        "from desktop.storage.database import close_database, open_database\n"
        "open_database(sys.argv[1])\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
        "close_database()\n"
    )

    def __init__(self, path: Path):
        self.process = subprocess.Popen(
            [sys.executable, "-c", self.SCRIPT, str(path)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "ready", self.process.stderr.read()

    def close(self):
        if self.process.poll() is None:
            self.process.communicate("\n", timeout=30)


# -- the log -------------------------------------------------------------------------------------------


def everything_logged() -> bytes:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return b"".join(path.read_bytes() for path in sorted(paths.log_dir().iterdir()) if path.is_file())


def on_next_dialog(action, *, name: str | None = None, tries: int = 250) -> list[str]:
    """Run `action(dialog)` on the next modal dialog that shows (with objectName `name`, when given), as a
    person would act on it; returns the names of the dialogs acted on, so a test can check it came."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[str] = []

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (name is not None and dialog.objectName() != name):
            if left:
                QTimer.singleShot(20, lambda: attempt(left - 1))
            return
        seen.append(dialog.objectName())
        action(dialog)

    QTimer.singleShot(0, lambda: attempt(tries))
    return seen
