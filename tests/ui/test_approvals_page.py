"""The Approvals page as a supervisor and an officer use it: approve, refuse, read, clear.

Screenshots go to out/screenshots/approvals-*.png for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import OFFICER, OFFICER_PASSWORD, make_details
from fakes.clock import FakeClock
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtTest import QTest  # what qtbot's clicks call, with type hints
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from support.review_seed import person

from registrar.services.approvals import REASON_MAX_CHARS, ApprovalService
from registrar.services.people import PeopleService
from registrar.storage.vault import Vault
from registrar.sync.outbox import Outbox
from ui.approvals_page import ApprovalsPage, RefuseDialog
from ui.session import UiSession
from ui.tasks import DatabaseLane, InlineLane

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
TIMEOUT = 10_000
NO_KEYS = Qt.KeyboardModifier.NoModifier
REASON = "The year of birth does not match the passport"


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def db() -> Iterator[DatabaseLane]:
    lane = DatabaseLane()
    yield lane
    lane.shutdown()


@pytest.fixture
def page(qtbot: QtBot) -> ApprovalsPage:
    widget = ApprovalsPage()
    qtbot.addWidget(widget)
    widget.resize(840, 620)  # about its size beside the navigation in the main window
    widget.show()
    return widget


def require_approval(vault: Vault, on: bool = True) -> None:
    s = vault.settings()
    vault.save_settings(replace(s, review=replace(s.review, end_of_day_approval=on)))


def seed(vault: Vault, clock: FakeClock, *names: str) -> list[str]:
    """Register people a minute apart, so the waiting list (oldest first) keeps this order."""
    ids = []
    for name in names:
        ids.append(person(vault, name))
        clock.advance(60)
    return ids


def bind(qtbot: QtBot, page: ApprovalsPage, db: DatabaseLane, vault: Vault) -> UiSession:
    session = UiSession(db=db, compute=InlineLane(), vault=vault)
    page.bind(session)
    qtbot.waitUntil(lambda: page.waiting_status.text() != "", timeout=TIMEOUT)
    return session


def settled(page: ApprovalsPage, message: str) -> bool:
    """The action's line is shown and the lists have been read again (the buttons are back)."""
    return message in page.message_label.text() and page.approve_all_button.isEnabled() == (
        page.waiting_model.rowCount() > 0
    )


def click_row(qtbot: QtBot, page: ApprovalsPage, row: int, *, add: bool = False) -> None:
    table = page.waiting_table
    centre = table.visualRect(page.waiting_model.index(row, 0)).center()
    modifier = Qt.KeyboardModifier.ControlModifier if add else NO_KEYS
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, centre)


