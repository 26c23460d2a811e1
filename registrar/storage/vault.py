"""The vault: the encrypted database and its key slots in one data folder, opened by an operator.

Files in the data folder:
  vault.db (+ -wal, -shm)   the SQLCipher database
  keyslots, keyslots.bak    operators' wrapped keys (and the previous version of the file)
  recovery.slot             the recovery key's wrapped key, written once at creation
  lockout.json              failed-unlock counters (readable before unlocking)
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from registrar.clock import Clock, SystemClock
from registrar.domain.ids import RegistrationId, validate_site_code, validate_station_number
from registrar.domain.model import Operator, Role
from registrar.errors import ErrorCode, KnownError
from registrar.settings import Settings
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.database import Database
from registrar.storage.keyslots import (
    KEY_BYTES,
    RECOVERY_MAGIC,
    KdfParams,
    KeySlot,
    SlotFile,
    SlotSet,
    calibrate_kdf,
    new_recovery_key,
    validate_operator_name,
    validate_password,
)
from registrar.storage.lockout import LockoutPolicy, LockoutStore

log = logging.getLogger("registrar.storage")

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots"
RECOVERY_NAME = "recovery.slot"
LOCKOUT_NAME = "lockout.json"
RECOVERY_OPERATOR = "recovery"


@dataclass(frozen=True, slots=True)
class Session:
    """Who unlocked the vault. Supervisor-only operations check it."""

    operator: str
    role: Role
    via_recovery: bool = False

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR

    def require_supervisor(self, what: str) -> None:
        if not self.is_supervisor:
            raise KnownError(
                ErrorCode.NOT_PERMITTED,
                f"only a supervisor may {what}; ask a supervisor to do it",
                action=what,
            )


@dataclass(frozen=True, slots=True)
class VaultFiles:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def slots(self) -> SlotFile:
        return SlotFile(self.root / SLOTS_NAME)

    @property
    def recovery(self) -> SlotFile:
        return SlotFile(self.root / RECOVERY_NAME, RECOVERY_MAGIC)

    @property
    def lockout_path(self) -> Path:
        return self.root / LOCKOUT_NAME

    def all_paths(self) -> list[Path]:
        db = self.db
        return [
            db,
            db.with_name(db.name + "-wal"),
            db.with_name(db.name + "-shm"),
            self.root / SLOTS_NAME,
            self.root / (SLOTS_NAME + ".bak"),
            self.root / RECOVERY_NAME,
        ]

    def exists(self) -> bool:
        return self.db.exists()


def _upsert_meta(conn: Any, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _meta(conn: Any, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


class Vault:
    """An unlocked vault: the open database, the session, and operator (key slot) management."""

    def __init__(
        self, files: VaultFiles, db: Database, key: bytes, session: Session, clock: Clock
    ) -> None:
        self.files = files
        self.db = db
        self._key = key
        self.session = session
        self.clock = clock

    # creating and opening ----------------------------------------------------------------

    @classmethod
    def create(
        cls,
        data_dir: Path,
        *,
        site_code: str,
        station: int,
        supervisor: str,
        password: str,
        station_name: str = "",
        kdf: KdfParams | None = None,
        clock: Clock | None = None,
    ) -> tuple[Vault, str]:
        """Create a vault with its first supervisor. Returns the vault and the recovery key,
        which is shown once and never stored in clear."""
        clock = clock or SystemClock()
        site_code = validate_site_code(site_code)
        validate_station_number(station)
        validate_operator_name(supervisor)
        validate_password(password)
        files = VaultFiles(Path(data_dir))
        existing = [p for p in files.all_paths() if p.exists()]
        if existing:
            raise KnownError(
                ErrorCode.VAULT_EXISTS,
                f"{data_dir} already holds a vault ({existing[0].name}); nothing was changed",
            )
        files.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        kdf = kdf or calibrate_kdf()
        key = secrets.token_bytes(KEY_BYTES)
        vault_id = str(uuid.uuid4())
        recovery_key = new_recovery_key()
        slot = KeySlot.for_operator(key, vault_id, supervisor, Role.SUPERVISOR, password, kdf)

        # Build the database under a temporary name and move it into place last, so a crash
        # during creation never leaves something that looks like a vault.
        building = files.root / f".{DB_NAME}.creating"
        for leftover in building.parent.glob(f".{DB_NAME}.creating*"):
            leftover.unlink()
        db = Database.open(building, key, create=True, check="none")
        try:
            now = clock.now()
            with db.transaction() as conn:
                for k, v in {
                    "vault_id": vault_id,
                    "site_code": site_code,
                    "station": str(station),
                    "station_name": station_name.strip()[:80],
                    "created_at": now.isoformat(),
                    "kdf_time_cost": str(kdf.time_cost),
                    "kdf_memory_kib": str(kdf.memory_kib),
                    "kdf_parallelism": str(kdf.parallelism),
                }.items():
                    _upsert_meta(conn, k, v)
                conn.execute(
                    "INSERT INTO operators (name, role, created_at) VALUES (?, ?, ?)",
                    (supervisor, Role.SUPERVISOR.value, now.isoformat()),
                )
                audit.append(conn, now, supervisor, AuditAction.VAULT_CREATED)
        finally:
            db.close()
        files.recovery.save(SlotSet(vault_id, (KeySlot.for_recovery(key, vault_id, recovery_key),)))
        files.slots.save(SlotSet(vault_id, (slot,)))
        building.chmod(0o600)  # SQLite gives the WAL and SHM files the database's mode
        os.replace(building, files.db)
        log.info("vault created")
        vault = cls._open(files, key, Session(supervisor, Role.SUPERVISOR), clock, vault_id)
        return vault, recovery_key

    @classmethod
    def unlock(
        cls,
        data_dir: Path,
        operator: str,
        password: str,
        *,
        clock: Clock | None = None,
        lockout_policy: LockoutPolicy | None = None,
        check: str = "auto",
    ) -> Vault:
        """Unlock with an operator's password. A wrong password changes no vault or slot file."""
        clock = clock or SystemClock()
        files = VaultFiles(Path(data_dir))
        if not files.exists():
            raise KnownError(ErrorCode.VAULT_NOT_FOUND, f"no vault in {data_dir}; create one first")
        lockout = LockoutStore(files.lockout_path, clock, lockout_policy)
        lockout.check(operator)
        slot_set = files.slots.load()
        slot = slot_set.operator_slot(operator)
        key = slot.unwrap_with_password(password) if slot else None
        if key is None:
            if slot is None and slot_set.slots:
                # Spend the same time as a real attempt, so timing does not reveal names.
                slot_set.slots[0].unwrap_with_password(password)
            wait = lockout.record_failure(operator)
            message = "operator name or password is wrong"
            if wait:
                message += f"; wait {int(wait)} s before the next attempt"
            raise KnownError(ErrorCode.UNLOCK_FAILED, message, wait_s=int(wait))
        lockout.record_success(operator)
        assert slot is not None and slot.role is not None
        vault = cls._open(
            files, key, Session(operator, slot.role), clock, slot_set.vault_id, check=check
        )
        vault._record_or_close(AuditAction.UNLOCKED)
        return vault

    @classmethod
    def unlock_with_recovery_key(
        cls, data_dir: Path, recovery_key: str, *, clock: Clock | None = None
    ) -> Vault:
        """Unlock as a supervisor with the recovery key (needs only recovery.slot and vault.db)."""
        clock = clock or SystemClock()
        files = VaultFiles(Path(data_dir))
        if not files.exists():
            raise KnownError(ErrorCode.VAULT_NOT_FOUND, f"no vault in {data_dir}")
        recovery = files.recovery.load()
        key = recovery.slots[0].unwrap_with_recovery_key(recovery_key) if recovery.slots else None
        if key is None:
            raise KnownError(ErrorCode.RECOVERY_KEY_WRONG, "this is not the vault's recovery key")
        session = Session(RECOVERY_OPERATOR, Role.SUPERVISOR, via_recovery=True)
        vault = cls._open(files, key, session, clock, recovery.vault_id)
        vault._record_or_close(AuditAction.RECOVERY_UNLOCKED)
        return vault

    @classmethod
    def _open(
        cls,
        files: VaultFiles,
        key: bytes,
        session: Session,
        clock: Clock,
        vault_id: str,
        check: str = "auto",
    ) -> Vault:
        db = Database.open(files.db, key, check=check)
        try:
            conn = db.conn
            if _meta(conn, "vault_id") != vault_id:
                raise KnownError(
                    ErrorCode.VAULT_MISMATCH,
                    "the key slot file belongs to another vault than vault.db",
                )
            if not session.via_recovery:
                row = conn.execute(
                    "SELECT role, active FROM operators WHERE name = ?", (session.operator,)
                ).fetchone()
                # A slot restored from an old backup must not bring back a removed operator.
                if row is None or not row[1] or row[0] != session.role.value:
                    raise KnownError(
                        ErrorCode.UNLOCK_FAILED,
                        "this operator was removed or changed; ask a supervisor",
                    )
        except BaseException:
            db.close()
            raise
        return cls(files, db, key, session, clock)

    def close(self) -> None:
        self.db.close()
        self._key = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # facts about the vault ---------------------------------------------------------------

    @property
    def vault_id(self) -> str:
        return _meta(self.db.conn, "vault_id") or ""

    @property
    def site_code(self) -> str:
        return _meta(self.db.conn, "site_code") or ""

    @property
    def station_name(self) -> str:
        return _meta(self.db.conn, "station_name") or ""

    @property
    def station(self) -> int:
        return int(_meta(self.db.conn, "station") or 0)

    def registration_id(self, sequence: int) -> RegistrationId:
        return RegistrationId(self.site_code, self.station, sequence)

    def settings(self) -> Settings:
        """This vault's settings: the defaults overlaid with what a supervisor changed."""
        stored = _meta(self.db.conn, "settings")
        return Settings.from_json(json.loads(stored)) if stored else Settings()

    def save_settings(self, settings: Settings) -> None:
        self.session.require_supervisor("change settings")
        with self.db.transaction() as conn:
            _upsert_meta(conn, "settings", settings.dumps())
            audit.append(
                conn, self.clock.now(), self.session.operator, AuditAction.SETTINGS_CHANGED
            )

    def _kdf_defaults(self) -> KdfParams:
        conn = self.db.conn
        return KdfParams(
            time_cost=int(_meta(conn, "kdf_time_cost") or 3),
            memory_kib=int(_meta(conn, "kdf_memory_kib") or 65536),
            parallelism=int(_meta(conn, "kdf_parallelism") or 2),
        )

    def _record_or_close(self, action: AuditAction) -> None:
        """The unlock's audit entry; if it cannot be written, the vault is not left open."""
        try:
            self._record(action)
        except BaseException:
            self.db.close(checkpoint=False)
            raise

    def _record(self, action: AuditAction, record_ref: str | None = None) -> None:
        with self.db.transaction() as conn:
            audit.append(conn, self.clock.now(), self.session.operator, action, record_ref)

    # operators ----------------------------------------------------------------------------

    def operators(self) -> list[Operator]:
        return [
            Operator(r[0], Role(r[1]), bool(r[2]), dt.datetime.fromisoformat(r[3]))
            for r in self.db.conn.execute(
                "SELECT name, role, active, created_at FROM operators ORDER BY name"
            )
        ]

    def add_operator(self, name: str, role: Role, password: str) -> None:
        self.session.require_supervisor("add operators")
        validate_operator_name(name)
        validate_password(password)
        if name == RECOVERY_OPERATOR:
            raise KnownError(ErrorCode.OPERATOR_NAME_INVALID, "this operator name is reserved")
        conn = self.db.conn
        if conn.execute("SELECT 1 FROM operators WHERE name = ?", (name,)).fetchone():
            raise KnownError(ErrorCode.OPERATOR_EXISTS, f"operator {name} already exists")
        slot_set = self._slots_for_change()
        slot = KeySlot.for_operator(
            self._key, slot_set.vault_id, name, role, password, self._kdf_defaults()
        )
        # Slot first: a slot without an active operator row is refused at unlock, so a crash
        # between the two writes never grants access.
        self.files.slots.save(slot_set.with_slot(slot))
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO operators (name, role, created_at) VALUES (?, ?, ?)",
                (name, role.value, self.clock.now().isoformat()),
            )
            audit.append(
                conn,
                self.clock.now(),
                self.session.operator,
                AuditAction.OPERATOR_ADDED,
                f"operator:{name}",
            )

    def change_password(self, name: str, new_password: str) -> None:
        """Re-wrap one operator's slot. Operators change their own; supervisors anyone's."""
        if name != self.session.operator:
            self.session.require_supervisor("change another operator's password")
        validate_password(new_password)
        operator = self._active_operator(name)
        slot_set = self._slots_for_change()
        slot = KeySlot.for_operator(
            self._key, slot_set.vault_id, name, operator.role, new_password, self._kdf_defaults()
        )
        self.files.slots.save(slot_set.with_slot(slot))
        self._record(AuditAction.PASSWORD_CHANGED, f"operator:{name}")

    def operators_without_slot(self) -> list[str]:
        """Active operators who cannot unlock because the slot file has no slot for them
        (after a recovery rebuilt it): each needs a new password from a supervisor."""
        try:
            slot_set = self.files.slots.load()
        except KnownError:
            slot_set = SlotSet(self.vault_id, ())
        have = {s.operator for s in slot_set.slots}
        return [o.name for o in self.operators() if o.active and o.name not in have]

    def remove_operator(self, name: str) -> None:
        self.session.require_supervisor("remove operators")
        operator = self._active_operator(name)
        if name == self.session.operator:
            raise KnownError(ErrorCode.NOT_PERMITTED, "you cannot remove your own account")
        if operator.role is Role.SUPERVISOR:
            supervisors = [o for o in self.operators() if o.active and o.role is Role.SUPERVISOR]
            if len(supervisors) <= 1:
                raise KnownError(
                    ErrorCode.OPERATOR_LAST_SUPERVISOR, "the last supervisor cannot be removed"
                )
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE operators SET active = 0, removed_at = ? WHERE name = ?",
                (self.clock.now().isoformat(), name),
            )
            audit.append(
                conn,
                self.clock.now(),
                self.session.operator,
                AuditAction.OPERATOR_REMOVED,
                f"operator:{name}",
            )
        self.files.slots.save(self._slots_for_change().without_operator(name))

    def _active_operator(self, name: str) -> Operator:
        for operator in self.operators():
            if operator.name == name and operator.active:
                return operator
        raise KnownError(ErrorCode.OPERATOR_UNKNOWN, f"no active operator named {name}")

    def _slots_for_change(self) -> SlotSet:
        """The current slots; when the slot file is lost or damaged, a recovery session starts
        a new one (the database still knows who the operators are)."""
        try:
            return self.files.slots.load()
        except KnownError as exc:
            if self.session.via_recovery and exc.code in (
                ErrorCode.SLOT_FILE_DAMAGED,
                ErrorCode.SLOT_FILE_MISSING,
            ):
                return SlotSet(self.vault_id, ())
            raise

    @staticmethod
    def restore_slots_from_backup(data_dir: Path, *, force: bool = False) -> int:
        """Put keyslots.bak back in place. Needs no key: every slot is authenticated on its
        own, and slots of operators removed since the backup are refused at unlock."""
        files = VaultFiles(Path(data_dir))
        if not files.exists():
            raise KnownError(ErrorCode.VAULT_NOT_FOUND, f"no vault in {data_dir}")
        return len(files.slots.restore_backup(force=force).slots)
