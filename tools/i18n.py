"""Extract the UI's translatable strings into Qt Linguist files, compile them, check them.

usage: python3 tools/i18n.py update [--drop-vanished] | release | check

``update``  reads every ``ui/**/*.py`` with ``ast`` and merges what it finds into
            ``resources/i18n/registrar_<lang>.ts``: translations are kept, new strings are
            added as unfinished (pre-filled when the same text is translated elsewhere),
            strings gone from the code are marked vanished (or dropped).
``release`` compiles each ``.ts`` into its ``.qm`` with ``pyside6-lrelease``.
``check``   exits 1 listing untranslated strings, broken placeholders or mnemonics,
            ``.ts`` files behind the code and ``.qm`` files behind their ``.ts``.

pyside6-lupdate cannot be used: the UI's modules translate through small helpers
(``def _tr(text): return QCoreApplication.translate("register", text)``), which it does not
follow. This tool understands three forms, all with string literals only:

* ``self.tr("text")`` in a class: context = the class's name. PySide6 looks the text up
  under ``type(self).__name__`` first and then under each base class in the MRO, so a
  subclass calling an inherited method still finds the text under the defining class.
* ``_tr("text")`` where the module defines ``def _tr(text): ... return
  QCoreApplication.translate("<context>", text)`` (any helper of that shape, any name).
* ``QCoreApplication.translate("<context>", "text")`` (also ``QApplication``/``QGuiApplication``).

The tool needs only the standard library and ``pyside6-lrelease``; it never imports Qt.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
BASENAME = "registrar"
LANGUAGES = ("fr", "ar")

APPLICATION_CLASSES = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})

# Not in the code but read by Qt itself: QGuiApplication sets the layout direction from the
# translation of this string when translators change. The tool owns these translations.
LAYOUT_CONTEXT = "QGuiApplication"
LAYOUT_SOURCE = "QT_LAYOUT_DIRECTION"
LAYOUT_NOTE = "Qt reads this: RTL lays the whole application out right to left, LTR does not."
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug"})

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+")
HTML_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


class I18nToolError(Exception):
    """Something the person running the tool has to fix (missing tool, unreadable file)."""


# ---------------------------------------------------------------------------------------------
# Extraction


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    comment: str = ""  # Qt's "disambiguation"


@dataclass(frozen=True)
class Location:
    path: Path
    line: int


@dataclass
class Extraction:
    messages: dict[Key, list[Location]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, key: Key, where: Location) -> None:
        self.messages.setdefault(key, []).append(where)


def extract(ui_dir: Path = UI_DIR, root: Path = ROOT) -> Extraction:
    """Every translatable literal under ``ui_dir``, in file and line order, and every problem."""
    result = Extraction()
    for path in sorted(ui_dir.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as exc:
            result.errors.append(f"{_shown(path, root)}:{exc.lineno}: cannot parse: {exc.msg}")
            continue
        _ModuleScanner(path, root, _helpers(tree), result).visit(tree)
    return result


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _helpers(tree: ast.Module) -> dict[str, tuple[str, ast.FunctionDef]]:
    """Module-level ``def f(text): ... return QCoreApplication.translate("ctx", text)``."""
    found: dict[str, tuple[str, ast.FunctionDef]] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for inner in ast.walk(node):
            if not (isinstance(inner, ast.Return) and isinstance(inner.value, ast.Call)):
                continue
            call = inner.value
            if (
                _is_translate(call.func)
                and len(call.args) >= 2
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == param
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                found[node.name] = (call.args[0].value, node)
    return found


def _is_translate(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in APPLICATION_CLASSES
    )


def _literal(node: ast.expr) -> str | None:
    """The string a literal (or a ``+`` of literals) evaluates to; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


