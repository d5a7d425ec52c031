"""What an interrupted encryption change or restore leaves beside a database, finished or undone the next
time LeerWerk opens it.

A rewrite (`encryption`) of a file ``F`` writes ``F.rekeying``, links ``F.rekeyed-old`` to ``F`` and then
renames the copy over ``F``. Killed at any moment, ``F`` is whole (old or new); what is left is personal
data and goes: a ``.rekeyed-old`` that is still ``F`` itself (killed between the link and the rename) is only
unlinked, one that is the replaced contents is overwritten with zeros and removed, and a ``.rekeying`` (whole
or half written) is wiped, which undoes that one file's rewrite.

A restore (`recovery`) copies the backup to ``F.restoring`` and only then writes a plan (``F.restore-plan``,
the name the current file is set aside under, nothing personal), moves ``F`` and its ``-wal``, ``-shm`` and
``-journal`` aside and renames the copy to ``F``. Without a plan nothing was moved yet and the copy is wiped;
with one the restore is finished: the copy is whole, so it is set in place, and the database is the backup.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from desktop.i18n import _
from desktop.storage.backup import backup_folder, move_to_new_name

log = logging.getLogger(__name__)

REWRITE_SUFFIX = ".rekeying"
OLD_SUFFIX = ".rekeyed-old"
STAGING_SUFFIX = ".restoring"
PLAN_SUFFIX = ".restore-plan"
COMPANIONS = ("-wal", "-shm", "-journal")
WIPE_CHUNK = 1 << 20


def beside(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


def wipe(path: Path) -> None:
    """Overwrite `path` with zeros, to disk, and remove it; raises `OSError` when it cannot."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        zeros = bytes(WIPE_CHUNK)
        for start in range(0, size, WIPE_CHUNK):
            handle.write(zeros[: min(WIPE_CHUNK, size - start)])
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def _rewrite_leftovers(path: Path) -> list[Path]:
    target = beside(path, REWRITE_SUFFIX)
    return [beside(path, OLD_SUFFIX), target, *(beside(target, companion) for companion in COMPANIONS)]


def settle_rewrite(path: Path) -> bool:
    """Remove what an interrupted rewrite of `path` left, keeping `path` as it is; True when anything was
    there. Raises `OSError` when a leftover cannot be removed (it is then still there, and said by `check`)."""
    old, *written = _rewrite_leftovers(path)
    found = False
    if old.exists():
        found = True
        if _same_file(path, old):  # killed before the rename: `path` still is the old file, nothing to wipe
            old.unlink()
        elif not path.exists():  # only a hand could have removed it: the old contents are all there is
            move_to_new_name(old, path)
        else:
            wipe(old)
    for leftover in written:
        if leftover.exists():
            found = True
            wipe(leftover)
    return found


# -- a restore --------------------------------------------------------------------------------------------


def staging_path(db_path: Path) -> Path:
    return beside(db_path, STAGING_SUFFIX)


def plan_path(db_path: Path) -> Path:
    return beside(db_path, PLAN_SUFFIX)


