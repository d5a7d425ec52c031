"""Check the one-folder program `pyinstaller build.spec` made: what it must hold, its size, and that it runs.

    python -m desktop.devtools bundle dist/LeerWerk

Runs the frozen program itself (not this source tree) on a fresh demo database in a temporary folder: --version,
demo, check (Dutch and English), --smoke offscreen, one BPV form to PDF with every font embedded (pdffonts), a report
to PDF, and an import of learners from a CSV as a school sends it. Prints one line per check and exits 1 when any fails.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop import __version__

BUDGET_MB = 180

# What the program reads at run time from its own folder (desktop.paths.bundle_root is _internal/ when frozen).
REQUIRED = (
    "locales/nl/LC_MESSAGES/leerwerk.mo",
    "locales/en/LC_MESSAGES/leerwerk.mo",
    "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/DejaVuSans-Bold.ttf",
    "resources/fonts/DejaVuSans-Oblique.ttf",
    "resources/icons/leerwerk.png",
    "resources/icons/leerwerk.ico",
    "resources/manual/nl/index.html",  # Help › Manual (F1), with its screenshots beside it
    "resources/manual/nl/images/assessment.png",
    "resources/manual/en/index.html",
    "resources/manual/en/images/assessment.png",
)
# Qt's own Dutch (the buttons of its standard dialogs), found wherever the Qt hook put it.
QT_DUTCH = "qtbase_nl.qm"
# The Rapportages window draws with QtCharts (QtCharts.pyd on Windows, QtCharts.abi3.so elsewhere), imported only
# when that window opens: a start or the smoke check would never notice it missing.
QT_CHARTS = "QtCharts.*"

CSV = (
    "voornaam;tussenvoegsel;achternaam;geboortedatum;e-mail;telefoon;soort;opleiding;crebo;niveau;leerweg;school;"
    "startdatum;einddatum;locatie\r\n"
    "Zoë;van der;Berg;14-3-2001;;;BBL;Verzorgende-IG;25491;3;;ROC Fictief Zuid;1-9-2026;30-6-2027;De Linde\r\n"
    "Daan;;Öztürk;2-11-1999;;;BOL;Maatschappelijke Zorg;25476;4;;ROC Fictief Zuid;1-9-2026;30-6-2027;De Linde\r\n"
)


def contents(bundle: Path) -> Path:
    """Where PyInstaller 6 puts everything but the programs themselves."""
    return bundle / "_internal" if (bundle / "_internal").is_dir() else bundle


def programs(bundle: Path) -> tuple[Path, Path]:
    """The command-line program and the window program."""
    if (bundle / "leerwerk.com").exists() or sys.platform == "win32":
        return bundle / "leerwerk.com", bundle / "LeerWerk.exe"
    return bundle / "leerwerk", bundle / "LeerWerk"


def size_mb(bundle: Path) -> float:
    """Unpacked size in MB (10^6 bytes), each file once; links count as links."""
    return sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() or p.is_symlink()) / 1e6


def missing(bundle: Path) -> list[str]:
    """What the bundle lacks of what the program needs; empty when complete."""
    root = contents(bundle)
    lacking = [name for name in REQUIRED if not (root / name).is_file()]
    if not any(root.rglob(QT_DUTCH)):
        lacking.append(QT_DUTCH)
    if not any(root.glob(f"PySide6/{QT_CHARTS}")):
        lacking.append(f"PySide6/{QT_CHARTS}")
    lacking += [program.name for program in programs(bundle) if not program.is_file()]
    return lacking


def _run(argv: list, env: dict, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in argv], env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=timeout, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def _expected_check_line(language: str) -> str:
    from desktop.i18n import Translator

    return Translator(language)._("{path}: healthy, schema version {version}.").split("{path}")[1].split("{")[0]


def run_checks(bundle: Path, work: Path) -> list[tuple[str, bool, str]]:
    """Each check of the frozen program: (what, passed, detail)."""
    console, window = programs(bundle)
    env = {**os.environ, "LEERWERK_HOME": str(work / "home"), "LEERWERK_LANG": "nl", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LEERWERK_DB", None)
    (work / "home").mkdir(exist_ok=True)
    database = work / "demo.sqlite3"
    results: list[tuple[str, bool, str]] = []

    def check(what: str, passed: bool, detail: str = "") -> bool:
        results.append((what, bool(passed), detail.strip()[-400:]))
        return passed

    done = _run([console, "--version"], env)
    check("--version", done.returncode == 0 and __version__ in done.stdout, done.stdout + done.stderr)
    done = _run([console, "--help"], env)
    check("--help in het Nederlands", done.returncode == 0 and "gebruik:" in done.stdout, done.stdout + done.stderr)
    done = _run([console, "demo", database], env, timeout=600)
    if not check("demo", done.returncode == 0 and database.is_file(), done.stdout + done.stderr):
        return results
    done = _run([console, "check", "--db", database], env)
    check("check (nl)", done.returncode == 0 and _expected_check_line("nl") in done.stdout, done.stdout + done.stderr)
    done = _run([console, "check", "--db", database], {**env, "LEERWERK_LANG": "en"})
    check("check (en)", done.returncode == 0 and _expected_check_line("en") in done.stdout, done.stdout + done.stderr)
    done = _run([window, "--smoke", "--db", database], env)
    check("--smoke", done.returncode == 0, done.stdout + done.stderr)

    with sqlite3.connect(database) as connection:
        number = connection.execute("SELECT number FROM assessment ORDER BY number LIMIT 1").fetchone()[0]
        learners_before = connection.execute("SELECT COUNT(*) FROM learner").fetchone()[0]
    pdf = work / "formulier.pdf"
    done = _run([console, "form", number, "--out", pdf, "--db", database], env)
    if check("form … --out", done.returncode == 0 and pdf.is_file(), done.stdout + done.stderr):
        fonts = _run(["pdffonts", pdf], env)
        rows = fonts.stdout.splitlines()[2:]
        embedded = [row for row in rows if row.split()[-5:-4] == ["yes"]]
        check("fonts embedded (pdffonts)", rows and len(embedded) == len(rows), fonts.stdout + fonts.stderr)

    report = work / "uitval.pdf"
    done = _run([console, "report", "dropout", "--out", report, "--db", database], env)
    made = report.is_file() and report.read_bytes().startswith(b"%PDF")
    check("report dropout --out (chart drawn with ReportLab)", done.returncode == 0 and made, done.stdout + done.stderr)

    csv = work / "leerlingen.csv"
    csv.write_bytes(CSV.encode("cp1252"))
    done = _run([console, "import", "learners", csv, "--db", database], env)
    with sqlite3.connect(database) as connection:
        learners_after = connection.execute("SELECT COUNT(*) FROM learner").fetchone()[0]
    check(
        "import learners (CSV)",
        done.returncode == 0 and learners_after == learners_before + 2,
        done.stdout + done.stderr,
    )
    return results


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m desktop.devtools bundle dist/LeerWerk", file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    failed = False
    lacking = missing(bundle)
    print(
        f"{'ok  ' if not lacking else 'FAIL'} contents: "
        f"{', '.join(lacking) or 'catalogues, fonts, icons, qtbase_nl, QtCharts'}"
    )
    size = size_mb(bundle)
    print(f"{'ok  ' if size <= BUDGET_MB else 'FAIL'} size: {size:.0f} MB unpacked (budget {BUDGET_MB} MB)")
    failed = bool(lacking) or size > BUDGET_MB
    if not lacking:
        with tempfile.TemporaryDirectory(prefix="leerwerk-bundle-") as folder:
            for what, passed, detail in run_checks(bundle, Path(folder)):
                print(f"{'ok  ' if passed else 'FAIL'} {what}" + ("" if passed else f"\n{detail}"))
                failed = failed or not passed
    return 1 if failed else 0
