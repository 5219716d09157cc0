# Generated from forms/programme_tab.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ProgrammeTab(object):
    def setupUi(self, ProgrammeTab):
        if not ProgrammeTab.objectName():
            ProgrammeTab.setObjectName(u"ProgrammeTab")
        self.main_layout = QVBoxLayout(ProgrammeTab)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.programme_view = QTableView(ProgrammeTab)
        self.programme_view.setObjectName(u"programme_view")
        self.programme_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.programme_view.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.programme_view)

        self.programme_problem = QLabel(ProgrammeTab)
        self.programme_problem.setObjectName(u"programme_problem")
        self.programme_problem.setStyleSheet(u"color: #b00020;")
        self.programme_problem.setWordWrap(True)
        self.programme_problem.setText(u"")

        self.main_layout.addWidget(self.programme_problem)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.add_button = QPushButton(ProgrammeTab)
        self.add_button.setObjectName(u"add_button")

        self.buttons_row.addWidget(self.add_button)

        self.remove_button = QPushButton(ProgrammeTab)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_row.addWidget(self.remove_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)


        self.main_layout.addLayout(self.buttons_row)

        QWidget.setTabOrder(self.programme_view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)

        self.retranslateUi(ProgrammeTab)

        QMetaObject.connectSlotsByName(ProgrammeTab)
    # setupUi

    def retranslateUi(self, ProgrammeTab):
        self.add_button.setText(QCoreApplication.translate("ProgrammeTab", u"&Add item", None))
        self.add_button.setToolTip(QCoreApplication.translate("ProgrammeTab", u"Add a programme item on the delegation's first day", None))
        self.remove_button.setText(QCoreApplication.translate("ProgrammeTab", u"&Remove", None))
        self.remove_button.setToolTip(QCoreApplication.translate("ProgrammeTab", u"Remove the selected items (Del)", None))
        pass
    # retranslateUi

