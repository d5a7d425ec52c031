# Generated from ui/reference_programme_form.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_programme_form.ui'
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

class Ui_ReferenceProgrammeForm(object):
    def setupUi(self, ReferenceProgrammeForm):
        if not ReferenceProgrammeForm.objectName():
            ReferenceProgrammeForm.setObjectName(u"ReferenceProgrammeForm")
        ReferenceProgrammeForm.resize(420, 244)
        self.formLayout = QFormLayout(ReferenceProgrammeForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(ReferenceProgrammeForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ReferenceProgrammeForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.creboLabel = QLabel(ReferenceProgrammeForm)
        self.creboLabel.setObjectName(u"creboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.creboLabel)

        self.creboEdit = QLineEdit(ReferenceProgrammeForm)
        self.creboEdit.setObjectName(u"creboEdit")
        self.creboEdit.setPlaceholderText(u"25491")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.creboEdit)

        self.levelLabel = QLabel(ReferenceProgrammeForm)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(ReferenceProgrammeForm)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.pathwayLabel = QLabel(ReferenceProgrammeForm)
        self.pathwayLabel.setObjectName(u"pathwayLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pathwayLabel)

        self.pathwayCombo = QComboBox(ReferenceProgrammeForm)
        self.pathwayCombo.setObjectName(u"pathwayCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pathwayCombo)

        self.cohortLabel = QLabel(ReferenceProgrammeForm)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cohortLabel)

        self.cohortEdit = QLineEdit(ReferenceProgrammeForm)
        self.cohortEdit.setObjectName(u"cohortEdit")
        self.cohortEdit.setPlaceholderText(u"2026")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cohortEdit)

        self.activeCheck = QCheckBox(ReferenceProgrammeForm)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.activeCheck)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.creboLabel.setBuddy(self.creboEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.pathwayLabel.setBuddy(self.pathwayCombo)
        self.cohortLabel.setBuddy(self.cohortEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.creboEdit)
        QWidget.setTabOrder(self.creboEdit, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.pathwayCombo)
        QWidget.setTabOrder(self.pathwayCombo, self.cohortEdit)
        QWidget.setTabOrder(self.cohortEdit, self.activeCheck)

        self.retranslateUi(ReferenceProgrammeForm)

        QMetaObject.connectSlotsByName(ReferenceProgrammeForm)
    # setupUi

    def retranslateUi(self, ReferenceProgrammeForm):
        self.nameLabel.setText(_("&Name:"))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(_("Programme name"))
#endif // QT_CONFIG(accessibility)
        self.creboLabel.setText(_("Cre&bo:"))
#if QT_CONFIG(accessibility)
        self.creboEdit.setAccessibleName(_("Crebo code"))
#endif // QT_CONFIG(accessibility)
        self.levelLabel.setText(_("L&evel:"))
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(_("Level"))
#endif // QT_CONFIG(accessibility)
        self.pathwayLabel.setText(_("Pat&hway:"))
#if QT_CONFIG(accessibility)
        self.pathwayCombo.setAccessibleName(_("Learning pathway"))
#endif // QT_CONFIG(accessibility)
        self.cohortLabel.setText(_("C&ohort:"))
#if QT_CONFIG(accessibility)
        self.cohortEdit.setAccessibleName(_("Cohort"))
#endif // QT_CONFIG(accessibility)
        self.activeCheck.setText(_("Acti&ve"))
        pass
    # retranslateUi

