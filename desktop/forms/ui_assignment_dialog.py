# Generated from ui/assignment_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assignment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPlainTextEdit, QPushButton,
    QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

from desktop.views.signing.panel import SignaturesPanel

from desktop.i18n import _

class Ui_AssignmentDialog(object):
    def setupUi(self, AssignmentDialog):
        if not AssignmentDialog.objectName():
            AssignmentDialog.setObjectName(u"AssignmentDialog")
        AssignmentDialog.resize(900, 700)
        AssignmentDialog.setStyleSheet(u"QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"] { background: palette(window); }")
        self.verticalLayout = QVBoxLayout(AssignmentDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerGrid = QGridLayout()
        self.headerGrid.setObjectName(u"headerGrid")
        self.headerGrid.setHorizontalSpacing(12)
        self.periodLabel = QLabel(AssignmentDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.headerGrid.addWidget(self.periodLabel, 0, 0, 1, 1)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodCombo = QComboBox(AssignmentDialog)
        self.periodCombo.setObjectName(u"periodCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.periodCombo.sizePolicy().hasHeightForWidth())
        self.periodCombo.setSizePolicy(sizePolicy)

        self.periodRow.addWidget(self.periodCombo)

        self.periodValue = QLabel(AssignmentDialog)
        self.periodValue.setObjectName(u"periodValue")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.periodValue.sizePolicy().hasHeightForWidth())
        self.periodValue.setSizePolicy(sizePolicy1)
        self.periodValue.setStyleSheet(u"font-weight: bold;")
        self.periodValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.periodRow.addWidget(self.periodValue)


        self.headerGrid.addLayout(self.periodRow, 0, 1, 1, 3)

        self.numberLabel = QLabel(AssignmentDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.headerGrid.addWidget(self.numberLabel, 1, 0, 1, 1)

        self.numberValue = QLabel(AssignmentDialog)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerGrid.addWidget(self.numberValue, 1, 1, 1, 1)

        self.statusLabel = QLabel(AssignmentDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerGrid.addWidget(self.statusLabel, 1, 2, 1, 1)

        self.statusCombo = QComboBox(AssignmentDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.headerGrid.addWidget(self.statusCombo, 1, 3, 1, 1)

        self.languageLabel = QLabel(AssignmentDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.headerGrid.addWidget(self.languageLabel, 2, 2, 1, 1)

        self.languageCombo = QComboBox(AssignmentDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.headerGrid.addWidget(self.languageCombo, 2, 3, 1, 1)

        self.headerGrid.setColumnStretch(1, 1)
        self.headerGrid.setColumnStretch(3, 1)

        self.verticalLayout.addLayout(self.headerGrid)

        self.frozenLabel = QLabel(AssignmentDialog)
        self.frozenLabel.setObjectName(u"frozenLabel")
        self.frozenLabel.setStyleSheet(u"background: #fff4e0; border: 1px solid #d9a441; border-radius: 3px; padding: 4px;")
        self.frozenLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.frozenLabel)

        self.pages = QTabWidget(AssignmentDialog)
        self.pages.setObjectName(u"pages")
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.contentForm = QFormLayout(self.contentPage)
        self.contentForm.setObjectName(u"contentForm")
        self.contentForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.titleLabel = QLabel(self.contentPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.contentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.contentPage)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.contentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.deadlineLabel = QLabel(self.contentPage)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.contentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = QLineEdit(self.contentPage)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setMaximumSize(QSize(140, 16777215))

        self.contentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.descriptionLabel = QLabel(self.contentPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.contentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.contentPage)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(3)
        sizePolicy2.setHeightForWidth(self.descriptionEdit.sizePolicy().hasHeightForWidth())
        self.descriptionEdit.setSizePolicy(sizePolicy2)
        self.descriptionEdit.setTabChangesFocus(True)

        self.contentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.methodLabel = QLabel(self.contentPage)
        self.methodLabel.setObjectName(u"methodLabel")

        self.contentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodEdit = QPlainTextEdit(self.contentPage)
        self.methodEdit.setObjectName(u"methodEdit")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(2)
        sizePolicy3.setHeightForWidth(self.methodEdit.sizePolicy().hasHeightForWidth())
        self.methodEdit.setSizePolicy(sizePolicy3)
        self.methodEdit.setTabChangesFocus(True)

        self.contentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.methodEdit)

        self.pages.addTab(self.contentPage, "")
        self.linksPage = QWidget()
        self.linksPage.setObjectName(u"linksPage")
        self.linksLayout = QHBoxLayout(self.linksPage)
        self.linksLayout.setObjectName(u"linksLayout")
        self.workProcessesColumn = QVBoxLayout()
        self.workProcessesColumn.setObjectName(u"workProcessesColumn")
        self.workProcessesLabel = QLabel(self.linksPage)
        self.workProcessesLabel.setObjectName(u"workProcessesLabel")

        self.workProcessesColumn.addWidget(self.workProcessesLabel)

        self.workProcessesList = QListView(self.linksPage)
        self.workProcessesList.setObjectName(u"workProcessesList")
        self.workProcessesList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.workProcessesList.setAlternatingRowColors(True)
        self.workProcessesList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.workProcessesList.setWordWrap(True)

        self.workProcessesColumn.addWidget(self.workProcessesList)


        self.linksLayout.addLayout(self.workProcessesColumn)

        self.goalsColumn = QVBoxLayout()
        self.goalsColumn.setObjectName(u"goalsColumn")
        self.goalsLabel = QLabel(self.linksPage)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.goalsColumn.addWidget(self.goalsLabel)

        self.goalsList = QListView(self.linksPage)
        self.goalsList.setObjectName(u"goalsList")
        self.goalsList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.goalsList.setAlternatingRowColors(True)
        self.goalsList.setWordWrap(True)

        self.goalsColumn.addWidget(self.goalsList)


        self.linksLayout.addLayout(self.goalsColumn)

        self.pages.addTab(self.linksPage, "")
        self.signingPage = QWidget()
        self.signingPage.setObjectName(u"signingPage")
        self.signingLayout = QVBoxLayout(self.signingPage)
        self.signingLayout.setObjectName(u"signingLayout")
        self.signersGroup = QGroupBox(self.signingPage)
        self.signersGroup.setObjectName(u"signersGroup")
        self.signersGrid = QGridLayout(self.signersGroup)
        self.signersGrid.setObjectName(u"signersGrid")
        self.learnerCheck = QCheckBox(self.signersGroup)
        self.learnerCheck.setObjectName(u"learnerCheck")

        self.signersGrid.addWidget(self.learnerCheck, 0, 0, 1, 1)

        self.practiceTrainerCheck = QCheckBox(self.signersGroup)
        self.practiceTrainerCheck.setObjectName(u"practiceTrainerCheck")

        self.signersGrid.addWidget(self.practiceTrainerCheck, 0, 1, 1, 1)

        self.workSupervisorCheck = QCheckBox(self.signersGroup)
        self.workSupervisorCheck.setObjectName(u"workSupervisorCheck")

        self.signersGrid.addWidget(self.workSupervisorCheck, 1, 0, 1, 1)

        self.schoolSupervisorCheck = QCheckBox(self.signersGroup)
        self.schoolSupervisorCheck.setObjectName(u"schoolSupervisorCheck")

        self.signersGrid.addWidget(self.schoolSupervisorCheck, 1, 1, 1, 1)


        self.signingLayout.addWidget(self.signersGroup)

        self.signingHintLabel = QLabel(self.signingPage)
        self.signingHintLabel.setObjectName(u"signingHintLabel")
        self.signingHintLabel.setWordWrap(True)

        self.signingLayout.addWidget(self.signingHintLabel)

        self.signaturesPanel = SignaturesPanel(self.signingPage)
        self.signaturesPanel.setObjectName(u"signaturesPanel")
        sizePolicy4 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy4.setHorizontalStretch(0)
        sizePolicy4.setVerticalStretch(1)
        sizePolicy4.setHeightForWidth(self.signaturesPanel.sizePolicy().hasHeightForWidth())
        self.signaturesPanel.setSizePolicy(sizePolicy4)

        self.signingLayout.addWidget(self.signaturesPanel)

        self.pages.addTab(self.signingPage, "")

        self.verticalLayout.addWidget(self.pages)

        self.errorLabel = QLabel(AssignmentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.previewButton = QPushButton(AssignmentDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.bottomLayout.addWidget(self.previewButton)

        self.printButton = QPushButton(AssignmentDialog)
        self.printButton.setObjectName(u"printButton")

        self.bottomLayout.addWidget(self.printButton)

        self.pdfButton = QPushButton(AssignmentDialog)
        self.pdfButton.setObjectName(u"pdfButton")

        self.bottomLayout.addWidget(self.pdfButton)

        self.schoolButton = QPushButton(AssignmentDialog)
        self.schoolButton.setObjectName(u"schoolButton")

        self.bottomLayout.addWidget(self.schoolButton)

        self.buttonBox = QDialogButtonBox(AssignmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Apply|QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.verticalLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.methodLabel.setBuddy(self.methodEdit)
        self.workProcessesLabel.setBuddy(self.workProcessesList)
        self.goalsLabel.setBuddy(self.goalsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.pages)
        QWidget.setTabOrder(self.pages, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.deadlineEdit)
        QWidget.setTabOrder(self.deadlineEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.methodEdit)
        QWidget.setTabOrder(self.methodEdit, self.workProcessesList)
        QWidget.setTabOrder(self.workProcessesList, self.goalsList)
        QWidget.setTabOrder(self.goalsList, self.learnerCheck)
        QWidget.setTabOrder(self.learnerCheck, self.practiceTrainerCheck)
        QWidget.setTabOrder(self.practiceTrainerCheck, self.workSupervisorCheck)
        QWidget.setTabOrder(self.workSupervisorCheck, self.schoolSupervisorCheck)
        QWidget.setTabOrder(self.schoolSupervisorCheck, self.signaturesPanel)
        QWidget.setTabOrder(self.signaturesPanel, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.schoolButton)
        QWidget.setTabOrder(self.schoolButton, self.buttonBox)

        self.retranslateUi(AssignmentDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AssignmentDialog)
    # setupUi

    def retranslateUi(self, AssignmentDialog):
        AssignmentDialog.setWindowTitle(_("Practice assignment"))
        self.periodLabel.setText(_("&BPV period:"))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(_("BPV period"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(_("Type part of the learner's name to find the period"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.periodValue.setAccessibleName(_("BPV period"))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(_("Number:"))
#if QT_CONFIG(accessibility)
        self.numberValue.setAccessibleName(_("Number"))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(_("Stat&us:"))
        self.languageLabel.setText(_("&Language of the form:"))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(_("The language the form is printed in"))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(_("&Title:"))
        self.deadlineLabel.setText(_("Deadli&ne:"))
#if QT_CONFIG(tooltip)
        self.deadlineEdit.setToolTip(_("Leave empty when there is no deadline"))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(_("D&escription:"))
        self.methodLabel.setText(_("How it is a&ssessed:"))
        self.pages.setTabText(self.pages.indexOf(self.contentPage), _("&Assignment"))
        self.workProcessesLabel.setText(_("Werkprocessen it &covers:"))
#if QT_CONFIG(accessibility)
        self.workProcessesList.setAccessibleName(_("Werkprocessen of the programme"))
#endif // QT_CONFIG(accessibility)
        self.goalsLabel.setText(_("Learning goals of the &period:"))
#if QT_CONFIG(accessibility)
        self.goalsList.setAccessibleName(_("Learning goals of the period"))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.linksPage), _("&Werkprocessen and goals"))
        self.signersGroup.setTitle(_("Who signs"))
        self.pages.setTabText(self.pages.indexOf(self.signingPage), _("Si&gning"))
        self.previewButton.setText(_("Pre&view\u2026"))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(_("Show the form as it prints (Ctrl+Shift+P); unsaved changes are saved first"))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(_("Pr&int\u2026"))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(_("Print the form (Ctrl+P); unsaved changes are saved first"))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(_("Save as P&DF\u2026"))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(_("Save the form as a PDF file; unsaved changes are saved first"))
#endif // QT_CONFIG(tooltip)
        self.schoolButton.setText(_("To the sc&hool\u2026"))
#if QT_CONFIG(tooltip)
        self.schoolButton.setToolTip(_("An e-mail draft to the bpv-begeleider with this signed form attached, opened in your mail program; the form records that it was handed to the school"))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

