# Generated from ui/trainings_attendance_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainings_attendance_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_AttendanceDialog(object):
    def setupUi(self, AttendanceDialog):
        if not AttendanceDialog.objectName():
            AttendanceDialog.setObjectName(u"AttendanceDialog")
        AttendanceDialog.resize(760, 480)
        self.verticalLayout = QVBoxLayout(AttendanceDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.infoLabel = QLabel(AttendanceDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.infoLabel)

        self.attendanceTable = QTableView(AttendanceDialog)
        self.attendanceTable.setObjectName(u"attendanceTable")
        self.attendanceTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.attendanceTable.setAlternatingRowColors(True)
        self.attendanceTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.attendanceTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.attendanceTable.setSortingEnabled(True)
        self.attendanceTable.setWordWrap(False)

        self.verticalLayout.addWidget(self.attendanceTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.allPresentButton = QPushButton(AttendanceDialog)
        self.allPresentButton.setObjectName(u"allPresentButton")

        self.buttonLayout.addWidget(self.allPresentButton)

        self.completeButton = QPushButton(AttendanceDialog)
        self.completeButton.setObjectName(u"completeButton")

        self.buttonLayout.addWidget(self.completeButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.verticalLayout.addLayout(self.buttonLayout)

        self.errorLabel = QLabel(AttendanceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AttendanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(AttendanceDialog)

        QMetaObject.connectSlotsByName(AttendanceDialog)
    # setupUi

    def retranslateUi(self, AttendanceDialog):
        AttendanceDialog.setWindowTitle(_("Attendance"))
#if QT_CONFIG(accessibility)
        self.attendanceTable.setAccessibleName(_("Attendance per date"))
#endif // QT_CONFIG(accessibility)
        self.allPresentButton.setText(_("&Everyone present on this date"))
#if QT_CONFIG(tooltip)
        self.allPresentButton.setToolTip(_("Mark everyone with a place present on the date of the selected column"))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(_("&Completed: present at every date"))
#if QT_CONFIG(tooltip)
        self.completeButton.setToolTip(_("Mark completed whoever was present at every date; this gives their certificates"))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

