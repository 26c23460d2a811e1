"""The command line as a support person uses it: real subprocesses, secrets in the environment.

Every command runs as ``python -m registrar.cli --data-dir ...`` with stdin closed, so nothing
can prompt. A failing command must print exactly one line on stderr, starting with
``registrar: error:``, exit with 1, and never show a traceback. Scenarios are grouped so
that each test creates one vault (``init --kdf 1,64,1`` keeps key derivation fast).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from registrar.storage.database import load_migrations
from registrar.storage.keyslots import new_recovery_key

SUPERVISOR, SUPERVISOR_PASSWORD = "amina", "correct horse battery"
OFFICER, OFFICER_PASSWORD = "omar", "officer password 1"
RECOVERY_KEY_RE = re.compile(
    r"^\s+([0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){7})\s*$", re.MULTILINE
)
REGISTERED_RE = re.compile(r"^Registered ([A-Z]{2,4}\d{2}-\d{6,}-[0-9A-Z]) \((\w+)\)\.$")


@dataclass(frozen=True)
class Result:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    @property
    def error(self) -> str:
        """The one error line, without its prefix."""
        return self.stderr.removeprefix("registrar: error:").strip()


class Cli:
    """Runs the command line on one data folder, as a given operator."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def run(
        self,
        *args: str,
        operator: str | None = SUPERVISOR,
        password: str | None = SUPERVISOR_PASSWORD,
        new_password: str | None = None,
        recovery_key: str | None = None,
        fails: bool = False,
    ) -> Result:
        env = {k: v for k, v in os.environ.items() if not k.startswith("REGISTRAR_")}
        for name, value in {
            "REGISTRAR_OPERATOR": operator,
            "REGISTRAR_PASSWORD": password,
            "REGISTRAR_NEW_PASSWORD": new_password,
            "REGISTRAR_RECOVERY_KEY": recovery_key,
        }.items():
            if value is not None:
                env[name] = value
        command = [sys.executable, "-m", "registrar.cli", "--data-dir", str(self.data_dir), *args]
        proc = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            env=env,
            timeout=60,
            text=True,
            encoding="utf-8",
        )
        result = Result(tuple(args), proc.returncode, proc.stdout, proc.stderr)
        shown = f"{args}: exit {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}"
        assert "Traceback" not in proc.stdout + proc.stderr, shown
        if fails:
            assert proc.returncode == 1, shown
            lines = proc.stderr.splitlines()
            assert len(lines) == 1, shown
            assert lines[0].startswith("registrar: error: "), shown
        else:
            assert proc.returncode == 0, shown
            assert proc.stderr == "", shown
        return result

    def fail(self, *args: str, **kwargs: str | None) -> Result:
        return self.run(*args, fails=True, **kwargs)  # type: ignore[arg-type]

    def init(self) -> str:
        """Create the vault with supervisor amina; returns the recovery key it printed."""
        result = self.run(
            "init",
            "--site",
            "KAK",
            "--station",
            "1",
            "--supervisor",
            SUPERVISOR,
            "--kdf",
            "1,64,1",
            operator=None,
        )
        keys = RECOVERY_KEY_RE.findall(result.stdout)
        assert len(keys) == 1, result.stdout
        assert len(keys[0].split("-")) == 8
        return str(keys[0])

    def add_person(self, *args: str, **kwargs: str | None) -> tuple[str, str]:
        """``person add``; returns the registration id and the state it printed."""
        result = self.run("person", "add", *args, **kwargs)  # type: ignore[arg-type]
        match = REGISTERED_RE.match(result.stdout.strip())
        assert match, result.stdout
        return match.group(1), match.group(2)

    def search(self, text: str) -> list[dict[str, str]]:
        result = self.run("person", "list", "--search", text, "--json")
        return [json.loads(line) for line in result.stdout.splitlines()]

    def show(self, registration_id: str, **kwargs: str | None) -> dict[str, object]:
        result = self.run("person", "show", registration_id, "--json", **kwargs)  # type: ignore[arg-type]
        data = json.loads(result.stdout)
        assert isinstance(data, dict)
        return data


def typo(registration_id: str) -> str:
    """The id with one digit of its sequence mistyped (the check character stays)."""
    site, sequence, check = registration_id.split("-")
    wrong = "7" if sequence[-1] != "7" else "3"
    return f"{site}-{sequence[:-1]}{wrong}-{check}"


def export(cli: Cli, path: Path, purpose: str) -> list[dict[str, object]]:
    result = cli.run("export", "--purpose", purpose, "--output", str(path))
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert f"Exported {len(records)} people who consented to {purpose}" in result.stdout
    assert path.stat().st_mode & 0o077 == 0  # personal data: owner-only
    return records


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "vault")


