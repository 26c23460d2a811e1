"""Backlog guards as an officer meets them: a note that says why and what to do, and a
stopping guard that blocks starting a new registration (not finishing one)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot
from support.review_seed import case, person

from registrar.services.guards import Backlog, BacklogWarning
from registrar.settings import GuardSettings
from registrar.storage.vault import Vault
from ui.app import _counts
from ui.main_window import MainWindow
from ui.register_page import RegisterPage
from ui.session import UiSession
from ui.tasks import InlineLane

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def test_the_status_counts_carry_the_guards_that_passed(vault: Vault, qtbot: QtBot) -> None:
    settings = vault.settings()
    vault.save_settings(
        replace(settings, guards=GuardSettings(review_max_cases=1, stop_registration=True))
    )
    a, b, c = person(vault, "Ali"), person(vault, "Badr"), person(vault, "Chadi")
    case(vault, a, b, 0.3)
    assert _counts(vault).backlog == ()
    case(vault, c, b, 0.3)
    counts = _counts(vault)
    assert counts.open_cases == 2
    assert [w.kind for w in counts.backlog] == [Backlog.REVIEW_SIZE]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_counts(counts)
    assert window.backlog_label.text().endswith("Backlog")
    assert "2 possible duplicates wait for review (the limit is 1)" in (
        window.backlog_label.toolTip()
    )


def test_a_stopping_guard_blocks_a_new_registration_and_says_why(
    qtbot: QtBot, vault: Vault
) -> None:
    page = RegisterPage()
    qtbot.addWidget(page)
    page.bind(UiSession(db=InlineLane(), compute=InlineLane(), vault=vault))
    page.resize(840, 640)
    page.show()
    warning = BacklogWarning(Backlog.SYNC_AGE, 9.2, 7.0, stops_registration=True)
    page.show_backlog([warning])
    assert page.backlog_banner.isVisible()
    text = page.backlog_banner.text()
    assert "New registrations are stopped" in text
    assert "9 days old (the limit is 7)" in text and "USB stick" in text
    page.household_step.none_radio.setChecked(True)
    page.next()
    assert page.index == 0 and "stopped" in page.error_label.text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "register-backlog-stopped.png"))

    # A warning that does not stop: the note shows, registering goes on.
    page.show_backlog([replace(warning, stops_registration=False)])
    assert "stopped" not in page.backlog_banner.text()
    page.next()
    assert page.index == 1
    page.clear()
    assert not page.backlog_banner.isVisible()
