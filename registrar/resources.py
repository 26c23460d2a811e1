"""Where the app's read-only resources (consent texts, translations, licences) live."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_dir() -> Path:
    """``resources/`` beside the packages, or inside a frozen bundle, or REGISTRAR_RESOURCES."""
    override = os.environ.get("REGISTRAR_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
