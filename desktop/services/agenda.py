"""The agenda: everything due or overdue across the organisation, for the overview and the week lists.

`load_agenda` reads, in a few queries, everything open that is due up to a day (and everything overdue);
`Agenda.select` filters that in memory (a range, a person responsible, a location, a team, kinds, a
search), and `Agenda.counts` gives the figures above the list. `agenda` does both in one call.

A window that wants its first rows on screen sooner leaves the slowest kinds for later (`load_agenda`'s
`later`): they are read on a worker with `Agenda.read_later` and joined with `Agenda.add_later`, and until
then `Agenda.pending` names them and `Agenda.counts_waiting` the counts they may still change.

When something is due, and who acts on it:
- BPV meetings not held and not cancelled: on the day they are planned. The werkbegeleider holds the
  evaluations with the werkbegeleider; the praktijkopleider every other meeting.
- Open phase tasks (not done, not cancelled): at the end of their phase's window by the period's dates
  (`bpv.phase_windows`: the introduction ends after 15% of the period, at least two weeks and at most six;
  the evaluation phase takes the last 15%, at least three weeks; a period without an end date is taken
  to run a year). A task of the werkbegeleider is theirs; every other task (the praktijkopleider's, the
  learner's and the shared ones) the praktijkopleider follows up.
  Meetings and tasks count while their period is planned or running, and for four weeks after a period
  completed on its end date (the final talk is often recorded late); a period that ended early has none.
- Forms, by status, with the praktijkopleider responsible: a draft assignment is to be issued and an
  issued one to be handed in by its deadline; a handed-in one is to be assessed and an assessed one
  signed within two weeks after its deadline. A draft assessment form is due on its due date; a
  completed one is to be signed within two weeks after that. While only the school's bpv-docent still has
  to sign, the form is to be sent to the school. A form without a deadline or due date is due at the end
  of its period. Forms of a period that ended early only still count while they wait for signatures.
- Coaching steps (return days included) not held, of a trajectory that is planned or running: on the
  day planned, for the coach. A coach meeting: on its date, or six months after the last one held when
  none is planned.
- Certificates of mandatory trainings: on the day the person's best certificate expires, for the
  people the training is required for (see `training_matrix.certificate_alerts`); a learner's
  praktijkopleider is responsible, a staff member's certificate has no one named.
- A group that learns together on a rhythm (intervisie, casuïstiekbespreking, ...): that many weeks after it last
  met, or from when it was made until it first meets.
- An action a team agreed after its learning-climate scan, not done yet: on the date it was agreed for.
- A planned placement starts, a running one ends: on that day, from today on; these are events, never
  overdue.
- A staff member's next POAP or development talk: the interval after the newest one held (see
  `development`; never recorded ones are on the development list, not here); a praktijkopleider's
  certification: on the day it runs out, shown from the certificates' warning days ahead. No one is named
  responsible; a praktijkopleider's own agenda has neither.
- A studentwaardering, of a period that ended (completed or early) in the last year without one: two weeks
  after the period ended (`waardering.waardering_due`), for the praktijkopleider.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import N_, _
from desktop.services import bpv
from desktop.services import validation as v
from desktop.services.coaches import next_meeting_due
from desktop.services.learners import CURRENT_PERIOD_OF_LEARNER
from desktop.services.training_matrix import certificate_alerts, warning_days
from desktop.services.waardering import waardering_due
from desktop.storage import choices
from desktop.storage import models as m
from desktop.storage.engine import engine_of
from desktop.storage.models import db, display_name, iso_date, sort_name
from desktop.textsearch import fold, search_words

KINDS = {
    "meeting": N_("BPV meeting"),
    "task": N_("Phase task"),
    "form": N_("Form"),
    "coaching_step": N_("Coaching step"),
    "coach_meeting": N_("Coach meeting"),
    "certificate": N_("Certificate"),
    "team_action": N_("Team action"),
    "group_learning": N_("Learning together"),
    "placement_start": N_("Placement starts"),
    "placement_end": N_("Placement ends"),
    "development": N_("POAP or development talk"),
    "certification": N_("Practice trainer certification"),
    "waardering": N_("Studentwaardering"),
}
FORM_STEPS = {
    "issue": N_("Issue"),
    "hand_in": N_("Hand in"),
    "assess": N_("Assess"),
    "sign": N_("Sign"),
    "send_to_school": N_("Send to the school"),
}
AWAITING_SIGNATURE = ("sign", "send_to_school")
RESPONSIBLE_ROLES = {
    "practice_trainer": N_("Practice trainer"),
    "work_supervisor": N_("Work supervisor"),
    "coach": N_("Coach"),
}
COMPLETED_GRACE_DAYS = 28
SIGNING_DAYS = 14  # after the deadline (or due date), to assess and sign a form
WAARDERING_DAYS = 14  # after a period ended, to have the student fill in the studentwaardering
HORIZON_DAYS = 13  # what `load_agenda` reads ahead by default: today and the next two weeks
OPEN_ENDED_DAYS = bpv.OPEN_ENDED_DAYS
SHORTCUTS = ("overdue", "this_week", "awaiting_signature", "certificates_expiring")
# What a window may read after its first rows are shown: with ten thousand learners, half of the reading.
LATER_KINDS = frozenset({"task", "development", "certificate"})
READING_CACHE_KIB = 2000  # SQLite's own default


class Names:
    """The names of the people and places an agenda refers to. Subjects keep record numbers; a name is read
    when it is first shown (a screenful is a few dozen), and everyone's at once before a search or a sort by
    name (`load_all`), as a list of tens of thousands of items names thousands of people."""

    __slots__ = ("learners", "staff", "teams", "locations", "complete", "wanted", "folded")

    def __init__(self, teams: dict[int, tuple], locations: dict[int, str]):
        self.learners: dict[int, tuple[str, str, str] | None] = {}
        self.staff: dict[int, tuple[str, str, str] | None] = {}
        self.teams, self.locations = teams, locations
        self.complete = False
        self.wanted: tuple[set[int], set[int]] = (set(), set())  # the learners and staff members to read
        # Search texts that thousands of items share, by staff number (a name) and by kind and what (see `found`).
        self.folded: dict[int | tuple[str, str], str] = {}

    def parts(self, kind: str, number: int | None) -> tuple[str, str, str] | None:
        if number is None:
            return None
        known = self.learners if kind == "learner" else self.staff
        if number not in known and not self.complete:
            table = "learner" if kind == "learner" else "staff"
            row = db.execute_sql(f"SELECT first_name, name_prefix, last_name FROM {table} WHERE id = ?", (number,))
            known[number] = row.fetchone()
        return known.get(number)

    def person(self, kind: str, number: int | None) -> str:
        parts = self.parts(kind, number)
        return display_name(*parts) if parts else ""

    def load_all(self) -> None:
        """Read every name the agenda's subjects refer to, in a few queries."""
        if self.complete:
            return
        self.load("learner", self.wanted[0])
        self.load("staff", self.wanted[1])
        self.complete = True

    def forget(self) -> None:
        """Let go of the names read: once the search texts hold them folded (`AgendaItem.shared_texts`), a name is
        only wanted when a row shows it, and read again then. Tens of thousands of them are megabytes."""
        self.learners.clear()
        self.staff.clear()
        self.complete = False

    def load(self, kind: str, ids: Iterable[int]) -> None:
        """Read the names of these learners or staff members not read yet, in a few queries."""
        table, known = ("learner", self.learners) if kind == "learner" else ("staff", self.staff)
        with _reading():  # everyone's name goes through the whole table of learners once
            for chunk in _chunks(set(ids) - known.keys()):
                sql = f"SELECT id, first_name, name_prefix, last_name FROM {table} WHERE id IN ({_listed(chunk)})"
                for number, first, prefix, last in db.execute_sql(sql):
                    known[number] = (first, prefix, last)


