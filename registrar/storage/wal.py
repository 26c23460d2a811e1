"""Refuses a vault whose write-ahead log is damaged where SQLite would silently drop commits."""

from __future__ import annotations

import functools
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import numpy.typing as npt

from registrar.errors import ErrorCode, KnownError

# The WAL format: https://www.sqlite.org/fileformat2.html#walformat
# All header fields are big-endian. The checksums run over 32-bit words whose byte order
# the magic number chooses (0x377f0682: little-endian, 0x377f0683: big-endian). SQLCipher
# encrypts the page images inside the frames; the framing and the checksums are plain SQLite.
WAL_HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
_MAGIC = 0x377F0682  # the low bit is the checksum byte order
_VERSION = 3007000
_PAGE_SIZES = tuple(1 << shift for shift in range(9, 17))  # 512 .. 65536, as SQLite accepts
_MASK = 0xFFFFFFFF
_CHUNK_BYTES = 8 * 1024 * 1024  # frames are checked this many bytes at a time

_U32 = npt.NDArray[np.uint32]
_Bool = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class WalDamage:
    """Where a WAL is damaged such that SQLite would silently lose committed transactions."""

    frame_index: int | None  # 0-based frame SQLite stops at; None: the WAL header itself
    byte_offset: int  # of that frame (or 0 for the header) in the -wal file
    reason: str
    committed_frames_after_damage: int  # frames from the damage up to the last commit after it
    commits_after_damage: int  # commit frames (transactions) after the damage


@dataclass(frozen=True)
class WalReport:
    """What SQLite will make of a vault's -wal file when it opens the vault."""

    wal_path: Path
    file_size: int  # 0 when the WAL is absent
    page_size: int  # 0 when the header is missing or unusable
    frames_total: int  # whole frames in the file, valid or not
    frames_valid: int  # the committed prefix SQLite replays
    first_invalid_frame: int | None  # first frame SQLite rejects, None if it rejects none
    trailing_bytes: int  # bytes of a partial frame at the end (a torn append)
    header_valid: bool
    damage: WalDamage | None  # set by inspect_wal only; verify_wal raises instead

    @property
    def frames_ignored(self) -> int:
        """Frames SQLite will not replay: a torn or stale tail, or what follows damage."""
        return self.frames_total - self.frames_valid


def wal_path_for(db_path: Path) -> Path:
    """The write-ahead log SQLite keeps next to a database file."""
    return db_path.with_name(db_path.name + "-wal")


def verify_wal(db_path: Path) -> WalReport:
    """Check the vault's WAL before SQLite opens it; raise if SQLite would lose commits.

    A torn or stale tail (frames after the last commit that SQLite can use) is normal after a
    crash and is not an error. Nothing is ever written, repaired or deleted.
    """
    report = inspect_wal(db_path)
    damage = report.damage
    if damage is None:
        return report
    where = (
        "in its header"
        if damage.frame_index is None
        else f"at frame {damage.frame_index} (byte offset {damage.byte_offset})"
    )
    raise KnownError(
        ErrorCode.VAULT_WAL_DAMAGED,
        f"The vault's write-ahead log {report.wal_path} is damaged {where}: {damage.reason}. "
        f"{damage.commits_after_damage} committed transaction(s) follow the damage and SQLite "
        "would silently drop them. Nothing was changed: the vault and its log are untouched; "
        "keep a copy of both files before anything else.",
        wal_path=str(report.wal_path),
        frame_index=damage.frame_index,
        byte_offset=damage.byte_offset,
        reason=damage.reason,
        commits_after_damage=damage.commits_after_damage,
        committed_frames_after_damage=damage.committed_frames_after_damage,
        frames_total=report.frames_total,
        frames_valid=report.frames_valid,
    )


def inspect_wal(db_path: Path) -> WalReport:
    """Analyse the vault's -wal file as SQLite's recovery would, without ever raising on damage."""
    wal_path = wal_path_for(db_path)
    try:
        with wal_path.open("rb") as wal:
            return _inspect(wal_path, wal)
    except FileNotFoundError:
        return _empty_report(wal_path, file_size=0)
    except OSError as exc:
        raise KnownError(
            ErrorCode.FILE_UNREADABLE,
            f"Cannot read the vault's write-ahead log {wal_path}: {exc.strerror}",
            path=str(wal_path),
        ) from exc


