"""The main window: navigation (Register, People, Review, Approvals, Reports, Sync, Operators,
Settings) and the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class StatusCounts:
    waiting_for_sync: int
    open_cases: int
    backlog: tuple[Any, ...] = ()  # BacklogWarning: the guards that passed


class PlaceholderPage(QWidget):
    """A page whose screens arrive with a later release; it says so plainly."""

    def __init__(self, title: str, text: str, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch()


class MainWindow(QMainWindow):
    lock_requested = Signal()

    PAGES = (
        "register",
        "people",
        "review",
        "approvals",
        "reports",
        "sync",
        "operators",
        "settings",
    )

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Registrar"))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        labels = {
            "register": self.tr("Register"),
            "people": self.tr("People"),
            "review": self.tr("Review"),
            "approvals": self.tr("Approvals"),
            "reports": self.tr("Reports"),
            "sync": self.tr("Sync"),
            "operators": self.tr("Operators"),
            "settings": self.tr("Settings"),
        }
        texts = {
            "register": self.tr("Register a person."),
            "people": self.tr("Find people by name, registration id or document number."),
            "review": self.tr("Supervisors review possible duplicates here."),
            "approvals": self.tr("Supervisors approve the day's records here."),
            "reports": self.tr("Registrations, backlogs and threshold calibration."),
            "operators": self.tr("Supervisors manage operators here."),
            "sync": self.tr("Send records to the hub, over the network or on a USB stick."),
            "settings": self.tr("Station, operators and thresholds."),
        }
        self.pages: dict[str, QWidget] = {}
        for i, key in enumerate(self.PAGES, start=1):
            item = QListWidgetItem(f"{labels[key]}")
            item.setToolTip(self.tr("Ctrl+{n}").format(n=i))
            self.nav.addItem(item)
            page = PlaceholderPage(labels[key], texts[key], f"{key}Page")
            self.pages[key] = page
            self.stack.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i}"), self)
            shortcut.activated.connect(lambda row=i - 1: self.nav.setCurrentRow(row))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        centre = QWidget()
        layout = QHBoxLayout(centre)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(centre)

        self.operator_label = QLabel()
        self.operator_label.setObjectName("operatorLabel")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncLabel")
        self.review_label = QLabel()
        self.review_label.setObjectName("reviewLabel")
        self.backlog_label = QLabel()
        self.backlog_label.setObjectName("backlogLabel")
        self.backlog_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.about_button = QPushButton(self.tr("About"))
        self.about_button.setObjectName("aboutButton")
        self.about_button.setToolTip(
            self.tr("About Registrar and the licences of its components (F1)")
        )
        self.about_button.clicked.connect(self.show_about)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self).activated.connect(self.show_about)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.lock_requested)
        bar = self.statusBar()
        bar.addWidget(self.operator_label)
        bar.addPermanentWidget(self.backlog_label)
        bar.addPermanentWidget(self.sync_label)
        bar.addPermanentWidget(self.review_label)
        bar.addPermanentWidget(self.about_button)
        bar.addPermanentWidget(self.lock_button)
        self.resize(1024, 700)

    def show_about(self) -> None:
        from ui.about_dialog import open_about  # on demand: it reads package metadata

        open_about(self)

    def set_page(self, key: str, page: QWidget) -> None:
        """Put a real page in place of its placeholder."""
        old = self.pages[key]
        index = self.stack.indexOf(old)
        self.stack.removeWidget(old)
        old.deleteLater()
        page.setObjectName(f"{key}Page")
        self.stack.insertWidget(index, page)
        self.pages[key] = page
        self.stack.setCurrentIndex(self.nav.currentRow())

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.PAGES.index(key))

    def show_session(self, operator: str, role: str, site: str) -> None:
        role = {"supervisor": self.tr("supervisor"), "officer": self.tr("officer")}.get(role, role)
        self.operator_label.setText(
            self.tr("{operator} ({role}) at {site}").format(operator=operator, role=role, site=site)
        )

    def show_counts(self, counts: StatusCounts) -> None:
        self.sync_label.setText(self.tr("{n} waiting for sync").format(n=counts.waiting_for_sync))
        self.review_label.setText(self.tr("{n} case(s) to review").format(n=counts.open_cases))
        from ui.messages import backlog_words

        self.backlog_label.setText("\u26a0 " + self.tr("Backlog") if counts.backlog else "")
        self.backlog_label.setToolTip("\n".join(backlog_words(w) for w in counts.backlog))

    def clear(self) -> None:
        """On lock: nothing of the session stays in any view."""
        self.operator_label.clear()
        self.sync_label.clear()
        self.review_label.clear()
        self.backlog_label.clear()
        self.statusBar().clearMessage()
        self.nav.setCurrentRow(0)
        self.stack.setCurrentIndex(0)
