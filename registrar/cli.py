"""The `registrar` command line for set-up and support work: vault, operators, people, audit.

Errors are one line on stderr and a non-zero exit code (1 for the world's fault, 70 for
ours), never a traceback; the traceback of a bug goes to the log file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from registrar import __version__, logs
from registrar.domain.model import (
    Consent,
    ConsentPurpose,
    Document,
    PersonDetails,
    PersonRecord,
    Role,
    Sex,
)
from registrar.errors import BugError, ErrorCode, KnownError

log = logging.getLogger("registrar.cli")

EXIT_KNOWN = 1
EXIT_USAGE = 2
EXIT_BUG = 70


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Registrar", appauthor=False))


# --- secrets from files, the environment or a prompt --------------------------------------


def _read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"cannot read {path}: {exc.strerror}") from None
    return text.splitlines()[0] if text else ""


def _secret(file_arg: str | None, env: str, prompt: str, *, confirm: bool = False) -> str:
    if file_arg:
        return _read_secret_file(file_arg)
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise KnownError(
            ErrorCode.PASSWORD_MISSING,
            f"no {prompt.lower()} given: use a file option or set {env}",
        )
    value = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (again): ") != value:
        raise KnownError(ErrorCode.PASSWORD_MISSING, "the two entries differ; nothing was changed")
    return value


def _password(args: argparse.Namespace) -> str:
    return _secret(args.password_file, "REGISTRAR_PASSWORD", "Password")


def _new_password(args: argparse.Namespace) -> str:
    return _secret(args.new_password_file, "REGISTRAR_NEW_PASSWORD", "New password", confirm=True)


def _operator(args: argparse.Namespace) -> str:
    name = args.operator or os.environ.get("REGISTRAR_OPERATOR")
    if not name:
        raise KnownError(ErrorCode.OPERATOR_UNKNOWN, "say who you are: --operator NAME")
    return str(name)


# --- opening the vault ----------------------------------------------------------------------


def _unlock(args: argparse.Namespace, *, check: str = "auto") -> Any:
    from registrar.storage.vault import Vault

    return Vault.unlock(args.data_dir, _operator(args), _password(args), check=check)


def _kdf(text: str | None) -> Any:
    from registrar.storage.keyslots import KdfParams, calibrate_kdf

    if not text:
        return calibrate_kdf()
    try:
        t, mib, p = (int(x) for x in text.split(","))
    except ValueError:
        raise KnownError(ErrorCode.INVALID_FIELD, "--kdf is TIME_COST,MEMORY_MIB,LANES") from None
    return KdfParams(time_cost=t, memory_kib=mib * 1024, parallelism=p)


# --- commands ----------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.storage.vault import Vault

    password = _secret(
        args.password_file, "REGISTRAR_PASSWORD", "Supervisor password", confirm=True
    )
    vault, recovery_key = Vault.create(
        args.data_dir,
        site_code=args.site,
        station=args.station,
        supervisor=args.supervisor,
        password=password,
        kdf=_kdf(args.kdf),
    )
    vault.close()
    print(
        f"Vault created in {args.data_dir} for site {args.site.upper()}, station {args.station}.",
        file=out,
    )
    print(
        "\nRECOVERY KEY (shown only this once; write it down and keep it locked away):\n", file=out
    )
    print(f"    {recovery_key}\n", file=out)
    print(
        "It opens the vault if every password is lost. Anyone holding it can read the vault.",
        file=out,
    )
    return 0


def cmd_operator_add(args: argparse.Namespace, out: TextIO) -> int:
    with _unlock(args) as vault:
        vault.add_operator(
            args.name, Role(args.role), _new_password(args), temporary=args.temporary
        )
    print(f"Operator {args.name} added as {args.role}.", file=out)
    if args.temporary:
        print("They must choose a new password when they first unlock.", file=out)
    return 0


def cmd_operator_list(args: argparse.Namespace, out: TextIO) -> int:
    with _unlock(args) as vault:
        operators = vault.operators()
    for op in operators:
        status = "active" if op.active else "removed"
        note = "  (must change password)" if op.active and op.must_change_password else ""
        print(
            f"{op.name:<24} {op.role.value:<11} {status:<8} since {op.created_at:%Y-%m-%d}{note}",
            file=out,
        )
    return 0


def cmd_operator_passwd(args: argparse.Namespace, out: TextIO) -> int:
    with _unlock(args) as vault:
        own = args.name == vault.session.operator
        vault.change_password(args.name, _new_password(args))
    print(f"Password of {args.name} changed.", file=out)
    if not own:
        print("It is temporary: they must choose a new one at their next unlock.", file=out)
    return 0


def cmd_operator_reset(args: argparse.Namespace, out: TextIO) -> int:
    with _unlock(args) as vault:
        vault.reset_password(args.name, _new_password(args))
    print(
        f"Temporary password set for {args.name}; they must choose a new one at their next unlock.",
        file=out,
    )
    return 0


def cmd_operator_remove(args: argparse.Namespace, out: TextIO) -> int:
    with _unlock(args) as vault:
        vault.disable_operator(args.name)
    print(f"Operator {args.name} removed; their key slot is gone.", file=out)
    return 0


def cmd_operator_enable(args: argparse.Namespace, out: TextIO) -> int:
    with _unlock(args) as vault:
        vault.enable_operator(args.name, _new_password(args))
    print(
        f"Operator {args.name} enabled with a temporary password; they must choose a new one "
        "at their next unlock.",
        file=out,
    )
    return 0


def cmd_operator_role(args: argparse.Namespace, out: TextIO) -> int:
    with _unlock(args) as vault:
        vault.change_role(args.name, Role(args.role))
    print(f"Operator {args.name} is now {args.role} (from their next unlock).", file=out)
    return 0


def _parse_consent(text: str, language: str) -> Consent:
    purpose, _, partner = text.partition(":")
    try:
        return Consent(ConsentPurpose(purpose), True, language, partner or None)
    except ValueError:
        choices = ", ".join(p.value for p in ConsentPurpose)
        raise KnownError(ErrorCode.INVALID_FIELD, f"consent purpose is one of {choices}") from None


def _parse_document(text: str) -> Document:
    parts = text.split(":")
    if len(parts) < 2 or len(parts) > 4:
        raise KnownError(ErrorCode.INVALID_FIELD, "--document is TYPE:NUMBER[:COUNTRY[:EXPIRY]]")
    expiry = _date(parts[3], "document expiry") if len(parts) > 3 and parts[3] else None
    country = parts[2] if len(parts) > 2 and parts[2] else None
    return Document(doc_type=parts[0], number=parts[1], issuing_country=country, expiry=expiry)


def _date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise KnownError(
            ErrorCode.INVALID_FIELD, f"{what} must be a date like 1990-04-21"
        ) from None


def cmd_person_add(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.domain.model import RecordState
    from registrar.services.people import PeopleService

    details = PersonDetails(
        given_name=args.given or "",
        family_name=args.family or "",
        other_names=args.other or "",
        sex=Sex(args.sex),
        birth_date=_date(args.birth_date, "date of birth") if args.birth_date else None,
        birth_year=args.birth_year,
        nationality=args.nationality.upper() if args.nationality else None,
        languages=tuple(args.language or ()),
        phone=args.phone,
        specific_needs=tuple(args.need or ()),
    )
    consents = [_parse_consent(c, args.consent_language) for c in args.consent or ()]
    documents = [_parse_document(d) for d in args.document or ()]
    with _unlock(args) as vault:
        person = PeopleService(vault).register(
            details,
            consents,
            documents=documents,
            state=RecordState.DRAFT if args.draft else RecordState.COMPLETE,
        )
    print(f"Registered {person.registration_id} ({person.state.value}).", file=out)
    return 0


def cmd_person_list(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.services.people import PeopleService

    with _unlock(args) as vault:
        rows = PeopleService(vault).search(args.search or "", limit=args.limit, offset=args.offset)
    if args.json:
        for r in rows:
            print(
                json.dumps(
                    {
                        "registration_id": r.registration_id,
                        "id": r.id,
                        "given_name": r.given_name,
                        "family_name": r.family_name,
                        "state": r.state.value,
                    },
                    ensure_ascii=False,
                ),
                file=out,
            )
        return 0
    for r in rows:
        born = (
            r.birth_date.isoformat()
            if r.birth_date
            else (f"~{r.birth_year}" if r.birth_year else "")
        )
        print(
            f"{r.registration_id:<16} {r.family_name.upper()}, {r.given_name}  "
            f"{r.sex.value:<7} {born:<10} {r.state.value}",
            file=out,
        )
    return 0


def _find(vault: Any, text: str) -> PersonRecord:
    from registrar.services.people import PeopleService

    return PeopleService(vault).find_by_registration_id(text)


def cmd_person_show(args: argparse.Namespace, out: TextIO) -> int:
    with _unlock(args) as vault:
        record = _find(vault, args.registration_id)
    p = record.person
    data = {
        "registration_id": p.registration_id,
        "id": p.id,
        "version": p.version,
        "state": p.state.value,
        "content_hash": p.content_hash,
        **p.details.to_json(),
        "consents": [c.to_json() for c in record.consents],
        "documents": [d.to_json() for d in record.documents],
        "photos": len(record.photos),
        "templates": sorted({t.model_id for t in record.templates}),
        "created": f"{p.created_at.isoformat()} by {p.created_by}",
        "updated": f"{p.updated_at.isoformat()} by {p.updated_by}",
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2), file=out)
    else:
        for key, value in data.items():
            print(f"{key:<16} {value}", file=out)
    return 0


def cmd_person_erase(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.services.people import ErasureReason, PeopleService

    with _unlock(args) as vault:
        record = _find(vault, args.registration_id)
        if not args.yes:
            if not sys.stdin.isatty():
                raise KnownError(
                    ErrorCode.NOT_PERMITTED, "erasure needs --yes when not interactive"
                )
            answer = input(
                f"Erase {record.person.registration_id} and all their data? "
                "Type the registration id to confirm: "
            )
            if answer.strip().upper() != record.person.registration_id:
                print("Not erased.", file=out)
                return EXIT_KNOWN
        PeopleService(vault).erase(record.person.id, ErasureReason(args.reason))
    print(f"Erased {record.person.registration_id}; an audit tombstone remains.", file=out)
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.services.people import PeopleService

    with _unlock(args) as vault:
        count = PeopleService(vault).export_jsonl(
            Path(args.output),
            ConsentPurpose(args.purpose),
            partner=args.partner,
            include_images=args.include_images,
        )
    print(f"Exported {count} people who consented to {args.purpose} to {args.output}.", file=out)
    print("The file is not encrypted: move it only as your data-sharing agreement says.", file=out)
    return 0


def cmd_audit_verify(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.storage import audit

    with _unlock(args) as vault:
        report = audit.verify(vault.db.conn)
    if report.ok:
        print(f"Audit chain intact: {report.entries} entries.", file=out)
        return 0
    print(f"Audit chain BROKEN ({len(report.problems)} problems):", file=out)
    for problem in report.problems:
        print(f"  {problem}", file=out)
    return EXIT_KNOWN


def cmd_vault_check(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.storage import audit
    from registrar.storage.people import PeopleRepository

    problems: list[str] = []
    with _unlock(args, check="full") as vault:  # WAL, page authentication, structure
        conn = vault.db.conn
        problems += vault.db.foreign_key_problems()
        problems += list(audit.verify(conn).problems)
        vault.files.recovery.load()
        if vault.files.slots.backup_path.exists():
            try:
                vault.files.slots.load_backup()
            except KnownError as exc:
                if exc.code is not ErrorCode.SLOT_FILE_DAMAGED:
                    raise
                problems.append(
                    "the key slot backup keyslots.bak is damaged; the next "
                    "operator or password change replaces it with a good copy"
                )
        people = PeopleRepository(conn).count()
        schema = vault.db.user_version
    if problems:
        print(f"Vault has {len(problems)} problems:", file=out)
        for problem in problems:
            print(f"  {problem}", file=out)
        return EXIT_KNOWN
    print(
        f"Vault OK: schema {schema}, {people} people, pages authenticated, audit chain intact,"
        " key slot files readable.",
        file=out,
    )
    return 0


def cmd_vault_recover(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.storage.vault import Vault

    key = _secret(args.recovery_key_file, "REGISTRAR_RECOVERY_KEY", "Recovery key")
    with Vault.unlock_with_recovery_key(args.data_dir, key) as vault:
        vault.change_password(args.name, _new_password(args))
        missing = vault.operators_without_slot()
    print(f"New password set for {args.name} with the recovery key.", file=out)
    if missing:
        print(
            f"These operators cannot unlock until they get a new password "
            f"(registrar operator passwd NAME): {', '.join(missing)}",
            file=out,
        )
    return 0


def cmd_vault_restore_slots(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.storage.vault import Vault

    count = Vault.restore_slots_from_backup(args.data_dir, force=args.force)
    print(
        f"Key slot file restored from its backup ({count} slots); the damaged file was kept "
        "beside it.",
        file=out,
    )
    return 0


# --- faces ---------------------------------------------------------------------------------------


class _Progress:
    """A one-line progress bar on stderr (a line per tenth when stderr is not a terminal)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        share = done / total if total else 1.0
        if self.tty:
            bar = "#" * int(share * 30)
            print(f"\r{self.label} [{bar:<30}] {done}/{total}", end="", file=sys.stderr, flush=True)
            if done >= total:
                print(file=sys.stderr)
        elif int(share * 10) != self.last:
            self.last = int(share * 10)
            print(f"{self.label}: {done}/{total}", file=sys.stderr, flush=True)


