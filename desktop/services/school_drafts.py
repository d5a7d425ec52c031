"""Clearing the e-mail drafts of 'Naar school' away: each holds personal data and a form's PDF, and is only
a hand-over to the coordinator's mail program, which keeps its own copy once it opened the draft.

Drafts go when a person they concern is erased (AVG), when the database is wiped, and once they are older
than `KEPT_DAYS` (at every start of the window). A draft belongs to the forms whose PDFs it carries: the
attachment is named after the form number (`form_printouts.file_name`).
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import paths

if TYPE_CHECKING:
    from desktop.services.privacy import PersonRef

log = logging.getLogger(__name__)

KEPT_DAYS = 7  # a week for the coordinator to send what was prepared; the mail program has it by then
DAY_SECONDS = 24 * 60 * 60


def _drafts(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [path for path in folder.glob("*.eml") if path.is_file()]


def _remove(paths_found: list[Path]) -> int:
    removed = 0
    for path in paths_found:
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            continue
        except OSError as error:  # open in the mail program on Windows: the next start tries again
            log.warning("A draft could not be removed: %s", error.strerror or type(error).__name__)
    return removed


def attachment_names(path: Path) -> list[str]:
    """The file names of the PDFs a draft carries (none for a file that is no e-mail)."""
    from email import policy  # only an erase reads a draft; every start of the window clears old ones away
    from email.parser import BytesParser

    try:
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    except OSError:
        return []
    return [part.get_filename() or "" for part in message.iter_attachments()]


def form_numbers_of(ref: PersonRef) -> set[str]:
    """The numbers of the forms whose PDFs name the person: a learner's own forms; the forms a staff member
    signed, or of the periods where they are praktijkopleider or werkbegeleider."""
    from desktop.services.privacy import collect  # only an erase needs it; the start of the window does not
    from desktop.storage import models as m

    rows = collect(ref)
    assessments = set(rows.ids(m.Assessment))
    assignments = set(rows.ids(m.PracticeAssignment))
    signatures = rows.ids(m.Signature)
    if signatures:
        sig = m.Signature
        for assessment, assignment in sig.select(sig.assessment, sig.assignment).where(sig.id.in_(signatures)).tuples():
            assessments.add(assessment)
            assignments.add(assignment)
    periods = [mention.id for mention in rows.mentions if mention.table == m.BpvPeriod._meta.table_name]
    numbers: set[str] = set()
    for model, ids in ((m.Assessment, assessments), (m.PracticeAssignment, assignments)):
        ids.discard(None)
        condition = model.id.in_(sorted(ids) or [0])
        if periods:
            condition |= model.period.in_(periods)
        numbers.update(number for (number,) in model.select(model.number).where(condition).tuples())
    return numbers


def _carries(names: list[str], numbers: set[str]) -> bool:
    return any(name.removesuffix(".pdf").partition(" ")[0] in numbers for name in names)


def remove_drafts_with(numbers: set[str], folder: Path | None = None) -> int:
    """Remove every draft that carries one of these forms; how many went."""
    folder = folder if folder is not None else paths.drafts_dir(create=False)
    if not numbers:
        return 0
    return _remove([path for path in _drafts(folder) if _carries(attachment_names(path), numbers)])


def remove_stale(folder: Path | None = None, *, now: float | None = None) -> int:
    """Remove drafts last written more than `KEPT_DAYS` days ago; how many went."""
    folder = folder if folder is not None else paths.drafts_dir(create=False)
    cutoff = (time.time() if now is None else now) - KEPT_DAYS * DAY_SECONDS
    stale = []
    for path in _drafts(folder):
        try:
            if path.stat().st_mtime < cutoff:
                stale.append(path)
        except OSError:
            continue
    return _remove(stale)


def remove_all(folder: Path | None = None) -> int:
    """Remove the drafts folder with everything in it (a wipe leaves no personal data in LeerWerk's files);
    how many drafts went. Raises OSError when a file in it cannot be removed."""
    folder = folder if folder is not None else paths.drafts_dir(create=False)
    count = len(_drafts(folder))
    if folder.is_dir():
        shutil.rmtree(folder)
    return count
