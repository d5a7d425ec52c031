# Generated from ui/trainings_session_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainings_session_dialog.ui'
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

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(820, 460)
        self.verticalLayout = QVBoxLayout(SessionDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.trainingLabel = QLabel(SessionDialog)
        self.trainingLabel.setObjectName(u"trainingLabel")
        self.trainingLabel.setStyleSheet(u"font-weight: bold;")
        self.trainingLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.trainingLabel)

        self.groupsLayout = QHBoxLayout()
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.sessionGroup = QGroupBox(SessionDialog)
        self.sessionGroup.setObjectName(u"sessionGroup")
        self.sessionForm = QFormLayout(self.sessionGroup)
        self.sessionForm.setObjectName(u"sessionForm")
        self.locationLabel = QLabel(self.sessionGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationCombo = QComboBox(self.sessionGroup)
        self.locationCombo.setObjectName(u"locationCombo")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.locationCombo)

        self.venueLabel = QLabel(self.sessionGroup)
        self.venueLabel.setObjectName(u"venueLabel")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(self.sessionGroup)
        self.venueEdit.setObjectName(u"venueEdit")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.trainerLabel = QLabel(self.sessionGroup)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerCombo = QComboBox(self.sessionGroup)
        self.trainerCombo.setObjectName(u"trainerCombo")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.trainerCombo)

        self.externalTrainerLabel = QLabel(self.sessionGroup)
        self.externalTrainerLabel.setObjectName(u"externalTrainerLabel")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.externalTrainerLabel)

        self.externalTrainerEdit = QLineEdit(self.sessionGroup)
        self.externalTrainerEdit.setObjectName(u"externalTrainerEdit")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.externalTrainerEdit)

        self.capacityLabel = QLabel(self.sessionGroup)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityEdit = QLineEdit(self.sessionGroup)
        self.capacityEdit.setObjectName(u"capacityEdit")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.capacityEdit)

        self.notesLabel = QLabel(self.sessionGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.sessionGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.cancelledCheck = QCheckBox(self.sessionGroup)
        self.cancelledCheck.setObjectName(u"cancelledCheck")

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.cancelledCheck)


        self.groupsLayout.addWidget(self.sessionGroup)

        self.datesGroup = QGroupBox(SessionDialog)
        self.datesGroup.setObjectName(u"datesGroup")
        self.datesLayout = QVBoxLayout(self.datesGroup)
        self.datesLayout.setObjectName(u"datesLayout")
        self.datesTable = QTableView(self.datesGroup)
        self.datesTable.setObjectName(u"datesTable")
        self.datesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.datesTable.setAlternatingRowColors(True)
        self.datesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.datesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.datesTable.setSortingEnabled(True)
        self.datesTable.setWordWrap(False)

        self.datesLayout.addWidget(self.datesTable)

        self.dateEditor = QHBoxLayout()
        self.dateEditor.setObjectName(u"dateEditor")
        self.dateEdit = QLineEdit(self.datesGroup)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateEditor.addWidget(self.dateEdit)

        self.daypartCombo = QComboBox(self.datesGroup)
        self.daypartCombo.setObjectName(u"daypartCombo")

        self.dateEditor.addWidget(self.daypartCombo)

        self.startEdit = QLineEdit(self.datesGroup)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setPlaceholderText(u"09:00")

        self.dateEditor.addWidget(self.startEdit)

        self.endEdit = QLineEdit(self.datesGroup)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setPlaceholderText(u"12:30")

        self.dateEditor.addWidget(self.endEdit)


        self.datesLayout.addLayout(self.dateEditor)

        self.dateButtons = QHBoxLayout()
        self.dateButtons.setObjectName(u"dateButtons")
        self.newDateButton = QPushButton(self.datesGroup)
        self.newDateButton.setObjectName(u"newDateButton")

        self.dateButtons.addWidget(self.newDateButton)

        self.saveDateButton = QPushButton(self.datesGroup)
        self.saveDateButton.setObjectName(u"saveDateButton")

        self.dateButtons.addWidget(self.saveDateButton)

        self.deleteDateButton = QPushButton(self.datesGroup)
        self.deleteDateButton.setObjectName(u"deleteDateButton")

        self.dateButtons.addWidget(self.deleteDateButton)

        self.dateSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateButtons.addItem(self.dateSpacer)

        self.plannedLabel = QLabel(self.datesGroup)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.dateButtons.addWidget(self.plannedLabel)


        self.datesLayout.addLayout(self.dateButtons)


        self.groupsLayout.addWidget(self.datesGroup)


        self.verticalLayout.addLayout(self.groupsLayout)

        self.errorLabel = QLabel(SessionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Apply|QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.locationLabel.setBuddy(self.locationCombo)
        self.venueLabel.setBuddy(self.venueEdit)
        self.trainerLabel.setBuddy(self.trainerCombo)
        self.externalTrainerLabel.setBuddy(self.externalTrainerEdit)
        self.capacityLabel.setBuddy(self.capacityEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(_("Session"))
        self.sessionGroup.setTitle(_("Session"))
        self.locationLabel.setText(_("&Location:"))
        self.venueLabel.setText(_("&Room or address:"))
        self.trainerLabel.setText(_("&Trainer:"))
        self.externalTrainerLabel.setText(_("E&xternal trainer:"))
        self.capacityLabel.setText(_("&Places:"))
        self.capacityEdit.setPlaceholderText(_("empty: no limit"))
        self.notesLabel.setText(_("&Notes:"))
        self.cancelledCheck.setText(_("Session &cancelled"))
        self.datesGroup.setTitle(_("Dates"))
#if QT_CONFIG(accessibility)
        self.datesTable.setAccessibleName(_("Dates"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(_("Date"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.daypartCombo.setAccessibleName(_("Part of day"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(_("Start time"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(_("End time"))
#endif // QT_CONFIG(accessibility)
        self.newDateButton.setText(_("N&ew date"))
        self.saveDateButton.setText(_("&Save date"))
        self.deleteDateButton.setText(_("&Delete date"))
    # retranslateUi

