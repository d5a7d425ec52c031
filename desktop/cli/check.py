"""``leerwerk check``: a database's integrity and schema version, and for a damaged one the backup to put back.

Like every opening, it first finishes or undoes what an interrupted restore or encryption change left, when
it may write there (`_finish_interrupted`); what it may not, and what only a person can finish (backups whose
encryption differs from the database's), it names with the command. Otherwise it only reads.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, add_database_option, database_path, fail
from desktop.errors import UnusableDatabaseError
from desktop.i18n import _, format_datetime, ngettext
from desktop.storage.server import is_server_address


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_database_option(parser, _("the database file to check"))


def _finish_interrupted(path) -> list[str]:
    """As an opening does, finish or undo what an interrupted restore or encryption change left (and remove
    the temporary lock files of a killed LeerWerk, which taking the lock does), but only with the database's
    writer lock in hand: never while another LeerWerk has the database (whose own opening did that), and
    never where the lock cannot be written (a read-only folder or disk). There check only reads, and names
    what is left with the command to run where it can be written."""
    from desktop.storage import leftovers
    from desktop.storage import lock as writer_lock

    if not leftovers.pending(path) and not writer_lock.abandoned_temporaries(path):
        return []  # nothing to finish: check only reads
    try:
        held = writer_lock.acquire(path, heartbeat=False)
    except UnusableDatabaseError as error:  # another LeerWerk has it, or the lock's name is taken by a folder
        print(error.message, file=sys.stderr)
        return []
    except OSError:
        print(_("The database {path} cannot be written here; it is only read.").format(path=path), file=sys.stderr)
        return []
    try:
        return leftovers.finish_interrupted(path)
    finally:
        held.release()


def check(args: argparse.Namespace) -> int:
    from desktop.cli.backup import restore_advice
    from desktop.storage import unfinished
    from desktop.storage.backup import leaving_no_trace
    from desktop.storage.cipher import PassphraseError
    from desktop.storage.database import ForeignWalError, check_database
    from desktop.storage.migrations import LATEST_VERSION

    path = database_path(args)
    if is_server_address(path):
        return _check_server(path)
    for note in _finish_interrupted(path):
        print(note)
    try:
        with leaving_no_trace(path):
            report = check_database(path)
    except UnusableDatabaseError as error:
        if not path.is_file() or isinstance(error, ForeignWalError | PassphraseError):  # no backup would help
            raise
        print(error.message, file=sys.stderr)
        print("\n".join(restore_advice(path)))
        return EXIT_USAGE
    undone = [line for sentence, files in unfinished.describe(path) for line in (sentence, *(f"  {f}" for f in files))]
    if report.healthy and undone:
        print(
            _("{path}: healthy, schema version {version}; unfinished work:").format(
                path=path, version=report.schema_version
            )
        )
        print("\n".join(undone))
        return _wipe_owed(path) if report.wipe_owed else EXIT_INVALID
    if report.healthy:
        note = (
            ""
            if report.schema_version == LATEST_VERSION
            else " " + _("(will be upgraded to {latest} when opened)").format(latest=LATEST_VERSION)
        )
        print(_("{path}: healthy, schema version {version}.").format(path=path, version=report.schema_version) + note)
        return _wipe_owed(path) if report.wipe_owed else EXIT_OK
    for problem in [*report.problems, *undone]:
        print(problem)
    if report.wipe_owed:
        _wipe_owed(path)
    print("\n".join(restore_advice(path)))
    summary = ngettext(
        "{path}: {count} problem found, schema version {version}.",
        "{path}: {count} problems found, schema version {version}.",
        len(report.problems),
    )
    return fail(summary.format(path=path, count=len(report.problems), version=report.schema_version), EXIT_INVALID)


def _wipe_owed(path) -> int:
    from desktop.services.wipe import wipe_owed_message

    return fail(wipe_owed_message(path), EXIT_INVALID)


def _check_server(address: str) -> int:
    """A server database: the connection (and the server's version), the schema, and who is connected. Nothing
    to finish there: a server has no lock file, no backups of LeerWerk's and no interrupted file work."""
    from desktop.cli.common import ask_server_password
    from desktop.storage.migrations import LATEST_VERSION
    from desktop.storage.server_check import check_server

    report = ask_server_password(address, check_server)
    print(
        _("Connected to {address}: PostgreSQL {version}.").format(address=report.address, version=report.server_version)
    )
    print(_("Connected now ({count}):").format(count=len(report.sessions)))
    for session in report.sessions:
        line = _("  {login} from {client}, {application}, since {since}").format(
            login=session.login,
            client=session.client,
            application=session.application or _("(no application name)"),
            since=format_datetime(session.since) if session.since else "-",
        )
        print(line + (" " + _("(this check)") if session.this_one else ""))
    if report.schema_version == 0:
        return fail(
            _("{path}: holds no LeerWerk schema yet (an opening creates it).").format(path=report.address), EXIT_INVALID
        )
    if report.schema_version < LATEST_VERSION:
        print(
            _("{path}: schema version {version} (will be upgraded to {latest} when opened).").format(
                path=report.address, version=report.schema_version, latest=LATEST_VERSION
            )
        )
        return EXIT_OK
    if report.healthy:
        print(
            _("{path}: healthy, schema version {version}.").format(path=report.address, version=report.schema_version)
        )
        return EXIT_OK
    for problem in report.problems:
        print(problem)
    summary = ngettext(
        "{path}: {count} problem found, schema version {version}.",
        "{path}: {count} problems found, schema version {version}.",
        len(report.problems),
    )
    return fail(
        summary.format(path=report.address, count=len(report.problems), version=report.schema_version), EXIT_INVALID
    )
