"""Schema version 25: on a PostgreSQL server the Learners tab's sort keys compare by character code, as SQLite
compares every text.

The tab sorts its lines in code order (`Engine.in_code_order`), while a server database's texts compare by the rules
of its language (nl_NL, en_US), and so do its indexes: the index of the names (version 17) was of no use to the tab,
and every reading of it sorted all the lines' names (at 10,000 learners a third of the tab's reading on the server).
Keys in the collation "C" make that index the order the tab reads, as it is in a file. SQLite compares by code
already: a file is left as it is (`engine.SERVER_ONLY`).
"""

from desktop.storage.engine import SERVER_ONLY

DESCRIPTION = "learner line keys in code order on a server"

KEYS = (
    "name_key", "programme_key", "pathway_key", "school_key", "location_key", "team_key", "trainer_key",
    "supervisor_key",
)  # fmt: skip

STATEMENTS = [
    f'{SERVER_ONLY}ALTER TABLE "learner_line" '
    + ", ".join(f'ALTER COLUMN "{key}" TYPE TEXT COLLATE "C"' for key in KEYS),
]
