"""Printing through the print dialog: printed to a PDF file, a form is that PDF itself (its text and lines, as
saved), not a picture of its pages; a printer gets pictures no finer than PRINT_DPI. Read back with poppler."""

from __future__ import annotations

import subprocess

from PySide6.QtPrintSupport import QPrinter

from desktop.pdf.forms import render_form
from desktop.views.kit.pdf_output import PRINT_DPI, print_pdfs
from tests import pdf_form_samples as samples
from tests.pdf_text import text_of


def pictures_in(path) -> list[list[str]]:
    """pdfimages' list: one row per picture (page, number, type, width, height, ..., x-ppi, y-ppi, ...)."""
    listing = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in listing.splitlines()[2:]]


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_a_form_printed_to_a_file_keeps_its_text_and_lines(qtbot, tmp_path):
    pdf = render_form(samples.assessment("nl", processes=12, signed=True, images=samples.signature_images(3)))
    target = tmp_path / "afgedrukt.pdf"
    assert print_pdfs(None, [pdf], "BF-2026-00042", printer=pdf_printer(target), ask=False) == 2
    assert target.read_bytes() == pdf  # the form itself: as small as saved, sharp at any size
    printed = text_of(target.read_bytes(), tmp_path)
    assert "Beoordeling per werkproces" in printed and "BF-2026-00042" in printed
    assert len(pictures_in(target)) == len(pictures_in(tmp_path / "form.pdf"))  # only the logo and signatures


def test_pages_sent_as_pictures_are_no_finer_than_the_print_resolution(qtbot, tmp_path):
    forms = [render_form(samples.assignment("nl")), render_form(samples.assignment("en"))]
    target = tmp_path / "stapel.pdf"
    printer = pdf_printer(target)
    assert printer.resolution() > PRINT_DPI
    assert print_pdfs(None, forms, "Stapel", printer=printer, ask=False) == 4
    pages = pictures_in(target)
    assert len(pages) == 4
    assert all(int(row[12]) <= PRINT_DPI + 1 for row in pages), pages  # x-ppi
    assert target.stat().st_size < 4 * 1024 * 1024
