"""A table's first column kept in sight when the table scrolls sideways (Qt's "frozen column" example):
a second view of the same model and selection, showing only that column, laid over the table's left
edge and scrolled up and down with it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.views.kit.widgets import compact_rows


class FrozenColumn(QTableView):
    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        self.setObjectName(f"{table.objectName()}.frozen")
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        self.setSelectionBehavior(table.selectionBehavior())
        self.setSelectionMode(table.selectionMode())
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays with the table itself
        self.setAlternatingRowColors(table.alternatingRowColors())
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setAccessibleName(table.accessibleName())
        compact_rows(self)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSortIndicatorShown(True)
        self.horizontalHeader().sectionClicked.connect(self._sort)
        self.doubleClicked.connect(table.doubleClicked.emit)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # The two viewports start at the same point, so a position means the same cell in both.
        self.customContextMenuRequested.connect(table.customContextMenuRequested.emit)
        header = table.horizontalHeader()
        header.sectionResized.connect(self._follow)
        header.sectionMoved.connect(self._follow)
        header.sortIndicatorChanged.connect(self._show_sort)
        table.model().modelReset.connect(self._follow)
        table.model().layoutChanged.connect(self._follow)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        table.horizontalScrollBar().valueChanged.connect(self._follow)
        table.installEventFilter(self)
        table.viewport().stackUnder(self)
        self._follow()

    def column(self) -> int:
        return self.table.horizontalHeader().logicalIndex(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._follow()
        return False

    def _follow(self, *_args) -> None:
        """Show the table's first visible column at its width, over the table's left edge; hidden while the
        table is not scrolled sideways (then the table shows that column itself)."""
        table, column = self.table, self.column()
        for section in range(table.model().columnCount()):
            self.setColumnHidden(section, section != column)
        self.setColumnWidth(column, table.columnWidth(column))
        self._show_sort()
        frame = table.frameWidth()
        left = frame + (table.verticalHeader().width() if table.verticalHeader().isVisible() else 0)
        height = table.viewport().height() + table.horizontalHeader().height()
        self.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        self.setGeometry(left, frame, table.columnWidth(column), height)
        self.verticalScrollBar().setValue(table.verticalScrollBar().value())
        self.setVisible(table.horizontalScrollBar().value() > 0)

    def _show_sort(self, *_args) -> None:
        header = self.table.horizontalHeader()
        self.horizontalHeader().setSortIndicator(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _sort(self, section: int) -> None:
        header = self.table.horizontalHeader()
        same = header.sortIndicatorSection() == section
        ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        order = Qt.SortOrder.DescendingOrder if same and ascending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(section, order)
