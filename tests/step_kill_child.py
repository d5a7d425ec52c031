"""A LeerWerk process that kills itself at a chosen step of its work, for the interrupted-work tests.

``python tests/step_kill_child.py WORK DB STEP [BACKUP]``, with the repository root on PYTHONPATH.

A step is a call by which LeerWerk's Python code changes a file or forces it to the disk (`os.link`,
`os.replace`, `os.rename`, `os.unlink`, `os.fsync`). The process kills itself with SIGKILL just before
step STEP: no handler, no ``finally``, no clean-up, like a crash or a pulled plug for everything but the
disk cache. Killing before step 1, 2, ... n + 1 thus stops the work after each step in turn. STEP 0 lets
it finish and prints ``steps N``. STEP ``mid:SUFFIX`` kills it while SQLite is writing the file named
DB + SUFFIX (in the database's folder or the backup folder), once that file holds a few pages.

Only what runs after "ready" counts: the work itself, not the imports.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

OLD_PASSPHRASE = "oude wachtwoordzin van de proef"
NEW_PASSPHRASE = "nieuwe wachtwoordzin van de proef"
STEPPING = ("link", "replace", "rename", "unlink", "fsync")
MID_WRITE_BYTES = 8192


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def count_steps(kill_before: int) -> list[int]:
    """Wrap the stepping calls of `os`; returns the counter (one element) they raise."""
    counter = [0]
    for name in STEPPING:
        real = getattr(os, name)

        def stepping(*args, _real=real, **kwargs):
            counter[0] += 1
            if counter[0] == kill_before:
                die()
            return _real(*args, **kwargs)

        setattr(os, name, stepping)
    return counter


def kill_while_written(suffix: str, folders: list[Path]) -> None:
    """Kill this process from a thread once a file whose name ends in `suffix`, in one of `folders`,
    holds a few pages (SQLite writes them with the interpreter's lock released, so the thread runs meanwhile)."""

    def watch() -> None:
        while True:
            for folder in folders:
                try:
                    for entry in os.scandir(folder):
                        if entry.name.endswith(suffix) and entry.stat().st_size >= MID_WRITE_BYTES:
                            die()
                except OSError:
                    pass
            time.sleep(0.0005)

    threading.Thread(target=watch, daemon=True).start()


def main(work: str, db_path: Path, step: str, backup: Path | None) -> None:
    from desktop.storage import cipher
    from desktop.storage.backup import backup_folder
    from desktop.storage.encryption import change_encryption
    from desktop.storage.recovery import restore_backup

    if work in ("passphrase", "decrypt", "restore-encrypted"):
        cipher.remember(db_path, OLD_PASSPHRASE)
    actions = {
        "encrypt": lambda: change_encryption(db_path, NEW_PASSPHRASE),
        "passphrase": lambda: change_encryption(db_path, NEW_PASSPHRASE),
        "decrypt": lambda: change_encryption(db_path, None),
        "restore": lambda: restore_backup(backup, db_path),
        "restore-encrypted": lambda: restore_backup(backup, db_path, encrypt=True),
    }
    print("ready", flush=True)
    if step.startswith("mid:"):
        suffix = step.removeprefix("mid:")
        folders = [db_path.parent, backup_folder(db_path)]
        kill_while_written(suffix, folders)
        counter = [0]
    else:
        counter = count_steps(int(step))
    actions[work]()
    print(f"steps {counter[0]}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4]) if len(sys.argv) > 4 else None)
