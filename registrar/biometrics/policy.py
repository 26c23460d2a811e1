"""The duplicate policy: distances become bands (strong / possible / none) and a ranked short list.

A hit never merges or blocks anything: it opens a case for a supervisor. Sex and age are
shown beside a candidate as supporting evidence and never hide a face hit.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from registrar.biometrics.index import Metric
from registrar.domain.model import Band
from registrar.settings import FUSED_SCORE_ID, BandEdges, FuseNorm, MatchSettings


def band_of(value: float, edges: BandEdges) -> Band:
    if value <= edges.strong:
        return Band.STRONG
    if value <= edges.possible:
        return Band.POSSIBLE
    return Band.NONE


def distance(metric: Metric, a: npt.NDArray[np.float32], b: npt.NDArray[np.float32]) -> float:
    """The smallest distance between any row of ``a`` and any row of ``b`` (or two vectors)."""
    a2, b2 = np.atleast_2d(a), np.atleast_2d(b)
    if metric is Metric.COSINE:
        an = a2 / np.linalg.norm(a2, axis=1, keepdims=True)
        bn = b2 / np.linalg.norm(b2, axis=1, keepdims=True)
        return float(1.0 - (an @ bn.T).max())
    diff = a2[:, None, :] - b2[None, :, :]
    return float(np.sqrt((diff * diff).sum(axis=2)).min())


def fused_score(distances: Mapping[str, float], norms: Mapping[str, FuseNorm]) -> float | None:
    """Mean of the models' distances z-normalised against their impostor distributions.

    None unless every normalised model contributed, so a fused score always means the same
    thing. Lower is closer, as with distances.
    """
    if not norms or any(m not in distances for m in norms):
        return None
    zs = [(distances[m] - n.mean) / n.std for m, n in norms.items()]
    return float(sum(zs) / len(zs))


@dataclass(frozen=True, slots=True)
class Consistency:
    """Supporting evidence beside a face hit; never used to hide one."""

    sex_matches: bool | None  # None when either is unknown
    age_gap_years: int | None


@dataclass(frozen=True, slots=True)
class Candidate:
    person_id: str
    band: Band
    score_id: str  # which score decided the band
    score: float
    distances: Mapping[str, float]  # per model: the primary and the second opinion
    fused: float | None
    consistency: Consistency | None = None


def rank(evidence: Mapping[str, Mapping[str, float]], match: MatchSettings) -> list[Candidate]:
    """Candidates in a duplicate band, closest first, at most ``top_k``.

    ``evidence`` maps person id -> model id -> that person's best distance to the probe.
    """
    out = []
    edges = match.bands[match.decision_score]
    for person_id, distances in evidence.items():
        fused = fused_score(distances, match.fuse_norms)
        score = (
            fused if match.decision_score == FUSED_SCORE_ID else distances.get(match.decision_score)
        )
        if score is None or math.isnan(score):
            continue
        band = band_of(score, edges)
        if band is not Band.NONE:
            out.append(
                Candidate(person_id, band, match.decision_score, score, dict(distances), fused)
            )
    out.sort(key=lambda c: (c.score, c.person_id))
    return out[: match.top_k]


def search_radius(match: MatchSettings, model_id: str) -> float:
    """How far to look in one model's gallery so that no candidate of the decision score is
    missed: its own possible edge, or for the fused score a generous distance."""
    if match.decision_score == model_id:
        return match.bands[model_id].possible
    norm = match.fuse_norms.get(model_id)
    fused_edge = match.bands[FUSED_SCORE_ID].possible
    # A fused score within the edge needs at least one model this close or closer.
    return norm.mean + fused_edge * norm.std if norm else match.bands[model_id].possible
