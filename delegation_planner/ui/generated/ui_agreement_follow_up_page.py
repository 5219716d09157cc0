# Generated from forms/agreement_follow_up_page.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_AgreementFollowUpPage(object):
    def setupUi(self, AgreementFollowUpPage):
        if not AgreementFollowUpPage.objectName():
            AgreementFollowUpPage.setObjectName(u"AgreementFollowUpPage")
        AgreementFollowUpPage.resize(900, 560)
        self.page_layout = QVBoxLayout(AgreementFollowUpPage)
        self.page_layout.setObjectName(u"page_layout")
        self.year_row = QHBoxLayout()
        self.year_row.setObjectName(u"year_row")
        self.year_label = QLabel(AgreementFollowUpPage)
        self.year_label.setObjectName(u"year_label")

        self.year_row.addWidget(self.year_label)

        self.year_spin = QSpinBox(AgreementFollowUpPage)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(1990)
        self.year_spin.setMaximum(2100)

        self.year_row.addWidget(self.year_spin)

        self.summary_label = QLabel(AgreementFollowUpPage)
        self.summary_label.setObjectName(u"summary_label")

        self.year_row.addWidget(self.summary_label)

        self.year_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.year_row.addItem(self.year_spacer)


        self.page_layout.addLayout(self.year_row)

        self.splitter = QSplitter(parent=AgreementFollowUpPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.visits_group = QGroupBox(self.splitter)
        self.visits_group.setObjectName(u"visits_group")
        self.visits_layout = QVBoxLayout(self.visits_group)
        self.visits_layout.setObjectName(u"visits_layout")
        self.agreements_view = QTableView(self.visits_group)
        self.agreements_view.setObjectName(u"agreements_view")
        self.agreements_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agreements_view.setAlternatingRowColors(True)
        self.agreements_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agreements_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agreements_view.setSortingEnabled(True)
        self.agreements_view.setWordWrap(False)
        self.agreements_view.horizontalHeader().setStretchLastSection(True)
        self.agreements_view.verticalHeader().setVisible(False)

        self.visits_layout.addWidget(self.agreements_view)

        self.agreements_buttons = QHBoxLayout()
        self.agreements_buttons.setObjectName(u"agreements_buttons")
        self.agreement_review_button = QPushButton(self.visits_group)
        self.agreement_review_button.setObjectName(u"agreement_review_button")

        self.agreements_buttons.addWidget(self.agreement_review_button)

        self.agreements_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agreements_buttons.addItem(self.agreements_spacer)


        self.visits_layout.addLayout(self.agreements_buttons)

        self.splitter.addWidget(self.visits_group)
        self.reviews_group = QGroupBox(self.splitter)
        self.reviews_group.setObjectName(u"reviews_group")
        self.reviews_layout = QVBoxLayout(self.reviews_group)
        self.reviews_layout.setObjectName(u"reviews_layout")
        self.reviews_label = QLabel(self.reviews_group)
        self.reviews_label.setObjectName(u"reviews_label")
        self.reviews_label.setWordWrap(True)

        self.reviews_layout.addWidget(self.reviews_label)

        self.reviews_view = QTableView(self.reviews_group)
        self.reviews_view.setObjectName(u"reviews_view")
        self.reviews_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviews_view.setAlternatingRowColors(True)
        self.reviews_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviews_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviews_view.setSortingEnabled(True)
        self.reviews_view.setWordWrap(False)
        self.reviews_view.horizontalHeader().setStretchLastSection(True)
        self.reviews_view.verticalHeader().setVisible(False)

        self.reviews_layout.addWidget(self.reviews_view)

        self.reviews_buttons = QHBoxLayout()
        self.reviews_buttons.setObjectName(u"reviews_buttons")
        self.review_button = QPushButton(self.reviews_group)
        self.review_button.setObjectName(u"review_button")

        self.reviews_buttons.addWidget(self.review_button)

        self.reviews_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviews_buttons.addItem(self.reviews_spacer)


        self.reviews_layout.addLayout(self.reviews_buttons)

        self.splitter.addWidget(self.reviews_group)

        self.page_layout.addWidget(self.splitter)

        self.year_label.setBuddy(self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.agreements_view)
        QWidget.setTabOrder(self.agreements_view, self.agreement_review_button)
        QWidget.setTabOrder(self.agreement_review_button, self.reviews_view)
        QWidget.setTabOrder(self.reviews_view, self.review_button)

        self.retranslateUi(AgreementFollowUpPage)

        QMetaObject.connectSlotsByName(AgreementFollowUpPage)
    # setupUi

    def retranslateUi(self, AgreementFollowUpPage):
        self.year_label.setText(QCoreApplication.translate("AgreementFollowUpPage", u"&Year:", None))
        self.visits_group.setTitle(QCoreApplication.translate("AgreementFollowUpPage", u"Official visits under agreements", None))
        self.agreement_review_button.setToolTip(QCoreApplication.translate("AgreementFollowUpPage", u"Set when the selected agreement is next reviewed", None))
        self.agreement_review_button.setText(QCoreApplication.translate("AgreementFollowUpPage", u"Set &review date\u2026", None))
        self.reviews_group.setTitle(QCoreApplication.translate("AgreementFollowUpPage", u"Reviews due", None))
        self.review_button.setToolTip(QCoreApplication.translate("AgreementFollowUpPage", u"Record the next review date of the selected agreement", None))
        self.review_button.setText(QCoreApplication.translate("AgreementFollowUpPage", u"Set review &date\u2026", None))
        pass
    # retranslateUi

