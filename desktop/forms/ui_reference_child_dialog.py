# Generated from ui/reference_child_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_child_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from desktop.i18n import _

class Ui_ReferenceChildDialog(object):
    def setupUi(self, ReferenceChildDialog):
        if not ReferenceChildDialog.objectName():
            ReferenceChildDialog.setObjectName(u"ReferenceChildDialog")
        ReferenceChildDialog.resize(460, 280)
        self.verticalLayout = QVBoxLayout(ReferenceChildDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ReferenceChildDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formHost = QVBoxLayout()
        self.formHost.setObjectName(u"formHost")

        self.verticalLayout.addLayout(self.formHost)

        self.errorLabel = QLabel(ReferenceChildDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ReferenceChildDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(ReferenceChildDialog)

        QMetaObject.connectSlotsByName(ReferenceChildDialog)
    # setupUi

    def retranslateUi(self, ReferenceChildDialog):
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(_("Error message"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

