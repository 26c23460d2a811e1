"""The Sync page against a real hub on 127.0.0.1: enrol, sync, a hub that is down, cancel,
a USB stick both ways, a record in conflict sent again, an officer's view, background sync.

Screenshots go to out/screenshots/sync-*.png for a person to look at.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pytest
from conftest import DATA, OFFICER, OFFICER_PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest  # what qtbot's clicks call, with type hints
from PySide6.QtWidgets import QApplication, QGroupBox, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from support.hub import HubProcess, make_hub, make_station, register, token

from registrar.domain.model import FacePhoto, FaceTemplate, Role
from registrar.hub.service import Hub
from registrar.services.people import ErasureReason, PeopleService
from registrar.services.sync import SyncService
from registrar.settings import SFACE_MODEL_ID
from registrar.storage.vault import Vault
from registrar.sync.transport import HttpTransport, UploadAnswer
from ui.app import AppController
from ui.session import UiSession
from ui.sync_page import BatchColumn, ProblemColumn, SyncPage, SyncRunner
from ui.tasks import DatabaseLane, InlineLane

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
TIMEOUT = 10_000
LEFT = Qt.MouseButton.LeftButton
SUPERVISOR = "amina"
PASSWORD = "correct horse battery"


def shot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()  # the layout follows the texts just set, as on screen
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    process = HubProcess(make_hub(tmp_path / "hub", None)).start()
    yield process
    process.stop()


@pytest.fixture
def station(tmp_path: Path) -> Vault:
    """A station (supervisor amina, officer omar); the desk that binds it closes it."""
    vault = make_station(tmp_path / "station", "KAK", 1)
    vault.add_operator(OFFICER, Role.OFFICER, OFFICER_PASSWORD)
    return vault


@dataclass(eq=False)
class Desk:
    """The page as the app wires it: the database lane, the sync lane and its runner."""

    vault: Vault
    db: DatabaseLane
    sync: DatabaseLane
    runner: SyncRunner
    page: SyncPage

    def close(self) -> None:
        self.runner.close()
        self.sync.shutdown()  # the sync connection is closed on its lane
        self.db.run_blocking(self.vault.close)
        self.db.shutdown()


@pytest.fixture
def open_desk(qtbot: QtBot) -> Iterator[Callable[[Vault], Desk]]:
    desks: list[Desk] = []

    def open_(vault: Vault) -> Desk:
        db, sync = DatabaseLane(), DatabaseLane()
        runner = SyncRunner(sync)
        page = SyncPage(runner)
        qtbot.addWidget(page)
        page.resize(840, 640)  # about its size beside the navigation in the main window
        page.show()
        desk = Desk(vault, db, sync, runner, page)
        desks.append(desk)
        runner.open(vault)
        page.bind(UiSession(db=db, compute=InlineLane(), vault=vault))
        qtbot.waitUntil(lambda: page.backlog_label.text() != "", timeout=TIMEOUT)
        return desk

    yield open_
    for desk in desks:
        desk.close()


def enrol(vault: Vault, hub: HubProcess) -> None:
    """Enrolled as a supervisor would, before the page opens (for tests about other things)."""
    SyncService(vault).enrol(hub.url, token(hub.hub_dir))


def click(button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    QTest.mouseClick(button, LEFT)


def sync_and_wait(qtbot: QtBot, page: SyncPage, expected: str) -> None:
    click(page.sync_button)
    qtbot.waitUntil(lambda: expected in page.message_label.text(), timeout=TIMEOUT)
    settled(qtbot, page)


def settled(qtbot: QtBot, page: SyncPage) -> None:
    """The runner is free and the page has read the vault again."""
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=TIMEOUT)
    with qtbot.waitSignal(page.state_shown, timeout=TIMEOUT):
        page.refresh()


def batch_row(page: SyncPage, row: int = 0) -> dict[BatchColumn, str]:
    model = page.batches_model
    return {c: str(model.index(row, c).data()) for c in BatchColumn}


def problem_rows(page: SyncPage) -> list[dict[ProblemColumn, str]]:
    model = page.problems_model
    return [
        {c: str(model.index(r, c).data()) for c in ProblemColumn} for r in range(model.rowCount())
    ]


# --- enrolling and syncing ---------------------------------------------------------------------


def test_a_supervisor_enrols_with_a_token_syncs_and_sees_the_records_acknowledged(
    qtbot: QtBot, hub: HubProcess, station: Vault, open_desk: Callable[[Vault], Desk]
) -> None:
    for name in ("Ali", "Badr", "Chadi"):
        register(station, name)
    page = open_desk(station).page
    assert page.not_enrolled_label.isVisible() and page.enrol_form.isVisible()
    assert not page.officer_enrol_note.isVisible() and not page.hub_details.isVisible()
    assert not page.sync_button.isEnabled() and not page.export_button.isEnabled()
    assert not page.enrol_button.isEnabled()  # no address and token yet
    assert page.backlog_label.text().startswith("3 record(s) wait for the hub")
    assert page.last_success_label.text() == "Last successful sync: never"
    assert not page.batches_box.isVisible() and not page.problems_box.isVisible()
    shot(page, "sync-not-enrolled")

    # A token for another hub (or mistyped) is refused by the hub, in words.
    real = token(hub.hub_dir)
    prefix, _secret, fingerprint = real.split("-")
    page.enrol_url_edit.setText(hub.url)
    page.enrol_token_edit.setText(f"{prefix}-NOTTHESECRET-{fingerprint}")
    click(page.enrol_button)
    qtbot.waitUntil(lambda: "new token" in page.message_label.text(), timeout=TIMEOUT)
    assert "Ask the hub operator for a new token" in page.message_label.text()
    settled(qtbot, page)
    assert page.not_enrolled_label.isVisible()
    shot(page, "sync-enrol-wrong-token")

    page.enrol_token_edit.setText(real)
    click(page.enrol_button)
    qtbot.waitUntil(lambda: page.hub_details.isVisible(), timeout=TIMEOUT)
    assert "enrolled at the hub" in page.message_label.text()
    assert not page.enrol_form.isVisible() and not page.not_enrolled_label.isVisible()
    assert page.enrol_token_edit.text() == ""  # a used token is not left on screen
    assert hub.url in page.hub_url_label.text()
    assert page.hub_name_label.text() == "Regional hub"
    grouped = page.fingerprint_label.text().strip("\u2066\u2069")
    assert grouped.replace(" ", "") == fingerprint and len(grouped.split()) == 4
    assert page.batches_status.text().startswith("No batch has been sealed yet")

    sync_and_wait(qtbot, page, "3 record(s) reached the hub")
    assert "(3 accepted)" in page.message_label.text()
    row = batch_row(page)
    assert row[BatchColumn.SEQUENCE] == "1" and row[BatchColumn.RECORDS] == "3"
    assert row[BatchColumn.STATE] == "Acknowledged by the hub"
    assert row[BatchColumn.OUTCOME] == "3 accepted"
    assert page.backlog_label.text() == "Every record is at the hub."
    assert page.summary_label.text() == "0 waiting for sync"
    assert page.last_success_label.text().startswith("Last successful sync: 20")
    assert not page.last_error_label.isVisible()
    assert not page.progress.isVisible() and not page.cancel_button.isVisible()
    shot(page, "sync-enrolled-with-batches")

    # Nothing new: said so, and nothing else changes.
    sync_and_wait(qtbot, page, "Nothing new to send.")
    assert page.batches_model.rowCount() == 1


def test_a_hub_whose_keys_do_not_match_the_token_is_not_enrolled_at(
    qtbot: QtBot, hub: HubProcess, station: Vault, open_desk: Callable[[Vault], Desk]
) -> None:
    prefix, secret, _fingerprint = token(hub.hub_dir).split("-")
    page = open_desk(station).page
    page.enrol_url_edit.setText(hub.url.removeprefix("http://"))
    page.enrol_token_edit.setText(f"{prefix}-{secret}-{_fingerprint}")
    click(page.enrol_button)
    qtbot.waitUntil(lambda: "http:// or https://" in page.message_label.text(), timeout=TIMEOUT)
    settled(qtbot, page)
    page.enrol_url_edit.setText(hub.url)
    # As if another machine answered at the hub's address: its keys are not the token's.
    page.enrol_token_edit.setText(f"{prefix}-{secret}-00000000deadbeef")
    click(page.enrol_button)
    qtbot.waitUntil(lambda: "may not be your hub" in page.message_label.text(), timeout=TIMEOUT)
    assert "Do not enrol; call the hub operator" in page.message_label.text()
    settled(qtbot, page)
    assert page.not_enrolled_label.isVisible() and not page.hub_details.isVisible()
    assert not page.sync_button.isEnabled()
    shot(page, "sync-enrol-not-your-hub")


def test_a_supervisor_gives_the_hubs_new_address_and_another_hub_is_refused(
    qtbot: QtBot,
    hub: HubProcess,
    station: Vault,
    open_desk: Callable[[Vault], Desk],
    tmp_path: Path,
) -> None:
    enrol(station, hub)
    page = open_desk(station).page
    assert page.change_address_button.isVisible() and not page.address_form.isVisible()
    click(page.change_address_button)
    assert page.address_form.isVisible() and not page.change_address_button.isVisible()
    assert page.address_edit.text() == hub.url
    assert not page.save_address_button.isEnabled()  # nothing changed yet
    shot(page, "sync-address-form")

    # Another hub answers at the typed address: refused in words; the address stays.
    with HubProcess(make_hub(tmp_path / "other", None)) as other:
        page.address_edit.setText(other.url)
        click(page.save_address_button)
        qtbot.waitUntil(lambda: "not your hub" in page.message_label.text(), timeout=TIMEOUT)
        settled(qtbot, page)
    assert "The address was not changed" in page.message_label.text()
    assert page.address_form.isVisible() and page.address_edit.text() == other.url
    assert hub.url in page.hub_url_label.text()
    shot(page, "sync-address-not-your-hub")

    # The link is down while the hub moves: the address is saved all the same, and said so.
    page.address_edit.setText("http://127.0.0.1:9")
    click(page.save_address_button)
    qtbot.waitUntil(lambda: "could not be reached" in page.message_label.text(), timeout=TIMEOUT)
    settled(qtbot, page)
    assert not page.address_form.isVisible() and page.change_address_button.isVisible()
    assert "http://127.0.0.1:9" in page.hub_url_label.text()

    # Keeping the old address changes nothing.
    click(page.change_address_button)
    page.address_edit.setText("http://10.9.9.9:8443")
    click(page.keep_address_button)
    assert not page.address_form.isVisible()
    assert "http://127.0.0.1:9" in page.hub_url_label.text()

    # The hub itself, typed with Enter: it answered there with its keys.
    click(page.change_address_button)
    page.address_edit.setText(hub.url + "/")
    QTest.keyClick(page.address_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "answered at its new address" in page.message_label.text(), timeout=TIMEOUT
    )
    settled(qtbot, page)
    assert page.hub_url_label.text().strip("\u2066\u2069") == hub.url
    shot(page, "sync-address-changed")
    sync_and_wait(qtbot, page, "Nothing new to send.")  # the hub answered at that address


def test_with_the_hub_down_sync_now_explains_and_the_records_wait(
    qtbot: QtBot, hub: HubProcess, station: Vault, open_desk: Callable[[Vault], Desk]
) -> None:
    enrol(station, hub)
    register(station, "Ali")
    desk = open_desk(station)
    page = desk.page
    sync_and_wait(qtbot, page, "1 record(s) reached the hub")
    hub.stop()

    # Nothing waits: the hub's findings cannot be fetched either.
    sync_and_wait(qtbot, page, "The hub could not be reached")
    assert "Records wait safely in the vault; sync will try again" in page.message_label.text()

    register(station, "Badr")
    register(station, "Chadi")
    sync_and_wait(qtbot, page, "1 batch(es) could not be sent")
    text = page.message_label.text()
    assert "The hub could not be reached" in text and "wait safely in the vault" in text
    assert page.backlog_label.text().startswith("2 record(s) wait for the hub; the oldest")
    assert not page.last_error_label.isVisible()  # the line below says it already
    newest = batch_row(page, 0)
    assert newest[BatchColumn.STATE].startswith("Waiting; next try at")
    assert newest[BatchColumn.OUTCOME] == "\u26a0 Hub not reachable"
    tip = page.batches_model.index(0, BatchColumn.OUTCOME).data(Qt.ItemDataRole.ToolTipRole)
    assert "sync will try again" in tip
    assert batch_row(page, 1)[BatchColumn.OUTCOME] == "1 accepted"
    shot(page, "sync-error")

    # Opened again later, the page still says why the last try failed.
    with qtbot.waitSignal(page.state_shown, timeout=TIMEOUT):
        page.bind(UiSession(db=desk.db, compute=InlineLane(), vault=station))
    assert page.message_label.text() == ""
    assert page.last_error_label.isVisible()
    assert "The last try failed: The hub could not be reached" in page.last_error_label.text()
    shot(page, "sync-error-later")

    hub.start()  # the same port again
    sync_and_wait(qtbot, page, "2 record(s) reached the hub")
    assert page.backlog_label.text() == "Every record is at the hub."
    assert not page.last_error_label.isVisible()


@dataclass
class Gate:
    """Holds the second piece of an upload until the test lets it go."""

    pieces: int = 0
    waiting: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


class GatedTransport(HttpTransport):
    def __init__(self, url: str, gate: Gate) -> None:
        super().__init__(url)
        self.gate = gate

    def put_chunk(self, batch_id: str, offset: int, data: bytes) -> UploadAnswer:
        self.gate.pieces += 1
        if self.gate.pieces == 2:
            self.gate.waiting.set()
            assert self.gate.release.wait(TIMEOUT / 1000)
        return super().put_chunk(batch_id, offset, data)


def test_cancel_stops_a_sync_between_pieces_and_the_next_sync_goes_on(
    qtbot: QtBot, hub: HubProcess, station: Vault, open_desk: Callable[[Vault], Desk]
) -> None:
    enrol(station, hub)
    settings = station.settings()
    station.save_settings(replace(settings, sync=replace(settings.sync, chunk_bytes=4096)))
    for name in ("Ali", "Badr", "Chadi", "Dana", "Ehab", "Farah", "Ghada", "Hadi"):
        register(station, name)
    desk = open_desk(station)
    page = desk.page
    gate = Gate()
    desk.runner.transport_factory = lambda url: GatedTransport(url, gate)

    click(page.sync_button)
    qtbot.waitUntil(gate.waiting.is_set, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=TIMEOUT)
    assert page.progress.isVisible() and page.cancel_button.isVisible()
    assert " of " in page.progress.format()
    assert not page.sync_button.isEnabled() and not page.export_button.isEnabled()
    # The batch sealed for this sync is listed while it goes.
    qtbot.waitUntil(lambda: page.batches_model.rowCount() == 1, timeout=TIMEOUT)
    assert batch_row(page)[BatchColumn.STATE] == "Partly sent"
    shot(page, "sync-in-progress")
    click(page.cancel_button)
    assert not page.cancel_button.isEnabled()
    gate.release.set()
    qtbot.waitUntil(lambda: "Sync cancelled" in page.message_label.text(), timeout=TIMEOUT)
    settled(qtbot, page)
    assert page.backlog_label.text().startswith("8 record(s) wait for the hub")
    row = batch_row(page)
    assert row[BatchColumn.STATE] == "Partly sent" and row[BatchColumn.OUTCOME] == ""
    assert not page.progress.isVisible()

    sync_and_wait(qtbot, page, "8 record(s) reached the hub")
    assert batch_row(page)[BatchColumn.OUTCOME] == "8 accepted"
    assert page.backlog_label.text() == "Every record is at the hub."


# --- the USB stick --------------------------------------------------------------------------------


def test_batches_go_to_the_hub_on_a_usb_stick_and_its_receipts_come_back(
    qtbot: QtBot,
    hub: HubProcess,
    station: Vault,
    open_desk: Callable[[Vault], Desk],
    tmp_path: Path,
) -> None:
    enrol(station, hub)
    hub.stop()  # no network from here on
    for name in ("Ali", "Badr", "Chadi"):
        register(station, name)
    stick = tmp_path / "usb"
    stick.mkdir()
    page = open_desk(station).page
    titles: list[str] = []

    def choose(_parent: QWidget, title: str) -> Path:
        titles.append(title)
        return stick

    page.choose_folder = choose
    click(page.export_button)
    qtbot.waitUntil(lambda: "batch file(s) written" in page.message_label.text(), timeout=TIMEOUT)
    assert page.message_label.text().startswith("1 batch file(s) written to")
    assert str(stick) in page.message_label.text()
    assert titles == ["Choose the folder to write the batches to"]
    assert len(list(stick.glob("*.rgb"))) == 1
    settled(qtbot, page)
    assert page.backlog_label.text().startswith("3 record(s) wait")  # until the receipts
    assert batch_row(page)[BatchColumn.STATE] == "Waiting to be sent"

    # A cancelled folder dialog does nothing.
    page.choose_folder = lambda _parent, _title: None
    click(page.import_button)
    assert not page.runner.busy

    with Hub.open(hub.hub_dir) as central:
        results = list(central.import_dir(stick))
    assert [error for _path, _batch, error in results] == [None]
    assert len(list(stick.glob("*.receipt"))) == 1

    page.choose_folder = choose
    click(page.import_button)
    qtbot.waitUntil(lambda: "receipt(s) read" in page.message_label.text(), timeout=TIMEOUT)
    assert page.message_label.text().startswith("1 receipt(s) read")
    assert titles[-1] == "Choose the folder with the hub's receipts"
    settled(qtbot, page)
    assert batch_row(page)[BatchColumn.OUTCOME] == "3 accepted"
    assert page.backlog_label.text() == "Every record is at the hub."
    assert not page.last_success_label.text().endswith("never")
    shot(page, "sync-usb-done")

    # The same receipts again: nothing to apply, and said so.
    click(page.import_button)
    qtbot.waitUntil(
        lambda: "read before or are for another station" in page.message_label.text(),
        timeout=TIMEOUT,
    )
    settled(qtbot, page)

    # A folder that is gone (the stick pulled out) is explained, not a crash.
    page.choose_folder = lambda _parent, _title: tmp_path / "gone"
    click(page.export_button)
    qtbot.waitUntil(
        lambda: "Is the USB stick still in" in page.message_label.text(), timeout=TIMEOUT
    )


# --- records that cannot leave -------------------------------------------------------------------


def test_a_record_in_conflict_is_listed_and_a_supervisor_sends_it_again(
    qtbot: QtBot, hub: HubProcess, station: Vault, open_desk: Callable[[Vault], Desk]
) -> None:
    enrol(station, hub)
    ali = register(station, "Ali")
    SyncService(station).sync_now()
    # As after restoring an old copy of the vault: version 1 again, with other contents.
    with station.db.transaction() as conn:
        conn.execute(
            "UPDATE people SET given_name = 'Alia', state = 'complete' WHERE id = ?", (ali,)
        )
    register(station, "Badr")
    page = open_desk(station).page
    sync_and_wait(qtbot, page, "2 record(s) reached the hub")
    assert "1 accepted, 1 in conflict" in page.message_label.text()
    assert page.problems_box.isVisible()
    rows = problem_rows(page)
    assert len(rows) == 1
    assert rows[0][ProblemColumn.VERSION] == "1"
    assert rows[0][ProblemColumn.PROBLEM] == "The hub holds another record with this version number"
    assert batch_row(page)[BatchColumn.OUTCOME] == "1 accepted, 1 in conflict"
    assert not page.resend_button.isEnabled()  # nothing selected
    page.problems_table.selectRow(0)
    assert page.resend_button.isEnabled()
    shot(page, "sync-problems")

    # Double-clicking (or Enter) opens the record.
    with qtbot.waitSignal(page.open_person, timeout=TIMEOUT) as opened:
        page.problems_table.setFocus()
        QTest.keyClick(page.problems_table, Qt.Key.Key_Return)
    assert opened.args == [ali]

    click(page.resend_button)
    box = page.confirm_box
    assert box is not None and box.isVisible()
    assert "as version 2" in box.text()
    send = box.findChild(QPushButton, "resendConfirmButton")
    assert send is not None
    with qtbot.waitSignal(page.resent, timeout=TIMEOUT):
        QTest.mouseClick(send, LEFT)
    qtbot.waitUntil(lambda: not page.problems_box.isVisible(), timeout=TIMEOUT)
    assert "queued again as version 2" in page.message_label.text()
    sync_and_wait(qtbot, page, "1 record(s) reached the hub (1 accepted)")
    assert page.backlog_label.text() == "Every record is at the hub."


def test_an_erasure_waits_on_the_page_until_a_batch_tells_the_hub(
    qtbot: QtBot, hub: HubProcess, station: Vault, open_desk: Callable[[Vault], Desk]
) -> None:
    enrol(station, hub)
    person = register(station, "Ali")
    assert SyncService(station).sync_now().ok
    PeopleService(station).erase(person, ErasureReason.PERSON_REQUEST)
    page = open_desk(station).page
    assert page.backlog_label.text() == (
        "Every record is at the hub. 1 erasure(s) wait to be sent to the hub."
    )
    shot(page, "sync-erasure-waiting")
    sync_and_wait(qtbot, page, "1 erasure(s) done at the hub.")
    assert page.message_label.text() == "1 erasure(s) done at the hub."
    row = batch_row(page)
    assert row[BatchColumn.RECORDS] == "0"
    assert row[BatchColumn.OUTCOME] == "1 erasure(s) done at the hub"
    assert page.backlog_label.text() == "Every record is at the hub."
    shot(page, "sync-erasure-sent")


# --- an officer -----------------------------------------------------------------------------------


def test_an_officer_sees_that_a_supervisor_must_enrol_and_no_enrol_box(
    qtbot: QtBot, station: Vault, open_desk: Callable[[Vault], Desk], tmp_path: Path
) -> None:
    station.close()
    officer = Vault.unlock(tmp_path / "station", OFFICER, OFFICER_PASSWORD)
    page = open_desk(officer).page
    assert page.not_enrolled_label.isVisible()
    assert not page.enrol_form.isVisible() and not page.enrol_button.isVisible()
    assert page.officer_enrol_note.isVisible()
    assert "A supervisor must enrol this station" in page.officer_enrol_note.text()
    assert not page.sync_button.isEnabled()
    assert page.summary_label.text() == "Not enrolled"
    shot(page, "sync-officer")


def test_clear_forgets_the_hub_and_the_lists(
    qtbot: QtBot, hub: HubProcess, station: Vault, open_desk: Callable[[Vault], Desk]
) -> None:
    enrol(station, hub)
    register(station, "Ali")
    desk = open_desk(station)
    page = desk.page
    sync_and_wait(qtbot, page, "1 record(s) reached the hub")
    desk.runner.close()
    page.clear()
    assert page.hub_url_label.text() == "" and page.fingerprint_label.text() == ""
    assert page.backlog_label.text() == "" and page.message_label.text() == ""
    assert page.batches_model.rowCount() == 0 and not page.batches_box.isVisible()
    assert not page.sync_button.isEnabled() and not page.enrol_form.isVisible()
    # A job asked for after the lock is refused, not run.
    assert not desk.runner.sync_now()


# --- right to left --------------------------------------------------------------------------------


def test_the_page_lays_out_right_to_left_in_arabic(
    qtbot: QtBot,
    hub: HubProcess,
    station: Vault,
    open_desk: Callable[[Vault], Desk],
    qapp: QApplication,
) -> None:
    from ui.i18n import install_language

    enrol(station, hub)
    for name in ("Ali", "Badr"):
        register(station, name)
    SyncService(station).sync_now()
    register(station, "Chadi")
    install_language(qapp, "ar")
    try:
        page = open_desk(station).page
        qtbot.waitUntil(lambda: page.batches_model.rowCount() == 1, timeout=TIMEOUT)
        assert page.isRightToLeft()
        # The hub box sits at the right, the sending box to its left.
        assert page.hub_box.x() > page.send_box.x()
        assert page.hub_url_label.text().strip("\u2066\u2069") == hub.url
        shot(page, "sync-arabic")
    finally:
        install_language(qapp, "en")


# --- the settings ------------------------------------------------------------------------------


def test_a_supervisor_sets_how_sync_runs_in_settings(
    qtbot: QtBot, vault: Vault, vault_dir: Path
) -> None:
    from ui.settings_page import SettingsPage

    db = DatabaseLane()
    try:
        page = SettingsPage()
        qtbot.addWidget(page)
        page.resize(840, 640)
        page.show()
        page.bind(UiSession(db=db, compute=InlineLane(), vault=vault))
        qtbot.waitUntil(lambda: page.station_label.text() != "", timeout=TIMEOUT)
        assert page.sync_interval_spin.text() == "5 minutes"
        assert page.keep_days_spin.text() == "never (keep them)"
        assert page.batch_size_spin.text() == "8.0 MiB"
        assert page.record_size_spin.text() == "32.0 MiB"
        assert page.chunk_size_spin.text() == "256 KiB"
        page.sync_interval_spin.setValue(0)
        assert page.sync_interval_spin.text() == "off (only Sync now)"
        page.keep_days_spin.setValue(30)
        page.batch_size_spin.setValue(4.5)
        page.chunk_size_spin.setValue(64)
        box = page.findChild(QGroupBox, "syncSettingsBox")
        scroll = page.findChild(QScrollArea)
        assert box is not None and scroll is not None
        scroll.ensureWidgetVisible(box)
        shot(page, "settings-sync")
        with qtbot.waitSignal(page.settings_saved, timeout=TIMEOUT) as saved:
            click(page.save_button)
        stored = saved.args[0].sync
        assert stored.interval_minutes == 0 and stored.keep_days_after_receipt == 30
        assert stored.max_batch_bytes == round(4.5 * 1024 * 1024)
        assert stored.chunk_bytes == 64 * 1024
        assert stored.max_record_bytes == 32 * 1024 * 1024  # untouched: kept to the byte
        assert db.run_blocking(vault.settings).sync == stored
    finally:
        db.shutdown()


# --- background sync in the app ----------------------------------------------------------------


def same_face() -> tuple[FacePhoto, tuple[FaceTemplate, ...]]:
    """A photo with one made-up template: the same vector at two stations is one face."""
    jpeg = sorted((DATA / "faces").rglob("*.jpg"))[0].read_bytes()
    vector = np.ones(128, dtype=np.float32) / np.sqrt(128)
    photo = FacePhoto(jpeg, 100, 100)
    return photo, (FaceTemplate(SFACE_MODEL_ID, vector, photo.id),)


def test_the_app_syncs_in_the_background_and_the_status_bar_follows(
    qtbot: QtBot, hub: HubProcess, station: Vault, tmp_path: Path
) -> None:
    # Another station registered the same face first.
    other = make_station(tmp_path / "other", "KAK", 2)
    try:
        enrol(other, hub)
        photo, templates = same_face()
        register(other, "Alia", photo=photo, templates=templates)
        assert SyncService(other).sync_now().ok
    finally:
        other.close()
    enrol(station, hub)
    settings = station.settings()
    station.save_settings(replace(settings, sync=replace(settings.sync, interval_minutes=0.01)))
    photo, templates = same_face()
    register(station, "Ali", photo=photo, templates=templates)
    register(station, "Badr")
    station.close()
    app = AppController(tmp_path / "station", load_faces=False)
    qtbot.addWidget(app.login)
    qtbot.addWidget(app.main)
    app.start()
    try:
        app.login.operator_edit.setText(SUPERVISOR)
        app.login.password_edit.setText(PASSWORD)
        QTest.mouseClick(app.login.unlock_button, LEFT)
        qtbot.waitUntil(lambda: app.main.isVisible(), timeout=TIMEOUT)
        assert app.sync_timer.isActive() and app.sync_timer.interval() == 1000
        assert app.main.pages["sync"] is app.sync_page
        assert app.main.review_label.text() == "0 case(s) to review"
        qtbot.waitUntil(lambda: app.main.sync_label.text() == "0 waiting for sync", timeout=TIMEOUT)
        # The hub found Ali at the other station: a case to review here.
        qtbot.waitUntil(
            lambda: app.main.review_label.text() == "1 case(s) to review", timeout=TIMEOUT
        )
        # Nobody asked for that sync: the status bar says what it brought.
        qtbot.waitUntil(
            lambda: (
                "The hub found 1 possible duplicate(s)" in app.main.statusBar().currentMessage()
            ),
            timeout=TIMEOUT,
        )
        shot(app.main, "sync-background-finding")
        app.main.show_page("sync")
        qtbot.waitUntil(
            lambda: (
                app.sync_page.batches_model.rowCount() == 1
                and batch_row(app.sync_page)[BatchColumn.OUTCOME] == "2 accepted"
            ),
            timeout=TIMEOUT,
        )
        shot(app.main, "sync-in-the-app")
        # A lock stops the timer and closes the sync connection.
        app.lock()
        assert not app.sync_timer.isActive() and not app.sync.is_open
    finally:
        app.shutdown()


def test_locking_during_a_sync_cancels_it_and_closes_its_connection(
    qtbot: QtBot, hub: HubProcess, station: Vault, tmp_path: Path
) -> None:
    enrol(station, hub)
    settings = station.settings()
    station.save_settings(
        replace(settings, sync=replace(settings.sync, chunk_bytes=4096, interval_minutes=0))
    )
    for name in ("Ali", "Badr", "Chadi", "Dana", "Ehab", "Farah", "Ghada", "Hadi"):
        register(station, name)
    station.close()
    app = AppController(tmp_path / "station", load_faces=False)
    qtbot.addWidget(app.login)
    qtbot.addWidget(app.main)
    gate = Gate()
    app.sync.transport_factory = lambda url: GatedTransport(url, gate)
    app.start()
    try:
        app.login.operator_edit.setText(SUPERVISOR)
        app.login.password_edit.setText(PASSWORD)
        QTest.mouseClick(app.login.unlock_button, LEFT)
        qtbot.waitUntil(lambda: app.main.isVisible(), timeout=TIMEOUT)
        assert not app.sync_timer.isActive()  # 0: only "Sync now"
        app.main.show_page("sync")
        page = app.sync_page
        qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=TIMEOUT)
        click(page.sync_button)
        qtbot.waitUntil(gate.waiting.is_set, timeout=TIMEOUT)
        app.lock()
        assert not app.sync.busy and not app.sync.is_open
        assert page.message_label.text() == "" and page.batches_model.rowCount() == 0
        gate.release.set()
        app.sync_lane.run_blocking(lambda: None)  # the cancelled sync and the close have run
        qtbot.wait(50)  # their answers, dropped
        assert page.message_label.text() == "" and page.progress.format() == ""
        app.db.run_blocking(lambda: None)  # the vault is closed too
    finally:
        app.shutdown()
    with Vault.unlock(tmp_path / "station", SUPERVISOR, PASSWORD) as again:
        status = SyncService(again).status()
        assert status.unsynced == 8 and status.waiting_batches == 1
        batch = SyncService(again).batches()[0]
        assert 0 < batch.sent_bytes < batch.size  # stopped between pieces, kept for next time
