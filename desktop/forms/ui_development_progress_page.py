# Generated from ui/development_progress_page.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'development_progress_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_DevelopmentProgressPage(object):
    def setupUi(self, DevelopmentProgressPage):
        if not DevelopmentProgressPage.objectName():
            DevelopmentProgressPage.setObjectName(u"DevelopmentProgressPage")
        self.pageLayout = QVBoxLayout(DevelopmentProgressPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.search = QLineEdit(DevelopmentProgressPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filters.addWidget(self.search)

        self.location = QComboBox(DevelopmentProgressPage)
        self.location.setObjectName(u"location")

        self.filters.addWidget(self.location)

        self.team = QComboBox(DevelopmentProgressPage)
        self.team.setObjectName(u"team")

        self.filters.addWidget(self.team)

        self.state = QComboBox(DevelopmentProgressPage)
        self.state.setObjectName(u"state")

        self.filters.addWidget(self.state)


        self.pageLayout.addLayout(self.filters)

        self.summary = QLabel(DevelopmentProgressPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.pageLayout.addWidget(self.summary)

        self.count = QLabel(DevelopmentProgressPage)
        self.count.setObjectName(u"count")

        self.pageLayout.addWidget(self.count)

        self.table = QTableView(DevelopmentProgressPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)

        self.pageLayout.addWidget(self.table)

        self.pageLayout.setStretch(3, 1)

        self.retranslateUi(DevelopmentProgressPage)

        QMetaObject.connectSlotsByName(DevelopmentProgressPage)
    # setupUi

    def retranslateUi(self, DevelopmentProgressPage):
        self.search.setPlaceholderText(_("Search by name, team, location\u2026"))
#if QT_CONFIG(accessibility)
        self.location.setAccessibleName(_("Location"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.team.setAccessibleName(_("Team"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.state.setAccessibleName(_("Status"))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

