"""Image intake: JPEG and PNG only, caps before decoding, EXIF orientation, every refusal coded."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageOps
from support.bad_images import (
    FACES,
    PNG_SIGNATURE,
    RGBA_FACE,
    Case,
    app1_exif,
    bad_corpus,
    cmyk_jpeg,
    encode_jpeg_cv,
    encode_png,
    exif_tiff,
    face_bgr,
    insert_after_soi,
    jpeg_segments,
    png_chunk,
    png_insert_before_idat,
    resize,
    with_frame_size,
)

from registrar.biometrics.cv import cv2
from registrar.biometrics.intake import (
    IntakeImage,
    IntakeLimits,
    encode_jpeg,
    load_image,
    sniff_format,
)
from registrar.domain.model import jpeg_has_metadata
from registrar.errors import BugError, ErrorCode, KnownError

CORPUS = bad_corpus()
U8 = npt.NDArray[np.uint8]


def refusal(source: bytes | Path | npt.NDArray[np.generic], **limits: int) -> KnownError:
    with pytest.raises(KnownError) as info:
        load_image(source, IntakeLimits(**limits))
    return info.value


def mean_diff(a: npt.NDArray[np.generic], b: npt.NDArray[np.generic]) -> float:
    assert a.shape == b.shape
    return float(np.abs(a.astype(np.int16) - b.astype(np.int16)).mean())


def pil_bgr(image: Image.Image) -> U8:
    return np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])


def assert_bgr(image: IntakeImage) -> None:
    assert image.bgr.dtype == np.uint8
    assert image.bgr.ndim == 3 and image.bgr.shape[2] == 3
    assert image.bgr.flags.c_contiguous
    assert (image.height, image.width) == image.bgr.shape[:2]


# --- the corpus ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_corpus_outcome(case: Case) -> None:
    if case.code is None:
        image = load_image(case.data)
        assert_bgr(image)
        return
    error = refusal(case.data)
    assert error.code == case.code, error.message
    assert case.says.lower() in error.message.lower()


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_corpus_from_files(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "upload.jpg"  # the name says JPEG whatever the content is
    path.write_bytes(case.data)
    if case.code is None:
        assert_bgr(load_image(path))
    else:
        assert refusal(path).code == case.code


# A child process: import Registrar, measure the address space that takes, cap it at that
# plus HEADROOM, show the cap bites, then time every corpus file through load_image.
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from typing import Any
import numpy as np
from registrar.biometrics.intake import load_image
from registrar.errors import KnownError

def status(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(field)

manifest = json.loads(Path(sys.argv[1]).read_text())
base = status("VmSize")
limit = base + int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    np.ones(20_000 * 20_000 * 3, np.uint8)  # what decoding the PNG bomb would need
    bites = False
except MemoryError:
    bites = True
results = {}
for name, path in manifest:
    start = time.perf_counter()
    try:
        load_image(Path(path))
        outcome = "accepted"
    except KnownError as exc:
        outcome = str(exc.code)
    results[name] = [outcome, time.perf_counter() - start]
print(json.dumps({"base": base, "limit": limit, "peak": status("VmPeak"), "bites": bites,
                  "results": results}))
"""
HEADROOM = 640 * 1024 * 1024  # what a 12-megapixel photo needs, half a PNG bomb's decode


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS and /proc/self/status")
def test_corpus_in_bounded_time_and_memory(tmp_path: Path) -> None:
    assert HEADROOM < 20_000 * 20_000 * 3
    manifest = []
    for case in CORPUS:
        path = tmp_path / case.name
        path.write_bytes(case.data)
        manifest.append((case.name, str(path)))
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "manifest.json"), str(HEADROOM)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["bites"], "the memory cap does not stop a 1.2 GB allocation"
    for case in CORPUS:
        outcome, seconds = report["results"][case.name]
        assert outcome == (str(case.code) if case.code else "accepted"), case.name
        assert seconds < 1.0, (case.name, seconds)


# --- format recognition -------------------------------------------------------------------


