"""The Register page: a six-step wizard, then the proof of registration and a fresh start.

Steps keep their input while the officer moves back and forth (Alt+Left / Alt+Right, or
the Back and Next buttons). Next validates the step and names what is missing. Saving
stores the person, photo, templates, documents and duplicate cases in one transaction.
"""

from __future__ import annotations

import dataclasses
import html
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from registrar.domain.model import ConsentPurpose, Relationship
from registrar.errors import KnownError
from ui.candidates import band_words
from ui.documents_step import DocumentsStep, describe_document
from ui.face_step import FaceStep
from ui.messages import describe
from ui.register_steps import (
    CodeLists,
    ConsentStep,
    DetailsStep,
    HouseholdChoice,
    HouseholdStep,
    Step,
    relationship_words,
    sex_words,
)
from ui.styles import NOTE_STYLE
from ui.tasks import InlineLane

if TYPE_CHECKING:
    from registrar.domain.model import Consent, Document, DuplicateCase, Person, PersonDetails
    from registrar.services.faces import CheckResult, FaceService
    from ui.session import UiSession
    from ui.tasks import Lane

log = logging.getLogger("registrar.ui")


def _tr(text: str) -> str:
    return QCoreApplication.translate("register", text)


@dataclass(frozen=True, slots=True, eq=False)
class SavedRegistration:
    person: Person
    cases: tuple[DuplicateCase, ...]
    photo_jpeg: bytes
    site_code: str
    station_name: str


def save_registration(
    faces: FaceService,
    details: PersonDetails,
    consents: list[Consent],
    check: CheckResult,
    documents: list[Document],
    household: HouseholdChoice,
) -> SavedRegistration:
    """Database lane: the household first (when new or joined), then the person in one go."""
    from registrar.services.people import PeopleService
    from registrar.storage.people import PeopleRepository

    vault = faces.vault
    people = PeopleService(vault, faces.galleries)
    household_id: str | None = None
    if household.mode == "new":
        household_id = people.create_household().id
    elif household.mode == "join" and household.member is not None:
        member = PeopleRepository(vault.db.conn).get(household.member.person_id)
        household_id = member.details.household_id
        if household_id is None:
            # Joining someone who lived alone: they become the head of a new household.
            household_id = people.create_household().id
            people.update(
                member.id,
                dataclasses.replace(
                    member.details, household_id=household_id, relationship=Relationship.HEAD
                ),
                expected_version=member.version,
            )
    details = dataclasses.replace(
        details,
        household_id=household_id,
        relationship=household.relationship if household_id else None,
    )
    person, cases = faces.register(details, consents, check, documents=documents)
    return SavedRegistration(
        person,
        tuple(cases),
        check.analysis.photo.jpeg,
        f"{vault.site_code}{vault.station:02d}",
        vault.station_name,
    )


def _birth_text(details: PersonDetails) -> str:
    if details.birth_date:
        return details.birth_date.isoformat()
    if details.birth_year:
        return _tr("about {year}").format(year=details.birth_year)
    return ""


