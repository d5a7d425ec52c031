"""Import and export of learners with their current BPV period, as CSV or XLSX.

An import has two steps. `read_learners(path)` reads the file and checks every row into an
`ImportPlan`: the learners and periods it would create, the schools, programmes and locations it
matches or would create, and every problem with its file line, column and reason. `apply_import(plan)`
then writes it in one transaction, or nothing at all: when any row is invalid (unless the caller skips
invalid rows), or when the progress callback raises to cancel.

The budget is 10,000 rows in 2 s, so rows are inserted in bulk rather than through the services, but
under the services' rules: values pass the field rules of `LearnerService`, `ProgrammeService`,
`SchoolService` and `LocationService`, model defaults fill the rest, and a period gets its contract,
supernumerary time, phase, task checklist and meetings from `desktop.services.bpv` exactly as
`BpvPeriodService.create` gives them (the tests compare both).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from desktop import clock, files
from desktop.errors import LeerWerkError, ValidationError
from desktop.i18n import _, ngettext
from desktop.services import bpv, tabular
from desktop.services import validation as v
from desktop.services.base import current_user
from desktop.services.catalogue import (
    BpvPeriodService,
    LearnerService,
    LocationService,
    ProgrammeService,
    SchoolService,
    TeamService,
)
from desktop.services.learners import current_period_ids
from desktop.services.tabular import SheetRow, UnreadableFileError
from desktop.storage import choices, cipher
from desktop.storage import models as m
from desktop.storage.access import ensure_writable
from desktop.storage.models import db
from desktop.textsearch import fold

Progress = Callable[[int, int], None]

IMPORT_CACHE_KIB = 256 * 1024
CHUNK_ROWS = 500  # rows written between two progress reports (and chances to cancel)
HEADER_SEARCH_ROWS = tabular.ACCEPT_ROWS  # a title or blank rows above the header are skipped, up to this many
SUPERVISOR_WEEKS = m.BpvPeriod.supervisor_meeting_weeks.default


@dataclass(frozen=True)
class FileColumn:
    key: str
    header: str  # as the export writes it: Dutch, in either language, so a file reads the same everywhere
    aliases: tuple[str, ...] = ()


COLUMNS = (
    FileColumn("first_name", "voornaam", ("first name",)),
    FileColumn("name_prefix", "tussenvoegsel", ("prefix", "tussenvoegsels")),
    FileColumn("last_name", "achternaam", ("last name",)),
    FileColumn("birth_date", "geboortedatum", ("date of birth", "birth date")),
    FileColumn("email", "e-mail", ("e-mailadres", "email", "e-mail address")),
    FileColumn("phone", "telefoon", ("phone", "telefoonnummer", "phone number")),
    FileColumn("learner_type", "soort", ("type",)),
    FileColumn("programme", "opleiding", ("programme",)),
    FileColumn("crebo", "crebo"),
    FileColumn("level", "niveau", ("level",)),
    FileColumn("pathway", "leerweg", ("learning pathway",)),
    FileColumn("school", "school"),
    FileColumn("start_date", "startdatum", ("start date",)),
    FileColumn("end_date", "einddatum", ("end date",)),
    FileColumn("location", "locatie", ("location",)),
)
COLUMN_BY_KEY = {column.key: column for column in COLUMNS}
ID_HEADER = "id"  # the export's own record numbers: ignored without a word on import
LEARNER_KEYS = ("first_name", "name_prefix", "last_name", "birth_date", "email", "phone", "learner_type")
PERIOD_KEYS = ("programme", "crebo", "level", "pathway", "school", "start_date", "end_date", "location")
REQUIRED_COLUMNS = ("first_name", "last_name", "learner_type")

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
MIDNIGHT_RE = re.compile(r"[ T]0{1,2}:00(:00)?(\.0+)?$")
LEVEL_WORDS_RE = re.compile(r"^(niveau|level|mbo|n)?([1-4])(\.0+)?$")


def _normal_header(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


HEADER_KEYS = {
    _normal_header(name): column.key for column in COLUMNS for name in (column.header, column.key, *column.aliases)
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


@dataclass
class RowPlan:
    line: int
    values: dict[str, Any]  # field key -> the cell as read (text, number or date)
    problems: list[Problem] = field(default_factory=list)
    learner: dict[str, Any] | None = None  # the learner's values, cleaned
    period: dict[str, Any] | None = None  # dates and references (see `_Planner._period`)

    @property
    def valid(self) -> bool:
        return not self.problems

    def text(self, key: str) -> str:
        """The cell of column `key` as the file shows it, for a preview."""
        return tabular.cell_text(self.values.get(key, ""))


@dataclass
class ImportResult:
    learners: int = 0
    periods: int = 0
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
    location_ids: dict[str, int]  # folded name -> id of an existing location
    team_ids: dict[int, int]  # location id -> its team of the same name
    today: dt.date
    notes: list[str] = field(default_factory=list)  # what the person should know about how the file was read

    @property
    def invalid_rows(self) -> list[RowPlan]:
        return [row for row in self.rows if not row.valid]

    @property
    def problems(self) -> list[Problem]:
        return self.file_problems + [problem for row in self.rows for problem in row.problems]

    def rows_to_import(self, skip_invalid: bool = False) -> list[RowPlan]:
        if self.file_problems or (self.invalid_rows and not skip_invalid):
            return []
        return [row for row in self.rows if row.valid]

    def importable(self, skip_invalid: bool = False) -> bool:
        return bool(self.rows_to_import(skip_invalid))

    def summary(self, skip_invalid: bool = False) -> ImportResult:
        """What `apply_import` would create."""
        rows = self.rows_to_import(skip_invalid)
        used = _references(rows)
        new_locations = {key for key in used["location"] if key in self.new_locations}
        teams = len(new_locations) + sum(
            1 for key in used["location"] if key in self.location_ids and self.location_ids[key] not in self.team_ids
        )
        return ImportResult(
            learners=len(rows),
            periods=sum(1 for row in rows if row.period),
            schools=sum(1 for key in used["school"] if key in self.new_schools),
            programmes=sum(1 for key in used["programme"] if key in self.new_programmes),
            locations=len(new_locations),
            teams=teams,
            skipped=len(self.rows) - len(rows) if rows else 0,
            unknown_columns=list(self.unknown_columns),
            dry_run=True,
        )


def _references(rows: Iterable[RowPlan]) -> dict[str, dict]:
    """The schools and programmes to create, and the locations, that `rows` refer to (in file order)."""
    used: dict[str, dict] = {"school": {}, "programme": {}, "location": {}}
    for row in rows:
        if not row.period:
            continue
        for kind in ("school", "programme"):
            origin, key = row.period[kind]
            if origin == "new":
                used[kind][key] = True
        if row.period["location"]:
            used["location"][row.period["location"][1]] = True
    return used


# -- Reading and checking ------------------------------------------------------------------------------


def read_learners(path: Path) -> ImportPlan:
    """Read `path` and check every row against the open database; writes nothing.

    Raises `UnreadableFileError` when the file cannot be read as a table of learners at all.
    """
    sheet = tabular.read_sheet(Path(path), accept=lambda rows: _header_position(rows) is not None)
    if not sheet.rows:
        raise UnreadableFileError(_("The file {name} is empty.").format(name=sheet.path.name))
    header_at = _header_position(sheet.rows)
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


def _header_position(rows: list[SheetRow]) -> int | None:
    """The first of the top rows that names at least two columns LeerWerk knows."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        known = {HEADER_KEYS.get(_normal_header(str(cell))) for cell in row.cells if cell is not None}
        if len(known - {None}) >= 2:
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


