# Generated from ui/signatures_panel.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signatures_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_SignaturesPanel(object):
    def setupUi(self, SignaturesPanel):
        if not SignaturesPanel.objectName():
            SignaturesPanel.setObjectName(u"SignaturesPanel")
        SignaturesPanel.resize(760, 300)
        self.verticalLayout = QVBoxLayout(SignaturesPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(0, 0, 0, 0)
        self.bannerRow = QHBoxLayout()
        self.bannerRow.setObjectName(u"bannerRow")
        self.bannerLabel = QLabel(SignaturesPanel)
        self.bannerLabel.setObjectName(u"bannerLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.bannerLabel.sizePolicy().hasHeightForWidth())
        self.bannerLabel.setSizePolicy(sizePolicy)
        self.bannerLabel.setWordWrap(True)

        self.bannerRow.addWidget(self.bannerLabel)

        self.hashLabel = QLabel(SignaturesPanel)
        self.hashLabel.setObjectName(u"hashLabel")
        self.hashLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.bannerRow.addWidget(self.hashLabel)


        self.verticalLayout.addLayout(self.bannerRow)

        self.tableView = QTableView(SignaturesPanel)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)

        self.verticalLayout.addWidget(self.tableView)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.signScreenButton = QPushButton(SignaturesPanel)
        self.signScreenButton.setObjectName(u"signScreenButton")

        self.buttonRow.addWidget(self.signScreenButton)

        self.signPaperButton = QPushButton(SignaturesPanel)
        self.signPaperButton.setObjectName(u"signPaperButton")

        self.buttonRow.addWidget(self.signPaperButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.reopenButton = QPushButton(SignaturesPanel)
        self.reopenButton.setObjectName(u"reopenButton")

        self.buttonRow.addWidget(self.reopenButton)


        self.verticalLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.tableView, self.signScreenButton)
        QWidget.setTabOrder(self.signScreenButton, self.signPaperButton)
        QWidget.setTabOrder(self.signPaperButton, self.reopenButton)

        self.retranslateUi(SignaturesPanel)

        QMetaObject.connectSlotsByName(SignaturesPanel)
    # setupUi

    def retranslateUi(self, SignaturesPanel):
#if QT_CONFIG(accessibility)
        self.bannerLabel.setAccessibleName(_("Do the signatures match the content"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hashLabel.setAccessibleName(_("Fingerprint of the content"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("Signatures"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.signScreenButton.setToolTip(_("The chosen signer signs on this screen, with a pen, a finger or the mouse"))
#endif // QT_CONFIG(tooltip)
        self.signScreenButton.setText(_("Sign on &screen\u2026"))
#if QT_CONFIG(tooltip)
        self.signPaperButton.setToolTip(_("Record that the chosen signer signed the printed form, with the scan if there is one"))
#endif // QT_CONFIG(tooltip)
        self.signPaperButton.setText(_("Signed on &paper\u2026"))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(_("Void every signature so the content can be changed again"))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(_("&Reopen\u2026"))
        pass
    # retranslateUi

