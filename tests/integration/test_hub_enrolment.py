"""Enrolling stations at a real hub: one-time tokens, impostor hubs, TLS, and the command
line of both sides (`registrar hub ...`, `registrar sync ...`) end to end."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from integration.test_cli import Cli
from support.hub import HubProcess, make_hub, make_station, register, token

from registrar.domain.model import Role
from registrar.errors import ErrorCode, KnownError
from registrar.hub.service import Hub
from registrar.services.sync import SyncService
from registrar.storage.sync import SyncRepository
from registrar.sync.transport import HttpTransport


def _refused(call: object, code: ErrorCode) -> KnownError:
    with pytest.raises(KnownError) as caught:
        call()  # type: ignore[operator]
    assert caught.value.code is code, caught.value.message
    return caught.value


def test_tokens_are_one_time_stations_unique_and_an_impostor_hub_is_caught(
    tmp_path: Path, hub: HubProcess
) -> None:
    kak = make_station(tmp_path / "kak", "KAK", 1)
    service = SyncService(kak)
    _refused(lambda: service.enrol(hub.url, "hello"), ErrorCode.TOKEN_INVALID)
    good = token(hub.hub_dir)
    secret = good.split("-")[1]
    _refused(
        lambda: service.enrol(hub.url, f"RGT1-{'A' * len(secret)}-{good.split('-')[2]}"),
        ErrorCode.TOKEN_INVALID,
    )
    # The token names the hub's key fingerprint: keys that differ mean another hub.
    impostor = f"RGT1-{secret}-0000000000000000"
    _refused(lambda: service.enrol(hub.url, impostor), ErrorCode.SIGNATURE_INVALID)
    assert not service.status().enrolled
    # The real token still works for this station (same keys: the hub answers again).
    station_id = service.enrol(hub.url, good)
    assert service.status().enrolled and service.station_id() == station_id
    _refused(lambda: service.enrol(hub.url, token(hub.hub_dir)), ErrorCode.ALREADY_ENROLLED)
    # Another station may not reuse the token, nor take KAK01's registration-id prefix.
    other = make_station(tmp_path / "other", "DAB", 2)
    _refused(lambda: SyncService(other).enrol(hub.url, good), ErrorCode.TOKEN_INVALID)
    twin = make_station(tmp_path / "twin", "KAK", 1)
    _refused(lambda: SyncService(twin).enrol(hub.url, token(hub.hub_dir)), ErrorCode.STATION_EXISTS)
    # An expired token.
    with Hub.open(hub.hub_dir, load_gallery=False) as h:
        old = h.issue_token("old", days=-1)
    _refused(lambda: SyncService(other).enrol(hub.url, old), ErrorCode.TOKEN_INVALID)
    # Officers cannot enrol a station.
    other.add_operator("omar", Role.OFFICER, "officer password 1")
    officer_view = SyncService(other)
    other.session = type(other.session)("omar", Role.OFFICER)
    _refused(lambda: officer_view.enrol(hub.url, token(hub.hub_dir)), ErrorCode.NOT_PERMITTED)
    with Hub.open(hub.hub_dir, load_gallery=False) as h:
        assert [s.site_code for s in h.store.stations()] == ["KAK"]
    for vault in (kak, other, twin):
        vault.close()


def test_an_unreachable_hub_and_a_wrong_address_are_errors_in_words(tmp_path: Path) -> None:
    station = make_station(tmp_path / "kak", "KAK", 1)
    service = SyncService(station)
    _refused(
        lambda: service.enrol("http://127.0.0.1:9", "RGT1-AAAA-0000000000000000"),
        ErrorCode.HUB_UNREACHABLE,
    )
    _refused(lambda: service.enrol("ftp://hub", "RGT1-AAAA-00"), ErrorCode.INVALID_FIELD)
    _refused(service.sync_now, ErrorCode.NOT_ENROLLED)
    station.close()


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "registrar test hub")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "hub.pem", folder / "hub.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_the_hub_serves_tls_when_given_a_certificate(tmp_path: Path) -> None:
    hub_dir = make_hub(tmp_path / "hub", None)
    cert, key = _self_signed(tmp_path)
    with HubProcess(hub_dir, "--cert", str(cert), "--key", str(key), scheme="https") as hub:
        station = make_station(tmp_path / "kak", "KAK", 1)
        register(station, "Amal")
        pinned = SyncService(station, lambda url: HttpTransport(url, ca_file=cert))
        # Without the hub's certificate the station does not trust the link.
        _refused(
            lambda: SyncService(station).enrol(hub.url, token(hub_dir)), ErrorCode.HUB_UNREACHABLE
        )
        pinned.enrol(hub.url, token(hub_dir))
        assert pinned.sync_now().records == {"accepted": 1}
        station.close()


def test_both_command_lines_from_hub_init_to_a_usb_round_trip(tmp_path: Path) -> None:
    hub_dir = tmp_path / "hub"
    hub_cli = Cli(tmp_path / "unused")
    created = hub_cli.run("hub", "init", "--hub", str(hub_dir), "--name", "North", operator=None)
    assert "fingerprint" in created.stdout
    assert (hub_dir / "keys.json").stat().st_mode & 0o077 == 0  # the hub's private keys
    again = hub_cli.fail("hub", "init", "--hub", str(hub_dir), operator=None)
    assert "already" in again.error
    first = hub_cli.run("hub", "token", "--hub", str(hub_dir), "--note", "KAK 1", operator=None)
    station = Cli(tmp_path / "station")
    station.init()
    station.run(
        "person", "add", "--given", "Mariam", "--family", "Haddad", "--sex", "female",
        "--birth-year", "1988", "--consent", "registration", "--consent-language", "ara",
    )  # fmt: skip
    with HubProcess(hub_dir) as hub:
        station.fail("sync", "now")  # not enrolled: one line in words
        station.run("sync", "enrol", hub.url, first.stdout.strip())
        moved = station.run("sync", "set-address", hub.url.replace("127.0.0.1", "localhost"))
        assert "The hub answered" in moved.stdout
        sent = station.run("sync", "now")
        assert '"accepted": 1' in sent.stdout
        status = json.loads(station.run("sync", "status").stdout)
        assert status["enrolled"] and status["unsynced"] == 0
        assert status["batches"][0]["counts"] == {"accepted": 1}
    # The link is down: the next record goes by USB.
    station.run(
        "person", "add", "--given", "Omar", "--family", "Haddad", "--sex", "male",
        "--birth-year", "1990", "--consent", "registration", "--consent-language", "ara",
    )  # fmt: skip
    usb = tmp_path / "usb"
    usb.mkdir()
    assert "1 batch file" in station.run("sync", "export", str(usb)).stdout
    applied = hub_cli.run("hub", "import", "--hub", str(hub_dir), str(usb), operator=None)
    assert "applied" in applied.stdout
    imported = station.run("sync", "import-receipts", str(usb))
    assert imported.stdout.startswith("receipts 1")
    hub_status = json.loads(
        hub_cli.run("hub", "status", "--hub", str(hub_dir), "--json", operator=None).stdout
    )
    assert hub_status["records"] == 2 and hub_status["stations"] == 1
    assert json.loads(station.run("sync", "status").stdout)["unsynced"] == 0
    # A damaged batch file is refused with its reason, and nothing else changes.
    (usb / "00000099-bad.rgb").write_bytes(b"RGPACK1\nnot a packet")
    refused = hub_cli.fail("hub", "import", "--hub", str(hub_dir), str(usb), operator=None)
    assert "00000099-bad.rgb: refused (sync.packet_invalid" in refused.stdout
    assert "1 batch file(s) refused" in refused.error
    hub_status = json.loads(
        hub_cli.run("hub", "status", "--hub", str(hub_dir), "--json", operator=None).stdout
    )
    assert hub_status["records"] == 2


def test_sync_state_is_only_in_the_encrypted_vault(tmp_path: Path, hub: HubProcess) -> None:
    station = make_station(tmp_path / "kak", "KAK", 1)
    SyncService(station).enrol(hub.url, token(hub.hub_dir))
    keys = SyncRepository(station.db.conn).get("sync.station_keys")
    assert keys is not None
    secret = json.loads(keys)["sign"].encode()
    station.close()
    for path in (tmp_path / "kak").rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes(), path


def test_a_hub_that_moved_is_followed_to_its_new_address_and_another_hub_is_refused(
    tmp_path: Path, hub: HubProcess
) -> None:
    station = make_station(tmp_path / "kak", "KAK", 1)
    service = SyncService(station)
    _refused(lambda: service.set_hub_url(hub.url), ErrorCode.NOT_ENROLLED)
    service.enrol(hub.url, token(hub.hub_dir))
    person = register(station, "Mariam")
    # The link goes down while the hub moves: the new address is kept all the same.
    down = "http://127.0.0.1:9"
    assert service.set_hub_url(down + "/") is False
    assert service.hub_url() == down
    report = service.sync_now()
    assert report.failures and report.failures[0][1] == ErrorCode.HUB_UNREACHABLE.value
    (waiting,) = SyncRepository(station.db.conn).waiting()
    assert waiting.next_attempt_at is not None  # backing off from the dead address
    # Another hub answers at an address: not this station's hub, so the address stays.
    with HubProcess(make_hub(tmp_path / "other", None)) as other:
        error = _refused(lambda: service.set_hub_url(other.url), ErrorCode.SIGNATURE_INVALID)
        assert "other keys" in error.message
    assert service.hub_url() == down
    _refused(lambda: service.set_hub_url("hub.example:8443"), ErrorCode.INVALID_FIELD)
    assert service.hub_url() == down
    # Officers may not move the hub.
    station.add_operator("omar", Role.OFFICER, "officer password 1")
    supervisor = station.session
    station.session = type(supervisor)("omar", Role.OFFICER)
    _refused(lambda: service.set_hub_url(hub.url), ErrorCode.NOT_PERMITTED)
    station.session = supervisor
    # The hub itself, at its address: saved, and the waiting batch goes at the next
    # background sync instead of after its back-off.
    assert service.set_hub_url(hub.url) is True
    (waiting,) = SyncRepository(station.db.conn).waiting()
    assert waiting.next_attempt_at is None and waiting.last_error is not None
    report = service.sync_now(respect_backoff=True)
    assert report.ok and report.records == {"accepted": 1}
    state = station.db.conn.execute("SELECT state FROM people WHERE id = ?", (person,))
    assert state.fetchone()[0] == "synced"
    moves = station.db.conn.execute(
        "SELECT operator FROM audit_log WHERE action = 'sync.hub_moved'"
    ).fetchall()
    assert moves == [("amina",), ("amina",)]  # the refused changes left no entry
    station.close()


def test_a_hub_made_before_erasures_gains_their_table_when_opened(tmp_path: Path) -> None:
    import sqlalchemy as sa

    from registrar.hub.store import SCHEMA_VERSION

    hub_dir = make_hub(tmp_path / "hub", None)
    with Hub.open(hub_dir, load_gallery=False) as h:
        with h.store.begin() as conn:
            conn.execute(sa.text("DROP TABLE erasures"))
            conn.execute(sa.text("UPDATE hub_meta SET value = '1' WHERE key = 'schema_version'"))
            # Schema 1 numbered events by plain rowid (numbers of deleted last rows came back).
            conn.execute(sa.text("DROP TABLE events"))
            conn.execute(
                sa.text(
                    "CREATE TABLE events (seq INTEGER PRIMARY KEY, station_id VARCHAR(64) NOT"
                    " NULL, kind VARCHAR(16) NOT NULL, ref VARCHAR(64) NOT NULL)"
                )
            )
            conn.execute(sa.text("CREATE INDEX events_station ON events (station_id, seq)"))
            conn.execute(sa.text("INSERT INTO events VALUES (7, 's', 'decision', '1')"))
        assert h.store.schema_version() == 1
    with Hub.open(hub_dir, load_gallery=False) as h:
        assert h.store.schema_version() == SCHEMA_VERSION == 2
        assert h.store.counts()["erasures"] == 0
        assert h.store.events_for("s", 0, 10) == [(7, "decision", "1")]  # kept
        with h.store.begin() as conn:
            for table in ("templates", "decisions", "events"):
                sql = conn.execute(
                    sa.text("SELECT sql FROM sqlite_master WHERE name = :t"), {"t": table}
                ).scalar_one()
                assert "AUTOINCREMENT" in sql, table
            conn.execute(sa.text("DELETE FROM events"))
            conn.execute(
                sa.text("INSERT INTO events (station_id, kind, ref) VALUES ('s', 'x', 'y')")
            )
        assert h.store.events_for("s", 0, 10)[0][0] == 8  # 7 is not given out again
