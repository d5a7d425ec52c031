"""Import and export of learners with their BPV periods, as CSV or XLSX.

An import has two steps. `read_learners(path)` reads the file and checks every row into an
`ImportPlan`: each row is a new learner, a change to a learner LeerWerk knows (field by field, or a new
BPV period for them), or unchanged; with the schools, programmes, locations and teams it matches or
would create, the learners LeerWerk knows that the file leaves out, and every problem with its file
line, column and reason. `apply_import(plan)` then writes the new and changed rows (or the chosen ones)
in one transaction, or nothing at all: when any row is invalid (unless the caller skips invalid rows),
or when the progress callback raises to cancel.

A row means a learner LeerWerk knows when `person_matching` finds them (student number, else name and
birth date, else e-mail); it means one of their periods when that period starts on the row's start
date, and else a new period for them. An empty cell never clears what LeerWerk holds: school lists
leave out what they do not know. A programme is identified by its crebo with the learning pathway (and
the cohort, when the file gives one), whatever name the file uses; schools, locations, teams and
programmes without a crebo by their name, ignoring case, spaces, hyphens and accents.

The budget is 10,000 rows in 2 s, so new rows are inserted in bulk rather than through the services,
but under the services' rules: values pass the field rules of `LearnerService`, `ProgrammeService`,
`SchoolService`, `LocationService` and `TeamService`, model defaults fill the rest, and a period gets
its contract, supernumerary time, phase, task checklist and meetings from `desktop.services.bpv`
exactly as `BpvPeriodService.create` gives them (the tests compare both). Changes to known learners and
periods go through the services themselves, in the same transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import peewee

from desktop import clock, collector, files
from desktop.errors import LeerWerkError, ValidationError
from desktop.i18n import N_, _, ngettext
from desktop.services import bpv, person_matching, tabular
from desktop.services import validation as v
from desktop.services.base import current_user, insert_rows
from desktop.services.catalogue import (
    BpvPeriodService,
    LearnerService,
    LocationService,
    ProgrammeService,
    SchoolService,
    TeamService,
    birth_date,
)
from desktop.services.learners import CURRENT_PERIOD_OF_LEARNER, learner_rows
from desktop.services.tabular import SheetRow, UnreadableFileError
from desktop.storage import choices, cipher
from desktop.storage import models as m
from desktop.storage.access import ensure_writable
from desktop.storage.bulk import bulk_writing
from desktop.storage.engine import engine_of
from desktop.storage.models import db, display_name
from desktop.textsearch import fold, name_key

Progress = Callable[[int, int], None]

IMPORT_CACHE_KIB = 256 * 1024
CHUNK_ROWS = 500  # rows written between two progress reports (and chances to cancel)
HEADER_SEARCH_ROWS = tabular.ACCEPT_ROWS  # a title or blank rows above the header are skipped, up to this many
SUPERVISOR_WEEKS = m.BpvPeriod.supervisor_meeting_weeks.default


@dataclass(frozen=True)
class FileColumn:
    key: str
    header: str  # as the export writes it: Dutch, in either language, so a file reads the same everywhere
    aliases: tuple[str, ...] = ()  # also as school systems and Dutch Excel sheets write them


COLUMNS = (
    FileColumn(
        "student_number",
        "studentnummer",
        (
            "student number",
            "leerlingnummer",
            "studentnr",
            "deelnemernummer",
            "deelnemernr",
            "leerlingnr",
            "stamnummer",
            "ov-nummer",
            "ovnummer",
        ),
    ),  # fmt: skip
    FileColumn("first_name", "voornaam", ("first name", "roepnaam")),
    FileColumn("name_prefix", "tussenvoegsel", ("prefix", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "tussenv")),
    FileColumn("last_name", "achternaam", ("last name", "familienaam", "geslachtsnaam")),
    FileColumn("birth_date", "geboortedatum", ("date of birth", "birth date", "geb datum", "geboren op")),
    FileColumn("email", "e-mail", ("e-mailadres", "email", "e-mail address", "mail", "e-mail student")),
    FileColumn(
        "phone",
        "telefoon",
        (
            "phone",
            "telefoonnummer",
            "phone number",
            "mobiel",
            "mobiel nummer",
            "mobiel nr",
            "mobielnummer",
            "telefoon mobiel",
            "mobile",
            "telefoonnr",
            "tel",
        ),
    ),  # fmt: skip
    FileColumn("learner_type", "soort", ("type", "soort leerling", "type leerling", "soort student")),
    FileColumn("programme", "opleiding", ("programme", "opleidingsnaam", "naam opleiding", "kwalificatie")),
    FileColumn("crebo", "crebo", ("crebocode", "crebonummer", "crebo nummer", "opleidingscode", "crebo opleiding")),
    FileColumn("level", "niveau", ("level", "opleidingsniveau")),
    FileColumn("pathway", "leerweg", ("learning pathway", "bol bbl", "bbl bol")),
    FileColumn("cohort", "cohort", ("cohortjaar", "cohort jaar")),
    FileColumn("school", "school", ("onderwijsinstelling", "instelling", "roc")),
    FileColumn(
        "start_date",
        "startdatum",
        (
            "start date",
            "begindatum",
            "startdatum bpv",
            "begindatum bpv",
            "startdatum stage",
            "begindatum stage",
            "bpv startdatum",
            "bpv begindatum",
            "ingangsdatum bpv",
        ),
    ),  # fmt: skip
    FileColumn(
        "end_date",
        "einddatum",
        (
            "end date",
            "einddatum bpv",
            "verwachte einddatum",
            "einddatum stage",
            "bpv einddatum",
            "verwachte einddatum bpv",
        ),
    ),  # fmt: skip
    FileColumn("location", "locatie", ("location", "vestiging", "bpv locatie", "werklocatie")),
    FileColumn("team", "team", ("afdeling", "bpv team")),
    FileColumn("practice_trainer", "praktijkopleider", ("practice trainer",)),
    FileColumn("work_supervisor", "werkbegeleider", ("work supervisor",)),
    FileColumn(
        "school_supervisor",
        "bpv-begeleider",
        ("bpv-docent", "bpv begeleider school", "stagebegeleider", "stagedocent", "school supervisor"),
    ),
    FileColumn("hours_per_week", "uren per week", ("hours per week", "uren p w", "bpv uren per week")),
    FileColumn("planned_hours", "geplande uren", ("planned hours", "bpv-uren", "aantal bpv-uren", "totaal bpv-uren")),
)
# What the Learners tab shows and LeerWerk works out itself: the export writes them, the import passes them by.
DERIVED_COLUMNS = (
    FileColumn("phase", "fase", ("phase",)),
    FileColumn("status", "status"),
    FileColumn("end_reason", "reden einde", ("end reason",)),
    FileColumn("next_meeting", "volgend gesprek", ("next meeting",)),
)
# Read, never written by the export: a mio's employee number links the learner to their staff record, so that
# their certificates and development record are one. An empty cell leaves a link as it is.
IMPORT_ONLY_COLUMNS = (
    FileColumn("staff", "personeelsnummer", ("employee number", "personeelsnr", "medewerkernummer")),
)
COLUMN_BY_KEY = {column.key: column for column in (*COLUMNS, *IMPORT_ONLY_COLUMNS)}
ID_HEADER = "id"  # the export's own record numbers: ignored without a word on import
LEARNER_KEYS = (
    "first_name",
    "name_prefix",
    "last_name",
    "birth_date",
    "email",
    "phone",
    "learner_type",
    "student_number",
)
PERIOD_KEYS = (
    "programme",
    "crebo",
    "level",
    "pathway",
    "cohort",
    "school",
    "start_date",
    "end_date",
    "location",
    "team",
    "practice_trainer",
    "work_supervisor",
    "school_supervisor",
    "hours_per_week",
    "planned_hours",
)
REQUIRED_COLUMNS = ("first_name", "last_name")  # and a type, or a pathway it follows from
NAME_KEYS = ("first_name", "name_prefix", "last_name")
NAMED = frozenset({"first_name", "last_name"})  # what a header of a list of learners names, whatever else it has
STAFF_KEYS = ("practice_trainer", "work_supervisor")
# Fields a second column of may fill in where the first is empty (Telefoon and Mobiel); of any other field, two
# columns may mean two things (a Studentnummer and an OV-nummer, the programme's and the placement's start).
FILLED_IN_KEYS = ("phone", "email")
# Period columns that alone make no period: a leerweg or level says a learner's type, a cohort is a programme's.
NO_PERIOD_ALONE = ("pathway", "level", "cohort")

# How a learner type is written in a file, and read back (folded, letters and digits only).
TYPE_WORDS = {
    "bbl": "bbl",
    "bol": "bol",
    "mio": "mio",
    "zijinstromer": "side_entrant",
    "sideentrant": "side_entrant",
    "hbo": "hbo",
}
TYPE_LABELS = {"bbl": "BBL", "bol": "BOL", "mio": "mio", "side_entrant": "zij-instromer", "hbo": "hbo"}
# A file that names no pathway gets the one that follows from the learner type; HBO has none.
DEFAULT_PATHWAY = {"bbl": "BBL", "side_entrant": "BBL", "mio": "BBL", "bol": "BOL", "hbo": None}
# A file that names no type (a school's list has a Leerweg, not our Soort): the student of the pathway.
TYPE_OF_PATHWAY = {"BBL": "bbl", "BOL": "bol"}
# How schools write a pathway (folded, letters only): "BBL", "BBL-DT", "BOL voltijd", "Beroepsbegeleidende leerweg".
PATHWAY_WORDS_RE = re.compile(r"(bbl|bol)(dt|vt|deeltijd|voltijd)?|beroeps(begeleidend|opleidend)\w*")
# A time after a date: a learning platform stamps a completion to the second, Excel a date with 00:00:00.
TIME_OF_DAY_RE = re.compile(
    r"(?:[ T]|, ?)[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2}(?:[.,][0-9]+)?)?"  # 14:03, 14.03, 14:03:27.5
    r"\s*(?:[AaPp][Mm]|Z|[+-][0-9]{2}:?[0-9]{2}|[A-Z]{3,4})?$"  # 2:03 PM, a zone: Z, +01:00, CET
)
WITHOUT_LEADING_ZERO_RE = re.compile("[1-9][0-9]{8}")  # a mobile number as Excel shows it
LEVEL_WORDS_RE = re.compile(r"^(?:mbo)?(?:niveau|level|n)?([1-4])(?:\.0+)?$")  # "3", "Niveau 3", "MBO niveau 3"
COHORT_YEARS_RE = re.compile(r"([0-9]{2}|[0-9]{4}) ?[-/] ?([0-9]{2}|[0-9]{4})")  # "2026-2027", "26/27"
HOURS_RE = re.compile(r"([0-9]+(?:[.,][0-9]+)?) ?(?:u|uur|uren)?\.? ?(?:per week|p/?w|/ ?week)?", re.IGNORECASE)
# A day with its month in words, as Excel writes a long date: "5 september 2026", "5-sep-2026", "do 5 mrt. 2026",
# "Thursday, 5 March 2026", "March 5, 2026"; a year in two digits as the short date settings write it ("05-09-26").
MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mrt": 3, "maart": 3, "mar": 3,
    "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7,
    "july": 7, "aug": 8, "augustus": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oct": 10,
    "oktober": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
DAY_MONTH_RE = re.compile(r"(?:[a-z]+\.?,? )?([0-9]{1,2})[ .-]+([a-z]+)\.?[ .-]+([0-9]{4}|[0-9]{2})")
MONTH_DAY_RE = re.compile(r"(?:[a-z]+,? )?([a-z]+)\.? ([0-9]{1,2}),? ([0-9]{4})")
SHORT_YEAR_RE = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{2})")

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"  # the groups of a preview
STAFF_UNKNOWN = N_("No staff member with this name or e-mail address in LeerWerk; left empty.")
STAFF_AMBIGUOUS = N_("Several staff members have this name; write the e-mail address instead. Left empty.")
SUPERVISOR_UNKNOWN = N_("No BPV supervisor of this school with this name or e-mail address in LeerWerk; left empty.")
SUPERVISOR_AMBIGUOUS = N_(
    "Several BPV supervisors of this school have this name; write the e-mail address instead. Left empty."
)


def _normal_header(text: str) -> str:
    return name_key(text)


HEADER_KEYS = {
    _normal_header(name): column.key
    for column in (*COLUMNS, *IMPORT_ONLY_COLUMNS)
    for name in (column.header, column.key, *column.aliases)
}
DERIVED_HEADERS = {
    _normal_header(name): column.key
    for column in DERIVED_COLUMNS
    for name in (column.header, column.key, *column.aliases)
}


# -- Results -----------------------------------------------------------------------------------------


class ImportCancelledError(LeerWerkError):
    """Raised by a progress callback to stop an import; the transaction is rolled back."""

    def __init__(self, message: str | None = None):
        super().__init__(message or _("The import was cancelled; nothing was imported."))


class ImportRefusedError(LeerWerkError):
    """`apply_import` on a plan with problems (and no permission to skip them)."""


class ImportFailedError(LeerWerkError):
    """The database refused the import (in use, read-only, disk full); it was rolled back."""


class ExportError(LeerWerkError):
    """The export file cannot be written."""


@dataclass(frozen=True)
class Problem:
    line: int | None  # the file line (CSV) or row (XLSX); None for the file as a whole
    column: str  # the column header as the file writes it; "" for the row as a whole
    reason: str  # translated

    def __str__(self) -> str:
        if self.line is None:
            return self.reason
        if not self.column:
            return _("line {line}: {reason}").format(line=self.line, reason=self.reason)
        return _('line {line}, column "{column}": {reason}').format(
            line=self.line, column=self.column, reason=self.reason
        )


@dataclass(frozen=True)
class Change:
    """One field of a known learner or period that the row would change, as a person reads it."""

    key: str  # the column's key (see COLUMNS)
    column: str  # its header as the file writes it
    old: str
    new: str


@dataclass
class RowPlan:
    line: int
    values: dict[str, Any]  # field key -> the cell as read (text, number or date)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # what the import does otherwise than the file says
    learner: dict[str, Any] | None = None  # the learner's values, cleaned
    period: dict[str, Any] | None = None  # dates and references (see `_Planner._period`)
    learner_id: int | None = None  # the learner LeerWerk knows this row to be
    same_learner_as: int | None = None  # of a new learner: the earlier line of this file that makes them
    new_learner: tuple | None = None  # of a new learner: their person key and student number (`_Planner._match`)
    period_id: int | None = None  # the period of theirs this row is about; None with `period`: a new one
    changes: list[Change] = field(default_factory=list)
    learner_update: dict[str, Any] = field(default_factory=dict)  # for `LearnerService.update`
    period_update: dict[str, Any] = field(default_factory=dict)  # for `BpvPeriodService.update`, references unresolved

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def new_period(self) -> bool:
        return self.period is not None and self.period_id is None

    @property
    def group(self) -> str:
        if self.learner_id is None:
            return NEW
        return CHANGED if self.changes or self.new_period else UNCHANGED

    def text(self, key: str) -> str:
        """The cell of column `key` as the file shows it, for a preview."""
        return tabular.cell_text(self.values.get(key, ""))


@dataclass(frozen=True)
class MissingLearner:
    """A learner LeerWerk knows at a school the file names, whom the file leaves out."""

    id: int
    name: str
    school: str


@dataclass
class ImportResult:
    learners: int = 0  # new learners
    periods: int = 0  # new periods, of new and known learners
    updated_learners: int = 0
    updated_periods: int = 0
    unchanged: int = 0
    schools: int = 0
    programmes: int = 0
    locations: int = 0
    teams: int = 0
    skipped: int = 0  # invalid rows left out
    unknown_columns: list[str] = field(default_factory=list)
    dry_run: bool = False


@dataclass
class ImportPlan:
    path: Path
    columns: list[tuple[str, str]]  # (field key, header as in the file), in file order
    rows: list[RowPlan]
    file_problems: list[Problem]
    unknown_columns: list[str]
    new_schools: dict[str, dict]  # reference key -> values of a school to create
    new_programmes: dict[tuple, dict]
    new_locations: dict[str, str]  # reference key -> name
    new_teams: dict[tuple[str, str], str]  # (location key, team key) -> name
    location_ids: dict[str, int]  # name key -> id of an existing location
    location_names: dict[int, str]  # id -> name of an existing location
    team_ids: dict[int, int]  # location id -> its team of the same name
    today: dt.date
    notes: list[str] = field(default_factory=list)  # what the person should know about how the file was read
    find_missing: Callable[[], list[MissingLearner]] = list
    _missing: list[MissingLearner] | None = None

    @property
    def missing(self) -> list[MissingLearner]:
        """The learners LeerWerk knows that the file leaves out: asked for only where wanted, so worked
        out only then."""
        if self._missing is None:
            self._missing = self.find_missing()
        return self._missing

    @property
    def invalid_rows(self) -> list[RowPlan]:
        return [row for row in self.rows if not row.valid]

    @property
    def problems(self) -> list[Problem]:
        return self.file_problems + [problem for row in self.rows for problem in row.problems]

    @property
    def warnings(self) -> list[Problem]:
        return [warning for row in self.rows if row.valid for warning in row.warnings]

    def group(self, name: str) -> list[RowPlan]:
        """The valid rows of group NEW, CHANGED or UNCHANGED, in file order."""
        return [row for row in self.rows if row.valid and row.group == name]

    def rows_to_import(self, skip_invalid: bool = False, lines: Iterable[int] | None = None) -> list[RowPlan]:
        """The new and changed rows to write (of those, only the rows on `lines` when given)."""
        if self.file_problems or (self.invalid_rows and not skip_invalid):
            return []
        chosen = None if lines is None else set(lines)
        return [
            row for row in self.rows if row.valid and row.group != UNCHANGED and (chosen is None or row.line in chosen)
        ]

    def importable(self, skip_invalid: bool = False, lines: Iterable[int] | None = None) -> bool:
        return bool(self.rows_to_import(skip_invalid, lines))

    def new_names(self, skip_invalid: bool = False, lines: Iterable[int] | None = None) -> dict[str, list[str]]:
        """The schools, programmes, locations and teams the import would create, by name, for each kind
        that has any: named before anything is written."""
        used = _references(self.rows_to_import(skip_invalid, lines))
        locations = dict.fromkeys([*used["location"], *(key[0] for key in used["team"])])
        names = {
            "school": [self.new_schools[key]["name"] for key in used["school"]],
            "programme": _programme_labels([self.new_programmes[key] for key in used["programme"]]),
            "location": [self.new_locations[key] for key in locations if key in self.new_locations],
            "team": [
                f"{self.new_locations.get(key[0]) or self.location_names[self.location_ids[key[0]]]} – "
                f"{self.new_teams[key]}"
                for key in used["team"]
            ],
        }
        return {kind: values for kind, values in names.items() if values}

    def summary(self, skip_invalid: bool = False, lines: Iterable[int] | None = None) -> ImportResult:
        """What `apply_import` would create and change."""
        rows = self.rows_to_import(skip_invalid, lines)
        used = _references(rows)
        new_locations = {key for key in used["location"] if key in self.new_locations}
        new_locations |= {key[0] for key in used["team"] if key[0] in self.new_locations}
        own_teams = sum(
            1 for key in used["location"] if key in self.new_locations or self.location_ids[key] not in self.team_ids
        )
        return ImportResult(
            learners=len({row.same_learner_as or row.line for row in rows if row.learner_id is None}),
            periods=sum(1 for row in rows if row.new_period),
            updated_learners=sum(1 for row in rows if row.learner_update),
            updated_periods=sum(1 for row in rows if row.period_update),
            unchanged=len(self.group(UNCHANGED)),
            schools=sum(1 for key in used["school"] if key in self.new_schools),
            programmes=sum(1 for key in used["programme"] if key in self.new_programmes),
            locations=len(new_locations),
            teams=own_teams + len(used["team"]),
            skipped=len(self.invalid_rows) if self.invalid_rows and skip_invalid else 0,
            unknown_columns=list(self.unknown_columns),
            dry_run=True,
        )


def _programme_labels(programmes: list[dict]) -> list[str]:
    """The names of new programmes, with their pathway and cohort where a name is that of several (a crebo is one
    programme per pathway and cohort)."""
    counts = Counter(programme["name"] for programme in programmes)
    labels = []
    for programme in programmes:
        label = programme["name"]
        if counts[label] > 1:
            cohort = programme["cohort"] and _("cohort {year}").format(year=programme["cohort"])
            label += f" ({', '.join(str(detail) for detail in (programme['pathway'], cohort) if detail)})"
        labels.append(label)
    return labels


def _references(rows: Iterable[RowPlan]) -> dict[str, dict]:
    """The schools, programmes and teams to create, and the locations whose own team is used, that `rows`
    refer to (in file order)."""
    used: dict[str, dict] = {"school": {}, "programme": {}, "location": {}, "team": {}}
    for row in rows:
        for period in (row.period, row.period_update):
            if not period:
                continue
            for kind in ("school", "programme"):
                origin, key = period.get(kind) or ("id", None)
                if origin == "new":
                    used[kind][key] = True
            origin, key = period.get("team") or ("id", None)
            if origin == "location":
                used["location"][key] = True
            elif origin == "new":
                used["team"][key] = True
    return used


# -- Reading and checking ------------------------------------------------------------------------------


@collector.quiet()  # 10,000 rows' plans, which Python's collector would go over again and again
def read_learners(path: Path) -> ImportPlan:
    """Read `path` and check every row against the open database; writes nothing.

    Raises `UnreadableFileError` when the file cannot be read as a table of learners at all.
    """
    # A sheet of learners names them: a sheet of drop-down lists (Soort, Leerweg, School) is no list of learners.
    sheet = tabular.read_sheet(Path(path), accept=lambda rows: _header_position(rows, NAMED) is not None)
    if not sheet.rows:
        raise UnreadableFileError(_("The file {name} is empty.").format(name=sheet.path.name))
    header_at = _header_position(sheet.rows, NAMED)
    if header_at is None:
        header_at = _header_position(sheet.rows)  # a header without the names, which the checks below name
    suffix = sheet.path.suffix.lower()
    if header_at is None and sheet.kind == "csv" and suffix == tabular.OLD_EXCEL_SUFFIX:
        raise UnreadableFileError(tabular.old_excel_message(sheet.path.name))  # not text in disguise after all
    if header_at is None and sheet.kind == "csv" and suffix in tabular.EXCEL_SUFFIXES:
        # Text under an Excel name that does not even look like a list of learners: a damaged workbook.
        raise UnreadableFileError(
            _("The Excel file {name} is damaged or is not an Excel workbook.").format(name=sheet.path.name)
        )
    header_at = header_at or 0
    if header_at == len(sheet.rows) - 1:
        raise UnreadableFileError(
            _("The file {name} holds no learners, only a header row.").format(name=sheet.path.name)
        )
    plan = _Planner(sheet.path, sheet.kind).plan(sheet.rows[header_at], sheet.rows[header_at + 1 :])
    if sheet.also_accepted:
        plan.notes.append(
            ngettext(
                'The learners were read from sheet "{sheet}"; sheet {others} also holds learners and was not read. '
                "Save it as a file of its own to import it.",
                'The learners were read from sheet "{sheet}"; sheets {others} also hold learners and were not read. '
                "Save each as a file of its own to import it.",
                len(sheet.also_accepted),
            ).format(sheet=sheet.name, others=_join([f'"{title}"' for title in sheet.also_accepted]))
        )
    return plan


FIGURE_RE = re.compile(r"[0-9][0-9.,]*")
TOTALS_RE = re.compile(r"(sub)?(totaal|totalen|total|aantal|som|gemiddelde?)\b")


def _totals_lines(rows: list[SheetRow], positions: dict[str, int]) -> list[int]:
    """The lines at the end of a list that sum it up ("Totaal", "Aantal deelnemers: 5", a row of sums), not
    learners: without a name, their first cell a word of totals or every cell a number."""
    found: list[int] = []
    # Who a row is about: its name, or its student number (a learner whose name was left out is no total), unless
    # that is a number no greater than the list is long: a count of its rows (=AANTAL) in the first column.
    name_at = [index for key, index in positions.items() if key in NAMED]
    number_at = positions.get("student_number")
    for row in reversed(rows):
        cells = [cell for cell in row.cells if cell not in (None, "")]
        names = [row.cells[index] for index in name_at if index < len(row.cells) and row.cells[index] not in (None, "")]
        number = row.cells[number_at] if number_at is not None and number_at < len(row.cells) else None
        if number not in (None, "") and not _count_of(number, len(rows)):
            names.append(number)
        first = cells[0] if cells else None
        if isinstance(first, str) and TOTALS_RE.match(fold(first).strip()):
            summing = names in ([], [first])  # the word may stand in a name's column
        else:
            summing = bool(cells) and not names and all(_figure(cell) for cell in cells)
        if not summing:
            break
        found.append(row.line)
    return found[::-1]


def _count_of(cell, rows: int) -> bool:
    """Whether a cell holds a whole number no greater than `rows`: a count of a list's rows."""
    text = tabular.number_text(cell).strip()
    return text.isdigit() and int(text) <= rows


