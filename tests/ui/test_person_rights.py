"""People's rights on the People page: a supervisor exports a person's copy and erases a person.

Screenshots go to out/screenshots/ (person_export-*, person_erase-*) for a person to look at.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, OFFICER, SUPERVISOR, SUPERVISOR_PASSWORD, make_details
from conftest import registration_consent as consent
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support.sqlcipher_pages import pages_containing

from registrar.domain import Document, DocumentPage, FacePhoto, Person, PersonDetails, Role
from registrar.services.people import ErasureReason, PeopleService
from registrar.storage.keyslots import SlotFile
from registrar.storage.vault import Session, Vault
from ui.people_page import PeoplePage, SearchKind
from ui.person_detail import PersonDetailDialog, PersonEraseDialog, PersonExportDialog
from ui.session import UiSession
from ui.tasks import DatabaseLane, InlineLane

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
FACES = DATA / "faces" / "people"
CANARY_NAME = "Qwyzzelbrook"
CANARY_DOC = "ZX-CANARY-7731"


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


def on_lane(session: UiSession, work: Callable[[], Any]) -> Any:
    """After binding, the vault is touched only on the database lane, tests included."""
    assert isinstance(session.db, DatabaseLane)
    return session.db.run_blocking(work)


def seed(vault: Vault, details: PersonDetails, *, with_images: bool = True) -> Person:
    photo = FacePhoto((FACES / "obama" / "1.jpg").read_bytes(), width=512, height=640)
    page = DocumentPage((FACES / "biden" / "1.jpg").read_bytes())
    return PeopleService(vault).register(
        details,
        consent(),
        photos=[photo] if with_images else [],
        documents=[Document("passport", CANARY_DOC, "SYR", pages=(page,))] if with_images else [],
    )


def open_person(
    qtbot: QtBot, page: PeoplePage, session: UiSession, rows: int, person_id: str
) -> PersonDetailDialog:
    page.bind(session)
    qtbot.waitUntil(
        lambda: page.model.plan.kind is SearchKind.ALL and page.model.rowCount() == rows
    )
    page.show_person(person_id)
    detail = page.detail
    assert isinstance(detail, PersonDetailDialog)
    qtbot.waitUntil(lambda: detail.view is not None and detail.edit_button.isEnabled())
    return detail


def test_a_supervisor_exports_a_zip_and_a_folder(
    qtbot: QtBot, page: PeoplePage, session: UiSession, vault: Vault, tmp_path: Path
) -> None:
    person = seed(vault, make_details())
    stick = tmp_path / "stick"
    stick.mkdir()
    detail = open_person(qtbot, page, session, 1, person.id)
    asked: list[QWidget] = []

    def chooser(parent: QWidget) -> Path:
        asked.append(parent)
        return stick

    detail.choose_export_folder = chooser
    assert detail.export_button.isVisible() and detail.export_button.isEnabled()
    assert detail.erase_button.isVisible()
    shot(detail, "person_export-buttons")

    detail.export_button.click()
    dialog = detail.export_dialog
    assert isinstance(dialog, PersonExportDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.zip_radio.isChecked() and person.registration_id in dialog.zip_radio.text()
    assert dialog.findChild(QWidget, "exportName").text() == "Mariam Haddad"  # type: ignore[union-attr]
    shot(dialog, "person_export-dialog")
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: "Saved a copy" in detail.message_label.text())
    assert asked == [detail]
    zip_path = stick / f"{person.registration_id}.zip"
    assert str(zip_path) in detail.message_label.text()
    shot(detail, "person_export-done")

    with zipfile.ZipFile(zip_path) as archive:
        assert "person.json" in archive.namelist()
        doc = json.loads(archive.read("person.json"))
        assert doc["person"]["id"] == person.id and doc["exported_by"] == SUPERVISOR
        assert archive.read("photos/face-1.jpg") == (FACES / "obama" / "1.jpg").read_bytes()
        assert archive.read("documents/1-passport-page-1.jpg") == (
            (FACES / "biden" / "1.jpg").read_bytes()
        )
    actions = on_lane(
        session,
        lambda: [
            tuple(r)
            for r in vault.db.conn.execute(
                "SELECT operator, action FROM audit_log WHERE record_ref = ?", (person.id,)
            )
        ],
    )
    assert (SUPERVISOR, "person.exported") in actions

    # A folder too; then once more, which is refused in words and writes nothing.
    for attempt in range(2):
        detail.export_button.click()
        dialog = detail.export_dialog
        assert dialog is not None
        dialog.folder_radio.setChecked(True)
        dialog.accept_button.click()
        qtbot.waitUntil(lambda: detail.export_button.isEnabled())
        if attempt == 0:
            assert "Saved a copy" in detail.message_label.text()
    assert (stick / person.registration_id / "person.json").is_file()
    assert "already in that folder" in detail.message_label.text()
    assert "\u26a0" in detail.message_label.text()
    assert sorted(p.name for p in stick.iterdir()) == sorted(
        [f"{person.registration_id}.zip", person.registration_id]
    )
    shot(detail, "person_export-exists")

    # Cancelling the dialog or the folder chooser exports nothing.
    detail.choose_export_folder = lambda _parent: None
    detail.export_button.click()
    assert detail.export_dialog is not None
    detail.export_dialog.accept_button.click()
    detail.export_button.click()
    assert detail.export_dialog is not None
    QTest.keyClick(detail.export_dialog, Qt.Key.Key_Escape)
    assert len(list(stick.iterdir())) == 2


def _db_key(vault_dir: Path) -> bytes:
    slot = SlotFile(vault_dir / "keyslots").load().operator_slot(SUPERVISOR)
    assert slot is not None
    key = slot.unwrap_with_password(SUPERVISOR_PASSWORD)
    assert key is not None
    return key


def _canary_pages(vault_dir: Path, key: bytes) -> list[tuple[str, int]]:
    found = []
    for name in ("vault.db", "vault.db-wal"):
        path = vault_dir / name
        if not path.exists() or path.stat().st_size == 0:
            continue
        for needle in (CANARY_NAME.encode(), CANARY_DOC.encode()):
            found += [(name, offset) for offset in pages_containing(path, key, needle)]
    return found


def test_a_supervisor_erases_a_person_by_typing_their_id(
    qtbot: QtBot, page: PeoplePage, session: UiSession, vault: Vault, vault_dir: Path
) -> None:
    canary = seed(vault, make_details(CANARY_NAME, "Canary"))
    keep = seed(vault, make_details("Remaining", "Person"), with_images=False)
    key = _db_key(vault_dir)
    on_lane(session, vault.db.checkpoint)
    assert _canary_pages(vault_dir, key)  # the test can see the canary before erasure
    detail = open_person(qtbot, page, session, 2, canary.id)
    rid = canary.registration_id

    detail.erase_button.click()
    dialog = detail.erase_dialog
    assert isinstance(dialog, PersonEraseDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.findChild(QWidget, "eraseName").text() == f"{CANARY_NAME} Canary"  # type: ignore[union-attr]
    assert rid in dialog.findChild(QWidget, "eraseId").text()  # type: ignore[union-attr]
    assert not dialog.erase_button.isEnabled()
    shot(dialog, "person_erase-dialog")

    # The right id without a reason, a reason with a wrong id: the button stays disabled.
    QTest.keyClicks(dialog.confirm_edit, rid)
    assert not dialog.erase_button.isEnabled()
    assert "Choose the reason" in dialog.problem_label.text()
    QTest.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)  # Enter does not erase yet
    assert dialog.isVisible()
    words = [dialog.reason_combo.itemText(i) for i in range(dialog.reason_combo.count())]
    assert "The person asked for their record to be erased" in words
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData(ErasureReason.PERSON_REQUEST))
    dialog.confirm_edit.setText(rid[:-1] + ("X" if rid[-1] != "X" else "Y"))
    assert not dialog.erase_button.isEnabled()
    assert "not the registration id" in dialog.problem_label.text()
    shot(dialog, "person_erase-typo")
    dialog.confirm_edit.setText(rid.lower())
    assert dialog.erase_button.isEnabled() and not dialog.problem_label.text()
    shot(dialog, "person_erase-confirmed")

    QTest.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "was erased" in detail.message_label.text())
    assert rid in detail.message_label.text()
    assert CANARY_NAME not in detail.name_label.text()
    assert not detail.export_button.isEnabled() and not detail.erase_button.isEnabled()
    assert not detail.edit_button.isEnabled()
    shot(detail, "person_erase-done")

    # Gone from the list ...
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.is_loading)
    assert page.model.person_id(0) == keep.id

    # ... and from the vault: the rows, and the decrypted pages of the file and its WAL.
    def facts() -> tuple[int, Any]:
        conn = vault.db.conn
        tomb = conn.execute(
            "SELECT reason, erased_by FROM erasures WHERE person_id = ?", (canary.id,)
        ).fetchone()
        return PeopleService(vault).count(), tuple(tomb)

    assert on_lane(session, facts) == (1, ("person_request", SUPERVISOR))
    assert _canary_pages(vault_dir, key) == []


def test_cancelling_the_erasure_keeps_the_person(
    qtbot: QtBot, page: PeoplePage, session: UiSession, vault: Vault
) -> None:
    person = seed(vault, make_details(), with_images=False)
    detail = open_person(qtbot, page, session, 1, person.id)
    detail.erase_button.click()
    dialog = detail.erase_dialog
    assert dialog is not None
    dialog.reason_combo.setCurrentIndex(1)
    dialog.confirm_edit.setText(person.registration_id)
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert on_lane(session, PeopleService(vault).count) == 1
    assert detail.erase_button.isEnabled() and detail.view is not None


def test_an_officer_sees_neither_export_nor_erase(
    qtbot: QtBot, page: PeoplePage, session: UiSession, vault: Vault
) -> None:
    person = seed(vault, make_details())
    vault.session = Session(OFFICER, Role.OFFICER)
    detail = open_person(qtbot, page, session, 1, person.id)
    assert detail.edit_button.isVisible()
    for button in (detail.export_button, detail.erase_button):
        assert not button.isVisible() and not button.isEnabled()
    assert detail.findChild(QWidget, "exportButton") is detail.export_button
    shot(detail, "person_export-officer")
