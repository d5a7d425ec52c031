# Generated from ui/reference_location_form.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_location_form.ui'
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

class Ui_ReferenceLocationForm(object):
    def setupUi(self, ReferenceLocationForm):
        if not ReferenceLocationForm.objectName():
            ReferenceLocationForm.setObjectName(u"ReferenceLocationForm")
        ReferenceLocationForm.resize(420, 176)
        self.formLayout = QFormLayout(ReferenceLocationForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(ReferenceLocationForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ReferenceLocationForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(ReferenceLocationForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(ReferenceLocationForm)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cityLabel = QLabel(ReferenceLocationForm)
        self.cityLabel.setObjectName(u"cityLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(ReferenceLocationForm)
        self.cityEdit.setObjectName(u"cityEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.activeCheck = QCheckBox(ReferenceLocationForm)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.activeCheck)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.cityLabel.setBuddy(self.cityEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.activeCheck)

        self.retranslateUi(ReferenceLocationForm)

        QMetaObject.connectSlotsByName(ReferenceLocationForm)
    # setupUi

    def retranslateUi(self, ReferenceLocationForm):
        self.nameLabel.setText(_("&Name:"))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(_("Location name"))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(_("&Address:"))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(_("Address"))
#endif // QT_CONFIG(accessibility)
        self.cityLabel.setText(_("&City:"))
#if QT_CONFIG(accessibility)
        self.cityEdit.setAccessibleName(_("City"))
#endif // QT_CONFIG(accessibility)
        self.activeCheck.setText(_("Acti&ve"))
        pass
    # retranslateUi

