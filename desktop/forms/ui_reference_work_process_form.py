# Generated from ui/reference_work_process_form.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_work_process_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

from desktop.i18n import _

class Ui_ReferenceWorkProcessForm(object):
    def setupUi(self, ReferenceWorkProcessForm):
        if not ReferenceWorkProcessForm.objectName():
            ReferenceWorkProcessForm.setObjectName(u"ReferenceWorkProcessForm")
        ReferenceWorkProcessForm.resize(420, 108)
        self.formLayout = QFormLayout(ReferenceWorkProcessForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.codeLabel = QLabel(ReferenceWorkProcessForm)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(ReferenceWorkProcessForm)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setPlaceholderText(u"B1-K1-W2")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.titleLabel = QLabel(ReferenceWorkProcessForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ReferenceWorkProcessForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.titleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.titleEdit)

        self.retranslateUi(ReferenceWorkProcessForm)

        QMetaObject.connectSlotsByName(ReferenceWorkProcessForm)
    # setupUi

    def retranslateUi(self, ReferenceWorkProcessForm):
        self.codeLabel.setText(_("&Code:"))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(_("Work process code"))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(_("&Title:"))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(_("Work process title"))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

