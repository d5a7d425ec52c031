"""Python's cyclic garbage collector around the start of the window.

A start makes some 100,000 objects that live as long as the program: modules, classes, Qt's wrappers, the
window. The collector would go over them again and again while they are made (each full pass takes longer as
there are more), again at every full pass while the coordinator works, and once more as the program ends; with
10,000 learners that was about a third of the time to the first rows painted. So a start pauses the
collector (`pause_for_start`) until the first tab starts reading its rows (`start_done`), then moves what the
start made out of its sight (`gc.freeze`) and lets it run again. Freed by their reference counts they still are;
only a reference cycle among them would stay, as for a module's own objects: so the rows, which every reading
replaces, are read after the freeze, not before it.
"""

from __future__ import annotations

import gc

_paused = False
_frozen = False


def pause_for_start() -> None:
    """No cyclic collection until `start_done`; nothing when the collector is off already (a caller's choice)."""
    global _paused
    if not _paused and gc.isenabled():
        gc.disable()
        _paused = True


def start_done() -> None:
    """The start is over (the first tab is about to read its rows): what it made is kept out of the collector's
    sight (once in a process: a window opened again later makes few lasting objects), and the collector runs
    again. Nothing when no start paused it."""
    global _paused, _frozen
    if not _paused:
        return
    if not _frozen:
        gc.freeze()
        _frozen = True
    gc.enable()
    _paused = False
