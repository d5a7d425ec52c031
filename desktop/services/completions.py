"""Importing completions from the learning platform's export (CSV or XLSX): one row per course, with the
person (employee or student number, e-mail address or name), the course name, the completion date and
optionally a score and a status. Where the file has a status (Status, Voortgang, or a Resultaat column of
words), only a row whose status says completed or passed is a completion; the others are listed as not
completed and left out, and need no date.

A course name is mapped once to the LeerWerk training it is, and remembered in `course_name`: a name that
is a training's own title maps by itself; any other is mapped by the coordinator (`mappings`), and until
then the import lists it with the trainings to choose from and writes nothing. A person is found by
`person_matching`, staff first and then learners (an enrolment holds either). A row whose person LeerWerk
does not know is listed by its line and left out; a completion LeerWerk already holds (the same person,
training and date), or that the file holds twice, is counted and left out. Anything else wrong (a missing
column, a date that is no date or lies ahead) is named by line and column, and then nothing is written.

The completions are written through `EnrolmentService.create_completed`, with the rules of a single
enrolment and a certificate each with the expiry the training's validity sets, set-wise (10,000 in a few
hundred statements) and all in one transaction: all of them are stored, or none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import peewee

from desktop import clock, files
from desktop.errors import ValidationError
from desktop.i18n import N_, _, format_number, ngettext
from desktop.services import person_matching, tabular
from desktop.services.base import transaction
from desktop.services.learner_io import ImportFailedError, Problem, Progress, _join, cell_date
from desktop.services.tabular import SheetRow
from desktop.services.training_enrolments import SCORE_LENGTH, EnrolmentService
from desktop.storage import cipher
from desktop.storage.access import ensure_writable
from desktop.storage.models import CourseName, db, display_name, iso_date
from desktop.textsearch import fold, name_key

# Headings as learning platforms and Dutch sheets write them, folded by `name_key`.
HEADINGS = {
    "staff_number": ("personeelsnummer", "medewerkernummer", "employee number", "employee id"),
    "student_number": ("studentnummer", "student number", "leerlingnummer"),
    "number": ("nummer", "number"),
    "email": ("e-mail", "email", "e-mailadres", "e-mail address", "mail", "mailadres"),
    "name": ("naam", "name", "volledige naam", "full name", "deelnemer", "medewerker", "gebruiker", "user"),
    "first_name": ("voornaam", "first name", "roepnaam"),
    "name_prefix": ("tussenvoegsel", "prefix", "tussenvoegsels"),
    "last_name": ("achternaam", "last name", "familienaam"),
    "course": ("cursus", "course", "cursusnaam", "course name", "e-learning", "module", "training", "opleiding"),
    "completed": (
        "voltooid op", "datum voltooid", "voltooiingsdatum", "afgerond op", "datum afgerond", "completion date",
        "completed on", "completed", "datum",
    ),
    "score": ("score", "cijfer", "grade", "punten", "percentage"),
    "result": ("resultaat", "result", "uitslag"),  # a score, or whether it was passed: see `plan_completions`
    "status": ("status", "voortgang", "completion status", "voltooiingsstatus"),
}  # fmt: skip
HEADER_KEYS = {name_key(heading): key for key, headings in HEADINGS.items() for heading in headings}
RANK = {name_key(heading): rank for headings in HEADINGS.values() for rank, heading in enumerate(headings)}
# Whose number a column holds, and so where it is looked up first: a staff member's, a learner's, or (a plain
# "Nummer") either's. The other kind is looked up after, before any name: a number is seldom both.
NUMBER_KEYS = {
    "staff_number": ("staff", "learner"),
    "student_number": ("learner", "staff"),
    "number": ("staff", "learner"),
}
PERSON_KEYS = (*NUMBER_KEYS, "email", "name", "first_name", "last_name")

EARLIER_ROUND = dt.timedelta(days=90)  # a completion this long before an open enrolment was of an earlier round
# A line of totals below the list: its first cell says so, or it holds only figures (a count, a =SUM).
TOTALS_RE = re.compile(r"(totaal|totalen|subtotaal|total|totals|subtotal|aantal|som|sum)\b")
FIGURE_RE = re.compile(r"=.*|[0-9]+(?:[.,][0-9]+)?%?")

# A status column's words, folded by `course_key`: only a completed (passed) row is a completion; the rest are
# left out, and a word in neither list is asked about rather than guessed.
COMPLETED = frozenset(
    (
        "voltooid", "geslaagd", "afgerond", "behaald", "gehaald", "voldoende", "completed", "passed", "complete",
        "voldaan",
        "ruim voldoende", "goed", "zeer goed", "uitstekend",  # a mark that passes
        "completed (achieved pass grade)", "complete (achieved pass grade)", "voltooid (geslaagd)",  # Moodle, Totara
    )
)  # fmt: skip
NOT_COMPLETED = frozenset(
    (
        "niet geslaagd", "onvoldoende", "in behandeling", "niet gestart", "bezig", "gestart", "not started",
        "in progress", "failed", "fail", "niet voltooid", "niet afgerond", "niet behaald", "gezakt", "not completed",
        "incomplete", "ingeschreven", "enrolled", "not attempted", "not yet started", "nog niet gestart",
        "nog niet voltooid", "nog bezig", "matig", "slecht", "niet voldaan", "not complete",
        "completed (did not achieve pass grade)", "complete (did not achieve pass grade)", "voltooid (niet geslaagd)",
    )
)  # fmt: skip


def left_out(plan: CompletionPlan) -> list[str]:
    """What an import leaves out, a sentence per reason, for the command line and the window alike."""
    lines: list[str] = []

    def say(count: int, sentence: str) -> None:
        if count:
            lines.append(sentence.format(count=format_number(count)))

    unmatched, ambiguous, twice = len(plan.unmatched), len(plan.ambiguous), len(plan.twice)
    say(
        unmatched,
        ngettext(
            "{count} row left out: the person is not in LeerWerk.",
            "{count} rows left out: the person is not in LeerWerk.",
            unmatched,
        ),
    )
    say(
        ambiguous,
        ngettext(
            "{count} row left out: several people have that name.",
            "{count} rows left out: several people have those names.",
            ambiguous,
        ),
    )
    say(
        twice,
        ngettext(
            "{count} row left out: it repeats a completion of an earlier line.",
            "{count} rows left out: they repeat completions of earlier lines.",
            twice,
        ),
    )
    say(
        len(plan.not_completed),
        ngettext(
            "{count} row left out: not completed.", "{count} rows left out: not completed.", len(plan.not_completed)
        ),
    )
    say(
        plan.duplicates,
        ngettext(
            "{count} completion was already recorded and was left out.",
            "{count} completions were already recorded and were left out.",
            plan.duplicates,
        ),
    )
    return lines  # fmt: skip


def course_key(name: str) -> str:
    """A course name as it is matched and remembered: case, accents and runs of spaces do not count."""
    return " ".join(fold(str(name)).split())


@dataclass(frozen=True)
class Completion:
    line: int
    training_id: int
    staff_id: int | None
    learner_id: int | None
    day: dt.date
    score: str
    enrolment_id: int | None = None  # the person's open enrolment for the training, which this completes


@dataclass
class CompletionPlan:
    path: Path
    rows: int = 0
    completions: list[Completion] = field(default_factory=list)
    unmatched: list[Problem] = field(default_factory=list)  # rows whose person LeerWerk does not know: left out
    ambiguous: list[Problem] = field(default_factory=list)  # rows whose name several people have: left out
    twice: list[Problem] = field(default_factory=list)  # rows that repeat a completion of an earlier line: left out
    not_completed: list[Problem] = field(default_factory=list)  # rows whose status says not (yet) completed
    duplicates: int = 0  # completions LeerWerk already holds: left out
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what else a person should know: lines passed over, sheets
    unknown_courses: dict[str, list[int]] = field(default_factory=dict)  # course name as written -> its lines
    new_mappings: dict[str, int] = field(default_factory=dict)  # course key -> training id, to remember

    @property
    def importable(self) -> bool:
        return not self.problems and not self.unknown_courses and bool(self.completions)


def trainings() -> list[tuple[int, str]]:
    """The trainings a course name can be mapped to: (id, title), active ones, by title."""
    sql = "SELECT id, title FROM training WHERE active ORDER BY lower(title), id"
    return [(number, title) for number, title in db.execute_sql(sql)]


def remembered() -> dict[str, int]:
    return dict(CourseName.select(CourseName.name, CourseName.training).tuples())


def read_completions(path: Path, mappings: dict[str, int] | None = None) -> CompletionPlan:
    """What importing `path` would do, with `mappings` (course name as written -> training id) added to the
    remembered ones; writes nothing. Raises `UnreadableFileError` when the file is no table at all."""
    return plan_completions(read_sheet(path), mappings)


def read_sheet(path: Path) -> tabular.Sheet:
    """The export's rows as read (no database needed: the window reads it on a worker thread). Raises
    `UnreadableFileError` when the file is no table at all."""
    return tabular.read_sheet(Path(path), accept=lambda rows: _header_position(rows) is not None)


def plan_completions(sheet: tabular.Sheet, mappings: dict[str, int] | None = None) -> CompletionPlan:
    """`read_completions` of a sheet already read (the window reads the file on a worker thread)."""
    plan = CompletionPlan(sheet.path)
    header_at = _header_position(sheet.rows)
    if header_at is None:
        plan.problems.append(
            Problem(
                None,
                "",
                _(
                    "The file {name} has no header row naming the person, the course and the completion date "
                    "(for instance Personeelsnummer, Cursus, Voltooid op)."
                ).format(name=plan.path.name),
            )
        )
        return plan
    header, rows = sheet.rows[header_at], sheet.rows[header_at + 1 :]
    plan.rows = len(rows)
    if sheet.also_accepted:
        plan.notes.append(
            ngettext(
                'The completions were read from sheet "{sheet}"; sheet {others} also holds completions and was not '
                "read. Save it as a file of its own to import it.",
                'The completions were read from sheet "{sheet}"; sheets {others} also hold completions and were not '
                "read. Save each as a file of its own to import it.",
                len(sheet.also_accepted),
            ).format(sheet=sheet.name, others=_join([f'"{title}"' for title in sheet.also_accepted]))
        )
    positions = _positions(header, plan)
    # "Resultaat: Geslaagd" is whether, not how well: the status where no column says it; else a score.
    result = positions.pop("result", None)
    if result is not None and _holds_statuses(rows, result):
        positions["status" if "status" not in positions else "result_status"] = result  # beside a Status: both say
    elif result is not None and "score" not in positions:
        positions["score"] = result
    elif result is not None and any(_cell_at(row, result) not in (None, "") for row in rows):
        plan.notes.append(
            _('Column "{other}" was not read: column "{kept}" holds the same, and was read.').format(
                other=_heading(header, {"result": result}, "result"), kept=_heading(header, positions, "score")
            )
        )
    if "status" not in positions and "score" in positions and _holds_statuses(rows, positions["score"]):
        positions["status"] = positions.pop("score")
    choices = trainings()
    known = {training_id for training_id, _title in choices}
    courses = remembered()
    for name, training_id in (mappings or {}).items():
        if training_id not in known:
            plan.problems.append(
                Problem(
                    None,
                    "",
                    _('There is no active training {id} to map "{course}" to.').format(id=training_id, course=name),
                )
            )
            continue
        courses[course_key(name)] = plan.new_mappings[course_key(name)] = training_id
    titles: dict[str, list[int]] = {}
    for training_id, title in choices:
        titles.setdefault(course_key(title), []).append(training_id)
    if plan.problems:
        return plan
    if not rows:
        plan.problems.append(
            Problem(None, "", _("The file {name} holds no completions, only a header row.").format(name=plan.path.name))
        )
        return plan
    course_at = positions.get("course", -1)  # a totals line names no course: its count is no score
    named = [row for row in rows if 0 <= course_at < len(row.cells) and row.cells[course_at] not in (None, "")]
    fractions = sheet.kind == "xlsx" and "score" in positions and _fractions(named, positions["score"])
    staff, learners = person_matching.staff_index(), _Lazy(person_matching.learner_index)
    seen: dict[tuple, Completion] = {}  # a completion -> its first line
    keys: dict[str, str] = {}  # a file names a few courses thousands of times: each is folded once
    today = clock.today()
    for row in rows:
        values = _values(row, positions)
        if row.unreadable:
            plan.problems.append(Problem(row.line, "", _("This line holds characters that cannot be read.")))
            continue
        if not values.get("course") and _totals(row, values):
            plan.notes.append(
                _("Line {line} holds totals, not a completion, and was passed over.").format(line=row.line)
            )
            continue
        if "status" in positions and not _completed(row, values, header, positions, plan):
            continue
        course = values.get("course", "")
        if not course:
            plan.problems.append(Problem(row.line, _heading(header, positions, "course"), _("Is required.")))
            continue
        key = keys.get(course)
        if key is None:
            key = keys[course] = course_key(course)
        training_id = courses.get(key)
        if training_id is None and len(titles.get(key, ())) == 1:
            training_id = courses[key] = plan.new_mappings[key] = titles[key][0]
        if training_id is None:
            plan.unknown_courses.setdefault(course, []).append(row.line)
        day = _completion_day(row, values, header, positions, sheet.kind, today, plan)
        score = values.get("score", "")
        cell = row.cells[positions["score"]] if "score" in positions and positions["score"] < len(row.cells) else None
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            score = _score_text(cell, fractions)
        if len(score) > SCORE_LENGTH:
            plan.problems.append(
                Problem(
                    row.line,
                    _heading(header, positions, "score"),
                    _("A score is at most {count} characters.").format(count=SCORE_LENGTH),
                )
            )
            continue
        if day is None or training_id is None:
            continue
        person = _person(values, staff, learners)
        if person in (NOBODY, SEVERAL):
            (plan.unmatched if person == NOBODY else plan.ambiguous).append(Problem(row.line, "", _(person)))
            continue
        staff_id, learner_id = person
        identity = (training_id, staff_id, learner_id, day)
        if identity in seen:
            first = seen[identity]
            reason = (
                _("the same completion as line {line}; left out.")
                if first.score == score
                else _("the same completion as line {line}, with another score ({score}); that of line {line} is kept.")
            )
            plan.twice.append(Problem(row.line, "", reason.format(line=first.line, score=score)))
            continue
        seen[identity] = Completion(row.line, training_id, staff_id, learner_id, day, score)
        plan.completions.append(seen[identity])
    # What LeerWerk holds already, read once for just the trainings the file names.
    held = _held_completions({completion.training_id for completion in plan.completions})
    if held:
        kept = [c for c in plan.completions if (c.training_id, c.staff_id, c.learner_id, c.day.isoformat()) not in held]
        plan.duplicates += len(plan.completions) - len(kept)
        plan.completions = kept
    plan.completions = _completing_open(plan.completions)
    return plan


def _completing_open(found: list[Completion]) -> list[Completion]:
    """The completions, each of a person enrolled for its training (an enrolment still open) as the completion of
    that enrolment: an e-learning the coordinator enrolled someone for is completed once, not enrolled twice (its
    cost counted twice in the budget). The open enrolments are read once, for just the trainings the file names."""
    trainings = {completion.training_id for completion in found}
    if not trainings:
        return found
    sql = f"""SELECT id, training_id, staff_id, learner_id, enrolled_on FROM enrolment
              WHERE status = 'enrolled' AND training_id IN ({", ".join(str(int(number)) for number in trainings)})
              ORDER BY id"""
    open_ones: dict[tuple, tuple[int, dt.date]] = {}
    for number, training, staff, learner, enrolled in db.execute_sql(sql):
        # the first, should a person have several
        open_ones.setdefault((training, staff, learner), (number, iso_date(enrolled)))
    if not open_ones:
        return found
    completing = []
    for completion in found:
        key = (completion.training_id, completion.staff_id, completion.learner_id)
        number, enrolled = open_ones.get(key, (None, None))
        if number is None or (enrolled is not None and completion.day < enrolled - EARLIER_ROUND):
            # None open, or a completion of an earlier round (last year's, before this enrolment): one of its own. A
            # completion a little before the enrolment is its own, entered after the person had begun.
            completing.append(completion)
            continue
        del open_ones[key]
        completing.append(replace(completion, enrolment_id=number))
    return completing


class _Lazy:
    """A person index built when first matched against: a file that names only staff never reads the learners."""

    def __init__(self, build):
        self._build, self._index = build, None

    def match(self, **values):
        return self._get().match(**values)

    def match_text(self, text: str):
        return self._get().match_text(text)

    def _get(self):
        if self._index is None:
            self._index = self._build()
        return self._index


def _header_position(rows: list[SheetRow]) -> int | None:
    """The first of the top rows that names a course column and at least one other column LeerWerk knows."""
    for index, row in enumerate(rows[: tabular.ACCEPT_ROWS]):
        known = {HEADER_KEYS.get(name_key(str(cell))) for cell in row.cells if cell is not None}
        if "course" in known and len(known - {None}) >= 2:
            return index
    return None


def _positions(header: SheetRow, plan: CompletionPlan) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, cell in enumerate(header.cells):
        text = tabular.cell_text(cell).strip() if cell is not None else ""
        key = HEADER_KEYS.get(name_key(text)) if text else None
        if key is None:
            continue
        if key in positions and name_key(text) != name_key(_heading(header, positions, key)):
            # Two headings of one field ("Opleiding" and "Module"): the one earlier in HEADINGS, the more specific.
            kept, other = _heading(header, positions, key), text
            if RANK[name_key(text)] < RANK[name_key(kept)]:
                kept, other, positions[key] = text, kept, index
            plan.notes.append(
                _('Column "{other}" was not read: column "{kept}" holds the same, and was read.').format(
                    other=other, kept=kept
                )
            )
            continue
        if key in positions:
            plan.problems.append(
                Problem(
                    header.line,
                    text,
                    _("This column appears twice (columns {first} and {second}); keep one.").format(
                        first=positions[key] + 1, second=index + 1
                    ),
                )
            )
            continue
        positions[key] = index
    if "completed" not in positions:
        plan.problems.append(
            Problem(header.line, "", _("There is no column with the completion date (for instance Voltooid op)."))
        )
    if not any(key in positions for key in PERSON_KEYS):
        plan.problems.append(
            Problem(
                header.line,
                "",
                _("There is no column to find each person by: Personeelsnummer, E-mail or Naam."),
            )
        )
    return positions


def _heading(header: SheetRow, positions: dict[str, int], key: str) -> str:
    return tabular.cell_text(header.cells[positions[key]]).strip()


def _values(row: SheetRow, positions: dict[str, int]) -> dict:
    values = {}
    for key, index in positions.items():
        cell = row.cells[index] if index < len(row.cells) else None
        if key == "completed":
            values[key] = "" if cell is None else cell
        elif key in NUMBER_KEYS:
            values[key] = "" if cell in (None, "") else tabular.number_text(cell).strip()
        else:
            values[key] = tabular.cell_text(cell).strip() if cell is not None else ""
    return values


def _totals(row: SheetRow, values: dict) -> bool:
    """Whether a row without a course is a line of totals: its first cell starts with Totaal, Total, Aantal or
    Som and no other cell names a person nor a date, or it holds nothing but figures."""
    cells = [text for cell in row.cells if cell is not None and (text := tabular.cell_text(cell).strip())]
    people = [value for key in PERSON_KEYS if (value := values.get(key))]
    if cells and TOTALS_RE.match(fold(cells[0])) and all(value == cells[0] for value in people):
        return values.get("completed") in ("", None)
    return bool(cells) and not people and all(FIGURE_RE.fullmatch(text) for text in cells)


def _fractions(rows: list[SheetRow], index: int) -> bool:
    """Whether a workbook's score column holds fractions: a number between 0 and 1, and none above 1. A cell
    Excel shows as 85% holds 0.85; a column of figures (8.5, 7) has some above 1."""
    numbers = [
        cell
        for row in rows
        if index < len(row.cells) and isinstance(cell := row.cells[index], int | float) and not isinstance(cell, bool)
    ]
    return any(0 < number < 1 for number in numbers) and all(0 <= number <= 1 for number in numbers)


def _score_text(number: float, fractions: bool) -> str:
    """A workbook's number as a person reads the score: a fraction as a percentage ("85%"), else the number in
    Dutch notation ("8,5")."""
    if fractions:
        number *= 100
    text = f"{number:.4f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text}%" if fractions else text


def _cell_at(row: SheetRow, index: int):
    """The cell of `row` at `index`; None past its end."""
    return row.cells[index] if index < len(row.cells) else None


def _holds_statuses(rows: list[SheetRow], index: int) -> bool:
    """Whether a column holds words only, no figures, and a status among them (then it says whether a course was
    completed, not how well: "Resultaat: Geslaagd"). A column of figures with a "Voldoende" here and there is
    a score."""
    status = False
    for row in rows:
        cell = row.cells[index] if index < len(row.cells) else None
        if cell is None or cell == "":
            continue
        if not isinstance(cell, str) or any(character.isdigit() for character in cell):
            return False
        status = status or course_key(cell) in COMPLETED | NOT_COMPLETED
    return status


def _completed(row, values, header, positions, plan) -> bool:
    """Whether the row's status says completed; a row that is not is listed as such, an unknown word as a problem."""
    status = values.get("status", "")
    word = course_key(status)
    result = values.get("result_status", "")
    if (word in COMPLETED and course_key(result) in NOT_COMPLETED) or (not word and result):
        status, word = result, course_key(result)  # completed but not passed, or only the result says
    if word in COMPLETED:
        return True
    if word in NOT_COMPLETED:
        plan.not_completed.append(
            Problem(row.line, "", _('not completed (status "{status}"). Left out.').format(status=status))
        )
    elif not word:  # even with a date: a result still to come is no certificate yet (a missing one is soon added)
        plan.not_completed.append(Problem(row.line, "", _("not completed (no status given). Left out.")))
    else:
        plan.problems.append(
            Problem(
                row.line,
                _heading(header, positions, "status"),
                _(
                    '"{value}" is no status LeerWerk knows; a completed row says Voltooid, Geslaagd, Afgerond, '
                    "Behaald or Completed, any other is left out (Niet gestart, Bezig, Niet geslaagd, In progress…)."
                ).format(value=status),
            )
        )
    return False