def table_text(page: ApprovalsPage, refused: bool = False) -> list[list[str]]:
    model = page.refused_model if refused else page.waiting_model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def open_refuse_dialog(qtbot: QtBot, page: ApprovalsPage, row: int) -> RefuseDialog:
    click_row(qtbot, page, row)
    assert page.refuse_button.isEnabled()
    QTest.mouseClick(page.refuse_button, Qt.MouseButton.LeftButton)
    dialog = page.refuse_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_supervisor_approves_two_in_bulk_and_refuses_one_with_a_reason(
    qtbot: QtBot, page: ApprovalsPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    require_approval(vault)
    ali, badr, chadi = seed(vault, clock, "Ali", "Badr", "Chadi")
    bind(qtbot, page, db, vault)

    assert page.waiting_box.isVisible() and not page.officer_note.isVisible()
    assert not page.not_required_note.isVisible()
    assert page.counts_label.text() == "3 waiting, 0 refused"
    rows = table_text(page)
    assert [r[1] for r in rows] == ["Ali Haddad", "Badr Haddad", "Chadi Haddad"]
    assert {r[2] for r in rows} == {"amina"} and {r[4] for r in rows} == {"1"}
    assert page.waiting_model.headerData(0, Qt.Orientation.Horizontal) == "Registration id"
    # nothing selected yet: only "approve all" can act
    assert page.approve_all_button.isEnabled()
    assert not page.approve_selected_button.isEnabled() and not page.refuse_button.isEnabled()

    click_row(qtbot, page, 0)
    click_row(qtbot, page, 1, add=True)
    assert page.approve_selected_button.isEnabled()
    assert not page.refuse_button.isEnabled()  # a refusal is of one record
    shot(page, "approvals-waiting")
    QTest.mouseClick(page.approve_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(page, "2 record(s) approved"), timeout=TIMEOUT)
    assert "ready to send" in page.message_label.text()
    assert [r[1] for r in table_text(page)] == ["Chadi Haddad"]
    assert page.counts_label.text() == "1 waiting, 0 refused"

    dialog = open_refuse_dialog(qtbot, page, 0)
    assert "Chadi Haddad" in dialog.intro_label.text()
    QTest.keyClicks(dialog.reason_edit, REASON)
    shot(dialog, "approvals-refuse-dialog")
    QTest.mouseClick(dialog.refuse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(page, "refused"), timeout=TIMEOUT)
    assert page.refuse_dialog is None
    assert page.waiting_model.rowCount() == 0
    assert page.waiting_status.text() == "No records wait for approval."
    assert page.counts_label.text() == "0 waiting, 1 refused"
    assert table_text(page, refused=True) == [
        [table_text(page, refused=True)[0][0], "Chadi Haddad", "amina", "amina", REASON]
    ]
    shot(page, "approvals-after-decisions")

    assert db.run_blocking(lambda: Outbox(vault).ready()) == [ali, badr]
    refused = db.run_blocking(lambda: ApprovalService(vault).rejected())
    assert [(r.person_id, r.rejected_reason, r.rejected_by) for r in refused] == [
        (chadi, REASON, "amina")
    ]


def test_approve_all_shown_asks_first_and_says_how_many(
    qtbot: QtBot, page: ApprovalsPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    require_approval(vault)
    ids = seed(vault, clock, "Ali", "Badr", "Chadi")
    bind(qtbot, page, db, vault)

    QTest.mouseClick(page.approve_all_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None and box.isVisible()
    assert "Approve all 3 records shown?" in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert page.confirm_box is None and page.message_label.text() == ""
    assert db.run_blocking(lambda: Outbox(vault).ready()) == []

    QTest.mouseClick(page.approve_all_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None
    approve = box.findChild(QPushButton, "approveAllConfirmButton")
    assert approve is not None and "3" in approve.text()
    QTest.mouseClick(approve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(page, "3 record(s) approved"), timeout=TIMEOUT)
    assert page.waiting_model.rowCount() == 0 and not page.approve_all_button.isEnabled()
    assert db.run_blocking(lambda: Outbox(vault).ready()) == ids


def test_a_record_changed_meanwhile_is_not_approved_blind(
    qtbot: QtBot, page: ApprovalsPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    require_approval(vault)
    ali, badr = seed(vault, clock, "Ali", "Badr")
    bind(qtbot, page, db, vault)
    # An officer's edit lands after the supervisor's list was read.
    db.run_blocking(
        lambda: PeopleService(vault).update(
            badr, make_details("Badr", "Haddad-Nasser"), expected_version=1
        )
    )
    page.waiting_table.selectAll()
    QTest.mouseClick(page.approve_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: settled(page, "1 record(s) approved; 1 had changed meanwhile"), timeout=TIMEOUT
    )
    # The new version is back in the list, to be looked at again.
    assert [(r[1], r[4]) for r in table_text(page)] == [("Badr Haddad-Nasser", "2")]
    assert db.run_blocking(lambda: Outbox(vault).ready()) == [ali]


def test_refusing_without_a_reason_is_impossible(
    qtbot: QtBot, page: ApprovalsPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    require_approval(vault)
    seed(vault, clock, "Ali")
    bind(qtbot, page, db, vault)
    dialog = open_refuse_dialog(qtbot, page, 0)
    assert not dialog.refuse_button.isEnabled()
    QTest.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.refuse_button.isEnabled()
    dialog.accept()  # no other way round the disabled button either
    assert dialog.isVisible() and dialog.result() == 0
    QTest.keyClicks(dialog.reason_edit, "x")
    assert dialog.refuse_button.isEnabled()
    dialog.reason_edit.setPlainText("y" * (REASON_MAX_CHARS + 1))
    assert not dialog.refuse_button.isEnabled()
    assert "Too long" in dialog.count_label.text()
    dialog.reason_edit.clear()
    assert not dialog.refuse_button.isEnabled()
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert page.refuse_dialog is None

    # Even a blank reason that reached the core is refused there, and explained in words.
    page._refuse(page.waiting_model.row_at(0), "  ")
    qtbot.waitUntil(lambda: page.refuse_button.isEnabled(), timeout=TIMEOUT)
    assert "Say why the record is refused" in page.message_label.text()
    assert db.run_blocking(lambda: ApprovalService(vault).rejected()) == []
    assert page.waiting_model.rowCount() == 1


def test_an_officer_sees_the_counts_and_the_refused_list_but_no_controls(
    qtbot: QtBot,
    page: ApprovalsPage,
    db: DatabaseLane,
    created_vault: tuple[Vault, str],
    vault_dir: Path,
    clock: FakeClock,
) -> None:
    supervisor = created_vault[0]
    require_approval(supervisor)
    _ali, badr, chadi = seed(supervisor, clock, "Ali", "Badr", "Chadi")
    ApprovalService(supervisor).reject(chadi, 1, REASON)
    ApprovalService(supervisor).approve([(badr, 1)])
    supervisor.close()
    officer = Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)
    try:
        bind(qtbot, page, db, officer)
        assert page.counts_label.text() == "1 waiting, 1 refused"
        assert page.officer_note.isVisible()
        assert "Only a supervisor can approve or refuse" in page.officer_note.text()
        assert not page.waiting_box.isVisible() and page.waiting_model.rowCount() == 0
        for button in (
            page.approve_selected_button,
            page.approve_all_button,
            page.refuse_button,
        ):
            assert not button.isVisible() and not button.isEnabled()
        assert page.refused_box.isVisible()
        assert [r[1:] for r in table_text(page, refused=True)] == [
            ["Chadi Haddad", "amina", "amina", REASON]
        ]
        # Ctrl+A has no waiting rows to select, and nothing else happens.
        QTest.keyClick(page.refused_table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        assert page.confirm_box is None and page.message_label.text() == ""
        # The officer opens the refused record to correct it.
        with qtbot.waitSignal(page.open_person, timeout=TIMEOUT) as opened:
            page.refused_table.setFocus()
            page.refused_table.setCurrentIndex(page.refused_model.index(0, 0))
            QTest.keyClick(page.refused_table, Qt.Key.Key_Return)
        assert opened.args == [chadi]
        shot(page, "approvals-officer")
    finally:
        db.run_blocking(officer.close)


def test_with_approval_off_the_page_says_so_and_still_lists_refusals(
    qtbot: QtBot, page: ApprovalsPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    seed(vault, clock, "Ali")
    bind(qtbot, page, db, vault)
    assert page.not_required_note.isVisible()
    assert "as soon as they are complete" in page.not_required_note.text()
    assert "in Settings" in page.not_required_note.text()
    assert not page.waiting_box.isVisible() and not page.refused_box.isVisible()
    assert page.counts_label.text() == ""
    shot(page, "approvals-off")

    # A refusal made while approval was on stays listed after it is switched off.
    def refuse_then_switch_off() -> None:
        require_approval(vault)
        row = ApprovalService(vault).waiting()[0]
        ApprovalService(vault).reject(row.person_id, row.version, REASON)
        require_approval(vault, on=False)

    db.run_blocking(refuse_then_switch_off)
    page.refresh()
    qtbot.waitUntil(lambda: page.refused_model.rowCount() == 1, timeout=TIMEOUT)
    assert page.refused_box.isVisible() and not page.waiting_box.isVisible()
    assert "approval off they are sent" in page.refused_status.text()
    assert page.counts_label.text() == "1 refused"
    shot(page, "approvals-off-refused")


def test_ctrl_a_selects_every_waiting_record_and_double_click_opens_one(
    qtbot: QtBot, page: ApprovalsPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    require_approval(vault)
    ali, badr, _chadi = seed(vault, clock, "Ali", "Badr", "Chadi")
    bind(qtbot, page, db, vault)
    page.activateWindow()
    page.approve_all_button.setFocus()  # the shortcut works from anywhere on the page
    QTest.keyClick(page.approve_all_button, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.waiting_table.selectionModel().selectedRows()) == 3
    assert page.waiting_table.hasFocus()
    page.waiting_table.clearSelection()
    QTest.keyClick(page.waiting_table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.waiting_table.selectionModel().selectedRows()) == 3
    assert page.approve_selected_button.isEnabled() and not page.refuse_button.isEnabled()

    table = page.waiting_table
    centre: QPoint = table.visualRect(page.waiting_model.index(1, 1)).center()
    with qtbot.waitSignal(page.open_person, timeout=TIMEOUT) as opened:
        # QTest's double click alone lacks the first press a real double click begins with.
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, centre)
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, centre)
    assert opened.args == [badr]
    with qtbot.waitSignal(page.open_person, timeout=TIMEOUT) as opened:
        table.setCurrentIndex(page.waiting_model.index(0, 0))
        table.selectionModel().select(
            page.waiting_model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        QTest.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [ali]


def test_clear_drops_every_name_and_closes_the_dialogs(
    qtbot: QtBot, page: ApprovalsPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    require_approval(vault)
    ali, badr = seed(vault, clock, "Ali", "Badr")
    ApprovalService(vault).reject(badr, 1, REASON)
    bind(qtbot, page, db, vault)
    assert page.waiting_model.rowCount() == 1 and page.refused_model.rowCount() == 1
    dialog = open_refuse_dialog(qtbot, page, 0)
    QTest.keyClicks(dialog.reason_edit, "half a reason")

    page.clear()  # the station locked
    assert page.waiting_model.rowCount() == 0 and page.refused_model.rowCount() == 0
    assert page.refuse_dialog is None and not dialog.isVisible()
    for label in (
        page.counts_label,
        page.waiting_status,
        page.refused_status,
        page.message_label,
    ):
        assert label.text() == ""
    assert not page.waiting_box.isVisible() and not page.refused_box.isVisible()
    for button in (page.approve_selected_button, page.approve_all_button, page.refuse_button):
        assert not button.isEnabled()
    db.run_blocking(lambda: None)
    qtbot.wait(20)
    # The half-written refusal was not sent, and nothing came back to the screen.
    assert db.run_blocking(lambda: ApprovalService(vault).rejected())[0].person_id == badr
    assert db.run_blocking(lambda: ApprovalService(vault).count_waiting()) == 1
    assert page.waiting_model.rowCount() == 0
    shot(page, "approvals-cleared")
    assert ali


def test_an_answer_that_arrives_after_clear_is_dropped(
    qtbot: QtBot, page: ApprovalsPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    require_approval(vault)
    seed(vault, clock, "Ali")
    page.bind(UiSession(db=db, compute=InlineLane(), vault=vault))
    page.clear()  # the app locked before the lists came back
    db.run_blocking(lambda: None)
    qtbot.wait(50)
    assert page.waiting_model.rowCount() == 0 and page.waiting_status.text() == ""
    assert not page.waiting_box.isVisible()


def test_every_button_has_a_mnemonic_and_an_accessible_name(page: ApprovalsPage) -> None:
    for button in (page.approve_selected_button, page.approve_all_button, page.refuse_button):
        assert "&" in button.text() and button.accessibleName()
    assert page.waiting_table.accessibleName() and page.refused_table.accessibleName()
