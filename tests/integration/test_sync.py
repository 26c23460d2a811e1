"""Stations and a real hub (`registrar hub serve` in a subprocess on 127.0.0.1), on SQLite
and on PostgreSQL: exactly once, refusals, conflicts, cross-station findings, USB, clocks."""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from fakes.clock import FakeClock
from support.hub import HubProcess, make_station, register, token

from registrar.biometrics.engine import Analysis, FaceEngine
from registrar.biometrics.intake import load_image
from registrar.domain.model import CaseSource, Decision, PersonDetails, RecordState
from registrar.errors import ErrorCode, KnownError
from registrar.hub.service import Hub
from registrar.services.people import ErasureReason, PeopleService
from registrar.services.review import ReviewService
from registrar.services.sync import SyncService
from registrar.storage.people import PeopleRepository
from registrar.storage.sync import SyncRepository
from registrar.storage.vault import Vault
from registrar.sync.packet import KeyPair, read_header, seal
from registrar.sync.transport import HttpTransport, UploadAnswer

PEOPLE = Path(__file__).parents[1] / "data" / "faces" / "people"


@pytest.fixture(scope="module")
def photos(engine: FaceEngine) -> dict[str, Analysis]:
    """Real photos with their real templates, analysed once: name_n -> analysis."""
    out = {}
    for folder in sorted(PEOPLE.iterdir()):
        for path in sorted(folder.glob("*.jpg")):
            out[f"{folder.name}_{path.stem}"] = engine.analyse(load_image(path))
    return out


def _small_batches(vault: Vault, **changes: int) -> None:
    settings = vault.settings()
    vault.save_settings(replace(settings, sync=replace(settings.sync, **changes)))


def _enrolled(vault: Vault, hub: HubProcess) -> SyncService:
    service = SyncService(vault)
    service.enrol(hub.url, token(hub.hub_dir))
    return service


def _states(vault: Vault) -> dict[str, str]:
    return dict(vault.db.conn.execute("SELECT id, state FROM people WHERE sequence > 0"))


def _hub_versions(hub_dir: Path) -> list[tuple[str, int, str]]:
    with Hub.open(hub_dir, load_gallery=False) as h:
        return h.store.record_versions()


# --- exactly once -------------------------------------------------------------------------------


def test_500_records_reach_the_hub_exactly_once_and_are_acknowledged(
    tmp_path: Path, hub: HubProcess, photos: dict[str, Analysis]
) -> None:
    station = make_station(tmp_path / "station", "KAK", 1)
    _small_batches(station, max_batch_bytes=1024 * 1024)
    shots = list(photos.values())
    ids = []
    for i in range(500):
        shot = shots[i % len(shots)] if i % 5 == 0 else None
        ids.append(
            register(
                station,
                f"Person{i}",
                photo=shot.photo if shot else None,
                templates=shot.templates if shot else (),
            )
        )
    service = _enrolled(station, hub)
    report = service.sync_now()

    assert report.ok and report.records == {"accepted": 500}
    assert report.batches_sealed == report.batches_sent > 1
    held = _hub_versions(hub.hub_dir)
    assert sorted((r, v) for r, v, _ in held) == sorted((i, 1) for i in ids)
    assert set(_states(station).values()) == {"synced"}
    repo = SyncRepository(station.db.conn)
    batches = repo.recent(100)
    assert all(b.state == "done" and b.sent_bytes == b.size for b in batches)
    stored = station.db.conn.execute(
        "SELECT count(*) FROM sync_batches b WHERE receipt IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM sync_packets p WHERE p.batch_id = b.batch_id)"
    ).fetchone()[0]
    assert stored == len(batches)
    # Nothing is sent twice: a second sync has nothing to seal or send.
    again = service.sync_now()
    assert again.batches_sealed == again.batches_sent == 0
    assert len(_hub_versions(hub.hub_dir)) == 500
    station.close()


def _sealed_batch(tmp_path: Path, hub: HubProcess) -> tuple[Vault, SyncService, str, bytes]:
    station = make_station(tmp_path / "station", "KAK", 1)
    for name in ("Amal", "Basel", "Celine"):
        register(station, name)
    service = _enrolled(station, hub)
    service.prepare()
    batch = SyncRepository(station.db.conn).waiting()[0]
    packet = SyncRepository(station.db.conn).packet(batch.batch_id)
    assert packet is not None
    return station, service, batch.batch_id, packet


