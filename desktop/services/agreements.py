"""The agreements behind each BPV period, the organisation's SBB recognitions, and what is missing.

SBB's BPV protocol (001, Bijlage 1) has the leerbedrijf record the agreements in the
praktijkovereenkomst (POK) the school provides, signed by student, school and company; a BBL student
also has a leerarbeidsovereenkomst, a mio a studieovereenkomst (001, §1). SBB recognises a leerbedrijf
per qualification (crebo), normally for four years, and wants a qualified praktijkopleider.

`concerns` says, per period, what a coordinator should act on: a period that has started without the
agreements its learner needs signed by all parties, a programme whose crebo has no recognition at the
period's start, a praktijkopleider whose certification ends on or before it. The Learners tab and the
period dialog both ask it; each concern is a reason in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import fn

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import N_, _, format_date
from desktop.services import scans
from desktop.services import validation as v
from desktop.services.base import CrudService
from desktop.services.privacy import years_after
from desktop.storage import choices
from desktop.storage import models as m

MAX_SCAN_BYTES = 20 * scans.MEGABYTE  # a signed agreement of several scanned pages
RECOGNITION_YEARS = 4  # what SBB normally grants

PARTY_FIELDS = {"learner": "learner_signed_on", "school": "school_signed_on", "company": "company_signed_on"}

# The date each status needs: an agreement is requested on a day, received on a day, and so on.
STATUS_DATES = {"requested": "requested_on", "received": "received_on", "signed": "signed_on", "ended": "ended_on"}

# What each kind of learner needs signed before a period starts: one kind out of each group
# (domain.md, "Learner types and contracts"). A mio's and a side entrant's employment contract with the
# organisation is the agreement the organisation itself holds.
REQUIRED_AGREEMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "bol": (("placement",),),
    "bbl": (("placement",), ("work_learn",)),
    "mio": (("study",),),
    "side_entrant": (("work_learn", "study"),),
    "hbo": (("school_own", "placement"),),
}

# The agreement a new one for this kind of learner most likely is.
FIRST_KIND = {"bol": "placement", "bbl": "placement", "mio": "study", "side_entrant": "work_learn", "hbo": "school_own"}

OPEN_PERIOD_STATUSES = ("planned", "active")

# How a sentence names a missing agreement ("... without a placement agreement (POK) ...").
IN_A_SENTENCE = {
    "placement": N_("a placement agreement (POK)"),
    "work_learn": N_("a work-and-learn agreement (leerarbeidsovereenkomst)"),
    "study": N_("a study agreement (studieovereenkomst)"),
    "school_own": N_("the school's own agreement"),
}


def recognition_end(start: dt.date) -> dt.date:
    """The last day of a recognition granted on `start` for the four years SBB grants."""
    return years_after(start, RECOGNITION_YEARS) - dt.timedelta(days=1)


def _scan_rule(field: str, value):
    return None if value is None else scans.check_scan(value, MAX_SCAN_BYTES)


def _party_label(party: str) -> str:
    return {"learner": _("the learner"), "school": _("the school"), "company": _("the company")}[party]


class AgreementService(CrudService):
    model = m.Agreement
    vocabularies = {"kind": choices.AGREEMENT_KINDS, "status": choices.AGREEMENT_STATUSES}
    rules = {
        "requested_on": v.past_date,
        "received_on": v.past_date,
        "learner_signed_on": v.past_date,
        "school_signed_on": v.past_date,
        "company_signed_on": v.past_date,
        "signed_on": v.past_date,
        "sbb_id": v.sbb_id,
        "scan": _scan_rule,
        "scan_name": lambda f, value: v.text(f, value, max_length=200),
    }

    def clean(self, values, *, partial):
        cleaned = super().clean(values, partial=partial)
        if "scan" in cleaned and cleaned["scan"] is None:
            cleaned["scan_name"] = ""
        return cleaned

    def create(self, **values) -> m.Agreement:
        """A new agreement carries the organisation's Leerbedrijf ID unless given another."""
        if "sbb_id" not in values:
            values["sbb_id"] = organisation_sbb_id()
        return super().create(**values)

    def check(self, data, instance):
        kind, status = data.get("kind"), data.get("status") or "to_request"
        parties = choices.AGREEMENT_PARTIES.get(kind, ())
        for party, field in PARTY_FIELDS.items():
            if data.get(field) and party not in parties:
                raise ValidationError(
                    field,
                    _("This is {agreement}, which {party} does not sign.").format(
                        agreement=choices.label(IN_A_SENTENCE, kind), party=_party_label(party)
                    ),
                )
        reached = list(choices.AGREEMENT_STATUSES).index(status)
        for step, field in STATUS_DATES.items():
            if step == status and not data.get(field):
                raise ValidationError(
                    field,
                    _("The status is “{status}”: give the date.").format(
                        status=choices.label(choices.AGREEMENT_STATUSES, status)
                    ),
                )
        if reached >= list(choices.AGREEMENT_STATUSES).index("signed"):
            for party in parties:
                field = PARTY_FIELDS[party]
                if not data.get(field):
                    raise ValidationError(
                        field,
                        _("Signed by all parties needs the date on which {party} signed.").format(
                            party=_party_label(party)
                        ),
                    )
        self._check_order(data)

    @staticmethod
    def _check_order(data) -> None:
        requested, received = data.get("requested_on"), data.get("received_on")
        if requested and received and received < requested:
            raise ValidationError("received_on", _("The agreement was received before it was requested."))
        signed = data.get("signed_on")
        for party, field in PARTY_FIELDS.items():
            if signed and data.get(field) and data[field] > signed:
                raise ValidationError(
                    "signed_on",
                    _("Signed by all parties lies before the day {party} signed.").format(party=_party_label(party)),
                )
        ended = data.get("ended_on")
        if ended and signed and ended < signed:
            raise ValidationError("ended_on", _("The agreement ended before it was signed."))


