"""Batch duplicate detection over a whole gallery, and review groups for supervisors.

``find_pairs`` returns every pair of different keys whose best template distance is within
``radius``:

- exact: blocked matrix products over the upper triangle. Rows are taken in blocks of
  1,024 against columns in blocks of 16,384 (64 MB of float32 scores at a time); each
  block keeps the cells whose float32 score is within a rounding margin of the cut (a row
  maximum skips rows without any), and the survivors get their distance recomputed in
  float64. Euclidean rows carry two extra columns so that one product gives
  ``-|x - y|^2 / 2`` directly. O(n^2 d) work: ~20 s at 100k on two cores, too slow at 1M.
- approximate: a clustered join (the inverted-file idea). Seeded k-means (8 Lloyd
  iterations on a sample) splits the gallery into ~sqrt(n) clusters; each row is compared,
  with the same blocked products, against the members of its ``k`` nearest clusters. A
  true pair is found when either row's ``k`` nearest clusters include the other's cluster.
  Work ~ 2k/sqrt(n) of the exact join (4% at 1M). An HNSW k-NN graph (usearch or faiss) found only
  67-88% of planted pairs at 1M synthetic face templates (k=20, ef<=256), because a
  duplicate's graph neighbours say nothing about the way to it in 128-d; the join does not
  depend on a walk through the graph.

Progress is reported in rows: ``(done, total)`` with ``total = n`` for the exact method
(rows early in the triangle take longer than late ones) and ``total = 2n`` for the
approximate one (n rows assigned to clusters, then n cluster members joined). ``is_cancelled`` is
polled between blocks (well under a second apart) and raises ``KnownError(CANCELLED)``.

``group_pairs`` turns pairs into review groups: Kruskal's algorithm over the pairs from the
strongest (smallest distance) to the weakest, merging two groups only while the merged
group stays within ``max_group`` keys. A connected component of at most ``max_group`` keys
therefore becomes exactly one group; a larger one (e.g. a chain of look-alikes) is cut
along its weakest links into pieces that each keep their strongest edges (a maximum
spanning forest cut into pieces). A pair whose keys ended up in different groups is listed
in both groups' ``cross_group_pairs``, so no pair is lost. Every key of every pair is in
exactly one group (possibly alone, holding only cross-group pairs). Ties are broken by
key, so the result does not depend on the input order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from registrar.biometrics.index import F32, F64, I64, Metric, check_vectors
from registrar.errors import ErrorCode, KnownError

ROW_BLOCK = 1024
COLUMN_BLOCK = 16384
KMEANS_SEED = 20240611
KMEANS_ITERATIONS = 8
KMEANS_SAMPLE_PER_CLUSTER = 64
_COSINE_MARGIN = 1e-4
_EUCLIDEAN_MARGIN = 1e-4  # relative to the largest |x|^2


@dataclass(frozen=True, slots=True)
class Pair:
    a: str  # a < b
    b: str
    distance: float


@dataclass(frozen=True, slots=True)
class Group:
    keys: tuple[str, ...]  # sorted
    pairs: tuple[Pair, ...]  # pairs with both keys in this group, strongest first
    cross_group_pairs: tuple[Pair, ...] = ()  # pairs linking this group to another one


def _invalid(message: str, **details: object) -> KnownError:
    return KnownError(ErrorCode.INVALID_FIELD, message, **details)


def _check_cancel(is_cancelled: Callable[[], bool] | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise KnownError(ErrorCode.CANCELLED, "duplicate search cancelled")


def find_pairs(
    keys: Sequence[str],
    vectors: npt.ArrayLike,
    metric: Metric | str,
    radius: float,
    *,
    approximate: bool = False,
    k: int = 20,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[Pair]:
    """Pairs of different keys within ``radius`` (best distance over their vectors).

    ``keys[i]`` owns ``vectors[i]``; a key may own several rows. Sorted by (distance, a, b).
    ``k`` (approximate only) is how many nearest clusters each row is compared with.
    """
    metric = Metric(metric)
    array = np.asarray(vectors)
    if array.ndim != 2:
        raise _invalid("vectors must have shape (n, dim)", shape=tuple(array.shape))
    rows = check_vectors(array, array.shape[1], metric)
    n = rows.shape[0]
    if len(keys) != n:
        raise _invalid("one key per vector is needed", keys=len(keys), vectors=n)
    if not (np.isfinite(radius) and radius >= 0):
        raise _invalid("radius must be a finite number >= 0", radius=repr(radius))
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise _invalid("k must be a whole number >= 1", k=repr(k))
    if any(not isinstance(key, str) or not key for key in keys):
        raise _invalid("keys must be non-empty strings")
    # Key ids in sorted key order, so that id order is key order (a < b).
    names, inverse = np.unique(np.asarray(keys, dtype=object), return_inverse=True)
    key_ids = inverse.astype(np.int64).reshape(-1)
    if on_progress is not None:
        on_progress(0, 2 * n if approximate else n)
    if n < 2 or names.size < 2:
        return []
    if approximate:
        first, second = _clustered_candidates(rows, metric, radius, k, on_progress, is_cancelled)
    else:
        first, second = _exact_candidates(rows, metric, radius, on_progress, is_cancelled)
    return _finish(first, second, array, key_ids, names, metric, radius)


def _exact_candidates(
    rows: F32,
    metric: Metric,
    radius: float,
    on_progress: Callable[[int, int], None] | None,
    is_cancelled: Callable[[], bool] | None,
) -> tuple[I64, I64]:
    n = rows.shape[0]
    left, right, cut = _scoring(rows, metric, radius)
    buffer = np.empty(ROW_BLOCK * COLUMN_BLOCK, np.float32)
    below_diagonal = np.tril(np.ones((ROW_BLOCK, ROW_BLOCK), bool))
    found_i: list[I64] = []
    found_j: list[I64] = []
    for r0 in range(0, n, ROW_BLOCK):
        r1 = min(n, r0 + ROW_BLOCK)
        height = r1 - r0
        for c0 in range(r0, n, COLUMN_BLOCK):
            _check_cancel(is_cancelled)
            c1 = min(n, c0 + COLUMN_BLOCK)
            width = c1 - c0
            tile = buffer[: height * width].reshape(height, width)
            np.matmul(left[r0:r1], right[c0:c1].T, out=tile)
            if c0 == r0:  # the diagonal block: only j > i
                square = min(height, width)
                tile[:, :square][below_diagonal[:height, :square]] = -np.inf
            hot = np.flatnonzero(tile.max(axis=1) >= cut)
            if hot.size:
                ii, jj = np.nonzero(tile[hot] >= cut)
                found_i.append((hot[ii] + r0).astype(np.int64))
                found_j.append((jj + c0).astype(np.int64))
        if on_progress is not None:
            on_progress(r1, n)
    return _concat(found_i), _concat(found_j)


def _scoring(rows: F32, metric: Metric, radius: float) -> tuple[F32, F32, float]:
    """Left and right matrices whose products are scores, and the score cut for ``radius``.

    Cosine: unit rows, score = cosine. Euclidean: rows carry two extra columns so that one
    product gives ``-|x - y|^2 / 2``. The cut is lowered by a margin for float32 rounding.
    """
    if metric is Metric.COSINE:
        return rows, rows, 1.0 - radius - _COSINE_MARGIN
    n = rows.shape[0]
    half_sq = (np.einsum("ij,ij->i", rows, rows, dtype=np.float64) / 2).astype(np.float32)
    ones = np.ones((n, 1), np.float32)
    left = np.ascontiguousarray(np.hstack([rows, -half_sq[:, None], ones]))
    right = np.ascontiguousarray(np.hstack([rows, ones, -half_sq[:, None]]))
    cut = -(radius * radius) / 2 - _EUCLIDEAN_MARGIN * (2 * float(half_sq.max()) + 1.0)
    return left, right, cut


def _kmeans(rows: F32, metric: Metric, clusters: int) -> F32:
    """Centroids from a few Lloyd iterations on a sample (seeded: the same every run)."""
    n = rows.shape[0]
    rng = np.random.default_rng(KMEANS_SEED)
    sample = rows[np.sort(rng.choice(n, min(n, KMEANS_SAMPLE_PER_CLUSTER * clusters), False))]
    centroids = sample[np.sort(rng.choice(sample.shape[0], clusters, replace=False))].copy()
    for _ in range(KMEANS_ITERATIONS):
        nearest = _nearest_centroids(sample, centroids, metric, 1)[:, 0]
        order = np.argsort(nearest, kind="stable")
        counts = np.bincount(nearest, minlength=clusters)
        filled = counts > 0  # an empty cluster keeps its old centroid
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])[filled]
        sums = np.add.reduceat(sample[order].astype(np.float64), starts, axis=0)
        centroids[filled] = (sums / counts[filled, None]).astype(np.float32)
        if metric is Metric.COSINE:
            norms = np.linalg.norm(centroids, axis=1, keepdims=True)
            centroids = (centroids / np.maximum(norms, 1e-12)).astype(np.float32)
    result: F32 = centroids
    return result


def _nearest_centroids(rows: F32, centroids: F32, metric: Metric, count: int) -> I64:
    """Indices of each row's ``count`` nearest centroids, nearest first."""
    scores = rows @ centroids.T
    if metric is Metric.EUCLIDEAN:
        scores -= np.einsum("ij,ij->i", centroids, centroids) / 2
    if count < centroids.shape[0]:
        top = np.argpartition(-scores, count - 1, axis=1)[:, :count]
    else:
        top = np.broadcast_to(np.arange(centroids.shape[0]), scores.shape).copy()
    order = np.argsort(-np.take_along_axis(scores, top, axis=1), axis=1, kind="stable")
    return np.take_along_axis(top, order, axis=1).astype(np.int64)


