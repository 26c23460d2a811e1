"""The galleries: one 1:N index per face model, kept in step with the vault's templates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

from registrar.biometrics.index import GalleryIndex, Metric, build_index
from registrar.domain.model import FaceTemplate


class Galleries:
    """An index per model id. Templates of different models never meet."""

    def __init__(
        self, metrics: Mapping[str, Metric], *, dim: int = 128, approximate: bool = False
    ) -> None:
        self.metrics = dict(metrics)
        self._indexes: dict[str, GalleryIndex] = {
            model_id: build_index(metric, dim, approximate=approximate)
            for model_id, metric in self.metrics.items()
        }

    def __contains__(self, model_id: object) -> bool:
        return model_id in self._indexes

    def index(self, model_id: str) -> GalleryIndex:
        return self._indexes[model_id]

    def add(self, person_id: str, templates: Iterable[FaceTemplate]) -> None:
        by_model: dict[str, list[np.ndarray]] = {}
        for t in templates:
            if t.model_id in self._indexes:
                by_model.setdefault(t.model_id, []).append(t.vector)
        for model_id, vectors in by_model.items():
            self._indexes[model_id].add(person_id, np.vstack(vectors).astype(np.float32))

    def remove(self, person_id: str) -> None:
        for index in self._indexes.values():
            index.remove(person_id)

    def sizes(self) -> dict[str, int]:
        return {model_id: len(index) for model_id, index in self._indexes.items()}

    def keys(self, model_id: str) -> set[str]:
        return self._indexes[model_id].keys()