class SbbRecognitionService(CrudService):
    model = m.SbbRecognition
    rules = {
        "crebo": lambda f, value: v.crebo(f, value, required=True),
        "starts_on": lambda f, value: v.date(f, value, required=True),
        "ends_on": lambda f, value: v.date(f, value),
    }

    def clean(self, values, *, partial):
        """An end date left empty is the end of the four years SBB grants from the start."""
        if not partial or "ends_on" in values:
            values = {**values, "ends_on": values.get("ends_on") or None}
        cleaned = super().clean(values, partial=partial)
        if "ends_on" in cleaned and cleaned["ends_on"] is None and cleaned.get("starts_on"):
            cleaned["ends_on"] = recognition_end(cleaned["starts_on"])
        return cleaned

    def update(self, record_id: int, *, seen_version: int | None = None, **values):
        if "ends_on" in values and not values["ends_on"] and "starts_on" not in values:
            values["starts_on"] = self.get(record_id).starts_on  # the four years count from the stored start
        return super().update(record_id, seen_version=seen_version, **values)

    def check(self, data, instance):
        start, end = data.get("starts_on"), data.get("ends_on")
        if start and end and end < start:
            raise ValidationError("ends_on", _("The recognition ends before it starts."))
        same = m.SbbRecognition.select().where(m.SbbRecognition.crebo == data.get("crebo"))
        if instance is not None:
            same = same.where(m.SbbRecognition.id != instance.id)
        for other in same:
            if start and end and other.starts_on <= end and start <= other.ends_on:
                raise ValidationError(
                    "starts_on",
                    _("Crebo {crebo} is already recognised from {start} to {end}; change that one instead.").format(
                        crebo=other.crebo,
                        start=format_date(other.starts_on, "long"),
                        end=format_date(other.ends_on, "long"),
                    ),
                )


AGREEMENT_SERVICES = (AgreementService, SbbRecognitionService)


# -- reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgreementRow:
    """One line of a period's agreements, without the scan itself (it may be 20 MB)."""

    id: int
    kind: str
    status: str
    requested_on: dt.date | None
    received_on: dt.date | None
    learner_signed_on: dt.date | None
    school_signed_on: dt.date | None
    company_signed_on: dt.date | None
    signed_on: dt.date | None
    ended_on: dt.date | None
    sbb_id: str
    scan_name: str
    scan_kind: str | None
    notes: str
    version: int  # as read, for a save or delete to state


def agreements_of(period_id: int) -> list[AgreementRow]:
    a = m.Agreement
    # The first bytes tell the kind; the scan itself stays in the database until it is opened.
    head = fn.substr(a.scan, 1, 8)
    query = (
        a.select(
            a.id, a.kind, a.status, a.requested_on, a.received_on, a.learner_signed_on, a.school_signed_on,
            a.company_signed_on, a.signed_on, a.ended_on, a.sbb_id, a.scan_name, head, a.notes, a.version,
        )
        .where(a.period == period_id)
        .order_by(a.id)
        .tuples()
    )  # fmt: skip
    rows = []
    for r in query:
        kind = scans.scan_kind(bytes(r[12])) if r[12] is not None else None
        rows.append(AgreementRow(*r[:12], kind, r[13], r[14]))
    return rows


