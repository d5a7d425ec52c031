# Generated from ui/learner_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'learner_dialog.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_LearnerDialog(object):
    def setupUi(self, LearnerDialog):
        if not LearnerDialog.objectName():
            LearnerDialog.setObjectName(u"LearnerDialog")
        LearnerDialog.resize(860, 640)
        self.verticalLayout = QVBoxLayout(LearnerDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.content = QWidget(LearnerDialog)
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.personalGroup = QGroupBox(self.content)
        self.personalGroup.setObjectName(u"personalGroup")
        self.personalLayout = QHBoxLayout(self.personalGroup)
        self.personalLayout.setObjectName(u"personalLayout")
        self.personalForm = QFormLayout()
        self.personalForm.setObjectName(u"personalForm")
        self.firstNameLabel = QLabel(self.personalGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.personalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.personalGroup)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.personalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.prefixLabel = QLabel(self.personalGroup)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.personalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefixEdit = QLineEdit(self.personalGroup)
        self.prefixEdit.setObjectName(u"prefixEdit")

        self.personalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.prefixEdit)

        self.lastNameLabel = QLabel(self.personalGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.personalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.personalGroup)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.personalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.birthDateLabel = QLabel(self.personalGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.personalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.personalGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.personalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.emailLabel = QLabel(self.personalGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.personalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.personalGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.personalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.personalGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.personalGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.personalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.studentNumberLabel = QLabel(self.personalGroup)
        self.studentNumberLabel.setObjectName(u"studentNumberLabel")

        self.personalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.studentNumberLabel)

        self.studentNumberEdit = QLineEdit(self.personalGroup)
        self.studentNumberEdit.setObjectName(u"studentNumberEdit")

        self.personalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.studentNumberEdit)

        self.staffLabel = QLabel(self.personalGroup)
        self.staffLabel.setObjectName(u"staffLabel")

        self.personalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffLayout = QHBoxLayout()
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffEdit = QLineEdit(self.personalGroup)
        self.staffEdit.setObjectName(u"staffEdit")
        self.staffEdit.setMinimumSize(QSize(100, 0))

        self.staffLayout.addWidget(self.staffEdit)

        self.staffNameLabel = QLabel(self.personalGroup)
        self.staffNameLabel.setObjectName(u"staffNameLabel")

        self.staffLayout.addWidget(self.staffNameLabel)

        self.staffLayout.setStretch(0, 1)

        self.personalForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.staffLayout)


        self.personalLayout.addLayout(self.personalForm)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.addressLabel = QLabel(self.personalGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.personalGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.postalCodeLabel = QLabel(self.personalGroup)
        self.postalCodeLabel.setObjectName(u"postalCodeLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postalCodeLabel)

        self.postalCodeEdit = QLineEdit(self.personalGroup)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postalCodeEdit)

        self.cityLabel = QLabel(self.personalGroup)
        self.cityLabel.setObjectName(u"cityLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(self.personalGroup)
        self.cityEdit.setObjectName(u"cityEdit")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.typeLabel = QLabel(self.personalGroup)
        self.typeLabel.setObjectName(u"typeLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.personalGroup)
        self.typeCombo.setObjectName(u"typeCombo")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.contractCaption = QLabel(self.personalGroup)
        self.contractCaption.setObjectName(u"contractCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contractCaption)

        self.contractLabel = QLabel(self.personalGroup)
        self.contractLabel.setObjectName(u"contractLabel")
        self.contractLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contractLabel)

        self.notesLabel = QLabel(self.personalGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.personalGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.archivedCaption = QLabel(self.personalGroup)
        self.archivedCaption.setObjectName(u"archivedCaption")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.archivedCaption)

        self.archivedCheck = QCheckBox(self.personalGroup)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.archivedCheck)


        self.personalLayout.addLayout(self.detailsForm)


        self.contentLayout.addWidget(self.personalGroup)

        self.periodsGroup = QGroupBox(self.content)
        self.periodsGroup.setObjectName(u"periodsGroup")
        self.periodsLayout = QVBoxLayout(self.periodsGroup)
        self.periodsLayout.setObjectName(u"periodsLayout")
        self.periodsTable = QTableView(self.periodsGroup)
        self.periodsTable.setObjectName(u"periodsTable")
        self.periodsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.periodsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.periodsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.periodsTable.setWordWrap(False)

        self.periodsLayout.addWidget(self.periodsTable)

        self.periodButtons = QHBoxLayout()
        self.periodButtons.setObjectName(u"periodButtons")
        self.addPeriodButton = QPushButton(self.periodsGroup)
        self.addPeriodButton.setObjectName(u"addPeriodButton")

        self.periodButtons.addWidget(self.addPeriodButton)

        self.editPeriodButton = QPushButton(self.periodsGroup)
        self.editPeriodButton.setObjectName(u"editPeriodButton")

        self.periodButtons.addWidget(self.editPeriodButton)

        self.periodFormsButton = QPushButton(self.periodsGroup)
        self.periodFormsButton.setObjectName(u"periodFormsButton")

        self.periodButtons.addWidget(self.periodFormsButton)

        self.deletePeriodButton = QPushButton(self.periodsGroup)
        self.deletePeriodButton.setObjectName(u"deletePeriodButton")

        self.periodButtons.addWidget(self.deletePeriodButton)

        self.periodSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodButtons.addItem(self.periodSpacer)


        self.periodsLayout.addLayout(self.periodButtons)


        self.contentLayout.addWidget(self.periodsGroup)


        self.verticalLayout.addWidget(self.content)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.errorLabel = QLabel(LearnerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LearnerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottomLayout.addWidget(self.buttonBox)

        self.bottomLayout.setStretch(0, 1)

        self.verticalLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.prefixLabel.setBuddy(self.prefixEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.studentNumberLabel.setBuddy(self.studentNumberEdit)
        self.staffLabel.setBuddy(self.staffEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postalCodeLabel.setBuddy(self.postalCodeEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.contractCaption.setBuddy(self.contractLabel)
        self.notesLabel.setBuddy(self.notesEdit)
        self.archivedCaption.setBuddy(self.archivedCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LearnerDialog)

        QMetaObject.connectSlotsByName(LearnerDialog)
    # setupUi

    def retranslateUi(self, LearnerDialog):
        LearnerDialog.setWindowTitle(_("Learner"))
        self.personalGroup.setTitle(_("Learner"))
        self.firstNameLabel.setText(_("&First name:"))
        self.prefixLabel.setText(_("&Prefix (tussenvoegsel):"))
        self.lastNameLabel.setText(_("&Last name:"))
        self.birthDateLabel.setText(_("Date of &birth:"))
        self.emailLabel.setText(_("&E-mail:"))
        self.phoneLabel.setText(_("P&hone:"))
        self.studentNumberLabel.setText(_("&Student number:"))
        self.staffLabel.setText(_("E&mployee number:"))
#if QT_CONFIG(tooltip)
        self.staffEdit.setToolTip(_("A mio or BBL learner who is also on the staff: their employee number links both records"))
#endif // QT_CONFIG(tooltip)
        self.staffEdit.setPlaceholderText(_("only when the learner is also on the staff"))
        self.addressLabel.setText(_("&Address:"))
        self.postalCodeLabel.setText(_("Postal &code:"))
        self.cityLabel.setText(_("C&ity:"))
        self.typeLabel.setText(_("&Type:"))
        self.contractCaption.setText(_("Contract:"))
        self.notesLabel.setText(_("&Notes:"))
        self.archivedCaption.setText("")
        self.archivedCheck.setText(_("Archi&ved (no longer shown in the list)"))
        self.periodsGroup.setTitle(_("BPV periods"))
#if QT_CONFIG(accessibility)
        self.periodsTable.setAccessibleName(_("BPV periods"))
#endif // QT_CONFIG(accessibility)
        self.addPeriodButton.setText(_("Add pe&riod\u2026"))
        self.editPeriodButton.setText(_("Edit perio&d\u2026"))
        self.periodFormsButton.setText(_("Its f&orms\u2026"))
#if QT_CONFIG(tooltip)
        self.periodFormsButton.setToolTip(_("The practice assignments and assessment forms of the selected period"))
#endif // QT_CONFIG(tooltip)
        self.deletePeriodButton.setText(_("Delete period"))
    # retranslateUi

