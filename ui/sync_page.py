"""The Sync page and its runner: enrol at the hub, send records, read the hub's receipts.

Sync waits on the network, so it never runs on the database lane (registrations would
freeze behind it): ``SyncRunner`` runs one job at a time on a lane of its own, with a vault
connection of its own (``vault.db.sibling()``), opened when a session starts and closed on
that lane when it ends. The page reads what it shows (status, batches, problems) on the
database lane, which WAL lets read while the sync lane writes.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registrar.errors import ErrorCode, KnownError
from ui.dashboard_page import age_text
from ui.messages import describe, describe_code, describe_enrolment, describe_hub_address
from ui.styles import DONE_STYLE, ERROR_STYLE, NOTE_STYLE
from ui.tasks import Lane

if TYPE_CHECKING:
    from registrar.services.sync import ImportReport, SyncReport, SyncService, SyncStatus
    from registrar.storage.database import Database
    from registrar.storage.sync import BatchRow, ProblemRow
    from registrar.storage.vault import Vault
    from registrar.sync.transport import Transport
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")

BATCH_LIMIT = 50
PROBLEM_ROWS_SHOWN = 5  # more scroll: the batches keep their room
ERROR_COLOR = "#b00020"  # as ERROR_STYLE
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RESENDABLE = frozenset({"conflict", "refused"})

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


# --- the runner -------------------------------------------------------------------------------


class SyncJob(StrEnum):
    SYNC = "sync"  # "Sync now"
    BACKGROUND = "background"  # the timer's sync: it keeps to each batch's back-off
    ENROL = "enrol"
    ADDRESS = "address"  # a supervisor gives the hub's new address
    EXPORT = "export"
    IMPORT = "import"


@dataclass(eq=False)
class _Link:
    """One session's hold on the sync lane. Only the sync lane touches ``db``."""

    vault: Vault
    db: Database | None = None
    cancelled: bool = False  # set on the UI thread, read between chunks on the sync lane
    closed: bool = False


def _service(link: _Link, transport_factory: Callable[[str], Transport] | None) -> SyncService:
    """On the sync lane: the service on this lane's own vault connection."""
    from registrar.services.sync import SyncService

    if link.closed:
        raise KnownError(ErrorCode.CANCELLED, "the vault was locked")
    if link.db is None:
        link.db = link.vault.db.sibling()
    if transport_factory is None:
        return SyncService(link.vault, db=link.db)
    return SyncService(link.vault, transport_factory, db=link.db)


def _open(link: _Link) -> None:
    if not link.closed and link.db is None:
        link.db = link.vault.db.sibling()


def _close(link: _Link) -> None:
    db, link.db = link.db, None
    if db is not None:
        db.close(checkpoint=False)  # the vault's own connection checkpoints when it closes


def _files(work: Callable[[], Any]) -> Any:
    """A USB stick pulled out or full is the world's fault, not a bug: say so in words."""
    try:
        return work()
    except OSError as error:
        raise KnownError(
            ErrorCode.FILE_UNREADABLE,
            "the folder could not be read or written",
            reason=type(error).__name__,
        ) from error


