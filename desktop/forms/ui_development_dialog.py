# Generated from ui/development_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'development_dialog.ui'
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
    QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_DevelopmentDialog(object):
    def setupUi(self, DevelopmentDialog):
        if not DevelopmentDialog.objectName():
            DevelopmentDialog.setObjectName(u"DevelopmentDialog")
        DevelopmentDialog.resize(1100, 640)
        self.mainLayout = QVBoxLayout(DevelopmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(DevelopmentDialog)
        self.tabs.setObjectName(u"tabs")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(DevelopmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(DevelopmentDialog)

        QMetaObject.connectSlotsByName(DevelopmentDialog)
    # setupUi

    def retranslateUi(self, DevelopmentDialog):
        DevelopmentDialog.setWindowTitle(_("Development of staff"))
    # retranslateUi

