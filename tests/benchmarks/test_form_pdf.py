"""BPV form PDF benchmark: one two-page assessment form, a batch of 500 forms, and `leerwerk forms` on a demo.

Run on demand:  python -m pytest -m benchmark tests/benchmarks/test_form_pdf.py -s
Budget (issue "BPV forms"): a two-page assessment form with 20 werkprocessen and three signature images
renders in at most 10 ms (median, process start excluded: fonts registered and the first form drawn
before timing), and 500 forms in one batch keep memory flat. The batch uses varied forms (names with
different letters, 16 different signatures, 20 werkprocessen), so its time per form shows what the
renderer's caches of font subsets, pictures and wrapped lines give in practice; the single form is
the same form again and again, as a preview that is refreshed and then printed.

Budget (issue 22, "Forms in batch"): every form of the 150-learner demo saved by `leerwerk forms` at
least 10 times as fast per form as LibreOffice converts the same number of comparable two-page Word
forms to PDF, measured as A/B pairs in one run (when `soffice` and python-docx are here); without
them, at most 4 ms a form for the batch in-process (`form_printouts.save_forms`, wall clock).
"""

from __future__ import annotations

import dataclasses
import gc
import importlib.util
import io
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from desktop.pdf.form_data import SignatureBlock
from desktop.pdf.forms import render_form, render_forms
from tests import pdf_form_samples as samples

pytestmark = pytest.mark.benchmark

