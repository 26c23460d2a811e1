"""Band-edge calibration from supervisors' decisions: error rates at each edge, a suggested edge.

Each decided duplicate case is a labelled pair: a distance (lower is more alike) and a
supervisor's verdict, same person or different people. Interview decisions say nothing
about the pair and are left out. At an edge ``t``:

* FMR (false match rate) = share of different-person pairs with distance <= t: impostors
  the band would call a match;
* FNMR (false non-match rate) = share of same-person pairs with distance > t: duplicates
  the band would let through.

**Selection bias.** Only pairs the engine flagged (at or below the possible edge of the
score that raised them, when they were raised) ever reach a supervisor. These rates are
therefore rates *among flagged pairs*: the FMR is far above the FMR over all impostor
pairs, and a same-person pair beyond the possible edge is never seen, so the FNMR at the
possible edge of the raising score reads as (about) zero whatever the truth. The suggested
possible edge can only ever be at or below the largest distance already flagged: these
decisions can tell a supervisor the band may be narrowed, never that it should be widened.
That needs a labelled evaluation set (``registrar evaluate``).

**Suggested edges.** With at least ``min_each`` decisions of each kind:

* possible = the smallest decided same-person distance ``t`` with FNMR(t) <= target_fnmr:
  the narrowest possible band that still holds all but that share of the duplicates seen;
* strong = the largest decided same-person distance ``t`` with FMR(t) <= target_fmr
  (capped at the suggested possible edge): the widest strong band in which at most that
  share of the different-person pairs seen would sit.

Both edges sit on an observed same-person distance, so the rates they imply are exact for
these decisions and are reported with them. When no same-person distance keeps the FMR
within target the score does not separate these pairs and nothing is suggested.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from registrar.domain.model import Decision
from registrar.settings import BandEdges

MIN_DECISIONS = 10  # of each kind, before an edge is suggested
TARGET_FMR = 0.01
TARGET_FNMR = 0.01
HISTOGRAM_BINS = 24


class SuggestionStatus(StrEnum):
    SUGGESTED = "suggested"
    TOO_FEW = "too_few"  # fewer than min_each same or different decisions
    NOT_SEPARATED = "not_separated"  # no same-person distance keeps the FMR within target


@dataclass(frozen=True, slots=True)
class EdgeRates:
    """What the decisions imply at one edge."""

    edge: float
    false_matches: int  # different-person pairs at or below the edge
    different: int
    false_non_matches: int  # same-person pairs above the edge
    same: int

    @property
    def fmr(self) -> float | None:
        return self.false_matches / self.different if self.different else None

    @property
    def fnmr(self) -> float | None:
        return self.false_non_matches / self.same if self.same else None


@dataclass(frozen=True, slots=True)
class Suggestion:
    status: SuggestionStatus
    edges: BandEdges | None
    strong: EdgeRates | None  # the rates at the suggested edges
    possible: EdgeRates | None
    target_fmr: float
    target_fnmr: float
    min_each: int


@dataclass(frozen=True, slots=True)
class Calibration:
    same: tuple[float, ...]  # sorted distances of pairs decided "same person"
    different: tuple[float, ...]  # sorted distances of pairs decided "different people"
    current: BandEdges
    strong: EdgeRates  # at the current edges
    possible: EdgeRates
    suggestion: Suggestion

    def rates_at(self, edge: float) -> EdgeRates:
        """The rates these decisions imply at any edge (for an edge a supervisor is trying)."""
        return edge_rates(self.same, self.different, edge)


@dataclass(frozen=True, slots=True)
class Histogram:
    """Counts of same- and different-person distances in shared bins."""

    bin_edges: tuple[float, ...]  # one more than the bins, ascending
    same: tuple[int, ...]
    different: tuple[int, ...]


def _sorted(values: Iterable[float]) -> npt.NDArray[np.float64]:
    return np.sort(np.asarray(list(values), dtype=np.float64))


def edge_rates(same: Sequence[float], different: Sequence[float], edge: float) -> EdgeRates:
    s, d = _sorted(same), _sorted(different)
    return EdgeRates(
        edge=float(edge),
        false_matches=int(np.searchsorted(d, edge, side="right")),
        different=len(d),
        false_non_matches=len(s) - int(np.searchsorted(s, edge, side="right")),
        same=len(s),
    )


def suggest(
    same: Sequence[float],
    different: Sequence[float],
    *,
    target_fmr: float = TARGET_FMR,
    target_fnmr: float = TARGET_FNMR,
    min_each: int = MIN_DECISIONS,
) -> Suggestion:
    """Suggested band edges by the rule in the module docstring."""

    def without(status: SuggestionStatus) -> Suggestion:
        return Suggestion(status, None, None, None, target_fmr, target_fnmr, min_each)

    s, d = _sorted(same), _sorted(different)
    if len(s) < min_each or len(d) < min_each:
        return without(SuggestionStatus.TOO_FEW)
    # For each same-person distance (as a candidate edge): the rates it would give.
    fnmr = (len(s) - np.searchsorted(s, s, side="right")) / len(s)
    fmr = np.searchsorted(d, s, side="right") / len(d)
    possible = float(s[fnmr <= target_fnmr].min())  # the largest same distance always fits
    strong_candidates = s[fmr <= target_fmr]
    if strong_candidates.size == 0:
        return without(SuggestionStatus.NOT_SEPARATED)
    strong = min(float(strong_candidates.max()), possible)
    return Suggestion(
        SuggestionStatus.SUGGESTED,
        BandEdges(strong=strong, possible=possible),
        edge_rates(s.tolist(), d.tolist(), strong),
        edge_rates(s.tolist(), d.tolist(), possible),
        target_fmr,
        target_fnmr,
        min_each,
    )


def calibrate(
    pairs: Iterable[tuple[float, Decision]],
    current: BandEdges,
    *,
    target_fmr: float = TARGET_FMR,
    target_fnmr: float = TARGET_FNMR,
    min_each: int = MIN_DECISIONS,
) -> Calibration:
    """Rates at the current edges and a suggestion, from (distance, decision) pairs.

    Interview decisions are left out: they record that the supervisor could not tell.
    """
    same: list[float] = []
    different: list[float] = []
    for distance, decision in pairs:
        if decision is Decision.SAME:
            same.append(float(distance))
        elif decision is Decision.DIFFERENT:
            different.append(float(distance))
    same.sort()
    different.sort()
    return Calibration(
        same=tuple(same),
        different=tuple(different),
        current=current,
        strong=edge_rates(same, different, current.strong),
        possible=edge_rates(same, different, current.possible),
        suggestion=suggest(
            same, different, target_fmr=target_fmr, target_fnmr=target_fnmr, min_each=min_each
        ),
    )


def histogram(calibration: Calibration, bins: int = HISTOGRAM_BINS) -> Histogram:
    """Shared bins over every distance and every edge shown (current and suggested)."""
    marks = [calibration.current.strong, calibration.current.possible]
    if calibration.suggestion.edges is not None:
        marks += [calibration.suggestion.edges.strong, calibration.suggestion.edges.possible]
    values = [*calibration.same, *calibration.different, *marks]
    low, high = min(values), max(values)
    # A little room around the outermost marks, and some context when they are close.
    pad = max((high - low) * 0.05, 0.05)
    bin_edges = np.linspace(low - pad, high + pad, bins + 1)
    same, _ = np.histogram(np.asarray(calibration.same, dtype=np.float64), bins=bin_edges)
    different, _ = np.histogram(np.asarray(calibration.different, dtype=np.float64), bins=bin_edges)
    return Histogram(
        bin_edges=tuple(float(x) for x in bin_edges),
        same=tuple(int(x) for x in same),
        different=tuple(int(x) for x in different),
    )