def _clustered_candidates(
    rows: F32,
    metric: Metric,
    radius: float,
    probes: int,
    on_progress: Callable[[int, int], None] | None,
    is_cancelled: Callable[[], bool] | None,
) -> tuple[I64, I64]:
    n = rows.shape[0]
    clusters = max(1, min(n, round(np.sqrt(n))))
    probes = min(probes, clusters)
    _check_cancel(is_cancelled)
    centroids = _kmeans(rows, metric, clusters)
    nearest = np.empty((n, probes), np.int64)
    for start in range(0, n, ROW_BLOCK * 16):
        _check_cancel(is_cancelled)
        end = min(n, start + ROW_BLOCK * 16)
        nearest[start:end] = _nearest_centroids(rows[start:end], centroids, metric, probes)
        if on_progress is not None:
            on_progress(end, 2 * n)
    # members: rows whose nearest centroid is c; probers: rows with c among their probes
    members = _lists_by_cluster(nearest[:, 0], clusters)
    probers = _lists_by_cluster(nearest.reshape(-1), clusters, probes)
    left, right, cut = _scoring(rows, metric, radius)
    found_i: list[I64] = []
    found_j: list[I64] = []
    done = 0
    for cluster in range(clusters):
        columns = members[cluster]
        queries = probers[cluster]
        for c0 in range(0, columns.size, COLUMN_BLOCK):
            cols = columns[c0 : c0 + COLUMN_BLOCK]
            right_t = np.ascontiguousarray(right[cols].T)
            height = max(ROW_BLOCK, ROW_BLOCK * COLUMN_BLOCK // max(1, cols.size))
            for r0 in range(0, queries.size, height):  # tiles of at most 64 MB
                _check_cancel(is_cancelled)
                block = queries[r0 : r0 + height]
                tile = left[block] @ right_t
                hot = np.flatnonzero(tile.max(axis=1) >= cut)
                if hot.size:
                    ii, jj = np.nonzero(tile[hot] >= cut)
                    i, j = block[hot[ii]], cols[jj]
                    keep = i != j
                    found_i.append(np.minimum(i, j)[keep])
                    found_j.append(np.maximum(i, j)[keep])
        done += columns.size
        if on_progress is not None:
            on_progress(n + done, 2 * n)
    return _concat(found_i), _concat(found_j)


def _lists_by_cluster(labels: I64, clusters: int, per_row: int = 1) -> list[I64]:
    """Row numbers grouped by cluster label; ``labels`` holds ``per_row`` labels per row."""
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(clusters + 1))
    rows_of = order // per_row
    return [rows_of[bounds[c] : bounds[c + 1]] for c in range(clusters)]