def _upload(url: str, station_id: str, batch_id: str, packet: bytes) -> bytes:
    from registrar.sync.packet import sha256_hex

    transport = HttpTransport(url)
    try:
        answer = transport.start_upload(station_id, batch_id, len(packet), sha256_hex(packet))
        if not answer.done and answer.offset < len(packet):
            transport.put_chunk(batch_id, answer.offset, packet[answer.offset :])
        return transport.commit(batch_id)
    finally:
        transport.close()


def test_the_same_batch_ten_times_and_twice_at_once_is_stored_once_with_one_answer(
    tmp_path: Path, hub: HubProcess
) -> None:
    station, service, batch_id, packet = _sealed_batch(tmp_path, hub)
    station_id = service.station_id()
    answers = [_upload(hub.url, station_id, batch_id, packet) for _ in range(10)]
    together: list[bytes] = []

    def send() -> None:
        together.append(_upload(hub.url, station_id, batch_id, packet))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(together) == 2
    assert len(set(answers + together)) == 1
    receipt = json.loads(json.loads(answers[0])["body"])
    assert [r["status"] for r in receipt["results"]] == ["accepted"] * 3
    assert len(_hub_versions(hub.hub_dir)) == 3
    # The station applies the receipt once, however often it arrives.
    assert service.apply_receipt(answers[0]) == {"accepted": 3}
    assert service.apply_receipt(answers[1]) == {"accepted": 3}
    assert set(_states(station).values()) == {"synced"}
    station.close()


