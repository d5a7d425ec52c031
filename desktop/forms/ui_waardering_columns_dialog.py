# Generated from ui/waardering_columns_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'waardering_columns_dialog.ui'
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
    QFormLayout, QLabel, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_WaarderingColumnsDialog(object):
    def setupUi(self, WaarderingColumnsDialog):
        if not WaarderingColumnsDialog.objectName():
            WaarderingColumnsDialog.setObjectName(u"WaarderingColumnsDialog")
        WaarderingColumnsDialog.resize(760, 300)
        self.mainLayout = QVBoxLayout(WaarderingColumnsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(WaarderingColumnsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.scrollArea = QScrollArea(WaarderingColumnsDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.columnsHost = QWidget()
        self.columnsHost.setObjectName(u"columnsHost")
        self.columnsLayout = QFormLayout(self.columnsHost)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.scrollArea.setWidget(self.columnsHost)

        self.mainLayout.addWidget(self.scrollArea)

        self.buttonBox = QDialogButtonBox(WaarderingColumnsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(WaarderingColumnsDialog)

        QMetaObject.connectSlotsByName(WaarderingColumnsDialog)
    # setupUi

    def retranslateUi(self, WaarderingColumnsDialog):
        WaarderingColumnsDialog.setWindowTitle(_("Match the form's columns"))
        self.introLabel.setText(_("These columns of the file match no question of the studentwaardering by their words. Choose the question each one asks, or \u201cNot used\u201d. LeerWerk remembers the choice for the next export."))
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(_("Columns to match"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

