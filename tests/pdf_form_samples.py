"""Realistic BPV forms as `FormDocument`s, for the form PDF tests and benchmarks.

Texts are final, as the services hand them over: Dutch for a Dutch form, English for an English one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random

from PIL import Image

from desktop.demo.pictures import scribble_png as _scribble_png
from desktop.pdf.form_data import FormDocument, ScoreRow, SignatureBlock

DAY = dt.date(2026, 3, 12)
HASH = hashlib.sha256(b"BF-2026-00042 content").hexdigest()

_PROCESSES = (
    ("B1-K1-W1", "Inventariseert de behoefte aan zorg en/of ondersteuning"),
    ("B1-K1-W2", "Stelt het zorgplan op en/of bij"),
    ("B1-K1-W3", "Voert zorginterventies en/of begeleidingsactiviteiten uit"),
    ("B1-K1-W4", "Voert verpleegtechnische handelingen uit"),
    ("B1-K1-W5", "Communiceert met de zorgvrager en zijn naasten"),
    ("B1-K1-W6", "Geeft informatie en advies over zorg en gezondheid"),
    ("B1-K1-W7", "Handelt in onvoorziene en/of acute situaties"),
    ("B1-K2-W1", "Stemt af met andere zorgverleners"),
    ("B1-K2-W2", "Werkt aan de eigen deskundigheid"),
    ("B1-K2-W3", "Draagt bij aan het bewaken en bevorderen van de kwaliteit van zorg"),
)

_TEXT = {
    "nl": {
        "learner": "Lerende",
        "programme": "Opleiding",
        "school": "School",
        "supervisor": "BPV-begeleider school",
        "period": "Periode",
        "trainer": "Praktijkopleider",
        "work_supervisor": "Werkbegeleider",
        "location": "Afdeling",
        "programme_value": "Verzorgende-IG (crebo 25491), niveau 3, BBL",
        "period_value": "1 september 2025 t/m 30 juni 2026",
        "assessment_title": "Beoordelingsformulier: tussentijdse beoordeling",
        "assignment_title": "Praktijkopdracht: zorgplan opstellen en evalueren",
        "scores": ("Onvoldoende", "Voldoende", "Goed", "N.v.t."),
        "attitude": "Beroepshouding",
        "overall": "Eindoordeel",
        "judgement": "Oordeel",
        "judgement_text": (
            "Zoë werkt zorgvuldig en neemt steeds meer initiatief. Zij overlegt tijdig met collega's\n"
            "en kan haar handelen goed onderbouwen. Aandachtspunt: rapporteren in eigen woorden."
        ),
        "hours": "Uren",
        "hours_value": "Gepland 480 uur, gerealiseerd 452 uur",
        "participants": "Deelnemers aan het gesprek",
        "remark": "Zie toelichting in het gesprek.",
        "description": "Omschrijving",
        "description_text": (
            "Je stelt voor een zorgvrager op jouw afdeling het zorgplan op, voert het uit en evalueert het na "
            "vier weken met de zorgvrager en de eerstverantwoordelijke verzorgende. Je gebruikt daarbij de "
            "methodiek van het team."
        ),
        "deadline": "Inleveren uiterlijk",
        "deadline_value": "10 april 2026",
        "method": "Beoordelingswijze",
        "method_text": "Criteriumgericht interview met praktijkopleider en BPV-begeleider.",
        "goals": (
            "Ik stel een zorgplan op dat aansluit bij de wensen van de zorgvrager.",
            "Ik evalueer het zorgplan samen met de zorgvrager en pas het aan.",
            "Ik rapporteer dagelijks objectief en in eigen woorden.",
        ),
        "roles": ("Lerende", "Praktijkopleider", "Werkbegeleider"),
        "screen": "Ondertekend op scherm",
        "paper": "Ondertekend op papier",
        "issued": "Uitgegeven (voor akkoord)",
        "final": "Afgerond (beoordeeld)",
    },
    "en": {
        "learner": "Learner",
        "programme": "Programme",
        "school": "School",
        "supervisor": "School BPV supervisor",
        "period": "Period",
        "trainer": "Practice trainer",
        "work_supervisor": "Work supervisor",
        "location": "Department",
        "programme_value": "Verzorgende-IG (crebo 25491), level 3, BBL",
        "period_value": "1 September 2025 to 30 June 2026",
        "assessment_title": "Assessment form: interim assessment",
        "assignment_title": "Practice assignment: drawing up and evaluating a care plan",
        "scores": ("Insufficient", "Sufficient", "Good", "Not applicable"),
        "attitude": "Professional attitude",
        "overall": "Overall score",
        "judgement": "Judgement",
        "judgement_text": "Zoë works carefully and takes more and more initiative.",
        "hours": "Hours",
        "hours_value": "Planned 480 hours, realised 452 hours",
        "participants": "Participants in the talk",
        "remark": "See the explanation in the talk.",
        "description": "Description",
        "description_text": "You draw up the care plan for a client on your ward, carry it out and evaluate it.",
        "deadline": "Hand in by",
        "deadline_value": "10 April 2026",
        "method": "Assessment method",
        "method_text": "Criterion-based interview with the practice trainer and the BPV supervisor.",
        "goals": ("I draw up a care plan that fits the client's wishes.", "I report objectively every day."),
        "roles": ("Learner", "Practice trainer", "Work supervisor"),
        "screen": "Signed on screen",
        "paper": "Signed on paper",
        "issued": "Issued (for agreement)",
        "final": "Completed (assessed)",
    },
}

PEOPLE = ("Zoë Çelik", "Ayşe Yılmaz", "Dragan Đorđević")


def logo() -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGBA", (180, 60), (0, 0, 0, 0))
    for x in range(180):
        for y in range(60):
            if (x - 30) ** 2 + (y - 30) ** 2 < 26**2:
                image.putpixel((x, y), (20, 120, 90, 255))
    image.save(buffer, "PNG")
    return buffer.getvalue()


def signature_images(count: int = 3, seed: int = 1) -> list[bytes]:
    return [_scribble_png(random.Random(seed * 100 + n)) for n in range(count)]


def _particulars(text: dict) -> tuple[tuple[str, str], ...]:
    return (
        (text["learner"], PEOPLE[0]),
        (text["programme"], text["programme_value"]),
        (text["school"], "ROC Midden Nederland, Utrecht"),
        (text["supervisor"], "Marieke de Wit-van Dongen"),
        (text["period"], text["period_value"]),
        (text["trainer"], PEOPLE[1]),
        (text["work_supervisor"], PEOPLE[2]),
        (text["location"], "De Linde, Kleinschalig wonen 2"),
    )


def _signatures(text: dict, signed: bool, images: list[bytes] | None, stages: bool) -> tuple[SignatureBlock, ...]:
    blocks = []
    for index, (role, name) in enumerate(zip(text["roles"], PEOPLE, strict=True)):
        stage = text["final"] if stages else ""
        if not signed:
            blocks.append(SignatureBlock(role, name if index == 0 else "", stage=stage))
        elif images is not None:
            blocks.append(SignatureBlock(role, name, DAY, images[index], text["screen"], stage=stage))
        else:
            blocks.append(SignatureBlock(role, name, DAY, None, text["paper"], stage=stage))
    return tuple(blocks)


def assessment(
    language: str = "nl",
    *,
    processes: int = 20,
    signed: bool = True,
    images: list[bytes] | None = None,
    signatures_match: bool = True,
    scored: bool = True,
    number: str = "BF-2026-00042",
    with_logo: bytes | None = None,
) -> FormDocument:
    """An assessment with `processes` werkprocessen; signed on screen with `images`, else on paper."""
    text = _TEXT[language]
    rows = []
    for n in range(processes):
        code, title = _PROCESSES[n % len(_PROCESSES)]
        if n >= len(_PROCESSES):
            code = code.replace("B1", f"B{n // len(_PROCESSES) + 1}")
        score = text["scores"][(n * 7) % 4] if scored else ""
        rows.append(ScoreRow(code, title, score, text["remark"] if n % 6 == 2 else ""))
    summary = (
        ScoreRow("", text["attitude"], text["scores"][2] if scored else ""),
        ScoreRow("", text["overall"], text["scores"][1] if scored else ""),
    )
    return FormDocument(
        language=language,
        kind="assessment",
        number=number,
        title=text["assessment_title"],
        content_hash=HASH,
        signatures_match=signatures_match,
        organisation="Zorggroep Ëlst & Co",
        organisation_lines=("Dorpsstraat 12", "6661 AB Elst", "0481 123 456", "leren@zorggroep-elst.nl"),
        sbb_id="100234567",
        logo=with_logo,
        particulars=_particulars(text),
        sections=(
            (text["judgement"], text["judgement_text"] if scored else ""),
            (text["hours"], text["hours_value"]),
            (text["participants"], ", ".join(PEOPLE)),
        ),
        scores=tuple(rows),
        summary_scores=summary,
        signatures=_signatures(text, signed, images, stages=False),
        printed_on=DAY,
    )


def assignment(language: str = "nl", *, signed: bool = False, images: list[bytes] | None = None) -> FormDocument:
    text = _TEXT[language]
    issued = tuple(
        SignatureBlock(role, name, DAY, None, text["paper"], stage=text["issued"])
        for role, name in list(zip(text["roles"], PEOPLE, strict=True))[:2]
    )
    return FormDocument(
        language=language,
        kind="assignment",
        number="PO-2026-00007",
        title=text["assignment_title"],
        content_hash=hashlib.sha256(b"PO-2026-00007").hexdigest(),
        signatures_match=True,
        organisation="Zorggroep Ëlst & Co",
        organisation_lines=("Dorpsstraat 12", "6661 AB Elst"),
        sbb_id="100234567",
        particulars=_particulars(text)[:7],
        sections=(
            (text["description"], text["description_text"]),
            (text["deadline"], text["deadline_value"]),
            (text["method"], text["method_text"]),
        ),
        work_processes=_PROCESSES[:4],
        goals=text["goals"],
        signatures=issued + _signatures(text, signed, images, stages=True),
        printed_on=DAY,
    )
