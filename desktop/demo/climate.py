"""Demo rows of the learning climate: last year's and this year's team scan for every team (some teams with
fewer than 5 responses, whose figures stay hidden), each team's own level per capacity so teams differ, the
actions teams agreed after the scan, some done, some overdue; and a year of learning together in groups."""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from desktop.demo.rows import RowBuilder
from desktop.storage import models as m

ACTIONS = (
    ("Elke maand een intervisie van een uur plannen.", "Teamleider"),
    ("Nieuwe collega's en leerlingen krijgen een vast maatje.", "Praktijkopleider"),
    ("Casuïstiekbespreking in het teamoverleg, om de week.", "Teamleider"),
    ("Een binnenste-buitenbezoek bij een ander team.", "Werkbegeleider"),
    ("De uitkomst van de scan bespreken met de school.", "Opleidingscoördinator"),
    ("Moreel beraad over een lastige situatie inplannen.", "Teamleider"),
)


class Climate(RowBuilder):
    def learning_climate(self) -> None:
        # Its own generator, seeded from the extra draws without taking one: every other demo row stays as it was.
        rng = random.Random(self.extra_rng.getstate()[1][1])
        statements = self.seeded.statements
        teams = [team for team, _location in self.teams]
        levels = {(team, capacity): rng.uniform(2.6, 4.3) for team in teams for _id, capacity in statements}
        rounds = []
        for years_ago in (1, 0):
            year = self.today.year - years_ago - (1 if self.today.month < 11 else 0)
            starts, ends = dt.date(year, 10, 1), dt.date(year, 10, 31)
            rounds.append(
                self.add(m.ScanRound, name=f"Teamscan {year}", starts_on=starts, ends_on=ends, **self.stamps(starts))
            )
            for team in teams:
                self.add(m.ScanRoundTeam, round_id=rounds[-1], team_id=team)
                source = "online" if rng.random() < 0.7 else "typed"
                for respondent in range(rng.choice((2, 4, 6, 7, 8, 9, 10, 12))):
                    response = self.add(m.ScanResponse, round_id=rounds[-1], team_id=team, source=source)
                    if source == "online":  # imported from a form's export: its receipt (no draw of `rng`)
                        mark = hashlib.sha256(f"demo {rounds[-1]} {team} {respondent}".encode()).hexdigest()[:32]
                        self.add(m.ScanReceipt, round_id=rounds[-1], digest=mark)
                    for statement, capacity in statements:
                        if rng.random() < 0.03:
                            continue  # left blank
                        score = round(
                            rng.gauss(levels[(team, capacity)] - 0.15 * years_ago, 0.8)
                        )  # a little better this year
                        self.add(
                            m.ScanAnswer, response_id=response, statement_id=statement, score=min(5, max(1, score))
                        )
        agreed = dt.date(self.today.year - (1 if self.today.month < 11 else 0), 11, 15)
        for team in teams:
            for what, who in rng.sample(ACTIONS, rng.randint(1, 3)):
                due = agreed + dt.timedelta(days=rng.randint(30, 400))
                done = due - dt.timedelta(days=rng.randint(0, 20)) if due < self.today and rng.random() < 0.6 else None
                self.add(
                    m.TeamAction, team_id=team, round_id=rounds[-1], what=what, who=who, due_on=due, done_on=done,
                    **self.stamps(min(agreed, self.today), done or agreed),
                )  # fmt: skip


TOPICS = {
    "intervision": (
        "Feedback geven aan een lerende",
        "Grenzen stellen in de begeleiding",
        "Een lastig beoordelingsgesprek",
    ),
    "case_discussion": ("Onrust in de avond", "Slikproblemen bij het eten", "Samenwerken met familie"),
    "moral_deliberation": ("Vrijheid of veiligheid", "Zorg die iemand weigert"),
    "inside_out_visit": ("Bezoek aan een ander team", "Meelopen op een andere locatie"),
    "team_coaching": ("Werken met de uitkomst van de teamscan", "Samen leren in het team"),
}
NOTES = ("Afspraken over de werkwijze vastgelegd.", "Volgende keer verder met dezelfde vraag.", "")


class LearningTogether(RowBuilder):
    def learning_together(self) -> None:
        """The praktijkopleiders' intervisie every six weeks, a case discussion and moral deliberation per location,
        and visits and team coaching without a group, over the last year; one group overdue."""
        rng = random.Random(self.extra_rng.getstate()[1][2])
        staff = list(self.staff_names)
        created = self.day(-400)
        groups = [("intervision", "Intervisie praktijkopleiders", 6, self.practice_trainers or staff[:8])]
        for location in sorted({location for _team, location in self.teams})[:6]:
            members = rng.sample(staff, min(len(staff), 8))
            groups.append(("case_discussion", f"Casuïstiekbespreking locatie {location}", 4, members))
            groups.append(("moral_deliberation", f"Moreel beraad locatie {location}", 8, members))
        for kind, name, weeks, members in groups:
            group = self.add(m.LearningGroup, kind=kind, name=name, rhythm_weeks=weeks, **self.stamps(created))
            # The last group stopped meeting in the summer: overdue in the agenda.
            last = self.day(-rng.randint(0, weeks * 7 - 1)) if group != len(groups) else self.day(-120)
            held = last
            while held > created:
                self.learning_session(rng, kind, held, group, members)
                held -= dt.timedelta(weeks=weeks)
        for kind in ("inside_out_visit", "team_coaching"):
            for _ in range(6):
                self.learning_session(
                    rng, kind, self.day(-rng.randint(0, 365)), None, rng.sample(staff, min(len(staff), 6))
                )

    def learning_session(
        self, rng: random.Random, kind: str, held: dt.date, group: int | None, members: list[int]
    ) -> None:
        present = [person for person in members if rng.random() < 0.8] or members[:1]
        session = self.add(
            m.LearningSession, kind=kind, group_id=group, held_on=held, facilitator_id=rng.choice(present),
            topic=rng.choice(TOPICS[kind]), notes=rng.choice(NOTES), **self.stamps(held),
        )  # fmt: skip
        for person in present:
            self.add(m.LearningSessionParticipant, session_id=session, staff_id=person)
