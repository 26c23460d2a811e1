"""The Review page: the supervisor's queue of possible duplicates and the side-by-side case.

Officers see how many cases wait and nothing more. Supervisors see the queue (one row per
new record with its candidates, most urgent first, filterable), open a case, compare the two
faces aligned at one scale with a shared zoom, the details with differences marked, the
documents, households and histories, and decide: same person, different people, or needs
interview, with a reason. Everything is loaded on the database lane; the UI thread only lays
out what came back.

Keys: Enter opens the selected case; in a case Alt+S / Alt+D / Alt+I choose the decision,
Ctrl+Enter saves it, Alt+N / Alt+P go to the next / previous case, Esc back to the queue,
Ctrl+= / Ctrl+- zoom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.domain.model import AuditEntry, Band, Decision, Document, Person, PersonDetails
from registrar.errors import ErrorCode, KnownError
from registrar.services.review import REASONS, CaseFile, Flag, Reason, Side
from registrar.storage.cases import QueueQuery, QueueRow
from ui.candidates import band_mark, band_words, face_image, thumbnail
from ui.messages import describe
from ui.people_page import birth_words, sex_words, when_words
from ui.person_detail import document_type_words, relationship_words
from ui.styles import DONE_STYLE, ERROR_STYLE, NOTE_STYLE

if TYPE_CHECKING:
    from registrar.storage.vault import Vault
    from ui.session import UiSession

FACE_W, FACE_H = 200, 250  # the crops as shown at zoom 1
CROP_SCALE = 2  # crops are cut at twice that size, so zooming in stays sharp
PAGE_HEIGHT = 110
REVIEW_DETECT_SIDE = 320
QUEUE_PAGE = 100
NO_DATE = QDate(2000, 1, 1)  # the date boxes' "any" value
DIFF_BACKGROUND = QColor("#fff1c2")


def _tr(text: str) -> str:
    return QCoreApplication.translate("review_page", text)


def decision_words(decision: Decision) -> str:
    return {
        Decision.SAME: _tr("Same person"),
        Decision.DIFFERENT: _tr("Different people"),
        Decision.INTERVIEW: _tr("Needs interview"),
    }[decision]


def reason_words(reason: Reason | str) -> str:
    words = {
        Reason.SAME_FACE_AND_DETAILS: _tr("The faces and the details agree"),
        Reason.SAME_DOCUMENT: _tr("The same identity document"),
        Reason.SAME_CONFIRMED: _tr("Confirmed in an interview"),
        Reason.SAME_OTHER: _tr("Other reason (say why)"),
        Reason.DIFFERENT_FACE: _tr("The faces differ on a closer look"),
        Reason.DIFFERENT_DETAILS: _tr("Age, sex or other details rule it out"),
        Reason.DIFFERENT_RELATIVES: _tr("Relatives who look alike (for example twins)"),
        Reason.DIFFERENT_DOCUMENTS: _tr("Different identity documents"),
        Reason.DIFFERENT_CONFIRMED: _tr("Shown to be different people in an interview"),
        Reason.DIFFERENT_OTHER: _tr("Other reason (say why)"),
        Reason.INTERVIEW_PHOTO: _tr("A photo is too poor to compare"),
        Reason.INTERVIEW_CONFLICT: _tr("The details conflict"),
        Reason.INTERVIEW_HOUSEHOLD: _tr("The households need explaining"),
        Reason.INTERVIEW_OTHER: _tr("Other reason (say why)"),
    }
    try:
        return words[Reason(reason)]
    except ValueError:
        return str(reason)


def flag_words(flag: Flag) -> str:
    return {
        Flag.TWO_HOUSEHOLDS: _tr("The two records are in different households."),
        Flag.CHILD_IN_TWO_HOUSEHOLDS: _tr("A child appears in two households."),
        Flag.HEAD_WITH_ANOTHER_FAMILY: _tr(
            "A head of household is registered again with another family."
        ),
    }[flag]


def age_words(since: dt.datetime, now: dt.datetime) -> str:
    hours = max(0.0, (now - since).total_seconds() / 3600.0)
    if hours < 1:
        return _tr("under an hour")
    if hours < 2:
        return _tr("1 hour")
    if hours < 48:
        return _tr("{n} hours").format(n=int(hours))
    return _tr("{n} days").format(n=int(hours // 24))


def score_words(score_id: str) -> str:
    from registrar.settings import DLIB_MODEL_ID, FUSED_SCORE_ID, SFACE_MODEL_ID

    return {
        SFACE_MODEL_ID: _tr("SFace (primary model)"),
        DLIB_MODEL_ID: _tr("dlib (second opinion)"),
        FUSED_SCORE_ID: _tr("both models combined"),
    }.get(score_id, score_id)


def action_words(action: str) -> str:
    return {
        "person.state_changed": _tr("record state changed"),
        "face.enrolled": _tr("face photo added and searched"),
        "case.opened": _tr("possible duplicate raised"),
        "case.decided.same": _tr("decided: same person"),
        "case.decided.different": _tr("decided: different people"),
        "case.decided.interview": _tr("decided: needs interview"),
        "person.approved": _tr("approved"),
        "person.rejected": _tr("refused at approval"),
        "person.exported": _tr("exported"),
    }.get(action, action)


def _name(details: PersonDetails) -> str:
    return " ".join(p for p in (details.given_name, details.family_name) if p)


# --- loading, on the database lane ------------------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)
class LoadedCase:
    file: CaseFile
    faces: tuple[QImage, QImage]  # aligned crops at CROP_SCALE, or scaled photos
    pages: tuple[tuple[tuple[QImage, ...], ...], tuple[tuple[QImage, ...], ...]]
    trails: tuple[tuple[AuditEntry, ...], tuple[AuditEntry, ...]]
    edges: tuple[float, float] | None  # (strong, possible) of the case's score


@dataclass(frozen=True, slots=True)
class LoadedQueue:
    rows: tuple[QueueRow, ...]
    total: int
    open_cases: int
    sites: tuple[str, ...]
    operators: tuple[str, ...]
    now: dt.datetime


def load_queue(query: QueueQuery, limit: int) -> Callable[[Vault], LoadedQueue]:
    def work(vault: Vault) -> LoadedQueue:
        from registrar.services.review import ReviewService

        review = ReviewService(vault)
        page = review.queue(query, limit=limit)
        sites, operators = review.filter_choices()
        return LoadedQueue(
            page.rows, page.total, review.open_count(), tuple(sites), tuple(operators),
            vault.clock.now(),
        )  # fmt: skip

    return work


def load_case(
    group_id: str, case_id: str | None, detector: Any, *, prefer_open: bool
) -> Callable[[Vault], LoadedCase]:
    """The case ``case_id`` of a group, or the group's first (first open) case."""

    def work(vault: Vault) -> LoadedCase:
        from registrar.services.people import PeopleService
        from registrar.services.review import ReviewService

        review = ReviewService(vault)
        chosen = case_id
        if chosen is None:
            cases = review.group(group_id)
            waiting = [c for c in cases if c.decision is None] if prefer_open else []
            chosen = (waiting or cases)[0].id
        file = review.case_file(chosen)
        people = PeopleService(vault)
        width, height = FACE_W * CROP_SCALE, FACE_H * CROP_SCALE

        def face(side: Side) -> QImage:
            photos = side.record.photos
            # The latest photo is the one the search used. A registration photo is a
            # portrait: its face is found on a 320 px copy in a quarter of the time a 640 px
            # one takes, and the eyes land within a pixel or two.
            return face_image(
                photos[-1].jpeg if photos else None,
                detector,
                width=width,
                height=height,
                detect_side=REVIEW_DETECT_SIDE,
            )

        def pages(side: Side) -> tuple[tuple[QImage, ...], ...]:
            return tuple(
                tuple(thumbnail(p.image, PAGE_HEIGHT) for p in d.pages)
                for d in side.record.documents
            )

        bands = vault.settings().match.bands.get(file.case.score_id)
        return LoadedCase(
            file=file,
            faces=(face(file.a), face(file.b)),
            pages=(pages(file.a), pages(file.b)),
            trails=(
                tuple(people.audit_trail(file.case.person_a)),
                tuple(people.audit_trail(file.case.person_b)),
            ),
            edges=(bands.strong, bands.possible) if bands else None,
        )

    return work


