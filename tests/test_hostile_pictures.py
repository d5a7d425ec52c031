"""Pictures that attack: a logo, a signature or a scan is judged by the pixels its header declares
before a single one is decoded, so a PNG of two megabytes cannot make a printout take gigabytes.

The pictures are real PNGs (see `hostile_files.png_bomb`); a printout runs in a process of its own
whose memory is measured and bounded.
"""

from __future__ import annotations

import sqlite3

import pytest

from desktop import i18n
from tests.hostile_files import POSIX, png_bomb, run_bounded


@pytest.fixture
def english():
    i18n.set_language("en")


@pytest.fixture(scope="module")
def pictures(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("pictures")
    return {
        "bomb": png_bomb(folder / "bom.png", 20_000, 20_000).read_bytes(),  # 2 MB, 1.6 GB decoded; Pillow refuses it
        "large": png_bomb(folder / "groot.png", 9_000, 9_000).read_bytes(),  # 0.5 MB, 324 MB decoded; Pillow would not
    }


@pytest.mark.parametrize("kind", ["bomb", "large"])
def test_a_logo_of_too_many_pixels_is_refused_with_a_sentence(database, english, pictures, kind):
    from desktop.errors import ValidationError
    from desktop.services.catalogue import OrganisationService

    with pytest.raises(ValidationError) as caught:
        OrganisationService().save(logo=pictures[kind])
    assert caught.value.field == "logo"
    assert caught.value.message == (
        "The logo has more than 50 million pixels, more than a page scanned at 600 dpi; save it smaller."
    )


@pytest.mark.parametrize("kind", ["bomb", "large"])
def test_a_signature_or_scan_of_too_many_pixels_is_refused_and_changes_nothing(
    period,  # noqa: F811 - the fixture
    database,
    english,
    pictures,
    kind,
):
    from desktop.errors import ValidationError
    from desktop.services import forms, signing
    from tests.helpers import table_dump

    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    signature = signing.signatures("assessment", assessment.id)[0]
    before = table_dump(database)
    with pytest.raises(ValidationError, match="The signature has more than 50 million pixels"):
        signing.sign_on_screen(signature.id, "Zoë Çelik", pictures[kind])
    with pytest.raises(ValidationError, match="scan.png has more than 50 million pixels"):
        signing.sign_on_paper(signature.id, "Zoë Çelik", "1-11-2026", pictures[kind], "scan.png")
    assert table_dump(database) == before


@pytest.mark.skipif(not POSIX, reason="the memory of a process is measured and bounded through POSIX rlimits")
def test_a_large_logo_stored_earlier_is_left_out_of_a_printout_not_decoded(tmp_path, pictures):
    from desktop.demo import generate_demo

    db_path = tmp_path / "demo.sqlite3"
    generate_demo(db_path, learners=3, seed=2)
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE organisation SET logo = ?, logo_mime = 'image/png'", (pictures["large"],))
    connection.commit()
    # the demo numbers its forms by the year it is made in: ask it, so the test passes in any year
    number = connection.execute("SELECT number FROM practice_assignment ORDER BY id LIMIT 1").fetchone()[0]
    connection.close()
    out = tmp_path / "formulier.pdf"
    run = run_bounded("form", number, "--out", str(out), "--db", str(db_path), home=tmp_path / "home")
    assert run.returncode == 0, run.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert run.peak_bytes < 200 * 1024**2  # decoded, the logo alone would be 324 MB