class _Planner:
    """Checks rows against the rules and the database as it is now; one per import."""

    def __init__(self, path: Path, kind: str):
        self.path = path
        self.kind = kind
        self.today = clock.today()
        self.cache: dict[tuple, tuple[bool, Any]] = {}
        self.folded: dict[str, str] = {}  # names repeat: fold each once
        self.programme_keys: dict[tuple, tuple] = {}
        self.learner_rules = LearnerService.rules
        self.existing_learners = {
            _person_key(first, prefix, last, _iso_date(born)): number
            for number, first, prefix, last, born in db.execute_sql(
                "SELECT id, first_name, name_prefix, last_name, birth_date FROM learner ORDER BY id DESC"
            )
        }
        self.school_ids = {fold(name).strip(): number for number, name in _rows("SELECT id, name FROM school")}
        self.location_ids = {fold(name).strip(): number for number, name in _rows("SELECT id, name FROM location")}
        self.team_ids: dict[int, int] = {}
        team_names = dict(_rows("SELECT l.id, l.name FROM location l"))
        for number, location_id, name in _rows("SELECT id, location_id, name FROM team ORDER BY id DESC"):
            if fold(name).strip() == fold(team_names[location_id]).strip():
                self.team_ids[location_id] = number
        self.programmes = [
            _Programme(*row[:6], bool(row[6]))
            for row in _rows("SELECT id, name, crebo, level, pathway, cohort, active FROM programme")
        ]
        self.new_schools: dict[str, dict] = {}
        self.new_programmes: dict[tuple, dict] = {}
        self.new_locations: dict[str, str] = {}
        self.seen: dict[tuple, int] = {}

    # -- the header
    def plan(self, header: SheetRow, rows: list[SheetRow]) -> ImportPlan:
        positions: dict[str, int] = {}
        headers: dict[str, str] = {}
        problems: list[Problem] = []
        unknown: list[str] = []
        for index, cell in enumerate(header.cells):
            text = "" if cell is None else str(cell).strip()
            if not text:
                continue
            key = HEADER_KEYS.get(_normal_header(text))
            if key is None:
                if _normal_header(text) != ID_HEADER and text not in unknown:
                    unknown.append(text)
                continue
            if key in positions:
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
            positions[key], headers[key] = index, text
        for key in REQUIRED_COLUMNS:
            if key not in positions:
                problems.append(
                    Problem(header.line, COLUMN_BY_KEY[key].header, _("This column is missing; it is required."))
                )
        if header.unreadable:
            problems.append(Problem(header.line, "", _unreadable_line()))
        self.headers = headers
        self.period_keys = [key for key in PERIOD_KEYS if key in positions]
        if problems:  # without a sound header, checking the rows would only repeat the same problem
            planned = [RowPlan(row.line, _values(row, positions)) for row in rows]
        else:
            planned = [self._row(row, positions, len(header.cells)) for row in rows]
        return ImportPlan(
            path=self.path,
            columns=sorted(headers.items(), key=lambda item: positions[item[0]]),
            rows=planned,
            file_problems=problems,
            unknown_columns=unknown,
            new_schools=self.new_schools,
            new_programmes=self.new_programmes,
            new_locations=self.new_locations,
            location_ids=self.location_ids,
            team_ids=self.team_ids,
            today=self.today,
        )

    def header(self, key: str) -> str:
        return self.headers.get(key) or COLUMN_BY_KEY[key].header

    # -- one row
    def _row(self, row: SheetRow, positions: dict[str, int], width: int) -> RowPlan:
        raw = _values(row, positions)
        plan = RowPlan(row.line, raw)
        if row.unreadable:  # its values are not what the file meant: checking them would only mislead
            plan.problems.append(Problem(row.line, "", _unreadable_line()))
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

        def check(key: str, parse: Callable[[str, Any], Any]):
            value = raw.get(key, "")
            cached = self.cache.get((key, value, type(value)))
            if cached is None:
                try:
                    cached = (True, parse(key, value))
                except ValidationError as error:
                    cached = (False, error.message)
                self.cache[(key, value, type(value))] = cached
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
        }
        period = None
        if any(raw[key] != "" for key in self.period_keys):
            period = self._period(raw, learner, check, plan)
        named = all(learner[key] is not None for key in ("first_name", "name_prefix", "last_name"))
        if named and (raw.get("birth_date", "") == "" or learner["birth_date"] is not None):
            self._check_duplicate(learner, plan)
        if plan.valid:
            plan.learner, plan.period = learner, period
        return plan

    def _period(self, raw: dict, learner: dict, check, plan: RowPlan) -> dict | None:
        def required(parse):
            def rule(key, value):
                if value in ("", None):
                    raise ValidationError(
                        key, _("Needed for the BPV period, because other period columns are filled in.")
                    )
                return parse(key, value)

            return rule

        problems_before = len(plan.problems)
        name = check("programme", required(ProgrammeService.rules["name"]))
        crebo = check("crebo", _crebo)
        level = check("level", _level)
        pathway = check("pathway", _pathway)
        school = check("school", required(SchoolService.rules["name"]))
        start = check("start_date", required(self._date))
        end = check("end_date", self._date)
        location = check("location", _optional(LocationService.rules["name"]))
        if start and end:
            try:
                BpvPeriodService().check({"start_date": start, "end_date": end}, None)
            except ValidationError as error:
                plan.problems.append(Problem(plan.line, self.header("end_date"), error.message))
        if len(plan.problems) > problems_before or (learner["learner_type"] is None and not pathway):
            return None  # a programme cannot be matched on values that are wrong
        learner_type = learner["learner_type"]
        try:
            programme = self._programme(name, crebo, level, pathway, learner_type, start.year)
        except ValidationError as error:
            plan.problems.append(Problem(plan.line, self.header(error.field), error.message))
            return None
        return {
            "start_date": start,
            "end_date": end,
            "programme": programme,
            "school": self._school(school, learner_type, level),
            "location": self._location(location) if location else None,
        }

    def _date(self, key: str, value) -> dt.date | None:
        if isinstance(value, int | float) and self.kind == "xlsx":
            day = tabular.excel_serial_date(value)  # a date cell Excel stored without a date format
            if day is not None:
                return day
        if isinstance(value, str):
            # "2024-09-01 00:00:00" or "1-9-2024 00:00": a date and time where a date belongs
            value = MIDNIGHT_RE.sub("", value)
            day = tabular.quick_date(value)  # the usual forms without strptime's cost; the rule below has the rest
            if day is not None:
                return day
        return v.date(key, value)

    def _birth_date(self, key: str, value) -> dt.date | None:
        return self.learner_rules["birth_date"](key, self._date(key, value))

    def _phone(self, key: str, value) -> str:
        return self.learner_rules["phone"](key, _phone(value))

    def _programme(self, name, crebo, level, pathway, learner_type, year) -> tuple:
        """The programme as ("id", number) or ("new", key); the same question gets the same answer."""
        question = (name, crebo, level, pathway, learner_type, year)
        if question not in self.programme_keys:
            self.programme_keys[question] = self._match_programme(*question)
        return self.programme_keys[question]

    def _match_programme(self, name, crebo, level, pathway, learner_type, year) -> tuple:
        if pathway is None and level != "hbo":
            pathway = DEFAULT_PATHWAY.get(learner_type)
        if level is None and learner_type == "hbo" and crebo is None:
            level = "hbo"
        folded = self.fold(name)
        candidates = [
            programme
            for programme in self.programmes
            if (programme.crebo == crebo if crebo else self.fold(programme.name) == folded)
            and (level is None or programme.level == level)
            and (pathway is None and level != "hbo" or programme.pathway == pathway)
        ]
        if candidates:
            return ("id", min(candidates, key=lambda programme: _preference(programme, year)).id)
        key = (crebo or folded, level, pathway)
        if key not in self.new_programmes:
            if level is None:
                raise ValidationError("level", _("Needed to create the programme {name}.").format(name=name))
            ProgrammeService().check({"level": level, "crebo": crebo, "pathway": pathway}, None)
            self.new_programmes[key] = {"name": name, "crebo": crebo, "level": level, "pathway": pathway}
        return ("new", key)

    def fold(self, text: str) -> str:
        folded = self.folded.get(text)
        if folded is None:
            folded = self.folded[text] = fold(text).strip()
        return folded

    def _school(self, name: str, learner_type: str, level: str | None) -> tuple:
        key = self.fold(name)
        if key in self.school_ids:
            return ("id", self.school_ids[key])
        if key not in self.new_schools:
            kind = "hbo" if "hbo" in (learner_type, level) else "mbo"
            self.new_schools[key] = {"name": name, "kind": kind}
        return ("new", key)

    def _location(self, name: str) -> tuple:
        key = self.fold(name)
        if key in self.location_ids:
            return ("id", key)
        self.new_locations.setdefault(key, name)
        return ("new", key)

    def _check_duplicate(self, learner: dict, plan: RowPlan) -> None:
        fold = self.fold
        key = (
            fold(learner["first_name"]),
            fold(learner["name_prefix"]),
            fold(learner["last_name"]),
            learner["birth_date"],
        )
        if key in self.existing_learners:
            reason = _("This learner is already in LeerWerk (number {id}).").format(id=self.existing_learners[key])
        elif key in self.seen:
            reason = _("This learner is already on line {line} of this file.").format(line=self.seen[key])
        else:
            self.seen[key] = plan.line
            return
        plan.problems.append(Problem(plan.line, self.header("last_name"), reason))


