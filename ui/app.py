"""The `registrar-app` entry point and the controller that moves between first run, unlock and
the main window. Heavy libraries (OpenCV, dlib) never load before the login window shows."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from registrar import __version__
from registrar.errors import KnownError
from ui.idle import IdleWatcher
from ui.login import LoginWindow
from ui.main_window import MainWindow, StatusCounts
from ui.messages import describe
from ui.tasks import DatabaseLane, Lane

log = logging.getLogger("registrar.ui")

RTL_LANGUAGES = {"ar", "fa", "ur", "he", "ps", "ckb"}
DEFAULT_IDLE_MINUTES = 10.0


def _counts(vault: Any) -> StatusCounts:
    from registrar.storage.cases import CaseRepository
    from registrar.storage.people import PeopleRepository

    conn = vault.db.conn
    return StatusCounts(
        PeopleRepository(conn).count_waiting_for_sync(), CaseRepository(conn).count_open()
    )


class AppController(QObject):
    """Owns the lanes, the vault (through the database lane) and the top-level windows."""

    def __init__(
        self,
        data_dir: Path,
        *,
        db_lane: Lane | None = None,
        idle_minutes: float = DEFAULT_IDLE_MINUTES,
        camera: str | None = None,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.camera = camera
        self.db = db_lane or DatabaseLane()
        self.vault: Any = None
        self.login = LoginWindow()
        self.main = MainWindow()
        self.wizard: Any = None
        self.idle = IdleWatcher(idle_minutes, self)
        self.login.unlock_requested.connect(self._on_login_unlock_requested)
        self.main.lock_requested.connect(self.lock)
        self.idle.idle_timed_out.connect(self.lock)

    # starting ---------------------------------------------------------------------------------

    def start(self) -> None:
        from registrar.storage.vault import VaultFiles

        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        if VaultFiles(self.data_dir).exists():
            self.login.show()
        else:
            from ui.first_run import FirstRunWizard

            self.wizard = FirstRunWizard(self._create_vault)
            self.wizard.vault_created.connect(self._on_wizard_vault_created)
            self.wizard.show()

    def _create_vault(
        self,
        site: str,
        station: int,
        station_name: str,
        supervisor: str,
        password: str,
        on_done: Callable[[str], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        from registrar.storage.vault import Vault

        def create() -> str:
            vault, key = Vault.create(
                self.data_dir,
                site_code=site,
                station=station,
                station_name=station_name,
                supervisor=supervisor,
                password=password,
            )
            vault.close()
            return key

        self.db.submit(create, on_done, on_error)

    def _on_wizard_vault_created(self, supervisor: str, password: str) -> None:
        self.login.operator_edit.setText(supervisor)
        self.login.show()
        self.login.set_busy(True)
        self._unlock(supervisor, password)

    # unlocking and locking ---------------------------------------------------------------------

    def _on_login_unlock_requested(self, operator: str, password: str) -> None:
        self._unlock(operator, password)

    def _unlock(self, operator: str, password: str) -> None:
        from registrar.storage.vault import Vault

        def unlock() -> tuple[Any, StatusCounts]:
            vault = Vault.unlock(self.data_dir, operator, password)
            return vault, _counts(vault)

        self.db.submit(unlock, self._on_unlocked, self._on_unlock_failed)

    def _on_unlocked(self, result: tuple[Any, StatusCounts]) -> None:
        self.vault, counts = result
        session = self.vault.session
        site = f"{self.vault.site_code}{self.vault.station:02d}"
        self.main.show_session(session.operator, session.role.value, site)
        self.main.show_counts(counts)
        self.login.reset()
        self.login.hide()
        self.main.show()
        self.idle.start()

    def _on_unlock_failed(self, error: BaseException) -> None:
        self.login.show_error(describe(error))
        if not isinstance(error, KnownError):
            log.error("unlock failed unexpectedly", exc_info=error)

    def lock(self) -> None:
        """Close the vault and clear every view; the login window comes back."""
        self.idle.stop()
        vault, self.vault = self.vault, None
        self.main.clear()
        self.main.hide()
        self.login.reset()
        self.login.show()
        if vault is not None:
            self.db.submit(vault.close, lambda _: None, self._on_background_error)

    def refresh_counts(self) -> None:
        vault = self.vault
        if vault is not None:
            self.db.submit(lambda: _counts(vault), self.main.show_counts, self._on_background_error)

    def _on_background_error(self, error: BaseException) -> None:
        QMessageBox.warning(self.main, self.tr("Registrar"), describe(error))

    def shutdown(self) -> None:
        vault, self.vault = self.vault, None
        if vault is not None:
            self.db.submit(vault.close, lambda _: None, lambda _: None)
        self.db.shutdown()


def _install_translations(app: QApplication, lang: str | None) -> None:
    locale = QLocale(lang) if lang else QLocale.system()
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    if locale.name().split("_")[0] in RTL_LANGUAGES:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Registrar", appauthor=False))


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="registrar-app", description=f"Registrar {__version__}")
    parser.add_argument("--data-dir", type=Path, help="vault folder")
    parser.add_argument("--camera", help="camera index, or file:PATH (image folder or video)")
    parser.add_argument("--lang", help="interface language, e.g. en, fr, ar")
    parser.add_argument("--quit-after-ms", type=int, help=argparse.SUPPRESS)
    args, qt_args = parser.parse_known_args(args_in)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Registrar")
    app.setApplicationVersion(__version__)
    _install_translations(app, args.lang)
    controller = AppController(args.data_dir or default_data_dir(), camera=args.camera)
    controller.start()
    if args.quit_after_ms:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(args.quit_after_ms, app.quit)
    try:
        return app.exec()
    finally:
        controller.shutdown()


if __name__ == "__main__":
    sys.exit(main())
