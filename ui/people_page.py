"""The People page: find people by name, registration id, document number or photo.

The table is a lazy Qt model: it holds only the pages the operator has scrolled to (asked
of the database lane a page at a time) and fetches thumbnails only for rows being painted,
so it stays fast with 100,000 people. Every query runs on the database lane; answers of a
search that has been replaced meanwhile are ignored (a generation counter).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registrar.domain.ids import RegistrationId
from registrar.domain.model import RecordState, Sex
from registrar.errors import ErrorCode, KnownError
from ui.camera_view import CaptureDialog, face_analyser
from ui.candidates import CandidateRow, CandidatesPanel, shown_result, thumbnail
from ui.messages import describe

if TYPE_CHECKING:
    from registrar.services.faces import FaceService
    from registrar.storage.people import PersonSummary, SummaryPage
    from registrar.storage.vault import Vault
    from ui.person_detail import PersonDetailDialog
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")

PAGE_SIZE = 200
THUMB_HEIGHT = 48
THUMB_CACHE_SIZE = 2000
THUMB_BATCH = 100
SEARCH_DELAY_MS = 250
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: the parent of every row of a table


class Column(IntEnum):
    PHOTO = 0
    REGISTRATION_ID = 1
    FAMILY_NAME = 2
    GIVEN_NAME = 3
    SEX = 4
    BIRTH = 5
    STATE = 6
    CHANGED = 7


class SearchKind(Enum):
    ALL = "all"
    NAME = "name"
    REGISTRATION_ID = "registration_id"
    REGISTRATION_ID_TYPO = "registration_id_typo"
    DOCUMENT = "document"


@dataclass(frozen=True, slots=True)
class SearchPlan:
    kind: SearchKind
    text: str


# Document numbers are Latin letters and digits, sometimes with dots, dashes or slashes.
_DOCUMENT_RE = re.compile(r"[0-9A-Za-z./-]{5,}")


def plan_search(text: str) -> SearchPlan:
    """What a typed search means: a registration id, a document number, or a name."""
    text = " ".join(text.split())
    if not text:
        return SearchPlan(SearchKind.ALL, "")
    try:
        RegistrationId.parse(text)
    except KnownError as error:
        if error.details.get("reason") == "check_character":
            return SearchPlan(SearchKind.REGISTRATION_ID_TYPO, text)
    else:
        return SearchPlan(SearchKind.REGISTRATION_ID, text)
    if _DOCUMENT_RE.fullmatch(text) and any(ch.isdigit() for ch in text):
        return SearchPlan(SearchKind.DOCUMENT, text)
    return SearchPlan(SearchKind.NAME, text)


@dataclass(frozen=True, slots=True)
class _Answer:
    page: SummaryPage
    document_matches: int = 0


def _first_page(plan: SearchPlan, limit: int) -> Callable[[Vault], _Answer]:
    def work(vault: Vault) -> _Answer:
        from registrar.services.people import PeopleService
        from registrar.storage.people import SummaryPage

        people = PeopleService(vault)
        if plan.kind is SearchKind.REGISTRATION_ID:
            return _Answer(SummaryPage((people.summary_by_registration_id(plan.text),), None))
        if plan.kind is SearchKind.DOCUMENT:
            # A document number might also be part of a name: show both, holders first.
            holders = people.summaries_by_document_number(plan.text)
            names = people.search_page(plan.text, limit=limit)
            held = {r.id for r in holders}
            rows = (*holders, *(r for r in names.rows if r.id not in held))
            return _Answer(SummaryPage(rows, names.next_cursor), len(holders))
        return _Answer(people.search_page(plan.text, limit=limit))

    return work


def _next_page(text: str, cursor: int, limit: int) -> Callable[[Vault], _Answer]:
    def work(vault: Vault) -> _Answer:
        from registrar.services.people import PeopleService

        return _Answer(PeopleService(vault).search_page(text, cursor=cursor, limit=limit))

    return work


def _first_photos(ids: list[str]) -> Callable[[Vault], dict[str, bytes]]:
    def work(vault: Vault) -> dict[str, bytes]:
        from registrar.services.people import PeopleService

        return PeopleService(vault).first_photos(ids)

    return work


class PeopleModel(QAbstractTableModel):
    """People a page at a time (``fetchMore``), with thumbnails fetched as rows are painted."""

    rows_loaded = Signal()  # a page arrived (also an empty one)
    load_failed = Signal(object)  # the exception of the current search

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._session: UiSession | None = None
        self._rows: list[PersonSummary] = []
        self._row_of: dict[str, int] = {}
        self._plan = SearchPlan(SearchKind.ALL, "")
        self._cursor: int | None = None
        self._fetching = False
        self._generation = 0
        self.document_matches = 0
        self._thumbs: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._wanted: dict[str, None] = {}  # insertion-ordered set of ids to fetch
        self._asked: set[str] = set()
        self._thumb_generation = 0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._on_flush_timer_timeout)

    # the session and searches ------------------------------------------------------------------

    def bind(self, session: UiSession) -> None:
        self._session = session

    def clear(self) -> None:
        """Forget every row, thumbnail and pending answer (on lock)."""
        self._session = None
        self._generation += 1
        self._thumb_generation += 1
        self._flush_timer.stop()
        self.beginResetModel()
        self._rows, self._row_of = [], {}
        self._cursor, self._fetching, self.document_matches = None, False, 0
        self._plan = SearchPlan(SearchKind.ALL, "")
        self._thumbs.clear()
        self._wanted.clear()
        self._asked.clear()
        self.endResetModel()

    @property
    def plan(self) -> SearchPlan:
        return self._plan

    @property
    def has_more(self) -> bool:
        return self._cursor is not None

    @property
    def is_loading(self) -> bool:
        return self._fetching

    def search(self, plan: SearchPlan) -> None:
        """Replace the rows with the first page of a new search (older answers are ignored)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._row_of = [], {}
        self._plan, self._cursor, self._fetching, self.document_matches = plan, None, False, 0
        self.endResetModel()
        if plan.kind is SearchKind.REGISTRATION_ID_TYPO or self._session is None:
            return
        self._ask(_first_page(plan, self.page_size))

    def _ask(self, work: Callable[[Vault], _Answer]) -> None:
        assert self._session is not None
        generation = self._generation
        self._fetching = True
        self._session.run(
            work,
            lambda answer: self._on_page(generation, answer),
            lambda error: self._on_page_failed(generation, error),
        )

    def _on_page(self, generation: int, answer: _Answer) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.document_matches = max(self.document_matches, answer.document_matches)
        fresh = [r for r in answer.page.rows if r.id not in self._row_of]
        if fresh:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            for offset, row in enumerate(fresh):
                self._row_of[row.id] = start + offset
            self._rows.extend(fresh)
            self.endInsertRows()
        self._cursor = answer.page.next_cursor
        self.rows_loaded.emit()

    def _on_page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._cursor = None
        self.load_failed.emit(error)

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return (
            not parent.isValid()
            and self._session is not None
            and self._cursor is not None
            and not self._fetching
        )

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        if not self.canFetchMore(parent) or self._cursor is None:
            return
        text = "" if self._plan.kind is SearchKind.ALL else self._plan.text
        self._ask(_next_page(text, self._cursor, self.page_size))

    def refresh_person(self, summary: PersonSummary) -> None:
        """Show a person's new details (after an edit) where they already are in the list."""
        row = self._row_of.get(summary.id)
        if row is None:
            return
        self._rows[row] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # reading -----------------------------------------------------------------------------------

    def person_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, person_id: str) -> int | None:
        return self._row_of.get(person_id)

    def summary(self, row: int) -> PersonSummary:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.PHOTO: self.tr("Photo"),
            Column.REGISTRATION_ID: self.tr("Registration id"),
            Column.FAMILY_NAME: self.tr("Family name"),
            Column.GIVEN_NAME: self.tr("Given name"),
            Column.SEX: self.tr("Sex"),
            Column.BIRTH: self.tr("Born"),
            Column.STATE: self.tr("State"),
            Column.CHANGED: self.tr("Last change"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == PERSON_ID_ROLE:
            return row.id
        if column is Column.PHOTO:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._thumbnail(row.id)
            known = row.id in self._thumbs
            if role == Qt.ItemDataRole.DisplayRole and known and self._thumbs[row.id] is None:
                return self.tr("no photo")
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Photo") if self._thumbs.get(row.id) else self.tr("No photo")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        return None

    def _text(self, row: PersonSummary, column: Column) -> str:
        if column is Column.REGISTRATION_ID:
            return row.registration_id
        if column is Column.FAMILY_NAME:
            return row.family_name
        if column is Column.GIVEN_NAME:
            return row.given_name
        if column is Column.SEX:
            return sex_words(row.sex)
        if column is Column.BIRTH:
            return birth_words(row.birth_date, row.birth_year)
        if column is Column.STATE:
            return state_words(row.state)
        return when_words(row.updated_at)

    # thumbnails ------------------------------------------------------------------------------

    def thumbnail_of(self, person_id: str) -> QPixmap | None:
        """The cached thumbnail (None: not fetched yet, or the person has no photo)."""
        return self._thumbs.get(person_id)

    def _thumbnail(self, person_id: str) -> QPixmap | None:
        if person_id in self._thumbs:
            self._thumbs.move_to_end(person_id)
            return self._thumbs[person_id]
        if person_id not in self._asked and self._session is not None:
            self._wanted[person_id] = None
            if not self._flush_timer.isActive():
                self._flush_timer.start()
        return None

    def _on_flush_timer_timeout(self) -> None:
        session = self._session
        if session is None or not self._wanted:
            return
        ids = list(self._wanted)[:THUMB_BATCH]
        for person_id in ids:
            del self._wanted[person_id]
        if self._wanted:
            self._flush_timer.start()
        self._asked.update(ids)
        generation = self._thumb_generation

        def decode(jpegs: dict[str, bytes]) -> None:
            if generation != self._thumb_generation or self._session is None:
                return
            # Decoding is image work: it goes to the compute lane, not the UI thread.
            self._session.compute.submit(
                lambda: {i: thumbnail(jpeg, THUMB_HEIGHT) for i, jpeg in jpegs.items()},
                lambda images: self._on_thumbnails(generation, ids, images),
                lambda error: self._on_thumbnails_failed(generation, ids, error),
            )

        session.run(
            _first_photos(ids),
            decode,
            lambda error: self._on_thumbnails_failed(generation, ids, error),
        )

    def _on_thumbnails(self, generation: int, ids: list[str], images: dict[str, QImage]) -> None:
        if generation != self._thumb_generation:
            return
        for person_id in ids:
            self._asked.discard(person_id)
            image = images.get(person_id)
            self._thumbs[person_id] = (
                QPixmap.fromImage(image) if image is not None and not image.isNull() else None
            )
            self._thumbs.move_to_end(person_id)
            row = self._row_of.get(person_id)
            if row is not None:
                index = self.index(row, Column.PHOTO)
                self.dataChanged.emit(index, index)
        while len(self._thumbs) > THUMB_CACHE_SIZE:
            self._thumbs.popitem(last=False)

    def _on_thumbnails_failed(self, generation: int, ids: list[str], error: BaseException) -> None:
        if generation != self._thumb_generation:
            return
        if not isinstance(error, KnownError):
            log.error("thumbnails failed", exc_info=error)
        # Remembered as "no photo" so that painting does not ask again and again.
        self._on_thumbnails(generation, ids, {})


def sex_words(sex: Sex) -> str:
    return {
        Sex.FEMALE: _tr("Female"),
        Sex.MALE: _tr("Male"),
        Sex.OTHER: _tr("Other"),
        Sex.UNKNOWN: _tr("Not known"),
    }[sex]


def state_words(state: RecordState) -> str:
    return {
        RecordState.DRAFT: _tr("Draft"),
        RecordState.COMPLETE: _tr("Complete"),
        RecordState.QUEUED: _tr("Waiting to send"),
        RecordState.SYNCED: _tr("Sent to the hub"),
    }[state]


def birth_words(birth_date: dt.date | None, birth_year: int | None) -> str:
    if birth_date is not None:
        return birth_date.isoformat()
    if birth_year is not None:
        return _tr("about {year}").format(year=birth_year)
    return _tr("not known")


def when_words(moment: dt.datetime) -> str:
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%Y-%m-%d %H:%M")


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("people", text)


class PhotoSearchDialog(QDialog):
    """The photo searched with beside the people it may belong to, each band in words."""

    candidate_opened = Signal(str)  # person id
    another_photo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoSearchDialog")
        self.setWindowTitle(self.tr("Search by photo"))
        self.panel = CandidatesPanel()
        self.panel.candidate_opened.connect(self.candidate_opened)
        self.again_button = QPushButton(self.tr("Search with another photo…"))
        self.again_button.setObjectName("photoSearchAgainButton")
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(self.another_photo_requested)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("photoSearchCloseButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)
        self.resize(900, 520)

    def show_rows(self, probe: QImage, rows: list[CandidateRow]) -> None:
        self.panel.show_rows(probe, rows)
        # The panel's own words are for registration; here the operator is searching.
        if rows:
            self.panel.status_label.setText(
                "\u26a0 "
                + self.tr(
                    "{n} registered person(s) may match this photo. Compare the photos "
                    "before you open a record."
                ).format(n=len(rows))
            )
        else:
            self.panel.status_label.setText(
                "\u2714 " + self.tr("No registered person matches this photo.")
            )
        caption = self.panel.findChild(QLabel, "probeCaption")
        if caption is not None:
            caption.setText(self.tr("Searched photo"))


def _search_photo(
    source: Path | bytes | npt.NDArray[np.uint8],
) -> Callable[[FaceService], tuple[QImage, list[CandidateRow]]]:
    def work(faces: FaceService) -> tuple[QImage, list[CandidateRow]]:
        return shown_result(faces, faces.search(source))

    return work


class PeoplePage(QWidget):
    """Find a person by name, registration id, document number or photo, and open them."""

    person_opened = Signal(str)  # person id: the detail view shows them
    person_changed = Signal(str)  # person id: a new version was saved from the detail view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self._session: UiSession | None = None
        self._photo_generation = 0
        self.detail: PersonDetailDialog | None = None
        self.photo_dialog: PhotoSearchDialog | None = None

        heading = QLabel(self.tr("People"))
        heading.setObjectName("peopleHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.total_label = QLabel()
        self.total_label.setObjectName("peopleTotal")

        search_label = QLabel(self.tr("&Find:"))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setPlaceholderText(self.tr("Name, registration id or document number"))
        self.search_edit.setAccessibleName(self.tr("Find people"))
        self.search_edit.setAccessibleDescription(
            self.tr(
                "Type a name, a registration id or a document number. Press Down to go to "
                "the results and Enter to open a person."
            )
        )
        self.search_edit.setClearButtonEnabled(True)
        search_label.setBuddy(self.search_edit)
        self.photo_button = QPushButton(self.tr("Search by &photo…"))
        self.photo_button.setObjectName("photoSearchButton")
        self.photo_button.setToolTip(self.tr("Find people whose face matches a photo file"))
        self.camera_button = QPushButton(self.tr("Search by &camera…"))
        self.camera_button.setObjectName("cameraSearchButton")
        self.camera_button.setToolTip(self.tr("Photograph the person and find matching faces"))
        self.camera_button.setEnabled(False)
        self.camera_factory: Callable[[], Any] | None = None

        self.status_label = QLabel()
        self.status_label.setObjectName("peopleStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self.model = PeopleModel(self)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People found"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setIconSize(QSize(THUMB_HEIGHT, THUMB_HEIGHT))
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Fixed sizes: sizing to contents would read (and fetch thumbnails for) every row.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(THUMB_HEIGHT + 8)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        widths = {
            Column.PHOTO: THUMB_HEIGHT + 24,
            Column.REGISTRATION_ID: 150,
            Column.FAMILY_NAME: 160,
            Column.GIVEN_NAME: 160,
            Column.SEX: 90,
            Column.BIRTH: 110,
            Column.STATE: 130,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        hint = QLabel(self.tr("Enter or double-click opens the selected person."))
        hint.setObjectName("peopleHint")

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(self.total_label)
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.photo_button)
        bar.addWidget(self.camera_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        QWidget.setTabOrder(self.search_edit, self.photo_button)
        QWidget.setTabOrder(self.photo_button, self.camera_button)
        QWidget.setTabOrder(self.camera_button, self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_edit.installEventFilter(self)
        self.photo_button.clicked.connect(self._on_photo_button_clicked)
        self.camera_button.clicked.connect(self._on_camera_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.model.rows_loaded.connect(self._on_model_rows_loaded)
        self.model.load_failed.connect(self._on_model_load_failed)

    # the session -------------------------------------------------------------------------------

    def bind(self, session: UiSession) -> None:
        """Start showing this session's people (the newest first)."""
        self._session = session
        self.camera_factory = session.camera
        self.camera_button.setEnabled(self.camera_factory is not None)
        self.model.bind(session)
        if self.detail is not None:
            self.detail.bind(session)
        session.run(_count, self._on_count_done, self._on_count_failed)
        self.search_now(self.search_edit.text())

    def clear(self) -> None:
        """Forget everything shown (on lock): rows, thumbnails, open views and the search."""
        self._session = None
        self._photo_generation += 1
        self._search_timer.stop()
        self.model.clear()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.status_label.clear()
        self.total_label.clear()
        for dialog in (self.detail, self.photo_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.detail = None
        self.photo_dialog = None

    # searching by text -------------------------------------------------------------------------

    def search_now(self, text: str) -> None:
        """Search at once (the box waits for a pause in typing): for Enter, tests, benchmarks."""
        if self.search_edit.text() != text:
            self.search_edit.blockSignals(True)
            self.search_edit.setText(text)
            self.search_edit.blockSignals(False)
        self._search_timer.stop()
        plan = plan_search(text)
        self.model.search(plan)
        if plan.kind is SearchKind.REGISTRATION_ID_TYPO:
            self._show_status(
                self.tr(
                    "The check character does not match: check the id for a typo. "
                    "The last character of a registration id is computed from the others."
                ),
                warning=True,
            )
        elif self._session is not None:
            self._show_status(self.tr("Searching…"))

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_edit_return_pressed(self) -> None:
        self.search_now(self.search_edit.text())

    def _on_search_timer_timeout(self) -> None:
        self.search_now(self.search_edit.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _show_status(self, text: str, *, warning: bool = False) -> None:
        # A sign as well as words, so a warning is never told by colour alone.
        self.status_label.setText(("\u26a0 " if warning else "") + text)

    def _on_model_rows_loaded(self) -> None:
        plan, n, more = self.model.plan, self.model.rowCount(), self.model.has_more
        scroll = " " + self.tr("Scroll down for more.") if more else ""
        if plan.kind is SearchKind.ALL:
            if n == 0:
                self._show_status(self.tr("No one is registered yet."))
            else:
                self._show_status(
                    self.tr("The {n} most recent registrations, newest first.").format(n=n) + scroll
                )
        elif plan.kind is SearchKind.REGISTRATION_ID:
            self._show_status(self.tr("Found by registration id."))
            self.table.selectRow(0)
        elif n == 0:
            self._show_status(self.tr("No one found for “{text}”.").format(text=plan.text))
        elif plan.kind is SearchKind.DOCUMENT:
            self._show_status(
                self.tr(
                    "{d} person(s) hold a document with this number; {n} found in all "
                    "(document number or name)."
                ).format(d=self.model.document_matches, n=n)
                + scroll
            )
        else:
            self._show_status(self.tr("{n} found by name.").format(n=n) + scroll)

    def _on_model_load_failed(self, error: BaseException) -> None:
        if isinstance(error, KnownError) and error.code is ErrorCode.PERSON_NOT_FOUND:
            self._show_status(self.tr("No person with this registration id in this vault."))
        elif isinstance(error, KnownError) and error.code is ErrorCode.REGISTRATION_ID_INVALID:
            self._show_status(
                self.tr("The check character does not match: check the id for a typo."),
                warning=True,
            )
        else:
            if not isinstance(error, KnownError):
                log.error("people search failed", exc_info=error)
            self._show_status(describe(error), warning=True)

    def _on_count_done(self, total: int) -> None:
        self.total_label.setText(self.tr("{n} people in this vault").format(n=total))

    def _on_count_failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            log.error("counting people failed", exc_info=error)
        self.total_label.clear()

    # opening a person ----------------------------------------------------------------------

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_person(self.model.person_id(index.row()))

    def show_person(self, person_id: str) -> None:
        """Open the detail view of a person (also used by registration for a candidate)."""
        if self._session is None:
            return
        if self.detail is None:
            from ui.person_detail import PersonDetailDialog

            self.detail = PersonDetailDialog(self)
            self.detail.bind(self._session)
            self.detail.person_changed.connect(self._on_detail_person_changed)
            self.detail.person_erased.connect(self._on_detail_person_erased)
        self.detail.load(person_id)
        _bring_up(self.detail)
        self.person_opened.emit(person_id)

    def _on_detail_person_erased(self, person_id: str) -> None:
        """The erased person leaves the list and the count; the app refreshes its counts."""
        self.person_changed.emit(person_id)
        if self._session is not None:
            self._session.run(_count, self._on_count_done, self._on_count_failed)
            self.search_now(self.search_edit.text())

    def _on_detail_person_changed(self, person_id: str) -> None:
        self.person_changed.emit(person_id)
        if self._session is None:
            return

        def summaries(vault: Vault) -> list[PersonSummary]:
            from registrar.services.people import PeopleService

            return PeopleService(vault).summaries([person_id])

        self._session.run(summaries, self._on_changed_summaries, self._on_model_load_failed)

    def _on_changed_summaries(self, rows: list[PersonSummary]) -> None:
        for row in rows:
            self.model.refresh_person(row)

    # searching by photo ----------------------------------------------------------------------

    def _on_photo_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Search by photo"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png);;All files (*)"),
        )
        if path:
            self.search_photo(Path(path))

    def _on_camera_button_clicked(self) -> None:
        if self.camera_factory is None:
            return
        dialog = CaptureDialog(
            self.camera_factory,
            title=self.tr("Search by camera"),
            instruction=self.tr("Ask the person to look at the camera, then take the picture."),
            analyser_factory=face_analyser,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.frame is not None:
            self.search_photo(dialog.frame.bgr)

    def search_photo(self, source: Path | bytes | npt.NDArray[np.uint8]) -> None:
        """Search the face galleries with a photo (a file, JPEG bytes or a camera frame)."""
        if self._session is None:
            return
        if self.photo_dialog is None:
            self.photo_dialog = PhotoSearchDialog(self)
            self.photo_dialog.candidate_opened.connect(self.show_person)
            self.photo_dialog.another_photo_requested.connect(self._on_photo_button_clicked)
        dialog = self.photo_dialog
        dialog.panel.show_checking()
        _bring_up(dialog)
        self._photo_generation += 1
        generation = self._photo_generation

        def done(answer: tuple[QImage, list[CandidateRow]]) -> None:
            if generation == self._photo_generation and self.photo_dialog is dialog:
                dialog.show_rows(*answer)

        def failed(error: BaseException) -> None:
            if generation == self._photo_generation and self.photo_dialog is dialog:
                if not isinstance(error, KnownError):
                    log.error("photo search failed", exc_info=error)
                dialog.panel.show_failed("\u26a0 " + describe(error))

        self._session.run_faces(_search_photo(source), done, failed)


def _bring_up(window: QWidget) -> None:
    if not window.isVisible():
        window.show()
    elif QGuiApplication.platformName() != "offscreen":
        # Already open, perhaps behind the main window. (The offscreen platform of tests and
        # CI has no window stack and warns about raise().)
        window.raise_()
        window.activateWindow()


def _count(vault: Vault) -> int:
    from registrar.services.people import PeopleService

    return PeopleService(vault).count()
