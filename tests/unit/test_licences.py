"""The licence table covers what the station app ships, and every text it names is in place."""

from __future__ import annotations

import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest
from packaging.requirements import Requirement

from registrar import licences
from registrar.biometrics.models import ALL_MODELS
from registrar.licences import COMPONENTS, NOT_SHIPPED, by_key, component_version

ROOT = Path(__file__).resolve().parents[2]
LICENCE_DIR = ROOT / "resources" / "licenses"

BSD = "Redistribution and use in source and binary forms"
MIT = "Permission is hereby granted, free of charge"
# Words near the top of each file that say which licence it is.
TITLES: dict[str, tuple[str, ...]] = {
    "Apache-2.0.txt": ("Apache License", "Version 2.0, January 2004"),
    "LGPL-3.0.txt": ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 3, 29 June 2007"),
    "GPL-3.0.txt": ("GNU GENERAL PUBLIC LICENSE", "Version 3, 29 June 2007"),
    "LGPL-2.1.txt": ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 2.1, February 1999"),
    "MPL-2.0.txt": ("Mozilla Public License Version 2.0",),
    "PSF-2.0-Python.txt": ("PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2",),
    "BSL-1.0-dlib.txt": ("Boost Software License - Version 1.0",),
    "CC0-1.0-dlib-models.txt": ("CC0 1.0 Universal",),
    "NOTICE": ("OpenCV Zoo", "dlib models"),
    "MIT-libfacedetection.txt": ("MIT License", "ShiqiYu", MIT),
    "MIT-opencv-python.txt": ("MIT License", MIT),
    "OpenCV-3rd-party.txt": ("OpenCV library is redistributed", "Apache License"),
    "BSD-SQLCipher.txt": ("ZETETIC LLC", BSD),
    "Zlib-sqlcipher3.txt": ("Gerhard Häring", "This software is provided 'as-is'"),
    "BSD-3-Clause-numpy.txt": ("NumPy Developers", BSD, "OpenBLAS"),
    "numpy-bundled-sources.txt": ("==> numpy/",),
    "cryptography-LICENSE.txt": ("LICENSE.APACHE", "LICENSE.BSD"),
    "BSD-3-Clause-cryptography.txt": (BSD,),
    "MIT-argon2-cffi.txt": ("Hynek Schlawack", MIT),
    "MIT-argon2-cffi-bindings.txt": ("argon2-cffi-bindings", MIT),
    "MIT-0-cffi.txt": ("MIT No Attribution",),
    "BSD-3-Clause-httpx.txt": ("Encode OSS", BSD),
    "BSD-3-Clause-httpcore.txt": ("Encode OSS", BSD),
    "MIT-h11.txt": ("Nathaniel J. Smith", MIT),
    "MIT-anyio.txt": ("Alex Grönholm", MIT),
    "BSD-3-Clause-idna.txt": ("Kim Davies", BSD),
    "certifi-LICENSE.txt": ("Mozilla Public License",),
    "tqdm-LICENCE.txt": ("MPL-2.0", "MIT License"),
    "BSD-3-Clause-segno.txt": ("Lars Heuer", BSD),
    "MIT-platformdirs.txt": ("platformdirs", MIT),
}


