# Generated from ui/trainings_matrix.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainings_matrix.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_TrainingMatrixPage(object):
    def setupUi(self, TrainingMatrixPage):
        if not TrainingMatrixPage.objectName():
            TrainingMatrixPage.setObjectName(u"TrainingMatrixPage")
        TrainingMatrixPage.resize(1000, 600)
        self.verticalLayout = QVBoxLayout(TrainingMatrixPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(TrainingMatrixPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.audienceCombo = QComboBox(TrainingMatrixPage)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.filterLayout.addWidget(self.audienceCombo)

        self.locationCombo = QComboBox(TrainingMatrixPage)
        self.locationCombo.setObjectName(u"locationCombo")

        self.filterLayout.addWidget(self.locationCombo)

        self.teamCombo = QComboBox(TrainingMatrixPage)
        self.teamCombo.setObjectName(u"teamCombo")

        self.filterLayout.addWidget(self.teamCombo)


        self.verticalLayout.addLayout(self.filterLayout)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.daysLabel = QLabel(TrainingMatrixPage)
        self.daysLabel.setObjectName(u"daysLabel")

        self.optionsLayout.addWidget(self.daysLabel)

        self.daysSpin = QSpinBox(TrainingMatrixPage)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(0)
        self.daysSpin.setMaximum(730)
        self.daysSpin.setSingleStep(15)

        self.optionsLayout.addWidget(self.daysSpin)

        self.gapsCheck = QCheckBox(TrainingMatrixPage)
        self.gapsCheck.setObjectName(u"gapsCheck")

        self.optionsLayout.addWidget(self.gapsCheck)

        self.optionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.exportButton = QPushButton(TrainingMatrixPage)
        self.exportButton.setObjectName(u"exportButton")

        self.optionsLayout.addWidget(self.exportButton)

        self.printButton = QPushButton(TrainingMatrixPage)
        self.printButton.setObjectName(u"printButton")

        self.optionsLayout.addWidget(self.printButton)


        self.verticalLayout.addLayout(self.optionsLayout)

        self.tableView = QTableView(TrainingMatrixPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)

        self.verticalLayout.addWidget(self.tableView)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.legendLabel = QLabel(TrainingMatrixPage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setTextFormat(Qt.RichText)

        self.footerLayout.addWidget(self.legendLabel)

        self.footerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.countLabel = QLabel(TrainingMatrixPage)
        self.countLabel.setObjectName(u"countLabel")

        self.footerLayout.addWidget(self.countLabel)


        self.verticalLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.daysLabel.setBuddy(self.daysSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingMatrixPage)

        QMetaObject.connectSlotsByName(TrainingMatrixPage)
    # setupUi

    def retranslateUi(self, TrainingMatrixPage):
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(_("Search people in the matrix"))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(_("Name or team (Ctrl+F)"))
#if QT_CONFIG(accessibility)
        self.audienceCombo.setAccessibleName(_("Filter by role or learner type"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.locationCombo.setAccessibleName(_("Filter by location"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.teamCombo.setAccessibleName(_("Filter by team"))
#endif // QT_CONFIG(accessibility)
        self.daysLabel.setText(_("Expires soon &within:"))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(_("Days before expiry that count as expiring soon"))
#endif // QT_CONFIG(accessibility)
        self.gapsCheck.setText(_("Only people with &gaps"))
#if QT_CONFIG(tooltip)
        self.gapsCheck.setToolTip(_("Show only people with a training that is expired, expiring soon or missing"))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(_("E&xcel\u2026"))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(_("Save the matrix as shown as an Excel workbook"))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(_("&PDF\u2026"))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(_("Save the matrix as shown as a PDF (A4 landscape) to print"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("Training matrix"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(_("Number of people shown"))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

