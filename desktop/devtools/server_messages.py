"""The words a PostgreSQL server refuses a connection with, in every language it speaks, for
`desktop.storage.server_errors`.

A refused connection reaches the program as text only (libpq passes on no SQLSTATE before a session exists), and the
server writes it in its own language (its ``lc_messages``), before any setting of the client's applies. So the
server's own translations of the few refusals the program tells apart are taken from PostgreSQL's message
catalogues (``postgres-NN.mo``, installed with the server) into ``resources/server_messages.json``.
"""

from __future__ import annotations

import json
import re
from gettext import GNUTranslations
from pathlib import Path

from desktop.paths import resources_dir

# The server's own msgids, by the reason `server_errors` gives a refusal.
MSGIDS = {
    "wrong password": ['password authentication failed for user "%s"'],
    "no such login": ['role "%s" does not exist'],
    "no such database": ['database "%s" does not exist'],
    "not let in": [
        'no pg_hba.conf entry for host "%s", user "%s", database "%s", %s',
        'pg_hba.conf rejects connection for host "%s", user "%s", database "%s", %s',
    ],
}
CATALOGUES = Path("/usr/share/locale")


def target() -> Path:
    return resources_dir() / "server_messages.json"


def newest_catalogues(root: Path = CATALOGUES) -> list[Path]:
    """Each language's catalogue of the newest PostgreSQL server installed."""
    found = sorted(root.glob("*/LC_MESSAGES/postgres-*.mo"))
    if not found:
        return []
    newest = max(int(re.search(r"postgres-(\d+)\.mo$", path.name)[1]) for path in found)
    return [path for path in found if path.name == f"postgres-{newest}.mo"]


def messages(catalogues: list[Path]) -> dict[str, list[str]]:
    """Per reason, the English msgids and every translation of them the catalogues hold, without repeats."""
    result = {reason: list(msgids) for reason, msgids in MSGIDS.items()}
    for path in catalogues:
        with path.open("rb") as file:
            catalogue = GNUTranslations(file)
        for reason, msgids in MSGIDS.items():
            for msgid in msgids:
                translated = catalogue.gettext(msgid)
                if translated not in result[reason]:
                    result[reason].append(translated)
    return result


def build() -> Path:
    catalogues = newest_catalogues()
    if not catalogues:
        raise FileNotFoundError(f"no PostgreSQL message catalogues under {CATALOGUES} (install postgresql)")
    path = target()
    path.write_text(json.dumps(messages(catalogues), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
