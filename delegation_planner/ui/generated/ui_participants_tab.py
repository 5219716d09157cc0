# Generated from forms/participants_tab.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ParticipantsTab(object):
    def setupUi(self, ParticipantsTab):
        if not ParticipantsTab.objectName():
            ParticipantsTab.setObjectName(u"ParticipantsTab")
        self.main_layout = QVBoxLayout(ParticipantsTab)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.participants_view = QTableView(ParticipantsTab)
        self.participants_view.setObjectName(u"participants_view")
        self.participants_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participants_view.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.participants_view)

        self.participants_problem = QLabel(ParticipantsTab)
        self.participants_problem.setObjectName(u"participants_problem")
        self.participants_problem.setStyleSheet(u"color: #b00020;")
        self.participants_problem.setWordWrap(True)
        self.participants_problem.setText(u"")

        self.main_layout.addWidget(self.participants_problem)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.add_button = QPushButton(ParticipantsTab)
        self.add_button.setObjectName(u"add_button")

        self.buttons_row.addWidget(self.add_button)

        self.new_person_button = QPushButton(ParticipantsTab)
        self.new_person_button.setObjectName(u"new_person_button")

        self.buttons_row.addWidget(self.new_person_button)

        self.import_button = QPushButton(ParticipantsTab)
        self.import_button.setObjectName(u"import_button")

        self.buttons_row.addWidget(self.import_button)

        self.remove_button = QPushButton(ParticipantsTab)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_row.addWidget(self.remove_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.politicians_label = QLabel(ParticipantsTab)
        self.politicians_label.setObjectName(u"politicians_label")
        self.politicians_label.setText(u"")

        self.buttons_row.addWidget(self.politicians_label)


        self.main_layout.addLayout(self.buttons_row)

        QWidget.setTabOrder(self.participants_view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.new_person_button)
        QWidget.setTabOrder(self.new_person_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.remove_button)

        self.retranslateUi(ParticipantsTab)

        QMetaObject.connectSlotsByName(ParticipantsTab)
    # setupUi

    def retranslateUi(self, ParticipantsTab):
        self.add_button.setText(QCoreApplication.translate("ParticipantsTab", u"&Add from register\u2026", None))
        self.add_button.setToolTip(QCoreApplication.translate("ParticipantsTab", u"Pick people already in the register", None))
        self.new_person_button.setText(QCoreApplication.translate("ParticipantsTab", u"Ne&w person\u2026", None))
        self.new_person_button.setToolTip(QCoreApplication.translate("ParticipantsTab", u"Add someone who is not in the register yet", None))
        self.import_button.setText(QCoreApplication.translate("ParticipantsTab", u"&Import list\u2026", None))
        self.import_button.setToolTip(QCoreApplication.translate("ParticipantsTab", u"Add everyone on a participant list (CSV or Excel) sent by a partner or a cluster", None))
        self.remove_button.setText(QCoreApplication.translate("ParticipantsTab", u"&Remove", None))
        self.remove_button.setToolTip(QCoreApplication.translate("ParticipantsTab", u"Remove the selected participants (Del)", None))
        pass
    # retranslateUi

