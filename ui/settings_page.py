"""The Settings page: the station, the desk's idle lock and auto-capture, and the duplicate bands.

Supervisors change settings; officers see them read-only. Loading and saving run on the
database lane; the page only builds the new ``Settings`` (pure dataclasses) on the UI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from registrar.errors import KnownError
from registrar.settings import DLIB_MODEL_ID, FUSED_SCORE_ID, SFACE_MODEL_ID, BandEdges, Settings
from ui.messages import describe
from ui.styles import DONE_STYLE, ERROR_STYLE, NOTE_STYLE

if TYPE_CHECKING:
    from registrar.storage.vault import Vault
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")

BAND_DECIMALS = 3
MIB = 1024 * 1024
KIB = 1024


@dataclass(frozen=True, slots=True)
class _Loaded:
    settings: Settings
    site_code: str
    station: int
    station_name: str
    may_edit: bool


def _load(vault: Vault) -> _Loaded:
    from registrar.domain.model import Role

    return _Loaded(
        settings=vault.settings(),
        site_code=vault.site_code,
        station=vault.station,
        station_name=vault.station_name,
        may_edit=vault.session.role is Role.SUPERVISOR,
    )


def _kept(shown: float, stored: float, decimals: int) -> float:
    """The stored value when the field still shows it rounded, so an untouched field keeps
    a value finer than the field can show (e.g. 10.5 minutes in a whole-minute box)."""
    return stored if round(stored, decimals) == round(shown, decimals) else round(shown, decimals)


def _kept_bytes(shown: float, stored: int, unit: int, decimals: int) -> int:
    """Bytes from a field in MiB or KiB; the stored count while the field still shows it."""
    if round(stored / unit, decimals) == round(shown, decimals):
        return stored
    return round(round(shown, decimals) * unit)


class SettingsPage(QWidget):
    """Emits ``settings_saved(Settings)`` after a supervisor's change reached the vault."""

    settings_saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._session: UiSession | None = None
        self._loaded: _Loaded | None = None
        self._may_edit = False
        self._busy = False
        # Bumped by bind() and clear(): answers for an older binding are dropped.
        self._generation = 0

        heading = QLabel(self.tr("<h2>Settings</h2>"))

        # the station -------------------------------------------------------------------------
        self.station_label = QLabel()
        self.station_label.setObjectName("stationLabel")
        self.station_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.station_name_label = QLabel()
        self.station_name_label.setObjectName("stationNameLabel")
        self.station_name_label.setWordWrap(True)
        station_box = QGroupBox(self.tr("This station"))
        station_form = self._form(station_box)
        station_form.addRow(self.tr("Site and station"), self.station_label)
        station_form.addRow(self.tr("Station name"), self.station_name_label)

        # the desk ----------------------------------------------------------------------------
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idleLockSpin")
        self.idle_spin.setRange(1, 120)
        self.idle_spin.setSuffix(self.tr(" minutes without use"))
        self._fit_width(self.idle_spin)
        self.auto_capture_check = QCheckBox(
            self.tr("Take the photo &automatically when the face is good")
        )
        self.auto_capture_check.setObjectName("autoCaptureCheck")
        self.hold_spin = QDoubleSpinBox()
        self.hold_spin.setObjectName("autoCaptureHoldSpin")
        self.hold_spin.setRange(0.2, 10.0)
        self.hold_spin.setDecimals(1)
        self.hold_spin.setSingleStep(0.1)
        self.hold_spin.setSuffix(self.tr(" seconds"))
        self._fit_width(self.hold_spin)
        self.hold_spin.setToolTip(
            self.tr("How long the face must stay good before the photo is taken.")
        )
        desk_box = QGroupBox(self.tr("At the desk"))
        desk_form = self._form(desk_box)
        self._add_row(desk_form, self.tr("&Lock the station after"), self.idle_spin)
        desk_form.addRow(self.auto_capture_check)
        self._add_row(desk_form, self.tr("&Hold a good face for"), self.hold_spin)

        # duplicate bands ---------------------------------------------------------------------
        self.bands_note = QLabel()
        self.bands_note.setObjectName("bandsNote")
        self.bands_note.setWordWrap(True)
        self.strong_spin = self._band_spin("strongEdgeSpin")
        self.possible_spin = self._band_spin("possibleEdgeSpin")
        bands_box = QGroupBox(self.tr("Possible duplicates"))
        bands_form = self._form(bands_box)
        bands_form.addRow(self.bands_note)
        self._add_row(bands_form, self.tr("&Strong match at or below"), self.strong_spin)
        self._add_row(bands_form, self.tr("&Possible match at or below"), self.possible_spin)

        # review, approval and backlog guards ----------------------------------------------------
        self.reauth_check = QCheckBox(
            self.tr("Ask the supervisor's &password again before a decision on a duplicate")
        )
        self.reauth_check.setObjectName("reauthCheck")
        self.grace_spin = QDoubleSpinBox()
        self.grace_spin.setObjectName("reauthGraceSpin")
        self.grace_spin.setRange(0.0, 60.0)
        self.grace_spin.setDecimals(0)
        self.grace_spin.setSuffix(self.tr(" minutes"))
        self._fit_width(self.grace_spin)
        self.grace_spin.setToolTip(
            self.tr("One confirmation covers the decisions taken within this time.")
        )
        self.approval_check = QCheckBox(
            self.tr("Records wait for a supervisor's &approval before they are synced")
        )
        self.approval_check.setObjectName("approvalCheck")
        review_box = QGroupBox(self.tr("Review and approval"))
        review_form = self._form(review_box)
        review_form.addRow(self.reauth_check)
        self._add_row(review_form, self.tr("A confirmation &lasts"), self.grace_spin)
        review_form.addRow(self.approval_check)

        self.guard_spins = {
            "review_max_cases": self._guard_spin("reviewMaxCasesSpin", self.tr(" cases"), 0),
            "review_max_age_days": self._guard_spin("reviewMaxAgeSpin", self.tr(" days"), 1),
            "sync_max_records": self._guard_spin("syncMaxRecordsSpin", self.tr(" records"), 0),
            "sync_max_age_days": self._guard_spin("syncMaxAgeSpin", self.tr(" days"), 1),
        }
        self.stop_check = QCheckBox(
            self.tr("Stop &new registrations while a limit is passed (not only warn)")
        )
        self.stop_check.setObjectName("stopRegistrationCheck")
        guards_box = QGroupBox(self.tr("Backlog warnings"))
        guards_form = self._form(guards_box)
        guards_note = QLabel(self.tr("Warn when the work waiting passes a limit; 0 is off."))
        guards_note.setWordWrap(True)
        guards_form.addRow(guards_note)
        for key, text in (
            ("review_max_cases", self.tr("Possible duplicates waiting, more than")),
            ("review_max_age_days", self.tr("Oldest possible duplicate, older than")),
            ("sync_max_records", self.tr("Records not at the hub, more than")),
            ("sync_max_age_days", self.tr("Oldest record not at the hub, older than")),
        ):
            self._add_row(guards_form, text, self.guard_spins[key])
        guards_form.addRow(self.stop_check)

        # sync -----------------------------------------------------------------------------------
        self.sync_interval_spin = QDoubleSpinBox()
        self.sync_interval_spin.setObjectName("syncIntervalSpin")
        self.sync_interval_spin.setRange(0.0, 1440.0)
        self.sync_interval_spin.setDecimals(0)
        self.sync_interval_spin.setSuffix(self.tr(" minutes"))
        self.sync_interval_spin.setSpecialValueText(self.tr("off (only Sync now)"))
        self._fit_width(self.sync_interval_spin)
        self.sync_interval_spin.setToolTip(
            self.tr("While the vault is open, records are sent to the hub this often.")
        )
        self.keep_days_spin = QSpinBox()
        self.keep_days_spin.setObjectName("syncKeepDaysSpin")
        self.keep_days_spin.setRange(0, 3650)
        self.keep_days_spin.setSuffix(self.tr(" days after the hub's receipt"))
        self.keep_days_spin.setSpecialValueText(self.tr("never (keep them)"))
        self._fit_width(self.keep_days_spin)
        self.keep_days_spin.setToolTip(
            self.tr(
                "Records the hub has acknowledged are removed from this laptop after so many "
                "days, unless a possible duplicate still needs them."
            )
        )
        self.batch_size_spin = self._size_spin("syncBatchSizeSpin", self.tr(" MiB"), 0.1, 48.0)
        self.record_size_spin = self._size_spin("syncRecordSizeSpin", self.tr(" MiB"), 0.1, 48.0)
        self.chunk_size_spin = QSpinBox()
        self.chunk_size_spin.setObjectName("syncChunkSizeSpin")
        self.chunk_size_spin.setRange(4, 1024)
        self.chunk_size_spin.setSuffix(self.tr(" KiB"))
        self._fit_width(self.chunk_size_spin)
        self.chunk_size_spin.setToolTip(
            self.tr("A cut link costs at most one piece again. Smaller pieces suit poor links.")
        )
        sync_box = QGroupBox(self.tr("Sync"))
        sync_box.setObjectName("syncSettingsBox")
        sync_form = self._form(sync_box)
        self._add_row(sync_form, self.tr("Sync in the back&ground every"), self.sync_interval_spin)
        self._add_row(sync_form, self.tr("&Remove synced records"), self.keep_days_spin)
        self._add_row(sync_form, self.tr("Largest &batch"), self.batch_size_spin)
        self._add_row(sync_form, self.tr("Largest r&ecord"), self.record_size_spin)
        self._add_row(sync_form, self.tr("&Upload piece"), self.chunk_size_spin)

        # what the operator may do, and what happened -----------------------------------------
        self.read_only_note = QLabel(self.tr("Only a supervisor can change settings."))
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.read_only_note.hide()
        self.message_label = QLabel()
        self.message_label.setObjectName("settingsMessage")
        self.message_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(self.read_only_note)
        column.addWidget(station_box)
        column.addWidget(desk_box)
        column.addWidget(bands_box)
        column.addWidget(review_box)
        column.addWidget(guards_box)
        column.addWidget(sync_box)
        column.addStretch()
        # A settings form stretched across a wide window is hard to read: keep it a column.
        holder = QWidget()
        holder.setObjectName("settingsColumn")
        holder.setLayout(column)
        holder.setMaximumWidth(640)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.addWidget(holder, 1)
        row.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self._editors: tuple[QWidget, ...] = (
            self.idle_spin,
            self.auto_capture_check,
            self.hold_spin,
            self.strong_spin,
            self.possible_spin,
            self.reauth_check,
            self.grace_spin,
            self.approval_check,
            *self.guard_spins.values(),
            self.stop_check,
            *self._sync_spins(),
        )
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.auto_capture_check.toggled.connect(self._on_auto_capture_check_toggled)
        for spin in (self.idle_spin, self.hold_spin, self.strong_spin, self.possible_spin):
            spin.valueChanged.connect(self._on_field_changed)
        self.auto_capture_check.toggled.connect(self._on_field_changed)
        for check in (self.reauth_check, self.approval_check, self.stop_check):
            check.toggled.connect(self._on_field_changed)
        self.reauth_check.toggled.connect(self._on_auto_capture_check_toggled)
        for spin in (self.grace_spin, *self.guard_spins.values(), *self._sync_spins()):
            spin.valueChanged.connect(self._on_field_changed)
        self.clear()

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        # Short numbers in boxes as wide as the page read badly; keep fields at their size.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        return form

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)  # its & mnemonic moves the keyboard focus to the field
        form.addRow(label, field)

    @staticmethod
    def _fit_width(spin: QSpinBox | QDoubleSpinBox) -> None:
        # QAbstractSpinBox's size hint cuts long suffixes short in some styles (Fusion,
        # offscreen): make room for the widest value with its suffix and the arrows.
        if isinstance(spin, QSpinBox):  # two branches for the type checker (int vs float)
            values = (spin.textFromValue(spin.minimum()), spin.textFromValue(spin.maximum()))
        else:
            values = (spin.textFromValue(spin.minimum()), spin.textFromValue(spin.maximum()))
        text = spin.prefix() + max(values, key=len) + spin.suffix() + "  "
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance(text) + 40)

    def _guard_spin(self, name: str, suffix: str, decimals: int) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(0.0, 100000.0 if decimals == 0 else 365.0)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setSpecialValueText(self.tr("off"))
        self._fit_width(spin)
        return spin

    def _size_spin(self, name: str, suffix: str, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(suffix)
        self._fit_width(spin)
        return spin

    def _sync_spins(self) -> tuple[QSpinBox | QDoubleSpinBox, ...]:
        return (
            self.sync_interval_spin,
            self.keep_days_spin,
            self.batch_size_spin,
            self.record_size_spin,
            self.chunk_size_spin,
        )

    def _number_spins(self) -> tuple[QAbstractSpinBox, ...]:
        return (
            self.idle_spin,
            self.hold_spin,
            self.strong_spin,
            self.possible_spin,
            self.grace_spin,
            *self.guard_spins.values(),
            *self._sync_spins(),
        )

    def _band_spin(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setDecimals(BAND_DECIMALS)
        spin.setSingleStep(0.01)
        return spin

    # binding and clearing ----------------------------------------------------------------------

    def bind(self, session: UiSession) -> None:
        """Show this session's settings; they are read on the database lane."""
        self.clear()
        self._session = session
        generation = self._generation
        self._show_message(self.tr("Loading the settings…"), error=False)
        session.run(
            _load,
            lambda loaded: self._on_loaded(generation, loaded),
            lambda error: self._on_failed(generation, error),
        )

    def clear(self) -> None:
        """On lock: forget the session and show nothing of it."""
        self._generation += 1
        self._session = None
        self._loaded = None
        self._may_edit = False
        self._busy = False
        for widget in (*self._editors, self.save_button):
            widget.blockSignals(True)
        self.station_label.clear()
        self.station_name_label.clear()
        self.bands_note.clear()
        self.bands_note.hide()
        for check in (self.auto_capture_check, self.reauth_check, self.approval_check,
                      self.stop_check):  # fmt: skip
            check.setChecked(False)
        self.idle_spin.setValue(self.idle_spin.minimum())
        for spin in (self.hold_spin, self.strong_spin, self.possible_spin, self.grace_spin,
                     *self.guard_spins.values(), self.sync_interval_spin, self.batch_size_spin,
                     self.record_size_spin):  # fmt: skip
            spin.setValue(spin.minimum())
        for whole in (self.keep_days_spin, self.chunk_size_spin):
            whole.setValue(whole.minimum())
        for box in self._number_spins():
            box.clear()  # an empty box, not a value that might look like the session's
        for widget in (*self._editors, self.save_button):
            widget.blockSignals(False)
        self.read_only_note.hide()
        self.message_label.clear()
        self._update_enabled()

    def _on_loaded(self, generation: int, loaded: _Loaded) -> None:
        if generation != self._generation:
            return
        self._loaded = loaded
        self._may_edit = loaded.may_edit
        self.station_label.setText(f"{loaded.site_code}{loaded.station:02d}")
        self.station_name_label.setText(loaded.station_name or self.tr("(no name)"))
        self._show_settings(loaded.settings)
        self.read_only_note.setVisible(not loaded.may_edit)
        self.message_label.clear()
        self._update_enabled()

    def _show_settings(self, settings: Settings) -> None:
        self.bands_note.show()
        desk = settings.desk
        self.idle_spin.setValue(round(desk.idle_lock_minutes))
        self.auto_capture_check.setChecked(desk.auto_capture)
        self.hold_spin.setValue(desk.auto_capture_hold_s)
        review = settings.review
        self.reauth_check.setChecked(review.reauth_for_decisions)
        self.grace_spin.setValue(review.reauth_grace_minutes)
        self.approval_check.setChecked(review.end_of_day_approval)
        guards = settings.guards
        for key, spin in self.guard_spins.items():
            spin.setValue(float(getattr(guards, key)))
        self.stop_check.setChecked(guards.stop_registration)
        sync = settings.sync
        self.sync_interval_spin.setValue(sync.interval_minutes)
        self.keep_days_spin.setValue(sync.keep_days_after_receipt)
        self.batch_size_spin.setValue(sync.max_batch_bytes / MIB)
        self.record_size_spin.setValue(sync.max_record_bytes / MIB)
        self.chunk_size_spin.setValue(round(sync.chunk_bytes / KIB))
        score = settings.match.decision_score
        band = settings.match.bands.get(score)
        # Distances run from 0 up; the fused score is a z-score around 0.
        low, high = (-20.0, 20.0) if score == FUSED_SCORE_ID else (0.0, 2.0)
        for spin in (self.strong_spin, self.possible_spin):
            spin.setRange(low, high)
            self._fit_width(spin)
        if band is None:
            self.bands_note.setText(
                self.tr("No band edges are set for the deciding score ({score}).").format(
                    score=score
                )
            )
            return
        self.strong_spin.setValue(band.strong)
        self.possible_spin.setValue(band.possible)
        self.bands_note.setText(
            self.tr(
                "Decided by {score}. A new face at or below the strong edge is a strong "
                "match; at or below the possible edge, a possible match. Both go to a "
                "supervisor to compare. Lower edges raise fewer cases and miss more."
            ).format(score=self._score_name(score))
        )

    def _score_name(self, score: str) -> str:
        names = {
            SFACE_MODEL_ID: self.tr("the SFace distance"),
            DLIB_MODEL_ID: self.tr("the dlib distance"),
            FUSED_SCORE_ID: self.tr("the fused score of both models"),
        }
        return names.get(score, score)

    def _update_enabled(self) -> None:
        loaded = self._loaded is not None
        editable = loaded and self._may_edit and not self._busy
        has_band = self._band() is not None
        for spin in self._number_spins():
            # Read-only, not disabled, for officers: the values stay readable and focusable.
            spin.setReadOnly(not editable)
            spin.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows
                if editable
                else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
        self.idle_spin.setEnabled(loaded)
        self.hold_spin.setEnabled(loaded and self.auto_capture_check.isChecked())
        self.strong_spin.setEnabled(has_band)
        self.possible_spin.setEnabled(has_band)
        self.grace_spin.setEnabled(loaded and self.reauth_check.isChecked())
        for spin in (*self.guard_spins.values(), *self._sync_spins()):
            spin.setEnabled(loaded)
        for check in (self.auto_capture_check, self.reauth_check, self.approval_check,
                      self.stop_check):  # fmt: skip
            check.setEnabled(editable)
        self.save_button.setEnabled(editable)

    def _band(self) -> BandEdges | None:
        if self._loaded is None:
            return None
        match = self._loaded.settings.match
        return match.bands.get(match.decision_score)

    # editing and saving ------------------------------------------------------------------------

    def _on_auto_capture_check_toggled(self, _checked: bool) -> None:
        self._update_enabled()

    def _on_field_changed(self) -> None:
        if self._loaded is not None and not self._busy:
            self.message_label.clear()  # "Settings saved" is no longer true once edited

    def _collect(self) -> Settings:
        """The shown values as new settings; the constructors validate them (KnownError)."""
        assert self._loaded is not None
        old = self._loaded.settings
        desk = replace(
            old.desk,
            idle_lock_minutes=_kept(self.idle_spin.value(), old.desk.idle_lock_minutes, 0),
            auto_capture=self.auto_capture_check.isChecked(),
            auto_capture_hold_s=_kept(self.hold_spin.value(), old.desk.auto_capture_hold_s, 1),
        )
        match = old.match
        band = self._band()
        if band is not None:
            edges = BandEdges(
                strong=_kept(self.strong_spin.value(), band.strong, BAND_DECIMALS),
                possible=_kept(self.possible_spin.value(), band.possible, BAND_DECIMALS),
            )
            match = replace(match, bands={**match.bands, match.decision_score: edges})
        review = replace(
            old.review,
            reauth_for_decisions=self.reauth_check.isChecked(),
            reauth_grace_minutes=_kept(self.grace_spin.value(), old.review.reauth_grace_minutes, 0),
            end_of_day_approval=self.approval_check.isChecked(),
        )
        guards = replace(
            old.guards,
            review_max_cases=round(self.guard_spins["review_max_cases"].value()),
            review_max_age_days=_kept(
                self.guard_spins["review_max_age_days"].value(), old.guards.review_max_age_days, 1
            ),
            sync_max_records=round(self.guard_spins["sync_max_records"].value()),
            sync_max_age_days=_kept(
                self.guard_spins["sync_max_age_days"].value(), old.guards.sync_max_age_days, 1
            ),
            stop_registration=self.stop_check.isChecked(),
        )
        sync = replace(
            old.sync,
            interval_minutes=_kept(self.sync_interval_spin.value(), old.sync.interval_minutes, 0),
            keep_days_after_receipt=self.keep_days_spin.value(),
            max_batch_bytes=_kept_bytes(
                self.batch_size_spin.value(), old.sync.max_batch_bytes, MIB, 1
            ),
            max_record_bytes=_kept_bytes(
                self.record_size_spin.value(), old.sync.max_record_bytes, MIB, 1
            ),
            chunk_bytes=_kept_bytes(self.chunk_size_spin.value(), old.sync.chunk_bytes, KIB, 0),
        )
        return replace(old, desk=desk, match=match, review=review, guards=guards, sync=sync)

    def _on_save_button_clicked(self) -> None:
        session = self._session
        if session is None or self._loaded is None or not self._may_edit or self._busy:
            return
        try:
            new = self._collect()
        except KnownError as error:
            self._show_message(self._invalid(error), error=True)
            return
        self._busy = True
        self._update_enabled()
        self._show_message(self.tr("Saving…"), error=False)
        generation = self._generation

        def save(vault: Vault) -> Settings:
            vault.save_settings(new)
            return new

        session.run(
            save,
            lambda saved: self._on_saved(generation, saved),
            lambda error: self._on_failed(generation, error),
        )

    def _invalid(self, error: KnownError) -> str:
        if error.details.get("field") == "bands":
            return self.tr("The possible edge must be at or above the strong edge.")
        return describe(error)

    def _on_saved(self, generation: int, saved: Settings) -> None:
        if generation != self._generation or self._loaded is None:
            return
        self._busy = False
        self._loaded = replace(self._loaded, settings=saved)
        self._update_enabled()
        self._show_message(self.tr("Settings saved"), error=False, done=True)
        self.settings_saved.emit(saved)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, KnownError):
            log.error("settings could not be read or saved", exc_info=error)
        self._busy = False
        self._update_enabled()
        self._show_message(describe(error), error=True)

    def _show_message(self, text: str, *, error: bool, done: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else DONE_STYLE if done else "")
        self.message_label.setText(text)
