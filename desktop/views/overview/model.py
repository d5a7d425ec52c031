"""The overview's table: one row per thing due (an `AgendaItem`), what is late first and in red.

Red alone says nothing to a colour-blind coordinator or on a printout of the screen, so the due date of
a late item also says how many days late it is. The red follows the palette: a dark theme gets a light red.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.i18n import N_, _, format_date, ngettext
from desktop.views.kit.table_model import Column, RowTableModel

if TYPE_CHECKING:  # the agenda service loads with the first reading, after the window is painted
    from desktop.services.agenda import Agenda, AgendaItem, LaterItems

LATE_ON_LIGHT = QColor("#b00020")
LATE_ON_DARK = QColor("#ff8a80")
NAME_COLUMNS = ("who", "responsible")
PREPARE_STEP = 4000  # search texts per turn of the event loop: some tens of milliseconds


def late_colour(palette: QPalette | None = None) -> QColor:
    """A red that reads on the palette's background."""
    base = (palette or QApplication.palette()).color(QPalette.ColorRole.Base)
    return LATE_ON_DARK if base.lightness() < 128 else LATE_ON_LIGHT


def due_text(item: AgendaItem, today: dt.date) -> str:
    """ "12-11-2026 · 6 dagen te laat" for a late item, the date alone otherwise."""
    day = format_date(item.due, "short")
    if not item.overdue:
        return day
    late = (today - item.due).days
    return _("{date} · {days}").format(
        date=day, days=ngettext("{count} day late", "{count} days late", late).format(count=late)
    )


def what_text(item: AgendaItem) -> str:
    return f"{item.what} ({item.detail})" if item.detail else item.what