def _figure(cell) -> bool:
    """Whether a cell holds a figure: a number, as a cell or as text, or a sum ("=SOM(T4:T8)")."""
    if isinstance(cell, int | float):
        return True
    text = str(cell).strip()
    return FIGURE_RE.fullmatch(text) is not None or text.startswith("=")


def _names_placement(heading: str) -> bool:
    """Whether a heading says its column is about the placement ("Begindatum BPV", "Einddatum stage")."""
    words = _normal_header(heading)
    return "bpv" in words or "stage" in words


def _header_position(rows: list[SheetRow], needed: frozenset[str] = frozenset()) -> int | None:
    """The first of the top rows that names at least two columns LeerWerk knows, the `needed` ones among them."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        known = {HEADER_KEYS.get(_normal_header(str(cell))) for cell in row.cells if cell is not None}
        if len(known - {None}) >= 2 and needed <= known:
            return index
    return None


@dataclass(frozen=True)
class _Programme:
    id: int
    name: str
    crebo: str | None
    level: str
    pathway: str | None
    cohort: int | None
    active: bool


def _preference(programme: _Programme, year: int) -> tuple:
    """Of several matching programmes: an active one, of the cohort the period starts in, else the
    latest cohort before it, else the oldest record."""
    cohort = programme.cohort
    closeness = (0, 0) if cohort == year else (1, year - cohort) if cohort and cohort < year else (2, 0)
    return (not programme.active, closeness, programme.id)


@dataclass(frozen=True)
class _KnownPeriod:
    id: int
    programme: int
    school: int
    team: int | None
    practice_trainer: int | None
    work_supervisor: int | None
    school_supervisor: int | None
    end_date: dt.date | None
    hours_per_week: Decimal | None
    planned_hours: int | None


KNOWN_PERIODS_SQL = """
SELECT learner_id, start_date, id, programme_id, school_id, team_id, practice_trainer_id, work_supervisor_id,
       school_supervisor_id, end_date, hours_per_week, planned_hours