NO_NAMES = Names({}, {})


@dataclass(slots=True)
class Subject:
    """Whom items are about and who guides them, shared by every item of one period, trajectory or person."""

    person_kind: str  # "learner" or "staff"
    person_id: int
    parent_table: str  # the record the items belong to: a period, a trajectory, a staff member
    parent_id: int
    practice_trainer_id: int | None = None
    work_supervisor_id: int | None = None
    coach_id: int | None = None
    team_id: int | None = None
    location_id: int | None = None
    names: Names = NO_NAMES
    # The person, location and team, folded for a search (`AgendaItem.shared_texts`).
    folded: str | None = field(default=None, compare=False, repr=False)

    @property
    def who(self) -> str:
        return self.names.person(self.person_kind, self.person_id)

    @property
    def who_sort(self) -> str:
        """ "Berg, Zoë van der": for sorting by last name."""
        parts = self.names.parts(self.person_kind, self.person_id)
        return sort_name(*parts) if parts else ""

    @property
    def practice_trainer(self) -> str:
        return self.names.person("staff", self.practice_trainer_id)

    @property
    def work_supervisor(self) -> str:
        return self.names.person("staff", self.work_supervisor_id)

    @property
    def coach(self) -> str:
        return self.names.person("staff", self.coach_id)

    @property
    def team(self) -> str:
        team = self.names.teams.get(self.team_id)
        return team[0] if team else ""

    @property
    def location(self) -> str:
        return self.names.locations.get(self.location_id, "")


@dataclass(slots=True)
class AgendaItem:
    """One thing due. `table` and `record_id` name the record to open (record_id None: a coach meeting
    that is due but not planned yet; a studentwaardering not received yet has none, so "student_evaluation"
    comes with its period's number); `role` says who acts on it (`RESPONSIBLE_ROLES`, or None)."""

    due: dt.date
    kind: str
    what: str
    table: str
    record_id: int | None
    role: str | None
    subject: Subject
    overdue: bool
    step: str = ""  # of a form: `FORM_STEPS`
    detail: str = ""  # a form's number, a task's phase, a certificate's training
    version: int | None = None  # of a meeting or task as read, which marking it done from the list states

    @property
    def who(self) -> str:
        return self.subject.who

    @property
    def responsible_id(self) -> int | None:
        return getattr(self.subject, f"{self.role}_id") if self.role else None

    @property
    def responsible(self) -> str:
        return getattr(self.subject, self.role) if self.role else ""

    @property
    def location_id(self) -> int | None:
        return self.subject.location_id

    @property
    def location(self) -> str:
        return self.subject.location

    @property
    def team_id(self) -> int | None:
        return self.subject.team_id

    @property
    def team(self) -> str:
        return self.subject.team

    @property
    def kind_label(self) -> str:
        return choices.label(KINDS, self.kind)

    def found(self, words: list[str]) -> bool:
        """Whether every folded search word occurs in the item's who, what, details, who is responsible, location,
        team or kind. A word holds no space, so it lies within one part: the parts are looked through apart and
        no item keeps a text of its own (a quarter of a million of them took some 50 MB)."""
        people, responsible, what, detail = self.search_parts()
        return all(word in people or word in responsible or word in what or word in detail for word in words)

    def search_parts(self) -> tuple[str, str, str, str]:
        """What `found` looks through: `shared_texts` and the detail, folded."""
        return (*self.shared_texts(), fold(self.detail) if self.detail else "")

    def shared_texts(self) -> tuple[str, str, str]:
        """The folded parts of the search text that items share: the subject's person and places, the name of
        who is responsible, and what the item is with its kind. Each is folded once, when first asked for."""
        subject = self.subject
        names = subject.names
        people = subject.folded
        if people is None:
            people = subject.folded = fold(f"{subject.who} {subject.location} {subject.team}")
        # What is folded is kept with the agenda's names: without them, nowhere (NO_NAMES serves every agenda).
        shared = names.folded if names is not NO_NAMES else {}
        responsible = ""
        number = self.responsible_id
        if number is not None:
            responsible = shared.get(number)
            if responsible is None:
                responsible = shared[number] = fold(names.person("staff", number))
        what = (self.kind, self.what)
        text = shared.get(what)
        if text is None:
            text = shared[what] = fold(f"{self.what} {self.kind_label}")
        return people, responsible, text


