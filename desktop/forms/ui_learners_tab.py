# Generated from ui/learners_tab.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'learners_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_LearnersTab(object):
    def setupUi(self, LearnersTab):
        if not LearnersTab.objectName():
            LearnersTab.setObjectName(u"LearnersTab")
        LearnersTab.resize(1100, 600)
        self.verticalLayout = QVBoxLayout(LearnersTab)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(LearnersTab)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(LearnersTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.statusCombo = QComboBox(LearnersTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.typeCombo = QComboBox(LearnersTab)
        self.typeCombo.setObjectName(u"typeCombo")

        self.filterLayout.addWidget(self.typeCombo)

        self.locationCombo = QComboBox(LearnersTab)
        self.locationCombo.setObjectName(u"locationCombo")

        self.filterLayout.addWidget(self.locationCombo)

        self.trainerCombo = QComboBox(LearnersTab)
        self.trainerCombo.setObjectName(u"trainerCombo")

        self.filterLayout.addWidget(self.trainerCombo)


        self.verticalLayout.addLayout(self.filterLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(LearnersTab)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.editButton = QPushButton(LearnersTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(LearnersTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.waarderingButton = QPushButton(LearnersTab)
        self.waarderingButton.setObjectName(u"waarderingButton")

        self.buttonLayout.addWidget(self.waarderingButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(LearnersTab)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(LearnersTab)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)


        self.verticalLayout.addLayout(self.buttonLayout)

        self.tableView = QTableView(LearnersTab)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)

        self.verticalLayout.addWidget(self.tableView)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(LearnersTab)
        self.countLabel.setObjectName(u"countLabel")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.attentionCheck = QCheckBox(LearnersTab)
        self.attentionCheck.setObjectName(u"attentionCheck")

        self.footerLayout.addWidget(self.attentionCheck)

        self.waarderingCheck = QCheckBox(LearnersTab)
        self.waarderingCheck.setObjectName(u"waarderingCheck")

        self.footerLayout.addWidget(self.waarderingCheck)

        self.archivedCheck = QCheckBox(LearnersTab)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.footerLayout.addWidget(self.archivedCheck)


        self.verticalLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LearnersTab)

        QMetaObject.connectSlotsByName(LearnersTab)
    # setupUi

    def retranslateUi(self, LearnersTab):
        self.filterLabel.setText(_("&Search:"))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(_("Search learners"))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(_("Name, programme, school or location (Ctrl+F)"))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(_("Filter by status"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(_("Filter by learner type"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.locationCombo.setAccessibleName(_("Filter by location"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trainerCombo.setAccessibleName(_("Filter by practice trainer"))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(_("&New learner\u2026"))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(_("Add a learner (Ins)"))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(_("E&dit\u2026"))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(_("Edit the selected learner (Enter)"))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(_("De&lete"))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(_("Delete the selected learner (Del)"))
#endif // QT_CONFIG(tooltip)
        self.waarderingButton.setText(_("Student&waardering\u2026"))
#if QT_CONFIG(tooltip)
        self.waarderingButton.setToolTip(_("Type in or print the questionnaire of the selected learner's ended BPV period"))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(_("&Import\u2026"))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(_("Import learners from a CSV or Excel file"))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(_("E&xport\u2026"))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(_("Export all learners to a CSV or Excel file"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("Learners"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(_("Number of learners shown"))
#endif // QT_CONFIG(accessibility)
        self.attentionCheck.setText(_("Only needing &attention"))
#if QT_CONFIG(tooltip)
        self.attentionCheck.setToolTip(_("Only placements without the signed agreements they need, a recognised crebo or a certified practice trainer"))
#endif // QT_CONFIG(tooltip)
        self.waarderingCheck.setText(_("Only with a studentwaardering d&ue"))
        self.archivedCheck.setText(_("Show a&rchived"))
        pass
    # retranslateUi

