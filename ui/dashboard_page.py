"""The Reports page: registrations per day, operator and site, the review and sync backlogs, CSV.

Everything is read on the database lane (``services.reports.dashboard``) and the CSV is
written there too; the page only draws numbers. Any operator may look: the figures hold
counts and operator names, nothing about a registered person. ``ReportsPage`` puts this
dashboard and the band calibration side by side as tabs for the main window.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QStandardPaths, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from registrar.errors import ErrorCode, KnownError
from ui.calibration_page import CalibrationPage
from ui.charts import BarChartView
from ui.messages import describe
from ui.styles import DONE_STYLE, ERROR_STYLE

if TYPE_CHECKING:
    from registrar.services.reports import BacklogSummary, Dashboard, NamedCount
    from registrar.storage.vault import Vault
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")

OVER_STYLE = "color: #b00020; font-weight: bold;"
BIG_STYLE = "font-size: 26pt; font-weight: 600;"
RANGES = (7, 30, 90, 365)
DEFAULT_RANGE = 30
MAX_BARS = 10  # operators or sites shown; the rest are summed into one bar
# Younger to older: green, yellow, orange, red. An old backlog looks alarming at a glance.
AGE_COLORS = ("#66bb6a", "#fdd835", "#fb8c00", "#e53935")
DAY_COLOR = "#1565c0"
OPERATOR_COLOR = "#00897b"
SITE_COLOR = "#6a1b9a"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardPage", text)


def age_text(age: dt.timedelta) -> str:
    """An age in words, rounded down to the largest whole unit: "3 days", "5 hours"."""
    minutes = int(age.total_seconds() // 60)
    if minutes < 1:
        return _tr("less than a minute")
    if minutes < 60:
        return _tr("1 minute") if minutes == 1 else _tr("{n} minutes").format(n=minutes)
    hours = minutes // 60
    if hours < 24:
        return _tr("1 hour") if hours == 1 else _tr("{n} hours").format(n=hours)
    days = hours // 24
    return _tr("1 day") if days == 1 else _tr("{n} days").format(n=days)


def _limit_days(days: float) -> str:
    return age_text(dt.timedelta(days=days))


def _top(counts: tuple[NamedCount, ...], others: str) -> tuple[list[str], list[int]]:
    """The largest MAX_BARS - 1 and the rest summed, or all when they fit."""
    if len(counts) <= MAX_BARS:
        return [c.name for c in counts], [c.count for c in counts]
    shown = counts[: MAX_BARS - 1]
    rest = sum(c.count for c in counts[MAX_BARS - 1 :])
    return [c.name for c in shown] + [others], [c.count for c in shown] + [rest]


def _day_labels(days: list[dt.date]) -> list[str]:
    """About ten labels, always including the last day (today), counted back from it."""
    every = max(1, math.ceil(len(days) / 10))
    fmt = "d MMM" if len(days) > 7 else "ddd d"
    locale = QLocale()
    return [
        locale.toString(QDate(d.year, d.month, d.day), fmt)
        if (len(days) - 1 - i) % every == 0
        else ""
        for i, d in enumerate(days)
    ]


def _run_load(days: int) -> Callable[[Vault], Dashboard]:
    def load(vault: Vault) -> Dashboard:
        from registrar.services.reports import dashboard

        return dashboard(vault, days)

    return load


class _BacklogBox(QGroupBox):
    """A backlog at a glance: the count (large), the oldest's age against the limit, the
    parts, and the counts by age in colours from green to red."""

    def __init__(self, title: str, prefix: str, caption: str) -> None:
        super().__init__(title)
        self.setObjectName(f"{prefix}Box")
        self.caption = caption
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{prefix}CountLabel")
        self.count_label.setStyleSheet(BIG_STYLE)
        self.caption_label = QLabel()
        self.caption_label.setObjectName(f"{prefix}CaptionLabel")
        self.caption_label.setWordWrap(True)
        self.age_label = QLabel()
        self.age_label.setObjectName(f"{prefix}AgeLabel")
        self.age_label.setWordWrap(True)
        self.parts_label = QLabel()
        self.parts_label.setObjectName(f"{prefix}PartsLabel")
        self.parts_label.setWordWrap(True)
        # Horizontal: the age labels stay whole in a chart half a box wide.
        self.age_chart = BarChartView(f"{prefix}AgeChart", horizontal=True, min_height=150)
        self.age_chart.setMaximumHeight(190)
        self.age_chart.setMinimumWidth(220)
        self.age_chart.setToolTip(_tr("How long the items have been waiting"))
        text = QVBoxLayout()
        text.addWidget(self.count_label)
        text.addWidget(self.caption_label)
        text.addWidget(self.age_label)
        text.addWidget(self.parts_label)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.age_chart, 1)

    def clear(self) -> None:
        for label in (self.count_label, self.caption_label, self.age_label, self.parts_label):
            label.clear()
        self.count_label.setStyleSheet(BIG_STYLE)
        self.age_label.setStyleSheet("")
        self.age_chart.clear_bars()

    def show_backlog(self, backlog: BacklogSummary, parts: str) -> None:
        self.count_label.setText(str(backlog.count))
        self.count_label.setStyleSheet(
            BIG_STYLE + (" color: #b00020;" if backlog.over_count else "")
        )
        caption = self.caption
        if backlog.max_count:
            caption += " " + _tr("(limit {n})").format(n=backlog.max_count)
        self.caption_label.setText(caption)
        if backlog.oldest_age is None:
            self.age_label.setText(_tr("Nothing is waiting."))
        else:
            text = _tr("Oldest: {age}").format(age=age_text(backlog.oldest_age))
            if backlog.max_age is not None:
                limit = _limit_days(backlog.max_age.total_seconds() / 86400)
                text += " " + (
                    _tr("— over the limit of {limit}")
                    if backlog.over_age
                    else _tr("(limit {limit})")
                ).format(limit=limit)
            self.age_label.setText(text)
        self.age_label.setStyleSheet(OVER_STYLE if backlog.over_age else "")
        self.parts_label.setText(parts if backlog.count else "")
        labels = [_tr("0–1 day"), _tr("1–3 days"), _tr("3–7 days"), _tr("7+ days")]
        self.age_chart.set_bars(
            labels, [b.count for b in backlog.ages], colors=AGE_COLORS[: len(backlog.ages)]
        )


class DashboardPage(QWidget):
    """Emits ``exported(path)`` once the CSV file is written."""

    exported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._session: UiSession | None = None
        self._report: Dashboard | None = None
        self._busy = False
        self._pending = False
        self._generation = 0  # bumped by bind() and clear(): older answers are dropped
        # Asks where to save the CSV (given a suggested path); tests put a path in its place.
        self.choose_csv_path: Callable[[str], str | None] = self._ask_csv_path

        heading = QLabel(self.tr("<h2>Reports</h2>"))
        self.range_combo = QComboBox()
        self.range_combo.setObjectName("rangeCombo")
        for days in RANGES:
            self.range_combo.addItem(self.tr("Last {n} days").format(n=days), days)
        self.range_combo.setCurrentIndex(RANGES.index(DEFAULT_RANGE))
        range_label = QLabel(self.tr("&Period"))
        range_label.setBuddy(self.range_combo)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refreshButton")
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setObjectName("exportCsvButton")
        self.status_label = QLabel()
        self.status_label.setObjectName("dashboardStatus")
        self.status_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(range_label)
        bar.addWidget(self.range_combo)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)

        # backlogs: what needs doing, first -------------------------------------------------
        self.review_box = _BacklogBox(
            self.tr("Possible duplicates waiting for review"),
            "review",
            self.tr("cases waiting for a supervisor's decision"),
        )
        self.sync_box = _BacklogBox(
            self.tr("Records not yet at the hub"),
            "sync",
            self.tr("records waiting to be synced"),
        )

        # registrations ---------------------------------------------------------------------
        self.total_label = QLabel()
        self.total_label.setObjectName("registrationsTotalLabel")
        self.total_label.setWordWrap(True)
        self.per_day_chart = BarChartView("perDayChart", min_height=220)
        self.per_operator_chart = BarChartView("perOperatorChart", horizontal=True)
        self.per_site_chart = BarChartView("perSiteChart", horizontal=True)
        registrations_box = QGroupBox(self.tr("Registrations"))
        registrations = QGridLayout(registrations_box)
        registrations.addWidget(self.total_label, 0, 0, 1, 2)
        registrations.addWidget(QLabel(self.tr("<b>Per day</b>")), 1, 0, 1, 2)
        registrations.addWidget(self.per_day_chart, 2, 0, 1, 2)
        registrations.addWidget(QLabel(self.tr("<b>By operator</b>")), 3, 0)
        registrations.addWidget(QLabel(self.tr("<b>By site</b>")), 3, 1)
        registrations.addWidget(self.per_operator_chart, 4, 0)
        registrations.addWidget(self.per_site_chart, 4, 1)
        registrations.setColumnStretch(0, 3)
        registrations.setColumnStretch(1, 2)

        backlogs = QHBoxLayout()
        backlogs.addWidget(self.review_box, 1)
        backlogs.addWidget(self.sync_box, 1)
        content = QWidget()
        content.setObjectName("dashboardContent")
        column = QVBoxLayout(content)
        column.addLayout(backlogs)
        column.addWidget(registrations_box)
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(scroll, 1)

        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.range_combo.currentIndexChanged.connect(self._on_range_combo_changed)
        self.clear()

    # binding and clearing ----------------------------------------------------------------------

    def bind(self, session: UiSession) -> None:
        """Show this session's figures; they are read on the database lane."""
        self.clear()
        self._session = session
        self._load()

    def clear(self) -> None:
        """On lock: forget the session and show nothing of it."""
        self._generation += 1
        self._session = None
        self._report = None
        self._busy = False
        self._pending = False
        self.review_box.clear()
        self.sync_box.clear()
        self.total_label.clear()
        for chart in (self.per_day_chart, self.per_operator_chart, self.per_site_chart):
            chart.clear_bars()
        self.status_label.clear()
        self.status_label.setStyleSheet("")
        self._update_enabled()

    @property
    def days(self) -> int:
        return int(self.range_combo.currentData())

    def _update_enabled(self) -> None:
        bound = self._session is not None
        self.refresh_button.setEnabled(bound and not self._busy)
        self.range_combo.setEnabled(bound and not self._busy)
        self.export_button.setEnabled(bound and not self._busy and self._report is not None)

    def _load(self) -> None:
        session = self._session
        if session is None:
            return
        if self._busy:
            self._pending = True  # another period was chosen while counting: count again
            return
        self._pending = False
        self._busy = True
        self._update_enabled()
        self._show_status(self.tr("Counting…"), error=False)
        generation = self._generation
        session.run(
            _run_load(self.days),
            lambda report: self._on_loaded(generation, report),
            lambda error: self._on_failed(generation, error),
        )

    def refresh(self) -> None:
        """Count again (the figures on screen stay until the new ones arrive)."""
        self._load()

    def _load_if_pending(self) -> None:
        if self._pending:
            self._load()

    def _on_refresh_button_clicked(self) -> None:
        self._load()

    def _on_range_combo_changed(self, _index: int) -> None:
        self._load()

    # showing -------------------------------------------------------------------------------------

    def _on_loaded(self, generation: int, report: Dashboard) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self._report = report
        self._show_report(report)
        when = QDateTime.fromSecsSinceEpoch(int(report.generated_at.timestamp())).toLocalTime()
        self._show_status(
            self.tr("Figures as of {time}.").format(
                time=QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)
            ),
            error=False,
        )
        self._update_enabled()
        self._load_if_pending()

    def _show_report(self, report: Dashboard) -> None:
        review, sync = report.review, report.sync
        self.review_box.show_backlog(
            review,
            self.tr("{strong} strong and {possible} possible matches").format(
                strong=review.part("strong"), possible=review.part("possible")
            ),
        )
        self.sync_box.show_backlog(
            sync,
            self.tr("{waiting} waiting to be sent, {sent} sent and not yet confirmed").format(
                waiting=sync.part("complete"), sent=sync.part("queued")
            ),
        )
        locale = QLocale()
        first = QDate(report.first_day.year, report.first_day.month, report.first_day.day)
        last = QDate(report.last_day.year, report.last_day.month, report.last_day.day)
        self.total_label.setText(
            self.tr("{total} registrations from {first} to {last}").format(
                total=report.total,
                first=locale.toString(first, "d MMMM yyyy"),
                last=locale.toString(last, "d MMMM yyyy"),
            )
        )
        days = [d.day for d in report.per_day]
        self.per_day_chart.set_bars(
            _day_labels(days),
            [d.count for d in report.per_day],
            color=DAY_COLOR,
            show_values=len(days) <= 31,
        )
        for chart, counts, color in (
            (self.per_operator_chart, report.per_operator, OPERATOR_COLOR),
            (self.per_site_chart, report.per_site, SITE_COLOR),
        ):
            labels, values = _top(counts, self.tr("all others"))
            chart.setMinimumHeight(max(120, 50 + 28 * len(labels)))
            chart.set_bars(labels, values, color=color)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, KnownError):
            log.error("the reports could not be read or written", exc_info=error)
        self._busy = False
        self._update_enabled()
        self._load_if_pending()
        if isinstance(error, KnownError) and error.code is ErrorCode.FILE_EXISTS:
            text = self.tr("A file with this name exists already. Choose another name.")
        else:
            text = describe(error)
        self._show_status(text, error=True)

    def _show_status(self, text: str, *, error: bool, done: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else DONE_STYLE if done else "")
        self.status_label.setText(text)

    # exporting -----------------------------------------------------------------------------------

    def _suggested_path(self, report: Dashboard) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"registrar-report-{report.last_day.isoformat()}-{len(report.per_day)}d.csv"
        return str(Path(folder) / name) if folder else name

    def _ask_csv_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the report"),
            suggested,
            self.tr("CSV files (*.csv)"),
            # The core never replaces a file; asking "replace it?" would promise otherwise.
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return path or None

    def _on_export_button_clicked(self) -> None:
        session, report = self._session, self._report
        if session is None or report is None or self._busy:
            return
        chosen = self.choose_csv_path(self._suggested_path(report))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        self._busy = True
        self._update_enabled()
        self._show_status(self.tr("Saving…"), error=False)
        generation = self._generation

        def write(_vault: Vault) -> str:
            from registrar.services.reports import write_csv

            write_csv(report, path)
            return str(path)

        session.run(
            write,
            lambda written: self._on_exported(generation, written),
            lambda error: self._on_failed(generation, error),
        )

    def _on_exported(self, generation: int, written: str) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self._update_enabled()
        self._show_status(
            self.tr("Saved to {name}.").format(name=Path(written).name), error=False, done=True
        )
        self.exported.emit(written)


class ReportsPage(QTabWidget):
    """The dashboard and the band calibration as two tabs, for the main window's Reports.

    Nothing is read at unlock: a tab reads its figures the first time it is shown in a
    session, and again each time it is shown after that (its Refresh button in between).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.dashboard = DashboardPage()
        self.calibration = CalibrationPage()
        self.addTab(self.dashboard, self.tr("&Dashboard"))
        self.addTab(self.calibration, self.tr("Duplicate &bands"))
        self._session: UiSession | None = None
        self._bound: list[QWidget] = []
        self.currentChanged.connect(self._on_current_changed)

    def bind(self, session: UiSession) -> None:
        self.clear()
        self._session = session
        if self.isVisible():
            self._show_current()

    def clear(self) -> None:
        self._session = None
        self._bound = []
        self.dashboard.clear()
        self.calibration.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_current()

    def _on_current_changed(self, _index: int) -> None:
        if self.isVisible():
            self._show_current()

    def _show_current(self) -> None:
        session, page = self._session, self.currentWidget()
        if session is None or not isinstance(page, DashboardPage | CalibrationPage):
            return
        if page in self._bound:
            page.refresh()
        else:
            self._bound.append(page)
            page.bind(session)
