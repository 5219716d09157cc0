# Generated from forms/connect_dialog.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QToolButton, QVBoxLayout, QWidget

class Ui_ConnectDialog(object):
    def setupUi(self, ConnectDialog):
        if not ConnectDialog.objectName():
            ConnectDialog.setObjectName(u"ConnectDialog")
        ConnectDialog.resize(460, 300)
        ConnectDialog.setMinimumSize(QSize(460, 0))
        self.dialog_layout = QVBoxLayout(ConnectDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ConnectDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.address_label = QLabel(ConnectDialog)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(ConnectDialog)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setPlaceholderText(u"postgresql://user@host:5432/database")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.host_label = QLabel(ConnectDialog)
        self.host_label.setObjectName(u"host_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(ConnectDialog)
        self.host_edit.setObjectName(u"host_edit")
        self.host_edit.setPlaceholderText(u"register.region.example")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.port_label = QLabel(ConnectDialog)
        self.port_label.setObjectName(u"port_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.port_label)

        self.port_edit = QSpinBox(ConnectDialog)
        self.port_edit.setObjectName(u"port_edit")
        self.port_edit.setMinimum(1)
        self.port_edit.setMaximum(65535)
        self.port_edit.setValue(5432)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.port_edit)

        self.database_label = QLabel(ConnectDialog)
        self.database_label.setObjectName(u"database_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_edit = QLineEdit(ConnectDialog)
        self.database_edit.setObjectName(u"database_edit")
        self.database_edit.setText(u"delegations")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.database_edit)

        self.user_label = QLabel(ConnectDialog)
        self.user_label.setObjectName(u"user_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_edit = QLineEdit(ConnectDialog)
        self.user_edit.setObjectName(u"user_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.password_label = QLabel(ConnectDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(ConnectDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.password_note_label = QLabel(ConnectDialog)
        self.password_note_label.setObjectName(u"password_note_label")
        self.password_note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.password_note_label)

        self.problem_label = QLabel(ConnectDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.problem_label)

        self.details_button = QToolButton(ConnectDialog)
        self.details_button.setObjectName(u"details_button")
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)

        self.dialog_layout.addWidget(self.details_button)

        self.details_label = QLabel(ConnectDialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setIndent(18)
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.details_label)

        self.button_box = QDialogButtonBox(ConnectDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.address_label.setBuddy(self.address_edit)
        self.host_label.setBuddy(self.host_edit)
        self.port_label.setBuddy(self.port_edit)
        self.database_label.setBuddy(self.database_edit)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
        QWidget.setTabOrder(self.address_edit, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.port_edit)
        QWidget.setTabOrder(self.port_edit, self.database_edit)
        QWidget.setTabOrder(self.database_edit, self.user_edit)
        QWidget.setTabOrder(self.user_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.details_button)

        self.retranslateUi(ConnectDialog)

        QMetaObject.connectSlotsByName(ConnectDialog)
    # setupUi

    def retranslateUi(self, ConnectDialog):
        ConnectDialog.setWindowTitle(QCoreApplication.translate("ConnectDialog", u"Connect to server", None))
        self.intro_label.setText(QCoreApplication.translate("ConnectDialog", u"Open the office's shared register on its PostgreSQL server. Paste the address your IT department gave you, or fill in the parts.", None))
        self.address_label.setText(QCoreApplication.translate("ConnectDialog", u"&Address:", None))
        self.host_label.setText(QCoreApplication.translate("ConnectDialog", u"&Server:", None))
        self.port_label.setText(QCoreApplication.translate("ConnectDialog", u"&Port:", None))
        self.database_label.setText(QCoreApplication.translate("ConnectDialog", u"&Database:", None))
        self.user_label.setText(QCoreApplication.translate("ConnectDialog", u"&User name:", None))
        self.password_label.setText(QCoreApplication.translate("ConnectDialog", u"Pass&word:", None))
        self.password_note_label.setText(QCoreApplication.translate("ConnectDialog", u"Leave the password empty if the server knows you by your Windows login or your password is in the PostgreSQL password file. A typed password is used for this session only and is never saved.", None))
        self.details_button.setText(QCoreApplication.translate("ConnectDialog", u"Details from the server", None))
        self.details_button.setToolTip(QCoreApplication.translate("ConnectDialog", u"The server's own message, for whoever looks after the server", None))
    # retranslateUi

