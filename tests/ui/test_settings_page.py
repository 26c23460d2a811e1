"""The Settings page as a supervisor and an officer use it: load, change, save, refuse, clear.

Screenshots go to out/screenshots/ for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import OFFICER, OFFICER_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from registrar.settings import SFACE_MODEL_ID, BandEdges, Settings
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.vault import Vault
from ui.session import UiSession
from ui.settings_page import SettingsPage
from ui.tasks import DatabaseLane, InlineLane

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def db() -> Iterator[DatabaseLane]:
    lane = DatabaseLane()
    yield lane
    lane.shutdown()


@pytest.fixture
def page(qtbot: QtBot) -> SettingsPage:
    widget = SettingsPage()
    qtbot.addWidget(widget)
    widget.resize(840, 620)  # about its size beside the navigation in the main window
    widget.show()
    return widget


def _bind(qtbot: QtBot, page: SettingsPage, db: DatabaseLane, vault: Vault) -> UiSession:
    session = UiSession(db=db, compute=InlineLane(), vault=vault)
    page.bind(session)
    qtbot.waitUntil(lambda: page.station_label.text() != "", timeout=10_000)
    return session


def _reopened(db: DatabaseLane, vault: Vault, vault_dir: Path) -> tuple[Settings, list[str]]:
    """The settings and the audit actions a fresh unlock finds."""
    db.run_blocking(vault.close)  # the lane owns the bound vault; close it there
    with Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD) as reopened:
        return reopened.settings(), [str(e.action) for e in audit.entries(reopened.db.conn)]


def test_a_supervisor_changes_the_idle_lock_and_the_bands_and_they_are_kept(
    qtbot: QtBot, page: SettingsPage, db: DatabaseLane, vault: Vault, vault_dir: Path
) -> None:
    _bind(qtbot, page, db, vault)
    assert page.station_label.text() == "KAK01"
    assert page.idle_spin.value() == 10 and page.auto_capture_check.isChecked()
    assert page.strong_spin.value() == pytest.approx(0.40)
    assert page.possible_spin.value() == pytest.approx(0.50)
    assert "SFace" in page.bands_note.text()
    assert page.save_button.isEnabled() and not page.read_only_note.isVisible()
    assert not page.idle_spin.isReadOnly() and page.auto_capture_check.isEnabled()
    shot(page, "settings-supervisor")

    page.idle_spin.setValue(25)
    page.auto_capture_check.setChecked(False)
    assert not page.hold_spin.isEnabled()  # no hold time without auto-capture
    page.strong_spin.setValue(0.35)
    page.possible_spin.setValue(0.47)
    with qtbot.waitSignal(page.settings_saved, timeout=10_000) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message_label.text() == "Settings saved"
    assert page.save_button.isEnabled()
    emitted = saved.args[0] if saved.args else None
    assert isinstance(emitted, Settings) and emitted.desk.idle_lock_minutes == 25

    stored, actions = _reopened(db, vault, vault_dir)
    assert stored.desk.idle_lock_minutes == 25.0 and stored.desk.auto_capture is False
    assert stored.desk.auto_capture_hold_s == 1.0
    assert stored.match.bands[SFACE_MODEL_ID] == BandEdges(strong=0.35, possible=0.47)
    # nothing else moved
    defaults = Settings()
    assert stored.match.bands == defaults.match.bands | {SFACE_MODEL_ID: BandEdges(0.35, 0.47)}
    assert stored.quality == defaults.quality and stored.intake == defaults.intake
    assert actions.count(AuditAction.SETTINGS_CHANGED.value) == 1
    assert actions.count(AuditAction.BANDS_CHANGED.value) == 1  # only SFace's edges moved


def test_an_edit_after_saving_takes_back_the_saved_line(
    qtbot: QtBot, page: SettingsPage, db: DatabaseLane, vault: Vault
) -> None:
    _bind(qtbot, page, db, vault)
    with qtbot.waitSignal(page.settings_saved, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message_label.text() == "Settings saved"
    page.idle_spin.setValue(11)
    assert page.message_label.text() == ""


def test_a_possible_edge_below_the_strong_edge_is_refused_and_nothing_is_stored(
    qtbot: QtBot, page: SettingsPage, db: DatabaseLane, vault: Vault, vault_dir: Path
) -> None:
    _bind(qtbot, page, db, vault)
    page.idle_spin.setValue(30)
    page.strong_spin.setValue(0.48)
    page.possible_spin.setValue(0.42)
    with qtbot.assertNotEmitted(page.settings_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        db.run_blocking(lambda: None)  # anything that had been queued has now run
        qtbot.wait(20)
    assert "possible edge must be at or above the strong edge" in page.message_label.text()
    assert page.save_button.isEnabled()  # correct the edges and try again
    shot(page, "settings-invalid-band")
    stored, actions = _reopened(db, vault, vault_dir)
    assert stored == Settings() and AuditAction.SETTINGS_CHANGED.value not in actions


def test_a_failed_save_is_explained_in_words(
    qtbot: QtBot, page: SettingsPage, db: DatabaseLane, vault: Vault
) -> None:
    _bind(qtbot, page, db, vault)
    db.run_blocking(vault.close)  # the vault goes away under the page
    with qtbot.assertNotEmitted(page.settings_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10_000)
    assert page.message_label.text() == "the vault is locked"


def test_an_officer_sees_the_settings_read_only(
    qtbot: QtBot,
    page: SettingsPage,
    db: DatabaseLane,
    created_vault: tuple[Vault, str],
    vault_dir: Path,
) -> None:
    created_vault[0].close()
    officer = Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)
    try:
        _bind(qtbot, page, db, officer)
        assert page.station_label.text() == "KAK01"
        assert page.idle_spin.value() == 10
        assert page.read_only_note.isVisible()
        assert page.read_only_note.text() == "Only a supervisor can change settings."
        assert not page.save_button.isEnabled()
        assert not page.auto_capture_check.isEnabled()
        for spin in (page.idle_spin, page.hold_spin, page.strong_spin, page.possible_spin):
            assert spin.isReadOnly()
        qtbot.keyClicks(page.idle_spin, "9")
        assert page.idle_spin.value() == 10
        shot(page, "settings-officer")
        with qtbot.assertNotEmitted(page.settings_saved):
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
            db.run_blocking(lambda: None)
            qtbot.wait(20)
        assert page.message_label.text() == ""
    finally:
        db.run_blocking(officer.close)


def test_clear_forgets_everything(
    qtbot: QtBot, page: SettingsPage, db: DatabaseLane, vault: Vault
) -> None:
    _bind(qtbot, page, db, vault)
    page.clear()
    assert page.station_label.text() == "" and page.station_name_label.text() == ""
    assert page.bands_note.text() == "" and page.message_label.text() == ""
    for spin in (page.idle_spin, page.hold_spin, page.strong_spin, page.possible_spin):
        assert spin.cleanText() == ""
    assert not page.auto_capture_check.isChecked()
    assert not page.save_button.isEnabled() and not page.read_only_note.isVisible()
    shot(page, "settings-cleared")


def test_an_answer_that_arrives_after_clear_is_dropped(
    qtbot: QtBot, page: SettingsPage, db: DatabaseLane, vault: Vault
) -> None:
    gate_open = []
    db.submit(lambda: gate_open.append(True), lambda _: None, lambda _: None)
    page.bind(UiSession(db=db, compute=InlineLane(), vault=vault))
    page.clear()  # the app locked before the settings came back
    db.run_blocking(lambda: None)
    qtbot.wait(50)
    assert gate_open and page.station_label.text() == "" and not page.save_button.isEnabled()


def test_every_field_has_a_label_with_a_mnemonic(page: SettingsPage) -> None:
    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel) if label.buddy()}
    for field in (page.idle_spin, page.hold_spin, page.strong_spin, page.possible_spin):
        assert "&" in buddies[field]
    assert "&" in page.auto_capture_check.text() and "&" in page.save_button.text()


def test_a_supervisor_sets_review_approval_and_backlog_guards(
    qtbot: QtBot, page: SettingsPage, db: DatabaseLane, vault: Vault, vault_dir: Path
) -> None:
    _bind(qtbot, page, db, vault)
    assert page.guard_spins["review_max_cases"].text() == "100 cases"
    page.reauth_check.setChecked(True)
    page.grace_spin.setValue(10)
    page.approval_check.setChecked(True)
    page.guard_spins["review_max_cases"].setValue(0)  # off
    page.guard_spins["sync_max_age_days"].setValue(4.5)
    page.stop_check.setChecked(True)
    assert page.guard_spins["review_max_cases"].text() == "off"
    shot(page, "settings-review-and-guards")
    with qtbot.waitSignal(page.settings_saved, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored, _actions = _reopened(db, vault, vault_dir)
    assert stored.review.reauth_for_decisions and stored.review.reauth_grace_minutes == 10
    assert stored.review.end_of_day_approval
    assert stored.guards.review_max_cases == 0 and stored.guards.sync_max_age_days == 4.5
    assert stored.guards.stop_registration
    assert stored.guards.sync_max_records == Settings().guards.sync_max_records
    assert AuditAction.BANDS_CHANGED.value not in _actions  # the bands were not touched