def test_two_batches_sent_at_once_with_the_same_record_store_it_once(
    tmp_path: Path, hub: HubProcess
) -> None:
    """Two batch ids carrying the same record version (a station restored from a backup
    that sealed again): one copy, the second batch says it was already held."""
    station, service, batch_id, packet = _sealed_batch(tmp_path, hub)
    keys = service._keys()
    manifest = dict(read_header(packet).manifest)
    from registrar.sync.packet import open_packet

    hub_keys = service._hub_keys()
    with Hub.open(hub.hub_dir, load_gallery=False) as h:
        items = open_packet(packet, h.keys, keys.public.sign).items
    other_id = "0d5c8f0e-7c1a-4a53-9a51-3f0e2b7d9c11"
    twin = seal(manifest | {"batch_id": other_id, "sequence": 99}, items, hub_keys, keys)
    results: dict[str, bytes] = {}

    def send(bid: str, blob: bytes) -> None:
        results[bid] = _upload(hub.url, service.station_id(), bid, blob)

    threads = [
        threading.Thread(target=send, args=(batch_id, packet)),
        threading.Thread(target=send, args=(other_id, twin)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    statuses = sorted(
        tuple(r["status"] for r in json.loads(json.loads(results[b])["body"])["results"])
        for b in (batch_id, other_id)
    )
    assert statuses == [("accepted",) * 3, ("duplicate",) * 3]
    assert len(_hub_versions(hub.hub_dir)) == 3
    station.close()


# --- refusals -------------------------------------------------------------------------------------


def _error(response: httpx.Response) -> str:
    return str(response.json()["code"])


def test_tampered_forged_unknown_and_oversized_batches_are_refused_and_nothing_is_stored(
    tmp_path: Path, hub: HubProcess
) -> None:
    station, service, batch_id, packet = _sealed_batch(tmp_path, hub)
    station_id = service.station_id()

    def attempt(bid: str, blob: bytes, sid: str = station_id) -> KnownError:
        with pytest.raises(KnownError) as caught:
            _upload(hub.url, sid, bid, blob)
        return caught.value

    # One flipped bit in the ciphertext: the signed hash no longer matches.
    tampered = bytearray(packet)
    tampered[-10] ^= 0x01
    assert attempt(batch_id, bytes(tampered)).code is ErrorCode.PACKET_INVALID
    # The same content signed by a key that is not the station's.
    parts = read_header(packet)
    with Hub.open(hub.hub_dir, load_gallery=False) as h:
        hub_keys = h.public
        from registrar.sync.packet import open_packet

        items = open_packet(packet, h.keys, service._keys().public.sign).items
    forged_id = "4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
    forged = seal(parts.manifest | {"batch_id": forged_id}, items, hub_keys, KeyPair.generate())
    assert attempt(forged_id, forged).code is ErrorCode.SIGNATURE_INVALID
    # A station the hub never enrolled.
    unknown = attempt(batch_id, packet, sid="8a0e1e1e-0000-4000-8000-000000000000")
    assert unknown.code is ErrorCode.STATION_UNKNOWN
    # Oversized: a batch declared larger than the hub takes, and a chunk over the limit.
    big = httpx.post(
        f"{hub.url}/v1/uploads",
        json={"station_id": station_id, "batch_id": batch_id, "size": 10**10, "sha256": "0" * 64},
    )
    assert big.status_code == 413 and _error(big) == ErrorCode.REQUEST_TOO_LARGE.value
    huge_chunk = httpx.put(
        f"{hub.url}/v1/uploads/{batch_id}",
        params={"offset": 0},
        content=b"\0" * (2 * 1024 * 1024),
        headers={"content-type": "application/octet-stream"},
    )
    assert huge_chunk.status_code == 413
    assert _hub_versions(hub.hub_dir) == []
    with Hub.open(hub.hub_dir, load_gallery=False) as h:
        assert h.store.counts()["batches"] == 0
    # The real batch still goes through afterwards, and the station's records are intact.
    report = service.sync_now()
    assert report.ok and report.records == {"accepted": 3}
    station.close()


def test_a_record_too_large_to_send_is_held_back_with_a_reason_before_it_is_queued(
    tmp_path: Path, hub: HubProcess, photos: dict[str, Analysis]
) -> None:
    station = make_station(tmp_path / "station", "KAK", 1)
    _small_batches(station, max_record_bytes=64 * 1024)
    shot = photos["obama_1"]
    big = register(station, "Photo", photo=shot.photo, templates=shot.templates)
    small = register(station, "Plain")
    service = _enrolled(station, hub)
    report = service.sync_now()
    assert report.too_large == 1 and report.records == {"accepted": 1}
    assert _states(station) == {big: "complete", small: "synced"}
    problems = service.problems()
    assert [(p.person_id, p.problem) for p in problems] == [(big, "too_large")]
    assert [r for r, _v, _s in _hub_versions(hub.hub_dir)] == [small]
    station.close()


def test_a_version_sent_again_with_other_content_is_a_conflict_for_a_supervisor(
    tmp_path: Path, hub: HubProcess
) -> None:
    station = make_station(tmp_path / "station", "KAK", 1)
    pid = register(station, "Amal")
    service = _enrolled(station, hub)
    assert service.sync_now().records == {"accepted": 1}
    # A vault restored from an old backup and edited again reuses version 1 for other data.
    station.db.conn.execute(
        "UPDATE people SET given_name = 'Amaal', state = 'complete' WHERE id = ?", (pid,)
    )
    report = service.sync_now()
    assert report.records == {"conflict": 1}
    assert [(p.person_id, p.problem) for p in service.problems()] == [(pid, "conflict")]
    with Hub.open(hub.hub_dir, load_gallery=False) as h:
        conflicts = h.store.conflicts()
        assert [(c.record_id, c.version) for c in conflicts] == [(pid, 1)]
    # Not sent again by itself; a supervisor sends it as a new version.
    assert service.sync_now().batches_sealed == 0
    service.resend(pid)
    assert service.sync_now().records == {"accepted": 1}
    assert [(r, v) for r, v, _ in _hub_versions(hub.hub_dir)] == [(pid, 1), (pid, 2)]
    assert service.problems() == []
    station.close()


# --- findings across stations ---------------------------------------------------------------------


def test_a_person_registered_at_two_stations_is_reported_to_both_and_decisions_follow(
    tmp_path: Path, hub: HubProcess, photos: dict[str, Analysis]
) -> None:
    kak = make_station(tmp_path / "kak", "KAK", 1)
    dab = make_station(tmp_path / "dab", "DAB", 2)
    o1, o2, b1 = photos["obama_1"], photos["obama_2"], photos["biden_1"]
    at_kak = register(kak, "Barack", "Obama", photo=o1.photo, templates=o1.templates)
    register(kak, "Joe", "Biden", photo=b1.photo, templates=b1.templates)
    at_dab = register(dab, "Barak", "Obama", photo=o2.photo, templates=o2.templates)
    # Without consent to the duplicate check the hub never receives templates to search.
    no_check = register(
        dab, "Barack", "Obama", photo=o1.photo, templates=o1.templates, duplicate_check=False
    )
    kak_sync, dab_sync = _enrolled(kak, hub), _enrolled(dab, hub)
    kak_sync.sync_now()
    dab_sync.sync_now()
    kak_sync.sync_now()

    for vault, mine, theirs, site in ((kak, at_kak, at_dab, "DAB"), (dab, at_dab, at_kak, "KAK")):
        rows = vault.db.conn.execute(
            "SELECT person_a, person_b, source, state, group_id FROM duplicate_cases"
        ).fetchall()
        assert len(rows) == 1
        a, b, source, state, _group = rows[0]
        assert {a, b} == {mine, theirs} and source == CaseSource.HUB.value and state == "open"
        copy = SyncRepository(vault.db.conn)
        assert copy.hub_copy_site(theirs) == (site, site)  # the station named after its site
        # The copy is not this station's: not counted, not listed, never sent.
        people = PeopleRepository(vault.db.conn)
        assert theirs not in people.all_ids()
        assert theirs not in [s.id for s in people.search("")]
        record = people.record(theirs)
        assert record.templates == () and record.person.state is RecordState.SYNCED
        # The supervisor's queue says where the other record was registered.
        review = ReviewService(vault)
        (row,) = review.queue().rows
        assert row.source is CaseSource.HUB and row.hub_site == site
        case_file = review.case_file(review.group(row.group_id)[0].id)
        sides = {
            case_file.a.record.person.id: case_file.a,
            case_file.b.record.person.id: case_file.b,
        }
        assert sides[theirs].hub_copy == (site, site) and sides[mine].hub_copy is None
        assert sides[theirs].record.photos  # the face to compare travelled with the finding
    with Hub.open(hub.hub_dir, load_gallery=False) as h:
        findings = h.store.findings()
        assert len(findings) == 1
        assert no_check not in (findings[0].record_a, findings[0].record_b)
        h.decide(findings[0].id, Decision.SAME, "same passport seen at both sites", "hub-sup")
    kak_sync.sync_now()
    dab_sync.sync_now()
    for vault in (kak, dab):
        decision, by, state = vault.db.conn.execute(
            "SELECT decision, decided_by, state FROM duplicate_cases"
        ).fetchone()
        assert (decision, by, state) == ("same", "hub:hub-sup", "decided")
    kak.close()
    dab.close()


def _receipt_results(path: Path) -> list[dict[str, object]]:
    body = json.loads(json.loads(path.read_bytes())["body"])
    return list(body["results"])


def test_a_person_erased_at_their_station_is_erased_at_the_hub_and_at_the_other_site(
    tmp_path: Path, hub: HubProcess, photos: dict[str, Analysis]
) -> None:
    kak = make_station(tmp_path / "kak", "KAK", 1)
    dab = make_station(tmp_path / "dab", "DAB", 2)
    o1, o2 = photos["obama_1"], photos["obama_2"]
    at_kak = register(kak, "Barack", "Obama", photo=o1.photo, templates=o1.templates)
    stays = register(kak, "Amal")
    at_dab = register(dab, "Barak", "Obama", photo=o2.photo, templates=o2.templates)
    kak_sync, dab_sync = _enrolled(kak, hub), _enrolled(dab, hub)
    kak_sync.sync_now()
    dab_sync.sync_now()
    kak_sync.sync_now()
    assert SyncRepository(dab.db.conn).is_hub_copy(at_kak)  # shown to DAB beside its Barak
    # A later version of the person goes on a USB stick that reaches the hub only late.
    kak_sync.resend(at_kak)
    usb = tmp_path / "usb"
    usb.mkdir()
    (late,) = kak_sync.export_dir(usb)

    PeopleService(kak).erase(at_kak, ErasureReason.PERSON_REQUEST)
    assert kak_sync.status().erasures_waiting == 1
    report = kak_sync.sync_now()
    assert report.ok and report.batches_sent == 1 and report.records == {}
    assert report.erasures == {"erasure_done": 1}
    assert kak_sync.status().erasures_waiting == 0
    (told,) = SyncRepository(kak.db.conn).recent(1)
    assert told.record_count == 0 and told.counts == {"erasure_done": 1}
    assert kak.db.conn.execute("SELECT person_id, status FROM sync_erasures").fetchall() == [
        (at_kak, "erased")
    ]
    with Hub.open(hub.hub_dir) as h:
        assert {r for r, _v, _s in h.store.record_versions()} == {stays, at_dab}
        assert h.store.findings() == [] and h.store.counts()["erasures"] == 1
        assert at_kak not in h.gallery().station_of  # nothing left to search either
        # The stick read late: the erased person is refused, not stored again.
        results = list(h.import_dir(usb))
        assert [error for _p, _b, error in results] == [None]
        (answer,) = _receipt_results(usb / f"{results[0][1]}.receipt")
        assert (answer["id"], answer["status"], answer["reason"]) == (at_kak, "refused", "erased")
        assert at_kak not in {r for r, _v, _s in h.store.record_versions()}
    assert late.exists()  # (the station had dropped that batch when the person was erased)

    # The other site: its copy of the person and the case that compared it went.
    dab_report = dab_sync.sync_now()
    assert dab_report.ok and dab_report.copies_erased == 1
    dab_conn = dab.db.conn
    assert not SyncRepository(dab_conn).is_hub_copy(at_kak)
    assert not PeopleRepository(dab_conn).exists(at_kak)
    assert PeopleRepository(dab_conn).exists(at_dab)
    assert dab_conn.execute("SELECT count(*) FROM duplicate_cases").fetchone()[0] == 0
    assert dab_conn.execute(
        "SELECT record_ref FROM audit_log WHERE action = 'sync.copy_erased'"
    ).fetchall() == [(at_kak,)]
    # The hub's serving process forgot the face: a third site's Barack matches DAB's only.
    zar = make_station(tmp_path / "zar", "ZAR", 3)
    at_zar = register(zar, "Barack", "Obama", photo=o1.photo, templates=o1.templates)
    _enrolled(zar, hub).sync_now()
    with Hub.open(hub.hub_dir, load_gallery=False) as h:
        pairs = [{f.record_a, f.record_b} for f in h.store.findings()]
    assert pairs == [{at_dab, at_zar}]
    # DAB erases its own Barak: ZAR's record, kept at DAB only to compare with him, goes too.
    dab_sync.sync_now()
    assert SyncRepository(dab_conn).is_hub_copy(at_zar)
    PeopleService(dab).erase(at_dab, ErasureReason.PERSON_REQUEST)
    assert not PeopleRepository(dab_conn).exists(at_zar)
    assert dab_conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0
    # A person erased before any batch held them: the hub is told all the same (a dropped
    # batch may have reached it) and answers that it held nothing.
    never = register(kak, "Nadia")
    PeopleService(kak).erase(never, ErasureReason.REGISTERED_IN_ERROR)
    assert kak_sync.status().erasures_waiting == 1
    assert kak_sync.sync_now().erasures == {"erasure_done": 1}
    status = kak.db.conn.execute("SELECT status FROM sync_erasures WHERE person_id = ?", (never,))
    assert status.fetchone() == ("not_held",)
    for vault in (kak, dab, zar):
        vault.close()


def test_a_station_may_erase_only_its_own_records_at_the_hub(
    tmp_path: Path, hub: HubProcess, photos: dict[str, Analysis]
) -> None:
    kak = make_station(tmp_path / "kak", "KAK", 1)
    dab = make_station(tmp_path / "dab", "DAB", 2)
    o1, o2 = photos["obama_1"], photos["obama_2"]
    theirs = register(dab, "Barack", "Obama", photo=o1.photo, templates=o1.templates)
    dab_sync = _enrolled(dab, hub)
    dab_sync.sync_now()
    kak_sync = _enrolled(kak, hub)
    mine = register(kak, "Omar")
    kak_sync.sync_now()
    # As if KAK had held DAB's person: its notice names an id the hub holds from DAB.
    with kak.db.transaction() as conn:
        conn.execute("INSERT INTO sync_erasures (person_id) VALUES (?), (?)", (theirs, mine))
    assert kak_sync.sync_now().ok
    statuses = dict(
        kak.db.conn.execute(
            "SELECT person_id, status || '/' || coalesce(reason, '') FROM sync_erasures"
        ).fetchall()
    )
    assert statuses == {theirs: "refused/not_this_station", mine: "erased/"}
    (told,) = SyncRepository(kak.db.conn).recent(1)
    assert told.counts == {"erasure_done": 1, "erasure_refused": 1}
    assert {r for r, _v, _s in _hub_versions(hub.hub_dir)} == {theirs}
    # The refused erasure left DAB's face in the serving hub's search: a third site's
    # Barack is still found beside it.
    zar = make_station(tmp_path / "zar", "ZAR", 3)
    at_zar = register(zar, "Barak", "Obama", photo=o2.photo, templates=o2.templates)
    _enrolled(zar, hub).sync_now()
    with Hub.open(hub.hub_dir, load_gallery=False) as h:
        assert [{f.record_a, f.record_b} for f in h.store.findings()] == [{theirs, at_zar}]
    for vault in (kak, dab, zar):
        vault.close()


# --- USB ------------------------------------------------------------------------------------------


def _end_state(vault: Vault) -> dict[str, object]:
    """What a station knows after syncing, without ids or times."""
    conn = vault.db.conn
    return {
        "states": sorted(_states(vault).values()),
        "batches": [(b.state, b.record_count, b.counts) for b in SyncRepository(conn).recent(10)],
        "cases": conn.execute(
            "SELECT source, band, state FROM duplicate_cases ORDER BY band"
        ).fetchall(),
        "hub_copies": conn.execute("SELECT site_code FROM hub_copies ORDER BY 1").fetchall(),
        "problems": conn.execute("SELECT count(*) FROM sync_problems").fetchone()[0],
        "receipts": conn.execute(
            "SELECT count(*) FROM sync_batches b WHERE receipt IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM sync_packets p WHERE p.batch_id = b.batch_id)"
        ).fetchone()[0],
    }


def test_the_usb_round_trip_gives_the_same_end_state_as_the_network(
    tmp_path: Path, hub_dir: Path, photos: dict[str, Analysis]
) -> None:
    o1, o2 = photos["obama_1"], photos["obama_2"]
    other = make_station(tmp_path / "other", "DAB", 2)
    register(other, "Barak", "Obama", photo=o2.photo, templates=o2.templates)
    # Two stations with the same people: one syncs over the network, one by USB stick.
    net = make_station(tmp_path / "net", "KAK", 1)
    usb_station = make_station(tmp_path / "usb-station", "KAK", 2)
    for vault in (net, usb_station):
        register(vault, "Barack", "Obama", photo=o1.photo, templates=o1.templates)
        register(vault, "Amal")
    usb = tmp_path / "usb"
    usb.mkdir()
    with HubProcess(hub_dir) as hub:
        _enrolled(other, hub).sync_now()
        via_usb = _enrolled(usb_station, hub)
        via_net = _enrolled(net, hub)
        # The USB station's link is down: its batches go on a stick.
        written = via_usb.export_dir(usb)
        assert len(written) == 1 and written[0].suffix == ".rgb"
        assert set(_states(usb_station).values()) == {"queued"}
        with Hub.open(hub_dir) as h:
            results = list(h.import_dir(usb))
            assert [error for _p, _b, error in results] == [None]
            # The same stick again changes nothing and writes the same receipt.
            receipt = (usb / f"{results[0][1]}.receipt").read_bytes()
            list(h.import_dir(usb))
            assert (usb / f"{results[0][1]}.receipt").read_bytes() == receipt
        via_net.sync_now()
        # Both stations then learn what the hub found since (each other's Barack).
        report = via_usb.import_dir(usb)
        assert report.receipts == 1 and report.errors == ()
        via_net.sync_now()
        with Hub.open(hub_dir) as h:
            list(h.import_dir(usb))  # a fresh findings file for the USB station
        via_usb.import_dir(usb)
    assert _end_state(net) == _end_state(usb_station)
    assert _end_state(net)["states"] == ["synced", "synced"]
    assert len(_end_state(net)["cases"]) == 2  # type: ignore[arg-type]
    # The same receipts again are skipped, not applied twice.
    again = via_usb.import_dir(usb)
    assert again.receipts == 0 and again.findings == 0 and len(again.skipped) == 1
    with Hub.open(hub_dir, load_gallery=False) as h:
        assert h.store.counts()["records"] == 5 and h.store.counts()["findings"] == 3
    for vault in (net, usb_station, other):
        vault.close()


# --- clocks ---------------------------------------------------------------------------------------


def test_a_station_clock_two_days_wrong_breaks_neither_ordering_nor_receipts(
    tmp_path: Path, hub: HubProcess
) -> None:
    clock = FakeClock(dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    station = make_station(tmp_path / "station", "KAK", 1, clock=clock)
    first = register(station, "Amal")
    service = _enrolled(station, hub)
    assert service.sync_now().records == {"accepted": 1}
    # Someone corrects the clock, four days forward; then edits the record and adds one.
    clock.set(clock.now() + dt.timedelta(days=4))
    people = PeopleService(station)
    people.update(first, PersonDetails("Amal", "Haddad", birth_year=1991), expected_version=1)
    second = register(station, "Basel")
    # And puts it back two days wrong: the newest change now looks oldest by the clock.
    clock.set(clock.now() - dt.timedelta(days=4))
    third = register(station, "Celine")
    report = service.sync_now()
    assert report.ok and report.records == {"accepted": 3}
    assert set(_states(station).values()) == {"synced"}
    versions = _hub_versions(hub.hub_dir)
    assert sorted((r, v) for r, v, _ in versions) == sorted(
        [(first, 1), (first, 2), (second, 1), (third, 1)]
    )
    sequences = [b.sequence for b in SyncRepository(station.db.conn).recent(10)]
    assert sequences == sorted(sequences, reverse=True) == [2, 1]
    station.close()


def test_a_failed_batch_waits_its_backoff_but_a_clock_put_back_does_not_park_it(
    tmp_path: Path, hub_dir: Path
) -> None:
    clock = FakeClock(dt.datetime.now(dt.UTC))
    station = make_station(tmp_path / "station", "KAK", 1, clock=clock)
    register(station, "Amal")
    hub = HubProcess(hub_dir).start()
    service = _enrolled(station, hub)
    hub.stop()
    failed = service.sync_now(respect_backoff=True)
    assert [code for _b, code in failed.failures] == [ErrorCode.HUB_UNREACHABLE.value]
    batch = SyncRepository(station.db.conn).waiting()[0]
    assert batch.attempts == 1 and batch.last_error == ErrorCode.HUB_UNREACHABLE.value
    hub.start()
    try:
        # Within the backoff the background sync leaves it alone ...
        assert service.sync_now(respect_backoff=True).batches_sent == 0
        # ... and a clock put back two days does not make it wait two days.
        clock.set(clock.now() - dt.timedelta(days=2))
        assert service.sync_now(respect_backoff=True).batches_sent == 1
    finally:
        hub.stop()
    station.close()


def test_records_leave_the_laptop_only_days_after_a_receipt_and_never_with_an_open_case(
    tmp_path: Path, hub: HubProcess
) -> None:
    from support.review_seed import case

    clock = FakeClock(dt.datetime.now(dt.UTC))
    station = make_station(tmp_path / "station", "KAK", 1, clock=clock)
    _small_batches(station, keep_days_after_receipt=2)
    alone = register(station, "Amal")
    pair = (register(station, "Basel"), register(station, "Basim"))
    case(station, pair[0], pair[1], 0.30)
    service = _enrolled(station, hub)
    assert service.sync_now().purged == 0
    unsent = register(station, "Celine")  # after the sync: no receipt yet
    clock.advance(24 * 3600)
    assert service.purge() == 0
    clock.advance(2 * 24 * 3600)
    hub.stop()  # no receipt can arrive for Celine
    report = service.sync_now()
    assert report.purged == 1 and report.failures
    people = PeopleRepository(station.db.conn)
    assert not people.exists(alone)
    assert all(people.exists(p) for p in (*pair, unsent))
    reason = station.db.conn.execute(
        "SELECT reason FROM erasures WHERE person_id = ?", (alone,)
    ).fetchone()
    assert reason == ("synced",)
    actions = [a for (a,) in station.db.conn.execute("SELECT action FROM audit_log")]
    assert actions.count("sync.purged") == 1
    station.close()


def test_with_end_of_day_approval_only_approved_versions_leave(
    tmp_path: Path, hub: HubProcess
) -> None:
    from registrar.services.approvals import ApprovalService

    station = make_station(tmp_path / "station", "KAK", 1)
    settings = station.settings()
    station.save_settings(
        replace(settings, review=replace(settings.review, end_of_day_approval=True))
    )
    approved, waiting, refused = (register(station, n) for n in ("Amal", "Basel", "Celine"))
    approvals = ApprovalService(station)
    approvals.approve([(approved, 1)])
    approvals.reject(refused, 1, "photo of someone else")
    service = _enrolled(station, hub)
    assert service.sync_now().records == {"accepted": 1}
    assert [r for r, _v, _s in _hub_versions(hub.hub_dir)] == [approved]
    assert _states(station) == {approved: "synced", waiting: "complete", refused: "complete"}
    station.close()


def test_a_batch_the_hub_refuses_does_not_block_the_others_and_its_records_go_again(
    tmp_path: Path, hub: HubProcess, photos: dict[str, Analysis]
) -> None:
    station = make_station(tmp_path / "station", "KAK", 1)
    _small_batches(station, max_batch_bytes=64 * 1024)
    shot = photos["obama_1"]
    ids = [register(station, f"P{i}", photo=shot.photo, templates=shot.templates) for i in range(3)]
    service = _enrolled(station, hub)
    service.prepare()
    first, *others = SyncRepository(station.db.conn).waiting()
    assert others  # several batches
    # The first batch's stored bytes are damaged (a failing disk): the hub refuses them.
    with station.db.transaction() as conn:
        packet = bytearray(SyncRepository(conn).packet(first.batch_id) or b"")
        packet[-20] ^= 0xFF
        conn.execute(
            "UPDATE sync_packets SET packet = ? WHERE batch_id = ?", (bytes(packet), first.batch_id)
        )
    report = service.sync_now()
    assert [code for _b, code in report.failures] == [ErrorCode.PACKET_INVALID.value]
    assert report.batches_sent == len(others)
    report = service.sync_now()  # the refused batch's records, sealed afresh
    assert report.ok and report.batches_sealed == 1
    assert sorted(r for r, _v, _s in _hub_versions(hub.hub_dir)) == sorted(ids)
    assert set(_states(station).values()) == {"synced"}
    station.close()


class _CancelDuringCommit(HttpTransport):
    """Cancels the sync once the first batch is uploaded and its commit has started: the
    station is then sealing the next batch while the hub commits."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.uploaded = False
        self.commit_started = threading.Event()
        self.commit_threads: set[str] = set()

    def is_cancelled(self) -> bool:
        return self.uploaded and self.commit_started.wait(30)

    def put_chunk(self, batch_id: str, offset: int, data: bytes) -> UploadAnswer:
        answer = super().put_chunk(batch_id, offset, data)
        self.uploaded = True  # the whole batch: one piece (see the test's settings)
        return answer

    def commit(self, batch_id: str) -> bytes:
        self.commit_threads.add(threading.current_thread().name)
        self.commit_started.set()
        return super().commit(batch_id)


def test_sealing_during_the_hubs_commit_then_cancelling_loses_and_repeats_nothing(
    tmp_path: Path, hub: HubProcess, photos: dict[str, Analysis]
) -> None:
    station = make_station(tmp_path / "station", "KAK", 1)
    _small_batches(station, max_batch_bytes=64 * 1024, chunk_bytes=1024 * 1024)
    shot = photos["obama_1"]
    ids = [register(station, f"P{i}", photo=shot.photo, templates=shot.templates) for i in range(4)]
    service = _enrolled(station, hub)
    transports: list[_CancelDuringCommit] = []

    def factory(url: str) -> _CancelDuringCommit:
        transports.append(_CancelDuringCommit(url))
        return transports[-1]

    service.transport_factory = factory
    with pytest.raises(KnownError) as raised:
        service.sync_now(is_cancelled=lambda: bool(transports) and transports[0].is_cancelled())
    assert raised.value.code is ErrorCode.CANCELLED
    assert transports[0].commit_threads and threading.current_thread().name not in (
        transports[0].commit_threads
    )  # the commit ran beside the sealing, not on the vault's thread
    held = _hub_versions(hub.hub_dir)
    assert len(held) == 1  # the hub holds the first batch's record ...
    repo = SyncRepository(station.db.conn)
    assert [b.state for b in repo.recent(10)] == ["waiting"]  # ... the station no receipt yet
    assert list(_states(station).values()).count("queued") == 1

    service.transport_factory = HttpTransport
    report = service.sync_now()  # the receipt comes back with the next start of the upload
    assert report.ok and report.records == {"accepted": 4} and report.batches_sent == 4
    assert sorted((r, v) for r, v, _ in _hub_versions(hub.hub_dir)) == sorted((i, 1) for i in ids)
    assert set(_states(station).values()) == {"synced"}
    assert all(b.state == "done" for b in repo.recent(10))
    station.close()
