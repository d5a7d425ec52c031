# Generated from ui/reference_question_form.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_question_form.ui'
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

class Ui_ReferenceQuestionForm(object):
    def setupUi(self, ReferenceQuestionForm):
        if not ReferenceQuestionForm.objectName():
            ReferenceQuestionForm.setObjectName(u"ReferenceQuestionForm")
        ReferenceQuestionForm.resize(480, 170)
        self.formLayout = QFormLayout(ReferenceQuestionForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionLabel = QLabel(ReferenceQuestionForm)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionEdit = QLineEdit(ReferenceQuestionForm)
        self.sectionEdit.setObjectName(u"sectionEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionEdit)

        self.textLabel = QLabel(ReferenceQuestionForm)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QLineEdit(ReferenceQuestionForm)
        self.textEdit.setObjectName(u"textEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.kindLabel = QLabel(ReferenceQuestionForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ReferenceQuestionForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.positionLabel = QLabel(ReferenceQuestionForm)
        self.positionLabel.setObjectName(u"positionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(ReferenceQuestionForm)
        self.positionEdit.setObjectName(u"positionEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.activeCheck = QCheckBox(ReferenceQuestionForm)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.activeCheck)

#if QT_CONFIG(shortcut)
        self.sectionLabel.setBuddy(self.sectionEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.positionLabel.setBuddy(self.positionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sectionEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.activeCheck)

        self.retranslateUi(ReferenceQuestionForm)

        QMetaObject.connectSlotsByName(ReferenceQuestionForm)
    # setupUi

    def retranslateUi(self, ReferenceQuestionForm):
        self.sectionLabel.setText(_("&Section:"))
#if QT_CONFIG(accessibility)
        self.sectionEdit.setAccessibleName(_("Section of the questionnaire"))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(_("&Question:"))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(_("Question as the student reads it"))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(_("&Answer:"))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(_("Kind of answer"))
#endif // QT_CONFIG(accessibility)
        self.positionLabel.setText(_("&Order:"))
#if QT_CONFIG(accessibility)
        self.positionEdit.setAccessibleName(_("Place in the questionnaire"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.positionEdit.setToolTip(_("Empty: at the end of the questionnaire."))
#endif // QT_CONFIG(tooltip)
        self.activeCheck.setText(_("A&ctive (asked on the questionnaire)"))
        pass
    # retranslateUi

