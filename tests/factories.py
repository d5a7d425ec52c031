"""Records, files and values the tests build, shared by more than one test module."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop import clock
from desktop.services import forms, service_for
from desktop.storage import models as m
from desktop.storage.backup import make_backup
from desktop.storage.database import close_database, open_database
from desktop.storage.models import Organisation

# -- database files -------------------------------------------------------------------------------------

SECRET = "Zorggroep Geheimhouding Zoë"


PASSPHRASE = "correct paard batterij"


def make_db(path: Path, name: str = SECRET) -> Path:
    open_database(path)
    Organisation.update(name=name).execute()
    close_database()
    return path


def with_backup(path: Path) -> Path:
    """A LeerWerk database at `path` with one backup in its backup folder."""
    make_db(path)
    make_backup(path)
    return path


def make_database(path: Path) -> Path:
    open_database(path)
    close_database()
    return path


# -- a learner file as a spreadsheet writes it (the day is the one the tests run on) ---------------------

TODAY = clock.today()


HEADER_NL = (
    "voornaam;tussenvoegsel;achternaam;geboortedatum;e-mail;telefoon;soort;opleiding;crebo;niveau;leerweg;school;"
    "startdatum;einddatum;locatie"
)


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).strftime("%d-%m-%Y")


ROW_DEFAULTS = dict(
    first="Zoë", prefix="", last="Bakker", born="14-3-2001", email="", phone="", kind="BBL",
    programme="Verzorgende-IG", crebo="25491", level="3", pathway="", school="ROC Fictief Zuid",
    start=None, end=None, location="De Linde",
)  # fmt: skip


def row(**values) -> str:
    """One line in HEADER_NL's order; a period from 30 days ago to 300 days ahead unless given."""
    cells = {**ROW_DEFAULTS, **values}
    cells["start"] = day(-30) if cells["start"] is None else cells["start"]
    cells["end"] = day(300) if cells["end"] is None else cells["end"]
    return ";".join(cells.values())


# -- coaching and BPV forms ----------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40

# -- scans of signed agreements --------------------------------------------------------------------------

SCAN_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200  # a Windows program


def picture(kind: str = "PNG", size: tuple[int, int] = (40, 30)) -> bytes:
    """A small real picture, as a phone photo of a signed page would be (PNG or JPEG)."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, format=kind)
    return buffer.getvalue()


def staff(first, last, team=None, roles=()):
    person = service_for(m.Staff).create(first_name=first, last_name=last, team=team)
    for role in roles:
        service_for(m.StaffRole).create(staff=person.id, role=role)
    return person.id


def external_request(cost: str = "450") -> int:
    """An external training request of a new staff member, saved; returns its id."""
    from desktop.services import external_requests

    person = service_for(m.Staff).create(first_name="Anna", last_name="Smit")
    values = {
        "staff": person.id,
        "title": "Wondzorg",
        "provider_name": "Extern",
        "cost": cost,
        "first_day": "2026-10-01",
    }
    return external_requests.save_request(None, values).request_id


def coaching_people() -> dict[str, int]:
    """A participant in a team, a learning coach, a practice trainer, the team's manager and a learner."""
    location = service_for(m.Location).create(name="De Linde")
    team = service_for(m.Team).create(location=location.id, name="Kleinschalig wonen").id
    return {
        "participant": staff("Zoë", "Çelik", team),
        "coach": staff("Jan", "de Vries", roles=("learning_coach",)),
        "trainer": staff("Ayşe", "Yılmaz", roles=("practice_trainer",)),
        "manager": staff("Noëlle", "Nguyễn", team, roles=("manager",)),
        "learner": service_for(m.Learner).create(first_name="Anaïs", last_name="Vries", learner_type="bbl").id,
        "team": team,
    }


def values(people, **extra):
    return {
        "kind": "learning_coach",
        "participant_staff": people["participant"],
        "coach": people["coach"],
        "manager": people["manager"],
        **extra,
    }


def _processes(period):
    return [wp.id for wp in forms.period_work_processes(period.id)]


def _assignment(period, **values):
    data = {"period": period.id, "title": "Inwerkopdracht", "description": "Maak kennis met het team."}
    return forms.save_assignment(None, {**data, **values}, work_processes=_processes(period)[:2])