def _open_count(vault: Vault) -> int:
    from registrar.services.review import ReviewService

    return ReviewService(vault).open_count()


# --- widgets --------------------------------------------------------------------------------


def _label(text: str = "", object_name: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class FacePane(QLabel):
    """One face at the shared zoom: the centre of the crop, enlarged."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setFixedSize(FACE_W + 4, FACE_H + 4)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.Box)
        self._image = QImage()

    def show_image(self, image: QImage, zoom: float) -> None:
        self._image = image
        self.set_zoom(zoom)

    def set_zoom(self, zoom: float) -> None:
        if self._image.isNull():
            self.setPixmap(QPixmap())
            self.setText(_tr("No photo"))
            return
        w, h = self._image.width(), self._image.height()
        cw, ch = max(1, round(w / zoom)), max(1, round(h / zoom))
        part = self._image.copy(QRect((w - cw) // 2, (h - ch) // 2, cw, ch))
        self.setPixmap(
            QPixmap.fromImage(
                part.scaled(
                    FACE_W,
                    FACE_H,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        )


_FIELDS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("given_name", lambda: _tr("Given name")),
    ("family_name", lambda: _tr("Family name")),
    ("other_names", lambda: _tr("Other names")),
    ("sex", lambda: _tr("Sex")),
    ("birth", lambda: _tr("Born")),
    ("nationality", lambda: _tr("Nationality")),
    ("languages", lambda: _tr("Languages")),
    ("phone", lambda: _tr("Phone")),
    ("specific_needs", lambda: _tr("Specific needs")),
    ("household", lambda: _tr("Household")),
    ("registered", lambda: _tr("Registered")),
)


def detail_values(person: Person, household_size: int) -> dict[str, str]:
    d = person.details
    none = _tr("not recorded")
    if d.household_id is None:
        household = _tr("none")
    else:
        household = _tr("{relationship}; household of {n}").format(
            relationship=relationship_words(d.relationship), n=household_size
        )
    return {
        "given_name": d.given_name or none,
        "family_name": d.family_name or none,
        "other_names": d.other_names or none,
        "sex": sex_words(d.sex),
        "birth": birth_words(d.birth_date, d.birth_year),
        "nationality": d.nationality or none,
        "languages": ", ".join(d.languages) or none,
        "phone": d.phone or none,
        "specific_needs": ", ".join(d.specific_needs) or none,
        "household": household,
        "registered": _tr("{when} by {who}").format(
            when=when_words(person.created_at), who=person.created_by
        ),
    }


class QueueView(QWidget):
    open_requested = Signal(int)  # row index

    def __init__(self) -> None:
        super().__init__()
        self.summary = _bold(_label("", "queueSummary"))
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        for key, text in (
            ("open", self.tr("Waiting for a decision")),
            ("interview", self.tr("Waiting for an interview")),
            ("decided", self.tr("Decided")),
        ):
            self.status.addItem(text, key)
        self.band = QComboBox()
        self.band.setObjectName("bandFilter")
        self.band.addItem(self.tr("Any match"), None)
        self.band.addItem(self.tr("Strong matches"), Band.STRONG.value)
        self.band.addItem(self.tr("Possible matches"), Band.POSSIBLE.value)
        self.site = QComboBox()
        self.site.setObjectName("siteFilter")
        self.operator = QComboBox()
        self.operator.setObjectName("operatorFilter")
        self.since = self._date_box("sinceFilter")
        self.until = self._date_box("untilFilter")
        filters = QGridLayout()
        for column, (text, box) in enumerate(
            (
                (self.tr("Show"), self.status),
                (self.tr("Match"), self.band),
                (self.tr("Site"), self.site),
                (self.tr("Registered by"), self.operator),
                (self.tr("Raised from"), self.since),
                (self.tr("to"), self.until),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(box)
            filters.addWidget(caption, 0, column)
            filters.addWidget(box, 1, column)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("queueTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Match"),
                self.tr("New record"),
                self.tr("Registration id"),
                self.tr("Candidates"),
                self.tr("Waiting"),
                self.tr("Notes"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_requested.emit(row))
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("openCaseButton")
        self.open_button.setToolTip(self.tr("Open the selected case (Enter)"))
        self.open_button.clicked.connect(self._open_selected)
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.setObjectName("moreButton")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshButton")
        self.message = _label("", "queueMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch()
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_bold(QLabel(self.tr("Possible duplicates"))))
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the table opens the selected case."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_selected()
            return True
        return super().eventFilter(watched, event)

    def _date_box(self, name: str) -> QDateEdit:
        box = QDateEdit()
        box.setObjectName(name)
        box.setCalendarPopup(True)
        box.setDisplayFormat("yyyy-MM-dd")
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(self.tr("any day"))
        box.setDate(NO_DATE)
        return box

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_requested.emit(rows[0].row())

    def query(self) -> QueueQuery:
        def day(box: QDateEdit) -> dt.date | None:
            value = box.date()
            return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())

        band = self.band.currentData()
        return QueueQuery(
            status=str(self.status.currentData()),
            site=self.site.currentData(),
            operator=self.operator.currentData(),
            band=Band(band) if band else None,
            since=day(self.since),
            until=day(self.until),
        )

    def set_choices(self, combo: QComboBox, values: Sequence[str], any_text: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def show_rows(self, loaded: LoadedQueue) -> None:
        self.set_choices(self.site, loaded.sites, self.tr("Every site"))
        self.set_choices(self.operator, loaded.operators, self.tr("Anyone"))
        self.table.setRowCount(len(loaded.rows))
        for i, row in enumerate(loaded.rows):
            notes = []
            if row.households_differ:
                notes.append(self.tr("different households"))
            if row.source.value == "hub" and row.hub_site:
                notes.append(self.tr("found at the hub: site {site}").format(site=row.hub_site))
            elif row.source.value == "hub":
                notes.append(self.tr("found at the hub"))
            elif row.source.value == "batch":
                notes.append(self.tr("found by a batch check"))
            cells = (
                f"{band_mark(row.band)} {band_words(row.band)}",
                f"{row.given_name} {row.family_name}".strip(),
                row.registration_id,
                str(row.cases),
                age_words(row.raised_at, loaded.now),
                "; ".join(notes),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0 and row.band is Band.STRONG:
                    item.setFont(QFont(item.font().family(), -1, QFont.Weight.Bold))
                self.table.setItem(i, column, item)
        if loaded.rows:
            self.table.selectRow(0)
        status = self.status.currentData()
        if status == "open":
            self.summary.setText(
                self.tr(
                    "{cases} cases wait for a decision; {shown} of {groups} records shown."
                ).format(cases=loaded.open_cases, shown=len(loaded.rows), groups=loaded.total)
            )
        else:
            self.summary.setText(
                self.tr("{shown} of {groups} records shown.").format(
                    shown=len(loaded.rows), groups=loaded.total
                )
            )
        self.more_button.setVisible(len(loaded.rows) < loaded.total)
        self.open_button.setEnabled(bool(loaded.rows))
        self.message.setText("" if loaded.rows else self.tr("Nothing to show with these filters."))

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.summary.clear()
        self.message.clear()


class SideColumn(QWidget):
    """One record of the pair: its face, and beside it name, id, identity and actions."""

    def __init__(self, side: str) -> None:
        super().__init__()
        self.face = FacePane(f"face{side}")
        self.name = _bold(_label("", f"name{side}"))
        self.facts = _label("", f"facts{side}")
        self.open_button = QPushButton(self.tr("Open record"))
        self.open_button.setObjectName(f"openRecord{side}")
        self.primary = QRadioButton(self.tr("Keep as primary"))
        self.primary.setObjectName(f"primary{side}")
        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addWidget(self.facts)
        text.addStretch()
        text.addWidget(self.primary)
        text.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.face, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def show_side(self, side: Side, image: QImage, zoom: float, identity_text: str) -> None:
        person = side.record.person
        self.face.show_image(image, zoom)
        self.face.setAccessibleName(self.tr("Face of {name}").format(name=_name(person.details)))
        self.name.setText(_name(person.details))
        lines = [
            person.registration_id,
            self.tr("Registered {when} by {who}").format(
                when=when_words(person.created_at), who=person.created_by
            ),
        ]
        if side.hub_copy is not None:
            lines.append(
                self.tr("Found at the hub: registered at site {site} ({station})").format(
                    site=side.hub_copy[0], station=side.hub_copy[1]
                )
            )
        if identity_text:
            lines.append(identity_text)
        self.facts.setText("\n".join(lines))


class CaseView(QWidget):
    back_requested = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    candidate_chosen = Signal(str)  # case id within the group
    open_person = Signal(str)
    decide_requested = Signal(object, object, str, object)  # Decision, Reason, note, primary

    def __init__(self) -> None:
        super().__init__()
        self.loaded: LoadedCase | None = None
        self.zoom = 1.0
        self.position = _label("", "casePosition", wrap=False)
        self.back_button = QPushButton(self.tr("Back to the queue"))
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(self.tr("Esc"))
        self.back_button.clicked.connect(self.back_requested)
        self.previous_button = QPushButton(self.tr("Previous case"))
        self.previous_button.setObjectName("previousButton")
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = QPushButton(self.tr("Next case"))
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next_requested)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.position, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)

        self.verdict = _bold(_label("", "caseVerdict"))
        self.evidence = _label("", "caseEvidence")
        self.flags = _label("", "caseFlags")
        self.flags.setStyleSheet(NOTE_STYLE)
        self.candidates = QComboBox()
        self.candidates.setObjectName("candidateChoice")
        self.candidates.activated.connect(self._on_candidate)
        self.candidates_label = QLabel(self.tr("Other candidates of this record:"))
        self.candidates_label.setBuddy(self.candidates)

        self.left, self.right = SideColumn("A"), SideColumn("B")
        self.left.open_button.clicked.connect(lambda: self._open(0))
        self.right.open_button.clicked.connect(lambda: self._open(1))
        self.primary_group = QButtonGroup(self)
        self.primary_group.addButton(self.left.primary, 0)
        self.primary_group.addButton(self.right.primary, 1)
        self.zoom_slider = QSlider(Qt.Orientation.Horizontal)
        self.zoom_slider.setObjectName("zoomSlider")
        self.zoom_slider.setRange(100, 300)
        self.zoom_slider.setSingleStep(25)
        self.zoom_slider.setPageStep(50)
        self.zoom_slider.setValue(100)
        self.zoom_slider.setAccessibleName(self.tr("Zoom both faces"))
        self.zoom_slider.valueChanged.connect(self._on_zoom)
        self.zoom_label = QLabel()
        zoom_row = QHBoxLayout()
        zoom_caption = QLabel(self.tr("Zoom"))
        zoom_caption.setBuddy(self.zoom_slider)
        zoom_row.addWidget(zoom_caption)
        zoom_row.addWidget(self.zoom_slider, 1)
        zoom_row.addWidget(self.zoom_label)
        faces = QHBoxLayout()
        faces.addWidget(self.left, 1)
        faces.addWidget(self.right, 1)

        self.details = QTableWidget(len(_FIELDS), 2)
        self.details.setObjectName("detailsTable")
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.details.setVerticalHeaderLabels([f() for _, f in _FIELDS])
        self.documents = QTableWidget(0, 2)
        self.documents.setObjectName("documentsTable")
        self.households = QTableWidget(0, 2)
        self.households.setObjectName("householdsTable")
        for table in (self.documents, self.households):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setVisible(False)
            table.setWordWrap(True)
        self.history = QTreeWidget()
        self.history.setObjectName("historyTree")
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.tabs.addTab(self.households, self.tr("Households"))
        self.tabs.addTab(self.history, self.tr("History and decisions"))
        self.tabs.setMinimumHeight(260)

        self.decision_buttons: dict[Decision, QPushButton] = {}
        self.decision_group = QButtonGroup(self)
        self.decision_group.setExclusive(True)
        decision_row = QHBoxLayout()
        for decision, text, name in (
            (Decision.SAME, self.tr("Same person (Alt+S)"), "sameButton"),
            (Decision.DIFFERENT, self.tr("Different people (Alt+D)"), "differentButton"),
            (Decision.INTERVIEW, self.tr("Needs interview (Alt+I)"), "interviewButton"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setCheckable(True)
            self.decision_group.addButton(button)
            button.toggled.connect(lambda on, d=decision: self._choose(d) if on else None)
            self.decision_buttons[decision] = button
            decision_row.addWidget(button)
        self.reason = QComboBox()
        self.reason.setObjectName("reasonChoice")
        self.reason.setEnabled(False)
        self.reason.setMinimumWidth(280)
        self.note = QLineEdit()
        self.note.setObjectName("decisionNote")
        self.note.setPlaceholderText(self.tr("Note (required for 'other reason')"))
        self.note.setMaxLength(2000)
        self.note.returnPressed.connect(self._save)
        self.save_button = QPushButton(self.tr("Save decision"))
        self.save_button.setObjectName("saveDecisionButton")
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save)
        reason_caption = QLabel(self.tr("Reason"))
        reason_caption.setBuddy(self.reason)
        reason_row = QHBoxLayout()
        reason_row.addWidget(reason_caption)
        reason_row.addWidget(self.reason)
        reason_row.addWidget(self.note, 1)
        reason_row.addWidget(self.save_button)
        self.message = _label("", "caseMessage")
        decide_box = QFrame()
        decide_box.setObjectName("decisionBox")
        decide_box.setFrameShape(QFrame.Shape.StyledPanel)
        decide_layout = QVBoxLayout(decide_box)
        decide_layout.addLayout(decision_row)
        decide_layout.addLayout(reason_row)
        decide_layout.addWidget(self.message)

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.addWidget(self.verdict)
        body.addWidget(self.evidence)
        body.addWidget(self.flags)
        candidates_row = QHBoxLayout()
        candidates_row.addWidget(self.candidates_label)
        candidates_row.addWidget(self.candidates, 1)
        body.addLayout(candidates_row)
        body.addLayout(faces)
        body.addLayout(zoom_row)
        body.addWidget(self.tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(decide_box)

        self.previous_button.setToolTip(self.tr("Alt+P"))
        self.next_button.setToolTip(self.tr("Alt+N"))
        for keys, slot in (
            ("Alt+S", lambda: self.decision_buttons[Decision.SAME].setChecked(True)),
            ("Alt+D", lambda: self.decision_buttons[Decision.DIFFERENT].setChecked(True)),
            ("Alt+I", lambda: self.decision_buttons[Decision.INTERVIEW].setChecked(True)),
            ("Alt+N", self.next_button.click),
            ("Alt+P", self.previous_button.click),
            ("Esc", self.back_requested.emit),
            ("Ctrl+Return", self._save),
            ("Ctrl+Enter", self._save),
            ("Ctrl+=", lambda: self.zoom_slider.setValue(self.zoom_slider.value() + 25)),
            ("Ctrl++", lambda: self.zoom_slider.setValue(self.zoom_slider.value() + 25)),
            ("Ctrl+-", lambda: self.zoom_slider.setValue(self.zoom_slider.value() - 25)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._on_zoom(100)

    # showing ------------------------------------------------------------------------------------

    def show_case(
        self, loaded: LoadedCase, position: str, *, has_previous: bool, has_next: bool
    ) -> None:
        self.loaded = loaded
        file, case = loaded.file, loaded.file.case
        self.position.setText(position)
        self.previous_button.setEnabled(has_previous)
        self.next_button.setEnabled(has_next)
        self.verdict.setText(f"{band_mark(case.band)} {band_words(case.band)}")
        self.evidence.setText(self._evidence_text(loaded))
        self.flags.setText("\n".join(flag_words(f) for f in file.flags))
        self.flags.setVisible(bool(file.flags))
        self.candidates.clear()
        for n, other in enumerate(file.group, 1):
            state = decision_words(other.decision) if other.decision else self.tr("waiting")
            self.candidates.addItem(
                self.tr("Candidate {n}: {band}, distance {d:.3f} ({state})").format(
                    n=n, band=band_words(other.band), d=other.distance, state=state
                ),
                other.id,
            )
            if other.id == case.id:
                self.candidates.setCurrentIndex(n - 1)
        many = len(file.group) > 1
        self.candidates.setVisible(many)
        self.candidates_label.setVisible(many)
        for column, side, image in (
            (self.left, file.a, loaded.faces[0]),
            (self.right, file.b, loaded.faces[1]),
        ):
            column.show_side(side, image, self.zoom, self._identity_text(side))
        self._show_details(file)
        self._show_documents(loaded)
        self._show_households(file)
        self._show_history(loaded)
        self._reset_decision(file)

    def _evidence_text(self, loaded: LoadedCase) -> str:
        case = loaded.file.case
        parts = [
            self.tr("Distance {d:.3f} by {model}").format(
                d=case.distance, model=score_words(case.score_id)
            )
        ]
        if loaded.edges is not None:
            parts.append(
                self.tr("(strong at or below {s:.3f}, possible at or below {p:.3f})").format(
                    s=loaded.edges[0], p=loaded.edges[1]
                )
            )
        others = [
            self.tr("{model}: {d:.3f}").format(model=score_words(m), d=d)
            for m, d in sorted(case.distances.items())
            if m != case.score_id
        ]
        if others:
            parts.append(self.tr("Second opinion: {list}").format(list=", ".join(others)))
        parts.append(
            {
                "enrolment": self.tr("Raised {when} at registration."),
                "batch": self.tr("Raised {when} by a batch check."),
                "hub": self.tr("Raised {when} by the hub."),
            }.get(case.source.value, self.tr("Raised {when}.")).format(
                when=when_words(case.created_at)
            )
        )
        return " ".join(parts)

    def _identity_text(self, side: Side) -> str:
        identity = side.identity
        if identity is None:
            return ""
        if identity.primary_id == side.record.person.id:
            return self.tr("Primary record of an identity with {n} records").format(
                n=len(identity.members)
            )
        return self.tr("Linked to another record as the same person ({n} records)").format(
            n=len(identity.members)
        )

    def _show_details(self, file: CaseFile) -> None:
        a = detail_values(file.a.record.person, len(file.a.household))
        b = detail_values(file.b.record.person, len(file.b.household))
        self.details.setHorizontalHeaderLabels(self.details_headers(file))
        labels = []
        for row, (key, words) in enumerate(_FIELDS):
            differs = a[key] != b[key] and key != "registered"
            labels.append(("\u2260 " if differs else "") + words())
            for column, value in enumerate((a[key], b[key])):
                item = QTableWidgetItem(value)
                if differs:
                    item.setBackground(QBrush(DIFF_BACKGROUND))
                    item.setToolTip(self.tr("The two records differ here"))
                self.details.setItem(row, column, item)
        self.details.setVerticalHeaderLabels(labels)
        self.details.resizeRowsToContents()

    def _show_documents(self, loaded: LoadedCase) -> None:
        file = loaded.file
        columns = (file.a.record.documents, file.b.record.documents)
        rows = max(len(columns[0]), len(columns[1]), 1)
        self.documents.setRowCount(rows)
        self.documents.setHorizontalHeaderLabels(self.details_headers(file))
        for column, (documents, pages) in enumerate(zip(columns, loaded.pages, strict=True)):
            if not documents:
                self.documents.setItem(0, column, QTableWidgetItem(self.tr("No document")))
            for row, (document, images) in enumerate(zip(documents, pages, strict=True)):
                self.documents.setCellWidget(row, column, self._document_cell(document, images))
        self.documents.resizeRowsToContents()
        numbers = [{d.number_key for d in docs} for docs in columns]
        shared = numbers[0] & numbers[1]
        self.tabs.setTabText(
            1,
            self.tr("Documents (same number on both)")
            if shared
            else self.tr("Documents ({a} and {b})").format(a=len(columns[0]), b=len(columns[1])),
        )

    def details_headers(self, file: CaseFile) -> list[str]:
        return [_name(file.a.record.person.details), _name(file.b.record.person.details)]

    def _document_cell(self, document: Document, images: Sequence[QImage]) -> QWidget:
        cell = QWidget()
        layout = QVBoxLayout(cell)
        facts = [document_type_words(document.doc_type), document.number]
        if document.issuing_country:
            facts.append(self.tr("issued by {c}").format(c=document.issuing_country))
        if document.expiry:
            facts.append(self.tr("valid until {d}").format(d=document.expiry.isoformat()))
        layout.addWidget(_label(" · ".join(facts)))
        row = QHBoxLayout()
        for image in images:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            row.addWidget(page)
        row.addStretch()
        layout.addLayout(row)
        return cell

    def _show_households(self, file: CaseFile) -> None:
        sides = (file.a, file.b)
        rows = max(len(file.a.household), len(file.b.household), 1)
        self.households.setRowCount(rows)
        self.households.setHorizontalHeaderLabels(self.details_headers(file))
        for column, side in enumerate(sides):
            if side.record.person.details.household_id is None:
                self.households.setItem(0, column, QTableWidgetItem(self.tr("No household")))
                continue
            for row, member in enumerate(side.household):
                this = member.id == side.record.person.id
                text = self.tr("{name} — {relationship} — {rid}").format(
                    name=_name(member.details),
                    relationship=relationship_words(member.details.relationship),
                    rid=member.registration_id,
                )
                item = QTableWidgetItem(("\u25b6 " if this else "") + text)
                self.households.setItem(row, column, item)

    def _show_history(self, loaded: LoadedCase) -> None:
        self.history.clear()
        file = loaded.file
        events: list[tuple[dt.datetime, str, str]] = []
        for entry in file.decisions:
            what = self.tr("Decided: {decision} — {reason}").format(
                decision=decision_words(entry.decision), reason=reason_words(entry.reason_code)
            )
            events.append(
                (
                    entry.decided_at,
                    entry.decided_by,
                    what + (f" — {entry.note}" if entry.note else ""),
                )
            )
        for side, trail in zip((file.a, file.b), loaded.trails, strict=True):
            name = _name(side.record.person.details)
            for version in side.versions:
                what = self.tr("{name}: version {n} saved").format(name=name, n=version.version)
                events.append((version.created_at, version.created_by, what))
            for event in trail:
                if event.action not in ("person.created", "person.updated"):
                    what = f"{name}: {action_words(event.action)}"
                    events.append((event.at, event.operator, what))
        for at, who, what in sorted(events, key=lambda e: e[0], reverse=True):
            self.history.addTopLevelItem(QTreeWidgetItem([when_words(at), who, what]))
        self.history.resizeColumnToContents(0)
        self.tabs.setTabText(
            3, self.tr("History and decisions ({n})").format(n=len(file.decisions))
        )

    def _reset_decision(self, file: CaseFile) -> None:
        self.decision_group.setExclusive(False)
        for button in self.decision_buttons.values():
            button.setChecked(False)
        self.decision_group.setExclusive(True)
        self.reason.clear()
        self.reason.setEnabled(False)
        self.note.clear()
        self.save_button.setEnabled(False)
        # The earlier registration is the default primary record.
        order = sorted((0, 1), key=lambda i: (file.a, file.b)[i].record.person.created_at)
        (self.left.primary if order[0] == 0 else self.right.primary).setChecked(True)
        for column in (self.left, self.right):
            column.primary.setVisible(False)
        if file.decisions:
            last = file.decisions[-1]
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr(
                    "Decided {when} by {who}: {decision}. A new decision replaces it; both "
                    "stay in the history."
                ).format(
                    when=when_words(last.decided_at),
                    who=last.decided_by,
                    decision=decision_words(last.decision),
                )
            )
        else:
            self.message.clear()

    # deciding -----------------------------------------------------------------------------------

    def _choose(self, decision: Decision) -> None:
        self.reason.clear()
        for reason in REASONS[decision]:
            self.reason.addItem(reason_words(reason), reason.value)
        self.reason.setEnabled(True)
        self.save_button.setEnabled(True)
        for column in (self.left, self.right):
            column.primary.setVisible(decision is Decision.SAME)
        self.reason.setFocus()

    def chosen_decision(self) -> Decision | None:
        for decision, button in self.decision_buttons.items():
            if button.isChecked():
                return decision
        return None

    def _save(self) -> None:
        decision = self.chosen_decision()
        if decision is None or self.loaded is None:
            self.show_problem(self.tr("Choose a decision first: same person, different people "
                                      "or needs interview."))  # fmt: skip
            return
        reason = Reason(str(self.reason.currentData()))
        note = self.note.text().strip()
        if reason.needs_note and not note:
            self.show_problem(self.tr("Say in the note why: the reason is 'other'."))
            self.note.setFocus()
            return
        case = self.loaded.file.case
        primary = None
        if decision is Decision.SAME:
            primary = case.person_a if self.left.primary.isChecked() else case.person_b
        self.save_button.setEnabled(False)
        self.decide_requested.emit(decision, reason, note, primary)

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        if self.chosen_decision() is not None:
            self.save_button.setEnabled(True)

    def _on_zoom(self, value: int) -> None:
        self.zoom = value / 100.0
        self.zoom_label.setText(f"{value} %")
        self.left.face.set_zoom(self.zoom)
        self.right.face.set_zoom(self.zoom)

    def _on_candidate(self, index: int) -> None:
        case_id = self.candidates.itemData(index)
        if isinstance(case_id, str) and self.loaded and case_id != self.loaded.file.case.id:
            self.candidate_chosen.emit(case_id)

    def _open(self, side: int) -> None:
        if self.loaded is not None:
            case = self.loaded.file.case
            self.open_person.emit(case.person_a if side == 0 else case.person_b)

    def clear(self) -> None:
        self.loaded = None
        for column in (self.left, self.right):
            column.face.show_image(QImage(), 1.0)
            column.name.clear()
            column.facts.clear()
        self.details.clearContents()
        self.documents.setRowCount(0)
        self.households.setRowCount(0)
        self.history.clear()
        self.verdict.clear()
        self.evidence.clear()
        self.flags.clear()
        self.candidates.clear()
        self.note.clear()
        self.message.clear()


class ReviewPage(QWidget):
    """Emits ``open_person(person_id)`` for "Open record" and ``decided()`` after a decision."""

    open_person = Signal(str)
    decided = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self._session: UiSession | None = None
        self._generation = 0
        self._limit = QUEUE_PAGE
        self._rows: tuple[QueueRow, ...] = ()
        self._row_index = -1
        self._pending: tuple[Decision, Reason, str, str | None] | None = None
        self.confirm_dialog: QWidget | None = None  # the open re-authentication, if any
        self.officer_label = _label("", "officerReviewText")
        self.queue = QueueView()
        self.case = CaseView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.officer_label)
        self.stack.addWidget(self.queue)
        self.stack.addWidget(self.case)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.queue.open_requested.connect(self._open_row)
        self.queue.refresh_button.clicked.connect(self.refresh)
        self.queue.more_button.clicked.connect(self._more)
        for box in (self.queue.status, self.queue.band, self.queue.site, self.queue.operator):
            box.currentIndexChanged.connect(self._filters_changed)
        for date_box in (self.queue.since, self.queue.until):
            date_box.dateChanged.connect(self._filters_changed)
        self.case.back_requested.connect(self._back)
        self.case.next_requested.connect(lambda: self._step(+1))
        self.case.previous_requested.connect(lambda: self._step(-1))
        self.case.candidate_chosen.connect(self._open_candidate)
        self.case.open_person.connect(self.open_person)
        self.case.decide_requested.connect(self._decide)

    # binding --------------------------------------------------------------------------------

    def bind(self, session: UiSession) -> None:
        self._session = session
        self.refresh()

    def clear(self) -> None:
        self._session = None
        self._generation += 1
        self._rows = ()
        self.queue.clear()
        self.case.clear()
        self.officer_label.clear()
        self.stack.setCurrentWidget(self.queue)

    def refresh(self) -> None:
        session = self._session
        if session is None:
            return
        self._generation += 1
        generation = self._generation
        if not session.is_supervisor:
            self.stack.setCurrentWidget(self.officer_label)
            session.run(
                _open_count,
                lambda n: self._show_officer(generation, n),
                lambda e: self._show_officer_error(generation, e),
            )
            return
        if self.stack.currentWidget() is self.officer_label:
            self.stack.setCurrentWidget(self.queue)
        session.run(
            load_queue(self.queue.query(), self._limit),
            lambda q: self._on_queue(generation, q),
            lambda e: self._on_queue_error(generation, e),
        )

    def _show_officer(self, generation: int, count: int) -> None:
        if generation == self._generation:
            self.officer_label.setText(
                self.tr(
                    "{n} possible duplicates wait for a supervisor's review. Only a supervisor "
                    "can open and decide them; registration goes on meanwhile."
                ).format(n=count)
            )

    def _show_officer_error(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.officer_label.setText(describe(error))

    # the queue ------------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self._limit = QUEUE_PAGE
        self.refresh()

    def _more(self) -> None:
        self._limit += QUEUE_PAGE
        self.refresh()

    def _on_queue(self, generation: int, loaded: LoadedQueue) -> None:
        if generation != self._generation:
            return
        self._rows = loaded.rows
        self.queue.show_rows(loaded)

    def _on_queue_error(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.queue.message.setStyleSheet(ERROR_STYLE)
            self.queue.message.setText(describe(error))

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self._row_index = row
            self._load(self._rows[row].group_id, None)

    # one case ------------------------------------------------------------------------------

    def _detector(self) -> Any:
        session = self._session
        faces = session.faces if session is not None else None
        return faces.engine.detector if faces is not None else None

    def _load(self, group_id: str, case_id: str | None, notice: str = "") -> None:
        session = self._session
        if session is None:
            return
        self._generation += 1
        generation = self._generation
        prefer_open = self.queue.status.currentData() == "open"
        session.run(
            load_case(group_id, case_id, self._detector(), prefer_open=prefer_open),
            lambda loaded: self._on_case(generation, loaded, notice),
            lambda e: self._on_case_error(generation, e),
        )

    def _on_case(self, generation: int, loaded: LoadedCase, notice: str = "") -> None:
        if generation != self._generation:
            return
        group = loaded.file.group
        index = next(i for i, c in enumerate(group) if c.id == loaded.file.case.id)
        position = self.tr("Record {r} of {rows} · candidate {c} of {cases}").format(
            r=self._row_index + 1, rows=len(self._rows), c=index + 1, cases=len(group)
        )
        self.case.show_case(
            loaded,
            position,
            has_previous=index > 0 or self._row_index > 0,
            has_next=index + 1 < len(group) or self._row_index + 1 < len(self._rows),
        )
        self.stack.setCurrentWidget(self.case)
        self.case.decision_buttons[Decision.SAME].setFocus()
        if notice:
            self.case.message.setStyleSheet(DONE_STYLE)
            self.case.message.setText(notice)

    def _on_case_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, KnownError) and error.code is ErrorCode.CASE_NOT_FOUND:
            self._back()
            self.queue.message.setStyleSheet(ERROR_STYLE)
            self.queue.message.setText(
                self.tr("That case no longer exists (a record was erased). The queue was reloaded.")
            )
            return
        self.case.show_problem(describe(error))

    def _open_candidate(self, case_id: str) -> None:
        loaded = self.case.loaded
        if loaded is not None:
            self._load(loaded.file.case.group_id, case_id)

    def _step(self, direction: int) -> None:
        loaded = self.case.loaded
        if loaded is None:
            return
        group = loaded.file.group
        index = next(i for i, c in enumerate(group) if c.id == loaded.file.case.id)
        if 0 <= index + direction < len(group):
            self._load(loaded.file.case.group_id, group[index + direction].id)
            return
        row = self._row_index + direction
        if 0 <= row < len(self._rows):
            self._row_index = row
            self._load(self._rows[row].group_id, None)

    def _back(self) -> None:
        self.case.clear()
        self.stack.setCurrentWidget(self.queue)
        self.refresh()

    # deciding ------------------------------------------------------------------------------

    def _decide(self, decision: Decision, reason: Reason, note: str, primary: str | None) -> None:
        session, loaded = self._session, self.case.loaded
        if session is None or loaded is None:
            return
        case_id = loaded.file.case.id
        self._pending = (decision, reason, note, primary)
        generation = self._generation

        def work(vault: Vault) -> object:
            from registrar.services.review import ReviewService

            return ReviewService(vault).decide(case_id, decision, reason, note, primary_id=primary)

        session.run(
            work,
            lambda _case: self._on_decided(generation, decision),
            lambda e: self._on_decide_error(generation, e),
        )

    def _on_decided(self, generation: int, decision: Decision) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self.decided.emit()
        loaded = self.case.loaded
        if loaded is None:
            return
        said = self.tr("Saved: {decision}.").format(decision=decision_words(decision))
        group = loaded.file.group
        # Next: the next waiting candidate of this record, else the next record of the queue.
        waiting = [c for c in group if c.decision is None and c.id != loaded.file.case.id]
        notice = said + " " + self.tr("This is the next case.")
        if waiting:
            self._load(loaded.file.case.group_id, waiting[0].id, notice)
        elif self._row_index + 1 < len(self._rows):
            self._row_index += 1
            self._load(self._rows[self._row_index].group_id, None, notice)
        else:
            self._back()
            self.queue.message.setStyleSheet(DONE_STYLE)
            self.queue.message.setText(said + " " + self.tr("That was the last case shown."))

    def _on_decide_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, KnownError) and error.code is ErrorCode.REAUTH_REQUIRED:
            self._confirm_then_retry()
            return
        self.case.show_problem(describe(error))

    def _confirm_then_retry(self) -> None:
        """Ask the supervisor's password again, then save the decision they chose."""
        session, pending = self._session, self._pending
        if session is None or pending is None:
            return
        from ui.password_dialog import ConfirmPasswordDialog

        dialog = ConfirmPasswordDialog(session, self, action=self.tr("decide this case"))
        self.confirm_dialog = dialog
        dialog.confirmed.connect(lambda: self._decide(*pending))
        dialog.rejected.connect(
            lambda: self.case.show_problem(
                self.tr("The decision was not saved: confirm your password to decide.")
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
