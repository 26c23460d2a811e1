"""Face search benchmark: 1:N search, approximate search and batch dedup. Prints ONE JSON object.

Targets on a 2-core laptop: exact search <= 10 ms at 100k and <= 60 ms at 1M templates;
batch dedup <= 60 s at 100k and <= 15 min at 1M, finding >= 99% of planted duplicates.

The templates are synthetic but shaped like SFace embeddings (128-d, unit length): identity
centres scatter around a few dozen "population" means, so impostor cosines are raised the
way real ones are (mostly 0.0-0.3, within a population ~0.15 on average), and 1% of the
records are a second registration of an earlier identity: a second sample with a
genuine-level cosine of 0.55-0.9 to the first. The dedup radius is the edge of the
"possible" band, cosine distance 0.5.

    python bench/face.py [--sizes 100k,1m] [--quick]

Each section is a function that returns a dict; ``main`` merges them in ``SECTIONS`` order.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np
import numpy.typing as npt
from face_enrol import bench_enrol, bench_preview  # type: ignore[import-not-found]

from registrar.biometrics.dedup import find_pairs, group_pairs
from registrar.biometrics.index import AnnIndex, ExactIndex, Metric

DIM = 128
POPULATIONS = 48
POPULATION_WEIGHT = 0.42  # identity = unit(0.42 * population mean + N(0, I/128))
DUPLICATE_SHARE = 0.01
GENUINE_COSINE = (0.55, 0.9)
DEDUP_RADIUS = 0.5  # cosine distance: the edge of the "possible" band
QUERIES = 200  # half returning people (a new sample of an enrolled identity), half new
EXACT_DEDUP_MAX = 200_000  # above this the exact join takes too long to time here
SIZE_NAMES = {"10k": 10_000, "30k": 30_000, "100k": 100_000, "1m": 1_000_000}

F32 = npt.NDArray[np.float32]


def unit(x: npt.NDArray[np.floating]) -> F32:
    result: F32 = (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)
    return result


@dataclass
class Gallery:
    """Synthetic templates, one per record; ``planted`` holds (first, second) row pairs."""

    vectors: F32
    keys: list[str]
    planted: list[tuple[int, int]]
    queries: F32
    query_sources: list[int]  # the row a returning person's query was drawn from, or -1


@dataclass
class Context:
    sizes: dict[str, int]
    galleries: dict[str, Gallery] = field(default_factory=dict)
    cache_dir: Path = field(default_factory=lambda: Path(tempfile.gettempdir()) / "registrar-bench")

    def gallery(self, name: str) -> Gallery:
        if name not in self.galleries:  # 1M templates take 512 MB: keep them
            self.galleries[name] = face_like(self.sizes[name], seed=7)
        return self.galleries[name]


def second_sample(rng: np.random.Generator, first: F32, means: F32, cosine: F32) -> F32:
    """A second photo of the same people: exactly ``cosine`` to ``first``, the rest of it
    drawn like an identity of the same population."""
    other = unit(POPULATION_WEIGHT * means + rng.standard_normal(first.shape) / np.sqrt(DIM))
    other = unit(other - np.einsum("ij,ij->i", other, first)[:, None] * first)
    return unit(cosine[:, None] * first + np.sqrt(1 - cosine * cosine)[:, None] * other)


def face_like(n: int, *, seed: int) -> Gallery:
    rng = np.random.default_rng(seed)
    means = unit(rng.standard_normal((POPULATIONS, DIM)))
    duplicates = round(n * DUPLICATE_SHARE)
    identities = n - duplicates
    population = rng.integers(0, POPULATIONS, identities)
    vectors = np.empty((n, DIM), np.float32)
    for start in range(0, identities, 100_000):
        end = min(identities, start + 100_000)
        noise = rng.standard_normal((end - start, DIM), dtype=np.float32) / np.sqrt(DIM)
        vectors[start:end] = unit(POPULATION_WEIGHT * means[population[start:end]] + noise)
    sources = np.sort(rng.choice(identities, duplicates, replace=False))
    cosine = rng.uniform(*GENUINE_COSINE, duplicates).astype(np.float32)
    vectors[identities:] = second_sample(rng, vectors[sources], means[population[sources]], cosine)
    # records in random order, each with its own person id
    order = rng.permutation(n)
    row_of = np.empty(n, np.int64)
    row_of[order] = np.arange(n)
    vectors = vectors[order]
    keys = [f"{i:08x}-0000-4000-8000-{i * 2654435761 % 2**48:012x}" for i in range(n)]
    planted = [
        (int(row_of[s]), int(row_of[identities + j])) for j, s in enumerate(sources.tolist())
    ]
    # queries: returning people (a new sample of an enrolled identity) and new people
    half = QUERIES // 2
    returning = np.sort(rng.choice(identities, half, replace=False))
    returning_samples = second_sample(
        rng,
        vectors[row_of[returning]],
        means[population[returning]],
        rng.uniform(*GENUINE_COSINE, half).astype(np.float32),
    )
    new_people = unit(
        POPULATION_WEIGHT * means[rng.integers(0, POPULATIONS, QUERIES - half)]
        + rng.standard_normal((QUERIES - half, DIM)) / np.sqrt(DIM)
    )
    return Gallery(
        vectors=vectors,
        keys=keys,
        planted=planted,
        queries=np.vstack([returning_samples, new_people]),
        query_sources=[int(r) for r in row_of[returning]] + [-1] * (QUERIES - half),
    )


def log(message: str) -> None:
    """Progress on stderr; stdout carries only the JSON object."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def p(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def timed_searches(search: Callable[[F32], object], queries: F32) -> list[float]:
    search(queries[0])  # warm up
    times = []
    for q in queries:
        start = time.perf_counter()
        search(q)
        times.append((time.perf_counter() - start) * 1000)
    return times