def _completion_day(row, values, header, positions, kind, today, plan) -> dt.date | None:
    column = _heading(header, positions, "completed")
    try:
        day = cell_date(column, values.get("completed", ""), kind)
    except ValidationError as error:
        plan.problems.append(Problem(row.line, column, error.message))
        return None
    if day is None:
        plan.problems.append(Problem(row.line, column, _("Is required.")))
    elif day > today:
        plan.problems.append(Problem(row.line, column, _("This date lies in the future.")))
        return None
    return day


def _person(values: dict, staff, learners) -> tuple[int | None, int | None] | str:
    """(staff id, learner id) of the person the row means, or why nobody. A number says who is meant more
    surely than a name (a staff member may have a learner's name), so it is looked up first, in both kinds of
    people where the heading does not say whose number it is."""
    indexes = {"staff": staff, "learner": learners}
    for key, kinds in NUMBER_KEYS.items():
        if not values.get(key):
            continue
        for kind in kinds:
            found = indexes[kind].match(number=values[key])
            if found is not None:
                return _one(found, kind)
    for kind, index in indexes.items():
        found = index.match(
            first_name=values.get("first_name", ""),
            name_prefix=values.get("name_prefix", ""),
            last_name=values.get("last_name", ""),
            email=values.get("email", ""),
            any_birth_date=True,  # a platform's export gives none
        )
        if found is None and values.get("name"):
            found = index.match_text(values["name"])
        if found is not None:
            return _one(found, kind)
    return NOBODY


