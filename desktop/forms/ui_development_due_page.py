# Generated from ui/development_due_page.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'development_due_page.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_DevelopmentDuePage(object):
    def setupUi(self, DevelopmentDuePage):
        if not DevelopmentDuePage.objectName():
            DevelopmentDuePage.setObjectName(u"DevelopmentDuePage")
        self.pageLayout = QVBoxLayout(DevelopmentDuePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.search = QLineEdit(DevelopmentDuePage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filters.addWidget(self.search)

        self.location = QComboBox(DevelopmentDuePage)
        self.location.setObjectName(u"location")

        self.filters.addWidget(self.location)

        self.team = QComboBox(DevelopmentDuePage)
        self.team.setObjectName(u"team")

        self.filters.addWidget(self.team)

        self.kind = QComboBox(DevelopmentDuePage)
        self.kind.setObjectName(u"kind")

        self.filters.addWidget(self.kind)

        self.manager = QComboBox(DevelopmentDuePage)
        self.manager.setObjectName(u"manager")

        self.filters.addWidget(self.manager)

        self.onlyDue = QCheckBox(DevelopmentDuePage)
        self.onlyDue.setObjectName(u"onlyDue")
        self.onlyDue.setChecked(True)

        self.filters.addWidget(self.onlyDue)


        self.pageLayout.addLayout(self.filters)

        self.intervalRow = QHBoxLayout()
        self.intervalRow.setObjectName(u"intervalRow")
        self.intervalSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.intervalRow.addItem(self.intervalSpacer)

        self.intervalLabel = QLabel(DevelopmentDuePage)
        self.intervalLabel.setObjectName(u"intervalLabel")

        self.intervalRow.addWidget(self.intervalLabel)

        self.interval = QSpinBox(DevelopmentDuePage)
        self.interval.setObjectName(u"interval")
        self.interval.setMinimum(1)
        self.interval.setMaximum(60)

        self.intervalRow.addWidget(self.interval)


        self.pageLayout.addLayout(self.intervalRow)

        self.count = QLabel(DevelopmentDuePage)
        self.count.setObjectName(u"count")

        self.pageLayout.addWidget(self.count)

        self.table = QTableView(DevelopmentDuePage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)

        self.pageLayout.addWidget(self.table)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.intervalLabel.setBuddy(self.interval)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DevelopmentDuePage)

        QMetaObject.connectSlotsByName(DevelopmentDuePage)
    # setupUi

    def retranslateUi(self, DevelopmentDuePage):
        self.search.setPlaceholderText(_("Search by name, team, location\u2026"))
#if QT_CONFIG(accessibility)
        self.location.setAccessibleName(_("Location"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.team.setAccessibleName(_("Team"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(_("Kind"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.manager.setAccessibleName(_("Manager"))
#endif // QT_CONFIG(accessibility)
        self.onlyDue.setText(_("Only due and overdue"))
        self.intervalLabel.setText(_("Next POAP or talk due after"))
#if QT_CONFIG(accessibility)
        self.interval.setAccessibleName(_("Next POAP or talk due after"))
#endif // QT_CONFIG(accessibility)
        self.interval.setSuffix(_(" months"))
        pass
    # retranslateUi

