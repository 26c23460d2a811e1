"""The `registrar-app` entry point and the controller that moves between first run, unlock and
the main window. Heavy libraries (OpenCV, dlib) never load before the login window shows."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from registrar import __version__
from registrar.errors import ErrorCode, KnownError
from ui.approvals_page import ApprovalsPage
from ui.dashboard_page import ReportsPage
from ui.idle import IdleWatcher
from ui.login import LoginWindow
from ui.main_window import MainWindow, StatusCounts
from ui.messages import describe
from ui.operators_page import OperatorsPage
from ui.people_page import PeoplePage
from ui.register_page import RegisterPage
from ui.review_page import ReviewPage
from ui.session import UiSession
from ui.settings_page import SettingsPage
from ui.sync_page import SyncJob, SyncPage, SyncRunner
from ui.tasks import ComputeLane, DatabaseLane, Lane

log = logging.getLogger("registrar.ui")

DEFAULT_IDLE_MINUTES = 10.0
BACKGROUND_NEWS_MS = 30_000  # how long the status bar tells what a background sync brought


@dataclass(frozen=True, slots=True, eq=False)
class Unlocked:
    vault: Any
    counts: StatusCounts
    settings: Any
    unconfirmed: Any  # UnconfirmedSave | None: a save a crash interrupted


def _unlocked(vault: Any) -> Unlocked:
    from registrar.services.pending import PendingSave

    return Unlocked(
        vault, _counts(vault), vault.settings(), PendingSave(vault.files.root).find(vault)
    )


def _load_engine(settings: Any) -> Any:
    """Compute lane: the face models (a second or two; OpenCV and dlib load here)."""
    from registrar.biometrics.dlib_process import ProcessDlibEmbedder
    from registrar.biometrics.embed import SFaceEmbedder
    from registrar.biometrics.engine import FaceEngine

    # dlib holds the GIL for its whole descriptor: in this process it froze the UI for
    # 80-100 ms per photo (bench/ui.py), so it runs in a child process.
    return FaceEngine(
        [SFaceEmbedder(), ProcessDlibEmbedder()],
        quality=settings.quality,
        intake=settings.intake,
    )


def _counts(vault: Any) -> StatusCounts:
    from registrar.services.guards import backlog_warnings, measure

    figures = measure(vault)  # one measurement for the status bar and the guards
    return StatusCounts(
        figures.unsynced, figures.open_cases, tuple(backlog_warnings(vault, figures))
    )


class AppController(QObject):
    """Owns the lanes, the vault (through the database lane) and the top-level windows."""

    windows_rebuilt = Signal()  # after a language switch: login and main are new objects

    def __init__(
        self,
        data_dir: Path,
        *,
        db_lane: Lane | None = None,
        compute_lane: Lane | None = None,
        sync_lane: Lane | None = None,
        idle_minutes: float | None = None,
        camera: str | None = None,
        camera_factory: Callable[[], Any] | None = None,
        load_faces: bool = True,
        language: str = "en",
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.camera = camera
        self.db = db_lane or DatabaseLane()
        self.compute = compute_lane or ComputeLane()
        # Sync waits on the network: on the database lane it would hold up every registration.
        self.sync_lane = sync_lane or DatabaseLane()
        self.sync = SyncRunner(self.sync_lane, parent=self)
        self.sync.run_finished.connect(self._on_sync_run_finished)
        self.sync.run_failed.connect(self._on_sync_run_failed)
        self.sync_timer = QTimer(self)
        self.sync_timer.setObjectName("syncTimer")
        self.sync_timer.timeout.connect(self._on_sync_timer_timeout)
        self.vault: Any = None
        self.session: UiSession | None = None
        self.load_faces = load_faces
        self.fixed_idle_minutes = idle_minutes
        self.camera_factory = camera_factory
        self.language = language
        self.wizard: Any = None
        self.idle = IdleWatcher(idle_minutes or DEFAULT_IDLE_MINUTES, self)
        self.idle.idle_timed_out.connect(self.lock)
        self._build_windows()

    def _build_windows(self) -> None:
        """The login and main windows with their pages, in the current language."""
        from ui.i18n import available_languages

        self.login = LoginWindow(languages=available_languages(), language=self.language)
        self.main = MainWindow()
        self.register = RegisterPage()
        self.main.set_page("register", self.register)
        self.people_page = PeoplePage()
        self.main.set_page("people", self.people_page)
        self.review_page = ReviewPage()
        self.main.set_page("review", self.review_page)
        self.approvals_page = ApprovalsPage()
        self.main.set_page("approvals", self.approvals_page)
        self.approvals_page.open_person.connect(self._on_person_open_requested)
        self.reports_page = ReportsPage()
        self.main.set_page("reports", self.reports_page)
        self.reports_page.calibration.bands_saved.connect(self._on_settings_saved)
        self.reports_page.calibration.bands_saved.connect(self._reload_settings_page)
        self.operators_page = OperatorsPage()
        self.main.set_page("operators", self.operators_page)
        self.settings_page = SettingsPage()
        self.main.set_page("settings", self.settings_page)
        self.sync_page = SyncPage(self.sync)
        self.main.set_page("sync", self.sync_page)
        self.sync_page.open_person.connect(self._on_person_open_requested)
        self.sync_page.resent.connect(lambda _id: self.refresh_counts())
        self.review_page.decided.connect(self.refresh_counts)
        self.review_page.open_person.connect(self._on_person_open_requested)
        self.people_page.person_changed.connect(lambda _id: self.refresh_counts())
        self.login.unlock_requested.connect(self._on_login_unlock_requested)
        self.login.language_chosen.connect(self._on_login_language_chosen)
        self.main.lock_requested.connect(self.lock)
        self.register.registration_saved.connect(lambda _saved: self.refresh_counts())
        self.settings_page.settings_saved.connect(self._on_settings_saved)
        self.register.person_open_requested.connect(self._on_person_open_requested)

    def _session_pages(self) -> list[Any]:
        """The pages bound to the unlocked session and cleared at lock."""
        return [
            self.register,
            self.people_page,
            self.review_page,
            self.approvals_page,
            self.reports_page,
            self.sync_page,
            self.operators_page,
            self.settings_page,
        ]

    def _on_login_language_chosen(self, code: str) -> None:
        """Switch language while locked: the windows are built again, translated."""
        if self.session is not None or code == self.language:
            return
        from ui.i18n import install_language

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        install_language(app, code)
        self.language = code
        old_login, old_main, operator = self.login, self.main, self.login.operator_edit.text()
        geometry = old_login.geometry()
        self._build_windows()
        self.login.operator_edit.setText(operator)
        self.login.setGeometry(geometry)
        self.login.show()
        self.login.language_combo.setFocus()
        old_login.hide()
        old_main.hide()
        old_login.deleteLater()
        old_main.deleteLater()
        self.windows_rebuilt.emit()

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

        def unlock() -> Unlocked:
            vault = Vault.unlock(self.data_dir, operator, password)
            try:
                return _unlocked(vault)
            except BaseException:
                vault.close()
                raise

        self.db.submit(unlock, self._on_unlocked, self._on_unlock_failed)

    def _on_unlocked(self, result: Unlocked) -> None:
        self.vault = result.vault
        session = self.vault.session
        site = f"{self.vault.site_code}{self.vault.station:02d}"
        camera = self.camera_factory
        if camera is None and self.camera:
            from ui.camera_view import camera_factory_for

            camera = camera_factory_for(self.camera)
        self.session = UiSession(self.db, self.compute, self.vault, camera=camera)
        self.sync.open(self.vault)
        self.main.show_session(session.operator, session.role.value, site)
        self._show_counts(result.counts)
        self._apply_settings(result.settings)
        for page in self._session_pages():
            page.bind(self.session)
        self.login.reset()
        self.login.hide()
        self.main.show()
        self.idle.start()
        if self.load_faces:
            self._load_faces(self.session, result.settings)
        if result.unconfirmed is not None:
            self._show_unconfirmed(result.unconfirmed)
        if self.vault.must_change_password:
            self._force_password_change(self.session)

    def _reload_settings_page(self, _settings: Any = None) -> None:
        """Bands saved from the calibration: the Settings page shows the new edges."""
        if self.session is not None:
            self.settings_page.bind(self.session)

    def _force_password_change(self, session: UiSession) -> None:
        """A temporary password from a supervisor: the operator chooses their own first."""
        from ui.password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(session, self.main)
        dialog.lock_requested.connect(self.lock)
        dialog.password_changed.connect(
            lambda: self.main.statusBar().showMessage(self.tr("Your new password is set."), 5000)
        )
        dialog.open()

    def _apply_settings(self, settings: Any) -> None:
        self.idle.set_minutes(self.fixed_idle_minutes or settings.desk.idle_lock_minutes)
        self.register.apply_settings(settings)
        minutes = settings.sync.interval_minutes
        if minutes > 0:
            self.sync_timer.start(max(1000, round(minutes * 60_000)))
        else:
            self.sync_timer.stop()  # 0: only "Sync now"

    # background sync -------------------------------------------------------------------------

    def _on_sync_timer_timeout(self) -> None:
        # Skipped while another sync job runs; a station not enrolled skips on the lane.
        if self.session is not None and not self.sync.busy:
            self.sync.sync_now(background=True)

    def _on_sync_run_finished(self, job: SyncJob, result: Any) -> None:
        self.refresh_counts()
        findings = int(getattr(result, "findings", 0))
        if job in (SyncJob.SYNC, SyncJob.BACKGROUND, SyncJob.IMPORT) and (
            findings
            or int(getattr(result, "decisions", 0))
            or int(getattr(result, "copies_erased", 0))
        ):
            # The hub's findings open review cases here (and its decisions close them). Only
            # then: a reload every few minutes would disturb a supervisor at work.
            self.review_page.refresh()
        if job is SyncJob.BACKGROUND and findings:
            # Nobody asked for this sync, so nothing else on screen says what it brought.
            self.main.statusBar().showMessage(
                self.tr(
                    "The hub found {n} possible duplicate(s) at other sites: see the Review page."
                ).format(n=findings),
                BACKGROUND_NEWS_MS,
            )

    def _on_sync_run_failed(self, job: SyncJob, error: BaseException) -> None:
        if job is SyncJob.BACKGROUND and not isinstance(error, KnownError):
            self.main.statusBar().showMessage(describe(error), 10_000)
        self.refresh_counts()

    def _on_settings_saved(self, settings: Any) -> None:
        self._apply_settings(settings)
        self.approvals_page.refresh()
        self.refresh_counts()  # the backlog limits may have changed
        session = self.session
        if session is not None:

            def use(_vault: Any) -> None:
                # On the lane that runs the checks: the next check uses the new bands.
                if session.faces is not None:
                    session.faces.settings = settings

            session.run(use, lambda _: None, self._on_background_error)

    def _load_faces(self, session: UiSession, settings: Any) -> None:
        self.main.statusBar().showMessage(self.tr("Loading face search…"))

        def galleries(engine: Any) -> None:
            from registrar.services.faces import FaceService, load_galleries

            if session.closed:  # locked while the models loaded
                engine.close()
                return

            def load(vault: Any) -> Any:
                if session.closed:
                    engine.close()
                    raise KnownError(ErrorCode.CANCELLED, "locked while face search loaded")
                metrics = {e.model_id: e.metric for e in engine.embedders}
                return FaceService(vault, engine, load_galleries(vault.db.conn, metrics), settings)

            session.run(load, faces_ready, self._on_faces_failed)

        def faces_ready(faces: Any) -> None:
            session.faces = faces
            self.main.statusBar().showMessage(self.tr("Face search ready"), 5000)

        self.compute.submit(lambda: _load_engine(settings), galleries, self._on_faces_failed)

    def _on_faces_failed(self, error: BaseException) -> None:
        if self.session is None:
            return
        if not isinstance(error, KnownError):
            log.error("loading face search failed", exc_info=error)
        self.main.statusBar().showMessage(
            self.tr("Face search is not available: {reason}").format(reason=describe(error))
        )

    def _show_unconfirmed(self, unconfirmed: Any) -> None:
        from registrar.services.pending import PendingSave

        ids = list(unconfirmed.registration_ids)
        if ids:
            text = self.tr(
                "Registrar closed while a registration was being saved. It WAS saved: {ids}. "
                "Check that record before registering the person again."
            ).format(ids=", ".join(ids))
        else:
            text = self.tr(
                "Registrar closed while a registration was being saved. It was NOT saved: "
                "register the person again."
            )
        QMessageBox.information(self.main, self.tr("Last registration"), text)
        marker = PendingSave(self.data_dir)
        if self.session is not None:
            self.session.run(lambda _v: marker.end(), lambda _: None, self._on_background_error)

    def _on_person_open_requested(self, person_id: str) -> None:
        self.main.show_page("people")
        self.people_page.show_person(person_id)

    def _on_unlock_failed(self, error: BaseException) -> None:
        self.login.show_error(describe(error))
        if not isinstance(error, KnownError):
            log.error("unlock failed unexpectedly", exc_info=error)

    def lock(self) -> None:
        """Close the vault and clear every view; the login window comes back."""
        self.idle.stop()
        self.sync_timer.stop()
        # A running sync stops at its next piece; its connection closes on the sync lane.
        self.sync.close()
        # Dialogs (a camera capture, a question) close too: nothing stays on screen.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        vault, self.vault = self.vault, None
        if self.session is not None:
            self._close_faces(self.session)
            self.session.closed = True
            self.session = None
        for page in self._session_pages():
            page.clear()
        self.main.clear()
        self.main.hide()
        self.login.reset()
        self.login.show()
        if vault is not None:
            self.db.submit(vault.close, lambda _: None, self._on_background_error)

    def refresh_counts(self) -> None:
        vault = self.vault
        if vault is not None:
            self.db.submit(lambda: _counts(vault), self._show_counts, self._on_background_error)

    def _show_counts(self, counts: StatusCounts) -> None:
        if self.session is None:  # locked meanwhile
            return
        self.main.show_counts(counts)
        self.register.show_backlog(counts.backlog)

    def _on_background_error(self, error: BaseException) -> None:
        QMessageBox.warning(self.main, self.tr("Registrar"), describe(error))

    def _close_faces(self, session: UiSession) -> None:
        """Stop the face engine's child process, on the lane that uses the engine."""
        faces, session.faces = session.faces, None
        if faces is not None:
            self.db.submit(faces.engine.close, lambda _: None, self._on_background_error)

    def shutdown(self) -> None:
        self.register.face_step.stop_camera(wait=True)
        self.sync_timer.stop()
        self.sync.close()
        self.sync_lane.shutdown()  # waits for a cancelled sync to stop and its connection to close
        if self.session is not None:
            self._close_faces(self.session)
            self.session.closed = True
        vault, self.vault = self.vault, None
        self.compute.shutdown()
        if vault is not None:
            self.db.submit(vault.close, lambda _: None, lambda _: None)
        self.db.shutdown()


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Registrar", appauthor=False))


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    # The dlib child process is spawned; a frozen bundle must not rerun main() in it.
    multiprocessing.freeze_support()
    args_in = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args_in:
        from ui.selftest import main as self_test

        return self_test()
    parser = argparse.ArgumentParser(prog="registrar-app", description=f"Registrar {__version__}")
    parser.add_argument("--data-dir", type=Path, help="vault folder")
    parser.add_argument("--camera", help="camera index, or file:PATH (image folder or video)")
    parser.add_argument("--lang", help="interface language, e.g. en, fr, ar")
    parser.add_argument("--quit-after-ms", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without a display: print a JSON report, exit 0 if sound",
    )
    args, qt_args = parser.parse_known_args(args_in)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Registrar")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from registrar.resources import resource

    app.setWindowIcon(QIcon(str(resource("icons", "registrar.png"))))
    from PySide6.QtCore import QLocale

    from ui.i18n import available_languages, install_language

    language = (args.lang or QLocale.system().name()).split("_")[0]
    language = language if language in {c for c, _ in available_languages()} else "en"
    install_language(app, language)
    controller = AppController(
        args.data_dir or default_data_dir(), camera=args.camera, language=language
    )
    controller.start()
    if os.environ.get("REGISTRAR_REPORT_STARTUP"):
        # For bench/ui.py: when the first window has been shown and the event loop runs.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: print(f"window_shown {time.time():.6f}", flush=True))
    if args.quit_after_ms:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(args.quit_after_ms, app.quit)
    try:
        return app.exec()
    finally:
        controller.shutdown()


if __name__ == "__main__":
    sys.exit(main())
