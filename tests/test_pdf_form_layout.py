"""A printed assessment form without rough edges, made from a real form with long texts: a heading never is
the last line of a page, the signature boxes stay together on one page with the end of the form's content
(never alone), a role in a box is never cut short, and "Eindoordeel" is printed once.

Each text length below puts the form's end somewhere else on the page, so together they meet every case:
the signatures heading at the foot of a page, the boxes split over two pages, the boxes alone on a page.
Read back per page with poppler, as a person reads the paper."""

from __future__ import annotations

import pytest

from desktop.services import form_printouts, forms, service_for, signing
from desktop.storage import models as m
from tests.pdf_form_samples import signature_images
from tests.pdf_text import words_of

SENTENCE = "Zoë overlegt tijdig met collega's en onderbouwt haar handelen; rapporteren blijft een punt. "
HEADINGS = ("Beoordeling per werkproces", "Handtekeningen", "Toelichting op het eindoordeel")


@pytest.fixture
def assessment(period):
    """A final assessment with 11 scored werkprocessen, each with a remark, for four signers: learner,
    praktijkopleider, werkbegeleider and bpv-begeleider."""
    supervisor = service_for(m.Staff).create(first_name="Esmée", last_name="Lemmens")
    service_for(m.BpvPeriod).update(period.id, work_supervisor=supervisor.id)
    for position in range(3, 11):
        service_for(m.WorkProcess).create(
            programme=period.programme_id,
            code=f"B1-K3-W{position}",
            title=f"Werkproces {position} met een titel die over twee regels loopt in de tabel",
            position=position,
        )
    processes = m.WorkProcess.select().where(m.WorkProcess.programme == period.programme_id)
    form = forms.save_assessment(None, {"period": period.id, "kind": "final"})
    scores = [(wp.id, "good", "Laat zien dat zij dit zelfstandig kan.") for wp in processes]
    forms.save_assessment(form.id, {"attitude_score": "good", "overall_score": "good"}, scores=scores)
    assert len(scores) == 11
    return form


def sign_all(form_id: int) -> int:
    rows = signing.signatures("assessment", form_id)
    for row, image in zip(rows, signature_images(len(rows)), strict=True):
        signing.sign_on_screen(row.id, row.signer_name or "Ondertekenaar", image)
    return len(rows)


def lines_per_page(pdf: bytes, folder) -> dict[int, list[tuple[float, str]]]:
    """Per page, the text lines of the body (letterhead and footer left out), top to bottom."""
    words = words_of(pdf, folder)
    footer = min(y0 for word, _x0, y0, _x1, _y1, _page in words if word == "Pagina") - 4
    # the form's title on page 1 is the first line under the letterhead (which names the form too, higher up)
    header = max(y0 for word, _x0, y0, _x1, _y1, page in words if word == "Beoordelingsformulier:" and page == 1)
    header -= 2
    lines: dict[int, dict[float, list[tuple[float, str]]]] = {}
    for word, x0, y0, _x1, _y1, page in words:
        if header <= y0 < footer:
            lines.setdefault(page, {}).setdefault(round(y0), []).append((x0, word))
    return {
        page: [(y, " ".join(word for _x, word in sorted(found))) for y, found in sorted(rows.items())]
        for page, rows in lines.items()
    }


@pytest.mark.parametrize("sentences", range(0, 40, 3))
def test_long_texts_never_leave_a_heading_or_the_signatures_alone(assessment, sentences, tmp_path):
    participants = ", ".join(f"Deelnemer {n} (praktijk)" for n in range(sentences))
    forms.save_assessment(assessment.id, {"overall_judgement": SENTENCE * sentences, "participants": participants})
    signers = sign_all(assessment.id)
    pdf = form_printouts.form_pdf("assessment", assessment.id)
    pages = lines_per_page(pdf, tmp_path)
    for page, lines in pages.items():
        last = lines[-1][1]
        assert not any(last.startswith(heading) for heading in HEADINGS), (page, last)
    [signature_page] = [page for page, lines in pages.items() if any(text == "Handtekeningen" for _y, text in lines)]
    text = [line for _y, line in pages[signature_page]]
    heading_at = text.index("Handtekeningen")
    assert heading_at > 0, "the signatures stand alone on their page"
    boxes = sum(line.count("Handtekening") - line.count("Handtekeningen") for line in text)
    assert boxes == signers == 4, ("every signature box on the page of its heading", text)
    everything = " ".join(line for lines in pages.values() for _y, line in lines)
    assert "Bpv-begeleider van school" in everything and "…" not in everything
    assert everything.split().count("Eindoordeel") == 1
