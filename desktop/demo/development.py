"""Demo development records: most staff have a POAP and a development talk, held by their team's manager in
the last two and a half years, so the lists show some overdue, some due soon and some never recorded."""

from __future__ import annotations

import datetime as dt
import random

from desktop.demo.rows import RowBuilder
from desktop.storage import models as m

POAP_NOTES = (
    "Verdieping in NAH en de methodiek Dit vind ik ervan!",
    "Doorgroeien naar werkbegeleider; eerst Basisvaardigheden werkbegeleiding.",
    "Scholing medicatieveiligheid en voorbehouden handelingen bijhouden.",
    "Meer regie over de eigen planning; intervisie in het team.",
    "",
)
TALK_NOTES = (
    "Voortgang POAP besproken; leertraject vakmanschap afronden dit jaar.",
    "Wil zich ontwikkelen in de-escalatie en zorgweerbaarheid.",
    "Tevreden over de ontwikkeling; volgend jaar kijken naar HBO-V.",
    "",
)


class Development(RowBuilder):
    def development_records(self) -> None:
        """Run last, from a draw of its own: every other demo row stays as it was for a seed."""
        rng = random.Random(f"development-{self.extra_rng.getstate()[1][0]}")
        managers = sorted(self.managers.values())
        for staff, team in self.staff_team.items():
            manager = self.managers.get(team) if team is not None else rng.choice(managers)
            if manager == staff:
                manager = rng.choice([other for other in managers if other != staff] or [None])
            for kind, share, notes in (("poap", 0.85, POAP_NOTES), ("talk", 0.8, TALK_NOTES)):
                if rng.random() > share:
                    continue  # never recorded
                held = self.day(-rng.randint(20, 900))
                if rng.random() < 0.35:  # an earlier one, two years before
                    self._talk(rng, staff, kind, held - dt.timedelta(days=730 + rng.randint(-30, 30)), manager, "")
                self._talk(rng, staff, kind, held, manager, rng.choice(notes))

    def _talk(self, rng: random.Random, staff: int, kind: str, held: dt.date, manager, notes: str) -> None:
        moment = min(dt.datetime.combine(held, dt.time(9, 0)) + dt.timedelta(minutes=rng.randrange(480)), self.now)
        self.add(m.DevelopmentTalk, staff_id=staff, kind=kind, held_on=held, manager_id=manager, notes=notes,
                 created_at=moment, updated_at=moment)  # fmt: skip
