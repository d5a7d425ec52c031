# Generated from ui/coach_meeting_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coach_meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from desktop.i18n import _

class Ui_CoachMeetingDialog(object):
    def setupUi(self, CoachMeetingDialog):
        if not CoachMeetingDialog.objectName():
            CoachMeetingDialog.setObjectName(u"CoachMeetingDialog")
        CoachMeetingDialog.resize(560, 480)
        self.verticalLayout = QVBoxLayout(CoachMeetingDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(CoachMeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(CoachMeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaximumSize(QSize(160, 16777215))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.attendeesLabel = QLabel(CoachMeetingDialog)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.attendeesLabel)

        self.attendeesLayout = QVBoxLayout()
        self.attendeesLayout.setObjectName(u"attendeesLayout")
        self.attendeesList = QListWidget(CoachMeetingDialog)
        self.attendeesList.setObjectName(u"attendeesList")
        self.attendeesList.setSelectionMode(QAbstractItemView.SingleSelection)

        self.attendeesLayout.addWidget(self.attendeesList)

        self.selectButtons = QHBoxLayout()
        self.selectButtons.setObjectName(u"selectButtons")
        self.allButton = QPushButton(CoachMeetingDialog)
        self.allButton.setObjectName(u"allButton")

        self.selectButtons.addWidget(self.allButton)

        self.noneButton = QPushButton(CoachMeetingDialog)
        self.noneButton.setObjectName(u"noneButton")

        self.selectButtons.addWidget(self.noneButton)

        self.selectSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectButtons.addItem(self.selectSpacer)

        self.countLabel = QLabel(CoachMeetingDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.selectButtons.addWidget(self.countLabel)


        self.attendeesLayout.addLayout(self.selectButtons)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.attendeesLayout)

        self.notesLabel = QLabel(CoachMeetingDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(CoachMeetingDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.verticalLayout.addLayout(self.form)

        self.errorLabel = QLabel(CoachMeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CoachMeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Apply|QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.attendeesLabel.setBuddy(self.attendeesList)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CoachMeetingDialog)

        QMetaObject.connectSlotsByName(CoachMeetingDialog)
    # setupUi

    def retranslateUi(self, CoachMeetingDialog):
        CoachMeetingDialog.setWindowTitle(_("Coach meeting"))
        self.dateLabel.setText(_("&Date:"))
        self.attendeesLabel.setText(_("&Who came:"))
#if QT_CONFIG(accessibility)
        self.attendeesList.setAccessibleName(_("Coaches who came"))
#endif // QT_CONFIG(accessibility)
        self.allButton.setText(_("Select &all"))
        self.noneButton.setText(_("N&one"))
        self.notesLabel.setText(_("&Notes:"))
    # retranslateUi

