"""One praktijkopleider's week on paper and in Outlook: the week list as a PDF and the planned meetings as
an iCalendar file, each saved where the coordinator chooses and then opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.errors import LeerWerkError
from desktop.i18n import _


def choose_practice_trainer(parent: QWidget, preferred: int | None) -> tuple[int, str] | None:
    """The praktijkopleider chosen in the overview's filter, or else one asked for; None when there is none
    or the coordinator cancels."""
    from desktop.services.learners import staff_choices

    trainers = staff_choices("practice_trainer")
    for number, name in trainers:
        if number == preferred:
            return number, name
    if not trainers:
        QMessageBox.information(
            parent,
            _("No practice trainer"),
            _("No staff member has the role of practice trainer yet; give it to one in Reference data."),
        )
        return None
    names = [name for _number, name in trainers]
    # Two people of the same name are told apart by their record number.
    labels = [f"{name} ({number})" if names.count(name) > 1 else name for number, name in trainers]
    title = _("Choose a practice trainer")
    label, chosen = QInputDialog.getItem(parent, title, _("Practice trainer:"), labels, 0, False)
    if not chosen or label not in labels:
        return None
    return trainers[labels.index(label)]


def save_week_list(parent: QWidget, trainer: tuple[int, str]) -> Path | None:
    """This week's list of the praktijkopleider as a PDF: read here, drawn by the job helper, written whole."""
    from desktop.services.output import save_file
    from desktop.services.training_printouts import letterhead
    from desktop.services.week_list import WeekListRenderer, week_list
    from desktop.views.kit import files

    number, name = trainer
    path = files.ask_path(parent, _("Save week list"), _("Week list {name}").format(name=name), "PDF (*.pdf)")
    if path is None:
        return None
    try:
        data, heading = week_list(number), letterhead()
    except LeerWerkError as error:
        QMessageBox.warning(parent, _("Week list not saved"), error.message)
        return None
    pdf = files.run_with_progress(
        parent,
        _("Making the week list…"),
        lambda progress, cancelled: WeekListRenderer(heading, data, progress=progress, cancelled=cancelled).render(),
        failure_title=_("Week list not saved"),
    )
    if pdf is None:
        return None
    return _write(parent, _("Week list not saved"), lambda: save_file(path, pdf, (".pdf",)))


def save_calendar(parent: QWidget, trainer: tuple[int, str]) -> Path | None:
    """The praktijkopleider's planned meetings from today on, for Outlook: importing the file again moves
    and cancels the appointments it made before instead of doubling them."""
    from desktop.services.icalendar import save_meetings_calendar
    from desktop.views.kit import files

    number, name = trainer
    title = _("Save meetings for Outlook")
    path = files.ask_path(parent, title, _("BPV meetings {name}").format(name=name), _("iCalendar file (*.ics)"))
    if path is None:
        return None
    return _write(parent, _("Calendar not saved"), lambda: save_meetings_calendar(path, number))


def _write(parent: QWidget, failure_title: str, write) -> Path | None:
    from desktop.views.kit import files

    try:
        path = write()
    except LeerWerkError as error:
        QMessageBox.warning(parent, failure_title, error.message)
        return None
    files.open_file(path)
    return path
