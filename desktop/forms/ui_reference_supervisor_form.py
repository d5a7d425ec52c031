# Generated from ui/reference_supervisor_form.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_supervisor_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

from desktop.i18n import _

class Ui_ReferenceSupervisorForm(object):
    def setupUi(self, ReferenceSupervisorForm):
        if not ReferenceSupervisorForm.objectName():
            ReferenceSupervisorForm.setObjectName(u"ReferenceSupervisorForm")
        ReferenceSupervisorForm.resize(420, 244)
        self.formLayout = QFormLayout(ReferenceSupervisorForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.firstNameLabel = QLabel(ReferenceSupervisorForm)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(ReferenceSupervisorForm)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.namePrefixLabel = QLabel(ReferenceSupervisorForm)
        self.namePrefixLabel.setObjectName(u"namePrefixLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.namePrefixLabel)

        self.namePrefixEdit = QLineEdit(ReferenceSupervisorForm)
        self.namePrefixEdit.setObjectName(u"namePrefixEdit")
        self.namePrefixEdit.setPlaceholderText(u"van der")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.namePrefixEdit)

        self.lastNameLabel = QLabel(ReferenceSupervisorForm)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(ReferenceSupervisorForm)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.emailLabel = QLabel(ReferenceSupervisorForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ReferenceSupervisorForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(ReferenceSupervisorForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ReferenceSupervisorForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.activeCheck = QCheckBox(ReferenceSupervisorForm)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.activeCheck)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.namePrefixLabel.setBuddy(self.namePrefixEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.namePrefixEdit)
        QWidget.setTabOrder(self.namePrefixEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.activeCheck)

        self.retranslateUi(ReferenceSupervisorForm)

        QMetaObject.connectSlotsByName(ReferenceSupervisorForm)
    # setupUi

    def retranslateUi(self, ReferenceSupervisorForm):
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
        self.emailLabel.setText(_("&E-mail:"))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(_("E-mail"))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(_("Ph&one:"))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(_("Phone"))
#endif // QT_CONFIG(accessibility)
        self.activeCheck.setText(_("Acti&ve"))
        pass
    # retranslateUi

