# Generated from ui/main_window.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

from desktop.i18n import _

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        MainWindow.setWindowTitle(u"LeerWerk")
        self.actionNewDatabase = QAction(MainWindow)
        self.actionNewDatabase.setObjectName(u"actionNewDatabase")
#if QT_CONFIG(shortcut)
        self.actionNewDatabase.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
#if QT_CONFIG(shortcut)
        self.actionOpenDatabase.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionOrganisation = QAction(MainWindow)
        self.actionOrganisation.setObjectName(u"actionOrganisation")
        self.actionReferenceData = QAction(MainWindow)
        self.actionReferenceData.setObjectName(u"actionReferenceData")
#if QT_CONFIG(shortcut)
        self.actionReferenceData.setShortcut(u"Ctrl+B")
#endif // QT_CONFIG(shortcut)
        self.actionAuditLog = QAction(MainWindow)
        self.actionAuditLog.setObjectName(u"actionAuditLog")
        self.actionReports = QAction(MainWindow)
        self.actionReports.setObjectName(u"actionReports")
#if QT_CONFIG(shortcut)
        self.actionReports.setShortcut(u"Ctrl+Shift+R")
#endif // QT_CONFIG(shortcut)
        self.actionBudget = QAction(MainWindow)
        self.actionBudget.setObjectName(u"actionBudget")
#if QT_CONFIG(shortcut)
        self.actionBudget.setShortcut(u"Ctrl+Shift+U")
#endif // QT_CONFIG(shortcut)
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(u"Ctrl+,")
#endif // QT_CONFIG(shortcut)
        self.actionManual = QAction(MainWindow)
        self.actionManual.setObjectName(u"actionManual")
#if QT_CONFIG(shortcut)
        self.actionManual.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.mainTabs = QTabWidget(self.centralWidget)
        self.mainTabs.setObjectName(u"mainTabs")
        self.mainTabs.setDocumentMode(True)

        self.centralLayout.addWidget(self.mainTabs)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuOverview = QMenu(self.menuBar)
        self.menuOverview.setObjectName(u"menuOverview")
        self.menuTools = QMenu(self.menuBar)
        self.menuTools.setObjectName(u"menuTools")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuOverview.menuAction())
        self.menuBar.addAction(self.menuTools.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewDatabase)
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuOverview.addAction(self.actionReports)
        self.menuOverview.addAction(self.actionBudget)
        self.menuTools.addAction(self.actionOrganisation)
        self.menuTools.addAction(self.actionReferenceData)
        self.menuTools.addAction(self.actionAuditLog)
        self.menuTools.addSeparator()
        self.menuTools.addAction(self.actionSettings)
        self.menuHelp.addAction(self.actionManual)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionNewDatabase.setText(_("&New database\u2026"))
#if QT_CONFIG(tooltip)
        self.actionNewDatabase.setToolTip(_("Create a new, empty LeerWerk database"))
#endif // QT_CONFIG(tooltip)
        self.actionOpenDatabase.setText(_("&Open database\u2026"))
#if QT_CONFIG(tooltip)
        self.actionOpenDatabase.setToolTip(_("Open another LeerWerk database"))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(_("&Quit"))
        self.actionOrganisation.setText(_("&Organisation details\u2026"))
#if QT_CONFIG(tooltip)
        self.actionOrganisation.setToolTip(_("Name, address, SBB ID and logo printed on every form"))
#endif // QT_CONFIG(tooltip)
        self.actionReferenceData.setText(_("&Reference data\u2026"))
#if QT_CONFIG(tooltip)
        self.actionReferenceData.setToolTip(_("Schools, programmes, locations and staff, with their BPV supervisors, work processes, teams and roles"))
#endif // QT_CONFIG(tooltip)
        self.actionAuditLog.setText(_("&Change history\u2026"))
#if QT_CONFIG(tooltip)
        self.actionAuditLog.setToolTip(_("Who changed what and when"))
#endif // QT_CONFIG(tooltip)
        self.actionReports.setText(_("&Reports\u2026"))
#if QT_CONFIG(tooltip)
        self.actionReports.setToolTip(_("The CAO norm, early dropout and completion, as tables and charts, to Excel or PDF"))
#endif // QT_CONFIG(tooltip)
        self.actionBudget.setText(_("&Budget and training plan\u2026"))
#if QT_CONFIG(tooltip)
        self.actionBudget.setToolTip(_("Training spend against the budget, external training requests and the yearly plan for the works council"))
#endif // QT_CONFIG(tooltip)
        self.actionSettings.setText(_("&Settings\u2026"))
        self.actionManual.setText(_("&Manual"))
        self.actionAbout.setText(_("&About LeerWerk"))
#if QT_CONFIG(accessibility)
        self.mainTabs.setAccessibleName(_("Main sections"))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(_("&File"))
        self.menuEdit.setTitle(_("&Edit"))
        self.menuOverview.setTitle(_("O&verview"))
        self.menuTools.setTitle(_("&Tools"))
        self.menuHelp.setTitle(_("&Help"))
        pass
    # retranslateUi

