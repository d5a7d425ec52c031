# Generated from ui/period_talk_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'period_talk_dialog.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

from desktop.i18n import _

class Ui_PeriodTalkDialog(object):
    def setupUi(self, PeriodTalkDialog):
        if not PeriodTalkDialog.objectName():
            PeriodTalkDialog.setObjectName(u"PeriodTalkDialog")
        PeriodTalkDialog.resize(600, 520)
        self.mainLayout = QVBoxLayout(PeriodTalkDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.periodLabel = QLabel(PeriodTalkDialog)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setWordWrap(True)
        self.periodLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.periodLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.heldLabel = QLabel(PeriodTalkDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = QLineEdit(PeriodTalkDialog)
        self.heldEdit.setObjectName(u"heldEdit")
        self.heldEdit.setPlaceholderText(u"dd-mm-jjjj")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.participantsLabel = QLabel(PeriodTalkDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = QLineEdit(PeriodTalkDialog)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.wentWellLabel = QLabel(PeriodTalkDialog)
        self.wentWellLabel.setObjectName(u"wentWellLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.wentWellLabel)

        self.wentWellEdit = QPlainTextEdit(PeriodTalkDialog)
        self.wentWellEdit.setObjectName(u"wentWellEdit")
        self.wentWellEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.wentWellEdit)

        self.improvementsLabel = QLabel(PeriodTalkDialog)
        self.improvementsLabel.setObjectName(u"improvementsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.improvementsLabel)

        self.improvementsEdit = QPlainTextEdit(PeriodTalkDialog)
        self.improvementsEdit.setObjectName(u"improvementsEdit")
        self.improvementsEdit.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.improvementsEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(PeriodTalkDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.printButton = QPushButton(PeriodTalkDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.deleteButton = QPushButton(PeriodTalkDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.buttonBox = QDialogButtonBox(PeriodTalkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.heldLabel.setBuddy(self.heldEdit)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.wentWellLabel.setBuddy(self.wentWellEdit)
        self.improvementsLabel.setBuddy(self.improvementsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.heldEdit, self.participantsEdit)
        QWidget.setTabOrder(self.participantsEdit, self.wentWellEdit)
        QWidget.setTabOrder(self.wentWellEdit, self.improvementsEdit)
        QWidget.setTabOrder(self.improvementsEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.deleteButton)

        self.retranslateUi(PeriodTalkDialog)

        QMetaObject.connectSlotsByName(PeriodTalkDialog)
    # setupUi

    def retranslateUi(self, PeriodTalkDialog):
        PeriodTalkDialog.setWindowTitle(_("Evaluation talk"))
#if QT_CONFIG(accessibility)
        self.periodLabel.setAccessibleName(_("The BPV period this talk is about"))
#endif // QT_CONFIG(accessibility)
        self.heldLabel.setText(_("&Held on:"))
#if QT_CONFIG(accessibility)
        self.heldEdit.setAccessibleName(_("Date the talk was held"))
#endif // QT_CONFIG(accessibility)
        self.participantsLabel.setText(_("&Participants:"))
#if QT_CONFIG(accessibility)
        self.participantsEdit.setAccessibleName(_("Who took part in the talk"))
#endif // QT_CONFIG(accessibility)
        self.wentWellLabel.setText(_("What went &well:"))
#if QT_CONFIG(accessibility)
        self.wentWellEdit.setAccessibleName(_("What went well"))
#endif // QT_CONFIG(accessibility)
        self.improvementsLabel.setText(_("Points for &improvement:"))
#if QT_CONFIG(accessibility)
        self.improvementsEdit.setAccessibleName(_("Points for improvement"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(_("What is wrong with the input"))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(_("P&rint (PDF)\u2026"))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(_("The talk as stored, on paper"))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(_("&Delete talk"))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

