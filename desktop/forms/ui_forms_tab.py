# Generated from ui/forms_tab.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'forms_tab.ui'
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from desktop.i18n import _

class Ui_FormsTab(object):
    def setupUi(self, FormsTab):
        if not FormsTab.objectName():
            FormsTab.setObjectName(u"FormsTab")
        FormsTab.resize(1100, 600)
        self.verticalLayout = QVBoxLayout(FormsTab)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(FormsTab)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(FormsTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.kindCombo = QComboBox(FormsTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.statusCombo = QComboBox(FormsTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.dueCombo = QComboBox(FormsTab)
        self.dueCombo.setObjectName(u"dueCombo")

        self.filterLayout.addWidget(self.dueCombo)

        self.learnerFilterButton = QPushButton(FormsTab)
        self.learnerFilterButton.setObjectName(u"learnerFilterButton")
        self.learnerFilterButton.setVisible(False)

        self.filterLayout.addWidget(self.learnerFilterButton)


        self.verticalLayout.addLayout(self.filterLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newAssignmentButton = QPushButton(FormsTab)
        self.newAssignmentButton.setObjectName(u"newAssignmentButton")

        self.buttonLayout.addWidget(self.newAssignmentButton)

        self.newAssessmentButton = QPushButton(FormsTab)
        self.newAssessmentButton.setObjectName(u"newAssessmentButton")

        self.buttonLayout.addWidget(self.newAssessmentButton)

        self.editButton = QPushButton(FormsTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(FormsTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.previewButton = QPushButton(FormsTab)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonLayout.addWidget(self.previewButton)

        self.printButton = QPushButton(FormsTab)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(FormsTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.schoolButton = QPushButton(FormsTab)
        self.schoolButton.setObjectName(u"schoolButton")

        self.buttonLayout.addWidget(self.schoolButton)

        self.batchButton = QPushButton(FormsTab)
        self.batchButton.setObjectName(u"batchButton")

        self.buttonLayout.addWidget(self.batchButton)


        self.verticalLayout.addLayout(self.buttonLayout)

        self.tableView = QTableView(FormsTab)
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
        self.countLabel = QLabel(FormsTab)
        self.countLabel.setObjectName(u"countLabel")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)


        self.verticalLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FormsTab)

        QMetaObject.connectSlotsByName(FormsTab)
    # setupUi

    def retranslateUi(self, FormsTab):
        self.filterLabel.setText(_("&Search:"))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(_("Search forms"))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(_("Learner, number or title (Ctrl+F)"))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(_("Filter by kind of form"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(_("Filter by status"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueCombo.setAccessibleName(_("Filter by due date"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.learnerFilterButton.setToolTip(_("Only this learner's forms are shown; click to show every learner's forms again"))
#endif // QT_CONFIG(tooltip)
        self.newAssignmentButton.setText(_("New &assignment\u2026"))
#if QT_CONFIG(tooltip)
        self.newAssignmentButton.setToolTip(_("Add a practice assignment for a BPV period (Ins)"))
#endif // QT_CONFIG(tooltip)
        self.newAssessmentButton.setText(_("New assess&ment\u2026"))
#if QT_CONFIG(tooltip)
        self.newAssessmentButton.setToolTip(_("Add an assessment form for a BPV period"))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(_("Ed&it\u2026"))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(_("Edit the selected form (Enter)"))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(_("De&lete"))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(_("Delete the selected form (Del); signed forms are kept"))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(_("P&review\u2026"))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(_("Show the selected form as it will print (Ctrl+Shift+P)"))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(_("&Print\u2026"))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(_("Print the selected form (Ctrl+P)"))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(_("Save as P&DF\u2026"))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(_("Save the selected form as a PDF file"))
#endif // QT_CONFIG(tooltip)
        self.schoolButton.setText(_("To the s&chool\u2026"))
#if QT_CONFIG(tooltip)
        self.schoolButton.setToolTip(_("E-mail drafts to the bpv-begeleiders with every signed form in the list not yet handed to the school, one per bpv-begeleider"))
#endif // QT_CONFIG(tooltip)
        self.batchButton.setText(_("D&ue forms\u2026"))
#if QT_CONFIG(tooltip)
        self.batchButton.setToolTip(_("Print or save every form that is due within two weeks or overdue"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("BPV forms"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(_("Number of forms shown"))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

