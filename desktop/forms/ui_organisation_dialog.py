# Generated from ui/organisation_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_dialog.ui'
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
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(520, 420)
        self.verticalLayout = QVBoxLayout(OrganisationDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(OrganisationDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(OrganisationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(OrganisationDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(OrganisationDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(OrganisationDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.postalCodeLabel = QLabel(OrganisationDialog)
        self.postalCodeLabel.setObjectName(u"postalCodeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postalCodeLabel)

        self.postalCodeEdit = QLineEdit(OrganisationDialog)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postalCodeEdit)

        self.cityLabel = QLabel(OrganisationDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(OrganisationDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.phoneLabel = QLabel(OrganisationDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(OrganisationDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(OrganisationDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(OrganisationDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.sbbIdLabel = QLabel(OrganisationDialog)
        self.sbbIdLabel.setObjectName(u"sbbIdLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sbbIdLabel)

        self.sbbIdEdit = QLineEdit(OrganisationDialog)
        self.sbbIdEdit.setObjectName(u"sbbIdEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sbbIdEdit)

        self.logoLabel = QLabel(OrganisationDialog)
        self.logoLabel.setObjectName(u"logoLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(OrganisationDialog)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(160, 80))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(OrganisationDialog)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(OrganisationDialog)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoButtons.addWidget(self.removeLogoButton)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtons.addItem(self.logoSpacer)


        self.logoLayout.addLayout(self.logoButtons)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.logoLayout)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(OrganisationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OrganisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postalCodeLabel.setBuddy(self.postalCodeEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.sbbIdLabel.setBuddy(self.sbbIdEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.postalCodeEdit)
        QWidget.setTabOrder(self.postalCodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.sbbIdEdit)
        QWidget.setTabOrder(self.sbbIdEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)

        self.retranslateUi(OrganisationDialog)

        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(_("Organisation details"))
        self.introLabel.setText(_("These details are printed at the top of every form and certificate."))
        self.nameLabel.setText(_("&Name:"))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(_("Organisation name"))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(_("&Address:"))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(_("Address"))
#endif // QT_CONFIG(accessibility)
        self.postalCodeLabel.setText(_("&Postal code:"))
#if QT_CONFIG(accessibility)
        self.postalCodeEdit.setAccessibleName(_("Postal code"))
#endif // QT_CONFIG(accessibility)
        self.cityLabel.setText(_("&City:"))
#if QT_CONFIG(accessibility)
        self.cityEdit.setAccessibleName(_("City"))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(_("P&hone:"))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(_("Phone"))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(_("&E-mail:"))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(_("E-mail"))
#endif // QT_CONFIG(accessibility)
        self.sbbIdLabel.setText(_("&SBB leerbedrijf ID:"))
#if QT_CONFIG(accessibility)
        self.sbbIdEdit.setAccessibleName(_("SBB leerbedrijf ID"))
#endif // QT_CONFIG(accessibility)
        self.logoLabel.setText(_("Logo:"))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(_("Logo preview"))
#endif // QT_CONFIG(accessibility)
        self.chooseLogoButton.setText(_("Choose &logo\u2026"))
#if QT_CONFIG(accessibility)
        self.chooseLogoButton.setAccessibleName(_("Choose logo"))
#endif // QT_CONFIG(accessibility)
        self.removeLogoButton.setText(_("&Remove logo"))
#if QT_CONFIG(accessibility)
        self.removeLogoButton.setAccessibleName(_("Remove logo"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(_("Error message"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

