"""Shared fixtures: fast (never below 64 MiB) key derivation, vaults in tmp_path, a fake clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from fakes.clock import FakeClock

from registrar.domain import Consent, ConsentPurpose, PersonDetails, Sex
from registrar.storage.keyslots import MIN_MEMORY_KIB, KdfParams
from registrar.storage.vault import Vault

if TYPE_CHECKING:
    from registrar.biometrics.engine import FaceEngine
    from registrar.services.faces import FaceService

# Without a display Qt aborts the whole run; tests never need a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SUPERVISOR = "amina"
SUPERVISOR_PASSWORD = "correct horse battery"
OFFICER = "omar"
OFFICER_PASSWORD = "officer password 1"
DATA = Path(__file__).parent / "data"


@pytest.fixture
def fast_kdf() -> KdfParams:
    # The smallest parameters the vault accepts: one pass over 64 MiB (~0.1 s).
    return KdfParams(time_cost=1, memory_kib=MIN_MEMORY_KIB, parallelism=1)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created_vault(
    vault_dir: Path, fast_kdf: KdfParams, clock: FakeClock
) -> Iterator[tuple[Vault, str]]:
    """A new vault (supervisor amina, officer omar) unlocked by amina, and its recovery key."""
    vault, recovery_key = Vault.create(
        vault_dir,
        site_code="KAK",
        station=1,
        supervisor=SUPERVISOR,
        password=SUPERVISOR_PASSWORD,
        kdf=fast_kdf,
        clock=clock,
    )
    from registrar.domain import Role

    vault.add_operator(OFFICER, Role.OFFICER, OFFICER_PASSWORD)
    yield vault, recovery_key
    vault.close()


@pytest.fixture
def vault(created_vault: tuple[Vault, str]) -> Vault:
    return created_vault[0]


def make_details(given: str = "Mariam", family: str = "Haddad", **kwargs: object) -> PersonDetails:
    fields: dict[str, object] = {
        "sex": Sex.FEMALE,
        "birth_year": 1988,
        "nationality": "SYR",
        "languages": ("ara",),
    }
    fields.update(kwargs)
    return PersonDetails(given, family, **fields)  # type: ignore[arg-type]


def registration_consent(*extra: ConsentPurpose) -> list[Consent]:
    return [
        Consent(ConsentPurpose.REGISTRATION, True, "ara"),
        *(Consent(p, True, "ara") for p in extra),
    ]


@pytest.fixture(scope="session")
def engine() -> FaceEngine:
    """The real face engine (YuNet, SFace, dlib), loaded once per test session."""
    from registrar.biometrics.engine import FaceEngine

    return FaceEngine()


@pytest.fixture
def faces(vault: Vault, engine: FaceEngine) -> FaceService:
    from registrar.services.faces import FaceService, load_galleries

    metrics = {e.model_id: e.metric for e in engine.embedders}
    return FaceService(vault, engine, load_galleries(vault.db.conn, metrics))


# --- PostgreSQL for the hub's tests (tests/support/postgres.py) ---

if TYPE_CHECKING:
    from support.hub import HubProcess
    from support.postgres import PostgresServer


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server on 127.0.0.1 for the session; fails if not installed."""
    from support.postgres import PostgresServer

    with PostgresServer() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """The SQLAlchemy URL of a new, empty database for this test alone."""
    import re
    import uuid

    # The test's name helps when reading the server log; the uuid tells apart equal names.
    label = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower()).strip("_")[:40]
    name = f"t_{uuid.uuid4().hex[:12]}_{label}".rstrip("_")
    yield postgres_server.create_database(name)
    # Each database costs ~7 MB on disk; a long session would otherwise fill /tmp.
    postgres_server.drop_database(name)


# --- the hub's tests: a hub folder on each database the hub supports, served ---


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_dir(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A new hub (keys, configuration, schema) on SQLite, then on a fresh PostgreSQL database."""
    from support.hub import make_hub

    url = None if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    return make_hub(tmp_path / "hub", url)


@pytest.fixture
def hub(hub_dir: Path) -> Iterator[HubProcess]:
    """That hub served by `registrar hub serve` in a subprocess on 127.0.0.1."""
    from support.hub import HubProcess

    with HubProcess(hub_dir) as process:
        yield process
