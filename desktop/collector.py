"""Python's cyclic garbage collector: paused around the start of the window, and run on the GUI thread only.

A start makes some 100,000 objects that live as long as the program: modules, classes, Qt's wrappers, the
window. The collector would go over them again and again while they are made (each full pass takes longer as
there are more), again at every full pass while the coordinator works, and once more as the program ends; with
10,000 learners that was about a third of the time to the first rows painted. So a start pauses the
collector (`pause_for_start`) until the first tab starts reading its rows (`start_done`), then moves what the
start made out of its sight (`gc.freeze`) and lets it run again. Freed by their reference counts they still are;
only a reference cycle among them would stay, as for a module's own objects: so the rows, which every reading
replaces, are read after the freeze, not before it.

And the collector runs on the GUI thread only (`collect_on_gui_thread`, as Anki's `GC` does). Left to itself it
runs on whichever thread happens to make the object that crosses its threshold: often a worker reading or writing.
A cycle it then frees may hold a Qt object of the GUI thread (a closed dialog, a job's signals), and Qt deletes it
there, on the wrong thread, while the GUI thread uses it: the program crashes. So once the application exists,
Python's own collector is off, and a timer on the GUI thread looks at its counts and collects as it would have.

A bulk import without a window (the command line) holds tens of thousands of new rows while it checks and writes
them: Python's own collector would go over all of them again every time they grew by a quarter, a fifth of the
import's time for 10,000 learners. `quiet` keeps it from collecting during such work, as the GUI thread's timer,
which looks only twice a second, in effect does for a job.
"""

from __future__ import annotations

import contextlib
import gc

_paused = False
_frozen = False
_timer = None  # the GUI thread's collection, once `collect_on_gui_thread` started it
CHECK_MS = 500  # how often the GUI thread looks: the garbage of half a second is little


def pause_for_start() -> None:
    """No cyclic collection until `start_done`; nothing when the collector is off already (a caller's choice)."""
    global _paused
    if not _paused and (gc.isenabled() or _timer is not None):
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
    if _timer is None:
        gc.enable()
    _paused = False


def running() -> bool:
    """Whether cyclic garbage is collected now: by Python's own collector or by the GUI thread's timer."""
    return not _paused and (gc.isenabled() or _timer is not None)


def collect_on_gui_thread() -> None:
    """From now on collect on the GUI thread only (the module's docstring): called on it, once the application
    exists. Nothing when the collector is off by a caller's choice, or this was done already."""
    global _timer
    from PySide6.QtCore import QCoreApplication, QTimer

    if _timer is not None or not (gc.isenabled() or _paused):
        return
    gc.disable()
    _timer = QTimer(QCoreApplication.instance())
    _timer.setInterval(CHECK_MS)
    _timer.timeout.connect(collect_due)
    _timer.start()


def collect_due() -> int:
    """Collect the oldest generation whose count passed its threshold, as Python's collector would on its own;
    nothing while a start pauses it. Returns the number of objects found unreachable."""
    if _paused:
        return 0
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


@contextlib.contextmanager
def quiet():
    """No automatic collection by Python's own collector during the block (nothing changes when the GUI thread
    collects, or the collector is off): its first threshold at 0, which Python reads as "do not collect", and as it
    was afterwards. The collector stays enabled as far as `gc.isenabled` and this module are concerned."""
    thresholds = gc.get_threshold()
    if not gc.isenabled() or thresholds[0] == 0:  # the GUI thread's timer, a caller's choice, or an outer block
        yield
        return
    gc.set_threshold(0, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
