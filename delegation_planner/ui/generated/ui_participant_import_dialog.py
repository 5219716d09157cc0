# Generated from forms/participant_import_dialog.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_ParticipantImportDialog(object):
    def setupUi(self, ParticipantImportDialog):
        if not ParticipantImportDialog.objectName():
            ParticipantImportDialog.setObjectName(u"ParticipantImportDialog")
        ParticipantImportDialog.resize(760, 520)
        self.main_layout = QVBoxLayout(ParticipantImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file_label = QLabel(ParticipantImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.file_row.addWidget(self.file_label)

        self.file_edit = QLineEdit(ParticipantImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_row.addWidget(self.file_edit)

        self.browse_button = QPushButton(ParticipantImportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_row.addWidget(self.browse_button)


        self.main_layout.addLayout(self.file_row)

        self.steps = QStackedWidget(ParticipantImportDialog)
        self.steps.setObjectName(u"steps")
        self.mapping_page = QWidget()
        self.mapping_page.setObjectName(u"mapping_page")
        self.mapping_layout = QHBoxLayout(self.mapping_page)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_group = QGroupBox(self.mapping_page)
        self.mapping_group.setObjectName(u"mapping_group")
        self.mapping_form = QFormLayout(self.mapping_group)
        self.mapping_form.setObjectName(u"mapping_form")
        self.name_label = QLabel(self.mapping_group)
        self.name_label.setObjectName(u"name_label")

        self.mapping_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_column_combo = QComboBox(self.mapping_group)
        self.name_column_combo.setObjectName(u"name_column_combo")

        self.mapping_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_column_combo)

        self.organisation_label = QLabel(self.mapping_group)
        self.organisation_label.setObjectName(u"organisation_label")

        self.mapping_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_column_combo = QComboBox(self.mapping_group)
        self.organisation_column_combo.setObjectName(u"organisation_column_combo")

        self.mapping_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_column_combo)

        self.title_label = QLabel(self.mapping_group)
        self.title_label.setObjectName(u"title_label")

        self.mapping_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_column_combo = QComboBox(self.mapping_group)
        self.title_column_combo.setObjectName(u"title_column_combo")

        self.mapping_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title_column_combo)

        self.email_label = QLabel(self.mapping_group)
        self.email_label.setObjectName(u"email_label")

        self.mapping_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_column_combo = QComboBox(self.mapping_group)
        self.email_column_combo.setObjectName(u"email_column_combo")

        self.mapping_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email_column_combo)

        self.kind_label = QLabel(self.mapping_group)
        self.kind_label.setObjectName(u"kind_label")

        self.mapping_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_column_combo = QComboBox(self.mapping_group)
        self.kind_column_combo.setObjectName(u"kind_column_combo")

        self.mapping_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kind_column_combo)

        self.side_label = QLabel(self.mapping_group)
        self.side_label.setObjectName(u"side_label")

        self.mapping_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.side_label)

        self.side_column_combo = QComboBox(self.mapping_group)
        self.side_column_combo.setObjectName(u"side_column_combo")

        self.mapping_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.side_column_combo)

        self.role_label = QLabel(self.mapping_group)
        self.role_label.setObjectName(u"role_label")

        self.mapping_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_column_combo = QComboBox(self.mapping_group)
        self.role_column_combo.setObjectName(u"role_column_combo")

        self.mapping_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.role_column_combo)


        self.mapping_layout.addWidget(self.mapping_group)

        self.preview_group = QGroupBox(self.mapping_page)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_view = QTableView(self.preview_group)
        self.preview_view.setObjectName(u"preview_view")
        self.preview_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_view.setAlternatingRowColors(True)

        self.preview_layout.addWidget(self.preview_view)

        self.notes_label = QLabel(self.preview_group)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setWordWrap(True)

        self.preview_layout.addWidget(self.notes_label)


        self.mapping_layout.addWidget(self.preview_group)

        self.mapping_layout.setStretch(1, 1)
        self.steps.addWidget(self.mapping_page)
        self.review_page = QWidget()
        self.review_page.setObjectName(u"review_page")
        self.review_layout = QVBoxLayout(self.review_page)
        self.review_layout.setObjectName(u"review_layout")
        self.summary_label = QLabel(self.review_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.review_layout.addWidget(self.summary_label)

        self.review_view = QTableView(self.review_page)
        self.review_view.setObjectName(u"review_view")
        self.review_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.review_view.setAlternatingRowColors(True)
        self.review_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.review_view.horizontalHeader().setStretchLastSection(True)
        self.review_view.verticalHeader().setVisible(False)

        self.review_layout.addWidget(self.review_view)

        self.defaults_form = QFormLayout()
        self.defaults_form.setObjectName(u"defaults_form")
        self.default_side_label = QLabel(self.review_page)
        self.default_side_label.setObjectName(u"default_side_label")

        self.defaults_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.default_side_label)

        self.default_side_combo = QComboBox(self.review_page)
        self.default_side_combo.setObjectName(u"default_side_combo")

        self.defaults_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.default_side_combo)

        self.default_role_label = QLabel(self.review_page)
        self.default_role_label.setObjectName(u"default_role_label")

        self.defaults_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.default_role_label)

        self.default_role_combo = QComboBox(self.review_page)
        self.default_role_combo.setObjectName(u"default_role_combo")

        self.defaults_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.default_role_combo)


        self.review_layout.addLayout(self.defaults_form)

        self.steps.addWidget(self.review_page)

        self.main_layout.addWidget(self.steps)

        self.status_label = QLabel(ParticipantImportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.back_button = QPushButton(ParticipantImportDialog)
        self.back_button.setObjectName(u"back_button")

        self.button_row.addWidget(self.back_button)

        self.next_button = QPushButton(ParticipantImportDialog)
        self.next_button.setObjectName(u"next_button")

        self.button_row.addWidget(self.next_button)

        self.import_button = QPushButton(ParticipantImportDialog)
        self.import_button.setObjectName(u"import_button")

        self.button_row.addWidget(self.import_button)

        self.cancel_button = QPushButton(ParticipantImportDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_row.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_row)

        self.file_label.setBuddy(self.file_edit)
        self.name_label.setBuddy(self.name_column_combo)
        self.organisation_label.setBuddy(self.organisation_column_combo)
        self.title_label.setBuddy(self.title_column_combo)
        self.email_label.setBuddy(self.email_column_combo)
        self.kind_label.setBuddy(self.kind_column_combo)
        self.side_label.setBuddy(self.side_column_combo)
        self.role_label.setBuddy(self.role_column_combo)
        self.default_side_label.setBuddy(self.default_side_combo)
        self.default_role_label.setBuddy(self.default_role_combo)

        self.retranslateUi(ParticipantImportDialog)
        self.cancel_button.clicked.connect(ParticipantImportDialog.reject)

        QMetaObject.connectSlotsByName(ParticipantImportDialog)
    # setupUi

    def retranslateUi(self, ParticipantImportDialog):
        ParticipantImportDialog.setWindowTitle(QCoreApplication.translate("ParticipantImportDialog", u"Import participant list", None))
        self.file_label.setText(QCoreApplication.translate("ParticipantImportDialog", u"&File:", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ParticipantImportDialog", u"A CSV or Excel (.xlsx) file with a header row", None))
        self.browse_button.setText(QCoreApplication.translate("ParticipantImportDialog", u"&Choose file\u2026", None))
        self.mapping_group.setTitle(QCoreApplication.translate("ParticipantImportDialog", u"Which column holds\u2026", None))
        self.name_label.setText(QCoreApplication.translate("ParticipantImportDialog", u"&Name:", None))
        self.organisation_label.setText(QCoreApplication.translate("ParticipantImportDialog", u"&Organisation:", None))
        self.title_label.setText(QCoreApplication.translate("ParticipantImportDialog", u"&Title:", None))
        self.email_label.setText(QCoreApplication.translate("ParticipantImportDialog", u"&E-mail:", None))
        self.kind_label.setText(QCoreApplication.translate("ParticipantImportDialog", u"&Kind:", None))
        self.side_label.setText(QCoreApplication.translate("ParticipantImportDialog", u"Si&de:", None))
        self.role_label.setText(QCoreApplication.translate("ParticipantImportDialog", u"&Role:", None))
        self.preview_group.setTitle(QCoreApplication.translate("ParticipantImportDialog", u"The first rows of the file", None))
        self.default_side_label.setText(QCoreApplication.translate("ParticipantImportDialog", u"Side for &all:", None))
        self.default_side_combo.setToolTip(QCoreApplication.translate("ParticipantImportDialog", u"For the rows whose file gives no side", None))
        self.default_role_label.setText(QCoreApplication.translate("ParticipantImportDialog", u"Role for a&ll:", None))
        self.default_role_combo.setToolTip(QCoreApplication.translate("ParticipantImportDialog", u"For the rows whose file gives no role", None))
        self.back_button.setText(QCoreApplication.translate("ParticipantImportDialog", u"< &Back", None))
        self.next_button.setText(QCoreApplication.translate("ParticipantImportDialog", u"&Review >", None))
        self.import_button.setText(QCoreApplication.translate("ParticipantImportDialog", u"&Import", None))
        self.cancel_button.setText(QCoreApplication.translate("ParticipantImportDialog", u"Cancel", None))
    # retranslateUi

