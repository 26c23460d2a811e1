"""The Review page as a supervisor and an officer use it: queue, comparison, decisions.

A seeded vault: three photos of one man registered as three people (two groups of cases),
two children in two households (synthetic case, no photos). The supervisor decides same,
different and interview from the keyboard, revises one decision, and the links and the audit
chain are checked in the vault afterwards. Screenshots go to out/screenshots/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA, OFFICER, OFFICER_PASSWORD, make_details, registration_consent
from fakes.clock import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support.review_seed import case, person

from registrar.domain.model import CaseState, Decision, Relationship
from registrar.services.faces import FaceService
from registrar.services.people import PeopleService
from registrar.services.review import ReviewService
from registrar.storage import audit
from registrar.storage.cases import CaseRepository
from registrar.storage.vault import Vault
from ui.review_page import ReviewPage
from ui.session import UiSession
from ui.tasks import InlineLane

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
PEOPLE = DATA / "faces" / "people"


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def _register(faces: FaceService, photo: str, given: str, family: str, **kw: object) -> str:
    details = make_details(given, family, **kw)
    check = faces.check(PEOPLE / photo, probe_details=details)
    person_, _ = faces.register(details, registration_consent(), check)
    return person_.id


@pytest.fixture
def seeded(vault: Vault, faces: FaceService, clock: FakeClock) -> dict[str, str]:
    ids = {"barack": _register(faces, "obama/1.jpg", "Barack", "Obama")}
    clock.advance(3600)
    ids["barry"] = _register(faces, "obama/2.jpg", "Barry", "Obama", birth_year=1962)
    clock.advance(3600)
    ids["b_o"] = _register(faces, "obama/3.jpg", "B.", "Obama")
    clock.advance(3600)
    people = PeopleService(vault)
    h1, h2 = people.create_household(), people.create_household()
    young = clock.now().year - 8
    ids["sami"] = person(
        vault,
        "Sami",
        "Khalil",
        household_id=h1.id,
        relationship=Relationship.CHILD,
        birth_year=young,
    )
    ids["samy"] = person(
        vault,
        "Samy",
        "Khalil",
        household_id=h2.id,
        relationship=Relationship.CHILD,
        birth_year=young,
    )
    case(vault, ids["samy"], ids["sami"], 0.33)
    return ids


@pytest.fixture
def page(qtbot: QtBot) -> ReviewPage:
    widget = ReviewPage()
    qtbot.addWidget(widget)
    widget.resize(860, 780)
    widget.show()
    widget.activateWindow()  # shortcuts (Alt+S ...) need the active window
    qtbot.waitUntil(widget.isActiveWindow, timeout=5_000)
    return widget


def _bind(page: ReviewPage, vault: Vault, faces: FaceService | None = None) -> UiSession:
    session = UiSession(db=InlineLane(), compute=InlineLane(), vault=vault, faces=faces)  # type: ignore[arg-type]
    page.bind(session)
    return session


def _decide(
    qtbot: QtBot, page: ReviewPage, key: Qt.Key, reason_index: int = 0, note: str = ""
) -> None:
    view = page.case
    qtbot.keyClick(view, key, Qt.KeyboardModifier.AltModifier)
    view.reason.setCurrentIndex(reason_index)
    if note:
        view.note.setText(note)
    qtbot.keyClick(view.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_supervisor_decides_revises_and_the_links_and_audit_are_right(
    qtbot: QtBot, page: ReviewPage, vault: Vault, faces: FaceService, seeded: dict[str, str]
) -> None:
    review = ReviewService(vault)
    assert review.open_count() == 4  # barry-barack, b_o-barack, b_o-barry, samy-sami
    _bind(page, vault, faces)
    queue = page.queue
    assert queue.table.rowCount() == 3
    assert "4 cases wait for a decision" in queue.summary.text()
    names = [queue.table.item(r, 1).text() for r in range(3)]
    assert "Samy Khalil" in names
    samy_row = names.index("Samy Khalil")
    assert "different households" in queue.table.item(samy_row, 5).text()
    shot(page, "review-queue")

    # Open the first record; the case shows two aligned faces and the evidence.
    queue.table.selectRow(0)
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.case
    view = page.case
    assert view.loaded is not None
    assert not view.left.face.pixmap().isNull() or not view.right.face.pixmap().isNull()
    assert "Distance" in view.evidence.text()
    shot(page, "review-case")
    view.zoom_slider.setValue(200)
    shot(page, "review-case-zoomed")

    # Decide every case from the keyboard: same, same, different (with a note), interview.
    decided: list[str] = []
    plan = [
        (Qt.Key.Key_S, 0, ""),
        (Qt.Key.Key_S, 0, ""),
        (Qt.Key.Key_D, 2, "Brothers; the interview confirmed it"),
        (Qt.Key.Key_I, 2, ""),
    ]
    for key, reason, note in plan:
        assert view.loaded is not None
        decided.append(view.loaded.file.case.id)
        if view.loaded.file.flags:
            assert view.flags.isVisible()
            assert "A child appears in two households." in view.flags.text()
            shot(page, "review-case-household-flags")
        _decide(qtbot, page, key, reason, note)
    assert len(set(decided)) == 4
    assert page.stack.currentWidget() is page.queue
    assert "That was the last case shown." in queue.message.text()
    assert review.open_count() == 0

    conn = vault.db.conn
    states = {c: CaseRepository(conn).get(c) for c in decided}
    assert all(s is not None and s.state is CaseState.DECIDED for s in states.values())
    decisions = sorted(str(s.decision) for s in states.values() if s is not None)
    assert decisions == ["different", "interview", "same", "same"]

    # The Obama records: two "same" decisions and one "different". Which pair got which
    # depends on the order shown; the identity is whatever the same-decisions connect.
    obama = {seeded["barack"], seeded["barry"], seeded["b_o"]}
    same_pairs = [
        {s.person_a, s.person_b} for s in states.values() if s and s.decision is Decision.SAME
    ]
    assert all(pair <= obama for pair in same_pairs)
    identity = review.identity_of(seeded["b_o"])
    assert identity is not None and set(identity.members) == obama

    # Revise: show decided cases, open the first, decide "different people".
    queue.status.setCurrentIndex(queue.status.findData("decided"))
    assert queue.table.rowCount() >= 1
    shot(page, "review-queue-decided")
    queue.table.selectRow(0)
    qtbot.mouseClick(queue.open_button, Qt.MouseButton.LeftButton)
    assert view.loaded is not None
    revised = view.loaded.file.case
    assert revised.decision is not None
    assert "A new decision replaces it" in view.message.text()
    shot(page, "review-case-revise")
    before = revised.decision
    target = Qt.Key.Key_D if before is Decision.SAME else Qt.Key.Key_S
    _decide(qtbot, page, target, 1)
    history = review.history(revised.id)
    assert [h.decision for h in history][-2] is before and len(history) == 2
    after = CaseRepository(conn).get(revised.id)
    assert after is not None and after.decision is not before

    # Identity: rebuilt from the "same" decisions now current.
    current_same = [
        {c.person_a, c.person_b}
        for c in (CaseRepository(conn).get(x) for x in decided)
        if c is not None and c.decision is Decision.SAME
    ]
    linked = set().union(*current_same) if current_same else set()
    for member in obama:
        ident = review.identity_of(member)
        assert (ident is not None) == (member in linked)

    entries = [e.action for e in audit.entries(conn, 100)]
    assert sum(a.startswith("case.decided.") for a in entries) == 5
    assert audit.verify(conn).ok
    assert PeopleService(vault).count() == 5  # nothing was deleted


def test_an_officer_sees_only_the_count(
    qtbot: QtBot, page: ReviewPage, vault: Vault, vault_dir: Path, seeded: dict[str, str]
) -> None:
    vault.close()
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD) as officer:
        _bind(page, officer)
        assert page.stack.currentWidget() is page.officer_label
        assert page.officer_label.text().startswith("4 possible duplicates wait")
        assert not page.queue.isVisible() and not page.case.isVisible()
        shot(page, "review-officer")


def test_other_reason_needs_a_note_and_clear_forgets_everything(
    qtbot: QtBot, page: ReviewPage, vault: Vault, seeded: dict[str, str]
) -> None:
    _bind(page, vault)
    page.queue.table.selectRow(0)
    qtbot.mouseClick(page.queue.open_button, Qt.MouseButton.LeftButton)
    view = page.case
    qtbot.mouseClick(view.decision_buttons[Decision.DIFFERENT], Qt.MouseButton.LeftButton)
    view.reason.setCurrentIndex(view.reason.count() - 1)  # "Other reason (say why)"
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "Say in the note why" in view.message.text()
    assert ReviewService(vault).open_count() == 4
    shot(page, "review-case-needs-note")
    page.clear()
    assert view.loaded is None and page.queue.table.rowCount() == 0
    assert view.left.name.text() == "" and view.right.name.text() == ""


def test_with_re_authentication_on_a_decision_waits_for_the_password(
    qtbot: QtBot, page: ReviewPage, vault: Vault, seeded: dict[str, str]
) -> None:
    from dataclasses import replace

    from conftest import SUPERVISOR_PASSWORD

    from ui.password_dialog import ConfirmPasswordDialog

    settings = vault.settings()
    vault.save_settings(
        replace(settings, review=replace(settings.review, reauth_for_decisions=True))
    )
    _bind(page, vault)
    page.queue.table.selectRow(0)
    qtbot.mouseClick(page.queue.open_button, Qt.MouseButton.LeftButton)
    _decide(qtbot, page, Qt.Key.Key_D, 0)
    dialog = page.confirm_dialog
    assert isinstance(dialog, ConfirmPasswordDialog) and dialog.isVisible()
    assert ReviewService(vault).open_count() == 4  # nothing decided yet
    shot(dialog, "review-confirm-password")
    dialog.password_edit.setText("not my password")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and ReviewService(vault).open_count() == 4
    dialog.password_edit.setText(SUPERVISOR_PASSWORD)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert ReviewService(vault).open_count() == 3
    actions = [e.action for e in audit.entries(vault.db.conn, 5)]
    assert "session.reauthenticated" in actions and "case.decided.different" in actions
    # Within the grace period the next decision needs no password.
    _decide(qtbot, page, Qt.Key.Key_D, 0)
    assert ReviewService(vault).open_count() == 2