# --- the analysis ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Header:
    big_endian: bool
    page_size: int
    salts: tuple[int, int]
    stored_checksum: tuple[int, int]
    problem: str | None  # why SQLite would ignore the whole WAL, None if it is usable


@dataclass(frozen=True)
class _Frames:
    """Per-frame facts, as arrays over all whole frames of the file."""

    commit: _Bool  # commit frame (the "database size after commit" field is non-zero)
    pgno_ok: _Bool  # page number non-zero
    salt1: _U32
    salt2: _U32
    # the checksum matches when continued from the previous frame's stored checksum (for
    # frame 0: the header's stored checksum); along an intact chain this is SQLite's own test
    chained_ok: _Bool
    # the checksum matches when continued from the previous frame's recomputed checksum:
    # still true right after a frame whose stored checksum field alone was damaged
    skip_ok: _Bool


def _empty_report(wal_path: Path, *, file_size: int) -> WalReport:
    return WalReport(
        wal_path=wal_path,
        file_size=file_size,
        page_size=0,
        frames_total=0,
        frames_valid=0,
        first_invalid_frame=None,
        trailing_bytes=file_size,
        header_valid=False,
        damage=None,
    )


def _inspect(wal_path: Path, wal: BinaryIO) -> WalReport:
    file_size = wal.seek(0, 2)
    wal.seek(0)
    if file_size < WAL_HEADER_SIZE:
        return _empty_report(wal_path, file_size=file_size)  # SQLite ignores it too
    header = _parse_header(wal.read(WAL_HEADER_SIZE))
    if header.problem is not None:
        return _inspect_unusable_header(wal_path, wal, file_size, header)

    frame_size = FRAME_HEADER_SIZE + header.page_size
    frames = _read_frames(wal, file_size, header.page_size, header.big_endian, header)
    total = len(frames.commit)
    salt_ok = (frames.salt1 == header.salts[0]) & (frames.salt2 == header.salts[1])
    good = salt_ok & frames.pgno_ok & frames.chained_ok
    bad_indexes = np.flatnonzero(~good)
    first_bad = int(bad_indexes[0]) if len(bad_indexes) else total
    commits_before = np.flatnonzero(frames.commit[:first_bad])
    frames_valid = int(commits_before[-1]) + 1 if len(commits_before) else 0

    damage = None
    if first_bad < total:
        # Committed data after the first bad frame proves damage rather than a torn tail: a
        # later commit frame with this WAL's salts whose checksum is right locally, or the bad
        # frame itself when only its (unchecksummed) salt differs.
        later = np.zeros(total, dtype=np.bool_)
        later[first_bad + 1 :] = True
        evidence = (
            frames.commit & frames.pgno_ok & (frames.chained_ok | frames.skip_ok) & salt_ok & later
        )
        evidence[first_bad] = bool(
            frames.commit[first_bad] and frames.pgno_ok[first_bad] and frames.chained_ok[first_bad]
        )
        evidence_indexes = np.flatnonzero(evidence)
        if len(evidence_indexes):
            reason = (
                "the frame's salt does not match the log header"
                if not salt_ok[first_bad]
                else "the frame's page number is zero"
                if not frames.pgno_ok[first_bad]
                else "the frame's checksum does not match"
            )
            damage = WalDamage(
                frame_index=first_bad,
                byte_offset=WAL_HEADER_SIZE + first_bad * frame_size,
                reason=reason,
                committed_frames_after_damage=int(evidence_indexes[-1]) + 1 - first_bad,
                commits_after_damage=len(evidence_indexes),
            )
    return WalReport(
        wal_path=wal_path,
        file_size=file_size,
        page_size=header.page_size,
        frames_total=total,
        frames_valid=frames_valid,
        first_invalid_frame=first_bad if first_bad < total else None,
        trailing_bytes=(file_size - WAL_HEADER_SIZE) % frame_size,
        header_valid=True,
        damage=damage,
    )


