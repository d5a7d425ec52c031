# Generated from ui/reference_statement_form.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_statement_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QWidget)

from desktop.i18n import _

class Ui_ReferenceStatementForm(object):
    def setupUi(self, ReferenceStatementForm):
        if not ReferenceStatementForm.objectName():
            ReferenceStatementForm.setObjectName(u"ReferenceStatementForm")
        ReferenceStatementForm.resize(480, 170)
        self.formLayout = QFormLayout(ReferenceStatementForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.capacityLabel = QLabel(ReferenceStatementForm)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityCombo = QComboBox(ReferenceStatementForm)
        self.capacityCombo.setObjectName(u"capacityCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.capacityCombo)

        self.textLabel = QLabel(ReferenceStatementForm)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QLineEdit(ReferenceStatementForm)
        self.textEdit.setObjectName(u"textEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.positionLabel = QLabel(ReferenceStatementForm)
        self.positionLabel.setObjectName(u"positionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(ReferenceStatementForm)
        self.positionEdit.setObjectName(u"positionEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.activeCheck = QCheckBox(ReferenceStatementForm)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.activeCheck)

#if QT_CONFIG(shortcut)
        self.capacityLabel.setBuddy(self.capacityCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.positionLabel.setBuddy(self.positionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.capacityCombo, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.activeCheck)

        self.retranslateUi(ReferenceStatementForm)

        QMetaObject.connectSlotsByName(ReferenceStatementForm)
    # setupUi

    def retranslateUi(self, ReferenceStatementForm):
        self.capacityLabel.setText(_("&Capacity:"))
#if QT_CONFIG(accessibility)
        self.capacityCombo.setAccessibleName(_("Capacity of the learning climate the statement is about"))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(_("&Statement:"))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(_("Statement as the team member reads it"))
#endif // QT_CONFIG(accessibility)
        self.positionLabel.setText(_("&Order:"))
#if QT_CONFIG(accessibility)
        self.positionEdit.setAccessibleName(_("Place in the team scan"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.positionEdit.setToolTip(_("Empty: at the end of the team scan."))
#endif // QT_CONFIG(tooltip)
        self.activeCheck.setText(_("Ac&tive (asked in the team scan)"))
        pass
    # retranslateUi

