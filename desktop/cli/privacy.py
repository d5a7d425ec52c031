"""``leerwerk privacy export|erase|review|wipe``: the AVG commands, on one person or on what is past its retention
period, and finishing the rewrite of the file that an erase still owes."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from desktop import clock, files
from desktop.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    add_database_option,
    database_path,
    fail,
    file_database_path,
    path_argument,
)
from desktop.i18n import _, format_date, ngettext

PERSON_HELP = "learner:ID | staff:ID"


def _add_person(parser: argparse.ArgumentParser) -> None:
    person_help = _(
        "the person: learner:NUMBER or staff:NUMBER (the record number shown in the change history), e.g. learner:42"
    )
    parser.add_argument("person", metavar=PERSON_HELP, help=person_help)


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    _add_person(parser)
    parser.add_argument(
        "--out",
        type=path_argument,
        required=True,
        metavar=_("FILE"),
        help=_("the .zip file to write (never overwritten)"),
    )
    add_database_option(parser, _("the database"))


def add_erase_arguments(parser: argparse.ArgumentParser) -> None:
    _add_person(parser)
    parser.add_argument("--yes", action="store_true", help=_("really erase (required: it cannot be undone)"))
    add_database_option(parser, _("the database"))


def add_review_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--anonymise", action="store_true", help=_("anonymise or delete everything listed, and prune old backups")
    )
    parser.add_argument("--yes", action="store_true", help=_("confirm --anonymise (it cannot be undone)"))
    add_database_option(parser, _("the database"))


def add_wipe_arguments(parser: argparse.ArgumentParser) -> None:
    add_database_option(parser, _("the database"))


@contextmanager
def _database_open(args: argparse.Namespace) -> Iterator[None]:
    from desktop.cli.common import open_server_for_command
    from desktop.storage.database import close_database, open_database
    from desktop.storage.server import is_server_address

    path = database_path(args)
    if is_server_address(path):
        open_server_for_command(path)
    else:
        open_database(path, create=False)
    try:
        yield
    finally:
        close_database()


def export(args: argparse.Namespace) -> int:
    from desktop.services.privacy import parse_person

    ref = parse_person(args.person)
    if args.out.suffix.lower() != ".zip":
        return fail(_("Export to a file ending in .zip; {name} does not.").format(name=args.out.name), EXIT_USAGE)
    if args.out.exists():
        return fail(
            _("The file {path} already exists; LeerWerk never overwrites it. Choose a new name.").format(path=args.out),
            EXIT_USAGE,
        )
    if not args.out.parent.is_dir():
        return fail(_("The folder {folder} does not exist.").format(folder=args.out.parent), EXIT_USAGE)
    with _database_open(args):
        return _export(ref, args.out)


def erase(args: argparse.Namespace) -> int:
    from desktop.services.privacy import parse_person

    ref = parse_person(args.person)
    if not args.yes:
        return fail(
            _("Erasing cannot be undone: add --yes to erase {person}.").format(person=args.person.strip()), EXIT_USAGE
        )
    with _database_open(args):
        return _erase(ref, database_path(args))


def review(args: argparse.Namespace) -> int:
    if args.anonymise and not args.yes:
        return fail(_("Anonymising cannot be undone: add --yes to anonymise what is listed."), EXIT_USAGE)
    with _database_open(args):
        return _review(args.anonymise, database_path(args))


def wipe(args: argparse.Namespace) -> int:
    from desktop.services.wipe import finish_wipe, not_wiped_message

    path = file_database_path(
        args,
        "privacy wipe",
        _("an erasure there rewrites and deletes the rows themselves, and what the server keeps of them is its own"),
    )
    with _database_open(args):
        reason = finish_wipe()
    if reason is not None:
        return fail(not_wiped_message(reason, path), EXIT_INVALID)
    print(_("{path} is rewritten: nothing that was erased is left in the database file.").format(path=path))
    return EXIT_OK


def _export(ref, out) -> int:
    from desktop.services.privacy_export import export_person

    try:
        counts = export_person(ref, out)
    except OSError as error:
        return fail(_("{path} cannot be written: {reason}").format(path=out, reason=files.os_reason(error)), EXIT_USAGE)
    print(
        _("{person}: {rows} rows, {files} signature files and {forms} form PDFs exported to {path}.").format(
            person=ref, rows=counts["rows"], files=counts["files"], forms=counts["forms"], path=out
        )
    )
    return EXIT_OK


def describe_drafts(removed: int) -> list[str]:
    if not removed:
        return []
    text = ngettext(
        "{count} e-mail draft to the school that carried these forms was removed.",
        "{count} e-mail drafts to the school that carried these forms were removed.",
        removed,
    )
    return [text.format(count=removed)]


def describe_kept(kept) -> list[str]:
    lines = []
    for item in kept:
        if item.until is None:  # the placement still runs, or the record is needed as long as it exists
            lines.append(_("Kept: {record} ({reason}).").format(record=item.label, reason=item.reason))
            continue
        line = _("Kept: {record} ({reason}), until {until}.")
        lines.append(line.format(record=item.label, reason=item.reason, until=format_date(item.until)))
    return lines


def _erase(ref, path) -> int:
    from desktop.services.erasure import erase_person
    from desktop.services.wipe import not_wiped_message

    report = erase_person(ref)
    deleted, anonymised = sum(report.deleted.values()), sum(report.anonymised.values())
    for line in describe_kept(report.kept) + describe_drafts(report.drafts_removed):
        print(line)
    if report.person_deleted:
        message = _("{person} erased: {deleted} rows deleted, {anonymised} anonymised.")
    else:
        message = _("{person} erased as far as allowed: {deleted} rows deleted, {anonymised} emptied or anonymised.")
    print(message.format(person=ref, deleted=deleted, anonymised=anonymised))
    if report.not_wiped is not None:
        return fail(not_wiped_message(report.not_wiped, path), EXIT_INVALID)
    return EXIT_OK


def _review(apply: bool, path) -> int:
    from desktop.services import retention
    from desktop.services.wipe import not_wiped_message

    today = clock.today()
    items = retention.review(today)
    for item in items:
        print(
            _("{kind}\t{record}\tended {ended}\tpast by {days} days").format(
                kind=item.kind_label,
                record=f"{item.table}:{item.record_id}" if item.record_id else item.table,
                ended=item.ended_on.isoformat(),
                days=item.past_by(today),
            )
        )
    if not apply:
        print(
            ngettext(
                "{count} record is past its retention period.",
                "{count} records are past their retention period.",
                len(items),
            ).format(count=len(items))
        )
        return EXIT_OK
    result = retention.anonymise(items, today)
    print(
        ngettext(
            "{count} record anonymised; {backups} old backups removed.",
            "{count} records anonymised; {backups} old backups removed.",
            result.items,
        ).format(count=result.items, backups=result.backups_removed)
    )
    if result.not_wiped is not None:
        return fail(not_wiped_message(result.not_wiped, path), EXIT_INVALID)
    return EXIT_OK
