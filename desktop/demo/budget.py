"""The demo's training budget: prices for the catalogue, a budget per year for the organisation and its locations,
external training requests with the manager's decisions, and last year's agreed training plan (kept after the rows
are written, since the plan is read from them)."""

from __future__ import annotations

import datetime as dt
import random

from desktop.demo.rows import RowBuilder
from desktop.demo.trainings import TRAININGS
from desktop.storage import models as m

# What a place costs where the catalogue left it open: the seeded e-learnings (as the demo's catalogue says) and
# the internal classroom trainings (trainer hours and rooms, as an organisation reckons them).
INTERNAL_PRICES = {"werkbegeleiding": 175, "vbh_oefenen": 65, "deescalatie": 145, "slik": 40, "afasie": 40}
REQUESTS = (  # (title, provider, cost)
    ("Post-hbo Gerontologie", "Hogeschool Fictief Limburg", 2950),
    ("Congres Dementie en zorg", "Congresbureau Fictief", 395),
    ("Cursus palliatieve zorg", "Academie Fictief", 875),
    ("Training motiverende gespreksvoering", "Bureau Gesprek Fictief", 640),
    ("Masterclass Wet zorg en dwang", "Juridisch Instituut Fictief", 450),
)
REFUSALS = (
    "Het budget voor externe scholing van de locatie is dit jaar besteed; opnieuw aanvragen in januari.",
    "Deze training wordt intern aangeboden (Zorgweerbaarheid en de-escalatie); daar inschrijven.",
    "Past niet bij de functie en het POAP; eerst het leertraject vakmanschap afronden.",
)
APPROVALS = ("Past bij het POAP en de ontwikkeling van het team.", "")


class Budget(RowBuilder):
    def budget(self) -> None:
        # Its own random stream, drawn last: every demo row made before stays as it was for a seed.
        rng = random.Random(self.extra_rng.getrandbits(64))
        self.training_costs: dict[int, float] = {}
        for key, _title, _kind, _dayparts, _hours, _provider, cost, *_rest in TRAININGS:
            price = cost if cost is not None else INTERNAL_PRICES.get(key)
            if price is not None and key in self.training_ids:
                self.training_costs[self.training_ids[key]] = price
        for year in (self.today.year - 1, self.today.year, self.today.year + 1):
            whole = 0
            for location in self.location_ids:
                amount = rng.randrange(40, 160) * 250
                whole += amount
                self.add(m.TrainingBudget, year=year, location_id=location, amount=amount, **self.stamps(self.day(-60)))
            self.add(m.TrainingBudget, year=year, location_id=None, amount=whole + 25_000, **self.stamps(self.day(-60)))
        managers = set(self.managers.values())
        askers = [staff for staff in self.all_staff if staff not in managers and self.staff_team.get(staff)]
        by_team = {team: manager for team, manager in self.managers.items()}
        for staff in rng.sample(askers, min(len(askers), max(6, len(askers) // 40))):
            title, provider, cost = rng.choice(REQUESTS)
            first = self.today + dt.timedelta(days=rng.randint(-400, 300))
            last = first + dt.timedelta(days=rng.choice((0, 1, 2, 180)))
            requested = min(self.today, first - dt.timedelta(days=rng.randint(20, 90)))
            decision = (
                "pending" if first > self.today and rng.random() < 0.4 else rng.choice(("approved",) * 3 + ("refused",))
            )
            decided = (
                min(self.today, requested + dt.timedelta(days=rng.randint(3, 20))) if decision != "pending" else None
            )
            reason = (
                rng.choice(REFUSALS)
                if decision == "refused"
                else (rng.choice(APPROVALS) if decision == "approved" else "")
            )
            enrolment = None
            training = None
            if decision == "approved" and title.startswith("Post-hbo") and "po_extern" in self.training_ids:
                training = self.training_ids["po_extern"]
                enrolment = self.enrol("po_extern", ("staff", staff), "enrolled", decided)
            self.add(
                m.ExternalTrainingRequest,
                staff_id=staff,
                title=title,
                provider_name=provider,
                cost=cost,
                first_day=first,
                last_day=last,
                requested_on=requested,
                manager_id=by_team.get(self.staff_team[staff]),
                decision=decision,
                decided_on=decided,
                reason=reason,
                training_id=training,
                enrolment_id=enrolment,
                **self.stamps(requested),
            )