RUNS = 200
BUDGET_MS = 10.0
BATCH = 500
BATCH_ROUNDS = 3  # whole batches of the demo's forms, each way
IN_PROCESS_BUDGET_MS = 4.0
TIMES_LIBREOFFICE = 10.0
LIBREOFFICE_RUN = 200  # documents per soffice run
ROOT = Path(__file__).resolve().parents[2]
NAMES = (
    "Zoë Çelik", "Ayşe Yılmaz", "Dragan Đorđević", "Jan de Vries", "Anouk Jansen", "Łukasz Wiśniewski",
    "Sanne Bakker", "Mehmet Öztürk", "Eva van den Berg", "Noël Dubois", "Fatima El Amrani", "Lieke Smit",
)  # fmt: skip


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def _rss_kib() -> int | None:
    """Resident memory of this process in KiB, where the system tells (Linux)."""
    try:
        with open(f"/proc/{os.getpid()}/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError, AttributeError):
        return None


def _batch(count: int) -> list:
    """`count` assessment forms, each with its own number, learner and signers."""
    rng = random.Random(5)
    pictures = samples.signature_images(16, seed=2)
    base = samples.assessment("nl", processes=20, images=pictures[:3])
    documents = []
    for number in range(count):
        names = rng.sample(NAMES, 3)
        signatures = tuple(
            dataclasses.replace(block, name=name, image=rng.choice(pictures))
            for block, name in zip(base.signatures, names, strict=True)
        )
        particulars = tuple((label, names[0]) if index == 0 else (label, value) for index, (label, value) in
                            enumerate(base.particulars))  # fmt: skip
        documents.append(
            dataclasses.replace(
                base,
                number=f"BF-2026-{number:05d}",
                content_hash=f"{number:064x}",
                particulars=particulars,
                signatures=signatures,
            )
        )
    return documents


def test_two_page_assessment_with_20_werkprocessen_and_three_signatures():
    document = samples.assessment("nl", processes=20, images=samples.signature_images(3))
    assert all(isinstance(block, SignatureBlock) and block.image for block in document.signatures)
    pdf = render_form(document)  # fonts registered, caches filled: the process start is not timed
    assert _pages(pdf) == 2
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        render_form(document)
        times.append(time.perf_counter() - start)
    median = statistics.median(times) * 1000
    quartiles = statistics.quantiles(times, n=10)
    print(
        f"\nAssessment form, 2 pages, 20 werkprocessen, 3 signature images: median {median:.2f} ms over {RUNS} "
        f"renders (budget {BUDGET_MS:.0f} ms); fastest {min(times) * 1000:.2f} ms, 90th percentile "
        f"{quartiles[-1] * 1000:.2f} ms; {len(pdf) / 1024:.0f} KiB"
    )
    assert median <= BUDGET_MS


def test_500_forms_in_a_row_keep_memory_flat():
    documents = _batch(BATCH)
    gc.collect()

    # Time and resident memory, without tracing.
    rss: dict[int, int | None] = {}
    start = time.perf_counter()
    for done, pdf in enumerate(render_forms(documents), start=1):
        assert _pages(pdf) == 2
        if done in (100, BATCH):
            gc.collect()
            rss[done] = _rss_kib()
    per_form = (time.perf_counter() - start) / BATCH * 1000

    # Python's own allocations, traced: what is held after form 100 and after form 500, and the peak between.
    tracemalloc.start()
    held: dict[int, int] = {}
    peak = 0
    for done, _pdf in enumerate(render_forms(documents), start=1):
        if done == 100:
            gc.collect()
            held[done] = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
        elif done == BATCH:
            peak = tracemalloc.get_traced_memory()[1]
            gc.collect()
            held[done] = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()

    growth = held[BATCH] - held[100]
    rss_text = (
        f"resident memory {rss[100] / 1024:.1f} MiB after form 100, {rss[BATCH] / 1024:.1f} MiB after form {BATCH}"
        if rss[100] is not None
        else "resident memory not available here"
    )
    print(
        f"\n{BATCH} assessment forms in one batch: {per_form:.2f} ms a form on average; {rss_text}; traced Python "
        f"memory held {held[100] / 1024:.0f} KiB after form 100, {held[BATCH] / 1024:.0f} KiB after form {BATCH} "
        f"(growth {growth / 1024:.0f} KiB), peak between them {peak / 1024:.0f} KiB"
    )
    assert growth < 2 * 1024 * 1024  # the caches are bounded: flat, give or take a few entries
    assert peak - held[100] < 8 * 1024 * 1024  # one form at a time, not the batch
    if rss[100] is not None:
        assert rss[BATCH] - rss[100] < 20 * 1024


def test_a_demo_assessment_form_read_and_rendered(demo_10k_copy):
    """The same budget on a form of the 10,000-learner demo database: a signed assessment whose
    programme is given 20 werkprocessen, read from the database (timed apart) and rendered."""
    from desktop.services import signing
    from desktop.services.form_printouts import form_document
    from desktop.storage import models as m
    from desktop.storage.database import close_database, open_database

    open_database(demo_10k_copy)
    try:
        sql = """SELECT a.id FROM assessment a JOIN signature s ON s.assessment_id = a.id
                 WHERE s.voided_at IS NULL AND s.image IS NOT NULL GROUP BY a.id HAVING COUNT(*) >= 3 LIMIT 1"""
        form_id = m.db.execute_sql(sql).fetchone()[0]
        form = signing.get_form("assessment", form_id)
        programme = form.period.programme_id
        have = m.WorkProcess.select().where(m.WorkProcess.programme == programme).count()
        for extra in range(have, 20):
            wp = m.WorkProcess.create(
                programme=programme, code=f"B9-K9-W{extra}", title="Extra werkproces", position=99
            )
            m.AssessmentScore.create(assessment=form_id, work_process=wp.id, score="good")
        reads, renders = [], []
        for _ in range(RUNS):
            start = time.perf_counter()
            document = form_document("assessment", form_id)
            middle = time.perf_counter()
            pdf = render_form(document)
            renders.append(time.perf_counter() - middle)
            reads.append(middle - start)
    finally:
        close_database()
    assert len(document.scores) >= 20 and sum(1 for s in document.signatures if s.image) >= 3
    assert _pages(pdf) == 2
    render_median = statistics.median(renders[1:]) * 1000
    print(
        f"\nDemo assessment form {document.number}: reading median {statistics.median(reads) * 1000:.2f} ms, "
        f"rendering median {render_median:.2f} ms over {RUNS - 1} renders (budget {BUDGET_MS:.0f} ms)"
    )
    assert render_median <= BUDGET_MS


# -- the demo's forms in one batch, against LibreOffice ---------------------------------------------------


def _demo_keys(path: Path) -> list[tuple[str, int]]:
    from desktop.services.form_lists import form_rows
    from desktop.storage.database import close_database, open_database

    open_database(path)
    try:
        return [row.key for row in sorted(form_rows(), key=lambda row: row.number)]
    finally:
        close_database()


def _in_process_seconds(path: Path, keys: list[tuple[str, int]], folder: Path) -> float:
    """`save_forms` as the window's batch save calls it, with progress; the database opened before timing."""
    from desktop.services.form_printouts import save_forms
    from desktop.storage.database import close_database, open_database

    reported: list[int] = []
    folder.mkdir()
    open_database(path)
    try:
        start = time.perf_counter()
        written = save_forms(keys, folder, progress=lambda done, total: reported.append(done))
        elapsed = time.perf_counter() - start
    finally:
        close_database()
    assert len(written) == len(keys) == len(list(folder.glob("*.pdf")))
    assert reported and reported[-1] == len(keys)
    return elapsed


def _command_seconds(path: Path, folder: Path, env: dict) -> float:
    """`leerwerk forms` as a person types it: the whole program, start-up included."""
    command = [sys.executable, "-m", "desktop", "forms", "--out", str(folder), "--db", str(path)]
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def _environment(tmp_path: Path) -> dict:
    return {**os.environ, "LEERWERK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}


def test_the_demo_forms_in_one_batch(demo_150, tmp_path):
    keys = _demo_keys(demo_150)
    env = _environment(tmp_path)
    in_process, by_command = [], []
    for round_ in range(BATCH_ROUNDS):
        in_process.append(_in_process_seconds(demo_150, keys, tmp_path / f"in-process-{round_}"))
        by_command.append(_command_seconds(demo_150, tmp_path / f"command-{round_}", env))
    per_form = statistics.median(in_process) / len(keys) * 1000
    per_form_command = statistics.median(by_command) / len(keys) * 1000
    print(
        f"\n{len(keys)} demo forms ({os.cpu_count()} cores): in-process median {per_form:.2f} ms a form "
        f"(budget {IN_PROCESS_BUDGET_MS:.0f} ms), `leerwerk forms` median {per_form_command:.2f} ms a form, "
        f"start-up included, over {BATCH_ROUNDS} batches each"
    )
    assert per_form <= IN_PROCESS_BUDGET_MS


def _word_form(path: Path) -> None:
    """A Word version of the two-page assessment form: letterhead, particulars, 20 werkprocessen with a
    column per score, the judgement and three signature boxes with their pictures."""
    import docx
    from docx.shared import Mm, Pt

    form = samples.assessment("nl", processes=20, images=samples.signature_images(3))
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Mm(18)
    section.header.paragraphs[0].text = f"{form.organisation} · {' · '.join(form.organisation_lines)}"
    section.footer.paragraphs[0].text = f"Formulier {form.number} · Inhoud {form.content_hash[:12]}"
    document.styles["Normal"].font.name = "DejaVu Sans"
    document.styles["Normal"].font.size = Pt(9)
    document.add_heading(form.title, level=1)
    document.add_paragraph(f"Formulier {form.number}")
    particulars = document.add_table(rows=0, cols=2, style="Table Grid")
    for label, value in form.particulars:
        cells = particulars.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_heading("Beoordeling per werkproces", level=2)
    columns = ("Onvoldoende", "Voldoende", "Goed", "N.v.t.")
    scores = document.add_table(rows=1, cols=7, style="Table Grid")
    for cell, text in zip(scores.rows[0].cells, ("Code", "Werkproces", *columns, "Opmerkingen"), strict=True):
        cell.text = text
    for row in (*form.scores, *form.summary_scores):
        cells = scores.add_row().cells
        cells[0].text, cells[1].text, cells[6].text = row.code, row.title, row.remarks
        if row.score in columns:
            cells[2 + columns.index(row.score)].text = "✓"
    for label, text in form.sections:
        document.add_heading(label, level=2)
        document.add_paragraph(text)
    document.add_heading("Handtekeningen", level=2)
    boxes = document.add_table(rows=0, cols=2, style="Table Grid")
    for block in form.signatures:
        cells = boxes.add_row().cells
        cells[0].text = f"{block.role}\n{block.name}\n{block.signed_on or ''}"
        if block.image:
            cells[1].paragraphs[0].add_run().add_picture(io.BytesIO(block.image), width=Mm(40))
    document.save(str(path))


def _soffice(documents: list[Path], folder: Path, profile: Path, env: dict) -> float:
    """One headless soffice converting `documents` into `folder`: its seconds, start-up included."""
    command = [
        shutil.which("soffice"), f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", str(folder), *map(str, documents),
    ]  # fmt: skip
    start = time.perf_counter()
    finished = subprocess.run(command, check=True, env=env, capture_output=True, timeout=3600)
    elapsed = time.perf_counter() - start
    # soffice exits with 0 when documents could not be read; say which, instead of a bare count.
    errors = sorted({line for line in finished.stderr.decode(errors="replace").splitlines() if "Error" in line})
    converted = len({path.stem for path in folder.glob("*.pdf")} & {path.stem for path in documents})
    assert converted == len(documents), f"LibreOffice converted {converted} of {len(documents)} forms: {errors}"
    return elapsed


def _libreoffice_seconds(documents: list[Path], folder: Path, env: dict) -> float:
    """LibreOffice converting `documents` to PDF as one run would, its start-up counted once as ours is.

    One soffice converts at most a few hundred documents (7.4 stops after 246 and exits with 0), so the
    documents go in runs of LIBREOFFICE_RUN; each further run's start-up, measured in the same round as a
    run converting one document, is taken off again (with that document's conversion: in LibreOffice's
    favour)."""
    folder.mkdir()
    profile = folder.parent / f"{folder.name}-profile"
    runs = [documents[start : start + LIBREOFFICE_RUN] for start in range(0, len(documents), LIBREOFFICE_RUN)]
    elapsed = sum(_soffice(run, folder, profile, env) for run in runs)
    if len(runs) > 1:
        single = folder.parent / f"{folder.name}-single"
        single.mkdir()
        elapsed -= (len(runs) - 1) * _soffice(documents[:1], single, profile, env)
    return elapsed


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not on PATH")
@pytest.mark.skipif(importlib.util.find_spec("docx") is None, reason="python-docx is not installed")
def test_the_demo_forms_ten_times_as_fast_as_libreoffice(demo_150, tmp_path):
    keys = _demo_keys(demo_150)
    env = _environment(tmp_path)
    source = tmp_path / "word"
    source.mkdir()
    _word_form(source / "form.docx")
    documents = [source / "form.docx"]
    for number in range(1, len(keys)):  # as many forms as the demo has, each its own file
        documents.append(shutil.copyfile(documents[0], source / f"form-{number:05d}.docx"))
    ours, theirs = [], []
    for round_ in range(BATCH_ROUNDS):
        ours.append(_command_seconds(demo_150, tmp_path / f"leerwerk-{round_}", env))
        theirs.append(_libreoffice_seconds(documents, tmp_path / f"libreoffice-{round_}", env))
    ratios = [their / our for our, their in zip(ours, theirs, strict=True)]
    ratio = statistics.median(ratios)
    print(
        f"\n{len(keys)} forms: `leerwerk forms` median {statistics.median(ours) / len(keys) * 1000:.2f} ms a form, "
        f"LibreOffice median {statistics.median(theirs) / len(keys) * 1000:.2f} ms a form; LeerWerk "
        f"{ratio:.1f} times as fast (median of {BATCH_ROUNDS} pairs; budget {TIMES_LIBREOFFICE:.0f} times)"
    )
    assert ratio >= TIMES_LIBREOFFICE
