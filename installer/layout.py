"""The bundle's layout: one place for the spec, the platform scripts' tests and bench/bundle.py.

PyInstaller's one-folder mode puts the executable at the top of ``dist/Registrar`` and
everything else under ``_internal/`` (``sys._MEIPASS`` at run time); on macOS the same
folder becomes ``Registrar.app/Contents/{MacOS,Frameworks,Resources}``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Registrar"
EXE_NAME = "registrar-app"
BUNDLE_ID = "org.registrar.app"
CONTENTS = "_internal"  # PyInstaller's contents directory
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / APP_NAME  # the one-folder bundle of this platform
ICONS = ROOT / "installer" / "icons"

# (source in the repository, destination folder inside the bundle's contents directory)
MODEL_DEST = "models"
LANGUAGES = ("ar", "fr")  # the app's translations (besides English): Qt's own for these ship
RESOURCE_DEST = "resources"


# macOS: the .app's Info.plist (besides what PyInstaller writes itself).
CAMERA_USE = "Registrar takes the face photo of the person being registered with the camera."


def macos_info_plist() -> dict[str, object]:
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "NSCameraUsageDescription": CAMERA_USE,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "11.0",
    }


def exe_name(platform: str = sys.platform) -> str:
    return EXE_NAME + (".exe" if platform.startswith("win") else "")


def version() -> str:
    """The app's version, from registrar/__init__.py (no import: the spec runs outside)."""
    for line in (ROOT / "registrar" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise RuntimeError("no __version__ in registrar/__init__.py")


def resource_files() -> list[Path]:
    """Every file under resources/ that ships (the .ts sources stay behind)."""
    return sorted(
        p
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix != ".ts" and "__pycache__" not in p.parts
    )


def package_data() -> list[Path]:
    """Files the packages read beside their code (pyproject's package-data)."""
    return sorted((ROOT / "registrar" / "storage" / "migrations").glob("*.sql"))


def expected_files(platform: str = sys.platform) -> list[str]:
    """Paths (relative to the bundle folder, "/"-separated) every bundle must hold."""
    models = [f"{CONTENTS}/{MODEL_DEST}/{name}" for name in model_names()]
    resources = [f"{CONTENTS}/{p.relative_to(ROOT).as_posix()}" for p in resource_files()]
    data = [f"{CONTENTS}/{p.relative_to(ROOT).as_posix()}" for p in package_data()]
    return [exe_name(platform), *models, *resources, *data]


def model_names() -> list[str]:
    sys.path.insert(0, str(ROOT))
    try:
        from registrar.biometrics.models import ALL_MODELS
    finally:
        sys.path.remove(str(ROOT))
    return [m.name for m in ALL_MODELS]
