# Generated from forms/new_contacts_page.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_NewContactsPage(object):
    def setupUi(self, NewContactsPage):
        if not NewContactsPage.objectName():
            NewContactsPage.setObjectName(u"NewContactsPage")
        NewContactsPage.resize(900, 480)
        self.page_layout = QVBoxLayout(NewContactsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.intro_label = QLabel(NewContactsPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.filter_label = QLabel(NewContactsPage)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_row.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(NewContactsPage)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_row.addWidget(self.filter_edit)

        self.count_label = QLabel(NewContactsPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setMinimumSize(QSize(120, 0))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filter_row.addWidget(self.count_label)


        self.page_layout.addLayout(self.filter_row)

        self.table_view = QTableView(NewContactsPage)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(True)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.table_view)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.record_button = QPushButton(NewContactsPage)
        self.record_button.setObjectName(u"record_button")

        self.button_row.addWidget(self.record_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.page_layout.addLayout(self.button_row)

        self.filter_label.setBuddy(self.filter_edit)
        QWidget.setTabOrder(self.filter_edit, self.table_view)
        QWidget.setTabOrder(self.table_view, self.record_button)

        self.retranslateUi(NewContactsPage)

        QMetaObject.connectSlotsByName(NewContactsPage)
    # setupUi

    def retranslateUi(self, NewContactsPage):
        self.intro_label.setText(QCoreApplication.translate("NewContactsPage", u"Organisations met on a visit whose interests in the cooperation, or the region's benefits from it, are not yet recorded. Record both for every new contact.", None))
        self.filter_label.setText(QCoreApplication.translate("NewContactsPage", u"&Filter:", None))
        self.record_button.setToolTip(QCoreApplication.translate("NewContactsPage", u"Record what the organisation wants and what the region gains (Enter)", None))
        self.record_button.setText(QCoreApplication.translate("NewContactsPage", u"&Record interests\u2026", None))
        pass
    # retranslateUi

