# Generated from ui/reference_role_form.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_role_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

from desktop.i18n import _

class Ui_ReferenceRoleForm(object):
    def setupUi(self, ReferenceRoleForm):
        if not ReferenceRoleForm.objectName():
            ReferenceRoleForm.setObjectName(u"ReferenceRoleForm")
        ReferenceRoleForm.resize(420, 142)
        self.formLayout = QFormLayout(ReferenceRoleForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.roleLabel = QLabel(ReferenceRoleForm)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(ReferenceRoleForm)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.sinceLabel = QLabel(ReferenceRoleForm)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.sinceEdit = QLineEdit(ReferenceRoleForm)
        self.sinceEdit.setObjectName(u"sinceEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sinceEdit)

        self.certifiedUntilLabel = QLabel(ReferenceRoleForm)
        self.certifiedUntilLabel.setObjectName(u"certifiedUntilLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.certifiedUntilLabel)

        self.certifiedUntilEdit = QLineEdit(ReferenceRoleForm)
        self.certifiedUntilEdit.setObjectName(u"certifiedUntilEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.certifiedUntilEdit)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.certifiedUntilLabel.setBuddy(self.certifiedUntilEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.certifiedUntilEdit)

        self.retranslateUi(ReferenceRoleForm)

        QMetaObject.connectSlotsByName(ReferenceRoleForm)
    # setupUi

    def retranslateUi(self, ReferenceRoleForm):
        self.roleLabel.setText(_("&Role:"))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(_("Role"))
#endif // QT_CONFIG(accessibility)
        self.sinceLabel.setText(_("&Since:"))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(_("Role since"))
#endif // QT_CONFIG(accessibility)
        self.sinceEdit.setPlaceholderText(_("dd-mm-yyyy"))
        self.certifiedUntilLabel.setText(_("&Certified until:"))
#if QT_CONFIG(accessibility)
        self.certifiedUntilEdit.setAccessibleName(_("Certified until"))
#endif // QT_CONFIG(accessibility)
        self.certifiedUntilEdit.setPlaceholderText(_("dd-mm-yyyy"))
        pass
    # retranslateUi

