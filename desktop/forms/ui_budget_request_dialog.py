# Generated from ui/budget_request_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_request_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_BudgetRequestDialog(object):
    def setupUi(self, BudgetRequestDialog):
        if not BudgetRequestDialog.objectName():
            BudgetRequestDialog.setObjectName(u"BudgetRequestDialog")
        BudgetRequestDialog.resize(560, 560)
        self.mainLayout = QVBoxLayout(BudgetRequestDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.staffLabel = QLabel(BudgetRequestDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffCombo = QComboBox(BudgetRequestDialog)
        self.staffCombo.setObjectName(u"staffCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffCombo)

        self.titleLabel = QLabel(BudgetRequestDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(BudgetRequestDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.providerLabel = QLabel(BudgetRequestDialog)
        self.providerLabel.setObjectName(u"providerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.providerLabel)

        self.providerEdit = QLineEdit(BudgetRequestDialog)
        self.providerEdit.setObjectName(u"providerEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.providerEdit)

        self.costLabel = QLabel(BudgetRequestDialog)
        self.costLabel.setObjectName(u"costLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costEdit = QLineEdit(BudgetRequestDialog)
        self.costEdit.setObjectName(u"costEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.costEdit)

        self.firstDayLabel = QLabel(BudgetRequestDialog)
        self.firstDayLabel.setObjectName(u"firstDayLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.firstDayLabel)

        self.firstDayEdit = QLineEdit(BudgetRequestDialog)
        self.firstDayEdit.setObjectName(u"firstDayEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.firstDayEdit)

        self.lastDayLabel = QLabel(BudgetRequestDialog)
        self.lastDayLabel.setObjectName(u"lastDayLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lastDayLabel)

        self.lastDayEdit = QLineEdit(BudgetRequestDialog)
        self.lastDayEdit.setObjectName(u"lastDayEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lastDayEdit)

        self.requestedOnLabel = QLabel(BudgetRequestDialog)
        self.requestedOnLabel.setObjectName(u"requestedOnLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.requestedOnLabel)

        self.requestedOnEdit = QLineEdit(BudgetRequestDialog)
        self.requestedOnEdit.setObjectName(u"requestedOnEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.requestedOnEdit)

        self.catalogueLabel = QLabel(BudgetRequestDialog)
        self.catalogueLabel.setObjectName(u"catalogueLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.catalogueLabel)

        self.trainingCombo = QComboBox(BudgetRequestDialog)
        self.trainingCombo.setObjectName(u"trainingCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.trainingCombo)

        self.decisionLabel = QLabel(BudgetRequestDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(BudgetRequestDialog)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.managerLabel = QLabel(BudgetRequestDialog)
        self.managerLabel.setObjectName(u"managerLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerCombo = QComboBox(BudgetRequestDialog)
        self.managerCombo.setObjectName(u"managerCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.managerCombo)

        self.decidedOnLabel = QLabel(BudgetRequestDialog)
        self.decidedOnLabel.setObjectName(u"decidedOnLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.decidedOnLabel)

        self.decidedOnEdit = QLineEdit(BudgetRequestDialog)
        self.decidedOnEdit.setObjectName(u"decidedOnEdit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.decidedOnEdit)

        self.reasonLabel = QLabel(BudgetRequestDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(BudgetRequestDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumHeight(90)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.notesLabel = QLabel(BudgetRequestDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(BudgetRequestDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumHeight(70)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(BudgetRequestDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(BudgetRequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.staffLabel.setBuddy(self.staffCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.providerLabel.setBuddy(self.providerEdit)
        self.costLabel.setBuddy(self.costEdit)
        self.firstDayLabel.setBuddy(self.firstDayEdit)
        self.lastDayLabel.setBuddy(self.lastDayEdit)
        self.requestedOnLabel.setBuddy(self.requestedOnEdit)
        self.catalogueLabel.setBuddy(self.trainingCombo)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.managerLabel.setBuddy(self.managerCombo)
        self.decidedOnLabel.setBuddy(self.decidedOnEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staffCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.providerEdit)
        QWidget.setTabOrder(self.providerEdit, self.costEdit)
        QWidget.setTabOrder(self.costEdit, self.firstDayEdit)
        QWidget.setTabOrder(self.firstDayEdit, self.lastDayEdit)
        QWidget.setTabOrder(self.lastDayEdit, self.requestedOnEdit)
        QWidget.setTabOrder(self.requestedOnEdit, self.trainingCombo)
        QWidget.setTabOrder(self.trainingCombo, self.decisionCombo)
        QWidget.setTabOrder(self.decisionCombo, self.managerCombo)
        QWidget.setTabOrder(self.managerCombo, self.decidedOnEdit)
        QWidget.setTabOrder(self.decidedOnEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.notesEdit)

        self.retranslateUi(BudgetRequestDialog)

        QMetaObject.connectSlotsByName(BudgetRequestDialog)
    # setupUi

    def retranslateUi(self, BudgetRequestDialog):
        BudgetRequestDialog.setWindowTitle(_("External training request"))
        self.staffLabel.setText(_("&Staff member:"))
#if QT_CONFIG(accessibility)
        self.staffCombo.setAccessibleName(_("Who asks"))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(_("&Training:"))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(_("What training is asked for"))
#endif // QT_CONFIG(accessibility)
        self.providerLabel.setText(_("&Provider:"))
#if QT_CONFIG(accessibility)
        self.providerEdit.setAccessibleName(_("Who gives it"))
#endif // QT_CONFIG(accessibility)
        self.costLabel.setText(_("&Cost (\u20ac):"))
#if QT_CONFIG(accessibility)
        self.costEdit.setAccessibleName(_("Cost in euros"))
#endif // QT_CONFIG(accessibility)
        self.firstDayLabel.setText(_("&First day:"))
#if QT_CONFIG(accessibility)
        self.firstDayEdit.setAccessibleName(_("First day of the training"))
#endif // QT_CONFIG(accessibility)
        self.lastDayLabel.setText(_("&Last day:"))
#if QT_CONFIG(accessibility)
        self.lastDayEdit.setAccessibleName(_("Last day of the training"))
#endif // QT_CONFIG(accessibility)
        self.requestedOnLabel.setText(_("Re&quested on:"))
#if QT_CONFIG(accessibility)
        self.requestedOnEdit.setAccessibleName(_("Day of the request"))
#endif // QT_CONFIG(accessibility)
        self.catalogueLabel.setText(_("Enrol in (catalo&gue):"))
#if QT_CONFIG(accessibility)
        self.trainingCombo.setAccessibleName(_("Training of the catalogue the approval enrols in"))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(_("&Decision:"))
#if QT_CONFIG(accessibility)
        self.decisionCombo.setAccessibleName(_("The manager's decision"))
#endif // QT_CONFIG(accessibility)
        self.managerLabel.setText(_("&Manager:"))
#if QT_CONFIG(accessibility)
        self.managerCombo.setAccessibleName(_("The manager who decides"))
#endif // QT_CONFIG(accessibility)
        self.decidedOnLabel.setText(_("Decided &on:"))
#if QT_CONFIG(accessibility)
        self.decidedOnEdit.setAccessibleName(_("Day of the decision"))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(_("&Reason:"))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(_("Reason for the decision"))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(_("&Notes:"))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(_("Notes"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

