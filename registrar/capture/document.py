"""Document pages: find the page in a photo, straighten it, and compress it under a byte cap."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Final, cast

import numpy as np
import numpy.typing as npt

from registrar.biometrics.cv import cv2
from registrar.biometrics.intake import encode_jpeg
from registrar.errors import BugError, ErrorCode, KnownError

__all__ = [
    "MAX_PAGE_BYTES",
    "MIN_PAGE_FRACTION",
    "Quad",
    "compress_page",
    "find_page",
    "order_corners",
    "straighten",
]

U8 = npt.NDArray[np.uint8]
F64 = npt.NDArray[np.float64]

#: A stored page is at most this many bytes (PRODUCT: documents are capped at ~2 MB each).
MAX_PAGE_BYTES: Final = 2_000_000
#: A page must cover this share of the photo; smaller outlines are photos or boxes on it.
MIN_PAGE_FRACTION: Final = 0.15
#: find_page looks at a copy whose longer side is at most this (speed; corners scale back).
_WORK_SIDE: Final = 800
#: Wider than the strokes of printed text on the working copy, narrower than a page.
_TEXT_KERNEL: Final = np.ones((9, 9), np.uint8)
#: The quality steps compress_page tries before it scales the page down.
_QUALITIES: Final = (90, 82, 75, 68, 60)
#: Scaling stops at a page this full of the cap (the rest would cost more encodings).
_GOOD_ENOUGH: Final = 0.75
_SCALE_TRIES: Final = 8
#: compress_page gives up below this longer side: the text would no longer be legible.
_MIN_LONG_SIDE: Final = 320
#: approxPolyDP tolerances (share of the outline's perimeter) tried until 4 corners remain.
_EPSILONS: Final = (0.015, 0.02, 0.03, 0.04, 0.05)
#: The inside angle of each corner of an accepted page, in degrees (perspective included).
_MIN_ANGLE: Final = 45.0
_MAX_ANGLE: Final = 135.0
#: Points sampled along each side to fit its edge, and the least step (grey levels, over
#: two pixels) that counts as the edge.
_EDGE_SAMPLES: Final = 48
_MIN_EDGE_STEP: Final = 8.0
#: How far (a share of the page's size) most of an outline may stray from the four sides.
_MAX_WANDER: Final = 0.02
#: How closely an outline's area must match the area of its four corners.
_MIN_FILL: Final = 0.85


@dataclass(frozen=True, slots=True)
class Quad:
    """A page outline: four (x, y) corners in pixels, ordered TL, TR, BR, BL."""

    points: tuple[tuple[float, float], ...]

    def __post_init__(self) -> None:
        if len(self.points) != 4 or any(len(p) != 2 for p in self.points):
            raise BugError(f"a Quad has 4 (x, y) corners, not {self.points!r}")
        if not all(math.isfinite(v) for p in self.points for v in p):
            raise BugError("a Quad's corners must be finite numbers")

    def as_array(self) -> F64:
        """The corners as a 4 x 2 float64 array."""
        return np.array(self.points, dtype=np.float64)

    def scaled(self, factor: float) -> Quad:
        """The corners multiplied by ``factor`` (between a preview and the full photo)."""
        return Quad(tuple((x * factor, y * factor) for x, y in self.points))

    @property
    def area(self) -> float:
        return _polygon_area(self.as_array())


# --- finding the page ---------------------------------------------------------------------


def find_page(bgr: U8) -> Quad | None:
    """The outline of the largest page in a photo, or None (the UI then asks for corners).

    A page is a convex four-cornered outline covering at least MIN_PAGE_FRACTION of the
    photo, wholly inside it, with straight sides and corner angles a tilted page can
    have. Outlines come from a smaller copy: its edges (Canny), and the same copy with
    the print closed away, by edges again (a faint page edge on a light desk) and by
    brightness (Otsu, both ways round: a white page on a dark desk, a dark passport on a
    light one). The corners are then refined on the full photo to a fraction of a pixel.
    About 15 ms for a 1280x720 photo.
    """
    _check_bgr(bgr, "find_page")
    height, width = bgr.shape[:2]
    scale = min(1.0, _WORK_SIDE / max(height, width))
    small = bgr
    if scale < 1.0:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        small = _u8(cv2.resize(bgr, size, interpolation=cv2.INTER_AREA))
    grey = _u8(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))
    grey = _u8(cv2.GaussianBlur(grey, (5, 5), 0))
    best = _largest_page(grey)
    if best is None:
        return None
    # Back to the photo's pixels: a small-image pixel centre (i) is at (i + 0.5) / scale - 0.5.
    coarse = _clockwise_from_top_left((best + 0.5) / scale - 0.5)
    fine = _refine_corners(bgr, coarse, reach=max(4, math.ceil(2.5 / scale)))
    fine[:, 0] = np.clip(fine[:, 0], 0, width - 1)
    fine[:, 1] = np.clip(fine[:, 1], 0, height - 1)
    if not _is_convex(_clockwise_from_top_left(fine)):
        fine = coarse  # the refinement met something odd; the coarse outline is a page
    return order_corners(fine)


def _largest_page(grey: U8) -> F64 | None:
    """The corners of the largest outline in ``grey`` that passes for a page."""
    height, width = grey.shape
    min_area = MIN_PAGE_FRACTION * height * width
    best: F64 | None = None
    best_area = 0.0
    for mask, mode in _masks(grey):
        contours, _ = cv2.findContours(mask, mode, cv2.CHAIN_APPROX_SIMPLE)
        for found in contours:
            contour = cast(npt.NDArray[np.int32], found)
            outline_area = float(cv2.contourArea(contour))
            if outline_area < min_area * _MIN_FILL:
                continue
            for corners in _quads_of(contour):
                area = _polygon_area(corners)
                if area < min_area or area <= best_area:
                    continue
                # The four corners must stand for the whole outline: not a page merged
                # with a table edge, nor a corner cut off a larger blob.
                if not _MIN_FILL <= outline_area / area <= 1 / _MIN_FILL:
                    continue
                if _plausible(corners, width, height) and _straight(contour, corners):
                    best, best_area = corners, area
    return best


def _masks(grey: U8) -> Iterator[tuple[U8, int]]:
    """Binary images whose contours may outline the page, with the retrieval mode to use."""
    line = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
    # Every closed edge loop: the inner contour of the page's outline is the page itself.
    yield _u8(cv2.dilate(cv2.Canny(grey, 40, 120), line)), cv2.RETR_LIST
    # The page without its print: a grey closing wider than text strokes leaves a plain
    # bright page, whose faint edge against a light desk survives lower thresholds.
    plain = _u8(cv2.morphologyEx(grey, cv2.MORPH_CLOSE, _TEXT_KERNEL))
    yield _u8(cv2.dilate(cv2.Canny(plain, 15, 45), line)), cv2.RETR_LIST
    _, bright = cv2.threshold(plain, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    opening = cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7))
    for mask in (_u8(bright), _u8(cv2.bitwise_not(bright))):
        yield _u8(cv2.morphologyEx(mask, cv2.MORPH_OPEN, opening)), cv2.RETR_EXTERNAL


def _quads_of(contour: npt.NDArray[np.int32]) -> Iterator[F64]:
    """Four-corner simplifications of a contour and of its convex hull (a thumb over an edge)."""
    hull = cv2.convexHull(contour)
    for shape in (contour, hull):
        perimeter = cv2.arcLength(shape, True)
        for epsilon in _EPSILONS:
            approx = cv2.approxPolyDP(shape, epsilon * perimeter, True)
            if len(approx) == 4:
                if cv2.isContourConvex(approx):
                    yield approx.reshape(4, 2).astype(np.float64)
                break
            if len(approx) < 4:
                break


def _plausible(corners: F64, width: int, height: int) -> bool:
    """Corner angles of a page seen in perspective, and every corner inside the photo."""
    ordered = _clockwise_from_top_left(corners)
    for i in range(4):
        a, b, c = ordered[i - 1], ordered[i], ordered[(i + 1) % 4]
        u, v = a - b, c - b
        norm = float(np.hypot(*u) * np.hypot(*v))
        if norm == 0:
            return False
        angle = math.degrees(math.acos(max(-1.0, min(1.0, float(u @ v) / norm))))
        if not _MIN_ANGLE <= angle <= _MAX_ANGLE:
            return False
    # A corner on the photo's edge is most likely where the page (or a blob that is no
    # page) was cut off by the frame: the page must be wholly in the photo.
    margin = 0.005 * max(width, height) + 1
    x, y = ordered[:, 0], ordered[:, 1]
    inside = (x > margin) & (x < width - 1 - margin) & (y > margin) & (y < height - 1 - margin)
    return bool(inside.all())


def _straight(contour: npt.NDArray[np.int32], corners: F64) -> bool:
    """Whether the outline runs along the four sides (a page), not around them (a person)."""
    points = contour.reshape(-1, 2).astype(np.float64)
    distances = np.full(len(points), np.inf)
    for i in range(4):
        a, b = corners[i], corners[(i + 1) % 4]
        ab = b - a
        t = np.clip(((points - a) @ ab) / float(ab @ ab), 0.0, 1.0)
        nearest = a + t[:, None] * ab
        distances = np.minimum(distances, np.hypot(*(points - nearest).T))
    tolerance = max(3.0, _MAX_WANDER * math.sqrt(_polygon_area(corners)))
    return float(np.percentile(distances, 90)) <= tolerance


def _refine_corners(bgr: U8, corners: F64, reach: int) -> F64:
    """Corners from lines fitted to the page's edge in the full photo (sub-pixel).

    The outline was found on a smaller copy; along each side, the strongest step in
    brightness within ``reach`` pixels is the edge. Lines through those points meet at
    the corners. Where a side shows no clear edge, the coarse corners stay.
    """
    offsets = np.arange(-reach, reach + 1, dtype=np.float64)
    along = np.linspace(0.1, 0.9, _EDGE_SAMPLES)
    lines: list[tuple[F64, F64]] = []
    for i in range(4):
        a, b = corners[i], corners[(i + 1) % 4]
        length = float(np.hypot(*(b - a)))
        if length < 8:
            return corners
        direction = (b - a) / length
        normal = np.array([-direction[1], direction[0]])
        base = a + along[:, None] * (b - a)
        xs = (base[:, 0, None] + offsets[None, :] * normal[0]).astype(np.float32)
        ys = (base[:, 1, None] + offsets[None, :] * normal[1]).astype(np.float32)
        samples = cv2.remap(bgr, xs, ys, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        profiles = np.asarray(samples, dtype=np.float64).mean(axis=2)
        steps = np.abs(profiles[:, 2:] - profiles[:, :-2])  # centred at offsets[1:-1]
        peak = np.argmax(steps, axis=1)
        strength = steps[np.arange(len(steps)), peak]
        # Sub-pixel: the top of a parabola through the peak and its neighbours.
        left = steps[np.arange(len(steps)), np.maximum(peak - 1, 0)]
        right = steps[np.arange(len(steps)), np.minimum(peak + 1, steps.shape[1] - 1)]
        curve = left - 2 * strength + right
        shift = np.where(curve < 0, 0.5 * (left - right) / np.where(curve < 0, curve, -1), 0.0)
        position = offsets[1:-1][peak] + np.clip(shift, -0.5, 0.5)
        keep = (strength >= 0.5 * float(np.median(strength))) & (strength >= _MIN_EDGE_STEP)
        if int(keep.sum()) < _EDGE_SAMPLES // 3:
            return corners
        points = (base + position[:, None] * normal)[keep].astype(np.float32)
        vx, vy, x0, y0 = cv2.fitLine(points, cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
        lines.append((np.array([x0, y0], np.float64), np.array([vx, vy], np.float64)))
    refined = np.empty_like(corners)
    for i in range(4):
        (p, u), (q, v) = lines[i - 1], lines[i]
        cross = u[0] * v[1] - u[1] * v[0]
        if abs(cross) < 1e-6:
            return corners
        t = ((q[0] - p[0]) * v[1] - (q[1] - p[1]) * v[0]) / cross
        refined[i] = p + t * u
    if float(np.hypot(*(refined - corners).T).max()) > 2 * reach:
        return corners  # the lines ran off along something else: keep what was found
    return refined


# --- corners ------------------------------------------------------------------------------


def order_corners(points: Sequence[Sequence[float]] | npt.NDArray[np.floating]) -> Quad:
    """Four corners in any order (clicked by hand, or found) as a Quad: TL, TR, BR, BL.

    The corners are sorted clockwise around their centre, starting from the one nearest
    the photo's top-left. Four points that do not outline a convex page (three in a row,
    two on top of each other, or one inside the others) raise DOCUMENT_PAGE_NOT_FOUND.
    """
    array = np.asarray(points, dtype=np.float64)
    if array.shape != (4, 2):
        raise BugError(f"order_corners takes 4 (x, y) points, not an array of {array.shape}")
    if not np.isfinite(array).all():
        raise BugError("order_corners takes finite coordinates")
    ordered = _clockwise_from_top_left(array)
    if not _is_convex(ordered):
        raise KnownError(
            ErrorCode.DOCUMENT_PAGE_NOT_FOUND,
            "the four corners do not outline a page: place one at each corner of the page",
        )
    return Quad(tuple((float(x), float(y)) for x, y in ordered))


def _clockwise_from_top_left(points: F64) -> F64:
    centre = points.mean(axis=0)
    # Image y points down, so increasing atan2 goes clockwise on the screen.
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    clockwise = points[np.argsort(angles, kind="stable")]
    start = int(np.argmin(clockwise[:, 0] + clockwise[:, 1]))
    return np.roll(clockwise, -start, axis=0)


def _is_convex(ordered: F64) -> bool:
    """Whether a clockwise polygon turns the same way at every corner, with real area."""
    scale = float(np.ptp(ordered, axis=0).max())
    if scale <= 0:
        return False
    for i in range(4):
        a, b, c = ordered[i], ordered[(i + 1) % 4], ordered[(i + 2) % 4]
        cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
        if cross <= 1e-3 * scale * scale:  # clockwise on screen is a positive cross product
            return False
    return True


def _polygon_area(points: F64) -> float:
    x, y = points[:, 0], points[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


# --- straightening ------------------------------------------------------------------------


def straighten(bgr: U8, quad: Quad, *, max_side: int = 2000) -> U8:
    """The page inside ``quad`` as an upright rectangle, its longer side at most ``max_side``.

    The rectangle's proportions are those of the real page as far as the photo tells:
    from the perspective of the outline when it shows one (Zhang and He, "Whiteboard
    scanning and image enhancement", 2007, assuming square pixels centred on the photo),
    otherwise from the lengths of its sides.
    """
    _check_bgr(bgr, "straighten")
    if max_side < 16:
        raise BugError(f"max_side must be at least 16, not {max_side}")
    corners = order_corners(quad.as_array()).as_array()  # any order in, TL TR BR BL used
    height, width = bgr.shape[:2]
    aspect = _page_aspect(corners, width, height)  # height / width of the real page
    tl, tr, br, bl = corners
    seen_w = max(float(np.hypot(*(tr - tl))), float(np.hypot(*(br - bl))))
    seen_h = max(float(np.hypot(*(bl - tl))), float(np.hypot(*(br - tr))))
    # Keep the resolution the photo has along its better-resolved side.
    out_w = max(seen_w, seen_h / aspect)
    out_h = out_w * aspect
    shrink = min(1.0, max_side / max(out_w, out_h))
    out_w, out_h = out_w * shrink, out_h * shrink
    size = (max(1, round(out_w)), max(1, round(out_h)))

    source = bgr
    # warpPerspective samples bilinearly, which aliases when shrinking a lot: average first.
    reduce = 2.0 * max(size[0] / seen_w, size[1] / seen_h)
    if reduce < 1.0:
        small = (max(1, round(width * reduce)), max(1, round(height * reduce)))
        source = _u8(cv2.resize(bgr, small, interpolation=cv2.INTER_AREA))
        corners = (corners + 0.5) * (small[0] / width, small[1] / height) - 0.5
    target = np.array(
        [[0, 0], [size[0] - 1, 0], [size[0] - 1, size[1] - 1], [0, size[1] - 1]],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    warped = cv2.warpPerspective(
        source, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return np.ascontiguousarray(_u8(warped))


def _page_aspect(corners: F64, width: int, height: int) -> float:
    """Height / width of the rectangle the outline is a photo of."""
    tl, tr, br, bl = corners
    by_sides = (float(np.hypot(*(bl - tl))) + float(np.hypot(*(br - tr)))) / (
        float(np.hypot(*(tr - tl))) + float(np.hypot(*(br - bl)))
    )
    centre = np.array([(width - 1) / 2.0, (height - 1) / 2.0])
    m1, m2, m3, m4 = (np.append(p - centre, 1.0) for p in (tl, tr, bl, br))
    d2 = float(np.cross(m2, m4) @ m3)
    d3 = float(np.cross(m3, m4) @ m2)
    if d2 == 0 or d3 == 0:  # three corners in a line: order_corners refuses such outlines
        return by_sides
    k2 = float(np.cross(m1, m4) @ m3) / d2
    k3 = float(np.cross(m1, m4) @ m2) / d3
    n2 = k2 * m2 - m1  # along the top side, in the page's plane
    n3 = k3 * m3 - m1  # along the left side
    scale = max(width, height)
    # The focal length, from the two vanishing points when both are well in view. When
    # one is far away (a pair of sides nearly parallel in the photo) a corner a pixel off
    # swings the estimate wildly, so a typical camera's (about 64 degrees across) serves.
    f2 = (0.8 * scale) ** 2
    if min(abs(n2[2]), abs(n3[2])) > 0.05:
        measured = -float(n2[0] * n3[0] + n2[1] * n3[1]) / float(n2[2] * n3[2])
        if (0.5 * scale) ** 2 <= measured <= (2.0 * scale) ** 2:
            f2 = measured
    w2 = float(n2[0] ** 2 + n2[1] ** 2 + f2 * n2[2] ** 2)
    h2 = float(n3[0] ** 2 + n3[1] ** 2 + f2 * n3[2] ** 2)
    aspect = math.sqrt(h2 / w2) if w2 > 0 and h2 > 0 else by_sides
    if not 2 / 3 <= aspect / by_sides <= 3 / 2:  # trust the photo only so far
        return by_sides
    return aspect


# --- compression --------------------------------------------------------------------------


def compress_page(bgr: U8, *, max_bytes: int = MAX_PAGE_BYTES) -> bytes:
    """A metadata-free JPEG of the page no larger than ``max_bytes``.

    Quality goes down to 60 first; if that is still too large the page is scaled down
    (area averaging) until it fits. DOCUMENT_TOO_LARGE when even a page of
    ``_MIN_LONG_SIDE`` pixels does not fit, which only a tiny cap can cause.
    """
    _check_bgr(bgr, "compress_page")
    if max_bytes < 1:
        raise BugError(f"max_bytes must be positive, not {max_bytes}")
    data = encode_jpeg(bgr, _QUALITIES[0])
    if len(data) <= max_bytes:
        return data
    if len(data) > 3 * max_bytes:
        # Quality 90 to 60 saves about half the bytes, so this page must be scaled anyway:
        # do not spend more encodings of it at full size.
        return _scaled_to_fit(bgr, max_bytes, len(data) // 2)
    for quality in _QUALITIES[1:]:
        data = encode_jpeg(bgr, quality)
        if len(data) <= max_bytes:
            return data
    return _scaled_to_fit(bgr, max_bytes, len(data))


def _scaled_to_fit(bgr: U8, max_bytes: int, size_at_full: int) -> bytes:
    """The page at quality 60, scaled down (a few tries) to nearly the largest size that fits."""
    height, width = bgr.shape[:2]
    smallest = min(1.0, _MIN_LONG_SIDE / max(height, width))
    fits: float | None = None  # the largest scale known to fit ...
    best = b""  # ... and its JPEG
    too_big = 1.0  # the smallest scale known not to fit
    # Bytes grow with the pixel count, so the square root of the excess is the first guess;
    # averaging also removes fine detail (and bytes), so the guesses err small.
    factor = max(smallest, min(0.9, 0.95 * math.sqrt(max_bytes / size_at_full)))
    for _ in range(_SCALE_TRIES):
        target = (max(1, round(width * factor)), max(1, round(height * factor)))
        data = encode_jpeg(_u8(cv2.resize(bgr, target, interpolation=cv2.INTER_AREA)), 60)
        if len(data) <= max_bytes:
            fits, best = factor, data
            if len(data) >= _GOOD_ENOUGH * max_bytes:
                break
        else:
            too_big = factor
        if fits is None:
            if factor <= smallest:
                break
            factor = max(smallest, factor * min(0.9, math.sqrt(max_bytes / len(data))))
        else:
            if too_big - fits < 0.02 * too_big:
                break
            guess = factor * math.sqrt(0.87 * max_bytes / len(data))  # aim inside the band
            factor = guess if fits < guess < too_big else (fits + too_big) / 2
    if fits is None:
        raise KnownError(
            ErrorCode.DOCUMENT_TOO_LARGE,
            f"the page does not fit in {max_bytes:,} bytes even scaled down a long way",
            max_bytes=max_bytes,
        )
    return best


# --- helpers ------------------------------------------------------------------------------


def _check_bgr(bgr: U8, what: str) -> None:
    if not isinstance(bgr, np.ndarray) or bgr.dtype != np.uint8:
        raise BugError(f"{what} takes a uint8 array")
    if bgr.ndim != 3 or bgr.shape[2] != 3 or bgr.shape[0] < 2 or bgr.shape[1] < 2:
        raise BugError(f"{what} takes H x W x 3 BGR pixels, not {bgr.shape}")


def _u8(mat: object) -> U8:
    """An OpenCV result as the 8-bit array it is (OpenCV's stubs type it loosely)."""
    return cast(U8, mat)
