"""Bundle benchmark: the frozen app's size, its start to a visible login window, its self-test.

Prints one JSON object (progress on stderr). Targets: ``bundle_login_visible_s`` < 2 s;
``bundle_mb`` as small as the bundled libraries allow, so ``largest_mb`` says what takes
the space (by top-level item of the bundle's ``_internal`` folder, and Qt's libraries).

``bundle_login_visible_s``: the median of ``--runs`` starts (after one cold start, reported
as ``bundle_login_visible_cold_s``) of ``dist/Registrar/registrar-app`` with
QT_QPA_PLATFORM=offscreen on a data folder that holds a vault, from process start to the
moment the login window has been shown and the event loop runs (REGISTRAR_REPORT_STARTUP,
as bench/ui.py measures the unfrozen app). ``self_test_s`` is the wall time of
``registrar-app --self-test`` (each step's time in ``self_test_steps_s``).

    python bench/bundle.py [--build] [--runs 5]

``--build`` (or no dist/Registrar yet) builds it first with installer/build.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "installer"))
sys.path.insert(0, str(ROOT / "tests"))
import build  # noqa: E402
import layout  # noqa: E402

TARGET_LOGIN_S = 2.0


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _size(path: Path) -> int:
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def sizes(bundle: Path) -> dict[str, Any]:
    contents = bundle / layout.CONTENTS
    items = {p.name: _size(p) for p in contents.iterdir()}
    qt = contents / "PySide6" / "Qt"
    if qt.is_dir():
        items.pop("PySide6", None)
        for part in sorted(qt.iterdir()):
            items[f"PySide6/Qt/{part.name}"] = _size(part)
        pyside = sum(_size(p) for p in (contents / "PySide6").iterdir() if p.name != "Qt")
        items["PySide6 (bindings)"] = pyside
    qt_libs = {p.name: _size(p) for p in (qt / "lib").iterdir()} if qt.is_dir() else {}
    mb = 1024 * 1024
    largest = sorted(items.items(), key=lambda kv: -kv[1])[:15]
    largest_qt = sorted(qt_libs.items(), key=lambda kv: -kv[1])[:8]
    tarballs = sorted(layout.DIST.glob("registrar-*.tar.gz"))
    return {
        "bundle_mb": round(_size(bundle) / mb, 1),
        "bundle_files": sum(1 for p in bundle.rglob("*") if p.is_file()),
        "tarball_mb": round(tarballs[-1].stat().st_size / mb, 1) if tarballs else None,
        "largest_mb": {name: round(size / mb, 1) for name, size in largest},
        "largest_qt_libs_mb": {name: round(size / mb, 1) for name, size in largest_qt},
    }


def _bench_ui() -> Any:
    """bench/ui.py, for its login_once (loaded by path: as "ui" it would hide the app's
    package)."""
    spec = importlib.util.spec_from_file_location("bench_ui", ROOT / "bench" / "ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bench_login(exe: Path, runs: int) -> dict[str, Any]:
    from support.hub import make_station  # type: ignore[import-not-found]

    with tempfile.TemporaryDirectory(prefix="registrar-bundle-bench-") as tmp:
        folder = Path(tmp) / "vault"
        make_station(folder, "BEN", 1).close()  # the login window, not the first-run one
        log(f"login window: 1 + {runs} starts of the frozen app")
        login_once = _bench_ui().login_once
        cold = login_once(folder, 1500, [str(exe)])
        warm = [login_once(folder, 1500, [str(exe)]) for _ in range(runs)]
    return {
        "bundle_login_visible_cold_s": round(cold, 3),
        "bundle_login_visible_s": round(statistics.median(warm), 3),
        "bundle_login_visible_runs_s": [round(t, 3) for t in warm],
    }


def bench_self_test() -> dict[str, Any]:
    log("self-test of the frozen app")
    report, seconds = build.run_self_test(layout.BUNDLE)
    return {
        "self_test_s": round(seconds, 2),
        "self_test_steps_s": {s["step"]: s["seconds"] for s in report["steps"]},
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = layout.BUNDLE / layout.exe_name()
    if args.build or not exe.exists():
        log("building the bundle (installer/build.py)")
        build.main([])
    result: dict[str, Any] = {
        "platform": sys.platform,
        "cpu_count": os.cpu_count(),
        "loadavg_1m_at_start": round(os.getloadavg()[0], 2),
    }
    result |= sizes(layout.BUNDLE)
    result |= bench_login(exe, args.runs)
    result |= bench_self_test()
    met = result["bundle_login_visible_s"] < TARGET_LOGIN_S
    result["targets_met"] = {"bundle_login_visible_s": met}
    result["loadavg_1m_at_end"] = round(os.getloadavg()[0], 2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
