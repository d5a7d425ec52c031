# Generated from ui/assessment_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessment_dialog.ui'
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
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from desktop.views.signing.panel import SignaturesPanel

from desktop.i18n import _

class Ui_AssessmentDialog(object):
    def setupUi(self, AssessmentDialog):
        if not AssessmentDialog.objectName():
            AssessmentDialog.setObjectName(u"AssessmentDialog")
        AssessmentDialog.resize(900, 700)
        AssessmentDialog.setStyleSheet(u"QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"] { background: palette(window); }")
        self.verticalLayout = QVBoxLayout(AssessmentDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerGrid = QGridLayout()
        self.headerGrid.setObjectName(u"headerGrid")
        self.headerGrid.setHorizontalSpacing(12)
        self.periodLabel = QLabel(AssessmentDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.headerGrid.addWidget(self.periodLabel, 0, 0, 1, 1)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodCombo = QComboBox(AssessmentDialog)
        self.periodCombo.setObjectName(u"periodCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.periodCombo.sizePolicy().hasHeightForWidth())
        self.periodCombo.setSizePolicy(sizePolicy)

        self.periodRow.addWidget(self.periodCombo)

        self.periodValue = QLabel(AssessmentDialog)
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

        self.numberLabel = QLabel(AssessmentDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.headerGrid.addWidget(self.numberLabel, 1, 0, 1, 1)

        self.numberValue = QLabel(AssessmentDialog)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerGrid.addWidget(self.numberValue, 1, 1, 1, 1)

        self.statusLabel = QLabel(AssessmentDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerGrid.addWidget(self.statusLabel, 1, 2, 1, 1)

        self.statusCombo = QComboBox(AssessmentDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.headerGrid.addWidget(self.statusCombo, 1, 3, 1, 1)

        self.kindLabel = QLabel(AssessmentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.headerGrid.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kindCombo = QComboBox(AssessmentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.headerGrid.addWidget(self.kindCombo, 2, 1, 1, 1)

        self.languageLabel = QLabel(AssessmentDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.headerGrid.addWidget(self.languageLabel, 2, 2, 1, 1)

        self.languageCombo = QComboBox(AssessmentDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.headerGrid.addWidget(self.languageCombo, 2, 3, 1, 1)

        self.talkDateLabel = QLabel(AssessmentDialog)
        self.talkDateLabel.setObjectName(u"talkDateLabel")

        self.headerGrid.addWidget(self.talkDateLabel, 3, 0, 1, 1)

        self.talkDateEdit = QLineEdit(AssessmentDialog)
        self.talkDateEdit.setObjectName(u"talkDateEdit")

        self.headerGrid.addWidget(self.talkDateEdit, 3, 1, 1, 1)

        self.dueLabel = QLabel(AssessmentDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.headerGrid.addWidget(self.dueLabel, 3, 2, 1, 1)

        self.dueEdit = QLineEdit(AssessmentDialog)
        self.dueEdit.setObjectName(u"dueEdit")

        self.headerGrid.addWidget(self.dueEdit, 3, 3, 1, 1)

        self.plannedHoursLabel = QLabel(AssessmentDialog)
        self.plannedHoursLabel.setObjectName(u"plannedHoursLabel")

        self.headerGrid.addWidget(self.plannedHoursLabel, 4, 0, 1, 1)

        self.plannedHoursEdit = QLineEdit(AssessmentDialog)
        self.plannedHoursEdit.setObjectName(u"plannedHoursEdit")
        self.plannedHoursEdit.setMaxLength(6)

        self.headerGrid.addWidget(self.plannedHoursEdit, 4, 1, 1, 1)

        self.realisedHoursLabel = QLabel(AssessmentDialog)
        self.realisedHoursLabel.setObjectName(u"realisedHoursLabel")

        self.headerGrid.addWidget(self.realisedHoursLabel, 4, 2, 1, 1)

        self.realisedHoursEdit = QLineEdit(AssessmentDialog)
        self.realisedHoursEdit.setObjectName(u"realisedHoursEdit")
        self.realisedHoursEdit.setMaxLength(6)

        self.headerGrid.addWidget(self.realisedHoursEdit, 4, 3, 1, 1)

        self.participantsLabel = QLabel(AssessmentDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.headerGrid.addWidget(self.participantsLabel, 5, 0, 1, 1)

        self.participantsEdit = QLineEdit(AssessmentDialog)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.headerGrid.addWidget(self.participantsEdit, 5, 1, 1, 3)

        self.headerGrid.setColumnStretch(1, 1)
        self.headerGrid.setColumnStretch(3, 1)

        self.verticalLayout.addLayout(self.headerGrid)

        self.frozenLabel = QLabel(AssessmentDialog)
        self.frozenLabel.setObjectName(u"frozenLabel")
        self.frozenLabel.setStyleSheet(u"background: #fff4e0; border: 1px solid #d9a441; border-radius: 3px; padding: 4px;")
        self.frozenLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.frozenLabel)

        self.pages = QTabWidget(AssessmentDialog)
        self.pages.setObjectName(u"pages")
        self.scoresPage = QWidget()
        self.scoresPage.setObjectName(u"scoresPage")
        self.scoresLayout = QVBoxLayout(self.scoresPage)
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.scoresTable = QTableView(self.scoresPage)
        self.scoresTable.setObjectName(u"scoresTable")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.scoresTable.sizePolicy().hasHeightForWidth())
        self.scoresTable.setSizePolicy(sizePolicy2)
        self.scoresTable.setAlternatingRowColors(True)
        self.scoresTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.scoresTable.setWordWrap(False)
        self.scoresTable.horizontalHeader().setStretchLastSection(True)

        self.scoresLayout.addWidget(self.scoresTable)

        self.judgementForm = QFormLayout()
        self.judgementForm.setObjectName(u"judgementForm")
        self.judgementForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.attitudeLabel = QLabel(self.scoresPage)
        self.attitudeLabel.setObjectName(u"attitudeLabel")

        self.judgementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.attitudeLabel)

        self.attitudeRow = QHBoxLayout()
        self.attitudeRow.setObjectName(u"attitudeRow")
        self.attitudeCombo = QComboBox(self.scoresPage)
        self.attitudeCombo.setObjectName(u"attitudeCombo")

        self.attitudeRow.addWidget(self.attitudeCombo)

        self.attitudeRemarksEdit = QLineEdit(self.scoresPage)
        self.attitudeRemarksEdit.setObjectName(u"attitudeRemarksEdit")
        sizePolicy.setHeightForWidth(self.attitudeRemarksEdit.sizePolicy().hasHeightForWidth())
        self.attitudeRemarksEdit.setSizePolicy(sizePolicy)

        self.attitudeRow.addWidget(self.attitudeRemarksEdit)


        self.judgementForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.attitudeRow)

        self.overallLabel = QLabel(self.scoresPage)
        self.overallLabel.setObjectName(u"overallLabel")

        self.judgementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.overallLabel)

        self.overallRow = QHBoxLayout()
        self.overallRow.setObjectName(u"overallRow")
        self.overallCombo = QComboBox(self.scoresPage)
        self.overallCombo.setObjectName(u"overallCombo")

        self.overallRow.addWidget(self.overallCombo)

        self.overallSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overallRow.addItem(self.overallSpacer)


        self.judgementForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.overallRow)

        self.judgementLabel = QLabel(self.scoresPage)
        self.judgementLabel.setObjectName(u"judgementLabel")

        self.judgementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.judgementLabel)

        self.judgementEdit = QPlainTextEdit(self.scoresPage)
        self.judgementEdit.setObjectName(u"judgementEdit")
        self.judgementEdit.setMaximumSize(QSize(16777215, 90))
        self.judgementEdit.setTabChangesFocus(True)

        self.judgementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.judgementEdit)


        self.scoresLayout.addLayout(self.judgementForm)

        self.pages.addTab(self.scoresPage, "")
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
        sizePolicy2.setHeightForWidth(self.signaturesPanel.sizePolicy().hasHeightForWidth())
        self.signaturesPanel.setSizePolicy(sizePolicy2)

        self.signingLayout.addWidget(self.signaturesPanel)

        self.pages.addTab(self.signingPage, "")

        self.verticalLayout.addWidget(self.pages)

        self.errorLabel = QLabel(AssessmentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.previewButton = QPushButton(AssessmentDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.bottomLayout.addWidget(self.previewButton)

        self.printButton = QPushButton(AssessmentDialog)
        self.printButton.setObjectName(u"printButton")

        self.bottomLayout.addWidget(self.printButton)

        self.pdfButton = QPushButton(AssessmentDialog)
        self.pdfButton.setObjectName(u"pdfButton")

        self.bottomLayout.addWidget(self.pdfButton)

        self.schoolButton = QPushButton(AssessmentDialog)
        self.schoolButton.setObjectName(u"schoolButton")

        self.bottomLayout.addWidget(self.schoolButton)

        self.buttonBox = QDialogButtonBox(AssessmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Apply|QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.verticalLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.talkDateLabel.setBuddy(self.talkDateEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.plannedHoursLabel.setBuddy(self.plannedHoursEdit)
        self.realisedHoursLabel.setBuddy(self.realisedHoursEdit)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.attitudeLabel.setBuddy(self.attitudeCombo)
        self.overallLabel.setBuddy(self.overallCombo)
        self.judgementLabel.setBuddy(self.judgementEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.talkDateEdit)
        QWidget.setTabOrder(self.talkDateEdit, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.plannedHoursEdit)
        QWidget.setTabOrder(self.plannedHoursEdit, self.realisedHoursEdit)
        QWidget.setTabOrder(self.realisedHoursEdit, self.participantsEdit)
        QWidget.setTabOrder(self.participantsEdit, self.pages)
        QWidget.setTabOrder(self.pages, self.scoresTable)
        QWidget.setTabOrder(self.scoresTable, self.attitudeCombo)
        QWidget.setTabOrder(self.attitudeCombo, self.attitudeRemarksEdit)
        QWidget.setTabOrder(self.attitudeRemarksEdit, self.overallCombo)
        QWidget.setTabOrder(self.overallCombo, self.judgementEdit)
        QWidget.setTabOrder(self.judgementEdit, self.learnerCheck)
        QWidget.setTabOrder(self.learnerCheck, self.practiceTrainerCheck)
        QWidget.setTabOrder(self.practiceTrainerCheck, self.workSupervisorCheck)
        QWidget.setTabOrder(self.workSupervisorCheck, self.schoolSupervisorCheck)
        QWidget.setTabOrder(self.schoolSupervisorCheck, self.signaturesPanel)
        QWidget.setTabOrder(self.signaturesPanel, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.schoolButton)
        QWidget.setTabOrder(self.schoolButton, self.buttonBox)

        self.retranslateUi(AssessmentDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AssessmentDialog)
    # setupUi

    def retranslateUi(self, AssessmentDialog):
        AssessmentDialog.setWindowTitle(_("Assessment form"))
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
        self.kindLabel.setText(_("&Kind:"))
        self.languageLabel.setText(_("&Language of the form:"))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(_("The language the form is printed in"))
#endif // QT_CONFIG(tooltip)
        self.talkDateLabel.setText(_("Da&te of the assessment talk:"))
        self.dueLabel.setText(_("Du&e on:"))
#if QT_CONFIG(tooltip)
        self.dueEdit.setToolTip(_("When the form should be done; worked out from the period's dates for a new form"))
#endif // QT_CONFIG(tooltip)
        self.plannedHoursLabel.setText(_("Pla&nned BPV hours:"))
        self.realisedHoursLabel.setText(_("Re&alised BPV hours:"))
        self.participantsLabel.setText(_("Parti&cipants:"))
#if QT_CONFIG(tooltip)
        self.participantsEdit.setToolTip(_("Who took part in the assessment talk"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.scoresTable.setAccessibleName(_("Score per werkproces"))
#endif // QT_CONFIG(accessibility)
        self.attitudeLabel.setText(_("Pro&fessional attitude:"))
#if QT_CONFIG(accessibility)
        self.attitudeCombo.setAccessibleName(_("Score for professional attitude"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attitudeRemarksEdit.setAccessibleName(_("Remarks on professional attitude"))
#endif // QT_CONFIG(accessibility)
        self.overallLabel.setText(_("Overall &score:"))
        self.judgementLabel.setText(_("Overall &judgement:"))
        self.pages.setTabText(self.pages.indexOf(self.scoresPage), _("Sc&ores and judgement"))
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

