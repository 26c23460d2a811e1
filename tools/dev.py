"""Set up Debian packages and .venv as needed, then run the app, tests or linters (see USAGE)."""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

if sys.version_info < (3, 11):  # noqa: UP036 (whatever python3 the system has may start this)
    sys.exit(f"[dev] Python 3.11 or newer is needed, this is {sys.version.split()[0]}")

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
APT_PACKAGES = ROOT / "tools" / "apt-packages.txt"
VENV = ROOT / ".venv"
VENV_BIN = VENV / "bin"
VENV_PYTHON = VENV_BIN / "python"
STAMP = VENV / ".registrar-installed"
EXTRAS = "hub,test,installer"

# Which sections of apt-packages.txt each command needs.
APT_SECTIONS: dict[str, tuple[str, ...]] = {
    "run": ("run",),
    "test": ("run", "test"),
    "setup": ("run", "test"),
    "screenshots": ("run", "test"),
    "installer": ("run", "installer"),
    "lint": (),
}

USAGE = """\
usage: python3 tools/dev.py COMMAND [ARGS...]

Each command first sets up what is missing: Debian packages (tools/apt-packages.txt,
installed when run as root, otherwise listed), .venv and the project in it.

  run    [ARGS...]  start the app (.venv/bin/registrar-app ARGS...)
  test   [ARGS...]  run pytest from the repository root with ARGS; QT_QPA_PLATFORM
                    defaults to offscreen; the exit code is pytest's
  screenshots       run the UI journeys, which save a picture of every screen
                    to out/screenshots/
  installer [--self-test]
                    build the frozen app for this platform into dist/ (PyInstaller,
                    installer/build.py); --self-test then runs the bundle's self-test
  setup             only set up
  lint              ruff check and mypy on registrar
"""


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def fail(message: str) -> NoReturn:
    say(message)
    raise SystemExit(1)


def is_root() -> bool:
    return os.geteuid() == 0


def check(command: Sequence[str | Path], env: dict[str, str] | None = None) -> None:
    """Run a command from the repository root and stop with its exit code if it fails."""
    returncode = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
    if returncode != 0:
        say(f"failed ({returncode}): {' '.join(map(str, command))}")
        raise SystemExit(returncode)


# --- Debian packages ------------------------------------------------------------------------


