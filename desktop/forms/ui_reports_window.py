# Generated from ui/reports_window.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_window.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabBar, QTableView,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_ReportsWindow(object):
    def setupUi(self, ReportsWindow):
        if not ReportsWindow.objectName():
            ReportsWindow.setObjectName(u"ReportsWindow")
        ReportsWindow.resize(1180, 760)
        self.mainLayout = QVBoxLayout(ReportsWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.reportLabel = QLabel(ReportsWindow)
        self.reportLabel.setObjectName(u"reportLabel")

        self.choiceLayout.addWidget(self.reportLabel)

        self.reportCombo = QComboBox(ReportsWindow)
        self.reportCombo.setObjectName(u"reportCombo")
        self.reportCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.choiceLayout.addWidget(self.reportCombo)

        self.choiceSpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.fromLabel = QLabel(ReportsWindow)
        self.fromLabel.setObjectName(u"fromLabel")

        self.choiceLayout.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(ReportsWindow)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.fromEdit.setCalendarPopup(True)

        self.choiceLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(ReportsWindow)
        self.toLabel.setObjectName(u"toLabel")

        self.choiceLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(ReportsWindow)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.toEdit.setCalendarPopup(True)

        self.choiceLayout.addWidget(self.toEdit)

        self.defaultRangeButton = QPushButton(ReportsWindow)
        self.defaultRangeButton.setObjectName(u"defaultRangeButton")

        self.choiceLayout.addWidget(self.defaultRangeButton)

        self.exportSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.exportSpacer)

        self.xlsxButton = QPushButton(ReportsWindow)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.choiceLayout.addWidget(self.xlsxButton)

        self.pdfButton = QPushButton(ReportsWindow)
        self.pdfButton.setObjectName(u"pdfButton")

        self.choiceLayout.addWidget(self.pdfButton)


        self.mainLayout.addLayout(self.choiceLayout)

        self.errorLabel = QLabel(ReportsWindow)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.titleLabel = QLabel(ReportsWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.titleLabel)

        self.emptyLabel = QLabel(ReportsWindow)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setStyleSheet(u"font-weight: bold; padding: 6px; background: #fff4e5; border: 1px solid #e0a040;")
        self.emptyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.emptyLabel)

        self.splitter = QSplitter(ReportsWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.tablePanel = QWidget(self.splitter)
        self.tablePanel.setObjectName(u"tablePanel")
        self.tableLayout = QVBoxLayout(self.tablePanel)
        self.tableLayout.setSpacing(0)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.tableBar = QTabBar(self.tablePanel)
        self.tableBar.setObjectName(u"tableBar")

        self.tableLayout.addWidget(self.tableBar)

        self.tableView = QTableView(self.tablePanel)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.verticalHeader().setVisible(False)

        self.tableLayout.addWidget(self.tableView)

        self.totalsView = QTableView(self.tablePanel)
        self.totalsView.setObjectName(u"totalsView")
        self.totalsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totalsView.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totalsView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totalsView.horizontalHeader().setVisible(False)
        self.totalsView.verticalHeader().setVisible(False)

        self.tableLayout.addWidget(self.totalsView)

        self.splitter.addWidget(self.tablePanel)
        self.chartPanel = QWidget(self.splitter)
        self.chartPanel.setObjectName(u"chartPanel")
        self.chartLayout = QVBoxLayout(self.chartPanel)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chartPanel)

        self.mainLayout.addWidget(self.splitter)

        self.notesLabel = QLabel(ReportsWindow)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)
        self.notesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.notesLabel)

        self.buttonBox = QDialogButtonBox(ReportsWindow)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.reportLabel.setBuddy(self.reportCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reportCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.defaultRangeButton)
        QWidget.setTabOrder(self.defaultRangeButton, self.xlsxButton)
        QWidget.setTabOrder(self.xlsxButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.tableView)

        self.retranslateUi(ReportsWindow)

        QMetaObject.connectSlotsByName(ReportsWindow)
    # setupUi

    def retranslateUi(self, ReportsWindow):
        ReportsWindow.setWindowTitle(_("Reports"))
        self.reportLabel.setText(_("&Report:"))
#if QT_CONFIG(accessibility)
        self.reportCombo.setAccessibleName(_("Report"))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(_("&From:"))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(_("First day of the report"))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(_("&To:"))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(_("Last day of the report"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.defaultRangeButton.setToolTip(_("The last twelve months, or for dropout the last eight quarters"))
#endif // QT_CONFIG(tooltip)
        self.defaultRangeButton.setText(_("&Usual period"))
#if QT_CONFIG(tooltip)
        self.xlsxButton.setToolTip(_("Save the report as an Excel workbook: the figures as numbers, with the chart's data"))
#endif // QT_CONFIG(tooltip)
        self.xlsxButton.setText(_("Save as &Excel\u2026"))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(_("Save the report as a PDF on the organisation's letterhead, with the chart"))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(_("Save as P&DF\u2026"))
#if QT_CONFIG(accessibility)
        self.tableBar.setAccessibleName(_("Tables of the report"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("Figures of the report"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.totalsView.setAccessibleName(_("Totals of the table"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