def _inspect_unusable_header(
    wal_path: Path, wal: BinaryIO, file_size: int, header: _Header
) -> WalReport:
    """SQLite ignores the whole WAL; it is damage if the frames still hold commits.

    The header's page size and byte order may be the damaged part, so every layout is tried;
    a commit frame whose checksum continues correctly from its predecessor's is proof enough
    (a chance match has odds of 2**-64).
    """
    page_sizes = sorted(_PAGE_SIZES, key=lambda size: size != header.page_size)
    for page_size in page_sizes:
        frame_size = FRAME_HEADER_SIZE + page_size
        if file_size - WAL_HEADER_SIZE < frame_size:
            continue
        for big_endian in (header.big_endian, not header.big_endian):
            frames = _read_frames(wal, file_size, page_size, big_endian, header)
            evidence = np.flatnonzero(frames.commit & frames.pgno_ok & frames.chained_ok)
            if not len(evidence):
                continue
            # the frames must agree among themselves on the salts of their generation
            salts = (frames.salt1[evidence[-1]], frames.salt2[evidence[-1]])
            same = (frames.salt1[evidence] == salts[0]) & (frames.salt2[evidence] == salts[1])
            evidence = evidence[same]
            return WalReport(
                wal_path=wal_path,
                file_size=file_size,
                page_size=page_size,
                frames_total=len(frames.commit),
                frames_valid=0,
                first_invalid_frame=0,
                trailing_bytes=(file_size - WAL_HEADER_SIZE) % frame_size,
                header_valid=False,
                damage=WalDamage(
                    frame_index=None,
                    byte_offset=0,
                    reason=f"the log header is invalid ({header.problem})",
                    committed_frames_after_damage=int(evidence[-1]) + 1,
                    commits_after_damage=len(evidence),
                ),
            )
    return WalReport(
        wal_path=wal_path,
        file_size=file_size,
        page_size=0,
        frames_total=0,
        frames_valid=0,
        first_invalid_frame=None,
        trailing_bytes=file_size - WAL_HEADER_SIZE,
        header_valid=False,
        damage=None,
    )


def _parse_header(raw: bytes) -> _Header:
    magic, version, page_size, _ckpt_seq, salt1, salt2, ck1, ck2 = struct.unpack(">8I", raw)
    big_endian = bool(magic & 1)
    computed = _checksum_py(raw[:24], big_endian, (0, 0))
    problem = None
    if magic & ~1 != _MAGIC:
        problem = f"bad magic number 0x{magic:08x}"
    elif page_size not in _PAGE_SIZES:
        problem = f"invalid page size {page_size}"
    elif computed != (ck1, ck2):
        problem = "header checksum does not match"
    elif version != _VERSION:
        problem = f"unsupported version {version}"
    return _Header(
        big_endian=big_endian,
        page_size=page_size,
        salts=(salt1, salt2),
        stored_checksum=(ck1, ck2),
        problem=problem,
    )


