"""The `registrar hub ...` and `registrar sync ...` commands (added to the main parser)."""

from __future__ import annotations

import argparse
import json
import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from registrar.domain.model import Decision
from registrar.errors import ErrorCode, KnownError

Command = Callable[[Any, str, Callable[..., int], str], Any]
Unlock = Callable[[argparse.Namespace], Any]


def _hub_dir(args: argparse.Namespace) -> Path:
    value = args.hub or os.environ.get("REGISTRAR_HUB_DIR")
    if not value:
        raise KnownError(ErrorCode.HUB_NOT_INITIALISED, "say which hub: --hub DIR")
    return Path(value)


def _open_hub(args: argparse.Namespace, *, load_gallery: bool = False) -> Any:
    from registrar.hub.service import Hub

    return Hub.open(_hub_dir(args), load_gallery=load_gallery)


# --- the hub ------------------------------------------------------------------------------------


def cmd_hub_init(args: argparse.Namespace, out: TextIO) -> int:
    from registrar.hub.service import init_hub

    with init_hub(_hub_dir(args), database_url=args.database, name=args.name) as hub:
        print(f"Hub created in {_hub_dir(args)}.", file=out)
        print(f"Its key fingerprint is {hub.public.fingerprint}.", file=out)
        print("Keep keys.json secret: it decrypts every batch sent to this hub.", file=out)
    return 0


def cmd_hub_token(args: argparse.Namespace, out: TextIO) -> int:
    with _open_hub(args) as hub:
        token = hub.issue_token(args.note or "", args.days)
    print(token, file=out)
    return 0


def cmd_hub_serve(args: argparse.Namespace, out: TextIO) -> int:
    import uvicorn

    from registrar import logs
    from registrar.hub.api import create_app

    hub_dir = _hub_dir(args)
    logs.configure(hub_dir / "logs")
    if bool(args.cert) != bool(args.key):
        raise KnownError(ErrorCode.INVALID_FIELD, "TLS needs both --cert and --key")
    hub = _open_hub(args, load_gallery=True)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns Nagle off only on sockets that say they are TCP, and
    # with Nagle on every answer waits ~40 ms for the station's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    port = sock.getsockname()[1]
    if args.port_file:
        Path(args.port_file).write_text(f"{port}\n", encoding="utf-8")
    scheme = "https" if args.cert else "http"
    print(f"Hub {hub.config.name} serving on {scheme}://{args.host}:{port}", file=out, flush=True)
    config = uvicorn.Config(
        create_app(hub),
        log_level="warning",
        ssl_certfile=args.cert,
        ssl_keyfile=args.key,
        timeout_keep_alive=30,
        timeout_graceful_shutdown=5,
    )
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        hub.close()
    return 0


def cmd_hub_import(args: argparse.Namespace, out: TextIO) -> int:
    folder = Path(args.dir)
    if not folder.is_dir():
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"{folder} is not a folder")
    failed = 0
    with _open_hub(args, load_gallery=True) as hub:
        for path, batch_id, error in hub.import_dir(folder):
            if error is None:
                print(f"{path.name}: applied, receipt {batch_id}.receipt", file=out)
            else:
                failed += 1
                print(f"{path.name}: refused ({error.code.value}: {error.message})", file=out)
    if failed:
        raise KnownError(
            ErrorCode.PACKET_INVALID, f"{failed} batch file(s) refused; the reasons are above"
        )
    return 0


def cmd_hub_status(args: argparse.Namespace, out: TextIO) -> int:
    with _open_hub(args) as hub:
        counts = hub.store.counts()
        stations = hub.store.stations()
        fingerprint = hub.public.fingerprint
    if args.json:
        print(json.dumps({"fingerprint": fingerprint, **counts}), file=out)
        return 0
    print(f"fingerprint {fingerprint}", file=out)
    for key, value in counts.items():
        print(f"{key:<10} {value}", file=out)
    for s in stations:
        print(f"station {s.site_code}{s.station_number:02d}  {s.id}  {s.name}", file=out)
    return 0


