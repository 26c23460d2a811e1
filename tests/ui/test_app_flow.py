"""The app as a person meets it: first run, unlock, wrong password, lock and idle lock.

Screenshots of each screen go to out/screenshots/ for a person to look at.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import OFFICER, OFFICER_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from registrar.storage.vault import Vault
from ui.app import AppController

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[AppController]:
    app = AppController(tmp_path / "data")
    qtbot.addWidget(app.login)
    qtbot.addWidget(app.main)
    yield app
    app.shutdown()


def test_first_run_creates_the_vault_shows_the_key_once_and_unlocks(
    controller: AppController, qtbot: QtBot
) -> None:
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.addWidget(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no site code yet
    qtbot.keyClicks(wizard.site_page.site_edit, "kak")
    wizard.site_page.station_spin.setValue(3)
    qtbot.keyClicks(wizard.site_page.station_name, "Desk 3")
    shot(wizard, "first-run-1-station")
    wizard.next()
    page = wizard.supervisor_page
    qtbot.keyClicks(page.name_edit, SUPERVISOR)
    qtbot.keyClicks(page.password_edit, "short")
    assert "too short" in page.hint.text() and not next_button.isEnabled()
    page.password_edit.clear()
    qtbot.keyClicks(page.password_edit, SUPERVISOR_PASSWORD)
    qtbot.keyClicks(page.repeat_edit, SUPERVISOR_PASSWORD)
    shot(wizard, "first-run-2-supervisor")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    groups = wizard.recovery_page.key_label.text().split()
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # until the key is confirmed as written down
    shot(wizard, "first-run-3-recovery-key")
    wizard.recovery_page.confirm.setChecked(True)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main.isVisible(), timeout=20_000)
    assert controller.main.operator_label.text() == f"{SUPERVISOR} (supervisor) at KAK03"
    assert "0 waiting for sync" in controller.main.sync_label.text()
    shot(controller.main, "main-window")
    # The recovery key really opens the vault, and the station name was kept.
    controller.lock()
    qtbot.waitUntil(lambda: controller.vault is None and controller.login.isVisible())
    controller.db.run_blocking(lambda: None)  # the close has run
    with Vault.unlock_with_recovery_key(controller.data_dir, "-".join(groups)) as vault:
        assert vault.station_name == "Desk 3"


@pytest.fixture
def existing(
    created_vault: tuple[Vault, str], vault_dir: Path, qtbot: QtBot
) -> Iterator[AppController]:
    created_vault[0].close()
    app = AppController(vault_dir, load_faces=False)
    qtbot.addWidget(app.login)
    qtbot.addWidget(app.main)
    app.start()
    yield app
    app.shutdown()


def _login(qtbot: QtBot, app: AppController, operator: str, password: str) -> None:
    app.login.operator_edit.setText(operator)
    app.login.password_edit.setText(password)
    qtbot.mouseClick(app.login.unlock_button, Qt.MouseButton.LeftButton)


def test_wrong_password_is_explained_and_nothing_unlocks(
    existing: AppController, qtbot: QtBot
) -> None:
    assert existing.login.isVisible()
    shot(existing.login, "login")
    _login(qtbot, existing, OFFICER, "not my password")
    qtbot.waitUntil(lambda: existing.login.error_label.isVisible(), timeout=10_000)
    assert "password is wrong" in existing.login.error_label.text()
    assert existing.login.password_edit.text() == ""
    assert not existing.main.isVisible() and existing.vault is None
    shot(existing.login, "login-wrong-password")
    for _ in range(2):
        _login(qtbot, existing, OFFICER, "still wrong!")
        qtbot.waitUntil(lambda: existing.login.unlock_button.isEnabled(), timeout=10_000)
    assert "Wait" in existing.login.error_label.text()
    shot(existing.login, "login-wait")


def test_unlock_lock_and_idle_lock(existing: AppController, qtbot: QtBot) -> None:
    _login(qtbot, existing, OFFICER, OFFICER_PASSWORD)
    qtbot.waitUntil(lambda: existing.main.isVisible(), timeout=10_000)
    assert existing.main.operator_label.text().startswith(f"{OFFICER} (officer)")
    qtbot.mouseClick(existing.main.lock_button, Qt.MouseButton.LeftButton)
    assert existing.login.isVisible() and not existing.main.isVisible()
    assert existing.vault is None and existing.main.operator_label.text() == ""
    assert existing.login.password_edit.text() == ""
    assert existing.idle._timer.interval() == 10 * 60_000  # the vault's setting (default)
    existing.fixed_idle_minutes = 0.002  # 120 ms, for the test
    _login(qtbot, existing, OFFICER, OFFICER_PASSWORD)
    qtbot.waitUntil(lambda: existing.main.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: existing.login.isVisible() and existing.vault is None, timeout=5_000)
    assert not existing.main.isVisible()


def test_navigation_by_keyboard(existing: AppController, qtbot: QtBot) -> None:
    _login(qtbot, existing, SUPERVISOR, SUPERVISOR_PASSWORD)
    qtbot.waitUntil(lambda: existing.main.isVisible(), timeout=10_000)
    for i, key in enumerate(existing.main.PAGES, start=1):
        qtbot.keyClick(existing.main, Qt.Key(Qt.Key.Key_0 + i), Qt.KeyboardModifier.ControlModifier)
        assert existing.main.stack.currentWidget().objectName() == f"{key}Page"


def test_start_up_loads_no_heavy_library() -> None:
    code = (
        "import sys; import ui.app, ui.login, ui.main_window, ui.first_run; "
        "print(sorted(m for m in ('cv2', 'dlib', 'usearch') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()
    assert out == "[]"


def test_registrar_app_starts_and_quits(tmp_path: Path) -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.app",
            "--data-dir",
            str(tmp_path / "d"),
            "--quit-after-ms",
            "300",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_arabic_chosen_at_the_login_window_lays_the_whole_app_out_right_to_left(
    existing: AppController, qtbot: QtBot, qapp: QApplication
) -> None:
    from ui.i18n import install_language

    try:
        combo = existing.login.language_combo
        old_login = existing.login
        combo.setCurrentIndex(combo.findData("ar"))
        assert existing.login is not old_login  # built again, translated
        qtbot.addWidget(existing.login)
        qtbot.addWidget(existing.main)
        login = existing.login
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert login.isRightToLeft() and login.isVisible()
        assert login.unlock_button.text() != "Unlock"  # Arabic
        shot(login, "login-arabic")
        _login(qtbot, existing, OFFICER, OFFICER_PASSWORD)
        qtbot.waitUntil(lambda: existing.main.isVisible(), timeout=10_000)
        main = existing.main
        assert main.isRightToLeft()
        # The navigation sits at the right edge, the pages to its left.
        assert main.nav.mapTo(main, main.nav.rect().topLeft()).x() > main.width() / 2
        assert main.nav.item(0).text() != "Register"
        page = existing.register
        page.next()
        shot(main, "register-2-details-arabic")
        existing.lock()
        assert existing.login.language_combo.currentData() == "ar"
    finally:
        install_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_temporary_password_must_be_replaced_right_after_unlock(
    created_vault: tuple[Vault, str], vault_dir: Path, qtbot: QtBot
) -> None:
    from ui.password_dialog import ChangePasswordDialog

    vault = created_vault[0]
    vault.reset_password(OFFICER, "temporary pass 42")
    vault.close()
    app = AppController(vault_dir, load_faces=False)
    qtbot.addWidget(app.login)
    qtbot.addWidget(app.main)
    app.start()
    try:
        _login(qtbot, app, OFFICER, "temporary pass 42")
        qtbot.waitUntil(lambda: app.main.isVisible(), timeout=10_000)
        dialog = app.main.findChild(ChangePasswordDialog)
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        shot(dialog, "forced-password-change")
        dialog.fields.password_edit.setText("my own password 7")
        dialog.fields.repeat_edit.setText("my own password 7")
        with qtbot.waitSignal(dialog.password_changed, timeout=10_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
        assert app.vault is not None and not app.vault.must_change_password
        app.lock()
        qtbot.waitUntil(lambda: app.vault is None and app.login.isVisible())
        app.db.run_blocking(lambda: None)
    finally:
        app.shutdown()
    with Vault.unlock(vault_dir, OFFICER, "my own password 7") as again:
        assert not again.must_change_password
