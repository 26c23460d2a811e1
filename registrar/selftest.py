"""The self-test: on a new laptop (and in the frozen bundle), prove that the parts of the app
work together, without a display and without touching any real vault.

Each step runs in order and stops the test at its first failure, which the report names.
The steps: the face model files and their checksums; the licence texts of every bundled
component (and, from the package metadata, its version); a new vault in a temporary folder
(created, locked, refused with a wrong password, unlocked again); the face engine (OpenCV's
SFace and dlib in its child process, which a frozen app must be able to start); enrolling a
bundled sample face; a 1:N search with another photo of the same person and a photo of
someone else; a batch duplicate check; a sync batch sealed to a throw-away hub key, opened
and verified record by record, and refused once tampered with. The temporary folder is
removed afterwards.

The report holds versions, timings and counts only: no names, images, templates or keys.
"""

from __future__ import annotations

import contextlib
import platform
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from registrar import __version__
from registrar.errors import ErrorCode, KnownError
from registrar.resources import resource

Details = dict[str, Any]


class StepFailed(Exception):
    """A step's check did not hold (what was expected, in words)."""


@dataclass(slots=True)
class Context:
    """What the steps share: the temporary folder and what earlier steps made."""

    folder: Path
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18))  # throw-away
    vault: Any = None
    engine: Any = None
    faces: Any = None
    enrolled: str = ""
    people: list[str] = field(default_factory=list)
    cleanups: list[Callable[[], None]] = field(default_factory=list)


Step = tuple[str, Callable[[Context], Details]]


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def sample(name: str) -> Path:
    return resource("selftest", name)


# --- the steps ----------------------------------------------------------------------------


def step_models(_ctx: Context) -> Details:
    from registrar.biometrics.models import ALL_MODELS, verified_path

    return {"models": [verified_path(m).name for m in ALL_MODELS]}


def step_vault(ctx: Context) -> Details:
    from registrar.storage.vault import Vault

    root = ctx.folder / "vault"
    vault, _recovery = Vault.create(
        root, site_code="TST", station=1, supervisor="selftest", password=ctx.password
    )
    vault.close()
    try:
        Vault.unlock(root, "selftest", "not the password")
    except KnownError as error:
        _check(error.code is ErrorCode.UNLOCK_FAILED, f"a wrong password gave {error.code.value}")
    else:
        raise StepFailed("a wrong password opened the vault")
    ctx.vault = Vault.unlock(root, "selftest", ctx.password)
    ctx.cleanups.append(ctx.vault.close)
    cipher = ctx.vault.db.conn.execute("PRAGMA cipher_version").fetchone()[0]
    return {"sqlcipher": str(cipher)}


def step_engine(ctx: Context) -> Details:
    from registrar.biometrics.dlib_process import ProcessDlibEmbedder
    from registrar.biometrics.embed import SFaceEmbedder
    from registrar.biometrics.engine import FaceEngine
    from registrar.services.faces import FaceService, load_galleries

    settings = ctx.vault.settings()
    ctx.engine = FaceEngine(
        [SFaceEmbedder(), ProcessDlibEmbedder()], quality=settings.quality, intake=settings.intake
    )
    ctx.cleanups.insert(0, ctx.engine.close)
    metrics = {e.model_id: e.metric for e in ctx.engine.embedders}
    ctx.faces = FaceService(
        ctx.vault, ctx.engine, load_galleries(ctx.vault.db.conn, metrics), settings
    )
    return {"models": ctx.engine.model_ids}


def _details(given: str) -> Any:
    from registrar.domain.model import PersonDetails

    return PersonDetails(given, "Selftest", birth_year=1990, nationality="XXA", languages=("eng",))


def _consents() -> list[Any]:
    from registrar.domain.model import Consent, ConsentPurpose

    return [
        Consent(ConsentPurpose.REGISTRATION, True, "eng"),
        Consent(ConsentPurpose.DUPLICATE_CHECK, True, "eng"),
    ]


def step_enrol(ctx: Context) -> Details:
    check = ctx.faces.check(sample("same-1.jpg"), source_kind="import")
    _check(not check.candidates, "an empty vault found a candidate")
    person, _cases = ctx.faces.register(_details("First"), _consents(), check)
    ctx.enrolled = person.id
    ctx.people.append(person.id)
    return {"templates": len(check.analysis.templates)}


def step_search(ctx: Context) -> Details:
    same = ctx.faces.search(sample("same-2.jpg"))
    _check(
        bool(same.candidates) and same.candidates[0].person_id == ctx.enrolled,
        "another photo of the enrolled person did not find them",
    )
    other = ctx.faces.search(sample("other.jpg"))
    _check(
        all(c.person_id != ctx.enrolled for c in other.candidates),
        "a photo of someone else matched the enrolled person",
    )
    return {"same_person_band": same.candidates[0].band.value, "other_person_hits": 0}


