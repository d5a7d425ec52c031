# Generated from ui/encryption_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'encryption_dialog.ui'
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
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_EncryptionDialog(object):
    def setupUi(self, EncryptionDialog):
        if not EncryptionDialog.objectName():
            EncryptionDialog.setObjectName(u"EncryptionDialog")
        EncryptionDialog.resize(560, 260)
        EncryptionDialog.setMinimumSize(QSize(520, 0))
        self.verticalLayout = QVBoxLayout(EncryptionDialog)
        self.verticalLayout.setSpacing(10)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.stateLabel = QLabel(EncryptionDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setStyleSheet(u"font-weight: bold;")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verticalLayout.addWidget(self.stateLabel)

        self.fileLabel = QLabel(EncryptionDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.fileLabel)

        self.explanationLabel = QLabel(EncryptionDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verticalLayout.addWidget(self.explanationLabel)

        self.readOnlyLabel = QLabel(EncryptionDialog)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setStyleSheet(u"color: #8a4b00;")
        self.readOnlyLabel.setWordWrap(True)
        self.readOnlyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verticalLayout.addWidget(self.readOnlyLabel)

        self.unfinishedLayout = QHBoxLayout()
        self.unfinishedLayout.setObjectName(u"unfinishedLayout")
        self.unfinishedLabel = QLabel(EncryptionDialog)
        self.unfinishedLabel.setObjectName(u"unfinishedLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.unfinishedLabel.sizePolicy().hasHeightForWidth())
        self.unfinishedLabel.setSizePolicy(sizePolicy)
        self.unfinishedLabel.setWordWrap(True)
        self.unfinishedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.unfinishedLayout.addWidget(self.unfinishedLabel)

        self.finishButton = QPushButton(EncryptionDialog)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setAutoDefault(False)

        self.unfinishedLayout.addWidget(self.finishButton)


        self.verticalLayout.addLayout(self.unfinishedLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.encryptButton = QPushButton(EncryptionDialog)
        self.encryptButton.setObjectName(u"encryptButton")
        self.encryptButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.encryptButton)

        self.changeButton = QPushButton(EncryptionDialog)
        self.changeButton.setObjectName(u"changeButton")
        self.changeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.changeButton)

        self.removeButton = QPushButton(EncryptionDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.removeButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.verticalLayout.addLayout(self.actionsLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(EncryptionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(EncryptionDialog)

        QMetaObject.connectSlotsByName(EncryptionDialog)
    # setupUi

    def retranslateUi(self, EncryptionDialog):
        EncryptionDialog.setWindowTitle(_("Encryption"))
        self.explanationLabel.setText(_("With encryption the database and its backups can only be read with the passphrase, also when a file is copied or a laptop is lost. If the passphrase is lost, no one can read the data any more: there is no way to recover it."))
        self.encryptButton.setText(_("&Encrypt\u2026"))
        self.changeButton.setText(_("&Change passphrase\u2026"))
        self.removeButton.setText(_("&Remove encryption\u2026"))
    # retranslateUi

