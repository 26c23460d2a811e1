"""The band calibration page: supervisors' decisions against the band edges, and setting them.

For each score (SFace, dlib, fused): the distances of the pairs decided "same person" and
"different people" with the current (and suggested) edges drawn across them, what those
decisions imply at each edge, and a suggestion. Supervisors set new edges, stored with a
BANDS_CHANGED audit entry; officers see the page read-only. Reading and saving run on the
database lane; the rates at edges being tried are computed here from the loaded numbers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.biometrics.calibration import EdgeRates, SuggestionStatus, histogram
from registrar.errors import KnownError
from registrar.settings import DLIB_MODEL_ID, FUSED_SCORE_ID, SFACE_MODEL_ID, BandEdges
from ui.charts import Distribution, HistogramView, Marker
from ui.messages import describe
from ui.styles import DONE_STYLE, ERROR_STYLE, NOTE_STYLE

if TYPE_CHECKING:
    from registrar.services.reports import CalibrationReport, ScoreCalibration
    from registrar.settings import Settings
    from registrar.storage.vault import Vault
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")

EDGE_DECIMALS = 3
SAME_COLOR = "#2e7d32"
DIFFERENT_COLOR = "#c62828"
STRONG_COLOR = "#212121"
POSSIBLE_COLOR = "#757575"
SUGGESTED_COLOR = "#1565c0"


class Row(IntEnum):
    """Rows of the rates table."""

    STRONG_NOW = 0
    POSSIBLE_NOW = 1
    STRONG_SUGGESTED = 2
    POSSIBLE_SUGGESTED = 3
    STRONG_NEW = 4
    POSSIBLE_NEW = 5


@dataclass(frozen=True, slots=True)
class _Loaded:
    report: CalibrationReport
    may_edit: bool


def _load(vault: Vault) -> _Loaded:
    from registrar.domain.model import Role
    from registrar.services.reports import calibration_report

    return _Loaded(calibration_report(vault), vault.session.role is Role.SUPERVISOR)


class CalibrationPage(QWidget):
    """Emits ``bands_saved(Settings)`` after a supervisor's new edges reached the vault."""

    bands_saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationPage")
        self._session: UiSession | None = None
        self._loaded: _Loaded | None = None
        self._busy = False
        self._generation = 0  # bumped by bind() and clear(): older answers are dropped

        heading = QLabel(self.tr("<h2>Duplicate bands</h2>"))
        self.score_combo = QComboBox()
        self.score_combo.setObjectName("scoreCombo")
        self.score_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        score_label = QLabel(self.tr("S&core"))
        score_label.setBuddy(self.score_combo)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refreshButton")
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(score_label)
        bar.addWidget(self.score_combo)
        bar.addWidget(self.refresh_button)

        self.bias_note = QLabel(
            self.tr(
                "Only pairs the face search flagged reach a supervisor, so these figures are "
                "among flagged pairs. They can show that a band may be narrowed, never that "
                "it should be widened: duplicates beyond the possible edge are never seen here."
            )
        )
        self.bias_note.setObjectName("biasNote")
        self.bias_note.setWordWrap(True)
        self.bias_note.setStyleSheet(NOTE_STYLE)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setWordWrap(True)
        self.chart = HistogramView("distanceChart", min_height=280)

        self.rates_table = QTableWidget(6, 3)
        self.rates_table.setObjectName("ratesTable")
        self.rates_table.setHorizontalHeaderLabels(
            [
                self.tr("Distance"),
                self.tr("Different people at or below\n(false matches)"),
                self.tr("Same person above\n(missed duplicates)"),
            ]
        )
        self.rates_table.setVerticalHeaderLabels(
            [
                self.tr("Strong edge now"),
                self.tr("Possible edge now"),
                self.tr("Strong edge suggested"),
                self.tr("Possible edge suggested"),
                self.tr("Strong edge you set"),
                self.tr("Possible edge you set"),
            ]
        )
        self.rates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rates_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.rates_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rates_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestionLabel")
        self.suggestion_label.setWordWrap(True)

        # setting the edges (supervisors) -------------------------------------------------------
        self.strong_spin = self._edge_spin("strongEdgeSpin")
        self.possible_spin = self._edge_spin("possibleEdgeSpin")
        self.use_suggestion_button = QPushButton(self.tr("&Use the suggestion"))
        self.use_suggestion_button.setObjectName("useSuggestionButton")
        self.save_button = QPushButton(self.tr("&Save bands"))
        self.save_button.setObjectName("saveBandsButton")
        self.read_only_note = QLabel(self.tr("Only a supervisor can change the bands."))
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.deciding_note = QLabel()
        self.deciding_note.setObjectName("decidingNote")
        self.deciding_note.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setObjectName("calibrationMessage")
        self.message_label.setWordWrap(True)
        edit_box = QGroupBox(self.tr("Band edges"))
        edit = QGridLayout(edit_box)
        strong_label = QLabel(self.tr("S&trong match at or below"))
        strong_label.setBuddy(self.strong_spin)
        possible_label = QLabel(self.tr("&Possible match at or below"))
        possible_label.setBuddy(self.possible_spin)
        edit.addWidget(self.read_only_note, 0, 0, 1, 4)
        edit.addWidget(self.deciding_note, 1, 0, 1, 4)
        edit.addWidget(strong_label, 2, 0)
        edit.addWidget(self.strong_spin, 2, 1)
        edit.addWidget(possible_label, 3, 0)
        edit.addWidget(self.possible_spin, 3, 1)
        edit.addWidget(self.use_suggestion_button, 2, 3)
        edit.addWidget(self.save_button, 3, 3)
        edit.setColumnStretch(2, 1)
        edit.addWidget(self.message_label, 4, 0, 1, 4)

        content = QWidget()
        content.setObjectName("calibrationContent")
        column = QVBoxLayout(content)
        column.addWidget(self.bias_note)
        column.addWidget(self.counts_label)
        column.addWidget(self.chart)
        column.addWidget(self.rates_table)
        column.addWidget(self.suggestion_label)
        column.addWidget(edit_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("calibrationScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        self.score_combo.currentIndexChanged.connect(self._on_score_combo_changed)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.use_suggestion_button.clicked.connect(self._on_use_suggestion_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.strong_spin.valueChanged.connect(self._on_edge_changed)
        self.possible_spin.valueChanged.connect(self._on_edge_changed)
        self.clear()

    def _edge_spin(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setDecimals(EDGE_DECIMALS)
        spin.setSingleStep(0.01)
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("-20.000") + 48)
        return spin

    # binding and clearing ----------------------------------------------------------------------

    def bind(self, session: UiSession) -> None:
        """Show this session's decisions and bands; they are read on the database lane."""
        self.clear()
        self._session = session
        self._load()

    def clear(self) -> None:
        """On lock: forget the session and show nothing of it."""
        self._generation += 1
        self._session = None
        self._loaded = None
        self._busy = False
        self.score_combo.blockSignals(True)
        self.score_combo.clear()
        self.score_combo.blockSignals(False)
        for label in (
            self.counts_label,
            self.suggestion_label,
            self.deciding_note,
            self.message_label,
        ):
            label.clear()
        self.deciding_note.hide()
        self.read_only_note.hide()
        self.chart.clear_histogram()
        self._clear_table()
        for spin in (self.strong_spin, self.possible_spin):
            spin.blockSignals(True)
            spin.setRange(0.0, 2.0)
            spin.setValue(0.0)
            spin.clear()  # an empty box, not a value that might look like the session's
            spin.blockSignals(False)
        self._update_enabled()

    def _clear_table(self) -> None:
        for row in range(self.rates_table.rowCount()):
            for col in range(self.rates_table.columnCount()):
                self.rates_table.setItem(row, col, QTableWidgetItem(""))

    def _load(self) -> None:
        session = self._session
        if session is None or self._busy:
            return
        self._busy = True
        self._update_enabled()
        self._show_message(self.tr("Reading the decisions…"), error=False)
        generation = self._generation
        session.run(
            _load,
            lambda loaded: self._on_loaded(generation, loaded),
            lambda error: self._on_failed(generation, error),
        )

    def refresh(self) -> None:
        """Read the decisions again (what is shown stays until they arrive)."""
        self._load()

    def _on_refresh_button_clicked(self) -> None:
        self._load()

    def _on_loaded(self, generation: int, loaded: _Loaded, *, keep_message: bool = False) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self._loaded = loaded
        shown = self.score_id or loaded.report.decision_score
        self.score_combo.blockSignals(True)
        self.score_combo.clear()
        for score in loaded.report.scores:
            name = self._score_name(score.score_id)
            if score.score_id == loaded.report.decision_score:
                name = self.tr("{score} (decides the bands)").format(score=name)
            self.score_combo.addItem(name, score.score_id)
        index = self.score_combo.findData(shown)
        self.score_combo.setCurrentIndex(max(index, 0))
        self.score_combo.blockSignals(False)
        self.read_only_note.setVisible(not loaded.may_edit)
        self.rates_table.setRowHidden(Row.STRONG_NEW, not loaded.may_edit)
        self.rates_table.setRowHidden(Row.POSSIBLE_NEW, not loaded.may_edit)
        self._fit_table()
        if not keep_message:
            self.message_label.clear()
        self._show_score()

    def _fit_table(self) -> None:
        height = self.rates_table.horizontalHeader().height() + 2 * self.rates_table.frameWidth()
        for row in range(self.rates_table.rowCount()):
            if not self.rates_table.isRowHidden(row):
                height += self.rates_table.rowHeight(row)
        self.rates_table.setFixedHeight(height)

    @property
    def score_id(self) -> str | None:
        data = self.score_combo.currentData()
        return str(data) if data is not None else None

    def _current(self) -> ScoreCalibration | None:
        if self._loaded is None or self.score_id is None:
            return None
        return self._loaded.report.get(self.score_id)

    def _on_score_combo_changed(self, _index: int) -> None:
        self.message_label.clear()
        self._show_score()

    def _score_name(self, score: str) -> str:
        names = {
            SFACE_MODEL_ID: self.tr("SFace distance"),
            DLIB_MODEL_ID: self.tr("dlib distance"),
            FUSED_SCORE_ID: self.tr("fused score of both models"),
        }
        return names.get(score, score)

    # showing one score ---------------------------------------------------------------------

    def _show_score(self) -> None:
        score = self._current()
        if score is None or self._loaded is None:
            return
        cal = score.calibration
        if not cal.same and not cal.different:
            counts = self.tr(
                "No pair has been decided “same person” or “different people” yet. As "
                "supervisors decide possible duplicates, their decisions appear here."
            )
        else:
            counts = self.tr(
                "{same} pairs decided “same person” and {different} decided “different "
                "people” (interview decisions are not counted). {raised} of them were raised "
                "by this score; for the others it is the value recorded with the case."
            ).format(same=len(cal.same), different=len(cal.different), raised=score.raised)
        self.counts_label.setText(counts)
        deciding = self._loaded.report.decision_score
        self.deciding_note.setVisible(score.score_id != deciding)
        self.deciding_note.setText(
            self.tr(
                "This score does not decide the bands now ({deciding} does): its edges take "
                "effect only when a supervisor makes it the deciding score."
            ).format(deciding=self._score_name(deciding))
            if score.score_id != deciding
            else ""
        )
        hist = histogram(cal)
        now, edges = cal.current, cal.suggestion.edges
        strong = self.tr("Strong edge {x}").format(x=self._num(now.strong))
        possible = self.tr("Possible edge {x}").format(x=self._num(now.possible))
        markers = [
            Marker(strong, now.strong, STRONG_COLOR),
            Marker(possible, now.possible, POSSIBLE_COLOR),
        ]
        if edges is not None:
            strong = self.tr("Suggested strong {x}").format(x=self._num(edges.strong))
            possible = self.tr("Suggested possible {x}").format(x=self._num(edges.possible))
            markers += [
                Marker(strong, edges.strong, SUGGESTED_COLOR, dashed=True),
                Marker(possible, edges.possible, SUGGESTED_COLOR, dashed=True),
            ]
        self.chart.set_histogram(
            hist.bin_edges,
            [
                Distribution(
                    self.tr("Same person ({n})").format(n=len(cal.same)), hist.same, SAME_COLOR
                ),
                Distribution(
                    self.tr("Different people ({n})").format(n=len(cal.different)),
                    hist.different,
                    DIFFERENT_COLOR,
                ),
            ],
            markers,
            x_title=self.tr("Distance (lower is more alike)")
            if score.score_id != FUSED_SCORE_ID
            else self.tr("Fused score (lower is more alike)"),
            y_title=self.tr("Pairs"),
        )
        self._set_rates(Row.STRONG_NOW, cal.strong)
        self._set_rates(Row.POSSIBLE_NOW, cal.possible)
        self._set_rates(Row.STRONG_SUGGESTED, cal.suggestion.strong)
        self._set_rates(Row.POSSIBLE_SUGGESTED, cal.suggestion.possible)
        self.suggestion_label.setText(self._suggestion_text(score))
        low, high = (-20.0, 20.0) if score.score_id == FUSED_SCORE_ID else (0.0, 2.0)
        for spin, value in ((self.strong_spin, now.strong), (self.possible_spin, now.possible)):
            spin.blockSignals(True)
            spin.setRange(low, high)
            spin.setValue(value)
            spin.blockSignals(False)
        self._on_edge_changed()

    def _num(self, value: float) -> str:
        return QLocale().toString(value, "f", EDGE_DECIMALS)

    def _share(self, part: int, whole: int) -> str:
        if whole == 0:
            return self.tr("no pairs")
        percent = QLocale().toString(100.0 * part / whole, "f", 1)
        return self.tr("{part} of {whole} ({percent}%)").format(
            part=part, whole=whole, percent=percent
        )

    def _set_rates(self, row: int, rates: EdgeRates | None) -> None:
        if rates is None:
            texts = ["—", "—", "—"]
        else:
            texts = [
                self._num(rates.edge),
                self._share(rates.false_matches, rates.different),
                self._share(rates.false_non_matches, rates.same),
            ]
        for col, text in enumerate(texts):
            self.rates_table.setItem(row, col, QTableWidgetItem(text))

    def _suggestion_text(self, score: ScoreCalibration) -> str:
        cal = score.calibration
        suggestion = cal.suggestion
        fmr = QLocale().toString(100.0 * suggestion.target_fmr, "f", 0)
        fnmr = QLocale().toString(100.0 * suggestion.target_fnmr, "f", 0)
        if suggestion.status is SuggestionStatus.TOO_FEW:
            return self.tr(
                "No suggestion yet: it needs at least {n} decisions of each kind, and there "
                "are {same} “same person” and {different} “different people”."
            ).format(n=suggestion.min_each, same=len(cal.same), different=len(cal.different))
        if suggestion.status is SuggestionStatus.NOT_SEPARATED or suggestion.edges is None:
            return self.tr(
                "No suggestion: pairs of different people come as close as pairs of the same "
                "person, so no strong edge keeps false matches at {fmr}% or below."
            ).format(fmr=fmr)
        return self.tr(
            "Suggested: strong at or below {strong}, possible at or below {possible}. The "
            "strong band would hold at most {fmr}% of the different-people pairs decided so "
            "far, and at most {fnmr}% of the same-person pairs would lie beyond the possible "
            "edge."
        ).format(
            strong=self._num(suggestion.edges.strong),
            possible=self._num(suggestion.edges.possible),
            fmr=fmr,
            fnmr=fnmr,
        )

    # setting the edges ---------------------------------------------------------------------

    def _new_edges(self) -> BandEdges:
        """The edges in the boxes; raises KnownError when strong is above possible."""
        return BandEdges(strong=self.strong_spin.value(), possible=self.possible_spin.value())

    def _changed(self) -> bool:
        score = self._current()
        if score is None:
            return False
        now = score.calibration.current
        return (
            round(now.strong, EDGE_DECIMALS) != self.strong_spin.value()
            or round(now.possible, EDGE_DECIMALS) != self.possible_spin.value()
        )

    def _on_edge_changed(self) -> None:
        score = self._current()
        if score is None:
            return
        cal = score.calibration
        self._set_rates(Row.STRONG_NEW, cal.rates_at(self.strong_spin.value()))
        self._set_rates(Row.POSSIBLE_NEW, cal.rates_at(self.possible_spin.value()))
        if not self._busy and self._changed():
            self.message_label.clear()  # "Bands saved" is no longer true once edited
        self._update_enabled()

    def _on_use_suggestion_button_clicked(self) -> None:
        score = self._current()
        if score is None or score.calibration.suggestion.edges is None:
            return
        edges = score.calibration.suggestion.edges
        self.strong_spin.setValue(edges.strong)
        self.possible_spin.setValue(edges.possible)

    def _may_edit(self) -> bool:
        return self._loaded is not None and self._loaded.may_edit

    def _update_enabled(self) -> None:
        loaded = self._loaded is not None and self._current() is not None
        editable = loaded and self._may_edit() and not self._busy
        for spin in (self.strong_spin, self.possible_spin):
            # Read-only, not disabled, for officers: the values stay readable.
            spin.setEnabled(loaded)
            spin.setReadOnly(not editable)
            spin.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows
                if editable
                else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
        score = self._current()
        has_suggestion = score is not None and score.calibration.suggestion.edges is not None
        self.use_suggestion_button.setEnabled(editable and has_suggestion)
        self.save_button.setEnabled(editable and self._changed())
        self.refresh_button.setEnabled(self._session is not None and not self._busy)
        self.score_combo.setEnabled(loaded and not self._busy)

    def _on_save_button_clicked(self) -> None:
        session, score = self._session, self._current()
        if session is None or score is None or not self._may_edit() or self._busy:
            return
        try:
            edges = self._new_edges()
        except KnownError:
            self._show_message(
                self.tr("The possible edge must be at or above the strong edge."), error=True
            )
            return
        score_id = score.score_id
        self._busy = True
        self._update_enabled()
        self._show_message(self.tr("Saving…"), error=False)
        generation = self._generation

        def save(vault: Vault) -> tuple[Settings, _Loaded]:
            from registrar.services.reports import save_bands

            settings = save_bands(vault, score_id, edges)
            return settings, _load(vault)

        session.run(
            save,
            lambda result: self._on_saved(generation, *result),
            lambda error: self._on_failed(generation, error),
        )

    def _on_saved(self, generation: int, settings: Settings, loaded: _Loaded) -> None:
        if generation != self._generation:
            return
        self._on_loaded(generation, loaded, keep_message=True)
        self._show_message(self.tr("Bands saved."), error=False, done=True)
        self.bands_saved.emit(settings)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, KnownError):
            log.error("the calibration could not be read or saved", exc_info=error)
        self._busy = False
        self._update_enabled()
        self._show_message(describe(error), error=True)

    def _show_message(self, text: str, *, error: bool, done: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else DONE_STYLE if done else "")
        self.message_label.setText(text)
