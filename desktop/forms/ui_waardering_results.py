# Generated from ui/waardering_results.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'waardering_results.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_WaarderingResults(object):
    def setupUi(self, WaarderingResults):
        if not WaarderingResults.objectName():
            WaarderingResults.setObjectName(u"WaarderingResults")
        WaarderingResults.resize(1000, 720)
        self.mainLayout = QVBoxLayout(WaarderingResults)
        self.mainLayout.setObjectName(u"mainLayout")
        self.rangeLayout = QHBoxLayout()
        self.rangeLayout.setObjectName(u"rangeLayout")
        self.fromLabel = QLabel(WaarderingResults)
        self.fromLabel.setObjectName(u"fromLabel")

        self.rangeLayout.addWidget(self.fromLabel)

        self.fromEdit = QLineEdit(WaarderingResults)
        self.fromEdit.setObjectName(u"fromEdit")

        self.rangeLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(WaarderingResults)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeLayout.addWidget(self.toLabel)

        self.toEdit = QLineEdit(WaarderingResults)
        self.toEdit.setObjectName(u"toEdit")

        self.rangeLayout.addWidget(self.toEdit)

        self.byLabel = QLabel(WaarderingResults)
        self.byLabel.setObjectName(u"byLabel")

        self.rangeLayout.addWidget(self.byLabel)

        self.byCombo = QComboBox(WaarderingResults)
        self.byCombo.setObjectName(u"byCombo")

        self.rangeLayout.addWidget(self.byCombo)

        self.showButton = QPushButton(WaarderingResults)
        self.showButton.setObjectName(u"showButton")

        self.rangeLayout.addWidget(self.showButton)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeLayout.addItem(self.rangeSpacer)

        self.importButton = QPushButton(WaarderingResults)
        self.importButton.setObjectName(u"importButton")

        self.rangeLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(WaarderingResults)
        self.exportButton.setObjectName(u"exportButton")

        self.rangeLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.rangeLayout)

        self.notesLabel = QLabel(WaarderingResults)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.notesLabel)

        self.splitter = QSplitter(WaarderingResults)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.chartHost = QWidget(self.splitter)
        self.chartHost.setObjectName(u"chartHost")
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chartHost)
        self.tables = QTabWidget(self.splitter)
        self.tables.setObjectName(u"tables")
        self.splitter.addWidget(self.tables)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(WaarderingResults)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.byLabel.setBuddy(self.byCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WaarderingResults)

        QMetaObject.connectSlotsByName(WaarderingResults)
    # setupUi

    def retranslateUi(self, WaarderingResults):
        WaarderingResults.setWindowTitle(_("Studentwaardering: results"))
        self.fromLabel.setText(_("&From:"))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(_("First day of the range"))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(_("&To:"))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(_("Last day of the range"))
#endif // QT_CONFIG(accessibility)
        self.byLabel.setText(_("&Per:"))
#if QT_CONFIG(accessibility)
        self.byCombo.setAccessibleName(_("Group the results by"))
#endif // QT_CONFIG(accessibility)
        self.showButton.setText(_("&Show"))
        self.importButton.setText(_("&Import online form\u2026"))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(_("Responses exported from Microsoft Forms or Google Forms (.xlsx or .csv)"))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(_("Save &as\u2026"))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(_("Save these results as an Excel workbook or a PDF"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.notesLabel.setAccessibleName(_("How the results were counted"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tables.setAccessibleName(_("Result tables"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

