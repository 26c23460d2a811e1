"""Batch dedup: exact and approximate pair finding, progress, cancellation, review groups."""

from __future__ import annotations

import itertools
import math
import random

import numpy as np
import numpy.typing as npt
import pytest

from registrar.biometrics import dedup
from registrar.biometrics.dedup import Group, Pair, find_pairs, group_pairs
from registrar.biometrics.index import Metric
from registrar.errors import ErrorCode, KnownError


def brute_force(
    keys: list[str], vectors: npt.NDArray[np.floating], metric: Metric, radius: float
) -> dict[tuple[str, str], float]:
    best: dict[tuple[str, str], float] = {}
    x = vectors.astype(np.float64)
    for i, j in itertools.combinations(range(len(keys)), 2):
        if keys[i] == keys[j]:
            continue
        if metric is Metric.COSINE:
            d = 1.0 - float(x[i] @ x[j]) / float(np.linalg.norm(x[i]) * np.linalg.norm(x[j]))
        else:
            d = float(np.linalg.norm(x[i] - x[j]))
        if d <= radius:
            pair = (min(keys[i], keys[j]), max(keys[i], keys[j]))
            best[pair] = min(d, best.get(pair, math.inf))
    return best


def as_dict(pairs: list[Pair]) -> dict[tuple[str, str], float]:
    return {(p.a, p.b): p.distance for p in pairs}


