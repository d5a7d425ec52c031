"""BPV forms on paper: what the school's supervisor reads, in the form's language, with fonts that travel.

Text is read back with poppler's pdftotext, as a person would read the page; pictures of the page
(pdftoppm) tell whether the lines to sign on are there. Needs poppler-utils, as the CLI form tests do.
"""

from __future__ import annotations

import dataclasses
import io
import re
import struct
import subprocess
import zlib
from types import SimpleNamespace

import pytest
from PIL import Image

from desktop import i18n
from desktop.pdf import RenderCancelledError
from desktop.pdf.base import Letterhead
from desktop.pdf.form_data import ScoreRow, SignatureBlock
from desktop.pdf.forms import render_form, render_forms
from desktop.pdf.trainings import MatrixLine, MatrixRenderer, MatrixSheet
from tests import pdf_form_samples as samples
from tests.pdf_text import _line_right_of, _write, one_line, pages_of, text_of, words_of

SHORT_HASH = samples.HASH[:12]


@pytest.fixture(scope="module")
def images() -> list[bytes]:
    return samples.signature_images()


def test_a_dutch_assessment_reads_in_dutch_with_every_name_and_a_footer_on_each_page(tmp_path, images):
    pdf = render_form(samples.assessment("nl", images=images))
    assert pages_of(pdf, tmp_path) == 2  # 20 werkprocessen, three signatures
    pages = text_of(pdf, tmp_path).split("\f")
    for number, page in enumerate(pages[:2], start=1):
        assert f"Pagina {number} van 2" in page
        assert "Formulier BF-2026-00042" in page and re.search(r"Inhoud ([0-9a-f]+)", page).group(1) == SHORT_HASH
        assert "Afgedrukt op 12 maart 2026" in page
        assert "SBB-erkenningsnummer 100234567" in page and "Zorggroep Ëlst & Co" in page
    text = one_line(" ".join(pages))
    assert samples.HASH not in text  # the start of the hash, not all 64 characters
    for name in ("Zoë Çelik", "Ayşe Yılmaz", "Dragan Đorđević"):
        assert name in text
    assert "Verzorgende-IG (crebo 25491), niveau 3, BBL" in text
    for label in ("Onvoldoende", "Voldoende", "Goed", "N.v.t.", "Opmerkingen", "Werkproces", "Beroepshouding"):
        assert label in text
    assert "Handtekeningen" in text and "Ondertekend op scherm" in text
    assert "Page " not in text and "Signature" not in text  # no English label left
    assert "wijzigd na ondertekening" not in text  # the signatures match this content


def test_an_english_form_has_english_labels_whatever_the_app_speaks(tmp_path, images):
    i18n.set_language("nl")
    pdf = render_form(samples.assessment("en", images=images))
    text = one_line(text_of(pdf, tmp_path))
    assert "Page 1 of 2" in text and "Page 2 of 2" in text
    assert f"Form BF-2026-00042 · Content {SHORT_HASH} · Printed on 12 March 2026" in text
    assert "SBB accreditation number 100234567" in text
    for label in ("Insufficient", "Sufficient", "Not applicable", "Remarks", "Signatures", "Name", "Date"):
        assert label in text
    assert "Pagina" not in text and "Handtekening" not in text


def test_the_form_language_decides_even_when_the_app_speaks_the_other_one(tmp_path):
    i18n.set_language("en")
    text = one_line(text_of(render_form(samples.assessment("nl", processes=3)), tmp_path))
    assert "Pagina 1 van 1" in text and "Handtekening" in text and "Page 1" not in text


def test_changed_content_after_signing_is_shouted_on_every_page(tmp_path, images):
    for language, warning, box in (
        ("nl", "Gewijzigd na ondertekening", "gewijzigd nadat het ondertekend is"),
        ("en", "Changed after signing", "changed after it was signed"),
    ):
        pdf = render_form(samples.assessment(language, images=images, signatures_match=False))
        pages = [one_line(page) for page in text_of(pdf, tmp_path).split("\f")[:2]]
        assert all(warning in page for page in pages)  # in the footer of both pages
        assert box in pages[0]  # and in a box under the title
    signed_as_shown = one_line(text_of(render_form(samples.assessment("en", images=images)), tmp_path))
    assert "Changed after signing" not in signed_as_shown and "changed after it was signed" not in signed_as_shown


def test_unsigned_boxes_give_lines_for_name_date_and_signature(tmp_path):
    blank = samples.assessment("nl", processes=3, signed=False, scored=False)
    assert blank.signatures[0].name and not blank.signatures[1].name
    pdf = render_form(blank)
    text = one_line(text_of(pdf, tmp_path))
    assert len(re.findall(r"\bHandtekening\b", text)) == 3 and text.count("Datum") == 3 and text.count("Naam") == 3
    assert "12 maart 2026" not in text.replace("Afgedrukt op 12 maart 2026", "")  # no date of signing
    assert "Zet per regel een vinkje in één kolom." in text  # scores to fill in by pen
    assert b"/SMask" not in pdf  # no signature images
    assert _line_right_of("Handtekening", pdf, tmp_path) == [True, True, True]
    assert _line_right_of("Datum", pdf, tmp_path) == [True, True, True]
    assert _line_right_of("Naam", pdf, tmp_path) == [False, True, True]  # the learner's name is printed