class _Interrupt:
    """Ctrl-C asks the core to stop at its next safe point instead of killing it mid-write."""

    def __init__(self) -> None:
        self.requested = False

    def __enter__(self) -> _Interrupt:
        import signal

        self._previous = signal.signal(signal.SIGINT, self._on_sigint)
        return self

    def _on_sigint(self, *_: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        print("\nstopping at the next safe point (Ctrl-C again to abort)", file=sys.stderr)

    def __call__(self) -> bool:
        return self.requested

    def __exit__(self, *exc: object) -> None:
        import signal

        signal.signal(signal.SIGINT, self._previous)


def _face_service(vault: Any) -> Any:
    from registrar.biometrics.engine import FaceEngine
    from registrar.services.faces import FaceService, load_galleries

    settings = vault.settings()
    engine = FaceEngine(quality=settings.quality, intake=settings.intake)
    metrics = {e.model_id: e.metric for e in engine.embedders}
    return FaceService(vault, engine, load_galleries(vault.db.conn, metrics), settings)


def _describe(vault: Any, candidates: Sequence[Any]) -> list[dict[str, Any]]:
    from registrar.storage.people import PeopleRepository

    repo = PeopleRepository(vault.db.conn)
    rows = []
    for c in candidates:
        person = repo.get(c.person_id)
        rows.append(
            {
                "registration_id": person.registration_id,
                "name": f"{person.details.given_name} {person.details.family_name}".strip(),
                "band": c.band.value,
                "score": round(c.score, 4),
                "score_id": c.score_id,
                "distances": {k: round(v, 4) for k, v in c.distances.items()},
                "fused": None if c.fused is None else round(c.fused, 3),
                "registered": person.created_at.date().isoformat(),
            }
        )
    return rows


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    with _unlock(args) as vault:
        result = _face_service(vault).search(Path(args.photo))
        rows = _describe(vault, result.candidates)
    if args.json:
        print(
            json.dumps(
                {"candidates": rows, "quality": result.analysis.quality.figures()},
                ensure_ascii=False,
                indent=2,
            ),
            file=out,
        )
        return 0
    if not rows:
        print("No earlier registration found.", file=out)
        return 0
    print(f"Possible match: please compare ({len(rows)} candidates, closest first):", file=out)
    for r in rows:
        others = ", ".join(f"{k} {v}" for k, v in r["distances"].items())
        print(
            f"  {r['registration_id']:<16} {r['band']:<9} {r['name']}  "
            f"(registered {r['registered']}; {others})",
            file=out,
        )
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.services.batch import import_people, write_report

    consents = [_parse_consent(c, args.consent_language) for c in args.consent or ()]
    report = Path(args.report) if args.report else Path(f"import-report-{os.getpid()}.csv")
    with _unlock(args) as vault, _Interrupt() as interrupt:
        rows = import_people(
            _face_service(vault),
            Path(args.source),
            consents=consents,
            on_progress=_Progress("import"),
            is_cancelled=interrupt,
        )
    write_report(rows, report)
    ok = sum(r.status == "registered" for r in rows)
    flagged = sum(r.candidates > 0 for r in rows)
    print(
        f"Registered {ok} of {len(rows)} rows ({len(rows) - ok} refused, {flagged} with "
        f"possible earlier registrations sent to review). Report: {report}",
        file=out,
    )
    return 0 if ok == len(rows) else EXIT_KNOWN


def cmd_dedup(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.services.batch import dedup

    with _unlock(args) as vault, _Interrupt() as interrupt:
        vault.session.require_supervisor("run a batch duplicate search")
        result = dedup(
            _face_service(vault),
            approximate=True if args.approximate else None,
            on_progress=_Progress("dedup"),
            is_cancelled=interrupt,
        )
    print(
        f"Searched {result.people} people: {result.pairs} pairs in a duplicate band, in "
        f"{result.groups} review groups; {result.cases_opened} new cases opened, "
        f"{result.already_open} already had one.",
        file=out,
    )
    return 0


def cmd_reembed(args: argparse.Namespace, out: TextIO) -> int:
    with _unlock(args) as vault, _Interrupt() as interrupt:
        count = _face_service(vault).reembed(
            args.model, on_progress=_Progress("re-embed"), is_cancelled=interrupt
        )
    print(f"Computed {count} missing {args.model} templates.", file=out)
    return 0


def cmd_evaluate(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.biometrics import evaluate
    from registrar.biometrics.engine import FaceEngine
    from registrar.settings import Settings

    settings = Settings()
    engine = FaceEngine(quality=settings.quality, intake=settings.intake)
    samples, refused = evaluate.collect(Path(args.dir), engine, on_progress=_Progress("evaluate"))
    metrics = {e.model_id: e.metric for e in engine.embedders}
    report = evaluate.evaluate(samples, refused, metrics, settings.match)
    distributions = report.pop("_distributions")
    text = json.dumps(report, indent=2, sort_keys=True)
    if args.output:
        folder = Path(args.output)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "evaluation.json").write_text(text + "\n", encoding="utf-8")
        evaluate.plot(distributions, settings.match.bands, folder / "distances.png")
    print(text, file=out)
    return 0


def cmd_settings_show(args: argparse.Namespace, out: TextIO) -> int:
    with _unlock(args) as vault:
        settings = vault.settings()
    print(json.dumps(settings.to_json(), indent=2, sort_keys=True), file=out)
    return 0


def cmd_settings_set(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.settings import with_value

    with _unlock(args) as vault:
        vault.save_settings(with_value(vault.settings(), args.key, args.value))
    print(f"Setting {args.key} is now {args.value}.", file=out)
    return 0


# --- the parser ----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="registrar", description="Registrar support command line."
    )
    parser.add_argument("--version", action="version", version=f"registrar {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="vault folder (default: the platform's user data folder)",
    )
    parser.add_argument("--operator", help="operator name (or REGISTRAR_OPERATOR)")
    parser.add_argument(
        "--password-file",
        help="read the password from this file's first line (or set REGISTRAR_PASSWORD)",
    )
    parser.add_argument(
        "--new-password-file",
        help="new password for add/passwd/recover (or REGISTRAR_NEW_PASSWORD)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(group: Any, name: str, func: Callable[..., int], help_: str) -> Any:
        p = group.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = command(sub, "init", cmd_init, "create a vault and its first supervisor")
    p.add_argument("--site", required=True, help="site code, 2-4 letters")
    p.add_argument("--station", type=int, required=True, help="station number at the site, 1-99")
    p.add_argument("--supervisor", required=True, help="the first supervisor's operator name")
    p.add_argument("--kdf", help="expert: TIME_COST,MEMORY_MIB,LANES instead of calibrating")

    op = sub.add_parser("operator", help="manage operators").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    p = command(op, "add", cmd_operator_add, "add an operator (supervisors only)")
    p.add_argument("name")
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.OFFICER.value)
    p.add_argument(
        "--temporary",
        action="store_true",
        help="the operator must choose a new password when they first unlock",
    )
    command(op, "list", cmd_operator_list, "list operators")
    p = command(
        op,
        "passwd",
        cmd_operator_passwd,
        "change a password (re-wraps one key slot); another operator's is a reset",
    )
    p.add_argument("name")
    p = command(
        op,
        "reset",
        cmd_operator_reset,
        "give an operator a temporary password they must change (supervisors only)",
    )
    p.add_argument("name")
    for name in ("remove", "disable"):
        p = command(op, name, cmd_operator_remove, "disable an operator and remove their key slot")
        p.add_argument("name")
    p = command(
        op,
        "enable",
        cmd_operator_enable,
        "let a disabled operator unlock again, with a temporary password (supervisors only)",
    )
    p.add_argument("name")
    p = command(
        op,
        "role",
        cmd_operator_role,
        "make an operator a supervisor or an officer (supervisors only)",
    )
    p.add_argument("name")
    p.add_argument("role", choices=[r.value for r in Role])

    pe = sub.add_parser("person", help="add, find, show and erase people").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    p = command(pe, "add", cmd_person_add, "register a person (without photos)")
    p.add_argument("--given")
    p.add_argument("--family")
    p.add_argument("--other")
    p.add_argument("--sex", choices=[s.value for s in Sex], default=Sex.UNKNOWN.value)
    p.add_argument("--birth-date", help="YYYY-MM-DD")
    p.add_argument("--birth-year", type=int, help="estimated year of birth")
    p.add_argument("--nationality", help="ISO 3166-1 alpha-3, e.g. SYR")
    p.add_argument("--language", action="append", help="ISO 639-3, repeatable")
    p.add_argument("--phone")
    p.add_argument("--need", action="append", help="specific-needs code, repeatable")
    p.add_argument(
        "--consent",
        action="append",
        help="purpose consented to: registration, duplicate_check, sharing:PARTNER",
    )
    p.add_argument("--consent-language", default="eng", help="language consent was given in")
    p.add_argument("--document", action="append", help="TYPE:NUMBER[:COUNTRY[:EXPIRY]]")
    p.add_argument("--draft", action="store_true", help="save as a draft")
    p = command(pe, "list", cmd_person_list, "list or search people by name")
    p.add_argument("--search", help="part of a name; case and accents are ignored")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p = command(pe, "show", cmd_person_show, "show one person by registration id")
    p.add_argument("registration_id")
    p.add_argument("--json", action="store_true")
    p = command(pe, "erase", cmd_person_erase, "erase a person (supervisors only)")
    p.add_argument("registration_id")
    p.add_argument(
        "--reason",
        required=True,
        choices=["person_request", "registered_in_error", "legal_order", "retention_expired"],
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = command(sub, "export", cmd_export, "export people who consented to a purpose as JSON Lines")
    p.add_argument("--purpose", required=True, choices=[c.value for c in ConsentPurpose])
    p.add_argument("--partner", help="the partner, for --purpose sharing")
    p.add_argument("--output", required=True, help="a new .jsonl file")
    p.add_argument("--include-images", action="store_true", help="photos and pages as base64")

    au = sub.add_parser("audit", help="the audit log").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    command(au, "verify", cmd_audit_verify, "check the audit hash chain")

    va = sub.add_parser("vault", help="check and repair the vault").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    command(va, "check", cmd_vault_check, "check every page, the structure, the audit chain")
    p = command(
        va,
        "recover",
        cmd_vault_recover,
        "set an operator's password with the recovery key (also rebuilds a lost slot file)",
    )
    p.add_argument("name")
    p.add_argument("--recovery-key-file", help="or set REGISTRAR_RECOVERY_KEY")
    p = command(
        va,
        "restore-slots",
        cmd_vault_restore_slots,
        "put the key slot file's backup back in place (when the file is damaged)",
    )
    p.add_argument("--force", action="store_true", help="restore even if the file is intact")
    st = sub.add_parser("settings", help="show or change this vault's settings").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    command(st, "show", cmd_settings_show, "all settings with their values")
    p = command(
        st,
        "set",
        cmd_settings_set,
        "change one setting (supervisors), e.g. match.bands.sface-2021dec-int8.possible 0.45",
    )
    p.add_argument("key")
    p.add_argument("value")
    p = command(sub, "search", cmd_search, "find the people a face photo probably belongs to")
    p.add_argument("photo")
    p.add_argument("--json", action="store_true")
    p = command(
        sub, "import", cmd_import, "register many people from a folder of photos or a CSV manifest"
    )
    p.add_argument("source", help="a folder (Given_Family.jpg per person) or a .csv manifest")
    p.add_argument("--report", help="where to write the per-row CSV report")
    p.add_argument(
        "--consent",
        action="append",
        help="for a folder: purpose each person consented to, repeatable",
    )
    p.add_argument("--consent-language", default="eng")
    p = command(
        sub,
        "dedup",
        cmd_dedup,
        "search the whole vault for duplicates and open review cases (supervisors)",
    )
    p.add_argument(
        "--approximate",
        action="store_true",
        help="use the approximate index even for a small vault",
    )
    p = command(
        sub,
        "reembed",
        cmd_reembed,
        "compute missing templates of a model from the stored photos (resumable)",
    )
    p.add_argument("model", help="model id, e.g. sface-2021dec-int8 or dlib-resnet-v1")
    p = command(
        sub,
        "evaluate",
        cmd_evaluate,
        "measure the face models on DIR (one folder of photos per identity)",
    )
    p.add_argument("dir")
    p.add_argument("--output", help="folder for evaluation.json and distances.png")
    from registrar.cli_sync import add_commands

    add_commands(sub, command, _unlock)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = args.data_dir or default_data_dir()
    try:
        logs.configure(
            args.data_dir / "logs" if args.data_dir.exists() else None, level=logging.INFO
        )
        return int(args.func(args, out))
    except KnownError as exc:
        print(f"registrar: error: {exc.message}", file=sys.stderr)
        return EXIT_KNOWN
    except KeyboardInterrupt:
        print("registrar: interrupted; nothing half-done was kept", file=sys.stderr)
        return 130
    except (BugError, Exception) as exc:
        log.exception("unexpected error in command %s", args.command)
        print(
            f"registrar: internal error ({type(exc).__name__}); details are in the log file",
            file=sys.stderr,
        )
        return EXIT_BUG


def _exit(code: int) -> NoReturn:
    sys.exit(code)


if __name__ == "__main__":
    _exit(main())
