"""Decrypts every page of a SQLCipher 4 database or -wal file, so tests can search plaintext."""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

# SQLCipher 4 defaults (https://www.zetetic.net/sqlcipher/sqlcipher-api/#cipher_compatibility)
PAGE_SIZE = 4096
RESERVE = 80  # at the end of every page: 16-byte IV, then a 64-byte HMAC-SHA512
IV_SIZE = 16
HMAC_SIZE = 64
SALT_SIZE = 16  # page 1 starts with the key-derivation salt instead of the SQLite header
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITER = 2  # the HMAC key is PBKDF2-HMAC-SHA512(key, salt ^ 0x3a, 2 iterations)
SQLITE_HEADER = b"SQLite format 3\x00"
WAL_HEADER_SIZE = 32
WAL_VERSION = 3007000
WAL_FRAME_HEADER_SIZE = 24


class PageAuthError(AssertionError):
    """A page's HMAC does not match: wrong key, wrong salt, or a damaged page."""


@dataclass(frozen=True)
class PlainPage:
    """One decrypted page: its page number, where it lies in the file, and its plaintext."""

    pgno: int
    file_offset: int
    plaintext: bytes  # page_size - RESERVE bytes; page 1 begins with the SQLite header


def decrypt_pages(
    path: Path,
    key: bytes,
    *,
    kdf_salt: bytes | None = None,
    page_size: int = PAGE_SIZE,
) -> Iterator[bytes]:
    """Yield the plaintext of every page of a SQLCipher 4 database or WAL file.

    A WAL is recognised by its magic number; its key-derivation salt is read from the
    database next to it (`<db>-wal` -> `<db>`) unless `kdf_salt` is given.

    `key` is the raw 32-byte key given as PRAGMA key = "x'<64 hex>'". Every page on disk is
    yielded, free pages and stale WAL frames included; an all-zero page is yielded as zeros.
    Any other page whose HMAC fails raises PageAuthError, so a wrong key can never make a
    canary look absent. A string may still span two pages (overflow chains): search for
    short canaries.
    """
    for page in decrypt_page_records(path, key, kdf_salt=kdf_salt, page_size=page_size):
        yield page.plaintext


def pages_containing(
    path: Path,
    key: bytes,
    needle: bytes,
    *,
    kdf_salt: bytes | None = None,
    page_size: int = PAGE_SIZE,
) -> list[int]:
    """File offsets of the decrypted pages whose plaintext contains `needle` (empty: absent)."""
    pages = decrypt_page_records(path, key, kdf_salt=kdf_salt, page_size=page_size)
    return [page.file_offset for page in pages if needle in page.plaintext]


def decrypt_page_records(
    path: Path,
    key: bytes,
    *,
    kdf_salt: bytes | None = None,
    page_size: int = PAGE_SIZE,
) -> Iterator[PlainPage]:
    """Like decrypt_pages, with each page's number and file offset."""
    if len(key) != 32:
        raise ValueError("SQLCipher 4 raw keys are 32 bytes")
    data = path.read_bytes()
    if is_wal(data):
        if kdf_salt is None:
            if not path.name.endswith("-wal"):
                raise ValueError(f"{path.name} is a WAL: pass the database's kdf_salt")
            db_path = path.with_name(path.name.removesuffix("-wal"))
            kdf_salt = db_path.read_bytes()[:SALT_SIZE]
        pages = _wal_pages(data)
    else:
        if kdf_salt is None:
            kdf_salt = data[:SALT_SIZE]
        pages = _db_pages(data, page_size)
    hmac_key = hmac_key_for(key, kdf_salt)
    for pgno, offset, raw in pages:
        yield PlainPage(pgno, offset, decrypt_page(raw, pgno, key, hmac_key))


def is_wal(data: bytes) -> bool:
    """Whether file content is a SQLite WAL (magic and version; a database starts with salt)."""
    return data[:4] in (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83") and data[4:8] == struct.pack(
        ">I", WAL_VERSION
    )


def hmac_key_for(key: bytes, kdf_salt: bytes) -> bytes:
    """The page HMAC key SQLCipher 4 derives from the encryption key and the database salt."""
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in kdf_salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, FAST_KDF_ITER, dklen=32)


def decrypt_page(raw: bytes, pgno: int, key: bytes, hmac_key: bytes) -> bytes:
    """Authenticate and decrypt one on-disk page image (page 1 with its leading salt)."""
    usable = len(raw) - RESERVE
    if not raw.strip(b"\x00"):
        return bytes(usable)
    start = SALT_SIZE if pgno == 1 else 0
    ciphertext = raw[start:usable]
    iv = raw[usable : usable + IV_SIZE]
    stored_mac = raw[usable + IV_SIZE : usable + IV_SIZE + HMAC_SIZE]
    mac = hmac.new(hmac_key, ciphertext + iv + struct.pack("<I", pgno), hashlib.sha512).digest()
    if not hmac.compare_digest(mac, stored_mac):
        raise PageAuthError(f"HMAC mismatch on page {pgno}: wrong key or salt, or damaged page")
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plaintext = decryptor.update(ciphertext) + decryptor.finalize()
    return SQLITE_HEADER + plaintext if pgno == 1 else plaintext


def _db_pages(data: bytes, page_size: int) -> Iterator[tuple[int, int, bytes]]:
    if len(data) % page_size:
        raise ValueError(f"database size {len(data)} is not a multiple of {page_size}")
    for index in range(len(data) // page_size):
        offset = index * page_size
        yield index + 1, offset, data[offset : offset + page_size]


def _wal_pages(data: bytes) -> Iterator[tuple[int, int, bytes]]:
    if len(data) < WAL_HEADER_SIZE:
        return
    (page_size,) = struct.unpack(">I", data[8:12])
    frame_size = WAL_FRAME_HEADER_SIZE + page_size
    for offset in range(WAL_HEADER_SIZE, len(data) - frame_size + 1, frame_size):
        (pgno,) = struct.unpack(">I", data[offset : offset + 4])
        page_offset = offset + WAL_FRAME_HEADER_SIZE
        yield pgno, page_offset, data[page_offset : page_offset + page_size]
