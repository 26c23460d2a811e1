"""The first steps of registering a person: household, personal details and consent.

Each step keeps its input while the officer goes back and forth; ``validate`` returns a
sentence naming what is wrong (or None), and the wizard does not move on until it is None.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from registrar.domain.model import (
    Consent,
    ConsentPurpose,
    PersonDetails,
    Relationship,
    Sex,
)
from registrar.errors import KnownError
from ui.messages import describe

if TYPE_CHECKING:
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")


def _tr(text: str) -> str:
    return QCoreApplication.translate("register", text)


def is_rtl(text: str) -> bool:
    """True when the first letter with a strong direction is right-to-left (Arabic, Hebrew…)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def follow_text_direction(edit: QLineEdit) -> None:
    """Lay a name field out right to left while it holds Arabic script, and back."""

    def update(text: str) -> None:
        rtl = is_rtl(text)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if text and edit.layoutDirection() != direction:
            edit.setLayoutDirection(direction)
        elif not text:
            edit.unsetLayoutDirection()

    edit.textChanged.connect(update)


class Step(QWidget):
    """One page of the registration wizard."""

    changed = Signal()  # something the wizard shows (e.g. Next enabled) may have changed

    def title(self) -> str:
        raise NotImplementedError

    def bind(self, session: UiSession) -> None:
        self.session = session

    def reset(self) -> None:
        """A fresh start: empty, as for a new person."""

    def validate(self) -> str | None:
        return None

    def entered(self) -> None:
        """The officer arrived on this step."""

    def left(self) -> None:
        """The officer left this step (forwards or backwards)."""


# --- 1. household ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HouseholdMember:
    person_id: str
    registration_id: str
    name: str
    household_id: str | None


@dataclass(frozen=True, slots=True)
class HouseholdChoice:
    mode: str  # "none", "new" or "join"
    relationship: Relationship | None = None
    member: HouseholdMember | None = None  # whom the person joins, for "join"


def relationship_words(rel: Relationship) -> str:
    return {
        Relationship.HEAD: _tr("Head of household"),
        Relationship.SPOUSE: _tr("Spouse or partner"),
        Relationship.CHILD: _tr("Child"),
        Relationship.PARENT: _tr("Parent"),
        Relationship.SIBLING: _tr("Brother or sister"),
        Relationship.GRANDCHILD: _tr("Grandchild"),
        Relationship.GRANDPARENT: _tr("Grandparent"),
        Relationship.OTHER_RELATIVE: _tr("Other relative"),
        Relationship.NON_RELATIVE: _tr("Not related"),
    }[rel]


def find_household_members(vault: Any, text: str) -> list[HouseholdMember]:
    """Database lane: people matching a name or registration id, with their household."""
    from registrar.domain.ids import RegistrationId
    from registrar.storage.people import PeopleRepository

    repo = PeopleRepository(vault.db.conn)
    text = text.strip()
    ids: list[str] = []
    if re.match(r"^[A-Za-z]{2,4}\d{2}-\d{6,}-\w$", text):
        rid = RegistrationId.parse(text)  # raises a clear error for a typo
        ids = [repo.id_for_registration_id(str(rid))]
    else:
        ids = [s.id for s in repo.search(text, limit=20)]
    out = []
    for person_id in ids:
        person = repo.get(person_id)
        d = person.details
        name = " ".join(p for p in (d.given_name, d.family_name) if p)
        out.append(HouseholdMember(person_id, person.registration_id, name, d.household_id))
    return out


