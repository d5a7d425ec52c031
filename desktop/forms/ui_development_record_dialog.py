# Generated from ui/development_record_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'development_record_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_DevelopmentRecordDialog(object):
    def setupUi(self, DevelopmentRecordDialog):
        if not DevelopmentRecordDialog.objectName():
            DevelopmentRecordDialog.setObjectName(u"DevelopmentRecordDialog")
        DevelopmentRecordDialog.resize(980, 720)
        self.mainLayout = QVBoxLayout(DevelopmentRecordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.heading = QLabel(DevelopmentRecordDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.heading)

        self.details = QLabel(DevelopmentRecordDialog)
        self.details.setObjectName(u"details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.details)

        self.talksBox = QGroupBox(DevelopmentRecordDialog)
        self.talksBox.setObjectName(u"talksBox")
        self.talksLayout = QHBoxLayout(self.talksBox)
        self.talksLayout.setObjectName(u"talksLayout")
        self.talks = QTableView(self.talksBox)
        self.talks.setObjectName(u"talks")
        self.talks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.talks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.talksLayout.addWidget(self.talks)

        self.formBox = QWidget(self.talksBox)
        self.formBox.setObjectName(u"formBox")
        self.form = QFormLayout(self.formBox)
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(self.formBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.formBox)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.heldLabel = QLabel(self.formBox)
        self.heldLabel.setObjectName(u"heldLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.held = QLineEdit(self.formBox)
        self.held.setObjectName(u"held")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.held)

        self.error = QLabel(self.formBox)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.error)

        self.managerLabel = QLabel(self.formBox)
        self.managerLabel.setObjectName(u"managerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.manager = QComboBox(self.formBox)
        self.manager.setObjectName(u"manager")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.manager)

        self.notesLabel = QLabel(self.formBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QLineEdit(self.formBox)
        self.notes.setObjectName(u"notes")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes)

        self.talkButtons = QHBoxLayout()
        self.talkButtons.setObjectName(u"talkButtons")
        self.newButton = QPushButton(self.formBox)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.talkButtons.addWidget(self.newButton)

        self.saveButton = QPushButton(self.formBox)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.talkButtons.addWidget(self.saveButton)

        self.deleteButton = QPushButton(self.formBox)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.talkButtons.addWidget(self.deleteButton)


        self.form.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.talkButtons)

        self.nextDue = QLabel(self.formBox)
        self.nextDue.setObjectName(u"nextDue")
        self.nextDue.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.nextDue)


        self.talksLayout.addWidget(self.formBox)

        self.talksLayout.setStretch(0, 3)
        self.talksLayout.setStretch(1, 2)

        self.mainLayout.addWidget(self.talksBox)

        self.sections = QTabWidget(DevelopmentRecordDialog)
        self.sections.setObjectName(u"sections")

        self.mainLayout.addWidget(self.sections)

        self.buttonBox = QDialogButtonBox(DevelopmentRecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 2)
        self.mainLayout.setStretch(3, 3)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.heldLabel.setBuddy(self.held)
        self.managerLabel.setBuddy(self.manager)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DevelopmentRecordDialog)

        QMetaObject.connectSlotsByName(DevelopmentRecordDialog)
    # setupUi

    def retranslateUi(self, DevelopmentRecordDialog):
        self.talksBox.setTitle(_("POAP and development talks"))
        self.kindLabel.setText(_("Kind"))
        self.heldLabel.setText(_("Held on"))
        self.managerLabel.setText(_("Manager"))
        self.notesLabel.setText(_("Notes"))
        self.newButton.setText(_("&New"))
        self.saveButton.setText(_("&Save"))
        self.deleteButton.setText(_("&Delete"))
        pass
    # retranslateUi