@dataclass(frozen=True)
class AgendaCounts:
    overdue: int
    due_this_week: int
    awaiting_signature: int
    certificates_expiring: int


@dataclass
class Agenda:
    """Everything open up to `until` (and everything overdue), by date: what is overdue comes first, as only
    overdue items lie before today."""

    today: dt.date
    until: dt.date
    items: list[AgendaItem]
    warning_days: int
    names: Names = field(default_factory=lambda: NO_NAMES)
    subjects: list[Subject] = field(default_factory=list)  # of every item, each once
    pending: frozenset[str] = frozenset()  # kinds not read yet (`load_agenda`'s `later`)
    _reader: _Reader | None = field(default=None, repr=False)  # what reads them, knowing the periods read

    def read_later(self) -> LaterItems:
        """Read the kinds still pending. Meant for a worker thread (on its own connection): it only reads, and
        changes nothing of the agenda; `add_later` then joins what it read, on the thread that shows it."""
        with _reading():
            items, subjects = self._reader.read_later()
        return LaterItems(self, items, subjects)

    def add_later(self, later: LaterItems) -> None:
        """Join the items read by `read_later`, in the order one reading of everything gives."""
        if later.agenda is not self:
            raise ValueError("read for another agenda")
        self.items += later.items
        self.items.sort(key=_DUE)  # two sorted runs: the later kinds come last within a day, as when read at once
        self.subjects += later.subjects
        _note_names(self.names, later.subjects)
        self.pending = frozenset()
        self._reader = None

    def counts_waiting(self) -> set[str]:
        """The counts (`SHORTCUTS`) that the kinds still pending may change: not to be shown as final yet."""
        waiting = set()
        for kind in self.pending:
            waiting.update(("overdue", "this_week"))  # any kind of item can be late or due this week
            if kind == "form":
                waiting.add("awaiting_signature")
            elif kind == "certificate":
                waiting.add("certificates_expiring")
        return waiting

    def load_names(self) -> None:
        """Read everyone's name at once: before sorting the whole list by a name (a search does it itself)."""
        self.names.load_all()

    def responsible_people(self) -> list[tuple[int, str]]:
        """(staff number, name) of everyone responsible for an item, by last name: to choose whose items to see."""
        people = set()
        for subject in self.subjects:
            people.update((subject.practice_trainer_id, subject.work_supervisor_id, subject.coach_id))
        people.discard(None)
        self.names.load("staff", people)
        known = self.names.staff
        named = [(number, known[number]) for number in people if known.get(number)]
        named.sort(key=lambda person: fold(sort_name(*person[1])))
        return [(number, display_name(*parts)) for number, parts in named]

    def week_end(self) -> dt.date:
        return self.today + dt.timedelta(days=6 - self.today.weekday())

    def shortcut(self, name: str):
        """The test behind each count, to filter the list on it when the count is clicked."""
        today, week_end = self.today, self.week_end()
        expiring_until = today + dt.timedelta(days=self.warning_days)
        tests = {
            "overdue": lambda item: item.overdue,
            "this_week": lambda item: not item.overdue and today <= item.due <= week_end,
            "awaiting_signature": lambda item: item.step in AWAITING_SIGNATURE,
            "certificates_expiring": lambda item: item.kind == "certificate" and today <= item.due <= expiring_until,
        }
        if name not in tests:
            raise ValidationError("only", _("Unknown value {value}; choose one of: {known}.").format(
                value=name, known=", ".join(SHORTCUTS)))  # fmt: skip
        return tests[name]

    def select(
        self,
        start: dt.date | None = None,
        end: dt.date | None = None,
        *,
        overdue: bool = True,
        responsible: int | None = None,
        practice_trainer: int | None = None,
        location: int | None = None,
        team: int | None = None,
        kinds: Iterable[str] | None = None,
        only: str | None = None,
        search: str = "",
    ) -> list[AgendaItem]:
        """The items due from `start` to `end` (either open), with everything overdue too unless `overdue`
        is False, that the other filters keep. `only` (one of `SHORTCUTS`) keeps what a count counts,
        whatever the dates. Dates after `until` were not read: load again to see further."""
        start, end = _check_range(start, end)
        wanted = set(kinds) if kinds is not None else None
        words = search_words(search) if search else []
        if words:
            self.load_names()
        test = self.shortcut(only) if only else None
        chosen = []
        for item in self.items:
            if test is not None:
                if not test(item):
                    continue
            elif not ((overdue and item.overdue) or _within(item.due, start, end)):
                continue
            if wanted is not None and item.kind not in wanted:
                continue
            subject = item.subject
            if responsible is not None and item.responsible_id != responsible:
                continue
            if practice_trainer is not None and subject.practice_trainer_id != practice_trainer:
                continue
            if team is not None and subject.team_id != team:
                continue
            if location is not None and subject.location_id != location:
                continue
            if words and not item.found(words):
                continue
            chosen.append(item)
        return chosen

    def counts(self, items: Iterable[AgendaItem] | None = None) -> AgendaCounts:
        """The figures above the list, of all items read (or of `items`)."""
        # The tests of `shortcut`, written out for one pass over tens of thousands of items.
        today, week_end = self.today, self.week_end()
        expiring_until = today + dt.timedelta(days=self.warning_days)
        overdue = this_week = signing = expiring = 0
        for item in self.items if items is None else items:
            if item.overdue:
                overdue += 1
            elif item.due <= week_end and item.due >= today:
                this_week += 1
            if item.step in AWAITING_SIGNATURE:
                signing += 1
            elif item.kind == "certificate" and today <= item.due <= expiring_until:
                expiring += 1
        return AgendaCounts(overdue, this_week, signing, expiring)

    def covers(self, end: dt.date | None) -> bool:
        """Whether items due up to `end` were read (else load again with a later `until`)."""
        return end is not None and end <= self.until


