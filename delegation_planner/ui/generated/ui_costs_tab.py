# Generated from forms/costs_tab.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_CostsTab(object):
    def setupUi(self, CostsTab):
        if not CostsTab.objectName():
            CostsTab.setObjectName(u"CostsTab")
        self.main_layout = QVBoxLayout(CostsTab)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.costs_view = QTableView(CostsTab)
        self.costs_view.setObjectName(u"costs_view")
        self.costs_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.costs_view.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.costs_view)

        self.costs_problem = QLabel(CostsTab)
        self.costs_problem.setObjectName(u"costs_problem")
        self.costs_problem.setStyleSheet(u"color: #b00020;")
        self.costs_problem.setWordWrap(True)
        self.costs_problem.setText(u"")

        self.main_layout.addWidget(self.costs_problem)

        self.totals_label = QLabel(CostsTab)
        self.totals_label.setObjectName(u"totals_label")
        self.totals_label.setText(u"")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.totals_label)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.add_button = QPushButton(CostsTab)
        self.add_button.setObjectName(u"add_button")

        self.buttons_row.addWidget(self.add_button)

        self.remove_button = QPushButton(CostsTab)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_row.addWidget(self.remove_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)


        self.main_layout.addLayout(self.buttons_row)

        QWidget.setTabOrder(self.costs_view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)

        self.retranslateUi(CostsTab)

        QMetaObject.connectSlotsByName(CostsTab)
    # setupUi

    def retranslateUi(self, CostsTab):
        self.add_button.setText(QCoreApplication.translate("CostsTab", u"&Add cost line", None))
        self.remove_button.setText(QCoreApplication.translate("CostsTab", u"&Remove", None))
        self.remove_button.setToolTip(QCoreApplication.translate("CostsTab", u"Remove the selected lines (Del)", None))
        pass
    # retranslateUi

