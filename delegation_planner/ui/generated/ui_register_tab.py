# Generated from forms/register_tab.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTableView, QTextBrowser, QVBoxLayout, QWidget

class Ui_RegisterTab(object):
    def setupUi(self, RegisterTab):
        if not RegisterTab.objectName():
            RegisterTab.setObjectName(u"RegisterTab")
        self.delegations_layout = QVBoxLayout(RegisterTab)
        self.delegations_layout.setObjectName(u"delegations_layout")
        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.filter_edit = QLineEdit(RegisterTab)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setMinimumSize(QSize(240, 0))
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_row.addWidget(self.filter_edit)

        self.direction_label = QLabel(RegisterTab)
        self.direction_label.setObjectName(u"direction_label")

        self.filter_row.addWidget(self.direction_label)

        self.direction_combo = QComboBox(RegisterTab)
        self.direction_combo.setObjectName(u"direction_combo")

        self.filter_row.addWidget(self.direction_combo)

        self.year_label = QLabel(RegisterTab)
        self.year_label.setObjectName(u"year_label")

        self.filter_row.addWidget(self.year_label)

        self.year_combo = QComboBox(RegisterTab)
        self.year_combo.setObjectName(u"year_combo")

        self.filter_row.addWidget(self.year_combo)

        self.partner_label = QLabel(RegisterTab)
        self.partner_label.setObjectName(u"partner_label")

        self.filter_row.addWidget(self.partner_label)

        self.partner_combo = QComboBox(RegisterTab)
        self.partner_combo.setObjectName(u"partner_combo")
        self.partner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_row.addWidget(self.partner_combo)

        self.needs_attention_check = QCheckBox(RegisterTab)
        self.needs_attention_check.setObjectName(u"needs_attention_check")

        self.filter_row.addWidget(self.needs_attention_check)


        self.delegations_layout.addLayout(self.filter_row)

        self.register_splitter = QSplitter(parent=RegisterTab)
        self.register_splitter.setObjectName(u"register_splitter")
        self.register_splitter.setChildrenCollapsible(False)
        self.register_stack = QStackedWidget(self.register_splitter)
        self.register_stack.setObjectName(u"register_stack")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.register_stack.sizePolicy().hasHeightForWidth())
        self.register_stack.setSizePolicy(sizePolicy)
        self.table_view = QTableView()
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(True)
        self.table_view.setWordWrap(False)
        self.register_stack.addWidget(self.table_view)
        self.table_view.horizontalHeader().setStretchLastSection(False)
        self.table_view.verticalHeader().setVisible(False)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(24)
        self.register_stack.addWidget(self.empty_label)
        self.register_splitter.addWidget(self.register_stack)
        self.details_browser = QTextBrowser(self.register_splitter)
        self.details_browser.setObjectName(u"details_browser")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.details_browser.sizePolicy().hasHeightForWidth())
        self.details_browser.setSizePolicy(sizePolicy1)
        self.details_browser.setMinimumSize(QSize(200, 0))
        self.details_browser.setOpenLinks(False)
        self.register_splitter.addWidget(self.details_browser)

        self.delegations_layout.addWidget(self.register_splitter)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.new_button = QPushButton(RegisterTab)
        self.new_button.setObjectName(u"new_button")

        self.button_row.addWidget(self.new_button)

        self.open_button = QPushButton(RegisterTab)
        self.open_button.setObjectName(u"open_button")

        self.button_row.addWidget(self.open_button)

        self.delete_button = QPushButton(RegisterTab)
        self.delete_button.setObjectName(u"delete_button")

        self.button_row.addWidget(self.delete_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.count_label = QLabel(RegisterTab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setMinimumSize(QSize(130, 0))

        self.button_row.addWidget(self.count_label)


        self.delegations_layout.addLayout(self.button_row)

        self.delegations_layout.setStretch(1, 1)
        self.direction_label.setBuddy(self.direction_combo)
        self.year_label.setBuddy(self.year_combo)
        self.partner_label.setBuddy(self.partner_combo)
        QWidget.setTabOrder(self.filter_edit, self.direction_combo)
        QWidget.setTabOrder(self.direction_combo, self.year_combo)
        QWidget.setTabOrder(self.year_combo, self.partner_combo)
        QWidget.setTabOrder(self.partner_combo, self.needs_attention_check)
        QWidget.setTabOrder(self.needs_attention_check, self.table_view)
        QWidget.setTabOrder(self.table_view, self.new_button)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.delete_button)

        self.retranslateUi(RegisterTab)

        QMetaObject.connectSlotsByName(RegisterTab)
    # setupUi

    def retranslateUi(self, RegisterTab):
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("RegisterTab", u"Search title, partner, country, participants\u2026", None))
        self.direction_label.setText(QCoreApplication.translate("RegisterTab", u"Dir&ection:", None))
        self.year_label.setText(QCoreApplication.translate("RegisterTab", u"&Year:", None))
        self.partner_label.setText(QCoreApplication.translate("RegisterTab", u"&Partner:", None))
        self.needs_attention_check.setToolTip(QCoreApplication.translate("RegisterTab", u"Only delegations whose GRIP verdict is Fail or Warning", None))
        self.needs_attention_check.setText(QCoreApplication.translate("RegisterTab", u"Needs a&ttention", None))
        self.new_button.setText(QCoreApplication.translate("RegisterTab", u"&New delegation\u2026", None))
        self.open_button.setText(QCoreApplication.translate("RegisterTab", u"&Open", None))
        self.delete_button.setText(QCoreApplication.translate("RegisterTab", u"De&lete\u2026", None))
        pass
    # retranslateUi

