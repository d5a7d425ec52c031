# Generated from ui/privacy_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'privacy_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from desktop.i18n import _

class Ui_PrivacyDialog(object):
    def setupUi(self, PrivacyDialog):
        if not PrivacyDialog.objectName():
            PrivacyDialog.setObjectName(u"PrivacyDialog")
        PrivacyDialog.resize(860, 640)
        self.verticalLayout = QVBoxLayout(PrivacyDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.personGroup = QGroupBox(PrivacyDialog)
        self.personGroup.setObjectName(u"personGroup")
        self.personLayout = QVBoxLayout(self.personGroup)
        self.personLayout.setObjectName(u"personLayout")
        self.personIntro = QLabel(self.personGroup)
        self.personIntro.setObjectName(u"personIntro")
        self.personIntro.setWordWrap(True)

        self.personLayout.addWidget(self.personIntro)

        self.personRow = QHBoxLayout()
        self.personRow.setObjectName(u"personRow")
        self.kindCombo = QComboBox(self.personGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.personRow.addWidget(self.kindCombo)

        self.personCombo = QComboBox(self.personGroup)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.personCombo.sizePolicy().hasHeightForWidth())
        self.personCombo.setSizePolicy(sizePolicy)

        self.personRow.addWidget(self.personCombo)

        self.exportButton = QPushButton(self.personGroup)
        self.exportButton.setObjectName(u"exportButton")

        self.personRow.addWidget(self.exportButton)

        self.eraseButton = QPushButton(self.personGroup)
        self.eraseButton.setObjectName(u"eraseButton")

        self.personRow.addWidget(self.eraseButton)


        self.personLayout.addLayout(self.personRow)

        self.wipeRow = QHBoxLayout()
        self.wipeRow.setObjectName(u"wipeRow")
        self.wipeLabel = QLabel(self.personGroup)
        self.wipeLabel.setObjectName(u"wipeLabel")
        self.wipeLabel.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.wipeLabel.sizePolicy().hasHeightForWidth())
        self.wipeLabel.setSizePolicy(sizePolicy1)

        self.wipeRow.addWidget(self.wipeLabel)

        self.wipeButton = QPushButton(self.personGroup)
        self.wipeButton.setObjectName(u"wipeButton")

        self.wipeRow.addWidget(self.wipeButton)


        self.personLayout.addLayout(self.wipeRow)


        self.verticalLayout.addWidget(self.personGroup)

        self.periodsGroup = QGroupBox(PrivacyDialog)
        self.periodsGroup.setObjectName(u"periodsGroup")
        self.periodsLayout = QVBoxLayout(self.periodsGroup)
        self.periodsLayout.setObjectName(u"periodsLayout")
        self.periodsForm = QFormLayout()
        self.periodsForm.setObjectName(u"periodsForm")

        self.periodsLayout.addLayout(self.periodsForm)

        self.periodsButtons = QHBoxLayout()
        self.periodsButtons.setObjectName(u"periodsButtons")
        self.periodsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodsButtons.addItem(self.periodsSpacer)

        self.savePeriodsButton = QPushButton(self.periodsGroup)
        self.savePeriodsButton.setObjectName(u"savePeriodsButton")

        self.periodsButtons.addWidget(self.savePeriodsButton)


        self.periodsLayout.addLayout(self.periodsButtons)


        self.verticalLayout.addWidget(self.periodsGroup)

        self.reviewGroup = QGroupBox(PrivacyDialog)
        self.reviewGroup.setObjectName(u"reviewGroup")
        self.reviewLayout = QVBoxLayout(self.reviewGroup)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.tableView = QTableView(self.reviewGroup)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.reviewLayout.addWidget(self.tableView)

        self.reviewButtons = QHBoxLayout()
        self.reviewButtons.setObjectName(u"reviewButtons")
        self.countLabel = QLabel(self.reviewGroup)
        self.countLabel.setObjectName(u"countLabel")

        self.reviewButtons.addWidget(self.countLabel)

        self.reviewSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewButtons.addItem(self.reviewSpacer)

        self.anonymiseButton = QPushButton(self.reviewGroup)
        self.anonymiseButton.setObjectName(u"anonymiseButton")

        self.reviewButtons.addWidget(self.anonymiseButton)


        self.reviewLayout.addLayout(self.reviewButtons)


        self.verticalLayout.addWidget(self.reviewGroup)

        self.buttonBox = QDialogButtonBox(PrivacyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(PrivacyDialog)

        QMetaObject.connectSlotsByName(PrivacyDialog)
    # setupUi

    def retranslateUi(self, PrivacyDialog):
        PrivacyDialog.setWindowTitle(_("Privacy (AVG)"))
        self.personGroup.setTitle(_("One person"))
        self.personIntro.setText(_("Export everything LeerWerk holds about one learner or staff member (their right of access), or erase it (their right to erasure). Signed BPV forms inside their retention period are kept."))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(_("Kind of person"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(_("Person"))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(_("&Export data (AVG)\u2026"))
        self.eraseButton.setText(_("E&rase data (AVG)\u2026"))
        self.wipeLabel.setText(_("An erase has not been wiped from the database file yet: what was erased may still be readable in it."))
        self.wipeButton.setText(_("&Finish wiping"))
        self.periodsGroup.setTitle(_("Retention periods"))
        self.savePeriodsButton.setText(_("&Save periods"))
        self.reviewGroup.setTitle(_("Past their retention period"))
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("Records past their retention period"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(_("Number of records past their period"))
#endif // QT_CONFIG(accessibility)
        self.anonymiseButton.setText(_("&Anonymise"))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