FROM bpv_period ORDER BY id
"""
# Learners with a form that someone has signed: the signed content stays as it was signed.
SIGNED_LEARNERS_SQL = """
SELECT DISTINCT p.learner_id FROM signature sg
LEFT JOIN practice_assignment pa ON pa.id = sg.assignment_id
LEFT JOIN assessment a ON a.id = sg.assessment_id
JOIN bpv_period p ON p.id = COALESCE(pa.period_id, a.period_id)
WHERE sg.signed_at IS NOT NULL AND sg.voided_at IS NULL
"""


class _Planner:
    """Checks rows against the rules and the database as it is now; one per import."""

    def __init__(self, path: Path, kind: str):
        self.path = path
        self.kind = kind
        self.today = clock.today()
        self.cache: dict[tuple, tuple[bool, Any]] = {}
        self.keys: dict[str, str] = {}  # names repeat: make each key once
        self.programme_keys: dict[tuple, tuple] = {}
        self.learner_rules = LearnerService.rules
        self.period_rules = self._period_rules()
        self.date_checks: dict[tuple[dt.date, dt.date], str | None] = {}
        self.people = person_matching.learner_index()
        self.known_learners = {
            number: (phone or "", learner_type, staff)
            for number, phone, learner_type, staff in _rows("SELECT id, phone, learner_type, staff_id FROM learner")
        }
        self.linked_staff = {staff: number for number, (_phone, _type, staff) in self.known_learners.items() if staff}
        self.staff_in_file: dict[int, int] = {}  # staff member -> the line that links them
        self.employees: dict[str, int] | None = None  # employee number (upper case) -> staff member, when needed
        self.known_periods: dict[int, dict[dt.date, _KnownPeriod]] = defaultdict(dict)
        for learner_id, start, *rest in _rows(KNOWN_PERIODS_SQL):
            rest[7] = m.iso_date(rest[7])
            rest[8] = None if rest[8] is None else Decimal(str(rest[8]))
            self.known_periods[learner_id][m.iso_date(start)] = _KnownPeriod(*rest)
        self.signed_learners: set[int] | None = None  # read when the first name changes
        self.school_names = dict(_rows("SELECT id, name FROM school"))
        self.school_ids = {name_key(name): number for number, name in self.school_names.items()}
        self.location_names = dict(_rows("SELECT id, name FROM location"))
        self.location_ids = {name_key(name): number for number, name in self.location_names.items()}
        self.team_ids: dict[int, int] = {}  # location id -> its own team (of the location's name)
        self.teams: dict[tuple[int, str], int] = {}  # (location id, team key) -> team id
        self.teams_by_name: dict[str, list[int]] = defaultdict(list)
        self.team_labels: dict[int, str] = {}
        for number, location_id, name in _rows("SELECT id, location_id, name FROM team ORDER BY id DESC"):
            key = name_key(name)
            self.teams[(location_id, key)] = number
            self.teams_by_name[key].append(number)
            self.team_labels[number] = f"{self.location_names[location_id]} – {name}"
            if key == name_key(self.location_names[location_id]):
                self.team_ids[location_id] = number
        self.programmes = [
            _Programme(*row[:6], bool(row[6]))
            for row in _rows("SELECT id, name, crebo, level, pathway, cohort, active FROM programme")
        ]
        self.programme_by_id = {programme.id: programme for programme in self.programmes}
        self.staff = person_matching.staff_index()
        self.supervisors: dict[int, person_matching.PersonIndex] = {}
        self.no_supervisors = person_matching.PersonIndex([])  # a new school's: it has none yet
        # (id of the index, cell text) -> its match: the same few staff names fill thousands of rows.
        self.person_matches: dict[tuple[int, str], person_matching.PersonMatch | None] = {}
        self.translations: dict[str, str] = {}
        self.supervisor_names = {
            number: display_name(first, prefix, last)
            for number, first, prefix, last in _rows(
                "SELECT id, first_name, name_prefix, last_name FROM school_supervisor"
            )
        }
        self.new_schools: dict[str, dict] = {}
        self.new_programmes: dict[tuple, dict] = {}
        self.new_locations: dict[str, str] = {}
        self.new_teams: dict[tuple[str, str], str] = {}
        self.seen: dict[tuple, int] = {}
        self.set_aside: list[tuple[str, str]] = []  # (a heading not read, the heading of the same field read)
        self.filled_in: list[tuple[str, str]] = []  # (a heading read where the other is empty, that other)
        self.fallbacks: dict[str, int] = {}  # field -> the column read where its own is empty
        self.new_lines: dict[int, _NewLearner] = {}  # the new learners of this file, by their first line
        self.new_by_number: dict[str, _NewLearner] = {}  # and by student number
        self.new_by_name: dict[tuple, list[_NewLearner]] = defaultdict(list)  # and by name (`person_key` without birth)
        self.matched: set[int] = set()
        self.file_schools: set[int] = set()

    # -- the header
    def plan(self, header: SheetRow, rows: list[SheetRow]) -> ImportPlan:
        positions: dict[str, int] = {}
        headers: dict[str, str] = {}
        problems: list[Problem] = []
        unknown: list[str] = []
        derived: list[str] = []
        for index, cell in enumerate(header.cells):
            text = "" if cell is None else str(cell).strip()
            if not text:
                continue
            key = HEADER_KEYS.get(_normal_header(text))
            if key is None:
                if _normal_header(text) in DERIVED_HEADERS:
                    derived.append(text)
                elif _normal_header(text) != ID_HEADER and text not in unknown:
                    unknown.append(text)
                continue
            if key in positions and _normal_header(text) == _normal_header(headers[key]):
                problems.append(
                    Problem(
                        header.line,
                        text,
                        _("This column appears twice (columns {first} and {second}); keep one.").format(
                            first=positions[key] + 1, second=index + 1
                        ),
                    )
                )
                continue
            if key in positions:
                # Two headings of one field ("Telefoon" and "Mobiel", "Begindatum" and "Begindatum BPV"): the first is
                # read, or the one that names the placement (a list may give the programme's dates as well).
                kept, other = headers[key], text
                if _names_placement(text) and not _names_placement(kept):
                    kept, other = text, kept
                    positions[key], headers[key] = index, text
                    self.set_aside.append((other, kept))
                elif key in FILLED_IN_KEYS:  # a second phone or address: the other where the first is empty
                    self.fallbacks[key] = index
                    self.filled_in.append((other, kept))
                else:
                    self.set_aside.append((other, kept))
                continue
            positions[key], headers[key] = index, text
        for key in REQUIRED_COLUMNS:
            if key not in positions:
                problems.append(
                    Problem(header.line, COLUMN_BY_KEY[key].header, _("This column is missing; it is required."))
                )
        if "learner_type" not in positions and "pathway" not in positions:
            problems.append(
                Problem(
                    header.line,
                    COLUMN_BY_KEY["learner_type"].header,
                    _("This column is missing; it is required, unless a column Leerweg says BBL or BOL."),
                )
            )
        if header.unreadable:
            problems.append(Problem(header.line, "", unreadable_line()))
        totals = _totals_lines(rows, positions)  # a totals line holds no learner, nor a period
        rows = rows[: len(rows) - len(totals)]
        triggers = [positions[key] for key in PERIOD_KEYS if key in positions and key not in NO_PERIOD_ALONE]
        if any(index < len(row.cells) and row.cells[index] not in (None, "") for row in rows for index in triggers):
            # Periods without a column every period needs: said once, not on every row under a heading not in it (a
            # column of the period that no row fills, an empty Cohort or Locatie, makes no period).
            needs = [key for key in ("school", "start_date") if key not in positions]
            if "programme" not in positions and "crebo" not in positions:
                needs.insert(0, "programme")
            problems += [
                Problem(
                    header.line,
                    COLUMN_BY_KEY[key].header,
                    _("This column is missing; the BPV periods in the file need it."),
                )
                for key in needs
            ]
        self.headers = headers
        self.period_keys = [key for key in PERIOD_KEYS if key in positions]
        self.period_trigger = [key for key in self.period_keys if key not in NO_PERIOD_ALONE]
        if problems:  # without a sound header, checking the rows would only repeat the same problem
            planned = [RowPlan(row.line, _values(row, positions)) for row in rows]
        else:
            planned = [self._row(row, positions, len(header.cells)) for row in rows]
        plan = ImportPlan(
            path=self.path,
            columns=sorted(headers.items(), key=lambda item: positions[item[0]]),
            rows=planned,
            file_problems=problems,
            unknown_columns=unknown,
            new_schools=self.new_schools,
            new_programmes=self.new_programmes,
            new_locations=self.new_locations,
            new_teams=self.new_teams,
            location_ids=self.location_ids,
            location_names=self.location_names,
            team_ids=self.team_ids,
            today=self.today,
        )
        if not problems:
            matched, schools, by_school = set(self.matched), set(self.file_schools), "school" in positions
            plan.find_missing = lambda: _missing_learners(matched, schools, by_school)
        if derived:
            plan.notes.append(
                _("Columns LeerWerk works out itself, so not read: {columns}.").format(columns=", ".join(derived))
            )
        for line in totals:
            plan.notes.append(_("Line {line} holds totals, not a learner, and was passed over.").format(line=line))
        for other, kept in self.filled_in:
            plan.notes.append(
                _('Column "{other}" is read where column "{kept}" is empty.').format(other=other, kept=kept)
            )
        for other, kept in self.set_aside:
            plan.notes.append(
                _('Column "{other}" was not read: column "{kept}" holds the same, and was read.').format(
                    other=other, kept=kept
                )
            )
        return plan

    def header(self, key: str) -> str:
        return self.headers.get(key) or COLUMN_BY_KEY[key].header

    def key(self, text: str) -> str:
        found = self.keys.get(text)
        if found is None:
            found = self.keys[text] = name_key(text)
        return found

    # -- one row
    def _row(self, row: SheetRow, positions: dict[str, int], width: int) -> RowPlan:
        raw = _values(row, positions)
        for key, index in self.fallbacks.items():  # "Mobiel" where "Telefoon" is empty
            if raw[key] in ("", None):
                raw[key] = _values(row, {key: index})[key]
        plan = RowPlan(row.line, raw)
        if row.unreadable:  # its values are not what the file meant: checking them would only mislead
            plan.problems.append(Problem(row.line, "", unreadable_line()))
            return plan
        if len(row.cells) > width and any(cell not in (None, "") for cell in row.cells[width:]):
            plan.problems.append(
                Problem(
                    row.line,
                    "",
                    _(
                        "This row has more cells than the header has columns; a value may hold the separator "
                        "without quotes around it."
                    ),
                )
            )

        cache = self.cache  # twenty times a row: a name of this frame's rather than an attribute

        def check(key: str, parse: Callable[[str, Any], Any]):
            value = raw.get(key, "")
            memo = (key, value, value.__class__)
            cached = cache.get(memo)
            if cached is None:
                try:
                    cached = (True, parse(key, value))
                except ValidationError as error:
                    cached = (False, error.message)
                cache[memo] = cached
            if cached[0]:
                return cached[1]
            plan.problems.append(Problem(row.line, self.header(key), cached[1]))
            return None

        rules = self.learner_rules
        learner = {
            "first_name": check("first_name", rules["first_name"]),
            "name_prefix": check("name_prefix", rules["name_prefix"]),
            "last_name": check("last_name", rules["last_name"]),
            "birth_date": check("birth_date", self._birth_date),
            "email": check("email", rules["email"]),
            "phone": check("phone", self._phone),
            "learner_type": check("learner_type", _learner_type),
            "student_number": check("student_number", _student_number),
        }
        if "staff" in self.headers:
            learner["staff"] = check("staff", self._staff)
        pathway = self._quietly("pathway", raw, _pathway)
        if learner["learner_type"] is None and raw.get("learner_type", "") in ("", None):
            # No type (a school's list says BBL or BOL under Leerweg): the student of the pathway, or of hbo.
            learner["learner_type"] = TYPE_OF_PATHWAY.get(pathway)
            if learner["learner_type"] is None and self._quietly("level", raw, _level) == "hbo":
                learner["learner_type"] = "hbo"
            if learner["learner_type"] is None:
                plan.problems.append(
                    Problem(
                        row.line,
                        self.header("learner_type"),
                        self._translated(N_("Is required, unless the leerweg says BBL or BOL.")),
                    )
                )
        elif pathway and learner["learner_type"] in TYPE_OF_PATHWAY.values():
            kind = learner["learner_type"]
            if TYPE_OF_PATHWAY.get(pathway) != kind:
                words = _("A {type} student follows the {expected} pathway, not {pathway}; correct one of them.")
                words = words.format(type=TYPE_LABELS[kind], expected=DEFAULT_PATHWAY[kind], pathway=pathway)
                plan.problems.append(Problem(row.line, self.header("pathway"), words))
        period = None
        if any(raw[key] != "" for key in self.period_trigger):  # a leerweg or level alone says the type
            period = self._period(raw, learner, check, plan)
        named = all(learner[key] is not None for key in NAME_KEYS)
        if named and (raw.get("birth_date", "") == "" or learner["birth_date"] is not None):
            self._match(learner, period, plan)
        if learner.get("staff") is not None:
            self._check_staff_link(plan, learner["staff"])
        if plan.valid:
            plan.learner, plan.period = learner, period
            if plan.learner_id is not None:
                self._compare(plan)
            elif plan.new_learner is not None:
                self._remember_new(plan, *plan.new_learner)
        return plan

    def _quietly(self, key: str, raw: dict, parse: Callable[[str, Any], Any]):
        """The value of a cell by its rule when it is sound, None otherwise, without naming a problem (its check
        names it); through the same cache as `_row`'s checks."""
        value = raw.get(key, "")
        memo = (key, value, value.__class__)
        cached = self.cache.get(memo)
        if cached is None:
            try:
                cached = (True, parse(key, value))
            except ValidationError as error:
                cached = (False, error.message)
            self.cache[memo] = cached
        return cached[1] if cached[0] else None

    def _staff(self, key: str, value) -> int | None:
        """The staff member of an employee number (a number Excel wrote as one reads as its digits)."""
        text = tabular.number_text(value).strip()
        if not text:
            return None
        if self.employees is None:
            rows = _rows("SELECT employee_number, id FROM staff WHERE employee_number IS NOT NULL")
            self.employees = {number.upper(): staff for number, staff in rows}
        found = self.employees.get(text.upper())
        if found is None:
            raise ValidationError(key, _("No staff member has employee number {number}.").format(number=text))
        return found

    def _employee_number(self, staff: int | None) -> str:
        return next((number for number, found in (self.employees or {}).items() if found == staff), "")

    def _check_staff_link(self, plan: RowPlan, staff: int) -> None:
        """A staff member is one learner: not one LeerWerk already links to another, nor twice in the file."""
        linked = self.linked_staff.get(staff)
        if linked is not None and linked != plan.learner_id:
            plan.problems.append(
                Problem(
                    plan.line,
                    self.header("staff"),
                    _(
                        "This staff member is already linked to another learner (record number {id}); a staff "
                        "member can be one learner only."
                    ).format(id=linked),
                )  # fmt: skip
            )
            return
        line = self.staff_in_file.get(staff)
        if line is not None:
            words = _("This employee number is already on line {line} of this file.").format(line=line)
            plan.problems.append(Problem(plan.line, self.header("staff"), words))
            return
        self.staff_in_file[staff] = plan.line

    def _period_rules(self) -> dict[str, Callable[[str, Any], Any]]:
        """The rule of each period column, made once for all rows (the cache of `_row` is keyed by column)."""

        def required(parse):
            def rule(key, value):
                if value in ("", None):
                    raise ValidationError(
                        key, _("Needed for the BPV period, because other period columns are filled in.")
                    )
                return parse(key, value)

            return rule

        return {
            "programme": _optional(ProgrammeService.rules["name"]),  # a crebo alone names a known programme
            "crebo": _crebo,
            "level": _level,
            "pathway": _pathway,
            "cohort": _optional(_cohort),
            "school": required(SchoolService.rules["name"]),
            "start_date": required(self._date),
            "end_date": self._date,
            "location": _optional(LocationService.rules["name"]),
            "team": _optional(TeamService.rules["name"]),
            "hours_per_week": _optional(_hours),
            "planned_hours": _optional(
                lambda key, value: BpvPeriodService.rules["planned_hours"](key, tabular.number_text(value))
            ),
        }

    def _dates_problem(self, start: dt.date, end: dt.date) -> str | None:
        """What the period service says of these dates (the same few pairs fill thousands of rows)."""
        key = (start, end)
        if key not in self.date_checks:
            try:
                BpvPeriodService().check({"start_date": start, "end_date": end}, None)
                self.date_checks[key] = None
            except ValidationError as error:
                self.date_checks[key] = error.message
        return self.date_checks[key]

    def _period(self, raw: dict, learner: dict, check, plan: RowPlan) -> dict | None:
        rules = self.period_rules
        problems_before = len(plan.problems)
        name = check("programme", rules["programme"])
        crebo = check("crebo", rules["crebo"])
        if raw.get("programme", "") in ("", None) and raw.get("crebo", "") in ("", None):
            message = self._translated(N_("Needed for the BPV period, because other period columns are filled in."))
            column = self.header("programme" if "programme" in raw else "crebo")
            plan.problems.append(Problem(plan.line, column, message))
        level = check("level", rules["level"])
        pathway = check("pathway", rules["pathway"])
        cohort = check("cohort", rules["cohort"])
        school = check("school", rules["school"])
        start = check("start_date", rules["start_date"])
        end = check("end_date", rules["end_date"])
        location = check("location", rules["location"])
        team = check("team", rules["team"])
        hours = check("hours_per_week", rules["hours_per_week"])
        planned = check("planned_hours", rules["planned_hours"])
        if start and end:
            problem = self._dates_problem(start, end)
            if problem is not None:
                plan.problems.append(Problem(plan.line, self.header("end_date"), problem))
        if len(plan.problems) > problems_before or (learner["learner_type"] is None and not pathway):
            return None  # a programme cannot be matched on values that are wrong
        learner_type = learner["learner_type"]
        try:
            programme = self._programme(name, crebo, level, pathway, cohort, learner_type, start.year)
        except ValidationError as error:
            plan.problems.append(Problem(plan.line, self.header(error.field), error.message))
            return None
        self._name_check(programme, name, crebo, plan)
        school_ref = self._school(school, learner_type, level)
        if school_ref[0] == "id":
            self.file_schools.add(school_ref[1])
        period = {
            "start_date": start,
            "end_date": end,
            "programme": programme,
            "programme_asked": (crebo, self.key(name) if name else "", level, pathway, cohort),
            "school": school_ref,
            "team": self._team(location, team, plan),
            "hours_per_week": hours,
            "planned_hours": planned,
        }
        for key in STAFF_KEYS:
            period[key] = self._person(raw, key, self.staff, plan, STAFF_UNKNOWN, STAFF_AMBIGUOUS)
        period["school_supervisor"] = self._supervisor(raw, school_ref, plan)
        return period

    def _date(self, key: str, value) -> dt.date | None:
        return cell_date(key, value, self.kind)

    def _birth_date(self, key: str, value) -> dt.date | None:
        return birth_date(key, self._date(key, value), self.today)

    def _phone(self, key: str, value) -> str:
        return self.learner_rules["phone"](key, _phone(value))

    # -- references
    def _programme(self, name, crebo, level, pathway, cohort, learner_type, year) -> tuple:
        """The programme as ("id", number) or ("new", key); the same question gets the same answer."""
        question = (name, crebo, level, pathway, cohort, learner_type, year)
        if question not in self.programme_keys:
            self.programme_keys[question] = self._match_programme(*question)
        return self.programme_keys[question]

    def _match_programme(self, name, crebo, level, pathway, cohort, learner_type, year) -> tuple:
        if pathway is None and level != "hbo":
            pathway = DEFAULT_PATHWAY.get(learner_type)
        if level is None and learner_type == "hbo" and crebo is None:
            level = "hbo"
        key = self.key(name) if name else None
        # A crebo with its pathway names the programme whatever the file calls it, and whatever level it says.
        candidates = [
            programme
            for programme in self.programmes
            if (programme.crebo == crebo if crebo else self.key(programme.name) == key)
            and (crebo or level is None or programme.level == level)
            and (pathway is None and level != "hbo" or programme.pathway == pathway)
            and (cohort is None or programme.cohort == cohort)
        ]
        if candidates:
            return ("id", min(candidates, key=lambda programme: _preference(programme, year)).id)
        new_key = ("crebo", crebo, pathway, cohort) if crebo else ("name", key, level, pathway, cohort)
        if new_key not in self.new_programmes:
            if name is None:
                raise ValidationError(
                    "programme",
                    _("LeerWerk does not know crebo {crebo} yet; give the programme's name to add it.").format(
                        crebo=crebo
                    ),
                )
            if level is None:
                raise ValidationError("level", _("Needed to create the programme {name}.").format(name=name))
            ProgrammeService().check({"level": level, "crebo": crebo, "pathway": pathway}, None)
            self.new_programmes[new_key] = {
                "name": name,
                "crebo": crebo,
                "level": level,
                "pathway": pathway,
                "cohort": cohort,
            }
        return ("new", new_key)

    def _programme_name(self, reference: tuple) -> str:
        if reference[0] == "id":
            return self.programme_by_id[reference[1]].name
        return self.new_programmes[reference[1]]["name"]

    def _name_check(self, programme: tuple, name: str | None, crebo: str | None, plan: RowPlan) -> None:
        known = self._programme_name(programme)
        if crebo and name and self.key(known) != self.key(name):
            plan.warnings.append(
                Problem(
                    plan.line,
                    self.header("programme"),
                    _(
                        'The file calls crebo {crebo} "{name}"; LeerWerk knows it as "{known}" and uses that programme.'
                    ).format(crebo=crebo, name=name, known=known),
                )
            )

    def _school(self, name: str, learner_type: str, level: str | None) -> tuple:
        key = self.key(name)
        if key in self.school_ids:
            return ("id", self.school_ids[key])
        if key not in self.new_schools:
            kind = "hbo" if "hbo" in (learner_type, level) else "mbo"
            self.new_schools[key] = {"name": name, "kind": kind}
        return ("new", key)

    def _team(self, location: str | None, team: str | None, plan: RowPlan) -> tuple | None:
        """("id", team), ("location", key) for the location's own team, ("new", (location key, team key)),
        or None."""
        if not location and not team:
            return None
        if not team:
            key = self.key(location)
            if key not in self.location_ids:
                self.new_locations.setdefault(key, location)
            return ("location", key)
        team_key = self.key(team)
        if location and team_key == self.key(location):
            return self._team(location, None, plan)  # the location's own team
        if not location:
            found = self.teams_by_name.get(team_key, [])
            if len(found) == 1:
                return ("id", found[0])
            reason = (
                _("Several locations have a team of this name; add a location column to say which.")
                if found
                else _("No team of this name in LeerWerk; add a location column, so that it can be created there.")
            )
            plan.warnings.append(Problem(plan.line, self.header("team"), reason + " " + _("Left empty.")))
            return None
        key = self.key(location)
        if key in self.location_ids and (self.location_ids[key], team_key) in self.teams:
            return ("id", self.teams[(self.location_ids[key], team_key)])
        if key not in self.location_ids:
            self.new_locations.setdefault(key, location)
        self.new_teams.setdefault((key, team_key), team)
        return ("new", (key, team_key))

    def _person(
        self, raw: dict, key: str, index: person_matching.PersonIndex, plan: RowPlan, unknown: str, ambiguous: str
    ):
        value = raw.get(key, "")
        text = (value if value.__class__ is str else tabular.cell_text(value)).strip()
        if not text:
            return None
        memo = (id(index), text)  # every index lives as long as this planner
        if memo in self.person_matches:
            found = self.person_matches[memo]
        else:
            found = self.person_matches[memo] = index.match_text(text)
        if found is not None and found.id is not None:
            return found.id
        plan.warnings.append(
            Problem(plan.line, self.header(key), self._translated(unknown if found is None else ambiguous))
        )
        return None

    def _translated(self, message: str) -> str:
        """`_(message)`, looked up once per import: an empty database gives every row three such warnings."""
        found = self.translations.get(message)
        if found is None:
            found = self.translations[message] = _(message)
        return found

    def _supervisor(self, raw: dict, school: tuple, plan: RowPlan) -> int | None:
        if school[0] != "id":
            index = self.no_supervisors
        else:
            if school[1] not in self.supervisors:
                self.supervisors[school[1]] = person_matching.school_supervisor_index(school[1])
            index = self.supervisors[school[1]]
        return self._person(raw, "school_supervisor", index, plan, SUPERVISOR_UNKNOWN, SUPERVISOR_AMBIGUOUS)

    # -- the learner LeerWerk knows
    def _match(self, learner: dict, period: dict | None, plan: RowPlan) -> None:
        found = self.people.match(
            number=learner["student_number"] or "",
            first_name=learner["first_name"],
            name_prefix=learner["name_prefix"],
            last_name=learner["last_name"],
            birth_date=learner["birth_date"],
            email=learner["email"] or "",
        )
        column = self.header("student_number" if found and found.by == person_matching.BY_NUMBER else "last_name")
        if found is not None and found.id is None:
            numbers = _join([str(number) for number in sorted(found.ids)])
            plan.problems.append(
                Problem(
                    plan.line,
                    column,
                    _(
                        "Several learners in LeerWerk fit this row (numbers {ids}); give the student number to say "
                        "which."
                    ).format(ids=numbers),
                )
            )
            return
        learner_id = found.id if found is not None else None
        if learner_id is not None and found.by != person_matching.BY_NAME:
            known = self.people.people[learner_id]
            if self._someone_else(known, learner):
                by_number = found.by == person_matching.BY_NUMBER
                text = (
                    _(
                        "Student number {number} is learner {id} in LeerWerk, {name}; this row names someone else. "
                        "Correct the number in the file, or the learner in LeerWerk."
                    )
                    if by_number
                    else _(
                        "This e-mail address is learner {id}'s in LeerWerk, {name}; this row names someone else. "
                        "Correct the address in the file, or the learner in LeerWerk."
                    )
                )
                column = self.header("student_number" if by_number else "email")
                shown = known.name + (f" ({tabular.cell_text(known.birth_date)})" if known.birth_date else "")
                plan.problems.append(
                    Problem(plan.line, column, text.format(number=known.number, id=learner_id, name=shown))
                )
                return
        if learner_id is not None and found.by != person_matching.BY_NUMBER:
            theirs = self.people.people[learner_id].number
            ours = learner["student_number"] or ""
            if theirs and ours and theirs.casefold() != ours.casefold():
                plan.problems.append(
                    Problem(
                        plan.line,
                        self.header("student_number"),
                        _(
                            "Learner {id} in LeerWerk has this name and birth date but student number {number}; "
                            "correct the number, or the learner in LeerWerk."
                        ).format(id=learner_id, number=theirs),
                    )
                )
                return
        # Who the row is: a learner LeerWerk knows, else a new one (`_NewLearner`), perhaps of an earlier line.
        person = person_matching.person_key(
            learner["first_name"], learner["name_prefix"], learner["last_name"], learner["birth_date"]
        )
        number = person_matching.number_key(learner["student_number"] or "")
        entry = None
        if learner_id is None:
            entry, conflict = self._new_learner(number, person)
            if conflict is not None:
                plan.problems.append(Problem(plan.line, self.header("student_number"), conflict))
                return
        identity = ("id", learner_id) if learner_id is not None else ("new", entry.line if entry else plan.line)
        key = (identity, period["start_date"] if period else None)
        if key in self.seen:
            plan.problems.append(
                Problem(
                    plan.line,
                    self.header("last_name"),
                    _("This learner is already on line {line} of this file.").format(line=self.seen[key]),
                )
            )
            return
        if entry is not None:
            plan.same_learner_as = entry.line  # a placement of a learner an earlier line makes
        if learner_id is None:
            plan.new_learner = (person, number)  # noted for the lines after it once the row is found valid (`_row`)
        self.seen[key] = plan.line
        if learner_id is not None:
            plan.learner_id = learner_id
            self.matched.add(learner_id)

    def _new_learner(self, number: str, person: tuple) -> tuple[_NewLearner | None, str | None]:
        """The new learner of an earlier line this row is about, if any; or why the row cannot be told apart.

        A line is theirs when the same file imported again finds the learner it makes by that line (`_match` against
        the learners LeerWerk knows then): by the student number (a birth date may be left out on one line or the
        other), else by name and the same birth date (a number not yet theirs they then get). A name alone, without
        number or birth date, is one learner with the other lines of that name alone, and cannot be told apart from a
        namesake with either: such lines are named. A namesake with another number is another learner."""
        if number and (found := self.new_by_number.get(number)) is not None:
            if _same_person(found.person, person):
                return found, None
            words = _("This student number is already on line {line} of this file, for someone else.")
            return None, words.format(line=found.line)
        namesakes = self.new_by_name.get(person[:2], [])
        alone = [found for found in namesakes if found.person[2] is None and not found.number]
        if (
            alone
            and (number or person[2] is not None)
            or (not number and person[2] is None and len(alone) < len(namesakes))
        ):
            words = _(
                "Line {line} names a learner of this name without student number or birth date, so this row cannot be "
                "told apart from them; give the student number or birth date on both."
            )
            return None, words.format(line=(alone or namesakes)[0].line)
        if not number and person[2] is None:
            return (alone[0] if alone else None), None
        fits = [
            found
            for found in namesakes
            if person[2] is not None and found.person[2] == person[2] and not (number and found.number)
        ]
        if len(fits) > 1:
            words = _("Several learners of this file fit this row (lines {lines}); give the student number to say who.")
            return None, words.format(lines=_join([str(found.line) for found in fits]))
        return (fits[0], None) if fits else (None, None)

    def _remember_new(self, plan: RowPlan, person: tuple, number: str) -> None:
        """Note a valid row's new learner for the lines after it (`_new_learner`): a refused row tells no one apart."""
        entry = self.new_lines.get(plan.same_learner_as) if plan.same_learner_as else None
        if entry is None:
            entry = self.new_lines[plan.line] = _NewLearner(plan.line, person, number)
            self.new_by_name[person[:2]].append(entry)
        entry.learn(person, number)
        if number:
            self.new_by_number.setdefault(number, entry)

    def _someone_else(self, known: person_matching.Person, learner: dict) -> bool:
        """Whether a row found by its student number or e-mail address names another person than the learner found:
        another first name and another surname, or another birth date with another name. (One change at a time is
        a person's: a new surname, a first name written otherwise, a birth date corrected.)"""
        key = self.key
        same_first = key(known.first_name) == key(learner["first_name"] or "")
        given_prefix, given_last = key(learner["name_prefix"] or ""), key(learner["last_name"] or "")
        known_surname = key(known.name_prefix) + key(known.last_name)
        # A file without the tussenvoegsel says nothing of it (see `_same_surname`).
        same_surname = given_prefix + given_last == known_surname or (
            not given_prefix and given_last == key(known.last_name)
        )
        born = learner["birth_date"]
        other_birth = born is not None and known.birth_date is not None and born != known.birth_date
        return (not same_first and not same_surname) or (other_birth and not (same_first and same_surname))

    def _compare(self, plan: RowPlan) -> None:
        """Fill `changes` and the updates of a row about a learner LeerWerk knows."""
        person = self.people.people[plan.learner_id]
        phone, learner_type, staff = self.known_learners[plan.learner_id]
        known = {
            "first_name": person.first_name,
            "name_prefix": person.name_prefix,
            "last_name": person.last_name,
            "birth_date": person.birth_date,
            "email": person.email,
            "phone": phone,
            "learner_type": learner_type,
            "student_number": person.number,
            "staff": staff,
        }
        given = plan.learner
        # The surname is one value: a tussenvoegsel left out of its column may stand in the last name.
        changed = ["first_name"] if given["first_name"] != known["first_name"] else []
        if not _same_surname(given, known):
            changed += [key for key in ("name_prefix", "last_name") if given[key] != known[key]]
        if changed:
            for key in changed:
                plan.learner_update[key] = given[key]
            if self.signed_learners is None:
                self.signed_learners = {number for (number,) in _rows(SIGNED_LEARNERS_SQL)}
            if plan.learner_id in self.signed_learners:
                plan.warnings.append(
                    Problem(
                        plan.line,
                        self.header("last_name"),
                        _(
                            "This learner has signed forms; they keep the name as it was signed, and the new name "
                            "shows everywhere else."
                        ),
                    )
                )
        for key in ("birth_date", "email", "phone", "learner_type", "student_number", "staff"):
            if key in self.headers and given[key] not in (None, "") and given[key] != known[key]:
                if key in ("student_number", "email") and (
                    person_matching.number_key(given[key]) == person_matching.number_key(known[key])
                ):
                    continue  # as matched: an address in other capitals, a number Excel left its zeros off
                if key == "phone" and _phone_key(given[key]) == _phone_key(known[key]):
                    continue  # the same number written otherwise: "06-12345678", "0612345678", "+31 6 12345678"
                plan.learner_update[key] = given[key]
        for key, value in plan.learner_update.items():
            old, new = known[key], value
            if key == "learner_type":
                old, new = TYPE_LABELS.get(old, old), TYPE_LABELS.get(new, new)
            if key == "staff":
                old, new = self._employee_number(old), self._employee_number(new)
            plan.changes.append(Change(key, self.header(key), _shown(old), _shown(new)))
        period = plan.period
        if period is None:
            return
        existing = self.known_periods.get(plan.learner_id, {}).get(period["start_date"])
        if existing is None:
            return  # other dates: a new period for this learner
        plan.period_id, plan.period = existing.id, None
        self._compare_period(plan, period, existing)

    def _compare_period(self, plan: RowPlan, period: dict, existing: _KnownPeriod) -> None:
        update, changes = plan.period_update, plan.changes
        if period["end_date"] is not None and period["end_date"] != existing.end_date:
            update["end_date"] = period["end_date"]
            changes.append(
                Change("end_date", self.header("end_date"), _shown(existing.end_date), _shown(period["end_date"]))
            )
        if not self._same_programme(existing.programme, period):
            update["programme"] = period["programme"]
            old, new = self.programme_by_id[existing.programme].name, self._programme_name(period["programme"])
            changes.append(Change("programme", self.header("programme"), old, new))
        if period["school"] != ("id", existing.school):
            update["school"] = period["school"]
            new = self.school_names.get(period["school"][1]) or self.new_schools[period["school"][1]]["name"]
            changes.append(Change("school", self.header("school"), self.school_names[existing.school], new))
        team = period["team"]
        team_id = self._team_id(team)
        if team is not None and team_id != existing.team:
            update["team"] = team
            column = self.header("team" if "team" in self.headers else "location")
            changes.append(Change("team", column, self.team_labels.get(existing.team, ""), self._team_label(team)))
        for key, names in (
            ("practice_trainer", None),
            ("work_supervisor", None),
            ("school_supervisor", self.supervisor_names),
        ):
            value = period[key]
            if value is not None and value != getattr(existing, key):
                update[key] = ("id", value)
                if names is None:
                    old, new = self.staff.people.get(getattr(existing, key)), self.staff.people[value]
                    old, new = old.name if old else "", new.name
                else:
                    old, new = names.get(getattr(existing, key), ""), names[value]
                changes.append(Change(key, self.header(key), old, new))
        for key in ("hours_per_week", "planned_hours"):
            value = period[key]
            if value is not None and value != getattr(existing, key):
                update[key] = value
                changes.append(Change(key, self.header(key), _shown(getattr(existing, key)), _shown(value)))

    def _same_programme(self, programme_id: int, period: dict) -> bool:
        """Whether the period's programme is the one the file asks for, as far as the file says: a file
        without a cohort column does not move a period to another cohort of the same programme."""
        reference = period["programme"]
        if reference == ("id", programme_id):
            return True
        crebo, key, level, pathway, cohort = period["programme_asked"]
        current = self.programme_by_id[programme_id]
        if crebo:
            same = current.crebo == crebo
        else:
            same = self.key(current.name) == key and (level is None or current.level == level)
        return same and (pathway is None or current.pathway == pathway) and (cohort is None or current.cohort == cohort)

    def _team_id(self, team: tuple | None) -> int | None:
        if team is None or team[0] == "new":
            return None
        if team[0] == "id":
            return team[1]
        location_id = self.location_ids.get(team[1])
        return self.team_ids.get(location_id) if location_id is not None else None

    def _team_label(self, team: tuple) -> str:
        if team[0] == "id":
            return self.team_labels[team[1]]
        if team[0] == "location":
            name = self.new_locations.get(team[1]) or self.location_names[self.location_ids[team[1]]]
            return f"{name} – {name}"
        location_key, _team_key = team[1]
        location = self.new_locations.get(location_key) or self.location_names[self.location_ids[location_key]]
        return f"{location} – {self.new_teams[team[1]]}"


