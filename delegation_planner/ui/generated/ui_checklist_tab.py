# Generated from forms/checklist_tab.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ChecklistTab(object):
    def setupUi(self, ChecklistTab):
        if not ChecklistTab.objectName():
            ChecklistTab.setObjectName(u"ChecklistTab")
        self.main_layout = QVBoxLayout(ChecklistTab)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.checklist_view = QTableView(ChecklistTab)
        self.checklist_view.setObjectName(u"checklist_view")
        self.checklist_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklist_view.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.checklist_view)

        self.checklist_problem = QLabel(ChecklistTab)
        self.checklist_problem.setObjectName(u"checklist_problem")
        self.checklist_problem.setStyleSheet(u"color: #b00020;")
        self.checklist_problem.setWordWrap(True)
        self.checklist_problem.setText(u"")

        self.main_layout.addWidget(self.checklist_problem)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.add_button = QPushButton(ChecklistTab)
        self.add_button.setObjectName(u"add_button")

        self.buttons_row.addWidget(self.add_button)

        self.remove_button = QPushButton(ChecklistTab)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_row.addWidget(self.remove_button)

        self.template_button = QPushButton(ChecklistTab)
        self.template_button.setObjectName(u"template_button")

        self.buttons_row.addWidget(self.template_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.summary_label = QLabel(ChecklistTab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")

        self.buttons_row.addWidget(self.summary_label)


        self.main_layout.addLayout(self.buttons_row)

        QWidget.setTabOrder(self.checklist_view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.template_button)

        self.retranslateUi(ChecklistTab)

        QMetaObject.connectSlotsByName(ChecklistTab)
    # setupUi

    def retranslateUi(self, ChecklistTab):
        self.add_button.setText(QCoreApplication.translate("ChecklistTab", u"&Add item", None))
        self.remove_button.setText(QCoreApplication.translate("ChecklistTab", u"&Remove", None))
        self.remove_button.setToolTip(QCoreApplication.translate("ChecklistTab", u"Remove the selected items (Del)", None))
        self.template_button.setText(QCoreApplication.translate("ChecklistTab", u"Add &template items", None))
        self.template_button.setToolTip(QCoreApplication.translate("ChecklistTab", u"Add the items of this direction's template that the list does not have yet", None))
        pass
    # retranslateUi

