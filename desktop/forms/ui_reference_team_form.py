# Generated from ui/reference_team_form.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_team_form.ui'
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

class Ui_ReferenceTeamForm(object):
    def setupUi(self, ReferenceTeamForm):
        if not ReferenceTeamForm.objectName():
            ReferenceTeamForm.setObjectName(u"ReferenceTeamForm")
        ReferenceTeamForm.resize(420, 108)
        self.formLayout = QFormLayout(ReferenceTeamForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(ReferenceTeamForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ReferenceTeamForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.activeCheck = QCheckBox(ReferenceTeamForm)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activeCheck)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.activeCheck)

        self.retranslateUi(ReferenceTeamForm)

        QMetaObject.connectSlotsByName(ReferenceTeamForm)
    # setupUi

    def retranslateUi(self, ReferenceTeamForm):
        self.nameLabel.setText(_("&Name:"))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(_("Team name"))
#endif // QT_CONFIG(accessibility)
        self.activeCheck.setText(_("Acti&ve"))
        pass
    # retranslateUi

