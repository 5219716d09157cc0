# Generated from forms/follow_up_tab.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_FollowUpTab(object):
    def setupUi(self, FollowUpTab):
        if not FollowUpTab.objectName():
            FollowUpTab.setObjectName(u"FollowUpTab")
        self.main_layout = QVBoxLayout(FollowUpTab)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(parent=FollowUpTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.points_panel = QWidget(self.splitter)
        self.points_panel.setObjectName(u"points_panel")
        self.points_layout = QVBoxLayout(self.points_panel)
        self.points_layout.setObjectName(u"points_layout")
        self.points_layout.setContentsMargins(0, 0, 0, 0)
        self.points_heading = QLabel(self.points_panel)
        self.points_heading.setObjectName(u"points_heading")
        self.points_heading.setStyleSheet(u"font-weight: bold;")

        self.points_layout.addWidget(self.points_heading)

        self.points_view = QTableView(self.points_panel)
        self.points_view.setObjectName(u"points_view")
        self.points_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.points_view.setAlternatingRowColors(True)

        self.points_layout.addWidget(self.points_view)

        self.points_problem = QLabel(self.points_panel)
        self.points_problem.setObjectName(u"points_problem")
        self.points_problem.setStyleSheet(u"color: #b00020;")
        self.points_problem.setWordWrap(True)
        self.points_problem.setText(u"")

        self.points_layout.addWidget(self.points_problem)

        self.summary_label = QLabel(self.points_panel)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")

        self.points_layout.addWidget(self.summary_label)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.add_button = QPushButton(self.points_panel)
        self.add_button.setObjectName(u"add_button")

        self.buttons_row.addWidget(self.add_button)

        self.remove_button = QPushButton(self.points_panel)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_row.addWidget(self.remove_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.memo_button = QPushButton(self.points_panel)
        self.memo_button.setObjectName(u"memo_button")

        self.buttons_row.addWidget(self.memo_button)

        self.language_label = QLabel(self.points_panel)
        self.language_label.setObjectName(u"language_label")

        self.buttons_row.addWidget(self.language_label)

        self.language_combo = QComboBox(self.points_panel)
        self.language_combo.setObjectName(u"language_combo")

        self.buttons_row.addWidget(self.language_combo)


        self.points_layout.addLayout(self.buttons_row)

        self.memo_status = QLabel(self.points_panel)
        self.memo_status.setObjectName(u"memo_status")
        self.memo_status.setWordWrap(True)
        self.memo_status.setText(u"")
        self.memo_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.points_layout.addWidget(self.memo_status)

        self.splitter.addWidget(self.points_panel)
        self.lists_panel = QWidget(self.splitter)
        self.lists_panel.setObjectName(u"lists_panel")
        self.lists_layout = QHBoxLayout(self.lists_panel)
        self.lists_layout.setObjectName(u"lists_layout")
        self.lists_layout.setContentsMargins(0, 0, 0, 0)
        self.earlier_box = QGroupBox(self.lists_panel)
        self.earlier_box.setObjectName(u"earlier_box")
        self.earlier_layout = QVBoxLayout(self.earlier_box)
        self.earlier_layout.setObjectName(u"earlier_layout")
        self.earlier_empty = QLabel(self.earlier_box)
        self.earlier_empty.setObjectName(u"earlier_empty")
        self.earlier_empty.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.earlier_empty.setWordWrap(True)
        self.earlier_empty.setText(u"")

        self.earlier_layout.addWidget(self.earlier_empty)

        self.earlier_view = QTableView(self.earlier_box)
        self.earlier_view.setObjectName(u"earlier_view")
        self.earlier_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.earlier_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.earlier_view.setAlternatingRowColors(True)

        self.earlier_layout.addWidget(self.earlier_view)


        self.lists_layout.addWidget(self.earlier_box)

        self.results_box = QGroupBox(self.lists_panel)
        self.results_box.setObjectName(u"results_box")
        self.results_layout = QVBoxLayout(self.results_box)
        self.results_layout.setObjectName(u"results_layout")
        self.results_empty = QLabel(self.results_box)
        self.results_empty.setObjectName(u"results_empty")
        self.results_empty.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.results_empty.setWordWrap(True)
        self.results_empty.setText(u"")

        self.results_layout.addWidget(self.results_empty)

        self.results_view = QTableView(self.results_box)
        self.results_view.setObjectName(u"results_view")
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setAlternatingRowColors(True)

        self.results_layout.addWidget(self.results_view)


        self.lists_layout.addWidget(self.results_box)

        self.splitter.addWidget(self.lists_panel)

        self.main_layout.addWidget(self.splitter)

        self.points_heading.setBuddy(self.points_view)
        self.language_label.setBuddy(self.language_combo)
        QWidget.setTabOrder(self.points_view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.memo_button)
        QWidget.setTabOrder(self.memo_button, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.earlier_view)
        QWidget.setTabOrder(self.earlier_view, self.results_view)

        self.retranslateUi(FollowUpTab)

        QMetaObject.connectSlotsByName(FollowUpTab)
    # setupUi

    def retranslateUi(self, FollowUpTab):
        self.points_heading.setText(QCoreApplication.translate("FollowUpTab", u"&Follow-up points of this visit", None))
        self.add_button.setText(QCoreApplication.translate("FollowUpTab", u"&Add point", None))
        self.add_button.setToolTip(QCoreApplication.translate("FollowUpTab", u"Add a follow-up point, due a month after the visit", None))
        self.remove_button.setText(QCoreApplication.translate("FollowUpTab", u"&Remove", None))
        self.remove_button.setToolTip(QCoreApplication.translate("FollowUpTab", u"Remove the selected points (Del)", None))
        self.memo_button.setText(QCoreApplication.translate("FollowUpTab", u"Write visit &memo\u2026", None))
        self.memo_button.setToolTip(QCoreApplication.translate("FollowUpTab", u"Write the visit memo as a Word document, from the delegation as stored (Ctrl+M)", None))
        self.language_label.setText(QCoreApplication.translate("FollowUpTab", u"in &language", None))
        self.earlier_box.setTitle(QCoreApplication.translate("FollowUpTab", u"Open points from earlier visits to the partner", None))
        self.results_box.setTitle(QCoreApplication.translate("FollowUpTab", u"Results of this delegation", None))
        pass
    # retranslateUi

