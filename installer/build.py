"""Build the station app's bundle for this platform: `python3 tools/dev.py installer`.

1. PyInstaller with installer/registrar.spec (one folder) into dist/Registrar
   (dist/Registrar.app as well on macOS);
2. a check that the bundle holds every file installer/layout.py names (the models, the
   resources, the licences, the migrations);
3. on Linux a tarball, dist/registrar-VERSION-linux-ARCH.tar.gz, with the .desktop file,
   the icon and install.sh / uninstall.sh beside the app (Windows: installer/windows/
   registrar.iss with Inno Setup; macOS: installer/macos/make-dmg.sh; both run on their
   own platforms);
4. with --self-test, the bundle's own `registrar-app --self-test` (no display needed).

Exit code 0 when every step passed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layout

LINUX_EXTRAS = ("registrar.desktop", "install.sh", "uninstall.sh", "paths.sh")


def say(message: str) -> None:
    print(f"[installer] {message}", flush=True)


def windows_version_info(path: Path) -> None:
    """The version resource PyInstaller embeds in registrar-app.exe."""
    numbers = [int(n) for n in layout.version().split(".")[:3]]
    numbers += [0] * (4 - len(numbers))
    version = ", ".join(map(str, numbers))
    dotted = ".".join(map(str, numbers))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({version}), prodvers=({version}), mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Registrar'),
      StringStruct('FileDescription', 'Registrar: registration of refugees and migrants'),
      StringStruct('FileVersion', '{dotted}'),
      StringStruct('InternalName', '{layout.EXE_NAME}'),
      StringStruct('OriginalFilename', '{layout.exe_name("win32")}'),
      StringStruct('ProductName', '{layout.APP_NAME}'),
      StringStruct('ProductVersion', '{dotted}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )


def run_pyinstaller() -> None:
    if sys.platform == "win32":
        windows_version_info(layout.BUILD / "version_info.txt")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(layout.DIST),
        "--workpath",
        str(layout.BUILD),
        str(layout.ROOT / "installer" / "registrar.spec"),
    ]
    say("PyInstaller: " + " ".join(command[3:]))
    started = time.monotonic()
    subprocess.run(command, cwd=layout.ROOT, check=True)
    say(f"bundle built in {time.monotonic() - started:.0f} s: {layout.BUNDLE}")


def check_layout(bundle: Path) -> None:
    missing = [rel for rel in layout.expected_files() if not (bundle / rel).is_file()]
    if missing:
        raise SystemExit(f"the bundle lacks {len(missing)} file(s): {', '.join(missing[:10])}")
    say(f"the bundle holds all {len(layout.expected_files())} files the layout names")


def linux_tarball(bundle: Path) -> Path:
    for name in LINUX_EXTRAS:
        target = bundle / name
        shutil.copy2(layout.ROOT / "installer" / "linux" / name, target)
        if name in ("install.sh", "uninstall.sh"):
            target.chmod(0o755)
    shutil.copy2(layout.ROOT / "resources" / "icons" / "registrar.png", bundle / "registrar.png")
    machine = platform.machine().lower() or "unknown"
    tarball = layout.DIST / f"registrar-{layout.version()}-linux-{machine}.tar.gz"
    say(f"writing {tarball.name}")
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=layout.APP_NAME)
    say(f"{tarball.name}: {tarball.stat().st_size / 1e6:.0f} MB")
    return tarball


def run_self_test(bundle: Path) -> tuple[dict[str, Any], float]:
    """The bundle's `registrar-app --self-test` as a user would start it (no display, no
    Python settings): its report and wall time; SystemExit naming the step if it failed."""
    exe = bundle / layout.exe_name()
    unset = ("PYTHONPATH", "PYTHONHOME", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    started = time.monotonic()
    result = subprocess.run(
        [str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=600
    )
    seconds = time.monotonic() - started
    try:
        report: dict[str, Any] = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise SystemExit(
            f"the bundle's self-test printed no report (exit {result.returncode}):\n"
            f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
        ) from None
    if result.returncode != 0 or not report["ok"]:
        raise SystemExit(
            f"the bundle's self-test failed at {report.get('failed_step')}: "
            f"{report.get('error')}\n{result.stderr[-4000:]}"
        )
    return report, seconds


def self_test(bundle: Path) -> None:
    report, seconds = run_self_test(bundle)
    for step in report["steps"]:
        say(f"  self-test {step['step']:<10} ok {step['seconds']}")
    say(f"the bundle's self-test passed in {seconds:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--self-test", action="store_true", help="run the bundle's self-test")
    parser.add_argument(
        "--no-build", action="store_true", help="reuse dist/ (only check, package, test)"
    )
    args = parser.parse_args(argv)
    if not args.no_build:
        run_pyinstaller()
    bundle = layout.BUNDLE
    check_layout(bundle)
    if sys.platform.startswith("linux"):
        linux_tarball(bundle)
    if args.self_test:
        self_test(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