def test_sniff_format_by_content_not_name() -> None:
    face = face_bgr()
    assert sniff_format(encode_jpeg_cv(face)) == "jpeg"
    assert sniff_format(encode_png(face)) == "png"
    with pytest.raises(KnownError) as info:
        sniff_format(b"")
    assert info.value.code == ErrorCode.IMAGE_EMPTY
    with pytest.raises(KnownError) as info:
        sniff_format(b"\xff\xd8 almost")
    assert info.value.code == ErrorCode.IMAGE_NOT_AN_IMAGE


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (b"GIF87a\x10\x00", "GIF"),
        (b"BM" + bytes(12) + b"\x28\x00\x00\x00", "BMP"),
        (b"MM\x00*\x00\x00\x00\x08", "TIFF"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WebP"),
        (b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1avif", "AVIF"),
        (b"\x00\x00\x00\x18ftypheix\x00\x00\x00\x00mif1heix", "HEIC"),
        (b"%PDF-1.4\n", "PDF"),
        (b"8BPS\x00\x01", "PSD"),
        (b"\xff\x0a\xff\x07", "JPEG XL"),
        (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">', "SVG"),
    ],
)
def test_other_formats_are_named(head: bytes, name: str) -> None:
    with pytest.raises(KnownError) as info:
        sniff_format(head + bytes(64))
    assert info.value.code == ErrorCode.IMAGE_UNSUPPORTED_FORMAT
    assert name in info.value.message


# --- paths --------------------------------------------------------------------------------


def test_real_face_photos_load(tmp_path: Path) -> None:
    photos = sorted(p for p in FACES.rglob("*") if p.suffix in (".jpg", ".png"))
    assert len(photos) >= 15
    for photo in photos:
        image = load_image(photo)
        assert_bgr(image)
        assert image.orientation == 1
        assert image.source_format == photo.suffix[1:].replace("jpg", "jpeg")
        if image.source_format == "jpeg":
            plain = cv2.imread(str(photo), cv2.IMREAD_COLOR)
            assert plain is not None
            assert np.array_equal(image.bgr, np.asarray(plain))


def test_file_size_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.jpg"
    with path.open("wb") as f:
        f.write(encode_jpeg_cv(face_bgr()))
        f.truncate(16 * 1024 * 1024)  # sparse: nothing past the JPEG is ever written

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    error = refusal(path)
    assert error.code == ErrorCode.IMAGE_TOO_LARGE
    assert error.details["size"] == 16 * 1024 * 1024


def test_unreadable_paths(tmp_path: Path) -> None:
    secret = "Mariam_Haddad"
    missing = refusal(tmp_path / f"{secret}.jpg")
    directory = tmp_path / secret
    directory.mkdir()
    errors = [missing, refusal(directory)]
    if hasattr(os, "mkfifo"):  # a pipe must not block intake forever
        fifo = tmp_path / f"{secret}.fifo"
        os.mkfifo(fifo)
        errors.append(refusal(fifo))
    for error in errors:
        assert error.code == ErrorCode.FILE_UNREADABLE
        assert secret not in error.message


def test_bytes_like_sources_and_wrong_types() -> None:
    data = encode_jpeg_cv(face_bgr())
    assert load_image(bytearray(data)).width == 512
    assert load_image(memoryview(data)).width == 512
    with pytest.raises(BugError):
        load_image(str(FACES / "people" / "obama" / "1.jpg"))  # type: ignore[arg-type]


# --- sizes --------------------------------------------------------------------------------


def test_limits_apply_to_declared_size() -> None:
    data = encode_jpeg_cv(face_bgr())  # 512 x 640
    assert refusal(data, max_pixels=512 * 640 - 1).code == ErrorCode.IMAGE_TOO_MANY_PIXELS
    assert load_image(data, IntakeLimits(max_pixels=512 * 640)).width == 512
    assert refusal(data, min_side=513).code == ErrorCode.IMAGE_TOO_SMALL
    assert refusal(data, max_bytes=len(data) - 1).code == ErrorCode.IMAGE_TOO_LARGE


def test_declared_size_is_refused_before_any_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = cv2.imdecode

    def counting(buf: Any, flags: int) -> Any:
        calls.append(1)
        return real(buf, flags)

    monkeypatch.setattr(cv2, "imdecode", counting)
    jpeg = encode_jpeg_cv(face_bgr())
    for case in CORPUS:
        if case.code is not None and case.code != ErrorCode.IMAGE_CORRUPT:
            refusal(case.data)
    refusal(with_frame_size(jpeg, 8000, 6000))
    assert calls == []
    load_image(jpeg)
    assert calls == [1]  # decoded once


@pytest.mark.parametrize(("width", "height"), [(400, 600), (600, 700)])
def test_pixels_decoded_are_the_pixels_declared(width: int, height: int) -> None:
    # A frame header that disagrees with its scan data: libjpeg decodes the declared size
    # (filling in grey where data runs out), so the pixel cap on the header still holds.
    data = with_frame_size(encode_jpeg_cv(face_bgr()), width, height)
    try:
        image = load_image(data)
    except KnownError as error:
        assert error.code == ErrorCode.IMAGE_CORRUPT
    else:
        assert image.bgr.shape == (height, width, 3)


def test_small_1280x720_jpeg_loads_in_a_few_ms() -> None:
    data = encode_jpeg(resize(face_bgr(), 1280, 720))
    load_image(data)
    times = []
    for _ in range(10):
        start = time.perf_counter()
        load_image(data)
        times.append(time.perf_counter() - start)
    assert sorted(times)[5] < 0.05


# --- JPEG ---------------------------------------------------------------------------------


def shown(stored: U8, orientation: int) -> U8:
    """How a viewer shows pixels stored with an EXIF orientation (Exif 2.32, table 4.6)."""
    views = {
        1: lambda s: s,
        2: lambda s: s[:, ::-1],
        3: lambda s: s[::-1, ::-1],
        4: lambda s: s[::-1],
        5: lambda s: s.transpose(1, 0, 2),
        6: lambda s: np.rot90(s, -1),
        7: lambda s: s[::-1, ::-1].transpose(1, 0, 2),
        8: lambda s: np.rot90(s, 1),
    }
    return np.ascontiguousarray(views[orientation](stored))


def stored_for(upright: U8, orientation: int) -> U8:
    if orientation == 6:
        return np.ascontiguousarray(np.rot90(upright, 1))
    if orientation == 8:
        return np.ascontiguousarray(np.rot90(upright, -1))
    return shown(upright, orientation)  # the others undo themselves


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_is_applied(orientation: int) -> None:
    upright = resize(face_bgr(), 256, 320)  # multiples of 16: flips keep JPEG blocks
    stored = stored_for(upright, orientation)
    assert np.array_equal(shown(stored, orientation), upright)
    byte_order = "<" if orientation % 2 else ">"
    data = insert_after_soi(
        encode_jpeg_cv(stored, 95), app1_exif(exif_tiff(orientation, byte_order))
    )

    image = load_image(data)

    assert image.orientation == orientation
    assert (image.original_width, image.original_height) == (stored.shape[1], stored.shape[0])
    assert image.bgr.shape == upright.shape
    assert mean_diff(image.bgr, upright) < 3  # JPEG noise only
    for other in range(1, 9):
        wrong = shown(stored, other)
        if other != orientation and wrong.shape == upright.shape:
            assert mean_diff(image.bgr, wrong) > 10
    # Pillow, independently, agrees pixel for pixel.
    expected = pil_bgr(ImageOps.exif_transpose(Image.open(io.BytesIO(data))))
    assert mean_diff(image.bgr, expected) < 0.5


@pytest.mark.parametrize(
    "tiff",
    [
        b"",
        b"II*\x00",
        b"XX*\x00\x08\x00\x00\x00",
        b"II*\x00\xff\xff\xff\x7f",  # IFD0 far past the end
        b"MM\x00*\x00\x00\x00\x08\xff\xff",  # 65535 entries, none there
        exif_tiff(9),  # no such orientation
        exif_tiff(0, ">"),
        exif_tiff(6)[:-10],  # the entry is cut off
        exif_tiff(6).replace(b"\x12\x01\x03\x00", b"\x12\x01\x02\x00"),  # ASCII, not SHORT
    ],
)
def test_garbled_exif_is_ignored(tiff: bytes) -> None:
    face = face_bgr()
    image = load_image(insert_after_soi(encode_jpeg_cv(face), app1_exif(tiff)))
    assert image.orientation == 1
    assert image.bgr.shape == face.shape


def test_huge_exif_is_accepted_and_not_carried_on() -> None:
    case = next(c for c in CORPUS if c.name == "jpeg_huge_exif")
    assert 1_000_000 < len(case.data) < 5_000_000
    assert sum(1 for m, _, _ in jpeg_segments(case.data) if m == 0xE1) == 40
    image = load_image(case.data)
    assert mean_diff(image.bgr, face_bgr()) < 2
    stored = encode_jpeg(image.bgr)
    assert not jpeg_has_metadata(stored)
    assert b"Exif" not in stored


def test_metadata_never_reaches_the_decoder(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytes] = []
    real = cv2.imdecode

    def spy(buf: Any, flags: int) -> Any:
        seen.append(bytes(buf))
        return real(buf, flags)

    monkeypatch.setattr(cv2, "imdecode", spy)
    face = face_bgr()
    comment = b"\xff\xfe\x00\x0fMariam Haddad"
    jpeg = insert_after_soi(encode_jpeg_cv(face), app1_exif(exif_tiff(3)), comment)
    png = png_insert_before_idat(
        encode_png(face),
        png_chunk(b"eXIf", exif_tiff(1)),
        png_chunk(b"tEXt", b"Author\x00Mariam Haddad"),
    )
    assert load_image(jpeg).orientation == 3
    assert np.array_equal(load_image(png).bgr, face)
    assert len(seen) == 2
    for buffer in seen:
        assert b"Exif" not in buffer and b"II*\x00" not in buffer
        assert b"Mariam" not in buffer
    assert seen[0].startswith(b"\xff\xd8\xff\xe0")  # JFIF kept: libjpeg reads it


def test_cmyk_jpeg_has_the_right_colours() -> None:
    # C, M, Y, K patches, 48 x 48 each; expected BGR where the CMYK formulas all agree.
    patches = [
        ((0, 0, 0, 0), (255, 255, 255)),
        ((255, 0, 0, 0), (255, 255, 0)),  # cyan
        ((0, 255, 0, 0), (255, 0, 255)),  # magenta
        ((0, 0, 255, 0), (0, 255, 255)),  # yellow
        ((0, 255, 255, 0), (0, 0, 255)),  # red
        ((255, 255, 0, 0), (255, 0, 0)),  # blue
        ((0, 0, 0, 128), (127, 127, 127)),
        ((0, 0, 0, 255), (0, 0, 0)),
    ]
    cmyk = np.concatenate([np.full((48, 48, 4), c, np.uint8) for c, _ in patches], axis=1)
    image = load_image(cmyk_jpeg(cmyk, quality=100))
    assert image.bgr.shape == (48, 48 * len(patches), 3)
    for i, (_, bgr) in enumerate(patches):
        centre = image.bgr[24, 48 * i + 24].astype(int)
        assert np.abs(centre - bgr).max() <= 4, (i, centre, bgr)


def test_cmyk_photo_matches_the_original() -> None:
    case = next(c for c in CORPUS if c.name == "cmyk_jpeg")
    image = load_image(case.data)
    assert mean_diff(image.bgr, face_bgr()) < 3
    assert mean_diff(image.bgr, pil_bgr(Image.open(io.BytesIO(case.data)))) < 2


def test_grey_jpeg_becomes_three_equal_channels() -> None:
    grey = face_bgr()[:, :, 1]
    image = load_image(encode_jpeg_cv(grey, 100))
    assert np.array_equal(image.bgr[:, :, 0], image.bgr[:, :, 2])
    assert mean_diff(image.bgr[:, :, 0], grey) < 1


def test_progressive_jpeg_fill_bytes_and_trailing_data() -> None:
    face = face_bgr()
    jpeg = encode_jpeg_cv(face, 95, progressive=True)
    padded = jpeg[:2] + b"\xff\xff\xff" + jpeg[2:] + b"\x00" * 100  # fill bytes; junk after EOI
    assert mean_diff(load_image(padded).bgr, face) < 2


def test_unsupported_jpeg_variants() -> None:
    jpeg = encode_jpeg_cv(face_bgr())
    start = next(s for m, s, _ in jpeg_segments(jpeg) if m == 0xC0)
    hierarchical = jpeg[: start + 1] + b"\xc5" + jpeg[start + 2 :]
    error = refusal(hierarchical)
    assert error.code == ErrorCode.IMAGE_UNSUPPORTED_FORMAT
    assert "hierarchical" in error.message
    two_components = bytearray(jpeg)
    two_components[start + 9] = 2
    assert refusal(bytes(two_components)).code in (
        ErrorCode.IMAGE_UNSUPPORTED_FORMAT,
        ErrorCode.IMAGE_CORRUPT,
    )


# --- PNG ----------------------------------------------------------------------------------


def test_16_bit_png_is_scaled_not_truncated() -> None:
    rng = np.random.default_rng(7)
    colour = rng.integers(0, 65536, (64, 80, 3), dtype=np.uint16)
    colour[0, :3] = [[0, 0, 0], [65535, 65535, 65535], [257, 32896, 32767]]
    image = load_image(encode_png(colour))
    assert np.array_equal(image.bgr, np.rint(colour / 257).astype(np.uint8))
    grey = colour[:, :, 0]
    image = load_image(encode_png(grey))
    assert np.array_equal(image.bgr[:, :, 1], np.rint(grey / 257).astype(np.uint8))


def test_16_bit_png_with_alpha() -> None:
    bgra = np.zeros((64, 64, 4), np.uint16)
    bgra[:, :32] = [65535, 0, 0, 65535]  # opaque blue
    bgra[:, 32:] = [0, 0, 65535, 0]  # transparent red
    image = load_image(encode_png(bgra))
    assert (image.bgr[:, :32] == [255, 0, 0]).all()
    assert (image.bgr[:, 32:] == 255).all()


def test_grey_png_is_exact() -> None:
    grey = face_bgr()[:, :, 2]
    image = load_image(encode_png(grey))
    for channel in range(3):
        assert np.array_equal(image.bgr[:, :, channel], grey)


def test_transparent_pixels_are_composited_on_white() -> None:
    bgra = np.zeros((64, 96, 4), np.uint8)
    bgra[:, :32] = [255, 0, 0, 255]  # opaque blue
    bgra[:, 32:64] = [0, 0, 255, 0]  # transparent red: hidden, must not survive
    bgra[:, 64:] = [0, 255, 0, 128]  # half-transparent green
    image = load_image(encode_png(bgra))
    assert (image.bgr[:, :32] == [255, 0, 0]).all()
    assert (image.bgr[:, 32:64] == [255, 255, 255]).all()
    assert (image.bgr[:, 64:] == [127, 255, 127]).all()


def test_rgba_face_file() -> None:
    image = load_image(RGBA_FACE)
    rgba = Image.open(RGBA_FACE).convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    expected = pil_bgr(Image.alpha_composite(white, rgba))
    assert image.bgr.shape == expected.shape
    assert np.abs(image.bgr.astype(int) - expected).max() <= 1


def test_grey_alpha_png() -> None:
    la = np.zeros((64, 64, 2), np.uint8)
    la[:, :32] = [40, 255]
    la[:, 32:] = [0, 0]
    buf = io.BytesIO()
    Image.fromarray(la, "LA").save(buf, "PNG")
    image = load_image(buf.getvalue())
    assert (image.bgr[:, :32] == 40).all()
    assert (image.bgr[:, 32:] == 255).all()


def test_palette_png() -> None:
    rgb = Image.fromarray(np.ascontiguousarray(face_bgr()[:, :, ::-1]))
    palette = rgb.convert("P", palette=Image.Palette.ADAPTIVE, colors=64)
    buf = io.BytesIO()
    palette.save(buf, "PNG")
    assert buf.getvalue()[25] == 3  # colour type 3: palette
    image = load_image(buf.getvalue())
    assert np.array_equal(image.bgr, pil_bgr(palette))
    # With a transparent palette entry (tRNS) that colour turns white.
    index = int(np.asarray(palette)[0, 0])
    buf = io.BytesIO()
    palette.save(buf, "PNG", transparency=index)
    image = load_image(buf.getvalue())
    assert (image.bgr[np.asarray(palette) == index] == 255).all()


def test_png_metadata_and_animation_are_dropped() -> None:
    face = face_bgr()
    frame_2 = np.ascontiguousarray(face[::-1, :, ::-1])
    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(face[:, :, ::-1])).save(
        buf, "PNG", save_all=True, append_images=[Image.fromarray(frame_2)]
    )
    assert b"acTL" in buf.getvalue()
    data = png_insert_before_idat(
        buf.getvalue(),
        png_chunk(b"tEXt", b"Comment\x00Mariam Haddad"),
        png_chunk(b"zTXt", b"\x00" * 40),  # not even valid: it is never parsed
    )
    assert np.array_equal(load_image(data).bgr, face)


