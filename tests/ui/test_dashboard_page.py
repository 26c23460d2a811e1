"""The Reports page as a supervisor and an officer use it: figures, charts, period, CSV, clear.

Screenshots go to out/screenshots/ (dashboard*.png) for a person to look at.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import OFFICER, OFFICER_PASSWORD, make_details, registration_consent
from fakes.clock import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from registrar.domain.model import Band, CaseSource, CaseState, DuplicateCase, RecordState
from registrar.services.people import PeopleService
from registrar.settings import SFACE_MODEL_ID
from registrar.storage.cases import CaseRepository
from registrar.storage.vault import Vault
from ui.dashboard_page import DashboardPage, ReportsPage, age_text
from ui.session import UiSession
from ui.tasks import DatabaseLane, InlineLane

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)
TIMEOUT = 10_000


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for _ in range(5):  # layouts settle one level per pass (charts, boxes, scroll area)
        QApplication.processEvents()
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def db() -> Iterator[DatabaseLane]:
    lane = DatabaseLane()
    yield lane
    lane.shutdown()


@pytest.fixture
def page(qtbot: QtBot) -> DashboardPage:
    widget = DashboardPage()
    qtbot.addWidget(widget)
    widget.resize(840, 620)  # about its size beside the navigation in the main window
    widget.show()
    return widget


def _case(vault: Vault, a: str, b: str, distance: float, created: dt.datetime) -> None:
    case = DuplicateCase(
        id=str(uuid.uuid4()),
        person_a=min(a, b),
        person_b=max(a, b),
        source=CaseSource.ENROLMENT,
        group_id=a,
        score_id=SFACE_MODEL_ID,
        distance=distance,
        band=Band.STRONG if distance <= 0.40 else Band.POSSIBLE,
        distances={SFACE_MODEL_ID: distance},
        fused=None,
        state=CaseState.OPEN,
        created_at=created,
    )
    with vault.db.transaction() as conn:
        assert CaseRepository(conn).open_case(case)


def _seed(vault: Vault, vault_dir: Path, clock: FakeClock) -> None:
    """A month of registrations by amina and omar (more on some days), some synced, and
    five open cases from 3 hours to 9 days old."""
    schedule = [(day, n) for day, n in zip(range(-29, 1), [3, 5, 2, 0, 4, 6] * 5, strict=True)]
    ids: list[str] = []
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD, clock=clock) as omar:
        for day, n in schedule:
            for i in range(n):
                clock.set(NOW + day * DAY - dt.timedelta(hours=3) + i * dt.timedelta(minutes=5))
                who = omar if i % 3 else vault
                person = PeopleService(who).register(make_details(), registration_consent())
                ids.append(person.id)
    people = PeopleService(vault)
    for pid in ids[:-12]:  # all but the last dozen reached the hub
        people.set_state(pid, RecordState.QUEUED)
        people.set_state(pid, RecordState.SYNCED)
    for pid in ids[-12:-9]:
        people.set_state(pid, RecordState.QUEUED)
    ages = (dt.timedelta(hours=3), 2 * DAY, 2.5 * DAY, 4 * DAY, 9 * DAY)
    for k, (age, distance) in enumerate(zip(ages, (0.38, 0.43, 0.45, 0.47, 0.49), strict=True)):
        _case(vault, ids[2 * k], ids[2 * k + 1], distance, NOW - age)
    clock.set(NOW)


def _bind(qtbot: QtBot, page: DashboardPage, db: DatabaseLane, vault: Vault) -> UiSession:
    session = UiSession(db=db, compute=InlineLane(), vault=vault)
    page.bind(session)
    qtbot.waitUntil(lambda: page.total_label.text() != "", timeout=TIMEOUT)
    return session


def test_a_supervisor_sees_the_backlogs_and_the_registrations(
    qtbot: QtBot,
    page: DashboardPage,
    db: DatabaseLane,
    vault: Vault,
    vault_dir: Path,
    clock: FakeClock,
) -> None:
    _seed(vault, vault_dir, clock)
    _bind(qtbot, page, db, vault)
    review, sync = page.review_box, page.sync_box
    assert review.count_label.text() == "5"
    assert review.age_label.text() == "Oldest: 9 days — over the limit of 3 days"
    assert review.parts_label.text() == "1 strong and 4 possible matches"
    assert "(limit 100)" in review.caption_label.text()
    assert review.age_chart.values == (1, 2, 1, 1)
    assert sync.count_label.text() == "12"
    assert sync.parts_label.text() == "9 waiting to be sent, 3 sent and not yet confirmed"
    # the last dozen: 6 today, 4 yesterday, none the day before, 2 three days ago at 09:00
    assert sync.age_label.text() == "Oldest: 3 days (limit 7 days)"
    assert page.total_label.text().startswith("100 registrations from ")
    assert len(page.per_day_chart.values) == 30 and sum(page.per_day_chart.values) == 100
    assert page.per_day_chart.values[:6] == (3, 5, 2, 0, 4, 6)
    assert page.per_day_chart.labels[-1] != ""  # today is always labelled
    assert page.per_operator_chart.labels == ("omar", "amina")
    assert page.per_operator_chart.values == (60, 40)
    assert page.per_site_chart.labels == ("KAK",) and page.per_site_chart.values == (100,)
    assert page.status_label.text().startswith("Figures as of ")
    assert page.export_button.isEnabled() and page.refresh_button.isEnabled()
    shot(page, "dashboard")

    thirty = page.per_day_chart.values
    page.range_combo.setCurrentIndex(0)  # last 7 days
    qtbot.waitUntil(lambda: len(page.per_day_chart.values) == 7, timeout=TIMEOUT)
    assert page.per_day_chart.values == thirty[-7:] == (6, 3, 5, 2, 0, 4, 6)
    assert page.total_label.text().startswith("26 registrations from ")
    shot(page, "dashboard-7-days")


def test_refresh_shows_what_changed(
    qtbot: QtBot, page: DashboardPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    _bind(qtbot, page, db, vault)
    assert page.review_box.count_label.text() == "0"
    assert page.review_box.age_label.text() == "Nothing is waiting."
    assert page.total_label.text().startswith("0 registrations")
    shot(page, "dashboard-empty")

    def register() -> None:
        PeopleService(vault).register(make_details(), registration_consent())

    db.run_blocking(register)
    clock.advance(3 * 3600)
    QTest.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sync_box.count_label.text() == "1", timeout=TIMEOUT)
    assert page.sync_box.age_label.text() == "Oldest: 3 hours (limit 7 days)"
    assert page.per_day_chart.values[-1] == 1


def test_the_csv_export_writes_the_shown_figures(
    qtbot: QtBot,
    page: DashboardPage,
    db: DatabaseLane,
    vault: Vault,
    vault_dir: Path,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    _seed(vault, vault_dir, clock)
    _bind(qtbot, page, db, vault)
    target = tmp_path / "march"  # the page adds .csv
    suggested: list[str] = []

    def choose(proposal: str) -> str:
        suggested.append(proposal)
        return str(target)

    page.choose_csv_path = choose
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT) as exported:
        QTest.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "march.csv"
    assert exported.args == [str(written)]
    assert suggested and suggested[0].endswith("registrar-report-2026-03-01-30d.csv")
    assert page.status_label.text() == "Saved to march.csv."
    rows = list(csv.reader(io.StringIO(written.read_text(encoding="utf-8"))))
    table = {(s, i): v for s, i, v in rows[1:]}
    assert table["report", "registrations"] == "100"
    assert table["review", "count"] == "5" and table["sync", "count"] == "12"
    assert table["per_operator", "amina"] == str(page.per_operator_chart.values[1])

    # again to the same name: refused, the file is kept
    before = written.read_bytes()
    QTest.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exists already" in page.status_label.text(), timeout=TIMEOUT)
    assert written.read_bytes() == before
    assert page.export_button.isEnabled()

    # a cancelled dialog does nothing
    page.choose_csv_path = lambda _proposal: None
    QTest.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "exists already" in page.status_label.text()


def test_an_officer_sees_the_same_figures(
    qtbot: QtBot,
    page: DashboardPage,
    db: DatabaseLane,
    created_vault: tuple[Vault, str],
    vault_dir: Path,
    clock: FakeClock,
) -> None:
    vault = created_vault[0]
    _seed(vault, vault_dir, clock)
    vault.close()
    officer = Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD, clock=clock)
    try:
        _bind(qtbot, page, db, officer)
        assert page.review_box.count_label.text() == "5"
        assert page.total_label.text().startswith("100 registrations")
        assert page.export_button.isEnabled()
        shot(page, "dashboard-officer")
    finally:
        db.run_blocking(officer.close)


def test_a_failure_is_explained_in_words(
    qtbot: QtBot, page: DashboardPage, db: DatabaseLane, vault: Vault
) -> None:
    _bind(qtbot, page, db, vault)
    db.run_blocking(vault.close)
    QTest.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status_label.text() == "the vault is locked", timeout=TIMEOUT)
    assert page.refresh_button.isEnabled()


def test_clear_forgets_everything(
    qtbot: QtBot,
    page: DashboardPage,
    db: DatabaseLane,
    vault: Vault,
    vault_dir: Path,
    clock: FakeClock,
) -> None:
    _seed(vault, vault_dir, clock)
    _bind(qtbot, page, db, vault)
    page.clear()
    labels = [w.text() for w in page.findChildren(QLabel) if w.objectName()]
    assert labels and all(text == "" for text in labels)
    for chart in (page.per_day_chart, page.per_operator_chart, page.review_box.age_chart):
        assert chart.values == () and chart.chart().series() == []
    assert not page.export_button.isEnabled() and not page.refresh_button.isEnabled()
    shot(page, "dashboard-cleared")


def test_an_answer_that_arrives_after_clear_is_dropped(
    qtbot: QtBot, page: DashboardPage, db: DatabaseLane, vault: Vault
) -> None:
    page.bind(UiSession(db=db, compute=InlineLane(), vault=vault))
    page.clear()
    db.run_blocking(lambda: None)
    qtbot.wait(50)
    assert page.total_label.text() == "" and not page.export_button.isEnabled()


@pytest.mark.parametrize(
    ("age", "text"),
    [
        (dt.timedelta(seconds=20), "less than a minute"),
        (dt.timedelta(minutes=1), "1 minute"),
        (dt.timedelta(minutes=59), "59 minutes"),
        (dt.timedelta(hours=1, minutes=30), "1 hour"),
        (dt.timedelta(hours=23), "23 hours"),
        (dt.timedelta(days=1, hours=23), "1 day"),
        (dt.timedelta(days=3, hours=2), "3 days"),
    ],
)
def test_ages_read_as_words(age: dt.timedelta, text: str) -> None:
    assert age_text(age) == text


def test_the_reports_tabs_read_only_when_shown(
    qtbot: QtBot, db: DatabaseLane, vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    _seed(vault, vault_dir, clock)
    reports = ReportsPage()
    qtbot.addWidget(reports)
    reports.resize(840, 620)
    reports.bind(UiSession(db=db, compute=InlineLane(), vault=vault))
    db.run_blocking(lambda: None)
    qtbot.wait(20)
    assert reports.dashboard.total_label.text() == ""  # hidden: nothing read at unlock
    reports.show()
    qtbot.waitUntil(lambda: reports.dashboard.total_label.text() != "", timeout=TIMEOUT)
    assert reports.calibration.counts_label.text() == ""  # its tab was not shown yet
    reports.setCurrentWidget(reports.calibration)
    qtbot.waitUntil(lambda: reports.calibration.counts_label.text() != "", timeout=TIMEOUT)
    assert reports.calibration.score_combo.count() == 3

    # shown again: counted again
    db.run_blocking(lambda: PeopleService(vault).register(make_details(), registration_consent()))
    reports.setCurrentWidget(reports.dashboard)
    qtbot.waitUntil(
        lambda: reports.dashboard.total_label.text().startswith("101 "), timeout=TIMEOUT
    )
    shot(reports, "dashboard-tabs")

    reports.clear()
    assert reports.dashboard.total_label.text() == ""
    assert reports.calibration.score_combo.count() == 0
