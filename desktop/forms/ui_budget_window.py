# Generated from ui/budget_window.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_window.ui'
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
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from desktop.views.budget.report_panel import BudgetReportPanel

from desktop.i18n import _

class Ui_BudgetWindow(object):
    def setupUi(self, BudgetWindow):
        if not BudgetWindow.objectName():
            BudgetWindow.setObjectName(u"BudgetWindow")
        BudgetWindow.resize(1180, 760)
        self.mainLayout = QVBoxLayout(BudgetWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(BudgetWindow)
        self.tabs.setObjectName(u"tabs")
        self.spendTab = QWidget()
        self.spendTab.setObjectName(u"spendTab")
        self.spendLayout = QVBoxLayout(self.spendTab)
        self.spendLayout.setObjectName(u"spendLayout")
        self.spendBar = QHBoxLayout()
        self.spendBar.setObjectName(u"spendBar")
        self.yearLabel = QLabel(self.spendTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.spendBar.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.spendTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.spendBar.addWidget(self.yearSpin)

        self.yearSpacer = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.spendBar.addItem(self.yearSpacer)

        self.budgetLabel = QLabel(self.spendTab)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.spendBar.addWidget(self.budgetLabel)

        self.budgetLocationCombo = QComboBox(self.spendTab)
        self.budgetLocationCombo.setObjectName(u"budgetLocationCombo")
        self.budgetLocationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.spendBar.addWidget(self.budgetLocationCombo)

        self.budgetEdit = QLineEdit(self.spendTab)
        self.budgetEdit.setObjectName(u"budgetEdit")
        self.budgetEdit.setMaximumWidth(140)

        self.spendBar.addWidget(self.budgetEdit)

        self.setBudgetButton = QPushButton(self.spendTab)
        self.setBudgetButton.setObjectName(u"setBudgetButton")

        self.spendBar.addWidget(self.setBudgetButton)

        self.spendSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spendBar.addItem(self.spendSpacer)

        self.spendXlsxButton = QPushButton(self.spendTab)
        self.spendXlsxButton.setObjectName(u"spendXlsxButton")

        self.spendBar.addWidget(self.spendXlsxButton)

        self.spendPdfButton = QPushButton(self.spendTab)
        self.spendPdfButton.setObjectName(u"spendPdfButton")

        self.spendBar.addWidget(self.spendPdfButton)


        self.spendLayout.addLayout(self.spendBar)

        self.budgetErrorLabel = QLabel(self.spendTab)
        self.budgetErrorLabel.setObjectName(u"budgetErrorLabel")
        self.budgetErrorLabel.setStyleSheet(u"color: #b00020;")
        self.budgetErrorLabel.setWordWrap(True)

        self.spendLayout.addWidget(self.budgetErrorLabel)

        self.spendPanel = BudgetReportPanel(self.spendTab)
        self.spendPanel.setObjectName(u"spendPanel")

        self.spendLayout.addWidget(self.spendPanel)

        self.spendLayout.setStretch(2, 1)
        self.tabs.addTab(self.spendTab, "")
        self.requestsTab = QWidget()
        self.requestsTab.setObjectName(u"requestsTab")
        self.requestsLayout = QVBoxLayout(self.requestsTab)
        self.requestsLayout.setObjectName(u"requestsLayout")
        self.requestsHint = QLabel(self.requestsTab)
        self.requestsHint.setObjectName(u"requestsHint")
        self.requestsHint.setWordWrap(True)

        self.requestsLayout.addWidget(self.requestsHint)

        self.requestsView = QTableView(self.requestsTab)
        self.requestsView.setObjectName(u"requestsView")
        self.requestsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requestsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requestsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requestsView.setAlternatingRowColors(True)

        self.requestsLayout.addWidget(self.requestsView)

        self.requestsButtons = QHBoxLayout()
        self.requestsButtons.setObjectName(u"requestsButtons")
        self.newRequestButton = QPushButton(self.requestsTab)
        self.newRequestButton.setObjectName(u"newRequestButton")

        self.requestsButtons.addWidget(self.newRequestButton)

        self.openRequestButton = QPushButton(self.requestsTab)
        self.openRequestButton.setObjectName(u"openRequestButton")

        self.requestsButtons.addWidget(self.openRequestButton)

        self.deleteRequestButton = QPushButton(self.requestsTab)
        self.deleteRequestButton.setObjectName(u"deleteRequestButton")

        self.requestsButtons.addWidget(self.deleteRequestButton)

        self.requestsSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requestsButtons.addItem(self.requestsSpacer)

        self.undoButton = QPushButton(self.requestsTab)
        self.undoButton.setObjectName(u"undoButton")

        self.requestsButtons.addWidget(self.undoButton)

        self.redoButton = QPushButton(self.requestsTab)
        self.redoButton.setObjectName(u"redoButton")

        self.requestsButtons.addWidget(self.redoButton)


        self.requestsLayout.addLayout(self.requestsButtons)

        self.requestsErrorLabel = QLabel(self.requestsTab)
        self.requestsErrorLabel.setObjectName(u"requestsErrorLabel")
        self.requestsErrorLabel.setStyleSheet(u"color: #b00020;")
        self.requestsErrorLabel.setWordWrap(True)

        self.requestsLayout.addWidget(self.requestsErrorLabel)

        self.requestsLayout.setStretch(1, 1)
        self.tabs.addTab(self.requestsTab, "")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.planBar = QHBoxLayout()
        self.planBar.setObjectName(u"planBar")
        self.planYearLabel = QLabel(self.planTab)
        self.planYearLabel.setObjectName(u"planYearLabel")

        self.planBar.addWidget(self.planYearLabel)

        self.planYearSpin = QSpinBox(self.planTab)
        self.planYearSpin.setObjectName(u"planYearSpin")
        self.planYearSpin.setMinimum(2000)
        self.planYearSpin.setMaximum(2100)

        self.planBar.addWidget(self.planYearSpin)

        self.planSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planBar.addItem(self.planSpacer)

        self.planXlsxButton = QPushButton(self.planTab)
        self.planXlsxButton.setObjectName(u"planXlsxButton")

        self.planBar.addWidget(self.planXlsxButton)

        self.planPdfButton = QPushButton(self.planTab)
        self.planPdfButton.setObjectName(u"planPdfButton")

        self.planBar.addWidget(self.planPdfButton)

        self.agreeButton = QPushButton(self.planTab)
        self.agreeButton.setObjectName(u"agreeButton")

        self.planBar.addWidget(self.agreeButton)


        self.planLayout.addLayout(self.planBar)

        self.planPanel = BudgetReportPanel(self.planTab)
        self.planPanel.setObjectName(u"planPanel")

        self.planLayout.addWidget(self.planPanel)

        self.agreedLabel = QLabel(self.planTab)
        self.agreedLabel.setObjectName(u"agreedLabel")
        self.agreedLabel.setStyleSheet(u"font-weight: bold;")

        self.planLayout.addWidget(self.agreedLabel)

        self.agreedView = QTableView(self.planTab)
        self.agreedView.setObjectName(u"agreedView")
        self.agreedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agreedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agreedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agreedView.setMaximumHeight(150)

        self.planLayout.addWidget(self.agreedView)

        self.agreedButtons = QHBoxLayout()
        self.agreedButtons.setObjectName(u"agreedButtons")
        self.agreedSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agreedButtons.addItem(self.agreedSpacer)

        self.agreedXlsxButton = QPushButton(self.planTab)
        self.agreedXlsxButton.setObjectName(u"agreedXlsxButton")

        self.agreedButtons.addWidget(self.agreedXlsxButton)

        self.agreedPdfButton = QPushButton(self.planTab)
        self.agreedPdfButton.setObjectName(u"agreedPdfButton")

        self.agreedButtons.addWidget(self.agreedPdfButton)


        self.planLayout.addLayout(self.agreedButtons)

        self.planLayout.setStretch(1, 3)
        self.planLayout.setStretch(3, 1)
        self.tabs.addTab(self.planTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(BudgetWindow)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.budgetLabel.setBuddy(self.budgetLocationCombo)
        self.planYearLabel.setBuddy(self.planYearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BudgetWindow)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(BudgetWindow)
    # setupUi

    def retranslateUi(self, BudgetWindow):
        BudgetWindow.setWindowTitle(_("Budget and training plan"))
        self.yearLabel.setText(_("&Year:"))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(_("Year of the spend and the requests"))
#endif // QT_CONFIG(accessibility)
        self.budgetLabel.setText(_("&Budget for:"))
#if QT_CONFIG(accessibility)
        self.budgetLocationCombo.setAccessibleName(_("Whole organisation or one location"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.budgetEdit.setAccessibleName(_("Budget in euros"))
#endif // QT_CONFIG(accessibility)
        self.budgetEdit.setPlaceholderText(_("Amount in \u20ac"))
        self.setBudgetButton.setText(_("&Set budget"))
#if QT_CONFIG(tooltip)
        self.setBudgetButton.setToolTip(_("Save this amount as the year's budget for the chosen location"))
#endif // QT_CONFIG(tooltip)
        self.spendXlsxButton.setText(_("&Excel\u2026"))
#if QT_CONFIG(tooltip)
        self.spendXlsxButton.setToolTip(_("Save the spend as an Excel workbook"))
#endif // QT_CONFIG(tooltip)
        self.spendPdfButton.setText(_("&PDF\u2026"))
#if QT_CONFIG(tooltip)
        self.spendPdfButton.setToolTip(_("Save the spend as a PDF (A4)"))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.spendTab), _("Spend and budget"))
        self.requestsHint.setText(_("Individual requests for external training, decided by the manager; an approval with a training of the catalogue enrols the person."))
#if QT_CONFIG(accessibility)
        self.requestsView.setAccessibleName(_("External training requests of the year"))
#endif // QT_CONFIG(accessibility)
        self.newRequestButton.setText(_("&New request\u2026"))
        self.openRequestButton.setText(_("&Open\u2026"))
        self.deleteRequestButton.setText(_("&Delete"))
        self.undoButton.setText(_("&Undo"))
        self.redoButton.setText(_("&Redo"))
        self.tabs.setTabText(self.tabs.indexOf(self.requestsTab), _("External requests"))
        self.planYearLabel.setText(_("Plan &year:"))
#if QT_CONFIG(accessibility)
        self.planYearSpin.setAccessibleName(_("Year of the training plan"))
#endif // QT_CONFIG(accessibility)
        self.planXlsxButton.setText(_("E&xcel\u2026"))
#if QT_CONFIG(tooltip)
        self.planXlsxButton.setToolTip(_("Save the plan as an Excel workbook"))
#endif // QT_CONFIG(tooltip)
        self.planPdfButton.setText(_("P&DF\u2026"))
#if QT_CONFIG(tooltip)
        self.planPdfButton.setToolTip(_("Save the plan as a PDF (A4) for the works council"))
#endif // QT_CONFIG(tooltip)
        self.agreeButton.setText(_("OR &consent\u2026"))
#if QT_CONFIG(tooltip)
        self.agreeButton.setToolTip(_("Keep this plan as the version the works council agreed to"))
#endif // QT_CONFIG(tooltip)
        self.agreedLabel.setText(_("Versions the works council (OR) agreed to"))
#if QT_CONFIG(accessibility)
        self.agreedView.setAccessibleName(_("Training plans the works council agreed to"))
#endif // QT_CONFIG(accessibility)
        self.agreedXlsxButton.setText(_("Agreed version to Excel\u2026"))
        self.agreedPdfButton.setText(_("&Print agreed version (PDF)\u2026"))
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), _("Training plan"))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

