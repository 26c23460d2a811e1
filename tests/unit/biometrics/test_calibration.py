"""Calibration figures against a reference computed here with plain loops over written-out pairs."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from registrar.biometrics.calibration import (
    Calibration,
    EdgeRates,
    SuggestionStatus,
    calibrate,
    edge_rates,
    histogram,
)
from registrar.domain.model import Decision
from registrar.settings import BandEdges

S, D, I = Decision.SAME, Decision.DIFFERENT, Decision.INTERVIEW  # noqa: E741 (short on purpose)

# Forty-two decided pairs as a supervisor might leave them (SFace distances), plus interviews.
PAIRS: list[tuple[float, Decision]] = [
    (0.12, S), (0.15, S), (0.18, S), (0.21, S), (0.22, S), (0.25, S), (0.27, S), (0.29, S),
    (0.31, S), (0.33, S), (0.34, S), (0.36, S), (0.38, S), (0.41, S), (0.44, S), (0.47, S),
    (0.49, S), (0.50, S),
    (0.30, D), (0.37, D), (0.39, D), (0.40, D), (0.42, D), (0.43, D), (0.43, D), (0.44, D),
    (0.45, D), (0.46, D), (0.46, D), (0.47, D), (0.48, D), (0.48, D), (0.49, D), (0.49, D),
    (0.50, D), (0.50, D), (0.50, D), (0.36, D), (0.41, D), (0.45, D),
    (0.20, I), (0.45, I),
]  # fmt: skip
EDGES = BandEdges(strong=0.40, possible=0.50)


def reference_rates(pairs: list[tuple[float, Decision]], edge: float) -> tuple[int, int, int, int]:
    """(different at or below, different, same above, same) by counting one pair at a time."""
    fm = nd = fnm = ns = 0
    for distance, decision in pairs:
        if decision is D:
            nd += 1
            if distance <= edge:
                fm += 1
        elif decision is S:
            ns += 1
            if distance > edge:
                fnm += 1
    return fm, nd, fnm, ns


def reference_suggestion(
    pairs: list[tuple[float, Decision]], target_fmr: float, target_fnmr: float
) -> tuple[float, float] | None:
    same = [x for x, d in pairs if d is S]
    different = [x for x, d in pairs if d is D]
    possible = None
    for t in same:  # the smallest same distance that leaves at most target_fnmr above it
        above = 0
        for x in same:
            if x > t:
                above += 1
        if above / len(same) <= target_fnmr and (possible is None or t < possible):
            possible = t
    strong = None
    for t in same:  # the largest same distance with at most target_fmr impostors at or below
        below = 0
        for x in different:
            if x <= t:
                below += 1
        if below / len(different) <= target_fmr and (strong is None or t > strong):
            strong = t
    if possible is None or strong is None:
        return None
    return min(strong, possible), possible


def as_tuple(rates: EdgeRates) -> tuple[int, int, int, int]:
    return rates.false_matches, rates.different, rates.false_non_matches, rates.same


def test_rates_at_the_current_edges_equal_the_reference() -> None:
    result = calibrate(PAIRS, EDGES)
    assert as_tuple(result.strong) == reference_rates(PAIRS, 0.40) == (5, 22, 5, 18)
    assert as_tuple(result.possible) == reference_rates(PAIRS, 0.50) == (22, 22, 0, 18)
    assert result.strong.fmr == pytest.approx(5 / 22)
    assert result.strong.fnmr == pytest.approx(5 / 18)
    assert result.possible.fmr == 1.0 and result.possible.fnmr == 0.0
    # interviews are left out; the distances come back sorted
    assert len(result.same) == 18 and len(result.different) == 22
    assert list(result.same) == sorted(x for x, d in PAIRS if d is S)


@pytest.mark.parametrize(
    ("target_fmr", "target_fnmr"), [(0.01, 0.01), (0.05, 0.10), (0.10, 0.20), (0.25, 0.0)]
)
def test_the_suggestion_equals_the_reference(target_fmr: float, target_fnmr: float) -> None:
    result = calibrate(PAIRS, EDGES, target_fmr=target_fmr, target_fnmr=target_fnmr)
    expected = reference_suggestion(PAIRS, target_fmr, target_fnmr)
    suggestion = result.suggestion
    assert suggestion.status is SuggestionStatus.SUGGESTED and expected is not None
    assert suggestion.edges == BandEdges(*expected)
    assert suggestion.strong is not None and suggestion.possible is not None
    assert as_tuple(suggestion.strong) == reference_rates(PAIRS, expected[0])
    assert as_tuple(suggestion.possible) == reference_rates(PAIRS, expected[1])
    assert suggestion.strong.fmr is not None and suggestion.strong.fmr <= target_fmr
    assert suggestion.possible.fnmr is not None and suggestion.possible.fnmr <= target_fnmr


def test_the_default_suggestion_in_figures() -> None:
    # 22 different pairs: at 1% not one may sit in the strong band, so the strong edge is
    # the last same-person distance below the closest impostor (0.30): 0.29. 18 same pairs:
    # at 1% none may be missed, so the possible edge is the largest same distance, 0.50.
    suggestion = calibrate(PAIRS, EDGES).suggestion
    assert suggestion.edges == BandEdges(strong=0.29, possible=0.50)
    assert suggestion.strong is not None and as_tuple(suggestion.strong) == (0, 22, 10, 18)


def test_rates_at_any_edge_follow_the_same_rule() -> None:
    result = calibrate(PAIRS, EDGES)
    for edge in (0.0, 0.3, 0.43, 0.445, 0.5, 1.0):
        assert as_tuple(result.rates_at(edge)) == reference_rates(PAIRS, edge)


def test_no_decisions_give_no_rates_and_no_suggestion() -> None:
    result = calibrate([], EDGES)
    assert result.same == () and result.different == ()
    assert result.strong.fmr is None and result.strong.fnmr is None
    assert result.suggestion.status is SuggestionStatus.TOO_FEW
    assert result.suggestion.edges is None
    hist = histogram(result)  # the chart still has an axis around the edges
    assert sum(hist.same) == sum(hist.different) == 0
    assert hist.bin_edges[0] < 0.40 and hist.bin_edges[-1] > 0.50


def test_only_same_decisions_give_no_fmr_and_no_suggestion() -> None:
    pairs = [(0.1 + i / 100, S) for i in range(30)]
    result = calibrate(pairs, EDGES)
    assert result.strong.fmr is None
    assert result.strong.fnmr == pytest.approx(reference_rates(pairs, 0.40)[2] / 30)
    assert result.suggestion.status is SuggestionStatus.TOO_FEW


def test_nine_of_one_kind_is_too_few_and_ten_is_enough() -> None:
    same = [(0.1 + i / 100, S) for i in range(10)]
    nine = [(0.45 + i / 100, D) for i in range(9)]
    assert calibrate(same + nine, EDGES).suggestion.status is SuggestionStatus.TOO_FEW
    ten = [*nine, (0.6, D)]
    assert calibrate(same + ten, EDGES).suggestion.status is SuggestionStatus.SUGGESTED
    assert calibrate(same + ten, EDGES, min_each=11).suggestion.status is SuggestionStatus.TOO_FEW


def test_a_score_that_does_not_separate_gets_no_suggestion() -> None:
    # Every impostor is closer than every duplicate: no strong edge keeps the FMR at 1%.
    pairs = [(0.10 + i / 100, D) for i in range(10)] + [(0.30 + i / 100, S) for i in range(10)]
    suggestion = calibrate(pairs, EDGES).suggestion
    assert suggestion.status is SuggestionStatus.NOT_SEPARATED and suggestion.edges is None
    assert reference_suggestion(pairs, 0.01, 0.01) is None


def test_the_histogram_counts_every_pair_once_in_shared_bins() -> None:
    result = calibrate(PAIRS, EDGES)
    hist = histogram(result, bins=10)
    assert len(hist.bin_edges) == 11 and len(hist.same) == len(hist.different) == 10
    assert sum(hist.same) == 18 and sum(hist.different) == 22
    for i, (low, high) in enumerate(itertools.pairwise(hist.bin_edges)):
        last = i == len(hist.same) - 1
        inside = [x for x in result.same if low <= x < high or (last and x == high)]
        assert hist.same[i] == len(inside)


distances = st.floats(0.0, 2.0, allow_nan=False)


@given(
    st.lists(st.tuples(distances, st.sampled_from([S, D, I])), max_size=60),
    distances,
    distances,
)
def test_every_figure_equals_the_loop_for_any_pairs(
    pairs: list[tuple[float, Decision]], a: float, b: float
) -> None:
    edges = BandEdges(min(a, b), max(a, b))
    result: Calibration = calibrate(pairs, edges, min_each=3)
    assert as_tuple(result.strong) == reference_rates(pairs, edges.strong)
    assert as_tuple(result.possible) == reference_rates(pairs, edges.possible)
    same = sum(d is S for _, d in pairs)
    different = sum(d is D for _, d in pairs)
    if same < 3 or different < 3:
        assert result.suggestion.status is SuggestionStatus.TOO_FEW
        return
    expected = reference_suggestion(pairs, 0.01, 0.01)
    if expected is None:
        assert result.suggestion.status is SuggestionStatus.NOT_SEPARATED
    else:
        assert result.suggestion.edges == BandEdges(*expected)
        assert not math.isnan(result.suggestion.edges.strong)


def test_edge_rates_of_plain_lists() -> None:
    assert as_tuple(edge_rates([0.1, 0.5], [0.2, 0.3, 0.9], 0.3)) == (2, 3, 1, 2)
