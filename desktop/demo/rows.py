"""The row builder every area of the demo builds on: rows as tuples in column order with ids assigned here,
and the small random pieces (days, moments, people, addresses, form numbers, signatures) they all use.

Column defaults that read the clock are replaced by the demo's own "today" and "now", so the same seed and day
give the same rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass

from peewee import DateField, DateTimeField

from desktop.demo.names import (
    CITIES,
    FIRST_NAMES,
    POSTCODE_LETTERS,
    PREFIXED_SURNAMES,
    STREETS,
    SURNAMES,
)
from desktop.demo.pictures import scribble_png
from desktop.storage import models as m
from desktop.textsearch import fold


@dataclass(frozen=True)
class Seeded:
    """The rows a new database already holds (from its migrations) that the demo builds on."""

    organisation_id: int
    templates: tuple[tuple, ...]  # (id, phase, role, position, title, applies_to_mio)
    questions: tuple[tuple, ...]  # (id, kind, text)
    trainings: tuple[tuple, ...] = ()  # (id, title, kind, dayparts, validity_months): the seeded catalogue
    next_ids: tuple[int, int, int] = (1, 1, 1)  # the first free id in training, training_module, training_requirement
    statements: tuple[tuple, ...] = ()  # (id, capacity): the team scan's seeded statements


def _mail_name(text: str) -> str:
    """ASCII letters for e-mail addresses: "Đorđević" -> "dordevic", "van 't Hof" -> "vanthof"."""
    return "".join(char for char in fold(text) if char.isascii() and char.isalnum())


class RowBuilder:
    """Builds every row in memory, as tuples in column order, with ids assigned here."""

    def __init__(self, rng: random.Random, today: dt.date, learner_count: int, seeded: Seeded):
        self.learner_keys: set[tuple[str, dt.date]] = set()
        self.rng = rng
        self.today = today
        self.learner_count = learner_count
        self.seeded = seeded
        self.now = dt.datetime.combine(today, dt.time(9, 0))
        self.rows: dict[type, list[tuple]] = {}
        self.columns: dict[type, list[str]] = {}
        self._layout: dict[type, list[tuple[str, object]]] = {}
        self._known: dict[type, set[str]] = {}
        for model in m.ALL_MODELS:
            self._prepare(model)
        # The first draws from the one random stream, before any area runs: moved, every demo would change.
        self.signature_images = [scribble_png(rng) for _ in range(16)]
        self.scans = [scribble_png(rng, 300, 120) for _ in range(4)]
        self.form_numbers: dict[tuple[str, int], int] = {}
        self.staff_names: dict[int, str] = {}
        self.staff_parts: dict[int, tuple[str, str, str]] = {}
        self.learner_names: dict[int, str] = {}
        self.session_capacity: dict[int, int | None] = {}
        self.outcomes_to_show = ["cancelled", "no_show", "attended", "completed"]
        # Fields added later draw from their own generator, so a seed still gives the rest as before.
        self.extra_rng = random.Random(repr(rng.getstate()[1][:8]))

    def _prepare(self, model: type) -> None:
        fields = model._meta.sorted_fields
        self.rows[model] = []
        self.columns[model] = [field.column_name for field in fields]
        defaults = []
        for field in fields:
            default = field.default
            if callable(default):
                # Column defaults that read the clock would make two runs differ; use the demo's "now".
                if isinstance(field, DateTimeField):
                    default = self.now
                elif isinstance(field, DateField):
                    default = self.today
                else:
                    default = default()
            defaults.append(default)
        self._layout[model] = list(zip(self.columns[model], defaults, strict=True))
        self._known[model] = {*self.columns[model], "id"}

    def add(self, model: type, **values) -> int:
        """Queue one row; returns its id (ids run from 1 in every table this builder fills)."""
        rows = self.rows[model]
        new_id = len(rows) + 1
        values.setdefault("id", new_id)
        # A misspelt column would otherwise silently fall back to its default.
        if not values.keys() <= self._known[model]:
            raise KeyError(f"{model.__name__} has no column(s) {sorted(values.keys() - self._known[model])}")
        rows.append(tuple([values.get(column, default) for column, default in self._layout[model]]))
        return new_id

    def change(self, model: type, row_id: int, **values) -> None:
        """Change columns of a row queued earlier (a role or a learner record found out later)."""
        rows, columns = self.rows[model], self.columns[model]
        row = list(rows[row_id - 1])
        for column, value in values.items():
            row[columns.index(column)] = value
        rows[row_id - 1] = tuple(row)

    def day(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)

    def stamp(self, day: dt.date) -> dt.datetime:
        """A working-hours moment on `day`, never later than the demo's "now"."""
        moment = dt.datetime.combine(day, dt.time(8, 0)) + dt.timedelta(minutes=self.rng.randrange(0, 540))
        return min(moment, self.now)

    def stamps(self, created: dt.date, updated: dt.date | None = None) -> dict:
        created_at = self.stamp(min(created, self.today))
        updated_at = self.stamp(min(max(updated or created, created), self.today))
        return {"created_at": created_at, "updated_at": max(created_at, updated_at)}

    def between(self, first: dt.date, last: dt.date) -> dt.date:
        return first + dt.timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def person(self) -> tuple[str, str, str]:
        first = self.rng.choice(FIRST_NAMES)
        if self.chance(0.35):
            prefix, last = self.rng.choice(PREFIXED_SURNAMES)
        else:
            prefix, last = "", self.rng.choice(SURNAMES)
        return first, prefix, last

    def email(self, first: str, prefix: str, last: str, domain: str = "voorbeeld.nl") -> str:
        return f"{_mail_name(first)}.{_mail_name(prefix + last)}@{domain}"

    def mobile(self) -> str:
        return f"06-{self.rng.randrange(10_000_000, 100_000_000)}"

    def address(self) -> tuple[str, str, str]:
        city = self.rng.choice(tuple(CITIES))
        low, high = CITIES[city]
        letters = "SS"
        while letters in ("SA", "SD", "SS"):  # combinations PostNL does not hand out
            letters = "".join(self.rng.choice(POSTCODE_LETTERS) for _ in range(2))
        street = f"{self.rng.choice(STREETS)} {self.rng.randint(1, 180)}"
        return street, f"{self.rng.randint(low, high)} {letters}", city

    def form_number(self, prefix: str, day: dt.date) -> str:
        key = (prefix, day.year)
        self.form_numbers[key] = self.form_numbers.get(key, 0) + 1
        return f"{prefix}-{day.year}-{self.form_numbers[key]:05d}"

    def signature(self, number: str, role: str, name: str, day: dt.date, pending: bool = False, **form) -> None:
        """One signature, on a BPV form or a coaching agreement; a few are voided (the form was reopened) and
        signed again a little later."""
        if pending:
            self.add(m.Signature, signer_role=role, signer_name=name, **form)
            return
        voided = self.chance(0.03)
        signed_at = self.stamp(day)
        for attempt in range(2 if voided else 1):
            moment = min(signed_at + dt.timedelta(days=attempt * 2), self.now)
            on_screen = self.chance(0.6)
            content = f"{number}|{role}|{name}|{moment.isoformat()}|v{attempt}"
            scanned = not on_screen and self.chance(0.5)
            self.add(
                m.Signature,
                signer_role=role,
                signer_name=name,
                method="screen" if on_screen else "paper",
                signed_at=moment,
                image=self.rng.choice(self.signature_images) if on_screen else None,
                scan=self.rng.choice(self.scans) if scanned else None,
                scan_name=f"{number}-{role}.png" if scanned else "",
                content_hash=hashlib.sha256(content.encode()).hexdigest(),
                voided_at=moment + dt.timedelta(hours=4) if voided and attempt == 0 else None,
                **form,
            )
