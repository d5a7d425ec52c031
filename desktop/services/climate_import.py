"""Importing a round of the team scan from an online form's export (XLSX or CSV): one row per respondent.

The team is a column of the form (its heading "Team" or "Afdeling"; the answer the team's name, or
"Location – Team"), or else found through the respondent's e-mail address among the staff: the address is
used only to find the team and is never stored, nor is any name. A statement's column is found by the
statement's own words. Everything wrong (an unknown column, a team that is not in the round, an unknown
e-mail address, a score outside 1 to 5) is named by line and column, and then nothing is written: the rows
are stored in one transaction, all or none.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import ValidationError
from desktop.i18n import _, ngettext
from desktop.services import climate, reference, tabular
from desktop.services.base import audit, insert_rows, transaction
from desktop.services.form_export import COMPLETED, EMAIL, IGNORED, heading_key
from desktop.services.learner_io import Problem, unreadable_line
from desktop.storage.models import ScanAnswer, ScanResponse, db

DASH_RE = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")  # between location and team: spaced, or a long dash
MARKS = {"id", "begintijd", "start time"}  # with `COMPLETED`: what a form marks a response by
TEAM = {"team", "afdeling", "mijn team", "jouw team", "uw team", "welk team", "in welk team werk je?"}


@dataclass
class ScanPlan:
    path: Path
    round_id: int
    rows: int = 0
    # team id, statement -> score, receipt (None: the file has no marks of its responses)
    responses: list[tuple[int, dict[int, int], str | None]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    before: int = 0  # responses imported before (a later export of the form holds them again): left out

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
    marks: list[int] = []  # the form's own marks of a response: its number, when it was begun and sent
    for position, cell in enumerate(header.cells):
        heading = tabular.cell_text(cell).strip() if cell is not None else ""
        key = heading_key(heading)
        if key in MARKS or key in COMPLETED:
            marks.append(position)
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
    sql = "SELECT receipt FROM scan_response WHERE round_id = ? AND receipt IS NOT NULL"
    known = {found for (found,) in db.execute_sql(sql, (round_id,))}
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
        mark = receipt(round_id, [at(position) for position in marks], team_id, answers) if marks else None
        if mark is not None and mark in known:
            plan.before += 1
            continue
        if mark is not None:
            known.add(mark)  # the same row twice in one file: once
        plan.responses.append((team_id, answers, mark))
    return plan


def receipt(round_id: int, marks: list, team_id: int, answers: dict[int, int]) -> str:
    """What an imported response is known by in its round: a digest of the form's marks of it (its number, when it
    was begun and sent) with its team and scores. Nothing in it names anyone, and no answer can be read from it."""
    text = "\x1f".join(
        [str(round_id), *(tabular.cell_text(mark).strip() if mark is not None else "" for mark in marks), str(team_id)]
        + [f"{statement}={score}" for statement, score in sorted(answers.items())]
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def before_note(plan: ScanPlan) -> str | None:
    """The sentence on the responses left out because they were imported before; None when there were none."""
    if not plan.before:
        return None
    return ngettext(
        "{count} response in the file was imported before; it was left out.",
        "{count} responses in the file were imported before; they were left out.",
        plan.before,
    ).format(count=plan.before)


def apply_scan(plan: ScanPlan) -> int:
    """Store the plan's responses in one transaction, one statement per table; returns how many."""
    if plan.problems:
        raise ValidationError("file", _("The file has problems; nothing was imported."))
    with transaction():
        # Set-wise on either engine: the ids of the new responses in order (a cursor's lastrowid is SQLite's only).
        ids = insert_rows(
            ScanResponse,
            [{"team": team, "receipt": mark} for team, _answers, mark in plan.responses],
            same={"round": plan.round_id, "source": "online"},
        )
        insert_rows(
            ScanAnswer,
            [
                {"response": rid, "statement": statement, "score": score}
                for rid, (_team, answers, _mark) in zip(ids, plan.responses, strict=True)
                for statement, score in answers.items()
            ],
            ids=False,
        )
        audit("import", "scan_response", ids[0] if ids else None, ["count"])
    return len(plan.responses)


def import_scan(path: Path, round_id: int, *, dry_run: bool = False) -> tuple[ScanPlan, int]:
    plan = read_scan(path, round_id)
    if plan.problems or dry_run:
        return plan, 0
    return plan, apply_scan(plan)
