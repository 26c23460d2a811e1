"""One person's record: photos, details (editable as a new version), documents, household, history.

Everything is loaded in one piece of work on the database lane (photos decoded to small
images there); saving an edit validates and stores on the lane too. User data is always set
as plain text, never as rich text. A supervisor can also export everything held about the
person (a zip or a folder) and erase the person, after typing their registration id.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.domain.model import MAX_NAME_LENGTH, Relationship, Sex
from registrar.errors import ErrorCode, KnownError
from registrar.services.people import ErasureReason
from ui.candidates import thumbnail
from ui.messages import describe
from ui.people_page import birth_words, sex_words, state_words, when_words

if TYPE_CHECKING:
    from registrar.domain.model import AuditEntry, Document, Person, PersonDetails, PersonRecord
    from registrar.storage.people import PersonVersion
    from registrar.storage.vault import Vault
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")

HEADER_PHOTO_HEIGHT = 140
HEADER_PHOTO_WIDTH = HEADER_PHOTO_HEIGHT * 3 // 4
PHOTO_HEIGHT = 180
PAGE_HEIGHT = 140


def _tr(text: str) -> str:
    return QCoreApplication.translate("person_detail", text)


@dataclass(frozen=True, slots=True, eq=False)
class PersonView:
    """What the detail view shows, gathered on the database lane."""

    record: PersonRecord
    versions: tuple[PersonVersion, ...]
    trail: tuple[AuditEntry, ...]
    household: tuple[Person, ...]  # the other members
    photos: tuple[QImage, ...]  # every face photo, scaled
    pages: tuple[tuple[QImage, ...], ...]  # each document's pages, scaled


def load_person_view(person_id: str) -> Callable[[Vault], PersonView]:
    def work(vault: Vault) -> PersonView:
        from registrar.services.people import PeopleService

        people = PeopleService(vault)
        record = people.get(person_id)
        household_id = record.person.details.household_id
        members = people.household_members(household_id) if household_id else []
        return PersonView(
            record=record,
            versions=tuple(people.version_history(person_id)),
            trail=tuple(people.audit_trail(person_id)),
            household=tuple(m for m in members if m.id != person_id),
            photos=tuple(thumbnail(p.jpeg, PHOTO_HEIGHT) for p in record.photos),
            pages=tuple(
                tuple(thumbnail(page.image, PAGE_HEIGHT) for page in d.pages)
                for d in record.documents
            ),
        )

    return work


@dataclass(frozen=True, slots=True)
class DetailChanges:
    """The personal details an operator may edit here, as typed."""

    given_name: str
    family_name: str
    other_names: str
    sex: Sex
    birth_date: dt.date | None
    birth_year: int | None
    phone: str | None


def _save(
    person_id: str, version: int, seen: PersonDetails, changes: DetailChanges
) -> Callable[[Vault], Person]:
    def work(vault: Vault) -> Person:
        from registrar.services.people import PeopleService

        # Built here, not on the UI thread: validating a country may read pycountry's tables.
        details = replace(
            seen,
            given_name=changes.given_name,
            family_name=changes.family_name,
            other_names=changes.other_names,
            sex=changes.sex,
            birth_date=changes.birth_date,
            birth_year=changes.birth_year,
            birth_estimated=changes.birth_year is not None,
            phone=changes.phone,
        )
        return PeopleService(vault).update(person_id, details, expected_version=version)

    return work


def _export(person_id: str, destination: Path, as_zip: bool) -> Callable[[Vault], Path]:
    def work(vault: Vault) -> Path:
        from registrar.services.person_export import export_person

        return export_person(vault, person_id, destination, as_zip=as_zip)

    return work


def _erase(session: UiSession, person_id: str, reason: ErasureReason) -> Callable[[Vault], None]:
    def work(vault: Vault) -> None:
        from registrar.services.people import PeopleService

        # Read on the lane, where the face service is set: the erased person's templates
        # leave the in-memory galleries too, so no face search offers them again.
        faces = session.faces
        PeopleService(vault, faces.galleries if faces is not None else None).erase(
            person_id, reason
        )

    return work


def ask_for_export_folder(parent: QWidget) -> Path | None:
    """The folder (a USB stick, usually) to write an export into; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent, _tr("Choose where to save the copy"), str(Path.home())
    )
    return Path(chosen) if chosen else None


def erasure_reason_words(reason: ErasureReason) -> str:
    return {
        ErasureReason.PERSON_REQUEST: _tr("The person asked for their record to be erased"),
        ErasureReason.REGISTERED_IN_ERROR: _tr(
            "Registered in error (a test, or the same person twice)"
        ),
        ErasureReason.LEGAL_ORDER: _tr("A court or another legal order"),
        ErasureReason.RETENTION_EXPIRED: _tr("The time this record may be kept has ended"),
    }[reason]


