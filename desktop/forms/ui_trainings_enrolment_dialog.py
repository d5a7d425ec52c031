# Generated from ui/trainings_enrolment_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainings_enrolment_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_EnrolmentDialog(object):
    def setupUi(self, EnrolmentDialog):
        if not EnrolmentDialog.objectName():
            EnrolmentDialog.setObjectName(u"EnrolmentDialog")
        EnrolmentDialog.resize(900, 560)
        self.verticalLayout = QVBoxLayout(EnrolmentDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.personLabel = QLabel(EnrolmentDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setStyleSheet(u"font-weight: bold;")
        self.personLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.personLabel)

        self.groupsLayout = QHBoxLayout()
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.enrolmentGroup = QGroupBox(EnrolmentDialog)
        self.enrolmentGroup.setObjectName(u"enrolmentGroup")
        self.enrolmentForm = QFormLayout(self.enrolmentGroup)
        self.enrolmentForm.setObjectName(u"enrolmentForm")
        self.statusLabel = QLabel(self.enrolmentGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.enrolmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.enrolmentGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.enrolmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.enrolledOnLabel = QLabel(self.enrolmentGroup)
        self.enrolledOnLabel.setObjectName(u"enrolledOnLabel")

        self.enrolmentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.enrolledOnLabel)

        self.enrolledOnEdit = QLineEdit(self.enrolmentGroup)
        self.enrolledOnEdit.setObjectName(u"enrolledOnEdit")

        self.enrolmentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.enrolledOnEdit)

        self.completedOnLabel = QLabel(self.enrolmentGroup)
        self.completedOnLabel.setObjectName(u"completedOnLabel")

        self.enrolmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.completedOnLabel)

        self.completedOnEdit = QLineEdit(self.enrolmentGroup)
        self.completedOnEdit.setObjectName(u"completedOnEdit")

        self.enrolmentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.completedOnEdit)

        self.cancelledOnLabel = QLabel(self.enrolmentGroup)
        self.cancelledOnLabel.setObjectName(u"cancelledOnLabel")

        self.enrolmentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cancelledOnLabel)

        self.cancelledOnEdit = QLineEdit(self.enrolmentGroup)
        self.cancelledOnEdit.setObjectName(u"cancelledOnEdit")

        self.enrolmentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cancelledOnEdit)

        self.scoreLabel = QLabel(self.enrolmentGroup)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.enrolmentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scoreLabel)

        self.scoreEdit = QLineEdit(self.enrolmentGroup)
        self.scoreEdit.setObjectName(u"scoreEdit")
        self.scoreEdit.setMaxLength(20)

        self.enrolmentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scoreEdit)

        self.notesLabel = QLabel(self.enrolmentGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.enrolmentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.enrolmentGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.enrolmentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.groupsLayout.addWidget(self.enrolmentGroup)

        self.goalsGroup = QGroupBox(EnrolmentDialog)
        self.goalsGroup.setObjectName(u"goalsGroup")
        self.goalsLayout = QVBoxLayout(self.goalsGroup)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsHint = QLabel(self.goalsGroup)
        self.goalsHint.setObjectName(u"goalsHint")
        self.goalsHint.setWordWrap(True)

        self.goalsLayout.addWidget(self.goalsHint)

        self.goalsTable = QTableView(self.goalsGroup)
        self.goalsTable.setObjectName(u"goalsTable")
        self.goalsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.goalsTable.setAlternatingRowColors(True)
        self.goalsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.goalsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.goalsTable.setSortingEnabled(True)
        self.goalsTable.setWordWrap(False)

        self.goalsLayout.addWidget(self.goalsTable)

        self.goalForm = QFormLayout()
        self.goalForm.setObjectName(u"goalForm")
        self.goalTextLabel = QLabel(self.goalsGroup)
        self.goalTextLabel.setObjectName(u"goalTextLabel")

        self.goalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goalTextLabel)

        self.goalTextEdit = QPlainTextEdit(self.goalsGroup)
        self.goalTextEdit.setObjectName(u"goalTextEdit")
        self.goalTextEdit.setTabChangesFocus(True)

        self.goalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goalTextEdit)

        self.goalStatusLabel = QLabel(self.goalsGroup)
        self.goalStatusLabel.setObjectName(u"goalStatusLabel")

        self.goalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.goalStatusLabel)

        self.goalStatusCombo = QComboBox(self.goalsGroup)
        self.goalStatusCombo.setObjectName(u"goalStatusCombo")

        self.goalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.goalStatusCombo)

        self.reviewLabel = QLabel(self.goalsGroup)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.goalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.reviewEdit = QPlainTextEdit(self.goalsGroup)
        self.reviewEdit.setObjectName(u"reviewEdit")
        self.reviewEdit.setTabChangesFocus(True)

        self.goalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reviewEdit)

        self.reviewedByLabel = QLabel(self.goalsGroup)
        self.reviewedByLabel.setObjectName(u"reviewedByLabel")

        self.goalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reviewedByLabel)

        self.reviewedByCombo = QComboBox(self.goalsGroup)
        self.reviewedByCombo.setObjectName(u"reviewedByCombo")

        self.goalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reviewedByCombo)

        self.reviewedOnLabel = QLabel(self.goalsGroup)
        self.reviewedOnLabel.setObjectName(u"reviewedOnLabel")

        self.goalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reviewedOnLabel)

        self.reviewedOnEdit = QLineEdit(self.goalsGroup)
        self.reviewedOnEdit.setObjectName(u"reviewedOnEdit")

        self.goalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reviewedOnEdit)


        self.goalsLayout.addLayout(self.goalForm)

        self.goalButtons = QHBoxLayout()
        self.goalButtons.setObjectName(u"goalButtons")
        self.newGoalButton = QPushButton(self.goalsGroup)
        self.newGoalButton.setObjectName(u"newGoalButton")

        self.goalButtons.addWidget(self.newGoalButton)

        self.saveGoalButton = QPushButton(self.goalsGroup)
        self.saveGoalButton.setObjectName(u"saveGoalButton")

        self.goalButtons.addWidget(self.saveGoalButton)

        self.deleteGoalButton = QPushButton(self.goalsGroup)
        self.deleteGoalButton.setObjectName(u"deleteGoalButton")

        self.goalButtons.addWidget(self.deleteGoalButton)

        self.goalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalButtons.addItem(self.goalSpacer)


        self.goalsLayout.addLayout(self.goalButtons)


        self.groupsLayout.addWidget(self.goalsGroup)


        self.verticalLayout.addLayout(self.groupsLayout)

        self.errorLabel = QLabel(EnrolmentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EnrolmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Apply|QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.enrolledOnLabel.setBuddy(self.enrolledOnEdit)
        self.completedOnLabel.setBuddy(self.completedOnEdit)
        self.cancelledOnLabel.setBuddy(self.cancelledOnEdit)
        self.scoreLabel.setBuddy(self.scoreEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.goalTextLabel.setBuddy(self.goalTextEdit)
        self.goalStatusLabel.setBuddy(self.goalStatusCombo)
        self.reviewLabel.setBuddy(self.reviewEdit)
        self.reviewedByLabel.setBuddy(self.reviewedByCombo)
        self.reviewedOnLabel.setBuddy(self.reviewedOnEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EnrolmentDialog)

        QMetaObject.connectSlotsByName(EnrolmentDialog)
    # setupUi

    def retranslateUi(self, EnrolmentDialog):
        EnrolmentDialog.setWindowTitle(_("Enrolment"))
        self.enrolmentGroup.setTitle(_("Enrolment"))
        self.statusLabel.setText(_("&Status:"))
        self.enrolledOnLabel.setText(_("&Enrolled on:"))
        self.completedOnLabel.setText(_("C&ompleted on:"))
        self.cancelledOnLabel.setText(_("Cancelled on:"))
        self.scoreLabel.setText(_("S&core:"))
#if QT_CONFIG(tooltip)
        self.scoreEdit.setToolTip(_("The score of the test, as the learning platform or the trainer gave it (85, 8,5, Voldoende)"))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(_("&Notes:"))
        self.goalsGroup.setTitle(_("Learning goals"))
        self.goalsHint.setText(_("Goals are written beforehand; afterwards the induction mentor or coach writes a review."))
#if QT_CONFIG(accessibility)
        self.goalsTable.setAccessibleName(_("Learning goals"))
#endif // QT_CONFIG(accessibility)
        self.goalTextLabel.setText(_("&Goal:"))
        self.goalStatusLabel.setText(_("Stat&us:"))
        self.reviewLabel.setText(_("&Review:"))
        self.reviewedByLabel.setText(_("Reviewed &by:"))
        self.reviewedOnLabel.setText(_("Reviewe&d on:"))
        self.newGoalButton.setText(_("Ne&w goal"))
        self.saveGoalButton.setText(_("Save goa&l"))
        self.deleteGoalButton.setText(_("Delete goal"))
    # retranslateUi