# Each learner with the school of their current period (see `desktop.services.learners`).
MISSING_SQL = f"""
SELECT l.id, l.first_name, l.name_prefix, l.last_name, l.archived, l.school_id, s.name
FROM (SELECT l.*, (SELECT p.school_id FROM bpv_period p WHERE p.id = {CURRENT_PERIOD_OF_LEARNER}) AS school_id
      FROM learner l) l
LEFT JOIN school s ON s.id = l.school_id
ORDER BY l.id
"""


def _missing_learners(matched: set[int], schools: set[int], by_school: bool) -> list[MissingLearner]:
    """The learners not in `matched`: of the `schools` a file names, by their current period (of all
    learners when the file has no school column); archived learners aside."""
    return [
        MissingLearner(number, display_name(first, prefix, last), school or "")
        for number, first, prefix, last, archived, school_id, school in _rows(MISSING_SQL)
        if number not in matched and not archived and (not by_school or school_id in schools)
    ]


def _shown(value) -> str:
    """A value as the preview shows it: dates as dd-mm-yyyy, nothing as empty."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return tabular.cell_text(value)


def cell_date(key: str, value, kind: str) -> dt.date | None:
    """The date a cell of a sheet of `kind` ("csv" or "xlsx") holds; None for an empty cell."""
    if isinstance(value, int | float) and kind == "xlsx":
        day = tabular.excel_serial_date(value)  # a date cell Excel stored without a date format
        if day is not None:
            return day
    if isinstance(value, str):
        if len(value) > 10:  # "2024-09-01 00:00:00", "7-12-2026 14.03" or "2026-12-07T14:03:00Z": the day is meant
            day = tabular.zoned_day(value)  # of a moment in UTC, the day it was here
            if day is not None:
                return day
            value = TIME_OF_DAY_RE.sub("", value.strip())
        day = tabular.quick_date(value)  # the usual forms without strptime's cost; the rule below has the rest
        if day is not None:
            return day
        day = _written_date(value, key)
        if day is not None:
            return day
    return v.date(key, value)


def _written_date(text: str, key: str) -> dt.date | None:
    """A date with its month in words, or with a year of two digits (`MONTHS`); None for any other text."""
    folded = " ".join(fold(text).split())
    if match := DAY_MONTH_RE.fullmatch(folded):
        day, month, year = match.group(1), MONTHS.get(match.group(2)), match.group(3)
    elif match := MONTH_DAY_RE.fullmatch(folded):
        day, month, year = match.group(2), MONTHS.get(match.group(1)), match.group(3)
    elif match := SHORT_YEAR_RE.fullmatch(folded):
        day, month, year = match.group(1), int(match.group(2)), match.group(3)
    else:
        return None
    if month is None:
        return None
    number = int(year)
    if len(year) == 2:
        # A year of this century, unless that lies ahead: of a birth date at all, of a placement by over ten years.
        number += 2000
        if number > clock.today().year + (0 if key == "birth_date" else 10):
            number -= 100
    try:
        return dt.date(number, month, int(day))
    except ValueError:
        return None


@dataclass
class _NewLearner:
    """A learner the file adds, as its lines so far say: the first line, their person key and student number (each
    as soon as a line gives it)."""

    line: int
    person: tuple
    number: str

    def learn(self, person: tuple, number: str) -> None:
        if self.person[2] is None and person[2] is not None:
            self.person = person
        self.number = self.number or number


def _same_person(first: tuple, other: tuple) -> bool:
    """Whether two person keys (`person_matching.person_key`) of one file can be one person: the same name, and the
    same birth date where both lines give one."""
    return first[:2] == other[:2] and (first[2] is None or other[2] is None or first[2] == other[2])


def _same_surname(given: dict, known: dict) -> bool:
    """Whether a row's tussenvoegsel and last name are the learner's as LeerWerk knows them. A file without a
    tussenvoegsel (no such column, or an empty cell) says nothing of it: "Groot", "de Groot" and "De Groot" in the
    last name are De Groot's as known. A last name that changed is a new surname, tussenvoegsel and all."""
    if given["name_prefix"] == known["name_prefix"] and given["last_name"] == known["last_name"]:
        return True
    if given["name_prefix"] or not known["name_prefix"]:
        return False
    whole = f"{known['name_prefix']} {known['last_name']}"  # at the start of a name, "Van Dijk"
    return given["last_name"] == known["last_name"] or given["last_name"].casefold() == whole.casefold()