def test_signed_boxes_show_the_drawn_signature_or_that_it_was_signed_on_paper(tmp_path, images):
    on_screen = render_form(samples.assessment("nl", processes=3, images=images))
    assert on_screen.count(b"/SMask") == 3  # each transparent signature with its alpha channel
    text = one_line(text_of(on_screen, tmp_path))
    assert text.count("12 maart 2026") == 3 + 1  # three signatures and the footer
    assert _line_right_of("Handtekening", on_screen, tmp_path) == [False, False, False]

    on_paper = render_form(samples.assessment("nl", processes=3))
    text = one_line(text_of(on_paper, tmp_path))
    assert text.count("Ondertekend op papier") == 3 and b"/SMask" not in on_paper


def test_fonts_are_embedded_and_only_our_own(tmp_path, images):
    for document in (samples.assessment("nl", images=images), samples.assignment("en")):
        pdf = render_form(document)
        assert b"/Type1" not in pdf and b"Helvetica" not in pdf
        path = _write(pdf, tmp_path)
        rows = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
        fonts = [line.split() for line in rows.splitlines()[2:]]
        assert fonts and all(re.fullmatch(r"[A-Z]{6}\+DejaVuSans(-Bold)?", font[0]) for font in fonts)
        assert all(font[-5] == "yes" for font in fonts)  # the "emb" column


def test_ticks_stand_in_the_column_of_the_chosen_score(tmp_path):
    document = samples.assessment("en", processes=4)
    assert [row.score for row in document.scores] == ["Insufficient", "Not applicable", "Good", "Sufficient"]
    words = words_of(render_form(document), tmp_path)
    columns = {
        "Insufficient": "Insufficient",
        "Sufficient": "Sufficient",
        "Good": "Good",
        "applicable": "Not applicable",
    }
    header = {columns[word]: (x_min, x_max) for word, x_min, _y, x_max, _y2, _page in words if word in columns}
    codes = {word: (y_min + y_max) / 2 for word, _x, y_min, _x2, y_max, _page in words if word.startswith("B1-K1-W")}
    ticks = [
        ((x_min + x_max) / 2, (y_min + y_max) / 2) for word, x_min, y_min, x_max, y_max, _p in words if word == "✓"
    ]
    for row in document.scores:
        y = codes[row.code]
        x = next(x for x, tick_y in ticks if abs(tick_y - y) < 6)
        left, right = header[row.score]
        assert left - 8 <= x <= right + 8, row


def test_a_score_outside_the_columns_is_printed_as_it_is(tmp_path):
    document = samples.assessment("nl", processes=2)
    scores = (ScoreRow("B1-K1-W1", "Inventariseert", "Uitstekend"), *document.scores[1:])
    text = one_line(text_of(render_form(dataclasses.replace(document, scores=scores)), tmp_path))
    assert "Uitstekend" in text and text.count("✓") == 1 + 2  # the second row, beroepshouding, eindoordeel


def test_a_practice_assignment_with_its_sections_work_processes_goals_and_rounds(tmp_path):
    pdf = render_form(samples.assignment("nl"))
    text = one_line(text_of(pdf, tmp_path))
    assert "Praktijkopdracht: zorgplan opstellen en evalueren" in text
    assert "Omschrijving Je stelt voor een zorgvrager" in text
    assert "Inleveren uiterlijk 10 april 2026" in text
    assert "Werkprocessen Code Werkproces B1-K1-W1 Inventariseert de behoefte" in text
    assert "Leerdoelen 1. Ik stel een zorgplan op" in text and "3. Ik rapporteer dagelijks" in text
    assert text.index("Uitgegeven (voor akkoord)") < text.index("Afgerond (beoordeeld)")
    assert text.count("Ondertekend op papier") == 2  # the round signed on paper; the final one is open
    assert "Pagina 1 van 2" in text and "Formulier PO-2026-00007" in text


def test_long_tables_repeat_their_header_on_the_next_page(tmp_path):
    pages = text_of(render_form(samples.assessment("nl", processes=40)), tmp_path).split("\f")
    assert all("Opmerkingen" in page and "Onvoldoende" in page for page in pages[:2])


def test_a_score_table_over_three_pages_splits_between_rows_and_loses_none(tmp_path):
    document = samples.assessment("nl", processes=70, scored=False)
    codes = [row.code for row in document.scores]
    assert len(set(codes)) == len(codes)
    pages = text_of(render_form(document), tmp_path).split("\f")
    printed = [re.findall(r"\bB\d+-K\d+-W\d+\b", page) for page in pages]
    assert [code for page in printed for code in page] == codes  # each once, in order
    with_rows = [page for page, found in zip(pages, printed, strict=True) if found]
    assert len(with_rows) >= 3 and all("Werkproces" in page and "Opmerkingen" in page for page in with_rows)


