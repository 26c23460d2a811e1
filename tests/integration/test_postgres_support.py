"""The throwaway PostgreSQL server and per-test databases that the hub's tests run against."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from support.postgres import MISSING_MESSAGE, PostgresServer, find_bin_dir

# Database names seen by test_each_test_gets_its_own_empty_database, across its parameters.
_seen_databases: set[str] = set()


@pytest.fixture
def engine(postgres_url: str) -> Iterator[sa.Engine]:
    engine = sa.create_engine(postgres_url)
    yield engine
    # Pooled connections left open would warn (an error here) when collected.
    engine.dispose()


def test_url_connects_with_sqlalchemy(postgres_url: str, engine: sa.Engine) -> None:
    assert postgres_url.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    with engine.connect() as conn:
        assert conn.execute(sa.text("select 1")).scalar_one() == 1
        assert conn.execute(sa.text("show server_encoding")).scalar_one() == "UTF8"


@pytest.mark.parametrize("run", [1, 2])
def test_each_test_gets_its_own_empty_database(run: int, engine: sa.Engine) -> None:
    # Whichever run comes second would find the first one's table if they shared a database.
    with engine.begin() as conn:
        name = conn.execute(sa.text("select current_database()")).scalar_one()
        tables = sa.inspect(conn).get_table_names()
        conn.execute(sa.text("create table left_behind (run integer)"))
        conn.execute(sa.text("insert into left_behind values (:run)"), {"run": run})
    assert tables == []
    assert name not in _seen_databases
    _seen_databases.add(name)


def test_server_listens_on_loopback_only(
    postgres_server: PostgresServer, engine: sa.Engine
) -> None:
    with engine.connect() as conn:
        assert conn.execute(sa.text("show listen_addresses")).scalar_one() == "127.0.0.1"
        assert conn.execute(sa.text("select host(inet_server_addr())")).scalar_one() == "127.0.0.1"
    # All of 127.0.0.0/8 is loopback on Linux: a server bound to 0.0.0.0 would accept here.
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe,
        pytest.raises(ConnectionRefusedError),
    ):
        probe.settimeout(5)
        probe.connect(("127.0.0.2", postgres_server.port))


def test_server_is_set_up_for_speed_not_durability(engine: sa.Engine) -> None:
    with engine.connect() as conn:
        settings = {
            name: conn.execute(sa.text(f"show {name}")).scalar_one()
            for name in ("fsync", "synchronous_commit", "full_page_writes", "max_connections")
        }
    assert settings == {
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "max_connections": "100",
    }


def test_missing_binaries_fail_with_install_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="Debian's `postgresql` package") as raised:
        find_bin_dir(tmp_path)
    assert str(raised.value) == MISSING_MESSAGE
    assert "tools/dev.py test" in MISSING_MESSAGE


def test_stopped_server_leaves_nothing_behind() -> None:
    with PostgresServer() as server:
        base = server.base_dir
        port = server.port
        assert base is not None and (server.data_dir / "postmaster.pid").exists()
    assert not base.exists()
    assert server.base_dir is None and not server.running
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(5)
        assert probe.connect_ex(("127.0.0.1", port)) != 0
