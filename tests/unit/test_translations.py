"""Every string the UI shows is translated into French and Arabic, and the .qm files are current."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("registrar_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
LANGUAGES = tool.LANGUAGES


@pytest.fixture(scope="module")
def extraction() -> Any:
    return tool.extract()


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def entries(language: str) -> Any:
    return tool.read_ts(tool.ts_path(language), language).by_key()


def test_every_translatable_call_uses_a_literal(extraction: Any) -> None:
    assert extraction.errors == []


def test_the_ui_has_strings_in_every_screen(extraction: Any) -> None:
    contexts = {key.context for key in extraction.messages}
    assert {"LoginWindow", "MainWindow", "register", "messages", "proof"} <= contexts
    assert len(extraction.messages) > 300


def test_every_string_has_a_finished_translation(
    extraction: Any, entries: Any, language: str
) -> None:
    missing = [
        f"{key.context}: {key.source!r}"
        for key in extraction.messages
        if key not in entries
        or not entries[key].active
        or entries[key].state
        or not entries[key].translation.strip()
    ]
    assert missing == [], f"run tools/i18n.py update and translate ({language})"


def test_placeholders_survive_translation(extraction: Any, entries: Any, language: str) -> None:
    broken = [
        (key.source, entries[key].translation)
        for key in extraction.messages
        if key in entries
        and tool.placeholders(key.source) != tool.placeholders(entries[key].translation)
    ]
    assert broken == []


def test_at_most_one_shortcut_mark(entries: Any) -> None:
    doubled = [e.translation for e in entries.values() if tool.mnemonics(e.translation) > 1]
    assert doubled == []


def test_no_problem_reported_by_the_check_command(extraction: Any, language: str) -> None:
    if importlib.util.find_spec("PySide6") is None:
        pytest.skip("pyside6-lrelease comes with PySide6, absent in the Qt-free run")
    assert tool.check(extraction, languages=[language]) == []


def test_qm_is_compiled_from_the_current_ts(language: str, tmp_path: Path) -> None:
    if importlib.util.find_spec("PySide6") is None:
        pytest.skip("pyside6-lrelease comes with PySide6, absent in the Qt-free run")
    fresh = tmp_path / f"{language}.qm"
    tool.compile_qm(tool.ts_path(language), fresh)
    shipped = tool.qm_path(language)
    assert shipped.exists(), "run: python3 tools/i18n.py release"
    assert fresh.read_bytes() == shipped.read_bytes(), "run: python3 tools/i18n.py release"


def test_arabic_lays_the_app_out_right_to_left() -> None:
    entries = tool.read_ts(tool.ts_path("ar"), "ar").by_key()
    entry = entries[tool.Key("QGuiApplication", "QT_LAYOUT_DIRECTION")]
    assert (entry.translation, entry.state) == ("RTL", "")


def test_update_keeps_translations_and_is_idempotent(extraction: Any, tmp_path: Path) -> None:
    for language in LANGUAGES:
        shutil.copy(tool.ts_path(language), tool.ts_path(language, tmp_path))
    tool.update(extraction, tmp_path)
    assert tool.update(extraction, tmp_path) == []
    for language in LANGUAGES:
        before = tool.read_ts(tool.ts_path(language), language).by_key()
        after = tool.read_ts(tool.ts_path(language, tmp_path), language).by_key()
        for key in extraction.messages:
            assert after[key].translation == before[key].translation


# The extractor itself, on a small made-up ui/ ------------------------------------------------

SAMPLE = '''
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("sample", text)


def _words(text: str) -> str:
    """Any helper of this shape counts, whatever its name."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("words", text)


class SamplePage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = self.tr("Sample &title")
        self.long = self.tr(
            "Implicit "
            "concatenation {n}"
        )
        self.same = self.tr("Same" + " text")
        self.labels = [lambda: self.tr("In a lambda")]

    class Inner(QWidget):
        def label(self) -> str:
            return self.tr("Nested class")


