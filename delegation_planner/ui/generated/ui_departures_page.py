# Generated from forms/departures_page.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QStackedWidget, QTableView, QTextBrowser, QVBoxLayout, QWidget

class Ui_DeparturesPage(object):
    def setupUi(self, DeparturesPage):
        if not DeparturesPage.objectName():
            DeparturesPage.setObjectName(u"DeparturesPage")
        DeparturesPage.resize(1100, 600)
        self.page_layout = QVBoxLayout(DeparturesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.horizon_row = QHBoxLayout()
        self.horizon_row.setObjectName(u"horizon_row")
        self.horizon_label = QLabel(DeparturesPage)
        self.horizon_label.setObjectName(u"horizon_label")

        self.horizon_row.addWidget(self.horizon_label)

        self.horizon_spin = QSpinBox(DeparturesPage)
        self.horizon_spin.setObjectName(u"horizon_spin")
        self.horizon_spin.setMinimum(1)
        self.horizon_spin.setMaximum(730)
        self.horizon_spin.setValue(90)

        self.horizon_row.addWidget(self.horizon_spin)

        self.horizon_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizon_row.addItem(self.horizon_spacer)

        self.count_label = QLabel(DeparturesPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.horizon_row.addWidget(self.count_label)


        self.page_layout.addLayout(self.horizon_row)

        self.departures_splitter = QSplitter(parent=DeparturesPage)
        self.departures_splitter.setObjectName(u"departures_splitter")
        self.departures_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.departures_splitter.setChildrenCollapsible(False)
        self.departures_stack = QStackedWidget(self.departures_splitter)
        self.departures_stack.setObjectName(u"departures_stack")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.departures_stack.sizePolicy().hasHeightForWidth())
        self.departures_stack.setSizePolicy(sizePolicy)
        self.table_view = QTableView()
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setWordWrap(False)
        self.departures_stack.addWidget(self.table_view)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(24)
        self.departures_stack.addWidget(self.empty_label)
        self.departures_splitter.addWidget(self.departures_stack)
        self.detail_browser = QTextBrowser(self.departures_splitter)
        self.detail_browser.setObjectName(u"detail_browser")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.detail_browser.sizePolicy().hasHeightForWidth())
        self.detail_browser.setSizePolicy(sizePolicy1)
        self.detail_browser.setMinimumSize(QSize(220, 0))
        self.detail_browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail_browser.setOpenLinks(False)
        self.departures_splitter.addWidget(self.detail_browser)

        self.page_layout.addWidget(self.departures_splitter)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.open_button = QPushButton(DeparturesPage)
        self.open_button.setObjectName(u"open_button")

        self.button_row.addWidget(self.open_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.language_label = QLabel(DeparturesPage)
        self.language_label.setObjectName(u"language_label")

        self.button_row.addWidget(self.language_label)

        self.language_combo = QComboBox(DeparturesPage)
        self.language_combo.setObjectName(u"language_combo")

        self.button_row.addWidget(self.language_combo)

        self.reference_label = QLabel(DeparturesPage)
        self.reference_label.setObjectName(u"reference_label")

        self.button_row.addWidget(self.reference_label)

        self.reference_edit = QLineEdit(DeparturesPage)
        self.reference_edit.setObjectName(u"reference_edit")
        self.reference_edit.setMinimumSize(QSize(160, 0))

        self.button_row.addWidget(self.reference_edit)

        self.briefing_button = QPushButton(DeparturesPage)
        self.briefing_button.setObjectName(u"briefing_button")

        self.button_row.addWidget(self.briefing_button)


        self.page_layout.addLayout(self.button_row)

        self.page_layout.setStretch(1, 1)
        self.horizon_label.setBuddy(self.horizon_spin)
        self.language_label.setBuddy(self.language_combo)
        self.reference_label.setBuddy(self.reference_edit)
        QWidget.setTabOrder(self.horizon_spin, self.table_view)
        QWidget.setTabOrder(self.table_view, self.open_button)
        QWidget.setTabOrder(self.open_button, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.briefing_button)

        self.retranslateUi(DeparturesPage)

        QMetaObject.connectSlotsByName(DeparturesPage)
    # setupUi

    def retranslateUi(self, DeparturesPage):
        self.horizon_label.setText(QCoreApplication.translate("DeparturesPage", u"Delegations starting in the &next", None))
        self.horizon_spin.setToolTip(QCoreApplication.translate("DeparturesPage", u"How far ahead to look, in days from today", None))
        self.horizon_spin.setSuffix(QCoreApplication.translate("DeparturesPage", u" days", None))
        self.open_button.setToolTip(QCoreApplication.translate("DeparturesPage", u"Open the selected delegation (Enter)", None))
        self.open_button.setText(QCoreApplication.translate("DeparturesPage", u"&Open", None))
        self.language_label.setText(QCoreApplication.translate("DeparturesPage", u"&Language:", None))
        self.reference_label.setText(QCoreApplication.translate("DeparturesPage", u"Re&ference:", None))
        self.briefing_button.setToolTip(QCoreApplication.translate("DeparturesPage", u"Write the pre-trip briefing of the selected delegation as a Word document", None))
        self.briefing_button.setText(QCoreApplication.translate("DeparturesPage", u"&Write briefing\u2026", None))
        pass
    # retranslateUi

