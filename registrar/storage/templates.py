"""The repository of face templates and the photos they come from: the SQL for galleries."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float32]
_CHUNK = 900  # ids per query, well under SQLite's limit on bound variables


class TemplateRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def matrices(self, model_ids: Collection[str]) -> dict[str, tuple[list[str], Matrix]]:
        """Every template of the given models: per model, the owners and one float32 matrix
        (row i belongs to owners[i]). Read in one pass, joined in one copy per model."""
        keys: dict[str, list[str]] = {m: [] for m in model_ids}
        blobs: dict[str, list[bytes]] = {m: [] for m in model_ids}
        for person_id, model_id, vector in self.conn.execute(
            "SELECT person_id, model_id, vector FROM face_templates ORDER BY person_id"
        ):
            if model_id in keys:
                keys[model_id].append(person_id)
                blobs[model_id].append(vector)
        return {
            m: (keys[m], np.frombuffer(b"".join(blobs[m]), dtype="<f4").reshape(len(keys[m]), -1))
            for m in model_ids
            if keys[m]
        }

    def vectors_of(self, person_ids: Iterable[str]) -> dict[tuple[str, str], Matrix]:
        """(person id, model id) -> that person's templates of that model, one row each."""
        ids = sorted(set(person_ids))
        stored: dict[tuple[str, str], list[Matrix]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = tuple(ids[start : start + _CHUNK])
            for person_id, model_id, vector in self.conn.execute(
                "SELECT person_id, model_id, vector FROM face_templates"  # noqa: S608
                f" WHERE person_id IN ({','.join('?' * len(chunk))})",  # placeholders only
                chunk,
            ):
                stored.setdefault((person_id, model_id), []).append(
                    np.frombuffer(vector, dtype="<f4")
                )
        return {key: np.vstack(rows) for key, rows in stored.items()}

    def photos_missing(self, model_id: str) -> list[str]:
        """Ids of stored photos that have no template of this model yet."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT p.id FROM face_photos p WHERE NOT EXISTS (SELECT 1 FROM face_templates t"
                " WHERE t.photo_id = p.id AND t.model_id = ?) ORDER BY p.person_id, p.id",
                (model_id,),
            )
        ]

    def photo(self, photo_id: str) -> tuple[str, bytes]:
        """The owner and the JPEG bytes of one stored photo."""
        person_id, jpeg = self.conn.execute(
            "SELECT person_id, jpeg FROM face_photos WHERE id = ?", (photo_id,)
        ).fetchone()
        return str(person_id), bytes(jpeg)
