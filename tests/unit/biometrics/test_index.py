"""Gallery indexes: the contract both implementations keep, exactness, ANN recall."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registrar.biometrics.index import (
    AnnIndex,
    ExactIndex,
    GalleryIndex,
    Hit,
    Metric,
    build_index,
)
from registrar.errors import ErrorCode, KnownError

Factory = Callable[[Metric, int], GalleryIndex]
Vectors = dict[str, list[npt.NDArray[np.float64]]]


@pytest.fixture(params=["exact", "ann"])
def make_index(request: pytest.FixtureRequest) -> Factory:
    """Both implementations; the ANN one single-threaded so its graph is reproducible."""
    if request.param == "exact":
        return lambda metric, dim: ExactIndex(metric, dim)
    return lambda metric, dim: AnnIndex(metric, dim, threads=1)


def true_distance(metric: Metric, x: npt.ArrayLike, q: npt.ArrayLike) -> float:
    a = np.asarray(x, np.float64)
    b = np.asarray(q, np.float64)
    if metric is Metric.COSINE:
        return 1.0 - float(a @ b) / (math.sqrt(float(a @ a)) * math.sqrt(float(b @ b)))
    return math.sqrt(float((a - b) @ (a - b)))


def reference(
    metric: Metric, gallery: Vectors, q: npt.ArrayLike, k: int, radius: float | None
) -> list[Hit]:
    """The plain answer: every key's best distance, sorted by (distance, key), cut."""
    best = sorted(
        (min(true_distance(metric, v, q) for v in vectors), key)
        for key, vectors in gallery.items()
        if vectors
    )
    return [
        Hit(key, d)
        for i, (d, key) in enumerate(best)
        if i < k or (radius is not None and d <= radius)
    ]


# -- the contract, for both implementations ----------------------------------------------


def test_an_empty_gallery_finds_nothing(make_index: Factory) -> None:
    index = make_index(Metric.COSINE, 4)
    assert len(index) == 0
    assert index.keys() == set()
    assert index.search(np.ones(4), k=5, radius=2.0) == []
    assert index.search_many(np.ones((2, 4)), k=5) == [[], []]
    assert index.remove("nobody") == 0


def test_add_counts_vectors_and_keys(make_index: Factory) -> None:
    index = make_index(Metric.EUCLIDEAN, 3)
    index.add("a", np.array([1.0, 0.0, 0.0], np.float32))
    index.add("b", np.array([[0.0, 1.0, 0.0], [0.0, 2.0, 0.0]], np.float32))
    index.add("a", np.array([[0.0, 0.0, 1.0]], np.float32))
    assert len(index) == 4
    assert index.keys() == {"a", "b"}


@pytest.mark.parametrize("metric", list(Metric))
def test_one_hit_per_key_with_its_best_distance(make_index: Factory, metric: Metric) -> None:
    index = make_index(metric, 2)
    index.add("far", np.array([[-1.0, 0.2]]))
    index.add("two", np.array([[0.0, 1.0], [1.0, 0.1]]))  # the second is near the query
    index.add("mid", np.array([[1.0, 1.0]]))
    hits = index.search(np.array([1.0, 0.0]), k=5)
    assert [h.key for h in hits] == ["two", "mid", "far"]
    assert hits[0].distance == pytest.approx(
        true_distance(metric, [1.0, 0.1], [1.0, 0.0]), abs=1e-7
    )
    assert hits[1].distance == pytest.approx(
        true_distance(metric, [1.0, 1.0], [1.0, 0.0]), abs=1e-7
    )


def test_cosine_distance_ignores_scale(make_index: Factory) -> None:
    index = make_index(Metric.COSINE, 2)
    index.add("a", np.array([30.0, 40.0]))
    (hit,) = index.search(np.array([0.001, 0.0]), k=1)
    assert hit.key == "a"
    assert hit.distance == pytest.approx(1.0 - 0.6)


