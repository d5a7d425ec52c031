# Generated from ui/climate_window.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'climate_window.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_ClimateWindow(object):
    def setupUi(self, ClimateWindow):
        if not ClimateWindow.objectName():
            ClimateWindow.setObjectName(u"ClimateWindow")
        ClimateWindow.resize(1000, 700)
        self.mainLayout = QVBoxLayout(ClimateWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pageTabs = QTabWidget(ClimateWindow)
        self.pageTabs.setObjectName(u"pageTabs")
        self.scanTab = QWidget()
        self.scanTab.setObjectName(u"scanTab")
        self.scanLayout = QVBoxLayout(self.scanTab)
        self.scanLayout.setObjectName(u"scanLayout")
        self.roundRow = QHBoxLayout()
        self.roundRow.setObjectName(u"roundRow")
        self.roundLabel = QLabel(self.scanTab)
        self.roundLabel.setObjectName(u"roundLabel")

        self.roundRow.addWidget(self.roundLabel)

        self.roundCombo = QComboBox(self.scanTab)
        self.roundCombo.setObjectName(u"roundCombo")
        self.roundCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.roundRow.addWidget(self.roundCombo)

        self.newRoundButton = QPushButton(self.scanTab)
        self.newRoundButton.setObjectName(u"newRoundButton")

        self.roundRow.addWidget(self.newRoundButton)

        self.editRoundButton = QPushButton(self.scanTab)
        self.editRoundButton.setObjectName(u"editRoundButton")

        self.roundRow.addWidget(self.editRoundButton)

        self.deleteRoundButton = QPushButton(self.scanTab)
        self.deleteRoundButton.setObjectName(u"deleteRoundButton")

        self.roundRow.addWidget(self.deleteRoundButton)

        self.roundSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roundRow.addItem(self.roundSpacer)


        self.scanLayout.addLayout(self.roundRow)

        self.roundInfoLabel = QLabel(self.scanTab)
        self.roundInfoLabel.setObjectName(u"roundInfoLabel")
        self.roundInfoLabel.setWordWrap(True)

        self.scanLayout.addWidget(self.roundInfoLabel)

        self.answerRow = QHBoxLayout()
        self.answerRow.setObjectName(u"answerRow")
        self.typeButton = QPushButton(self.scanTab)
        self.typeButton.setObjectName(u"typeButton")

        self.answerRow.addWidget(self.typeButton)

        self.importButton = QPushButton(self.scanTab)
        self.importButton.setObjectName(u"importButton")

        self.answerRow.addWidget(self.importButton)

        self.answerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answerRow.addItem(self.answerSpacer)

        self.pdfButton = QPushButton(self.scanTab)
        self.pdfButton.setObjectName(u"pdfButton")

        self.answerRow.addWidget(self.pdfButton)

        self.xlsxButton = QPushButton(self.scanTab)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.answerRow.addWidget(self.xlsxButton)


        self.scanLayout.addLayout(self.answerRow)

        self.resultsSplitter = QSplitter(self.scanTab)
        self.resultsSplitter.setObjectName(u"resultsSplitter")
        self.resultsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.resultsSplitter.setChildrenCollapsible(False)
        self.groupList = QListView(self.resultsSplitter)
        self.groupList.setObjectName(u"groupList")
        self.resultsSplitter.addWidget(self.groupList)
        self.resultsPane = QWidget(self.resultsSplitter)
        self.resultsPane.setObjectName(u"resultsPane")
        self.resultsLayout = QVBoxLayout(self.resultsPane)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(0, 0, 0, 0)
        self.notesLabel = QLabel(self.resultsPane)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.resultsLayout.addWidget(self.notesLabel)

        self.chartHost = QWidget(self.resultsPane)
        self.chartHost.setObjectName(u"chartHost")
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.resultsLayout.addWidget(self.chartHost)

        self.tables = QTabWidget(self.resultsPane)
        self.tables.setObjectName(u"tables")

        self.resultsLayout.addWidget(self.tables)

        self.resultsSplitter.addWidget(self.resultsPane)

        self.scanLayout.addWidget(self.resultsSplitter)

        self.pageTabs.addTab(self.scanTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsLayout = QVBoxLayout(self.actionsTab)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.teamRow = QHBoxLayout()
        self.teamRow.setObjectName(u"teamRow")
        self.teamLabel = QLabel(self.actionsTab)
        self.teamLabel.setObjectName(u"teamLabel")

        self.teamRow.addWidget(self.teamLabel)

        self.teamCombo = QComboBox(self.actionsTab)
        self.teamCombo.setObjectName(u"teamCombo")

        self.teamRow.addWidget(self.teamCombo)

        self.openOnlyCheck = QCheckBox(self.actionsTab)
        self.openOnlyCheck.setObjectName(u"openOnlyCheck")

        self.teamRow.addWidget(self.openOnlyCheck)

        self.teamSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamRow.addItem(self.teamSpacer)


        self.actionsLayout.addLayout(self.teamRow)

        self.actionTable = QTableView(self.actionsTab)
        self.actionTable.setObjectName(u"actionTable")

        self.actionsLayout.addWidget(self.actionTable)

        self.actionForm = QFormLayout()
        self.actionForm.setObjectName(u"actionForm")
        self.whatLabel = QLabel(self.actionsTab)
        self.whatLabel.setObjectName(u"whatLabel")

        self.actionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatEdit = QLineEdit(self.actionsTab)
        self.whatEdit.setObjectName(u"whatEdit")

        self.actionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whatEdit)

        self.whoLabel = QLabel(self.actionsTab)
        self.whoLabel.setObjectName(u"whoLabel")

        self.actionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoEdit = QLineEdit(self.actionsTab)
        self.whoEdit.setObjectName(u"whoEdit")

        self.actionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whoEdit)

        self.dueLabel = QLabel(self.actionsTab)
        self.dueLabel.setObjectName(u"dueLabel")

        self.actionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QLineEdit(self.actionsTab)
        self.dueEdit.setObjectName(u"dueEdit")

        self.actionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.doneLabel = QLabel(self.actionsTab)
        self.doneLabel.setObjectName(u"doneLabel")

        self.actionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.doneLabel)

        self.doneEdit = QLineEdit(self.actionsTab)
        self.doneEdit.setObjectName(u"doneEdit")

        self.actionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.doneEdit)


        self.actionsLayout.addLayout(self.actionForm)

        self.actionErrorLabel = QLabel(self.actionsTab)
        self.actionErrorLabel.setObjectName(u"actionErrorLabel")
        self.actionErrorLabel.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionErrorLabel)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.newActionButton = QPushButton(self.actionsTab)
        self.newActionButton.setObjectName(u"newActionButton")

        self.actionButtons.addWidget(self.newActionButton)

        self.actionSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)

        self.deleteActionButton = QPushButton(self.actionsTab)
        self.deleteActionButton.setObjectName(u"deleteActionButton")

        self.actionButtons.addWidget(self.deleteActionButton)

        self.saveActionButton = QPushButton(self.actionsTab)
        self.saveActionButton.setObjectName(u"saveActionButton")

        self.actionButtons.addWidget(self.saveActionButton)


        self.actionsLayout.addLayout(self.actionButtons)

        self.pageTabs.addTab(self.actionsTab, "")

        self.mainLayout.addWidget(self.pageTabs)

        self.buttonBox = QDialogButtonBox(ClimateWindow)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roundLabel.setBuddy(self.roundCombo)
        self.teamLabel.setBuddy(self.teamCombo)
        self.whatLabel.setBuddy(self.whatEdit)
        self.whoLabel.setBuddy(self.whoEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.doneLabel.setBuddy(self.doneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roundCombo, self.newRoundButton)
        QWidget.setTabOrder(self.newRoundButton, self.editRoundButton)
        QWidget.setTabOrder(self.editRoundButton, self.deleteRoundButton)
        QWidget.setTabOrder(self.deleteRoundButton, self.typeButton)
        QWidget.setTabOrder(self.typeButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.xlsxButton)
        QWidget.setTabOrder(self.xlsxButton, self.groupList)
        QWidget.setTabOrder(self.groupList, self.tables)

        self.retranslateUi(ClimateWindow)

        QMetaObject.connectSlotsByName(ClimateWindow)
    # setupUi

    def retranslateUi(self, ClimateWindow):
        ClimateWindow.setWindowTitle(_("Learning climate"))
#if QT_CONFIG(accessibility)
        self.pageTabs.setAccessibleName(_("Parts of the learning climate"))
#endif // QT_CONFIG(accessibility)
        self.roundLabel.setText(_("&Round:"))
#if QT_CONFIG(accessibility)
        self.roundCombo.setAccessibleName(_("Scan round"))
#endif // QT_CONFIG(accessibility)
        self.newRoundButton.setText(_("&New round\u2026"))
        self.editRoundButton.setText(_("C&hange round\u2026"))
        self.deleteRoundButton.setText(_("De&lete round"))
        self.roundInfoLabel.setText("")
        self.typeButton.setText(_("&Type answers\u2026"))
#if QT_CONFIG(tooltip)
        self.typeButton.setToolTip(_("Type the answers of a paper scan, one respondent at a time, without a name"))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(_("&Import online form\u2026"))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(_("Import an online form's export (XLSX or CSV) into this round"))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(_("&PDF for the team meeting\u2026"))
        self.xlsxButton.setText(_("E&xcel\u2026"))
#if QT_CONFIG(accessibility)
        self.groupList.setAccessibleName(_("Teams and locations of the round"))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText("")
#if QT_CONFIG(accessibility)
        self.tables.setAccessibleName(_("Tables of the results"))
#endif // QT_CONFIG(accessibility)
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.scanTab), _("&Team scan"))
        self.teamLabel.setText(_("T&eam:"))