NOBODY = N_("no staff member or learner with this number, e-mail address or name in LeerWerk. Left out.")
SEVERAL = N_("several people have this name; give their number or e-mail address. Left out.")


def _one(found: person_matching.PersonMatch, kind: str) -> tuple[int | None, int | None] | str:
    if found.id is None:
        return SEVERAL
    return (found.id, None) if kind == "staff" else (None, found.id)


def _held_completions(trainings: set[int]) -> set[tuple]:
    """(training, staff, learner, ISO day) of every completed enrolment of these trainings."""
    if not trainings:
        return set()
    sql = f"""SELECT training_id, staff_id, learner_id, completed_on FROM enrolment
              WHERE status = 'completed' AND completed_on IS NOT NULL
                AND training_id IN ({", ".join(str(int(number)) for number in trainings)})"""
    # str() of a date as either engine returns it (text from SQLite, a date from PostgreSQL) is its ISO day.
    return {(training, staff, learner, str(day)[:10]) for training, staff, learner, day in db.execute_sql(sql)}


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """A row of the file as the import would take it: a completion to store, or a row left out and why."""

    line: int
    person: str
    training: str
    day: dt.date | None
    score: str
    left_out: str  # why the row is left out; "" for a completion to store


def preview_rows(plan: CompletionPlan) -> list[PreviewRow]:
    """The plan's completions with the names of their people and trainings, and the rows left out (their person
    unknown, not completed, or their course not mapped yet: with the course as written), by line: for the
    window's preview (the names are read in a few queries, not per row)."""
    titles = dict(db.execute_sql("SELECT id, title FROM training").fetchall())
    names = {
        kind: _names(table, {getattr(c, f"{kind}_id") for c in plan.completions} - {None})
        for kind, table in (("staff", "staff"), ("learner", "learner"))
    }
    rows = [
        PreviewRow(c.line, names["staff"].get(c.staff_id) or names["learner"].get(c.learner_id, ""),
                   titles.get(c.training_id, ""), c.day, c.score, "")
        for c in plan.completions
    ]  # fmt: skip
    rows += [
        PreviewRow(problem.line or 0, "", "", None, "", problem.reason)
        for problem in (*plan.unmatched, *plan.ambiguous, *plan.twice, *plan.not_completed)
    ]
    waiting = _("choose above which training this course is.")
    for course, lines in plan.unknown_courses.items():
        rows += [PreviewRow(line, "", course, None, "", waiting) for line in lines]
    rows.sort(key=lambda row: row.line)
    return rows


