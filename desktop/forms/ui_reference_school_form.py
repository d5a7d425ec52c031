# Generated from ui/reference_school_form.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_school_form.ui'
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

class Ui_ReferenceSchoolForm(object):
    def setupUi(self, ReferenceSchoolForm):
        if not ReferenceSchoolForm.objectName():
            ReferenceSchoolForm.setObjectName(u"ReferenceSchoolForm")
        ReferenceSchoolForm.resize(420, 312)
        self.formLayout = QFormLayout(ReferenceSchoolForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(ReferenceSchoolForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ReferenceSchoolForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(ReferenceSchoolForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ReferenceSchoolForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.brinLabel = QLabel(ReferenceSchoolForm)
        self.brinLabel.setObjectName(u"brinLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.brinLabel)

        self.brinEdit = QLineEdit(ReferenceSchoolForm)
        self.brinEdit.setObjectName(u"brinEdit")
        self.brinEdit.setPlaceholderText(u"25PZ")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.brinEdit)

        self.addressLabel = QLabel(ReferenceSchoolForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(ReferenceSchoolForm)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cityLabel = QLabel(ReferenceSchoolForm)
        self.cityLabel.setObjectName(u"cityLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(ReferenceSchoolForm)
        self.cityEdit.setObjectName(u"cityEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.phoneLabel = QLabel(ReferenceSchoolForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ReferenceSchoolForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(ReferenceSchoolForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ReferenceSchoolForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.activeCheck = QCheckBox(ReferenceSchoolForm)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.activeCheck)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.brinLabel.setBuddy(self.brinEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.brinEdit)
        QWidget.setTabOrder(self.brinEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.activeCheck)

        self.retranslateUi(ReferenceSchoolForm)

        QMetaObject.connectSlotsByName(ReferenceSchoolForm)
    # setupUi

    def retranslateUi(self, ReferenceSchoolForm):
        self.nameLabel.setText(_("&Name:"))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(_("School name"))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(_("T&ype:"))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(_("Kind of school"))
#endif // QT_CONFIG(accessibility)
        self.brinLabel.setText(_("&BRIN code:"))
#if QT_CONFIG(accessibility)
        self.brinEdit.setAccessibleName(_("BRIN code"))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(_("&Address:"))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(_("Address"))
#endif // QT_CONFIG(accessibility)
        self.cityLabel.setText(_("&City:"))
#if QT_CONFIG(accessibility)
        self.cityEdit.setAccessibleName(_("City"))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(_("Ph&one:"))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(_("Phone"))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(_("&E-mail:"))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(_("E-mail"))
#endif // QT_CONFIG(accessibility)
        self.activeCheck.setText(_("Acti&ve"))
        pass
    # retranslateUi

