# Generated from ui/connect_server_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connect_server_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_ConnectServerDialog(object):
    def setupUi(self, ConnectServerDialog):
        if not ConnectServerDialog.objectName():
            ConnectServerDialog.setObjectName(u"ConnectServerDialog")
        ConnectServerDialog.resize(520, 400)
        ConnectServerDialog.setMinimumSize(QSize(440, 0))
        self.verticalLayout = QVBoxLayout(ConnectServerDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ConnectServerDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.hostLabel = QLabel(ConnectServerDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(ConnectServerDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(ConnectServerDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(ConnectServerDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(ConnectServerDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(ConnectServerDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(ConnectServerDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(ConnectServerDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(ConnectServerDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ConnectServerDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.sslLabel = QLabel(ConnectServerDialog)
        self.sslLabel.setObjectName(u"sslLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sslLabel)

        self.sslCombo = QComboBox(ConnectServerDialog)
        self.sslCombo.setObjectName(u"sslCombo")
        self.sslCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sslCombo.setMinimumContentsLength(24)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sslCombo)

        self.rememberCheck = QCheckBox(ConnectServerDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rememberCheck)

        self.rememberNote = QLabel(ConnectServerDialog)
        self.rememberNote.setObjectName(u"rememberNote")
        self.rememberNote.setWordWrap(True)
        self.rememberNote.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.rememberNote)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ConnectServerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ConnectServerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.sslLabel.setBuddy(self.sslCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.sslCombo)
        QWidget.setTabOrder(self.sslCombo, self.rememberCheck)

        self.retranslateUi(ConnectServerDialog)

        QMetaObject.connectSlotsByName(ConnectServerDialog)
    # setupUi

    def retranslateUi(self, ConnectServerDialog):
        ConnectServerDialog.setWindowTitle(_("Connect to server"))
        self.hostLabel.setText(_("&Server:"))
        self.portLabel.setText(_("P&ort:"))
        self.databaseLabel.setText(_("&Database:"))
        self.userLabel.setText(_("&Login:"))
        self.passwordLabel.setText(_("&Password:"))
        self.sslLabel.setText(_("&Encryption:"))
        self.rememberCheck.setText(_("&Remember the password on this computer"))
    # retranslateUi

