"""Evaluation on a folder of identities: how well each model (and the fused score) separates people.

DIR holds one folder per identity with photos. For each model and for the fused score:
same- and different-person distance statistics; pair false match / false non-match rates
at each band edge and at a list of thresholds; a 1:N simulation (gallery = the first photo
of each identity, probes = the others, non-mated searches = the same probes with their own
identity left out) with rank-1, FNIR and FPIR at each band edge and FNIR at FPIR = 1%.
This is how a deployment calibrates its bands; the impostor statistics fitted here are the
normalisation of the fused score.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from registrar.biometrics.cv import cv2
from registrar.biometrics.engine import FaceEngine
from registrar.biometrics.index import Metric
from registrar.biometrics.intake import IntakeLimits, load_image
from registrar.biometrics.policy import distance
from registrar.errors import ErrorCode, KnownError
from registrar.settings import FUSED_SCORE_ID, BandEdges, FuseNorm, MatchSettings

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png"}
DEFAULT_THRESHOLDS = {
    "cosine": [round(x, 2) for x in np.arange(0.20, 0.81, 0.05)],
    "euclidean": [round(x, 2) for x in np.arange(0.30, 0.81, 0.05)],
    "fused": [round(x, 1) for x in np.arange(-8.0, 0.1, 0.5)],
}


@dataclass(frozen=True, slots=True, eq=False)
class Sample:
    identity: str
    path: str
    vectors: Mapping[str, npt.NDArray[np.float32]]


def collect(
    folder: Path, engine: FaceEngine, *, on_progress: Callable[[int, int], None] | None = None
) -> tuple[list[Sample], list[dict[str, str]]]:
    """Embed every photo of every identity folder; refusals are reported, not fatal."""
    if not folder.is_dir():
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"{folder} is not a folder")
    photos = sorted(
        p
        for d in sorted(folder.iterdir())
        if d.is_dir()
        for p in sorted(d.iterdir())
        if p.suffix.lower() in IMAGE_SUFFIXES
    )
    samples, refused = [], []
    limits = IntakeLimits(
        max_bytes=engine.intake_settings.max_bytes, max_pixels=engine.intake_settings.max_pixels
    )
    for i, path in enumerate(photos, start=1):
        rel = str(path.relative_to(folder))
        try:
            analysis = engine.analyse(load_image(path, limits), source="evaluate")
        except KnownError as exc:
            refused.append({"photo": rel, "code": exc.code.value, "reason": exc.message})
        else:
            samples.append(
                Sample(path.parent.name, rel, {t.model_id: t.vector for t in analysis.templates})
            )
        if on_progress:
            on_progress(i, len(photos))
    return samples, refused


def _stats(values: npt.NDArray[np.float64]) -> dict[str, float | int]:
    if values.size == 0:
        return {"count": 0}
    q = np.quantile(values, [0.01, 0.05, 0.5, 0.95, 0.99])
    return {
        "count": int(values.size),
        "min": float(values.min()),
        "max": float(values.max()),
        "mean": float(values.mean()),
        "std": float(values.std()),
        "p01": float(q[0]),
        "p05": float(q[1]),
        "p50": float(q[2]),
        "p95": float(q[3]),
        "p99": float(q[4]),
    }


def _rates(
    genuine: npt.NDArray[np.float64], impostor: npt.NDArray[np.float64], threshold: float
) -> dict[str, float | None]:
    """A pair matches when its score is at or below the threshold."""
    fmr = float(np.mean(impostor <= threshold)) if impostor.size else None
    fnmr = float(np.mean(genuine > threshold)) if genuine.size else None
    return {"threshold": threshold, "fmr": fmr, "fnmr": fnmr}


Score = Callable[[Sample, Sample], float]


def _one_to_n(samples: Sequence[Sample], score: Score, edges: BandEdges) -> dict[str, Any]:
    gallery: dict[str, Sample] = {}
    for s in samples:
        gallery.setdefault(s.identity, s)
    probes = [s for s in samples if gallery[s.identity] is not s]
    if not probes or len(gallery) < 2:
        return {
            "searches_mated": len(probes),
            "searches_non_mated": 0,
            "note": "needs at least two identities and a second photo of one",
        }
    mate_scores, best_other, rank1 = [], [], 0
    for probe in probes:
        scores = {identity: score(probe, g) for identity, g in gallery.items()}
        mate = scores.pop(probe.identity)
        other = min(scores.values())
        mate_scores.append(mate)
        best_other.append(other)  # the best hit of the non-mated search
        rank1 += mate < other
    mates, others = np.array(mate_scores), np.array(best_other)

    def at(t: float) -> dict[str, float]:
        # FNIR: the mate is not returned (beyond t); FPIR: a non-mated search returns anyone.
        return {
            "threshold": t,
            "fnir": float(np.mean(mates > t)),
            "fpir": float(np.mean(others <= t)),
        }

    # The strictest operating point with FPIR <= 1%: at most floor(1% of n) non-mated
    # searches may return someone, so the threshold must stay below the next best impostor.
    ordered = np.sort(others)
    bound = float(ordered[int(0.01 * ordered.size)])
    return {
        "gallery": len(gallery),
        "searches_mated": len(probes),
        "searches_non_mated": len(probes),
        "rank1": rank1 / len(probes),
        "at_edges": {"strong": at(edges.strong), "possible": at(edges.possible)},
        "threshold_at_fpir_1pct": bound,  # exclusive: matches must be closer than this
        "fnir_at_fpir_1pct": float(np.mean(mates >= bound)),
    }


def _pairs(
    samples: Sequence[Sample], score: Score
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    genuine: list[float] = []
    impostor: list[float] = []
    for a, b in itertools.combinations(samples, 2):
        (genuine if a.identity == b.identity else impostor).append(score(a, b))
    return np.array(genuine, dtype=np.float64), np.array(impostor, dtype=np.float64)


def evaluate(
    samples: Sequence[Sample],
    refused: Sequence[Mapping[str, str]],
    metrics: Mapping[str, Metric],
    match: MatchSettings,
    thresholds: Mapping[str, Sequence[float]] | None = None,
) -> dict[str, Any]:
    thresholds = thresholds or DEFAULT_THRESHOLDS
    result: dict[str, Any] = {
        "dataset": {
            "identities": len({s.identity for s in samples}),
            "photos_used": len(samples),
            "refused": list(refused),
        },
        "scores": {},
    }
    per_model: dict[str, Score] = {}
    for model_id, metric in metrics.items():

        def model_score(a: Sample, b: Sample, m: str = model_id, me: Metric = metric) -> float:
            return distance(me, a.vectors[m], b.vectors[m])

        per_model[model_id] = model_score

    norms: dict[str, FuseNorm] = {}
    distributions: dict[str, tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]] = {}
    for model_id, metric in metrics.items():
        usable = [s for s in samples if model_id in s.vectors]
        genuine, impostor = _pairs(usable, per_model[model_id])
        distributions[model_id] = (genuine, impostor)
        if impostor.size >= 2:
            norms[model_id] = FuseNorm(float(impostor.mean()), float(impostor.std()) or 1.0)
        result["scores"][model_id] = _report(
            genuine,
            impostor,
            match.bands[model_id],
            thresholds[metric.value],
            _one_to_n(usable, per_model[model_id], match.bands[model_id]),
        )

    if len(norms) == len(metrics) >= 2:

        def fused(a: Sample, b: Sample) -> float:
            return sum((per_model[m](a, b) - n.mean) / n.std for m, n in norms.items()) / len(norms)

        both = [s for s in samples if all(m in s.vectors for m in metrics)]
        genuine, impostor = _pairs(both, fused)
        distributions[FUSED_SCORE_ID] = (genuine, impostor)
        result["scores"][FUSED_SCORE_ID] = _report(
            genuine,
            impostor,
            match.bands[FUSED_SCORE_ID],
            thresholds["fused"],
            _one_to_n(both, fused, match.bands[FUSED_SCORE_ID]),
        )
    result["fuse_norms"] = {m: {"mean": n.mean, "std": n.std} for m, n in norms.items()}

    decision = result["scores"].get(match.decision_score, {})
    possible = decision.get("edges", {}).get("possible", {})
    result["decision_score"] = match.decision_score
    result["review_band_fmr"] = possible.get("fmr")
    result["review_band_fnmr"] = possible.get("fnmr")
    result["fnir_at_fpir_1pct"] = decision.get("one_to_n", {}).get("fnir_at_fpir_1pct")
    result["_distributions"] = distributions  # for the plot; dropped from the JSON
    return result


def _report(
    genuine: npt.NDArray[np.float64],
    impostor: npt.NDArray[np.float64],
    edges: BandEdges,
    thresholds: Sequence[float],
    one_to_n: dict[str, Any],
) -> dict[str, Any]:
    return {
        "genuine": _stats(genuine),
        "impostor": _stats(impostor),
        "edges": {
            "strong": _rates(genuine, impostor, edges.strong),
            "possible": _rates(genuine, impostor, edges.possible),
        },
        "thresholds": [_rates(genuine, impostor, float(t)) for t in thresholds],
        "one_to_n": one_to_n,
    }


def plot(
    distributions: Mapping[str, tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]],
    bands: Mapping[str, BandEdges],
    path: Path,
) -> None:
    """One panel per score: same-person (green) and different-person (red) histograms with
    the strong (solid) and possible (dashed) band edges."""
    panels = []
    for score_id, (genuine, impostor) in distributions.items():
        panels.append(_panel(score_id, genuine, impostor, bands.get(score_id)))
    if not panels:
        return
    if not cv2.imwrite(str(path), np.vstack(panels)):
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"could not write the plot to {path}")


def _panel(
    title: str,
    genuine: npt.NDArray[np.float64],
    impostor: npt.NDArray[np.float64],
    edges: BandEdges | None,
) -> npt.NDArray[np.uint8]:
    width, height, left, right, top, bottom = 760, 300, 60, 20, 40, 45
    img = np.full((height, width, 3), 255, np.uint8)
    values = np.concatenate([genuine, impostor])
    edge_values = [edges.strong, edges.possible] if edges else []
    lo = float(min([values.min(), *edge_values])) if values.size else 0.0
    hi = float(max([values.max(), *edge_values])) if values.size else 1.0
    pad = (hi - lo) * 0.05 or 0.1
    lo, hi = lo - pad, hi + pad
    bins = np.linspace(lo, hi, 41)

    def x_of(v: float) -> int:
        return int(left + (v - lo) / (hi - lo) * (width - left - right))

    plot_h = height - top - bottom
    hists = []
    for data in (genuine, impostor):
        counts, _ = np.histogram(data, bins=bins)
        hists.append(counts / counts.sum() if counts.sum() else counts.astype(float))
    peak = max(float(h.max()) for h in hists) or 1.0
    for counts, colour in zip(hists, ((60, 160, 60), (60, 60, 220)), strict=True):
        overlay = img.copy()  # one translucent layer per histogram, blended once
        for i, c in enumerate(counts):
            if c > 0:
                x0, x1 = x_of(bins[i]), x_of(bins[i + 1])
                y = int(top + plot_h * (1 - c / peak))
                cv2.rectangle(overlay, (x0, y), (x1 - 1, top + plot_h), colour, -1)
        cv2.addWeighted(overlay, 0.5, img, 0.5, 0, img)
    cv2.line(img, (left, top + plot_h), (width - right, top + plot_h), (0, 0, 0), 1)
    for t in np.linspace(lo, hi, 7):
        x = x_of(float(t))
        cv2.line(img, (x, top + plot_h), (x, top + plot_h + 5), (0, 0, 0), 1)
        cv2.putText(
            img,
            f"{t:.2f}",
            (x - 18, top + plot_h + 20),
            cv2.FONT_HERSHEY_SIMPLEX,
            0.4,
            (0, 0, 0),
            1,
            cv2.LINE_AA,
        )
    if edges:
        for value, name, dashed in (
            (edges.strong, "strong", False),
            (edges.possible, "possible", True),
        ):
            x = x_of(value)
            for y in range(top, top + plot_h, 8 if dashed else 1):
                cv2.line(
                    img, (x, y), (x, min(y + 4 if dashed else y + 1, top + plot_h)), (200, 80, 0), 2
                )
            cv2.putText(
                img,
                name,
                (x + 4, top + 14 if not dashed else top + 30),
                cv2.FONT_HERSHEY_SIMPLEX,
                0.45,
                (200, 80, 0),
                1,
                cv2.LINE_AA,
            )
    label = f"{title}: same person (green, n={genuine.size}), different (red, n={impostor.size})"
    cv2.putText(img, label, (left, 24), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (0, 0, 0), 1, cv2.LINE_AA)
    axis = "distance" if title != FUSED_SCORE_ID else "fused z-score"
    cv2.putText(
        img,
        f"{axis} (lower = closer)",
        (width // 2 - 70, height - 6),
        cv2.FONT_HERSHEY_SIMPLEX,
        0.45,
        (0, 0, 0),
        1,
        cv2.LINE_AA,
    )
    return img
