# Generated from ui/trainings_enrol_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainings_enrol_dialog.ui'
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
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_EnrolDialog(object):
    def setupUi(self, EnrolDialog):
        if not EnrolDialog.objectName():
            EnrolDialog.setObjectName(u"EnrolDialog")
        EnrolDialog.resize(640, 520)
        self.verticalLayout = QVBoxLayout(EnrolDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.infoLabel = QLabel(EnrolDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.infoLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(EnrolDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.audienceCombo = QComboBox(EnrolDialog)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.filterLayout.addWidget(self.audienceCombo)


        self.verticalLayout.addLayout(self.filterLayout)

        self.peopleTable = QTableView(EnrolDialog)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.peopleTable.setAlternatingRowColors(True)
        self.peopleTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peopleTable.setSortingEnabled(True)
        self.peopleTable.setWordWrap(False)

        self.verticalLayout.addWidget(self.peopleTable)

        self.completedLayout = QHBoxLayout()
        self.completedLayout.setObjectName(u"completedLayout")
        self.completedCheck = QCheckBox(EnrolDialog)
        self.completedCheck.setObjectName(u"completedCheck")

        self.completedLayout.addWidget(self.completedCheck)

        self.completedEdit = QLineEdit(EnrolDialog)
        self.completedEdit.setObjectName(u"completedEdit")

        self.completedLayout.addWidget(self.completedEdit)

        self.completedSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.completedLayout.addItem(self.completedSpacer)

        self.selectedLabel = QLabel(EnrolDialog)
        self.selectedLabel.setObjectName(u"selectedLabel")

        self.completedLayout.addWidget(self.selectedLabel)


        self.verticalLayout.addLayout(self.completedLayout)

        self.errorLabel = QLabel(EnrolDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EnrolDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(EnrolDialog)

        QMetaObject.connectSlotsByName(EnrolDialog)
    # setupUi

    def retranslateUi(self, EnrolDialog):
        EnrolDialog.setWindowTitle(_("Enrol"))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(_("Search people"))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(_("Name or team (Ctrl+F)"))
#if QT_CONFIG(accessibility)
        self.audienceCombo.setAccessibleName(_("Show staff, learners or both"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peopleTable.setAccessibleName(_("People"))
#endif // QT_CONFIG(accessibility)
        self.completedCheck.setText(_("Already &completed on:"))
#if QT_CONFIG(accessibility)
        self.completedEdit.setAccessibleName(_("Completed on"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

