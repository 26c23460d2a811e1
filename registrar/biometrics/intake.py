"""Safe image intake: JPEG and PNG by content, capped before decoding, upright BGR pixels out."""

from __future__ import annotations

import os
import re
import stat
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, cast

import numpy as np
import numpy.typing as npt

from registrar.biometrics.cv import cv2
from registrar.errors import BugError, ErrorCode, KnownError

__all__ = [
    "IntakeImage",
    "IntakeLimits",
    "encode_jpeg",
    "load_image",
    "sniff_format",
]

#: JPEG marker segments before the first scan; real files have a few dozen at most.
MAX_JPEG_SEGMENTS: Final = 10_000
#: PNG chunks; encoders write IDAT in pieces of 8 KB or more, so 15 MB needs about 2,000.
MAX_PNG_CHUNKS: Final = 100_000

_PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE: Final = b"\xff\xd8\xff"
_JPEG_FILL: Final = re.compile(rb"\xff+")
_U16BE: Final = struct.Struct(">H")
_PNG_CHUNK_HEAD: Final = struct.Struct(">I4s")
_PNG_IHDR: Final = struct.Struct(">IIBBBBB")

# Start-of-frame markers: C0..CF without DHT (C4), JPG (C8) and DAC (CC).
_SOF_MARKERS: Final = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_HIERARCHICAL_SOF: Final = frozenset({0xC5, 0xC6, 0xC7, 0xCD, 0xCE, 0xCF})
_STANDALONE_MARKERS: Final = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM, RST0..RST7
# Segments libjpeg needs to pick the colour transform: JFIF (APP0) and Adobe (APP14).
# Every other APPn and COM segment is metadata, dropped before OpenCV sees the file.
_JPEG_METADATA_MARKERS: Final = frozenset({*range(0xE1, 0xEE), 0xEF, 0xFE})
# PNG chunks that carry pixels; everything else (text, EXIF, ICC, APNG frames) is dropped.
_PNG_PIXEL_CHUNKS: Final = frozenset({b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"})
_PNG_BIT_DEPTHS: Final = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}

_ORIENTATION_TAG: Final = 0x0112
_MAX_IFD_ENTRIES: Final = 1_000

_ISO_MEDIA_BRANDS: Final = {
    b"avif": "AVIF",
    b"avis": "AVIF",
    b"heic": "HEIC",
    b"heix": "HEIC",
    b"heim": "HEIC",
    b"heis": "HEIC",
    b"hevc": "HEIC",
    b"hevx": "HEIC",
    b"mif1": "HEIF",
    b"msf1": "HEIF",
    b"crx ": "Canon RAW (CR3)",
    b"jxl ": "JPEG XL",
}

# (prefix, name) of formats we recognise and refuse; checked in order.
_OTHER_FORMATS: Final[tuple[tuple[bytes, str], ...]] = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF (or a camera RAW file)"),
    (b"MM\x00*", "TIFF (or a camera RAW file)"),
    (b"II+\x00", "BigTIFF"),
    (b"MM\x00+", "BigTIFF"),
    (b"IIRO", "Olympus RAW (ORF)"),
    (b"IIU\x00", "Panasonic RAW (RW2)"),
    (b"FUJIFILMCCD-RAW", "Fujifilm RAW (RAF)"),
    (b"%PDF-", "PDF"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JPEG 2000"),
    (b"\xff\x4f\xff\x51", "JPEG 2000"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "JPEG XL"),
    (b"\xff\x0a", "JPEG XL"),
    (b"\x8aMNG\r\n\x1a\n", "MNG"),
    (b"\x8bJNG\r\n\x1a\n", "JNG"),
    (b"8BPS", "Photoshop (PSD)"),
    (b"v/1\x01", "OpenEXR"),
    (b"#?RADIANCE", "Radiance HDR"),
    (b"#?RGBE", "Radiance HDR"),
    (b"\x59\xa6\x6a\x95", "Sun raster"),
    (b"qoif", "QOI"),
    (b"DDS ", "DirectDraw Surface (DDS)"),
)
_NOT_IMAGES: Final[tuple[tuple[bytes, str], ...]] = (
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3\x00", "a database"),
    (b"OggS", "an audio or video file (Ogg)"),
    (b"\x1aE\xdf\xa3", "a video file (Matroska/WebM)"),
    (b"ID3", "an audio file (MP3)"),
)


@dataclass(frozen=True, slots=True)
class IntakeLimits:
    """What intake accepts: bytes in the file, pixels declared, and the shortest side."""

    max_bytes: int = 15 * 1024 * 1024
    max_pixels: int = 40_000_000
    min_side: int = 48  # smaller than this cannot hold a usable face


@dataclass(frozen=True, slots=True, eq=False)
class IntakeImage:
    """An accepted image: upright 8-bit BGR pixels only, no metadata."""

    bgr: npt.NDArray[np.uint8]  # H x W x 3, C-contiguous, orientation applied
    source_format: str  # "jpeg" | "png" | "frame"
    orientation: int  # EXIF orientation found (1 = none / upright)
    original_width: int  # as stored in the file, before rotation
    original_height: int

    @property
    def width(self) -> int:
        return int(self.bgr.shape[1])

    @property
    def height(self) -> int:
        return int(self.bgr.shape[0])


@dataclass(frozen=True, slots=True)
class _Header:
    width: int
    height: int
    orientation: int
    decode_bytes: bytes  # the file as handed to OpenCV, metadata segments removed


# --- format recognition -------------------------------------------------------------------


def sniff_format(data: bytes) -> str:
    """Return "jpeg" or "png" from the content; refuse everything else with a KnownError."""
    if not data:
        raise KnownError(ErrorCode.IMAGE_EMPTY, "the image is empty (0 bytes)")
    if data.startswith(_JPEG_SIGNATURE):
        return "jpeg"
    if data.startswith(_PNG_SIGNATURE):
        return "png"
    other = _other_image_format(data)
    if other is not None:
        raise KnownError(
            ErrorCode.IMAGE_UNSUPPORTED_FORMAT,
            f"the image format is {other}; only JPEG and PNG are accepted",
            format=other,
        )
    raise KnownError(
        ErrorCode.IMAGE_NOT_AN_IMAGE,
        f"the file is not an image ({_describe_non_image(data)}); JPEG or PNG expected",
    )


def _other_image_format(data: bytes) -> str | None:
    for prefix, name in _OTHER_FORMATS:
        if data.startswith(prefix):
            return name
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    if len(data) >= 12 and data[4:8] == b"ftyp":
        return _iso_media_image(data)
    if len(data) >= 18 and data[:2] == b"BM":
        dib_header_size = int.from_bytes(data[14:18], "little")
        if dib_header_size in (12, 16, 40, 52, 56, 64, 108, 124):
            return "BMP"
    if (
        len(data) >= 6
        and data[:4] in (b"\x00\x00\x01\x00", b"\x00\x00\x02\x00")
        and data[4:6] != b"\x00\x00"
    ):
        return "Windows icon (ICO)"
    if len(data) >= 3 and data[0:1] == b"P" and data[1:2] in b"1234567" and data[2:3] in b" \t\r\n":
        return "Netpbm (PNM)"
    if len(data) >= 3 and data[:2] in (b"PF", b"Pf") and data[2:3] in b" \t\r\n":
        return "PFM"
    if len(data) >= 132 and data[128:132] == b"DICM":
        return "DICOM"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in head:
        return "SVG"
    return None


def _iso_media_image(data: bytes) -> str | None:
    """HEIC/AVIF and friends by the brands of their ftyp box; None for video and audio."""
    box_size = int.from_bytes(data[0:4], "big")
    box_end = min(len(data), max(16, box_size), 4096)
    brands = [data[8:12]]
    brands += [data[i : i + 4] for i in range(16, box_end - 3, 4)]
    for brand in brands:
        if brand in (b"avif", b"avis"):
            return "AVIF"
    for brand in brands:
        name = _ISO_MEDIA_BRANDS.get(brand)
        if name is not None:
            return name
    return None


def _describe_non_image(data: bytes) -> str:
    for prefix, what in _NOT_IMAGES:
        if data.startswith(prefix):
            return f"it looks like {what}"
    if len(data) >= 12 and data[4:8] == b"ftyp":
        return "it looks like an MP4 or QuickTime video"
    if data.startswith(b"RIFF"):
        return "it looks like a RIFF audio or video file"
    if data.startswith(_JPEG_SIGNATURE[:2]) or data.startswith(_PNG_SIGNATURE[:4]):
        return "it starts like a JPEG or PNG but its signature is broken"
    sample = data[:4096]
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError:
        # The sample may end in the middle of a character; judge by the rest.
        try:
            text = sample[:-4].decode("utf-8") if len(sample) > 4 else ""
        except UnicodeDecodeError:
            text = ""
    if text and all(ch.isprintable() or ch in "\t\r\n\f" for ch in text):
        return "it looks like text"
    return "unrecognised content"


# --- JPEG ---------------------------------------------------------------------------------


def _jpeg_header(data: bytes) -> _Header:
    """Walk the marker segments to the first scan: size, EXIF orientation, truncation."""
    n = len(data)
    pos = 2  # after SOI
    kept: list[bytes] = []
    kept_from = 0
    width = height = -1
    orientation = 0
    segments = 0
    while True:
        segments += 1
        if segments > MAX_JPEG_SEGMENTS:
            raise _corrupt("jpeg", f"more than {MAX_JPEG_SEGMENTS} segments before the image data")
        if pos >= n:
            raise _truncated("jpeg", "the file ends before the image data")
        if data[pos] != 0xFF:
            raise _corrupt("jpeg", f"no marker where one was expected (byte {pos})")
        fill = _JPEG_FILL.match(data, pos)
        assert fill is not None  # data[pos] is 0xFF
        marker_at = fill.end() - 1
        pos = fill.end()
        if pos >= n:
            raise _truncated("jpeg", "the file ends before the image data")
        marker = data[pos]
        pos += 1
        if marker in _STANDALONE_MARKERS:
            continue
        if marker in (0x00, 0xD8, 0xD9):
            what = {0x00: "a stray 0xFF byte", 0xD8: "a second start of image"}.get(
                marker, "an end of image"
            )
            raise _corrupt("jpeg", f"{what} before the image data")
        if pos + 2 > n:
            raise _truncated("jpeg", "the file ends inside a segment header")
        length = _U16BE.unpack_from(data, pos)[0]
        if length < 2:
            raise _corrupt("jpeg", f"a segment declares an impossible length ({length})")
        end = pos + length
        if end > n:
            raise _truncated("jpeg", "a segment runs past the end of the file")
        if marker in _SOF_MARKERS:
            if width >= 0:
                raise _corrupt("jpeg", "more than one frame header")
            width, height = _jpeg_frame(data, pos, length, marker)
        elif marker == 0xE1 and orientation == 0 and data.startswith(b"Exif\x00\x00", pos + 2):
            orientation = _exif_orientation(data[pos + 8 : end])
        elif marker == 0xDA:  # start of scan: the entropy-coded data follows
            if width < 0:
                raise _corrupt("jpeg", "image data before the frame header")
            # Entropy-coded data never holds FF D9 (0xFF is stuffed), so this is the EOI.
            if data.rfind(b"\xff\xd9", end) < 0:
                raise _truncated("jpeg", "the image data ends without an end-of-image marker")
            break
        if marker in _JPEG_METADATA_MARKERS:
            kept.append(data[kept_from:marker_at])
            kept_from = end
        pos = end
    kept.append(data[kept_from:] if kept_from else data)
    decode_bytes = b"".join(kept) if len(kept) > 1 else kept[0]
    return _Header(width, height, orientation or 1, decode_bytes)


def _jpeg_frame(data: bytes, pos: int, length: int, marker: int) -> tuple[int, int]:
    """(width, height) from a start-of-frame segment whose length field is at ``pos``."""
    if length < 8:
        raise _corrupt("jpeg", "the frame header is too short")
    height = _U16BE.unpack_from(data, pos + 3)[0]
    width = _U16BE.unpack_from(data, pos + 5)[0]
    components = data[pos + 7]
    if length != 8 + 3 * components:
        raise _corrupt("jpeg", "the frame header length does not match its components")
    if marker in _HIERARCHICAL_SOF:
        raise KnownError(
            ErrorCode.IMAGE_UNSUPPORTED_FORMAT,
            "the file is a hierarchical JPEG, which cannot be decoded; JPEG and PNG only",
            format="hierarchical JPEG",
        )
    if components not in (1, 3, 4):
        raise KnownError(
            ErrorCode.IMAGE_UNSUPPORTED_FORMAT,
            f"the JPEG has {components} colour components; only grey, colour and CMYK work",
            format="jpeg",
            components=components,
        )
    return width, height


def _exif_orientation(tiff: bytes) -> int:
    """Orientation (1..8) from IFD0 of an EXIF TIFF structure; 0 when absent or garbled."""
    if len(tiff) < 8:
        return 0
    if tiff[:4] == b"II*\x00":
        order = "<"
    elif tiff[:4] == b"MM\x00*":
        order = ">"
    else:
        return 0
    ifd = struct.unpack_from(order + "I", tiff, 4)[0]
    if ifd < 8 or ifd + 2 > len(tiff):
        return 0
    count = struct.unpack_from(order + "H", tiff, ifd)[0]
    count = min(count, (len(tiff) - ifd - 2) // 12, _MAX_IFD_ENTRIES)
    entry = struct.Struct(order + "HHI")
    for i in range(count):
        at = ifd + 2 + 12 * i
        tag, kind, _ = entry.unpack_from(tiff, at)
        if tag != _ORIENTATION_TAG:
            continue
        if kind == 3:  # SHORT, left-justified in the value field
            value = int(struct.unpack_from(order + "H", tiff, at + 8)[0])
        elif kind == 4:  # LONG: wrong by the standard but written by some tools
            value = int(struct.unpack_from(order + "I", tiff, at + 8)[0])
        else:
            return 0
        return value if 1 <= value <= 8 else 0
    return 0


# --- PNG ----------------------------------------------------------------------------------


def _png_header(data: bytes) -> _Header:
    """IHDR size and checks, every chunk walked to IEND, pixel chunks kept for decoding."""
    n = len(data)
    if n < 33:
        raise _truncated("png", "the file ends inside the header")
    length, kind = _PNG_CHUNK_HEAD.unpack_from(data, 8)
    if kind == b"CgBI":
        raise KnownError(
            ErrorCode.IMAGE_UNSUPPORTED_FORMAT,
            "the file is an Apple-optimised PNG (CgBI), which standard decoders cannot read",
            format="CgBI PNG",
        )
    if kind != b"IHDR" or length != 13:
        raise _corrupt("png", "the first chunk is not a valid IHDR")
    if zlib.crc32(data[12:29]) != int.from_bytes(data[29:33], "big"):
        raise _corrupt("png", "the IHDR chunk fails its CRC check")
    width, height, depth, colour, compression, filtering, interlace = _PNG_IHDR.unpack_from(
        data, 16
    )
    if depth not in _PNG_BIT_DEPTHS.get(colour, ()):
        raise _corrupt("png", f"invalid bit depth {depth} for colour type {colour}")
    if compression != 0 or filtering != 0 or interlace not in (0, 1):
        raise _corrupt("png", "unknown compression, filter or interlace method")
    if width > 0x7FFFFFFF or height > 0x7FFFFFFF:
        raise _corrupt("png", "a dimension is larger than PNG allows")

    kept: list[bytes] = []
    run_start = 8
    pos = 33
    orientation = 0
    has_idat = False
    chunks = 1
    while True:
        if pos + 12 > n:
            raise _truncated("png", "the file ends before the IEND chunk")
        length, kind = _PNG_CHUNK_HEAD.unpack_from(data, pos)
        if length > 0x7FFFFFFF or not kind.isalpha() or not kind.isascii():
            raise _corrupt("png", f"a malformed chunk header at byte {pos}")
        end = pos + 12 + length
        if end > n:
            raise _truncated("png", "a chunk runs past the end of the file")
        chunks += 1
        if chunks > MAX_PNG_CHUNKS:
            raise _corrupt("png", f"more than {MAX_PNG_CHUNKS} chunks")
        if kind == b"IDAT":
            has_idat = True
        elif kind == b"IEND":
            break
        elif kind == b"eXIf" and orientation == 0:
            orientation = _exif_orientation(data[pos + 8 : end - 4])
        if kind not in _PNG_PIXEL_CHUNKS:
            if run_start < pos:
                kept.append(data[run_start:pos])
            run_start = end
        pos = end
    if not has_idat:
        raise _corrupt("png", "there is no image data (IDAT)")
    if run_start == 8:
        decode_bytes = data if end == n else data[:end]
    else:
        kept.append(data[run_start:end])
        decode_bytes = _PNG_SIGNATURE + b"".join(kept)
    return _Header(width, height, orientation or 1, decode_bytes)


# --- pixels -------------------------------------------------------------------------------


def _check_size(fmt: str, width: int, height: int, limits: IntakeLimits) -> None:
    if width <= 0 or height <= 0:
        raise KnownError(
            ErrorCode.IMAGE_TOO_MANY_PIXELS,
            f"the {fmt} declares a zero width or height, so its size cannot be bounded",
            width=width,
            height=height,
        )
    if width * height > limits.max_pixels:
        raise KnownError(
            ErrorCode.IMAGE_TOO_MANY_PIXELS,
            f"the image declares {width}x{height} pixels, more than the "
            f"{limits.max_pixels:,} allowed",
            width=width,
            height=height,
            max_pixels=limits.max_pixels,
        )
    if min(width, height) < limits.min_side:
        raise KnownError(
            ErrorCode.IMAGE_TOO_SMALL,
            f"the image is only {width}x{height} pixels; each side needs at least "
            f"{limits.min_side}",
            width=width,
            height=height,
            min_side=limits.min_side,
        )


def _decode(fmt: str, header: _Header) -> npt.NDArray[np.uint8]:
    flags = (
        cv2.IMREAD_UNCHANGED if fmt == "png" else cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION
    )
    buffer = np.frombuffer(header.decode_bytes, dtype=np.uint8)
    try:
        decoded = cv2.imdecode(buffer, flags)
    except cv2.error:
        decoded = None
    pixels: npt.NDArray[Any] | None = None if decoded is None else np.asarray(decoded)
    if pixels is None or pixels.shape[:2] != (header.height, header.width):
        raise _corrupt(fmt, "the decoder could not read the image data")
    if pixels.dtype == np.uint16:
        pixels = _to_8bit(pixels)
    elif pixels.dtype != np.uint8:
        raise _corrupt(fmt, f"the decoder returned {pixels.dtype} pixels")
    return _to_bgr(pixels)


def _u8(mat: object) -> npt.NDArray[np.uint8]:
    """An OpenCV result as the 8-bit array it is (OpenCV's stubs type it loosely)."""
    return cast("npt.NDArray[np.uint8]", mat)


def _to_8bit(pixels: npt.NDArray[np.uint16]) -> npt.NDArray[np.uint8]:
    """Scale 0..65535 to 0..255 with rounding (65535 -> 255, 257*k -> k)."""
    return _u8(cv2.convertScaleAbs(pixels, alpha=1.0 / 257.0))


def _to_bgr(pixels: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """Grey, BGR or BGRA 8-bit pixels as BGR; transparency is composited onto white."""
    if pixels.ndim == 3 and pixels.shape[2] == 1:
        pixels = pixels[:, :, 0]
    if pixels.ndim == 2:
        return _u8(cv2.cvtColor(pixels, cv2.COLOR_GRAY2BGR))
    if pixels.shape[2] == 3:
        return pixels
    alpha = pixels[:, :, 3]
    if int(alpha.min()) == 255:
        return _u8(cv2.cvtColor(pixels, cv2.COLOR_BGRA2BGR))
    # Transparent pixels can hold any colour: composite onto white,
    # out = (c * a + 255 * (255 - a)) / 255 rounded; the sum never exceeds 65025 + 127.
    a = alpha.astype(np.uint16)[:, :, None]
    mixed = pixels[:, :, :3].astype(np.uint16) * a
    mixed += (255 - a) * 255 + 127
    mixed //= 255
    return mixed.astype(np.uint8)


def _apply_orientation(bgr: npt.NDArray[np.uint8], orientation: int) -> npt.NDArray[np.uint8]:
    """Turn stored pixels upright according to an EXIF orientation value (1..8)."""
    if orientation == 2:  # mirrored left-right
        return _u8(cv2.flip(bgr, 1))
    if orientation == 3:  # upside down
        return _u8(cv2.rotate(bgr, cv2.ROTATE_180))
    if orientation == 4:  # mirrored top-bottom
        return _u8(cv2.flip(bgr, 0))
    if orientation == 5:  # mirrored along the main diagonal
        return _u8(cv2.transpose(bgr))
    if orientation == 6:  # stored turned 90 degrees anticlockwise
        return _u8(cv2.rotate(bgr, cv2.ROTATE_90_CLOCKWISE))
    if orientation == 7:  # mirrored along the anti-diagonal
        return _u8(cv2.rotate(cv2.transpose(bgr), cv2.ROTATE_180))
    if orientation == 8:  # stored turned 90 degrees clockwise
        return _u8(cv2.rotate(bgr, cv2.ROTATE_90_COUNTERCLOCKWISE))
    return bgr


def _from_frame(frame: npt.NDArray[np.generic], limits: IntakeLimits) -> IntakeImage:
    if frame.dtype != np.uint8:
        raise _bad_frame(f"the frame has {frame.dtype} pixels; uint8 expected", frame)
    if frame.ndim == 3 and frame.shape[2] in (1, 3, 4):
        pass
    elif frame.ndim != 2:
        raise _bad_frame(
            f"the frame has shape {frame.shape}; H x W, H x W x 3 or H x W x 4 expected", frame
        )
    height, width = int(frame.shape[0]), int(frame.shape[1])
    if width == 0 or height == 0:
        raise _bad_frame("the frame is empty", frame)
    _check_size("frame", width, height, limits)
    if frame.ndim == 3 and frame.shape[2] == 3:
        bgr: npt.NDArray[np.uint8] = np.array(frame, dtype=np.uint8, order="C", copy=True)
    else:  # grey and BGRA are converted into a new array
        bgr = np.ascontiguousarray(_to_bgr(np.ascontiguousarray(frame, dtype=np.uint8)))
    return IntakeImage(bgr, "frame", 1, width, height)


# --- entry points -------------------------------------------------------------------------


def load_image(
    source: bytes | bytearray | memoryview | Path | npt.NDArray[np.generic],
    limits: IntakeLimits = IntakeLimits(),
) -> IntakeImage:
    """Check and decode a JPEG or PNG (bytes or a file) or take a camera frame; upright BGR.

    Every refusal is a KnownError with an IMAGE_* code (FILE_UNREADABLE for a file that
    cannot be read); sizes are checked from the headers before any pixel is decoded.
    """
    if isinstance(source, np.ndarray):
        return _from_frame(source, limits)
    if isinstance(source, os.PathLike):
        data = _read_file(Path(source), limits)
    elif isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        raise BugError(f"load_image takes bytes, a Path or an array, not {type(source).__name__}")

    if not data:
        raise KnownError(ErrorCode.IMAGE_EMPTY, "the image is empty (0 bytes)")
    _check_bytes(len(data), limits)
    fmt = sniff_format(data)
    header = _jpeg_header(data) if fmt == "jpeg" else _png_header(data)
    _check_size(fmt.upper(), header.width, header.height, limits)
    bgr = _apply_orientation(_decode(fmt, header), header.orientation)
    return IntakeImage(
        np.ascontiguousarray(bgr), fmt, header.orientation, header.width, header.height
    )


def _check_bytes(size: int, limits: IntakeLimits) -> None:
    if size > limits.max_bytes:
        raise KnownError(
            ErrorCode.IMAGE_TOO_LARGE,
            f"the image file has {size:,} bytes, more than the {limits.max_bytes:,} allowed",
            size=size,
            max_bytes=limits.max_bytes,
        )


def _read_file(path: Path, limits: IntakeLimits) -> bytes:
    # The path may name a person, so it goes into the details, never the message.
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise KnownError(
                ErrorCode.FILE_UNREADABLE, "the image path is not a regular file", path=str(path)
            )
        _check_bytes(info.st_size, limits)
        with path.open("rb") as f:
            data = f.read(limits.max_bytes + 1)  # the file may grow after stat
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise KnownError(
            ErrorCode.FILE_UNREADABLE, f"cannot read the image file: {reason}", path=str(path)
        ) from None
    _check_bytes(len(data), limits)
    return data


def encode_jpeg(bgr: npt.NDArray[np.uint8], quality: int = 90) -> bytes:
    """Encode BGR (or grey) pixels as a baseline JPEG with a JFIF header and no metadata."""
    if not isinstance(bgr, np.ndarray) or bgr.dtype != np.uint8:
        raise BugError("encode_jpeg takes a uint8 array")
    if not (bgr.ndim == 2 or (bgr.ndim == 3 and bgr.shape[2] == 3)) or bgr.size == 0:
        raise BugError(f"encode_jpeg takes H x W x 3 or H x W pixels, not {bgr.shape}")
    if not 1 <= quality <= 100:
        raise BugError(f"JPEG quality must be 1..100, not {quality}")
    ok, encoded = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise BugError("OpenCV could not encode a JPEG")
    return bytes(encoded.tobytes())


# --- errors -------------------------------------------------------------------------------


def _corrupt(fmt: str, problem: str) -> KnownError:
    return KnownError(
        ErrorCode.IMAGE_CORRUPT, f"the {fmt.upper()} is corrupt: {problem}", format=fmt
    )


def _truncated(fmt: str, problem: str) -> KnownError:
    return KnownError(
        ErrorCode.IMAGE_TRUNCATED, f"the {fmt.upper()} is truncated: {problem}", format=fmt
    )


def _bad_frame(problem: str, frame: npt.NDArray[np.generic]) -> KnownError:
    return KnownError(
        ErrorCode.IMAGE_BAD_FRAME,
        problem,
        dtype=str(frame.dtype),
        shape=tuple(int(s) for s in frame.shape),
    )
