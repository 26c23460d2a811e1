"""The typed settings registry: every tunable with its default, stored per vault as JSON.

Secrets never go here. A vault stores only the values that differ from the defaults, so a
newer app's better defaults reach vaults that never changed them.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from registrar.errors import ErrorCode, KnownError

SFACE_MODEL_ID = "sface-2021dec-int8"
DLIB_MODEL_ID = "dlib-resnet-v1"
FUSED_SCORE_ID = "fused"


@dataclass(frozen=True, slots=True)
class QualitySettings:
    """Thresholds of the face quality checks (pass / warn / fail)."""

    min_detection_score: float = 0.75  # below: not a face we trust
    second_face_score: float = 0.80  # another face this sure means two people in the photo
    eye_distance_fail_px: float = 28.0
    eye_distance_warn_px: float = 40.0
    sharpness_fail: float = 12.0  # variance of the Laplacian on the face at 112 px
    sharpness_warn: float = 30.0
    dark_fail: float = 45.0  # mean luminance of the face, 0-255
    dark_warn: float = 70.0
    bright_fail: float = 220.0
    bright_warn: float = 200.0
    clipped_warn: float = 0.10  # share of face pixels at 0-4 or 251-255
    clipped_fail: float = 0.30
    # Roll as YuNet's eye landmarks read it; they under-read large tilts (a real 30 degrees
    # reads about 19), so these edges sit near 15 and 30 degrees of real tilt.
    roll_warn_deg: float = 10.0
    roll_fail_deg: float = 20.0
    yaw_warn: float = 0.20  # nose offset from the eyes' midline, in eye distances
    yaw_fail: float = 0.45
    off_centre_warn: float = 0.30  # face centre's distance from the image centre, image units
    cut_off_margin: float = 0.02  # share of the box allowed outside the frame


@dataclass(frozen=True, slots=True)
class BandEdges:
    """Distances at or below ``strong`` are a strong match, at or below ``possible`` possible."""

    strong: float
    possible: float

    def __post_init__(self) -> None:
        if not self.strong <= self.possible:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                "the strong edge must not exceed the possible edge",
                field="bands",
            )


def _default_bands() -> dict[str, BandEdges]:
    # SFace: 1 - cosine. OpenCV's own cut (cosine 0.363, distance 0.637) is far too lax for 1:N.
    # dlib: Euclidean; its own 1:1 cut is 0.6. Fused: z-scores against the impostor
    # distribution (negative = closer than impostors usually are).
    return {
        SFACE_MODEL_ID: BandEdges(strong=0.40, possible=0.50),
        DLIB_MODEL_ID: BandEdges(strong=0.40, possible=0.50),
        FUSED_SCORE_ID: BandEdges(strong=-5.0, possible=-4.0),
    }


@dataclass(frozen=True, slots=True)
class FuseNorm:
    """Impostor mean and spread per model, fitted by ``registrar evaluate``."""

    mean: float
    std: float


def _default_norms() -> dict[str, FuseNorm]:
    # Typical impostor distances; `registrar evaluate` fits a deployment's own.
    return {SFACE_MODEL_ID: FuseNorm(0.90, 0.09), DLIB_MODEL_ID: FuseNorm(0.85, 0.07)}


@dataclass(frozen=True, slots=True)
class MatchSettings:
    primary_model: str = SFACE_MODEL_ID
    second_opinion_model: str = DLIB_MODEL_ID
    # Which score decides the band: the primary model's distance or the fused score.
    decision_score: str = SFACE_MODEL_ID
    top_k: int = 5
    bands: dict[str, BandEdges] = field(default_factory=_default_bands)
    fuse_norms: dict[str, FuseNorm] = field(default_factory=_default_norms)
    # Templates per model above which batch dedup uses the clustered join instead of the exact
    # all-pairs scan (exact: 11 s at 100k, ~20 min at 1M; clustered: 95 s at 1M, 99.7% found).
    approximate_above: int = 250_000


@dataclass(frozen=True, slots=True)
class IntakeSettings:
    max_bytes: int = 15 * 1024 * 1024
    max_pixels: int = 40_000_000
    stored_max_side: int = 1280  # photos are stored no larger than this
    jpeg_quality: int = 90


@dataclass(frozen=True, slots=True)
class DeskSettings:
    """How the registration desk behaves for everyone at this station."""

    idle_lock_minutes: float = 10.0
    auto_capture: bool = True
    auto_capture_hold_s: float = 1.0  # quality must hold this long before auto-capture

    def __post_init__(self) -> None:
        if not 1.0 <= self.idle_lock_minutes <= 120.0:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                "idle lock must be between 1 and 120 minutes",
                field="desk.idle_lock_minutes",
            )
        if not 0.2 <= self.auto_capture_hold_s <= 10.0:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                "auto-capture hold must be between 0.2 and 10 seconds",
                field="desk.auto_capture_hold_s",
            )


@dataclass(frozen=True, slots=True)
class ReviewSettings:
    """How supervisors' decisions and approvals work at this station."""

    # Ask the supervisor's password again before a decision on a duplicate case; one
    # confirmation covers the decisions of the next ``reauth_grace_minutes``.
    reauth_for_decisions: bool = False
    reauth_grace_minutes: float = 5.0
    # Completed records wait for a supervisor's approval before they may be synced.
    end_of_day_approval: bool = False

    def __post_init__(self) -> None:
        if not 0.0 <= self.reauth_grace_minutes <= 60.0:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                "the re-authentication grace must be between 0 and 60 minutes",
                field="review.reauth_grace_minutes",
            )