def test_ties_are_broken_by_key(make_index: Factory) -> None:
    index = make_index(Metric.EUCLIDEAN, 2)
    for key in ["m", "c", "x", "a"]:
        index.add(key, np.array([3.0, 4.0]))
    index.add("near", np.array([0.0, 1.0]))
    hits = index.search(np.zeros(2), k=3)
    assert hits == [Hit("near", 1.0), Hit("a", 5.0), Hit("c", 5.0)]


def test_k_and_radius(make_index: Factory) -> None:
    index = make_index(Metric.EUCLIDEAN, 1)
    for i in range(10):
        index.add(f"k{i}", np.array([float(i)]))
    q = np.array([0.0])
    assert [h.key for h in index.search(q, k=2)] == ["k0", "k1"]
    # the top k, plus every further key within radius
    assert [h.key for h in index.search(q, k=2, radius=4.0)] == ["k0", "k1", "k2", "k3", "k4"]
    # k beyond the radius still gives k keys
    assert [h.key for h in index.search(q, k=3, radius=0.5)] == ["k0", "k1", "k2"]
    # the radius is inclusive, and k=0 gives a pure radius search
    assert [h.key for h in index.search(q, k=0, radius=2.0)] == ["k0", "k1", "k2"]
    assert index.search(q, k=0) == []
    assert len(index.search(q, k=50)) == 10


def test_remove_takes_every_vector_of_a_key(make_index: Factory) -> None:
    index = make_index(Metric.EUCLIDEAN, 2)
    index.add("a", np.array([[0.0, 0.0], [5.0, 5.0], [9.0, 9.0]]))
    index.add("b", np.array([[1.0, 0.0], [6.0, 6.0]]))
    index.add("c", np.array([[2.0, 0.0]]))
    assert index.remove("a") == 3
    assert index.remove("a") == 0
    assert len(index) == 3
    assert index.keys() == {"b", "c"}
    # the vectors that moved into the freed slots are still found under their own keys
    assert index.search(np.array([6.0, 6.0]), k=5) == [
        Hit("b", 0.0),
        Hit("c", math.sqrt(52.0)),  # exact: small integers
    ]
    assert index.search(np.array([2.0, 0.0]), k=1) == [Hit("c", 0.0)]
    index.add("a", np.array([[2.0, 0.5]]))
    assert [h.key for h in index.search(np.array([2.0, 0.4]), k=2)] == ["a", "c"]


def test_search_many_equals_one_search_per_query(make_index: Factory) -> None:
    rng = np.random.default_rng(3)
    index = make_index(Metric.COSINE, 8)
    for i in range(40):
        index.add(f"p{i:02d}", rng.standard_normal((1 + i % 3, 8)))
    queries = rng.standard_normal((6, 8))
    assert index.search_many(queries, k=4, radius=0.8) == [
        index.search(q, k=4, radius=0.8) for q in queries
    ]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda ix: ix.add("a", np.ones(5)), "shape"),
        (lambda ix: ix.add("a", np.ones((2, 2, 4))), "shape"),
        (lambda ix: ix.add("a", np.array([1.0, np.nan, 0.0, 0.0])), "finite"),
        (lambda ix: ix.add("a", np.zeros(4)), "zero"),
        (lambda ix: ix.add("", np.ones(4)), "key"),
        (lambda ix: ix.search(np.ones(3)), "shape"),
        (lambda ix: ix.search(np.ones(4), k=-1), "k"),
        (lambda ix: ix.search(np.ones(4), radius=-0.1), "radius"),
        (lambda ix: ix.search(np.ones(4), radius=math.inf), "radius"),
        (lambda ix: ix.search_many(np.ones(4)), "shape"),
    ],
)
def test_bad_input_is_an_invalid_field(
    make_index: Factory, call: Callable[[GalleryIndex], object], field: str
) -> None:
    index = make_index(Metric.COSINE, 4)
    with pytest.raises(KnownError) as caught:
        call(index)
    assert caught.value.code is ErrorCode.INVALID_FIELD
    assert len(index) == 0


