"""Commands LeerWerk prints for a person to paste, quoted so that the shell runs exactly that command
whatever the folders in it are called.

POSIX shells (bash, zsh, sh): every argument that needs it goes in single quotes (`shlex.quote`),
inside which nothing is special; a ' itself is written '"'"'.

Windows, where one line must work in cmd and in PowerShell alike:

- every argument that needs it goes in double quotes, which no Windows file name can contain.
  Inside them cmd leaves spaces and & | < > ^ ; ' ( ) alone, and so does PowerShell, except $ and `.
  A backslash before the closing quote is doubled, or the C runtime would read it as a quote.
- when an argument holds a $ or a `, ``--%`` follows the program name. PowerShell then passes the
  rest of the line on unchanged; cmd passes ``--%`` on as an argument, and leerwerk skips it
  (`without_stop_parsing`).
- what neither shell leaves alone is %NAME% where NAME is a set environment variable (cmd always,
  PowerShell after ``--%``). No quoting prevents that in cmd; a folder would have to be called
  after a variable, between percent signs, for it to matter.
"""

from __future__ import annotations

import os
import re
import shlex

STOP_PARSING = "--%"
_PLAIN_WINDOWS = re.compile(r"[A-Za-z0-9_\-.:\\/]+")  # nothing either shell reads otherwise
_POWERSHELL_SPECIAL = ("$", "`")


def command_line(*arguments: str, windows: bool | None = None) -> str:
    """`arguments` (the program first) as one line to paste into this system's shells."""
    if windows is None:
        windows = os.name == "nt"
    if not windows:
        return " ".join(shlex.quote(argument) for argument in arguments)
    program, *rest = arguments
    words = [_windows_quote(argument) for argument in rest]
    if any(character in argument for argument in rest for character in _POWERSHELL_SPECIAL):
        words.insert(0, STOP_PARSING)
    return " ".join([_windows_quote(program), *words])


def _windows_quote(argument: str) -> str:
    if argument and _PLAIN_WINDOWS.fullmatch(argument):
        return argument
    trailing = len(argument) - len(argument.rstrip("\\"))
    return '"' + argument + "\\" * trailing + '"'


def without_stop_parsing(arguments: list[str]) -> list[str]:
    """The command line's arguments without the ``--%`` a pasted command brings along in cmd."""
    return arguments[1:] if arguments[:1] == [STOP_PARSING] else arguments
