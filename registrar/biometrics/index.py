"""1:N face search galleries: an exact index and an approximate (HNSW) one, same interface.

A gallery holds the templates of one face model (never mix models): 128-d float32 vectors,
several per person, keyed by person id. ``search`` answers with one :class:`Hit` per person
(the best distance over that person's templates), ascending, ties broken by key.

Distances are always the model's true metric: ``1 - cosine`` for SFace (vectors are
L2-normalised on add and query) and Euclidean for dlib. The exact index screens the whole
gallery with one matrix-vector product in float32, keeps a small candidate set with a
safety margin for rounding, and recomputes the candidates' distances in float64; the
approximate index asks a usearch HNSW graph for candidates and re-ranks them the same way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import numpy as np
import numpy.typing as npt

from registrar.errors import ErrorCode, KnownError

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]


class Metric(StrEnum):
    COSINE = "cosine"  # distance = 1 - cosine similarity (SFace)
    EUCLIDEAN = "euclidean"  # distance = L2 norm of the difference (dlib)


@dataclass(frozen=True, slots=True)
class Hit:
    key: str
    distance: float


class GalleryIndex(Protocol):
    """What every gallery offers; see :class:`ExactIndex` for the exact semantics."""

    metric: Metric
    dim: int

    def __len__(self) -> int: ...  # the number of vectors, not of keys

    def keys(self) -> set[str]: ...

    def add(self, key: str, vectors: npt.ArrayLike) -> None: ...

    def add_many(self, keys: Sequence[str], vectors: npt.ArrayLike) -> None: ...

    def remove(self, key: str) -> int: ...

    def search(
        self, query: npt.ArrayLike, k: int = 5, radius: float | None = None
    ) -> list[Hit]: ...

    def search_many(
        self, queries: npt.ArrayLike, k: int = 5, radius: float | None = None
    ) -> list[list[Hit]]: ...


# Screening runs in float32; anything within this margin of the cut is re-checked in float64.
# float32 dot products of unit vectors in 128-d err by < 1e-5; the margin only costs a few
# extra candidates.
_COSINE_MARGIN = 1e-4
_EUCLIDEAN_MARGIN = 1e-4  # relative to |x|^2 + |q|^2
_MAX_BLOCK_CELLS = 1 << 24  # search_many: at most 64 MB of scores at a time


def _invalid(message: str, **details: object) -> KnownError:
    return KnownError(ErrorCode.INVALID_FIELD, message, **details)


def check_vectors(vectors: npt.ArrayLike, dim: int, metric: Metric) -> F32:
    """``vectors`` as a C-contiguous float32 (n, dim) array; cosine rows L2-normalised.

    Raises INVALID_FIELD for a wrong shape, non-finite values, or (cosine) a zero vector.
    """
    array = np.asarray(vectors)
    if array.ndim == 1:
        array = array[None, :]
    if array.ndim != 2 or array.shape[1] != dim:
        raise _invalid(f"face templates must have shape (n, {dim})", shape=tuple(array.shape))
    if not (np.issubdtype(array.dtype, np.floating) or np.issubdtype(array.dtype, np.integer)):
        raise _invalid("face templates must be numeric", dtype=str(array.dtype))
    if array.size and not np.isfinite(array).all():
        raise _invalid("face templates must be finite")
    if metric is Metric.COSINE:
        wide = array.astype(np.float64)
        norms = np.linalg.norm(wide, axis=1)
        if array.shape[0] and not (norms > 0).all():
            raise _invalid("a face template compared by cosine must not be zero")
        return np.ascontiguousarray(wide / norms[:, None], dtype=np.float32)
    return np.ascontiguousarray(array, dtype=np.float32)


def _check_key(key: object) -> str:
    if not isinstance(key, str) or not key:
        raise _invalid("a gallery key must be a non-empty string")
    return key


def _check_query(k: int, radius: float | None) -> None:
    if isinstance(k, bool) or not isinstance(k, int | np.integer) or k < 0:
        raise _invalid("k must be a whole number >= 0", k=repr(k))
    if radius is not None and not (np.isfinite(radius) and radius >= 0):
        raise _invalid("radius must be a finite number >= 0", radius=repr(radius))


class _Store:
    """Vectors in one float32 matrix with capacity doubling; O(1) swap-remove per vector.

    Slot ``i`` (row ``i``) belongs to key id ``owner[i]``. Key ids are small integers that
    are never reused, so the approximate index can keep them in arrays.
    """

    def __init__(self, metric: Metric, dim: int) -> None:
        self.metric = metric
        self.dim = dim
        self.n = 0
        self.matrix: F32 = np.empty((16, dim), np.float32)
        self.half_sq: F32 = np.empty(16, np.float32)  # |x|^2 / 2, Euclidean screening
        self.owner: I64 = np.empty(16, np.int64)
        self.max_sq = 0.0  # never decreases: only widens the screening margin
        self.ids: dict[str, int] = {}
        self.names: dict[int, str] = {}
        self.slots: dict[int, list[int]] = {}
        self._next_id = 0

    def _reserve(self, extra: int) -> None:
        need = self.n + extra
        capacity = self.matrix.shape[0]
        if need <= capacity:
            return
        while capacity < need:
            capacity *= 2
        for name in ("matrix", "half_sq", "owner"):
            old = getattr(self, name)
            new = np.empty((capacity, *old.shape[1:]), old.dtype)
            new[: self.n] = old[: self.n]
            setattr(self, name, new)

    def key_id(self, key: str) -> int:
        ident = self.ids.get(key)
        if ident is None:
            ident = self._next_id
            self._next_id += 1
            self.ids[key] = ident
            self.names[ident] = key
            self.slots[ident] = []
        return ident

    def append(self, ids: I64, rows: F32) -> int:
        """Append rows owned by key ids ``ids``; returns the first new slot."""
        count = rows.shape[0]
        self._reserve(count)
        start = self.n
        end = start + count
        self.matrix[start:end] = rows
        sq = np.einsum("ij,ij->i", rows, rows, dtype=np.float64)
        self.half_sq[start:end] = sq / 2
        if count:
            self.max_sq = max(self.max_sq, float(sq.max()))
        self.owner[start:end] = ids
        for offset, ident in enumerate(ids.tolist()):
            self.slots[ident].append(start + offset)
        self.n = end
        return start

    def remove(self, key: str, on_remove: Callable[[int, int], None] | None = None) -> int:
        """Remove every vector of ``key``; ``on_remove(slot, moved_from)`` per freed slot."""
        ident = self.ids.pop(key, None)
        if ident is None:
            return 0
        del self.names[ident]
        slots = sorted(self.slots.pop(ident), reverse=True)
        for slot in slots:
            last = self.n - 1
            if slot != last:
                self.matrix[slot] = self.matrix[last]
                self.half_sq[slot] = self.half_sq[last]
                moved = int(self.owner[last])
                self.owner[slot] = moved
                moved_slots = self.slots[moved]
                moved_slots[moved_slots.index(last)] = slot
            if on_remove is not None:
                on_remove(slot, last)
            self.n = last
        return len(slots)

    # -- exact distances -------------------------------------------------------------

    def distances(self, slots: I64, query: F64) -> F64:
        """True distances (float64) from ``query`` (checked, float64) to rows ``slots``."""
        rows = self.matrix[slots].astype(np.float64)
        if self.metric is Metric.COSINE:
            cosine: F64 = np.maximum(1.0 - rows @ query, 0.0)
            return cosine
        diff = rows - query
        euclidean: F64 = np.sqrt(np.einsum("ij,ij->i", diff, diff))
        return euclidean

    def rank(self, candidate_slots: I64, query: F64, k: int, radius: float | None) -> list[Hit]:
        """The answer from candidate slots: every candidate key's best distance over all of
        its vectors, sorted by (distance, key); the top k plus any further key within radius."""
        if candidate_slots.size == 0:
            return []
        idents = np.unique(self.owner[candidate_slots])
        if idents.size <= 256:
            per_key = [np.asarray(self.slots[int(i)], np.int64) for i in idents]
            lengths = np.array([s.size for s in per_key])
            all_slots = np.concatenate(per_key)
            group = np.repeat(np.arange(idents.size), lengths)
        else:
            wanted = np.zeros(self._next_id, bool)
            wanted[idents] = True
            all_slots = np.flatnonzero(wanted[self.owner[: self.n]])
            group = np.searchsorted(idents, self.owner[all_slots])
        best = np.full(idents.size, np.inf)
        np.minimum.at(best, group, self.distances(all_slots, query))
        ranked = sorted(
            zip(best.tolist(), (self.names[int(i)] for i in idents), strict=True),
        )
        hits: list[Hit] = []
        for position, (distance, key) in enumerate(ranked):
            if position >= k and (radius is None or distance > radius):
                break
            hits.append(Hit(key, distance))
        return hits


class _Gallery:
    """Key bookkeeping shared by both indexes."""

    def __init__(self, metric: Metric | str, dim: int) -> None:
        self.metric = Metric(metric)
        if isinstance(dim, bool) or not isinstance(dim, int) or dim < 1:
            raise _invalid("dim must be a whole number >= 1", dim=repr(dim))
        self.dim = dim
        self._store = _Store(self.metric, dim)

    def __len__(self) -> int:
        return self._store.n

    def keys(self) -> set[str]:
        return set(self._store.ids)

    def _prepare(self, keys: Sequence[str], vectors: npt.ArrayLike) -> tuple[I64, F32]:
        rows = check_vectors(vectors, self.dim, self.metric)
        if len(keys) != rows.shape[0]:
            raise _invalid("one key per vector is needed", keys=len(keys), vectors=rows.shape[0])
        checked = [_check_key(key) for key in keys]
        ids = np.fromiter((self._store.key_id(key) for key in checked), np.int64, len(checked))
        return ids, rows

    def search(self, query: npt.ArrayLike, k: int = 5, radius: float | None = None) -> list[Hit]:
        array = np.asarray(query)
        if array.ndim != 1:
            raise _invalid(f"a query must have shape ({self.dim},)", shape=tuple(array.shape))
        return self.search_many(array[None, :], k, radius)[0]

    def search_many(
        self, queries: npt.ArrayLike, k: int = 5, radius: float | None = None
    ) -> list[list[Hit]]:
        _check_query(k, radius)
        array = np.asarray(queries)
        if array.ndim != 2:
            raise _invalid(f"queries must have shape (n, {self.dim})", shape=tuple(array.shape))
        as32 = check_vectors(array, self.dim, self.metric)
        wide = array.astype(np.float64)
        if self.metric is Metric.COSINE:
            wide /= np.linalg.norm(wide, axis=1, keepdims=True)
        if self._store.n == 0 or (k == 0 and radius is None):
            return [[] for _ in range(array.shape[0])]
        return self._search_checked(as32, list(wide), k, radius)

    def _search_checked(
        self, queries: F32, wide: list[F64], k: int, radius: float | None
    ) -> list[list[Hit]]:
        raise NotImplementedError


class ExactIndex(_Gallery):
    """Brute force: one float32 matrix-vector product per query over the whole gallery.

    Screening scores are similarities (cosine) or ``x.q - |x|^2/2`` (Euclidean, which
    orders like ``-|x - q|^2``). ``np.argpartition`` finds the k-th best key, everything
    within the rounding margin of that cut (or of the radius) is re-ranked in float64.
    """

    def add(self, key: str, vectors: npt.ArrayLike) -> None:
        rows = check_vectors(vectors, self.dim, self.metric)
        self.add_many([key] * rows.shape[0], rows)

    def add_many(self, keys: Sequence[str], vectors: npt.ArrayLike) -> None:
        ids, rows = self._prepare(keys, vectors)
        self._store.append(ids, rows)

    def remove(self, key: str) -> int:
        return self._store.remove(key)

    def _search_checked(
        self, queries: F32, wide: list[F64], k: int, radius: float | None
    ) -> list[list[Hit]]:
        store = self._store
        n = store.n
        matrix = store.matrix[:n]
        block = max(1, _MAX_BLOCK_CELLS // n)
        results: list[list[Hit]] = []
        for start in range(0, queries.shape[0], block):
            chunk = queries[start : start + block]
            scores = chunk @ matrix.T  # (b, n)
            if self.metric is Metric.EUCLIDEAN:
                scores -= store.half_sq[:n]
            for row, query in zip(scores, wide[start : start + block], strict=True):
                candidates = self._candidates(row, query, k, radius)
                results.append(store.rank(candidates, query, k, radius))
        return results

    def _candidates(self, scores: F32, query: F64, k: int, radius: float | None) -> I64:
        """Slots that may belong to the answer: a superset, by the rounding margin."""
        store = self._store
        n = scores.shape[0]
        if self.metric is Metric.COSINE:
            margin = _COSINE_MARGIN
            radius_cut = None if radius is None else 1.0 - radius
        else:
            q_sq = float(query @ query)
            margin = _EUCLIDEAN_MARGIN * (store.max_sq + q_sq + 1.0)
            radius_cut = None if radius is None else (q_sq - radius * radius) / 2
        cut = -np.inf
        if k > 0:
            want = min(n, 2 * k + 16)
            while True:
                top = _largest(scores, want)
                owners = store.owner[top]
                order = np.lexsort((-scores[top], owners))
                first = np.ones(order.size, bool)
                first[1:] = owners[order][1:] != owners[order][:-1]
                per_key = scores[top][order][first]
                if per_key.size >= k:
                    cut = float(np.partition(per_key, per_key.size - k)[per_key.size - k])
                    break
                if want >= n:
                    break  # fewer than k keys in the whole gallery: all are candidates
                want = min(n, want * 4)
        if radius_cut is not None:
            cut = min(cut, radius_cut)
        if cut == -np.inf:
            return np.arange(n, dtype=np.int64)
        return np.flatnonzero(scores >= cut - margin).astype(np.int64)


def _largest(scores: F32, count: int, block: int = 1024) -> I64:
    """Indices of the ``count`` largest scores, in no order.

    At least ``count`` block maxima are >= the count-th largest block maximum, so every one
    of the ``count`` largest scores is too: one cheap pass over the block maxima and one
    comparison pass leave a few hundred candidates for ``argpartition`` instead of 1M.
    """
    n = scores.shape[0]
    if count >= n:
        return np.arange(n, dtype=np.int64)
    blocks = n // block
    if blocks >= 4 * count:
        maxima = scores[: blocks * block].reshape(blocks, block).max(axis=1)
        floor = np.partition(maxima, blocks - count)[blocks - count]
        candidates = np.flatnonzero(scores >= floor)
        chosen = np.argpartition(scores[candidates], candidates.size - count)
        return candidates[chosen[candidates.size - count :]].astype(np.int64)
    return np.argpartition(scores, n - count)[n - count :].astype(np.int64)


class HnswGraph:
    """A thin wrapper around a usearch HNSW graph: the one place usearch is used.

    Labels are integers chosen by the caller. Cosine galleries store unit vectors and use
    the inner product; Euclidean ones the squared L2 distance. Fixed graph parameters and
    single-threaded insertion (``threads=1``) make the graph the same on every run.
    """

    def __init__(
        self,
        metric: Metric,
        dim: int,
        *,
        connectivity: int = 16,
        expansion_add: int = 64,
        expansion_search: int = 64,
        threads: int = 1,
    ) -> None:
        from usearch.index import Index

        self.threads = threads if threads > 0 else max(1, os.cpu_count() or 1)
        self._index = Index(
            ndim=dim,
            metric="ip" if metric is Metric.COSINE else "l2sq",
            # Half precision in the graph: half the memory, ~1.7x faster to build and search
            # with the same recall here; candidates are re-ranked from the float32 copy.
            dtype="f16",
            connectivity=connectivity,
            expansion_add=expansion_add,
            expansion_search=expansion_search,
        )

    @property
    def expansion_search(self) -> int:
        return int(self._index.expansion_search)

    @expansion_search.setter
    def expansion_search(self, value: int) -> None:
        # usearch has this setter, but declares it apart from its getter, which mypy misses
        self._index.expansion_search = value  # type: ignore[misc]

    def memory_bytes(self) -> int:
        return int(self._index.memory_usage)

    def add(self, labels: I64, rows: F32) -> None:
        if rows.shape[0]:
            self._index.add(labels.astype(np.uint64), rows, threads=self.threads)

    def remove(self, label: int) -> None:
        self._index.remove(label)

    def rename(self, old: int, new: int) -> None:
        self._index.rename(old, new)

    def knn(self, rows: F32, count: int) -> I64:
        """Labels of up to ``count`` approximate neighbours per row; -1 pads missing ones."""
        out = np.full((rows.shape[0], count), -1, np.int64)
        if rows.shape[0] == 0 or count == 0 or len(self._index) == 0:
            return out
        matches = self._index.search(rows, count, threads=self.threads)
        keys = np.asarray(matches.keys).reshape(rows.shape[0], -1)[:, :count]
        if hasattr(matches, "counts"):  # BatchMatches
            counts = np.asarray(matches.counts).reshape(-1)
        else:  # one query gives Matches, already cut to what was found
            counts = np.array([keys.shape[1]])
        valid = np.arange(keys.shape[1])[None, :] < counts[:, None]
        out[:, : keys.shape[1]][valid] = keys[valid].astype(np.int64)
        return out


class AnnIndex(_Gallery):
    """Approximate search: candidates from an HNSW graph, re-ranked with true distances.

    Graph labels are store slots; a swap-remove renames the moved vector's label. Each
    query asks for ``2k + 16`` neighbours (the graph walk keeps ``expansion_search`` of them
    in view) and asks again for four times as many while it has found fewer than ``k``
    keys, or while every candidate lay within ``radius`` (so "every key within radius" is
    approximate too). Reported
    distances are exact, and a key's distance is the best over all of its vectors.
    """

    def __init__(
        self,
        metric: Metric | str,
        dim: int,
        *,
        connectivity: int = 16,
        expansion_add: int = 64,
        expansion_search: int = 256,
        threads: int = 1,
    ) -> None:
        super().__init__(metric, dim)
        self._graph = HnswGraph(
            self.metric,
            dim,
            connectivity=connectivity,
            expansion_add=expansion_add,
            expansion_search=expansion_search,
            threads=threads,
        )

    @property
    def expansion_search(self) -> int:
        return self._graph.expansion_search

    @expansion_search.setter
    def expansion_search(self, value: int) -> None:
        self._graph.expansion_search = value

    def memory_bytes(self) -> int:
        """The graph's memory plus the float32 copy used for exact re-ranking."""
        return self._graph.memory_bytes() + self._store.matrix.nbytes

    def add(self, key: str, vectors: npt.ArrayLike) -> None:
        rows = check_vectors(vectors, self.dim, self.metric)
        self.add_many([key] * rows.shape[0], rows)

    def add_many(self, keys: Sequence[str], vectors: npt.ArrayLike) -> None:
        ids, rows = self._prepare(keys, vectors)
        start = self._store.append(ids, rows)
        self._graph.add(np.arange(start, start + rows.shape[0], dtype=np.int64), rows)

    def remove(self, key: str) -> int:
        def relabel(slot: int, moved_from: int) -> None:
            self._graph.remove(slot)
            if moved_from != slot:
                self._graph.rename(moved_from, slot)

        return self._store.remove(key, relabel)

    def _search_checked(
        self, queries: F32, wide: list[F64], k: int, radius: float | None
    ) -> list[list[Hit]]:
        store = self._store
        n = store.n
        count = min(n, 2 * k + 16)
        labels = self._graph.knn(queries, count)
        results: list[list[Hit]] = []
        for row, query, found in zip(queries, wide, labels, strict=True):
            want = count
            while True:
                slots = found[found >= 0]
                keys_found = np.unique(store.owner[slots]).size
                saturated = radius is not None and bool(
                    slots.size and (store.distances(slots, query) <= radius).all()
                )
                if want >= n or (keys_found >= k and not saturated):
                    break
                want = min(n, want * 4)
                found = self._graph.knn(row[None, :], want)[0]
            results.append(store.rank(slots, query, k, radius))
        return results


def build_index(
    metric: Metric | str, dim: int, *, approximate: bool, threads: int = 1
) -> ExactIndex | AnnIndex:
    """An empty gallery: exact (brute force) or approximate (usearch HNSW, re-ranked)."""
    if approximate:
        return AnnIndex(metric, dim, threads=threads)
    return ExactIndex(metric, dim)
