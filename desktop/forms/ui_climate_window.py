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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

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
        self.registerTab = QWidget()
        self.registerTab.setObjectName(u"registerTab")
        self.registerLayout = QVBoxLayout(self.registerTab)
        self.registerLayout.setObjectName(u"registerLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.kindFilterLabel = QLabel(self.registerTab)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.filterRow.addWidget(self.kindFilterLabel)

        self.kindFilterCombo = QComboBox(self.registerTab)
        self.kindFilterCombo.setObjectName(u"kindFilterCombo")

        self.filterRow.addWidget(self.kindFilterCombo)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.registerLayout.addLayout(self.filterRow)

        self.registerSplitter = QSplitter(self.registerTab)
        self.registerSplitter.setObjectName(u"registerSplitter")
        self.registerSplitter.setOrientation(Qt.Orientation.Vertical)
        self.registerSplitter.setChildrenCollapsible(False)
        self.registerTable = QTableView(self.registerSplitter)
        self.registerTable.setObjectName(u"registerTable")
        self.registerSplitter.addWidget(self.registerTable)
        self.entryPane = QWidget(self.registerSplitter)
        self.entryPane.setObjectName(u"entryPane")
        self.entryLayout = QHBoxLayout(self.entryPane)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLayout.setContentsMargins(0, 0, 0, 0)
        self.entryForm = QFormLayout()
        self.entryForm.setObjectName(u"entryForm")
        self.entryForm.setContentsMargins(0, 0, 0, 0)
        self.entryKindLabel = QLabel(self.entryPane)
        self.entryKindLabel.setObjectName(u"entryKindLabel")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.entryKindLabel)

        self.entryKindCombo = QComboBox(self.entryPane)
        self.entryKindCombo.setObjectName(u"entryKindCombo")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.entryKindCombo)

        self.heldLabel = QLabel(self.entryPane)
        self.heldLabel.setObjectName(u"heldLabel")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = QLineEdit(self.entryPane)
        self.heldEdit.setObjectName(u"heldEdit")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.groupLabel = QLabel(self.entryPane)
        self.groupLabel.setObjectName(u"groupLabel")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(self.entryPane)
        self.groupCombo.setObjectName(u"groupCombo")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.facilitatorLabel = QLabel(self.entryPane)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.entryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.facilitatorLabel)

        self.facilitatorCombo = QComboBox(self.entryPane)
        self.facilitatorCombo.setObjectName(u"facilitatorCombo")

        self.entryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.facilitatorCombo)

        self.topicLabel = QLabel(self.entryPane)
        self.topicLabel.setObjectName(u"topicLabel")

        self.entryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicEdit = QLineEdit(self.entryPane)
        self.topicEdit.setObjectName(u"topicEdit")

        self.entryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.notesLabel2 = QLabel(self.entryPane)
        self.notesLabel2.setObjectName(u"notesLabel2")

        self.entryForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel2)

        self.notesEdit = QPlainTextEdit(self.entryPane)
        self.notesEdit.setObjectName(u"notesEdit")

        self.entryForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesReminderTitle = QLabel(self.entryPane)
        self.notesReminderTitle.setObjectName(u"notesReminderTitle")

        self.entryForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesReminderTitle)

        self.notesReminder = QLabel(self.entryPane)
        self.notesReminder.setObjectName(u"notesReminder")
        self.notesReminder.setWordWrap(True)

        self.entryForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesReminder)


        self.entryLayout.addLayout(self.entryForm)

        self.participantsLayout = QVBoxLayout()
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.participantsLayout.setContentsMargins(0, 0, 0, 0)
        self.participantsLabel = QLabel(self.entryPane)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.participantsLayout.addWidget(self.participantsLabel)

        self.participantsList = QListView(self.entryPane)
        self.participantsList.setObjectName(u"participantsList")

        self.participantsLayout.addWidget(self.participantsList)


        self.entryLayout.addLayout(self.participantsLayout)

        self.registerSplitter.addWidget(self.entryPane)

        self.registerLayout.addWidget(self.registerSplitter)

        self.entryErrorLabel = QLabel(self.registerTab)
        self.entryErrorLabel.setObjectName(u"entryErrorLabel")
        self.entryErrorLabel.setWordWrap(True)

        self.registerLayout.addWidget(self.entryErrorLabel)

        self.entryButtons = QHBoxLayout()
        self.entryButtons.setObjectName(u"entryButtons")
        self.newEntryButton = QPushButton(self.registerTab)
        self.newEntryButton.setObjectName(u"newEntryButton")

        self.entryButtons.addWidget(self.newEntryButton)

        self.entrySpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryButtons.addItem(self.entrySpacer)

        self.deleteEntryButton = QPushButton(self.registerTab)
        self.deleteEntryButton.setObjectName(u"deleteEntryButton")

        self.entryButtons.addWidget(self.deleteEntryButton)

        self.saveEntryButton = QPushButton(self.registerTab)
        self.saveEntryButton.setObjectName(u"saveEntryButton")

        self.entryButtons.addWidget(self.saveEntryButton)


        self.registerLayout.addLayout(self.entryButtons)

        self.pageTabs.addTab(self.registerTab, "")
        self.groupsTab = QWidget()
        self.groupsTab.setObjectName(u"groupsTab")
        self.groupsLayout = QVBoxLayout(self.groupsTab)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsNote = QLabel(self.groupsTab)
        self.groupsNote.setObjectName(u"groupsNote")
        self.groupsNote.setWordWrap(True)

        self.groupsLayout.addWidget(self.groupsNote)

        self.groupsTable = QTableView(self.groupsTab)
        self.groupsTable.setObjectName(u"groupsTable")

        self.groupsLayout.addWidget(self.groupsTable)

        self.groupForm = QFormLayout()
        self.groupForm.setObjectName(u"groupForm")
        self.groupNameLabel = QLabel(self.groupsTab)
        self.groupNameLabel.setObjectName(u"groupNameLabel")

        self.groupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupNameLabel)

        self.groupNameEdit = QLineEdit(self.groupsTab)
        self.groupNameEdit.setObjectName(u"groupNameEdit")

        self.groupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupNameEdit)

        self.groupKindLabel = QLabel(self.groupsTab)
        self.groupKindLabel.setObjectName(u"groupKindLabel")

        self.groupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groupKindLabel)

        self.groupKindCombo = QComboBox(self.groupsTab)
        self.groupKindCombo.setObjectName(u"groupKindCombo")

        self.groupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groupKindCombo)

        self.rhythmLabel = QLabel(self.groupsTab)
        self.rhythmLabel.setObjectName(u"rhythmLabel")

        self.groupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rhythmLabel)

        self.rhythmEdit = QLineEdit(self.groupsTab)
        self.rhythmEdit.setObjectName(u"rhythmEdit")

        self.groupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rhythmEdit)

        self.groupActiveTitle = QLabel(self.groupsTab)
        self.groupActiveTitle.setObjectName(u"groupActiveTitle")

        self.groupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.groupActiveTitle)

        self.groupActiveCheck = QCheckBox(self.groupsTab)
        self.groupActiveCheck.setObjectName(u"groupActiveCheck")

        self.groupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.groupActiveCheck)


        self.groupsLayout.addLayout(self.groupForm)

        self.groupErrorLabel = QLabel(self.groupsTab)
        self.groupErrorLabel.setObjectName(u"groupErrorLabel")
        self.groupErrorLabel.setWordWrap(True)

        self.groupsLayout.addWidget(self.groupErrorLabel)

        self.groupButtons = QHBoxLayout()
        self.groupButtons.setObjectName(u"groupButtons")
        self.newGroupButton = QPushButton(self.groupsTab)
        self.newGroupButton.setObjectName(u"newGroupButton")

        self.groupButtons.addWidget(self.newGroupButton)

        self.groupSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupButtons.addItem(self.groupSpacer)

        self.saveGroupButton = QPushButton(self.groupsTab)
        self.saveGroupButton.setObjectName(u"saveGroupButton")

        self.groupButtons.addWidget(self.saveGroupButton)


        self.groupsLayout.addLayout(self.groupButtons)

        self.pageTabs.addTab(self.groupsTab, "")

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
        self.kindFilterLabel.setBuddy(self.kindFilterCombo)
        self.entryKindLabel.setBuddy(self.entryKindCombo)
        self.heldLabel.setBuddy(self.heldEdit)
        self.groupLabel.setBuddy(self.groupCombo)
        self.facilitatorLabel.setBuddy(self.facilitatorCombo)
        self.topicLabel.setBuddy(self.topicEdit)
        self.notesLabel2.setBuddy(self.notesEdit)
        self.participantsLabel.setBuddy(self.participantsList)
        self.groupNameLabel.setBuddy(self.groupNameEdit)
        self.groupKindLabel.setBuddy(self.groupKindCombo)
        self.rhythmLabel.setBuddy(self.rhythmEdit)
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
        self.deleteRoundButton.setText(_("D&elete round"))
        self.roundInfoLabel.setText("")
        self.typeButton.setText(_("T&ype answers\u2026"))
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
        self.newActionButton.setText(_("New a&ction"))
        self.deleteActionButton.setText(_("Delete action"))
        self.saveActionButton.setText(_("Sa&ve action"))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.actionsTab), _("&Agreed actions"))
        self.kindFilterLabel.setText(_("S&how:"))