def relationship_words(relationship: Relationship | None) -> str:
    if relationship is None:
        return _tr("relationship not recorded")
    return {
        Relationship.HEAD: _tr("head of household"),
        Relationship.SPOUSE: _tr("spouse"),
        Relationship.CHILD: _tr("child"),
        Relationship.PARENT: _tr("parent"),
        Relationship.SIBLING: _tr("brother or sister"),
        Relationship.GRANDCHILD: _tr("grandchild"),
        Relationship.GRANDPARENT: _tr("grandparent"),
        Relationship.OTHER_RELATIVE: _tr("other relative"),
        Relationship.NON_RELATIVE: _tr("not related"),
    }[relationship]


def document_type_words(doc_type: str) -> str:
    known = {
        "passport": _tr("Passport"),
        "national_id": _tr("National identity card"),
        "birth_certificate": _tr("Birth certificate"),
        "residence_permit": _tr("Residence permit"),
        "travel_document": _tr("Travel document"),
        "refugee_certificate": _tr("Refugee certificate"),
    }
    return known.get(doc_type, doc_type.replace("_", " ").capitalize())


_FIELD_WORDS = {
    "given_name": lambda: _tr("given name"),
    "family_name": lambda: _tr("family name"),
    "other_names": lambda: _tr("other names"),
    "sex": lambda: _tr("sex"),
    "birth_date": lambda: _tr("birth"),
    "birth_year": lambda: _tr("birth"),
    "birth_estimated": lambda: _tr("birth"),
    "nationality": lambda: _tr("nationality"),
    "languages": lambda: _tr("languages"),
    "phone": lambda: _tr("phone"),
    "specific_needs": lambda: _tr("specific needs"),
    "household_id": lambda: _tr("household"),
    "relationship": lambda: _tr("household"),
}


def changed_fields(before: PersonDetails, after: PersonDetails) -> list[str]:
    """The names, in words, of what differs between two versions."""
    a, b = before.to_json(), after.to_json()
    words: dict[str, None] = {}
    for key, value in b.items():
        if a.get(key) != value:
            words[_FIELD_WORDS.get(key, lambda k=key: k)()] = None
    return list(words)


def _action_words(action: str) -> str:
    return {
        "person.created": _tr("Registered"),
        "person.updated": _tr("Details changed"),
        "person.state_changed": _tr("Record state changed"),
        "face.enrolled": _tr("Face photo added and searched"),
    }.get(action, action)