def unreadable_line() -> str:
    return _(
        "This line holds characters that are not UTF-8 text, unlike the rest of the file, and cannot be read; "
        "correct the line, or save the file again as CSV UTF-8."
    )


def _optional(rule: Callable[[str, Any], Any]) -> Callable[[str, Any], Any]:
    return lambda key, value: None if value in ("", None) else rule(key, value)


def _rows(sql: str) -> list[tuple]:
    return list(db.execute_sql(sql).fetchall())


def _iso_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _values(row: SheetRow, positions: dict[str, int]) -> dict[str, Any]:
    """The cells as the rules take them: text without our formula guard, numbers and dates as they are."""
    cells, width = row.cells, len(row.cells)
    values = {}
    for key, index in positions.items():
        cell = cells[index] if index < width else None
        if cell is None:
            cell = ""
        elif cell.__class__ is str and cell[:1] == "'":
            cell = tabular.restored(cell)
        values[key] = cell
    return values


def _student_number(key: str, value) -> str:
    return LearnerService.rules["student_number"](key, tabular.number_text(value))


def _crebo(key: str, value) -> str | None:
    return v.crebo(key, tabular.number_text(value))


def _level(key: str, value) -> str | None:
    text = re.sub(r"[^a-z0-9.]", "", fold(tabular.number_text(value)))  # "Niveau 3", "MBO-4", "3.0"
    if not text:
        return None
    if text == "hbo":
        return "hbo"
    match = LEVEL_WORDS_RE.match(text)
    if match is None:
        raise ValidationError(key, _("A level is 1, 2, 3, 4 or hbo; found {value}.").format(value=value))
    return match.group(1)


