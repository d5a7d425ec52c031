"""One BPV form as paper or PDF: preview, print and save as PDF, alike from the forms tab and from the
form's own dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import LeerWerkError
from desktop.i18n import _
from desktop.views.kit.dialogs import run_dialog


class FormPrinting:
    """Preview, print and save one form; `on_refused` runs when the form could not be read (gone, or changed
    in a way that cannot be printed), after the reason was said."""

    def __init__(self, parent: QWidget, on_refused: Callable[[], None] = lambda: None):
        self.parent, self.on_refused = parent, on_refused

    def pdf(self, kind: str, form_id: int) -> bytes | None:
        from desktop.services import form_printouts  # loads when a form is first printed, not at start-up

        try:
            return form_printouts.form_pdf(kind, form_id)
        except LeerWerkError as error:
            QMessageBox.warning(self.parent, _("Form not printed"), error.message)
            self.on_refused()
            return None

    def preview(self, kind: str, form_id: int, number: str, name: str) -> None:
        data = self.pdf(kind, form_id)
        if data is None:
            return
        from desktop.views.kit.pdf_output import PdfPreviewDialog

        save = lambda: self.save(number, name, data)  # noqa: E731
        run_dialog(PdfPreviewDialog(self.parent, data, f"{number} {name}", save=save))

    def print(self, kind: str, form_id: int, number: str, name: str) -> None:
        data = self.pdf(kind, form_id)
        if data is not None:
            from desktop.views.kit.pdf_output import print_pdfs

            print_pdfs(self.parent, [data], f"{number} {name}")

    def save_pdf(self, kind: str, form_id: int, number: str, name: str) -> Path | None:
        data = self.pdf(kind, form_id)
        return self.save(number, name, data) if data is not None else None

    def save(self, number: str, name: str, data: bytes) -> Path | None:
        from desktop.services import form_printouts
        from desktop.views.kit.files import ask_path, open_file, write_file

        file_name = form_printouts.file_name(number, name).removesuffix(".pdf")
        path = ask_path(self.parent, _("Save form as PDF"), file_name, "PDF (*.pdf)")
        if path is None or not write_file(self.parent, path, data):
            return None
        open_file(path)
        return path


def send_to_school(parent: QWidget, keys: list[tuple[str, int]]) -> list[Path]:
    """Make the e-mail drafts of these signed forms to their bpv-begeleiders (one per person), record that
    they were handed to the school, and open each draft in the mail program; what was made, or [] when
    it was refused (and said why)."""
    from desktop.paths import drafts_dir
    from desktop.services import school_mail
    from desktop.services.connection import on_own_connection
    from desktop.views.kit.files import open_file, run_with_progress

    folder = drafts_dir()

    def work(progress, _cancelled) -> list[Path]:
        try:
            made = on_own_connection(lambda: school_mail.hand_to_school(keys, folder))
        except OSError as error:  # a full disk or a folder that cannot be written: the coordinator's to solve
            raise LeerWerkError(_("{folder}: {reason}").format(folder=folder, reason=error)) from error
        progress(1.0)
        return [path for _draft, path in made]

    title = _("Preparing the e-mail to the school…")
    written = run_with_progress(parent, title, work, failure_title=_("Not handed to the school"))
    for path in written or []:
        open_file(path)
    return written or []
