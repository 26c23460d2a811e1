"""The consent texts read to a person in their own language, one JSON file per language.

Each file in ``resources/consent/`` is named after its ISO 639-3 code and holds a title and a
body for every consent purpose. English must exist: it is the fallback when a person's
language has no text, and the fallback is flagged so the desk knows an interpreter is needed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from registrar.domain.model import ConsentPurpose
from registrar.errors import BugError, ErrorCode, KnownError

FALLBACK_LANGUAGE = "eng"
PARTNER = "{partner}"

Direction = Literal["ltr", "rtl"]
_DIRECTIONS: tuple[Direction, ...] = ("ltr", "rtl")
_FILE_KEYS = {"language", "name", "direction", "version", "purposes"}
_TEXT_KEYS = {"title", "body"}
_LANGUAGE_RE = re.compile(r"^[a-z]{3}$")
# Any brace left after the partner's placeholder is taken out is a translation slip.
_STRAY_BRACE_RE = re.compile(r"[{}]")


@dataclass(frozen=True, slots=True)
class ConsentText:
    """What the person is told before they agree or refuse one purpose.

    ``language`` is the language the text is written in: English when ``fallback`` is set.
    """

    purpose: ConsentPurpose
    language: str
    title: str
    body: str
    direction: Direction
    version: str
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class _Language:
    code: str
    name: str
    direction: Direction
    version: str
    texts: dict[ConsentPurpose, tuple[str, str]]  # purpose -> (title, body)


def _broken(path: Path, problem: str) -> KnownError:
    return KnownError(ErrorCode.INVALID_FIELD, f"{path.name}: {problem}", field="consent")


def _string(path: Path, data: dict[str, Any], key: str, where: str = "") -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _broken(path, f"{where}{key} must be a non-empty text")
    return value.strip()


def _check_placeholders(path: Path, purpose: ConsentPurpose, key: str, text: str) -> None:
    rest = text.replace(PARTNER, "")
    if _STRAY_BRACE_RE.search(rest):
        raise _broken(path, f"{purpose.value}.{key} has a brace that is not {PARTNER}")
    if purpose is not ConsentPurpose.SHARING and PARTNER in text:
        raise _broken(path, f"{purpose.value}.{key} names a partner; only sharing may")


def _parse(path: Path) -> _Language:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise _broken(path, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _broken(path, f"not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except OSError as exc:
        raise KnownError(
            ErrorCode.FILE_UNREADABLE, f"{path.name}: cannot be read ({exc.strerror})"
        ) from None
    if not isinstance(data, dict):
        raise _broken(path, "must hold one JSON object")
    unknown = sorted(set(data) - _FILE_KEYS)
    if unknown:
        raise _broken(path, f"unknown keys: {', '.join(unknown)}")
    code = _string(path, data, "language")
    if not _LANGUAGE_RE.match(code):
        raise _broken(path, f"language {code!r} is not an ISO 639-3 code")
    if code != path.stem:
        raise _broken(path, f"language {code!r} differs from the file's name")
    name = _string(path, data, "name")
    direction = data.get("direction")
    if direction not in _DIRECTIONS:
        raise _broken(path, f"direction must be 'ltr' or 'rtl', not {direction!r}")
    version = _string(path, data, "version")
    purposes = data.get("purposes")
    if not isinstance(purposes, dict):
        raise _broken(path, "purposes must be an object")
    known = {p.value for p in ConsentPurpose}
    unknown = sorted(set(purposes) - known)
    if unknown:
        raise _broken(path, f"unknown purposes: {', '.join(unknown)}")
    missing = sorted(known - set(purposes))
    if missing:
        raise _broken(path, f"missing purposes: {', '.join(missing)}")
    texts: dict[ConsentPurpose, tuple[str, str]] = {}
    for purpose in ConsentPurpose:
        entry = purposes[purpose.value]
        if not isinstance(entry, dict):
            raise _broken(path, f"{purpose.value} must be an object with a title and a body")
        unknown = sorted(set(entry) - _TEXT_KEYS)
        if unknown:
            raise _broken(path, f"{purpose.value}: unknown keys: {', '.join(unknown)}")
        title = _string(path, entry, "title", f"{purpose.value}.")
        body = _string(path, entry, "body", f"{purpose.value}.")
        _check_placeholders(path, purpose, "title", title)
        _check_placeholders(path, purpose, "body", body)
        texts[purpose] = (title, body)
    if PARTNER not in texts[ConsentPurpose.SHARING][1]:
        raise _broken(path, f"sharing.body must name the partner with {PARTNER}")
    return _Language(code, name, direction, version, texts)


class ConsentLibrary:
    """Every shipped consent text, checked when loaded so a broken file fails at start-up."""

    def __init__(self, languages: dict[str, _Language]) -> None:
        self._languages = languages

    @classmethod
    def load(cls, folder: Path | None = None) -> ConsentLibrary:
        if folder is None:
            from registrar.resources import resource

            folder = resource("consent")
        paths = sorted(folder.glob("*.json"))
        languages = {language.code: language for language in map(_parse, paths)}
        if FALLBACK_LANGUAGE not in languages:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                f"{folder.name}: no {FALLBACK_LANGUAGE}.json (English is the fallback)",
                field="consent",
            )
        return cls(languages)

    def languages(self) -> list[tuple[str, str]]:
        """(ISO 639-3 code, the language's own name), ordered by code."""
        return [(code, lang.name) for code, lang in sorted(self._languages.items())]

    def has(self, language: str) -> bool:
        return language in self._languages

    def text(
        self, purpose: ConsentPurpose, language: str, partner: str | None = None
    ) -> ConsentText:
        """The text for ``purpose`` in ``language``, or in English (flagged) if there is none.

        ``partner`` is the partner organisation's name, required for sharing only.
        """
        if (purpose is ConsentPurpose.SHARING) != (partner is not None):
            raise BugError("a partner is named for sharing consent, and only for it")
        if partner is not None and not partner.strip():
            raise BugError("the partner's name is empty")
        chosen = self._languages.get(language)
        fallback = chosen is None
        if chosen is None:
            chosen = self._languages[FALLBACK_LANGUAGE]
        title, body = chosen.texts[purpose]
        if partner is not None:
            # replace, not str.format: a partner's name may hold braces of its own.
            title = title.replace(PARTNER, partner.strip())
            body = body.replace(PARTNER, partner.strip())
        return ConsentText(
            purpose=purpose,
            language=chosen.code,
            title=title,
            body=body,
            direction=chosen.direction,
            version=chosen.version,
            fallback=fallback,
        )