#if QT_CONFIG(accessibility)
        self.kindFilterCombo.setAccessibleName(_("Kind of learning together shown"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registerTable.setAccessibleName(_("Register of learning together"))
#endif // QT_CONFIG(accessibility)
        self.entryKindLabel.setText(_("Ki&nd:"))
#if QT_CONFIG(accessibility)
        self.entryKindCombo.setAccessibleName(_("Kind of learning together"))
#endif // QT_CONFIG(accessibility)
        self.heldLabel.setText(_("&Date:"))
#if QT_CONFIG(accessibility)
        self.heldEdit.setAccessibleName(_("Date of the meeting"))
#endif // QT_CONFIG(accessibility)
        self.heldEdit.setPlaceholderText(_("dd-mm-jjjj"))
        self.groupLabel.setText(_("G&roup:"))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(_("Group that met"))
#endif // QT_CONFIG(accessibility)
        self.facilitatorLabel.setText(_("&Facilitator:"))
#if QT_CONFIG(accessibility)
        self.facilitatorCombo.setAccessibleName(_("Who facilitated"))
#endif // QT_CONFIG(accessibility)
        self.topicLabel.setText(_("To&pic:"))
#if QT_CONFIG(accessibility)
        self.topicEdit.setAccessibleName(_("Topic"))
#endif // QT_CONFIG(accessibility)
        self.notesLabel2.setText(_("N&otes:"))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(_("Notes"))
#endif // QT_CONFIG(accessibility)
        self.notesReminderTitle.setText("")
        self.notesReminder.setText(_("Notes never hold client data: no names, dates of birth or details by which a client can be recognised."))
        self.participantsLabel.setText(_("&Who took part:"))
#if QT_CONFIG(accessibility)
        self.participantsList.setAccessibleName(_("Staff who took part; tick each one"))
#endif // QT_CONFIG(accessibility)
        self.entryErrorLabel.setText("")
        self.newEntryButton.setText(_("New &meeting"))
        self.deleteEntryButton.setText(_("Delete this meeting"))
        self.saveEntryButton.setText(_("&Save this meeting"))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.registerTab), _("&Learning together"))
        self.groupsNote.setText(_("A group with a rhythm is due that many weeks after it last met; one that is overdue is in the overview's agenda. The coaches meet twice a year, kept on the Coaching tab."))
#if QT_CONFIG(accessibility)
        self.groupsTable.setAccessibleName(_("Groups that learn together"))
#endif // QT_CONFIG(accessibility)
        self.groupNameLabel.setText(_("Na&me:"))
#if QT_CONFIG(accessibility)
        self.groupNameEdit.setAccessibleName(_("Name of the group"))
#endif // QT_CONFIG(accessibility)
        self.groupKindLabel.setText(_("Ki&nd:"))
#if QT_CONFIG(accessibility)
        self.groupKindCombo.setAccessibleName(_("Kind of learning together of the group"))
#endif // QT_CONFIG(accessibility)
        self.rhythmLabel.setText(_("&Every (weeks):"))
#if QT_CONFIG(accessibility)
        self.rhythmEdit.setAccessibleName(_("Rhythm in weeks"))
#endif // QT_CONFIG(accessibility)
        self.rhythmEdit.setPlaceholderText(_("Empty: no rhythm"))
        self.groupActiveTitle.setText("")
        self.groupActiveCheck.setText(_("A&ctive"))
        self.groupErrorLabel.setText("")
        self.newGroupButton.setText(_("New g&roup"))
        self.saveGroupButton.setText(_("Sa&ve group"))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.groupsTab), _("&Groups"))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

