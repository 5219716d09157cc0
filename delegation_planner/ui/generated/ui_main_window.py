# Generated from forms/main_window.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenuBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QStatusBar, QTabWidget, QTableView, QTextBrowser, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 700)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.tab_widget = QTabWidget(self.central_widget)
        self.tab_widget.setObjectName(u"tab_widget")
        self.tab_widget.setDocumentMode(True)
        self.overview_tab = QWidget()
        self.overview_tab.setObjectName(u"overview_tab")
        self.overview_layout = QVBoxLayout(self.overview_tab)
        self.overview_layout.setObjectName(u"overview_layout")
        self.overview_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.overview_tab, "")
        self.delegations_tab = QWidget()
        self.delegations_tab.setObjectName(u"delegations_tab")
        self.delegations_layout = QVBoxLayout(self.delegations_tab)
        self.delegations_layout.setObjectName(u"delegations_layout")
        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.filter_edit = QLineEdit(self.delegations_tab)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setMinimumSize(QSize(240, 0))
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_row.addWidget(self.filter_edit)

        self.direction_label = QLabel(self.delegations_tab)
        self.direction_label.setObjectName(u"direction_label")

        self.filter_row.addWidget(self.direction_label)

        self.direction_combo = QComboBox(self.delegations_tab)
        self.direction_combo.setObjectName(u"direction_combo")

        self.filter_row.addWidget(self.direction_combo)

        self.year_label = QLabel(self.delegations_tab)
        self.year_label.setObjectName(u"year_label")

        self.filter_row.addWidget(self.year_label)

        self.year_combo = QComboBox(self.delegations_tab)
        self.year_combo.setObjectName(u"year_combo")

        self.filter_row.addWidget(self.year_combo)

        self.partner_label = QLabel(self.delegations_tab)
        self.partner_label.setObjectName(u"partner_label")

        self.filter_row.addWidget(self.partner_label)

        self.partner_combo = QComboBox(self.delegations_tab)
        self.partner_combo.setObjectName(u"partner_combo")
        self.partner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_row.addWidget(self.partner_combo)

        self.needs_attention_check = QCheckBox(self.delegations_tab)
        self.needs_attention_check.setObjectName(u"needs_attention_check")

        self.filter_row.addWidget(self.needs_attention_check)


        self.delegations_layout.addLayout(self.filter_row)

        self.register_splitter = QSplitter(parent=self.delegations_tab)
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
        self.new_button = QPushButton(self.delegations_tab)
        self.new_button.setObjectName(u"new_button")

        self.button_row.addWidget(self.new_button)

        self.open_button = QPushButton(self.delegations_tab)
        self.open_button.setObjectName(u"open_button")

        self.button_row.addWidget(self.open_button)

        self.delete_button = QPushButton(self.delegations_tab)
        self.delete_button.setObjectName(u"delete_button")

        self.button_row.addWidget(self.delete_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.count_label = QLabel(self.delegations_tab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setMinimumSize(QSize(130, 0))

        self.button_row.addWidget(self.count_label)


        self.delegations_layout.addLayout(self.button_row)

        self.delegations_layout.setStretch(1, 1)
        self.tab_widget.addTab(self.delegations_tab, "")
        self.departures_tab = QWidget()
        self.departures_tab.setObjectName(u"departures_tab")
        self.departures_layout = QVBoxLayout(self.departures_tab)
        self.departures_layout.setObjectName(u"departures_layout")
        self.departures_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.departures_tab, "")
        self.follow_up_tab = QWidget()
        self.follow_up_tab.setObjectName(u"follow_up_tab")
        self.follow_up_layout = QVBoxLayout(self.follow_up_tab)
        self.follow_up_layout.setObjectName(u"follow_up_layout")
        self.follow_up_tabs = QTabWidget(self.follow_up_tab)
        self.follow_up_tabs.setObjectName(u"follow_up_tabs")
        self.follow_up_tabs.setDocumentMode(True)
        self.follow_up_points_tab = QWidget()
        self.follow_up_points_tab.setObjectName(u"follow_up_points_tab")
        self.follow_up_points_layout = QVBoxLayout(self.follow_up_points_tab)
        self.follow_up_points_layout.setObjectName(u"follow_up_points_layout")
        self.follow_up_points_layout.setContentsMargins(0, 0, 0, 0)
        self.follow_up_tabs.addTab(self.follow_up_points_tab, "")
        self.results_tab = QWidget()
        self.results_tab.setObjectName(u"results_tab")
        self.results_layout = QVBoxLayout(self.results_tab)
        self.results_layout.setObjectName(u"results_layout")
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        self.follow_up_tabs.addTab(self.results_tab, "")
        self.agreement_visits_tab = QWidget()
        self.agreement_visits_tab.setObjectName(u"agreement_visits_tab")
        self.agreement_visits_layout = QVBoxLayout(self.agreement_visits_tab)
        self.agreement_visits_layout.setObjectName(u"agreement_visits_layout")
        self.agreement_visits_layout.setContentsMargins(0, 0, 0, 0)
        self.follow_up_tabs.addTab(self.agreement_visits_tab, "")
        self.new_contacts_tab = QWidget()
        self.new_contacts_tab.setObjectName(u"new_contacts_tab")
        self.new_contacts_layout = QVBoxLayout(self.new_contacts_tab)
        self.new_contacts_layout.setObjectName(u"new_contacts_layout")
        self.new_contacts_layout.setContentsMargins(0, 0, 0, 0)
        self.follow_up_tabs.addTab(self.new_contacts_tab, "")

        self.follow_up_layout.addWidget(self.follow_up_tabs)

        self.tab_widget.addTab(self.follow_up_tab, "")
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.people_layout = QVBoxLayout(self.people_tab)
        self.people_layout.setObjectName(u"people_layout")
        self.people_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.people_tab, "")
        self.organisations_tab = QWidget()
        self.organisations_tab.setObjectName(u"organisations_tab")
        self.organisations_layout = QVBoxLayout(self.organisations_tab)
        self.organisations_layout.setObjectName(u"organisations_layout")
        self.organisations_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.organisations_tab, "")
        self.agreements_tab = QWidget()
        self.agreements_tab.setObjectName(u"agreements_tab")
        self.agreements_layout = QVBoxLayout(self.agreements_tab)
        self.agreements_layout.setObjectName(u"agreements_layout")
        self.agreements_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.agreements_tab, "")

        self.central_layout.addWidget(self.tab_widget)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)
        self.direction_label.setBuddy(self.direction_combo)
        self.year_label.setBuddy(self.year_combo)
        self.partner_label.setBuddy(self.partner_combo)
        QWidget.setTabOrder(self.tab_widget, self.filter_edit)
        QWidget.setTabOrder(self.filter_edit, self.direction_combo)
        QWidget.setTabOrder(self.direction_combo, self.year_combo)
        QWidget.setTabOrder(self.year_combo, self.partner_combo)
        QWidget.setTabOrder(self.partner_combo, self.needs_attention_check)
        QWidget.setTabOrder(self.needs_attention_check, self.table_view)
        QWidget.setTabOrder(self.table_view, self.new_button)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.delete_button)

        self.retranslateUi(MainWindow)

        self.tab_widget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Delegation Planner", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.overview_tab), QCoreApplication.translate("MainWindow", u"&Overview", None))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search title, partner, country, participants\u2026", None))
        self.direction_label.setText(QCoreApplication.translate("MainWindow", u"Dir&ection:", None))
        self.year_label.setText(QCoreApplication.translate("MainWindow", u"&Year:", None))
        self.partner_label.setText(QCoreApplication.translate("MainWindow", u"&Partner:", None))
        self.needs_attention_check.setToolTip(QCoreApplication.translate("MainWindow", u"Only delegations whose GRIP verdict is Fail or Warning", None))
        self.needs_attention_check.setText(QCoreApplication.translate("MainWindow", u"Needs a&ttention", None))
        self.new_button.setText(QCoreApplication.translate("MainWindow", u"&New delegation\u2026", None))
        self.open_button.setText(QCoreApplication.translate("MainWindow", u"&Open", None))
        self.delete_button.setText(QCoreApplication.translate("MainWindow", u"De&lete\u2026", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.delegations_tab), QCoreApplication.translate("MainWindow", u"&Delegations", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.departures_tab), QCoreApplication.translate("MainWindow", u"&Before departure", None))
        self.follow_up_tabs.setTabText(self.follow_up_tabs.indexOf(self.follow_up_points_tab), QCoreApplication.translate("MainWindow", u"Open &points", None))
        self.follow_up_tabs.setTabText(self.follow_up_tabs.indexOf(self.results_tab), QCoreApplication.translate("MainWindow", u"&Results", None))
        self.follow_up_tabs.setTabText(self.follow_up_tabs.indexOf(self.agreement_visits_tab), QCoreApplication.translate("MainWindow", u"Agreement &visits", None))
        self.follow_up_tabs.setTabText(self.follow_up_tabs.indexOf(self.new_contacts_tab), QCoreApplication.translate("MainWindow", u"New &contacts", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.follow_up_tab), QCoreApplication.translate("MainWindow", u"Follo&w-up", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.people_tab), QCoreApplication.translate("MainWindow", u"&People", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.organisations_tab), QCoreApplication.translate("MainWindow", u"O&rganisations", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.agreements_tab), QCoreApplication.translate("MainWindow", u"A&greements", None))
    # retranslateUi

