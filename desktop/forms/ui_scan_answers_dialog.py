# Generated from ui/scan_answers_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scan_answers_dialog.ui'
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
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_ScanAnswersDialog(object):
    def setupUi(self, ScanAnswersDialog):
        if not ScanAnswersDialog.objectName():
            ScanAnswersDialog.setObjectName(u"ScanAnswersDialog")
        ScanAnswersDialog.resize(720, 640)
        self.mainLayout = QVBoxLayout(ScanAnswersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.teamForm = QFormLayout()
        self.teamForm.setObjectName(u"teamForm")
        self.teamLabel = QLabel(ScanAnswersDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.teamForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamCombo = QComboBox(ScanAnswersDialog)
        self.teamCombo.setObjectName(u"teamCombo")

        self.teamForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.teamCombo)


        self.mainLayout.addLayout(self.teamForm)

        self.privacyLabel = QLabel(ScanAnswersDialog)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.privacyLabel)

        self.statementsArea = QScrollArea(ScanAnswersDialog)
        self.statementsArea.setObjectName(u"statementsArea")
        self.statementsArea.setWidgetResizable(True)
        self.statementsHost = QWidget()
        self.statementsHost.setObjectName(u"statementsHost")
        self.statementsForm = QFormLayout(self.statementsHost)
        self.statementsForm.setObjectName(u"statementsForm")
        self.statementsArea.setWidget(self.statementsHost)

        self.mainLayout.addWidget(self.statementsArea)

        self.countLabel = QLabel(ScanAnswersDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countLabel)

        self.errorLabel = QLabel(ScanAnswersDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(ScanAnswersDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.buttonBox = QDialogButtonBox(ScanAnswersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.teamLabel.setBuddy(self.teamCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.teamCombo, self.statementsArea)
        QWidget.setTabOrder(self.statementsArea, self.saveButton)

        self.retranslateUi(ScanAnswersDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ScanAnswersDialog)
    # setupUi

    def retranslateUi(self, ScanAnswersDialog):
        ScanAnswersDialog.setWindowTitle(_("Type team scan answers"))
        self.teamLabel.setText(_("T&eam:"))
#if QT_CONFIG(accessibility)
        self.teamCombo.setAccessibleName(_("Team of the respondent"))
#endif // QT_CONFIG(accessibility)
        self.privacyLabel.setText(_("One respondent at a time, without a name: only the team and the scores are kept."))
        self.countLabel.setText("")
        self.errorLabel.setText("")
        self.saveButton.setText(_("&Save and next respondent"))
    # retranslateUi