def test_png_exif_orientation() -> None:
    upright = resize(face_bgr(), 256, 320)
    stored = stored_for(upright, 8)
    data = png_insert_before_idat(encode_png(stored), png_chunk(b"eXIf", exif_tiff(8, ">")))
    image = load_image(data)
    assert image.orientation == 8
    assert np.array_equal(image.bgr, upright)


def test_png_trailing_data_after_iend() -> None:
    face = face_bgr()
    assert np.array_equal(load_image(encode_png(face) + b"junk" * 10).bgr, face)


def test_png_header_checks() -> None:
    face_png = encode_png(face_bgr())
    ihdr_end = 33

    def with_ihdr(width: int, height: int, depth: int, colour: int) -> bytes:
        header = png_chunk(
            b"IHDR", np.array([width, height], ">u4").tobytes() + bytes([depth, colour, 0, 0, 0])
        )
        return PNG_SIGNATURE + header + face_png[ihdr_end:]

    assert refusal(with_ihdr(512, 640, 8, 1)).code == ErrorCode.IMAGE_CORRUPT  # no type 1
    assert refusal(with_ihdr(512, 640, 4, 2)).code == ErrorCode.IMAGE_CORRUPT  # 4-bit RGB
    assert refusal(with_ihdr(0, 640, 8, 2)).code == ErrorCode.IMAGE_TOO_MANY_PIXELS
    assert refusal(with_ihdr(600, 640, 8, 2)).code == ErrorCode.IMAGE_CORRUPT  # size lie
    no_ihdr = PNG_SIGNATURE + png_chunk(b"tEXt", b"a\x00b") + face_png[8:]
    assert "IHDR" in refusal(no_ihdr).message
    cgbi = PNG_SIGNATURE + png_chunk(b"CgBI", b"\x50\x00\x20\x06") + face_png[8:]
    assert refusal(cgbi).code == ErrorCode.IMAGE_UNSUPPORTED_FORMAT


