"""The one adapter to sqlcipher3: open the encrypted database safely, migrate it, run transactions.

Open sequence (after Signal Desktop): check the WAL ourselves, validate the raw 256-bit key,
set it, refuse to run if ``cipher_version`` is empty, read one row so a damaged first page
surfaces as an error, then memory security, foreign keys, WAL with ``synchronous=FULL``,
secure delete, temp storage in memory; then ``cipher_integrity_check`` and migrations.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import logging
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlcipher3

from registrar.errors import BugError, ErrorCode, KnownError
from registrar.storage.keyslots import KEY_BYTES
from registrar.storage.wal import verify_wal

log = logging.getLogger("registrar.storage")

# Databases up to this size are fully checked before the vault opens; larger ones are checked
# by a background thread (SQLCipher still verifies the HMAC of every page it reads).
SYNC_INTEGRITY_CHECK_MAX_BYTES = 128 * 1024 * 1024  # ~0.4 s at ~300 MB/s

_MIGRATION_RE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class IntegrityState(StrEnum):
    PENDING = "pending"
    OK = "ok"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Migration:
    number: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    folder = importlib.resources.files("registrar.storage") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_RE.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.number)
    if [m.number for m in found] != list(range(1, len(found) + 1)):
        raise BugError("migrations must be numbered 0001, 0002, ... without gaps")
    return found


def _connect(path: Path, key: bytes) -> Any:
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise KnownError(ErrorCode.BAD_KEY, "the database key must be 256 bits")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise KnownError(
                ErrorCode.SQLCIPHER_MISSING,
                "this SQLite has no encryption (cipher_version is empty): refusing to run",
            )
        conn.execute("PRAGMA cipher_memory_security = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlcipher3.DatabaseError as exc:
            # The key came out of an authenticated key slot, so a refusal here means the
            # file itself is damaged (first page or header), not a wrong key.
            raise KnownError(
                ErrorCode.VAULT_DAMAGED,
                f"the vault database {path.name} is damaged: its first page fails its "
                f"authentication check ({exc}); nothing was changed",
                path=str(path),
            ) from None
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            raise BugError(f"could not switch the vault to WAL mode (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # nothing decrypted spills to the temp dir
        conn.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        conn.close()
        raise
    return conn


def _integrity_problems(conn: Any) -> list[str]:
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        problems = [str(r[0]) for r in rows]
        if not problems:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            problems = [str(r[0]) for r in rows if r[0] != "ok"]
    except sqlcipher3.DatabaseError as exc:
        problems = [str(exc)]
    return problems


def _damaged(path: Path, problems: Sequence[str]) -> KnownError:
    shown = "; ".join(problems[:3]) + (
        f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    )
    return KnownError(
        ErrorCode.VAULT_DAMAGED,
        f"the vault database {path.name} is damaged: {shown}; nothing was changed",
        path=str(path),
        problems=list(problems),
    )


class Database:
    """The vault's one SQLCipher connection. One thread owns it (the UI's database lane)."""

    def __init__(self, path: Path, conn: Any, key: bytes) -> None:
        self.path = path
        self._conn = conn
        self._key = key
        self._integrity = IntegrityState.PENDING
        self._integrity_problems: list[str] = []
        self._checker: threading.Thread | None = None
        self._checker_conn: Any = None
        self._closing = threading.Event()

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False, check: str = "auto") -> Database:
        """Open (or create) the encrypted database; ``check`` is "auto", "full" or "background"."""
        if not create and not path.exists():
            raise KnownError(ErrorCode.VAULT_NOT_FOUND, f"no vault database at {path}")
        if path.exists():
            verify_wal(path)
        conn = _connect(path, key)
        db = cls(path, conn, key)
        try:
            size = path.stat().st_size
            if check == "full" or (check == "auto" and size <= SYNC_INTEGRITY_CHECK_MAX_BYTES):
                db.check_integrity()
            elif check in ("auto", "background"):
                db._start_background_check()
            db.migrate()
        except BaseException:
            db.close(checkpoint=False)
            raise
        return db

    # integrity -----------------------------------------------------------------------

    def check_integrity(self) -> None:
        problems = _integrity_problems(self._conn)
        self._record_integrity(problems)
        if problems:
            raise _damaged(self.path, problems)

    def _record_integrity(self, problems: list[str]) -> None:
        self._integrity_problems = problems
        self._integrity = IntegrityState.FAILED if problems else IntegrityState.OK
        if problems:
            log.error("vault integrity check failed with %d problems", len(problems))

    def _start_background_check(self) -> None:
        conn = _connect(self.path, self._key)
        self._checker_conn = conn

        def run() -> None:
            try:
                problems = _integrity_problems(conn)
                # Interrupted by close(): not a verdict, the next open checks again.
                if not self._closing.is_set():
                    self._record_integrity(problems)
            finally:
                conn.close()

        self._checker = threading.Thread(target=run, name="vault-integrity", daemon=True)
        self._checker.start()

    @property
    def integrity(self) -> IntegrityState:
        return self._integrity

    def wait_for_integrity(self, timeout: float | None = None) -> IntegrityState:
        if self._checker is not None:
            self._checker.join(timeout)
        return self._integrity

    def foreign_key_problems(self) -> list[str]:
        """Rows whose references point nowhere (PRAGMA foreign_key_check), as sentences."""
        return [
            f"foreign key: table {r[0]} row {r[1]} refers to a missing {r[2]}"
            for r in self.conn.execute("PRAGMA foreign_key_check")
        ]

    def _refuse_if_damaged(self) -> None:
        if self._integrity is IntegrityState.FAILED:
            raise _damaged(self.path, self._integrity_problems)

    # migrations ----------------------------------------------------------------------

    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> list[int]:
        migrations = load_migrations()
        current = self.user_version
        if current > len(migrations):
            raise KnownError(
                ErrorCode.VAULT_TOO_NEW,
                f"this vault was written by a newer Registrar (schema {current}); update the app",
            )
        applied = []
        for migration in migrations[current:]:
            with self.transaction():
                self._executescript(migration.sql)
                self.conn.execute(f"PRAGMA user_version = {migration.number}")
            applied.append(migration.number)
            log.info("applied migration %s", migration.name)
        return applied

    def _executescript(self, sql: str) -> None:
        # sqlite3's executescript() commits first; run statement by statement inside our
        # transaction instead, so a failing migration leaves nothing behind.
        statement = ""
        for line in sql.splitlines(keepends=True):
            statement += line
            if sqlcipher3.complete_statement(statement):
                self.conn.execute(statement)
                statement = ""
        if statement.strip() and not statement.strip().startswith("--"):
            raise BugError("migration ends with an incomplete statement")

    # connection and transactions -------------------------------------------------------

    def sibling(self) -> Database:
        """A second connection to the same vault, for a thread of its own (sync, which waits
        on the network). WAL lets it read while the first writes; keep its transactions short.
        """
        self._refuse_if_damaged()
        return Database(self.path, _connect(self.path, self._key), self._key)

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise KnownError(ErrorCode.VAULT_CLOSED, "the vault is locked")
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error. Not re-entrant."""
        self._refuse_if_damaged()
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def checkpoint(self) -> None:
        """Copy the WAL into the database and truncate it (after an erasure, before a copy)."""
        busy, _, _ = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise KnownError(ErrorCode.VAULT_DAMAGED, "the vault is busy; try again")

    def _stop_background_check(self) -> None:
        """Interrupt a running background check and wait for its thread: closing the vault
        (or leaving the process) under a running check crashed SQLCipher."""
        checker = self._checker
        if checker is None or not checker.is_alive():
            return
        self._closing.set()
        self._checker_conn.interrupt()
        checker.join()

    def close(self, *, checkpoint: bool = True) -> None:
        if self._conn is None:
            return
        self._stop_background_check()
        try:
            if checkpoint:
                try:
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlcipher3.DatabaseError as exc:
                    # The WAL stays and is replayed on the next open: nothing is lost.
                    log.warning("checkpoint on close failed: %s", type(exc).__name__)
        finally:
            self._conn.close()
            self._conn = None
            self._key = b""