# -- sections ------------------------------------------------------------------------------


def exact_search_section(ctx: Context) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in ctx.sizes:
        g = ctx.gallery(name)
        log(f"exact search {name}")
        index = ExactIndex(Metric.COSINE, DIM)
        start = time.perf_counter()
        index.add_many(g.keys, g.vectors)
        out[f"exact_build_s_{name}"] = round(time.perf_counter() - start, 2)
        times = timed_searches(partial(index.search, k=5, radius=0.5), g.queries)
        out[f"search_ms_p50_{name}"] = round(statistics.median(times), 2)
        out[f"search_ms_p95_{name}"] = round(p(times, 95), 2)
        out[f"exact_memory_mb_{name}"] = round(len(index) * DIM * 4 / 2**20)
        found = [
            any(h.key == g.keys[src] for h in index.search(q, k=5))
            for q, src in zip(g.queries, g.query_sources, strict=True)
            if src >= 0
        ]
        out[f"search_returning_found_top5_{name}"] = round(float(np.mean(found)), 4)
    return out


def ann_section(ctx: Context) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in ctx.sizes:
        g = ctx.gallery(name)
        exact = ExactIndex(Metric.COSINE, DIM)
        exact.add_many(g.keys, g.vectors)
        truth = [{h.key for h in exact.search(q, k=10)} for q in g.queries]
        del exact
        gc.collect()
        log(f"approximate search {name}")
        ann = AnnIndex(Metric.COSINE, DIM, threads=2)
        start = time.perf_counter()
        ann.add_many(g.keys, g.vectors)
        out[f"ann_build_s_{name}"] = round(time.perf_counter() - start, 1)
        out[f"ann_memory_mb_{name}"] = round(ann.memory_bytes() / 2**20)
        default_ef = ann.expansion_search
        for ef in (default_ef, 64):  # the default (256), and a faster, laxer setting
            ann.expansion_search = ef
            suffix = name if ef == default_ef else f"{name}_ef{ef}"
            times = timed_searches(partial(ann.search, k=10), g.queries)
            hits = [{h.key for h in ann.search(q, k=10)} for q in g.queries]
            recall = np.mean([len(t & h) / 10 for t, h in zip(truth, hits, strict=True)])
            returning = [
                g.keys[src] in h for h, src in zip(hits, g.query_sources, strict=True) if src >= 0
            ]
            out[f"ann_recall_at_10_{suffix}"] = round(float(recall), 4)
            out[f"ann_returning_found_top10_{suffix}"] = round(float(np.mean(returning)), 4)
            out[f"ann_search_ms_p50_{suffix}"] = round(statistics.median(times), 3)
        del ann
        gc.collect()
    return out