def _checksum_py(data: bytes, big_endian: bool, start: tuple[int, int]) -> tuple[int, int]:
    """SQLite's WAL checksum in plain Python, for the 24 header bytes."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0, s1 = start
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


@functools.cache
def _checksum_coefficients(pairs: int) -> tuple[tuple[int, int, int, int], _U32, _U32, _U32, _U32]:
    """Turn SQLite's sequential checksum over a frame into dot products.

    One step over a word pair (a, b) is s0' = s0 + s1 + a, s1' = s0 + 2*s1 + a + b, i.e.
    S' = M @ S + (a, a + b) with M = [[1, 1], [1, 2]], all modulo 2**32. Over n pairs:
    S_n = M**n @ S_0 + sum_k M**(n-1-k) @ (a_k, a_k + b_k). Returns M**n and, per pair k,
    the coefficients of a_k and b_k in each of the two sums.
    """
    powers: list[tuple[int, int, int, int]] = [(1, 0, 0, 1)]
    for _ in range(pairs):
        q00, q01, q10, q11 = powers[-1]
        powers.append(
            (
                (q00 + q10) & _MASK,
                (q01 + q11) & _MASK,
                (q00 + 2 * q10) & _MASK,
                (q01 + 2 * q11) & _MASK,
            )
        )
    matrix = np.array(powers[pairs - 1 :: -1], dtype=np.uint64)  # row k: M**(n-1-k)
    a0 = ((matrix[:, 0] + matrix[:, 1]) & _MASK).astype(np.uint32)
    b0 = matrix[:, 1].astype(np.uint32)
    a1 = ((matrix[:, 2] + matrix[:, 3]) & _MASK).astype(np.uint32)
    b1 = matrix[:, 3].astype(np.uint32)
    return powers[pairs], a0, b0, a1, b1


def _read_frames(
    wal: BinaryIO, file_size: int, page_size: int, big_endian: bool, header: _Header
) -> _Frames:
    frame_size = FRAME_HEADER_SIZE + page_size
    total = (file_size - WAL_HEADER_SIZE) // frame_size
    per_chunk = max(1, _CHUNK_BYTES // frame_size)
    swap = big_endian != (sys.byteorder == "big")
    (p00, p01, p10, p11), a0, b0, a1, b1 = _checksum_coefficients(1 + page_size // 8)
    prev_stored = header.stored_checksum
    prev_computed = header.stored_checksum
    parts: list[tuple[_U32, ...]] = []
    wal.seek(WAL_HEADER_SIZE)
    for first in range(0, total, per_chunk):
        raw = wal.read(min(per_chunk, total - first) * frame_size)
        count = len(raw) // frame_size  # fewer only if the file shrank while being read
        if count == 0:
            break
        raw = raw[: count * frame_size]
        words: _U32 = np.frombuffer(raw, dtype=np.uint32).reshape(count, frame_size // 4)
        fields = np.frombuffer(raw, dtype=">u4").reshape(count, frame_size // 4)[:, :6]
        fields = fields.astype(np.uint32)
        if swap:
            words = words.byteswap()
        # the checksummed words: frame header bytes 0..8, then the page image
        sum_a = (words[:, 0] * a0[0] + words[:, 6::2] @ a0[1:]) + (
            words[:, 1] * b0[0] + words[:, 7::2] @ b0[1:]
        )
        sum_b = (words[:, 0] * a1[0] + words[:, 6::2] @ a1[1:]) + (
            words[:, 1] * b1[0] + words[:, 7::2] @ b1[1:]
        )
        stored0, stored1 = fields[:, 4], fields[:, 5]
        before0 = np.concatenate(([prev_stored[0]], stored0[:-1])).astype(np.uint32)
        before1 = np.concatenate(([prev_stored[1]], stored1[:-1])).astype(np.uint32)
        chained0 = p00 * before0 + p01 * before1 + sum_a
        chained1 = p10 * before0 + p11 * before1 + sum_b
        skip0 = np.concatenate(([prev_computed[0]], chained0[:-1])).astype(np.uint32)
        skip1 = np.concatenate(([prev_computed[1]], chained1[:-1])).astype(np.uint32)
        skipped0 = p00 * skip0 + p01 * skip1 + sum_a
        skipped1 = p10 * skip0 + p11 * skip1 + sum_b
        parts.append((fields, chained0, chained1, skipped0, skipped1))
        prev_stored = (int(stored0[-1]), int(stored1[-1]))
        prev_computed = (int(chained0[-1]), int(chained1[-1]))
    if not parts:
        empty_u32: _U32 = np.zeros((0, 6), dtype=np.uint32)
        parts.append((empty_u32, *(np.zeros(0, dtype=np.uint32) for _ in range(4))))
    fields = np.concatenate([part[0] for part in parts])
    chained0, chained1, skipped0, skipped1 = (
        np.concatenate([part[i] for part in parts]) for i in range(1, 5)
    )
    stored0, stored1 = fields[:, 4], fields[:, 5]
    return _Frames(
        commit=fields[:, 1] != 0,
        pgno_ok=fields[:, 0] != 0,
        salt1=fields[:, 2],
        salt2=fields[:, 3],
        chained_ok=(chained0 == stored0) & (chained1 == stored1),
        skip_ok=(skipped0 == stored0) & (skipped1 == stored1),
    )