def cmd_hub_findings(args: argparse.Namespace, out: TextIO) -> int:
    with _open_hub(args) as hub:
        rows = hub.store.findings()
        names = {s.id: f"{s.site_code}{s.station_number:02d}" for s in hub.store.stations()}
    for f in rows:
        print(
            f"{f.id}  {names.get(f.station_a, '?')} {f.record_a}  {names.get(f.station_b, '?')} "
            f"{f.record_b}  {f.band} {f.distance:.3f}",
            file=out,
        )
    return 0


def cmd_hub_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    with _open_hub(args) as hub:
        rows = hub.store.conflicts()
    for c in rows:
        print(
            f"{c.id}  record {c.record_id} v{c.version}  held {c.held_sha256[:12]}"
            f"  offered {c.offered_sha256[:12]}  batch {c.batch_id}",
            file=out,
        )
    return 0


def cmd_hub_decide(args: argparse.Namespace, out: TextIO) -> int:
    with _open_hub(args) as hub:
        hub.decide(args.finding, Decision(args.decision), args.reason, args.by)
    print("Decision recorded; both stations receive it at their next sync.", file=out)
    return 0


# --- the station --------------------------------------------------------------------------------


def _sync(vault: Any) -> Any:
    from registrar.services.sync import SyncService

    return SyncService(vault)


def make_station_commands(unlock: Unlock) -> dict[str, Callable[[argparse.Namespace, TextIO], int]]:
    def cmd_enrol(args: argparse.Namespace, out: TextIO) -> int:
        token = args.token or os.environ.get("REGISTRAR_HUB_TOKEN") or ""
        with unlock(args) as vault:
            station_id = _sync(vault).enrol(args.url, token, name=args.name)
        print(f"Enrolled at {args.url} as station {station_id}.", file=out)
        return 0

    def cmd_address(args: argparse.Namespace, out: TextIO) -> int:
        with unlock(args) as vault:
            reached = _sync(vault).set_hub_url(args.url)
        if reached:
            print(f"The hub answered at {args.url} with its keys; the address is saved.", file=out)
        else:
            print(
                f"The address {args.url} is saved. The hub could not be reached there now;"
                " the next sync tries it.",
                file=out,
            )
        return 0

    def cmd_now(args: argparse.Namespace, out: TextIO) -> int:
        with unlock(args) as vault:
            report = _sync(vault).sync_now()
        print(
            f"sealed {report.batches_sealed} batch(es), sent {report.batches_sent}; records "
            f"{json.dumps(report.records, sort_keys=True)}; findings {report.findings}, "
            f"decisions {report.decisions}; too large {report.too_large}; erasures "
            f"{json.dumps(report.erasures, sort_keys=True)}",
            file=out,
        )
        for batch_id, code in report.failures:
            print(f"batch {batch_id} failed: {code}", file=out)
        return 0 if report.ok else 1

    def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
        with unlock(args) as vault:
            service = _sync(vault)
            status = service.status()
            batches = service.batches(20)
        data = {
            "enrolled": status.enrolled,
            "hub_url": status.hub_url,
            "station_id": status.station_id,
            "hub_fingerprint": status.hub_fingerprint,
            "last_success": status.last_success.isoformat() if status.last_success else None,
            "last_error": status.last_error,
            "unsynced": status.unsynced,
            "oldest_unsynced": status.oldest_unsynced.isoformat()
            if status.oldest_unsynced
            else None,
            "waiting_batches": status.waiting_batches,
            "acknowledged": status.acknowledged,
            "problems": status.problems,
            "findings": status.findings,
            "erasures_waiting": status.erasures_waiting,
            "batches": [
                {
                    "batch_id": b.batch_id,
                    "sequence": b.sequence,
                    "state": b.state,
                    "records": b.record_count,
                    "sent_bytes": b.sent_bytes,
                    "size": b.size,
                    "counts": b.counts,
                    "last_error": b.last_error,
                }
                for b in batches
            ],
        }
        print(json.dumps(data, indent=2), file=out)
        return 0

    def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
        with unlock(args) as vault:
            written = _sync(vault).export_dir(Path(args.dir))
        print(f"{len(written)} batch file(s) in {args.dir}", file=out)
        return 0

    def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
        with unlock(args) as vault:
            report = _sync(vault).import_dir(Path(args.dir))
        print(
            f"receipts {report.receipts}, findings {report.findings}, decisions "
            f"{report.decisions}, skipped {len(report.skipped)}",
            file=out,
        )
        for name, code in report.errors:
            print(f"{name}: {code}", file=out)
        return 1 if report.errors else 0

    return {
        "enrol": cmd_enrol,
        "set-address": cmd_address,
        "now": cmd_now,
        "status": cmd_status,
        "export": cmd_export,
        "import-receipts": cmd_import,
    }