#if QT_CONFIG(accessibility)
        self.teamCombo.setAccessibleName(_("Team whose actions are shown"))
#endif // QT_CONFIG(accessibility)
        self.openOnlyCheck.setText(_("&Only open actions"))
#if QT_CONFIG(accessibility)
        self.actionTable.setAccessibleName(_("Agreed actions"))
#endif // QT_CONFIG(accessibility)
        self.whatLabel.setText(_("&What:"))
#if QT_CONFIG(accessibility)
        self.whatEdit.setAccessibleName(_("What the team agreed to do"))
#endif // QT_CONFIG(accessibility)
        self.whoLabel.setText(_("W&ho:"))
#if QT_CONFIG(accessibility)
        self.whoEdit.setAccessibleName(_("Who does it"))
#endif // QT_CONFIG(accessibility)
        self.whoEdit.setPlaceholderText(_("A name or a role, such as the team leader"))
        self.dueLabel.setText(_("&By:"))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(_("Date it is due"))
#endif // QT_CONFIG(accessibility)
        self.dueEdit.setPlaceholderText(_("dd-mm-jjjj"))
        self.doneLabel.setText(_("&Done on:"))
#if QT_CONFIG(accessibility)
        self.doneEdit.setAccessibleName(_("Date it was done"))
#endif // QT_CONFIG(accessibility)
        self.doneEdit.setPlaceholderText(_("dd-mm-jjjj"))
        self.actionErrorLabel.setText("")
        self.newActionButton.setText(_("Ne&w action"))
        self.deleteActionButton.setText(_("Delete action"))
        self.saveActionButton.setText(_("Sa&ve action"))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.actionsTab), _("&Agreed actions"))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

