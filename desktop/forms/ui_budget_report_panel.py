# Generated from ui/budget_report_panel.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_report_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTabBar, QTableView, QVBoxLayout,
    QWidget)

from desktop.i18n import _

class Ui_BudgetReportPanel(object):
    def setupUi(self, BudgetReportPanel):
        if not BudgetReportPanel.objectName():
            BudgetReportPanel.setObjectName(u"BudgetReportPanel")
        BudgetReportPanel.resize(700, 400)
        self.panelLayout = QVBoxLayout(BudgetReportPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(BudgetReportPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.panelLayout.addWidget(self.titleLabel)

        self.emptyLabel = QLabel(BudgetReportPanel)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setStyleSheet(u"font-weight: bold; padding: 6px; background: #fff4e5; border: 1px solid #e0a040;")
        self.emptyLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.emptyLabel)

        self.tableBar = QTabBar(BudgetReportPanel)
        self.tableBar.setObjectName(u"tableBar")

        self.panelLayout.addWidget(self.tableBar)

        self.tableView = QTableView(BudgetReportPanel)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.verticalHeader().setVisible(False)

        self.panelLayout.addWidget(self.tableView)

        self.totalsView = QTableView(BudgetReportPanel)
        self.totalsView.setObjectName(u"totalsView")
        self.totalsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totalsView.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totalsView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totalsView.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totalsView.horizontalHeader().setVisible(False)
        self.totalsView.verticalHeader().setVisible(False)

        self.panelLayout.addWidget(self.totalsView)

        self.notesLabel = QLabel(BudgetReportPanel)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)
        self.notesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panelLayout.addWidget(self.notesLabel)

        self.panelLayout.setStretch(3, 1)

        self.retranslateUi(BudgetReportPanel)

        QMetaObject.connectSlotsByName(BudgetReportPanel)
    # setupUi

    def retranslateUi(self, BudgetReportPanel):
#if QT_CONFIG(accessibility)
        self.tableBar.setAccessibleName(_("Tables of the report"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("Figures of the report"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.totalsView.setAccessibleName(_("Totals of the table"))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