def _names(table: str, ids: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        sql = f"SELECT id, first_name, name_prefix, last_name FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})"
        found.update((number, display_name(*parts)) for number, *parts in db.execute_sql(sql, chunk))
    return found


def remember_courses(mappings: dict[str, int]) -> None:
    """Store which training each course key (`course_key`) is, replacing what was remembered for it."""
    for key, training_id in mappings.items():
        CourseName.insert(name=key, training=training_id).on_conflict(
            conflict_target=[CourseName.name], preserve=[CourseName.training]
        ).execute()


PROGRESS_EVERY = 100  # completions between two reports of progress (and written at once)


def apply_completions(plan: CompletionPlan, *, progress: Progress | None = None) -> int:
    """Store the plan's completions, each with its certificate, and remember its course names (also when
    every completion was held already), in one transaction; returns how many. Refused while it has problems
    or unmapped course names. `progress(done, total)` may raise to cancel: then nothing is stored."""
    if plan.problems or plan.unknown_courses:
        raise ValidationError("file", _("The file has problems; nothing was imported."))
    ensure_writable(db)
    total = len(plan.completions)
    completing = [completion for completion in plan.completions if completion.enrolment_id is not None]
    new = [completion for completion in plan.completions if completion.enrolment_id is None]
    rows = [
        {
            "training": completion.training_id,
            "staff": completion.staff_id,
            "learner": completion.learner_id,
            "enrolled_on": completion.day,
            "completed_on": completion.day,
            "score": completion.score,
        }
        for completion in new
    ]
    current: Completion | None = None
    try:
        with transaction():
            remember_courses(plan.new_mappings)
            if progress is not None:
                progress(0, total)
            # An open enrolment is completed through the enrolment rules, with its certificate and audit; they are
            # few (an e-learning is seldom enrolled for first), so one by one.
            service = EnrolmentService()
            for current in completing:
                values = {"status": "completed", "completed_on": current.day}
                if current.score:
                    values["score"] = current.score
                service.update(current.enrolment_id, **values)
            current = None
            written = None if progress is None else lambda done: progress(len(completing) + done, total)
            service.create_completed(rows, written=written, batch=PROGRESS_EVERY)
    except ValidationError as error:
        if current is not None:
            line = current.line
        else:
            line = None if error.row is None else new[error.row].line
        raise ValidationError(error.field, str(Problem(line, "", error.message))) from error
    except cipher.errors(peewee.OperationalError, kind="OperationalError") as error:
        from desktop.storage.database import current_path, explain_database_error

        where = current_path() or plan.path
        if files.is_disk_full(error):
            doing = _("importing {name} into {path}").format(name=plan.path.name, path=where)
            raise ImportFailedError(files.disk_full(doing)) from error
        reason = explain_database_error(error, where)
        raise ImportFailedError(_("{reason} Nothing was imported.").format(reason=reason)) from error
    return len(plan.completions)


def import_completions(
    path: Path, *, mappings: dict[str, int] | None = None, dry_run: bool = False
) -> tuple[CompletionPlan, int]:
    """Read `path` and, unless `dry_run` or refused, import it; the number of completions written."""
    plan = read_completions(path, mappings)
    if plan.problems or plan.unknown_courses or dry_run:
        return plan, 0
    if not plan.completions and not plan.new_mappings:
        return plan, 0
    return plan, apply_completions(plan)
