"""The core stays Qt-free and its logs stay free of personal data."""

from __future__ import annotations

import logging
import pkgutil
import subprocess
import sys

import pytest

import registrar
from registrar.logs import REDACTED, PersonalDataFilter


def test_no_registrar_module_imports_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(registrar.__path__, "registrar.")]
    assert "registrar.storage.vault" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = ('PySide6', 'shiboken6', 'ui')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


@pytest.mark.parametrize(
    ("arg", "kept"),
    [
        ("Mariam Haddad", False),
        ("mariam", False),
        ("person.created", True),
        ("محمد", False),
        ("N0123456 passport", False),
        ("3f2b8a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", True),
        ("KAK01-004512-7", True),
        ("vault.db", True),
        (42, True),
        ("KnownError", True),
    ],
)
def test_log_filter_redacts_anything_that_could_be_personal(arg: object, kept: bool) -> None:
    record = logging.LogRecord("registrar.x", logging.INFO, __file__, 1, "value %s", (arg,), None)
    PersonalDataFilter().filter(record)
    assert (record.getMessage() == f"value {arg}") is kept
    if not kept:
        assert REDACTED in record.getMessage()
