# Generated from ui/trainings_training_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainings_training_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_TrainingDialog(object):
    def setupUi(self, TrainingDialog):
        if not TrainingDialog.objectName():
            TrainingDialog.setObjectName(u"TrainingDialog")
        TrainingDialog.resize(560, 520)
        self.verticalLayout = QVBoxLayout(TrainingDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.pages = QTabWidget(TrainingDialog)
        self.pages.setObjectName(u"pages")
        self.detailsPage = QWidget()
        self.detailsPage.setObjectName(u"detailsPage")
        self.detailsForm = QFormLayout(self.detailsPage)
        self.detailsForm.setObjectName(u"detailsForm")
        self.titleLabel = QLabel(self.detailsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.detailsPage)
        self.titleEdit.setObjectName(u"titleEdit")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.kindLabel = QLabel(self.detailsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.detailsPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.daypartsLabel = QLabel(self.detailsPage)
        self.daypartsLabel.setObjectName(u"daypartsLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.daypartsLabel)

        self.daypartsEdit = QLineEdit(self.detailsPage)
        self.daypartsEdit.setObjectName(u"daypartsEdit")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.daypartsEdit)

        self.hoursLabel = QLabel(self.detailsPage)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursEdit = QLineEdit(self.detailsPage)
        self.hoursEdit.setObjectName(u"hoursEdit")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hoursEdit)

        self.providerKindLabel = QLabel(self.detailsPage)
        self.providerKindLabel.setObjectName(u"providerKindLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.providerKindLabel)

        self.providerKindCombo = QComboBox(self.detailsPage)
        self.providerKindCombo.setObjectName(u"providerKindCombo")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.providerKindCombo)

        self.providerNameLabel = QLabel(self.detailsPage)
        self.providerNameLabel.setObjectName(u"providerNameLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.providerNameLabel)

        self.providerNameEdit = QLineEdit(self.detailsPage)
        self.providerNameEdit.setObjectName(u"providerNameEdit")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.providerNameEdit)

        self.costLabel = QLabel(self.detailsPage)
        self.costLabel.setObjectName(u"costLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costEdit = QLineEdit(self.detailsPage)
        self.costEdit.setObjectName(u"costEdit")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.costEdit)

        self.validityLabel = QLabel(self.detailsPage)
        self.validityLabel.setObjectName(u"validityLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.validityLabel)

        self.validityEdit = QLineEdit(self.detailsPage)
        self.validityEdit.setObjectName(u"validityEdit")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.validityEdit)

        self.descriptionLabel = QLabel(self.detailsPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.detailsPage)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.mandatoryCheck = QCheckBox(self.detailsPage)
        self.mandatoryCheck.setObjectName(u"mandatoryCheck")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.mandatoryCheck)

        self.activeCheck = QCheckBox(self.detailsPage)
        self.activeCheck.setObjectName(u"activeCheck")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.pages.addTab(self.detailsPage, "")
        self.requirementsPage = QWidget()
        self.requirementsPage.setObjectName(u"requirementsPage")
        self.requirementsLayout = QVBoxLayout(self.requirementsPage)
        self.requirementsLayout.setObjectName(u"requirementsLayout")
        self.requirementsHint = QLabel(self.requirementsPage)
        self.requirementsHint.setObjectName(u"requirementsHint")
        self.requirementsHint.setWordWrap(True)

        self.requirementsLayout.addWidget(self.requirementsHint)

        self.requirementsList = QListWidget(self.requirementsPage)
        self.requirementsList.setObjectName(u"requirementsList")

        self.requirementsLayout.addWidget(self.requirementsList)

        self.pages.addTab(self.requirementsPage, "")
        self.modulesPage = QWidget()
        self.modulesPage.setObjectName(u"modulesPage")
        self.modulesLayout = QVBoxLayout(self.modulesPage)
        self.modulesLayout.setObjectName(u"modulesLayout")
        self.modulesHint = QLabel(self.modulesPage)
        self.modulesHint.setObjectName(u"modulesHint")
        self.modulesHint.setWordWrap(True)

        self.modulesLayout.addWidget(self.modulesHint)

        self.modulesList = QListWidget(self.modulesPage)
        self.modulesList.setObjectName(u"modulesList")

        self.modulesLayout.addWidget(self.modulesList)

        self.moduleButtons = QHBoxLayout()
        self.moduleButtons.setObjectName(u"moduleButtons")
        self.moduleCombo = QComboBox(self.modulesPage)
        self.moduleCombo.setObjectName(u"moduleCombo")

        self.moduleButtons.addWidget(self.moduleCombo)

        self.addModuleButton = QPushButton(self.modulesPage)
        self.addModuleButton.setObjectName(u"addModuleButton")

        self.moduleButtons.addWidget(self.addModuleButton)

        self.removeModuleButton = QPushButton(self.modulesPage)
        self.removeModuleButton.setObjectName(u"removeModuleButton")

        self.moduleButtons.addWidget(self.removeModuleButton)

        self.upButton = QPushButton(self.modulesPage)
        self.upButton.setObjectName(u"upButton")

        self.moduleButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.modulesPage)
        self.downButton.setObjectName(u"downButton")

        self.moduleButtons.addWidget(self.downButton)


        self.modulesLayout.addLayout(self.moduleButtons)

        self.pages.addTab(self.modulesPage, "")

        self.verticalLayout.addWidget(self.pages)

        self.errorLabel = QLabel(TrainingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TrainingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Apply|QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.daypartsLabel.setBuddy(self.daypartsEdit)
        self.hoursLabel.setBuddy(self.hoursEdit)
        self.providerKindLabel.setBuddy(self.providerKindCombo)
        self.providerNameLabel.setBuddy(self.providerNameEdit)
        self.costLabel.setBuddy(self.costEdit)
        self.validityLabel.setBuddy(self.validityEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TrainingDialog)
    # setupUi

    def retranslateUi(self, TrainingDialog):
        TrainingDialog.setWindowTitle(_("Training"))
        self.titleLabel.setText(_("&Title:"))
        self.kindLabel.setText(_("&Kind:"))
        self.daypartsLabel.setText(_("&Half-days (dagdelen):"))
        self.daypartsEdit.setPlaceholderText(_("empty for an e-learning"))
        self.hoursLabel.setText(_("Hou&rs:"))
        self.providerKindLabel.setText(_("&Provider:"))
        self.providerNameLabel.setText(_("Provider &name:"))
        self.costLabel.setText(_("&Cost (\u20ac):"))
        self.validityLabel.setText(_("&Valid for (months):"))
        self.validityEdit.setPlaceholderText(_("empty: does not expire"))
        self.descriptionLabel.setText(_("Descr&iption:"))
        self.mandatoryCheck.setText(_("&Mandatory (shown in the training matrix)"))
        self.activeCheck.setText(_("&Active (untick to retire it from the catalogue)"))
        self.pages.setTabText(self.pages.indexOf(self.detailsPage), _("&Details"))
        self.requirementsHint.setText(_("A mandatory training is required for the roles and learner types ticked here; with none ticked, for all staff."))
#if QT_CONFIG(accessibility)
        self.requirementsList.setAccessibleName(_("Mandatory for"))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.requirementsPage), _("Mandatory &for"))
        self.modulesHint.setText(_("A programme (such as a leertraject) is made of other trainings of the catalogue, in this order."))
#if QT_CONFIG(accessibility)
        self.modulesList.setAccessibleName(_("Modules"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.moduleCombo.setAccessibleName(_("Training to add as a module"))
#endif // QT_CONFIG(accessibility)
        self.addModuleButton.setText(_("&Add"))
        self.removeModuleButton.setText(_("&Remove"))
        self.upButton.setText(_("&Up"))
        self.downButton.setText(_("Do&wn"))
        self.pages.setTabText(self.pages.indexOf(self.modulesPage), _("M&odules"))
    # retranslateUi