@dataclass(frozen=True, slots=True)
class GuardSettings:
    """Backlog guards: warn (and optionally stop new registrations) when work piles up.

    A limit of 0 switches that guard off. MOSIP freezes a client at 100 pending approvals.
    """

    review_max_cases: int = 100
    review_max_age_days: float = 3.0
    sync_max_records: int = 2000
    sync_max_age_days: float = 7.0
    stop_registration: bool = False

    def __post_init__(self) -> None:
        for name in (
            "review_max_cases",
            "review_max_age_days",
            "sync_max_records",
            "sync_max_age_days",
        ):
            if getattr(self, name) < 0:
                raise KnownError(
                    ErrorCode.INVALID_FIELD,
                    "a backlog limit cannot be negative (0 switches the guard off)",
                    field=f"guards.{name}",
                )


@dataclass(frozen=True, slots=True)
class SyncSettings:
    """How records travel to the hub."""

    # A batch holds records up to this size; one record larger than a batch goes alone, up
    # to max_record_bytes (refused before it is queued above that: the hub takes 64 MiB).
    max_batch_bytes: int = 8 * 1024 * 1024
    max_record_bytes: int = 32 * 1024 * 1024
    # Upload piece: a cut link costs at most this much again.
    chunk_bytes: int = 256 * 1024
    # Background sync every so many minutes while the vault is open (0: only "sync now").
    interval_minutes: float = 5.0
    # Days a record stays on this laptop after the hub's receipt (0: it stays).
    keep_days_after_receipt: int = 0

    def __post_init__(self) -> None:
        if not 64 * 1024 <= self.max_batch_bytes <= 48 * 1024 * 1024:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                "a batch may be 64 KiB to 48 MiB",
                field="sync.max_batch_bytes",
            )
        if not 64 * 1024 <= self.max_record_bytes <= 48 * 1024 * 1024:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                "a record may be 64 KiB to 48 MiB",
                field="sync.max_record_bytes",
            )
        if not 4 * 1024 <= self.chunk_bytes <= 1024 * 1024:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                "an upload piece may be 4 KiB to 1 MiB",
                field="sync.chunk_bytes",
            )
        if self.interval_minutes < 0 or self.keep_days_after_receipt < 0:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                "sync intervals and days cannot be negative",
                field="sync.interval_minutes",
            )


@dataclass(frozen=True, slots=True)
class Settings:
    quality: QualitySettings = field(default_factory=QualitySettings)
    match: MatchSettings = field(default_factory=MatchSettings)
    intake: IntakeSettings = field(default_factory=IntakeSettings)
    desk: DeskSettings = field(default_factory=DeskSettings)
    review: ReviewSettings = field(default_factory=ReviewSettings)
    guards: GuardSettings = field(default_factory=GuardSettings)
    sync: SyncSettings = field(default_factory=SyncSettings)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        """Defaults overlaid with ``data``; unknown keys are an error so typos do not vanish."""
        try:
            match = dict(data.get("match", {}))
            if "bands" in match:
                match["bands"] = _default_bands() | {
                    k: BandEdges(**v) for k, v in match["bands"].items()
                }
            if "fuse_norms" in match:
                match["fuse_norms"] = _default_norms() | {
                    k: FuseNorm(**v) for k, v in match["fuse_norms"].items()
                }
            return cls(
                quality=QualitySettings(**data.get("quality", {})),
                match=MatchSettings(**match),
                intake=IntakeSettings(**data.get("intake", {})),
                desk=DeskSettings(**data.get("desk", {})),
                review=ReviewSettings(**data.get("review", {})),
                guards=GuardSettings(**data.get("guards", {})),
                sync=SyncSettings(**data.get("sync", {})),
            )
        except TypeError as exc:
            raise KnownError(
                ErrorCode.INVALID_FIELD, f"unknown or invalid setting: {exc}", field="settings"
            ) from None

    def dumps(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True)


def with_value(settings: Settings, dotted: str, value: str) -> Settings:
    """A copy with one setting changed, addressed like ``match.bands.fused.possible``.

    The value is parsed as JSON (numbers, strings in quotes, true/false) or else taken as a
    string; the result is validated by building the settings again.
    """
    data = settings.to_json()
    keys = dotted.split(".")
    node: Any = data
    for key in keys[:-1]:
        if not isinstance(node, dict) or key not in node:
            raise KnownError(
                ErrorCode.INVALID_FIELD, f"no setting named {dotted}", field="settings"
            )
        node = node[key]
    if not isinstance(node, dict) or keys[-1] not in node or isinstance(node[keys[-1]], dict):
        raise KnownError(ErrorCode.INVALID_FIELD, f"no setting named {dotted}", field="settings")
    try:
        parsed: Any = json.loads(value)
    except ValueError:
        parsed = value
    old = node[keys[-1]]
    if isinstance(old, bool) and not isinstance(parsed, bool):
        raise KnownError(ErrorCode.INVALID_FIELD, f"{dotted} takes true or false", field="settings")
    if isinstance(old, int | float) and not isinstance(old, bool):
        if not isinstance(parsed, int | float) or isinstance(parsed, bool):
            raise KnownError(ErrorCode.INVALID_FIELD, f"{dotted} takes a number", field="settings")
        parsed = type(old)(parsed) if isinstance(old, float) else parsed
    node[keys[-1]] = parsed
    return Settings.from_json(data)