# --- camera frames ------------------------------------------------------------------------


def test_bgr_frame_is_copied() -> None:
    frame = face_bgr()
    image = load_image(frame)
    assert image.source_format == "frame" and image.orientation == 1
    assert np.array_equal(image.bgr, frame)
    frame[:] = 0
    assert image.bgr.any()


def test_non_contiguous_frame() -> None:
    frame = face_bgr()[::2, ::-1]
    image = load_image(frame)
    assert image.bgr.flags.c_contiguous
    assert np.array_equal(image.bgr, frame)


def test_grey_and_bgra_frames() -> None:
    grey = face_bgr()[:, :, 0]
    assert np.array_equal(load_image(grey).bgr[:, :, 2], grey)
    assert np.array_equal(load_image(grey[:, :, None]).bgr[:, :, 1], grey)
    bgra = np.zeros((60, 60, 4), np.uint8)
    bgra[:, :, 2] = 255  # red, fully transparent
    assert (load_image(bgra).bgr == 255).all()
    bgra[:, :, 3] = 255
    assert (load_image(bgra).bgr == [0, 0, 255]).all()


@pytest.mark.parametrize(
    "frame",
    [
        np.zeros((64, 64, 3), np.float32),
        np.full((64, 64, 3), np.nan, np.float64),
        np.zeros((64, 64, 3), np.uint16),
        np.zeros((64, 64, 3), bool),
        np.zeros((64, 64, 3), np.int8),
        np.zeros((64, 64, 2), np.uint8),
        np.zeros((64, 64, 5), np.uint8),
        np.zeros((64 * 64 * 3,), np.uint8),
        np.zeros((2, 64, 64, 3), np.uint8),
        np.zeros((0, 0, 3), np.uint8),
        np.zeros((0, 64), np.uint8),
        np.zeros((64, 64, 0), np.uint8),
        np.array(7, np.uint8),
        np.empty((64, 64, 3), object),
    ],
    ids=lambda f: f"{f.dtype}{list(f.shape)}",
)
def test_bad_frames(frame: npt.NDArray[np.generic]) -> None:
    error = refusal(frame)
    assert error.code == ErrorCode.IMAGE_BAD_FRAME
    assert "frame" in error.message