class _ModuleScanner(ast.NodeVisitor):
    def __init__(
        self,
        path: Path,
        root: Path,
        helpers: dict[str, tuple[str, ast.FunctionDef]],
        result: Extraction,
    ) -> None:
        self.path = path
        self.shown = _shown(path, root)
        self.helpers = helpers
        self.helper_bodies = {id(fn) for _, fn in helpers.values()}
        self.result = result
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if id(node) not in self.helper_bodies:  # the helper's own translate(ctx, text) call
            self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            self._tr_method(node, func)
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            context = self.helpers[func.id][0]
            self._message(node, context, node.args[:1], f"{func.id}()", extra=node.args[1:])
        elif _is_translate(func):
            if not node.args:
                self._error(node, "translate() without arguments")
            else:
                named = _literal(node.args[0])
                if named is None:
                    self._error(node, "translate() needs a literal context")
                else:
                    self._message(node, named, node.args[1:2], "translate()", node.args[2:])
        self.generic_visit(node)

    def _tr_method(self, node: ast.Call, func: ast.Attribute) -> None:
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls") and self.classes:
            context = self.classes[-1]
        elif isinstance(owner, ast.Name) and owner.id in self.classes:
            context = owner.id
        else:
            self._error(
                node,
                f"cannot tell the context of {ast.unparse(func)}(); "
                "use self.tr() or QCoreApplication.translate()",
            )
            return
        self._message(node, context, node.args[:1], ast.unparse(func) + "()", node.args[1:])

    def _message(
        self,
        node: ast.Call,
        context: str,
        text_args: Sequence[ast.expr],
        what: str,
        extra: Sequence[ast.expr],
    ) -> None:
        text = _literal(text_args[0]) if text_args else None
        if text is None:
            shown = ast.unparse(text_args[0]) if text_args else "nothing"
            self._error(node, f"{what} needs a string literal, not {shown}")
            return
        comment = ""
        if extra:
            disambiguation = extra[0]
            if isinstance(disambiguation, ast.Constant) and disambiguation.value is None:
                comment = ""
            elif (value := _literal(disambiguation)) is not None:
                comment = value
            else:
                self._error(node, f"{what}: the disambiguation must be a string literal")
                return
        if len(extra) > 1 or any(k.arg == "n" for k in node.keywords):
            # Plural forms would need <numerusform> entries; the UI words counts neutrally.
            self._error(node, f"{what}: plural forms (n=) are not supported by tools/i18n.py")
            return
        if not text.strip():
            self._error(node, f"{what}: empty text")
            return
        self.result.add(Key(context, text, comment), Location(self.path, node.lineno))

    def _error(self, node: ast.AST, message: str) -> None:
        self.result.errors.append(f"{self.shown}:{getattr(node, 'lineno', 0)}: {message}")


# ---------------------------------------------------------------------------------------------
# TS files


FINISHED = ""  # no type attribute
UNFINISHED = "unfinished"
VANISHED = "vanished"
OBSOLETE = "obsolete"


@dataclass(frozen=True)
class Entry:
    key: Key
    translation: str
    state: str = UNFINISHED
    locations: tuple[Location, ...] = ()
    translator_comment: str = ""
    extra_comment: str = ""

    @property
    def active(self) -> bool:
        return self.state not in (VANISHED, OBSOLETE)


@dataclass
class TsFile:
    language: str
    entries: list[Entry] = field(default_factory=list)

    def by_key(self) -> dict[Key, Entry]:
        return {e.key: e for e in self.entries}


