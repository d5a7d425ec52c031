"""Importing a round of the team scan from an online form's export (XLSX or CSV): one row per respondent.

The team is a column of the form (its heading "Team" or "Afdeling"; the answer the team's name, or
"Location – Team"), or else found through the respondent's e-mail address among the staff: the address is
used only to find the team and is never stored, nor is any name. A statement's column is found by the
statement's own words. Everything wrong (an unknown column, a team that is not in the round, an unknown
e-mail address, a score outside 1 to 5) is named by line and column, and then nothing is written: the rows
are stored in one transaction, all or none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import ValidationError
from desktop.i18n import _, ngettext
from desktop.services import climate, reference, tabular
from desktop.services.base import audit, insert_rows, transaction
from desktop.services.form_export import COMPLETED, EMAIL, IGNORED, day_of, heading_key
from desktop.services.learner_io import Problem, unreadable_line
from desktop.storage.models import ScanAnswer, ScanReceipt, ScanResponse, db

DASH_RE = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")  # between location and team: spaced, or a long dash
STAMPS = {"begintijd", "start time"}  # with `COMPLETED`: when a form says a response was begun and sent
MOMENT_RE = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?")
TEAM = {"team", "afdeling", "mijn team", "jouw team", "uw team", "welk team", "in welk team werk je?"}


LATE = dt.timedelta(days=28)  # a response sent this long after a round ended still belongs to it (a late reminder)


@dataclass
class ScanPlan:
    path: Path
    round_id: int
    rows: int = 0
    responses: list[tuple[int, dict[int, int]]] = field(default_factory=list)  # team id, statement -> score
    receipts: list[str] = field(default_factory=list)  # of the responses to import (`receipt`), in no order of theirs
    problems: list[Problem] = field(default_factory=list)
    before: int = 0  # responses imported before (a later export of the form holds them again): left out
    twice: int = 0  # rows the file holds twice: counted once
    outside: int = 0  # responses sent before the round began or long after it ended (another round's): left out
    unmarked: int = 0  # online responses of the round imported before LeerWerk kept receipts (schema 27)

    @property
    def importable(self) -> bool:
        return not self.problems and bool(self.responses)


def team_key(text) -> str:
    """A team as a form's answer names it: folded, and any dash between location and team the same ("Hospice -
    Nacht" as "Hospice – Nacht", the dash a keyboard types as the one LeerWerk shows)."""
    return heading_key(DASH_RE.sub(" – ", str(text)))


def _team_names(team_ids: tuple[int, ...]) -> dict[str, int | None]:
    """The round's teams by their name and by "Location – Team", folded; a name two teams share: None."""
    names: dict[str, int | None] = {}
    for team_id, label, _active in reference.team_choices():
        if team_id not in team_ids:
            continue
        short = label.split(" – ", 1)[-1]
        for key in {team_key(label), team_key(short)}:
            names[key] = team_id if names.get(key, team_id) == team_id else None
    return names


def _staff_teams() -> dict[str, int | None]:
    return {
        email.strip().casefold(): team
        for email, team in db.execute_sql("SELECT email, team_id FROM staff WHERE email <> ''").fetchall()
    }


def read_scan(path: Path, round_id: int) -> ScanPlan:
    return plan_scan(tabular.read_sheet(Path(path)), round_id)