def _concat(parts: list[I64]) -> I64:
    return np.concatenate(parts) if parts else np.empty(0, np.int64)


def _finish(
    first: I64,
    second: I64,
    original: npt.NDArray[np.generic],
    key_ids: I64,
    names: npt.NDArray[np.object_],
    metric: Metric,
    radius: float,
) -> list[Pair]:
    """Exact float64 distances for candidate row pairs, the best per key pair, sorted."""
    a_ids = key_ids[first]
    b_ids = key_ids[second]
    keep = a_ids != b_ids
    first, second, a_ids, b_ids = first[keep], second[keep], a_ids[keep], b_ids[keep]
    distances = _row_distances(original, first, second, metric)
    keep = distances <= radius
    lo = np.minimum(a_ids, b_ids)[keep]
    hi = np.maximum(a_ids, b_ids)[keep]
    distances = distances[keep]
    if distances.size == 0:
        return []
    codes = lo * np.int64(names.size) + hi
    order = np.lexsort((distances, codes))
    codes, lo, hi, distances = codes[order], lo[order], hi[order], distances[order]
    first_of_pair = np.ones(codes.size, bool)
    first_of_pair[1:] = codes[1:] != codes[:-1]
    lo, hi, distances = lo[first_of_pair], hi[first_of_pair], distances[first_of_pair]
    order = np.lexsort((hi, lo, distances))
    return [
        Pair(str(names[a]), str(names[b]), d)
        for a, b, d in zip(
            lo[order].tolist(), hi[order].tolist(), distances[order].tolist(), strict=True
        )
    ]