def test_build_index_chooses_the_implementation() -> None:
    exact = build_index(Metric.COSINE, 128, approximate=False)
    ann = build_index("euclidean", 128, approximate=True)
    assert isinstance(exact, ExactIndex)
    assert exact.metric is Metric.COSINE
    assert exact.dim == 128
    assert isinstance(ann, AnnIndex)
    assert ann.metric is Metric.EUCLIDEAN


# -- ExactIndex equals brute force ----------------------------------------------------------

operations = st.lists(
    st.tuples(st.booleans(), st.integers(0, 11), st.integers(1, 3)), min_size=1, max_size=40
)


def lattice_vector(metric: Metric, rng: np.random.Generator, dim: int) -> npt.NDArray[np.float64]:
    """Vectors whose distances are exact in floating point, so ties really are ties."""
    if metric is Metric.EUCLIDEAN:
        return rng.integers(-2, 3, dim).astype(np.float64)
    # 1, 4 or 16 entries of +-1 (norm 1, 2 or 4), scaled by 1-3: unit vectors are exact
    vector = np.zeros(dim)
    chosen = rng.choice(dim, int(rng.choice([1, 4, 16])), replace=False)
    vector[chosen] = rng.choice([-1.0, 1.0], chosen.size)
    return vector * float(rng.integers(1, 4))


def replay(
    index: GalleryIndex,
    ops: list[tuple[bool, int, int]],
    make: Callable[[], npt.NDArray[np.float64]],
) -> Vectors:
    gallery: Vectors = {}
    for is_add, key_number, count in ops:
        key = f"key-{key_number:02d}"
        if is_add:
            vectors = [make() for _ in range(count)]
            index.add(key, np.array(vectors))
            gallery.setdefault(key, []).extend(vectors)
        else:
            assert index.remove(key) == len(gallery.pop(key, []))
    assert len(index) == sum(len(v) for v in gallery.values())
    assert index.keys() == set(gallery)
    return gallery


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    metric=st.sampled_from(list(Metric)),
    ops=operations,
    seed=st.integers(0, 2**32 - 1),
    k=st.integers(0, 14),
    radius=st.none() | st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0, 2.0, 3.0, 4.0]),
)
def test_exact_index_equals_brute_force_with_ties(
    metric: Metric, ops: list[tuple[bool, int, int]], seed: int, k: int, radius: float | None
) -> None:
    rng = np.random.default_rng(seed)
    dim = 16
    index = ExactIndex(metric, dim)
    gallery = replay(index, ops, lambda: lattice_vector(metric, rng, dim))
    for _ in range(3):
        q = lattice_vector(metric, rng, dim)
        assert index.search(q, k=k, radius=radius) == reference(metric, gallery, q, k, radius)


@settings(max_examples=40, deadline=None)
@given(
    metric=st.sampled_from(list(Metric)),
    ops=operations,
    seed=st.integers(0, 2**32 - 1),
    k=st.integers(0, 14),
    radius=st.none() | st.floats(0.0, 6.0),
)
def test_exact_index_equals_brute_force_on_random_vectors(
    metric: Metric, ops: list[tuple[bool, int, int]], seed: int, k: int, radius: float | None
) -> None:
    rng = np.random.default_rng(seed)
    dim = 12
    index = ExactIndex(metric, dim)
    # float32 inputs, as templates are: the reference then sees exactly what is stored
    gallery = replay(
        index, ops, lambda: rng.standard_normal(dim).astype(np.float32).astype(np.float64)
    )
    queries = rng.standard_normal((3, dim))
    answers = index.search_many(queries, k=k, radius=radius)
    for q, hits in zip(queries, answers, strict=True):
        expected = reference(metric, gallery, q, k, radius)
        assert [h.key for h in hits] == [h.key for h in expected]
        for got, want in zip(hits, expected, strict=True):
            assert got.distance == pytest.approx(want.distance, abs=1e-6)