class AgendaModel(RowTableModel):
    """Rows arrive sorted by due date and kind (`load_agenda`), so the first sort costs nothing; names are
    read when a row is painted, or all at once before a sort or a search that needs them."""

    columns = (
        Column("due", N_("Due"), lambda item: item.due.isoformat(), sort=lambda item: item.due, searchable=False),
        Column("kind", N_("Kind"), lambda item: item.kind_label),
        Column("who", N_("Who"), lambda item: item.who, sort=lambda item: item.subject.who_sort),
        Column("what", N_("What"), what_text),
        Column("responsible", N_("Responsible"), lambda item: item.responsible),
        Column("location", N_("Location"), lambda item: item.location),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.agenda: Agenda | None = None
        self.late = late_colour()
        self._in_agenda_order = False
        self._prepared = 0  # items whose search parts are folded, from the first
        self._search_ready = False  # every item's search parts folded: a search needs no names
        # Per row, in the order of `_all` (the list they were made for): the parts a search looks through, each a
        # text rows share (but the details), so four pointers a row; made again once the rows changed.
        self._parts: tuple[list[str], ...] = ([], [], [], [])
        self._parts_of: list | None = None
        due = self.columns[0]
        self.columns = (
            Column(
                due.key,
                due.header,
                self._due_text,
                sort=due.sort,
                searchable=False,
                foreground=self._foreground,
                tooltip=self._due_tooltip,
            ),  # fmt: skip
            *self.columns[1:],
        )

    def set_agenda(self, agenda: Agenda) -> None:
        self.agenda = agenda
        self.late = late_colour()
        self._in_agenda_order = True
        self._prepared = 0
        self._search_ready = False
        self._predicate = None  # the tab sets the filter for the new agenda right after: not a pass with the old one
        self.set_rows(agenda.items)

    def prepare_search(self) -> bool:
        """Fold the next share of what the items' search looks through (the names first); True once all is
        folded. Run while the window is idle after reading, so that the first search is as quick as the next."""
        agenda = self.agenda
        if agenda is None:
            return True
        if not agenda.names.complete:
            agenda.load_names()
            return False
        items = agenda.items
        for item in items[self._prepared : self._prepared + PREPARE_STEP]:
            item.shared_texts()
        self._prepared = min(len(items), self._prepared + PREPARE_STEP)
        if self._prepared < len(items):
            return False
        self._part_lists()
        agenda.names.forget()  # a search has what it needs; the rows shown read their names again
        self._search_ready = True
        return True

    def add_later(self, later: LaterItems) -> None:
        """The kinds the agenda left for later arrived: they join the list where they belong, what is selected
        stays selected and the list does not scroll."""
        agenda = self.agenda
        agenda.add_later(later)
        if self._in_agenda_order or self._sorted_by is None:
            rows = list(agenda.items)
        else:  # sorted by another column meanwhile: sorted so again
            previous, self._all = self._all, self._all + later.items
            rows = [self._all[i] for i in self._sorted_order(*self._sorted_by)]
            self._all = previous
        reorder = _positions_before(self._all, rows)
        self._prepared = 0  # what was folded stays shared by the items; the new ones' parts are still to do
        self._search_ready = False

        def joined() -> Sequence[int] | None:
            self._all = rows
            return self._filtered(None)

        self._relayout(joined, reorder)

    def remove_item(self, item: AgendaItem) -> None:
        """`item` is no longer due (marked done): it leaves the list without reading the agenda again."""
        if self.agenda is not None:
            self.agenda.items[:] = [other for other in self.agenda.items if other is not item]
        position = next((i for i, other in enumerate(self._all) if other is item), None)
        if position is None:
            return
        kept = [i for i in range(len(self._all)) if i != position]

        def without() -> Sequence[int] | None:
            del self._all[position]
            self._parts_of = None
            self._display_cache.pop(id(item), None)
            return self._filtered(None)

        self._relayout(without, kept)

    # -- texts ----------------------------------------------------------------------------------------
    def _due_text(self, item: AgendaItem) -> str:
        return due_text(item, self.agenda.today if self.agenda else item.due)

    def _foreground(self, item: AgendaItem):
        return self.late if item.overdue else None

    def _due_tooltip(self, item: AgendaItem) -> str:
        return _("Overdue since {date}").format(date=format_date(item.due)) if item.overdue else ""

    def _part_lists(self) -> tuple[list[str], ...]:
        if self._parts_of is not self._all:
            self._parts = parts = ([], [], [], [])
            for item in self._all:
                for part, text in zip(parts, item.search_parts(), strict=True):
                    part.append(text)
            self._parts_of = self._all
        return self._parts

    def _matching(self, words: list[str], candidates) -> list[int]:
        """As `AgendaItem.found`, over the lists of parts: a word holds no space, so it lies within one part."""
        people, responsible, what, detail = self._part_lists()
        if len(words) == 1:
            word = words[0]
            return [i for i in candidates if word in people[i] or word in responsible[i] or word in what[i]
                    or word in detail[i]]  # fmt: skip
        return [
            i for i in candidates
            if all(word in people[i] or word in responsible[i] or word in what[i] or word in detail[i]
                   for word in words)
        ]  # fmt: skip

    # -- sorting --------------------------------------------------------------------------------------
    def set_search(self, query: str) -> None:
        if query.strip() and self.agenda is not None and not self._search_ready:
            self.agenda.load_names()  # each subject's search text folded from the names read at once
        super().set_search(query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].key in NAME_COLUMNS and self.agenda is not None:
            self.agenda.load_names()
        super().sort(column, order)
        self._in_agenda_order = False

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        if self.columns[column].key != "due":
            return super()._sorted_order(column, order)
        count = len(self._all)
        if self._in_agenda_order and order == Qt.SortOrder.AscendingOrder:
            return list(range(count))  # as read: by date, then by kind
        dues = [item.due for item in self._all]  # every item has a date
        return sorted(range(count), key=dues.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)


def _positions_before(old: list, new: list) -> array:
    """For each row of `new`, its position in `old` (-1: a row added). The old rows keep their order among the new
    ones (a stable sort of old and new rows together, as the old rows were sorted): a walk through both finds them,
    without a table of a quarter of a million rows."""
    positions, kept, count = array("q"), 0, len(old)
    for row in new:
        if kept < count and row is old[kept]:
            positions.append(kept)
            kept += 1
        else:
            positions.append(-1)
    if kept < count:  # not in their order after all: looked up one by one
        index = {id(row): i for i, row in enumerate(old)}
        return array("q", [index.get(id(row), -1) for row in new])
    return positions
