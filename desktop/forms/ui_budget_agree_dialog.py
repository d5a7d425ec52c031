# Generated from ui/budget_agree_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_agree_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_BudgetAgreeDialog(object):
    def setupUi(self, BudgetAgreeDialog):
        if not BudgetAgreeDialog.objectName():
            BudgetAgreeDialog.setObjectName(u"BudgetAgreeDialog")
        BudgetAgreeDialog.resize(480, 200)
        self.mainLayout = QVBoxLayout(BudgetAgreeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(BudgetAgreeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.agreedOnLabel = QLabel(BudgetAgreeDialog)
        self.agreedOnLabel.setObjectName(u"agreedOnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agreedOnLabel)

        self.agreedOnEdit = QLineEdit(BudgetAgreeDialog)
        self.agreedOnEdit.setObjectName(u"agreedOnEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agreedOnEdit)

        self.noteLabel = QLabel(BudgetAgreeDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(BudgetAgreeDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(BudgetAgreeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(BudgetAgreeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.agreedOnLabel.setBuddy(self.agreedOnEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BudgetAgreeDialog)

        QMetaObject.connectSlotsByName(BudgetAgreeDialog)
    # setupUi

    def retranslateUi(self, BudgetAgreeDialog):
        BudgetAgreeDialog.setWindowTitle(_("Works council consent"))
        self.agreedOnLabel.setText(_("&Agreed on:"))
#if QT_CONFIG(accessibility)
        self.agreedOnEdit.setAccessibleName(_("Day the works council agreed"))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(_("&Note:"))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(_("Note, e.g. the meeting"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