def _row_distances(
    original: npt.NDArray[np.generic], first: I64, second: I64, metric: Metric, chunk: int = 1 << 16
) -> F64:
    out = np.empty(first.size, np.float64)
    for start in range(0, first.size, chunk):
        x = original[first[start : start + chunk]].astype(np.float64)
        y = original[second[start : start + chunk]].astype(np.float64)
        if metric is Metric.COSINE:
            dots = np.einsum("ij,ij->i", x, y)
            norms = np.linalg.norm(x, axis=1) * np.linalg.norm(y, axis=1)
            out[start : start + chunk] = np.maximum(1.0 - dots / norms, 0.0)
        else:
            diff = x - y
            out[start : start + chunk] = np.sqrt(np.einsum("ij,ij->i", diff, diff))
    return out


def group_pairs(pairs: Iterable[Pair], *, max_group: int = 8) -> list[Group]:
    """Review groups of at most ``max_group`` keys; see the module docstring.

    Groups come strongest first (by their smallest pair distance, then by keys).
    """
    if isinstance(max_group, bool) or not isinstance(max_group, int) or max_group < 2:
        raise _invalid("max_group must be a whole number >= 2", max_group=repr(max_group))
    best: dict[tuple[str, str], float] = {}
    for pair in pairs:
        if pair.a == pair.b:
            raise _invalid("a pair must join two different keys")
        ends = (pair.a, pair.b) if pair.a < pair.b else (pair.b, pair.a)
        if ends not in best or pair.distance < best[ends]:
            best[ends] = pair.distance
    edges = sorted((distance, a, b) for (a, b), distance in best.items())

    parent: dict[str, str] = {}
    size: dict[str, int] = {}

    def root(key: str) -> str:
        parent.setdefault(key, key)
        size.setdefault(key, 1)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for _, a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb and size[ra] + size[rb] <= max_group:
            if (size[ra], rb) < (size[rb], ra):  # attach the smaller; ties by key
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]

    members: dict[str, list[str]] = {}
    for key in parent:
        members.setdefault(root(key), []).append(key)
    inside: dict[str, list[Pair]] = {r: [] for r in members}
    cross: dict[str, list[Pair]] = {r: [] for r in members}
    for distance, a, b in edges:
        pair = Pair(a, b, distance)
        ra, rb = root(a), root(b)
        if ra == rb:
            inside[ra].append(pair)
        else:
            cross[ra].append(pair)
            cross[rb].append(pair)
    groups = [
        Group(tuple(sorted(keys)), tuple(inside[r]), tuple(cross[r])) for r, keys in members.items()
    ]

    def strength(group: Group) -> tuple[float, tuple[str, ...]]:
        strongest = min(p.distance for p in (*group.pairs, *group.cross_group_pairs))
        return (strongest if group.pairs else np.inf, group.keys)

    groups.sort(key=strength)
    return groups
