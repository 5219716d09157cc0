# Generated from forms/delegation_editor.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout

class Ui_DelegationEditor(object):
    def setupUi(self, DelegationEditor):
        if not DelegationEditor.objectName():
            DelegationEditor.setObjectName(u"DelegationEditor")
        DelegationEditor.resize(900, 680)
        self.main_layout = QVBoxLayout(DelegationEditor)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.tab_widget = QTabWidget(DelegationEditor)
        self.tab_widget.setObjectName(u"tab_widget")

        self.main_layout.addWidget(self.tab_widget)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.status_label = QLabel(DelegationEditor)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setText(u"")

        self.bottom_row.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(DelegationEditor)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.bottom_row.addWidget(self.button_box)

        self.bottom_row.setStretch(0, 1)

        self.main_layout.addLayout(self.bottom_row)


        self.retranslateUi(DelegationEditor)

        QMetaObject.connectSlotsByName(DelegationEditor)
    # setupUi

    def retranslateUi(self, DelegationEditor):
        DelegationEditor.setWindowTitle(QCoreApplication.translate("DelegationEditor", u"Delegation", None))
    # retranslateUi

