"""Finding the person a row of someone else's list means (`desktop.services.person_matching`)."""

from __future__ import annotations

import datetime as dt

from desktop.services.person_matching import BY_NAME, Person, PersonIndex, PersonMatch


def index() -> PersonIndex:
    return PersonIndex(
        [
            Person(1, "S1", "Luuk", "van de", "Kerkhof", dt.date(2006, 5, 1), ""),
            Person(2, "S2", "Sem", "", "Visser", dt.date(2005, 1, 1), ""),
            Person(3, "S3", "Sem", "", "Visser", dt.date(2007, 2, 2), ""),
            Person(4, "S4", "Milan", "van der", "Meulen", None, ""),
        ]
    )


def test_without_a_birth_date_a_name_matches_whoever_has_it_and_several_match_none():
    """As a learning platform's list is matched (`any_birth_date`); a school's list names a new learner without a
    birth date, who is no namesake LeerWerk knows."""
    people = index()
    luuk = dict(first_name="Luuk", name_prefix="van de", last_name="Kerkhof")
    assert people.match(**luuk, any_birth_date=True) == PersonMatch(BY_NAME, (1,))
    assert people.match(**luuk) is None
    assert people.match(first_name="luuk", last_name="Van de Kerkhof", any_birth_date=True) == PersonMatch(
        BY_NAME, (1,)
    )
    assert people.match(first_name="Sem", last_name="Visser", any_birth_date=True) == PersonMatch(BY_NAME, (2, 3))
    # With a birth date, it must be theirs.
    assert people.match(first_name="Sem", last_name="Visser", birth_date=dt.date(2007, 2, 2)).ids == (3,)
    assert people.match(first_name="Luuk", last_name="Kerkhof", birth_date=dt.date(2006, 5, 2)) is None


def test_a_whole_name_in_every_order_a_list_writes_it():
    people = index()
    for text in (
        "Milan van der Meulen",
        "Meulen, Milan van der",
        "Van der Meulen, Milan",  # the tussenvoegsel with the last name, as a sorted list writes it
        "Meulen van der, Milan",  # as AFAS writes it
    ):
        assert people.match_text(text) == PersonMatch(BY_NAME, (4,)), text
    assert people.match_text("Milan Meulen") is None
