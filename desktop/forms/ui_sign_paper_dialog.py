# Generated from ui/sign_paper_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_paper_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_SignOnPaperDialog(object):
    def setupUi(self, SignOnPaperDialog):
        if not SignOnPaperDialog.objectName():
            SignOnPaperDialog.setObjectName(u"SignOnPaperDialog")
        SignOnPaperDialog.resize(540, 300)
        self.verticalLayout = QVBoxLayout(SignOnPaperDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(SignOnPaperDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.formLabel = QLabel(SignOnPaperDialog)
        self.formLabel.setObjectName(u"formLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formValue = QLabel(SignOnPaperDialog)
        self.formValue.setObjectName(u"formValue")
        self.formValue.setStyleSheet(u"font-weight: bold;")
        self.formValue.setWordWrap(True)
        self.formValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formValue)

        self.roleLabel = QLabel(SignOnPaperDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleValue = QLabel(SignOnPaperDialog)
        self.roleValue.setObjectName(u"roleValue")
        self.roleValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleValue)

        self.nameLabel = QLabel(SignOnPaperDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SignOnPaperDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.signedOnLabel = QLabel(SignOnPaperDialog)
        self.signedOnLabel.setObjectName(u"signedOnLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signedOnLabel)

        self.signedOnEdit = QDateEdit(SignOnPaperDialog)
        self.signedOnEdit.setObjectName(u"signedOnEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.signedOnEdit.sizePolicy().hasHeightForWidth())
        self.signedOnEdit.setSizePolicy(sizePolicy)
        self.signedOnEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.signedOnEdit.setCalendarPopup(True)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signedOnEdit)

        self.scanLabel = QLabel(SignOnPaperDialog)
        self.scanLabel.setObjectName(u"scanLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scanLabel)

        self.scanRow = QHBoxLayout()
        self.scanRow.setObjectName(u"scanRow")
        self.scanNameLabel = QLabel(SignOnPaperDialog)
        self.scanNameLabel.setObjectName(u"scanNameLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.scanNameLabel.sizePolicy().hasHeightForWidth())
        self.scanNameLabel.setSizePolicy(sizePolicy1)
        self.scanNameLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.scanRow.addWidget(self.scanNameLabel)

        self.attachScanButton = QPushButton(SignOnPaperDialog)
        self.attachScanButton.setObjectName(u"attachScanButton")
        self.attachScanButton.setAutoDefault(False)

        self.scanRow.addWidget(self.attachScanButton)

        self.removeScanButton = QPushButton(SignOnPaperDialog)
        self.removeScanButton.setObjectName(u"removeScanButton")
        self.removeScanButton.setAutoDefault(False)

        self.scanRow.addWidget(self.removeScanButton)


        self.detailsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.scanRow)

        self.errorLabel = QLabel(SignOnPaperDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.errorLabel)

        self.contentLabel = QLabel(SignOnPaperDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentValue = QLabel(SignOnPaperDialog)
        self.contentValue.setObjectName(u"contentValue")
        self.contentValue.setWordWrap(True)
        self.contentValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contentValue)

        self.fingerprintLabel = QLabel(SignOnPaperDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.fingerprintLabel)

        self.fingerprintValue = QLabel(SignOnPaperDialog)
        self.fingerprintValue.setObjectName(u"fingerprintValue")
        self.fingerprintValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.fingerprintValue)


        self.verticalLayout.addLayout(self.detailsForm)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SignOnPaperDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.signedOnLabel.setBuddy(self.signedOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.signedOnEdit)
        QWidget.setTabOrder(self.signedOnEdit, self.attachScanButton)
        QWidget.setTabOrder(self.attachScanButton, self.removeScanButton)

        self.retranslateUi(SignOnPaperDialog)

        QMetaObject.connectSlotsByName(SignOnPaperDialog)
    # setupUi

    def retranslateUi(self, SignOnPaperDialog):
        SignOnPaperDialog.setWindowTitle(_("Signed on paper"))
        self.introLabel.setText(_("Record a signature that was put on the printed form. Attach a scan of the signed page if you have one."))
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
        self.signedOnLabel.setText(_("Signed &on:"))
#if QT_CONFIG(accessibility)
        self.signedOnEdit.setAccessibleName(_("Date the paper was signed"))
#endif // QT_CONFIG(accessibility)
        self.scanLabel.setText(_("Scan:"))
#if QT_CONFIG(accessibility)
        self.scanNameLabel.setAccessibleName(_("Attached scan"))
#endif // QT_CONFIG(accessibility)
        self.attachScanButton.setText(_("&Attach scan\u2026"))
#if QT_CONFIG(tooltip)
        self.attachScanButton.setToolTip(_("A PDF, PNG or JPEG file of at most 10 MB"))
#endif // QT_CONFIG(tooltip)
        self.removeScanButton.setText(_("&Remove"))
#if QT_CONFIG(tooltip)
        self.removeScanButton.setToolTip(_("Remove the attached scan"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(_("Error message"))
#endif // QT_CONFIG(accessibility)
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
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

