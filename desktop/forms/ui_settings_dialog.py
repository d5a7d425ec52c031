# Generated from ui/settings_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(420, 160)
        self.verticalLayout = QVBoxLayout(SettingsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageHint = QLabel(SettingsDialog)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageHint)


        self.verticalLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(_("Settings"))
        self.languageLabel.setText(_("&Language:"))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(_("Language"))
#endif // QT_CONFIG(accessibility)
        self.languageHint.setText(_("The language changes at once; forms keep the language they were made in."))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

