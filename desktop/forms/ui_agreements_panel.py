# Generated from ui/agreements_panel.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreements_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_AgreementsPanel(object):
    def setupUi(self, AgreementsPanel):
        if not AgreementsPanel.objectName():
            AgreementsPanel.setObjectName(u"AgreementsPanel")
        AgreementsPanel.resize(760, 460)
        self.panelLayout = QVBoxLayout(AgreementsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.tableView = QTableView(AgreementsPanel)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tableView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setWordWrap(False)

        self.panelLayout.addWidget(self.tableView)

        self.formColumns = QHBoxLayout()
        self.formColumns.setObjectName(u"formColumns")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.kindLabel = QLabel(AgreementsPanel)
        self.kindLabel.setObjectName(u"kindLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(AgreementsPanel)
        self.kindCombo.setObjectName(u"kindCombo")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.statusLabel = QLabel(AgreementsPanel)
        self.statusLabel.setObjectName(u"statusLabel")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(AgreementsPanel)
        self.statusCombo.setObjectName(u"statusCombo")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.requestedOnLabel = QLabel(AgreementsPanel)
        self.requestedOnLabel.setObjectName(u"requestedOnLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requestedOnLabel)

        self.requestedOnEdit = QLineEdit(AgreementsPanel)
        self.requestedOnEdit.setObjectName(u"requestedOnEdit")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requestedOnEdit)

        self.receivedOnLabel = QLabel(AgreementsPanel)
        self.receivedOnLabel.setObjectName(u"receivedOnLabel")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receivedOnLabel)

        self.receivedOnEdit = QLineEdit(AgreementsPanel)
        self.receivedOnEdit.setObjectName(u"receivedOnEdit")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receivedOnEdit)

        self.sbbIdLabel = QLabel(AgreementsPanel)
        self.sbbIdLabel.setObjectName(u"sbbIdLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sbbIdLabel)

        self.sbbIdEdit = QLineEdit(AgreementsPanel)
        self.sbbIdEdit.setObjectName(u"sbbIdEdit")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sbbIdEdit)


        self.formColumns.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.learnerSignedLabel = QLabel(AgreementsPanel)
        self.learnerSignedLabel.setObjectName(u"learnerSignedLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.learnerSignedLabel)

        self.learnerSignedEdit = QLineEdit(AgreementsPanel)
        self.learnerSignedEdit.setObjectName(u"learnerSignedEdit")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.learnerSignedEdit)

        self.schoolSignedLabel = QLabel(AgreementsPanel)
        self.schoolSignedLabel.setObjectName(u"schoolSignedLabel")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schoolSignedLabel)

        self.schoolSignedEdit = QLineEdit(AgreementsPanel)
        self.schoolSignedEdit.setObjectName(u"schoolSignedEdit")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schoolSignedEdit)

        self.companySignedLabel = QLabel(AgreementsPanel)
        self.companySignedLabel.setObjectName(u"companySignedLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.companySignedLabel)

        self.companySignedEdit = QLineEdit(AgreementsPanel)
        self.companySignedEdit.setObjectName(u"companySignedEdit")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.companySignedEdit)

        self.signedOnLabel = QLabel(AgreementsPanel)
        self.signedOnLabel.setObjectName(u"signedOnLabel")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signedOnLabel)

        self.signedOnEdit = QLineEdit(AgreementsPanel)
        self.signedOnEdit.setObjectName(u"signedOnEdit")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signedOnEdit)

        self.endedOnLabel = QLabel(AgreementsPanel)
        self.endedOnLabel.setObjectName(u"endedOnLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endedOnLabel)

        self.endedOnEdit = QLineEdit(AgreementsPanel)
        self.endedOnEdit.setObjectName(u"endedOnEdit")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endedOnEdit)


        self.formColumns.addLayout(self.rightForm)


        self.panelLayout.addLayout(self.formColumns)

        self.bottomForm = QFormLayout()
        self.bottomForm.setObjectName(u"bottomForm")
        self.scanLabel = QLabel(AgreementsPanel)
        self.scanLabel.setObjectName(u"scanLabel")

        self.bottomForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scanLabel)

        self.scanRow = QHBoxLayout()
        self.scanRow.setObjectName(u"scanRow")
        self.scanNameLabel = QLabel(AgreementsPanel)
        self.scanNameLabel.setObjectName(u"scanNameLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scanNameLabel.sizePolicy().hasHeightForWidth())
        self.scanNameLabel.setSizePolicy(sizePolicy)
        self.scanNameLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.scanRow.addWidget(self.scanNameLabel)

        self.attachScanButton = QPushButton(AgreementsPanel)
        self.attachScanButton.setObjectName(u"attachScanButton")

        self.scanRow.addWidget(self.attachScanButton)

        self.openScanButton = QPushButton(AgreementsPanel)
        self.openScanButton.setObjectName(u"openScanButton")

        self.scanRow.addWidget(self.openScanButton)

        self.saveScanButton = QPushButton(AgreementsPanel)
        self.saveScanButton.setObjectName(u"saveScanButton")

        self.scanRow.addWidget(self.saveScanButton)

        self.removeScanButton = QPushButton(AgreementsPanel)
        self.removeScanButton.setObjectName(u"removeScanButton")

        self.scanRow.addWidget(self.removeScanButton)


        self.bottomForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.scanRow)

        self.notesLabel = QLabel(AgreementsPanel)
        self.notesLabel.setObjectName(u"notesLabel")

        self.bottomForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(AgreementsPanel)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 60))
        self.notesEdit.setTabChangesFocus(True)

        self.bottomForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.panelLayout.addLayout(self.bottomForm)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(AgreementsPanel)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.saveButton = QPushButton(AgreementsPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.deleteButton = QPushButton(AgreementsPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.addNeededButton = QPushButton(AgreementsPanel)
        self.addNeededButton.setObjectName(u"addNeededButton")

        self.buttonRow.addWidget(self.addNeededButton)


        self.panelLayout.addLayout(self.buttonRow)

        self.panelLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.requestedOnLabel.setBuddy(self.requestedOnEdit)
        self.receivedOnLabel.setBuddy(self.receivedOnEdit)
        self.sbbIdLabel.setBuddy(self.sbbIdEdit)
        self.learnerSignedLabel.setBuddy(self.learnerSignedEdit)
        self.schoolSignedLabel.setBuddy(self.schoolSignedEdit)
        self.companySignedLabel.setBuddy(self.companySignedEdit)
        self.signedOnLabel.setBuddy(self.signedOnEdit)
        self.endedOnLabel.setBuddy(self.endedOnEdit)
        self.scanLabel.setBuddy(self.attachScanButton)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tableView, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.requestedOnEdit)
        QWidget.setTabOrder(self.requestedOnEdit, self.receivedOnEdit)
        QWidget.setTabOrder(self.receivedOnEdit, self.sbbIdEdit)
        QWidget.setTabOrder(self.sbbIdEdit, self.learnerSignedEdit)
        QWidget.setTabOrder(self.learnerSignedEdit, self.schoolSignedEdit)
        QWidget.setTabOrder(self.schoolSignedEdit, self.companySignedEdit)
        QWidget.setTabOrder(self.companySignedEdit, self.signedOnEdit)
        QWidget.setTabOrder(self.signedOnEdit, self.endedOnEdit)
        QWidget.setTabOrder(self.endedOnEdit, self.attachScanButton)
        QWidget.setTabOrder(self.attachScanButton, self.openScanButton)
        QWidget.setTabOrder(self.openScanButton, self.saveScanButton)
        QWidget.setTabOrder(self.saveScanButton, self.removeScanButton)
        QWidget.setTabOrder(self.removeScanButton, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.addNeededButton)

        self.retranslateUi(AgreementsPanel)

        QMetaObject.connectSlotsByName(AgreementsPanel)
    # setupUi

    def retranslateUi(self, AgreementsPanel):
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("Agreements"))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(_("&Kind:"))
        self.statusLabel.setText(_("Stat&us:"))
        self.requestedOnLabel.setText(_("Re&quested on:"))
        self.receivedOnLabel.setText(_("&Received on:"))
        self.sbbIdLabel.setText(_("&Leerbedrijf ID:"))