ROW = _tr("Module level")
WORD = _words("A word")
DIRECT = QCoreApplication.translate("direct", "Straight call")
DISAMBIGUATED = QCoreApplication.translate("direct", "Open", "verb")
'''

BAD = """
from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("bad", text)


class BadPage:
    def show(self, name: str, other) -> None:
        self.tr(name)
        self.tr(f"Hello {name}")
        _tr("a" + name)
        other.tr("Whose context?")
        QCoreApplication.translate(name, "No context")
        self.tr("%n files", None, 3)
"""


def _sample_dir(tmp_path: Path, **files: str) -> Path:
    ui = tmp_path / "ui"
    ui.mkdir()
    for name, text in files.items():
        (ui / f"{name}.py").write_text(textwrap.dedent(text), encoding="utf-8")
    return ui


def test_extractor_reads_all_three_forms(tmp_path: Path) -> None:
    ui = _sample_dir(tmp_path, sample=SAMPLE)
    found = tool.extract(ui, tmp_path)
    assert found.errors == []
    assert list(found.messages) == [
        tool.Key("SamplePage", "Sample &title"),
        tool.Key("SamplePage", "Implicit concatenation {n}"),
        tool.Key("SamplePage", "Same text"),
        tool.Key("SamplePage", "In a lambda"),
        tool.Key("Inner", "Nested class"),  # PySide6 uses __name__, not __qualname__
        tool.Key("sample", "Module level"),
        tool.Key("words", "A word"),
        tool.Key("direct", "Straight call"),
        tool.Key("direct", "Open", "verb"),
    ]


def test_extractor_reports_non_literals_with_file_and_line(tmp_path: Path) -> None:
    ui = _sample_dir(tmp_path, bad=BAD)
    found = tool.extract(ui, tmp_path)
    assert found.messages == {}
    lines = [error.split(": ")[0] for error in found.errors]
    assert lines == [f"ui/bad.py:{n}" for n in (11, 12, 13, 14, 15, 16)]


def test_merge_keeps_translations_and_sets_vanished_aside(tmp_path: Path) -> None:
    ui = _sample_dir(tmp_path, sample=SAMPLE)
    found = tool.extract(ui, tmp_path)
    old = tool.TsFile(
        "fr",
        [
            tool.Entry(tool.Key("sample", "Module level"), "Niveau module", ""),
            tool.Entry(tool.Key("gone", "Old text"), "Ancien texte", ""),
            tool.Entry(tool.Key("gone", "Never translated"), "", "unfinished"),
            tool.Entry(tool.Key("elsewhere", "A word"), "Un mot", ""),
        ],
    )
    new = tool.merge(old, found).by_key()
    assert new[tool.Key("sample", "Module level")].translation == "Niveau module"
    assert new[tool.Key("sample", "Module level")].state == ""
    assert new[tool.Key("gone", "Old text")].state == "vanished"
    assert tool.Key("gone", "Never translated") not in new
    # the same text translated in another context is offered, to be reviewed
    assert new[tool.Key("words", "A word")].translation == "Un mot"
    assert new[tool.Key("words", "A word")].state == "unfinished"
    assert new[tool.Key("SamplePage", "Sample &title")].state == "unfinished"
    assert new[tool.Key("QGuiApplication", "QT_LAYOUT_DIRECTION")].translation == "LTR"
    dropped = tool.merge(old, found, drop_vanished=True).by_key()
    assert tool.Key("gone", "Old text") not in dropped


def test_ts_round_trip(tmp_path: Path) -> None:
    tricky = "Quotes \" and ' & <b>tags</b>\nand a second line"
    ts = tool.TsFile("ar", [tool.Entry(tool.Key("ctx", tricky, "note"), "ترجمة & <i>", "")])
    path = tmp_path / "x.ts"
    path.write_text(tool.render_ts(ts, tmp_path), encoding="utf-8")
    back = tool.read_ts(path, "ar")
    assert back.entries == ts.entries
