"""Finding the person a row of someone else's list means: a school's list of students, a learning
platform's completions, the praktijkopleider named in a column.

A person is matched by their number first (a learner's student number, a staff member's employee
number), else by name with the birth date where the list gives one (a list without birth dates matches a
name whatever the birth date), else by e-mail address. Names and
addresses compare folded (`desktop.textsearch.name_key`): "Zoë van der Berg" is "zoe van der berg"
and "Zoe van der-Berg", and a tussenvoegsel written into the last name is the same name. A name that
fits several people matches none of them: the caller says which candidates there are.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from desktop.storage.models import db, display_name, iso_date
from desktop.textsearch import name_key

BY_NUMBER, BY_NAME, BY_EMAIL = "number", "name", "email"


@dataclass(frozen=True)
class PersonMatch:
    by: str  # BY_NUMBER, BY_NAME or BY_EMAIL
    ids: tuple[int, ...]  # more than one: the list does not say which of them

    @property
    def id(self) -> int | None:
        return self.ids[0] if len(self.ids) == 1 else None


class Person(NamedTuple):  # a tuple: thousands are made per import, and a frozen dataclass is slower to build
    id: int
    number: str
    first_name: str
    name_prefix: str
    last_name: str
    birth_date: dt.date | None
    email: str

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.name_prefix, self.last_name)


def number_key(number: str) -> str:
    """A number (or an e-mail address) as it is matched: capitals do not count, nor the leading zeros of a number of
    digits only, which Excel leaves off when the cell is a number ("00123456" is 123456)."""
    key = (number or "").strip().casefold()
    return key.lstrip("0") or key if key.isdigit() else key


def person_key(first: str, prefix: str, last: str, born: dt.date | None) -> tuple:
    """Who a name and birth date mean; the tussenvoegsel counts with the last name, wherever it is written."""
    return (name_key(first), name_key(prefix) + name_key(last), born)


class PersonIndex:
    """The people of one kind (learners or staff) as the database holds them now, ready to match."""

    def __init__(self, people: Iterable[Person]):
        self.people: dict[int, Person] = {}
        self.by_number: dict[str, list[int]] = defaultdict(list)
        self.by_email: dict[str, list[int]] = defaultdict(list)
        self._by_key: dict[tuple, list[int]] | None = None
        self._by_name: dict[tuple, list[int]] | None = None
        self._by_full_name: dict[str, list[int]] | None = None
        for person in people:
            self.people[person.id] = person
            if person.number.strip():
                self.by_number[number_key(person.number)].append(person.id)
            if person.email.strip():
                self.by_email[person.email.strip().casefold()].append(person.id)

    # Folding every name is most of the cost of an index of thousands: a list that names everyone by number
    # (a learning platform's export) never needs the names, so they are folded when first asked for.
    @property
    def by_key(self) -> dict[tuple, list[int]]:
        if self._by_key is None:
            self._index_names()
        return self._by_key

    @property
    def by_name(self) -> dict[tuple, list[int]]:
        """`by_key` without the birth date: for a list that gives none."""
        if self._by_name is None:
            self._index_names()
        return self._by_name

    @property
    def by_full_name(self) -> dict[str, list[int]]:
        if self._by_full_name is None:
            self._index_names()
        return self._by_full_name

    def _index_names(self) -> None:
        by_key: dict[tuple, list[int]] = defaultdict(list)
        by_name: dict[tuple, list[int]] = defaultdict(list)
        by_full_name: dict[str, list[int]] = defaultdict(list)
        for person in self.people.values():
            # A key leaves out spaces, so a whole name's key is its parts' keys joined, in the order of display
            # ("Jan de Vries") or one of sorting: "Vries, Jan de", "De Vries, Jan" or, as AFAS writes it,
            # "Vries de, Jan".
            first, prefix, last = name_key(person.first_name), name_key(person.name_prefix), name_key(person.last_name)
            by_key[(first, prefix + last, person.birth_date)].append(person.id)
            by_name[(first, prefix + last)].append(person.id)
            for full in {first + prefix + last, last + first + prefix, prefix + last + first, last + prefix + first}:
                by_full_name[full].append(person.id)
        self._by_key, self._by_name, self._by_full_name = by_key, by_name, by_full_name

    def match(
        self,
        *,
        number: str = "",
        first_name: str = "",
        name_prefix: str = "",
        last_name: str = "",
        birth_date: dt.date | None = None,
        email: str = "",
        any_birth_date: bool = False,
    ) -> PersonMatch | None:
        """The person these values mean: by number, else name and birth date, else e-mail; None when nobody. With
        `any_birth_date` (a list that gives no birth dates, as a learning platform's) a name without a birth date
        is whoever has it, whatever their birth date; else it is someone without one (a school's list names a new
        learner by name and number, who must not become a namesake)."""
        number = number_key(number)
        if number and number in self.by_number:
            return PersonMatch(BY_NUMBER, tuple(self.by_number[number]))
        if first_name or last_name:
            key = person_key(first_name, name_prefix, last_name, birth_date)
            by_name = birth_date is None and any_birth_date
            found = self.by_name.get(key[:2]) if by_name else self.by_key.get(key)
            if found:
                return PersonMatch(BY_NAME, tuple(found))
        return self._by_email(email)

    def match_text(self, text: str) -> PersonMatch | None:
        """The person one cell names: an e-mail address, their number, or a whole name ("Jan de Vries" or
        "Vries, Jan de")."""
        text = (text or "").strip()
        if "@" in text:
            return self._by_email(text)
        found = self.by_number.get(number_key(text))
        if found:
            return PersonMatch(BY_NUMBER, tuple(found))
        found = self.by_full_name.get(name_key(text))
        return PersonMatch(BY_NAME, tuple(found)) if found else None

    def label(self, person_id: int | None) -> str:
        """How a list names this person so that `match_text` finds them again: by name, else (when another
        person has the same name) by e-mail address, else by number; "" for nobody."""
        person = self.people.get(person_id)
        if person is None:
            return ""
        if len(self.by_full_name[name_key(person.name)]) == 1:
            return person.name
        email, number = person.email.strip().casefold(), number_key(person.number)
        if email and len(self.by_email[email]) == 1:
            return person.email.strip()
        if number and len(self.by_number[number]) == 1:
            return person.number.strip()
        return person.name

    def _by_email(self, email: str) -> PersonMatch | None:
        found = self.by_email.get((email or "").strip().casefold())
        return PersonMatch(BY_EMAIL, tuple(found)) if found else None


def learner_index() -> PersonIndex:
    """Every learner, by student number, name and birth date, and e-mail."""
    sql = "SELECT id, student_number, first_name, name_prefix, last_name, birth_date, email FROM learner"
    return PersonIndex(_people(sql))


def staff_index() -> PersonIndex:
    """Every staff member, by employee number, name and e-mail (staff have no birth date in LeerWerk)."""
    sql = "SELECT id, employee_number, first_name, name_prefix, last_name, NULL, email FROM staff"
    return PersonIndex(_people(sql))


def school_supervisor_index(school_id: int) -> PersonIndex:
    """The BPV supervisors of one school, by name and e-mail."""
    sql = "SELECT id, NULL, first_name, name_prefix, last_name, NULL, email FROM school_supervisor WHERE school_id = ?"
    return PersonIndex(_people(sql, (school_id,)))


def _people(sql: str, params: tuple = ()) -> list[Person]:
    return [
        Person(number, code or "", first or "", prefix or "", last or "", iso_date(born), email or "")
        for number, code, first, prefix, last, born, email in db.execute_sql(sql, params)
    ]
