"""Showing and printing finished PDFs: a preview in Qt's PDF view, and printing through the system's
print dialog. The PDF is made by the renderer (no Qt there); Qt only draws its pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import LeerWerkError
from desktop.i18n import _, ngettext
from desktop.views.kit.dialogs import RememberedDialog, run_dialog
from desktop.views.kit.files import ask_path, write_file

PRINT_DPI = 300


def preview_pdf(
    parent: QWidget, make: Callable[[], bytes], *, title: str, not_printed: str, save_title: str,
    file_name: Callable[[], str],
) -> None:  # fmt: skip
    """Make a printout and show it with Print and Save as PDF; a refusal to make it is said under `not_printed`.
    `file_name` (the service's, with .pdf) is asked for only when the person saves."""
    try:
        data = make()
    except LeerWerkError as error:
        QMessageBox.warning(parent, not_printed, error.message)
        return

    def save():
        path = ask_path(parent, save_title, file_name().removesuffix(".pdf"), "PDF (*.pdf)")
        return path if path is not None and write_file(parent, path, data) else None

    run_dialog(PdfPreviewDialog(parent, data, title, save=save))


class LoadedPdf:
    """A QPdfDocument over bytes in memory (the buffer must live as long as the document)."""

    def __init__(self, data: bytes, parent=None):
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)
        self.document.load(self._buffer)

    @property
    def ok(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0


def print_pdfs(
    parent: QWidget, documents: Sequence[bytes], title: str, *, printer: QPrinter | None = None, ask: bool = True
) -> int:
    """Print each PDF through the system print dialog (asked once); returns the number of pages sent,
    0 when the person cancelled.

    Printed to a PDF file (Qt's own "print to file"), one document is that file as it is: its text and lines,
    not a picture of them. A printer gets each page as a picture (Qt cannot pass a PDF's drawing on to a
    printer), scaled to fit and made at no more than `PRINT_DPI`, which a laser printer shows sharp."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_("Print {title}").format(title=title))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
    loaded = [LoadedPdf(data) for data in documents]
    pages = sum(item.document.pageCount() for item in loaded if item.ok)
    if pages == 0:
        QMessageBox.warning(parent, _("Not printed"), _("There is nothing to print."))
        return 0
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName()
    if to_file and len(documents) == 1:
        from desktop.views.kit.files import write_file

        return pages if write_file(parent, Path(printer.outputFileName()), documents[0]) else 0
    progress = QProgressDialog(_("Printing…"), _("Cancel"), 0, pages, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(parent, _("Not printed"), _("The printer cannot be used. Check that it is on and ready."))
        return 0
    sent = 0
    try:
        for item in loaded:
            if not item.ok:
                continue
            for page in range(item.document.pageCount()):
                if progress.wasCanceled():
                    printer.abort()
                    return sent
                if sent:
                    printer.newPage()
                _draw_page(painter, printer, item.document, page)
                sent += 1
                progress.setValue(sent)
                QApplication.processEvents()
    finally:
        painter.end()
        progress.close()
    return sent


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    points = document.pagePointSize(page)
    scale = min(area.width() / max(points.width(), 1), area.height() / max(points.height(), 1))
    target = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
    # A picture at the printer's full resolution (600 or 1200 dpi) is tens of megabytes a page, and no sharper
    # on paper than one at PRINT_DPI; the painter stretches it over the page.
    sharpness = min(1.0, PRINT_DPI / max(printer.resolution(), 1))
    drawn = document.render(page, QSize(int(target.width() * sharpness), int(target.height() * sharpness)))
    # On white and without transparency: a transparent picture travels with a mask of the same size.
    image = QImage(drawn.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    onto = QPainter(image)
    onto.drawImage(0, 0, drawn)
    onto.end()
    painter.drawImage(target, image)


class PdfPreviewDialog(RememberedDialog):
    """The form as it will print, with Print and Save as PDF."""

    remembered_as = "pdf_preview"

    def __init__(self, parent: QWidget, data: bytes, title: str, save: Callable[[], object] | None = None):
        super().__init__(parent)
        self.setObjectName("forms.preview")
        self.setWindowTitle(_("Preview: {title}").format(title=title))
        self.data, self.title = data, title
        self.pdf = LoadedPdf(data, self)
        self.view = QPdfView(self)
        self.view.setObjectName("forms.previewView")
        self.view.setDocument(self.pdf.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(_("Preview of the form"))
        pages = self.pdf.document.pageCount()
        text = ngettext("{pages} page", "{pages} pages", pages).format(pages=pages)
        info = QLabel(text if pages else _("The PDF cannot be shown."), self)
        print_button = QPushButton(_("&Print…"), self)
        print_button.setObjectName("forms.previewPrint")
        print_button.clicked.connect(self.print_document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        if save is not None:
            save_button = QPushButton(_("Save as P&DF…"), self)
            save_button.setObjectName("forms.previewSave")
            save_button.clicked.connect(save)
            buttons.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        row = QHBoxLayout()
        row.addWidget(info)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        self._print_shortcut.activated.connect(self.print_document)
        self.resize(820, 960)
        self.restore_geometry()

    def print_document(self) -> None:
        print_pdfs(self, [self.data], self.title)
