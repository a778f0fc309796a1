# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(420, 380)
        self.mainLayout = QVBoxLayout(LoginDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(32, 28, 32, 24)
        self.storeNameLabel = QLabel(LoginDialog)
        self.storeNameLabel.setObjectName(u"storeNameLabel")
        self.storeNameLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.storeNameLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.storeNameLabel)

        self.storePathLabel = QLabel(LoginDialog)
        self.storePathLabel.setObjectName(u"storePathLabel")
        self.storePathLabel.setText(u"\u2026")
        self.storePathLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.storePathLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.storePathLabel)

        self.topSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.topSpacer)

        self.usernameCaption = QLabel(LoginDialog)
        self.usernameCaption.setObjectName(u"usernameCaption")

        self.mainLayout.addWidget(self.usernameCaption)

        self.usernameEdit = QLineEdit(LoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(32)

        self.mainLayout.addWidget(self.usernameEdit)

        self.passwordCaption = QLabel(LoginDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.mainLayout.addWidget(self.passwordCaption)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.passwordEdit)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.signInButton = QPushButton(LoginDialog)
        self.signInButton.setObjectName(u"signInButton")
        self.signInButton.setMinimumSize(QSize(0, 38))

        self.mainLayout.addWidget(self.signInButton)

        self.linksLayout = QHBoxLayout()
        self.linksLayout.setObjectName(u"linksLayout")
        self.forgotButton = QPushButton(LoginDialog)
        self.forgotButton.setObjectName(u"forgotButton")
        self.forgotButton.setFlat(True)

        self.linksLayout.addWidget(self.forgotButton)

        self.linksSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linksLayout.addItem(self.linksSpacer)

        self.otherStoreButton = QPushButton(LoginDialog)
        self.otherStoreButton.setObjectName(u"otherStoreButton")
        self.otherStoreButton.setFlat(True)

        self.linksLayout.addWidget(self.otherStoreButton)


        self.mainLayout.addLayout(self.linksLayout)

#if QT_CONFIG(shortcut)
        self.usernameCaption.setBuddy(self.usernameEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.forgotButton)
        QWidget.setTabOrder(self.forgotButton, self.otherStoreButton)

        self.retranslateUi(LoginDialog)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Sign in \u2014 StoreCRM", None))
        self.storeNameLabel.setText(QCoreApplication.translate("LoginDialog", u"Store", None))
        self.usernameCaption.setText(QCoreApplication.translate("LoginDialog", u"&User name", None))
        self.passwordCaption.setText(QCoreApplication.translate("LoginDialog", u"&Password", None))
        self.signInButton.setText(QCoreApplication.translate("LoginDialog", u"&Sign in", None))
        self.forgotButton.setText(QCoreApplication.translate("LoginDialog", u"&Forgot password\u2026", None))
        self.otherStoreButton.setText(QCoreApplication.translate("LoginDialog", u"&Other store\u2026", None))
    # retranslateUi
