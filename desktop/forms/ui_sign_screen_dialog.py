# Generated from ui/sign_screen_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_screen_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from desktop.views.signing.pad import SignaturePad

from desktop.i18n import _

class Ui_SignOnScreenDialog(object):
    def setupUi(self, SignOnScreenDialog):
        if not SignOnScreenDialog.objectName():
            SignOnScreenDialog.setObjectName(u"SignOnScreenDialog")
        SignOnScreenDialog.resize(560, 440)
        self.verticalLayout = QVBoxLayout(SignOnScreenDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.formLabel = QLabel(SignOnScreenDialog)
        self.formLabel.setObjectName(u"formLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formValue = QLabel(SignOnScreenDialog)
        self.formValue.setObjectName(u"formValue")
        self.formValue.setStyleSheet(u"font-weight: bold;")
        self.formValue.setWordWrap(True)
        self.formValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formValue)

        self.roleLabel = QLabel(SignOnScreenDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleValue = QLabel(SignOnScreenDialog)
        self.roleValue.setObjectName(u"roleValue")
        self.roleValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleValue)

        self.nameLabel = QLabel(SignOnScreenDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SignOnScreenDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.dateLabel = QLabel(SignOnScreenDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateValue = QLabel(SignOnScreenDialog)
        self.dateValue.setObjectName(u"dateValue")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateValue)

        self.contentLabel = QLabel(SignOnScreenDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentValue = QLabel(SignOnScreenDialog)
        self.contentValue.setObjectName(u"contentValue")
        self.contentValue.setWordWrap(True)
        self.contentValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contentValue)

        self.fingerprintLabel = QLabel(SignOnScreenDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.fingerprintLabel)

        self.fingerprintValue = QLabel(SignOnScreenDialog)
        self.fingerprintValue.setObjectName(u"fingerprintValue")
        self.fingerprintValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.fingerprintValue)


        self.verticalLayout.addLayout(self.detailsForm)

        self.padLabel = QLabel(SignOnScreenDialog)
        self.padLabel.setObjectName(u"padLabel")

        self.verticalLayout.addWidget(self.padLabel)

        self.pad = SignaturePad(SignOnScreenDialog)
        self.pad.setObjectName(u"pad")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.pad.sizePolicy().hasHeightForWidth())
        self.pad.setSizePolicy(sizePolicy)

        self.verticalLayout.addWidget(self.pad)

        self.padButtons = QHBoxLayout()
        self.padButtons.setObjectName(u"padButtons")
        self.hintLabel = QLabel(SignOnScreenDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.hintLabel.sizePolicy().hasHeightForWidth())
        self.hintLabel.setSizePolicy(sizePolicy1)
        self.hintLabel.setStyleSheet(u"color: palette(placeholder-text);")
        self.hintLabel.setWordWrap(True)

        self.padButtons.addWidget(self.hintLabel)

        self.clearButton = QPushButton(SignOnScreenDialog)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.padButtons.addWidget(self.clearButton)


        self.verticalLayout.addLayout(self.padButtons)

        self.buttonBox = QDialogButtonBox(SignOnScreenDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.padLabel.setBuddy(self.pad)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.pad)
        QWidget.setTabOrder(self.pad, self.clearButton)

        self.retranslateUi(SignOnScreenDialog)

        QMetaObject.connectSlotsByName(SignOnScreenDialog)
    # setupUi

    def retranslateUi(self, SignOnScreenDialog):
        SignOnScreenDialog.setWindowTitle(_("Sign on screen"))
        self.formLabel.setText(_("Form:"))
#if QT_CONFIG(accessibility)
        self.formValue.setAccessibleName(_("Form"))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(_("Signs as:"))
#if QT_CONFIG(accessibility)
        self.roleValue.setAccessibleName(_("Signs as"))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(_("&Name:"))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(_("Name of the signer"))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(_("Name as it appears on the form"))
        self.dateLabel.setText(_("Date:"))
#if QT_CONFIG(accessibility)
        self.dateValue.setAccessibleName(_("Date of signing"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.dateValue.setToolTip(_("A signature on screen is dated at the moment of signing."))
#endif // QT_CONFIG(tooltip)
        self.contentLabel.setText(_("Content:"))
#if QT_CONFIG(accessibility)
        self.contentValue.setAccessibleName(_("What is signed"))
#endif // QT_CONFIG(accessibility)
        self.fingerprintLabel.setText(_("Fingerprint:"))
#if QT_CONFIG(accessibility)
        self.fingerprintValue.setAccessibleName(_("Fingerprint of the content"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.fingerprintValue.setToolTip(_("The same code is printed at the foot of every page of the form: the same code, the same content."))
#endif // QT_CONFIG(tooltip)
        self.padLabel.setText(_("&Signature:"))
        self.hintLabel.setText(_("Sign with the mouse, a pen or a finger."))
        self.clearButton.setText(_("&Clear"))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(_("Clear the signature to sign again (Del)"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

