"""What a rendered PDF shows, read back with poppler (pdftotext, pdfinfo, pdftoppm)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PIL import Image


def _write(pdf: bytes, folder: Path, name: str = "form.pdf") -> Path:
    path = folder / name
    path.write_bytes(pdf)
    return path


def text_of(pdf: bytes, folder: Path, *options: str) -> str:
    path = _write(pdf, folder)
    return subprocess.run(["pdftotext", *options, str(path), "-"], check=True, capture_output=True, text=True).stdout


def pages_of(pdf: bytes, folder: Path) -> int:
    path = _write(pdf, folder)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def words_of(pdf: bytes, folder: Path) -> list[tuple[str, float, float, float, float, int]]:
    """Every word with its box in points from the top left of its page, and the page (from 1):
    (word, x_min, y_min, x_max, y_max, page)."""
    html = text_of(pdf, folder, "-bbox")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    words = []
    for page, content in enumerate(html.split("<page ")[1:], start=1):
        words += [
            (word, float(a), float(b), float(c), float(d), page) for a, b, c, d, word in re.findall(pattern, content)
        ]
    return words


def one_line(text: str) -> str:
    return " ".join(text.split())


def _line_right_of(label: str, pdf: bytes, folder: Path) -> list[bool]:
    """For each `label` in the PDF: is there a drawn line to its right, on its baseline?"""
    _write(pdf, folder, "pages.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "72", str(folder / "pages.pdf"), str(folder / "page")], check=True)
    pictures = [Image.open(path).convert("L") for path in sorted(folder.glob("page-*.png"))]
    found = []
    for _word, _x_min, _y_min, x_max, y_max, page in (word for word in words_of(pdf, folder) if word[0] == label):
        picture = pictures[page - 1]
        start = int(x_max) + 45  # past the label, where a name, date or signature goes
        rows = range(int(y_max) - 3, int(y_max) + 4)
        dark = max(sum(1 for x in range(start, start + 120) if picture.getpixel((x, y)) < 200) for y in rows)
        found.append(dark > 110)  # one unbroken line, not letters
    return found
