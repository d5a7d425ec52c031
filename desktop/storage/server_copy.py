"""Moving a database file to a PostgreSQL server (``leerwerk migrate-to``): everything in it, verified, or nothing.

The whole move is one transaction on the server, so that a failure, a refused row or a Ctrl+C leaves the server's
database as it was (PostgreSQL's DDL is transactional too): the schema is made by the migrations, as for any new
server database; the reference data they seed is taken out again, since the file's own rows replace it; every table
is copied with its ids, in reference order, with COPY in batches; each sequence is moved past the copied ids; and
before the commit each table's row count and content digest (`content_digest`) read back from the server are
compared with those of the rows read from the file. The references and indexes are taken off for the copy and put
back after it (`Engine.references_checked_after`), which checks and builds each in one pass. Each table's statistics
for the server's planner are gathered (ANALYZE) in the same transaction.

The file is only read: opened as immutable when no LeerWerk has it open (a read-only connection to a database in WAL
mode would leave a -wal and -shm beside it), and refused while another LeerWerk works in it, whose later work would
not be on the server.
"""

from __future__ import annotations

import contextlib
import graphlib
import io
import logging
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import peewee

from desktop.errors import LeerWerkError, UnusableDatabaseError
from desktop.i18n import _, ngettext
from desktop.storage import cipher, migrations
from desktop.storage import lock as writer_lock
from desktop.storage.access import LeerWerkDatabase, leerwerk_database
from desktop.storage.content_digest import TableDigest
from desktop.storage.engine import engine_of
from desktop.storage.models import ALL_MODELS
from desktop.storage.server_roles import LOGIN_TABLE

log = logging.getLogger(__name__)

BATCH_ROWS = 20_000  # rows read from the file and sent in one COPY
READ_BACK_ROWS = 20_000  # rows fetched at a time when the server's copy is read back
LEERWERK_TABLES = frozenset({"schema_version", *(model._meta.table_name for model in ALL_MODELS)})


class MoveRefusedError(LeerWerkError):
    """The move was refused or failed; the server's database is as it was."""


@dataclass(frozen=True)
class CopiedTable:
    name: str
    rows: int
    digest: str


