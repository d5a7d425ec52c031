"""Writing an exported file (a report, a week list, a calendar): whole or not at all, with one sentence when not.

A file is written beside its target under a temporary name and moved into place, so a failure (a full disk,
the file open in Excel) leaves any earlier file as it was and no half-written one.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desktop import files
from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.storage.files import write_atomically


def cannot_write(path: Path, error: OSError) -> str:
    # The error names the folder when that is missing, else the temporary file beside the target: the person
    # asked for the target, so that is the file to name.
    where = Path(error.filename) if error.filename else path
    if where.parent == path.parent:
        where = path
    if isinstance(error, PermissionError):
        return _("{path} cannot be written: it is open in another program, or the folder is read-only.").format(
            path=where
        )
    return _("{path} cannot be written: {reason}").format(path=where, reason=files.os_reason(error))


def suffix_problem(path, suffixes: Iterable[str]) -> str | None:
    """The sentence for a file to write whose name does not end in one of `suffixes`; None when it does."""
    target, allowed = Path(path), tuple(suffixes)
    if target.suffix.lower() in allowed:
        return None
    return _("Write to a file ending in {suffixes}; {name} does not.").format(
        suffixes=", ".join(allowed), name=target.name
    )


def check_target(path, suffixes: Iterable[str]) -> Path:
    """`path` as a file to write: one of `suffixes`, in a folder that exists, not a folder itself."""
    target = Path(path)
    if problem := suffix_problem(target, suffixes):
        raise ValidationError("out", problem)
    if target.is_dir():
        raise ValidationError("out", _("{path} is a folder; give the name of a file.").format(path=target))
    if not target.parent.is_dir():
        raise ValidationError("out", _("The folder {folder} does not exist.").format(folder=target.parent))
    return target


def save_file(path, data: bytes, suffixes: Iterable[str]) -> Path:
    """Check `path` and write `data` to it, whole or not at all; any refusal is a `ValidationError` on "out"."""
    target = check_target(path, suffixes)
    try:
        write_atomically(target, data)
    except OSError as error:
        raise ValidationError("out", cannot_write(target, error)) from None
    return target
