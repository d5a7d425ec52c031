"""``leerwerk demo PATH``: a realistic demo database in a new file, to try LeerWerk on and to measure it with."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, database_argument
from desktop.i18n import _

MAX_DEMO_LEARNERS = 100_000


def _learner_count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{value} is not a whole number").format(value=value)) from None
    if not 0 <= number <= MAX_DEMO_LEARNERS:
        raise argparse.ArgumentTypeError(
            _("{value} is outside 0 to {maximum}").format(value=value, maximum=MAX_DEMO_LEARNERS)
        )
    return number


def _seed(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{value} is not a whole number").format(value=value)) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        type=database_argument,
        metavar=_("PATH"),
        help=_("the new database file (never overwritten), or an empty server database's address"),
    )
    parser.add_argument(
        "--learners", type=_learner_count, default=60, metavar="N", help=_("number of learners (default 60)")
    )
    parser.add_argument("--seed", type=_seed, default=1, metavar="S", help=_("random seed (default 1)"))


def usage_problem(args: argparse.Namespace) -> str | None:
    # A --db before the command names the database to open; demo opens none, it writes a new one at PATH.
    return _("demo writes a new file at PATH; it takes no --db.") if args.db else None


def make_demo(args: argparse.Namespace) -> int:
    from desktop.demo import generate_demo

    counts = generate_demo(args.path, learners=args.learners, seed=args.seed)
    print(
        _("Demo database written to {path}: {learners} learners, {rows} rows in all.").format(
            path=args.path, learners=counts.get("learner", 0), rows=sum(counts.values())
        )
    )
    return EXIT_OK