def _unreadable_line() -> str:
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


def _person_key(first: str, prefix: str, last: str, born: dt.date | None) -> tuple:
    return (fold(first or "").strip(), fold(prefix or "").strip(), fold(last or "").strip(), born)


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
    return match.group(2)


def _pathway(key: str, value) -> str | None:
    text = str(value).strip().upper()
    if not text:
        return None
    if text not in choices.PATHWAYS:
        raise ValidationError(key, _("A learning pathway is BOL or BBL; found {value}.").format(value=value))
    return text


def _learner_type(key: str, value) -> str:
    text = _normal_header(str(value))
    if not text:
        raise ValidationError(key, _("Is required."))
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


def _phone(value) -> str:
    """Excel turns 0612345678 into the number 612345678; a Dutch number has ten digits with a leading 0."""
    text = tabular.number_text(value)
    if re.fullmatch(r"[1-9][0-9]{8}", text):
        return "0" + text
    return text


# -- Writing -----------------------------------------------------------------------------------------


def apply_import(plan: ImportPlan, *, skip_invalid: bool = False, progress: Progress | None = None) -> ImportResult:
    """Write the plan's rows in one transaction. `progress(done, total)` may raise to cancel."""
    ensure_writable(db)  # the bulk cursors below write around the read-only refusal in execute_sql
    rows = plan.rows_to_import(skip_invalid)
    if not rows:
        if plan.problems:
            raise ImportRefusedError(_("Nothing was imported: the file has problems."))
        raise ImportRefusedError(_("Nothing to import."))
    result = plan.summary(skip_invalid)
    result.dry_run = False
    previous = {name: db.execute_sql(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "wal_autocheckpoint")}
    # The tasks and meetings of 10,000 periods are some 85 MB of new pages; in the usual 16 MB cache
    # SQLite spills them half-written to the WAL and writes them again (measured: a third slower).
    db.execute_sql(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    # Copying those pages from the WAL into the database file takes another half of the write time;
    # the import is done when it commits, so that copy is left to `checkpoint()` (the window's worker
    # calls it after reporting) or to closing the database.
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        # IMMEDIATE: take the write lock before reading ids back, so the newest ids are ours.
        with db.atomic("IMMEDIATE"):
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
    finally:
        for name, value in previous.items():
            db.execute_sql(f"PRAGMA {name} = {int(value)}")
    return result


def checkpoint(database=None) -> None:
    """Copy what the WAL holds into the database file, without waiting for readers or blocking writers."""
    (database or db).execute_sql("PRAGMA wal_checkpoint(PASSIVE)")


def import_learners(
    path: Path, *, dry_run: bool = False, skip_invalid: bool = False, progress: Progress | None = None
) -> tuple[ImportPlan, ImportResult | None]:
    """Read and, unless `dry_run` or refused, import; the result is None when nothing could be imported."""
    plan = read_learners(path)
    if not plan.importable(skip_invalid):
        return plan, None
    if dry_run:
        return plan, plan.summary(skip_invalid)
    return plan, apply_import(plan, skip_invalid=skip_invalid, progress=progress)


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
        self.audit: list[tuple] = []
        self.ids: dict[str, dict] = {"school": {}, "programme": {}, "location": {}}
        self.combos: dict[tuple[str, str], int] = {}
        self.meeting_plans: dict[int | None, int] = {}

    def write(self) -> None:
        self._report(0)
        self._references()
        self.templates = [
            _Template(number, phase, bool(active), bool(mio))
            for number, phase, active, mio in _rows(
                "SELECT id, phase, active, applies_to_mio FROM phase_task_template ORDER BY position, id"
            )
        ]
        for table in ("import_period", "import_task", "import_meeting"):
            db.execute_sql(f"DROP TABLE IF EXISTS temp.{table}")
        db.execute_sql("CREATE TEMP TABLE import_period (id INTEGER PRIMARY KEY, combo INT, meetings INT, day REAL)")
        db.execute_sql("CREATE TEMP TABLE import_task (combo INT, ord INT, template_id INT, PRIMARY KEY (combo, ord))")
        db.execute_sql(
            "CREATE TEMP TABLE import_meeting"
            " (plan INT, ord INT, kind TEXT, offset INT, once INT, PRIMARY KEY (plan, ord))"
        )
        for start in range(0, len(self.rows), CHUNK_ROWS):
            self._chunk(self.rows[start : start + CHUNK_ROWS])
            self._report(min(start + CHUNK_ROWS, len(self.rows)))
        for table in ("import_period", "import_task", "import_meeting"):
            db.execute_sql(f"DROP TABLE temp.{table}")

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
        for key in used["location"]:
            location_id = self.plan.location_ids.get(key)
            name = self.plan.new_locations.get(key)
            if location_id is None:
                location_id = self._insert(m.Location, LocationService().clean({"name": name}, partial=False))
            if location_id not in team_ids:
                name = name or db.execute_sql("SELECT name FROM location WHERE id = ?", (location_id,)).fetchone()[0]
                values = TeamService().clean({"location": location_id, "name": name}, partial=False)
                team_ids[location_id] = self._insert(m.Team, values)
            self.ids["location"][key] = team_ids[location_id]

    def _insert(self, model: type[m.BaseModel], values: dict) -> int:
        row = {**_defaults(model, self.now), **{_column(model, name): value for name, value in values.items()}}
        names = ", ".join(f'"{name}"' for name in row)
        marks = ", ".join("?" for _ in row)
        cursor = db.execute_sql(
            f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})',
            [_sql(value) for value in row.values()],
        )
        number = cursor.lastrowid
        self.audit.append(self._audit_row(model, number, values))
        return number

    def _audit_row(self, model, number: int, values: Iterable[str]) -> tuple:
        return (self.now, self.user, "import", model._meta.table_name, number, ",".join(sorted(values)))

    # -- learners, periods, their tasks and meetings, and the audit entries
    def _chunk(self, rows: list[RowPlan]) -> None:
        learner_ids = self._insert_many(m.Learner, [row.learner for row in rows])
        with_period = [(row, learner_id) for row, learner_id in zip(rows, learner_ids, strict=True) if row.period]
        periods = [self._period_values(row, learner_id) for row, learner_id in with_period]
        period_ids = self._insert_many(m.BpvPeriod, periods)
        db.cursor().executemany(
            "INSERT INTO temp.import_period (id, combo, meetings, day) VALUES (?, ?, ?, julianday(?))",
            [
                (
                    period_id,
                    self._combo(row.learner["learner_type"], values["phase"]),
                    self._meeting_plan(values),
                    str(values["start_date"]),
                )
                for (row, _learner_id), values, period_id in zip(with_period, periods, period_ids, strict=True)
            ],
        )
        db.execute_sql(
            "INSERT INTO phase_task (period_id, template_id, phase, role, position, title, done_on, notes)"
            " SELECT p.id, t.id, t.phase, t.role, t.position, t.title, NULL, ''"
            " FROM temp.import_period p JOIN temp.import_task c ON c.combo = p.combo"
            " JOIN phase_task_template t ON t.id = c.template_id ORDER BY p.id, c.ord"
        )
        db.execute_sql(
            "INSERT INTO meeting (period_id, kind, planned_on, held_on, cancelled, participants, notes)"
            " SELECT p.id, m.kind, date(p.day + m.offset), NULL, 0, '', ''"  # a Julian day number plus days
            " FROM temp.import_period p JOIN temp.import_meeting m ON m.plan = p.meetings"
            " WHERE m.once OR p.day + m.offset >= julianday(?)"  # recurring talks from today on, as plan_meetings
            " ORDER BY p.id, m.ord",
            (self.plan.today.isoformat(),),
        )
        db.execute_sql("DELETE FROM temp.import_period")
        self.audit += [self._audit_row(m.Learner, number, LEARNER_KEYS) for number in learner_ids]
        self.audit += [self._audit_row(m.BpvPeriod, number, PERIOD_FIELDS) for number in period_ids]
        db.cursor().executemany(
            "INSERT INTO audit_log (at, user, action, table_name, record_id, changed_fields) VALUES (?, ?, ?, ?, ?, ?)",
            self.audit,
        )
        self.audit = []

    def _insert_many(self, model: type[m.BaseModel], rows: list[dict]) -> list[int]:
        """Insert `rows`; their ids, in order. We hold the write lock, so the newest ids are ours."""
        if not rows:
            return []
        given = list(rows[0])
        defaults = _defaults(model, self.now)
        for name in given:
            defaults.pop(_column(model, name))
        columns = [*defaults, *(_column(model, name) for name in given)]
        names = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" for _ in columns)
        fixed = [_sql(value) for value in defaults.values()]
        values = [fixed + [_sql(row[name]) for name in given] for row in rows]
        table = model._meta.table_name
        cursor = db.cursor()
        cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
        ids = [
            number for (number,) in cursor.execute(f'SELECT id FROM "{table}" ORDER BY id DESC LIMIT ?', (len(rows),))
        ]
        return ids[::-1]

    def _period_values(self, row: RowPlan, learner_id: int) -> dict:
        period, learner_type = row.period, row.learner["learner_type"]
        start, end = period["start_date"], period["end_date"]
        status, phase = bpv.state_on(start, end, self.plan.today)
        return {
            "learner": learner_id,
            "programme": self._reference("programme", period["programme"]),
            "school": self._reference("school", period["school"]),
            "team": self.ids["location"][period["location"][1]] if period["location"] else None,
            "contract_type": choices.DEFAULT_CONTRACT[learner_type],
            "start_date": start,
            "end_date": end,
            "supernumerary_until": bpv.supernumerary_until(learner_type, start, end),
            "phase": phase,
            "status": status,
        }

    def _reference(self, kind: str, reference: tuple) -> int:
        return reference[1] if reference[0] == "id" else self.ids[kind][reference[1]]

    def _combo(self, learner_type: str, phase: str) -> int:
        """The number of the task checklist for this learner type and phase (few kinds, many periods)."""
        key = (learner_type, phase)
        if key not in self.combos:
            number = self.combos[key] = len(self.combos)
            templates = bpv.applicable(self.templates, learner_type, (phase,))  # as sync_tasks: the current phase
            db.cursor().executemany(
                "INSERT INTO temp.import_task (combo, ord, template_id) VALUES (?, ?, ?)",
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
            db.cursor().executemany(
                "INSERT INTO temp.import_meeting (plan, ord, kind, offset, once) VALUES (?, ?, ?, ?, ?)",
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
    "learner",
    "phase",
    "programme",
    "school",
    "start_date",
    "status",
    "supernumerary_until",
    "team",
)


def _column(model: type[m.BaseModel], name: str) -> str:
    return model._meta.fields[name].column_name


def _defaults(model: type[m.BaseModel], now: str) -> dict[str, Any]:
    """Every column of `model` with the value a create without it would store."""
    values: dict[str, Any] = {}
    for name, model_field in model._meta.fields.items():
        if name == "id":
            continue
        default = model_field.default
        if name in ("created_at", "updated_at"):
            default = now
        elif callable(default):
            default = default()
        values[model_field.column_name] = default
    return values


def _sql(value):
    """Dates as SQLite and peewee store them (ISO text), without the sqlite3 adapters Python deprecates."""
    if isinstance(value, dt.date | dt.datetime):
        return str(value)
    return value


# -- Export ------------------------------------------------------------------------------------------

EXPORT_LEARNERS_SQL = """
SELECT id, first_name, name_prefix, last_name, birth_date, email, phone, learner_type FROM learner ORDER BY id
"""
EXPORT_PERIODS_SQL = """
SELECT p.id, pr.name, pr.crebo, pr.level, pr.pathway, s.name, p.start_date, p.end_date, loc.name
FROM bpv_period p
JOIN programme pr ON pr.id = p.programme_id
JOIN school s ON s.id = p.school_id
LEFT JOIN team t ON t.id = p.team_id
LEFT JOIN location loc ON loc.id = t.location_id
"""
EXPORT_HEADER = [ID_HEADER, *(column.header for column in COLUMNS)]
NO_PERIOD = ("",) * 8


def export_rows() -> list[list]:
    """Every learner with their current period, in the export's column order; dates as dates."""
    current = current_period_ids()
    periods = {
        number: [_iso_date(value) if position in (5, 6) and value else value for position, value in enumerate(rest)]
        for number, *rest in db.execute_sql(EXPORT_PERIODS_SQL)
    }
    rows = []
    for number, first, prefix, last, born, email, phone, learner_type in db.execute_sql(EXPORT_LEARNERS_SQL):
        period = periods.get(current.get(number), NO_PERIOD)
        row = [number, first, prefix, last, _iso_date(born), email, phone, TYPE_LABELS.get(learner_type, learner_type)]
        rows.append(["" if value is None else value for value in (*row, *period)])
    return rows


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
            _("The file {name} cannot be written: {reason}").format(name=path.name, reason=error.strerror or error)
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
    if result.dry_run:
        lines = [
            _(
                "Dry run, nothing was written. The import would add {learners} and {periods}, and create {references}."
            ).format(learners=created[0], periods=created[1], references=_join(references))
        ]
    else:
        lines = [
            _("Imported {learners} and {periods}; created {references}.").format(
                learners=created[0], periods=created[1], references=_join(references)
            )
        ]
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
