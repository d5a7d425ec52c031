"""``leerwerk check``: a database's integrity and schema version, and for a damaged one the backup to put back.

Like every opening, it first finishes or undoes what an interrupted restore or encryption change left; what
only a person can finish (backups whose encryption differs from the database's) it names with the command.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, add_database_option, database_path, fail
from desktop.errors import UnusableDatabaseError
from desktop.i18n import _, ngettext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_database_option(parser, _("the database file to check"))


def _finish_interrupted(path) -> list[str]:
    """As every opening does: finish or undo what an interrupted restore or encryption change left, unless
    another LeerWerk has the database (whose own opening did that)."""
    from desktop.storage import leftovers
    from desktop.storage import lock as writer_lock

    if writer_lock.live_owner(path) is not None:
        return []
    return leftovers.finish_interrupted(path)


def check(args: argparse.Namespace) -> int:
    from desktop.cli.backup import restore_advice
    from desktop.storage import unfinished
    from desktop.storage.backup import leaving_no_trace
    from desktop.storage.database import ForeignWalError, check_database
    from desktop.storage.migrations import LATEST_VERSION

    path = database_path(args)
    for note in _finish_interrupted(path):
        print(note)
    try:
        with leaving_no_trace(path):
            report = check_database(path)
    except UnusableDatabaseError as error:
        if not path.is_file() or isinstance(error, ForeignWalError):  # the file itself is sound: no backup
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