def plan_scan(sheet: tabular.Sheet, round_id: int) -> ScanPlan:
    """What importing the sheet into the round would do: the responses per team and every problem."""
    rnd = climate.get_round(round_id)
    plan = ScanPlan(sheet.path, round_id)
    if len(sheet.rows) < 2:
        plan.problems.append(Problem(None, "", _("The file {name} holds no responses.").format(name=plan.path.name)))
        return plan
    header, rows = sheet.rows[0], sheet.rows[1:]
    plan.rows = len(rows)
    by_text = {heading_key(s.text): s.id for s in climate.statements()}
    columns: dict[int, int] = {}
    team_at = email_at = None
    number_at = None  # the form's own number of a response
    stamps: list[int] = []  # when it was begun and sent
    sent_at = None  # when it was sent
    for position, cell in enumerate(header.cells):
        heading = tabular.cell_text(cell).strip() if cell is not None else ""
        key = heading_key(heading)
        if key == "id":
            number_at = position
        elif key in STAMPS or key in COMPLETED:
            stamps.append(position)
        if key in COMPLETED:
            sent_at = position
        if not key or key in IGNORED or key in COMPLETED:
            continue
        if key in TEAM:
            team_at = position
        elif key in EMAIL:
            email_at = position
        elif key in by_text:
            columns[position] = by_text[key]
        else:
            plan.problems.append(
                Problem(
                    header.line,
                    heading,
                    _(
                        "this column is no statement of the team scan; give it the words of a statement "
                        "(Basisgegevens › Teamscan) or remove it from the file."
                    ),
                )
            )
    if team_at is None and email_at is None:
        plan.problems.append(Problem(header.line, "", _("there is no column Team or E-mail to find each team by.")))
    if not columns:
        plan.problems.append(Problem(header.line, "", _("no column matches a statement of the team scan.")))
    if plan.problems:
        return plan
    names = {position: tabular.cell_text(header.cells[position]).strip() for position in columns}
    team_heading = tabular.cell_text(header.cells[team_at]).strip() if team_at is not None else ""
    email_heading = tabular.cell_text(header.cells[email_at]).strip() if email_at is not None else ""
    teams = _team_names(rnd.team_ids)
    staff_teams = _staff_teams() if email_at is not None else {}
    known = {digest for (digest,) in db.execute_sql("SELECT digest FROM scan_receipt WHERE round_id = ?", (round_id,))}
    if not known:
        sql = "SELECT COUNT(*) FROM scan_response WHERE round_id = ? AND source = 'online'"
        plan.unmarked = db.execute_sql(sql, (round_id,)).fetchone()[0]
    in_file: set[str] = set()
    for row in rows:
        if row.unreadable:  # its answers are not what was filled in: checking them would only mislead
            plan.problems.append(Problem(row.line, "", unreadable_line()))
            continue

        def at(position, cells=row.cells):
            return cells[position] if position is not None and position < len(cells) else None

        team_id = None
        chosen = at(team_at)
        if chosen not in (None, ""):
            key = team_key(tabular.cell_text(chosen))
            team_id = teams.get(key)
            if key in teams and team_id is None:
                plan.problems.append(
                    Problem(
                        row.line,
                        team_heading,
                        _("“{team}” is the name of several teams of the round; write it as Location – Team.").format(
                            team=tabular.cell_text(chosen)
                        ),
                    )
                )
                continue
            if team_id is None:
                plan.problems.append(
                    Problem(
                        row.line,
                        team_heading,
                        _("“{team}” is no team of the round “{round}”.").format(
                            team=tabular.cell_text(chosen), round=rnd.name
                        ),
                    )
                )
                continue
        else:
            address = str(at(email_at) or "").strip().casefold()
            if not address:
                plan.problems.append(Problem(row.line, team_heading or email_heading, _("the team is not given.")))
                continue
            if address not in staff_teams:
                plan.problems.append(Problem(row.line, email_heading, _("no staff member has this e-mail address.")))
                continue
            team_id = staff_teams[address]
            if team_id not in rnd.team_ids:
                plan.problems.append(
                    Problem(
                        row.line,
                        email_heading,
                        _("the team of this staff member does not take part in the round “{round}”.").format(
                            round=rnd.name
                        ),
                    )
                )
                continue
        answers: dict[int, int] = {}
        for position, statement_id in columns.items():
            try:
                score = climate.score_of(at(position), "answer")
            except ValidationError as error:
                plan.problems.append(Problem(row.line, names[position], error.message))
                continue
            if score is not None:
                answers[statement_id] = score
        if not answers:
            continue
        sent = day_of(at(sent_at)) if sent_at is not None else None
        if sent is not None and not rnd.starts_on <= sent <= rnd.ends_on + LATE:
            plan.outside += 1  # a form used again for every round: its export holds the earlier rounds' answers too
            continue
        mark = receipt(round_id, at(number_at), [at(position) for position in stamps])
        if mark is not None and mark in known:
            plan.before += 1
            continue
        if mark is not None and mark in in_file:
            plan.twice += 1
            continue
        if mark is not None:
            in_file.add(mark)
        plan.responses.append((team_id, answers))
    plan.receipts = sorted(in_file)  # in the order of their digests: nothing of the rows' order, or their teams
    return plan


