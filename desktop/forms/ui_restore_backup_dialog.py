# Generated from ui/restore_backup_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_backup_dialog.ui'
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
    QHeaderView, QLabel, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_RestoreBackupDialog(object):
    def setupUi(self, RestoreBackupDialog):
        if not RestoreBackupDialog.objectName():
            RestoreBackupDialog.setObjectName(u"RestoreBackupDialog")
        RestoreBackupDialog.resize(620, 400)
        self.verticalLayout = QVBoxLayout(RestoreBackupDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(RestoreBackupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.backupList = QTreeWidget(RestoreBackupDialog)
        self.backupList.setObjectName(u"backupList")
        self.backupList.setRootIsDecorated(False)
        self.backupList.setAlternatingRowColors(True)
        self.backupList.setUniformRowHeights(True)

        self.verticalLayout.addWidget(self.backupList)

        self.folderLabel = QLabel(RestoreBackupDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folderLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.folderLabel)

        self.buttonBox = QDialogButtonBox(RestoreBackupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreBackupDialog)

        QMetaObject.connectSlotsByName(RestoreBackupDialog)
    # setupUi

    def retranslateUi(self, RestoreBackupDialog):
        RestoreBackupDialog.setWindowTitle(_("Restore a backup"))
        self.introLabel.setText(_("Choose the backup to put back. The current database file is kept beside it, renamed, and never overwritten."))
        ___qtreewidgetitem = self.backupList.headerItem()
        ___qtreewidgetitem.setText(2, _("Check"))
        ___qtreewidgetitem.setText(1, _("Size"))
        ___qtreewidgetitem.setText(0, _("Made on"))
#if QT_CONFIG(accessibility)
        self.backupList.setAccessibleName(_("Backups of this database"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

