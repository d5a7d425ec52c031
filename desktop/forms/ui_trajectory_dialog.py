# Generated from ui/trajectory_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trajectory_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from desktop.views.signing.panel import SignaturesPanel

from desktop.i18n import _

class Ui_TrajectoryDialog(object):
    def setupUi(self, TrajectoryDialog):
        if not TrajectoryDialog.objectName():
            TrajectoryDialog.setObjectName(u"TrajectoryDialog")
        TrajectoryDialog.resize(760, 640)
        self.verticalLayout = QVBoxLayout(TrajectoryDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.frozenLabel = QLabel(TrajectoryDialog)
        self.frozenLabel.setObjectName(u"frozenLabel")
        self.frozenLabel.setWordWrap(True)
        self.frozenLabel.setStyleSheet(u"color: #8a5a00;")

        self.verticalLayout.addWidget(self.frozenLabel)

        self.pages = QTabWidget(TrajectoryDialog)
        self.pages.setObjectName(u"pages")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalGrid = QGridLayout(self.generalPage)
        self.generalGrid.setObjectName(u"generalGrid")
        self.numberLabel = QLabel(self.generalPage)
        self.numberLabel.setObjectName(u"numberLabel")

        self.generalGrid.addWidget(self.numberLabel, 0, 0, 1, 1)

        self.numberValue = QLabel(self.generalPage)
        self.numberValue.setObjectName(u"numberValue")

        self.generalGrid.addWidget(self.numberValue, 0, 1, 1, 1)

        self.kindLabel = QLabel(self.generalPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.generalGrid.addWidget(self.kindLabel, 1, 0, 1, 1)

        self.kindCombo = QComboBox(self.generalPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.generalGrid.addWidget(self.kindCombo, 1, 1, 1, 1)

        self.participantLabel = QLabel(self.generalPage)
        self.participantLabel.setObjectName(u"participantLabel")

        self.generalGrid.addWidget(self.participantLabel, 2, 0, 1, 1)

        self.participantCombo = QComboBox(self.generalPage)
        self.participantCombo.setObjectName(u"participantCombo")

        self.generalGrid.addWidget(self.participantCombo, 2, 1, 1, 1)

        self.coachLabel = QLabel(self.generalPage)
        self.coachLabel.setObjectName(u"coachLabel")

        self.generalGrid.addWidget(self.coachLabel, 3, 0, 1, 1)

        self.coachCombo = QComboBox(self.generalPage)
        self.coachCombo.setObjectName(u"coachCombo")

        self.generalGrid.addWidget(self.coachCombo, 3, 1, 1, 1)

        self.managerLabel = QLabel(self.generalPage)
        self.managerLabel.setObjectName(u"managerLabel")

        self.generalGrid.addWidget(self.managerLabel, 4, 0, 1, 1)

        self.managerCombo = QComboBox(self.generalPage)
        self.managerCombo.setObjectName(u"managerCombo")

        self.generalGrid.addWidget(self.managerCombo, 4, 1, 1, 1)

        self.enrolmentLabel = QLabel(self.generalPage)
        self.enrolmentLabel.setObjectName(u"enrolmentLabel")

        self.generalGrid.addWidget(self.enrolmentLabel, 5, 0, 1, 1)

        self.enrolmentCombo = QComboBox(self.generalPage)
        self.enrolmentCombo.setObjectName(u"enrolmentCombo")

        self.generalGrid.addWidget(self.enrolmentCombo, 5, 1, 1, 1)

        self.trainingEndsLabel = QLabel(self.generalPage)
        self.trainingEndsLabel.setObjectName(u"trainingEndsLabel")

        self.generalGrid.addWidget(self.trainingEndsLabel, 6, 0, 1, 1)

        self.trainingEndsEdit = QLineEdit(self.generalPage)
        self.trainingEndsEdit.setObjectName(u"trainingEndsEdit")

        self.generalGrid.addWidget(self.trainingEndsEdit, 6, 1, 1, 1)

        self.statusLabel = QLabel(self.generalPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalGrid.addWidget(self.statusLabel, 7, 0, 1, 1)

        self.statusCombo = QComboBox(self.generalPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.generalGrid.addWidget(self.statusCombo, 7, 1, 1, 1)

        self.startedLabel = QLabel(self.generalPage)
        self.startedLabel.setObjectName(u"startedLabel")

        self.generalGrid.addWidget(self.startedLabel, 8, 0, 1, 1)

        self.startedEdit = QLineEdit(self.generalPage)
        self.startedEdit.setObjectName(u"startedEdit")

        self.generalGrid.addWidget(self.startedEdit, 8, 1, 1, 1)

        self.endedLabel = QLabel(self.generalPage)
        self.endedLabel.setObjectName(u"endedLabel")

        self.generalGrid.addWidget(self.endedLabel, 9, 0, 1, 1)

        self.endedEdit = QLineEdit(self.generalPage)
        self.endedEdit.setObjectName(u"endedEdit")

        self.generalGrid.addWidget(self.endedEdit, 9, 1, 1, 1)

        self.expectationsLabel = QLabel(self.generalPage)
        self.expectationsLabel.setObjectName(u"expectationsLabel")

        self.generalGrid.addWidget(self.expectationsLabel, 10, 0, 1, 1)

        self.expectationsEdit = QPlainTextEdit(self.generalPage)
        self.expectationsEdit.setObjectName(u"expectationsEdit")
        self.expectationsEdit.setTabChangesFocus(True)
        self.expectationsEdit.setMinimumSize(QSize(0, 60))

        self.generalGrid.addWidget(self.expectationsEdit, 10, 1, 1, 1)

        self.contributionLabel = QLabel(self.generalPage)
        self.contributionLabel.setObjectName(u"contributionLabel")

        self.generalGrid.addWidget(self.contributionLabel, 11, 0, 1, 1)

        self.contributionEdit = QPlainTextEdit(self.generalPage)
        self.contributionEdit.setObjectName(u"contributionEdit")
        self.contributionEdit.setTabChangesFocus(True)
        self.contributionEdit.setMinimumSize(QSize(0, 60))

        self.generalGrid.addWidget(self.contributionEdit, 11, 1, 1, 1)

        self.notesLabel = QLabel(self.generalPage)
        self.notesLabel.setObjectName(u"notesLabel")

        self.generalGrid.addWidget(self.notesLabel, 12, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(self.generalPage)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 40))

        self.generalGrid.addWidget(self.notesEdit, 12, 1, 1, 1)

        self.pages.addTab(self.generalPage, "")
        self.stepsPage = QWidget()
        self.stepsPage.setObjectName(u"stepsPage")
        self.stepsLayout = QVBoxLayout(self.stepsPage)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepButtons = QHBoxLayout()
        self.stepButtons.setObjectName(u"stepButtons")
        self.addStepButton = QPushButton(self.stepsPage)
        self.addStepButton.setObjectName(u"addStepButton")

        self.stepButtons.addWidget(self.addStepButton)

        self.removeStepButton = QPushButton(self.stepsPage)
        self.removeStepButton.setObjectName(u"removeStepButton")

        self.stepButtons.addWidget(self.removeStepButton)

        self.planButton = QPushButton(self.stepsPage)
        self.planButton.setObjectName(u"planButton")

        self.stepButtons.addWidget(self.planButton)

        self.stepSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepButtons.addItem(self.stepSpacer)


        self.stepsLayout.addLayout(self.stepButtons)

        self.stepsTable = QTableView(self.stepsPage)
        self.stepsTable.setObjectName(u"stepsTable")
        self.stepsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.stepsTable.setAlternatingRowColors(True)
        self.stepsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.stepsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.stepsTable.setWordWrap(False)

        self.stepsLayout.addWidget(self.stepsTable)

        self.stepGrid = QGridLayout()
        self.stepGrid.setObjectName(u"stepGrid")
        self.stepKindLabel = QLabel(self.stepsPage)
        self.stepKindLabel.setObjectName(u"stepKindLabel")

        self.stepGrid.addWidget(self.stepKindLabel, 0, 0, 1, 1)

        self.stepKindCombo = QComboBox(self.stepsPage)
        self.stepKindCombo.setObjectName(u"stepKindCombo")

        self.stepGrid.addWidget(self.stepKindCombo, 0, 1, 1, 1)

        self.stepPlannedLabel = QLabel(self.stepsPage)
        self.stepPlannedLabel.setObjectName(u"stepPlannedLabel")

        self.stepGrid.addWidget(self.stepPlannedLabel, 1, 0, 1, 1)

        self.stepPlannedEdit = QLineEdit(self.stepsPage)
        self.stepPlannedEdit.setObjectName(u"stepPlannedEdit")

        self.stepGrid.addWidget(self.stepPlannedEdit, 1, 1, 1, 1)

        self.stepHeldLabel = QLabel(self.stepsPage)
        self.stepHeldLabel.setObjectName(u"stepHeldLabel")

        self.stepGrid.addWidget(self.stepHeldLabel, 2, 0, 1, 1)

        self.stepHeldEdit = QLineEdit(self.stepsPage)
        self.stepHeldEdit.setObjectName(u"stepHeldEdit")

        self.stepGrid.addWidget(self.stepHeldEdit, 2, 1, 1, 1)

        self.stepParticipantsLabel = QLabel(self.stepsPage)
        self.stepParticipantsLabel.setObjectName(u"stepParticipantsLabel")

        self.stepGrid.addWidget(self.stepParticipantsLabel, 3, 0, 1, 1)

        self.stepParticipantsEdit = QLineEdit(self.stepsPage)
        self.stepParticipantsEdit.setObjectName(u"stepParticipantsEdit")

        self.stepGrid.addWidget(self.stepParticipantsEdit, 3, 1, 1, 1)

        self.stepNotesLabel = QLabel(self.stepsPage)
        self.stepNotesLabel.setObjectName(u"stepNotesLabel")

        self.stepGrid.addWidget(self.stepNotesLabel, 4, 0, 1, 1)

        self.stepNotesEdit = QPlainTextEdit(self.stepsPage)
        self.stepNotesEdit.setObjectName(u"stepNotesEdit")
        self.stepNotesEdit.setTabChangesFocus(True)
        self.stepNotesEdit.setMinimumSize(QSize(0, 50))

        self.stepGrid.addWidget(self.stepNotesEdit, 4, 1, 1, 1)


        self.stepsLayout.addLayout(self.stepGrid)

        self.pages.addTab(self.stepsPage, "")
        self.goalsPage = QWidget()
        self.goalsPage.setObjectName(u"goalsPage")
        self.goalsLayout = QVBoxLayout(self.goalsPage)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalButtons = QHBoxLayout()
        self.goalButtons.setObjectName(u"goalButtons")
        self.addGoalButton = QPushButton(self.goalsPage)
        self.addGoalButton.setObjectName(u"addGoalButton")

        self.goalButtons.addWidget(self.addGoalButton)

        self.removeGoalButton = QPushButton(self.goalsPage)
        self.removeGoalButton.setObjectName(u"removeGoalButton")

        self.goalButtons.addWidget(self.removeGoalButton)

        self.goalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalButtons.addItem(self.goalSpacer)


        self.goalsLayout.addLayout(self.goalButtons)

        self.goalsTable = QTableView(self.goalsPage)
        self.goalsTable.setObjectName(u"goalsTable")
        self.goalsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.goalsTable.setAlternatingRowColors(True)
        self.goalsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.goalsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.goalsTable.setWordWrap(False)

        self.goalsLayout.addWidget(self.goalsTable)

        self.goalGrid = QGridLayout()
        self.goalGrid.setObjectName(u"goalGrid")
        self.goalTextLabel = QLabel(self.goalsPage)
        self.goalTextLabel.setObjectName(u"goalTextLabel")

        self.goalGrid.addWidget(self.goalTextLabel, 0, 0, 1, 1)

        self.goalTextEdit = QPlainTextEdit(self.goalsPage)
        self.goalTextEdit.setObjectName(u"goalTextEdit")
        self.goalTextEdit.setTabChangesFocus(True)
        self.goalTextEdit.setMinimumSize(QSize(0, 50))

        self.goalGrid.addWidget(self.goalTextEdit, 0, 1, 1, 1)

        self.goalStatusLabel = QLabel(self.goalsPage)
        self.goalStatusLabel.setObjectName(u"goalStatusLabel")

        self.goalGrid.addWidget(self.goalStatusLabel, 1, 0, 1, 1)

        self.goalStatusCombo = QComboBox(self.goalsPage)
        self.goalStatusCombo.setObjectName(u"goalStatusCombo")

        self.goalGrid.addWidget(self.goalStatusCombo, 1, 1, 1, 1)

        self.goalReviewLabel = QLabel(self.goalsPage)
        self.goalReviewLabel.setObjectName(u"goalReviewLabel")

        self.goalGrid.addWidget(self.goalReviewLabel, 2, 0, 1, 1)

        self.goalReviewEdit = QPlainTextEdit(self.goalsPage)
        self.goalReviewEdit.setObjectName(u"goalReviewEdit")
        self.goalReviewEdit.setTabChangesFocus(True)
        self.goalReviewEdit.setMinimumSize(QSize(0, 40))

        self.goalGrid.addWidget(self.goalReviewEdit, 2, 1, 1, 1)

        self.goalReviewedLabel = QLabel(self.goalsPage)
        self.goalReviewedLabel.setObjectName(u"goalReviewedLabel")

        self.goalGrid.addWidget(self.goalReviewedLabel, 3, 0, 1, 1)

        self.goalReviewedEdit = QLineEdit(self.goalsPage)
        self.goalReviewedEdit.setObjectName(u"goalReviewedEdit")

        self.goalGrid.addWidget(self.goalReviewedEdit, 3, 1, 1, 1)


        self.goalsLayout.addLayout(self.goalGrid)

        self.pages.addTab(self.goalsPage, "")
        self.signingPage = QWidget()
        self.signingPage.setObjectName(u"signingPage")
        self.signingLayout = QVBoxLayout(self.signingPage)
        self.signingLayout.setObjectName(u"signingLayout")
        self.signingHintLabel = QLabel(self.signingPage)
        self.signingHintLabel.setObjectName(u"signingHintLabel")
        self.signingHintLabel.setWordWrap(True)

        self.signingLayout.addWidget(self.signingHintLabel)

        self.signaturesPanel = SignaturesPanel(self.signingPage)
        self.signaturesPanel.setObjectName(u"signaturesPanel")

        self.signingLayout.addWidget(self.signaturesPanel)

        self.printButtons = QHBoxLayout()
        self.printButtons.setObjectName(u"printButtons")
        self.printSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printButtons.addItem(self.printSpacer)

        self.previewButton = QPushButton(self.signingPage)
        self.previewButton.setObjectName(u"previewButton")

        self.printButtons.addWidget(self.previewButton)

        self.printButton = QPushButton(self.signingPage)
        self.printButton.setObjectName(u"printButton")

        self.printButtons.addWidget(self.printButton)

        self.pdfButton = QPushButton(self.signingPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.printButtons.addWidget(self.pdfButton)


        self.signingLayout.addLayout(self.printButtons)

        self.pages.addTab(self.signingPage, "")

        self.verticalLayout.addWidget(self.pages)

        self.errorLabel = QLabel(TrajectoryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TrajectoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Apply|QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberValue)
        self.kindLabel.setBuddy(self.kindCombo)
        self.participantLabel.setBuddy(self.participantCombo)
        self.coachLabel.setBuddy(self.coachCombo)
        self.managerLabel.setBuddy(self.managerCombo)
        self.enrolmentLabel.setBuddy(self.enrolmentCombo)
        self.trainingEndsLabel.setBuddy(self.trainingEndsEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.startedLabel.setBuddy(self.startedEdit)
        self.endedLabel.setBuddy(self.endedEdit)
        self.expectationsLabel.setBuddy(self.expectationsEdit)
        self.contributionLabel.setBuddy(self.contributionEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.stepKindLabel.setBuddy(self.stepKindCombo)
        self.stepPlannedLabel.setBuddy(self.stepPlannedEdit)
        self.stepHeldLabel.setBuddy(self.stepHeldEdit)
        self.stepParticipantsLabel.setBuddy(self.stepParticipantsEdit)
        self.stepNotesLabel.setBuddy(self.stepNotesEdit)
        self.goalTextLabel.setBuddy(self.goalTextEdit)
        self.goalStatusLabel.setBuddy(self.goalStatusCombo)
        self.goalReviewLabel.setBuddy(self.goalReviewEdit)
        self.goalReviewedLabel.setBuddy(self.goalReviewedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrajectoryDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TrajectoryDialog)
    # setupUi

    def retranslateUi(self, TrajectoryDialog):
        TrajectoryDialog.setWindowTitle(_("Coaching trajectory"))
        self.numberLabel.setText(_("Number:"))
        self.numberValue.setText("")
        self.kindLabel.setText(_("&Kind:"))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(_("Kind of trajectory"))
#endif // QT_CONFIG(accessibility)
        self.participantLabel.setText(_("&Participant:"))
#if QT_CONFIG(accessibility)
        self.participantCombo.setAccessibleName(_("Participant"))
#endif // QT_CONFIG(accessibility)
        self.coachLabel.setText(_("&Coach:"))
#if QT_CONFIG(accessibility)
        self.coachCombo.setAccessibleName(_("Coach"))
#endif // QT_CONFIG(accessibility)
        self.managerLabel.setText(_("&Manager:"))
#if QT_CONFIG(accessibility)
        self.managerCombo.setAccessibleName(_("Manager"))
#endif // QT_CONFIG(accessibility)
        self.enrolmentLabel.setText(_("T&raining:"))
#if QT_CONFIG(accessibility)
        self.enrolmentCombo.setAccessibleName(_("Training enrolment it supports"))
#endif // QT_CONFIG(accessibility)
        self.trainingEndsLabel.setText(_("Training e&nds on:"))
#if QT_CONFIG(accessibility)
        self.trainingEndsEdit.setAccessibleName(_("Training ends on"))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(_("Stat&us:"))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(_("Status"))
#endif // QT_CONFIG(accessibility)
        self.startedLabel.setText(_("St&arted on:"))
#if QT_CONFIG(accessibility)
        self.startedEdit.setAccessibleName(_("Started on"))
#endif // QT_CONFIG(accessibility)
        self.endedLabel.setText(_("En&ded on:"))
#if QT_CONFIG(accessibility)
        self.endedEdit.setAccessibleName(_("Ended on"))
#endif // QT_CONFIG(accessibility)
        self.expectationsLabel.setText(_("Manager e&xpects:"))
#if QT_CONFIG(accessibility)
        self.expectationsEdit.setAccessibleName(_("What the manager expects the trajectory to deliver"))
#endif // QT_CONFIG(accessibility)
        self.contributionLabel.setText(_("Manager contri&butes:"))
#if QT_CONFIG(accessibility)
        self.contributionEdit.setAccessibleName(_("What the manager will contribute"))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(_("N&otes:"))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(_("Notes"))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.generalPage), _("&Trajectory"))
        self.addStepButton.setText(_("&Add step"))
#if QT_CONFIG(tooltip)
        self.addStepButton.setToolTip(_("Add a step (a progress talk, for example)"))
#endif // QT_CONFIG(tooltip)
        self.removeStepButton.setText(_("&Remove step"))
#if QT_CONFIG(tooltip)
        self.removeStepButton.setToolTip(_("Remove the selected step"))
#endif // QT_CONFIG(tooltip)
        self.planButton.setText(_("&Plan from the method"))
#if QT_CONFIG(tooltip)
        self.planButton.setToolTip(_("Plan the steps that were not held yet from the start and the end of the training"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.stepsTable.setAccessibleName(_("Steps"))
#endif // QT_CONFIG(accessibility)
        self.stepKindLabel.setText(_("Step:"))
#if QT_CONFIG(accessibility)
        self.stepKindCombo.setAccessibleName(_("Kind of step"))
#endif // QT_CONFIG(accessibility)
        self.stepPlannedLabel.setText(_("Planned on:"))
#if QT_CONFIG(accessibility)
        self.stepPlannedEdit.setAccessibleName(_("Planned on"))
#endif // QT_CONFIG(accessibility)
        self.stepHeldLabel.setText(_("Held on:"))
#if QT_CONFIG(accessibility)
        self.stepHeldEdit.setAccessibleName(_("Held on"))
#endif // QT_CONFIG(accessibility)
        self.stepParticipantsLabel.setText(_("Taking part:"))
#if QT_CONFIG(accessibility)
        self.stepParticipantsEdit.setAccessibleName(_("Who takes part"))
#endif // QT_CONFIG(accessibility)
        self.stepNotesLabel.setText(_("Notes:"))
#if QT_CONFIG(accessibility)
        self.stepNotesEdit.setAccessibleName(_("Notes of the step"))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.stepsPage), _("St&eps"))
        self.addGoalButton.setText(_("Add &goal"))
#if QT_CONFIG(tooltip)
        self.addGoalButton.setToolTip(_("Add a learning goal"))
#endif // QT_CONFIG(tooltip)
        self.removeGoalButton.setText(_("Remo&ve goal"))
#if QT_CONFIG(tooltip)
        self.removeGoalButton.setToolTip(_("Remove the selected learning goal"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.goalsTable.setAccessibleName(_("Learning goals"))
#endif // QT_CONFIG(accessibility)
        self.goalTextLabel.setText(_("Learning goal:"))
#if QT_CONFIG(accessibility)
        self.goalTextEdit.setAccessibleName(_("Learning goal"))
#endif // QT_CONFIG(accessibility)
        self.goalStatusLabel.setText(_("Status:"))
#if QT_CONFIG(accessibility)
        self.goalStatusCombo.setAccessibleName(_("Status of the learning goal"))
#endif // QT_CONFIG(accessibility)
        self.goalReviewLabel.setText(_("Review:"))
#if QT_CONFIG(accessibility)
        self.goalReviewEdit.setAccessibleName(_("Review of the learning goal"))
#endif // QT_CONFIG(accessibility)
        self.goalReviewedLabel.setText(_("Reviewed on:"))
#if QT_CONFIG(accessibility)
        self.goalReviewedEdit.setAccessibleName(_("Reviewed on"))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.goalsPage), _("&Learning goals"))
        self.previewButton.setText(_("Pre&view\u2026"))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(_("Show the intake agreement as it prints (Ctrl+Shift+P)"))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(_("Pri&nt\u2026"))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(_("Print the intake agreement (Ctrl+P)"))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(_("Save as P&DF\u2026"))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(_("Save the intake agreement as a PDF file"))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.signingPage), _("&Intake agreement"))
    # retranslateUi