def test_exact_index_on_a_large_gallery_full_of_ties() -> None:
    """Large enough for the block-maxima shortcut; small integers make many exact ties."""
    rng = np.random.default_rng(21)
    n = 150_000
    vectors = rng.integers(-3, 4, (n, 8)).astype(np.float64)
    keys = [f"k{i % 100_000:05d}" for i in range(n)]  # half the keys own two vectors
    index = ExactIndex(Metric.EUCLIDEAN, 8)
    index.add_many(keys, vectors)
    key_number = np.arange(n) % 100_000
    for q in rng.integers(-3, 4, (3, 8)).astype(np.float64):
        squared = ((vectors - q) ** 2).sum(axis=1)
        best = np.full(100_000, np.inf)
        np.minimum.at(best, key_number, squared)
        order = np.lexsort((np.arange(100_000), best))  # key names sort like their numbers
        for k, radius in [(10, None), (3, 2.0)]:
            cut = -1.0 if radius is None else radius**2
            expected = [
                Hit(f"k{j:05d}", math.sqrt(best[j]))
                for position, j in enumerate(order[: k + 5000].tolist())
                if position < k or best[j] <= cut
            ]
            assert index.search(q, k=k, radius=radius) == expected


# -- AnnIndex ---------------------------------------------------------------------------------


def clustered(n: int, rng: np.random.Generator, dim: int = 128) -> npt.NDArray[np.float32]:
    """Face-like unit vectors: identities scattered around a few dozen population means."""
    means = rng.standard_normal((32, dim))
    means /= np.linalg.norm(means, axis=1, keepdims=True)
    x = 0.45 * means[rng.integers(0, 32, n)] + rng.standard_normal((n, dim)) / math.sqrt(dim)
    unit: npt.NDArray[np.float32] = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(
        np.float32
    )
    return unit


def test_ann_recall_at_10_against_exact() -> None:
    rng = np.random.default_rng(11)
    data = clustered(3000, rng)
    queries = clustered(60, rng)
    exact = ExactIndex(Metric.COSINE, 128)
    ann = AnnIndex(Metric.COSINE, 128, threads=1)
    keys = [f"p{i:04d}" for i in range(len(data))]
    exact.add_many(keys, data)
    ann.add_many(keys, data)
    found = 0
    for q in queries:
        truth = {h.key for h in exact.search(q, k=10)}
        hits = ann.search(q, k=10)
        found += len(truth & {h.key for h in hits})
        for hit in hits:  # distances are the true metric, not the graph's
            assert hit.distance == pytest.approx(
                true_distance(Metric.COSINE, data[int(hit.key[1:])], q), abs=1e-6
            )
    assert found / (10 * len(queries)) >= 0.95


def test_ann_finds_the_same_person_after_removals() -> None:
    rng = np.random.default_rng(12)
    data = clustered(1500, rng)
    ann = AnnIndex(Metric.COSINE, 128, threads=1)
    ann.add_many([f"p{i // 2:04d}" for i in range(len(data))], data)  # two templates each
    removed = {f"p{i:04d}" for i in range(0, 750, 3)}
    for key in sorted(removed):
        assert ann.remove(key) == 2
    assert len(ann) == len(data) - 2 * len(removed)
    for i in range(1, len(data), 7):
        key = f"p{i // 2:04d}"
        hits = ann.search(data[i], k=3)
        assert not removed & {h.key for h in hits}
        if key not in removed:
            assert hits[0].key == key
            assert hits[0].distance == pytest.approx(0.0, abs=1e-6)


def test_ann_is_reproducible() -> None:
    rng = np.random.default_rng(13)
    data = clustered(2000, rng)
    queries = clustered(10, rng)
    answers = []
    for _ in range(2):
        ann = AnnIndex(Metric.EUCLIDEAN, 128, threads=1)
        ann.add_many([f"p{i}" for i in range(len(data))], data)
        answers.append(ann.search_many(queries, k=10, radius=0.9))
    assert answers[0] == answers[1]
