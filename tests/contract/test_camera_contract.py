"""Every Camera behaves alike: FakeCamera, FileCamera (folder, video) and OpenCVCamera."""

from __future__ import annotations

import logging
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from fakes.camera import FakeCamera, pattern_frame
from fakes.clock import FakeClock

from registrar.biometrics.cv import cv2
from registrar.capture import camera as camera_module
from registrar.capture.camera import Camera, FileCamera, Frame, OpenCVCamera, open_camera
from registrar.errors import BugError, ErrorCode, KnownError

PEOPLE = Path(__file__).parent.parent / "data" / "faces" / "people"
# (width x height) 512x640 and 640x640 are scaled to fit 640x480; 640x319 fits as it is.
PHOTOS = [
    PEOPLE / "obama" / "1.jpg",
    PEOPLE / "biden" / "2.jpg",
    PEOPLE / "kit_harington" / "1.jpg",
]
VIDEO_FRAMES = 20
U8 = npt.NDArray[np.uint8]


# --- the sources ------------------------------------------------------------------------


def write_video(path: Path, frames: int = VIDEO_FRAMES, size: tuple[int, int] = (640, 480)) -> Path:
    """An MJPG .avi of ``frames`` distinct pictures, as a webcam recording would be."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 15.0, size)
    assert writer.isOpened()
    for i in range(frames):
        image = pattern_frame(i, size)
        cv2.putText(image, str(i), (20, 100), cv2.FONT_HERSHEY_SIMPLEX, 3, (255, 255, 255), 5)
        writer.write(image)
    writer.release()
    return path


def photo_folder(folder: Path) -> Path:
    folder.mkdir()
    for i, photo in enumerate(PHOTOS):
        shutil.copy(photo, folder / f"{i}{photo.suffix}")
    return folder


class ScriptedCapture:
    """Stands in for cv2.VideoCapture on a device: endless frames until told to fail."""

    instances: list[ScriptedCapture] = []  # noqa: RUF012 (reset by the fixture)
    opens = True
    frames = True

    def __init__(self, index: int, api: int = 0) -> None:
        self.index = index
        self.count = 0
        self.released = False
        self.settings: dict[int, float] = {}
        ScriptedCapture.instances.append(self)

    def isOpened(self) -> bool:
        return ScriptedCapture.opens

    def set(self, prop: int, value: float) -> bool:
        self.settings[prop] = value
        return True

    def read(self) -> tuple[bool, U8 | None]:
        if not ScriptedCapture.frames:
            return False, None
        image = pattern_frame(self.count % 3)
        self.count += 1
        return True, image

    def release(self) -> None:
        self.released = True


@pytest.fixture
def scripted_device(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[ScriptedCapture]]:
    ScriptedCapture.instances = []
    ScriptedCapture.opens = True
    ScriptedCapture.frames = True
    monkeypatch.setattr(cv2, "VideoCapture", ScriptedCapture)
    yield ScriptedCapture


@dataclass
class Source:
    make: Callable[[], Camera]
    period: int  # distinct frames before the source starts again
    lose: Callable[[Camera], None] | None  # after open(): make the source go away


def lose_video(path: Path) -> Callable[[Camera], None]:
    def lose(_: Camera) -> None:
        path.unlink()  # the open capture plays on; reopening at the end fails

    return lose


def set_lose_after(n: int) -> Callable[[Camera], None]:
    def lose(camera: Camera) -> None:
        assert isinstance(camera, FakeCamera)
        camera.lose_after = n

    return lose


def stop_frames(_: Camera) -> None:
    ScriptedCapture.frames = False


def make_source(kind: str, tmp_path: Path, clock: FakeClock, request: Any) -> Source:
    if kind == "fake":
        return Source(lambda: FakeCamera(clock=clock), 3, set_lose_after(2))
    if kind == "folder":
        folder = photo_folder(tmp_path / "faces")
        return Source(lambda: FileCamera(folder, clock=clock, sleep=clock.advance), 3, None)
    if kind == "video":
        video = write_video(tmp_path / "demo.avi")
        lose = None if sys.platform == "win32" else lose_video(video)  # open files stay
        return Source(
            lambda: FileCamera(video, clock=clock, sleep=clock.advance), VIDEO_FRAMES, lose
        )
    if kind == "opencv-scripted":
        request.getfixturevalue("scripted_device")
        return Source(lambda: OpenCVCamera(0, clock=clock, sleep=clock.advance), 3, stop_frames)
    raise AssertionError(kind)


KINDS = ["fake", "folder", "video", "opencv-scripted"]


@pytest.fixture(params=KINDS)
def source(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> Source:
    return make_source(request.param, tmp_path, clock, request)


@pytest.fixture
def cam(source: Source) -> Iterator[Camera]:
    camera = source.make()
    yield camera
    camera.close()


def read_n(camera: Camera, n: int) -> list[Frame]:
    return [camera.read() for _ in range(n)]


# --- the contract -----------------------------------------------------------------------


def test_open_read_close(cam: Camera) -> None:
    assert not cam.is_open
    cam.open()
    assert cam.is_open
    frame = cam.read()
    assert isinstance(frame, Frame)
    cam.close()
    assert not cam.is_open


def test_frames_are_contiguous_bgr(cam: Camera) -> None:
    cam.open()
    for frame in read_n(cam, 4):
        image = frame.image
        assert image.dtype == np.uint8
        assert image.ndim == 3 and image.shape[2] == 3
        assert image.flags.c_contiguous and image.flags.writeable
        height, width = image.shape[:2]
        assert width >= 48 and height >= 48
        if isinstance(cam, FileCamera):  # a device gives what it can; files are scaled
            assert width <= 640 and height <= 480
            assert width == 640 or height == 480


def test_indices_count_from_zero_and_time_never_goes_back(cam: Camera, source: Source) -> None:
    cam.open()
    frames = read_n(cam, source.period + 3)
    assert [f.index for f in frames] == list(range(len(frames)))
    stamps = [f.timestamp for f in frames]
    assert stamps == sorted(stamps)


def test_the_source_plays_in_a_loop(cam: Camera, source: Source) -> None:
    cam.open()
    frames = read_n(cam, 2 * source.period + 1)
    first_round = [f.image for f in frames[: source.period]]
    assert any(not np.array_equal(first_round[0], other) for other in first_round[1:])
    for i, frame in enumerate(frames[source.period :]):
        assert np.array_equal(frame.image, first_round[i % source.period])


def test_a_frame_belongs_to_its_reader(cam: Camera, source: Source) -> None:
    cam.open()
    first = cam.read()
    original = first.image.copy()
    first.image[:] = 0  # the UI may draw on a frame
    later = read_n(cam, source.period)
    assert np.array_equal(later[-1].image, original)
    assert not any(np.shares_memory(first.image, f.image) for f in later)


def test_read_before_open_is_a_bug(cam: Camera) -> None:
    with pytest.raises(BugError):
        cam.read()


def test_close_is_idempotent_and_read_after_close_is_a_bug(cam: Camera) -> None:
    cam.close()  # before open: nothing to do
    cam.open()
    cam.read()
    cam.close()
    cam.close()
    assert not cam.is_open
    with pytest.raises(BugError):
        cam.read()


def test_opening_an_open_camera_is_a_bug(cam: Camera) -> None:
    cam.open()
    with pytest.raises(BugError):
        cam.open()
    assert cam.is_open


def test_reopening_starts_again_from_index_zero(cam: Camera, source: Source) -> None:
    cam.open()
    before = read_n(cam, 2)
    cam.close()
    cam.open()
    after = read_n(cam, 2)
    assert [f.index for f in after] == [0, 1]
    if not isinstance(cam, OpenCVCamera):  # a live camera does not replay its pictures
        assert np.array_equal(after[0].image, before[0].image)


def test_description_names_the_source(cam: Camera) -> None:
    closed = cam.description
    assert closed.strip()
    cam.open()
    opened = cam.description
    assert opened.strip()
    assert any(ch.isdigit() for ch in opened)  # an index, a size or a count


# A folder is decoded when opened, so it cannot go away afterwards.
@pytest.mark.parametrize("kind", ["fake", "video", "opencv-scripted"])
def test_a_lost_source_raises_camera_lost_and_closes(
    kind: str, tmp_path: Path, clock: FakeClock, request: pytest.FixtureRequest
) -> None:
    source = make_source(kind, tmp_path, clock, request)
    if source.lose is None:
        pytest.skip("Windows cannot delete a video file that is open")
    cam = source.make()
    cam.open()
    source.lose(cam)
    with pytest.raises(KnownError) as info:
        read_n(cam, source.period + 2)
    assert info.value.code is ErrorCode.CAMERA_LOST
    assert not cam.is_open
    with pytest.raises(BugError):
        cam.read()


# --- unavailable sources ----------------------------------------------------------------


def _unavailable(kind: str, tmp_path: Path) -> Camera:
    if kind == "fake":
        return FakeCamera(fail_on_open=True)
    if kind == "empty folder":
        (tmp_path / "empty").mkdir()
        (tmp_path / "empty" / "notes.txt").write_text("no images here")
        return FileCamera(tmp_path / "empty")
    if kind == "folder of bad files":
        folder = tmp_path / "bad"
        folder.mkdir()
        (folder / "a.jpg").write_bytes(b"not a jpeg at all")
        (folder / "b.png").write_bytes(PHOTOS[0].read_bytes()[:500])
        return FileCamera(folder)
    if kind == "missing path":
        return FileCamera(tmp_path / "nowhere")
    if kind == "not a video":
        (tmp_path / "clip.avi").write_bytes(b"RIFF" + bytes(2000))
        return FileCamera(tmp_path / "clip.avi")
    if kind == "empty video file":
        (tmp_path / "clip.mp4").write_bytes(b"")
        return FileCamera(tmp_path / "clip.mp4")
    raise AssertionError(kind)


@pytest.mark.parametrize(
    "kind",
    [
        "fake",
        "empty folder",
        "folder of bad files",
        "missing path",
        "not a video",
        "empty video file",
    ],
)
def test_an_unavailable_source_raises_camera_unavailable(kind: str, tmp_path: Path) -> None:
    camera = _unavailable(kind, tmp_path)
    with pytest.raises(KnownError) as info:
        camera.open()
    assert info.value.code is ErrorCode.CAMERA_UNAVAILABLE
    assert not camera.is_open
    with pytest.raises(BugError):
        camera.read()


def test_a_device_that_does_not_open_is_unavailable(
    scripted_device: type[ScriptedCapture],
) -> None:
    scripted_device.opens = False
    camera = OpenCVCamera(3)
    with pytest.raises(KnownError) as info:
        camera.open()
    assert info.value.code is ErrorCode.CAMERA_UNAVAILABLE
    assert "camera 3" in info.value.message
    assert all(c.released for c in scripted_device.instances)


def test_a_device_that_opens_but_gives_no_picture_is_unavailable(
    scripted_device: type[ScriptedCapture],
) -> None:
    scripted_device.frames = False
    waits: list[float] = []
    camera = OpenCVCamera(1, max_failed_reads=5, sleep=waits.append)
    with pytest.raises(KnownError) as info:
        camera.open()
    assert info.value.code is ErrorCode.CAMERA_UNAVAILABLE
    assert len(waits) == 4 and not camera.is_open


def test_missing_device_index_is_unavailable_quickly() -> None:
    if Path("/dev/video7").exists():
        pytest.skip("this machine has a camera 7")
    camera = open_camera("7")
    started = time.monotonic()
    with pytest.raises(KnownError) as info:
        camera.open()
    assert time.monotonic() - started < 3.0
    assert info.value.code is ErrorCode.CAMERA_UNAVAILABLE
    assert "7" in info.value.message
    assert not camera.is_open


# --- OpenCVCamera details ---------------------------------------------------------------


def test_device_is_asked_for_640x480_mjpg(scripted_device: type[ScriptedCapture]) -> None:
    camera = OpenCVCamera(0)
    camera.open()
    settings = scripted_device.instances[-1].settings
    assert settings[cv2.CAP_PROP_FRAME_WIDTH] == 640
    assert settings[cv2.CAP_PROP_FRAME_HEIGHT] == 480
    assert settings[cv2.CAP_PROP_FOURCC] == cv2.VideoWriter.fourcc(*"MJPG")
    assert camera.description == "Camera 0 (640x480)"
    camera.close()
    assert scripted_device.instances[-1].released


def test_device_survives_a_few_failed_reads(
    scripted_device: type[ScriptedCapture], monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    camera = OpenCVCamera(0, max_failed_reads=4, sleep=waits.append)
    camera.open()
    camera.read()
    capture = scripted_device.instances[-1]
    script = iter([False, False, False, True])
    real_read = capture.read

    def hiccup() -> tuple[bool, U8 | None]:
        return real_read() if next(script, True) else (False, None)

    monkeypatch.setattr(capture, "read", hiccup)
    assert camera.read().index == 1  # three failures in a row are not yet a lost camera
    assert len(waits) == 3
    camera.close()


# --- FileCamera details -----------------------------------------------------------------


def test_file_camera_paces_frames_with_the_injected_clock(tmp_path: Path) -> None:
    clock = FakeClock()
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.advance(seconds)

    camera = FileCamera(photo_folder(tmp_path / "faces"), fps=10, clock=clock, sleep=sleep)
    camera.open()
    stamps = [camera.read().timestamp for _ in range(5)]
    assert np.allclose(np.diff(stamps), 0.1)
    # A reader slower than fps gets the next frame at once, and no burst afterwards.
    slept.clear()
    clock.advance(1.0)
    late = camera.read().timestamp
    assert slept == []
    assert camera.read().timestamp == pytest.approx(late + 0.1)


def test_file_camera_keeps_real_time(tmp_path: Path) -> None:
    camera = FileCamera(photo_folder(tmp_path / "faces"), fps=50)
    camera.open()
    started = time.monotonic()
    frames = read_n(camera, 11)
    elapsed = time.monotonic() - started
    camera.close()
    assert elapsed >= 10 / 50 - 0.01
    assert frames[-1].timestamp - frames[0].timestamp == pytest.approx(0.2, abs=0.05)


def test_folder_skips_files_intake_refuses_and_logs_their_code(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = photo_folder(tmp_path / "faces")
    (folder / "broken.jpg").write_bytes(PHOTOS[0].read_bytes()[:2000])
    (folder / "fake.png").write_text("hello")
    (folder / ".hidden.jpg").write_bytes(b"macOS resource fork")
    (folder / "readme.txt").write_text("ignored")
    camera = FileCamera(folder)
    with caplog.at_level(logging.WARNING, logger="registrar.capture"):
        camera.open()
    assert camera.description == "Folder faces (3 images)"
    codes = sorted(str(r.args[0]) for r in caplog.records if isinstance(r.args, tuple))
    assert codes == [ErrorCode.IMAGE_NOT_AN_IMAGE.value, ErrorCode.IMAGE_TRUNCATED.value]
    camera.close()


def test_folder_images_are_scaled_to_fit_in_natural_order(tmp_path: Path) -> None:
    folder = tmp_path / "sizes"
    folder.mkdir()
    cv2.imwrite(str(folder / "img10.png"), np.full((200, 100, 3), 30, np.uint8))  # small
    cv2.imwrite(str(folder / "img2.png"), np.full((300, 1000, 3), 60, np.uint8))  # wide
    cv2.imwrite(str(folder / "img1.png"), np.full((960, 1280, 3), 90, np.uint8))  # 4:3
    camera = FileCamera(folder, fps=1000)
    camera.open()
    frames = read_n(camera, 3)
    camera.close()
    assert [f.image.shape[:2] for f in frames] == [(480, 640), (192, 640), (480, 240)]
    assert [int(f.image[0, 0, 0]) for f in frames] == [90, 60, 30]


def test_a_single_image_file_is_a_still_camera(tmp_path: Path) -> None:
    camera = open_camera(f"file:{PHOTOS[0]}", fps=1000)
    camera.open()
    frames = read_n(camera, 3)
    assert camera.description == "Image 1.jpg (1 image)"
    camera.close()
    assert frames[0].image.shape == (480, 384, 3)
    assert np.array_equal(frames[0].image, frames[2].image)


def test_video_description_counts_its_frames(tmp_path: Path) -> None:
    camera = FileCamera(write_video(tmp_path / "demo.avi"))
    assert camera.description == "Video demo.avi"
    camera.open()
    assert camera.description == f"Video demo.avi ({VIDEO_FRAMES} frames)"
    camera.close()


def test_large_video_frames_are_scaled_to_fit(tmp_path: Path) -> None:
    video = write_video(tmp_path / "hd.avi", frames=3, size=(1280, 720))
    camera = FileCamera(video, fps=1000)
    camera.open()
    assert camera.read().image.shape == (360, 640, 3)
    camera.close()


def test_file_camera_refuses_a_bad_fps(tmp_path: Path) -> None:
    for fps in (0.0, -1.0, float("nan"), float("inf")):
        with pytest.raises(BugError):
            FileCamera(tmp_path, fps=fps)


# --- open_camera --------------------------------------------------------------------------


@pytest.mark.parametrize(("spec", "index"), [("0", 0), ("1", 1), (" 2 ", 2)])
def test_open_camera_takes_a_device_index(spec: str, index: int) -> None:
    camera = open_camera(spec)
    assert isinstance(camera, OpenCVCamera)
    assert camera.index == index
    assert camera.description == f"Camera {index}"
    assert not camera.is_open


def test_open_camera_takes_a_file_path(tmp_path: Path) -> None:
    camera = open_camera(f"file:{tmp_path}", fps=5)
    assert isinstance(camera, FileCamera)
    assert camera.path == tmp_path
    assert not camera.is_open


@pytest.mark.parametrize("spec", ["", "cam", "-1", "0.5", "file:", "/dev/video0", "٣", "1234"])
def test_open_camera_refuses_anything_else(spec: str) -> None:
    with pytest.raises(KnownError) as info:
        open_camera(spec)
    assert info.value.code is ErrorCode.INVALID_FIELD
    assert "file:PATH" in info.value.message and "0" in info.value.message


def test_every_implementation_has_the_whole_protocol(tmp_path: Path) -> None:
    # mypy checks the assignment (where tests are type-checked); this checks it at run time.
    cameras: list[Camera] = [FakeCamera(), FileCamera(tmp_path), OpenCVCamera(0)]
    members = ("open", "read", "close", "is_open", "description")
    for camera in cameras:
        assert all(hasattr(camera, name) for name in members)
        assert camera.is_open is False
    assert camera_module.FRAME_SIZE == (640, 480)
