"""Key slots: the vault's database key wrapped under each operator's password and a recovery key.

Like LUKS: the database key is random; each slot wraps it with AES-256-GCM under a key
derived from a password (Argon2id, parameters stored per slot) or from the recovery key
(HKDF: the recovery key already holds 140 random bits). The slot header (operator, role,
KDF parameters) is the associated data, so editing a role in the file breaks the slot.

The file starts with a line carrying the SHA-256 of the rest, so accidental damage (a
flipped byte) is told apart from a wrong password. Writes are atomic (temporary file,
fsync, rename) and the previous file is kept as a backup.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import time
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from registrar.domain.ids import ALPHABET
from registrar.domain.model import Role
from registrar.errors import ErrorCode, KnownError

KEY_BYTES = 32
MIN_MEMORY_KIB = 64 * 1024  # never below 64 MiB (RFC 9106's second recommended option)
MIN_PASSWORD_LENGTH = 10
OPERATOR_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")

SLOTS_MAGIC = "registrar-keyslots"
RECOVERY_MAGIC = "registrar-recovery"
FORMAT_VERSION = 1


def validate_operator_name(name: str) -> str:
    if not OPERATOR_NAME_RE.match(name):
        raise KnownError(
            ErrorCode.OPERATOR_NAME_INVALID,
            "operator names are 2-32 lower-case letters, digits, dot, dash or underscore",
        )
    return name


def validate_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise KnownError(
            ErrorCode.PASSWORD_TOO_SHORT,
            f"passwords must have at least {MIN_PASSWORD_LENGTH} characters",
        )
    return password


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters of one slot. Each slot has its own salt."""

    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(16))

    def __post_init__(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB:
            raise KnownError(
                ErrorCode.KDF_TOO_WEAK,
                f"key derivation memory must be at least {MIN_MEMORY_KIB // 1024} MiB",
            )
        if not (1 <= self.time_cost <= 64 and 1 <= self.parallelism <= 16):
            raise KnownError(ErrorCode.KDF_TOO_WEAK, "key derivation parameters out of range")
        if len(self.salt) < 16:
            raise KnownError(ErrorCode.KDF_TOO_WEAK, "key derivation salt is too short")

    def with_new_salt(self) -> KdfParams:
        return replace(self, salt=secrets.token_bytes(16))

    def derive(self, password: str) -> bytes:
        secret = unicodedata.normalize("NFC", password).encode("utf-8")
        return hash_secret_raw(
            secret,
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "alg": "argon2id",
            "t": self.time_cost,
            "m": self.memory_kib,
            "p": self.parallelism,
            "salt": _b64(self.salt),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unknown key derivation")
        return cls(int(data["t"]), int(data["m"]), int(data["p"]), _unb64(data["salt"]))


def calibrate_kdf(
    target_s: float = 0.6, *, max_memory_kib: int = 256 * 1024, parallelism: int = 2
) -> KdfParams:
    """Choose Argon2id parameters that take about ``target_s`` on this machine.

    Memory first (from 64 MiB, doubling up to ``max_memory_kib`` while a pass stays short),
    then passes, so an attacker's cost grows in memory where GPUs are weakest.
    """

    def timed(params: KdfParams) -> float:
        start = time.perf_counter()
        params.derive("calibration")
        return time.perf_counter() - start

    params = KdfParams(time_cost=1, memory_kib=MIN_MEMORY_KIB, parallelism=parallelism)
    elapsed = timed(params)
    while elapsed < target_s / 4 and params.memory_kib * 2 <= max_memory_kib:
        params = replace(params, memory_kib=params.memory_kib * 2)
        elapsed = timed(params)
    per_pass = elapsed / params.time_cost
    passes = max(1, min(64, round(target_s / per_pass)))
    return replace(params, time_cost=passes).with_new_salt()


# --- recovery key -------------------------------------------------------------------------

RECOVERY_RANDOM_CHARS = 28  # 140 bits
RECOVERY_CHECK_CHARS = 4
_RECOVERY_FOLD = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def _recovery_check(body: str) -> str:
    digest = int.from_bytes(hashlib.sha256(body.encode("ascii")).digest()[:4], "big")
    return "".join(ALPHABET[(digest >> (5 * i)) & 31] for i in range(RECOVERY_CHECK_CHARS))


def new_recovery_key() -> str:
    """A recovery key a person can copy by hand: eight groups of four characters."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(RECOVERY_RANDOM_CHARS))
    chars = body + _recovery_check(body)
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def parse_recovery_key(text: str) -> bytes:
    """The secret in a recovery key as typed; tolerant of case, spaces, dashes, O/0 and I/1."""
    chars = re.sub(r"[\s-]", "", text.upper()).translate(_RECOVERY_FOLD)
    expected = RECOVERY_RANDOM_CHARS + RECOVERY_CHECK_CHARS
    if len(chars) != expected or any(ch not in ALPHABET for ch in chars):
        raise KnownError(
            ErrorCode.RECOVERY_KEY_MALFORMED,
            f"a recovery key has {expected // 4} groups of 4 letters and digits",
        )
    body, check = chars[:RECOVERY_RANDOM_CHARS], chars[RECOVERY_RANDOM_CHARS:]
    if _recovery_check(body) != check:
        raise KnownError(
            ErrorCode.RECOVERY_KEY_MALFORMED,
            "the recovery key has a typo: its last group does not match the others",
        )
    return body.encode("ascii")


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"registrar recovery v1"
    ).derive(secret)


# --- slots ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeySlot:
    """One wrapped copy of the database key. ``header`` is bound as associated data."""

    slot_id: str
    kind: str  # "operator" or "recovery"
    vault_id: str
    operator: str | None
    role: Role | None
    kdf: dict[str, Any]
    nonce: bytes
    wrapped_key: bytes

    def header(self) -> dict[str, Any]:
        return {
            "v": FORMAT_VERSION,
            "slot_id": self.slot_id,
            "kind": self.kind,
            "vault_id": self.vault_id,
            "operator": self.operator,
            "role": self.role.value if self.role else None,
            "kdf": self.kdf,
        }

    def _aad(self) -> bytes:
        return _canonical(self.header())

    def to_json(self) -> dict[str, Any]:
        return {"header": self.header(), "nonce": _b64(self.nonce), "key": _b64(self.wrapped_key)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        header = data["header"]
        if header["v"] != FORMAT_VERSION or header["kind"] not in ("operator", "recovery"):
            raise ValueError("unknown slot version or kind")
        return cls(
            slot_id=str(header["slot_id"]),
            kind=header["kind"],
            vault_id=str(header["vault_id"]),
            operator=header["operator"],
            role=Role(header["role"]) if header["role"] else None,
            kdf=dict(header["kdf"]),
            nonce=_unb64(data["nonce"]),
            wrapped_key=_unb64(data["key"]),
        )

    # wrapping ---------------------------------------------------------------------------

    @classmethod
    def for_operator(
        cls,
        db_key: bytes,
        vault_id: str,
        operator: str,
        role: Role,
        password: str,
        kdf: KdfParams,
    ) -> KeySlot:
        validate_operator_name(operator)
        validate_password(password)
        kdf = kdf.with_new_salt()
        return cls._wrap(
            db_key, kdf.derive(password), "operator", vault_id, operator, role, kdf.to_json()
        )

    @classmethod
    def for_recovery(cls, db_key: bytes, vault_id: str, recovery_key: str) -> KeySlot:
        salt = secrets.token_bytes(16)
        kek = _recovery_kek(parse_recovery_key(recovery_key), salt)
        return cls._wrap(
            db_key,
            kek,
            "recovery",
            vault_id,
            None,
            None,
            {"alg": "hkdf-sha256", "salt": _b64(salt)},
        )

    @classmethod
    def _wrap(
        cls,
        db_key: bytes,
        kek: bytes,
        kind: str,
        vault_id: str,
        operator: str | None,
        role: Role | None,
        kdf: dict[str, Any],
    ) -> KeySlot:
        if len(db_key) != KEY_BYTES:
            raise KnownError(ErrorCode.BAD_KEY, "the database key must be 256 bits")
        slot = cls(
            secrets.token_hex(8), kind, vault_id, operator, role, kdf, secrets.token_bytes(12), b""
        )
        wrapped = AESGCM(kek).encrypt(slot.nonce, db_key, slot._aad())
        return replace(slot, wrapped_key=wrapped)

    def unwrap_with_password(self, password: str) -> bytes | None:
        """The database key, or None when the password is wrong or the slot was altered."""
        return self._unwrap(KdfParams.from_json(self.kdf).derive(password))

    def unwrap_with_recovery_key(self, recovery_key: str) -> bytes | None:
        secret = parse_recovery_key(recovery_key)
        return self._unwrap(_recovery_kek(secret, _unb64(self.kdf["salt"])))

    def _unwrap(self, kek: bytes) -> bytes | None:
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.wrapped_key, self._aad())
        except InvalidTag:
            return None
        return key if len(key) == KEY_BYTES else None


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True, slots=True)
class SlotSet:
    vault_id: str
    slots: tuple[KeySlot, ...]

    def operator_slot(self, operator: str) -> KeySlot | None:
        return next((s for s in self.slots if s.operator == operator), None)

    def with_slot(self, slot: KeySlot) -> SlotSet:
        kept = tuple(s for s in self.slots if s.operator != slot.operator or slot.operator is None)
        return replace(self, slots=(*kept, slot))

    def without_operator(self, operator: str) -> SlotSet:
        return replace(self, slots=tuple(s for s in self.slots if s.operator != operator))


class SlotFile:
    """A checksummed JSON file of key slots, written atomically, keeping the previous as backup."""

    def __init__(self, path: Path, magic: str = SLOTS_MAGIC) -> None:
        self.path = path
        self.magic = magic
        self.backup_path = path.with_name(path.name + ".bak")

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> SlotSet:
        return self._parse(self.path)

    def load_backup(self) -> SlotSet:
        return self._parse(self.backup_path)

    def _parse(self, path: Path) -> SlotSet:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KnownError(
                ErrorCode.SLOT_FILE_MISSING,
                f"the key slot file {path.name} is missing; unlock with the recovery key "
                "(`registrar vault recover`) to write a new one",
                path=str(path),
            ) from None
        try:
            first, _, body = raw.partition(b"\n")
            magic, version, checksum = first.decode("ascii").split(" ")
            if magic != self.magic or version != f"v{FORMAT_VERSION}":
                raise ValueError("not a key slot file of this version")
            if checksum != "sha256=" + hashlib.sha256(body).hexdigest():
                raise ValueError("checksum does not match the content")
            data = json.loads(body.decode("utf-8"))
            slot_set = SlotSet(
                vault_id=str(data["vault_id"]),
                slots=tuple(KeySlot.from_json(s) for s in data["slots"]),
            )
            if any(s.vault_id != slot_set.vault_id for s in slot_set.slots):
                raise ValueError("slots of another vault")
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            advice = (
                "unlock with the recovery key (`registrar vault recover`)"
                if path == self.backup_path
                else "restore it from its backup (`registrar vault restore-slots`) or unlock "
                "with the recovery key (`registrar vault recover`)"
            )
            raise KnownError(
                ErrorCode.SLOT_FILE_DAMAGED,
                f"the key slot file {path.name} is damaged ({exc}); nothing was changed. "
                f"To get in, {advice}",
                path=str(path),
            ) from None
        return slot_set

    def save(self, slot_set: SlotSet) -> None:
        body = _canonical(
            {"vault_id": slot_set.vault_id, "slots": [s.to_json() for s in slot_set.slots]}
        )
        first = f"{self.magic} v{FORMAT_VERSION} sha256={hashlib.sha256(body).hexdigest()}\n"
        if self.path.exists():
            current = self.path.read_bytes()
            try:
                self._parse(self.path)
            except KnownError:
                # Never let a damaged file overwrite the good backup; keep it for inspection.
                atomic_write(
                    self.path.with_name(f"{self.path.name}.damaged-{secrets.token_hex(3)}"), current
                )
            else:
                atomic_write(self.backup_path, current)
        atomic_write(self.path, first.encode("ascii") + body)

    def restore_backup(self, *, force: bool = False) -> SlotSet:
        """Put the backup back in place after checking it parses; the damaged file is kept.

        A current file that is intact is left alone unless ``force``: the backup is older and
        would drop operators added and passwords changed since.
        """
        slot_set = self.load_backup()
        if self.path.exists() and not force:
            try:
                self._parse(self.path)
            except KnownError:
                pass  # damaged: replacing it is the point
            else:
                raise KnownError(
                    ErrorCode.FILE_EXISTS,
                    f"{self.path.name} is intact; restoring the older backup would undo later "
                    "changes (use --force to restore anyway)",
                )
        if self.path.exists():
            atomic_write(
                self.path.with_name(f"{self.path.name}.damaged-{secrets.token_hex(3)}"),
                self.path.read_bytes(),
            )
        atomic_write(self.path, self.backup_path.read_bytes())
        return slot_set


def atomic_write(path: Path, data: bytes) -> None:
    """Write a file so that a crash leaves either the old or the new content, never a mix."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
