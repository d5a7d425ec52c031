# Generated from ui/reference_page.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_ReferencePage(object):
    def setupUi(self, ReferencePage):
        if not ReferencePage.objectName():
            ReferencePage.setObjectName(u"ReferencePage")
        ReferencePage.resize(1100, 600)
        self.pageLayout = QVBoxLayout(ReferencePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(ReferencePage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(ReferencePage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.inactiveCheck = QCheckBox(ReferencePage)
        self.inactiveCheck.setObjectName(u"inactiveCheck")
        self.inactiveCheck.setChecked(True)

        self.filterLayout.addWidget(self.inactiveCheck)

        self.countLabel = QLabel(ReferencePage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(110, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filterLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(ReferencePage)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.tableView = QTableView(self.listPanel)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.tableView)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(self.listPanel)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.deleteButton = QPushButton(self.listPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPanel)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailGroup = QGroupBox(self.detailPanel)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailGroupLayout = QVBoxLayout(self.detailGroup)
        self.detailGroupLayout.setObjectName(u"detailGroupLayout")
        self.formHost = QVBoxLayout()
        self.formHost.setObjectName(u"formHost")

        self.detailGroupLayout.addLayout(self.formHost)

        self.errorLabel = QLabel(self.detailGroup)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.detailGroupLayout.addWidget(self.errorLabel)

        self.formButtons = QHBoxLayout()
        self.formButtons.setObjectName(u"formButtons")
        self.formButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formButtons.addItem(self.formButtonsSpacer)

        self.revertButton = QPushButton(self.detailGroup)
        self.revertButton.setObjectName(u"revertButton")

        self.formButtons.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.detailGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.formButtons.addWidget(self.saveButton)


        self.detailGroupLayout.addLayout(self.formButtons)


        self.detailLayout.addWidget(self.detailGroup)

        self.childGroup = QGroupBox(self.detailPanel)
        self.childGroup.setObjectName(u"childGroup")
        self.childLayout = QVBoxLayout(self.childGroup)
        self.childLayout.setObjectName(u"childLayout")
        self.childTable = QTableView(self.childGroup)
        self.childTable.setObjectName(u"childTable")
        self.childTable.setTabKeyNavigation(False)
        self.childTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.childTable.setAlternatingRowColors(True)
        self.childTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.childTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.childTable.setSortingEnabled(True)
        self.childTable.setWordWrap(False)
        self.childTable.horizontalHeader().setStretchLastSection(True)
        self.childTable.verticalHeader().setVisible(False)

        self.childLayout.addWidget(self.childTable)

        self.childButtons = QHBoxLayout()
        self.childButtons.setObjectName(u"childButtons")
        self.childAddButton = QPushButton(self.childGroup)
        self.childAddButton.setObjectName(u"childAddButton")

        self.childButtons.addWidget(self.childAddButton)

        self.childEditButton = QPushButton(self.childGroup)
        self.childEditButton.setObjectName(u"childEditButton")

        self.childButtons.addWidget(self.childEditButton)

        self.childDeleteButton = QPushButton(self.childGroup)
        self.childDeleteButton.setObjectName(u"childDeleteButton")

        self.childButtons.addWidget(self.childDeleteButton)

        self.childUpButton = QPushButton(self.childGroup)
        self.childUpButton.setObjectName(u"childUpButton")

        self.childButtons.addWidget(self.childUpButton)

        self.childDownButton = QPushButton(self.childGroup)
        self.childDownButton.setObjectName(u"childDownButton")

        self.childButtons.addWidget(self.childDownButton)

        self.childButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.childButtons.addItem(self.childButtonsSpacer)


        self.childLayout.addLayout(self.childButtons)


        self.detailLayout.addWidget(self.childGroup)

        self.detailLayout.setStretch(1, 1)
        self.splitter.addWidget(self.detailPanel)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.inactiveCheck)
        QWidget.setTabOrder(self.inactiveCheck, self.tableView)
        QWidget.setTabOrder(self.tableView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.childTable)
        QWidget.setTabOrder(self.childTable, self.childAddButton)
        QWidget.setTabOrder(self.childAddButton, self.childEditButton)
        QWidget.setTabOrder(self.childEditButton, self.childDeleteButton)
        QWidget.setTabOrder(self.childDeleteButton, self.childUpButton)
        QWidget.setTabOrder(self.childUpButton, self.childDownButton)

        self.retranslateUi(ReferencePage)

        QMetaObject.connectSlotsByName(ReferencePage)
    # setupUi

    def retranslateUi(self, ReferencePage):
        self.filterLabel.setText(_("Sea&rch:"))
        self.inactiveCheck.setText(_("Show &inactive"))
#if QT_CONFIG(tooltip)
        self.inactiveCheck.setToolTip(_("Also list records that are no longer in use (shown in grey)"))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(_("Ne&w"))
        self.deleteButton.setText(_("&Delete"))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(_("Error message"))
#endif // QT_CONFIG(accessibility)
        self.revertButton.setText(_("Revert"))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(_("Forget the changes that are not saved yet"))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(_("Save"))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(_("Save the changes (Enter)"))
#endif // QT_CONFIG(tooltip)
        self.childAddButton.setText(_("Add\u2026"))
        self.childEditButton.setText(_("Edit\u2026"))
        self.childDeleteButton.setText(_("Remove"))
        self.childUpButton.setText(_("Move up"))
        self.childDownButton.setText(_("Move down"))
        pass
    # retranslateUi

