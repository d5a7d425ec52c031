# Generated from ui/import_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(960, 560)
        self.verticalLayout = QVBoxLayout(ImportDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.problemsLabel = QLabel(ImportDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.problemsLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.groupLabel = QLabel(ImportDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.filterLayout.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(ImportDialog)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.groupCombo)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.tickAllButton = QPushButton(ImportDialog)
        self.tickAllButton.setObjectName(u"tickAllButton")

        self.filterLayout.addWidget(self.tickAllButton)

        self.tickNoneButton = QPushButton(ImportDialog)
        self.tickNoneButton.setObjectName(u"tickNoneButton")

        self.filterLayout.addWidget(self.tickNoneButton)


        self.verticalLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(ImportDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(False)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.verticalLayout.addWidget(self.tableView)

        self.missingView = QTableView(ImportDialog)
        self.missingView.setObjectName(u"missingView")
        self.missingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missingView.setSortingEnabled(True)
        self.missingView.horizontalHeader().setStretchLastSection(True)
        self.missingView.verticalHeader().setVisible(False)

        self.verticalLayout.addWidget(self.missingView)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.missingCheck = QCheckBox(ImportDialog)
        self.missingCheck.setObjectName(u"missingCheck")

        self.optionsLayout.addWidget(self.missingCheck)

        self.skipInvalidCheck = QCheckBox(ImportDialog)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.optionsLayout.addWidget(self.skipInvalidCheck)

        self.optionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.optionsLayout.addWidget(self.buttonBox)


        self.verticalLayout.addLayout(self.optionsLayout)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.groupCombo, self.tickAllButton)
        QWidget.setTabOrder(self.tickAllButton, self.tickNoneButton)
        QWidget.setTabOrder(self.tickNoneButton, self.tableView)
        QWidget.setTabOrder(self.tableView, self.missingView)
        QWidget.setTabOrder(self.missingView, self.missingCheck)
        QWidget.setTabOrder(self.missingCheck, self.skipInvalidCheck)
        QWidget.setTabOrder(self.skipInvalidCheck, self.buttonBox)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(_("Import learners"))
#if QT_CONFIG(accessibility)
        self.fileLabel.setAccessibleName(_("File to import"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(_("What the import will do"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemsLabel.setAccessibleName(_("Problems with the file"))
#endif // QT_CONFIG(accessibility)
        self.groupLabel.setText(_("&Show:"))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(_("Which rows to show"))
#endif // QT_CONFIG(accessibility)
        self.tickAllButton.setText(_("&Tick all"))
        self.tickNoneButton.setText(_("&Untick all"))
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("Rows of the file"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.missingView.setAccessibleName(_("Learners in LeerWerk who are not in the file"))
#endif // QT_CONFIG(accessibility)
        self.missingCheck.setText(_("Show learners in LeerWerk who are &not in the file"))
        self.skipInvalidCheck.setText(_("S&kip rows with problems and import the rest"))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

