"""``leerwerk privacy export|erase|review``: the AVG commands (kept apart from cli.py, which only wires them)."""

from __future__ import annotations

import argparse

from desktop import clock
from desktop.cli.common import EXIT_OK, EXIT_USAGE, Parser, add_database_option, database_path, fail, path_argument
from desktop.i18n import _, format_date, ngettext

PERSON_HELP = "learner:ID | staff:ID"


def add_parser(commands) -> None:
    privacy = commands.add_parser(
        "privacy", help=_("AVG: export or erase one person's data, review records past their retention period")
    )
    what = privacy.add_subparsers(dest="privacy_command", metavar=_("WHAT"), parser_class=Parser, required=True)
    person_help = _(
        "the person: learner:NUMBER or staff:NUMBER (the record number shown in the change history), e.g. learner:42"
    )

    export = what.add_parser("export", help=_("everything about one person as a ZIP file (JSON, signatures, PDFs)"))
    export.add_argument("person", metavar=PERSON_HELP, help=person_help)
    export.add_argument(
        "--out",
        type=path_argument,
        required=True,
        metavar=_("FILE"),
        help=_("the .zip file to write (never overwritten)"),
    )
    add_database_option(export, _("the database"))

    erase = what.add_parser(
        "erase", help=_("erase one person; signed forms within their retention period are kept and reported")
    )
    erase.add_argument("person", metavar=PERSON_HELP, help=person_help)
    erase.add_argument("--yes", action="store_true", help=_("really erase (required: it cannot be undone)"))
    add_database_option(erase, _("the database"))

    review = what.add_parser("review", help=_("list the records kept longer than their retention period"))
    review.add_argument(
        "--anonymise", action="store_true", help=_("anonymise or delete everything listed, and prune old backups")
    )
    review.add_argument("--yes", action="store_true", help=_("confirm --anonymise (it cannot be undone)"))
    add_database_option(review, _("the database"))


def run(args: argparse.Namespace) -> int:
    from desktop.services.privacy import parse_person
    from desktop.storage.database import close_database, open_database

    command = args.privacy_command
    ref = parse_person(args.person) if command in ("export", "erase") else None
    if command == "erase" and not args.yes:
        return fail(
            _("Erasing cannot be undone: add --yes to erase {person}.").format(person=args.person.strip()), EXIT_USAGE
        )
    if command == "review" and args.anonymise and not args.yes:
        return fail(_("Anonymising cannot be undone: add --yes to anonymise what is listed."), EXIT_USAGE)
    if command == "export":
        if args.out.suffix.lower() != ".zip":
            return fail(_("Export to a file ending in .zip; {name} does not.").format(name=args.out.name), EXIT_USAGE)
        if args.out.exists():
            return fail(
                _("The file {path} already exists; LeerWerk never overwrites it. Choose a new name.").format(
                    path=args.out
                ),
                EXIT_USAGE,
            )
        if not args.out.parent.is_dir():
            return fail(_("The folder {folder} does not exist.").format(folder=args.out.parent), EXIT_USAGE)
    open_database(database_path(args), create=False)
    try:
        if command == "export":
            return _export(ref, args.out)
        if command == "erase":
            return _erase(ref)
        return _review(args.anonymise)
    finally:
        close_database()


def _export(ref, out) -> int:
    from desktop.services.privacy_export import export_person

    try:
        counts = export_person(ref, out)
    except OSError as error:
        return fail(
            _("{path} cannot be written: {reason}").format(path=out, reason=error.strerror or error), EXIT_USAGE
        )
    print(
        _("{person}: {rows} rows, {files} signature files and {forms} form PDFs exported to {path}.").format(
            person=ref, rows=counts["rows"], files=counts["files"], forms=counts["forms"], path=out
        )
    )
    return EXIT_OK


def describe_kept(kept) -> list[str]:
    lines = []
    for item in kept:
        if item.until is None:  # the placement still runs, or the record is needed as long as it exists
            lines.append(_("Kept: {record} ({reason}).").format(record=item.label, reason=item.reason))
            continue
        line = _("Kept: {record} ({reason}), until {until}.")
        lines.append(line.format(record=item.label, reason=item.reason, until=format_date(item.until)))
    return lines


def _erase(ref) -> int:
    from desktop.services.erasure import erase_person

    report = erase_person(ref)
    deleted, anonymised = sum(report.deleted.values()), sum(report.anonymised.values())
    for line in describe_kept(report.kept):
        print(line)
    if report.person_deleted:
        message = _("{person} erased: {deleted} rows deleted, {anonymised} anonymised.")
    else:
        message = _("{person} erased as far as allowed: {deleted} rows deleted, {anonymised} emptied or anonymised.")
    print(message.format(person=ref, deleted=deleted, anonymised=anonymised))
    return EXIT_OK


def _review(apply: bool) -> int:
    from desktop.services import retention

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
    return EXIT_OK
