"""The table of commands: an entry is all a command needs to be parsed, helped, guarded by the passphrase of its
database and run, with its handler's exit code. And the command line starts the window, never the other way round."""

from __future__ import annotations

import argparse

from desktop.cli import commands
from desktop.cli.commands import COMMANDS, Command
from desktop.cli.common import add_database_option, database_path
from desktop.devtools import imports
from desktop.storage import cipher
from tests.factories import PASSPHRASE, make_db
from tests.helpers import ROOT, run


def _leaves(entries):
    for entry in entries:
        yield from _leaves(entry.subcommands) if entry.subcommands else (entry,)


def test_every_command_in_the_table_can_run():
    assert all(entry.handler is not None for entry in _leaves(COMMANDS))
    assert all(entry.handler is None for entry in COMMANDS if entry.subcommands)
    names = [entry.name for entry in COMMANDS]
    assert len(names) == len(set(names))


def _add_count(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--count", type=int, default=1)
    add_database_option(parser, "the database")


def _counted(args: argparse.Namespace) -> int:
    print(f"{args.count} x {database_path(args).name}")
    return 1 if args.count > 2 else 0


def test_a_new_command_is_one_entry_in_the_table(monkeypatch, capsys, db_path):
    encrypted = make_db(db_path)
    monkeypatch.setenv("LEERWERK_NEW_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "encrypt", "--db", str(encrypted))[0] == 0
    cipher.forget_all()
    group = Command("count", "count", subcommands=(Command("learners", "count learners", _add_count, _counted),))
    monkeypatch.setattr(commands, "COMMANDS", (*COMMANDS, group))

    code, out, _err = run(capsys, "--help")
    assert code == 0 and ["count", "count"] in [line.split() for line in out.splitlines()]
    code, _out, err = run(capsys, "count")
    assert code == 2 and "verplicht: WAT" in err  # a group needs one of its subcommands, as "import" does
    code, _out, err = run(capsys, "count", "learners", "--db", str(encrypted))
    assert code == 2 and "LEERWERK_PASSPHRASE" in err  # its database is unlocked first, as for every command

    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    code, out, _err = run(capsys, "count", "learners", "--count", "2", "--db", str(encrypted))
    assert code == 0 and out.strip() == f"2 x {encrypted.name}"
    code, _out, _err = run(capsys, "count", "learners", "--count", "3", "--db", str(encrypted))
    assert code == 1  # the handler's exit code is the program's


def test_the_command_line_and_the_window_do_not_import_each_other():
    everything = imports.picture(ROOT / "desktop").graph
    names = {"desktop.app", *(name for name in everything if name.startswith("desktop.cli"))}
    graph = {name: everything[name] & names for name in names}  # the imports among these modules only
    assert "desktop.app" in graph["desktop.cli"]  # it did read the lazy imports
    assert graph["desktop.app"] == set()
    assert imports.cycles(graph) == []