def clustered_with_duplicates(
    n: int, planted: int, rng: np.random.Generator, dim: int = 128
) -> tuple[list[str], npt.NDArray[np.float32], set[tuple[str, str]]]:
    """Face-like unit vectors around 24 population means, plus second samples of
    ``planted`` identities at a genuine-level cosine (0.55-0.9)."""
    means = rng.standard_normal((24, dim))
    means /= np.linalg.norm(means, axis=1, keepdims=True)
    population = rng.integers(0, 24, n)
    x = 0.42 * means[population] + rng.standard_normal((n, dim)) / math.sqrt(dim)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    sources = rng.choice(n, planted, replace=False)
    other = rng.standard_normal((planted, dim)) + 0.42 * math.sqrt(dim) * means[population[sources]]
    other -= np.einsum("ij,ij->i", other, x[sources])[:, None] * x[sources]
    other /= np.linalg.norm(other, axis=1, keepdims=True)
    cosine = rng.uniform(0.55, 0.9, planted)[:, None]
    copies = cosine * x[sources] + np.sqrt(1 - cosine**2) * other
    vectors = np.vstack([x, copies]).astype(np.float32)
    keys = [f"id-{i:05d}" for i in range(n + planted)]
    pairs = {(keys[s], keys[n + j]) for j, s in enumerate(sources.tolist())}
    return keys, vectors, pairs


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks far smaller than the data, so every tiling edge case is exercised."""
    monkeypatch.setattr(dedup, "ROW_BLOCK", 7)
    monkeypatch.setattr(dedup, "COLUMN_BLOCK", 13)


@pytest.mark.parametrize(("metric", "radius"), [(Metric.COSINE, 0.55), (Metric.EUCLIDEAN, 3.3)])
@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.usefixtures("small_blocks")
def test_exact_pairs_equal_brute_force(metric: Metric, radius: float, seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 90
    vectors = rng.standard_normal((n, 6)).astype(np.float32)
    vectors[::3] *= 2.5  # mixed norms, so cosine and Euclidean disagree
    keys = [f"k{int(i):02d}" for i in rng.integers(0, 60, n)]  # some keys own several rows
    pairs = find_pairs(keys, vectors, metric, radius)
    expected = brute_force(keys, vectors, metric, radius)
    assert len(expected) > 20
    got = as_dict(pairs)
    assert got.keys() == expected.keys()
    for pair, distance in expected.items():
        assert got[pair] == pytest.approx(distance, abs=1e-9)
    assert all(p.a < p.b for p in pairs)
    assert pairs == sorted(pairs, key=lambda p: (p.distance, p.a, p.b))


@pytest.mark.parametrize("approximate", [False, True])
def test_a_key_is_never_paired_with_itself(approximate: bool) -> None:
    vectors = np.array([[1.0, 0.0], [1.0, 0.01], [1.0, 0.02], [0.0, 1.0]], np.float32)
    pairs = find_pairs(["a", "a", "b", "c"], vectors, Metric.COSINE, 0.1, approximate=approximate)
    assert [(p.a, p.b) for p in pairs] == [("a", "b")]
    assert pairs[0].distance == pytest.approx(1 - math.cos(0.02 - 0.01), abs=1e-7)


def test_trivial_inputs() -> None:
    assert find_pairs([], np.empty((0, 4)), Metric.COSINE, 0.5) == []
    assert find_pairs(["a"], np.ones((1, 4)), Metric.COSINE, 0.5) == []
    assert find_pairs(["a", "a"], np.ones((2, 4)), Metric.EUCLIDEAN, 0.5) == []
    with pytest.raises(KnownError) as caught:
        find_pairs(["a", "b"], np.ones((3, 4)), Metric.COSINE, 0.5)
    assert caught.value.code is ErrorCode.INVALID_FIELD
    with pytest.raises(KnownError):
        find_pairs(["a", "b"], np.ones((2, 4)), Metric.COSINE, -1.0)


@pytest.mark.parametrize("metric", list(Metric))
def test_approximate_finds_planted_duplicates(metric: Metric) -> None:
    rng = np.random.default_rng(5)
    keys, vectors, planted = clustered_with_duplicates(4000, 200, rng)
    radius = 0.5 if metric is Metric.COSINE else 1.0  # unit vectors: |x-y| = sqrt(2 - 2cos)
    approximate = find_pairs(keys, vectors, metric, radius, approximate=True)
    found = planted & set(as_dict(approximate))
    assert len(found) >= 0.99 * len(planted)
    exact = as_dict(find_pairs(keys, vectors, metric, radius))
    assert planted <= set(exact)
    for pair, distance in as_dict(approximate).items():  # a subset, with exact distances
        assert exact[pair] == pytest.approx(distance, abs=1e-12)


@pytest.mark.parametrize("approximate", [False, True])
def test_progress_counts_rows_up_to_the_total(approximate: bool) -> None:
    rng = np.random.default_rng(6)
    vectors = rng.standard_normal((5000, 8)).astype(np.float32)
    calls: list[tuple[int, int]] = []
    find_pairs(
        [str(i) for i in range(5000)],
        vectors,
        Metric.COSINE,
        0.05,
        approximate=approximate,
        on_progress=lambda done, total: calls.append((done, total)),
    )
    total = 10_000 if approximate else 5000
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert len(calls) > 3
    assert all(t == total for _, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.parametrize("approximate", [False, True])
def test_cancellation_stops_promptly(approximate: bool) -> None:
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((6000, 8)).astype(np.float32)
    polls = 0

    def is_cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls >= 3

    progress: list[int] = []
    with pytest.raises(KnownError) as caught:
        find_pairs(
            [str(i) for i in range(6000)],
            vectors,
            Metric.EUCLIDEAN,
            1.0,
            approximate=approximate,
            on_progress=lambda done, total: progress.append(done),
            is_cancelled=is_cancelled,
        )
    assert caught.value.code is ErrorCode.CANCELLED
    assert polls == 3  # raised at the first poll that said so
    assert progress[-1] < (12_000 if approximate else 6000)


# -- review groups ----------------------------------------------------------------------------


def check_grouping(pairs: list[Pair], groups: list[Group], max_group: int) -> None:
    """Every key in exactly one group of at most max_group keys; every pair inside one
    group, or listed as a cross-group pair by both groups it links."""
    where: dict[str, int] = {}
    for number, group in enumerate(groups):
        assert 1 <= len(group.keys) <= max_group
        assert list(group.keys) == sorted(group.keys)
        for key in group.keys:
            assert key not in where
            where[key] = number
    assert set(where) == {k for p in pairs for k in (p.a, p.b)}
    for pair in pairs:
        ga, gb = where[pair.a], where[pair.b]
        if ga == gb:
            assert pair in groups[ga].pairs
        else:
            assert pair in groups[ga].cross_group_pairs
            assert pair in groups[gb].cross_group_pairs
    listed = sum(len(g.pairs) for g in groups) + sum(len(g.cross_group_pairs) for g in groups) / 2
    assert listed == len(pairs)


@pytest.mark.parametrize("max_group", [2, 3, 8])
@pytest.mark.parametrize("distances", ["equal", "random", "rising"])
def test_a_chain_never_makes_a_giant_group(max_group: int, distances: str) -> None:
    names = [f"person-{i:02d}" for i in range(30)]
    rng = random.Random(4)
    pairs = [
        Pair(a, b, {"equal": 0.3, "random": rng.uniform(0.1, 0.5), "rising": 0.01 * i}[distances])
        for i, (a, b) in enumerate(itertools.pairwise(names))
    ]
    groups = group_pairs(pairs, max_group=max_group)
    check_grouping(pairs, groups, max_group)
    if distances != "random":  # strongest first along the chain: consecutive full pieces
        sizes = [max_group] * (30 // max_group) + ([30 % max_group] if 30 % max_group else [])
        assert sorted(len(g.keys) for g in groups) == sorted(sizes)


def test_simple_cases_give_the_obvious_groups() -> None:
    assert group_pairs([]) == []
    pairs = [
        Pair("c", "d", 0.2),
        Pair("a", "b", 0.1),
        Pair("x", "y", 0.3),
        Pair("y", "z", 0.35),
        Pair("x", "z", 0.4),
    ]
    groups = group_pairs(pairs)
    assert groups == [
        Group(("a", "b"), (Pair("a", "b", 0.1),)),
        Group(("c", "d"), (Pair("c", "d", 0.2),)),
        Group(("x", "y", "z"), (Pair("x", "y", 0.3), Pair("y", "z", 0.35), Pair("x", "z", 0.4))),
    ]


def test_a_star_keeps_its_strongest_links() -> None:
    pairs = [Pair("hub", f"leaf{i:02d}", 0.1 + 0.01 * i) for i in range(12)]
    groups = group_pairs(pairs, max_group=8)
    check_grouping(pairs, groups, 8)
    assert groups[0].keys == ("hub", *(f"leaf{i:02d}" for i in range(7)))
    # the four weakest leaves stay alone, each holding its link to the hub
    assert [g.keys for g in groups[1:]] == [(f"leaf{i:02d}",) for i in range(7, 12)]
    assert groups[1].cross_group_pairs == (pairs[7],)


def test_grouping_is_deterministic_and_merges_repeated_pairs() -> None:
    rng = random.Random(9)
    names = [f"p{i:03d}" for i in range(60)]
    ends = [sorted(rng.sample(names, 2)) for _ in range(150)]
    pairs = [Pair(a, b, round(rng.uniform(0, 0.5), 2)) for a, b in ends]
    pairs = list({(p.a, p.b): p for p in pairs}.values())
    groups = group_pairs(pairs, max_group=5)
    check_grouping(pairs, groups, 5)
    shuffled = [Pair(p.b, p.a, p.distance) if rng.random() < 0.5 else p for p in pairs]
    rng.shuffle(shuffled)
    weaker_copies = [Pair(p.a, p.b, p.distance + 0.1) for p in pairs[:20]]
    assert group_pairs(shuffled + weaker_copies, max_group=5) == groups


def test_bad_pairs_are_refused() -> None:
    with pytest.raises(KnownError) as caught:
        group_pairs([Pair("a", "a", 0.1)])
    assert caught.value.code is ErrorCode.INVALID_FIELD
    with pytest.raises(KnownError):
        group_pairs([Pair("a", "b", 0.1)], max_group=1)
