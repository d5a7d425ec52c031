# Generated from ui/overview_tab.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_OverviewTab(object):
    def setupUi(self, OverviewTab):
        if not OverviewTab.objectName():
            OverviewTab.setObjectName(u"OverviewTab")
        OverviewTab.resize(1100, 600)
        self.verticalLayout = QVBoxLayout(OverviewTab)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.countsLayout = QHBoxLayout()
        self.countsLayout.setObjectName(u"countsLayout")
        self.overdueButton = QPushButton(OverviewTab)
        self.overdueButton.setObjectName(u"overdueButton")
        self.overdueButton.setCheckable(True)

        self.countsLayout.addWidget(self.overdueButton)

        self.thisWeekButton = QPushButton(OverviewTab)
        self.thisWeekButton.setObjectName(u"thisWeekButton")
        self.thisWeekButton.setCheckable(True)

        self.countsLayout.addWidget(self.thisWeekButton)

        self.signatureButton = QPushButton(OverviewTab)
        self.signatureButton.setObjectName(u"signatureButton")
        self.signatureButton.setCheckable(True)

        self.countsLayout.addWidget(self.signatureButton)

        self.certificatesButton = QPushButton(OverviewTab)
        self.certificatesButton.setObjectName(u"certificatesButton")
        self.certificatesButton.setCheckable(True)

        self.countsLayout.addWidget(self.certificatesButton)

        self.countsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsLayout.addItem(self.countsSpacer)

        self.statusLabel = QLabel(OverviewTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.countsLayout.addWidget(self.statusLabel)


        self.verticalLayout.addLayout(self.countsLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(OverviewTab)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(OverviewTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.periodLabel = QLabel(OverviewTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(OverviewTab)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterLayout.addWidget(self.periodCombo)

        self.fromEdit = QDateEdit(OverviewTab)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.filterLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(OverviewTab)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(OverviewTab)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.filterLayout.addWidget(self.toEdit)


        self.verticalLayout.addLayout(self.filterLayout)

        self.peopleLayout = QHBoxLayout()
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.responsibleCombo = QComboBox(OverviewTab)
        self.responsibleCombo.setObjectName(u"responsibleCombo")

        self.peopleLayout.addWidget(self.responsibleCombo)

        self.locationCombo = QComboBox(OverviewTab)
        self.locationCombo.setObjectName(u"locationCombo")

        self.peopleLayout.addWidget(self.locationCombo)

        self.teamCombo = QComboBox(OverviewTab)
        self.teamCombo.setObjectName(u"teamCombo")

        self.peopleLayout.addWidget(self.teamCombo)

        self.kindCombo = QComboBox(OverviewTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.peopleLayout.addWidget(self.kindCombo)


        self.verticalLayout.addLayout(self.peopleLayout)

        self.tableView = QTableView(OverviewTab)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)

        self.verticalLayout.addWidget(self.tableView)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.openButton = QPushButton(OverviewTab)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.doneButton = QPushButton(OverviewTab)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonLayout.addWidget(self.doneButton)

        self.countLabel = QLabel(OverviewTab)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonLayout.addWidget(self.countLabel)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.weekListButton = QPushButton(OverviewTab)
        self.weekListButton.setObjectName(u"weekListButton")

        self.buttonLayout.addWidget(self.weekListButton)

        self.calendarButton = QPushButton(OverviewTab)
        self.calendarButton.setObjectName(u"calendarButton")

        self.buttonLayout.addWidget(self.calendarButton)


        self.verticalLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OverviewTab)

        QMetaObject.connectSlotsByName(OverviewTab)
    # setupUi

    def retranslateUi(self, OverviewTab):
        self.overdueButton.setText(_("Overdue"))
#if QT_CONFIG(tooltip)
        self.overdueButton.setToolTip(_("Show only what is overdue"))
#endif // QT_CONFIG(tooltip)
        self.thisWeekButton.setText(_("Due this week"))
#if QT_CONFIG(tooltip)
        self.thisWeekButton.setToolTip(_("Show only what is due this week and not overdue"))
#endif // QT_CONFIG(tooltip)
        self.signatureButton.setText(_("Awaiting signature"))
#if QT_CONFIG(tooltip)
        self.signatureButton.setToolTip(_("Show only the forms still to be signed or sent to the school"))
#endif // QT_CONFIG(tooltip)
        self.certificatesButton.setText(_("Certificates expiring"))
#if QT_CONFIG(tooltip)
        self.certificatesButton.setToolTip(_("Show only the certificates that expire soon"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(_("Loading state"))
#endif // QT_CONFIG(accessibility)
        self.filterLabel.setText(_("&Search:"))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(_("Search what is due"))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(_("Name, what, person responsible or location (Ctrl+F)"))
        self.periodLabel.setText(_("&Period:"))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(_("Filter by period"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(_("From"))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(_("to"))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(_("To"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.responsibleCombo.setAccessibleName(_("Filter by person responsible"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.locationCombo.setAccessibleName(_("Filter by location"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.teamCombo.setAccessibleName(_("Filter by team"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(_("Filter by kind"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("What is due"))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(_("&Open\u2026"))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(_("Open the selected item where it is handled (Enter)"))
#endif // QT_CONFIG(tooltip)
        self.doneButton.setText(_("Mark as &done"))
#if QT_CONFIG(tooltip)
        self.doneButton.setToolTip(_("Mark the selected meeting held or task done today (Ctrl+D)"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(_("Number of items shown"))
#endif // QT_CONFIG(accessibility)
        self.weekListButton.setText(_("&Week list (PDF)\u2026"))
#if QT_CONFIG(tooltip)
        self.weekListButton.setToolTip(_("Save the week list of a practice trainer as a PDF to print"))
#endif // QT_CONFIG(tooltip)
        self.calendarButton.setText(_("To Out&look (.ics)\u2026"))
#if QT_CONFIG(tooltip)
        self.calendarButton.setToolTip(_("Save the planned meetings of a practice trainer as a calendar file for Outlook"))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