@dataclass(frozen=True)
class LaterItems:
    """What `Agenda.read_later` read, for `Agenda.add_later` of the same agenda."""

    agenda: Agenda
    items: list[AgendaItem]
    subjects: list[Subject]


def _within(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def _check_range(start, end) -> tuple[dt.date | None, dt.date | None]:
    first = v.date("start", start)
    last = v.date("end", end)
    if first and last and last < first:
        raise ValidationError("end", _("The end date lies before the start date."))
    return first, last


def default_until(today: dt.date) -> dt.date:
    """What the overview reads ahead unless told otherwise: the next two weeks, this one included."""
    return today + dt.timedelta(days=HORIZON_DAYS)


def agenda(
    start=None,
    end=None,
    *,
    overdue: bool = True,
    responsible: int | None = None,
    practice_trainer: int | None = None,
    location: int | None = None,
    team: int | None = None,
    kinds: Iterable[str] | None = None,
    today: dt.date | None = None,
) -> list[AgendaItem]:
    """Everything due from `start` to `end` (and overdue, unless `overdue` is False), as `Agenda.select`."""
    first, last = _check_range(start, end)
    day = today or clock.today()
    loaded = load_agenda(
        last or default_until(day), today=day, practice_trainer=practice_trainer, location=location, team=team
    )
    return loaded.select(first, last, overdue=overdue, responsible=responsible, kinds=kinds)


# -- reading ---------------------------------------------------------------------------------------------------


def _check_reference(field_name: str, model, value) -> int | None:
    if value is None:
        return None
    number = v.record_id(value)
    if number is None or not model.select().where(model.id == number).exists():
        raise ValidationError(field_name, _("Refers to a record that does not exist (number {id}).").format(id=value))
    return number


def load_agenda(
    until=None,
    *,
    today: dt.date | None = None,
    practice_trainer: int | None = None,
    location: int | None = None,
    team: int | None = None,
    later: Iterable[str] = (),
) -> Agenda:
    """Read everything open that is due on or before `until` (default: `default_until`), overdue included.
    `practice_trainer`, `location` and `team` limit what is read (a week list reads one praktijkopleider's).
    Kinds named in `later` (of `LATER_KINDS`) are not read now but left `pending`, for `Agenda.read_later`."""
    day = today or clock.today()
    horizon = v.date("until", until) or default_until(day)
    practice_trainer = _check_reference("practice_trainer", m.Staff, practice_trainer)
    location = _check_reference("location", m.Location, location)
    team = _check_reference("team", m.Team, team)
    later = frozenset(later)
    if not later <= LATER_KINDS:
        raise ValueError(f"only {sorted(LATER_KINDS)} can be read later")
    with _reading():
        reader = _Reader(day, horizon, practice_trainer, location, team, later)
        items = reader.read()
        items.sort(key=_DUE)  # by date, then (the sort is stable) by kind as read
    subjects = [*reader.subjects.values(), *reader.others]
    _note_names(reader.names, subjects)
    pending = frozenset(reader.deferred)
    names, kept = reader.names, reader if pending else None
    return Agenda(day, horizon, items, reader.warning_days, names, subjects, pending, kept)


def _note_names(names: Names, subjects: Iterable[Subject]) -> None:
    """Tell `Names` whose names the items of these subjects may need, for when they are all wanted at once."""
    learners, staff = names.wanted
    for subject in subjects:
        (learners if subject.person_kind == "learner" else staff).add(subject.person_id)
        for number in (subject.practice_trainer_id, subject.work_supervisor_id, subject.coach_id):
            if number:
                staff.add(number)


@contextlib.contextmanager
def _reading():
    """Around a reading of the agenda. Tens of thousands of small objects are made at once and all kept: Python's
    cyclic garbage collector would go over them again and again for nothing (about a tenth of the time of reading
    an agenda). And the reading goes through the open meetings, tasks and forms once: in SQLite's usual cache the
    connection would keep their pages, some 15 MB the process then holds for nothing (`Engine.reading_through`)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with engine_of(db).reading_through(db, READING_CACHE_KIB):
            yield
    finally:
        if enabled:
            gc.enable()


_DUE = operator.attrgetter("due")


# Every query that gives items states their order: the order SQLite's index gives them in anyway (so no sort there),
# which a server would not keep by itself, texts by their character codes as SQLite compares them (not by a server's
# language rules). The items of one day then come in the same order from a file and a server.
# The periods whose meetings and tasks count (see the module's docstring), with who guides them.
CURRENT_PERIODS_SQL = """
SELECT p.id, p.learner_id, p.practice_trainer_id, p.work_supervisor_id, p.team_id, p.start_date, p.end_date, p.status
FROM bpv_period p JOIN learner l ON l.id = p.learner_id
WHERE l.archived = FALSE
  AND (p.status IN ('planned', 'active') OR (p.status = 'completed' AND p.end_date >= ?)){filters}
ORDER BY p.id
"""
PERIODS_BY_ID_SQL = """
SELECT p.id, p.learner_id, p.practice_trainer_id, p.work_supervisor_id, p.team_id, p.start_date, p.end_date, p.status
FROM bpv_period p JOIN learner l ON l.id = p.learner_id
WHERE l.archived = FALSE AND p.id IN ({ids}){filters}
ORDER BY p.id
"""
OPEN_FORMS_SQL = """
SELECT * FROM (
  SELECT period_id, id, 'assignment' AS kind, number, title, status, deadline AS due FROM practice_assignment
  WHERE status <> 'signed_off'{scope}
  UNION ALL
  SELECT period_id, id, 'assessment', number, kind, status, due_on FROM assessment WHERE status <> 'signed'{scope}
) AS open_forms
ORDER BY {kind} DESC, period_id, {status}, due, {number}, {title}, id
"""
# Who still has to sign the final round of a form (the `signature_pending` index holds just these rows).
PENDING_SIGNERS_SQL = """
SELECT assignment_id, assessment_id, signer_role FROM signature
WHERE signed_at IS NULL AND voided_at IS NULL AND stage = 'final' AND trajectory_id IS NULL
"""
OPEN_STEPS_SQL = """
SELECT s.id, s.kind, s.planned_on, t.id, t.coach_id, t.participant_staff_id, t.participant_learner_id
FROM coaching_step s JOIN coaching_trajectory t ON t.id = s.trajectory_id
WHERE s.held_on IS NULL AND s.planned_on IS NOT NULL AND s.planned_on <= ? AND t.status IN ('planned', 'active')
ORDER BY s.id
"""
# Praktijkopleiders in service whose certification runs out by a day.
CERTIFICATION_SQL = """
SELECT r.id, r.staff_id, r.certified_until FROM staff_role r JOIN staff s ON s.id = r.staff_id
WHERE r.role = 'practice_trainer' AND r.certified_until <= ? AND s.active = TRUE
"""
CHUNK = 5000  # record numbers per statement, written into it: some SQLite builds allow only 999 parameters


def _listed(ids) -> str:
    return ", ".join(str(int(number)) for number in ids)


def _chunks(ids) -> list[list[int]]:
    ids = sorted(ids)
    return [ids[start : start + CHUNK] for start in range(0, len(ids), CHUNK)]


class _Reader:
    """One reading of the agenda: a handful of queries that return record numbers, turned into items, then
    the names of everyone in them read at once."""

    def __init__(self, today, until, practice_trainer, location, team, later=frozenset()):
        self.today, self.until = today, until
        self.later = later  # kinds to leave for `read_later`
        self.deferred: dict[str, Callable[[], list[AgendaItem]]] = {}
        self.current: tuple = ()  # the current periods, as read first
        self.warning_days = warning_days()
        self.grace = (today - dt.timedelta(days=COMPLETED_GRACE_DAYS)).isoformat()
        self.waardering_days = dt.timedelta(days=WAARDERING_DAYS)
        self.practice_trainer, self.location, self.team = practice_trainer, location, team
        self.filters, self.params = "", []
        if practice_trainer is not None:
            self.filters += " AND p.practice_trainer_id = ?"
            self.params.append(practice_trainer)
        if team is not None:
            self.filters += " AND p.team_id = ?"
            self.params.append(team)
        elif location is not None:
            self.filters += " AND p.team_id IN (SELECT id FROM team WHERE location_id = ?)"
            self.params.append(location)
        self.teams = {row[0]: row[1:] for row in db.execute_sql("SELECT id, name, location_id FROM team")}
        self.names = Names(self.teams, dict(db.execute_sql("SELECT id, name FROM location").fetchall()))
        self.staff_places: dict[int, tuple[int | None, int | None]] = {}
        self.subjects: dict[int, Subject] = {}  # by period
        self.others: list[Subject] = []  # of trajectories and staff members
        self.periods: dict[int, tuple] = {}  # period -> (start, end, status)
        self.dates: dict[str, dt.date] = {}
        self.labels = {
            vocabulary: {code: _(label) for code, label in values.items()}
            for vocabulary, values in (
                ("meeting", choices.MEETING_KINDS),
                ("phase", choices.PHASES),
                ("step", FORM_STEPS),
                ("coaching", choices.COACHING_STEPS),
                ("assessment", choices.ASSESSMENT_KINDS),
            )
        }

    def read(self) -> list[AgendaItem]:
        """The items by kind in `KINDS` order, except that the kinds that may be read later come last, each kind
        in the order its query gave: `load_agenda` then sorts by date alone (a stable sort on a C-level key,
        instead of a Python key per item), and `Agenda.add_later` gives the same order."""
        self._read_periods(CURRENT_PERIODS_SQL.format(filters=self.filters), [self.grace, *self.params])
        # Forms and studentwaarderingen add ended periods to `periods`; the phase tasks are those of these alone.
        self.current = tuple(self.periods.items())
        items = self._meetings()
        items += self._forms()
        items += self._coaching()
        if self.practice_trainer is None and self.location is None and self.team is None:
            items += self._coach_meetings()
            items += self._learning_groups()
        if self.practice_trainer is None:
            items += self._team_actions()
        starts, ends = self._events()
        items += starts
        items += ends
        items += self._waarderingen()
        items += self._now_or_later("task", self._tasks)
        # A staff member's POAPs and talks (with the praktijkopleiders' certifications): thousands on a large staff.
        items += self._now_or_later("development", self._development)
        items += self._now_or_later("certificate", self._certificates)
        return items

    def _now_or_later(self, kind: str, source: Callable[[], list[AgendaItem]]) -> list[AgendaItem]:
        """The items of one source, or none yet when its kind is left for `read_later`."""
        if kind in self.later:
            self.deferred[kind] = source
            return []
        return source()

    def read_later(self) -> tuple[list[AgendaItem], list[Subject]]:
        """The items of the sources left for later, and the subjects made for them."""
        known = len(self.others)
        items = [item for source in self.deferred.values() for item in source()]
        return items, self.others[known:]

    def day(self, text) -> dt.date | None:
        """A date as SQLite returns it, remembered: the same few hundred dates come back thousands of times."""
        if text is None:
            return None
        found = self.dates.get(text)
        if found is None:
            found = self.dates[text] = iso_date(text)
        return found

    def _read_periods(self, sql: str, params) -> None:
        teams = self.teams
        for period, learner, trainer, supervisor, team, start, end, status in db.execute_sql(sql, params):
            location = teams[team][1] if team in teams else None
            self.subjects[period] = Subject(
                "learner", learner, "bpv_period", period, trainer, supervisor, None, team, location, self.names
            )
            self.periods[period] = (self.day(start), self.day(end), status)

    # -- BPV -----------------------------------------------------------------------------------------------------
    def _scopes(self) -> list[str]:
        """What limits a query to the periods read: nothing for the whole organisation (reading every open row
        is quicker than looking up thousands of periods), else their record numbers, in chunks."""
        if not self.filters:
            return [""]
        return [f" AND period_id IN ({_listed(chunk)})" for chunk in _chunks(self.periods)]

    def _meetings(self) -> list[AgendaItem]:
        labels, today, subjects, day = self.labels["meeting"], self.today, self.subjects, self.day
        items = []
        for scope in self._scopes():
            sql = f"""SELECT period_id, id, kind, planned_on, version FROM meeting
                      WHERE held_on IS NULL AND cancelled = ? AND planned_on <= ?{scope}
                      ORDER BY period_id, planned_on, {engine_of(db).in_code_order("kind")}, id"""
            # "Not cancelled" as a bound False: SQLite then still reads the partial index meeting_open (a literal
            # FALSE does not match its "cancelled = FALSE"), and a server compares booleans as booleans.
            for period, meeting, kind, planned, version in db.execute_sql(sql, (False, self.until.isoformat())):
                subject = subjects.get(period)
                if subject is None:
                    continue  # a meeting of a period that has ended
                due = day(planned)
                role = "work_supervisor" if kind == "supervisor_evaluation" else "practice_trainer"
                what = labels.get(kind, kind)
                items.append(
                    AgendaItem(due, "meeting", what, "meeting", meeting, role, subject, due < today, version=version)
                )
        return items

    def _tasks(self) -> list[AgendaItem]:
        """Open tasks of the phases whose window ends by `until`, read per phase for just those periods."""
        wanted: dict[str, dict[int, dt.date]] = defaultdict(dict)
        until = self.until
        for period, (start, end, _status) in self.current:
            for phase, due in phase_due_dates(start, end).items():
                if due <= until:
                    wanted[phase][period] = due
        items: list[AgendaItem] = []
        phases, today, subjects = self.labels["phase"], self.today, self.subjects
        titles: dict[str, str] = {}  # each title once: the tasks of a phase come from a few templates
        in_code_order = engine_of(db).in_code_order
        for phase, dues in wanted.items():
            detail = phases.get(phase, phase)
            for chunk in _chunks(dues):
                sql = f"""SELECT period_id, id, role, title, version FROM phase_task
                          WHERE done_on IS NULL AND cancelled = ? AND phase = ? AND period_id IN ({_listed(chunk)})
                          ORDER BY period_id, {in_code_order("role")}, {in_code_order("title")}, id"""
                items += [
                    AgendaItem(dues[period], "task", titles.setdefault(title, title), "phase_task", task,
                               "work_supervisor" if role == "work_supervisor" else "practice_trainer",
                               subjects[period], dues[period] < today, "", detail, version=version)
                    for period, task, role, title, version in db.execute_sql(sql, (False, phase)).fetchall()
                ]  # fmt: skip
        return items

    def _events(self) -> tuple[list[AgendaItem], list[AgendaItem]]:
        """Placements starting, and placements ending."""
        starts, ends, today, until = [], [], self.today, self.until
        start_label, end_label = _("Placement starts"), _("Placement ends")
        for period, (start, end, status) in self.periods.items():
            if status == "planned" and today <= start <= until:
                starts.append(AgendaItem(start, "placement_start", start_label, "bpv_period", period,
                                         "practice_trainer", self.subjects[period], False))  # fmt: skip
            if status == "active" and end is not None and today <= end <= until:
                ends.append(AgendaItem(end, "placement_end", end_label, "bpv_period", period, "practice_trainer",
                                       self.subjects[period], False))  # fmt: skip
        return starts, ends

    def _waarderingen(self) -> list[AgendaItem]:
        """Studentwaarderingen due. Their periods have ended, so most are not among the current ones: those are
        read by number, as the forms' are, which also leaves out archived learners and what the filters do."""
        due = [row for row in waardering_due(self.today) if row.ended_on + self.waardering_days <= self.until]
        for chunk in _chunks({row.period_id for row in due} - self.periods.keys()):
            self._read_periods(PERIODS_BY_ID_SQL.format(ids=_listed(chunk), filters=self.filters), self.params)
        label, today, subjects = _("Have the questionnaire filled in"), self.today, self.subjects
        items = []
        for row in due:
            subject = subjects.get(row.period_id)
            if subject is not None:
                day = row.ended_on + self.waardering_days
                items.append(AgendaItem(day, "waardering", label, "student_evaluation", row.period_id,
                                        "practice_trainer", subject, day < today))  # fmt: skip
        return items

    # -- forms ---------------------------------------------------------------------------------------------------
    def _forms(self) -> list[AgendaItem]:
        scope = ""
        if self.filters:
            scope = f""" AND period_id IN (SELECT p.id FROM bpv_period p JOIN learner l ON l.id = p.learner_id
                                           WHERE l.archived = FALSE{self.filters})"""
        texts = {name: engine_of(db).in_code_order(name) for name in ("kind", "status", "number", "title")}
        sql = OPEN_FORMS_SQL.format(scope=scope, **texts)
        rows = db.execute_sql(sql, [*self.params, *self.params]).fetchall()
        missing = {row[0] for row in rows} - self.periods.keys()
        for chunk in _chunks(missing):
            self._read_periods(PERIODS_BY_ID_SQL.format(ids=_listed(chunk), filters=self.filters), self.params)
        pending: dict[tuple[str, int], set[str]] = defaultdict(set)
        for assignment, assessment, role in db.execute_sql(PENDING_SIGNERS_SQL):
            key = ("assignment", assignment) if assignment is not None else ("assessment", assessment)
            pending[key].add(role)
        steps, kinds, today, until = self.labels["step"], self.labels["assessment"], self.today, self.until
        signing = dt.timedelta(days=SIGNING_DAYS)
        items, whats = [], {}
        for period, form, kind, number, title, status, due in rows:
            subject = self.subjects.get(period)
            if subject is None:
                continue  # of an archived learner, or left out by the filters
            _start, period_end, period_status = self.periods[period]
            step = FORM_STEP_OF[(kind, status)]
            if period_status == "ended_early" and step not in AWAITING_SIGNATURE:
                continue  # nothing more is issued, handed in or assessed in a period that ended early
            day = self.day(due) or period_end
            if day is None:
                continue
            if step == "sign" or (step == "assess" and kind == "assignment"):
                day += signing
            if day > until and step != "sign":
                continue
            if step == "sign" and pending.get((kind, form)) == {"school_supervisor"}:
                step = "send_to_school"
            label = title if kind == "assignment" else kinds.get(title, title)
            what = whats.get((step, label))
            if what is None:  # tens of thousands of forms share a few hundred of these
                what = whats[(step, label)] = f"{steps[step]}: {label}"
            items.append(AgendaItem(day, "form", what, FORM_TABLES[kind], form,
                                    "practice_trainer", subject, day < today, step=step, detail=number))  # fmt: skip
        return items

    # -- coaching --------------------------------------------------------------------------------------------------
    def _coaching(self) -> list[AgendaItem]:
        if self.practice_trainer is not None:
            return []  # a praktijkopleider's agenda is that of their learners' placements
        rows = db.execute_sql(OPEN_STEPS_SQL, (self.until.isoformat(),)).fetchall()
        if not rows:
            return []
        places = self._places_of_people({row[5] for row in rows if row[5]}, {row[6] for row in rows if row[6]})
        labels, today, items = self.labels["coaching"], self.today, []
        subjects: dict[int, Subject] = {}
        for step, kind, planned, trajectory, coach, staff, learner in rows:
            subject = subjects.get(trajectory)
            if subject is None:
                person = ("staff", staff) if staff is not None else ("learner", learner)
                team, location = places.get(person, (None, None))
                subject = subjects[trajectory] = Subject(
                    *person,
                    "coaching_trajectory",
                    trajectory,
                    coach_id=coach,
                    team_id=team,
                    location_id=location,
                    names=self.names,
                )
                self.others.append(subject)
            if not self._in_place(subject):
                continue
            due = self.day(planned)
            items.append(AgendaItem(due, "coaching_step", labels.get(kind, kind), "coaching_step", step, "coach",
                                    subject, due < today))  # fmt: skip
        return items

    def _places_of_people(self, staff: set[int], learners: set[int]) -> dict[tuple[str, int], tuple]:
        """(team, location) of staff members (their team's location, or their own without a team) and of
        learners (the team of their current period)."""
        self._read_staff_places(staff)
        places = {("staff", number): self.staff_places.get(number, (None, None)) for number in staff}
        for chunk in _chunks(learners):
            sql = f"""SELECT l.id, p.team_id FROM learner l JOIN bpv_period p ON p.id = {CURRENT_PERIOD_OF_LEARNER}
                      WHERE l.id IN ({_listed(chunk)})"""
            for number, team in db.execute_sql(sql):
                places[("learner", number)] = (team, self.teams[team][1] if team in self.teams else None)
        return places

    def _read_staff_places(self, wanted: set[int]) -> None:
        """Where staff members work: their team's location, or without a team their own."""
        teams, places = self.teams, self.staff_places
        for chunk in _chunks(wanted - places.keys()):
            sql = f"SELECT id, team_id, location_id FROM staff WHERE id IN ({_listed(chunk)})"
            for number, team, location in db.execute_sql(sql):
                places[number] = (team, teams[team][1] if team in teams else location)

    def _in_place(self, subject: Subject) -> bool:
        if self.team is not None:
            return subject.team_id == self.team
        return self.location is None or subject.location_id == self.location

    def _coach_meetings(self) -> list[AgendaItem]:
        today, items = self.today, []
        subject = Subject("staff", 0, "coach_meeting", 0, names=self.names)
        planned = m.CoachMeeting.select().where(
            (m.CoachMeeting.held_on > today) & (m.CoachMeeting.held_on <= self.until)
        )
        for meeting in planned:
            items.append(AgendaItem(meeting.held_on, "coach_meeting", _("Coach meeting"), "coach_meeting", meeting.id,
                                    None, subject, False))  # fmt: skip
        if not m.CoachMeeting.select().where(m.CoachMeeting.held_on > today).exists():
            due = next_meeting_due(today)
            if due is not None and due <= self.until:
                items.append(AgendaItem(due, "coach_meeting", _("Plan the coach meeting"), "coach_meeting", None,
                                        None, subject, due < today))  # fmt: skip
        return items

    def _learning_groups(self) -> list[AgendaItem]:
        """Groups that learn together on a rhythm (the coaches apart: see `_coach_meetings`): due that rhythm after
        they last met."""
        from desktop.services.group_learning import groups

        items = []
        for group in groups(self.today):
            if group.id is None or group.next_due is None or group.next_due > self.until:
                continue
            subject = Subject("staff", 0, "learning_group", group.id, names=self.names)
            items.append(AgendaItem(group.next_due, "group_learning", group.name, "learning_group", group.id, None,
                                    subject, group.next_due < self.today))  # fmt: skip
        return items

    def _team_actions(self) -> list[AgendaItem]:
        """What a team agreed after its learning-climate scan, open and with a date: due on that date."""
        sql = "SELECT id, team_id, what, who, due_on FROM team_action WHERE done_on IS NULL AND due_on <= ?"
        params: list = [self.until]
        if self.team is not None:
            sql += " AND team_id = ?"
            params.append(self.team)
        elif self.location is not None:
            sql += " AND team_id IN (SELECT id FROM team WHERE location_id = ?)"
            params.append(self.location)
        items = []
        for number, team, what, who, due_text in db.execute_sql(sql + " ORDER BY due_on, id", params):
            due = self.day(due_text)
            subject = Subject("staff", 0, "team", team, team_id=team, location_id=self.teams[team][1], names=self.names)
            items.append(AgendaItem(due, "team_action", what, "team_action", number, None, subject, due < self.today,
                                    detail=who))  # fmt: skip
        return items

    # -- certificates -------------------------------------------------------------------------------------------------
    def _certificates(self) -> list[AgendaItem]:
        until = max(self.until, self.today + dt.timedelta(days=self.warning_days))
        if self.practice_trainer is not None:
            # A praktijkopleider's agenda holds their learners' certificates only.
            alerts = certificate_alerts(until, learners={s.person_id for s in self.subjects.values()})
        else:
            alerts = certificate_alerts(until)
        if not alerts:
            return []
        # A learner's items go with their current period (the active one, else the next planned one).
        current: dict[int, Subject] = {}
        for period, (_start, _end, status) in self.periods.items():
            subject = self.subjects[period]
            if status in ("planned", "active") and (subject.person_id not in current or status == "active"):
                current[subject.person_id] = subject
        staff_places = self._places_of_people({a.person_id for a in alerts if a.kind == "staff"}, set())
        staff_subjects: dict[int, Subject] = {}
        items, today = [], self.today
        expired, expires = _("Certificate expired"), _("Certificate expires")
        trainings: dict[str, str] = {}  # each training's name once, not once per certificate
        for alert in alerts:
            if alert.kind == "learner":
                subject = current.get(alert.person_id)
            elif self.practice_trainer is None:
                subject = staff_subjects.get(alert.person_id)
                if subject is None:
                    team, location = staff_places.get(("staff", alert.person_id), (None, None))
                    subject = staff_subjects[alert.person_id] = Subject(
                        "staff",
                        alert.person_id,
                        "staff",
                        alert.person_id,
                        team_id=team,
                        location_id=location,
                        names=self.names,
                    )
                    self.others.append(subject)
            else:
                subject = None  # a praktijkopleider's agenda holds their learners' certificates only
            if subject is None or not self._in_place(subject):
                continue
            late = alert.expires_on < today
            role = "practice_trainer" if subject.practice_trainer_id is not None else None
            items.append(AgendaItem(alert.expires_on, "certificate", expired if late else expires, "certificate",
                                    alert.certificate_id, role, subject, late,
                                    detail=trainings.setdefault(alert.training, alert.training)))  # fmt: skip
        return items

    # -- development -----------------------------------------------------------------------------------------------
    def _development(self) -> list[AgendaItem]:
        """A staff member's next POAP or development talk (`development.newest_talks`) due by `until`, and a
        praktijkopleider's certification running out within the warning days, as certificates are warned."""
        if self.practice_trainer is not None:
            return []  # a praktijkopleider's agenda is that of their learners' placements
        # Imported here: the overview reads this kind after its first rows are on screen (`LATER_KINDS`), and the
        # development services are no part of a start until then.
        from desktop.services.development import newest_talks

        newest = newest_talks(self.today, with_names=False, due_by=self.until)
        talks = [row for row in newest if row.next_due and row.next_due <= self.until]
        until = max(self.until, self.today + dt.timedelta(days=self.warning_days))
        certified = db.execute_sql(CERTIFICATION_SQL, (until.isoformat(),)).fetchall()
        places = self._places_of_people({row.staff_id for row in talks} | {row[1] for row in certified}, set())
        subjects: dict[int, Subject] = {}

        def subject_of(staff: int) -> Subject:
            if staff not in subjects:
                team, location = places.get(("staff", staff), (None, None))
                subjects[staff] = Subject("staff", staff, "staff", staff, team_id=team, location_id=location,
                                          names=self.names)  # fmt: skip
                self.others.append(subjects[staff])
            return subjects[staff]

        today, items = self.today, []
        labels = {kind: _(label) for kind, label in choices.DEVELOPMENT_KINDS.items()}
        for row in talks:
            subject = subject_of(row.staff_id)
            if self._in_place(subject):
                items.append(AgendaItem(row.next_due, "development", labels[row.kind], "development_talk", row.talk_id,
                                        None, subject, row.next_due < today))  # fmt: skip
        expired, expires = _("Certification expired"), _("Certification expires")
        for role, staff, until_day in certified:
            subject, due = subject_of(staff), self.day(until_day)
            if self._in_place(subject):
                items.append(AgendaItem(due, "certification", expired if due < today else expires, "staff_role", role,
                                        None, subject, due < today, detail=_("Practice trainer")))  # fmt: skip
        return items


FORM_TABLES = {"assignment": "practice_assignment", "assessment": "assessment"}
FORM_STEP_OF = {
    ("assignment", "draft"): "issue",
    ("assignment", "issued"): "hand_in",
    ("assignment", "handed_in"): "assess",
    ("assignment", "assessed"): "sign",
    ("assessment", "draft"): "assess",
    ("assessment", "completed"): "sign",
}


def phase_due_dates(start: dt.date, end: dt.date | None) -> dict[str, dt.date]:
    """When the tasks of each phase are due: at the end of the phase's window by the period's dates."""
    last = end or start + dt.timedelta(days=OPEN_ENDED_DAYS)
    intro, evaluation = bpv.phase_windows((last - start).days)
    return {
        "introduction": start + dt.timedelta(days=intro),
        "work_and_learn": start + dt.timedelta(days=evaluation),
        "evaluation": last,
    }


# -- acting on an item ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DoneChange:
    """A meeting marked held or a task marked done from the agenda, for the window's undo (`UpdateCommand`
    with `service_for(model)`, `record_id`, `new` and `previous`)."""

    model: type
    record_id: int
    new: dict
    previous: dict
    version: int  # as the change left it, for its undo to state


DONE_FIELDS = {"meeting": (m.Meeting, "held_on"), "phase_task": (m.PhaseTask, "done_on")}


def mark_done(table: str, record_id: int, day=None, seen_version: int | None = None) -> DoneChange:
    """Mark a meeting held or a task done (today, or on `day`), through its service: validated and audited; refused
    when someone else changed it since `seen_version` (the one the agenda read)."""
    from desktop.services import service_for

    if table not in DONE_FIELDS:
        raise ValidationError("table", _("Only a meeting or a task can be marked done from the agenda."))
    model, column = DONE_FIELDS[table]
    service = service_for(model)
    record, previous = service.update(record_id, seen_version=seen_version, **{column: day or clock.today()})
    return DoneChange(model, record.id, service.values_of(record, previous), previous, record.version)