def add_commands(sub: Any, command: Command, unlock: Unlock) -> None:
    hub = sub.add_parser("hub", help="run and manage a sync hub").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )

    def hub_command(name: str, func: Callable[..., int], help_: str) -> Any:
        p = command(hub, name, func, help_)
        p.add_argument("--hub", help="the hub's folder (or REGISTRAR_HUB_DIR)")
        return p

    p = hub_command("init", cmd_hub_init, "create a hub's keys, configuration and database")
    p.add_argument("--database", help="SQLAlchemy URL (default: SQLite in the hub's folder)")
    p.add_argument("--name", default="hub", help="the hub's name, shown at stations")
    p = hub_command("serve", cmd_hub_serve, "serve the hub's HTTP API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--cert", help="TLS certificate (PEM)")
    p.add_argument("--key", help="TLS private key (PEM)")
    p.add_argument("--port-file", help="write the port listened on here (for --port 0)")
    p = hub_command("token", cmd_hub_token, "issue a one-time station enrolment token")
    p.add_argument("--days", type=int, help="days the token is valid (default 7)")
    p.add_argument("--note", help="what the token is for (kept at the hub)")
    p = hub_command("import", cmd_hub_import, "apply batch files from a folder; write receipts")
    p.add_argument("dir")
    p = hub_command("status", cmd_hub_status, "counts and enrolled stations")
    p.add_argument("--json", action="store_true")
    hub_command("findings", cmd_hub_findings, "people found at more than one station")
    hub_command("conflicts", cmd_hub_conflicts, "record versions sent with other content")
    p = hub_command("decide", cmd_hub_decide, "decide a finding; both stations are told")
    p.add_argument("finding")
    p.add_argument("decision", choices=[d.value for d in Decision])
    p.add_argument("--reason", required=True)
    p.add_argument("--by", required=True, help="who decides")

    station = make_station_commands(unlock)
    sy = sub.add_parser("sync", help="send records to the hub").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    p = command(sy, "enrol", station["enrol"], "enrol this station at a hub (supervisors)")
    p.add_argument("url", help="the hub's address, e.g. https://hub.example:8443")
    p.add_argument("token", nargs="?", help="the one-time token (or REGISTRAR_HUB_TOKEN)")
    p.add_argument("--name", help="this station's name at the hub")
    p = command(
        sy, "set-address", station["set-address"], "the hub moved: its new address (supervisors)"
    )
    p.add_argument("url", help="the hub's new address; its keys must stay the same")
    command(sy, "now", station["now"], "send waiting records now and fetch the hub's findings")
    command(sy, "status", station["status"], "what waits, what was sent, what failed (JSON)")
    p = command(sy, "export", station["export"], "write the waiting batches to a folder (USB)")
    p.add_argument("dir")
    p = command(
        sy, "import-receipts", station["import-receipts"], "apply the hub's receipts from a folder"
    )
    p.add_argument("dir")