def _cohort(key: str, value) -> int | None:
    """A cohort as a year, or as the school year it starts ("2026-2027", "26/27": 2026)."""
    text = tabular.number_text(value).strip()
    match = COHORT_YEARS_RE.fullmatch(text)
    if match:
        first, second = (int(year) if len(year) == 4 else 2000 + int(year) for year in match.groups())
        if second == first + 1:
            text = str(first)
    return ProgrammeService.rules["cohort"](key, text)


def _hours(key: str, value):
    """Hours per week, also as "24 uur" or "32 u p/w"."""
    text = tabular.number_text(value).strip()
    match = HOURS_RE.fullmatch(text)
    return BpvPeriodService.rules["hours_per_week"](key, match.group(1) if match else text)


def _pathway(key: str, value) -> str | None:
    text = re.sub(r"[^a-z]", "", fold(str(value)))
    if not text:
        return None
    match = PATHWAY_WORDS_RE.fullmatch(text)
    if match is None:
        raise ValidationError(key, _("A learning pathway is BOL or BBL; found {value}.").format(value=value))
    if match.group(3):
        return "BBL" if match.group(3) == "begeleidend" else "BOL"
    return match.group(1).upper()


def _learner_type(key: str, value) -> str | None:
    """The type a cell names; None for an empty one (the row's pathway may say it, see `_Planner._row`)."""
    text = _normal_header(str(value))
    if not text:
        return None
    # Also the names LeerWerk itself shows, in English and in the current language ("BBL student").
    words = {
        **{_normal_header(name): code for code, label in choices.LEARNER_TYPES.items() for name in (label, _(label))},
        **TYPE_WORDS,
    }
    if text not in words:
        raise ValidationError(
            key, _("A type is BBL, BOL, mio, zij-instromer or hbo; found {value}.").format(value=value)
        )
    return words[text]


def _phone_key(text: str) -> str:
    """A phone number as compared: its digits, with the country code of the Netherlands as a 0."""
    text = text.replace("(0)", "")  # "+31 (0)6 ...": the 0 that is dialled within the country
    digits = re.sub(r"[^0-9]", "", text)
    if text.strip().startswith("+31") or digits.startswith("0031"):
        digits = "0" + digits[2 if text.strip().startswith("+") else 4 :]
    return digits


def _phone(value) -> str:
    """Excel turns 0612345678 into the number 612345678; a Dutch number has ten digits with a leading 0."""
    text = tabular.number_text(value)
    if WITHOUT_LEADING_ZERO_RE.fullmatch(text):
        return "0" + text
    return text


