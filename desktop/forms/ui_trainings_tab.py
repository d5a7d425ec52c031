# Generated from ui/trainings_tab.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainings_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from desktop.i18n import _

class Ui_TrainingsTab(object):
    def setupUi(self, TrainingsTab):
        if not TrainingsTab.objectName():
            TrainingsTab.setObjectName(u"TrainingsTab")
        TrainingsTab.resize(1100, 640)
        self.verticalLayout = QVBoxLayout(TrainingsTab)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget(TrainingsTab)
        self.pages.setObjectName(u"pages")
        self.cataloguePage = QWidget()
        self.cataloguePage.setObjectName(u"cataloguePage")
        self.catalogueLayout = QVBoxLayout(self.cataloguePage)
        self.catalogueLayout.setObjectName(u"catalogueLayout")
        self.catalogueLayout.setContentsMargins(0, -1, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(self.cataloguePage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.kindCombo = QComboBox(self.cataloguePage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.mandatoryCombo = QComboBox(self.cataloguePage)
        self.mandatoryCombo.setObjectName(u"mandatoryCombo")

        self.filterLayout.addWidget(self.mandatoryCombo)

        self.activeCombo = QComboBox(self.cataloguePage)
        self.activeCombo.setObjectName(u"activeCombo")

        self.filterLayout.addWidget(self.activeCombo)


        self.catalogueLayout.addLayout(self.filterLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(self.cataloguePage)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.editButton = QPushButton(self.cataloguePage)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.cataloguePage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.importCompletionsButton = QPushButton(self.cataloguePage)
        self.importCompletionsButton.setObjectName(u"importCompletionsButton")

        self.buttonLayout.addWidget(self.importCompletionsButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.countLabel = QLabel(self.cataloguePage)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonLayout.addWidget(self.countLabel)


        self.catalogueLayout.addLayout(self.buttonLayout)

        self.splitter = QSplitter(self.cataloguePage)
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
        self.sessionsGroup = QGroupBox(self.detailSplitter)
        self.sessionsGroup.setObjectName(u"sessionsGroup")
        self.sessionsLayout = QVBoxLayout(self.sessionsGroup)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionButtons = QGridLayout()
        self.sessionButtons.setObjectName(u"sessionButtons")
        self.newSessionButton = QPushButton(self.sessionsGroup)
        self.newSessionButton.setObjectName(u"newSessionButton")

        self.sessionButtons.addWidget(self.newSessionButton, 0, 0, 1, 1)

        self.editSessionButton = QPushButton(self.sessionsGroup)
        self.editSessionButton.setObjectName(u"editSessionButton")

        self.sessionButtons.addWidget(self.editSessionButton, 0, 1, 1, 1)

        self.deleteSessionButton = QPushButton(self.sessionsGroup)
        self.deleteSessionButton.setObjectName(u"deleteSessionButton")

        self.sessionButtons.addWidget(self.deleteSessionButton, 0, 2, 1, 1)

        self.attendanceButton = QPushButton(self.sessionsGroup)
        self.attendanceButton.setObjectName(u"attendanceButton")

        self.sessionButtons.addWidget(self.attendanceButton, 1, 0, 1, 2)

        self.attendanceListButton = QPushButton(self.sessionsGroup)
        self.attendanceListButton.setObjectName(u"attendanceListButton")

        self.sessionButtons.addWidget(self.attendanceListButton, 1, 2, 1, 1)


        self.sessionsLayout.addLayout(self.sessionButtons)

        self.sessionsTable = QTableView(self.sessionsGroup)
        self.sessionsTable.setObjectName(u"sessionsTable")
        self.sessionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.sessionsTable.setAlternatingRowColors(True)
        self.sessionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.sessionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.sessionsTable.setSortingEnabled(True)
        self.sessionsTable.setWordWrap(False)

        self.sessionsLayout.addWidget(self.sessionsTable)

        self.detailSplitter.addWidget(self.sessionsGroup)
        self.enrolmentsGroup = QGroupBox(self.detailSplitter)
        self.enrolmentsGroup.setObjectName(u"enrolmentsGroup")
        self.enrolmentsLayout = QVBoxLayout(self.enrolmentsGroup)
        self.enrolmentsLayout.setObjectName(u"enrolmentsLayout")
        self.enrolmentButtons = QGridLayout()
        self.enrolmentButtons.setObjectName(u"enrolmentButtons")
        self.enrolButton = QPushButton(self.enrolmentsGroup)
        self.enrolButton.setObjectName(u"enrolButton")

        self.enrolmentButtons.addWidget(self.enrolButton, 0, 0, 1, 1)

        self.editEnrolmentButton = QPushButton(self.enrolmentsGroup)
        self.editEnrolmentButton.setObjectName(u"editEnrolmentButton")

        self.enrolmentButtons.addWidget(self.editEnrolmentButton, 0, 1, 1, 1)

        self.cancelEnrolmentButton = QPushButton(self.enrolmentsGroup)
        self.cancelEnrolmentButton.setObjectName(u"cancelEnrolmentButton")

        self.enrolmentButtons.addWidget(self.cancelEnrolmentButton, 0, 2, 1, 1)

        self.completeButton = QPushButton(self.enrolmentsGroup)
        self.completeButton.setObjectName(u"completeButton")

        self.enrolmentButtons.addWidget(self.completeButton, 1, 0, 1, 1)

        self.certificateButton = QPushButton(self.enrolmentsGroup)
        self.certificateButton.setObjectName(u"certificateButton")

        self.enrolmentButtons.addWidget(self.certificateButton, 1, 1, 1, 1)

        self.deleteEnrolmentButton = QPushButton(self.enrolmentsGroup)
        self.deleteEnrolmentButton.setObjectName(u"deleteEnrolmentButton")

        self.enrolmentButtons.addWidget(self.deleteEnrolmentButton, 1, 2, 1, 1)


        self.enrolmentsLayout.addLayout(self.enrolmentButtons)

        self.enrolmentsTable = QTableView(self.enrolmentsGroup)
        self.enrolmentsTable.setObjectName(u"enrolmentsTable")
        self.enrolmentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.enrolmentsTable.setAlternatingRowColors(True)
        self.enrolmentsTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.enrolmentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.enrolmentsTable.setSortingEnabled(True)
        self.enrolmentsTable.setWordWrap(False)

        self.enrolmentsLayout.addWidget(self.enrolmentsTable)

        self.placesLayout = QHBoxLayout()
        self.placesLayout.setObjectName(u"placesLayout")
        self.placesLabel = QLabel(self.enrolmentsGroup)
        self.placesLabel.setObjectName(u"placesLabel")
        self.placesLabel.setWordWrap(True)

        self.placesLayout.addWidget(self.placesLabel)

        self.promoteButton = QPushButton(self.enrolmentsGroup)
        self.promoteButton.setObjectName(u"promoteButton")

        self.placesLayout.addWidget(self.promoteButton)


        self.enrolmentsLayout.addLayout(self.placesLayout)

        self.detailSplitter.addWidget(self.enrolmentsGroup)
        self.splitter.addWidget(self.detailSplitter)

        self.catalogueLayout.addWidget(self.splitter)

        self.pages.addTab(self.cataloguePage, "")
        self.matrixPage = QWidget()
        self.matrixPage.setObjectName(u"matrixPage")
        self.matrixLayout = QVBoxLayout(self.matrixPage)
        self.matrixLayout.setObjectName(u"matrixLayout")
        self.matrixLayout.setContentsMargins(0, -1, 0, 0)
        self.pages.addTab(self.matrixPage, "")

        self.verticalLayout.addWidget(self.pages)


        self.retranslateUi(TrainingsTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TrainingsTab)
    # setupUi

    def retranslateUi(self, TrainingsTab):
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(_("Search trainings"))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(_("Title, kind or provider (Ctrl+F)"))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(_("Filter by kind"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mandatoryCombo.setAccessibleName(_("Filter by mandatory"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.activeCombo.setAccessibleName(_("Filter by active or retired"))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(_("Ne&w training\u2026"))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(_("Add a training to the catalogue (Ins)"))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(_("E&dit\u2026"))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(_("Edit the selected training (Enter)"))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(_("De&lete"))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(_("Delete the selected training (Del)"))
#endif // QT_CONFIG(tooltip)
        self.importCompletionsButton.setText(_("Import c&ompletions\u2026"))
#if QT_CONFIG(tooltip)
        self.importCompletionsButton.setToolTip(_("Import the completions of e-learnings from the learning platform's export (CSV or Excel)"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(_("Number of trainings shown"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("Trainings"))
#endif // QT_CONFIG(accessibility)
        self.sessionsGroup.setTitle(_("Sessions"))
        self.newSessionButton.setText(_("New se&ssion\u2026"))
#if QT_CONFIG(tooltip)
        self.newSessionButton.setToolTip(_("Plan a session of the selected training"))
#endif // QT_CONFIG(tooltip)
        self.editSessionButton.setText(_("Edit\u2026"))
#if QT_CONFIG(tooltip)
        self.editSessionButton.setToolTip(_("Edit the selected session and its dates"))
#endif // QT_CONFIG(tooltip)
        self.deleteSessionButton.setText(_("Delete"))
#if QT_CONFIG(tooltip)
        self.deleteSessionButton.setToolTip(_("Delete the selected session"))
#endif // QT_CONFIG(tooltip)
        self.attendanceButton.setText(_("&Attendance\u2026"))
#if QT_CONFIG(tooltip)
        self.attendanceButton.setToolTip(_("Record who was present on each date"))
#endif // QT_CONFIG(tooltip)
        self.attendanceListButton.setText(_("List (PDF)\u2026"))
#if QT_CONFIG(tooltip)
        self.attendanceListButton.setToolTip(_("Print the attendance list with a signature column per date"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sessionsTable.setAccessibleName(_("Sessions"))
#endif // QT_CONFIG(accessibility)
        self.enrolmentsGroup.setTitle(_("Enrolments"))
        self.enrolButton.setText(_("En&rol\u2026"))
#if QT_CONFIG(tooltip)
        self.enrolButton.setToolTip(_("Enrol staff or learners"))
#endif // QT_CONFIG(tooltip)
        self.editEnrolmentButton.setText(_("Edit\u2026"))
#if QT_CONFIG(tooltip)
        self.editEnrolmentButton.setToolTip(_("Status, dates and learning goals of the selected enrolment"))
#endif // QT_CONFIG(tooltip)
        self.cancelEnrolmentButton.setText(_("Ca&ncel"))
#if QT_CONFIG(tooltip)
        self.cancelEnrolmentButton.setToolTip(_("Cancel the selected enrolment; the first person waiting gets the place"))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(_("Com&pleted"))
#if QT_CONFIG(tooltip)
        self.completeButton.setToolTip(_("Mark the selected enrolments completed; this gives a certificate"))
#endif // QT_CONFIG(tooltip)
        self.certificateButton.setText(_("Certificate\u2026"))
#if QT_CONFIG(tooltip)
        self.certificateButton.setToolTip(_("Print a certificate of participation (PDF)"))
#endif // QT_CONFIG(tooltip)
        self.deleteEnrolmentButton.setText(_("Delete"))
#if QT_CONFIG(tooltip)
        self.deleteEnrolmentButton.setToolTip(_("Delete the selected enrolment (entered by mistake)"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.enrolmentsTable.setAccessibleName(_("Enrolments"))
#endif // QT_CONFIG(accessibility)
        self.promoteButton.setText(_("Give free places"))
#if QT_CONFIG(tooltip)
        self.promoteButton.setToolTip(_("Give the free places to the people on the waiting list, first come first"))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.cataloguePage), _("&Catalogue"))
        self.pages.setTabText(self.pages.indexOf(self.matrixPage), _("Training &matrix"))
        pass
    # retranslateUi