def _normal(name: str) -> str:
    """A distribution's name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _project_dependencies() -> list[Requirement]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    return [Requirement(text) for text in project["dependencies"]]


def _runtime_closure() -> set[str]:
    """The runtime dependencies and, where installed, everything they require (no extras)."""
    seen: set[str] = set()
    todo = [r for r in _project_dependencies() if r.marker is None or r.marker.evaluate()]
    while todo:
        requirement = todo.pop()
        name = _normal(requirement.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = importlib.metadata.requires(requirement.name) or []
        except importlib.metadata.PackageNotFoundError:
            continue  # not installed here: its own dependencies cannot be followed
        for text in requires:
            child = Requirement(text)
            if child.marker is None or child.marker.evaluate({"extra": ""}):
                todo.append(child)
    return seen


def _covered() -> set[str]:
    return {_normal(d) for c in COMPONENTS for d in c.distributions}


def test_every_listed_licence_file_exists_and_says_which_licence_it_is() -> None:
    for component in COMPONENTS:
        assert component.files, component.key
        for file in component.files:
            text = licences.read_licence(file)
            assert text.strip(), file
            assert file in TITLES, f"{file}: add the words that identify it to TITLES"
            for words in TITLES[file]:
                assert words in text, f"{file} does not say {words!r}"


def test_every_file_in_the_licence_folder_is_listed() -> None:
    listed = {file for c in COMPONENTS for file in c.files}
    assert {p.name for p in LICENCE_DIR.iterdir()} == listed


def test_the_components_named_in_the_issue_are_there_under_their_licences() -> None:
    assert by_key("qt").licence == "LGPL-3.0-only"
    # LGPLv3 only adds permissions to GPLv3, so both texts ship.
    assert by_key("qt").files[:2] == ("LGPL-3.0.txt", "GPL-3.0.txt")
    assert by_key("dlib").licence == "BSL-1.0"
    assert by_key("opencv").licence.startswith("Apache-2.0")
    assert "OpenCV-3rd-party.txt" in by_key("opencv").files
    assert "BSD-3-Clause" in by_key("sqlcipher").licence
    assert "BSD-SQLCipher.txt" in by_key("sqlcipher").files
    models = by_key("face-models")
    assert {"MIT", "Apache-2.0", "CC0-1.0"} <= set(re.findall(r"[\w.-]+", models.licence))
    assert "NOTICE" in models.files
    assert by_key("python").licence == "PSF-2.0"


def test_the_notice_names_every_bundled_model_file() -> None:
    notice = licences.read_licence("NOTICE")
    for model in ALL_MODELS:
        assert model.name in notice


def test_the_table_has_one_row_per_key_and_complete_fields() -> None:
    keys = [c.key for c in COMPONENTS]
    assert len(keys) == len(set(keys))
    for component in COMPONENTS:
        assert component.name and component.purpose and component.licence_name
        assert component.url.startswith(("https://", "http://"))
    assert len(_covered()) == sum(len(c.distributions) for c in COMPONENTS)  # no duplicates


def test_every_runtime_dependency_in_pyproject_is_covered() -> None:
    direct = {_normal(r.name) for r in _project_dependencies()}
    assert direct - _covered() == set()


def test_what_the_runtime_dependencies_pull_in_is_covered_or_said_not_to_ship() -> None:
    missing = _runtime_closure() - _covered() - set(NOT_SHIPPED)
    assert missing == set(), f"add these to registrar/licences.py: {sorted(missing)}"


def test_the_table_lists_nothing_the_app_does_not_depend_on() -> None:
    closure = _runtime_closure()
    assert _covered() - closure == set()
    assert set(NOT_SHIPPED) <= closure


def test_versions_come_from_metadata_and_are_blank_when_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import numpy

    assert component_version(by_key("numpy")) == numpy.__version__
    assert component_version(by_key("python")) == ".".join(map(str, sys.version_info[:3]))
    assert component_version(by_key("face-models")) == ""

    def no_metadata(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    # A frozen app may carry no dist-info: a module already loaded still has its version,
    # and nothing that is not loaded gets imported to find out.
    monkeypatch.setattr(importlib.metadata, "version", no_metadata)
    assert component_version(by_key("numpy")) == numpy.__version__
    monkeypatch.setitem(sys.modules, "cv2", SimpleNamespace())
    assert component_version(by_key("opencv")) == ""
    monkeypatch.delitem(sys.modules, "dlib", raising=False)
    assert component_version(by_key("dlib")) == ""
    assert "dlib" not in sys.modules


def test_licence_texts_are_found_in_a_frozen_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources" / "licenses").mkdir(parents=True)
    (tmp_path / "resources" / "licenses" / "BSL-1.0-dlib.txt").write_text("bundled copy")
    monkeypatch.delenv("REGISTRAR_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert licences.read_licence("BSL-1.0-dlib.txt") == "bundled copy"
    with pytest.raises(OSError):
        licences.read_licence("Apache-2.0.txt")
