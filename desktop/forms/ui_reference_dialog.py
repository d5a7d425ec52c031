# Generated from ui/reference_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

from desktop.i18n import _

class Ui_ReferenceDialog(object):
    def setupUi(self, ReferenceDialog):
        if not ReferenceDialog.objectName():
            ReferenceDialog.setObjectName(u"ReferenceDialog")
        ReferenceDialog.resize(1180, 720)
        ReferenceDialog.setSizeGripEnabled(True)
        self.verticalLayout = QVBoxLayout(ReferenceDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ReferenceDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.pageTabs = QTabWidget(ReferenceDialog)
        self.pageTabs.setObjectName(u"pageTabs")
        self.schoolsTab = QWidget()
        self.schoolsTab.setObjectName(u"schoolsTab")
        self.schoolsLayout = QVBoxLayout(self.schoolsTab)
        self.schoolsLayout.setObjectName(u"schoolsLayout")
        self.schoolsLayout.setContentsMargins(0, 0, 0, 0)
        self.pageTabs.addTab(self.schoolsTab, "")
        self.programmesTab = QWidget()
        self.programmesTab.setObjectName(u"programmesTab")
        self.programmesLayout = QVBoxLayout(self.programmesTab)
        self.programmesLayout.setObjectName(u"programmesLayout")
        self.programmesLayout.setContentsMargins(0, 0, 0, 0)
        self.pageTabs.addTab(self.programmesTab, "")
        self.locationsTab = QWidget()
        self.locationsTab.setObjectName(u"locationsTab")
        self.locationsLayout = QVBoxLayout(self.locationsTab)
        self.locationsLayout.setObjectName(u"locationsLayout")
        self.locationsLayout.setContentsMargins(0, 0, 0, 0)
        self.pageTabs.addTab(self.locationsTab, "")
        self.staffTab = QWidget()
        self.staffTab.setObjectName(u"staffTab")
        self.staffLayout = QVBoxLayout(self.staffTab)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffLayout.setContentsMargins(0, 0, 0, 0)
        self.pageTabs.addTab(self.staffTab, "")
        self.recognitionsTab = QWidget()
        self.recognitionsTab.setObjectName(u"recognitionsTab")
        self.recognitionsLayout = QVBoxLayout(self.recognitionsTab)
        self.recognitionsLayout.setObjectName(u"recognitionsLayout")
        self.recognitionsLayout.setContentsMargins(0, 0, 0, 0)
        self.pageTabs.addTab(self.recognitionsTab, "")
        self.questionsTab = QWidget()
        self.questionsTab.setObjectName(u"questionsTab")
        self.questionsLayout = QVBoxLayout(self.questionsTab)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionsLayout.setContentsMargins(0, 0, 0, 0)
        self.pageTabs.addTab(self.questionsTab, "")
        self.statementsTab = QWidget()
        self.statementsTab.setObjectName(u"statementsTab")
        self.statementsLayout = QVBoxLayout(self.statementsTab)
        self.statementsLayout.setObjectName(u"statementsLayout")
        self.statementsLayout.setContentsMargins(0, 6, 0, 0)
        self.statementsNote = QLabel(self.statementsTab)
        self.statementsNote.setObjectName(u"statementsNote")
        self.statementsNote.setWordWrap(True)

        self.statementsLayout.addWidget(self.statementsNote)

        self.pageTabs.addTab(self.statementsTab, "")

        self.verticalLayout.addWidget(self.pageTabs)

        self.buttonBox = QDialogButtonBox(ReferenceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(ReferenceDialog)

        QMetaObject.connectSlotsByName(ReferenceDialog)
    # setupUi

    def retranslateUi(self, ReferenceDialog):
        ReferenceDialog.setWindowTitle(_("Reference data"))
        self.introLabel.setText(_("The schools, programmes, locations and staff that placements, forms and trainings refer to, the studentwaardering's questions and the team scan's statements. Untick \u201cActive\u201d for what is no longer used; delete only what was entered by mistake."))
#if QT_CONFIG(accessibility)
        self.pageTabs.setAccessibleName(_("Kinds of reference data"))
#endif // QT_CONFIG(accessibility)
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.schoolsTab), _("&Schools"))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.programmesTab), _("&Programmes"))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.locationsTab), _("&Locations and teams"))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.staffTab), _("St&aff"))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.recognitionsTab), _("S&BB recognitions"))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.questionsTab), _("Student&waardering"))
        self.statementsNote.setText(_("The team scan asks these statements per capacity of the learning climate, scored 1 to 5. LeerWerk starts with a few examples in the words of the LeerWerkKlimaat documents: adapt them to your organisation. A statement with answers is retired rather than changed."))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.statementsTab), _("&Teamscan"))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

