"""An erase the database file still owes: whether one is owed, finishing it, and what to tell a person.

Kept apart from `erasure` so that the window can ask at every start without loading the erase itself.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop import files, paths
from desktop.errors import LeerWerkError
from desktop.i18n import _
from desktop.shell import command_line
from desktop.storage import models as m
from desktop.storage import wiping
from desktop.storage.engine import engine_of
from desktop.storage.wiping import NotWiped


def finishing_command(path: Path) -> str:
    """The command that finishes an owed wipe of the database `path`, quoted for this system's shells."""
    return command_line("leerwerk", "privacy", "wipe", "--db", os.path.abspath(path))


def not_wiped_message(reason: NotWiped, path: Path) -> str:
    """What a person must know when the file was not rewritten after an erase: why, and how to finish."""
    reasons = {
        NotWiped.DISK_FULL: _("the disk is full; rewriting needs as much free space as the database file takes"),
        NotWiped.IN_USE: _("another program is reading the database"),
        NotWiped.FAILED: _("the disk reported an error while the file was rewritten"),
    }
    return _(
        "The erase is done, but the database file {path} has not been rewritten yet ({reason}): what was erased "
        "may still be readable in it. Once that is solved, finish the wiping with: {command}"
    ).format(path=path, reason=reasons[reason], command=finishing_command(path))


def wipe_owed_message(path: Path) -> str:
    """What `check` and the window say while an earlier erase has not been wiped from the file."""
    return _(
        "An erase has not been wiped from the database file {path} yet: what was erased may still be readable "
        "in it. Finish the wiping with: {command}"
    ).format(path=path, command=finishing_command(path))


def wipe_owed() -> bool:
    """Whether the open database still owes the rewrite after an erase (a server's never does: no file)."""
    return not engine_of(m.db.obj).is_server and wiping.owed_since(m.db.obj) is not None


def finish_wipe() -> NotWiped | None:
    """Rewrite the open database's file now and remove the e-mail drafts to the school, which hold forms
    and names too (what ``leerwerk privacy wipe`` does); None when done.

    Raises a `LeerWerkError` naming the folder when a draft cannot be removed (open in a mail program)."""
    from desktop.services import school_drafts  # the e-mail package: not for every start that asks `wipe_owed`

    reason = wiping.wipe(m.db.obj)
    folder = paths.drafts_dir(create=False)
    try:
        school_drafts.remove_all(folder)
    except OSError as error:
        raise LeerWerkError(
            _(
                "The e-mail drafts in {folder} could not be removed ({reason}); close the mail program and wipe again."
            ).format(folder=folder, reason=files.os_reason(error))
        ) from error
    return reason
