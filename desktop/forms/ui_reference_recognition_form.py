# Generated from ui/reference_recognition_form.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_recognition_form.ui'
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

class Ui_ReferenceRecognitionForm(object):
    def setupUi(self, ReferenceRecognitionForm):
        if not ReferenceRecognitionForm.objectName():
            ReferenceRecognitionForm.setObjectName(u"ReferenceRecognitionForm")
        ReferenceRecognitionForm.resize(420, 142)
        self.formLayout = QFormLayout(ReferenceRecognitionForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.creboLabel = QLabel(ReferenceRecognitionForm)
        self.creboLabel.setObjectName(u"creboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.creboLabel)

        self.creboEdit = QLineEdit(ReferenceRecognitionForm)
        self.creboEdit.setObjectName(u"creboEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.creboEdit)

        self.startsOnLabel = QLabel(ReferenceRecognitionForm)
        self.startsOnLabel.setObjectName(u"startsOnLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startsOnLabel)

        self.startsOnEdit = QLineEdit(ReferenceRecognitionForm)
        self.startsOnEdit.setObjectName(u"startsOnEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startsOnEdit)

        self.endsOnLabel = QLabel(ReferenceRecognitionForm)
        self.endsOnLabel.setObjectName(u"endsOnLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endsOnLabel)

        self.endsOnEdit = QLineEdit(ReferenceRecognitionForm)
        self.endsOnEdit.setObjectName(u"endsOnEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endsOnEdit)

        self.notesLabel = QLabel(ReferenceRecognitionForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(ReferenceRecognitionForm)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)

#if QT_CONFIG(shortcut)
        self.creboLabel.setBuddy(self.creboEdit)
        self.startsOnLabel.setBuddy(self.startsOnEdit)
        self.endsOnLabel.setBuddy(self.endsOnEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.creboEdit, self.startsOnEdit)
        QWidget.setTabOrder(self.startsOnEdit, self.endsOnEdit)
        QWidget.setTabOrder(self.endsOnEdit, self.notesEdit)

        self.retranslateUi(ReferenceRecognitionForm)

        QMetaObject.connectSlotsByName(ReferenceRecognitionForm)
    # setupUi

    def retranslateUi(self, ReferenceRecognitionForm):
        self.creboLabel.setText(_("&Crebo:"))
#if QT_CONFIG(accessibility)
        self.creboEdit.setAccessibleName(_("Crebo"))
#endif // QT_CONFIG(accessibility)
        self.startsOnLabel.setText(_("&Recognised from:"))
#if QT_CONFIG(accessibility)
        self.startsOnEdit.setAccessibleName(_("Recognised from"))
#endif // QT_CONFIG(accessibility)
        self.startsOnEdit.setPlaceholderText(_("dd-mm-yyyy"))
        self.endsOnLabel.setText(_("Recognised &until:"))
#if QT_CONFIG(accessibility)
        self.endsOnEdit.setAccessibleName(_("Recognised until"))
#endif // QT_CONFIG(accessibility)
        self.endsOnEdit.setPlaceholderText(_("empty: four years after the start"))
#if QT_CONFIG(tooltip)
        self.endsOnEdit.setToolTip(_("The day the recognition ends; SBB normally recognises for four years"))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(_("N&otes:"))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(_("Notes"))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