def test_people_operators_export_and_checks(cli: Cli, tmp_path: Path) -> None:
    recovery_key = cli.init()
    slots_before = (cli.data_dir / "keyslots").read_bytes()

    again = cli.fail(
        "init",
        "--site",
        "KAK",
        "--station",
        "1",
        "--supervisor",
        "zaid",
        "--kdf",
        "1,64,1",
        operator=None,
    )
    assert "already holds a vault" in again.error
    assert (cli.data_dir / "keyslots").read_bytes() == slots_before
    assert recovery_key not in again.stdout + again.stderr

    # People: names in Arabic script with a document, an accented Latin name, a draft.
    arabic_id, state = cli.add_person(
        "--given",
        "مَرْيَم",
        "--family",
        "الحداد",
        "--sex",
        "female",
        "--birth-year",
        "1988",
        "--nationality",
        "syr",
        "--language",
        "ara",
        "--consent",
        "registration",
        "--consent-language",
        "ara",
        "--document",
        "passport:N 0123456:SYR:2030-01-31",
    )
    assert state == "complete"
    jose_id, _ = cli.add_person(
        "--given",
        "José",
        "--family",
        "Álvarez",
        "--consent",
        "registration",
        "--consent",
        "duplicate_check",
    )
    draft_id, state = cli.add_person("--given", "Layla", "--family", "Nasser", "--draft")
    assert state == "draft"
    refused = cli.fail("person", "add", "--given", "Karim", "--family", "Saleh")
    assert "consent" in refused.error
    assert len({arabic_id, jose_id, draft_id}) == 3

    # Search ignores case and accents, and Arabic vowel marks.
    assert [r["registration_id"] for r in cli.search("jose alvarez")] == [jose_id]
    found = cli.search("مريم")
    assert [(r["registration_id"], r["given_name"], r["family_name"]) for r in found] == [
        (arabic_id, "مَرْيَم", "الحداد")
    ]

    shown = cli.show(arabic_id.lower())  # ids are accepted as typed, in any case
    assert shown["registration_id"] == arabic_id
    assert (shown["given_name"], shown["family_name"]) == ("مَرْيَم", "الحداد")
    assert shown["nationality"] == "SYR" and shown["birth_year"] == 1988
    documents = shown["documents"]
    assert isinstance(documents, list) and len(documents) == 1
    assert documents[0]["number"] == "N 0123456" and documents[0]["expiry"] == "2030-01-31"
    assert [c["purpose"] for c in shown["consents"]] == ["registration"]  # type: ignore[union-attr]
    mistyped = cli.fail("person", "show", typo(arabic_id))
    assert "typo" in mistyped.error

    # Operators: an officer may register but not erase or export.
    added = cli.run("operator", "add", OFFICER, "--role", "officer", new_password=OFFICER_PASSWORD)
    assert f"Operator {OFFICER} added as officer." in added.stdout
    listing = cli.run("operator", "list").stdout.splitlines()
    assert [line.split()[:3] for line in listing] == [
        [SUPERVISOR, "supervisor", "active"],
        [OFFICER, "officer", "active"],
    ]
    as_officer = {"operator": OFFICER, "password": OFFICER_PASSWORD}
    officer_id, _ = cli.add_person("--given", "Samir", "--consent", "registration", **as_officer)
    erase = cli.fail(
        "person", "erase", officer_id, "--yes", "--reason", "person_request", **as_officer
    )
    assert "supervisor" in erase.error
    refused = cli.fail(
        "export",
        "--purpose",
        "registration",
        "--output",
        str(tmp_path / "officer.jsonl"),
        **as_officer,
    )
    assert "supervisor" in refused.error
    assert not (tmp_path / "officer.jsonl").exists()

    # Exports hold only those who consented to the purpose.
    registration = export(cli, tmp_path / "registration.jsonl", "registration")
    assert sorted(r["registration_id"] for r in registration) == sorted(  # type: ignore[type-var]
        [arabic_id, jose_id, officer_id]
    )
    by_id = {r["registration_id"]: r for r in registration}
    assert by_id[arabic_id]["details"]["given_name"] == "مَرْيَم"  # type: ignore[index]
    duplicate_check = export(cli, tmp_path / "duplicate_check.jsonl", "duplicate_check")
    assert [r["registration_id"] for r in duplicate_check] == [jose_id]

    # Erasure: needs --yes when nothing can be asked; then the person is gone for good.
    unconfirmed = cli.fail("person", "erase", arabic_id, "--reason", "person_request")
    assert "--yes" in unconfirmed.error
    erased = cli.run("person", "erase", arabic_id, "--yes", "--reason", "person_request")
    assert f"Erased {arabic_id}" in erased.stdout
    gone = cli.fail("person", "show", arabic_id)
    assert "no person" in gone.error and "typo" not in gone.error
    assert cli.search("مريم") == []

    # Passwords: the officer changes their own; the old one stops working.
    cli.run(
        "operator",
        "passwd",
        OFFICER,
        operator=OFFICER,
        password=OFFICER_PASSWORD,
        new_password="officer password 2",
    )
    wrong = cli.fail("person", "list", **as_officer)
    assert "password is wrong" in wrong.error
    cli.run("person", "list", operator=OFFICER, password="officer password 2")

    # Removal: the removed officer cannot unlock; the list still shows them, as removed.
    removed = cli.run("operator", "remove", OFFICER)
    assert f"Operator {OFFICER} removed" in removed.stdout
    cli.fail("person", "list", operator=OFFICER, password="officer password 2")
    listing = cli.run("operator", "list").stdout.splitlines()
    assert [line.split()[:3] for line in listing] == [
        [SUPERVISOR, "supervisor", "active"],
        [OFFICER, "officer", "removed"],
    ]

    # Checks.
    verified = cli.run("audit", "verify")
    assert verified.stdout.startswith("Audit chain intact:")
    checked = cli.run("vault", "check")
    assert checked.stdout.startswith(f"Vault OK: schema {len(load_migrations())}, 3 people,")

    # Nothing given where nothing can be asked: clear errors, no prompt.
    no_password = cli.fail("person", "list", password=None)
    assert "REGISTRAR_PASSWORD" in no_password.error
    no_operator = cli.fail("person", "list", operator=None)
    assert "--operator" in no_operator.error
    no_new_password = cli.fail("operator", "passwd", SUPERVISOR)
    assert "REGISTRAR_NEW_PASSWORD" in no_new_password.error
    nowhere = Cli(tmp_path / "no-vault").fail("person", "list")
    assert "no vault" in nowhere.error


