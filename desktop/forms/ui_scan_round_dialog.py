# Generated from ui/scan_round_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scan_round_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QListView,
    QSizePolicy, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_ScanRoundDialog(object):
    def setupUi(self, ScanRoundDialog):
        if not ScanRoundDialog.objectName():
            ScanRoundDialog.setObjectName(u"ScanRoundDialog")
        ScanRoundDialog.resize(460, 480)
        self.mainLayout = QVBoxLayout(ScanRoundDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ScanRoundDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ScanRoundDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.startsLabel = QLabel(ScanRoundDialog)
        self.startsLabel.setObjectName(u"startsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startsLabel)

        self.startsEdit = QLineEdit(ScanRoundDialog)
        self.startsEdit.setObjectName(u"startsEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startsEdit)

        self.endsLabel = QLabel(ScanRoundDialog)
        self.endsLabel.setObjectName(u"endsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endsLabel)

        self.endsEdit = QLineEdit(ScanRoundDialog)
        self.endsEdit.setObjectName(u"endsEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endsEdit)

        self.teamsLabel = QLabel(ScanRoundDialog)
        self.teamsLabel.setObjectName(u"teamsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.teamsLabel)

        self.teamsList = QListView(ScanRoundDialog)
        self.teamsList.setObjectName(u"teamsList")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.teamsList)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(ScanRoundDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ScanRoundDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.startsLabel.setBuddy(self.startsEdit)
        self.endsLabel.setBuddy(self.endsEdit)
        self.teamsLabel.setBuddy(self.teamsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.startsEdit)
        QWidget.setTabOrder(self.startsEdit, self.endsEdit)
        QWidget.setTabOrder(self.endsEdit, self.teamsList)

        self.retranslateUi(ScanRoundDialog)

        QMetaObject.connectSlotsByName(ScanRoundDialog)
    # setupUi

    def retranslateUi(self, ScanRoundDialog):
        ScanRoundDialog.setWindowTitle(_("Scan round"))
        self.nameLabel.setText(_("&Name:"))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(_("Name of the round"))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(_("Teamscan 2026"))
        self.startsLabel.setText(_("&From:"))
#if QT_CONFIG(accessibility)
        self.startsEdit.setAccessibleName(_("First day of the round"))
#endif // QT_CONFIG(accessibility)
        self.startsEdit.setPlaceholderText(_("dd-mm-jjjj"))
        self.endsLabel.setText(_("&To:"))
#if QT_CONFIG(accessibility)
        self.endsEdit.setAccessibleName(_("Last day of the round"))
#endif // QT_CONFIG(accessibility)
        self.endsEdit.setPlaceholderText(_("dd-mm-jjjj"))
        self.teamsLabel.setText(_("T&eams:"))
#if QT_CONFIG(accessibility)
        self.teamsList.setAccessibleName(_("Teams that take part; tick each one"))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

