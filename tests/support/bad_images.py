"""Builders for image-intake tests: PNG chunks with CRCs, EXIF segments, and a bad-file corpus."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image

from registrar.biometrics.cv import cv2
from registrar.errors import ErrorCode

FACES = Path(__file__).parent.parent / "data" / "faces"
FACE = FACES / "people" / "obama" / "1.jpg"  # 512 x 640
RGBA_FACE = FACES / "hard" / "32bit_rgba.png"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# --- PNG ----------------------------------------------------------------------------------


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload)
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def png_ihdr(width: int, height: int, depth: int = 8, colour: int = 2) -> bytes:
    return png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0))


def png_bomb(width: int = 20_000, height: int = 20_000) -> bytes:
    """A few hundred bytes that declare width x height RGB pixels (the first rows only)."""
    rows = zlib.compress(b"\x00" * (1 + 3 * width) * 4, 9)
    return (
        PNG_SIGNATURE + png_ihdr(width, height) + png_chunk(b"IDAT", rows) + png_chunk(b"IEND", b"")
    )


def png_chunks(data: bytes) -> list[tuple[bytes, int, int]]:
    """(type, start, end) of every chunk of a well-formed PNG."""
    out = []
    pos = 8
    while pos < len(data):
        length, kind = struct.unpack_from(">I4s", data, pos)
        out.append((kind, pos, pos + 12 + length))
        pos += 12 + length
    return out


def png_insert_before_idat(data: bytes, *chunks: bytes) -> bytes:
    first_idat = next(start for kind, start, _ in png_chunks(data) if kind == b"IDAT")
    return data[:first_idat] + b"".join(chunks) + data[first_idat:]


def encode_png(pixels: npt.NDArray[Any]) -> bytes:
    ok, buf = cv2.imencode(".png", pixels)
    assert ok
    return buf.tobytes()


# --- JPEG ---------------------------------------------------------------------------------


def encode_jpeg_cv(
    bgr: npt.NDArray[np.uint8], quality: int = 95, progressive: bool = False
) -> bytes:
    params = [cv2.IMWRITE_JPEG_QUALITY, quality, cv2.IMWRITE_JPEG_PROGRESSIVE, int(progressive)]
    ok, buf = cv2.imencode(".jpg", bgr, params)
    assert ok
    return buf.tobytes()


def jpeg_segments(data: bytes) -> list[tuple[int, int, int]]:
    """(marker, start, end) of the segments of a well-formed JPEG up to and including SOS."""
    out = []
    pos = 2
    while True:
        assert data[pos] == 0xFF
        marker = data[pos + 1]
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        out.append((marker, pos, pos + 2 + length))
        if marker == 0xDA:
            return out
        pos += 2 + length


def exif_tiff(orientation: int, byte_order: str = "<", padding: bytes = b"") -> bytes:
    """An EXIF TIFF structure whose IFD0 holds Make and Orientation, then ``padding``."""
    magic = b"II*\x00" if byte_order == "<" else b"MM\x00*"
    entries = [
        struct.pack(byte_order + "HHI4s", 0x010F, 2, 4, b"Cam\x00"),  # Make, inline ASCII
        struct.pack(byte_order + "HHIH2x", 0x0112, 3, 1, orientation),  # Orientation
    ]
    ifd = struct.pack(byte_order + "H", len(entries)) + b"".join(entries) + b"\x00" * 4
    return magic + struct.pack(byte_order + "I", 8) + ifd + padding


def app1_exif(tiff: bytes) -> bytes:
    payload = b"Exif\x00\x00" + tiff
    assert len(payload) + 2 <= 0xFFFF
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def insert_after_soi(jpeg: bytes, *segments: bytes) -> bytes:
    return jpeg[:2] + b"".join(segments) + jpeg[2:]


def with_frame_size(jpeg: bytes, width: int, height: int) -> bytes:
    """The same JPEG with its start-of-frame header declaring another size."""
    marker, start, _ = next(s for s in jpeg_segments(jpeg) if 0xC0 <= s[0] <= 0xC2)
    assert marker in (0xC0, 0xC2)
    return jpeg[: start + 5] + struct.pack(">HH", height, width) + jpeg[start + 9 :]


def truncated_in_scan(jpeg: bytes) -> bytes:
    scan_start = jpeg_segments(jpeg)[-1][2]
    return jpeg[: (scan_start + len(jpeg)) // 2]


def cmyk_jpeg(cmyk: npt.NDArray[np.uint8], quality: int = 95) -> bytes:
    """A four-component (Adobe) JPEG, as Photoshop and print workflows write them."""
    buf = io.BytesIO()
    Image.fromarray(cmyk, "CMYK").save(buf, "JPEG", quality=quality)
    data = buf.getvalue()
    assert b"Adobe" in data
    return data


def face_bgr() -> npt.NDArray[np.uint8]:
    img = cv2.imread(str(FACE), cv2.IMREAD_COLOR)
    assert img is not None
    return np.asarray(img, dtype=np.uint8)


def resize(img: npt.NDArray[np.uint8], width: int, height: int) -> npt.NDArray[np.uint8]:
    return np.asarray(cv2.resize(img, (width, height)), dtype=np.uint8)


# --- the corpus -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    code: ErrorCode | None  # None: accepted
    says: str  # a word the refusal message must contain


def bad_corpus() -> list[Case]:
    """Every kind of bad (and awkward but good) file intake must handle, with its outcome."""
    rng = np.random.default_rng(20240611)
    face = face_bgr()
    jpeg = encode_jpeg_cv(face, 90)
    png = encode_png(face)
    small = resize(face, 64, 80)

    def enc(ext: str, img: npt.NDArray[Any]) -> bytes:
        ok, buf = cv2.imencode(ext, img)
        assert ok, ext
        return buf.tobytes()

    bad_idat_crc = bytearray(png)
    idat_end = next(end for kind, _, end in png_chunks(png) if kind == b"IDAT")
    bad_idat_crc[idat_end - 1] ^= 0xFF
    bad_ihdr_crc = bytearray(png)
    bad_ihdr_crc[32] ^= 0xFF

    ftyp_heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    ftyp_mp4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 64
    tiff_exif_1 = exif_tiff(1, "<", bytes(rng.integers(0, 256, 65_400, dtype=np.uint8)))
    huge_exif = insert_after_soi(jpeg, *[app1_exif(tiff_exif_1)] * 40)
    big_photo = encode_jpeg_cv(resize(face, 3000, 3750), 85)
    grey_alpha = np.dstack([small[:, :, 0], np.full(small.shape[:2], 128, np.uint8)])
    la = io.BytesIO()
    Image.fromarray(grey_alpha, "LA").save(la, "PNG")
    rgb_face = Image.fromarray(np.ascontiguousarray(face[:, :, ::-1]))
    face_as_cmyk = np.ascontiguousarray(np.asarray(rgb_face.convert("CMYK")))
    palette = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(small[:, :, ::-1])).convert("P").save(palette, "PNG")

    return [
        Case("empty", b"", ErrorCode.IMAGE_EMPTY, "empty"),
        Case("text", b"Surname: -\nGiven name: -\n" * 20, ErrorCode.IMAGE_NOT_AN_IMAGE, "text"),
        Case("zip", b"PK\x03\x04" + bytes(100), ErrorCode.IMAGE_NOT_AN_IMAGE, "ZIP"),
        Case("mp4", ftyp_mp4, ErrorCode.IMAGE_NOT_AN_IMAGE, "video"),
        Case(
            "noise",
            bytes(rng.integers(0, 256, 5000, dtype=np.uint8)) + b"\x00",
            ErrorCode.IMAGE_NOT_AN_IMAGE,
            "not an image",
        ),
        Case("gif", enc(".gif", small), ErrorCode.IMAGE_UNSUPPORTED_FORMAT, "GIF"),
        Case("bmp", enc(".bmp", small), ErrorCode.IMAGE_UNSUPPORTED_FORMAT, "BMP"),
        Case("webp", enc(".webp", small), ErrorCode.IMAGE_UNSUPPORTED_FORMAT, "WebP"),
        Case("tiff", enc(".tiff", small), ErrorCode.IMAGE_UNSUPPORTED_FORMAT, "TIFF"),
        Case("avif", enc(".avif", small), ErrorCode.IMAGE_UNSUPPORTED_FORMAT, "AVIF"),
        Case("heic", ftyp_heic, ErrorCode.IMAGE_UNSUPPORTED_FORMAT, "HEIC"),
        Case("jpeg2000", enc(".jp2", small), ErrorCode.IMAGE_UNSUPPORTED_FORMAT, "JPEG 2000"),
        Case(
            "pdf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
            ErrorCode.IMAGE_UNSUPPORTED_FORMAT,
            "PDF",
        ),
        Case(
            "jpeg_truncated_in_scan",
            truncated_in_scan(jpeg),
            ErrorCode.IMAGE_TRUNCATED,
            "truncated",
        ),
        Case("jpeg_without_eoi", jpeg[:-2], ErrorCode.IMAGE_TRUNCATED, "end-of-image"),
        Case("jpeg_cut_in_header", jpeg[:300], ErrorCode.IMAGE_TRUNCATED, "truncated"),
        Case(
            "jpeg_magic_then_noise",
            b"\xff\xd8\xff" + bytes(rng.integers(0, 256, 262_144, dtype=np.uint8)),
            ErrorCode.IMAGE_CORRUPT,
            "corrupt",
        ),
        Case(
            "jpeg_sof_30000x30000",
            with_frame_size(jpeg, 30_000, 30_000),
            ErrorCode.IMAGE_TOO_MANY_PIXELS,
            "30000x30000",
        ),
        Case(
            "jpeg_height_zero_dnl",
            with_frame_size(jpeg, 512, 0),
            ErrorCode.IMAGE_TOO_MANY_PIXELS,
            "zero",
        ),
        Case(
            "jpeg_too_small",
            encode_jpeg_cv(resize(face, 32, 40)),
            ErrorCode.IMAGE_TOO_SMALL,
            "32x40",
        ),
        Case("png_bomb_20000x20000", png_bomb(), ErrorCode.IMAGE_TOO_MANY_PIXELS, "20000x20000"),
        Case("png_bad_idat_crc", bytes(bad_idat_crc), ErrorCode.IMAGE_CORRUPT, "corrupt"),
        Case("png_bad_ihdr_crc", bytes(bad_ihdr_crc), ErrorCode.IMAGE_CORRUPT, "CRC"),
        Case("png_without_iend", png[:-12], ErrorCode.IMAGE_TRUNCATED, "IEND"),
        Case("png_cut_in_half", png[: len(png) // 2], ErrorCode.IMAGE_TRUNCATED, "truncated"),
        Case(
            "png_magic_then_noise",
            PNG_SIGNATURE + bytes(rng.integers(0, 256, 4096, dtype=np.uint8)),
            ErrorCode.IMAGE_CORRUPT,
            "IHDR",
        ),
        Case(
            "jpeg_many_segments",
            insert_after_soi(jpeg, b"\xff\xfe\x00\x02" * 10_001),
            ErrorCode.IMAGE_CORRUPT,
            "segments",
        ),
        Case(
            "png_many_chunks",
            png_insert_before_idat(png, png_chunk(b"teXt", b"") * 100_001),
            ErrorCode.IMAGE_CORRUPT,
            "chunks",
        ),
        Case(
            "over_byte_cap",
            jpeg + bytes(16 * 1024 * 1024 - len(jpeg)),
            ErrorCode.IMAGE_TOO_LARGE,
            "bytes",
        ),
        # awkward but good
        Case("cmyk_jpeg", cmyk_jpeg(face_as_cmyk), None, ""),
        Case("png_16bit", encode_png(face.astype(np.uint16) * 257), None, ""),
        Case("png_grey", encode_png(face[:, :, 1]), None, ""),
        Case("jpeg_grey", encode_jpeg_cv(face[:, :, 1]), None, ""),
        Case("png_grey_alpha", la.getvalue(), None, ""),
        Case("png_rgba_face", RGBA_FACE.read_bytes(), None, ""),
        Case("png_palette", palette.getvalue(), None, ""),
        Case("jpeg_progressive", encode_jpeg_cv(face, 90, progressive=True), None, ""),
        Case("jpeg_huge_exif", huge_exif, None, ""),
        Case("jpeg_exif_rotated", insert_after_soi(jpeg, app1_exif(exif_tiff(6, ">"))), None, ""),
        Case("jpeg_11_megapixels", big_photo, None, ""),
    ]
