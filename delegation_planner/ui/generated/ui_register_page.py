# Generated from forms/register_page.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_RegisterPage(object):
    def setupUi(self, RegisterPage):
        if not RegisterPage.objectName():
            RegisterPage.setObjectName(u"RegisterPage")
        RegisterPage.resize(760, 480)
        self.page_layout = QVBoxLayout(RegisterPage)
        self.page_layout.setObjectName(u"page_layout")
        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.filter_label = QLabel(RegisterPage)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_row.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(RegisterPage)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_row.addWidget(self.filter_edit)

        self.count_label = QLabel(RegisterPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setMinimumSize(QSize(120, 0))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filter_row.addWidget(self.count_label)


        self.page_layout.addLayout(self.filter_row)

        self.table_view = QTableView(RegisterPage)
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
        self.new_button = QPushButton(RegisterPage)
        self.new_button.setObjectName(u"new_button")

        self.button_row.addWidget(self.new_button)

        self.edit_button = QPushButton(RegisterPage)
        self.edit_button.setObjectName(u"edit_button")

        self.button_row.addWidget(self.edit_button)

        self.delete_button = QPushButton(RegisterPage)
        self.delete_button.setObjectName(u"delete_button")

        self.button_row.addWidget(self.delete_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.page_layout.addLayout(self.button_row)

        self.filter_label.setBuddy(self.filter_edit)
        QWidget.setTabOrder(self.filter_edit, self.table_view)
        QWidget.setTabOrder(self.table_view, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)

        self.retranslateUi(RegisterPage)

        QMetaObject.connectSlotsByName(RegisterPage)
    # setupUi

    def retranslateUi(self, RegisterPage):
        self.filter_label.setText(QCoreApplication.translate("RegisterPage", u"&Filter:", None))
        self.new_button.setToolTip(QCoreApplication.translate("RegisterPage", u"Add a new record (Ctrl+N)", None))
        self.new_button.setText(QCoreApplication.translate("RegisterPage", u"New\u2026", None))
        self.edit_button.setToolTip(QCoreApplication.translate("RegisterPage", u"Open the selected record (Enter)", None))
        self.edit_button.setText(QCoreApplication.translate("RegisterPage", u"Edit\u2026", None))
        self.delete_button.setToolTip(QCoreApplication.translate("RegisterPage", u"Delete the selected record (Del)", None))
        self.delete_button.setText(QCoreApplication.translate("RegisterPage", u"Delete", None))
        pass
    # retranslateUi