class SyncRunner(QObject):
    """Runs sync jobs one at a time on the sync lane; its signals arrive on the UI thread.

    ``run_started(job)``, ``progressed(sent, total)`` in bytes, then ``run_finished(job,
    result)`` or ``run_failed(job, error)``. A job started while another runs is refused
    (``False``); after ``close()`` (a lock) nothing more is reported for that session.
    """

    run_started = Signal(object)  # SyncJob
    progressed = Signal(object, object)  # bytes sent, bytes to send (may pass 2 GiB)
    run_finished = Signal(object, object)  # SyncJob, the job's result
    run_failed = Signal(object, object)  # SyncJob, the error

    def __init__(
        self,
        lane: Lane,
        transport_factory: Callable[[str], Transport] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.lane = lane
        self.transport_factory = transport_factory
        self._link: _Link | None = None
        self._job: SyncJob | None = None
        self._generation = 0

    @property
    def is_open(self) -> bool:
        return self._link is not None

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def job(self) -> SyncJob | None:
        return self._job

    @property
    def cancelling(self) -> bool:
        """Cancel was asked for and the sync has not stopped yet."""
        return self._job is not None and self._link is not None and self._link.cancelled

    def open(self, vault: Vault) -> None:
        """A session started: open its connection on the sync lane."""
        self.close()
        link = _Link(vault)
        self._link = link
        self.lane.submit(lambda: _open(link), lambda _: None, self._on_open_failed)

    def _on_open_failed(self, error: BaseException) -> None:
        # The next job opens it again and reports the failure in words.
        log.warning("the sync connection did not open: %s", type(error).__name__)

    def close(self) -> None:
        """The session ends: stop a running sync at its next step, then close the
        connection on the sync lane, after that job. Waiting for it is the lane's shutdown."""
        link, self._link = self._link, None
        self._generation += 1
        self._job = None
        if link is None:
            return
        link.cancelled = link.closed = True
        self.lane.submit(lambda: _close(link), lambda _: None, self._on_close_failed)

    def _on_close_failed(self, error: BaseException) -> None:
        log.warning("the sync connection did not close cleanly: %s", type(error).__name__)

    def cancel(self) -> None:
        """Stop the running sync between two pieces; what was sent is kept."""
        if self._link is not None and self._job in (SyncJob.SYNC, SyncJob.BACKGROUND):
            self._link.cancelled = True

    # the jobs -----------------------------------------------------------------------------

    def sync_now(self, *, background: bool = False) -> bool:
        job = SyncJob.BACKGROUND if background else SyncJob.SYNC
        link = self._link
        if link is None:
            return False

        def progress(sent: int, total: int) -> None:
            if not link.closed:
                self.progressed.emit(sent, total)  # queued to the UI thread

        def work(service: SyncService) -> SyncReport | None:
            if background:
                try:
                    service.station_id()
                except KnownError as error:
                    if error.code is ErrorCode.NOT_ENROLLED:
                        return None  # nothing to do until a supervisor enrols
                    raise
            return service.sync_now(
                is_cancelled=lambda: link.cancelled,
                on_progress=progress,
                respect_backoff=background,
            )

        return self._start(job, work)

    def enrol(self, hub_url: str, token: str) -> bool:
        return self._start(SyncJob.ENROL, lambda service: service.enrol(hub_url, token))

    def set_address(self, hub_url: str) -> bool:
        """The result: whether the hub answered at the new address (see ``set_hub_url``)."""
        return self._start(SyncJob.ADDRESS, lambda service: service.set_hub_url(hub_url))

    def export_to(self, folder: Path) -> bool:
        return self._start(
            SyncJob.EXPORT, lambda service: _files(lambda: service.export_dir(folder))
        )

    def import_from(self, folder: Path) -> bool:
        return self._start(
            SyncJob.IMPORT, lambda service: _files(lambda: service.import_dir(folder))
        )

    def _start(self, job: SyncJob, work: Callable[[SyncService], Any]) -> bool:
        link = self._link
        if link is None or self._job is not None:
            return False
        link.cancelled = False
        self._job = job
        generation = self._generation
        factory = self.transport_factory
        self.lane.submit(
            lambda: work(_service(link, factory)),
            lambda result: self._on_done(generation, job, result),
            lambda error: self._on_error(generation, job, error),
        )
        self.run_started.emit(job)
        return True

    def _on_done(self, generation: int, job: SyncJob, result: Any) -> None:
        if generation != self._generation:
            return
        self._job = None
        self.run_finished.emit(job, result)

    def _on_error(self, generation: int, job: SyncJob, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._job = None
        if not isinstance(error, KnownError):
            log.error("sync job %s failed unexpectedly", job.value, exc_info=error)
        self.run_failed.emit(job, error)


# --- words --------------------------------------------------------------------------------------


def when_words(moment: dt.datetime) -> str:
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%Y-%m-%d %H:%M")


def time_words(moment: dt.datetime) -> str:
    """The time alone when it is today, else the date too."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    if local.date() == dt.datetime.now(local.tzinfo).date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def size_words(size: int) -> str:
    """Bytes in the reader's units: "4.0 KiB", "1.2 MiB"."""
    return QLocale().formattedDataSize(size, 1)


def ltr(text: str) -> str:
    """An address, key or id kept left to right inside a right-to-left sentence."""
    return f"\u2066{text}\u2069"


def fingerprint_words(fingerprint: str) -> str:
    """Groups of four, to read out over the phone to the hub operator."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def status_count_words(status: str, n: int) -> str:
    words = {
        "accepted": lambda: _tr("{n} accepted"),
        "duplicate": lambda: _tr("{n} already at the hub"),
        "conflict": lambda: _tr("{n} in conflict"),
        "refused": lambda: _tr("{n} refused"),
        "erasure_done": lambda: _tr("{n} erasure(s) done at the hub"),
        "erasure_refused": lambda: _tr("{n} erasure(s) refused by the hub"),
    }
    text = words[status]() if status in words else _tr("{n} {status}")
    return text.format(n=n, status=status)


def counts_words(counts: Mapping[str, int]) -> str:
    """A receipt's record counts, the common ones first: "3 accepted, 1 in conflict"."""
    order = ["accepted", "duplicate", "conflict", "refused"]
    keys = sorted(counts, key=lambda s: (order.index(s) if s in order else len(order), s))
    return _tr(", ").join(status_count_words(s, counts[s]) for s in keys if counts[s])


def batch_state_words(row: BatchRow) -> str:
    if row.state == "done":
        return _tr("Acknowledged by the hub")
    if row.last_error and row.next_attempt_at is not None:
        return _tr("Waiting; next try at {time}").format(time=time_words(row.next_attempt_at))
    if row.sent_bytes > 0:
        return _tr("Partly sent")
    return _tr("Waiting to be sent")


def error_words(code: str) -> str:
    """A short name for a batch's last error; the whole sentence is its tool tip."""
    short = {
        ErrorCode.HUB_UNREACHABLE.value: lambda: _tr("Hub not reachable"),
        ErrorCode.HUB_REFUSED.value: lambda: _tr("Refused by the hub"),
        ErrorCode.PACKET_INVALID.value: lambda: _tr("Damaged"),
        ErrorCode.SIGNATURE_INVALID.value: lambda: _tr("Wrong signature"),
        ErrorCode.STATION_UNKNOWN.value: lambda: _tr("Station unknown at the hub"),
        ErrorCode.UPLOAD_OFFSET.value: lambda: _tr("Upload out of step"),
        ErrorCode.REQUEST_TOO_LARGE.value: lambda: _tr("Piece too large"),
        ErrorCode.BATCH_CONFLICT.value: lambda: _tr("Batch conflict"),
    }
    return short[code]() if code in short else describe_code(code)


def problem_words(problem: str, detail: str) -> str:
    if problem == "too_large":
        size, _, limit = detail.partition("/")
        if size.isdigit() and limit.isdigit():
            return _tr("Too large to send ({size}; the limit is {limit})").format(
                size=size_words(int(size)), limit=size_words(int(limit))
            )
        return _tr("Too large to send")
    if problem == "conflict":
        return _tr("The hub holds another record with this version number")
    if problem == "refused":
        reasons = {
            "damaged": lambda: _tr("The hub refused it: it arrived damaged"),
            "not_this_station": lambda: _tr(
                "The hub refused it: it was not registered at this station"
            ),
        }
        if detail in reasons:
            return reasons[detail]()
        return _tr("The hub refused it")
    return problem


def problem_advice(problem: str) -> str:
    if problem == "too_large":
        return _tr(
            "Remove a document page from the record, or raise the record size limit in "
            "Settings; it is sent with the next sync."
        )
    return _tr(
        "A supervisor can send what this station holds again as a new version; the hub "
        "keeps both versions."
    )


def report_words(report: SyncReport) -> str:
    """What one sync did, in sentences."""
    parts: list[str] = []
    sent = sum(report.records.values())
    if report.batches_sent and (sent or not report.erasures):
        parts.append(
            _tr("{n} record(s) reached the hub ({counts}).").format(
                n=sent, counts=counts_words(report.records)
            )
        )
    if report.erasures:
        parts.append(_tr("{counts}.").format(counts=counts_words(report.erasures)))
    elif not report.batches_sent and report.ok:
        parts.append(_tr("Nothing new to send."))
    if report.findings:
        parts.append(
            _tr("The hub found {n} possible duplicate(s); they wait in Review.").format(
                n=report.findings
            )
        )
    if report.decisions:
        parts.append(
            _tr("{n} decision(s) taken at the hub were applied.").format(n=report.decisions)
        )
    if report.copies_erased:
        parts.append(
            _tr(
                "{n} record(s) of other sites, erased there, were removed from this laptop."
            ).format(n=report.copies_erased)
        )
    if report.too_large:
        parts.append(
            _tr("{n} record(s) are too large to send: see the list below.").format(
                n=report.too_large
            )
        )
    if report.purged:
        parts.append(
            _tr("{n} record(s) acknowledged long ago were removed from this laptop.").format(
                n=report.purged
            )
        )
    if report.failures:
        parts.append(
            _tr("{n} batch(es) could not be sent and wait in the vault.").format(
                n=len(report.failures)
            )
        )
        parts.append(describe_code(report.failures[-1][1]))
    return " ".join(parts)


def import_words(report: ImportReport) -> str:
    parts = [_tr("{n} receipt(s) read; those records are acknowledged.").format(n=report.receipts)]
    if report.findings:
        parts.append(
            _tr("The hub found {n} possible duplicate(s); they wait in Review.").format(
                n=report.findings
            )
        )
    if report.decisions:
        parts.append(
            _tr("{n} decision(s) taken at the hub were applied.").format(n=report.decisions)
        )
    if report.skipped:
        parts.append(
            _tr("{n} file(s) were read before or are for another station.").format(
                n=len(report.skipped)
            )
        )
    if report.errors:
        name, code = report.errors[0]
        parts.append(
            _tr("{n} file(s) could not be used, {name} first:").format(
                n=len(report.errors), name=ltr(name)
            )
        )
        parts.append(describe_code(code))
    return " ".join(parts)


def folder_problem(error: BaseException) -> str:
    if isinstance(error, KnownError) and error.code is ErrorCode.FILE_UNREADABLE:
        return _tr(
            "The folder could not be read or written. Is the USB stick still in, and not "
            "full? Nothing in the vault was changed."
        )
    return describe(error)


def ask_for_folder(parent: QWidget, title: str) -> Path | None:
    """A folder (a USB stick, usually); None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(chosen) if chosen else None


# --- the tables --------------------------------------------------------------------------------


class _RowsModel(QAbstractTableModel):
    """A read-only table of frozen rows, one column per member of ``COLUMNS``."""

    COLUMNS: type[IntEnum]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headers(self) -> dict[Any, str]:
        raise NotImplementedError

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return self.headers()[self.COLUMNS(section)]


class BatchColumn(IntEnum):
    SEQUENCE = 0
    CREATED = 1
    RECORDS = 2
    STATE = 3
    SENT = 4
    # The hub's receipt for a batch it acknowledged, or why a waiting batch did not go: a
    # batch never has both, and seven columns did not fit beside the navigation.
    OUTCOME = 5


class BatchesModel(_RowsModel):
    """The recent batches, newest first, every value in words."""

    COLUMNS = BatchColumn

    def row_at(self, row: int) -> BatchRow:
        value: BatchRow = self._rows[row]
        return value

    def headers(self) -> dict[Any, str]:
        return {
            BatchColumn.SEQUENCE: self.tr("Batch"),
            BatchColumn.CREATED: self.tr("Sealed"),
            BatchColumn.RECORDS: self.tr("Records"),
            BatchColumn.STATE: self.tr("State"),
            BatchColumn.SENT: self.tr("Sent"),
            BatchColumn.OUTCOME: self.tr("Receipt, or the last problem"),
        }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = BatchColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        failed = row.state != "done" and bool(row.last_error)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is BatchColumn.OUTCOME and failed and row.last_error:
                return describe_code(row.last_error)
            if column is BatchColumn.SEQUENCE:
                return row.batch_id
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column is BatchColumn.OUTCOME and failed:
            return QBrush(QColor(ERROR_COLOR))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            BatchColumn.SEQUENCE,
            BatchColumn.RECORDS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: BatchRow, column: BatchColumn) -> str:
        if column is BatchColumn.SEQUENCE:
            return str(row.sequence)
        if column is BatchColumn.CREATED:
            return when_words(row.created_at)
        if column is BatchColumn.RECORDS:
            return str(row.record_count)
        if column is BatchColumn.STATE:
            return batch_state_words(row)
        if column is BatchColumn.SENT:
            if row.state == "done":
                return size_words(row.size)
            return self.tr("{sent} of {size}").format(
                sent=size_words(row.sent_bytes), size=size_words(row.size)
            )
        if row.state == "done":
            return counts_words(row.counts)
        return "\u26a0 " + error_words(row.last_error) if row.last_error else ""


class ProblemColumn(IntEnum):
    REGISTRATION_ID = 0
    VERSION = 1
    SINCE = 2
    PROBLEM = 3  # last: it takes the room that is left


class ProblemsModel(_RowsModel):
    """Records that cannot leave the laptop as they are (the person id in PERSON_ID_ROLE)."""

    COLUMNS = ProblemColumn

    def row_at(self, row: int) -> ProblemRow:
        value: ProblemRow = self._rows[row]
        return value

    def headers(self) -> dict[Any, str]:
        return {
            ProblemColumn.REGISTRATION_ID: self.tr("Registration id"),
            ProblemColumn.VERSION: self.tr("Version"),
            ProblemColumn.PROBLEM: self.tr("Why it cannot leave"),
            ProblemColumn.SINCE: self.tr("Since"),
        }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = ProblemColumn(index.column())
        if role == PERSON_ID_ROLE:
            return row.person_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is ProblemColumn.REGISTRATION_ID:
                return row.registration_id
            if column is ProblemColumn.VERSION:
                return str(row.version)
            if column is ProblemColumn.PROBLEM:
                return problem_words(row.problem, row.detail)
            return when_words(row.at)
        if role == Qt.ItemDataRole.ToolTipRole and column is ProblemColumn.PROBLEM:
            return f"{problem_words(row.problem, row.detail)}\n{problem_advice(row.problem)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column is ProblemColumn.VERSION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# --- the page ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Loaded:
    status: SyncStatus
    batches: tuple[BatchRow, ...]
    problems: tuple[ProblemRow, ...]
    now: dt.datetime
    may_enrol: bool  # a supervisor: enrols, and sends conflicting records again


def _load(vault: Vault) -> _Loaded:
    from registrar.domain.model import Role
    from registrar.services.sync import SyncService

    service = SyncService(vault)
    status = service.status()
    return _Loaded(
        status=status,
        batches=tuple(service.batches(BATCH_LIMIT)),
        problems=tuple(service.problems()),
        now=vault.clock.now(),
        may_enrol=vault.session.role is Role.SUPERVISOR,
    )


class SyncPage(QWidget):
    """Emits ``open_person(person_id)`` when a record that cannot leave is double-clicked,
    ``resent(person_id)`` after a supervisor queued it again as a new version, and
    ``state_shown`` each time what the vault holds has been read and shown."""

    open_person = Signal(str)
    resent = Signal(str)
    state_shown = Signal()

    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self.runner = runner
        self._session: UiSession | None = None
        self._loaded: _Loaded | None = None
        self._busy = False  # a resend on the database lane
        # Bumped by bind() and clear(): answers for an older binding are dropped.
        self._generation = 0
        self.confirm_box: QMessageBox | None = None
        self._message_code: str | None = None  # the error code the message line explains
        # Replaced in tests: the folder dialog cannot be driven offscreen.
        self.choose_folder: Callable[[QWidget, str], Path | None] = ask_for_folder

        heading = QLabel(self.tr("<h2>Sync</h2>"))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("syncSummary")

        # the hub --------------------------------------------------------------------------------
        self.not_enrolled_label = QLabel(self.tr("This station is not enrolled at a hub yet."))
        self.not_enrolled_label.setObjectName("notEnrolledLabel")
        self.not_enrolled_label.setWordWrap(True)
        self.hub_url_label = self._value_label("hubUrlLabel")
        self.hub_name_label = self._value_label("hubNameLabel")
        self.fingerprint_label = self._value_label("hubFingerprintLabel")
        self.fingerprint_label.setToolTip(
            self.tr("Read this out to the hub operator to check that you reached your hub.")
        )
        self.station_id_label = self._value_label("stationIdLabel")
        self.hub_details = QWidget()
        self.hub_details.setObjectName("hubDetails")
        details_form = QFormLayout(self.hub_details)
        details_form.setContentsMargins(0, 0, 0, 0)
        self.change_address_button = self._button(
            self.tr("C&hange…"),
            "changeHubAddressButton",
            self.tr("The hub moved: give its new address"),
        )
        address_row = QHBoxLayout()
        address_row.addWidget(self.hub_url_label, 1)
        address_row.addWidget(self.change_address_button, 0, Qt.AlignmentFlag.AlignTop)
        details_form.addRow(self.tr("Address"), address_row)
        details_form.addRow(self.tr("Name"), self.hub_name_label)
        details_form.addRow(self.tr("Key fingerprint"), self.fingerprint_label)
        details_form.addRow(self.tr("This station's id"), self.station_id_label)

        # A hub that moved: its new address, for supervisors (hidden until asked for).
        self.address_intro = QLabel(
            self.tr(
                "Type the address the hub operator gave you. The station checks that the hub "
                "there has the same keys; the enrolment stays."
            )
        )
        self.address_intro.setWordWrap(True)
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("newHubUrlEdit")
        self.address_edit.setPlaceholderText("https://hub.example.org:8443")
        self.address_edit.setAccessibleName(self.tr("The hub's new address"))
        self.address_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.save_address_button = self._button(
            self.tr("Save &address"), "saveHubAddressButton", self.tr("Save the hub's new address")
        )
        self.keep_address_button = self._button(
            self.tr("&Keep the old address"),
            "keepHubAddressButton",
            self.tr("Close without changing the hub's address"),
        )
        self.address_form = QWidget()
        self.address_form.setObjectName("hubAddressForm")
        address_layout = QFormLayout(self.address_form)
        address_layout.setContentsMargins(0, 0, 0, 0)
        address_layout.addRow(self.address_intro)
        self._add_row(address_layout, self.tr("&New address"), self.address_edit)
        address_buttons = QHBoxLayout()
        address_buttons.addStretch()
        address_buttons.addWidget(self.keep_address_button)
        address_buttons.addWidget(self.save_address_button)
        address_layout.addRow(address_buttons)
        self._editing_address = False

        self.enrol_intro = QLabel(
            self.tr(
                "Ask the hub operator for the hub's address and a one-time enrolment token, "
                "then type both here."
            )
        )
        self.enrol_intro.setWordWrap(True)
        self.enrol_url_edit = QLineEdit()
        self.enrol_url_edit.setObjectName("enrolHubUrlEdit")
        self.enrol_url_edit.setPlaceholderText("https://hub.example.org:8443")
        self.enrol_url_edit.setAccessibleName(self.tr("The hub's address"))
        self.enrol_token_edit = QLineEdit()
        self.enrol_token_edit.setObjectName("enrolTokenEdit")
        self.enrol_token_edit.setPlaceholderText("RGT1-…")
        self.enrol_token_edit.setAccessibleName(self.tr("Enrolment token"))
        for edit in (self.enrol_url_edit, self.enrol_token_edit):
            # Addresses and tokens are Latin whatever the interface language.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.enrol_button = self._button(
            self.tr("&Enrol"), "enrolButton", self.tr("Enrol this station at the hub")
        )
        self.enrol_form = QWidget()
        self.enrol_form.setObjectName("enrolForm")
        enrol_layout = QFormLayout(self.enrol_form)
        enrol_layout.setContentsMargins(0, 0, 0, 0)
        enrol_layout.addRow(self.enrol_intro)
        self._add_row(enrol_layout, self.tr("Hub &address"), self.enrol_url_edit)
        self._add_row(enrol_layout, self.tr("&Token"), self.enrol_token_edit)
        enrol_buttons = QHBoxLayout()
        enrol_buttons.addStretch()
        enrol_buttons.addWidget(self.enrol_button)
        enrol_layout.addRow(enrol_buttons)
        self.officer_enrol_note = QLabel(
            self.tr(
                "A supervisor must enrol this station at the hub before records can be sent. "
                "Until then they wait safely in the vault."
            )
        )
        self.officer_enrol_note.setObjectName("enrolOfficerNote")
        self.officer_enrol_note.setWordWrap(True)
        self.officer_enrol_note.setStyleSheet(NOTE_STYLE)

        self.hub_box = QGroupBox(self.tr("The hub"))
        self.hub_box.setObjectName("hubBox")
        hub_layout = QVBoxLayout(self.hub_box)
        hub_layout.addWidget(self.not_enrolled_label)
        hub_layout.addWidget(self.hub_details)
        hub_layout.addWidget(self.address_form)
        hub_layout.addWidget(self.enrol_form)
        hub_layout.addWidget(self.officer_enrol_note)
        hub_layout.addStretch()

        # sending ------------------------------------------------------------------------------
        self.backlog_label = QLabel()
        self.backlog_label.setObjectName("syncBacklogLabel")
        self.backlog_label.setWordWrap(True)
        self.last_success_label = QLabel()
        self.last_success_label.setObjectName("lastSyncLabel")
        self.last_success_label.setWordWrap(True)
        self.last_error_label = QLabel()
        self.last_error_label.setObjectName("lastSyncErrorLabel")
        self.last_error_label.setWordWrap(True)
        self.last_error_label.setStyleSheet(ERROR_STYLE)
        self.sync_button = self._button(
            self.tr("&Sync now"), "syncNowButton", self.tr("Send the waiting records to the hub")
        )
        self.cancel_button = self._button(
            self.tr("&Cancel"), "cancelSyncButton", self.tr("Stop the sync that is running")
        )
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Bytes sent to the hub"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.export_button = self._button(
            self.tr("&Write batches to a folder…"),
            "exportButton",
            self.tr("Write the waiting batches to a folder, e.g. on a USB stick"),
        )
        self.import_button = self._button(
            self.tr("&Read receipts from a folder…"),
            "importButton",
            self.tr("Read the hub's receipts and findings from a folder"),
        )
        self.usb_note = QLabel(
            self.tr(
                "Without a network: write the batches to a USB stick, let the hub operator "
                "read them, then read the receipts the hub wrote back."
            )
        )
        self.usb_note.setWordWrap(True)

        self.send_box = QGroupBox(self.tr("Sending"))
        self.send_box.setObjectName("sendBox")
        send_layout = QVBoxLayout(self.send_box)
        send_layout.addWidget(self.backlog_label)
        send_layout.addWidget(self.last_success_label)
        send_layout.addWidget(self.last_error_label)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_button)
        sync_row.addWidget(self.progress, 1)
        sync_row.addWidget(self.cancel_button)
        sync_row.addStretch(0)  # the room the progress bar takes while it is shown
        send_layout.addLayout(sync_row)
        send_layout.addWidget(self.usb_note)
        usb_row = QHBoxLayout()
        usb_row.addWidget(self.export_button)
        usb_row.addWidget(self.import_button)
        usb_row.addStretch()
        send_layout.addLayout(usb_row)
        send_layout.addStretch()

        # what happened ----------------------------------------------------------------------
        self.message_label = QLabel()
        self.message_label.setObjectName("syncMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        # batches -------------------------------------------------------------------------------
        self.batches_status = QLabel()
        self.batches_status.setObjectName("batchesStatus")
        self.batches_status.setWordWrap(True)
        self.batches_model = BatchesModel(self)
        self.batches_table = self._table(
            "batchesTable", self.batches_model, self.tr("Recent batches")
        )
        self.batches_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._fit_rows(self.batches_table, 3, 3)
        # At least three rows; more as the page grows.
        self.batches_table.setMinimumHeight(self.batches_table.maximumHeight())
        self.batches_table.setMaximumHeight(16777215)
        header = self.batches_table.horizontalHeader()
        for column, width in (
            (BatchColumn.SEQUENCE, 55),
            (BatchColumn.CREATED, 130),
            (BatchColumn.RECORDS, 70),
            (BatchColumn.STATE, 200),
            (BatchColumn.SENT, 140),
        ):
            self.batches_table.setColumnWidth(column, width)
        header.setSectionResizeMode(BatchColumn.OUTCOME, QHeaderView.ResizeMode.Stretch)
        self.batches_box = QGroupBox(self.tr("Recent batches"))
        self.batches_box.setObjectName("batchesBox")
        batches_layout = QVBoxLayout(self.batches_box)
        batches_layout.addWidget(self.batches_status)
        batches_layout.addWidget(self.batches_table)

        # problems ----------------------------------------------------------------------------
        self.problems_status = QLabel()
        self.problems_status.setObjectName("problemsStatus")
        self.problems_status.setWordWrap(True)
        self.problems_model = ProblemsModel(self)
        self.problems_table = self._table(
            "problemsTable", self.problems_model, self.tr("Records that cannot leave")
        )
        self.problems_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for problem_column, width in (
            (ProblemColumn.REGISTRATION_ID, 150),
            (ProblemColumn.VERSION, 70),
            (ProblemColumn.SINCE, 130),
        ):
            self.problems_table.setColumnWidth(problem_column, width)
        self.problems_table.horizontalHeader().setSectionResizeMode(
            ProblemColumn.PROBLEM, QHeaderView.ResizeMode.Stretch
        )
        self.resend_button = self._button(
            self.tr("Send &again as a new version…"),
            "resendButton",
            self.tr("Send the selected record again as a new version"),
        )
        self.officer_resend_note = QLabel(
            self.tr("A supervisor can send a record in conflict or refused again.")
        )
        self.officer_resend_note.setObjectName("resendOfficerNote")
        self.officer_resend_note.setWordWrap(True)
        resend_row = QHBoxLayout()
        resend_row.addWidget(self.officer_resend_note, 1)
        resend_row.addStretch()
        resend_row.addWidget(self.resend_button)
        self.problems_box = QGroupBox(self.tr("Records that cannot leave"))
        self.problems_box.setObjectName("problemsBox")
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.problems_status)
        problems_layout.addWidget(self.problems_table)
        problems_layout.addLayout(resend_row)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(self.summary_label)
        boxes = QHBoxLayout()
        boxes.addWidget(self.hub_box, 1)
        boxes.addWidget(self.send_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(boxes)
        layout.addWidget(self.message_label)
        layout.addWidget(self.batches_box, 1)
        layout.addWidget(self.problems_box)
        # The two boxes above take no more height than they need: the batches (or this
        # empty room, while there are none) take the rest.
        self._room = layout.count()
        layout.addStretch(0)
        self._layout = layout

        self.enrol_button.clicked.connect(self._on_enrol_button_clicked)
        self.change_address_button.clicked.connect(self._on_change_address_button_clicked)
        self.save_address_button.clicked.connect(self._on_save_address_button_clicked)
        self.keep_address_button.clicked.connect(self._on_keep_address_button_clicked)
        self.address_edit.textChanged.connect(self._on_enrol_edit_text_changed)
        self.address_edit.returnPressed.connect(self._on_save_address_button_clicked)
        self.enrol_url_edit.textChanged.connect(self._on_enrol_edit_text_changed)
        self.enrol_token_edit.textChanged.connect(self._on_enrol_edit_text_changed)
        self.enrol_token_edit.returnPressed.connect(self._on_enrol_button_clicked)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.resend_button.clicked.connect(self._on_resend_button_clicked)
        self.problems_table.selectionModel().selectionChanged.connect(
            self._on_problems_selection_changed
        )
        self.problems_table.activated.connect(self._on_problems_table_activated)
        runner.run_started.connect(self._on_runner_run_started)
        runner.progressed.connect(self._on_runner_progressed)
        runner.run_finished.connect(self._on_runner_run_finished)
        runner.run_failed.connect(self._on_runner_run_failed)
        self.clear()

    @staticmethod
    def _value_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names from the hub are never markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)  # its & mnemonic moves the keyboard focus to the field
        form.addRow(label, field)

    @staticmethod
    def _button(text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    @staticmethod
    def _table(name: str, model: QAbstractTableModel, accessible: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        return table

    # binding and clearing ----------------------------------------------------------------------

    def bind(self, session: UiSession) -> None:
        """Show this session's sync state; it is read on the database lane."""
        self.clear()
        self._session = session
        self._show_message(self.tr("Loading…"), error=False)
        self._reload(clear_message=True)

    def refresh(self) -> None:
        if self._session is not None:
            self._reload(clear_message=False)

    def clear(self) -> None:
        """On lock: forget the session and drop everything of it from the screen."""
        self._generation += 1
        self._session = None
        self._loaded = None
        self._busy = False
        self._message_code = None
        box, self.confirm_box = self.confirm_box, None  # first, so that closing decides nothing
        if box is not None:
            box.close()
            box.deleteLater()
        self.batches_model.set_rows(())
        self.problems_model.set_rows(())
        for label in (
            self.summary_label,
            self.hub_url_label,
            self.hub_name_label,
            self.fingerprint_label,
            self.station_id_label,
            self.backlog_label,
            self.last_success_label,
            self.last_error_label,
            self.message_label,
            self.batches_status,
            self.problems_status,
        ):
            label.clear()
        self.enrol_url_edit.clear()
        self.enrol_token_edit.clear()
        self.address_edit.clear()
        self._editing_address = False
        self._reset_progress()
        for widget in (
            self.not_enrolled_label,
            self.hub_details,
            self.address_form,
            self.enrol_form,
            self.officer_enrol_note,
            self.last_error_label,
            self.batches_box,
            self.problems_box,
        ):
            widget.hide()
        self._layout.setStretch(self._room, 1)
        self._update_enabled()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Records registered since the page was last shown count in the backlog at once.
        if self._loaded is not None:
            self.refresh()

    def _reload(self, *, clear_message: bool) -> None:
        session = self._session
        if session is None:
            return
        generation = self._generation
        session.run(
            _load,
            lambda loaded: self._on_loaded(generation, loaded, clear_message),
            lambda error: self._on_failed(generation, error),
        )

    def _on_loaded(self, generation: int, loaded: _Loaded, clear_message: bool) -> None:
        if generation != self._generation:
            return
        self._loaded = loaded
        if clear_message:
            self.message_label.clear()
            self._message_code = None
        self._show_hub(loaded)
        self._show_sending(loaded)
        self.batches_model.set_rows(loaded.batches)
        selected = self._selected_problem()
        self.problems_model.set_rows(loaded.problems)
        if selected is not None:
            # A reload after a background sync must not take the supervisor's choice away.
            self._select_problem(selected.person_id)
        self._show_lists(loaded)
        self._update_enabled()
        self.state_shown.emit()

    def _show_hub(self, loaded: _Loaded) -> None:
        status = loaded.status
        enrolled = status.enrolled
        self.not_enrolled_label.setVisible(not enrolled)
        self.hub_details.setVisible(enrolled)
        self.enrol_form.setVisible(not enrolled and loaded.may_enrol)
        self.change_address_button.setVisible(
            enrolled and loaded.may_enrol and not self._editing_address
        )
        self.address_form.setVisible(enrolled and loaded.may_enrol and self._editing_address)
        self.officer_enrol_note.setVisible(not enrolled and not loaded.may_enrol)
        if enrolled:
            self.hub_url_label.setText(ltr(status.hub_url))
            self.hub_name_label.setText(status.hub_name or self.tr("(no name)"))
            self.fingerprint_label.setText(ltr(fingerprint_words(status.hub_fingerprint)))
            self.station_id_label.setText(ltr(status.station_id))
        else:
            for label in (
                self.hub_url_label,
                self.hub_name_label,
                self.fingerprint_label,
                self.station_id_label,
            ):
                label.clear()

    def _show_sending(self, loaded: _Loaded) -> None:
        status = loaded.status
        if status.unsynced == 0:
            self.backlog_label.setText(self.tr("Every record is at the hub."))
        elif status.oldest_unsynced is None:
            self.backlog_label.setText(
                self.tr("{n} record(s) wait for the hub.").format(n=status.unsynced)
            )
        else:
            age = max(loaded.now - status.oldest_unsynced, dt.timedelta(0))
            self.backlog_label.setText(
                self.tr("{n} record(s) wait for the hub; the oldest has waited {age}.").format(
                    n=status.unsynced, age=age_text(age)
                )
            )
        if status.erasures_waiting:
            # Erased here; the hub and the other sites still hold them until the next batch.
            self.backlog_label.setText(
                self.backlog_label.text()
                + " "
                + self.tr("{n} erasure(s) wait to be sent to the hub.").format(
                    n=status.erasures_waiting
                )
            )
        if status.last_success is None:
            self.last_success_label.setText(self.tr("Last successful sync: never"))
        else:
            ago = max(loaded.now - status.last_success, dt.timedelta(0))
            self.last_success_label.setText(
                self.tr("Last successful sync: {time} ({age} ago)").format(
                    time=when_words(status.last_success), age=age_text(ago)
                )
            )
        self._show_last_error()
        if status.enrolled:
            self.summary_label.setText(self.tr("{n} waiting for sync").format(n=status.unsynced))
        else:
            self.summary_label.setText(self.tr("Not enrolled"))

    def _show_last_error(self) -> None:
        """Why the last sync failed, unless the line below says it already."""
        error = self._loaded.status.last_error if self._loaded is not None else None
        shown = bool(error) and error != self._message_code
        self.last_error_label.setVisible(shown)
        self.last_error_label.setText(
            "\u26a0 " + self.tr("The last try failed: {reason}").format(reason=describe_code(error))
            if shown and error
            else ""
        )

    def _show_lists(self, loaded: _Loaded) -> None:
        enrolled = loaded.status.enrolled
        batches = bool(loaded.batches)
        self.batches_box.setVisible(enrolled)
        self.batches_table.setVisible(batches)
        self.batches_status.setVisible(not batches)
        self.batches_status.setText(
            "" if batches else self.tr("No batch has been sealed yet: Sync now sends the first.")
        )
        problems = bool(loaded.problems)
        self.problems_box.setVisible(problems)
        self.problems_table.setVisible(problems)
        if problems:
            self.problems_status.setText(
                self.tr(
                    "{n} record(s) cannot leave this laptop as they are. The others are not "
                    "held up by them. Double-click one to open it."
                ).format(n=len(loaded.problems))
            )
        self.officer_resend_note.setVisible(problems and not loaded.may_enrol)
        self.resend_button.setVisible(loaded.may_enrol)
        # An empty list is a sentence, not a blank table. The few records that cannot leave
        # take the rows they need; the batches take the room that is left.
        self._fit_rows(self.problems_table, len(loaded.problems), PROBLEM_ROWS_SHOWN)
        self._layout.setStretchFactor(self.batches_box, 1 if batches else 0)
        self._layout.setStretch(self._room, 0 if batches else 1)

    @staticmethod
    def _fit_rows(table: QTableView, rows: int, most: int) -> None:
        """As tall as ``rows`` rows (at least one, at most ``most``: then it scrolls)."""
        shown = min(max(rows, 1), most)
        height = (
            table.horizontalHeader().sizeHint().height()
            + shown * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    def _update_enabled(self) -> None:
        loaded = self._loaded
        enrolled = loaded is not None and loaded.status.enrolled
        running = self.runner.busy
        syncing = self.runner.job in (SyncJob.SYNC, SyncJob.BACKGROUND)
        free = loaded is not None and not running and self.runner.is_open
        self.sync_button.setEnabled(free and enrolled)
        self.export_button.setEnabled(free and enrolled)
        self.import_button.setEnabled(free and enrolled)
        self.cancel_button.setVisible(self._session is not None and syncing)
        self.cancel_button.setEnabled(not self.runner.cancelling)
        self.progress.setVisible(self._session is not None and running)
        self.enrol_button.setEnabled(
            free
            and not enrolled
            and loaded is not None
            and loaded.may_enrol
            and bool(self.enrol_url_edit.text().strip())
            and bool(self.enrol_token_edit.text().strip())
        )
        for edit in (self.enrol_url_edit, self.enrol_token_edit, self.address_edit):
            edit.setReadOnly(running)
        self.change_address_button.setEnabled(free and enrolled)
        new_address = self.address_edit.text().strip().rstrip("/")
        self.save_address_button.setEnabled(
            free
            and enrolled
            and bool(new_address)
            and loaded is not None
            and new_address != loaded.status.hub_url
        )
        self.keep_address_button.setEnabled(not running)
        row = self._selected_problem()
        self.resend_button.setEnabled(
            loaded is not None
            and loaded.may_enrol
            and not self._busy
            and row is not None
            and row.problem in RESENDABLE
        )
        tip = (
            self.tr("Select a record in conflict or refused by the hub.")
            if row is None or row.problem not in RESENDABLE
            else ""
        )
        self.resend_button.setToolTip(tip)

    def _select_problem(self, person_id: str) -> None:
        for row in range(self.problems_model.rowCount()):
            if self.problems_model.row_at(row).person_id == person_id:
                self.problems_table.selectRow(row)
                return

    def _selected_problem(self) -> ProblemRow | None:
        rows = self.problems_table.selectionModel().selectedRows()
        if len(rows) != 1 or rows[0].row() >= self.problems_model.rowCount():
            return None
        return self.problems_model.row_at(rows[0].row())

    # enrolling ---------------------------------------------------------------------------------

    def _on_enrol_edit_text_changed(self) -> None:
        self._update_enabled()

    def _on_enrol_button_clicked(self) -> None:
        if not self.enrol_button.isEnabled():
            return
        url = self.enrol_url_edit.text().strip()
        token = self.enrol_token_edit.text().strip()
        if self.runner.enrol(url, token):
            self._show_message(self.tr("Enrolling at the hub…"), error=False)

    # a hub that moved -----------------------------------------------------------------------

    def _on_change_address_button_clicked(self) -> None:
        if self._loaded is None or not self.change_address_button.isEnabled():
            return
        self._editing_address = True
        self.address_edit.setText(self._loaded.status.hub_url)
        self._show_hub(self._loaded)
        self._update_enabled()
        self.address_edit.selectAll()
        self.address_edit.setFocus()

    def _on_keep_address_button_clicked(self) -> None:
        self._close_address_form()

    def _close_address_form(self) -> None:
        self._editing_address = False
        self.address_edit.clear()
        if self._loaded is not None:
            self._show_hub(self._loaded)
        self._update_enabled()

    def _on_save_address_button_clicked(self) -> None:
        if not self.save_address_button.isEnabled():
            return
        if self.runner.set_address(self.address_edit.text().strip()):
            self._show_message(self.tr("Asking the hub at its new address…"), error=False)

    # syncing ------------------------------------------------------------------------------------

    def _on_sync_button_clicked(self) -> None:
        if self.sync_button.isEnabled():
            self.runner.sync_now()

    def _on_cancel_button_clicked(self) -> None:
        self.runner.cancel()
        self._update_enabled()
        self._show_message(self.tr("Cancelling after the piece being sent…"), error=False)

    def _on_export_button_clicked(self) -> None:
        if not self.export_button.isEnabled():
            return
        folder = self.choose_folder(self, self.tr("Choose the folder to write the batches to"))
        if folder is not None and self.runner.export_to(folder):
            self._show_message(self.tr("Writing the batches…"), error=False)

    def _on_import_button_clicked(self) -> None:
        if not self.import_button.isEnabled():
            return
        folder = self.choose_folder(self, self.tr("Choose the folder with the hub's receipts"))
        if folder is not None and self.runner.import_from(folder):
            self._show_message(self.tr("Reading the receipts…"), error=False)

    def _reset_progress(self) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setFormat("")

    def _on_runner_run_started(self, job: SyncJob) -> None:
        if self._session is None:
            return
        if job in (SyncJob.SYNC, SyncJob.BACKGROUND):
            self.progress.setRange(0, 0)  # busy until the first piece is counted
            self.progress.setFormat(self.tr("Preparing…"))
            if job is SyncJob.SYNC:
                self._show_message(self.tr("Syncing with the hub…"), error=False)
        else:
            self.progress.setRange(0, 0)
            self.progress.setFormat("")
        self._update_enabled()

    def _on_runner_progressed(self, sent: int, total: int) -> None:
        if self._session is None or total <= 0:
            return
        if self.progress.maximum() == 0:
            # The first piece: the batches are sealed now, so list them while they go.
            self.refresh()
        self.progress.setRange(0, 1000)
        self.progress.setValue(min(1000, sent * 1000 // total))
        # %-free text: QProgressBar would read "%" as one of its own placeholders.
        self.progress.setFormat(
            self.tr("{sent} of {total}").format(sent=size_words(sent), total=size_words(total))
        )

    def _on_runner_run_finished(self, job: SyncJob, result: Any) -> None:
        if self._session is None:
            return
        self._reset_progress()
        if job is SyncJob.SYNC:
            report: SyncReport = result
            self._show_message(
                report_words(report),
                error=not report.ok,
                done=report.ok and bool(report.records or report.erasures),
                code=report.failures[-1][1] if report.failures else None,
            )
        elif job is SyncJob.ENROL:
            self.enrol_token_edit.clear()
            self._show_message(
                self.tr(
                    "This station is enrolled at the hub. Check the key fingerprint with "
                    "the hub operator, then sync."
                ),
                error=False,
                done=True,
            )
        elif job is SyncJob.ADDRESS:
            self._close_address_form()
            if result:
                text = self.tr(
                    "The hub answered at its new address with the keys this station enrolled "
                    "with. The address is saved; the waiting batches go with the next sync."
                )
            else:
                text = self.tr(
                    "The new address is saved, but the hub could not be reached there just "
                    "now. The next sync tries it; records wait safely in the vault."
                )
            self._show_message(text, error=False, done=bool(result))
        elif job is SyncJob.EXPORT:
            paths: Sequence[Path] = result
            folder = paths[0].parent if paths else None
            if paths and folder is not None:
                text = self.tr(
                    "{n} batch file(s) written to {folder}. Take them to the hub; the records "
                    "stay here until its receipts are read back."
                ).format(n=len(paths), folder=ltr(str(folder)))
            else:
                text = self.tr("Nothing to write: no batch waits for the hub.")
            self._show_message(text, error=False, done=bool(paths))
        elif job is SyncJob.IMPORT:
            imported: ImportReport = result
            self._show_message(
                import_words(imported),
                error=bool(imported.errors),
                done=imported.receipts > 0 and not imported.errors,
            )
        self._update_enabled()
        self._reload(clear_message=False)

    def _on_runner_run_failed(self, job: SyncJob, error: BaseException) -> None:
        if self._session is None:
            return
        self._reset_progress()
        if job is not SyncJob.BACKGROUND:  # the page shows the last failure from the vault
            if isinstance(error, KnownError) and error.code is ErrorCode.CANCELLED:
                text = self.tr(
                    "Sync cancelled. What reached the hub is kept; the next sync goes on "
                    "from there."
                )
            elif job is SyncJob.ENROL:
                text = describe_enrolment(error)
            elif job is SyncJob.ADDRESS:
                text = describe_hub_address(error)  # the form stays open to correct it
            elif job in (SyncJob.EXPORT, SyncJob.IMPORT):
                text = folder_problem(error)
            else:
                text = describe(error)
            code = error.code.value if isinstance(error, KnownError) else None
            self._show_message(text, error=True, code=code)
        self._update_enabled()
        self._reload(clear_message=False)

    # records that cannot leave -----------------------------------------------------------------

    def _on_problems_selection_changed(self) -> None:
        self._update_enabled()

    def _on_problems_table_activated(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE) if index.isValid() else None
        if isinstance(person_id, str):
            self.open_person.emit(person_id)

    def _on_resend_button_clicked(self) -> None:
        row = self._selected_problem()
        if row is None or not self.resend_button.isEnabled():
            return
        box = QMessageBox(self)
        box.setObjectName("resendConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Send again as a new version"))
        box.setText(
            self.tr(
                "Send {registration_id} again as version {version}? The hub keeps both "
                "versions; what this station holds becomes the newest."
            ).format(registration_id=row.registration_id, version=row.version + 1)
        )
        send = box.addButton(self.tr("&Send again"), QMessageBox.ButtonRole.AcceptRole)
        send.setObjectName("resendConfirmButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(send)
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _result: self._on_confirm_box_finished(box, send, row))
        self.confirm_box = box
        box.open()

    def _on_confirm_box_finished(
        self, box: QMessageBox, send: QAbstractButton, row: ProblemRow
    ) -> None:
        if box is not self.confirm_box:
            return  # closed by clear()
        self.confirm_box = None
        box.deleteLater()
        if box.clickedButton() is send:
            self._resend(row)

    def _resend(self, row: ProblemRow) -> None:
        session = self._session
        if session is None or self._busy:
            return
        self._busy = True
        self._update_enabled()
        generation = self._generation
        person_id = row.person_id

        def resend(vault: Vault) -> None:
            from registrar.services.sync import SyncService

            SyncService(vault).resend(person_id)

        session.run(
            resend,
            lambda _: self._on_resent(generation, row),
            lambda error: self._on_failed(generation, error),
        )

    def _on_resent(self, generation: int, row: ProblemRow) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self._show_message(
            self.tr(
                "{registration_id} is queued again as version {version}; it goes with the "
                "next sync."
            ).format(registration_id=row.registration_id, version=row.version + 1),
            error=False,
            done=True,
        )
        self.resent.emit(row.person_id)
        self._reload(clear_message=False)

    # failures ----------------------------------------------------------------------------------

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, KnownError):
            log.error("sync state could not be read or saved", exc_info=error)
        self._busy = False
        self._update_enabled()
        self._show_message("\u26a0 " + describe(error), error=True)

    def _show_message(
        self, text: str, *, error: bool, done: bool = False, code: str | None = None
    ) -> None:
        """``code``: the error the text explains, so the last-failure line does not repeat it."""
        self.message_label.setStyleSheet(ERROR_STYLE if error else DONE_STYLE if done else "")
        self.message_label.setText(text)
        self._message_code = code
        self._show_last_error()
