"""The People page as an officer uses it: finding, paging, opening, editing, searching by photo.

Screenshots go to out/screenshots/ (people-list, people-detail, people-photo-search) for a
person to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, make_details, registration_consent
from PySide6.QtCore import QBuffer, QIODevice, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from registrar.domain import Document, DocumentPage, Person, PersonDetails, Relationship, Sex
from registrar.domain.ids import check_character
from registrar.services.faces import FaceService
from registrar.services.people import PeopleService
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.people import PeopleRepository
from registrar.storage.vault import Vault
from ui.candidates import CandidateCard
from ui.people_page import PAGE_SIZE, THUMB_HEIGHT, Column, PeoplePage, SearchKind, plan_search
from ui.person_detail import PersonDetailDialog
from ui.session import UiSession
from ui.tasks import DatabaseLane, InlineLane

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
FACES = DATA / "faces" / "people"
FACE_TIMEOUT = 30_000  # ms: face analysis on a slow CI machine


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def session(vault: Vault) -> Iterator[UiSession]:
    lane = DatabaseLane()
    ui_session = UiSession(db=lane, compute=InlineLane(), vault=vault)
    yield ui_session
    ui_session.closed = True
    lane.shutdown()


@pytest.fixture
def page(qtbot: QtBot, session: UiSession) -> PeoplePage:
    people_page = PeoplePage()
    qtbot.addWidget(people_page)
    people_page.resize(1100, 640)
    people_page.show()
    return people_page


def seed(vault: Vault, details: Sequence[PersonDetails], **kwargs: Any) -> list[Person]:
    """Register people in one transaction (before the page is bound to the vault)."""
    people = PeopleService(vault)
    with vault.db.transaction() as conn:
        return [people.register_in(conn, d, registration_consent(), **kwargs) for d in details]


def on_lane(session: UiSession, work: Callable[[], Any]) -> Any:
    """After binding, the vault is touched only on the database lane, tests included."""
    assert isinstance(session.db, DatabaseLane)
    return session.db.run_blocking(work)


def settled(page: PeoplePage, kind: SearchKind, rows: int | None = None) -> bool:
    model = page.model
    return (
        model.plan.kind is kind
        and not model.is_loading
        and (rows is None or model.rowCount() == rows)
    )


def names(page: PeoplePage) -> list[str]:
    model = page.model
    return [
        f"{model.summary(r).given_name} {model.summary(r).family_name}"
        for r in range(model.rowCount())
    ]


def history_of(detail: PersonDetailDialog) -> list[str]:
    items = (
        detail.history_list.topLevelItem(i) for i in range(detail.history_list.topLevelItemCount())
    )
    return [item.text(2) for item in items if item is not None]


def passport_page(number: str) -> DocumentPage:
    """A drawn passport page, encoded by Qt as a JPEG without metadata."""
    image = QImage(420, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe7ef"))
    painter = QPainter(image)
    painter.setPen(QColor("#203040"))
    painter.drawRect(QRect(8, 8, 403, 283))
    painter.fillRect(QRect(24, 60, 110, 140), QColor("#9aa7b4"))
    font = QFont()
    font.setPixelSize(22)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(24, 40, "PASSPORT")
    font.setPixelSize(16)
    font.setBold(False)
    painter.setFont(font)
    painter.drawText(150, 90, f"No. {number}")
    painter.drawText(24, 250, f"P<SYR<<{number}<<<<<<<<<<<<<<<<")
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub wants bytes for the format; the binding wants a str.
    assert image.save(buffer, "JPG", 85)  # type: ignore[call-overload]
    return DocumentPage(bytes(buffer.data().data()))


# searching ---------------------------------------------------------------------------------


def test_what_a_search_means_is_read_from_its_shape() -> None:
    assert plan_search("  ").kind is SearchKind.ALL
    right = check_character("KAK01000012")
    wrong = "7" if right != "7" else "8"
    assert plan_search(f"KAK01-000012-{right}").kind is SearchKind.REGISTRATION_ID
    assert plan_search(f"kak01-000012-{right.lower()}").kind is SearchKind.REGISTRATION_ID
    assert plan_search(f"KAK01-000012-{wrong}").kind is SearchKind.REGISTRATION_ID_TYPO
    assert plan_search("N01234567").kind is SearchKind.DOCUMENT
    assert plan_search("AB-123/45").kind is SearchKind.DOCUMENT
    assert plan_search("Haddad").kind is SearchKind.NAME
    assert plan_search("Mariam 2").kind is SearchKind.NAME
    assert plan_search("أمينة").kind is SearchKind.NAME


def test_the_table_loads_a_page_at_a_time(
    page: PeoplePage, session: UiSession, vault: Vault, qtbot: QtBot
) -> None:
    seed(vault, [make_details(f"Given{i:03d}", f"Family{i:03d}") for i in range(450)])
    page.bind(session)
    model = page.model
    qtbot.waitUntil(lambda: settled(page, SearchKind.ALL, PAGE_SIZE))
    qtbot.wait(150)  # nothing more arrives by itself
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    assert model.summary(0).given_name == "Given449"  # newest first
    qtbot.waitUntil(lambda: "450 people in this vault" in page.total_label.text())
    assert "Scroll down for more" in page.status_label.text()
    page.table.setFocus()
    page.table.scrollToBottom()  # the view asks the model for more
    qtbot.waitUntil(lambda: model.rowCount() >= 2 * PAGE_SIZE)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 450 and not model.is_loading)
    assert not model.canFetchMore(QModelIndex())
    ids = [model.person_id(r) for r in range(450)]
    assert len(set(ids)) == 450
    assert model.summary(449).given_name == "Given000"
    assert model.data(model.index(449, Column.BIRTH)) == "about 1988"
    assert model.data(model.index(449, Column.STATE)) == "Complete"


def test_name_search_ignores_case_and_accents_in_any_script(
    page: PeoplePage, session: UiSession, vault: Vault, qtbot: QtBot
) -> None:
    seed(
        vault,
        [
            make_details("José", "Núñez"),
            make_details("أمينة", "الحسن"),
            make_details("Mariam", "Haddad"),
            make_details("Josephine", "Okello"),
        ],
    )
    page.bind(session)
    qtbot.waitUntil(lambda: settled(page, SearchKind.ALL, 4))
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "jose nunez")  # searched once typing pauses
    qtbot.waitUntil(lambda: settled(page, SearchKind.NAME, 1))
    assert names(page) == ["José Núñez"]
    assert page.model.plan.text == "jose nunez"
    assert "1 found by name" in page.status_label.text()
    page.search_now("امينة")  # without the hamza, as people often type it
    qtbot.waitUntil(lambda: settled(page, SearchKind.NAME, 1) and page.model.plan.text == "امينة")
    assert names(page) == ["أمينة الحسن"]
    page.search_now("JOS")
    qtbot.waitUntil(lambda: settled(page, SearchKind.NAME, 2) and page.model.plan.text == "JOS")
    assert names(page) == ["Josephine Okello", "José Núñez"]
    page.search_now("nobody here")
    qtbot.waitUntil(lambda: settled(page, SearchKind.NAME, 0))
    assert "No one found" in page.status_label.text()
    page.search_now("")
    qtbot.waitUntil(lambda: settled(page, SearchKind.ALL, 4))


def test_a_newer_search_wins_over_an_older_answer(
    page: PeoplePage, session: UiSession, vault: Vault, qtbot: QtBot
) -> None:
    seed(vault, [make_details("Mariam", "Haddad"), make_details("Omar", "Saleh")])
    page.bind(session)
    for text in ("mar", "omar", "ma", "saleh"):
        page.search_now(text)
    qtbot.waitUntil(lambda: settled(page, SearchKind.NAME))
    qtbot.wait(100)
    assert page.model.plan.text == "saleh" and names(page) == ["Omar Saleh"]


def test_registration_ids_and_document_numbers(
    page: PeoplePage, session: UiSession, vault: Vault, qtbot: QtBot
) -> None:
    people = seed(vault, [make_details("Mariam"), make_details("Omar"), make_details("Huda")])
    holder = seed(
        vault, [make_details("Samir")], documents=[Document("passport", "N 0123-4567", "SYR")]
    )[0]
    target = people[1]
    page.bind(session)
    qtbot.waitUntil(lambda: settled(page, SearchKind.ALL, 4))

    body, check = target.registration_id.rsplit("-", 1)
    wrong = "7" if check != "7" else "8"
    page.search_now(f"{body}-{wrong}")
    assert page.model.rowCount() == 0
    assert "check character does not match" in page.status_label.text()
    assert "check the id for a typo" in page.status_label.text()
    assert page.status_label.text().startswith("\u26a0")  # a sign, not a colour

    page.search_now(target.registration_id.lower())
    qtbot.waitUntil(lambda: settled(page, SearchKind.REGISTRATION_ID, 1))
    assert page.model.person_id(0) == target.id
    assert "Found by registration id" in page.status_label.text()

    unknown = "KAK01-000999"
    page.search_now(f"{unknown}-{check_character(unknown.replace('-', ''))}")
    qtbot.waitUntil(lambda: "No person with this registration id" in page.status_label.text())
    assert page.model.rowCount() == 0

    page.search_now("n01234567")
    qtbot.waitUntil(lambda: settled(page, SearchKind.DOCUMENT, 1))
    assert page.model.person_id(0) == holder.id
    assert "1 person(s) hold a document with this number" in page.status_label.text()


# opening and editing ---------------------------------------------------------------------


def test_editing_a_name_makes_version_2_with_an_audit_entry(
    page: PeoplePage, session: UiSession, vault: Vault, qtbot: QtBot
) -> None:
    person = seed(vault, [make_details("Mariam", "Haddad")])[0]
    seed(vault, [make_details("Omar", "Saleh")])
    page.bind(session)
    qtbot.waitUntil(lambda: settled(page, SearchKind.ALL, 2))
    row = page.model.row_of(person.id)
    assert row is not None
    # Keyboard only: Down from the search box into the table, Enter opens the person.
    page.search_edit.setFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    detail = page.detail
    assert isinstance(detail, PersonDetailDialog) and detail.isVisible()
    assert detail.objectName() == "personDetail"
    qtbot.waitUntil(lambda: detail.view is not None and detail.edit_button.isEnabled())
    assert detail.name_label.text() == "Mariam Haddad"
    assert detail.name_label.textFormat() is Qt.TextFormat.PlainText

    qtbot.keyClick(detail.edit_button, Qt.Key.Key_Space)
    assert detail.editing and detail.given_edit.hasFocus()
    # Both names empty: refused in words before anything is sent.
    detail.given_edit.clear()
    detail.family_edit.clear()
    qtbot.keyClick(detail.given_edit, Qt.Key.Key_Return)
    assert "Give a given name or a family name" in detail.edit_error.text()
    # A phone number the core refuses: its words come back from the lane.
    detail.given_edit.setText("Maryam")
    detail.family_edit.setText("Haddad")
    detail.phone_edit.setText("call me")
    qtbot.keyClick(detail.given_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "phone number may hold only digits" in detail.edit_error.text())
    assert detail.phone_edit.hasFocus()
    shot(detail, "people-detail-edit")
    detail.phone_edit.setText("+961 70 123 456")
    qtbot.keyClick(detail.phone_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.record.person.version == 2)
    assert not detail.editing
    assert "Saved as version 2" in detail.message_label.text()
    assert detail.name_label.text() == "Maryam Haddad"
    history = history_of(detail)
    assert history[0] == "Version 2: changed given name, phone"
    assert history[-1] == "Version 1: registered"

    versions = on_lane(session, lambda: PeopleRepository(vault.db.conn).versions(person.id))
    assert [v for v, _ in versions] == [1, 2]
    entries = on_lane(session, lambda: audit.entries(vault.db.conn))
    assert any(
        e.action == AuditAction.PERSON_UPDATED and e.record_ref == person.id for e in entries
    )
    # The table shows the new name where the person already was.
    qtbot.waitUntil(lambda: page.model.data(page.model.index(row, Column.GIVEN_NAME)) == "Maryam")
    assert page.model.rowCount() == 2

    # Someone else saves a version meanwhile: this edit is refused and the record reloaded.
    def elsewhere() -> None:
        people = PeopleService(vault)
        current = people.get(person.id).person.details
        people.update(
            person.id,
            make_details("Maryam", "Haddad-Nasser", phone=current.phone),
            expected_version=2,
        )

    on_lane(session, elsewhere)
    detail.edit_button.click()
    detail.other_edit.setText("Umm Ali")
    detail.save_button.click()
    qtbot.waitUntil(lambda: "changed meanwhile — reloaded" in detail.message_label.text())
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.record.person.version == 3)
    assert detail.name_label.text() == "Maryam Haddad-Nasser"
    assert not detail.editing

    # Esc leaves the editor first, then closes the record.
    detail.edit_button.click()
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    assert detail.isVisible() and not detail.editing
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    assert not detail.isVisible()


def test_an_estimated_year_and_a_bad_date_are_explained(
    page: PeoplePage, session: UiSession, vault: Vault, qtbot: QtBot
) -> None:
    person = seed(vault, [make_details("Omar", "Saleh")])[0]
    page.bind(session)
    page.show_person(person.id)
    detail = page.detail
    assert detail is not None
    qtbot.waitUntil(lambda: detail.edit_button.isEnabled())
    assert detail.values["birth"].text() == "about 1988"
    detail.edit_button.click()
    detail.birth_kind.setCurrentIndex(detail.birth_kind.findData("date"))
    detail.birth_date_edit.setText("21/04/1990")
    detail.save_button.click()
    assert "year-month-day" in detail.edit_error.text()
    detail.birth_date_edit.setText("2999-01-01")
    detail.save_button.click()
    qtbot.waitUntil(lambda: "in the future" in detail.edit_error.text())
    detail.birth_date_edit.setText("1990-04-21")
    detail.save_button.click()
    qtbot.waitUntil(lambda: detail.values["birth"].text() == "1990-04-21")
    assert detail.view is not None and detail.view.record.person.version == 2


def test_clear_forgets_everything(
    page: PeoplePage, session: UiSession, vault: Vault, qtbot: QtBot
) -> None:
    person = seed(vault, [make_details("Mariam", "Haddad")])[0]
    page.bind(session)
    page.search_now("mariam")
    qtbot.waitUntil(lambda: settled(page, SearchKind.NAME, 1))
    page.show_person(person.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.view is not None)
    page.clear()
    assert page.model.rowCount() == 0 and page.detail is None
    assert page.search_edit.text() == "" and page.status_label.text() == ""
    page.show_person(person.id)  # nothing without a session
    assert page.detail is None


# faces --------------------------------------------------------------------------------------


def _register_with_photo(
    faces: FaceService, photo: str, details: PersonDetails, **kwargs: Any
) -> Person:
    person, _cases = faces.register(
        details, registration_consent(), faces.check(FACES / photo), **kwargs
    )
    return person


@pytest.fixture
def photographed(vault: Vault, faces: FaceService) -> dict[str, Person]:
    household = PeopleService(vault).create_household()
    people = {
        "obama": _register_with_photo(
            faces,
            "obama/1.jpg",
            make_details(
                "Barack",
                "Obama",
                sex=Sex.MALE,
                household_id=household.id,
                relationship=Relationship.HEAD,
                phone="+961 70 000 111",
            ),
            documents=[
                Document("passport", "N01234567", "SYR", pages=(passport_page("N01234567"),))
            ],
        ),
        "rose": _register_with_photo(
            faces,
            "rose_leslie/1.jpg",
            make_details(
                "أمينة", "الحسن", household_id=household.id, relationship=Relationship.SPOUSE
            ),
        ),
        "biden": _register_with_photo(faces, "biden/1.jpg", make_details("Joe", "Biden")),
        "kit": _register_with_photo(
            faces, "kit_harington/1.jpg", make_details("Kit", "Harington", sex=Sex.MALE)
        ),
    }
    people["none"] = seed(vault, [make_details("Huda", "Nasser")])[0]
    return people


def test_thumbnails_arrive_for_people_with_photos(
    page: PeoplePage, session: UiSession, photographed: dict[str, Person], qtbot: QtBot
) -> None:
    page.bind(session)
    qtbot.waitUntil(lambda: settled(page, SearchKind.ALL, 5))
    model = page.model

    def thumb(key: str) -> QPixmap | None:
        return model.thumbnail_of(photographed[key].id)

    qtbot.waitUntil(lambda: all(thumb(k) is not None for k in ("obama", "rose", "biden", "kit")))
    obama = thumb("obama")
    assert obama is not None and obama.height() == THUMB_HEIGHT
    row = model.row_of(photographed["obama"].id)
    assert row is not None
    assert model.data(model.index(row, Column.PHOTO), Qt.ItemDataRole.DecorationRole) is obama
    assert thumb("none") is None
    shot(page, "people-list")


def test_photo_search_lists_candidates_with_bands_in_words(
    page: PeoplePage,
    session: UiSession,
    faces: FaceService,
    photographed: dict[str, Person],
    qtbot: QtBot,
) -> None:
    page.bind(session)
    page.search_photo(FACES / "obama/1.jpg")  # the engine is not ready yet
    dialog = page.photo_dialog
    assert dialog is not None and dialog.objectName() == "photoSearchDialog"
    qtbot.waitUntil(lambda: "still loading" in dialog.panel.status_label.text())
    session.faces = faces
    page.search_photo(FACES / "obama/2.jpg")
    qtbot.waitUntil(lambda: bool(dialog.panel.rows), timeout=FACE_TIMEOUT)
    assert [r.person_id for r in dialog.panel.rows] == [photographed["obama"].id]
    card = dialog.findChild(CandidateCard)
    assert card is not None
    assert "match" in card.band_label.text()
    assert "may match this photo" in dialog.panel.status_label.text()
    dialog.resize(760, 460)
    shot(dialog, "people-photo-search")
    # Opening the candidate opens their record.
    qtbot.keyClick(card.open_button, Qt.Key.Key_Space)
    detail = page.detail
    assert detail is not None and detail.isVisible()
    qtbot.waitUntil(
        lambda: detail.person_id == photographed["obama"].id and detail.view is not None
    )
    # A photo of nobody registered: said plainly.
    page.search_photo(DATA / "faces" / "people" / "alex_lacamoire" / "1.jpg")
    qtbot.waitUntil(
        lambda: "No registered person matches" in dialog.panel.status_label.text(),
        timeout=FACE_TIMEOUT,
    )


def test_the_detail_view_shows_photos_documents_household_and_history(
    page: PeoplePage, session: UiSession, photographed: dict[str, Person], qtbot: QtBot
) -> None:
    page.bind(session)
    obama = photographed["obama"]
    page.show_person(obama.id)
    detail = page.detail
    assert detail is not None
    qtbot.waitUntil(lambda: detail.view is not None)
    assert detail.tabs.tabText(1) == "Photos (1)"
    assert detail.tabs.tabText(2) == "Documents (1)"
    assert detail.tabs.tabText(3) == "Household (1)"
    assert detail.values["phone"].text() == "+961 70 000 111"
    assert detail.photo_label.pixmap().height() > 0
    detail.tabs.setCurrentIndex(0)
    shot(detail, "people-detail")
    detail.tabs.setCurrentIndex(2)
    facts = detail.findChild(QWidget, "documentFacts")
    assert facts is not None and "N01234567" in facts.text()  # type: ignore[attr-defined]
    assert detail.findChild(QWidget, "documentPage") is not None
    shot(detail, "people-detail-documents")
    detail.tabs.setCurrentIndex(4)
    whats = history_of(detail)
    assert "Version 1: registered" in whats and "Face photo added and searched" in whats
    shot(detail, "people-detail-history")
    detail.tabs.setCurrentIndex(3)
    assert "head of household" in detail.household_label.text()
    item = detail.household_list.item(0)
    assert "الحسن" in item.text() and "spouse" in item.text()
    shot(detail, "people-detail-household")
    # Enter on a member opens their record in the same view.
    detail.household_list.setFocus()
    detail.household_list.setCurrentRow(0)
    qtbot.keyClick(detail.household_list, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: detail.view is not None and detail.view.record.person.id == photographed["rose"].id
    )
    assert detail.name_label.text() == "أمينة الحسن"
    detail.tabs.setCurrentIndex(1)
    shot(detail, "people-detail-arabic-photos")