def scan_of(agreement_id: int) -> tuple[bytes, str, str]:
    """The scan of an agreement as (bytes, file name, suffix such as ".pdf"); a ValidationError when it has none."""
    agreement = AgreementService().get(agreement_id)
    if agreement.scan is None:
        raise ValidationError("scan", _("This agreement has no scan."))
    data = bytes(agreement.scan)
    suffix = scans.SUFFIXES.get(scans.scan_kind(data) or "", ".bin")
    return data, agreement.scan_name, suffix


def first_kind(learner_type: str) -> str:
    return FIRST_KIND.get(learner_type, "placement")


def organisation_sbb_id() -> str:
    organisation = m.Organisation.select(m.Organisation.sbb_id).order_by(m.Organisation.id).first()
    return organisation.sbb_id if organisation else ""


@dataclass(frozen=True, slots=True)
class RecognitionRow:
    """One recognition for the Basisgegevens list, with the names of the programmes of its crebo."""

    id: int
    crebo: str
    starts_on: dt.date
    ends_on: dt.date
    notes: str
    programmes: str
    version: int  # as read, for a save or delete to state


def recognitions() -> list[RecognitionRow]:
    """Every recognition, by crebo and start, with what LeerWerk calls the programmes of that crebo."""
    names: dict[str, set[str]] = {}
    programme = m.Programme
    for crebo, name in programme.select(programme.crebo, programme.name).where(programme.crebo.is_null(False)).tuples():
        names.setdefault(crebo, set()).add(name)
    r = m.SbbRecognition
    query = r.select(r.id, r.crebo, r.starts_on, r.ends_on, r.notes, r.version).order_by(r.crebo, r.starts_on.desc())
    return [
        RecognitionRow(
            i, crebo, m.iso_date(start), m.iso_date(end), notes, ", ".join(sorted(names.get(crebo, ()))), version
        )
        for i, crebo, start, end, notes, version in query.tuples()
    ]


# -- what needs attention -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeriodFacts:
    """What the concerns of a period are worked out from (one row of the Learners tab holds it all)."""

    period_id: int
    learner_type: str
    status: str
    start_date: dt.date
    crebo: str | None
    practice_trainer_id: int | None


@dataclass(frozen=True, slots=True)
class Concern:
    """One reason a period needs attention; `text()` says it in the current language."""

    code: str  # "agreement", "recognition" or "certification"
    start: dt.date
    kinds: tuple[str, ...] = ()
    crebo: str = ""
    until: dt.date | None = None

    def short(self) -> str:
        """A few words for a table cell; `text()` gives the reason in full."""
        if self.code == "agreement":
            return _("No signed agreement")
        if self.code == "recognition":
            return _("Crebo not recognised")
        return _("Certification ends")

    def text(self) -> str:
        start = format_date(self.start, "long")
        if self.code == "agreement":
            names = _(" or ").join(choices.label(IN_A_SENTENCE, kind) for kind in self.kinds)
            return _("The period started on {date} without {agreement} signed by all parties.").format(
                date=start, agreement=names
            )
        if self.code == "recognition":
            text = _("The organisation has no SBB recognition for crebo {crebo} on {date}, when the period starts.")
            return text.format(crebo=self.crebo, date=start)
        text = _("The practice trainer is certified until {until}, not beyond the start of the period on {date}.")
        return text.format(until=format_date(self.until, "long"), date=start)


def _chunks(ids: list[int], size: int = 500):
    for first in range(0, len(ids), size):
        yield ids[first : first + size]


def _signed_kinds(period_ids: list[int]) -> dict[int, set[str]]:
    """The kinds signed by all parties per period. Plain SQL: peewee's rows cost more than the query for
    the thousands of a large organisation (measured on the 10,000-learner demo)."""
    sql = "SELECT period_id, kind FROM agreement WHERE status = 'signed'"
    found: dict[int, set[str]] = {}
    if len(period_ids) > 2000:  # most periods: one pass over the table beats thousands of parameters
        parts = [(sql, ())]
    else:
        parts = [(f"{sql} AND period_id IN ({', '.join('?' * len(chunk))})", chunk) for chunk in _chunks(period_ids)]
    for query, params in parts:
        for period_id, kind in m.db.execute_sql(query, params):
            found.setdefault(period_id, set()).add(kind)
    return found


