"""The learning climate's team scan (LeerWerkKlimaat, 002): the organisation's statements per capacity, the
yearly rounds (which teams, from when to when) and the answers, typed in per respondent.

A response holds a team, a round and scores 1 to 5: never who gave them. Results go through
`climate_report`, which hides a team with fewer than 5 responses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import N_, _
from desktop.services import validation as v
from desktop.services.base import CrudService, audit, transaction
from desktop.services.questionnaires import RetireNotChangeService
from desktop.services.waardering import no_answer, not_a_score, scale_score
from desktop.storage import choices
from desktop.storage import models as m
from desktop.storage.models import db, iso_date


@dataclass(frozen=True)
class Statement:
    id: int
    capacity: str
    position: int
    text: str
    active: bool


def statements(*, active_only: bool = True) -> list[Statement]:
    """The statements by capacity (in the capacities' order) and position: the ones asked now, or all."""
    query = m.ClimateStatement.select().order_by(m.ClimateStatement.position, m.ClimateStatement.id)
    if active_only:
        query = query.where(m.ClimateStatement.active)
    order = list(choices.CAPACITIES)
    rows = [Statement(s.id, s.capacity, s.position, s.text, s.active) for s in query]
    return sorted(rows, key=lambda s: order.index(s.capacity))


def statement_rows() -> list[m.ClimateStatement]:
    """Every statement, retired ones too, with how many answers it has (`answer_count`), for Basisgegevens."""
    counts = dict(db.execute_sql("SELECT statement_id, COUNT(*) FROM scan_answer GROUP BY statement_id").fetchall())
    rows = list(m.ClimateStatement.select().order_by(m.ClimateStatement.position, m.ClimateStatement.id))
    for statement in rows:
        statement.answer_count = counts.get(statement.id, 0)
    return rows


class ClimateStatementService(RetireNotChangeService):
    model = m.ClimateStatement
    rules = {
        "text": lambda f, value: v.text(f, value, required=True, max_length=300),
        "position": lambda f, value: v.integer(f, value, minimum=0, maximum=9999) or 0,
    }
    vocabularies = {"capacity": choices.CAPACITIES}
    answers = m.ScanAnswer.statement
    fixed = ("text", "capacity")
    refusal = N_(
        "This statement already has answers; changed, it would change what those answers mean. "
        "Untick “Active” to retire it and add a new statement instead."
    )


def check_dates(starts_on: dt.date | None, ends_on: dt.date | None) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError("ends_on", _("The round cannot end before it starts; give an end on or after the start."))


class ScanRoundService(CrudService):
    model = m.ScanRound
    rules = {
        "name": lambda f, value: v.text(f, value, required=True, max_length=100),
        "starts_on": lambda f, value: v.date(f, value, required=True),
        "ends_on": lambda f, value: v.date(f, value, required=True),
    }

    def check(self, data, instance):
        check_dates(data.get("starts_on"), data.get("ends_on"))


class TeamActionService(CrudService):
    model = m.TeamAction
    rules = {
        "what": lambda f, value: v.text(f, value, required=True, max_length=500, multiline=True),
        "who": lambda f, value: v.text(f, value, max_length=150),
        "done_on": v.past_date,
    }


CLIMATE_SERVICES = [ClimateStatementService, ScanRoundService, TeamActionService]
ROUNDS = ScanRoundService()


# -- rounds ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Round:
    id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    team_ids: tuple[int, ...]
    responses: int
    version: int = 0  # as read, for a save or delete to state


def rounds() -> list[Round]:
    """Every round, the latest first, with its teams and how many responses came in."""
    teams: dict[int, list[int]] = {}
    for round_id, team_id in db.execute_sql("SELECT round_id, team_id FROM scan_round_team ORDER BY id"):
        teams.setdefault(round_id, []).append(team_id)
    counts = dict(db.execute_sql("SELECT round_id, COUNT(*) FROM scan_response GROUP BY round_id").fetchall())
    rows = db.execute_sql(
        "SELECT id, name, starts_on, ends_on, version FROM scan_round ORDER BY starts_on DESC, id DESC"
    )
    return [
        Round(rid, name, iso_date(start), iso_date(end), tuple(teams.get(rid, ())), counts.get(rid, 0), version)
        for rid, name, start, end, version in rows
    ]


def get_round(round_id: int) -> Round:
    for item in rounds():
        if item.id == round_id:
            return item
    raise ValidationError("round", _("There is no scan round with number {id}.").format(id=round_id))


def save_round(
    round_id: int | None, name, starts_on, ends_on, team_ids: list[int], seen_version: int | None = None
) -> int:
    """Create or change a round with its teams, in one transaction; returns its id. A team that already has
    answers in the round stays in it. A change is refused when someone else changed or deleted the round since
    `seen_version` (the one the dialog read)."""
    if not team_ids:
        raise ValidationError("teams", _("Choose at least one team that takes part in the round."))
    values = {"name": name, "starts_on": starts_on, "ends_on": ends_on}
    answered = set()
    if round_id is not None:
        answered = {
            row[0]
            for row in db.execute_sql("SELECT DISTINCT team_id FROM scan_response WHERE round_id = ?", (round_id,))
        }
        missing = answered - set(team_ids)
        if missing:
            raise ValidationError(
                "teams", _("A team with answers in this round stays in it; delete its answers first.")
            )
    with transaction():
        if round_id is None:
            round_id = ROUNDS.create(**values).id
        else:
            record, changed = ROUNDS.update(round_id, seen_version=seen_version, **values)
            before = [row.team_id for row in m.ScanRoundTeam.select().where(m.ScanRoundTeam.round == round_id)]
            if not changed and set(before) != set(team_ids):
                # Its teams are the round's too: a change of only those counts its version up, so that a dialog
                # open on it does not save its own teams over them.
                ROUNDS.claim_version(round_id, record.version)
            m.ScanRoundTeam.delete().where(m.ScanRoundTeam.round == round_id).execute()
        m.ScanRoundTeam.insert_many([{"round": round_id, "team": team} for team in dict.fromkeys(team_ids)]).execute()
        audit("update", "scan_round", round_id, ["teams"])
    return round_id


def delete_round(round_id: int, seen_version: int | None = None) -> None:
    """A round goes with its answers; its agreed actions stay with their teams. Refused when someone else changed
    the round since `seen_version` (the one the window showed), or deleted it already."""
    with transaction():
        ROUNDS.delete_unchanged(round_id, seen_version)


# -- responses -------------------------------------------------------------------------------------------------


def score_of(value, field: str) -> int | None:
    """A score 1 to 5 from what was typed or exported, None for no answer; anything else refused in `field`."""
    if value is None or (isinstance(value, str) and not value.strip()) or no_answer(value):
        return None
    score = scale_score(value)
    if score is None:
        raise ValidationError(field, not_a_score(value))
    return score


def add_response(round_id: int, team_id: int, answers: dict[int, object], source: str = "typed") -> int:
    """Store one respondent's answers for `team_id` in the round; returns the response's id. The answers map a
    statement id to the score as given; no name is asked or stored."""
    rnd = get_round(round_id)
    if team_id not in rnd.team_ids:
        raise ValidationError("team", _("This team does not take part in the round “{name}”.").format(name=rnd.name))
    known = {s.id for s in statements(active_only=False)}
    cleaned: dict[int, int] = {}
    for statement_id, value in answers.items():
        if statement_id not in known:
            raise ValidationError("answers", _("Statement {id} does not exist.").format(id=statement_id))
        score = score_of(value, f"statement:{statement_id}")
        if score is not None:
            cleaned[statement_id] = score
    if not cleaned:
        raise ValidationError("answers", _("Give at least one score; an empty response is not stored."))
    with transaction():
        response = m.ScanResponse.create(
            round=round_id, team=team_id, source=v.choice("source", source, choices.SCAN_SOURCES)
        )
        m.ScanAnswer.insert_many(
            [{"response": response.id, "statement": sid, "score": score} for sid, score in cleaned.items()]
        ).execute()
        audit("create", "scan_response", response.id, ["answers"])
    return response.id


def response_counts(round_id: int) -> dict[int, int]:
    """Per team of the round, how many responses it has."""
    sql = "SELECT team_id, COUNT(*) FROM scan_response WHERE round_id = ? GROUP BY team_id"
    return dict(db.execute_sql(sql, (round_id,)).fetchall())


def delete_team_responses(round_id: int, team_id: int) -> int:
    """Remove every response of a team in a round (answers typed for the wrong team); returns how many."""
    with transaction():
        count = (
            m.ScanResponse.delete()
            .where((m.ScanResponse.round == round_id) & (m.ScanResponse.team == team_id))
            .execute()
        )
        audit("delete", "scan_response", None, ["round", "team"])
    return count


# -- agreed actions --------------------------------------------------------------------------------------------

ACTIONS = TeamActionService()


@dataclass(frozen=True)
class Action:
    id: int
    team_id: int
    team: str  # "Location – Team"
    what: str
    who: str
    due_on: dt.date | None
    done_on: dt.date | None
    version: int = 0  # as read, for a save or delete to state


ACTIONS_SQL = """
SELECT a.id, a.team_id, l.name || ' – ' || t.name, a.what, a.who, a.due_on, a.done_on, a.version
FROM team_action a JOIN team t ON t.id = a.team_id JOIN location l ON l.id = t.location_id
"""


def actions(team_id: int | None = None, *, open_only: bool = False) -> list[Action]:
    """The agreed actions (of one team), the open ones first by due date, then the done ones."""
    sql, params = ACTIONS_SQL + " WHERE 1 = 1", []
    if team_id is not None:
        sql += " AND a.team_id = ?"
        params.append(team_id)
    if open_only:
        sql += " AND a.done_on IS NULL"
    sql += " ORDER BY a.done_on IS NOT NULL, COALESCE(a.due_on, '9999-12-31'), a.id"
    return [_action(row) for row in db.execute_sql(sql, params)]


def _action(row) -> Action:
    return Action(*row[:5], iso_date(row[5]) if row[5] else None, iso_date(row[6]) if row[6] else None, row[7])


def get_action(action_id: int) -> Action:
    row = db.execute_sql(ACTIONS_SQL + " WHERE a.id = ?", (action_id,)).fetchone()
    if row is None:
        raise NotFoundError(_("The record with number {id} does not exist.").format(id=action_id))
    return _action(row)


def save_action(
    action_id: int | None, team_id: int, what, who, due_on, done_on, seen_version: int | None = None
) -> int:
    """Add or change an agreed action of a team; returns its id. The latest round it follows is noted. A change
    is refused when someone else changed the action since `seen_version` (the one the window read)."""
    values = {"team": team_id, "what": what, "who": who, "due_on": due_on, "done_on": done_on}
    if action_id is not None:
        ACTIONS.update(action_id, seen_version=seen_version, **values)
        return action_id
    last = next((r.id for r in rounds() if team_id in r.team_ids), None)
    return ACTIONS.create(**values, round=last).id


def delete_action(action_id: int, seen_version: int | None = None) -> None:
    ACTIONS.delete_unchanged(action_id, seen_version)
