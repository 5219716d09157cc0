# Generated from forms/error_dialog.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.resize(560, 380)
        self.dialog_layout = QVBoxLayout(ErrorDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.message_layout = QHBoxLayout()
        self.message_layout.setObjectName(u"message_layout")
        self.icon_label = QLabel(ErrorDialog)
        self.icon_label.setObjectName(u"icon_label")
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.message_layout.addWidget(self.icon_label)

        self.message_label = QLabel(ErrorDialog)
        self.message_label.setObjectName(u"message_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.message_label.sizePolicy().hasHeightForWidth())
        self.message_label.setSizePolicy(sizePolicy)
        self.message_label.setWordWrap(True)

        self.message_layout.addWidget(self.message_label)


        self.dialog_layout.addLayout(self.message_layout)

        self.log_label = QLabel(ErrorDialog)
        self.log_label.setObjectName(u"log_label")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.log_label)

        self.details_edit = QPlainTextEdit(ErrorDialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setReadOnly(True)
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.dialog_layout.addWidget(self.details_edit)

        self.button_box = QDialogButtonBox(ErrorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(ErrorDialog)

        QMetaObject.connectSlotsByName(ErrorDialog)
    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"Something went wrong", None))
    # retranslateUi