def _recognised_spans(crebos: set[str]) -> dict[str, list[tuple[dt.date, dt.date]]]:
    """The recognitions of `crebos`. Plain SQL and only those asked for: the Learners tab asks for the
    periods on screen at every scroll and keystroke, and a large organisation has thousands of spans."""
    spans: dict[str, list[tuple[dt.date, dt.date]]] = {}
    if not crebos:
        return spans
    sql = f"SELECT crebo, starts_on, ends_on FROM {m.SbbRecognition._meta.table_name}"
    wanted = sorted(crebos)
    parts = [(sql, ())] if len(wanted) > 500 else [(f"{sql} WHERE crebo IN ({', '.join('?' * len(wanted))})", wanted)]
    for query, params in parts:
        for crebo, start, end in m.db.execute_sql(query, params):
            spans.setdefault(crebo, []).append((m.iso_date(start), m.iso_date(end)))
    return spans


def _certified_until(staff_ids: set[int]) -> dict[int, dt.date]:
    """Plain SQL, and only `staff_ids` when they are few, for the reason `_recognised_spans` gives."""
    if not staff_ids:
        return {}
    sql = (
        f"SELECT staff_id, certified_until FROM {m.StaffRole._meta.table_name} "
        "WHERE role = 'practice_trainer' AND certified_until IS NOT NULL"
    )
    wanted = sorted(staff_ids)
    parts = [(sql, ())] if len(wanted) > 500 else [(f"{sql} AND staff_id IN ({', '.join('?' * len(wanted))})", wanted)]
    return {
        staff: m.iso_date(until)
        for query, params in parts
        for staff, until in m.db.execute_sql(query, params)
        if staff in staff_ids
    }


def concerns(facts: Iterable[PeriodFacts], today: dt.date | None = None) -> dict[int, tuple[Concern, ...]]:
    """The concerns of each open (planned or active) period in `facts`, by period id; periods without
    any are left out. A praktijkopleider without a certification date is not judged: LeerWerk does not
    know it."""
    today = today or clock.today()
    open_facts = [f for f in facts if f.status in OPEN_PERIOD_STATUSES and f.start_date is not None]
    if not open_facts:
        return {}
    started = [f.period_id for f in open_facts if f.start_date <= today]
    signed = _signed_kinds(started) if started else {}
    spans = _recognised_spans({f.crebo for f in open_facts if f.crebo})
    certified = _certified_until({f.practice_trainer_id for f in open_facts if f.practice_trainer_id})
    result: dict[int, tuple[Concern, ...]] = {}
    nothing: set[str] = set()
    for f in open_facts:
        found: list[Concern] = []
        if f.start_date <= today:
            have = signed.get(f.period_id, nothing)
            for group in REQUIRED_AGREEMENTS.get(f.learner_type, ()):
                if have.isdisjoint(group):
                    found.append(Concern("agreement", f.start_date, kinds=group))
        if f.crebo and not any(start <= f.start_date <= end for start, end in spans.get(f.crebo, ())):
            found.append(Concern("recognition", f.start_date, crebo=f.crebo))
        until = certified.get(f.practice_trainer_id)
        if until is not None and until <= f.start_date:
            found.append(Concern("certification", f.start_date, until=until))
        if found:
            result[f.period_id] = tuple(found)
    return result


def period_concerns(period_id: int, today: dt.date | None = None) -> tuple[Concern, ...]:
    """The concerns of one period (the period dialog's banner)."""
    p, learner, programme = m.BpvPeriod, m.Learner, m.Programme
    row = (
        p.select(p.id, learner.learner_type, p.status, p.start_date, programme.crebo, p.practice_trainer)
        .join(learner, on=learner.id == p.learner)
        .switch(p)
        .join(programme, on=programme.id == p.programme)
        .where(p.id == period_id)
        .tuples()
        .first()
    )
    if row is None:
        return ()
    facts = PeriodFacts(row[0], row[1], row[2], m.iso_date(row[3]), row[4], row[5])
    return concerns([facts], today).get(period_id, ())


def missing_kinds(period_id: int) -> list[str]:
    """The kinds of agreement the period's learner needs and the period has none of (in any status)."""
    period = m.BpvPeriod.get_or_none(id=period_id)
    if period is None:
        return []
    learner_type = m.Learner.get_by_id(period.learner_id).learner_type
    present = {kind for (kind,) in m.Agreement.select(m.Agreement.kind).where(m.Agreement.period == period_id).tuples()}
    return [group[0] for group in REQUIRED_AGREEMENTS.get(learner_type, ()) if not present.intersection(group)]


def add_missing(period_id: int) -> list[int]:
    """Add, to request, each agreement the period still lacks (one transaction); returns their ids."""
    service = AgreementService()
    with m.db.atomic():
        return [service.create(period=period_id, kind=kind).id for kind in missing_kinds(period_id)]