def test_key_slot_damage_and_recovery(cli: Cli, tmp_path: Path) -> None:
    recovery_key = cli.init()
    slots = cli.data_dir / "keyslots"
    backup = cli.data_dir / "keyslots.bak"
    cli.run("operator", "add", OFFICER, new_password=OFFICER_PASSWORD)
    cli.run("operator", "add", "sara", new_password="sara password 1")
    person_id, _ = cli.add_person("--given", "Hassan", "--consent", "registration")
    # keyslots holds amina, omar and sara; keyslots.bak the version before sara.

    # A damaged slot file: the error names the damage and both ways out.
    slots.write_bytes(slots.read_bytes()[:-40] + b"garbage")
    damaged = cli.fail("person", "list")
    assert "keyslots is damaged" in damaged.error
    assert "vault restore-slots" in damaged.error and "vault recover" in damaged.error
    restored = cli.run("vault", "restore-slots", operator=None, password=None)
    assert "restored from its backup (2 slots)" in restored.stdout
    assert list(cli.data_dir.glob("keyslots.damaged-*"))
    assert cli.show(person_id)["given_name"] == "Hassan"
    cli.run("person", "list", operator=OFFICER, password=OFFICER_PASSWORD)
    # sara was added after the backup was taken: her slot is not in it.
    cli.fail("person", "list", operator="sara", password="sara password 1")

    # A restored backup must not bring back an operator removed since.
    cli.run("operator", "remove", OFFICER)
    # The slot file is intact now: restoring the older backup needs --force.
    intact = cli.fail("vault", "restore-slots", operator=None, password=None)
    assert "intact" in intact.error and "--force" in intact.error
    cli.run("vault", "restore-slots", "--force", operator=None, password=None)
    comeback = cli.fail("person", "list", operator=OFFICER, password=OFFICER_PASSWORD)
    assert "removed" in comeback.error
    # A damaged backup is refused rather than put in place.
    backup.write_bytes(b"not a key slot file\n")
    bad_backup = cli.fail("vault", "restore-slots", "--force", operator=None, password=None)
    assert "keyslots.bak is damaged" in bad_backup.error

    # The recovery key sets a new password (typed in lower case with spaces is fine).
    wrong_key = cli.fail(
        "vault",
        "recover",
        SUPERVISOR,
        operator=None,
        password=None,
        recovery_key=new_recovery_key(),  # well formed, but another vault's
        new_password="a new password 1",
    )
    assert "not the vault's recovery key" in wrong_key.error
    typed = recovery_key.lower().replace("-", " ")
    recovered = cli.run(
        "vault",
        "recover",
        SUPERVISOR,
        operator=None,
        password=None,
        recovery_key=typed,
        new_password="a new password 1",
    )
    assert f"New password set for {SUPERVISOR}" in recovered.stdout
    cli.fail("person", "list")  # the old password
    cli.run("person", "list", password="a new password 1")

    # A deleted slot file: the error says so and points to the recovery key, which rebuilds it.
    slots.unlink()
    missing = cli.fail("person", "list", password="a new password 1")
    assert "missing" in missing.error and "vault recover" in missing.error
    cli.run(
        "vault",
        "recover",
        SUPERVISOR,
        operator=None,
        password=None,
        recovery_key=recovery_key,
        new_password="a third password",
    )
    assert slots.exists()
    assert cli.show(person_id, password="a third password")["given_name"] == "Hassan"
    checked = cli.run("vault", "check", password="a third password")
    assert checked.stdout.startswith(f"Vault OK: schema {len(load_migrations())}, 1 people,")
