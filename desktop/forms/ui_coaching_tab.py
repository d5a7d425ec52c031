# Generated from ui/coaching_tab.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coaching_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_CoachingTab(object):
    def setupUi(self, CoachingTab):
        if not CoachingTab.objectName():
            CoachingTab.setObjectName(u"CoachingTab")
        CoachingTab.resize(1100, 640)
        self.verticalLayout = QVBoxLayout(CoachingTab)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget(CoachingTab)
        self.pages.setObjectName(u"pages")
        self.trajectoriesPage = QWidget()
        self.trajectoriesPage.setObjectName(u"trajectoriesPage")
        self.trajectoriesLayout = QVBoxLayout(self.trajectoriesPage)
        self.trajectoriesLayout.setObjectName(u"trajectoriesLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(self.trajectoriesPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(self.trajectoriesPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.coachCombo = QComboBox(self.trajectoriesPage)
        self.coachCombo.setObjectName(u"coachCombo")

        self.filterLayout.addWidget(self.coachCombo)

        self.statusCombo = QComboBox(self.trajectoriesPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.dueCombo = QComboBox(self.trajectoriesPage)
        self.dueCombo.setObjectName(u"dueCombo")

        self.filterLayout.addWidget(self.dueCombo)


        self.trajectoriesLayout.addLayout(self.filterLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(self.trajectoriesPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.editButton = QPushButton(self.trajectoriesPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.trajectoriesPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.previewButton = QPushButton(self.trajectoriesPage)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonLayout.addWidget(self.previewButton)

        self.printButton = QPushButton(self.trajectoriesPage)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.countLabel = QLabel(self.trajectoriesPage)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonLayout.addWidget(self.countLabel)


        self.trajectoriesLayout.addLayout(self.buttonLayout)

        self.tableView = QTableView(self.trajectoriesPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)

        self.trajectoriesLayout.addWidget(self.tableView)

        self.pages.addTab(self.trajectoriesPage, "")
        self.coachesPage = QWidget()
        self.coachesPage.setObjectName(u"coachesPage")
        self.coachesLayout = QVBoxLayout(self.coachesPage)
        self.coachesLayout.setObjectName(u"coachesLayout")
        self.coachesLayout.setContentsMargins(0, 0, 0, 0)
        self.pages.addTab(self.coachesPage, "")

        self.verticalLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CoachingTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CoachingTab)
    # setupUi

    def retranslateUi(self, CoachingTab):
        self.filterLabel.setText(_("&Search:"))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(_("Search trajectories"))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(_("Participant, coach, manager or training (Ctrl+F)"))
#if QT_CONFIG(accessibility)
        self.coachCombo.setAccessibleName(_("Filter by coach"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(_("Filter by status"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueCombo.setAccessibleName(_("Filter by overdue steps"))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(_("&New trajectory\u2026"))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(_("Add a coaching trajectory (Ins)"))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(_("E&dit\u2026"))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(_("Edit the selected trajectory (Enter)"))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(_("De&lete"))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(_("Delete the selected trajectory (Del); signed ones are kept"))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(_("Previe&w agreement\u2026"))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(_("Show the intake agreement as it prints (Ctrl+Shift+P)"))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(_("&Print agreement\u2026"))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(_("Print the intake agreement (Ctrl+P)"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(_("Number of trajectories shown"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("Coaching trajectories"))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.trajectoriesPage), _("T&rajectories"))
        self.pages.setTabText(self.pages.indexOf(self.coachesPage), _("C&oaches"))
        pass
    # retranslateUi