class HouseholdStep(Step):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("householdStep")
        self.none_radio = QRadioButton(_tr("&Not part of a household"))
        self.none_radio.setObjectName("householdNone")
        self.new_radio = QRadioButton(_tr("Start a &new household: this person is its head"))
        self.new_radio.setObjectName("householdNew")
        self.join_radio = QRadioButton(_tr("&Join the household of someone registered"))
        self.join_radio.setObjectName("householdJoin")
        self.group = QButtonGroup(self)
        for b in (self.none_radio, self.new_radio, self.join_radio):
            self.group.addButton(b)
        self.none_radio.setChecked(True)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("householdSearch")
        self.search_edit.setPlaceholderText(_tr("Name or registration id of a household member"))
        self.search_button = QPushButton(_tr("&Search"))
        self.search_button.setObjectName("householdSearchButton")
        self.results = QListWidget()
        self.results.setObjectName("householdResults")
        self.results.setAccessibleName(_tr("People found"))
        self.relationship = QComboBox()
        self.relationship.setObjectName("relationshipCombo")
        for rel in Relationship:
            if rel is not Relationship.HEAD:
                self.relationship.addItem(relationship_words(rel), rel)
        rel_label = QLabel(_tr("&Relationship to the head of household:"))
        rel_label.setBuddy(self.relationship)
        self.message = QLabel()
        self.message.setObjectName("householdMessage")
        self.message.setWordWrap(True)

        self.join_box = QGroupBox(_tr("Household to join"))
        join = QVBoxLayout(self.join_box)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        join.addLayout(row)
        join.addWidget(self.results)
        join.addWidget(rel_label)
        join.addWidget(self.relationship)
        join.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Does this person belong to a household?")))
        for b in (self.none_radio, self.new_radio, self.join_radio):
            layout.addWidget(b)
        layout.addWidget(self.join_box, 1)
        self._members: list[HouseholdMember] = []

        self.group.buttonToggled.connect(self._on_mode_toggled)
        self.search_button.clicked.connect(self._on_search_clicked)
        self.search_edit.returnPressed.connect(self._on_search_clicked)
        self.results.currentRowChanged.connect(lambda _row: self.changed.emit())
        self._on_mode_toggled()

    def title(self) -> str:
        return _tr("Household")

    def reset(self) -> None:
        self.none_radio.setChecked(True)
        self.search_edit.clear()
        self.results.clear()
        self._members = []
        self.message.clear()
        self.relationship.setCurrentIndex(0)

    def _on_mode_toggled(self, *_args: object) -> None:
        self.join_box.setEnabled(self.join_radio.isChecked())
        self.changed.emit()

    def _on_search_clicked(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            return
        self.message.setText(_tr("Searching…"))
        self.session.run(
            lambda vault: find_household_members(vault, text),
            self._on_found,
            lambda e: self.message.setText(describe(e)),
        )

    def _on_found(self, members: list[HouseholdMember]) -> None:
        self._members = members
        self.results.clear()
        for m in members:
            item = QListWidgetItem(f"{m.name} \u2014 {m.registration_id}")
            self.results.addItem(item)
        if members:
            self.results.setCurrentRow(0)
            self.message.setText(_tr("Choose the household member, then the relationship."))
        else:
            self.message.setText(_tr("Nobody registered matches this search."))
        self.changed.emit()

    def choice(self) -> HouseholdChoice:
        if self.new_radio.isChecked():
            return HouseholdChoice("new", Relationship.HEAD)
        if self.join_radio.isChecked():
            row = self.results.currentRow()
            member = self._members[row] if 0 <= row < len(self._members) else None
            return HouseholdChoice("join", Relationship(self.relationship.currentData()), member)
        return HouseholdChoice("none")

    def validate(self) -> str | None:
        choice = self.choice()
        if choice.mode == "join" and choice.member is None:
            return _tr("Search for a registered household member and choose them.")
        return None


# --- 2. personal details -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CodeLists:
    """Countries and languages by name, for the searchable lists (loaded off the UI thread)."""

    countries: tuple[tuple[str, str], ...]  # (alpha-3, name)
    languages: tuple[tuple[str, str], ...]  # (ISO 639-3, name)


SPECIAL_NATIONALITIES = (
    ("XXA", "Stateless"),
    ("XXB", "Refugee (1951 Convention)"),
    ("XXC", "Refugee (other)"),
    ("XXX", "Unspecified nationality"),
)


def load_code_lists() -> CodeLists:
    import pycountry

    countries = sorted(((c.alpha_3, c.name) for c in pycountry.countries), key=lambda c: c[1])
    languages = sorted(
        (
            (lang.alpha_3, lang.name)
            for lang in pycountry.languages
            if getattr(lang, "type", "") == "L" and getattr(lang, "scope", "") in ("I", "M")
        ),
        key=lambda x: x[1],
    )
    return CodeLists(tuple(countries) + SPECIAL_NATIONALITIES, tuple(languages))


def _labelled(code: str, name: str) -> str:
    return f"{name} ({code})"


_CODE_IN_LABEL = re.compile(r"\(([A-Za-z]{3})\)\s*$")


def code_of(label: str) -> str | None:
    """The code at the end of "Syria (SYR)", or the text itself when it is a bare code."""
    text = label.strip()
    match = _CODE_IN_LABEL.search(text)
    if match:
        return match.group(1)
    return text if re.fullmatch(r"[A-Za-z]{3}", text) else None


class CountryCombo(QComboBox):
    """An editable, searchable list of countries ("Syria (SYR)"); the code is what counts."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def set_countries(self, countries: Sequence[tuple[str, str]]) -> None:
        current = self.currentText()
        self.clear()
        self.addItem("", None)
        for code, name in countries:
            self.addItem(_labelled(code, name), code)
        self.setEditText(current)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def code(self) -> str | None:
        """The chosen or typed code; other typed text as it is (validation names it)."""
        text = self.currentText().strip()
        if not text:
            return None
        code = code_of(text)
        return code.upper() if code else text

    def clear_choice(self) -> None:
        self.setCurrentIndex(0)
        self.setEditText("")


def parse_date(text: str) -> dt.date:
    """ISO (1990-04-02) or day first (02/04/1990, 2.4.1990); a ValueError otherwise."""
    text = text.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    day_first = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)
    if day_first:
        return dt.date(int(day_first[3]), int(day_first[2]), int(day_first[1]))
    raise ValueError(text)


def sex_words(sex: Sex) -> str:
    return {
        Sex.FEMALE: _tr("Female"),
        Sex.MALE: _tr("Male"),
        Sex.OTHER: _tr("Other"),
        Sex.UNKNOWN: _tr("Not stated"),
    }[sex]


class DetailsStep(Step):
    def __init__(self, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.setObjectName("detailsStep")
        self._today = today
        self.lists: CodeLists | None = None
        self._lists_requested = False
        self.given_edit = QLineEdit()
        self.given_edit.setObjectName("givenName")
        self.family_edit = QLineEdit()
        self.family_edit.setObjectName("familyName")
        self.other_edit = QLineEdit()
        self.other_edit.setObjectName("otherNames")
        for edit in (self.given_edit, self.family_edit, self.other_edit):
            follow_text_direction(edit)
            edit.setMaxLength(200)
        self.sex_combo = QComboBox()
        self.sex_combo.setObjectName("sexCombo")
        for sex in (Sex.UNKNOWN, Sex.FEMALE, Sex.MALE, Sex.OTHER):
            self.sex_combo.addItem(sex_words(sex), sex)
        self.birth_edit = QLineEdit()
        self.birth_edit.setObjectName("birthDate")
        self.birth_edit.setPlaceholderText(_tr("YYYY-MM-DD or DD/MM/YYYY"))
        self.birth_words = QLabel()
        self.birth_words.setObjectName("birthWords")
        self.estimated_check = QCheckBox(_tr("Date of birth &unknown: estimate the age"))
        self.estimated_check.setObjectName("ageEstimated")
        self.age_spin = QSpinBox()
        self.age_spin.setObjectName("estimatedAge")
        self.age_spin.setRange(0, 120)
        self.age_spin.setSuffix(_tr(" years"))
        self.nationality = CountryCombo("nationalityCombo")
        self.language_edit = QLineEdit()
        self.language_edit.setObjectName("languageSearch")
        self.language_edit.setPlaceholderText(_tr("Type a language, then Enter"))
        self.languages = QListWidget()
        self.languages.setObjectName("languageList")
        self.languages.setAccessibleName(_tr("Languages spoken"))
        self.languages.setMaximumHeight(80)
        self.remove_language = QPushButton(_tr("Remove language"))
        self.remove_language.setObjectName("removeLanguage")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phone")
        self.phone_edit.setPlaceholderText("+254 700 000000")
        self.error_label = QLabel()
        self.error_label.setObjectName("detailsError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")

        form = QFormLayout()
        required = _tr("(required)")

        def add(label: str, widget: QWidget) -> None:
            lab = QLabel(label)
            lab.setBuddy(widget)
            form.addRow(lab, widget)

        add(_tr("&Given name {req}:").format(req=required), self.given_edit)
        add(_tr("&Family name:"), self.family_edit)
        add(_tr("&Other names:"), self.other_edit)
        add(_tr("&Sex:"), self.sex_combo)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_edit)
        birth_row.addWidget(self.birth_words, 1)
        birth_box = QWidget()
        birth_box.setLayout(birth_row)
        birth_row.setContentsMargins(0, 0, 0, 0)
        lab = QLabel(_tr("&Date of birth:"))
        lab.setBuddy(self.birth_edit)
        form.addRow(lab, birth_box)
        form.addRow("", self.estimated_check)
        add(_tr("Estimated &age:"), self.age_spin)
        add(_tr("&Nationality:"), self.nationality)
        lang_box = QWidget()
        lang_layout = QVBoxLayout(lang_box)
        lang_layout.setContentsMargins(0, 0, 0, 0)
        lang_layout.addWidget(self.language_edit)
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.languages, 1)
        lang_row.addWidget(self.remove_language)
        lang_layout.addLayout(lang_row)
        lab = QLabel(_tr("&Languages:"))
        lab.setBuddy(self.language_edit)
        form.addRow(lab, lang_box)
        add(_tr("&Phone:"), self.phone_edit)
        note = QLabel(_tr("Give a given name or a family name; everything else may stay empty."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch()

        self.birth_edit.textChanged.connect(self._on_birth_edit_changed)
        self.estimated_check.toggled.connect(self._on_estimated_toggled)
        self.language_edit.returnPressed.connect(self._on_language_entered)
        self.remove_language.clicked.connect(self._on_remove_language_clicked)
        for edit in (self.given_edit, self.family_edit):
            edit.textChanged.connect(lambda _t: self.changed.emit())
        self._on_estimated_toggled(False)

    def title(self) -> str:
        return _tr("Personal details")

    def entered(self) -> None:
        # Loaded on first use, not at unlock: reading pycountry's tables holds the GIL for
        # ~100 ms, and at unlock the face models and the gallery are loading too.
        if self.lists is None and not self._lists_requested:
            self._lists_requested = True
            self.session.compute.submit(
                load_code_lists, self._on_lists_loaded, self._on_lists_failed
            )

    def _on_lists_failed(self, error: BaseException) -> None:
        self._lists_requested = False  # asked again the next time the step shows
        log.error("country and language lists failed to load", exc_info=error)

    def _on_lists_loaded(self, lists: CodeLists) -> None:
        self.lists = lists
        self.nationality.set_countries(lists.countries)
        completer = QCompleter(
            QStringListModel([_labelled(c, n) for c, n in lists.languages], self), self
        )
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._on_language_completed)
        self.language_edit.setCompleter(completer)
        self.changed.emit()  # the documents step takes the country list from here

    def reset(self) -> None:
        for edit in (
            self.given_edit,
            self.family_edit,
            self.other_edit,
            self.birth_edit,
            self.phone_edit,
            self.language_edit,
        ):
            edit.clear()
        self.sex_combo.setCurrentIndex(0)
        self.estimated_check.setChecked(False)
        self.age_spin.setValue(0)
        self.nationality.clear_choice()
        self.languages.clear()
        self.error_label.clear()

    # languages

    def _on_language_completed(self, text: str) -> None:
        self.add_language(text)
        self.language_edit.clear()

    def _on_language_entered(self) -> None:
        completer = self.language_edit.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():
            return  # the completer's activated signal adds it
        if self.add_language(self.language_edit.text()):
            self.language_edit.clear()

    def add_language(self, text: str) -> bool:
        code = code_of(text)
        if code is None:
            return False
        code = code.lower()
        if code in self.language_codes():
            return True
        name = dict(self.lists.languages).get(code, code) if self.lists else code
        item = QListWidgetItem(_labelled(code, name))
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.languages.addItem(item)
        return True

    def _on_remove_language_clicked(self) -> None:
        row = self.languages.currentRow()
        if row >= 0:
            self.languages.takeItem(row)

    def language_codes(self) -> list[str]:
        return [
            str(self.languages.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.languages.count())
        ]

    # birth

    def _on_estimated_toggled(self, on: bool) -> None:
        self.age_spin.setEnabled(on)
        self.birth_edit.setEnabled(not on)
        self._on_birth_edit_changed(self.birth_edit.text())

    def _on_birth_edit_changed(self, text: str) -> None:
        if self.estimated_check.isChecked() or not text.strip():
            self.birth_words.clear()
            return
        try:
            date = parse_date(text)
        except ValueError:
            self.birth_words.setText(_tr("not a date yet"))
            return
        self.birth_words.setText(
            QLocale().toString(
                QDate(date.year, date.month, date.day), QLocale.FormatType.LongFormat
            )
        )

    # the result

    def details(
        self, household_id: str | None = None, relationship: Relationship | None = None
    ) -> PersonDetails:
        """The details as typed; raises KnownError naming the first field that is wrong."""
        from registrar.errors import ErrorCode

        birth_date = None
        birth_year = None
        if self.estimated_check.isChecked():
            birth_year = self._today().year - self.age_spin.value()
        elif self.birth_edit.text().strip():
            try:
                birth_date = parse_date(self.birth_edit.text())
            except ValueError:
                raise KnownError(
                    ErrorCode.INVALID_FIELD,
                    _tr("The date of birth is not a date: write it as 1990-04-02."),
                    field="birth_date",
                ) from None
        phone = self.phone_edit.text().strip() or None
        return PersonDetails(
            given_name=self.given_edit.text(),
            family_name=self.family_edit.text(),
            other_names=self.other_edit.text(),
            sex=Sex(self.sex_combo.currentData()),
            birth_date=birth_date,
            birth_year=birth_year,
            birth_estimated=self.estimated_check.isChecked(),
            nationality=self.nationality.code(),
            languages=tuple(self.language_codes()),
            phone=phone,
            household_id=household_id,
            relationship=relationship,
        )

    _FIELD_WIDGET: ClassVar[dict[str, str]] = {
        "given_name": "given_edit",
        "family_name": "family_edit",
        "other_names": "other_edit",
        "birth_date": "birth_edit",
        "birth_year": "age_spin",
        "nationality": "nationality",
        "languages": "language_edit",
        "phone": "phone_edit",
    }

    def validate(self) -> str | None:
        try:
            # A placeholder household keeps the relationship rule out of this step.
            self.details()
        except KnownError as exc:
            message = field_message(exc)
            self.error_label.setText(message)
            widget = getattr(self, self._FIELD_WIDGET.get(str(exc.details.get("field")), ""), None)
            if isinstance(widget, QWidget):
                widget.setFocus()
            return message
        self.error_label.clear()
        return None


def field_message(error: KnownError) -> str:
    """The core's message for a field, translated where we know it."""
    field = str(error.details.get("field", ""))
    known = {
        "given_name": _tr("Write a given name or a family name."),
        "birth_date": _tr("The date of birth is in the future, too far back, or not a date."),
        "birth_year": _tr("The estimated age is not possible."),
        "nationality": _tr("Choose the nationality from the list."),
        "languages": _tr("Choose languages from the list."),
        "phone": _tr("A phone number may hold only digits, spaces, + ( ) and -."),
    }
    if field == "given_name" and "required" not in error.message:
        return error.message
    return known.get(field, error.message)


# --- 3. consent --------------------------------------------------------------------------


class ConsentStep(Step):
    """Each purpose read out in the person's language, and a yes or no for each."""

    PURPOSES = (ConsentPurpose.REGISTRATION, ConsentPurpose.DUPLICATE_CHECK)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("consentStep")
        self.library: Any = None
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("consentLanguage")
        lang_label = QLabel(_tr("Read in &language:"))
        lang_label.setBuddy(self.language_combo)
        self.texts: dict[ConsentPurpose, QTextBrowser] = {}
        self.answers: dict[ConsentPurpose, tuple[QRadioButton, QRadioButton]] = {}
        self.fallback_label = QLabel()
        self.fallback_label.setObjectName("consentFallback")
        self.fallback_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("consentError")
        self.error_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(lang_label)
        row.addWidget(self.language_combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.fallback_label)
        for purpose in self.PURPOSES:
            box = QGroupBox()
            box.setObjectName(f"consentBox_{purpose.value}")
            inner = QVBoxLayout(box)
            text = QTextBrowser()
            text.setObjectName(f"consentText_{purpose.value}")
            text.setMinimumHeight(90)
            inner.addWidget(text)
            yes = QRadioButton(_tr("Yes, agrees"))
            yes.setObjectName(f"consentYes_{purpose.value}")
            no = QRadioButton(_tr("No, does not agree"))
            no.setObjectName(f"consentNo_{purpose.value}")
            group = QButtonGroup(self)
            group.addButton(yes)
            group.addButton(no)
            group.buttonToggled.connect(lambda *_a: self.changed.emit())
            answer = QHBoxLayout()
            answer.addWidget(yes)
            answer.addWidget(no)
            answer.addStretch()
            inner.addLayout(answer)
            layout.addWidget(box, 1)
            self.texts[purpose] = text
            self.answers[purpose] = (yes, no)
        layout.addWidget(self.error_label)
        self.language_combo.currentIndexChanged.connect(self._show_texts)

    def title(self) -> str:
        return _tr("Consent")

    def bind(self, session: UiSession) -> None:
        super().bind(session)
        if self.library is None:
            from registrar.consent_texts import ConsentLibrary

            session.compute.submit(ConsentLibrary.load, self._on_library_loaded, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self.error_label.setText(describe(error))

    def _on_library_loaded(self, library: Any) -> None:
        self.library = library
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        for code, name in library.languages():
            self.language_combo.addItem(f"{name} ({code})", code)
        self.language_combo.blockSignals(False)
        self.choose_language("eng")

    def choose_language(self, code: str) -> None:
        index = self.language_combo.findData(code)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)
        self._show_texts()

    def suggest_languages(self, codes: Sequence[str]) -> None:
        """Open on the first language the person speaks that has consent texts."""
        for code in codes:
            if self.language_combo.findData(code) >= 0:
                self.choose_language(code)
                return

    def language(self) -> str:
        return str(self.language_combo.currentData() or "eng")

    def _show_texts(self, *_args: object) -> None:
        if self.library is None:
            return
        lang = self.language()
        fallback = False
        for purpose, browser in self.texts.items():
            text = self.library.text(purpose, lang)
            fallback = fallback or text.fallback
            browser.setPlainText(f"{text.title}\n\n{text.body}")
            rtl = text.direction == "rtl"
            browser.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            option = browser.document().defaultTextOption()
            option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            browser.document().setDefaultTextOption(option)
        self.fallback_label.setText(
            _tr("No text in this language yet: the English text is shown; interpret it.")
            if fallback
            else ""
        )

    def reset(self) -> None:
        for yes, no in self.answers.values():
            for b in (yes, no):
                group = b.group()
                if group is not None:
                    group.setExclusive(False)
                b.setChecked(False)
                if group is not None:
                    group.setExclusive(True)
        self.error_label.clear()
        self.choose_language("eng")

    def set_answer(self, purpose: ConsentPurpose, granted: bool) -> None:
        yes, no = self.answers[purpose]
        (yes if granted else no).setChecked(True)

    def answer(self, purpose: ConsentPurpose) -> bool | None:
        yes, no = self.answers[purpose]
        return True if yes.isChecked() else False if no.isChecked() else None

    def consents(self) -> list[Consent]:
        lang = self.language()
        return [
            Consent(purpose=p, granted=bool(self.answer(p)), language=lang)
            for p in self.PURPOSES
            if self.answer(p) is not None
        ]

    def validate(self) -> str | None:
        message = None
        if any(self.answer(p) is None for p in self.PURPOSES):
            message = _tr("Record an answer for each purpose.")
        elif not self.answer(ConsentPurpose.REGISTRATION):
            message = _tr(
                "Without consent to registration the person cannot be registered. "
                "Explain what happens next, or cancel this registration."
            )
        self.error_label.setText(message or "")
        return message
