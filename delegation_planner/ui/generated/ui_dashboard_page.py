# Generated from forms/dashboard_page.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1100, 640)
        self.main_layout = QVBoxLayout(DashboardPage)
        self.main_layout.setObjectName(u"main_layout")
        self.status_label = QLabel(DashboardPage)
        self.status_label.setObjectName(u"status_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)

        self.main_layout.addWidget(self.status_label)

        self.dashboard_splitter = QSplitter(parent=DashboardPage)
        self.dashboard_splitter.setObjectName(u"dashboard_splitter")
        self.dashboard_splitter.setChildrenCollapsible(False)
        self.lists_widget = QWidget(self.dashboard_splitter)
        self.lists_widget.setObjectName(u"lists_widget")
        self.lists_layout = QVBoxLayout(self.lists_widget)
        self.lists_layout.setObjectName(u"lists_layout")
        self.lists_layout.setContentsMargins(0, 0, 0, 0)
        self.upcoming_group = QGroupBox(self.lists_widget)
        self.upcoming_group.setObjectName(u"upcoming_group")
        self.upcoming_layout = QVBoxLayout(self.upcoming_group)
        self.upcoming_layout.setObjectName(u"upcoming_layout")
        self.upcoming_view = QTableView(self.upcoming_group)
        self.upcoming_view.setObjectName(u"upcoming_view")
        self.upcoming_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.upcoming_view.setAlternatingRowColors(True)
        self.upcoming_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.upcoming_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.upcoming_view.setWordWrap(False)
        self.upcoming_view.horizontalHeader().setStretchLastSection(True)
        self.upcoming_view.verticalHeader().setVisible(False)

        self.upcoming_layout.addWidget(self.upcoming_view)


        self.lists_layout.addWidget(self.upcoming_group)

        self.overdue_group = QGroupBox(self.lists_widget)
        self.overdue_group.setObjectName(u"overdue_group")
        self.overdue_layout = QVBoxLayout(self.overdue_group)
        self.overdue_layout.setObjectName(u"overdue_layout")
        self.overdue_view = QTableView(self.overdue_group)
        self.overdue_view.setObjectName(u"overdue_view")
        self.overdue_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.overdue_view.setAlternatingRowColors(True)
        self.overdue_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.overdue_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.overdue_view.setWordWrap(False)
        self.overdue_view.horizontalHeader().setStretchLastSection(True)
        self.overdue_view.verticalHeader().setVisible(False)

        self.overdue_layout.addWidget(self.overdue_view)


        self.lists_layout.addWidget(self.overdue_group)

        self.costs_group = QGroupBox(self.lists_widget)
        self.costs_group.setObjectName(u"costs_group")
        self.costs_layout = QVBoxLayout(self.costs_group)
        self.costs_layout.setObjectName(u"costs_layout")
        self.costs_view = QTableView(self.costs_group)
        self.costs_view.setObjectName(u"costs_view")
        self.costs_view.setMaximumSize(QSize(16777215, 140))
        self.costs_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.costs_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.costs_view.horizontalHeader().setStretchLastSection(True)
        self.costs_view.verticalHeader().setVisible(False)

        self.costs_layout.addWidget(self.costs_view)


        self.lists_layout.addWidget(self.costs_group)

        self.lists_layout.setStretch(0, 3)
        self.lists_layout.setStretch(1, 2)
        self.dashboard_splitter.addWidget(self.lists_widget)
        self.charts_area = QScrollArea(self.dashboard_splitter)
        self.charts_area.setObjectName(u"charts_area")
        self.charts_area.setMinimumSize(QSize(320, 0))
        self.charts_area.setWidgetResizable(True)
        self.charts_widget = QWidget()
        self.charts_widget.setObjectName(u"charts_widget")
        self.charts_layout = QVBoxLayout(self.charts_widget)
        self.charts_layout.setObjectName(u"charts_layout")
        self.month_chart_label = QLabel(self.charts_widget)
        self.month_chart_label.setObjectName(u"month_chart_label")

        self.charts_layout.addWidget(self.month_chart_label)

        self.charts_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.charts_layout.addItem(self.charts_spacer)

        self.charts_area.setWidget(self.charts_widget)
        self.dashboard_splitter.addWidget(self.charts_area)

        self.main_layout.addWidget(self.dashboard_splitter)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.status_label.setText(QCoreApplication.translate("DashboardPage", u"Loading\u2026", None))
        self.upcoming_group.setTitle(QCoreApplication.translate("DashboardPage", u"Next &trips and what they still miss", None))
        self.upcoming_view.setToolTip(QCoreApplication.translate("DashboardPage", u"Double-click or press Enter to open the delegation", None))
        self.overdue_group.setTitle(QCoreApplication.translate("DashboardPage", u"O&verdue follow-up points", None))
        self.overdue_view.setToolTip(QCoreApplication.translate("DashboardPage", u"Double-click or press Enter to open the delegation", None))
        self.costs_group.setTitle(QCoreApplication.translate("DashboardPage", u"Costs this &year against plan", None))
        pass
    # retranslateUi

