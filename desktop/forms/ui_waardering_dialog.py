# Generated from ui/waardering_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'waardering_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_WaarderingDialog(object):
    def setupUi(self, WaarderingDialog):
        if not WaarderingDialog.objectName():
            WaarderingDialog.setObjectName(u"WaarderingDialog")
        WaarderingDialog.resize(720, 640)
        self.mainLayout = QVBoxLayout(WaarderingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.periodLabel = QLabel(WaarderingDialog)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setWordWrap(True)
        self.periodLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.periodLabel)

        self.headerForm = QFormLayout()
        self.headerForm.setObjectName(u"headerForm")
        self.submittedLabel = QLabel(WaarderingDialog)
        self.submittedLabel.setObjectName(u"submittedLabel")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.submittedLabel)

        self.submittedEdit = QLineEdit(WaarderingDialog)
        self.submittedEdit.setObjectName(u"submittedEdit")
        self.submittedEdit.setPlaceholderText(u"dd-mm-jjjj")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.submittedEdit)

        self.sourceLabel = QLabel(WaarderingDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(WaarderingDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)


        self.mainLayout.addLayout(self.headerForm)

        self.scrollArea = QScrollArea(WaarderingDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.questionsHost = QWidget()
        self.questionsHost.setObjectName(u"questionsHost")
        self.questionsLayout = QVBoxLayout(self.questionsHost)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.scrollArea.setWidget(self.questionsHost)

        self.mainLayout.addWidget(self.scrollArea)

        self.errorLabel = QLabel(WaarderingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.printButton = QPushButton(WaarderingDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.deleteButton = QPushButton(WaarderingDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.buttonBox = QDialogButtonBox(WaarderingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.submittedLabel.setBuddy(self.submittedEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.submittedEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.scrollArea)
        QWidget.setTabOrder(self.scrollArea, self.printButton)
        QWidget.setTabOrder(self.printButton, self.deleteButton)

        self.retranslateUi(WaarderingDialog)

        QMetaObject.connectSlotsByName(WaarderingDialog)
    # setupUi

    def retranslateUi(self, WaarderingDialog):
        WaarderingDialog.setWindowTitle(_("Studentwaardering"))
#if QT_CONFIG(accessibility)
        self.periodLabel.setAccessibleName(_("The BPV period this questionnaire is about"))
#endif // QT_CONFIG(accessibility)
        self.submittedLabel.setText(_("&Filled in on:"))
#if QT_CONFIG(accessibility)
        self.submittedEdit.setAccessibleName(_("Date the questionnaire was filled in"))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(_("&Received:"))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(_("How the questionnaire came in"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(_("Questions"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(_("What is wrong with the input"))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(_("&Print questionnaire (PDF)\u2026"))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(_("The questionnaire on paper for the student, with this period's details and tick boxes"))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(_("&Delete answers"))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