def receipt(round_id: int, number, stamps: list) -> str | None:
    """What a response imported into a round is known by in a later export of its form: a digest of the form's own
    marks of it, its number (Microsoft Forms' ID) with when it was begun and sent, or without a number the moment it
    was sent, to the second (Google Forms' Tijdstempel). None when the file has neither: then nothing tells two
    responses alike apart from one response twice. Marks are read alike from a workbook and from CSV."""
    moments = [moment for moment in map(_moment, stamps) if moment]
    if number not in (None, ""):
        text = "\x1f".join([str(round_id), "number", tabular.number_text(number).strip(), *moments])
    elif any(len(moment) == len("2026-10-12T10:09:33") for moment in moments):
        text = "\x1f".join([str(round_id), "moment", *moments])
    else:
        return None
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _moment(value) -> str:
    """A form's timestamp as ISO text, to the second where it says the second ("12-10-2026 10:09:33", a workbook's
    date and time, "2026/10/12 10:09:33 CET" all alike); "" for an empty cell, else the text itself."""
    if value in (None, ""):
        return ""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None).isoformat()
    if isinstance(value, int | float):
        day = tabular.excel_serial_date(value)
        if day is not None:
            seconds = round((float(value) % 1) * 86400)
            return (dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)).isoformat()
    text = str(value).strip()
    found = MOMENT_RE.search(text)
    if found is None:
        return text
    first, month, third, hour, minute, second = found.groups()
    year, day = (first, third) if len(first) == 4 else (third, first)
    try:
        moment = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return text
    return moment.isoformat() if second else moment.isoformat()[:16]


def before_note(plan: ScanPlan) -> str | None:
    """What the import left out, or should be checked for; None when nothing."""
    notes = []
    if plan.before:
        notes.append(
            ngettext(
                "{count} response in the file was imported before; it was left out.",
                "{count} responses in the file were imported before; they were left out.",
                plan.before,
            ).format(count=plan.before)
        )
    if plan.twice:
        notes.append(
            ngettext(
                "{count} response is in the file twice; it was counted once.",
                "{count} responses are in the file twice; each was counted once.",
                plan.twice,
            ).format(count=plan.twice)
        )
    if plan.outside:
        notes.append(
            ngettext(
                "{count} response was sent outside the round's dates (another round's); it was left out.",
                "{count} responses were sent outside the round's dates (another round's); they were left out.",
                plan.outside,
            ).format(count=plan.outside)
        )
    if plan.unmarked:
        notes.append(
            ngettext(
                "The round holds {count} response imported before this version of LeerWerk, which it cannot "
                "recognise in a later export: check that the file does not hold it again.",
                "The round holds {count} responses imported before this version of LeerWerk, which it cannot "
                "recognise in a later export: check that the file does not hold them again.",
                plan.unmarked,
            ).format(count=plan.unmarked)
        )
    return "\n".join(notes) or None


def apply_scan(plan: ScanPlan) -> int:
    """Store the plan's responses in one transaction, one statement per table; returns how many."""
    if plan.problems:
        raise ValidationError("file", _("The file has problems; nothing was imported."))
    with transaction():
        # Set-wise on either engine: the ids of the new responses in order (a cursor's lastrowid is SQLite's only).
        ids = insert_rows(
            ScanResponse,
            [{"team": team} for team, _answers in plan.responses],
            same={"round": plan.round_id, "source": "online"},
        )
        insert_rows(
            ScanAnswer,
            [
                {"response": rid, "statement": statement, "score": score}
                for rid, (_team, answers) in zip(ids, plan.responses, strict=True)
                for statement, score in answers.items()
            ],
            ids=False,
        )
        insert_rows(
            ScanReceipt, [{"digest": digest} for digest in plan.receipts], ids=False, same={"round": plan.round_id}
        )
        audit("import", "scan_response", ids[0] if ids else None, ["count"])
    return len(plan.responses)


def import_scan(path: Path, round_id: int, *, dry_run: bool = False) -> tuple[ScanPlan, int]:
    plan = read_scan(path, round_id)
    if plan.problems or dry_run:
        return plan, 0
    return plan, apply_scan(plan)
