# Generated from ui/trainings_completions_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainings_completions_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHeaderView,
    QLabel, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

from desktop.i18n import _

class Ui_CompletionsDialog(object):
    def setupUi(self, CompletionsDialog):
        if not CompletionsDialog.objectName():
            CompletionsDialog.setObjectName(u"CompletionsDialog")
        CompletionsDialog.resize(900, 600)
        self.mainLayout = QVBoxLayout(CompletionsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLabel = QLabel(CompletionsDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(CompletionsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.problemsLabel = QLabel(CompletionsDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.problemsLabel)

        self.coursesBox = QGroupBox(CompletionsDialog)
        self.coursesBox.setObjectName(u"coursesBox")
        self.coursesLayout = QFormLayout(self.coursesBox)
        self.coursesLayout.setObjectName(u"coursesLayout")
        self.coursesLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)

        self.mainLayout.addWidget(self.coursesBox)

        self.tableView = QTableView(CompletionsDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setSortingEnabled(True)

        self.mainLayout.addWidget(self.tableView)

        self.buttonBox = QDialogButtonBox(CompletionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(CompletionsDialog)

        QMetaObject.connectSlotsByName(CompletionsDialog)
    # setupUi

    def retranslateUi(self, CompletionsDialog):
        CompletionsDialog.setWindowTitle(_("Import completions"))
#if QT_CONFIG(accessibility)
        self.fileLabel.setAccessibleName(_("The file to import"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(_("What the import would do"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemsLabel.setAccessibleName(_("Why the file cannot be imported"))
#endif // QT_CONFIG(accessibility)
        self.coursesBox.setTitle(_("Courses LeerWerk does not know yet: which training is each?"))
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(_("The rows of the file: the completions to import and the rows left out"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