class ReviewStep(Step):
    """Everything the officer is about to save, in one readable page."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reviewStep")
        self.summary = QTextBrowser()
        self.summary.setObjectName("reviewSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Check everything with the person, then save.")))
        layout.addWidget(self.summary, 1)

    def title(self) -> str:
        return _tr("Review and save")

    def show_draft(self, page: RegisterPage) -> None:
        e = html.escape
        parts: list[str] = []
        try:
            details = page.details_step.details()
        except KnownError as exc:
            parts.append(f"<p><b>{e(describe(exc))}</b></p>")
            self.summary.setHtml("".join(parts))
            return
        face = page.face_step
        if face.result is not None and not face.photo.isNull():
            self.summary.document().addResource(
                QTextDocument.ResourceType.ImageResource.value,
                QUrl("registrar:photo"),
                face.photo.scaledToHeight(160),
            )
            parts.append('<img src="registrar:photo">')
        rows = [
            (_tr("Given name"), details.given_name),
            (_tr("Family name"), details.family_name),
            (_tr("Other names"), details.other_names),
            (_tr("Sex"), sex_words(details.sex)),
            (_tr("Born"), _birth_text(details)),
            (_tr("Nationality"), details.nationality or ""),
            (_tr("Languages"), ", ".join(page.language_name(c) for c in details.languages)),
            (_tr("Phone"), details.phone or ""),
        ]
        choice = page.household_step.choice()
        if choice.mode == "new":
            rows.append((_tr("Household"), _tr("New household, as its head")))
        elif choice.mode == "join" and choice.member is not None:
            rel = relationship_words(choice.relationship) if choice.relationship else ""
            rows.append(
                (
                    _tr("Household"),
                    _tr("Joins {name} ({rid}) as: {rel}").format(
                        name=choice.member.name, rid=choice.member.registration_id, rel=rel
                    ),
                )
            )
        else:
            rows.append((_tr("Household"), _tr("None")))
        consent = page.consent_step
        for purpose, label in (
            (ConsentPurpose.REGISTRATION, _tr("Consent to registration")),
            (ConsentPurpose.DUPLICATE_CHECK, _tr("Consent to the duplicate check")),
        ):
            answer = consent.answer(purpose)
            rows.append(
                (
                    label,
                    (_tr("Yes") if answer else _tr("No"))
                    + " \u00b7 "
                    + _tr("read in {lang}").format(lang=consent.language_combo.currentText()),
                )
            )
        table = "".join(
            f"<tr><td><b>{e(k)}</b></td><td dir='auto'>{e(v)}</td></tr>" for k, v in rows
        )
        parts.append(f"<table cellpadding='4'>{table}</table>")
        if face.rows:
            names = "; ".join(
                f"{r.name} ({r.registration_id}): {band_words(r.band)}" for r in face.rows
            )
            parts.append(
                "<p><b>"
                + e(_tr("Possible earlier registration, a supervisor will review:"))
                + f"</b> {e(names)}</p>"
            )
        elif face.search_allowed:
            parts.append("<p>" + e(_tr("No earlier registration found for this face.")) + "</p>")
        docs = page.documents_step.documents
        if docs:
            items = "".join(f"<li>{e(describe_document(d))}</li>" for d in docs)
            parts.append(f"<p><b>{e(_tr('Documents'))}</b></p><ul>{items}</ul>")
        else:
            parts.append("<p>" + e(_tr("No documents.")) + "</p>")
        self.summary.setHtml("".join(parts))


class DonePanel(QWidget):
    """After saving: the registration id, the proof of registration, and the next person."""

    next_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("registrationDone")
        self.saved: SavedRegistration | None = None
        self.lane: Lane = InlineLane()  # the compute lane once bound
        self.heading = QLabel()
        self.heading.setObjectName("savedHeading")
        self.id_label = QLabel()
        self.id_label.setObjectName("savedRegistrationId")
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.id_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.id_label.setFont(font)
        self.photo_label = QLabel()
        self.photo_label.setObjectName("savedPhoto")
        self.cases_label = QLabel()
        self.cases_label.setObjectName("savedCases")
        self.cases_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("proofMessage")
        self.message.setWordWrap(True)
        self.pdf_button = QPushButton(_tr("Save proof as &PDF…"))
        self.pdf_button.setObjectName("proofPdfButton")
        self.print_button = QPushButton(_tr("&Print proof…"))
        self.print_button.setObjectName("proofPrintButton")
        self.next_button = QPushButton(_tr("Register the &next person"))
        self.next_button.setObjectName("nextPersonButton")
        self.next_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        row.addStretch()
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(self.id_label)
        words.addWidget(self.cases_label)
        words.addStretch()
        top.addLayout(words, 1)
        layout.addLayout(top)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.next_button.clicked.connect(self.next_requested)

    def show_saved(self, saved: SavedRegistration, photo: QImage) -> None:
        self.saved = saved
        self.photo_label.setPixmap(QPixmap.fromImage(photo) if not photo.isNull() else QPixmap())
        d = saved.person.details
        name = " ".join(p for p in (d.given_name, d.family_name) if p)
        self.heading.setText(_tr("{name} is registered.").format(name=name))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.id_label.setText(saved.person.registration_id)
        self.id_label.setAccessibleName(_tr("Registration id"))
        self.cases_label.setText(
            _tr("{n} possible earlier registration(s) went to a supervisor for review.").format(
                n=len(saved.cases)
            )
            if saved.cases
            else ""
        )
        self.message.clear()
        self.next_button.setFocus()

    def proof_content(self) -> Any:
        from ui.proof import ProofContent

        saved = self.saved
        assert saved is not None
        d = saved.person.details
        return ProofContent(
            registration_id=saved.person.registration_id,
            given_name=d.given_name,
            family_name=d.family_name,
            other_names=d.other_names,
            birth=_birth_text(d),
            registered_on=saved.person.created_at.date(),
            site_code=saved.site_code,
            station_name=saved.station_name,
            photo_jpeg=saved.photo_jpeg,
        )

    def write_pdf(self, path: Path) -> None:
        """Write the proof on the compute lane (file I/O); the message says when it is done."""
        from ui.proof import write_proof_pdf

        content = self.proof_content()
        self.message.setText(_tr("Writing the proof of registration…"))

        def failed(error: BaseException) -> None:
            reason = error.strerror if isinstance(error, OSError) else describe(error)
            self.message.setText(
                _tr("The PDF could not be written: {reason}").format(reason=reason)
            )

        self.lane.submit(
            lambda: write_proof_pdf(content, path),
            lambda _: self.message.setText(
                _tr("Proof of registration saved as {path}.").format(path=path)
            ),
            failed,
        )

    def _on_pdf_clicked(self) -> None:
        if self.saved is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            _tr("Save the proof of registration"),
            f"{self.saved.person.registration_id}.pdf",
            _tr("PDF (*.pdf)"),
        )
        if path:
            self.write_pdf(Path(path))

    def _on_print_clicked(self) -> None:
        if self.saved is None:
            return
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.proof import render_proof

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        render_proof(
            self.proof_content(), painter, QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
        )
        painter.end()
        self.message.setText(_tr("Sent to the printer."))


class RegisterPage(QWidget):
    """The registration wizard as a page of the main window."""

    person_open_requested = Signal(str)  # the officer opened a duplicate candidate
    registration_saved = Signal(object)  # SavedRegistration

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("registerPage")
        self.session: UiSession | None = None
        self.household_step = HouseholdStep()
        self.details_step = DetailsStep()
        self.consent_step = ConsentStep()
        self.face_step = FaceStep()
        self.documents_step = DocumentsStep()
        self.review_step = ReviewStep()
        self.steps: list[Step] = [
            self.household_step,
            self.details_step,
            self.consent_step,
            self.face_step,
            self.documents_step,
            self.review_step,
        ]
        self.done_panel = DonePanel()
        self.stack = QStackedWidget()
        for step in self.steps:
            self.stack.addWidget(step)
        self.stack.addWidget(self.done_panel)
        self.progress = QLabel()
        self.progress.setObjectName("stepProgress")
        self.progress.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("stepError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.back_button = QPushButton(_tr("\u2190 &Back"))
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.cancel_button = QPushButton(_tr("&Cancel registration"))
        self.cancel_button.setObjectName("cancelRegistrationButton")
        nav = QHBoxLayout()
        nav.addWidget(self.cancel_button)
        nav.addStretch()
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        self.nav_box = QWidget()
        self.nav_box.setLayout(nav)
        self.backlog_banner = QLabel()
        self.backlog_banner.setObjectName("backlogBanner")
        self.backlog_banner.setWordWrap(True)
        self.backlog_banner.setStyleSheet(NOTE_STYLE)
        self.backlog_banner.hide()
        self.registration_stopped = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.backlog_banner)
        layout.addWidget(self.progress)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.nav_box)
        self.index = 0
        self.saving = False

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.done_panel.next_requested.connect(self.fresh_start)
        self.face_step.candidate_opened.connect(self.person_open_requested)
        self.face_step.check_finished.connect(self._show_position)
        self.face_step.details_provider = self._probe_details
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Alt+Right"), self, context=ctx).activated.connect(self.next)
        QShortcut(QKeySequence("Alt+Left"), self, context=ctx).activated.connect(self.back)
        self.details_step.changed.connect(self._on_lists_maybe_loaded)
        for step in self.steps:
            step.changed.connect(self.error_label.clear)
        self._show_position()

    # session ---------------------------------------------------------------------------------

    def bind(self, session: UiSession) -> None:
        self.session = session
        for step in self.steps:
            step.bind(session)
        self.done_panel.lane = session.compute

    def apply_settings(self, settings: Any) -> None:
        desk = settings.desk
        self.face_step.auto_check.setChecked(bool(desk.auto_capture))
        self.face_step.auto_hold_s = float(desk.auto_capture_hold_s)

    def show_backlog(self, warnings: Sequence[Any]) -> None:
        """The backlog guards that passed (BacklogWarning). A stopping guard blocks starting a
        new registration; one already started can still be finished and saved."""
        from ui.messages import backlog_words

        self.registration_stopped = any(w.stops_registration for w in warnings)
        lines = [backlog_words(w) for w in warnings]
        if self.registration_stopped:
            lines.insert(
                0,
                _tr(
                    "New registrations are stopped until the backlog is worked down (a "
                    "supervisor's setting). A registration already started can be finished."
                ),
            )
        self.backlog_banner.setText("\n".join(lines))
        self.backlog_banner.setVisible(bool(lines))

    def clear(self) -> None:
        """On lock: nothing typed or photographed stays."""
        self.fresh_start()
        self.session = None
        self.show_backlog(())

    def fresh_start(self) -> None:
        for step in self.steps:
            step.reset()
        self.done_panel.saved = None
        self.saving = False
        self.index = 0
        self.stack.setCurrentIndex(0)
        self.error_label.clear()
        self._show_position()

    def _on_lists_maybe_loaded(self) -> None:
        lists: CodeLists | None = self.details_step.lists
        if lists is not None and self.documents_step.country_combo.count() == 0:
            self.documents_step.set_code_lists(lists)

    def language_name(self, code: str) -> str:
        lists = self.details_step.lists
        name = dict(lists.languages).get(code) if lists is not None else None
        return f"{name} ({code})" if name else code

    def _probe_details(self) -> PersonDetails | None:
        try:
            return self.details_step.details()
        except KnownError:
            return None

    # moving ----------------------------------------------------------------------------------

    @property
    def current(self) -> Step:
        return self.steps[self.index]

    def _show_position(self) -> None:
        done = self.stack.currentWidget() is self.done_panel
        self.nav_box.setVisible(not done)
        if done:
            self.progress.setText(_tr("Saved"))
            return
        names = [
            (
                f"<b>{i + 1}. {html.escape(s.title())}</b>"
                if i == self.index
                else f"{i + 1}. {html.escape(s.title())}"
            )
            for i, s in enumerate(self.steps)
        ]
        self.progress.setText(" \u203a ".join(names))
        self.progress.setAccessibleName(
            _tr("Step {n} of {total}: {title}").format(
                n=self.index + 1, total=len(self.steps), title=self.current.title()
            )
        )
        last = self.index == len(self.steps) - 1
        self.next_button.setText(_tr("&Save") if last else _tr("&Next \u2192"))
        self.back_button.setEnabled(self.index > 0 and not self.saving)
        self.next_button.setEnabled(not self.saving)
        self.cancel_button.setEnabled(not self.saving)

    def go_to(self, index: int) -> None:
        self.current.left()
        self.index = index
        self.stack.setCurrentIndex(index)
        self.error_label.clear()
        self._entered()
        self._show_position()

    def _entered(self) -> None:
        step = self.current
        if step is self.consent_step:
            details = self._probe_details()
            if details is not None:
                self.consent_step.suggest_languages(details.languages)
        if step is self.face_step:
            allowed = self.consent_step.answer(ConsentPurpose.DUPLICATE_CHECK) is True
            if self.face_step.result is not None and allowed != self.face_step.search_allowed:
                self.face_step.reset()  # the consent changed: the check must be redone
            self.face_step.search_allowed = allowed
        if step is self.review_step:
            self.review_step.show_draft(self)
        step.entered()

    def next(self) -> None:
        if self.saving or self.stack.currentWidget() is self.done_panel:
            return
        if self.index == 0 and self.registration_stopped:
            self.error_label.setText(
                _tr("New registrations are stopped: see the note above for what to do.")
            )
            return
        problem = self.current.validate()
        if problem:
            self.error_label.setText(problem)
            return
        if self.current is self.review_step:
            self.save()
            return
        self.go_to(self.index + 1)

    def back(self) -> None:
        if self.index > 0 and not self.saving and self.stack.currentWidget() is not self.done_panel:
            self.go_to(self.index - 1)

    def _on_cancel_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            _tr("Cancel registration"),
            _tr("Discard everything entered for this person? Nothing has been saved."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.fresh_start()

    # saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        session = self.session
        check = self.face_step.result
        if session is None or check is None:
            return
        for i, step in enumerate(self.steps[:-1]):
            problem = step.validate()
            if problem:
                self.go_to(i)
                self.error_label.setText(problem)
                return
        details = self.details_step.details()
        consents = self.consent_step.consents()
        documents = list(self.documents_step.documents)
        household = self.household_step.choice()
        self.saving = True
        self.error_label.setText(_tr("Saving…"))
        self._show_position()
        from registrar.services.pending import PendingSave

        marker = PendingSave(session.vault.files.root)

        def work(faces: FaceService) -> SavedRegistration:
            marker.begin(faces.vault.session.operator, faces.vault.clock.now())
            try:
                return save_registration(faces, details, consents, check, documents, household)
            except BaseException:
                marker.end()  # nothing was stored: the transaction rolled back
                raise

        session.run_faces(work, self._on_saved, self._on_save_failed)

    def _on_saved(self, saved: SavedRegistration) -> None:
        self.saving = False
        self.current.left()
        self.done_panel.show_saved(saved, self.face_step.photo)
        self.stack.setCurrentWidget(self.done_panel)
        self.error_label.clear()
        self._show_position()
        if self.session is not None:
            from registrar.services.pending import PendingSave

            # The officer has seen the registration id: the save is confirmed.
            marker = PendingSave(self.session.vault.files.root)
            self.session.run(lambda _vault: marker.end(), lambda _: None, self._on_save_failed)
        self.registration_saved.emit(saved)

    def _on_save_failed(self, error: BaseException) -> None:
        self.saving = False
        if not isinstance(error, KnownError):
            log.error("saving a registration failed unexpectedly", exc_info=error)
        self.error_label.setText(
            describe(error) + " " + _tr("Nothing was saved; correct it and save again.")
        )
        self._show_position()