def test_frame_size_limits() -> None:
    assert refusal(np.zeros((40, 640, 3), np.uint8)).code == ErrorCode.IMAGE_TOO_SMALL
    frame = np.zeros((100, 100, 3), np.uint8)
    assert refusal(frame, max_pixels=9999).code == ErrorCode.IMAGE_TOO_MANY_PIXELS


# --- storage encoding ---------------------------------------------------------------------


def test_encode_jpeg_is_metadata_free() -> None:
    face = face_bgr()
    data = encode_jpeg(face)
    assert data.startswith(b"\xff\xd8")
    assert not jpeg_has_metadata(data)
    markers = {m for m, _, _ in jpeg_segments(data)}
    assert markers <= {0xE0, 0xDB, 0xC0, 0xC4, 0xDD, 0xDA}  # JFIF, tables, frame, scan
    decoded = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    assert decoded is not None
    assert decoded.shape == face.shape
    assert mean_diff(decoded, face) < 3
    again = load_image(data)
    assert again.source_format == "jpeg" and again.orientation == 1
    grey = encode_jpeg(face[:, :, 0])
    assert not jpeg_has_metadata(grey)


def test_encode_jpeg_rejects_wrong_input() -> None:
    face = face_bgr()
    for bad in (face.astype(np.float32), face[:, :, :2], np.zeros((0, 0, 3), np.uint8)):
        with pytest.raises(BugError):
            encode_jpeg(bad)  # type: ignore[arg-type]
    with pytest.raises(BugError):
        encode_jpeg(face, quality=0)


# --- arbitrary input ----------------------------------------------------------------------


def only_known_errors(data: bytes) -> None:
    try:
        image = load_image(data)
    except KnownError:
        return
    assert_bgr(image)


SMALL_JPEG = encode_jpeg_cv(resize(face_bgr(), 64, 80), 80)
SMALL_PNG = encode_png(resize(face_bgr(), 64, 80))
small_settings = settings(max_examples=300, deadline=1000)


@small_settings
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    only_known_errors(data)


@small_settings
@given(st.sampled_from([b"\xff\xd8\xff", b"\xff\xd8\xff\xe1", PNG_SIGNATURE]), st.binary())
def test_arbitrary_bytes_behind_a_signature(signature: bytes, data: bytes) -> None:
    only_known_errors(signature + data)


@small_settings
@given(
    st.sampled_from([SMALL_JPEG, SMALL_PNG]),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
    st.integers(0, 10**6),
)
def test_damaged_real_images(data: bytes, changes: list[tuple[int, int]], cut: int) -> None:
    damaged = bytearray(data)
    for at, value in changes:
        damaged[at % len(damaged)] = value
    only_known_errors(bytes(damaged[: max(3, len(damaged) - cut % 64)]))
    only_known_errors(bytes(damaged))
