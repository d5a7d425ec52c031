"""Making a demo database: a new file, the rows the builder made written into it in one transaction, and the
signatures sealed as signing in the app seals them.

The file is built under a temporary name beside the target (``<name>.demo-partial``) and takes the target's name only
when it is whole, so a demo killed halfway leaves no file that looks like a database; the next demo for that target
removes what a killed one left under the temporary name.

Speed matters (10,000 learners is over a million rows), so the builder makes rows as plain tuples in column
order with their ids, and they are written here with ``executemany`` in one transaction. peewee's
``insert_many`` builds SQL value by value and took about five times as long for the same rows.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import random
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from desktop import clock, files
from desktop.demo.builder import DemoBuilder
from desktop.demo.rows import Seeded
from desktop.errors import ValidationError
from desktop.i18n import _, format_number
from desktop.storage import lock as writer_lock
from desktop.storage import models as m
from desktop.storage.access import DiskFullError
from desktop.storage.backup import move_to_new_name
from desktop.storage.database import open_database
from desktop.storage.engine import engine_of
from desktop.storage.server import is_server_address

MAX_LEARNERS = 100_000
PEOPLE = ("learner", "staff", "school")  # a database holding any of these is not empty
ROWS_PER_BATCH = 5_000  # rows per executemany call; also how often progress is reported
GENERATE_SHARE = 0.5  # the part of the progress bar spent building rows (the rest is writing)
TEMPORARY_SUFFIX = ".demo-partial"

Progress = Callable[[float], object] | None


# -- Public entry point -------------------------------------------------------------------------------


def generate_demo(
    path: Path,
    learners: int = 60,
    seed: int = 1,
    progress: Progress = None,
    today: dt.date | None = None,
) -> dict[str, int]:
    """Create a new database at `path` filled with invented data; returns the row count per table.

    The file must not exist yet (LeerWerk never overwrites a file). The same `seed` and `today` give
    the same content. `progress(fraction)` is called now and then with a number from 0 to 1.
    """
    if is_server_address(path):
        return _generate_on_server(path, learners, seed, progress, today)
    path = Path(path)
    building = temporary_path(path)
    _remove_leftover(building)  # also when the demo is refused below: it is of no use to anyone
    _check_arguments(path, learners)
    today = today or clock.today()
    # Not bound to the shared model proxy: the app keeps working on its own database (and keeps its
    # lock) while a demo is built; everything here writes through `database` directly.
    database = open_database(building, bind=False)
    try:
        builder = DemoBuilder(random.Random(seed), today, learners, _read_seeded(database))
        builder.build(_scaled(progress, 0.0, GENERATE_SHARE))
        with database.atomic():
            _write_all(database, builder, _scaled(progress, GENERATE_SHARE, 1.0))
            _seal_signatures(database)
            _price_and_agree_plan(database, builder)
        counts = _count_rows(database)
        _fold_wal(database)
    except BaseException as error:
        database.release()
        _remove_database_files(building)
        if files.is_disk_full(error):  # said of the file asked for, not of LeerWerk's temporary name for it
            raise DiskFullError(files.disk_full(_("saving in {path}").format(path=path)), error) from error
        raise
    # The -wal is folded into the file and emptied, so the one file below is the whole database. No clean close is
    # noted for the temporary name: the first opening of the demo checks every page.
    database.release()
    try:
        move_to_new_name(building, path)
    except BaseException as error:
        _remove_database_files(building)
        if isinstance(error, FileExistsError):  # made by someone else while the demo was built
            raise _exists(path) from None
        raise
    if progress is not None:
        progress(1.0)
    return counts


def _generate_on_server(address: str, learners: int, seed: int, progress: Progress, today) -> dict[str, int]:
    """The demo into an empty LeerWerk database on a server (made on the spot when the server database is empty):
    written in one transaction, so that a demo that fails leaves the database as empty as it was."""
    _check_learners(learners)
    database = open_database(address, bind=False)
    try:
        if any(database.execute_sql(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0] for table in PEOPLE):
            raise ValidationError(
                "path",
                _("The database {address} already holds people; a demo goes only into an empty database.").format(
                    address=database.address
                ),
            )
        builder = DemoBuilder(random.Random(seed), today or clock.today(), learners, _read_seeded(database))
        builder.build(_scaled(progress, 0.0, GENERATE_SHARE))
        with database.atomic():
            _write_all(database, builder, _scaled(progress, GENERATE_SHARE, 1.0))
            engine_of(database).ids_written(database, [model._meta.table_name for model in builder.rows])
            _seal_signatures(database)
            _price_and_agree_plan(database, builder)
        counts = _count_rows(database)
    finally:
        database.release()
    if progress is not None:
        progress(1.0)
    return counts


def _seal_signatures(database: SqliteDatabase) -> None:
    """Give every standing signature the hash of the content it signed, as signing in the app does;
    voided ones keep a hash of some earlier content, as after a reopen."""
    from desktop.services.signed_content import content_hashes

    for kind in ("assignment", "assessment", "trajectory"):
        column = f"{kind}_id"
        sql = f"SELECT DISTINCT {column} FROM signature WHERE {column} IS NOT NULL AND voided_at IS NULL"
        ids = [row[0] for row in database.execute_sql(sql)]
        hashes = content_hashes(kind, ids, database)
        database.cursor().executemany(
            engine_of(database).parameters(
                f"UPDATE signature SET content_hash = ? WHERE {column} = ? AND voided_at IS NULL"
                " AND signed_at IS NOT NULL"
            ),
            [(digest, form_id) for form_id, digest in hashes.items()],
        )


def _price_and_agree_plan(database: SqliteDatabase, builder: DemoBuilder) -> None:
    """Prices for the trainings whose cost the catalogue left open, then this year's training plan as the works
    council agreed to it last autumn: read from the rows written, as agreeing in the app does."""
    from desktop.services.training_plan import plan_report, snapshot_content

    database.cursor().executemany(
        engine_of(database).parameters("UPDATE training SET cost = ? WHERE id = ? AND cost IS NULL"),
        [(cost, training) for training, cost in builder.training_costs.items()],
    )
    year = builder.today.year
    agreed = dt.date(year - 1, 11, 20)
    content = snapshot_content(plan_report(year, database), agreed, "Vergadering OR")
    database.execute_sql(
        "INSERT INTO training_plan_snapshot (created_at, year, agreed_on, notes, content) VALUES (?, ?, ?, ?, ?)",
        (dt.datetime.combine(agreed, dt.time(16, 0)), year, agreed, "Vergadering OR", content),
    )


def temporary_path(path: Path) -> Path:
    """Where the demo for `path` is built until it is whole; a name the next demo for `path` recognises."""
    return path.with_name(path.name + TEMPORARY_SUFFIX)


def _remove_leftover(building: Path) -> None:
    """Remove what a killed demo left at `building`, unless a demo that is still running is building it there."""
    if writer_lock.live_owner(building) is not None:
        raise ValidationError(
            "path",
            _("A demo database is being made at {path} by another LeerWerk; wait until it is done.").format(
                path=building
            ),
        )
    _remove_database_files(building)


def _exists(path: Path) -> ValidationError:
    return ValidationError(
        "path", _("The file {path} already exists; LeerWerk never overwrites it. Choose a new name.").format(path=path)
    )


def _check_arguments(path: Path, learners: int) -> None:
    if path.exists():
        raise _exists(path)
    if not path.parent.is_dir():
        raise ValidationError("path", _("The folder {folder} does not exist.").format(folder=path.parent))
    _check_learners(learners)


def _check_learners(learners: int) -> None:
    if isinstance(learners, bool) or not isinstance(learners, int) or not 0 <= learners <= MAX_LEARNERS:
        raise ValidationError(
            "learners",
            _("The number of learners must be a whole number from {low} to {high}.").format(
                low=format_number(0), high=format_number(MAX_LEARNERS)
            ),
        )


def _fold_wal(database) -> None:
    """Copy the -wal into the database file and empty it, or raise. Closing would try the same, but says nothing
    when it cannot: on a disk without room for the file to grow, the demo's rows would stay behind in the -wal
    under the temporary name, and the file moved into place be a database cut off."""
    busy, pages, copied = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy or pages != copied or pages > 0:
        # Nothing else has the temporary file: a checkpoint left undone is one the disk had no room for.
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(database.file_path))


def _remove_database_files(path: Path) -> None:
    # Only called for the temporary name, which is LeerWerk's own: a half-built demo is of no use to anyone.
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        candidate.unlink(missing_ok=True)
    writer_lock.lock_path(path).unlink(missing_ok=True)


def _scaled(progress: Progress, low: float, high: float) -> Callable[[float], None]:
    def report(fraction: float) -> None:
        if progress is not None:
            progress(low + (high - low) * min(max(fraction, 0.0), 1.0))

    return report


# -- Reading the seeded rows and writing the built ones ---------------------------------------------


def _read_seeded(database: SqliteDatabase) -> Seeded:
    organisation = database.execute_sql("SELECT id FROM organisation ORDER BY id LIMIT 1").fetchone()
    templates = database.execute_sql(
        "SELECT id, phase, role, position, title, applies_to_mio FROM phase_task_template"
        " WHERE active ORDER BY position, id"
    ).fetchall()
    questions = database.execute_sql(
        "SELECT id, kind, text FROM evaluation_question WHERE active ORDER BY position, id"
    ).fetchall()
    trainings = database.execute_sql("SELECT id, title, kind, dayparts, validity_months FROM training").fetchall()
    next_ids = tuple(
        database.execute_sql(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]
        for table in ("training", "training_module", "training_requirement")
    )
    statements = database.execute_sql(
        "SELECT id, capacity FROM climate_statement WHERE active ORDER BY position, id"
    ).fetchall()
    return Seeded(
        organisation[0], tuple(templates), tuple(questions), tuple(trainings), next_ids, tuple(map(tuple, statements))
    )


def _write_all(database: SqliteDatabase, builder: DemoBuilder, report: Callable[[float], None]) -> None:
    total = sum(len(rows) for rows in builder.rows.values()) or 1
    written = 0
    database.execute_sql(
        "UPDATE organisation SET name = ?, address = ?, postal_code = ?, city = ?, phone = ?, email = ?,"
        " sbb_id = ?, logo = ?, logo_mime = ?, created_at = ?, updated_at = ? WHERE id = ?",
        builder.organisation,
    )
    engine = engine_of(database)
    for model, rows in builder.rows.items():
        if not rows:
            continue
        columns = builder.columns[model]
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join(["?"] * len(columns))
        sql = engine.parameters(f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})')
        truths = engine.truth_columns(model._meta.table_name, columns)
        cursor = database.cursor()
        for start in range(0, len(rows), ROWS_PER_BATCH):
            batch = rows[start : start + ROWS_PER_BATCH]
            if truths:  # the builder writes SQLite's 0 and 1; a server's BOOLEAN takes truths
                batch = [
                    tuple(bool(v) if i in truths and v is not None else v for i, v in enumerate(row)) for row in batch
                ]
            cursor.executemany(sql, batch)
            written += len(batch)
            report(written / total)


def _count_rows(database: SqliteDatabase) -> dict[str, int]:
    counts = {}
    for model in m.ALL_MODELS:
        table = model._meta.table_name
        counts[table] = database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    return counts
