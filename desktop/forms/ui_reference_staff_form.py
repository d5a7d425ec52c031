# Generated from ui/reference_staff_form.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_staff_form.ui'
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

class Ui_ReferenceStaffForm(object):
    def setupUi(self, ReferenceStaffForm):
        if not ReferenceStaffForm.objectName():
            ReferenceStaffForm.setObjectName(u"ReferenceStaffForm")
        ReferenceStaffForm.resize(420, 346)
        self.formLayout = QFormLayout(ReferenceStaffForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.firstNameLabel = QLabel(ReferenceStaffForm)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(ReferenceStaffForm)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.namePrefixLabel = QLabel(ReferenceStaffForm)
        self.namePrefixLabel.setObjectName(u"namePrefixLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.namePrefixLabel)

        self.namePrefixEdit = QLineEdit(ReferenceStaffForm)
        self.namePrefixEdit.setObjectName(u"namePrefixEdit")
        self.namePrefixEdit.setPlaceholderText(u"van der")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.namePrefixEdit)

        self.lastNameLabel = QLabel(ReferenceStaffForm)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(ReferenceStaffForm)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.employeeNumberLabel = QLabel(ReferenceStaffForm)
        self.employeeNumberLabel.setObjectName(u"employeeNumberLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.employeeNumberLabel)

        self.employeeNumberEdit = QLineEdit(ReferenceStaffForm)
        self.employeeNumberEdit.setObjectName(u"employeeNumberEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.employeeNumberEdit)

        self.emailLabel = QLabel(ReferenceStaffForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ReferenceStaffForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(ReferenceStaffForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ReferenceStaffForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.jobTitleLabel = QLabel(ReferenceStaffForm)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(ReferenceStaffForm)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.teamLabel = QLabel(ReferenceStaffForm)
        self.teamLabel.setObjectName(u"teamLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamCombo = QComboBox(ReferenceStaffForm)
        self.teamCombo.setObjectName(u"teamCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.teamCombo)

        self.activeCheck = QCheckBox(ReferenceStaffForm)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.activeCheck)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.namePrefixLabel.setBuddy(self.namePrefixEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.employeeNumberLabel.setBuddy(self.employeeNumberEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.teamLabel.setBuddy(self.teamCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.namePrefixEdit)
        QWidget.setTabOrder(self.namePrefixEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.employeeNumberEdit)
        QWidget.setTabOrder(self.employeeNumberEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.activeCheck)

        self.retranslateUi(ReferenceStaffForm)

        QMetaObject.connectSlotsByName(ReferenceStaffForm)
    # setupUi

    def retranslateUi(self, ReferenceStaffForm):
        self.firstNameLabel.setText(_("&First name:"))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(_("First name"))
#endif // QT_CONFIG(accessibility)
        self.namePrefixLabel.setText(_("Prefi&x:"))
#if QT_CONFIG(accessibility)
        self.namePrefixEdit.setAccessibleName(_("Prefix (tussenvoegsel)"))
#endif // QT_CONFIG(accessibility)
        self.lastNameLabel.setText(_("Last na&me:"))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(_("Last name"))
#endif // QT_CONFIG(accessibility)
        self.employeeNumberLabel.setText(_("Emplo&yee number:"))
#if QT_CONFIG(accessibility)
        self.employeeNumberEdit.setAccessibleName(_("Employee number"))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(_("&E-mail:"))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(_("E-mail"))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(_("Ph&one:"))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(_("Phone"))
#endif // QT_CONFIG(accessibility)
        self.jobTitleLabel.setText(_("&Job title:"))
#if QT_CONFIG(accessibility)
        self.jobTitleEdit.setAccessibleName(_("Job title"))
#endif // QT_CONFIG(accessibility)
        self.teamLabel.setText(_("Te&am:"))
#if QT_CONFIG(accessibility)
        self.teamCombo.setAccessibleName(_("Team"))
#endif // QT_CONFIG(accessibility)
        self.activeCheck.setText(_("Acti&ve"))
        pass
    # retranslateUi

