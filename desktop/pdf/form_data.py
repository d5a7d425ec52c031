"""What a printed BPV form or intake agreement holds, as plain values: the services fill it, the renderer draws it.

Every text here is final (translated into the form's language and formatted), so the renderer
needs no database and no vocabulary; only its own fixed labels go through the form's translator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SignatureBlock:
    """One signer's box: filled in (image or "signed on paper") or empty lines for pen and paper."""

    role: str  # translated, e.g. "Praktijkopleider"
    name: str  # the signer's name; may be blank on an unsigned block
    signed_on: dt.date | None = None  # None: not signed yet
    image: bytes | None = None  # transparent PNG drawn on screen, None when signed on paper or not signed
    method: str = ""  # translated "Signed on screen" / "Signed on paper", blank when not signed
    stage: str = ""  # translated heading of the round, e.g. "Issued (for agreement)"; blank for one round


@dataclass(frozen=True)
class ScoreRow:
    """One werkproces of an assessment form."""

    code: str
    title: str
    score: str  # translated label, blank when not scored
    remarks: str = ""


@dataclass(frozen=True)
class FormDocument:
    """One practice assignment, assessment form or coaching intake agreement, ready to print."""

    language: str  # "nl" or "en": the language of every text below and of the renderer's labels
    kind: str  # "assignment", "assessment" or "trajectory" (the intake agreement of a coaching trajectory)
    number: str  # e.g. "BF-2026-00042", "CT-00042"
    title: str  # the document title, e.g. "Beoordelingsformulier: tussentijdse beoordeling"
    content_hash: str  # SHA-256 (hex) of the form's canonical content now
    signatures_match: bool  # every set signature was made on this very content
    # The organisation
    organisation: str
    organisation_lines: tuple[str, ...] = ()
    sbb_id: str = ""
    logo: bytes | None = None
    # Who and where: label/value pairs in print order (learner, programme, school, supervisor, period...)
    particulars: tuple[tuple[str, str], ...] = ()
    # The form's own content: labelled text sections (description, assessment method, judgement...)
    sections: tuple[tuple[str, str], ...] = ()
    # Assignment: the werkprocessen it covers (code, title) and its learning goals
    work_processes: tuple[tuple[str, str], ...] = ()
    goals: tuple[str, ...] = ()
    # Assessment: per werkproces a score, then beroepshouding and the overall score
    scores: tuple[ScoreRow, ...] = ()
    summary_scores: tuple[ScoreRow, ...] = ()
    # Intake agreement: the planned steps as (step, planned date, who takes part)
    steps: tuple[tuple[str, str, str], ...] = ()
    agreement: str = ""  # what signing means, printed above the signatures; blank for none
    signatures: tuple[SignatureBlock, ...] = field(default_factory=tuple)
    printed_on: dt.date | None = None