def test_a_damaged_signature_or_logo_does_not_stop_the_form(tmp_path, caplog):
    document = samples.assessment("en", processes=2, images=[b"not a png"] * 3, with_logo=b"\x89PNG broken")
    text = one_line(text_of(render_form(document), tmp_path))
    assert "Zoë Çelik" in text and "Signature" in text
    assert "Image not printed" in caplog.text


def glyph_counts(pdf: bytes) -> list[int]:
    """How many glyphs each embedded font program holds (the `maxp` table of each TrueType subset)."""
    counts = []
    for match in re.finditer(rb"<<((?:(?!>>).)*?/Length1 \d+(?:(?!>>).)*?)>>\s*stream\r?\n", pdf, re.DOTALL):
        length = int(re.search(rb"/Length (\d+)", match.group(1)).group(1))
        program = zlib.decompress(pdf[match.end() : match.end() + length])
        tables = struct.unpack(">H", program[4:6])[0]
        for record in range(tables):
            tag, _checksum, offset, _length = struct.unpack(">4sIII", program[12 + 16 * record : 28 + 16 * record])
            if tag == b"maxp":
                counts.append(struct.unpack(">H", program[offset + 4 : offset + 6])[0])
    return sorted(counts)


def test_characters_outside_the_common_set_get_their_own_glyphs(tmp_path):
    """Font subsets are made once and shared between forms: a form with rarer letters needs its own."""
    document = samples.assessment("nl", processes=2)
    common = SignatureBlock("Lerende", "Zoë Çelik", samples.DAY, None, "Ondertekend op papier")
    rare = SignatureBlock("Lerende", "Ωmega Ŋgata Ħanna", samples.DAY, None, "Ondertekend op papier")
    plain = glyph_counts(render_form(dataclasses.replace(document, signatures=(common,))))
    pdf = render_form(dataclasses.replace(document, signatures=(rare,)))
    assert "Ωmega Ŋgata Ħanna" in one_line(text_of(pdf, tmp_path))
    assert len(plain) == 2 and glyph_counts(pdf)[0] == plain[0] and glyph_counts(pdf)[1] >= plain[1] + 3


def test_a_logo_is_drawn_with_its_transparency_or_as_the_jpeg_it_is(tmp_path):
    pdf = render_form(samples.assessment("nl", processes=2, with_logo=samples.logo()))
    assert pdf.count(b"/SMask") == 1  # one image object with its alpha channel, drawn on every page
    name_left = [x_min for word, x_min, *_rest in words_of(pdf, tmp_path) if word == "Zorggroep"]
    assert name_left and all(x > 150 for x in name_left)  # beside the 36 mm logo, not under it
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buffer, "PNG")  # no alpha: no soft mask
    pdf = render_form(samples.assessment("nl", processes=2, with_logo=buffer.getvalue()))
    assert b"/SMask" not in pdf and b"/Subtype /Image" in pdf
    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), (30, 90, 160)).save(buffer, "JPEG")
    pdf = render_form(samples.assessment("nl", processes=2, with_logo=buffer.getvalue()))
    assert pdf.count(b"/DCTDecode") == 1  # the photo travels as it is, not as raw pixels


def test_a_batch_renders_one_form_at_a_time_and_can_be_cancelled(tmp_path):
    documents = [samples.assessment("nl", processes=2, number=f"BF-2026-{n:05d}") for n in range(3)]
    reported: list[float] = []
    pdfs = list(render_forms(documents, progress=reported.append))
    assert len(pdfs) == 3 and reported == pytest.approx([1 / 3, 2 / 3, 1.0])
    assert "Formulier BF-2026-00002" in text_of(pdfs[2], tmp_path)
    with pytest.raises(RenderCancelledError):
        list(render_forms(documents, cancelled=lambda: True))


def test_other_printouts_take_a_translator_for_their_footer(tmp_path):
    i18n.set_language("en")
    sheet = MatrixSheet(
        "Everyone", ("BHV",), (MatrixLine("Zoë", "Team", "Rol", (("✓", None),)),), (("#cdebd3", "Done"),)
    )
    dutch = MatrixRenderer(Letterhead("Zorggroep"), sheet, translator=i18n.translator("nl")).render()
    assert "Pagina 1 van 1" in text_of(dutch, tmp_path)
    assert "Page 1 of 1" in text_of(MatrixRenderer(Letterhead("Zorggroep"), sheet).render(), tmp_path)


def test_the_letterhead_takes_the_sbb_number_from_the_organisation():
    organisation = SimpleNamespace(
        name="Zorggroep", address="Dorpsstraat 1", postal_code="6661 AB", city="Elst", phone="", email="", logo=None
    )
    assert Letterhead.from_organisation(organisation).sbb_id == ""  # an object without the field
    organisation.sbb_id = "100234567"
    letterhead = Letterhead.from_organisation(organisation)
    assert letterhead.sbb_id == "100234567" and letterhead.lines == ("Dorpsstraat 1", "6661 AB Elst")