def step_dedup(ctx: Context) -> Details:
    from registrar.services.batch import dedup
    from registrar.services.people import PeopleService

    # The same person registered a second time without the desk's check, as an import or an
    # old record would be: the batch duplicate check must find the pair.
    analysis = ctx.faces.analyse(sample("same-2.jpg"), source_kind="import")
    second = PeopleService(ctx.vault).register(
        _details("Second"), _consents(), photos=[analysis.photo], templates=analysis.templates
    )
    ctx.faces.galleries.add(second.id, analysis.templates)
    ctx.people.append(second.id)
    result = dedup(ctx.faces)
    _check(result.cases_opened >= 1, "the duplicate check found no pair")
    return {"pairs": result.pairs, "cases_opened": result.cases_opened}


def step_sync(ctx: Context) -> Details:
    from registrar.storage.people import PeopleRepository
    from registrar.sync.packet import KeyPair, open_packet, seal, sha256_hex
    from registrar.sync.records import decode_record, encode_record

    people = PeopleRepository(ctx.vault.db.conn)
    items = [encode_record(people.record(pid)) for pid in ctx.people]
    station, hub = KeyPair.generate(), KeyPair.generate()
    manifest = {
        "kind": "batch",
        "station_id": "self-test",
        "batch_id": "self-test",
        "sequence": 1,
        "records": [{"sha256": sha256_hex(item), "size": len(item)} for item in items],
    }
    blob = seal(manifest, items, hub.public, station)
    opened = open_packet(blob, hub, station.public.sign)
    _check(list(opened.items) == items, "the opened batch differs from the sealed one")
    for item, entry in zip(opened.items, opened.manifest["records"], strict=True):
        _check(sha256_hex(item) == entry["sha256"], "a record does not match its hash")
        decode_record(item)
    tampered = bytearray(blob)
    tampered[-1] ^= 0x01
    try:
        open_packet(bytes(tampered), hub, station.public.sign)
    except KnownError:
        pass
    else:
        raise StepFailed("a tampered batch was accepted")
    return {"records": len(items), "batch_bytes": len(blob)}


def step_licences(_ctx: Context) -> Details:
    from registrar.licences import COMPONENTS, component_version, read_licence

    files = {f for c in COMPONENTS for f in c.files}
    for name in sorted(files):
        _check(bool(read_licence(name).strip()), f"the licence text {name} is empty")
    unknown = [c.name for c in COMPONENTS if c.distribution and not component_version(c)]
    _check(not unknown, f"no version for {', '.join(unknown)} (package metadata missing)")
    return {"components": len(COMPONENTS), "licence_files": len(files)}


CORE_STEPS: tuple[Step, ...] = (
    ("models", step_models),
    ("licences", step_licences),
    ("vault", step_vault),
    ("engine", step_engine),
    ("enrol", step_enrol),
    ("search", step_search),
    ("dedup", step_dedup),
    ("sync", step_sync),
)


# --- running ------------------------------------------------------------------------------


def _error_words(error: BaseException) -> str:
    if isinstance(error, KnownError):
        return f"{error.code.value}: {error}"
    if isinstance(error, StepFailed):
        return str(error)
    return f"{type(error).__name__}: {error}"


def run(steps: Sequence[Step] = CORE_STEPS, *, folder: Path | None = None) -> Details:
    """Run ``steps`` in order; the report (``ok`` False names ``failed_step``)."""
    started = time.perf_counter()
    report: Details = {
        "ok": True,
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "steps": [],
    }
    workdir = Path(tempfile.mkdtemp(prefix="registrar-self-test-", dir=folder))
    ctx = Context(workdir)
    try:
        for name, step in steps:
            if not report["ok"]:
                report["steps"].append({"step": name, "ok": None})  # not run
                continue
            begun = time.perf_counter()
            entry: Details = {"step": name}
            try:
                entry |= step(ctx)
                entry["ok"] = True
            except Exception as error:  # noqa: BLE001 (the report names any failure)
                entry["ok"] = False
                report |= {"ok": False, "failed_step": name, "error": _error_words(error)}
            entry["seconds"] = round(time.perf_counter() - begun, 3)
            report["steps"].append(entry)
    finally:
        for cleanup in ctx.cleanups:
            with contextlib.suppress(Exception):  # tidying up must not hide the result
                cleanup()
        shutil.rmtree(workdir, ignore_errors=True)
    report["seconds"] = round(time.perf_counter() - started, 3)
    return report