def write_restore_plan(db_path: Path, aside: Path) -> None:
    """Note, to disk, where the current file of `db_path` goes: from here on the restore is finished, not undone."""
    data = json.dumps({"aside": aside.name}).encode("utf-8")
    descriptor = os.open(plan_path(db_path), os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _planned_aside(db_path: Path) -> Path | None:
    """The name in the plan, or None when the plan was cut off while it was written (nothing was moved then)."""
    try:
        name = json.loads(plan_path(db_path).read_bytes().decode("utf-8"))["aside"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(name, str) or not name or Path(name).name != name:
        return None
    return db_path.with_name(name)


def _staging_leftovers(db_path: Path) -> list[Path]:
    staging = staging_path(db_path)
    partial = beside(staging, ".partial")
    return [staging, partial, *(beside(name, companion) for name in (staging, partial) for companion in COMPANIONS)]


def _wipe_staging(db_path: Path) -> bool:
    found = settle_rewrite(staging_path(db_path))
    for leftover in _staging_leftovers(db_path):
        if leftover.exists():
            found = True
            wipe(leftover)
    return found


def _set_aside(db_path: Path, aside: Path) -> bool:
    """Move what is still at the database's names to the planned names; True when a file was there."""
    moved = False
    for companion in ("", *COMPANIONS):
        source, target = beside(db_path, companion), beside(aside, companion)
        if not source.exists():
            continue
        moved = True
        if target.exists() and _same_file(source, target):  # killed inside a move: both names are the file
            source.unlink()
        else:
            move_to_new_name(source, target)
    return moved or any(beside(aside, companion).exists() for companion in ("", *COMPANIONS))


def settle_restore(db_path: Path) -> str | None:
    """Finish or undo a restore into `db_path` that was interrupted; the sentence saying which, or None
    when there was none. Raises `OSError` when a file cannot be moved or removed (nothing is lost then:
    the plan stays, and the next opening goes on from there)."""
    plan, staging = plan_path(db_path), staging_path(db_path)
    aside = _planned_aside(db_path) if plan.exists() else None
    if aside is None:
        found = _wipe_staging(db_path) or plan.exists()
        plan.unlink(missing_ok=True)
        if not found:
            return None
        log.info("An interrupted restore had not touched the database; its copy was wiped")
        message = _("A restore into {path} was interrupted before the database was touched; the database is as it was.")
        return message.format(path=db_path)
    if staging.exists() and db_path.exists() and _same_file(staging, db_path):
        staging.unlink()  # killed inside the last move: the backup is in place already
    elif staging.exists():
        _set_aside(db_path, aside)
        move_to_new_name(staging, db_path)
    elif not db_path.exists():  # the copy is gone, by hand: the file set aside goes back rather than none at all
        _set_aside(aside, db_path)
        plan.unlink()
        return _("A restore into {path} was interrupted and has been undone; the database is as it was.").format(
            path=db_path
        )
    kept = aside.exists()
    plan.unlink()
    log.info("An interrupted restore was finished")
    if kept:
        return _(
            "A restore into {path} was interrupted; it has now been finished, and the previous file is kept as {aside}."
        ).format(path=db_path, aside=aside)
    return _("A restore into {path} was interrupted; it has now been finished.").format(path=db_path)


# -- everything at once -----------------------------------------------------------------------------------


def _rewritten_in(folder: Path) -> list[Path]:
    """The files in `folder` with leftovers of a rewrite beside them (also ones rotated away since)."""
    if not folder.is_dir():
        return []
    found = set()
    for suffix in (OLD_SUFFIX, REWRITE_SUFFIX, *(REWRITE_SUFFIX + companion for companion in COMPANIONS)):
        found.update(Path(str(path)[: -len(suffix)]) for path in folder.glob(f"*{suffix}"))
    return sorted(found)


def finish_interrupted(db_path: Path) -> list[str]:
    """Finish or undo every interrupted restore and rewrite of `db_path` and its backups; the sentences
    saying what was done. Call it only while no other LeerWerk has the database. What cannot be done
    here (a folder that cannot be written) is logged and stays, for `pending` to name."""
    db_path = Path(db_path)
    notes: list[str] = []
    try:
        note = settle_restore(db_path)
        if note:
            notes.append(note)
    except OSError as error:
        log.warning("An interrupted restore could not be finished: %s", type(error).__name__)
    wiped = 0
    for path in [db_path, *_rewritten_in(backup_folder(db_path))]:
        try:
            wiped += settle_rewrite(path)
        except OSError as error:
            log.warning("A leftover of an encryption change could not be wiped: %s", type(error).__name__)
    if wiped:
        log.info("Leftovers of %d interrupted rewrites wiped", wiped)
        message = _("An interrupted encryption change left copies beside {path} or its backups; they were wiped.")
        notes.append(message.format(path=db_path))
    return notes


def pending(db_path: Path) -> list[Path]:
    """The leftovers of interrupted work on `db_path` and its backups that are still there."""
    db_path = Path(db_path)
    names = [plan_path(db_path), *_staging_leftovers(db_path), *_rewrite_leftovers(staging_path(db_path))]
    for path in [db_path, *_rewritten_in(backup_folder(db_path))]:
        names += _rewrite_leftovers(path)
    return [name for name in dict.fromkeys(names) if name.exists()]