def open_source(path: Path) -> LeerWerkDatabase:
    """The database file at `path`, opened to read only and leaving nothing beside it; refused when it is not this
    LeerWerk's schema, or while another LeerWerk has it open."""
    from desktop.storage.database import BUSY_TIMEOUT_MS, inspect_file, inspection_uri

    owner = writer_lock.live_owner(path)
    if owner is not None:
        raise UnusableDatabaseError(
            _(
                "The database {path} is in use by {holder}; close LeerWerk there first, so that nothing saved there "
                "after the move is left behind in the file."
            ).format(path=path, holder=writer_lock.describe_holder(owner))
        )
    # A damaged file, another program's or a newer LeerWerk's is refused here; an older one gets its own sentence
    # before any difference from its version's schema is looked at (which the upgrade that it needs may mend).
    info = inspect_file(path, report_schema=True)
    if not info.exists:
        raise UnusableDatabaseError(_("The database {path} does not exist.").format(path=path))
    if info.schema_version != migrations.LATEST_VERSION:
        raise UnusableDatabaseError(
            _(
                "The database {path} has schema {found} and this LeerWerk moves schema {known}: open it once in this "
                "LeerWerk first (which upgrades it, after a backup), then move it."
            ).format(path=path, found=info.schema_version, known=migrations.LATEST_VERSION)
        )
    if info.schema_problems:
        inspect_file(path)  # which refuses it with the sentence every opening gives
    database = leerwerk_database(
        inspection_uri(path),
        passphrase=cipher.known_passphrase(path) if info.encrypted else None,
        uri=True,
        file_path=path,
        read_only=True,
        pragmas={"query_only": 1, "busy_timeout": BUSY_TIMEOUT_MS},
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    database.connect()
    return database


def refuse_unless_empty(target) -> None:
    """Refuse a server database that already holds LeerWerk's tables: the move never mixes two databases."""
    tables = engine_of(target).tables(target)
    if tables - LEERWERK_TABLES - {LOGIN_TABLE}:  # another program's tables: nothing is added beside them
        raise MoveRefusedError(
            _("The database {address} is a database of another program, not of LeerWerk.").format(
                address=target.address
            )
        )
    present = sorted(LEERWERK_TABLES & tables)
    for table in present:
        count = target.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        if count:
            raise MoveRefusedError(
                ngettext(
                    "The database {address} is not empty: its table {table} holds {count} row. LeerWerk moves a "
                    "database only into an empty one; make a new database on the server and give its address.",
                    "The database {address} is not empty: its table {table} holds {count} rows. LeerWerk moves a "
                    "database only into an empty one; make a new database on the server and give its address.",
                    count,
                ).format(address=target.address, table=table, count=count)
            )
    if present:
        raise MoveRefusedError(
            _(
                "The database {address} already holds LeerWerk's tables (such as {table}). LeerWerk moves a database "
                "only into an empty one; make a new database on the server and give its address."
            ).format(address=target.address, table=present[0])
        )


def reference_order(database, tables: set[str]) -> list[str]:
    """`tables` with every table after the tables it refers to (a table referring to itself aside)."""
    graph = graphlib.TopologicalSorter()
    for table in sorted(tables):
        graph.add(table, *sorted({key.dest_table for key in database.get_foreign_keys(table)} & tables - {table}))
    return list(graph.static_order())


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_NULL = "\\N"


def _copy_texts(values: tuple) -> list[str]:
    texts = [None if value is None else value if isinstance(value, str) else str(value) for value in values]
    # One look at the whole column: most never hold a character COPY's text format escapes.
    joined = "\x1f".join(filter(None, texts))
    if any(character in joined for character in "\\\t\n\r"):
        return [_NULL if text is None else text.translate(_COPY_ESCAPES) for text in texts]
    return [_NULL if text is None else text for text in texts]


def _copy_truths(values: tuple) -> list[str]:
    return [_NULL if value is None else "t" if value else "f" for value in values]


def _copy_pictures(values: tuple) -> list[str]:
    return [_NULL if value is None else "\\\\x" + bytes(value).hex() for value in values]


_COPY_COLUMN = {"boolean": _copy_truths, "bytea": _copy_pictures}


def _copy_text(rows: list[tuple], server_types: list[str]) -> str:
    """`rows` of the file in COPY's text format, a column at a time (see `content_digest` on why)."""
    by_column = zip(*rows, strict=True)
    columns = [_COPY_COLUMN.get(kind, _copy_texts)(each) for kind, each in zip(server_types, by_column, strict=True)]
    return "\n".join(map("\t".join, zip(*columns, strict=True))) + "\n"


def _select(table: str, names: list[str]) -> str:
    """The rows of `table`, by their ids where it has them (as `TableDigest` reads them)."""
    quoted = ", ".join(f'"{name}"' for name in names)
    return f'SELECT {quoted} FROM "{table}"' + (' ORDER BY "id"' if "id" in names else "")


class _Copy:
    """One move of `source` into `target` (both connected), reporting each table to `progress(table, rows)`."""

    def __init__(self, source, target, progress: Callable[[str, int], None], worker: ThreadPoolExecutor):
        self.source, self.target, self.progress = source, target, progress
        # The server's side of a batch (taking it in, or reading the next one out) runs on this thread, while this
        # one reads, digests and writes out the next: psycopg lets go of the GIL while it waits for the server.
        self.worker = worker

    def columns(self, table: str) -> tuple[list[str], list[str]]:
        """The columns of `table` in the server's order, and their server types; the file must have the same."""
        on_server = self.target.get_columns(table)
        if {column.name for column in self.source.get_columns(table)} != {column.name for column in on_server}:
            raise MoveRefusedError(
                _(
                    "The table {table} of {path} does not have the columns LeerWerk gives it; 'leerwerk check' lists "
                    "what differs. Nothing was written to the server."
                ).format(table=table, path=self.source.file_path)
            )
        return [column.name for column in on_server], [column.data_type for column in on_server]

    def copy_table(self, table: str, names: list[str], types: list[str]) -> TableDigest:
        import psycopg2

        digest = TableDigest(types, ordered="id" in names)
        quoted = ", ".join(f'"{name}"' for name in names)
        statement = f'COPY "{table}" ({quoted}) FROM STDIN'
        rows = self.source.execute_sql(_select(table, names))
        cursor = self.target.cursor()
        try:
            with _one_at_a_time(self.worker) as send:
                while batch := rows.fetchmany(BATCH_ROWS):
                    digest.add(batch)
                    send(cursor.copy_expert, statement, io.StringIO(_copy_text(batch, types)), 1 << 16)
        except psycopg2.Error as error:
            raise MoveRefusedError(
                _(
                    "The server refused the rows of the table {table}: {reason}. Nothing was written to the server."
                ).format(table=table, reason=_server_reason(error))
            ) from error
        return digest

    def read_back(self, table: str, names: list[str], types: list[str]) -> TableDigest:
        digest = TableDigest(types, ordered="id" in names)
        # A cursor on the server (peewee's connection runs outside psycopg's own transactions, which its named
        # cursors need): the rows come in batches instead of all at once into memory.
        cursor = self.target.cursor()
        cursor.execute(f"DECLARE leerwerk_read_back NO SCROLL CURSOR FOR {_select(table, names)}")

        def fetch() -> list[tuple]:
            cursor.execute(f"FETCH {READ_BACK_ROWS} FROM leerwerk_read_back")
            return cursor.fetchall()

        with _one_at_a_time(self.worker) as send:
            batch = send(fetch).result()
            while batch:
                following = send(fetch)
                digest.add(batch)
                batch = following.result()
        cursor.execute("CLOSE leerwerk_read_back")
        return digest

    def run(self) -> list[CopiedTable]:
        target = self.target
        engine = engine_of(target)
        migrations.migrate(target, None)  # the schema, as every new server database gets it
        in_file = engine_of(self.source).tables(self.source)
        tables = reference_order(self.source, in_file & LEERWERK_TABLES - {"schema_version"})
        # The rows come as they are in the file, with what triggers derived from them (the Learners tab's lines):
        # triggers firing on the copy would change those (and the digests then differ), so they wait until it is
        # done. Only this transaction, which made the tables and so owns them, sees them off.
        for table in tables:
            target.execute_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
        for table in reversed(tables):  # the reference data the migrations seeded: the file's own replaces it
            target.execute_sql(f'DELETE FROM "{table}"')
        copied: list[tuple[str, list[str], list[str], TableDigest]] = []
        with engine.references_checked_after(target):
            for table in tables:
                names, types = self.columns(table)
                digest = self.copy_table(table, names, types)
                if "id" in names:
                    engine.continue_ids(target, table)
                copied.append((table, names, types, digest))
                log.info("Moved table %s to the server: %d rows", table, digest.count)
                self.progress(table, digest.count)
        for table in tables:
            target.execute_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
            # The server plans its queries from statistics of each table, which a new one has not yet: without them
            # the first readings after a move (until autovacuum comes by) guessed, and the Learners tab's first
            # screen hashed every period and every staff member. Gathered in the move's transaction, they come with
            # its commit (PostgreSQL's advice after a bulk load: "Run ANALYZE Afterwards").
            target.execute_sql(f'ANALYZE "{table}"')
        differing = []
        for table, names, types, digest in copied:
            on_server = self.read_back(table, names, types)
            if (on_server.count, on_server.hexdigest()) != (digest.count, digest.hexdigest()):
                log.warning(
                    "Table %s differs on the server: %d rows, %d in the file", table, on_server.count, digest.count
                )
                differing.append(table)
        if differing:
            raise MoveRefusedError(
                _(
                    "The copy on the server differs from {path} in the tables {tables}; nothing was written to the "
                    "server."
                ).format(path=self.source.file_path, tables=", ".join(differing))
            )
        return [CopiedTable(table, digest.count, digest.hexdigest()) for table, _names, _types, digest in copied]


@contextlib.contextmanager
def _one_at_a_time(worker: ThreadPoolExecutor):
    """`send(function, *args)` runs `function` on `worker` once the previous one sent is done, and returns its
    future; when the block ends, however it ends, nothing sent is still running (the connection is free again)."""
    pending: list[Future] = []

    def send(function, *args) -> Future:
        if pending:
            pending.pop().result()
        pending.append(worker.submit(function, *args))
        return pending[-1]

    try:
        yield send
        if pending:
            pending.pop().result()
    finally:
        if pending:
            futures.wait(pending)


def _server_reason(error: Exception) -> str:
    """The server's own first sentence, without its CONTEXT lines (which quote the row, and so personal data)."""
    original = getattr(error, "orig", None) or error
    diagnostics = getattr(original, "diag", None)
    primary = getattr(diagnostics, "message_primary", None)
    return primary or str(original).strip().splitlines()[0]


def move_to_server(path: Path, target, progress: Callable[[str, int], None]) -> list[CopiedTable]:
    """Copy the database file at `path` into the empty server database `target` (connected, a `ServerDatabase`) and
    commit only when every table's count and digest agree; returns what was copied. Refused or failed, with
    `MoveRefusedError` or `UnusableDatabaseError`, or stopped (KeyboardInterrupt), the server's database is left
    as it was."""
    refuse_unless_empty(target)
    source = open_source(path)
    try:
        with source.atomic():  # one snapshot of the file, however long the copy takes
            try:
                with target.atomic(), ThreadPoolExecutor(1, thread_name_prefix="leerwerk-copy") as worker:
                    copied = _Copy(source, target, progress, worker).run()
            except peewee.IntegrityError as error:  # at the commit: a deferred reference to a row the file lacks
                raise MoveRefusedError(
                    _(
                        "A row of {path} refers to a row that is not in it ({reason}); nothing was written to the "
                        "server. 'leerwerk check' names the broken references."
                    ).format(path=path, reason=_server_reason(error))
                ) from error
    finally:
        source.close()
    _mark_visible(target, [table.name for table in copied])
    return copied


def _mark_visible(target, tables: list[str]) -> None:
    """After the commit: VACUUM each moved table, which marks its pages as seen by every transaction. Until then (for
    new rows, until autovacuum comes by) a reading that could answer from an index alone, such as the Learners tab's
    ids in name order, reads every row's page too, and the server's planner sorts the table instead. The move is
    done and committed: a VACUUM that fails leaves it to autovacuum, and says so in the log."""
    for table in tables:
        try:
            target.execute_sql(f'VACUUM "{table}"')
        except peewee.DatabaseError as error:
            log.warning("VACUUM of the moved table %s failed (%s); autovacuum will do it", table, type(error).__name__)
            return
