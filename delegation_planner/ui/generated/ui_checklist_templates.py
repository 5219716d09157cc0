# Generated from forms/checklist_templates.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_ChecklistTemplatesDialog(object):
    def setupUi(self, ChecklistTemplatesDialog):
        if not ChecklistTemplatesDialog.objectName():
            ChecklistTemplatesDialog.setObjectName(u"ChecklistTemplatesDialog")
        ChecklistTemplatesDialog.resize(820, 540)
        self.dialog_layout = QVBoxLayout(ChecklistTemplatesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ChecklistTemplatesDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.direction_tabs = QTabWidget(ChecklistTemplatesDialog)
        self.direction_tabs.setObjectName(u"direction_tabs")
        self.outbound_tab = QWidget()
        self.outbound_tab.setObjectName(u"outbound_tab")
        self.outbound_tab_layout = QVBoxLayout(self.outbound_tab)
        self.outbound_tab_layout.setObjectName(u"outbound_tab_layout")
        self.outbound_view = QTableView(self.outbound_tab)
        self.outbound_view.setObjectName(u"outbound_view")
        self.outbound_view.setAlternatingRowColors(True)
        self.outbound_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outbound_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outbound_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.outbound_view.horizontalHeader().setStretchLastSection(True)
        self.outbound_view.verticalHeader().setVisible(False)

        self.outbound_tab_layout.addWidget(self.outbound_view)

        self.direction_tabs.addTab(self.outbound_tab, "")
        self.inbound_tab = QWidget()
        self.inbound_tab.setObjectName(u"inbound_tab")
        self.inbound_tab_layout = QVBoxLayout(self.inbound_tab)
        self.inbound_tab_layout.setObjectName(u"inbound_tab_layout")
        self.inbound_view = QTableView(self.inbound_tab)
        self.inbound_view.setObjectName(u"inbound_view")
        self.inbound_view.setAlternatingRowColors(True)
        self.inbound_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inbound_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inbound_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.inbound_view.horizontalHeader().setStretchLastSection(True)
        self.inbound_view.verticalHeader().setVisible(False)

        self.inbound_tab_layout.addWidget(self.inbound_view)

        self.direction_tabs.addTab(self.inbound_tab, "")

        self.dialog_layout.addWidget(self.direction_tabs)

        self.edit_row = QHBoxLayout()
        self.edit_row.setObjectName(u"edit_row")
        self.add_button = QPushButton(ChecklistTemplatesDialog)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.edit_row.addWidget(self.add_button)

        self.remove_button = QPushButton(ChecklistTemplatesDialog)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.edit_row.addWidget(self.remove_button)

        self.up_button = QPushButton(ChecklistTemplatesDialog)
        self.up_button.setObjectName(u"up_button")
        self.up_button.setAutoDefault(False)

        self.edit_row.addWidget(self.up_button)

        self.down_button = QPushButton(ChecklistTemplatesDialog)
        self.down_button.setObjectName(u"down_button")
        self.down_button.setAutoDefault(False)

        self.edit_row.addWidget(self.down_button)

        self.edit_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.edit_row.addItem(self.edit_spacer)


        self.dialog_layout.addLayout(self.edit_row)

        self.problem_label = QLabel(ChecklistTemplatesDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.problem_label)

        self.button_box = QDialogButtonBox(ChecklistTemplatesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.RestoreDefaults|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.direction_tabs, self.outbound_view)
        QWidget.setTabOrder(self.outbound_view, self.inbound_view)
        QWidget.setTabOrder(self.inbound_view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)

        self.retranslateUi(ChecklistTemplatesDialog)

        QMetaObject.connectSlotsByName(ChecklistTemplatesDialog)
    # setupUi

    def retranslateUi(self, ChecklistTemplatesDialog):
        ChecklistTemplatesDialog.setWindowTitle(QCoreApplication.translate("ChecklistTemplatesDialog", u"Checklist templates", None))
        self.intro_label.setText(QCoreApplication.translate("ChecklistTemplatesDialog", u"The items every new delegation's checklist starts with. An item is due the given number of days before the delegation starts.", None))
        self.direction_tabs.setTabText(self.direction_tabs.indexOf(self.outbound_tab), QCoreApplication.translate("ChecklistTemplatesDialog", u"&Outbound", None))
        self.direction_tabs.setTabText(self.direction_tabs.indexOf(self.inbound_tab), QCoreApplication.translate("ChecklistTemplatesDialog", u"&Inbound", None))
        self.add_button.setToolTip(QCoreApplication.translate("ChecklistTemplatesDialog", u"Add an item below the selected one (Ins)", None))
        self.add_button.setText(QCoreApplication.translate("ChecklistTemplatesDialog", u"&Add item", None))
        self.remove_button.setToolTip(QCoreApplication.translate("ChecklistTemplatesDialog", u"Remove the selected item (Del)", None))
        self.remove_button.setText(QCoreApplication.translate("ChecklistTemplatesDialog", u"&Remove", None))
        self.up_button.setToolTip(QCoreApplication.translate("ChecklistTemplatesDialog", u"Move the selected item up (Alt+Up)", None))
        self.up_button.setText(QCoreApplication.translate("ChecklistTemplatesDialog", u"Move &up", None))
        self.down_button.setToolTip(QCoreApplication.translate("ChecklistTemplatesDialog", u"Move the selected item down (Alt+Down)", None))
        self.down_button.setText(QCoreApplication.translate("ChecklistTemplatesDialog", u"Move do&wn", None))
    # retranslateUi

