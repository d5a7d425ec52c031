# Generated from ui/school_reviews_dialog.ui by `python -m desktop.devtools forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'school_reviews_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

from desktop.i18n import _

class Ui_SchoolReviewsDialog(object):
    def setupUi(self, SchoolReviewsDialog):
        if not SchoolReviewsDialog.objectName():
            SchoolReviewsDialog.setObjectName(u"SchoolReviewsDialog")
        SchoolReviewsDialog.resize(820, 560)
        self.mainLayout = QVBoxLayout(SchoolReviewsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.schoolForm = QFormLayout()
        self.schoolForm.setObjectName(u"schoolForm")
        self.schoolLabel = QLabel(SchoolReviewsDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.schoolForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolCombo = QComboBox(SchoolReviewsDialog)
        self.schoolCombo.setObjectName(u"schoolCombo")

        self.schoolForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schoolCombo)


        self.mainLayout.addLayout(self.schoolForm)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.reviewList = QListView(SchoolReviewsDialog)
        self.reviewList.setObjectName(u"reviewList")
        self.reviewList.setMaximumWidth(220)

        self.listLayout.addWidget(self.reviewList)

        self.newButton = QPushButton(SchoolReviewsDialog)
        self.newButton.setObjectName(u"newButton")

        self.listLayout.addWidget(self.newButton)


        self.bodyLayout.addLayout(self.listLayout)

        self.detailLayout = QVBoxLayout()
        self.detailLayout.setObjectName(u"detailLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.heldLabel = QLabel(SchoolReviewsDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = QLineEdit(SchoolReviewsDialog)
        self.heldEdit.setObjectName(u"heldEdit")
        self.heldEdit.setPlaceholderText(u"dd-mm-jjjj")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.participantsLabel = QLabel(SchoolReviewsDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = QLineEdit(SchoolReviewsDialog)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.agreementsLabel = QLabel(SchoolReviewsDialog)
        self.agreementsLabel.setObjectName(u"agreementsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agreementsLabel)

        self.agreementsEdit = QPlainTextEdit(SchoolReviewsDialog)
        self.agreementsEdit.setObjectName(u"agreementsEdit")
        self.agreementsEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agreementsEdit)

        self.followUpLabel = QLabel(SchoolReviewsDialog)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpEdit = QLineEdit(SchoolReviewsDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setPlaceholderText(u"dd-mm-jjjj")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.followUpEdit)


        self.detailLayout.addLayout(self.form)

        self.figuresLabel = QLabel(SchoolReviewsDialog)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setWordWrap(True)
        self.figuresLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.addWidget(self.figuresLabel)

        self.errorLabel = QLabel(SchoolReviewsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.errorLabel)

        self.recordButtons = QHBoxLayout()
        self.recordButtons.setObjectName(u"recordButtons")
        self.saveButton = QPushButton(SchoolReviewsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.recordButtons.addWidget(self.saveButton)

        self.deleteButton = QPushButton(SchoolReviewsDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.recordButtons.addWidget(self.deleteButton)

        self.printButton = QPushButton(SchoolReviewsDialog)
        self.printButton.setObjectName(u"printButton")

        self.recordButtons.addWidget(self.printButton)


        self.detailLayout.addLayout(self.recordButtons)


        self.bodyLayout.addLayout(self.detailLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(SchoolReviewsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.schoolLabel.setBuddy(self.schoolCombo)
        self.heldLabel.setBuddy(self.heldEdit)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.agreementsLabel.setBuddy(self.agreementsEdit)
        self.followUpLabel.setBuddy(self.followUpEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.schoolCombo, self.reviewList)
        QWidget.setTabOrder(self.reviewList, self.newButton)
        QWidget.setTabOrder(self.newButton, self.heldEdit)
        QWidget.setTabOrder(self.heldEdit, self.participantsEdit)
        QWidget.setTabOrder(self.participantsEdit, self.agreementsEdit)
        QWidget.setTabOrder(self.agreementsEdit, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.printButton)

        self.retranslateUi(SchoolReviewsDialog)

        QMetaObject.connectSlotsByName(SchoolReviewsDialog)
    # setupUi

    def retranslateUi(self, SchoolReviewsDialog):
        SchoolReviewsDialog.setWindowTitle(_("School evaluations"))
        self.schoolLabel.setText(_("&School:"))
#if QT_CONFIG(accessibility)
        self.schoolCombo.setAccessibleName(_("The school whose cooperation is evaluated"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewList.setAccessibleName(_("The school's evaluations, the newest first"))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(_("&New evaluation"))
        self.heldLabel.setText(_("&Held on:"))
#if QT_CONFIG(accessibility)
        self.heldEdit.setAccessibleName(_("Date the evaluation was held"))
#endif // QT_CONFIG(accessibility)
        self.participantsLabel.setText(_("&Participants:"))
#if QT_CONFIG(accessibility)
        self.participantsEdit.setAccessibleName(_("Who took part in the evaluation"))
#endif // QT_CONFIG(accessibility)
        self.agreementsLabel.setText(_("A&greements made:"))
#if QT_CONFIG(accessibility)
        self.agreementsEdit.setAccessibleName(_("Agreements made"))
#endif // QT_CONFIG(accessibility)
        self.followUpLabel.setText(_("&Follow-up on:"))
#if QT_CONFIG(accessibility)
        self.followUpEdit.setAccessibleName(_("Date to look at the agreements again"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.figuresLabel.setAccessibleName(_("The school's figures of the year of the evaluation"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(_("What is wrong with the input"))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(_("Sa&ve evaluation"))
        self.deleteButton.setText(_("&Delete evaluation"))
        self.printButton.setText(_("P&rint (PDF)\u2026"))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(_("The evaluation with the school's figures of that year, on paper"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(_("Dialog buttons"))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