# -- Writing -----------------------------------------------------------------------------------------


@collector.quiet()
def apply_import(
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    lines: Iterable[int] | None = None,
) -> ImportResult:
    """Write the plan's new and changed rows (only those on `lines`, when given) in one transaction.
    `progress(done, total)` may raise to cancel."""
    ensure_writable(db)  # the bulk cursors below write around the read-only refusal in execute_sql
    rows = plan.rows_to_import(skip_invalid, lines)
    if not rows:
        if plan.problems and not (skip_invalid and not plan.file_problems):
            raise ImportRefusedError(_("Nothing was imported: the file has problems."))
        if plan.rows and not plan.problems and lines is None:
            raise ImportRefusedError(
                ngettext(
                    "Nothing to import: the {count} learner in the file is unchanged.",
                    "Nothing to import: the {count} learners in the file are unchanged.",
                    len(plan.rows),
                ).format(count=len(plan.rows))
            )
        raise ImportRefusedError(_("Nothing to import."))
    result = plan.summary(skip_invalid, lines)
    result.dry_run = False
    try:
        # The tasks and meetings of 10,000 periods are some 85 MB of new pages (see `Engine.bulk_settings`); the write
        # lock is taken first, so that the newest ids read back are ours.
        with bulk_writing(db, IMPORT_CACHE_KIB):
            _Writer(plan, rows, progress).write()
    except cipher.errors(peewee.OperationalError, kind="OperationalError") as error:
        # In use by another program, read-only: say which, in the words used at start-up.
        from desktop.storage.database import current_path, explain_database_error

        where = current_path() or plan.path
        if files.is_disk_full(error):
            doing = _("importing {name} into {path}").format(name=plan.path.name, path=where)
            raise ImportFailedError(files.disk_full(doing)) from error
        reason = explain_database_error(error, where)
        raise ImportFailedError(_("{reason} Nothing was imported.").format(reason=reason)) from error
    return result


def import_learners(
    path: Path,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    update: bool = True,
    progress: Progress | None = None,
) -> tuple[ImportPlan, ImportResult | None]:
    """Read and, unless `dry_run` or refused, import the new rows and (with `update`) the changed ones; the
    result is None when the file has problems (and they are not skipped). A file that changes nothing
    gives a result of nothing."""
    plan = read_learners(path)
    if plan.file_problems or (plan.invalid_rows and not skip_invalid) or not any(row.valid for row in plan.rows):
        return plan, None
    target = plan if update else additions(plan)
    if dry_run or not target.importable(skip_invalid):
        result = target.summary(skip_invalid)
        result.dry_run = dry_run
    else:
        result = apply_import(target, skip_invalid=skip_invalid, progress=progress)
    result.unchanged = len(plan.group(UNCHANGED))  # not the rows whose changes wait for `update`
    return plan, result


def additions(plan: ImportPlan) -> ImportPlan:
    """The plan without its changes to what LeerWerk knows: new learners, and the new periods of known ones (a
    placement is added, as a new learner is; a changed field waits until it is asked for)."""
    rows = [
        row
        if row.learner_id is None or not (row.changes or row.learner_update or row.period_update)
        else dataclasses.replace(row, changes=[], learner_update={}, period_update={})
        for row in plan.rows
    ]
    return dataclasses.replace(plan, rows=rows)


def describe_groups(plan: ImportPlan, *, missing: bool = False, update: bool = True) -> list[str]:
    """The four groups of a preview in lines, naming learners by record number and rows by line, never
    by name (for the command line, whose output may end up in a log), and the records the import of the
    new rows (and with `update` the changed ones) would create."""
    new, changed, unchanged = plan.group(NEW), plan.group(CHANGED), plan.group(UNCHANGED)
    lines = [ngettext("{count} new", "{count} new", len(new)).format(count=len(new))]
    if new:
        numbers = ngettext("(line {lines})", "(lines {lines})", len(new))
        lines[-1] += " " + numbers.format(lines=_numbers([row.line for row in new]))
    lines.append(ngettext("{count} changed", "{count} changed", len(changed)).format(count=len(changed)))
    for row in changed:
        what = [change.column for change in row.changes]
        if row.new_period:
            what.append(_("a new BPV period"))
        text = _("line {line}, learner {id}: {changes}")
        lines.append("  " + text.format(line=row.line, id=row.learner_id, changes=", ".join(what)))
    lines.append(ngettext("{count} unchanged", "{count} unchanged", len(unchanged)).format(count=len(unchanged)))
    if missing:
        count = len(plan.missing)
        text = ngettext(
            "{count} in LeerWerk but not in the file", "{count} in LeerWerk but not in the file", count
        ).format(count=count)
        if count:
            numbers = ngettext("(learner {ids})", "(learners {ids})", count)
            text += " " + numbers.format(ids=_numbers([learner.id for learner in plan.missing]))
        lines.append(text)
    created = describe_new_names(additions(plan) if not update else plan)
    if created:
        lines.append(created)
    return lines


def describe_new_names(plan: ImportPlan, skip_invalid: bool = False, lines: Iterable[int] | None = None) -> str:
    """The schools, programmes, locations and teams the import would create, named in one sentence ("" for none)."""
    kinds = {"school": _("schools"), "programme": _("programmes"), "location": _("locations"), "team": _("teams")}
    created = [f"{kinds[kind]} {', '.join(names)}" for kind, names in plan.new_names(skip_invalid, lines).items()]
    return _("New in LeerWerk: {items}.").format(items="; ".join(created)) if created else ""


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(number) for number in numbers)


@dataclass(frozen=True)
class _Template:
    id: int
    phase: str
    active: bool
    applies_to_mio: bool


class _Writer:
    """Bulk inserts in one transaction; the tasks and meetings are joined in SQL from small rule tables."""

    def __init__(self, plan: ImportPlan, rows: list[RowPlan], progress: Progress | None):
        self.plan, self.rows, self.progress = plan, rows, progress
        self.now = str(m._now())
        self.user = current_user()
        self.audit: list[dict] = []
        self.ids: dict[str, dict] = {"school": {}, "programme": {}, "location": {}, "team": {}}
        self.combos: dict[tuple[str, str], int] = {}
        self.meeting_plans: dict[int | None, int] = {}
        self.made: dict[int, int] = {}  # the first line of a new learner -> their record number

    def write(self) -> None:
        # Each new learner as all their lines written say: what the first leaves empty, a later one may give.
        self.learners: dict[int, dict] = {}
        for row in self.rows:
            if row.learner_id is None:
                made = self.learners.setdefault(row.same_learner_as or row.line, dict(row.learner))
                for name, value in row.learner.items():
                    if made.get(name) in (None, "") and value not in (None, ""):
                        made[name] = value
        self._report(0)
        self._references()
        self.templates = [
            _Template(number, phase, bool(active), bool(mio))
            for number, phase, active, mio in _rows(
                "SELECT id, phase, active, applies_to_mio FROM phase_task_template ORDER BY position, id"
            )
        ]
        # Temporary tables, named without a schema: SQLite's "temp" and PostgreSQL's "pg_temp" are looked in first.
        # A day is its ordinal (`date.toordinal`), a number both engines add days to.
        for table in ("import_period", "import_task", "import_meeting"):
            db.execute_sql(f"DROP TABLE IF EXISTS {table}")
        db.execute_sql("CREATE TEMP TABLE import_period (id INTEGER PRIMARY KEY, combo INT, meetings INT, day INT)")
        db.execute_sql("CREATE TEMP TABLE import_task (combo INT, ord INT, template_id INT, PRIMARY KEY (combo, ord))")
        db.execute_sql(
            "CREATE TEMP TABLE import_meeting"
            ' (plan INT, ord INT, kind TEXT, "offset" INT, once BOOLEAN, PRIMARY KEY (plan, ord))'
        )
        for start in range(0, len(self.rows), CHUNK_ROWS):
            self._chunk(self.rows[start : start + CHUNK_ROWS])
            self._report(min(start + CHUNK_ROWS, len(self.rows)))
        for table in ("import_period", "import_task", "import_meeting"):
            db.execute_sql(f"DROP TABLE {table}")

    def _report(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, len(self.rows))

    # -- schools, programmes, locations and teams
    def _references(self) -> None:
        used = _references(self.rows)
        for key in used["school"]:
            values = {**SchoolService().clean(self.plan.new_schools[key], partial=False)}
            self.ids["school"][key] = self._insert(m.School, values)
        for key in used["programme"]:
            values = ProgrammeService().clean(self.plan.new_programmes[key], partial=False)
            self.ids["programme"][key] = self._insert(m.Programme, values)
        team_ids = dict(self.plan.team_ids)
        location_ids = dict(self.plan.location_ids)

        def location(key: str) -> int:
            if key not in location_ids:
                values = LocationService().clean({"name": self.plan.new_locations[key]}, partial=False)
                location_ids[key] = self._insert(m.Location, values)
            return location_ids[key]

        for key in used["location"]:
            location_id = location(key)
            if location_id not in team_ids:
                name = db.execute_sql("SELECT name FROM location WHERE id = ?", (location_id,)).fetchone()[0]
                values = TeamService().clean({"location": location_id, "name": name}, partial=False)
                team_ids[location_id] = self._insert(m.Team, values)
            self.ids["location"][key] = team_ids[location_id]
        for key in used["team"]:
            values = TeamService().clean(
                {"location": location(key[0]), "name": self.plan.new_teams[key]}, partial=False
            )
            self.ids["team"][key] = self._insert(m.Team, values)

    def _insert(self, model: type[m.BaseModel], values: dict) -> int:
        number = model.insert(self._stamped(model, values)).execute()  # the new id, on either engine
        self.audit.append(self._audit_row(model, number, values))
        return number

    def _audit_row(self, model, number: int, values: Iterable[str]) -> dict:
        return {"table_name": model._meta.table_name, "record_id": number, "changed_fields": ",".join(sorted(values))}

    # -- learners, periods, their tasks and meetings, and the audit entries
    def _chunk(self, rows: list[RowPlan]) -> None:
        # A new learner is made once, by the first of their lines written (another line of theirs adds a period).
        making: dict[int, RowPlan] = {}
        for row in rows:
            if row.learner_id is None and (row.same_learner_as or row.line) not in self.made:
                making.setdefault(row.same_learner_as or row.line, row)
        new_ids = self._insert_many(m.Learner, [self.learners[anchor] for anchor in making])
        self.made.update(zip(making, new_ids, strict=True))
        learner_ids = [
            self.made[row.same_learner_as or row.line] if row.learner_id is None else row.learner_id for row in rows
        ]
        with_period = [(row, learner_id) for row, learner_id in zip(rows, learner_ids, strict=True) if row.new_period]
        periods = [self._period_values(row, learner_id) for row, learner_id in with_period]
        period_ids = self._insert_many(m.BpvPeriod, periods)
        _execute_many(
            "INSERT INTO import_period (id, combo, meetings, day) VALUES (?, ?, ?, ?)",
            [
                (
                    period_id,
                    self._combo(row.learner["learner_type"], values["phase"]),
                    self._meeting_plan(values),
                    values["start_date"].toordinal(),
                )
                for (row, _learner_id), values, period_id in zip(with_period, periods, period_ids, strict=True)
            ],
        )
        db.execute_sql(
            "INSERT INTO phase_task (period_id, template_id, phase, role, position, title, done_on, notes)"
            " SELECT p.id, t.id, t.phase, t.role, t.position, t.title, NULL, ''"
            " FROM import_period p JOIN import_task c ON c.combo = p.combo"
            " JOIN phase_task_template t ON t.id = c.template_id ORDER BY p.id, c.ord"
        )
        planned_on = engine_of(db).date_of_ordinal('p.day + m."offset"')
        db.execute_sql(
            "INSERT INTO meeting (period_id, kind, planned_on, held_on, cancelled, participants, notes)"
            f" SELECT p.id, m.kind, {planned_on}, NULL, FALSE, '', ''"
            " FROM import_period p JOIN import_meeting m ON m.plan = p.meetings"
            ' WHERE m.once OR p.day + m."offset" >= ?'  # recurring talks from today on, as plan_meetings
            " ORDER BY p.id, m.ord",
            (self.plan.today.toordinal(),),
        )
        db.execute_sql("DELETE FROM import_period")
        self.audit += [self._audit_row(m.Learner, number, LEARNER_KEYS) for number in new_ids]
        self.audit += [self._audit_row(m.BpvPeriod, number, PERIOD_FIELDS) for number in period_ids]
        insert_rows(m.AuditEntry, self.audit, ids=False, same={"at": self.now, "user": self.user, "action": "import"})
        self.audit = []
        # Changes to what LeerWerk knows are few and go through the services, which keep their rules
        # (a supervisor of the period's school, meetings replanned for a new end date) and audit each change.
        for row in rows:
            if row.learner_update:
                LearnerService().update(row.learner_id, **row.learner_update)
            if row.period_update:
                values = {key: self._resolved(key, value) for key, value in row.period_update.items()}
                BpvPeriodService().update(row.period_id, **values)

    def _resolved(self, key: str, value):
        if key in ("programme", "school"):
            return self._reference(key, value)
        if key == "team":
            return self._team(value)
        if key in ("practice_trainer", "work_supervisor", "school_supervisor"):
            return value[1]
        return value

    def _insert_many(self, model: type[m.BaseModel], rows: list[dict]) -> list[int]:
        """Insert `rows` made at one moment; their ids, in order."""
        return insert_rows(model, rows, same=self._stamps(model))

    def _stamped(self, model: type[m.BaseModel], values: dict) -> dict:
        return {**self._stamps(model), **values}

    def _stamps(self, model: type[m.BaseModel]) -> dict:
        """The moment of the import as when a record of `model` was made and last changed."""
        return {name: self.now for name in ("created_at", "updated_at") if name in model._meta.fields}

    def _period_values(self, row: RowPlan, learner_id: int) -> dict:
        period, learner_type = row.period, row.learner["learner_type"]
        start, end = period["start_date"], period["end_date"]
        status, phase = bpv.state_on(start, end, self.plan.today)
        return {
            "learner": learner_id,
            "programme": self._reference("programme", period["programme"]),
            "school": self._reference("school", period["school"]),
            "team": self._team(period["team"]),
            "practice_trainer": period["practice_trainer"],
            "work_supervisor": period["work_supervisor"],
            "school_supervisor": period["school_supervisor"],
            "hours_per_week": period["hours_per_week"],
            "planned_hours": period["planned_hours"],
            "contract_type": choices.DEFAULT_CONTRACT[learner_type],
            "start_date": start,
            "end_date": end,
            "supernumerary_until": bpv.supernumerary_until(learner_type, start, end),
            "phase": phase,
            "status": status,
        }

    def _reference(self, kind: str, reference: tuple) -> int:
        return reference[1] if reference[0] == "id" else self.ids[kind][reference[1]]

    def _team(self, reference: tuple | None) -> int | None:
        if reference is None:
            return None
        origin, key = reference
        return key if origin == "id" else self.ids["location" if origin == "location" else "team"][key]

    def _combo(self, learner_type: str, phase: str) -> int:
        """The number of the task checklist for this learner type and phase (few kinds, many periods)."""
        key = (learner_type, phase)
        if key not in self.combos:
            number = self.combos[key] = len(self.combos)
            templates = bpv.applicable(self.templates, learner_type, (phase,))  # as sync_tasks: the current phase
            _execute_many(
                "INSERT INTO import_task (combo, ord, template_id) VALUES (?, ?, ?)",
                [(number, order, template.id) for order, template in enumerate(templates)],
            )
        return self.combos[key]

    def _meeting_plan(self, period: dict) -> int:
        """The number of the meeting plan for a period of this length; a plan is the same from any start."""
        start, end = period["start_date"], period["end_date"]
        length = (end - start).days if end else None
        if length not in self.meeting_plans:
            number = self.meeting_plans[length] = len(self.meeting_plans)
            # Plan from a fixed day and keep the offsets; the tests hold this against plan_meetings itself.
            plan = bpv.plan_meetings(
                PLAN_ORIGIN, PLAN_ORIGIN + dt.timedelta(days=length) if end else None, SUPERVISOR_WEEKS
            )
            _execute_many(
                'INSERT INTO import_meeting (plan, ord, kind, "offset", once) VALUES (?, ?, ?, ?, ?)',
                [
                    (number, order, kind, (day - PLAN_ORIGIN).days, kind in bpv.ONCE)
                    for order, (kind, day) in enumerate(plan)
                ],
            )
        return self.meeting_plans[length]