def dedup_section(ctx: Context) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, n in ctx.sizes.items():
        g = ctx.gallery(name)
        planted = {tuple(sorted((g.keys[a], g.keys[b]))) for a, b in g.planted}
        methods = [("", True)] if n > EXACT_DEDUP_MAX else [("", False), ("approx_", True)]
        for label, approximate in methods:
            log(f"batch dedup {name} {'approximate' if approximate else 'exact'}")
            start = time.perf_counter()
            pairs = find_pairs(
                g.keys, g.vectors, Metric.COSINE, DEDUP_RADIUS, approximate=approximate
            )
            seconds = time.perf_counter() - start
            found = sum((pair.a, pair.b) in planted for pair in pairs)
            out[f"batch_dedup_{label}s_{name}"] = round(seconds, 1)
            out[f"batch_dedup_{label}method_{name}"] = "approximate" if approximate else "exact"
            out[f"batch_dedup_{label}found_share_{name}"] = round(found / len(planted), 4)
            out[f"batch_dedup_{label}pairs_{name}"] = len(pairs)
        start = time.perf_counter()
        groups = group_pairs(pairs)
        out[f"group_pairs_s_{name}"] = round(time.perf_counter() - start, 2)
        out[f"review_groups_{name}"] = len(groups)
        out[f"review_group_max_{name}"] = max((len(gr.keys) for gr in groups), default=0)
    return out


def peak_memory_section(ctx: Context) -> dict[str, object]:
    try:
        import resource
    except ImportError:  # Windows
        return {}
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"peak_rss_mb": round(peak_kib / 1024)}


Section = Callable[[Context], dict[str, object]]


# Run in this order; each returns a dict merged into the one JSON object. The enrolment
# section (enrol_ms_p50, enrol_ms_p95) and the camera preview section (preview_ms_p50) are
# still to be written: add their functions here.
def enrol_section(ctx: Context) -> dict[str, object]:
    """enrol_ms_p50/p95: a 1280x720 photo to a stored record, with a 100k gallery."""
    ctx.cache_dir.mkdir(parents=True, exist_ok=True)
    return dict(bench_enrol(ctx.cache_dir))


def preview_section(ctx: Context) -> dict[str, object]:
    """preview_ms_p50: a 640x480 frame through detection and quality, no embedding."""
    return dict(bench_preview())


SECTIONS: list[Section] = [
    enrol_section,
    preview_section,
    exact_search_section,
    ann_section,
    dedup_section,
    peak_memory_section,  # keep last: the peak over everything before it
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m", help=f"from {', '.join(SIZE_NAMES)}")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--only", help="comma-separated section names, e.g. enrol,preview")
    parser.add_argument("--cache-dir", type=Path, help="where the 100k enrolment vault is kept")
    args = parser.parse_args(argv)
    names = ["10k", "30k"] if args.quick else args.sizes.split(",")
    unknown = [name for name in names if name not in SIZE_NAMES]
    if unknown:
        parser.error(f"unknown size(s): {', '.join(unknown)}")
    ctx = Context(sizes={name: SIZE_NAMES[name] for name in names})
    if args.cache_dir:
        ctx.cache_dir = args.cache_dir
    only = set(args.only.split(",")) if args.only else None
    result: dict[str, object] = {"sizes": names}
    for section in SECTIONS:
        if only is None or section.__name__.removesuffix("_section") in only:
            result.update(section(ctx))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
