# Generated from ui/coaches_page.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coaches_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_CoachesPage(object):
    def setupUi(self, CoachesPage):
        if not CoachesPage.objectName():
            CoachesPage.setObjectName(u"CoachesPage")
        CoachesPage.resize(1100, 640)
        self.verticalLayout = QVBoxLayout(CoachesPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(0, -1, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(CoachesPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(CoachesPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.verticalLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(CoachesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.tableView = QTableView(self.splitter)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.splitter.addWidget(self.tableView)
        self.detailSplitter = QSplitter(self.splitter)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Horizontal)
        self.detailSplitter.setChildrenCollapsible(False)
        self.trajectoriesGroup = QGroupBox(self.detailSplitter)
        self.trajectoriesGroup.setObjectName(u"trajectoriesGroup")
        self.trajectoriesLayout = QVBoxLayout(self.trajectoriesGroup)
        self.trajectoriesLayout.setObjectName(u"trajectoriesLayout")
        self.trajectoriesTable = QTableView(self.trajectoriesGroup)
        self.trajectoriesTable.setObjectName(u"trajectoriesTable")
        self.trajectoriesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.trajectoriesTable.setAlternatingRowColors(True)
        self.trajectoriesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.trajectoriesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.trajectoriesTable.setSortingEnabled(True)
        self.trajectoriesTable.setWordWrap(False)

        self.trajectoriesLayout.addWidget(self.trajectoriesTable)

        self.trajectoriesLabel = QLabel(self.trajectoriesGroup)
        self.trajectoriesLabel.setObjectName(u"trajectoriesLabel")
        self.trajectoriesLabel.setWordWrap(True)

        self.trajectoriesLayout.addWidget(self.trajectoriesLabel)

        self.detailSplitter.addWidget(self.trajectoriesGroup)
        self.meetingsGroup = QGroupBox(self.detailSplitter)
        self.meetingsGroup.setObjectName(u"meetingsGroup")
        self.meetingsLayout = QVBoxLayout(self.meetingsGroup)
        self.meetingsLayout.setObjectName(u"meetingsLayout")
        self.dueLabel = QLabel(self.meetingsGroup)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setWordWrap(True)

        self.meetingsLayout.addWidget(self.dueLabel)

        self.meetingsTable = QTableView(self.meetingsGroup)
        self.meetingsTable.setObjectName(u"meetingsTable")
        self.meetingsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.meetingsTable.setAlternatingRowColors(True)
        self.meetingsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meetingsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetingsTable.setSortingEnabled(True)
        self.meetingsTable.setWordWrap(False)

        self.meetingsLayout.addWidget(self.meetingsTable)

        self.meetingButtons = QHBoxLayout()
        self.meetingButtons.setObjectName(u"meetingButtons")
        self.newMeetingButton = QPushButton(self.meetingsGroup)
        self.newMeetingButton.setObjectName(u"newMeetingButton")

        self.meetingButtons.addWidget(self.newMeetingButton)

        self.editMeetingButton = QPushButton(self.meetingsGroup)
        self.editMeetingButton.setObjectName(u"editMeetingButton")

        self.meetingButtons.addWidget(self.editMeetingButton)

        self.deleteMeetingButton = QPushButton(self.meetingsGroup)
        self.deleteMeetingButton.setObjectName(u"deleteMeetingButton")

        self.meetingButtons.addWidget(self.deleteMeetingButton)

        self.meetingSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetingButtons.addItem(self.meetingSpacer)


        self.meetingsLayout.addLayout(self.meetingButtons)

        self.detailSplitter.addWidget(self.meetingsGroup)
        self.splitter.addWidget(self.detailSplitter)

        self.verticalLayout.addWidget(self.splitter)


        self.retranslateUi(CoachesPage)

        QMetaObject.connectSlotsByName(CoachesPage)
    # setupUi

    def retranslateUi(self, CoachesPage):
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(_("Search coaches"))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(_("Coach's name (Ctrl+F)"))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(_("Number of coaches shown"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("Coaches"))
#endif // QT_CONFIG(accessibility)
        self.trajectoriesGroup.setTitle(_("Open trajectories"))
#if QT_CONFIG(accessibility)
        self.trajectoriesTable.setAccessibleName(_("Open trajectories of the coach"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.trajectoriesTable.setToolTip(_("Double-click or press Enter to open a trajectory"))
#endif // QT_CONFIG(tooltip)
        self.meetingsGroup.setTitle(_("Coach meetings"))
#if QT_CONFIG(accessibility)
        self.meetingsTable.setAccessibleName(_("Coach meetings"))
#endif // QT_CONFIG(accessibility)
        self.newMeetingButton.setText(_("&New meeting\u2026"))
#if QT_CONFIG(tooltip)
        self.newMeetingButton.setToolTip(_("Record a coach meeting (Ins)"))
#endif // QT_CONFIG(tooltip)
        self.editMeetingButton.setText(_("E&dit\u2026"))
#if QT_CONFIG(tooltip)
        self.editMeetingButton.setToolTip(_("Edit the selected meeting (Enter)"))
#endif // QT_CONFIG(tooltip)
        self.deleteMeetingButton.setText(_("De&lete"))
#if QT_CONFIG(tooltip)
        self.deleteMeetingButton.setToolTip(_("Delete the selected meeting (Del)"))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

