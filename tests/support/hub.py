"""A real hub for tests: `registrar hub serve` in a subprocess on 127.0.0.1, and stations."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from types import TracebackType

import httpx

from registrar.domain.model import Consent, ConsentPurpose, FacePhoto, FaceTemplate, PersonDetails
from registrar.hub.service import Hub, init_hub
from registrar.services.people import PeopleService
from registrar.storage.keyslots import MIN_MEMORY_KIB, KdfParams
from registrar.storage.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
FAST_KDF = KdfParams(time_cost=1, memory_kib=MIN_MEMORY_KIB, parallelism=1)


class HubProcess:
    """`registrar hub serve --port 0` in its own process group; kill and start it at will."""

    def __init__(self, hub_dir: Path, *extra_args: str, scheme: str = "http") -> None:
        self.hub_dir = hub_dir
        self.extra_args = extra_args  # e.g. --cert FILE --key FILE
        self.scheme = scheme
        self.port_file = hub_dir / "port"
        self.log_path = hub_dir / "serve.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.port: int | None = None

    @property
    def url(self) -> str:
        assert self.port is not None, "the hub was never started"
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> HubProcess:
        self.port_file.unlink(missing_ok=True)
        # The same port again after a restart, so stations keep their address.
        port = str(self.port or 0)
        command = [
            sys.executable,
            "-m",
            "registrar.cli",
            "hub",
            "serve",
            "--hub",
            str(self.hub_dir),
            "--port",
            port,
            "--port-file",
            str(self.port_file),
            *self.extra_args,
        ]
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"the hub exited ({self.process.returncode}):\n{self.log_path.read_text()}"
                )
            if self.port_file.exists() and self.port_file.read_text().strip():
                self.port = int(self.port_file.read_text())
                try:
                    # verify=False: a test's own self-signed certificate; this only waits.
                    health = httpx.get(f"{self.url}/v1/health", timeout=2, verify=False)
                    if health.status_code == 200:
                        return self
                except httpx.HTTPError:
                    pass
            time.sleep(0.05)
        raise RuntimeError(f"the hub did not start in {timeout} s:\n{self.log_path.read_text()}")

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, as when the machine loses power."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.process = None

    def __enter__(self) -> HubProcess:
        return self.start()

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def make_hub(root: Path, database_url: str | None) -> Path:
    """A new hub folder (keys, configuration, schema); closed again."""
    init_hub(root, database_url=database_url, name="Regional hub").close()
    return root


def token(hub_dir: Path) -> str:
    with Hub.open(hub_dir, load_gallery=False) as hub:
        return hub.issue_token("test")


def make_station(root: Path, site: str, number: int, clock: object | None = None) -> Vault:
    vault, _recovery = Vault.create(
        root,
        site_code=site,
        station=number,
        supervisor="amina",
        password="correct horse battery",
        kdf=FAST_KDF,
        clock=clock,  # type: ignore[arg-type]
    )
    return vault


def consents() -> list[Consent]:
    return [
        Consent(ConsentPurpose.REGISTRATION, True, "ara"),
        Consent(ConsentPurpose.DUPLICATE_CHECK, True, "ara"),
    ]


def register(
    vault: Vault,
    given: str,
    family: str = "Haddad",
    *,
    photo: FacePhoto | None = None,
    templates: tuple[FaceTemplate, ...] = (),
    duplicate_check: bool = True,
) -> str:
    details = PersonDetails(given, family, birth_year=1990, nationality="SYR", languages=("ara",))
    chosen = consents() if duplicate_check else consents()[:1]
    if photo is not None:  # the same picture may be registered many times: fresh ids
        photo = dataclasses.replace(photo, id=str(uuid.uuid4()))
        templates = tuple(dataclasses.replace(t, photo_id=photo.id) for t in templates)
    person = PeopleService(vault).register(
        details,
        chosen,
        photos=(photo,) if photo else (),
        templates=templates if photo else (),
    )
    return person.id
