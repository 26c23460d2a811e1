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
from dataclasses import dataclass, replace
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
    """Who unlocked the vault. Supervisor-only operations check it.

    ``role`` and ``must_change_password`` come from the operator's database row, which is
    the authority; the key slot's role only says what the slot was last wrapped with.
    """

    operator: str
    role: Role
    via_recovery: bool = False
    must_change_password: bool = False

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR

    def require_supervisor(self, what: str) -> None:
        """Refuse unless a supervisor who is not still using a temporary password."""
        if not self.is_supervisor:
            raise KnownError(
                ErrorCode.NOT_PERMITTED,
                f"only a supervisor may {what}; ask a supervisor to do it",
                action=what,
            )
        # Whoever set the temporary password knows it: until it is changed, the supervisor's
        # powers wait (officers' work is gated by the app's forced change at unlock).
        if self.must_change_password:
            raise KnownError(
                ErrorCode.PASSWORD_CHANGE_REQUIRED,
                f"change your temporary password before you {what}",
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


def read_settings(conn: Any) -> Settings:
    """The settings stored in a vault (through any of its connections), over the defaults."""
    stored = _meta(conn, "settings")
    return Settings.from_json(json.loads(stored)) if stored else Settings()


def _meta(conn: Any, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


class Vault:
    """An unlocked vault: the open database, the session, and operator (key slot) management."""

    def __init__(
        self,
        files: VaultFiles,
        db: Database,
        key: bytes,
        session: Session,
        clock: Clock,
        lockout_policy: LockoutPolicy | None = None,
    ) -> None:
        self.files = files
        self.db = db
        self._key = key
        self.session = session
        self.clock = clock
        self._lockout_policy = lockout_policy
        self._reauthenticated_at: float | None = None  # clock.monotonic() of the last one

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
            files,
            key,
            Session(operator, slot.role),
            clock,
            slot_set.vault_id,
            check=check,
            lockout_policy=lockout_policy,
        )
        vault._record_or_close(AuditAction.UNLOCKED)
        if vault.session.role is not slot.role:
            try:
                vault._rewrap_own_slot(password)
            except BaseException:
                vault.close()
                raise
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
        lockout_policy: LockoutPolicy | None = None,
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
                    "SELECT role, active, must_change_password FROM operators WHERE name = ?",
                    (session.operator,),
                ).fetchone()
                # A slot restored from an old backup must not bring back a removed operator.
                if row is None or not row[1]:
                    raise KnownError(
                        ErrorCode.UNLOCK_FAILED,
                        "this operator was removed (disabled); ask a supervisor",
                    )
                # The row, not the slot, says what the operator may do: a supervisor changes
                # a role without the operator's password, and an old slot from a backup
                # cannot bring back a role taken away since.
                session = replace(session, role=Role(row[0]), must_change_password=bool(row[2]))
        except BaseException:
            db.close()
            raise
        return cls(files, db, key, session, clock, lockout_policy)

    def _rewrap_own_slot(self, password: str) -> None:
        """After a supervisor changed this operator's role: wrap their slot again with the
        password they just typed, so the slot's authenticated role matches the database."""
        try:
            slot_set = self.files.slots.load()
            slot = KeySlot.for_operator(
                self._key,
                slot_set.vault_id,
                self.session.operator,
                self.session.role,
                password,
                self._kdf_defaults(),
            )
            self.files.slots.save(slot_set.with_slot(slot))
        except (OSError, KnownError) as exc:
            # The session already has the database's role; the next unlock tries again.
            log.warning("could not re-wrap a key slot for its new role: %s", type(exc).__name__)
        else:
            log.info("key slot re-wrapped for a changed role")

    def close(self) -> None:
        self.db.close()
        self._key = b""
        self._reauthenticated_at = None

    @property
    def must_change_password(self) -> bool:
        """The operator unlocked with a temporary password a supervisor set: the app asks for
        a new one before anything else, and supervisor-only operations refuse until then."""
        return self.session.must_change_password

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
        return read_settings(self.db.conn)

    def save_settings(self, settings: Settings) -> None:
        """Store the settings with an audit entry; a change of a score's band edges gets its
        own entry (``bands:<score id>``) in the same transaction, so calibration is traceable."""
        self.session.require_supervisor("change settings")
        with self.db.transaction() as conn:
            stored = _meta(conn, "settings")
            old = Settings.from_json(json.loads(stored)) if stored else Settings()
            _upsert_meta(conn, "settings", settings.dumps())
            now, operator = self.clock.now(), self.session.operator
            audit.append(conn, now, operator, AuditAction.SETTINGS_CHANGED)
            old_bands, new_bands = old.match.bands, settings.match.bands
            for score_id in sorted(set(old_bands) | set(new_bands)):
                if old_bands.get(score_id) != new_bands.get(score_id):
                    audit.append(
                        conn, now, operator, AuditAction.BANDS_CHANGED, f"bands:{score_id}"
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
            Operator(
                r[0],
                Role(r[1]),
                bool(r[2]),
                dt.datetime.fromisoformat(r[3]),
                must_change_password=bool(r[4]),
                removed_at=dt.datetime.fromisoformat(r[5]) if r[5] else None,
            )
            for r in self.db.conn.execute(
                "SELECT name, role, active, created_at, must_change_password, removed_at"
                " FROM operators ORDER BY name"
            )
        ]

    def add_operator(
        self, name: str, role: Role, password: str, *, temporary: bool = False
    ) -> None:
        """Add an operator. ``temporary``: the password was chosen by the supervisor, and the
        new operator must change it at their first unlock."""
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
                "INSERT INTO operators (name, role, created_at, must_change_password)"
                " VALUES (?, ?, ?, ?)",
                (name, role.value, self.clock.now().isoformat(), int(temporary)),
            )
            audit.append(
                conn,
                self.clock.now(),
                self.session.operator,
                AuditAction.OPERATOR_ADDED,
                f"operator:{name}",
            )

    def change_password(self, name: str, new_password: str) -> None:
        """An operator changes their own password, which ends a temporary one.

        A supervisor setting another operator's password is a reset (``reset_password``: the
        operator must change it at their next unlock). A recovery session sets any password
        as the operator's own: the recovery key is how a supervisor who lost theirs gets in.
        """
        own = name == self.session.operator
        if not own and not self.session.via_recovery:
            self.reset_password(name, new_password)
            return
        if not own:
            self.session.require_supervisor("set a password with the recovery key")
        validate_password(new_password)
        operator = self._active_operator(name)
        if own and self.session.must_change_password:
            self._refuse_current_password(name, new_password)
        self._write_slot(
            name,
            operator.role,
            new_password,
            "UPDATE operators SET must_change_password = 0 WHERE name = ?",
            AuditAction.PASSWORD_CHANGED,
        )
        if own:
            self.session = replace(self.session, must_change_password=False)

    def reset_password(self, name: str, temporary_password: str) -> None:
        """A supervisor gives another operator a temporary password (a new key slot); the
        operator must change it at their next unlock. Your own password: change_password."""
        if name == self.session.operator:
            self.change_password(name, temporary_password)
            return
        self.session.require_supervisor("reset another operator's password")
        validate_password(temporary_password)
        operator = self._active_operator(name)
        self._write_slot(
            name,
            operator.role,
            temporary_password,
            "UPDATE operators SET must_change_password = 1 WHERE name = ?",
            AuditAction.PASSWORD_RESET,
        )

    def enable_operator(self, name: str, temporary_password: str) -> None:
        """Let a disabled operator unlock again, with a temporary password (a new key slot)
        they must change at their next unlock. Their role is the one they had."""
        self.session.require_supervisor("enable operators")
        validate_password(temporary_password)
        row = self.db.conn.execute(
            "SELECT role, active FROM operators WHERE name = ?", (name,)
        ).fetchone()
        if row is None:
            raise KnownError(ErrorCode.OPERATOR_UNKNOWN, f"no operator named {name}")
        if row[1]:
            raise KnownError(
                ErrorCode.OPERATOR_ACTIVE,
                f"operator {name} is not disabled; to give a new password, reset it",
            )
        self._write_slot(
            name,
            Role(row[0]),
            temporary_password,
            "UPDATE operators SET active = 1, removed_at = NULL, must_change_password = 1"
            " WHERE name = ?",
            AuditAction.OPERATOR_ENABLED,
        )

    def change_role(self, name: str, role: Role) -> None:
        """Make an operator a supervisor or an officer. Takes effect at their next unlock,
        which also wraps their key slot again with the new role (it needs their password)."""
        self.session.require_supervisor("change operators' roles")
        role = Role(role)
        if name == self.session.operator:
            raise KnownError(ErrorCode.NOT_PERMITTED, "you cannot change your own role")
        operator = self._active_operator(name)
        if operator.role is role:
            return
        if operator.role is Role.SUPERVISOR:
            self._require_another_supervisor("the last supervisor cannot become an officer")
        with self.db.transaction() as conn:
            conn.execute("UPDATE operators SET role = ? WHERE name = ?", (role.value, name))
            audit.append(
                conn,
                self.clock.now(),
                self.session.operator,
                AuditAction.OPERATOR_ROLE_CHANGED,
                f"operator:{name}",
            )

    def _write_slot(
        self, name: str, role: Role, password: str, update_sql: str, action: AuditAction
    ) -> None:
        """A new key slot for ``name``, the row's update and the audit entry together: the
        slot file is written last inside the transaction, so a failure to write it changes
        nothing in the database."""
        slot_set = self._slots_for_change()
        slot = KeySlot.for_operator(
            self._key, slot_set.vault_id, name, role, password, self._kdf_defaults()
        )
        with self.db.transaction() as conn:
            conn.execute(update_sql, (name,))
            audit.append(conn, self.clock.now(), self.session.operator, action, f"operator:{name}")
            self.files.slots.save(slot_set.with_slot(slot))

    def _refuse_current_password(self, name: str, password: str) -> None:
        """A temporary password must really be replaced: refuse it as the new one."""
        slot = self._slots_for_change().operator_slot(name)
        if slot is not None and slot.unwrap_with_password(password) is not None:
            raise KnownError(
                ErrorCode.PASSWORD_CHANGE_REQUIRED,
                "the new password must differ from the temporary one",
                reason="same",
            )

    def _require_another_supervisor(self, message: str) -> None:
        supervisors = [o for o in self.operators() if o.active and o.role is Role.SUPERVISOR]
        if len(supervisors) <= 1:
            raise KnownError(ErrorCode.OPERATOR_LAST_SUPERVISOR, message)

    def operators_without_slot(self) -> list[str]:
        """Active operators who cannot unlock because the slot file has no slot for them
        (after a recovery rebuilt it): each needs a new password from a supervisor."""
        try:
            slot_set = self.files.slots.load()
        except KnownError:
            slot_set = SlotSet(self.vault_id, ())
        have = {s.operator for s in slot_set.slots}
        return [o.name for o in self.operators() if o.active and o.name not in have]

    def disable_operator(self, name: str) -> None:
        """Stop an operator from unlocking: their key slot goes, their row stays (inactive) so
        the audit log and the records they made still name them, and enabling is possible."""
        self.session.require_supervisor("disable operators")
        operator = self._active_operator(name)
        if name == self.session.operator:
            raise KnownError(ErrorCode.NOT_PERMITTED, "you cannot disable your own account")
        if operator.role is Role.SUPERVISOR:
            self._require_another_supervisor("the last supervisor cannot be disabled")
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

    remove_operator = disable_operator  # the earlier name, kept for the CLI and scripts

    # re-authentication --------------------------------------------------------------------

    def confirm_password(self, password: str) -> None:
        """The operator at the desk types their password again before a weighty step.

        Counted with failed unlocks (the same lockout file). A recovery session confirms with
        the recovery key. Right: audited and remembered (``reauthenticated_within``).
        """
        operator = self.session.operator
        lockout = LockoutStore(self.files.lockout_path, self.clock, self._lockout_policy)
        lockout.check(operator)
        key = self._unwrap_own(password)
        if key is None or not secrets.compare_digest(key, self._key):
            wait = lockout.record_failure(operator)
            message = "the password is wrong"
            if wait:
                message += f"; wait {int(wait)} s before the next attempt"
            raise KnownError(ErrorCode.REAUTH_FAILED, message, wait_s=int(wait))
        lockout.record_success(operator)
        self._record(AuditAction.REAUTHENTICATED, f"operator:{operator}")
        self._reauthenticated_at = self.clock.monotonic()

    def reauthenticated_within(self, minutes: float) -> bool:
        """Whether ``confirm_password`` succeeded in the last ``minutes`` (unlocking does not
        count: a confirmation is a deliberate step just before a decision)."""
        at = self._reauthenticated_at
        if at is None:
            return False
        elapsed = self.clock.monotonic() - at
        return 0.0 <= elapsed <= minutes * 60.0

    def _unwrap_own(self, secret: str) -> bytes | None:
        if self.session.via_recovery:
            recovery = self.files.recovery.load()
            try:
                return (
                    recovery.slots[0].unwrap_with_recovery_key(secret) if recovery.slots else None
                )
            except KnownError as exc:
                if exc.code is ErrorCode.RECOVERY_KEY_MALFORMED:
                    return None
                raise
        slot = self.files.slots.load().operator_slot(self.session.operator)
        return slot.unwrap_with_password(secret) if slot is not None else None

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
