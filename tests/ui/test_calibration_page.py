"""The band calibration page as a supervisor and an officer use it: the figures shown equal a
reference counted here, the suggestion, setting and saving bands with their audit entry.

Screenshots go to out/screenshots/ (calibration*.png) for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import (
    OFFICER,
    OFFICER_PASSWORD,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
    make_details,
    registration_consent,
)
from fakes.clock import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from registrar.domain.model import Band, CaseSource, CaseState, Decision, DuplicateCase
from registrar.services.people import PeopleService
from registrar.settings import DLIB_MODEL_ID, SFACE_MODEL_ID, BandEdges, Settings
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.cases import CaseRepository
from registrar.storage.vault import Vault
from ui.calibration_page import CalibrationPage, Row
from ui.session import UiSession
from ui.tasks import DatabaseLane, InlineLane

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
TIMEOUT = 10_000
S, D = Decision.SAME, Decision.DIFFERENT
SAME = [0.18, 0.21, 0.24, 0.26, 0.29, 0.31, 0.33, 0.35, 0.38, 0.41, 0.44, 0.48]
DIFFERENT = [0.34, 0.39, 0.42, 0.43, 0.45, 0.46, 0.47, 0.48, 0.49, 0.49, 0.50, 0.50]


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for _ in range(5):  # layouts settle one level per pass
        QApplication.processEvents()
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def db() -> Iterator[DatabaseLane]:
    lane = DatabaseLane()
    yield lane
    lane.shutdown()


@pytest.fixture
def page(qtbot: QtBot) -> CalibrationPage:
    widget = CalibrationPage()
    qtbot.addWidget(widget)
    widget.resize(840, 1100)  # tall enough to show the whole page in one screenshot
    widget.show()
    return widget


def _seed(vault: Vault, clock: FakeClock) -> None:
    """Twelve "same" and twelve "different" decisions raised by SFace, with dlib's second
    opinion; an interview and an open case, which must not count."""
    people = [
        PeopleService(vault).register(make_details(), registration_consent()).id for _ in range(27)
    ]
    pairs = [(x, S) for x in SAME] + [(x, D) for x in DIFFERENT] + [(0.30, Decision.INTERVIEW)]
    created = clock.now() - dt.timedelta(days=3)
    for i, (distance, decision) in enumerate([*pairs, (0.37, None)]):
        a, b = people[i], people[i + 1]
        case = DuplicateCase(
            id=str(uuid.uuid4()),
            person_a=min(a, b),
            person_b=max(a, b),
            source=CaseSource.ENROLMENT,
            group_id=a,
            score_id=SFACE_MODEL_ID,
            distance=distance,
            band=Band.STRONG if distance <= 0.40 else Band.POSSIBLE,
            distances={SFACE_MODEL_ID: distance, DLIB_MODEL_ID: round(distance + 0.1, 3)},
            fused=None,
            state=CaseState.DECIDED if decision else CaseState.OPEN,
            created_at=created,
            decision=decision,
            reason=f"{decision.value}.other" if decision else None,
            decided_by=SUPERVISOR if decision else None,
            decided_at=created + dt.timedelta(hours=1) if decision else None,
        )
        with vault.db.transaction() as conn:
            assert CaseRepository(conn).open_case(case)


def reference(edge: float) -> tuple[str, str, str]:
    """A rates row counted one pair at a time, in the words the table uses."""
    false_matches = 0
    for x in DIFFERENT:
        if x <= edge:
            false_matches += 1
    missed = 0
    for x in SAME:
        if x > edge:
            missed += 1
    fm = f"{false_matches} of {len(DIFFERENT)} ({100 * false_matches / len(DIFFERENT):.1f}%)"
    fnm = f"{missed} of {len(SAME)} ({100 * missed / len(SAME):.1f}%)"
    return f"{edge:.3f}", fm, fnm


def cell(page: CalibrationPage, r: int, c: int) -> str:
    item = page.rates_table.item(r, c)
    assert item is not None
    return item.text()


def row(page: CalibrationPage, r: Row) -> tuple[str, ...]:
    return tuple(cell(page, r, c) for c in range(page.rates_table.columnCount()))


def _bind(qtbot: QtBot, page: CalibrationPage, db: DatabaseLane, vault: Vault) -> None:
    page.bind(UiSession(db=db, compute=InlineLane(), vault=vault))
    qtbot.waitUntil(lambda: page.counts_label.text() != "", timeout=TIMEOUT)


def test_the_figures_shown_equal_a_reference_counted_here(
    qtbot: QtBot, page: CalibrationPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    _seed(vault, clock)
    _bind(qtbot, page, db, vault)
    assert page.score_id == SFACE_MODEL_ID
    assert page.score_combo.currentText() == "SFace distance (decides the bands)"
    assert page.counts_label.text().startswith(
        "12 pairs decided “same person” and 12 decided “different people”"
    )
    assert "24 of them were raised by this score" in page.counts_label.text()
    assert (
        row(page, Row.STRONG_NOW)
        == reference(0.40)
        == ("0.400", "2 of 12 (16.7%)", "3 of 12 (25.0%)")
    )
    assert row(page, Row.POSSIBLE_NOW) == reference(0.50)
    # the suggestion by its rule, counted here: the largest same-person distance with no
    # different-person pair at or below it (1% of 12 is none), and the smallest that leaves
    # no same-person pair above it
    strong = max(x for x in SAME if sum(d <= x for d in DIFFERENT) / len(DIFFERENT) <= 0.01)
    possible = min(x for x in SAME if sum(s > x for s in SAME) / len(SAME) <= 0.01)
    assert (strong, possible) == (0.33, 0.48)
    assert row(page, Row.STRONG_SUGGESTED) == reference(strong)
    assert row(page, Row.POSSIBLE_SUGGESTED) == reference(possible)
    assert page.suggestion_label.text().startswith(
        "Suggested: strong at or below 0.330, possible at or below 0.480."
    )
    # the chart: every decided pair once, the edges where they are
    chart = page.chart
    same, different = chart.distributions
    assert sum(same.counts) == 12 and sum(different.counts) == 12
    assert same.name == "Same person (12)" and different.name == "Different people (12)"
    assert [(m.x, m.dashed) for m in chart.markers] == [
        (0.40, False),
        (0.50, False),
        (0.33, True),
        (0.48, True),
    ]
    for x in SAME:
        i = max(k for k, edge in enumerate(chart.bin_edges[:-1]) if edge <= x)
        assert same.counts[i] >= 1
    # the rows for the edges being set follow the boxes
    assert row(page, Row.STRONG_NEW) == reference(0.40)
    page.strong_spin.setValue(0.36)
    assert row(page, Row.STRONG_NEW) == reference(0.36)
    assert not page.deciding_note.isVisible() and not page.read_only_note.isVisible()
    shot(page, "calibration")


def test_a_supervisor_saves_the_suggested_bands_with_an_audit_entry(
    qtbot: QtBot,
    page: CalibrationPage,
    db: DatabaseLane,
    vault: Vault,
    vault_dir: Path,
    clock: FakeClock,
) -> None:
    _seed(vault, clock)
    _bind(qtbot, page, db, vault)
    assert not page.save_button.isEnabled()  # nothing changed yet
    QTest.mouseClick(page.use_suggestion_button, Qt.MouseButton.LeftButton)
    assert (page.strong_spin.value(), page.possible_spin.value()) == (0.33, 0.48)
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(page.bands_saved, timeout=TIMEOUT) as saved:
        QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message_label.text() == "Bands saved."
    emitted = saved.args[0] if saved.args else None
    assert isinstance(emitted, Settings)
    assert emitted.match.bands[SFACE_MODEL_ID] == BandEdges(0.33, 0.48)
    # the page shows the new edges as the current ones
    assert row(page, Row.STRONG_NOW) == reference(0.33)
    assert row(page, Row.POSSIBLE_NOW) == reference(0.48)
    assert not page.save_button.isEnabled()
    shot(page, "calibration-saved")

    db.run_blocking(vault.close)
    with Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD) as reopened:
        assert reopened.settings().match.bands[SFACE_MODEL_ID] == BandEdges(0.33, 0.48)
        entries = audit.entries(reopened.db.conn)
        changed = [e for e in entries if e.action == AuditAction.BANDS_CHANGED.value]
        assert [(e.operator, e.record_ref) for e in changed] == [
            (SUPERVISOR, f"bands:{SFACE_MODEL_ID}")
        ]
        assert audit.verify(reopened.db.conn).ok


def test_another_score_shows_its_own_values_and_says_it_does_not_decide(
    qtbot: QtBot, page: CalibrationPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    _seed(vault, clock)
    _bind(qtbot, page, db, vault)
    page.score_combo.setCurrentIndex(page.score_combo.findData(DLIB_MODEL_ID))
    assert "0 of them were raised by this score" in page.counts_label.text()
    assert page.deciding_note.isVisible()
    assert "SFace distance does" in page.deciding_note.text()
    # dlib's values are SFace's plus 0.1 here: two different pairs at or below 0.50
    assert cell(page, Row.POSSIBLE_NOW, 1) == "2 of 12 (16.7%)"
    assert (page.strong_spin.value(), page.possible_spin.value()) == (0.40, 0.50)
    shot(page, "calibration-dlib")


def test_a_strong_edge_above_the_possible_edge_is_refused(
    qtbot: QtBot,
    page: CalibrationPage,
    db: DatabaseLane,
    vault: Vault,
    clock: FakeClock,
) -> None:
    _bind(qtbot, page, db, vault)
    page.strong_spin.setValue(0.45)
    page.possible_spin.setValue(0.42)
    with qtbot.assertNotEmitted(page.bands_saved):
        QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        db.run_blocking(lambda: None)
        qtbot.wait(20)
    assert page.message_label.text() == "The possible edge must be at or above the strong edge."
    assert db.run_blocking(vault.settings) == Settings()


def test_with_no_decisions_there_is_no_suggestion(
    qtbot: QtBot, page: CalibrationPage, db: DatabaseLane, vault: Vault
) -> None:
    _bind(qtbot, page, db, vault)
    assert page.suggestion_label.text() == (
        "No suggestion yet: it needs at least 10 decisions of each kind, and there are 0 "
        "“same person” and 0 “different people”."
    )
    assert row(page, Row.STRONG_NOW) == ("0.400", "no pairs", "no pairs")
    assert row(page, Row.STRONG_SUGGESTED) == ("—", "—", "—")
    assert not page.use_suggestion_button.isEnabled()
    assert [m.x for m in page.chart.markers] == [0.40, 0.50]
    shot(page, "calibration-empty")


def test_an_officer_sees_the_calibration_read_only(
    qtbot: QtBot,
    page: CalibrationPage,
    db: DatabaseLane,
    created_vault: tuple[Vault, str],
    vault_dir: Path,
    clock: FakeClock,
) -> None:
    _seed(created_vault[0], clock)
    created_vault[0].close()
    officer = Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD, clock=clock)
    try:
        _bind(qtbot, page, db, officer)
        assert row(page, Row.STRONG_NOW) == reference(0.40)
        assert page.read_only_note.isVisible()
        assert page.read_only_note.text() == "Only a supervisor can change the bands."
        assert page.rates_table.isRowHidden(Row.STRONG_NEW)
        for spin in (page.strong_spin, page.possible_spin):
            assert spin.isReadOnly()
        QTest.keyClicks(page.strong_spin, "9")
        assert page.strong_spin.value() == 0.40
        assert not page.save_button.isEnabled() and not page.use_suggestion_button.isEnabled()
        with qtbot.assertNotEmitted(page.bands_saved):
            QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
            db.run_blocking(lambda: None)
            qtbot.wait(20)
        shot(page, "calibration-officer")
    finally:
        db.run_blocking(officer.close)


def test_clear_forgets_everything(
    qtbot: QtBot, page: CalibrationPage, db: DatabaseLane, vault: Vault, clock: FakeClock
) -> None:
    _seed(vault, clock)
    _bind(qtbot, page, db, vault)
    page.clear()
    labels = [w for w in page.findChildren(QLabel) if w.objectName() and w.isVisible()]
    assert all(w.text() == "" for w in labels if w is not page.bias_note)
    assert page.score_combo.count() == 0
    assert page.chart.markers == () and page.chart.chart().series() == []
    assert all(
        cell(page, r, c) == ""
        for r in range(page.rates_table.rowCount())
        for c in range(page.rates_table.columnCount())
    )
    assert page.strong_spin.cleanText() == "" and not page.save_button.isEnabled()
    assert not page.refresh_button.isEnabled()


def test_an_answer_that_arrives_after_clear_is_dropped(
    qtbot: QtBot, page: CalibrationPage, db: DatabaseLane, vault: Vault
) -> None:
    page.bind(UiSession(db=db, compute=InlineLane(), vault=vault))
    page.clear()
    db.run_blocking(lambda: None)
    qtbot.wait(50)
    assert page.counts_label.text() == "" and page.score_combo.count() == 0
