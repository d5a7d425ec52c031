# Generated from ui/period_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'period_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from desktop.views.learners.agreements_panel import AgreementsPanel

from desktop.i18n import _

class Ui_PeriodDialog(object):
    def setupUi(self, PeriodDialog):
        if not PeriodDialog.objectName():
            PeriodDialog.setObjectName(u"PeriodDialog")
        PeriodDialog.resize(900, 620)
        self.verticalLayout = QVBoxLayout(PeriodDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.learnerLabel = QLabel(PeriodDialog)
        self.learnerLabel.setObjectName(u"learnerLabel")

        self.verticalLayout.addWidget(self.learnerLabel)

        self.concernsLabel = QLabel(PeriodDialog)
        self.concernsLabel.setObjectName(u"concernsLabel")
        self.concernsLabel.setStyleSheet(u"color: #b00020;")
        self.concernsLabel.setWordWrap(True)
        self.concernsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.concernsLabel)

        self.pages = QTabWidget(PeriodDialog)
        self.pages.setObjectName(u"pages")
        self.periodPage = QWidget()
        self.periodPage.setObjectName(u"periodPage")
        self.periodPageLayout = QVBoxLayout(self.periodPage)
        self.periodPageLayout.setObjectName(u"periodPageLayout")
        self.periodColumns = QHBoxLayout()
        self.periodColumns.setObjectName(u"periodColumns")
        self.placementForm = QFormLayout()
        self.placementForm.setObjectName(u"placementForm")
        self.programmeLabel = QLabel(self.periodPage)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.placementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeCombo = QComboBox(self.periodPage)
        self.programmeCombo.setObjectName(u"programmeCombo")

        self.placementForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.schoolLabel = QLabel(self.periodPage)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.placementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolCombo = QComboBox(self.periodPage)
        self.schoolCombo.setObjectName(u"schoolCombo")

        self.placementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schoolCombo)

        self.supervisorLabel = QLabel(self.periodPage)
        self.supervisorLabel.setObjectName(u"supervisorLabel")

        self.placementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.supervisorLabel)

        self.supervisorCombo = QComboBox(self.periodPage)
        self.supervisorCombo.setObjectName(u"supervisorCombo")

        self.placementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.supervisorCombo)

        self.teamLabel = QLabel(self.periodPage)
        self.teamLabel.setObjectName(u"teamLabel")

        self.placementForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamCombo = QComboBox(self.periodPage)
        self.teamCombo.setObjectName(u"teamCombo")

        self.placementForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.teamCombo)

        self.trainerLabel = QLabel(self.periodPage)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.placementForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerCombo = QComboBox(self.periodPage)
        self.trainerCombo.setObjectName(u"trainerCombo")

        self.placementForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.trainerCombo)

        self.workSupervisorLabel = QLabel(self.periodPage)
        self.workSupervisorLabel.setObjectName(u"workSupervisorLabel")

        self.placementForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.workSupervisorLabel)

        self.workSupervisorCombo = QComboBox(self.periodPage)
        self.workSupervisorCombo.setObjectName(u"workSupervisorCombo")

        self.placementForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.workSupervisorCombo)

        self.contractLabel = QLabel(self.periodPage)
        self.contractLabel.setObjectName(u"contractLabel")

        self.placementForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contractLabel)

        self.contractCombo = QComboBox(self.periodPage)
        self.contractCombo.setObjectName(u"contractCombo")

        self.placementForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contractCombo)

        self.meetingWeeksLabel = QLabel(self.periodPage)
        self.meetingWeeksLabel.setObjectName(u"meetingWeeksLabel")

        self.placementForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.meetingWeeksLabel)

        self.meetingWeeksCombo = QComboBox(self.periodPage)
        self.meetingWeeksCombo.setObjectName(u"meetingWeeksCombo")

        self.placementForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.meetingWeeksCombo)


        self.periodColumns.addLayout(self.placementForm)

        self.timeForm = QFormLayout()
        self.timeForm.setObjectName(u"timeForm")
        self.startLabel = QLabel(self.periodPage)
        self.startLabel.setObjectName(u"startLabel")

        self.timeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(self.periodPage)
        self.startEdit.setObjectName(u"startEdit")

        self.timeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(self.periodPage)
        self.endLabel.setObjectName(u"endLabel")

        self.timeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QLineEdit(self.periodPage)
        self.endEdit.setObjectName(u"endEdit")

        self.timeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.hoursPerWeekLabel = QLabel(self.periodPage)
        self.hoursPerWeekLabel.setObjectName(u"hoursPerWeekLabel")

        self.timeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hoursPerWeekLabel)

        self.hoursPerWeekEdit = QLineEdit(self.periodPage)
        self.hoursPerWeekEdit.setObjectName(u"hoursPerWeekEdit")

        self.timeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hoursPerWeekEdit)

        self.plannedHoursLabel = QLabel(self.periodPage)
        self.plannedHoursLabel.setObjectName(u"plannedHoursLabel")

        self.timeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.plannedHoursLabel)

        self.plannedHoursEdit = QLineEdit(self.periodPage)
        self.plannedHoursEdit.setObjectName(u"plannedHoursEdit")

        self.timeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.plannedHoursEdit)

        self.realisedHoursLabel = QLabel(self.periodPage)
        self.realisedHoursLabel.setObjectName(u"realisedHoursLabel")

        self.timeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.realisedHoursLabel)

        self.realisedHoursEdit = QLineEdit(self.periodPage)
        self.realisedHoursEdit.setObjectName(u"realisedHoursEdit")

        self.timeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.realisedHoursEdit)

        self.supernumeraryLabel = QLabel(self.periodPage)
        self.supernumeraryLabel.setObjectName(u"supernumeraryLabel")

        self.timeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.supernumeraryLabel)

        self.supernumeraryEdit = QLineEdit(self.periodPage)
        self.supernumeraryEdit.setObjectName(u"supernumeraryEdit")

        self.timeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.supernumeraryEdit)

        self.phaseLabel = QLabel(self.periodPage)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.timeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phaseCombo = QComboBox(self.periodPage)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.timeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phaseCombo)

        self.statusLabel = QLabel(self.periodPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.timeForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.periodPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.timeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.endedOnLabel = QLabel(self.periodPage)
        self.endedOnLabel.setObjectName(u"endedOnLabel")

        self.timeForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endedOnLabel)

        self.endedOnEdit = QLineEdit(self.periodPage)
        self.endedOnEdit.setObjectName(u"endedOnEdit")

        self.timeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endedOnEdit)

        self.endReasonLabel = QLabel(self.periodPage)
        self.endReasonLabel.setObjectName(u"endReasonLabel")

        self.timeForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.endReasonLabel)

        self.endReasonCombo = QComboBox(self.periodPage)
        self.endReasonCombo.setObjectName(u"endReasonCombo")

        self.timeForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.endReasonCombo)

        self.endReasonTextLabel = QLabel(self.periodPage)
        self.endReasonTextLabel.setObjectName(u"endReasonTextLabel")

        self.timeForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.endReasonTextLabel)

        self.endReasonTextEdit = QLineEdit(self.periodPage)
        self.endReasonTextEdit.setObjectName(u"endReasonTextEdit")

        self.timeForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.endReasonTextEdit)


        self.periodColumns.addLayout(self.timeForm)


        self.periodPageLayout.addLayout(self.periodColumns)

        self.notesForm = QFormLayout()
        self.notesForm.setObjectName(u"notesForm")
        self.notesLabel = QLabel(self.periodPage)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.periodPage)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 120))

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.periodPageLayout.addLayout(self.notesForm)

        self.periodPageSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.periodPageLayout.addItem(self.periodPageSpacer)

        self.pages.addTab(self.periodPage, "")
        self.tasksPage = QWidget()
        self.tasksPage.setObjectName(u"tasksPage")
        self.tasksLayout = QVBoxLayout(self.tasksPage)
        self.tasksLayout.setObjectName(u"tasksLayout")
        self.tasksIntro = QLabel(self.tasksPage)
        self.tasksIntro.setObjectName(u"tasksIntro")
        self.tasksIntro.setWordWrap(True)

        self.tasksLayout.addWidget(self.tasksIntro)

        self.tasksTable = QTableView(self.tasksPage)
        self.tasksTable.setObjectName(u"tasksTable")
        self.tasksTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tasksTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tasksTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tasksTable.setAlternatingRowColors(True)
        self.tasksTable.setWordWrap(False)

        self.tasksLayout.addWidget(self.tasksTable)

        self.taskButtons = QHBoxLayout()
        self.taskButtons.setObjectName(u"taskButtons")
        self.taskDoneButton = QPushButton(self.tasksPage)
        self.taskDoneButton.setObjectName(u"taskDoneButton")

        self.taskButtons.addWidget(self.taskDoneButton)

        self.taskUndoneButton = QPushButton(self.tasksPage)
        self.taskUndoneButton.setObjectName(u"taskUndoneButton")

        self.taskButtons.addWidget(self.taskUndoneButton)

        self.taskSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.taskButtons.addItem(self.taskSpacer)


        self.tasksLayout.addLayout(self.taskButtons)

        self.pages.addTab(self.tasksPage, "")
        self.goalsPage = QWidget()
        self.goalsPage.setObjectName(u"goalsPage")
        self.goalsLayout = QVBoxLayout(self.goalsPage)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsTable = QTableView(self.goalsPage)
        self.goalsTable.setObjectName(u"goalsTable")
        self.goalsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.goalsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.goalsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.goalsTable.setAlternatingRowColors(True)
        self.goalsTable.setWordWrap(False)

        self.goalsLayout.addWidget(self.goalsTable)

        self.goalForm = QFormLayout()
        self.goalForm.setObjectName(u"goalForm")
        self.goalTextLabel = QLabel(self.goalsPage)
        self.goalTextLabel.setObjectName(u"goalTextLabel")

        self.goalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goalTextLabel)

        self.goalTextEdit = QPlainTextEdit(self.goalsPage)
        self.goalTextEdit.setObjectName(u"goalTextEdit")
        self.goalTextEdit.setTabChangesFocus(True)
        self.goalTextEdit.setMaximumSize(QSize(16777215, 70))

        self.goalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goalTextEdit)

        self.goalStatusLabel = QLabel(self.goalsPage)
        self.goalStatusLabel.setObjectName(u"goalStatusLabel")

        self.goalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.goalStatusLabel)

        self.goalStatusCombo = QComboBox(self.goalsPage)
        self.goalStatusCombo.setObjectName(u"goalStatusCombo")

        self.goalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.goalStatusCombo)

        self.goalReviewLabel = QLabel(self.goalsPage)
        self.goalReviewLabel.setObjectName(u"goalReviewLabel")

        self.goalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.goalReviewLabel)

        self.goalReviewEdit = QPlainTextEdit(self.goalsPage)
        self.goalReviewEdit.setObjectName(u"goalReviewEdit")
        self.goalReviewEdit.setTabChangesFocus(True)
        self.goalReviewEdit.setMaximumSize(QSize(16777215, 70))

        self.goalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.goalReviewEdit)


        self.goalsLayout.addLayout(self.goalForm)

        self.goalButtons = QHBoxLayout()
        self.goalButtons.setObjectName(u"goalButtons")
        self.newGoalButton = QPushButton(self.goalsPage)
        self.newGoalButton.setObjectName(u"newGoalButton")

        self.goalButtons.addWidget(self.newGoalButton)

        self.saveGoalButton = QPushButton(self.goalsPage)
        self.saveGoalButton.setObjectName(u"saveGoalButton")

        self.goalButtons.addWidget(self.saveGoalButton)

        self.deleteGoalButton = QPushButton(self.goalsPage)
        self.deleteGoalButton.setObjectName(u"deleteGoalButton")

        self.goalButtons.addWidget(self.deleteGoalButton)

        self.goalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalButtons.addItem(self.goalSpacer)


        self.goalsLayout.addLayout(self.goalButtons)

        self.goalsLayout.setStretch(0, 1)
        self.pages.addTab(self.goalsPage, "")
        self.meetingsPage = QWidget()
        self.meetingsPage.setObjectName(u"meetingsPage")
        self.meetingsLayout = QVBoxLayout(self.meetingsPage)
        self.meetingsLayout.setObjectName(u"meetingsLayout")
        self.meetingsTable = QTableView(self.meetingsPage)
        self.meetingsTable.setObjectName(u"meetingsTable")
        self.meetingsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.meetingsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meetingsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetingsTable.setAlternatingRowColors(True)
        self.meetingsTable.setWordWrap(False)

        self.meetingsLayout.addWidget(self.meetingsTable)

        self.meetingColumns = QHBoxLayout()
        self.meetingColumns.setObjectName(u"meetingColumns")
        self.meetingForm = QFormLayout()
        self.meetingForm.setObjectName(u"meetingForm")
        self.meetingKindLabel = QLabel(self.meetingsPage)
        self.meetingKindLabel.setObjectName(u"meetingKindLabel")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingKindLabel)

        self.meetingKindCombo = QComboBox(self.meetingsPage)
        self.meetingKindCombo.setObjectName(u"meetingKindCombo")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingKindCombo)

        self.plannedOnLabel = QLabel(self.meetingsPage)
        self.plannedOnLabel.setObjectName(u"plannedOnLabel")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.plannedOnLabel)

        self.plannedOnEdit = QLineEdit(self.meetingsPage)
        self.plannedOnEdit.setObjectName(u"plannedOnEdit")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.plannedOnEdit)

        self.heldOnLabel = QLabel(self.meetingsPage)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.heldOnLabel)

        self.heldOnEdit = QLineEdit(self.meetingsPage)
        self.heldOnEdit.setObjectName(u"heldOnEdit")

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.heldOnEdit)

        self.cancelledCaption = QLabel(self.meetingsPage)
        self.cancelledCaption.setObjectName(u"cancelledCaption")

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cancelledCaption)

        self.cancelledCheck = QCheckBox(self.meetingsPage)
        self.cancelledCheck.setObjectName(u"cancelledCheck")

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cancelledCheck)


        self.meetingColumns.addLayout(self.meetingForm)

        self.meetingNotesForm = QFormLayout()
        self.meetingNotesForm.setObjectName(u"meetingNotesForm")
        self.participantsLabel = QLabel(self.meetingsPage)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.meetingNotesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = QLineEdit(self.meetingsPage)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.meetingNotesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.meetingNotesLabel = QLabel(self.meetingsPage)
        self.meetingNotesLabel.setObjectName(u"meetingNotesLabel")

        self.meetingNotesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingNotesLabel)

        self.meetingNotesEdit = QPlainTextEdit(self.meetingsPage)
        self.meetingNotesEdit.setObjectName(u"meetingNotesEdit")
        self.meetingNotesEdit.setTabChangesFocus(True)
        self.meetingNotesEdit.setMaximumSize(QSize(16777215, 90))

        self.meetingNotesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meetingNotesEdit)


        self.meetingColumns.addLayout(self.meetingNotesForm)


        self.meetingsLayout.addLayout(self.meetingColumns)

        self.meetingButtons = QHBoxLayout()
        self.meetingButtons.setObjectName(u"meetingButtons")
        self.newMeetingButton = QPushButton(self.meetingsPage)
        self.newMeetingButton.setObjectName(u"newMeetingButton")

        self.meetingButtons.addWidget(self.newMeetingButton)

        self.saveMeetingButton = QPushButton(self.meetingsPage)
        self.saveMeetingButton.setObjectName(u"saveMeetingButton")

        self.meetingButtons.addWidget(self.saveMeetingButton)

        self.deleteMeetingButton = QPushButton(self.meetingsPage)
        self.deleteMeetingButton.setObjectName(u"deleteMeetingButton")

        self.meetingButtons.addWidget(self.deleteMeetingButton)

        self.meetingSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetingButtons.addItem(self.meetingSpacer)

        self.replanButton = QPushButton(self.meetingsPage)
        self.replanButton.setObjectName(u"replanButton")

        self.meetingButtons.addWidget(self.replanButton)


        self.meetingsLayout.addLayout(self.meetingButtons)

        self.meetingsLayout.setStretch(0, 1)
        self.pages.addTab(self.meetingsPage, "")
        self.agreementsPage = QWidget()
        self.agreementsPage.setObjectName(u"agreementsPage")
        self.agreementsLayout = QVBoxLayout(self.agreementsPage)
        self.agreementsLayout.setObjectName(u"agreementsLayout")
        self.agreementsPanel = AgreementsPanel(self.agreementsPage)
        self.agreementsPanel.setObjectName(u"agreementsPanel")

        self.agreementsLayout.addWidget(self.agreementsPanel)

        self.pages.addTab(self.agreementsPage, "")
        self.formsPage = QWidget()
        self.formsPage.setObjectName(u"formsPage")
        self.formsLayout = QVBoxLayout(self.formsPage)
        self.formsLayout.setObjectName(u"formsLayout")
        self.formsTable = QTableView(self.formsPage)
        self.formsTable.setObjectName(u"formsTable")
        self.formsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.formsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.formsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.formsTable.setAlternatingRowColors(True)
        self.formsTable.setWordWrap(False)

        self.formsLayout.addWidget(self.formsTable)

        self.formButtons = QHBoxLayout()
        self.formButtons.setObjectName(u"formButtons")
        self.openFormButton = QPushButton(self.formsPage)
        self.openFormButton.setObjectName(u"openFormButton")

        self.formButtons.addWidget(self.openFormButton)

        self.formSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formButtons.addItem(self.formSpacer)

        self.newAssessmentButton = QPushButton(self.formsPage)
        self.newAssessmentButton.setObjectName(u"newAssessmentButton")

        self.formButtons.addWidget(self.newAssessmentButton)

        self.newAssignmentButton = QPushButton(self.formsPage)
        self.newAssignmentButton.setObjectName(u"newAssignmentButton")

        self.formButtons.addWidget(self.newAssignmentButton)


        self.formsLayout.addLayout(self.formButtons)

        self.pages.addTab(self.formsPage, "")

        self.verticalLayout.addWidget(self.pages)

        self.hintLabel = QLabel(PeriodDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(PeriodDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PeriodDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Apply|QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.schoolLabel.setBuddy(self.schoolCombo)
        self.supervisorLabel.setBuddy(self.supervisorCombo)
        self.teamLabel.setBuddy(self.teamCombo)
        self.trainerLabel.setBuddy(self.trainerCombo)
        self.workSupervisorLabel.setBuddy(self.workSupervisorCombo)
        self.contractLabel.setBuddy(self.contractCombo)
        self.meetingWeeksLabel.setBuddy(self.meetingWeeksCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.hoursPerWeekLabel.setBuddy(self.hoursPerWeekEdit)
        self.plannedHoursLabel.setBuddy(self.plannedHoursEdit)
        self.realisedHoursLabel.setBuddy(self.realisedHoursEdit)
        self.supernumeraryLabel.setBuddy(self.supernumeraryEdit)
        self.phaseLabel.setBuddy(self.phaseCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.endedOnLabel.setBuddy(self.endedOnEdit)
        self.endReasonLabel.setBuddy(self.endReasonCombo)
        self.endReasonTextLabel.setBuddy(self.endReasonTextEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.goalTextLabel.setBuddy(self.goalTextEdit)
        self.goalStatusLabel.setBuddy(self.goalStatusCombo)
        self.goalReviewLabel.setBuddy(self.goalReviewEdit)
        self.meetingKindLabel.setBuddy(self.meetingKindCombo)
        self.plannedOnLabel.setBuddy(self.plannedOnEdit)
        self.heldOnLabel.setBuddy(self.heldOnEdit)
        self.cancelledCaption.setBuddy(self.cancelledCheck)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.meetingNotesLabel.setBuddy(self.meetingNotesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PeriodDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PeriodDialog)
    # setupUi

    def retranslateUi(self, PeriodDialog):
        PeriodDialog.setWindowTitle(_("BPV period"))
#if QT_CONFIG(accessibility)
        self.concernsLabel.setAccessibleName(_("What this period needs"))
#endif // QT_CONFIG(accessibility)
        self.programmeLabel.setText(_("P&rogramme:"))
        self.schoolLabel.setText(_("&School:"))
        self.supervisorLabel.setText(_("School's BPV supervisor:"))
        self.teamLabel.setText(_("&Location and team:"))
        self.trainerLabel.setText(_("Pract&ice trainer:"))
        self.workSupervisorLabel.setText(_("Wor&k supervisor:"))
        self.contractLabel.setText(_("&Contract:"))
        self.meetingWeeksLabel.setText(_("Work supervisor talks:"))
        self.startLabel.setText(_("St&art date:"))
        self.endLabel.setText(_("&End date:"))
        self.hoursPerWeekLabel.setText(_("H&ours per week:"))
        self.plannedHoursLabel.setText(_("Planned &BPV hours:"))
        self.realisedHoursLabel.setText(_("Realise&d hours:"))
        self.supernumeraryLabel.setText(_("Supernumerar&y until:"))
        self.phaseLabel.setText(_("P&hase:"))
        self.statusLabel.setText(_("Stat&us:"))
        self.endedOnLabel.setText(_("Ended on:"))
        self.endReasonLabel.setText(_("Reason for ending:"))
        self.endReasonTextLabel.setText(_("E&xplanation:"))
        self.notesLabel.setText(_("Notes:"))
        self.pages.setTabText(self.pages.indexOf(self.periodPage), _("&Period"))
        self.tasksIntro.setText(_("The checklist of each phase the period has reached, from the organisation's BPV task table. Tick a task when it is done."))
#if QT_CONFIG(accessibility)
        self.tasksTable.setAccessibleName(_("Tasks"))
#endif // QT_CONFIG(accessibility)
        self.taskDoneButton.setText(_("Mark &done"))
#if QT_CONFIG(tooltip)
        self.taskDoneButton.setToolTip(_("Mark the selected task done today (Space)"))
#endif // QT_CONFIG(tooltip)
        self.taskUndoneButton.setText(_("Mark not d&one"))
        self.pages.setTabText(self.pages.indexOf(self.tasksPage), _("&Tasks"))
#if QT_CONFIG(accessibility)
        self.goalsTable.setAccessibleName(_("Learning goals"))
#endif // QT_CONFIG(accessibility)
        self.goalTextLabel.setText(_("&Learning goal:"))
        self.goalStatusLabel.setText(_("Stat&us:"))
        self.goalReviewLabel.setText(_("&Review:"))
        self.newGoalButton.setText(_("N&ew goal"))
        self.saveGoalButton.setText(_("&Save goal"))
        self.deleteGoalButton.setText(_("Delete goal"))
        self.pages.setTabText(self.pages.indexOf(self.goalsPage), _("Learning &goals"))
#if QT_CONFIG(accessibility)
        self.meetingsTable.setAccessibleName(_("Meetings"))
#endif // QT_CONFIG(accessibility)
        self.meetingKindLabel.setText(_("&Kind:"))
        self.plannedOnLabel.setText(_("P&lanned on:"))
        self.heldOnLabel.setText(_("&Held on:"))
        self.cancelledCaption.setText("")
        self.cancelledCheck.setText(_("&Cancelled"))
        self.participantsLabel.setText(_("Pa&rticipants:"))
        self.meetingNotesLabel.setText(_("N&otes:"))
        self.newMeetingButton.setText(_("N&ew meeting"))
        self.saveMeetingButton.setText(_("&Save meeting"))
        self.deleteMeetingButton.setText(_("Delete meeting"))
        self.replanButton.setText(_("Plan &again from the dates"))
#if QT_CONFIG(tooltip)
        self.replanButton.setToolTip(_("Plan the meetings that have not been held again from the period's dates"))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.meetingsPage), _("&Meetings"))
        self.pages.setTabText(self.pages.indexOf(self.agreementsPage), _("Agreeme&nts"))
#if QT_CONFIG(accessibility)
        self.formsTable.setAccessibleName(_("Forms of this period"))
#endif // QT_CONFIG(accessibility)
        self.openFormButton.setText(_("&Open form"))
        self.newAssessmentButton.setText(_("New &assessment form"))
#if QT_CONFIG(tooltip)
        self.newAssessmentButton.setToolTip(_("A new assessment form for this period, with its werkprocessen, due date and signers filled in"))
#endif // QT_CONFIG(tooltip)
        self.newAssignmentButton.setText(_("New practice ass&ignment"))
#if QT_CONFIG(tooltip)
        self.newAssignmentButton.setToolTip(_("A new practice assignment for this period, with its signers filled in"))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.formsPage), _("&Forms"))
    # retranslateUi

