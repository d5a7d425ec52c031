"""What a signed document says, as canonical JSON, and its SHA-256: what a signature stores.

A form's *content* is what the form itself says: for an assignment the title, description, deadline,
assessment method, werkprocessen and learning goals; for an assessment the kind, talk date, scores and
remarks, judgement, hours and participants; for both the period (and so the learner) it belongs to.
Status, language and signatures are not content. A coaching trajectory's intake agreement (kind
"trajectory") says who takes part (participant, coach, manager), the training, the learning goals, what
the manager expects and contributes, and the planned steps (kind and date); see
`desktop.services.coaching_trajectories`.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable

from desktop.errors import NotFoundError
from desktop.i18n import _
from desktop.storage.models import db, iso_date


def _dump(content: dict) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _in_chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def canonical_contents(kind: str, ids: Iterable[int], database=None) -> dict[int, str]:
    """The canonical content (compact, sorted JSON) of each form in `ids`, read in a few queries
    (from `database`, else the app's database)."""
    ids = sorted(set(ids))
    execute = (database or db).execute_sql
    result: dict[int, str] = {}
    for chunk in _in_chunks(ids):
        marks = ", ".join("?" * len(chunk))
        if kind == "assignment":
            result.update(_assignment_contents(execute, chunk, marks))
        elif kind == "trajectory":
            result.update({key: _dump(content) for key, content in trajectory_contents(execute, chunk, marks).items()})
        else:
            result.update(_assessment_contents(execute, chunk, marks))
    return result


def _assignment_contents(execute, chunk: list[int], marks: str) -> dict[int, str]:
    processes: dict[int, list] = defaultdict(list)
    sql = f"""SELECT aw.assignment_id, wp.code, wp.title FROM assignment_work_process aw
              JOIN work_process wp ON wp.id = aw.work_process_id
              WHERE aw.assignment_id IN ({marks}) ORDER BY wp.position, wp.code, wp.id"""
    for form_id, code, title in execute(sql, chunk):
        processes[form_id].append([code, title])
    goals: dict[int, list] = defaultdict(list)
    sql = f"""SELECT ag.assignment_id, g.text FROM assignment_goal ag JOIN learning_goal g ON g.id = ag.goal_id
              WHERE ag.assignment_id IN ({marks}) ORDER BY g.position, g.id"""
    for form_id, text in execute(sql, chunk):
        goals[form_id].append(text)
    sql = f"""SELECT id, number, period_id, title, description, deadline, assessment_method
              FROM practice_assignment WHERE id IN ({marks})"""
    result = {}
    for form_id, number, period, title, description, deadline, method in execute(sql, chunk):
        content = {
            "form": "assignment",
            "number": number,
            "period": period,
            "title": title,
            "description": description,
            "deadline": str(deadline) if deadline else None,
            "assessment_method": method,
            "work_processes": processes.get(form_id, []),
            "goals": goals.get(form_id, []),
        }
        result[form_id] = _dump(content)
    return result


def _assessment_contents(execute, chunk: list[int], marks: str) -> dict[int, str]:
    scores: dict[int, list] = defaultdict(list)
    sql = f"""SELECT s.assessment_id, wp.code, wp.title, s.score, s.remarks FROM assessment_score s
              JOIN work_process wp ON wp.id = s.work_process_id
              WHERE s.assessment_id IN ({marks}) ORDER BY wp.position, wp.code, wp.id"""
    for form_id, code, title, score, remarks in execute(sql, chunk):
        scores[form_id].append([code, title, score, remarks])
    sql = f"""SELECT id, number, period_id, kind, talk_date, attitude_score, attitude_remarks, overall_score,
                     overall_judgement, planned_hours, realised_hours, participants
              FROM assessment WHERE id IN ({marks})"""
    result = {}
    for row in execute(sql, chunk):
        content = {
            "form": "assessment",
            "number": row[1],
            "period": row[2],
            "kind": row[3],
            "talk_date": str(row[4]) if row[4] else None,
            "attitude_score": row[5],
            "attitude_remarks": row[6],
            "overall_score": row[7],
            "overall_judgement": row[8],
            "planned_hours": row[9],
            "realised_hours": row[10],
            "participants": row[11],
            "scores": scores.get(row[0], []),
        }
        result[row[0]] = _dump(content)
    return result


def trajectory_contents(execute, chunk: list[int], marks: str) -> dict[int, dict]:
    """The canonical content of the intake agreement of each trajectory in `chunk` (see the module doc)."""
    goals: dict[int, list] = defaultdict(list)
    sql = f"""SELECT trajectory_id, text FROM learning_goal WHERE trajectory_id IN ({marks})
              ORDER BY trajectory_id, position, id"""
    for owner, text in execute(sql, chunk):
        goals[owner].append(text)
    steps: dict[int, list] = defaultdict(list)
    sql = f"""SELECT trajectory_id, kind, planned_on FROM coaching_step WHERE trajectory_id IN ({marks})
              ORDER BY trajectory_id, position, id"""
    for owner, kind, planned in execute(sql, chunk):
        steps[owner].append([kind, str(iso_date(planned) or "")])
    sql = f"""SELECT id, kind, participant_staff_id, participant_learner_id, coach_id, manager_id, enrolment_id,
                     manager_expectations, manager_contribution
              FROM coaching_trajectory WHERE id IN ({marks})"""
    result = {}
    for row in execute(sql, chunk):
        number, kind, staff, learner, coach, manager, enrolment, expects, contributes = row
        result[number] = {
            "form": "trajectory",
            "id": number,
            "kind": kind,
            "participant": ["staff", staff] if staff else ["learner", learner],
            "coach": coach,
            "manager": manager,
            "enrolment": enrolment,
            "goals": goals[number],
            "manager_expectations": expects,
            "manager_contribution": contributes,
            "steps": steps[number],
        }
    return result


def content_hashes(kind: str, ids: Iterable[int], database=None) -> dict[int, str]:
    return {form_id: _digest(text) for form_id, text in canonical_contents(kind, ids, database).items()}


def content_hash(kind: str, form_id: int) -> str:
    hashes = content_hashes(kind, [form_id])
    if form_id not in hashes:
        raise NotFoundError(_("The form with number {id} does not exist.").format(id=form_id))
    return hashes[form_id]