def ts_path(language: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"{BASENAME}_{language}.ts"


def qm_path(language: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"{BASENAME}_{language}.qm"


def read_ts(path: Path, language: str) -> TsFile:
    if not path.exists():
        return TsFile(language)
    try:
        root = ET.parse(path).getroot()  # noqa: S314 (our own file, not network input)
    except ET.ParseError as exc:
        raise I18nToolError(f"{path}: not valid XML: {exc}") from exc
    ts = TsFile(root.get("language") or language)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                raise I18nToolError(f"{path}: plural forms are not supported ({source!r})")
            locations = tuple(
                Location(path.parent / (loc.get("filename") or ""), int(loc.get("line") or 0))
                for loc in message.iter("location")
            )
            ts.entries.append(
                Entry(
                    key=Key(name, source, message.findtext("comment") or ""),
                    translation=(translation.text or "") if translation is not None else "",
                    state=(translation.get("type") or FINISHED)
                    if translation is not None
                    else UNFINISHED,
                    locations=locations,
                    translator_comment=message.findtext("translatorcomment") or "",
                    extra_comment=message.findtext("extracomment") or "",
                )
            )
    return ts


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def render_ts(ts: TsFile, directory: Path) -> str:
    """The file as Qt Linguist writes it (contexts by name, messages in code order)."""
    contexts: dict[str, list[Entry]] = {}
    for entry in ts.entries:
        contexts.setdefault(entry.key.context, []).append(entry)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{_x(ts.language)}" sourcelanguage="en">',
    ]
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{_x(name)}</name>"]
        for entry in contexts[name]:
            lines.append("    <message>")
            for loc in entry.locations:
                filename = Path(_relpath(loc.path, directory)).as_posix()
                lines.append(f'        <location filename="{_x(filename)}" line="{loc.line}"/>')
            lines.append(f"        <source>{_x(entry.key.source)}</source>")
            if entry.key.comment:
                lines.append(f"        <comment>{_x(entry.key.comment)}</comment>")
            if entry.extra_comment:
                lines.append(f"        <extracomment>{_x(entry.extra_comment)}</extracomment>")
            if entry.translator_comment:
                lines.append(
                    f"        <translatorcomment>{_x(entry.translator_comment)}</translatorcomment>"
                )
            kind = f' type="{entry.state}"' if entry.state else ""
            lines.append(f"        <translation{kind}>{_x(entry.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _relpath(path: Path, start: Path) -> str:
    import os.path

    return os.path.relpath(path.resolve(), start.resolve())


def pinned_entries(language: str) -> list[Entry]:
    """Messages Qt itself asks for, with the translation this tool decides."""
    direction = "RTL" if language.split("_")[0] in RTL_LANGUAGES else "LTR"
    return [Entry(Key(LAYOUT_CONTEXT, LAYOUT_SOURCE), direction, FINISHED, (), "", LAYOUT_NOTE)]


def merge(old: TsFile, extraction: Extraction, *, drop_vanished: bool = False) -> TsFile:
    """The new file: code order, old translations kept, vanished ones kept aside or dropped."""
    existing = old.by_key()
    by_source: dict[str, Entry] = {}
    for entry in old.entries:  # finished translations of the same text, for pre-filling
        if entry.translation and (entry.key.source not in by_source or entry.state == FINISHED):
            by_source[entry.key.source] = entry
    merged: list[Entry] = []
    for key, locations in extraction.messages.items():
        found = existing.get(key)
        if found is not None:
            state = UNFINISHED if found.state in (VANISHED, OBSOLETE) else found.state
            merged.append(replace(found, state=state, locations=tuple(locations)))
        else:
            guess = by_source.get(key.source)
            merged.append(
                Entry(key, guess.translation if guess else "", UNFINISHED, tuple(locations))
            )
    pinned = pinned_entries(old.language)
    pinned_keys = {p.key for p in pinned}
    for entry in pinned:
        found = existing.get(entry.key)
        comment = found.translator_comment if found else ""
        merged.append(replace(entry, translator_comment=comment))
    if not drop_vanished:
        taken = set(extraction.messages) | pinned_keys
        for entry in old.entries:
            if entry.key not in taken and entry.translation:
                merged.append(replace(entry, state=VANISHED, locations=()))
    merged.sort(key=lambda e: (e.key.context, not e.active))  # stable: code order inside
    return TsFile(old.language, merged)


def update(
    extraction: Extraction,
    directory: Path = I18N_DIR,
    languages: Iterable[str] = LANGUAGES,
    *,
    drop_vanished: bool = False,
) -> list[Path]:
    """Write the merged ``.ts`` files; returns those whose content changed."""
    directory.mkdir(parents=True, exist_ok=True)
    changed = []
    for language in languages:
        path = ts_path(language, directory)
        text = render_ts(
            merge(read_ts(path, language), extraction, drop_vanished=drop_vanished), directory
        )
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(path)
    return changed


# ---------------------------------------------------------------------------------------------
# Compiling


def find_lrelease() -> list[str]:
    """The command that runs lrelease: PySide6's wrapper next to this Python, in the
    project's .venv (for a plain ``python3 tools/i18n.py``), or on PATH."""
    places = (Path(sys.executable).parent, ROOT / ".venv" / "bin", ROOT / ".venv" / "Scripts")
    for here in places:
        for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
            if (here / name).exists():
                return [str(here / name)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return [found]
    raise I18nToolError(
        "pyside6-lrelease not found next to this Python or on PATH; "
        "run the tool with the project's .venv/bin/python"
    )


def compile_qm(ts: Path, qm: Path) -> None:
    """``.ts`` → ``.qm``; unfinished translations are left out (Qt then shows English)."""
    result = subprocess.run(
        [*find_lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not qm.exists():
        raise I18nToolError(f"lrelease failed on {ts}:\n{result.stdout}{result.stderr}")


def release(directory: Path = I18N_DIR, languages: Iterable[str] = LANGUAGES) -> list[Path]:
    """Compile every ``.ts``; returns the ``.qm`` files whose bytes changed."""
    written = []
    for language in languages:
        ts = ts_path(language, directory)
        if not ts.exists():
            raise I18nToolError(f"{ts} is missing; run: python3 tools/i18n.py update")
        qm = qm_path(language, directory)
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / qm.name
            compile_qm(ts, fresh)
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                shutil.copyfile(fresh, qm)
                written.append(qm)
    return written


# ---------------------------------------------------------------------------------------------
# Checking


def mnemonics(text: str) -> int:
    """How many ``&`` mark a keyboard shortcut (``&&`` and HTML entities do not)."""
    return HTML_ENTITY.sub("", text).replace("&&", "").count("&")


def placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text)))


def translation_problems(entry: Entry, language: str) -> list[str]:
    where = f"[{language}] {entry.key.context}: {entry.key.source!r}"
    if not entry.translation.strip():
        return [f"{where}: not translated"]
    problems = []
    if entry.state == UNFINISHED:
        problems.append(f"{where}: unfinished (review it, then mark it finished)")
    if placeholders(entry.key.source) != placeholders(entry.translation):
        problems.append(
            f"{where}: placeholders {placeholders(entry.key.source)} "
            f"became {placeholders(entry.translation)}"
        )
    count = mnemonics(entry.translation)
    if count > 1 or (count and not mnemonics(entry.key.source)):
        problems.append(f"{where}: {count} '&' marks (at most one, and only if English has one)")
    return problems


def check(
    extraction: Extraction, directory: Path = I18N_DIR, languages: Iterable[str] = LANGUAGES
) -> list[str]:
    """Everything that stops the translations from being complete and shipped."""
    problems = list(extraction.errors)
    for language in languages:
        ts = ts_path(language, directory)
        if not ts.exists():
            problems.append(f"{ts} is missing; run: python3 tools/i18n.py update")
            continue
        entries = read_ts(ts, language).by_key()
        expected = list(extraction.messages) + [p.key for p in pinned_entries(language)]
        for key in expected:
            entry = entries.get(key)
            if entry is None or not entry.active:
                problems.append(
                    f"[{language}] {key.context}: {key.source!r}: not in {ts.name}; "
                    "run: python3 tools/i18n.py update"
                )
            else:
                problems += translation_problems(entry, language)
        for pinned in pinned_entries(language):
            entry = entries.get(pinned.key)
            if entry is not None and entry.translation != pinned.translation:
                problems.append(f"[{language}] {LAYOUT_SOURCE} must be {pinned.translation}")
        known = set(expected)
        stale = [k for k, e in entries.items() if e.active and k not in known]
        for key in stale:
            problems.append(
                f"[{language}] {key.context}: {key.source!r}: no longer in the code; "
                "run: python3 tools/i18n.py update"
            )
        problems += qm_problems(language, directory)
    return problems


def qm_problems(language: str, directory: Path = I18N_DIR) -> list[str]:
    """A ``.qm`` is current when compiling its ``.ts`` again gives the same bytes.

    Modification times are not compared: a checkout or a copy sets them arbitrarily.
    """
    ts, qm = ts_path(language, directory), qm_path(language, directory)
    if not qm.exists():
        return [f"{qm} is missing; run: python3 tools/i18n.py release"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm.name
        compile_qm(ts, fresh)
        if fresh.read_bytes() != qm.read_bytes():
            return [f"{qm.name} differs from {ts.name}; run: python3 tools/i18n.py release"]
    return []


# ---------------------------------------------------------------------------------------------
# Command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/i18n.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("update", help="extract strings from ui/ into the .ts files")
    up.add_argument(
        "--drop-vanished", action="store_true", help="forget translations of strings gone from ui/"
    )
    commands.add_parser("release", help="compile the .ts files into .qm files")
    commands.add_parser("check", help="exit 1 if any translation is missing or out of date")
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            extraction = extract()
            for error in extraction.errors:
                print(f"error: {error}", file=sys.stderr)
            changed = update(extraction, drop_vanished=args.drop_vanished)
            todo = _unfinished_count(extraction)
            print(
                f"{len(extraction.messages)} strings; "
                f"{', '.join(_shown(p, ROOT) for p in changed) or 'no file'} changed; "
                f"{todo} translations to do"
            )
            return 1 if extraction.errors else 0
        if args.command == "release":
            written = release()
            for path in written:
                print(f"wrote {_shown(path, ROOT)}")
            if not written:
                print("the .qm files were already up to date")
            return 0
        problems = check(extract())
        for problem in problems:
            print(problem)
        if problems:
            print(f"{len(problems)} problem(s)", file=sys.stderr)
            return 1
        print("translations complete and compiled")
        return 0
    except I18nToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _unfinished_count(extraction: Extraction) -> int:
    count = 0
    for language in LANGUAGES:
        entries = read_ts(ts_path(language), language).by_key()
        count += sum(
            1
            for k in extraction.messages
            if k not in entries or entries[k].state or not entries[k].translation
        )
    return count


if __name__ == "__main__":
    sys.exit(main())
