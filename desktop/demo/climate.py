"""Demo rows of the learning climate: last year's and this year's team scan for every team (some teams with
fewer than 5 responses, whose figures stay hidden), each team's own level per capacity so teams differ, and
the actions teams agreed after last year's scan, some done, some overdue."""

from __future__ import annotations

import datetime as dt
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
                for _respondent in range(rng.choice((2, 4, 6, 7, 8, 9, 10, 12))):
                    response = self.add(m.ScanResponse, round_id=rounds[-1], team_id=team, source=source)
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
