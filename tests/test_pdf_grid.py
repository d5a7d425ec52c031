"""The forms' grids are drawn straight on the canvas (desktop/pdf/grid.py) where a ReportLab Table drew
them: the same grid as a Table must give the same picture, and it splits between rows as a Table does.
Pictures of the page come from poppler's pdftoppm."""

from __future__ import annotations

import io
import subprocess

from PIL import Image, ImageChops
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import TableStyle

from desktop.pdf.base import FONT, FONT_BOLD, INK, Table, register_fonts
from desktop.pdf.grid import CellStyle, Grid, GridRow

FILL, GRID, TINT = colors.HexColor("#34495e"), colors.HexColor("#b8c2cc"), colors.HexColor("#f3f5f7")
WIDTHS = [50, 150, 40, 40, 40, 90]
ROWS = [
    ["Code", "Werkproces", "Onvol-\ndoende", "Vol-\ndoende", "Goed", "Opmerkingen"],
    ["B1-K1-W1", "Inventariseert de behoefte\naan zorg", "✓", "", "", ""],
    ["B1-K1-W2", "Stelt het zorgplan op", "Uitstekend, buiten\nde kolommen", "", "", "Zie toelichting"],
    ["Eindoordeel", "", "", "", "✓", ""],
]


def _grid() -> Grid:
    header = CellStyle(FONT_BOLD, 7.5, 9, colors.white, valign="BOTTOM")
    body = CellStyle(FONT, 8.5, 10.5, INK, top=4, bottom=4)
    tick = CellStyle(FONT_BOLD, 12, 12, INK, align="CENTER", top=4, bottom=4)
    spelled = CellStyle(FONT, 8.5, 10.5, INK, align="CENTER", top=4, bottom=4)
    bold = CellStyle(FONT_BOLD, 8.5, 10.5, INK, top=4, bottom=4)
    return Grid(
        WIDTHS,
        [
            GridRow(tuple(ROWS[0]), (header,) * 6, fill=FILL),
            GridRow(tuple(ROWS[1]), (body, body, tick, tick, tick, body)),
            GridRow(tuple(ROWS[2]), (body, body, spelled, spelled, spelled, body), spans=((2, 4),)),
            GridRow(tuple(ROWS[3]), (bold, bold, tick, tick, tick, body), spans=((0, 1),), fill=TINT,
                    rule_above=(1.2, INK)),
        ],
        rule=(0.4, GRID),
        header=1,
    )  # fmt: skip


def _table() -> Table:
    table = Table(ROWS, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7.5, 9),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("FONT", (0, 1), (-1, -1), FONT, 8.5, 10.5),
                ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 1), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("FONT", (2, 1), (4, -1), FONT_BOLD, 12, 12),
                ("ALIGN", (2, 1), (4, -1), "CENTER"),
                ("SPAN", (2, 2), (4, 2)),
                ("FONT", (2, 2), (4, 2), FONT, 8.5, 10.5),
                ("SPAN", (0, 3), (1, 3)),
                ("FONT", (0, 3), (1, 3), FONT_BOLD, 8.5, 10.5),
                ("BACKGROUND", (0, 3), (-1, 3), TINT),
                ("LINEABOVE", (0, 3), (-1, 3), 1.2, INK),
            ]
        )
    )
    return table


def _picture(flowable, tmp_path, name: str) -> Image.Image:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=FONT)
    _width, height = flowable.wrapOn(canvas, sum(WIDTHS), 500)
    flowable.drawOn(canvas, 60, 700 - height)
    canvas.save()
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(buffer.getvalue())
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(path), str(tmp_path / name)], check=True)
    return Image.open(tmp_path / f"{name}.png").convert("L")


def test_a_grid_draws_the_picture_the_table_it_replaces_drew(tmp_path):
    grid, table = _picture(_grid(), tmp_path, "grid"), _picture(_table(), tmp_path, "table")
    difference = ImageChops.difference(grid, table)
    assert difference.point(lambda level: 255 if level > 64 else 0).getbbox() is None  # anti-aliasing aside
    assert _grid().wrap(sum(WIDTHS), 500)[1] == _table().wrap(sum(WIDTHS), 500)[1]


def test_a_grid_splits_between_rows_under_its_header_as_a_table_does():
    grid, table = _grid(), _table()
    table.wrap(sum(WIDTHS), 500)
    for room in (10, 30, 45, 60, 80, 500):
        grid_parts, table_parts = grid.split(sum(WIDTHS), room), table.split(sum(WIDTHS), room)
        assert len(grid_parts) == len(table_parts), room
        for grid_part, table_part in zip(grid_parts, table_parts, strict=True):
            assert grid_part.wrap(sum(WIDTHS), 500)[1] == table_part.wrap(sum(WIDTHS), 500)[1], room
        if len(grid_parts) == 2:
            assert grid_parts[1].rows[0].cells == tuple(ROWS[0])  # the header again on the next page
