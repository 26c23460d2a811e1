"""The platform scripts cannot be built here (Inno Setup on Windows, hdiutil on macOS): every
file they name must exist in the repository or in the bundle layout installer/layout.py
gives, which is also what installer/build.py checks a built bundle against."""

from __future__ import annotations

import configparser
import re
import sys
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[3]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))
import layout  # noqa: E402

sys.path.remove(str(INSTALLER))


def _iss() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """(the #defines, (section, line) of every entry) of the Inno Setup script."""
    defines: dict[str, str] = {}
    entries: list[tuple[str, str]] = []
    section = ""
    for raw in (INSTALLER / "windows" / "registrar.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if m := re.match(r'#define\s+(\w+)\s+"([^"]*)"', line):
            defines[m.group(1)] = m.group(2)
        elif m := re.match(r"\[(\w+)\]$", line):
            section = m.group(1)
        elif not line.startswith("#"):
            entries.append((section, line))
    return defines, entries


def _expand(text: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], text)


def _field(line: str, name: str) -> str | None:
    m = re.search(rf'\b{name}:\s*"([^"]*)"', line)
    return m.group(1) if m else None


def test_every_file_the_windows_installer_copies_is_in_the_bundle_layout() -> None:
    defines, entries = _iss()
    bundle = PureWindowsPath(defines["BundleDir"])
    windows_files = set(layout.expected_files("win32"))
    sources = [_field(line, "Source") for section, line in entries if section == "Files"]
    assert sources and all(sources)
    copied_exe = copied_contents = False
    for source in sources:
        assert source is not None
        path = PureWindowsPath(_expand(source, defines))
        relative = path.relative_to(bundle)  # everything comes from the built bundle
        if relative.name == "*":
            assert relative.parent.as_posix() == layout.CONTENTS
            copied_contents = True
        else:
            assert relative.as_posix() in windows_files, relative
            copied_exe |= relative.as_posix() == layout.exe_name("win32")
    assert copied_exe and copied_contents
    # The shortcuts, the uninstaller's icon and the post-install self-test start that exe.
    started = {
        _expand(_field(line, "Filename") or "", defines)
        for section, line in entries
        if section in ("Icons", "Run")
    }
    assert rf"{{app}}\{layout.exe_name('win32')}" in started


def test_the_windows_installer_is_per_machine_and_its_own_files_exist() -> None:
    defines, entries = _iss()
    setup = dict(line.split("=", 1) for section, line in entries if section == "Setup")
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"].startswith("{autopf}")
    for key in ("SetupIconFile", "LicenseFile"):
        assert (INSTALLER / "windows" / PureWindowsPath(setup[key]).as_posix()).is_file(), key
    assert defines["AppVersion"] == layout.version()
    # Uninstalling removes the program's own leftovers only, never a user's data folder.
    deleted = [line for section, line in entries if section == "UninstallDelete"]
    assert deleted and all("{app}" in line for line in deleted)


def test_the_macos_script_and_the_spec_agree_on_the_app_and_its_camera_text() -> None:
    script = (INSTALLER / "macos" / "make-dmg.sh").read_text(encoding="utf-8")
    assert f'app="dist/{layout.APP_NAME}.app"' in script
    assert f'"$app/Contents/MacOS/{layout.EXE_NAME}" --self-test' in script
    plist = layout.macos_info_plist()
    for key in re.findall(r"Print :(\w+)", script):
        assert key in plist
    assert "camera" in str(plist["NSCameraUsageDescription"]).lower()
    spec = (INSTALLER / "registrar.spec").read_text(encoding="utf-8")
    assert "info_plist=layout.macos_info_plist()" in spec
    assert 'name=f"{layout.APP_NAME}.app"' in spec
    assert (layout.ICONS / "registrar.icns").read_bytes()[:4] == b"icns"
    assert (layout.ICONS / "registrar.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_the_linux_desktop_entry_starts_the_installed_app_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(INSTALLER / "linux" / "registrar.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == layout.APP_NAME
    assert desktop["Exec"] == f"@PREFIX@/{layout.EXE_NAME}"
    install = (INSTALLER / "linux" / "install.sh").read_text(encoding="utf-8")
    assert "s|@PREFIX@|$prefix|g" in install
    assert f'"$icons/{desktop["Icon"]}.png"' in install
    assert f'"$prefix/{layout.EXE_NAME}" --self-test' in install
    uninstall = (INSTALLER / "linux" / "uninstall.sh").read_text(encoding="utf-8")
    assert "Registrar" not in re.findall(r"rm -rf (\S+)", uninstall)[0]  # only "$prefix"
    assert ".local/share/Registrar" not in " ".join(re.findall(r"rm .*", uninstall))


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_every_file_the_bundle_must_hold_has_a_source(platform: str) -> None:
    expected = layout.expected_files(platform)
    assert expected[0] == layout.exe_name(platform)
    contents = [p.split("/", 1)[1] for p in expected[1:]]
    assert all(p.startswith(layout.CONTENTS + "/") for p in expected[1:])
    for relative in contents:
        if relative.startswith(layout.MODEL_DEST + "/"):
            continue  # the wheels' files, checked against their SHA-256 by the spec
        assert (ROOT / relative).is_file(), relative
    names = {Path(p).name for p in contents}
    assert {"registrar.png", "same-1.jpg", "NOTICE", "0001_initial.sql"} <= names
    assert any(n.endswith(".qm") for n in names) and not any(n.endswith(".ts") for n in names)
    assert len([p for p in contents if p.startswith(layout.MODEL_DEST + "/")]) == 4


def test_install_sh_installs_for_one_user_and_uninstall_sh_keeps_the_vaults(
    tmp_path: Path,
) -> None:
    """The real scripts on a stand-in bundle whose registrar-app answers --self-test."""
    import shutil
    import subprocess

    bundle = tmp_path / "Registrar"
    bundle.mkdir()
    for name in ("registrar.desktop", "install.sh", "uninstall.sh", "paths.sh"):
        shutil.copy2(INSTALLER / "linux" / name, bundle / name)
    shutil.copy2(ROOT / "resources" / "icons" / "registrar.png", bundle / "registrar.png")
    app = bundle / layout.EXE_NAME
    app.write_text('#!/bin/sh\n[ "$1" = --self-test ] && echo "{}"\n', encoding="utf-8")
    app.chmod(0o755)
    home = tmp_path / "home"
    vault = home / ".local" / "share" / "Registrar" / "vault.db"
    vault.parent.mkdir(parents=True)
    vault.write_bytes(b"records not yet at the hub")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}

    def run(script: str) -> None:
        subprocess.run(["sh", str(bundle / script), "--user"], env=env, check=True)

    run("install.sh")
    prefix = home / ".local" / "opt" / "registrar"
    assert (prefix / layout.EXE_NAME).is_file() and (prefix / "uninstall.sh").is_file()
    entry = (home / ".local" / "share" / "applications" / "registrar.desktop").read_text()
    assert f"Exec={prefix}/{layout.EXE_NAME}\n" in entry and "@PREFIX@" not in entry
    icon = home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "registrar.png"
    assert icon.is_file()
    run("install.sh")  # again, over the first: still one working copy
    assert sorted(p.name for p in prefix.parent.iterdir()) == ["registrar"]

    subprocess.run(["sh", str(prefix / "uninstall.sh"), "--user"], env=env, check=True)
    assert not prefix.exists() and not icon.exists()
    assert vault.read_bytes() == b"records not yet at the hub"