PLAN_ORIGIN = dt.date(2000, 1, 1)
PERIOD_FIELDS = (
    "contract_type",
    "end_date",
    "hours_per_week",
    "learner",
    "phase",
    "planned_hours",
    "practice_trainer",
    "programme",
    "school",
    "school_supervisor",
    "start_date",
    "status",
    "supernumerary_until",
    "team",
    "work_supervisor",
)


def _execute_many(sql: str, rows: list[tuple]) -> None:
    """One statement (with ``?`` parameters) for many rows, on a cursor of the bound database's engine."""
    db.cursor().executemany(engine_of(db).parameters(sql), rows)


# -- Export ------------------------------------------------------------------------------------------

# What the Learners tab does not show but an import reads back, per learner and per their current period.
EXPORT_LEARNERS_SQL = "SELECT id, birth_date, email, phone, student_number FROM learner"
EXPORT_PERIODS_SQL = """
SELECT p.id, p.school_id, p.school_supervisor_id, p.hours_per_week, p.planned_hours, p.end_reason, p.end_reason_text,
       pr.cohort
FROM bpv_period p
JOIN programme pr ON pr.id = p.programme_id
"""
EXPORT_HEADER = [ID_HEADER, *(column.header for column in COLUMNS), *(column.header for column in DERIVED_COLUMNS)]


def export_rows() -> list[list]:
    """Every learner with their current period, in the export's column order; dates as dates. The
    columns are those of the Learners tab (its own query), and what an import needs besides."""
    learners = {number: rest for number, *rest in db.execute_sql(EXPORT_LEARNERS_SQL)}
    periods = {number: rest for number, *rest in db.execute_sql(EXPORT_PERIODS_SQL)}
    # People by name, or by e-mail address where two share a name: as the import finds them again.
    staff = person_matching.staff_index()
    supervisors: dict[int, person_matching.PersonIndex] = {}
    rows = []
    for row in sorted(learner_rows(), key=lambda row: row.id):
        born, email, phone, student_number = learners[row.id]
        school_id, supervisor, hours, planned, end_reason, end_words, cohort = periods.get(row.period_id, (None,) * 7)
        if supervisor is not None and school_id not in supervisors:
            supervisors[school_id] = person_matching.school_supervisor_index(school_id)
        team = ""
        if row.team and name_key(row.team) != name_key(row.location):
            team = row.team  # a location's own team is the location itself
        values = {
            "student_number": student_number,
            "first_name": row.first_name,
            "name_prefix": row.name_prefix,
            "last_name": row.last_name,
            "birth_date": m.iso_date(born),
            "email": email,
            "phone": phone,
            "learner_type": TYPE_LABELS.get(row.learner_type, row.learner_type),
            "programme": row.programme,
            "crebo": row.crebo,
            "level": row.level,
            "pathway": row.pathway,
            "cohort": cohort,
            "school": row.school,
            "start_date": row.start_date,
            "end_date": row.end_date,
            "location": row.location,
            "team": team,
            "practice_trainer": staff.label(row.practice_trainer_id),
            "work_supervisor": staff.label(row.work_supervisor_id),
            "school_supervisor": supervisors[school_id].label(supervisor) if supervisor is not None else "",
            "hours_per_week": _shown(Decimal(str(hours))) if hours not in (None, "") else "",
            "planned_hours": planned,
            "phase": choices.label(choices.PHASES, row.phase) if row.phase else "",
            "status": choices.label(choices.PERIOD_STATUSES, row.status) if row.status else "",
            "end_reason": _end_reason(end_reason, end_words),
            "next_meeting": row.next_meeting,
        }
        cells = [row.id, *(values[column.key] for column in (*COLUMNS, *DERIVED_COLUMNS))]
        rows.append(["" if value is None else value for value in cells])
    return rows


def _end_reason(code: str | None, words: str | None) -> str:
    """The reason a period ended as the Learners tab's reader sees it: the list's label, with the words beside it."""
    label = choices.label(choices.END_REASONS, code) if code else ""
    return " – ".join(part for part in (label, words or "") if part)


def export_learners(path: Path) -> int:
    """Write every learner with their current period to `path` (.csv or .xlsx); returns how many."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(_("Export to a file ending in .csv or .xlsx; {name} is neither.").format(name=path.name))
    rows = export_rows()
    try:
        if suffix == ".csv":
            text_rows = [[tabular.cell_text(value) for value in row] for row in rows]
            tabular.write_csv(path, EXPORT_HEADER, text_rows)
        else:
            cells = [[_excel_cell(index, value) for index, value in enumerate(row)] for row in rows]
            tabular.write_xlsx(path, EXPORT_HEADER, cells, sheet_title=_("Learners"))
    except PermissionError:
        raise ExportError(
            _(
                "The file {name} cannot be written: access is denied, or it is open in another program such as Excel."
            ).format(name=path.name)
        ) from None
    except FileNotFoundError:
        raise ExportError(_("The folder {folder} does not exist.").format(folder=path.parent)) from None
    except OSError as error:
        raise ExportError(
            _("The file {name} cannot be written: {reason}").format(name=path.name, reason=files.os_reason(error))
        ) from None
    return len(rows)


def _excel_cell(index: int, value):
    """Dates as date cells, the id as a number, everything else as text (a crebo is a code, not a number)."""
    if value == "":
        return None
    if index == 0 or isinstance(value, dt.date):
        return value
    return str(value)


# -- Reporting -------------------------------------------------------------------------------------------


def describe(result: ImportResult) -> list[str]:
    """The summary of an import (or a dry run) in sentences, for the command line and the window."""
    created = [
        ngettext("{count} learner", "{count} learners", result.learners).format(count=result.learners),
        ngettext("{count} BPV period", "{count} BPV periods", result.periods).format(count=result.periods),
    ]
    references = [
        ngettext("{count} school", "{count} schools", result.schools).format(count=result.schools),
        ngettext("{count} programme", "{count} programmes", result.programmes).format(count=result.programmes),
        ngettext("{count} location", "{count} locations", result.locations).format(count=result.locations),
    ]
    if result.teams:
        references.append(ngettext("{count} team", "{count} teams", result.teams).format(count=result.teams))
    changed = [
        ngettext("{count} learner", "{count} learners", result.updated_learners).format(count=result.updated_learners),
        ngettext("{count} BPV period", "{count} BPV periods", result.updated_periods).format(
            count=result.updated_periods
        ),
    ]
    adds = result.learners or result.periods
    changes = result.updated_learners or result.updated_periods
    lines = []
    if not adds and not changes:
        lines.append(_("Nothing to add or change."))
    elif result.dry_run:
        lines.append(
            _(
                "Dry run, nothing was written. The import would add {learners} and {periods}, and create {references}."
            ).format(learners=created[0], periods=created[1], references=_join(references))
        )
        if changes:
            lines.append(_("It would change {learners} and {periods}.").format(learners=changed[0], periods=changed[1]))
    else:
        lines.append(
            _("Imported {learners} and {periods}; created {references}.").format(
                learners=created[0], periods=created[1], references=_join(references)
            )
        )
        if changes:
            lines.append(_("Changed {learners} and {periods}.").format(learners=changed[0], periods=changed[1]))
    if result.unchanged:
        lines.append(
            ngettext("{count} unchanged.", "{count} unchanged.", result.unchanged).format(count=result.unchanged)
        )
    if result.skipped:
        lines.append(
            ngettext(
                "{count} row with problems was skipped.", "{count} rows with problems were skipped.", result.skipped
            ).format(count=result.skipped)
        )
    if result.unknown_columns:
        lines.append(_("Columns ignored (unknown): {columns}.").format(columns=", ".join(result.unknown_columns)))
    return lines


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return _("{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])
