"""A writer for the crash tests: registers people in a loop until it is killed.

Usage: python crash_writer.py DATA_DIR OPERATOR SEED [PHOTO WIDTH HEIGHT], with the password in
REGISTRAR_PASSWORD. PHOTO is a JPEG without metadata (default: a test face, 512x640); a small
one keeps the vault small when thousands of people are written.

It unlocks the vault the way the application does, prints ``READY``, then registers people
one transaction at a time, each with a face photo and one or two documents with pages, and
after every commit has returned prints ``COMMITTED <person id> <registration id>`` and flushes.
A line is printed only after the commit, so every reported id must survive any kill.

On a known error (a damaged WAL, a lockout, a wrong password...) it prints
``ERROR <code> <message>`` on stderr and exits with status 3: after a kill that is a finding.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

EXIT_KNOWN_ERROR = 3
PHOTO = Path(__file__).resolve().parent.parent / "data" / "faces" / "people" / "obama" / "1.jpg"
PHOTO_WIDTH, PHOTO_HEIGHT = 512, 640  # of PHOTO


def main(argv: list[str]) -> int:
    from registrar.domain.model import (
        Consent,
        ConsentPurpose,
        Document,
        DocumentPage,
        FacePhoto,
        PersonDetails,
        Sex,
    )
    from registrar.errors import KnownError
    from registrar.services.people import PeopleService
    from registrar.storage.vault import Vault

    data_dir, operator, seed = Path(argv[1]), argv[2], int(argv[3])
    photo, width, height = PHOTO, PHOTO_WIDTH, PHOTO_HEIGHT
    if len(argv) > 4:
        photo, width, height = Path(argv[4]), int(argv[5]), int(argv[6])
    rng = random.Random(seed)
    jpeg = photo.read_bytes()
    try:
        vault = Vault.unlock(data_dir, operator, os.environ["REGISTRAR_PASSWORD"])
    except KnownError as exc:
        print(f"ERROR {exc.code.value} {exc.message}", file=sys.stderr, flush=True)
        return EXIT_KNOWN_ERROR
    print("READY", flush=True)

    service = PeopleService(vault)
    counter = 0
    while True:
        counter += 1
        tag = f"{seed}-{counter}"
        # Vary the transaction's size so that kills land in different places of a commit.
        photos = [
            FacePhoto(jpeg=jpeg, width=width, height=height)
            for _ in range(2 if rng.random() < 0.2 else 1)
        ]
        documents = [
            Document(
                doc_type="passport" if d == 0 else "national_id",
                number=f"P{tag}-{d}",
                issuing_country="SYR",
                pages=tuple(DocumentPage(jpeg) for _ in range(rng.choice((1, 1, 2)))),
            )
            for d in range(2 if rng.random() < 0.3 else 1)
        ]
        details = PersonDetails(
            given_name=f"Writer {tag}",
            family_name="Haddad",
            sex=rng.choice((Sex.FEMALE, Sex.MALE)),
            birth_year=rng.randint(1950, 2020),
            nationality="SYR",
            languages=("ara",),
        )
        person = service.register(
            details,
            [Consent(ConsentPurpose.REGISTRATION, True, "ara")],
            photos=photos,
            documents=documents,
        )
        sys.stdout.write(f"COMMITTED {person.id} {person.registration_id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
