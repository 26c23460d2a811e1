"""The vault bench/ui.py unlocks: bench/vault.py's people, and real faces a duplicate check finds.

``build_large`` (bench/vault.py) gives each person a name, a 60 KB photo and a template per
model under the real model ids, behind a key derivation calibrated for this machine, as a
real vault has. (bench/face_enrol.py's gallery vault has no photos and one name for all, so
the People page and the candidate cards would have nothing to show.) A few real people are
then registered through the face service, so that the bench's probe photo (obama/1.jpg,
left out here) meets its own earlier registrations and the candidate cards are drawn.
The vault is built once per size and kept in the cache folder.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from vault import PASSWORD, SUPERVISOR, build_large  # type: ignore[import-not-found]

from registrar.domain import Consent, ConsentPurpose, PersonDetails, Sex

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = ROOT / "tests/data/faces/people"
PROBE = PEOPLE / "obama" / "1.jpg"
OPERATOR = SUPERVISOR
__all__ = ["OPERATOR", "PASSWORD", "PROBE", "ui_vault"]

NAMES = {
    "alex_lacamoire": ("Alex", "Lacamoire", Sex.MALE, 1975),
    "biden": ("Joe", "Biden", Sex.MALE, 1942),
    "kit_harington": ("Kit", "Harington", Sex.MALE, 1986),
    "lin_manuel_miranda": ("Lin-Manuel", "Miranda", Sex.MALE, 1980),
    "obama": ("Barack", "Obama", Sex.MALE, 1961),
    "rose_leslie": ("Rose", "Leslie", Sex.FEMALE, 1987),
}
CONSENT = [
    Consent(ConsentPurpose.REGISTRATION, True, "eng"),
    Consent(ConsentPurpose.DUPLICATE_CHECK, True, "eng"),
]


def _register_real_faces(folder: Path) -> int:
    """Each photo in tests/data/faces/people but the probe, as a registration of its own."""
    from registrar.biometrics.engine import FaceEngine
    from registrar.biometrics.gallery import Galleries
    from registrar.services.faces import FaceService
    from registrar.storage.vault import Vault

    vault = Vault.unlock(folder, SUPERVISOR, PASSWORD)
    try:
        engine = FaceEngine()
        # An empty gallery: these are stored as new people, with no cases between them.
        faces = FaceService(
            vault, engine, Galleries({e.model_id: e.metric for e in engine.embedders})
        )
        count = 0
        for photo in sorted(PEOPLE.glob("*/*")):
            if photo == PROBE:
                continue
            given, family, sex, year = NAMES[photo.parent.name]
            details = PersonDetails(given, family, sex=sex, birth_year=year, languages=("eng",))
            faces.register(details, CONSENT, faces.check(photo, source_kind="file"))
            count += 1
    finally:
        vault.close()
    return count


def ui_vault(cache_dir: Path, people: int) -> Path:
    """The folder of a vault with ``people`` generated people and the real faces (cached)."""
    folder = cache_dir / f"ui-vault-{people}"
    marker = folder / f".complete-{people}"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    print(f"building a {people}-person vault in {folder} (once)", file=sys.stderr)
    start = time.perf_counter()
    build_large(folder, people)
    real = _register_real_faces(folder)
    marker.write_text(f"{people} + {real} real faces, {time.perf_counter() - start:.0f} s\n")
    return folder