#if QT_CONFIG(tooltip)
        self.sbbIdEdit.setToolTip(_("The SBB Leerbedrijf ID on the agreement"))
#endif // QT_CONFIG(tooltip)
        self.learnerSignedLabel.setText(_("Signed &by the learner:"))
        self.schoolSignedLabel.setText(_("Signed b&y the school:"))
        self.companySignedLabel.setText(_("Signed by the &company:"))
        self.signedOnLabel.setText(_("Signed by &all on:"))
        self.endedOnLabel.setText(_("En&ded on:"))
        self.scanLabel.setText(_("Scan:"))
        self.attachScanButton.setText(_("Attac&h scan\u2026"))
#if QT_CONFIG(tooltip)
        self.attachScanButton.setToolTip(_("Keep a scan (PDF, PNG or JPEG, at most 20 MB) of the signed agreement with it"))
#endif // QT_CONFIG(tooltip)
        self.openScanButton.setText(_("Open scan"))
#if QT_CONFIG(tooltip)
        self.openScanButton.setToolTip(_("Show the scan in the program Windows uses for it"))
#endif // QT_CONFIG(tooltip)
        self.saveScanButton.setText(_("Save scan as\u2026"))
        self.removeScanButton.setText(_("Remove scan"))
        self.notesLabel.setText(_("N&otes:"))
        self.newButton.setText(_("N&ew agreement"))
        self.saveButton.setText(_("&Save agreement"))
        self.deleteButton.setText(_("Delete agreement"))
        self.addNeededButton.setText(_("Add what &is needed"))
#if QT_CONFIG(tooltip)
        self.addNeededButton.setToolTip(_("Add the agreements this kind of learner needs and the period does not have yet, to request"))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