def _plain(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def _image_label(image: QImage, height: int, object_name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(accessible)
    if image.isNull():
        label.setText(_tr("No photo"))
        label.setFrameShape(QFrame.Shape.Box)
        label.setMinimumSize(height * 3 // 4, height)
    else:
        label.setPixmap(QPixmap.fromImage(image))
    return label


def _portrait(image: QImage) -> QImage:
    """The middle of a photo, filling the header's fixed portrait box (whatever its shape)."""
    box = QSize(HEADER_PHOTO_WIDTH, HEADER_PHOTO_HEIGHT)
    scaled = image.scaled(
        box,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    x = (scaled.width() - box.width()) // 2
    y = (scaled.height() - box.height()) // 2
    return scaled.copy(x, y, box.width(), box.height())


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.deleteLater()
        elif inner is not None:
            _clear(inner)


def _scrolling(inner: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    return scroll


class PersonDetailDialog(QDialog):
    """A person's record. Edit makes a new version (with an audit entry); Esc closes."""

    person_changed = Signal(str)  # person id: a new version was saved
    person_erased = Signal(str)  # person id: a supervisor erased the person

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDetail")
        self.setWindowTitle(self.tr("Person record"))
        self._session: UiSession | None = None
        self._generation = 0
        self.view: PersonView | None = None
        self.person_id: str | None = None
        self._saving = False
        self._busy = False  # an export or an erasure is running
        # Injected by tests; the app asks with a folder dialog.
        self.choose_export_folder: Callable[[QWidget], Path | None] = ask_for_export_folder
        self.export_dialog: PersonExportDialog | None = None
        self.erase_dialog: PersonEraseDialog | None = None

        self.photo_label = QLabel()
        self.photo_label.setObjectName("detailPhoto")
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFixedSize(HEADER_PHOTO_WIDTH, HEADER_PHOTO_HEIGHT)
        self.name_label = _plain(object_name="detailName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.id_label = _plain(object_name="detailRegistrationId")
        self.facts_label = _plain(object_name="detailFacts")
        self.message_label = _plain(object_name="detailMessage")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        header_text = QVBoxLayout()
        header_text.addWidget(self.name_label)
        header_text.addWidget(self.id_label)
        header_text.addWidget(self.facts_label)
        header_text.addWidget(self.message_label)
        header_text.addStretch()
        header = QHBoxLayout()
        header.addWidget(self.photo_label)
        header.addLayout(header_text, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self._build_details(), self.tr("&Details"))
        self.photos_box = QWidget()
        self.photos_row = QHBoxLayout(self.photos_box)
        self.tabs.addTab(_scrolling(self.photos_box), self.tr("Photos"))
        self.documents_box = QWidget()
        self.documents_list = QVBoxLayout(self.documents_box)
        self.tabs.addTab(_scrolling(self.documents_box), self.tr("Documents"))
        self.tabs.addTab(self._build_household(), self.tr("Household"))
        self.history_list = QTreeWidget()
        self.history_list.setObjectName("historyList")
        self.history_list.setAccessibleName(self.tr("History of this record"))
        self.history_list.setRootIsDecorated(False)
        self.history_list.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.history_list.setColumnWidth(0, 150)
        self.history_list.setColumnWidth(1, 110)
        self.tabs.addTab(self.history_list, self.tr("History"))

        self.edit_button = QPushButton(self.tr("&Edit details"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.setAutoDefault(False)
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        # Supervisors only: shown by bind() (the core refuses officers as well).
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(
            self.tr("Save a copy of everything held about this person, for them")
        )
        self.erase_button = QPushButton(self.tr("E&rase…"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setToolTip(self.tr("Remove this person from the vault for good"))
        for button in (self.export_button, self.erase_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
            button.setVisible(False)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeDetailButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(860, 680)

    # building --------------------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        self.details_stack = QStackedWidget()
        self.details_stack.setObjectName("detailsStack")
        view = QWidget()
        form = QFormLayout(view)
        self.values: dict[str, QLabel] = {}
        rows = [
            ("given_name", self.tr("Given name")),
            ("family_name", self.tr("Family name")),
            ("other_names", self.tr("Other names")),
            ("sex", self.tr("Sex")),
            ("birth", self.tr("Born")),
            ("nationality", self.tr("Nationality")),
            ("languages", self.tr("Languages")),
            ("phone", self.tr("Phone")),
            ("specific_needs", self.tr("Specific needs")),
            ("registered", self.tr("Registered")),
        ]
        for key, title in rows:
            value = _plain(object_name=f"value_{key}")
            value.setAccessibleName(title)
            form.addRow(title + ":", value)
            self.values[key] = value
        self.details_stack.addWidget(_scrolling(view))
        self.details_stack.addWidget(self._build_editor())
        return self.details_stack

    def _build_editor(self) -> QWidget:
        editor = QWidget()
        form = QFormLayout(editor)
        self.given_edit = QLineEdit()
        self.given_edit.setObjectName("editGivenName")
        self.family_edit = QLineEdit()
        self.family_edit.setObjectName("editFamilyName")
        self.other_edit = QLineEdit()
        self.other_edit.setObjectName("editOtherNames")
        for edit in (self.given_edit, self.family_edit, self.other_edit):
            edit.setMaxLength(MAX_NAME_LENGTH)
        self.sex_combo = QComboBox()
        self.sex_combo.setObjectName("editSex")
        for sex in Sex:
            self.sex_combo.addItem(sex_words(sex), sex)
        self.birth_kind = QComboBox()
        self.birth_kind.setObjectName("editBirthKind")
        self.birth_kind.addItem(self.tr("Date of birth known"), "date")
        self.birth_kind.addItem(self.tr("Year of birth estimated"), "year")
        self.birth_kind.addItem(self.tr("Not known"), "none")
        self.birth_date_edit = QLineEdit()
        self.birth_date_edit.setObjectName("editBirthDate")
        self.birth_date_edit.setPlaceholderText(self.tr("year-month-day, e.g. 1990-04-21"))
        self.birth_year_spin = QSpinBox()
        self.birth_year_spin.setObjectName("editBirthYear")
        this_year = dt.date.today().year
        self.birth_year_spin.setRange(this_year - 130, this_year)
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("editPhone")
        self.edit_error = _plain(object_name="editError")
        self.edit_error.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.save_button = QPushButton(self.tr("&Save as a new version"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_edit_button = QPushButton(self.tr("&Cancel"))
        self.cancel_edit_button.setObjectName("cancelEditButton")
        self.cancel_edit_button.setAutoDefault(False)
        self.cancel_edit_button.clicked.connect(self._on_cancel_edit_button_clicked)
        self.birth_kind.currentIndexChanged.connect(self._on_birth_kind_current_index_changed)

        def labelled(text: str, widget: QWidget) -> None:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        labelled(self.tr("&Given name:"), self.given_edit)
        labelled(self.tr("&Family name:"), self.family_edit)
        labelled(self.tr("&Other names:"), self.other_edit)
        labelled(self.tr("Se&x:"), self.sex_combo)
        labelled(self.tr("&Birth:"), self.birth_kind)
        labelled(self.tr("Date of birth:"), self.birth_date_edit)
        labelled(self.tr("Year of birth:"), self.birth_year_spin)
        labelled(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.edit_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_edit_button)
        buttons.addStretch()
        form.addRow(buttons)
        return _scrolling(editor)

    def _build_household(self) -> QWidget:
        box = QWidget()
        self.household_label = _plain(object_name="householdLabel")
        self.household_list = QListWidget()
        self.household_list.setObjectName("householdList")
        self.household_list.setAccessibleName(self.tr("Other members of the household"))
        self.household_list.itemActivated.connect(self._on_household_list_item_activated)
        hint = QLabel(self.tr("Enter or double-click opens a member's record."))
        layout = QVBoxLayout(box)
        layout.addWidget(self.household_label)
        layout.addWidget(self.household_list, 1)
        layout.addWidget(hint)
        return box

    # the session and loading -------------------------------------------------------------------

    def bind(self, session: UiSession) -> None:
        self._session = session
        for button in (self.export_button, self.erase_button):
            button.setVisible(session.is_supervisor)
        self._update_rights_buttons()

    def load(self, person_id: str, *, notice: str = "") -> None:
        """Show a person, then ``notice`` (the answer of an older load is ignored)."""
        if self._session is None:
            return
        self._generation += 1
        generation = self._generation
        self.person_id = person_id
        self._leave_edit_mode()
        self.edit_button.setEnabled(False)
        self._update_rights_buttons()
        self.message_label.setText(self.tr("Loading…"))
        self._session.run(
            load_person_view(person_id),
            lambda view: self._on_loaded(generation, view, notice),
            lambda error: self._on_load_failed(generation, error),
        )

    def _on_loaded(self, generation: int, view: PersonView, notice: str) -> None:
        if generation != self._generation:
            return
        self.view = view
        self.tabs.setEnabled(True)
        self._show(view)
        self.message_label.setText(notice)
        self.edit_button.setEnabled(True)
        self._update_rights_buttons()

    def _on_load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, KnownError) and error.code is ErrorCode.PERSON_NOT_FOUND:
            text = self.tr("This person is no longer in the vault.")
        else:
            if not isinstance(error, KnownError):
                log.error("loading a person failed", exc_info=error)
            text = describe(error)
        self.message_label.setText("\u26a0 " + text)

    # showing ---------------------------------------------------------------------------------

    def _show(self, view: PersonView) -> None:
        person = view.record.person
        d = person.details
        self.name_label.setText(" ".join(p for p in (d.given_name, d.family_name) if p))
        self.id_label.setText(self.tr("Registration id: {rid}").format(rid=person.registration_id))
        self.facts_label.setText(
            self.tr("{state} · version {version} · last change {when} by {who}").format(
                state=state_words(person.state),
                version=person.version,
                when=when_words(person.updated_at),
                who=person.updated_by,
            )
        )
        first = view.photos[0] if view.photos else QImage()
        if first.isNull():
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo"))
            self.photo_label.setFrameShape(QFrame.Shape.Box)
        else:
            self.photo_label.setFrameShape(QFrame.Shape.NoFrame)
            self.photo_label.setPixmap(QPixmap.fromImage(_portrait(first)))
        self.photo_label.setAccessibleName(self.tr("Face photo"))
        none = self.tr("not recorded")
        values = {
            "given_name": d.given_name or none,
            "family_name": d.family_name or none,
            "other_names": d.other_names or none,
            "sex": sex_words(d.sex),
            "birth": birth_words(d.birth_date, d.birth_year),
            "nationality": d.nationality or none,
            "languages": ", ".join(d.languages) or none,
            "phone": d.phone or none,
            "specific_needs": ", ".join(d.specific_needs) or none,
            "registered": self.tr("{when} by {who}").format(
                when=when_words(person.created_at), who=person.created_by
            ),
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self._show_photos(view)
        self._show_documents(view)
        self._show_household(view)
        self._show_history(view)
        self.tabs.setTabText(1, self.tr("Photos ({n})").format(n=len(view.photos)))
        self.tabs.setTabText(2, self.tr("Documents ({n})").format(n=len(view.record.documents)))
        self.tabs.setTabText(3, self.tr("Household ({n})").format(n=len(view.household)))
        self.tabs.setTabText(
            4, self.tr("History ({n})").format(n=self.history_list.topLevelItemCount())
        )

    def _show_photos(self, view: PersonView) -> None:
        _clear(self.photos_row)
        if not view.photos:
            self.photos_row.addWidget(_plain(self.tr("No face photo recorded.")))
        for n, (image, photo) in enumerate(zip(view.photos, view.record.photos, strict=True), 1):
            card = QVBoxLayout()
            card.addWidget(
                _image_label(
                    image, PHOTO_HEIGHT, "facePhoto", self.tr("Face photo {n}").format(n=n)
                )
            )
            taken = photo.captured_at
            card.addWidget(
                _plain(self.tr("Taken {when}").format(when=when_words(taken)) if taken else "")
            )
            card.addStretch()
            self.photos_row.addLayout(card)
        self.photos_row.addStretch()

    def _show_documents(self, view: PersonView) -> None:
        _clear(self.documents_list)
        documents = view.record.documents
        if not documents:
            self.documents_list.addWidget(_plain(self.tr("No document recorded.")))
        for document, pages in zip(documents, view.pages, strict=True):
            self.documents_list.addWidget(self._document_card(document, pages))
        self.documents_list.addStretch()

    def _document_card(self, document: Document, pages: Sequence[QImage]) -> QFrame:
        card = QFrame()
        card.setObjectName("documentCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        title = _plain(document_type_words(document.doc_type))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        facts = [self.tr("Number: {number}").format(number=document.number)]
        if document.issuing_country:
            facts.append(self.tr("Issued by: {country}").format(country=document.issuing_country))
        if document.expiry:
            expiry = document.expiry.isoformat()
            if document.expiry < dt.date.today():
                facts.append(self.tr("Expired on {date}").format(date=expiry))
            else:
                facts.append(self.tr("Valid until {date}").format(date=expiry))
        layout.addWidget(_plain("\n".join(facts), "documentFacts"))
        row = QHBoxLayout()
        for n, page in enumerate(pages, 1):
            row.addWidget(
                _image_label(page, PAGE_HEIGHT, "documentPage", self.tr("Page {n}").format(n=n))
            )
        row.addStretch()
        layout.addLayout(row)
        return card

    def _show_household(self, view: PersonView) -> None:
        d = view.record.person.details
        self.household_list.clear()
        if d.household_id is None:
            self.household_label.setText(self.tr("Not recorded in a household."))
            return
        self.household_label.setText(
            self.tr("This person: {relationship}. Other members: {n}.").format(
                relationship=relationship_words(d.relationship), n=len(view.household)
            )
        )
        for member in view.household:
            md = member.details
            name = " ".join(p for p in (md.given_name, md.family_name) if p)
            item = QListWidgetItem(
                self.tr("{name} — {relationship} — {rid}").format(
                    name=name,
                    relationship=relationship_words(md.relationship),
                    rid=member.registration_id,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.household_list.addItem(item)

    def _show_history(self, view: PersonView) -> None:
        self.history_list.clear()
        entries: list[tuple[dt.datetime, str, str]] = []
        previous: PersonDetails | None = None
        for version in view.versions:
            if previous is None:
                what = self.tr("Version {n}: registered").format(n=version.version)
            else:
                fields = changed_fields(previous, version.details)
                what = self.tr("Version {n}: changed {fields}").format(
                    n=version.version,
                    fields=", ".join(fields) if fields else self.tr("nothing in the details"),
                )
            entries.append((version.created_at, version.created_by, what))
            previous = version.details
        for entry in view.trail:
            # Creations and edits are already shown as versions.
            if entry.action not in ("person.created", "person.updated"):
                entries.append((entry.at, entry.operator, _action_words(entry.action)))
        # Newest first; at the same moment, later versions before earlier ones.
        order = sorted(range(len(entries)), key=lambda i: (entries[i][0], i), reverse=True)
        for at, who, what in (entries[i] for i in order):
            self.history_list.addTopLevelItem(QTreeWidgetItem([when_words(at), who, what]))

    def _on_household_list_item_activated(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(person_id, str):
            self.load(person_id)

    # editing ---------------------------------------------------------------------------------

    @property
    def editing(self) -> bool:
        return self.details_stack.currentIndex() == 1

    def _on_edit_button_clicked(self) -> None:
        if self.view is None:
            return
        d = self.view.record.person.details
        self.given_edit.setText(d.given_name)
        self.family_edit.setText(d.family_name)
        self.other_edit.setText(d.other_names)
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(d.sex)))
        kind = "date" if d.birth_date else "year" if d.birth_year else "none"
        self.birth_kind.setCurrentIndex(self.birth_kind.findData(kind))
        self.birth_date_edit.setText(d.birth_date.isoformat() if d.birth_date else "")
        self.birth_year_spin.setValue(d.birth_year or self.birth_year_spin.maximum() - 30)
        self._on_birth_kind_current_index_changed()
        self.phone_edit.setText(d.phone or "")
        self.edit_error.clear()
        self.tabs.setCurrentIndex(0)
        self.details_stack.setCurrentIndex(1)
        self.edit_button.setEnabled(False)
        self._update_rights_buttons()
        self.save_button.setDefault(True)  # Enter in a field saves
        self.given_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_birth_kind_current_index_changed(self, _index: int = 0) -> None:
        kind = self.birth_kind.currentData()
        self.birth_date_edit.setEnabled(kind == "date")
        self.birth_year_spin.setEnabled(kind == "year")

    def _leave_edit_mode(self) -> None:
        self.details_stack.setCurrentIndex(0)
        self.save_button.setDefault(False)
        self.edit_error.clear()
        self._saving = False
        self.save_button.setEnabled(True)
        self.edit_button.setEnabled(self.view is not None)
        self._update_rights_buttons()

    def _on_cancel_edit_button_clicked(self) -> None:
        self._leave_edit_mode()
        self.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        # Esc while editing leaves the editor; Esc again closes the record.
        if self.editing:
            self._on_cancel_edit_button_clicked()
        else:
            super().reject()

    def _changes(self) -> DetailChanges | None:
        """The typed values, or None after saying in words what is wrong."""
        given = " ".join(self.given_edit.text().split())
        family = " ".join(self.family_edit.text().split())
        if not (given or family):
            self._refuse(self.given_edit, self.tr("Give a given name or a family name."))
            return None
        birth_date: dt.date | None = None
        birth_year: int | None = None
        kind = self.birth_kind.currentData()
        if kind == "date":
            try:
                birth_date = dt.date.fromisoformat(self.birth_date_edit.text().strip())
            except ValueError:
                self._refuse(
                    self.birth_date_edit,
                    self.tr("Write the date of birth as year-month-day, for example 1990-04-21."),
                )
                return None
        elif kind == "year":
            birth_year = self.birth_year_spin.value()
        phone = self.phone_edit.text().strip() or None
        sex = self.sex_combo.currentData()
        return DetailChanges(
            given,
            family,
            " ".join(self.other_edit.text().split()),
            sex if isinstance(sex, Sex) else Sex(sex),
            birth_date,
            birth_year,
            phone,
        )

    def _refuse(self, widget: QWidget, text: str) -> None:
        self.edit_error.setText("\u26a0 " + text)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_save_button_clicked(self) -> None:
        view, session = self.view, self._session
        if view is None or session is None or self._saving or not self.editing:
            return
        changes = self._changes()
        if changes is None:
            return
        person = view.record.person
        self._saving = True
        self.save_button.setEnabled(False)
        self.edit_error.setText(self.tr("Saving…"))
        generation = self._generation
        session.run(
            _save(person.id, person.version, person.details, changes),
            lambda saved: self._on_saved(generation, saved),
            lambda error: self._on_save_failed(generation, error),
        )

    def _on_saved(self, generation: int, saved: Person) -> None:
        if generation != self._generation:
            return
        self._leave_edit_mode()
        self.load(saved.id, notice=self.tr("Saved as version {n}.").format(n=saved.version))
        self.person_changed.emit(saved.id)

    def _on_save_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, KnownError) and error.code is ErrorCode.VERSION_CONFLICT:
            self._leave_edit_mode()
            if self.person_id is not None:
                notice = self.tr(
                    "This person was changed meanwhile — reloaded. Look at the record and "
                    "make your change again if it is still needed."
                )
                self.load(self.person_id, notice="\u26a0 " + notice)
            return
        if isinstance(error, KnownError) and error.code is ErrorCode.INVALID_FIELD:
            widget, text = self._field_problem(str(error.details.get("field", "")), error)
            self._refuse(widget, text)
            return
        if not isinstance(error, KnownError):
            log.error("saving a person failed", exc_info=error)
        self.edit_error.setText("\u26a0 " + describe(error))

    def _field_problem(self, field: str, error: KnownError) -> tuple[QWidget, str]:
        names = {
            "given_name": (self.given_edit, self.tr("given name")),
            "family_name": (self.family_edit, self.tr("family name")),
            "other_names": (self.other_edit, self.tr("other names")),
        }
        if field in names:
            widget, name = names[field]
            return widget, self.tr(
                "Check the {name}: at most {n} characters and no control characters."
            ).format(name=name, n=MAX_NAME_LENGTH)
        if field == "birth_date":
            return self.birth_date_edit, self.tr(
                "The date of birth is in the future or more than 130 years ago."
            )
        if field == "birth_year":
            return self.birth_year_spin, self.tr(
                "The year of birth is in the future or more than 130 years ago."
            )
        if field == "phone":
            return self.phone_edit, self.tr(
                "A phone number may hold only digits, spaces, + ( ) and -."
            )
        return self.given_edit, describe(error)

    # people's rights: export and erasure (supervisors) ------------------------------------------

    def _shown_view(self) -> PersonView | None:
        """The view on screen, if it is of the person being shown (not an older one)."""
        view = self.view
        if view is None or view.record.person.id != self.person_id:
            return None
        return view

    def _update_rights_buttons(self) -> None:
        ready = self._shown_view() is not None and not self._busy and not self.editing
        for button in (self.export_button, self.erase_button):
            button.setEnabled(ready and button.isVisibleTo(self))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.edit_button.setEnabled(not busy and self._shown_view() is not None)
        self._update_rights_buttons()

    def _on_export_button_clicked(self) -> None:
        view = self._shown_view()
        if view is None or self._busy:
            return
        person = view.record.person
        dialog = PersonExportDialog(_full_name(person.details), person.registration_id, self)
        dialog.accepted.connect(lambda: self._on_export_dialog_accepted(person.id, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    def _on_export_dialog_accepted(self, person_id: str, dialog: PersonExportDialog) -> None:
        if self.export_dialog is dialog:
            self.export_dialog = None
        session = self._session
        as_zip = dialog.as_zip  # read now: the dialog is deleted once the event loop runs
        if session is None or self._busy:
            return
        destination = self.choose_export_folder(self)
        if destination is None:
            return
        self._set_busy(True)
        self.message_label.setText(self.tr("Exporting…"))
        session.run(
            _export(person_id, destination, as_zip),
            self._on_exported,
            self._on_export_failed,
        )

    def _on_exported(self, path: Path) -> None:
        self._set_busy(False)
        self.message_label.setText(
            self.tr(
                "Saved a copy of everything held about this person to {path}. The copy is not "
                "encrypted: hand it over safely, then delete it from this computer."
            ).format(path=str(path))
        )

    def _on_export_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, KnownError) and error.code is ErrorCode.FILE_EXISTS:
            text = self.tr(
                "{name} is already in that folder (an earlier copy?). Nothing was written. "
                "Choose another folder, or move the earlier copy away first."
            ).format(name=str(error.details.get("name", "")))
        elif isinstance(error, KnownError) and error.code is ErrorCode.PERSON_NOT_FOUND:
            text = self.tr("This person is no longer in the vault.")
        elif isinstance(error, OSError):
            # The world's fault (stick pulled out, disk full, read-only folder), not a bug.
            log.warning("export failed: %s", type(error).__name__)
            text = self.tr(
                "The copy could not be written there ({reason}). Nothing was left behind. "
                "Check that the folder exists, the USB stick is plugged in and has free "
                "space, then try again."
            ).format(reason=error.strerror or type(error).__name__)
        else:
            if not isinstance(error, KnownError):
                log.error("exporting a person failed", exc_info=error)
            text = describe(error)
        self.message_label.setText("\u26a0 " + text)

    def _on_erase_button_clicked(self) -> None:
        view = self._shown_view()
        if view is None or self._busy:
            return
        person = view.record.person
        dialog = PersonEraseDialog(_full_name(person.details), person.registration_id, self)
        dialog.accepted.connect(lambda: self._on_erase_dialog_accepted(person.id, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.erase_dialog = dialog
        dialog.open()

    def _on_erase_dialog_accepted(self, person_id: str, dialog: PersonEraseDialog) -> None:
        if self.erase_dialog is dialog:
            self.erase_dialog = None
        session, reason = self._session, dialog.reason
        registration_id = dialog.registration_id
        if session is None or reason is None or self._busy:
            return
        self._set_busy(True)
        self.message_label.setText(self.tr("Erasing…"))
        session.run(
            _erase(session, person_id, reason),
            lambda _none: self._on_erased(person_id, registration_id),
            self._on_erase_failed,
        )

    def _on_erased(self, person_id: str, registration_id: str) -> None:
        self._busy = False
        if self.person_id == person_id:
            self._generation += 1  # a load still under way must not bring the person back
            self._forget_person()
            self.message_label.setText(
                self.tr(
                    "The record {rid} was erased. Nothing about this person is left in the "
                    "vault; the audit log keeps only that a record was erased, when, by whom "
                    "and why."
                ).format(rid=registration_id)
            )
        self._update_rights_buttons()
        self.person_erased.emit(person_id)

    def _on_erase_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, KnownError) and error.code is ErrorCode.PERSON_NOT_FOUND:
            text = self.tr("This person is no longer in the vault.")
        else:
            if not isinstance(error, KnownError):
                log.error("erasing a person failed", exc_info=error)
            text = self.tr("Nothing was erased.") + " " + describe(error)
        self.message_label.setText("\u26a0 " + text)

    def _forget_person(self) -> None:
        """Take everything about an erased person off the screen."""
        self.view = None
        self.edit_button.setEnabled(False)
        self.name_label.setText(self.tr("Erased record"))
        self.id_label.clear()
        self.facts_label.clear()
        self.photo_label.setPixmap(QPixmap())
        self.photo_label.setText(self.tr("No photo"))
        self.photo_label.setFrameShape(QFrame.Shape.Box)
        for label in self.values.values():
            label.clear()
        for layout in (self.photos_row, self.documents_list):
            _clear(layout)
        self.household_label.clear()
        self.household_list.clear()
        self.history_list.clear()
        self.tabs.setTabText(1, self.tr("Photos"))
        self.tabs.setTabText(2, self.tr("Documents"))
        self.tabs.setTabText(3, self.tr("Household"))
        self.tabs.setTabText(4, self.tr("History"))
        self.tabs.setCurrentIndex(0)
        self.tabs.setEnabled(False)


def _full_name(details: PersonDetails) -> str:
    return " ".join(p for p in (details.given_name, details.family_name) if p)


def _fit(dialog: QDialog, width: int) -> None:
    """Size a dialog of wrapped text to its content at ``width`` (a plain resize squashes it)."""
    layout = dialog.layout()
    if layout is None:
        return
    height = (
        layout.heightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
    )
    dialog.setMinimumSize(width, height)
    dialog.resize(width, height)


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class PersonExportDialog(QDialog):
    """Asks how to save a person's copy (one zip file or a folder) and warns it is not encrypted."""

    def __init__(self, name: str, registration_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personExportDialog")
        self.setWindowTitle(self.tr("Export a person's record"))
        self.registration_id = registration_id
        who = _bold(_plain(name, "exportName"))
        rid = _plain(self.tr("Registration id: {rid}").format(rid=registration_id), "exportId")
        what = _plain(
            self.tr(
                "The copy holds everything this vault keeps about the person: their details "
                "and every earlier version, consents, face photos, document pages, face "
                "templates, duplicate cases and decisions, approvals and the history of the "
                "record, in person.json and image files."
            )
        )
        self.zip_radio = QRadioButton(
            self.tr("One &zip file: {rid}.zip").format(rid=registration_id)
        )
        self.zip_radio.setObjectName("exportZip")
        self.zip_radio.setChecked(True)
        self.folder_radio = QRadioButton(self.tr("A &folder: {rid}").format(rid=registration_id))
        self.folder_radio.setObjectName("exportFolder")
        warning = _plain(
            "\u26a0 "
            + self.tr(
                "The copy is not encrypted. Save it only where you control who can read it, "
                "give it only to the person (or as the law requires) and delete it once it "
                "has been handed over. The export is recorded in the audit log."
            ),
            "exportWarning",
        )
        warning.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.accept_button = QPushButton(self.tr("&Choose a folder and export…"))
        self.accept_button.setObjectName("exportConfirmButton")
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("exportCancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        choice = QVBoxLayout()
        choice.addWidget(_plain(self.tr("Save the copy as:")))
        choice.addWidget(self.zip_radio)
        choice.addWidget(self.folder_radio)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(rid)
        layout.addSpacing(8)
        layout.addWidget(what)
        layout.addSpacing(8)
        layout.addLayout(choice)
        layout.addSpacing(8)
        layout.addWidget(warning)
        layout.addStretch()
        layout.addLayout(buttons)
        _fit(self, 540)

    @property
    def as_zip(self) -> bool:
        return self.zip_radio.isChecked()


class PersonEraseDialog(QDialog):
    """Erasing a person: a reason in words, and their registration id typed out to confirm."""

    def __init__(self, name: str, registration_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personEraseDialog")
        self.setWindowTitle(self.tr("Erase a person's record"))
        self.registration_id = registration_id
        who = _bold(_plain(name, "eraseName"))
        rid = _plain(self.tr("Registration id: {rid}").format(rid=registration_id), "eraseId")
        what = _plain(
            "\u26a0 "
            + self.tr(
                "Erasing removes this person's details and every earlier version, consents, "
                "face photos, documents, face templates, duplicate cases and approvals from "
                "this vault for good. It cannot be undone. The audit log keeps only that a "
                "record was erased, when, by whom and why. If the record went to the hub, the "
                "hub and the sites it was shown to erase it too after the next sync. If the "
                "person asked for a copy, export it first."
            ),
            "eraseWarning",
        )
        what.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("eraseReason")
        self.reason_combo.addItem(self.tr("Choose a reason…"), None)
        for reason in ErasureReason:
            self.reason_combo.addItem(erasure_reason_words(reason), reason.value)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("eraseConfirmEdit")
        self.confirm_edit.setPlaceholderText(registration_id)
        self.confirm_edit.setAccessibleDescription(
            self.tr("Type the registration id shown above to confirm the erasure")
        )
        self.problem_label = _plain(object_name="eraseProblem")
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Room for its line from the start, so the dialog does not jump when it speaks.
        self.problem_label.setMinimumHeight(self.problem_label.fontMetrics().lineSpacing())
        self.erase_button = QPushButton(self.tr("&Erase for good"))
        self.erase_button.setObjectName("eraseConfirmButton")
        self.erase_button.setDefault(True)  # Enter erases only once it is enabled
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("eraseCancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.reason_combo.currentIndexChanged.connect(self._on_input_changed)
        self.confirm_edit.textChanged.connect(self._on_input_changed)

        form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_combo)
        form.addRow(reason_label, self.reason_combo)
        confirm_label = QLabel(self.tr("&Type {rid} to confirm:").format(rid=registration_id))
        confirm_label.setTextFormat(Qt.TextFormat.PlainText)
        confirm_label.setBuddy(self.confirm_edit)
        form.addRow(confirm_label, self.confirm_edit)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(rid)
        layout.addSpacing(8)
        layout.addWidget(what)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch()
        layout.addLayout(buttons)
        _fit(self, 540)
        self.reason_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def reason(self) -> ErasureReason | None:
        value = self.reason_combo.currentData()  # Qt hands a StrEnum back as a plain str
        return ErasureReason(value) if isinstance(value, str) and value else None

    @property
    def confirmed(self) -> bool:
        return self.confirm_edit.text().strip().upper() == self.registration_id.upper()

    def _on_input_changed(self, *_args: object) -> None:
        typed = self.confirm_edit.text().strip()
        if typed and not self.confirmed and len(typed) >= len(self.registration_id):
            self.problem_label.setText(
                self.tr("This is not the registration id shown above; check for a typo.")
            )
        elif self.confirmed and self.reason is None:
            self.problem_label.setText(self.tr("Choose the reason for the erasure."))
        else:
            self.problem_label.clear()
        self.erase_button.setEnabled(self.confirmed and self.reason is not None)