def read_apt_packages(sections: Sequence[str]) -> list[str]:
    """The packages listed in apt-packages.txt under the given sections (before any: [run])."""
    packages: list[str] = []
    section = "run"
    for number, raw in enumerate(APT_PACKAGES.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in ("run", "test", "installer"):
                fail(f"{APT_PACKAGES.name}:{number}: unknown section [{section}]")
        elif line and section in sections:
            packages.extend(line.split())
    return list(dict.fromkeys(packages))  # without repeats, in order


def missing_apt_packages(packages: Sequence[str]) -> list[str]:
    """The packages whose dpkg status is not "install ok installed" (one dpkg-query for all)."""
    query = ["dpkg-query", "-W", "-f=${Package} ${Status}\n", *packages]
    # dpkg-query exits 1 when it knows some of the packages not at all; those are missing too.
    lines = subprocess.run(query, capture_output=True, text=True, check=False).stdout
    installed = {
        name
        for name, _, status in (line.partition(" ") for line in lines.splitlines())
        if status == "install ok installed"
    }
    return [package for package in packages if package not in installed]


@functools.cache
def apt_get_update() -> None:
    check(["apt-get", "update"])


def apt_get_install(packages: Sequence[str]) -> None:
    apt_get_update()
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    check(["apt-get", "install", "-y", "--no-install-recommends", *packages], env=env)


def ensure_apt_packages(sections: Sequence[str]) -> None:
    if not sections:
        return
    if shutil.which("dpkg-query") is None:
        say("no dpkg-query (not Debian?): skipping the check of tools/apt-packages.txt")
        return
    missing = missing_apt_packages(read_apt_packages(sections))
    if not missing:
        return
    if is_root():
        say(f"installing Debian packages: {' '.join(missing)}")
        apt_get_install(missing)
    else:
        say(f"missing Debian packages: {' '.join(missing)}")
        say("install them with:")
        say(
            "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y "
            f"--no-install-recommends {' '.join(missing)}"
        )
        say("continuing without them")


# --- Virtual environment --------------------------------------------------------------------


def venv_works() -> bool:
    """True if .venv has a Python with pip (Debian leaves one without pip when venv fails)."""
    if not VENV_PYTHON.exists():
        return False
    probe = [str(VENV_PYTHON), "-c", "import pip"]
    return subprocess.run(probe, capture_output=True, check=False).returncode == 0


def create_venv() -> None:
    command = [sys.executable, "-m", "venv", str(VENV)]
    say(f"creating {VENV.name} with {sys.executable}")
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        shutil.rmtree(VENV, ignore_errors=True)
        venv_package = f"python3.{sys.version_info.minor}-venv"
        if not (is_root() and shutil.which("apt-get")):
            fail(
                f"could not create {VENV.name}; on Debian install {venv_package} "
                f"(sudo apt-get install {venv_package}) and try again"
            )
        say(f"installing {venv_package} and trying again")
        apt_get_install([venv_package])
        check(command)
    check([VENV_PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])


def pyproject_hash() -> str:
    return hashlib.sha256(PYPROJECT.read_bytes()).hexdigest()


def ensure_venv() -> None:
    wanted = pyproject_hash()
    up_to_date = STAMP.exists() and STAMP.read_text(encoding="utf-8").strip() == wanted
    if up_to_date and VENV_PYTHON.exists():  # False too if the Python it links to is gone
        return
    started = time.monotonic()
    if not venv_works():
        if VENV.exists():
            say(f"{VENV.name} is incomplete: recreating it")
            shutil.rmtree(VENV)
        create_venv()
    say(f'installing the project into .venv: pip install -e ".[{EXTRAS}]"')
    check(
        [VENV_PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-e", f".[{EXTRAS}]"]
    )
    STAMP.write_text(wanted + "\n", encoding="utf-8")
    say(f"set up in {time.monotonic() - started:.0f} s")


# --- Commands -------------------------------------------------------------------------------


def replace_process(program: Path, args: Sequence[str], env: dict[str, str]) -> NoReturn:
    """Become program (exec), so that its exit code is ours and signals reach it directly."""
    if not program.exists():
        fail(f"{program} is missing; is it declared in pyproject.toml?")
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(program, [str(program), *args], env)  # noqa: S606 (no shell on purpose)


def run_app(args: Sequence[str]) -> NoReturn:
    if not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        say("no DISPLAY or WAYLAND_DISPLAY: Qt will find no screen (QT_QPA_PLATFORM=offscreen?)")
    replace_process(VENV_BIN / "registrar-app", args, dict(os.environ))


def run_tests(args: Sequence[str]) -> NoReturn:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.chdir(ROOT)  # pytest takes its configuration and testpaths from the root
    replace_process(VENV_PYTHON, ["-m", "pytest", *args], env)


def lint() -> int:
    ruff = subprocess.run([VENV_PYTHON, "-m", "ruff", "check", "."], cwd=ROOT, check=False)
    mypy = subprocess.run([VENV_PYTHON, "-m", "mypy"], cwd=ROOT, check=False)  # pyproject: packages
    return ruff.returncode or mypy.returncode


def main(argv: Sequence[str]) -> int:
    if argv and argv[0] in ("-h", "--help", "help"):
        print(USAGE, end="")
        return 0
    command, args = (argv[0], list(argv[1:])) if argv else ("", [])
    if command not in APT_SECTIONS or (command in ("setup", "lint", "screenshots") and args):
        print(USAGE, end="", file=sys.stderr)
        return 2

    ensure_apt_packages(APT_SECTIONS[command])
    ensure_venv()
    if command == "run":
        run_app(args)
    elif command == "test":
        run_tests(args)
    elif command == "screenshots":
        say(f"screenshots go to {ROOT / 'out' / 'screenshots'}")
        run_tests(["-q", "tests/ui"])
    elif command == "installer":
        build = ROOT / "installer" / "build.py"
        replace_process(VENV_PYTHON, [str(build), *args], dict(os.environ))
    elif command == "lint":
        return lint()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
