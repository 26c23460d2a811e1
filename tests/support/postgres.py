"""A throwaway PostgreSQL server on 127.0.0.1 for the hub's tests, one fresh cluster per run."""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

HOST = "127.0.0.1"
SUPERUSER = "postgres"
DEBIAN_ROOT = Path("/usr/lib/postgresql")
# The system user the Debian package creates; initdb and postgres refuse to run as root.
SYSTEM_USER = "postgres"
MISSING_MESSAGE = (
    "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's `postgresql` "
    "package (`python3 tools/dev.py test` installs it when run as root)"
)
START_TIMEOUT = 30.0  # seconds; a fresh cluster normally starts in well under one
START_ATTEMPTS = 3  # a free port can be taken by someone else before postgres binds it
_DATABASE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def find_bin_dir(root: Path = DEBIAN_ROOT) -> Path:
    """The directory with initdb and pg_ctl: the highest version under root, else on PATH."""

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", path.parent.name))

    for candidate in sorted(root.glob("*/bin"), key=version, reverse=True):
        if (candidate / "initdb").is_file() and (candidate / "pg_ctl").is_file():
            return candidate
    # Debian keeps initdb off PATH, but other systems (or a source build) may not.
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl and Path(initdb).parent == Path(pg_ctl).parent:
        return Path(initdb).parent
    raise RuntimeError(MISSING_MESSAGE)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


class PostgresServer:
    """One PostgreSQL cluster in a temporary directory, trusted logins, no durability."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        self.bin_dir = bin_dir
        self.port = 0
        self.base_dir: Path | None = None
        self.start_seconds = 0.0  # how long the last start() took, initdb included
        self._running = False

    @property
    def host(self) -> str:
        return HOST

    @property
    def data_dir(self) -> Path:
        return self._base() / "data"

    @property
    def socket_dir(self) -> Path:
        return self._base() / "socket"

    @property
    def log_path(self) -> Path:
        return self._base() / "postgres.log"

    @property
    def running(self) -> bool:
        return self._running

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq connection string for psycopg.connect()."""
        return f"host={HOST} port={self.port} user={SUPERUSER} dbname={dbname} connect_timeout=10"

    def url(self, dbname: str) -> str:
        """The SQLAlchemy URL of one database on this server."""
        return f"postgresql+psycopg://{SUPERUSER}@{HOST}:{self.port}/{dbname}"

    def start(self) -> None:
        if self._running:
            raise RuntimeError("the PostgreSQL server is already running")
        began = time.monotonic()
        self.bin_dir = self.bin_dir or find_bin_dir()
        as_user = self._system_user() if os.geteuid() == 0 else None
        # mkdtemp under /tmp, not pytest's tmp_path: as root that is under /root, which the
        # postgres user cannot traverse.
        self.base_dir = Path(tempfile.mkdtemp(prefix="registrar-pg-"))
        try:
            self.base_dir.chmod(0o755)
            self.socket_dir.mkdir(mode=0o700)
            if as_user is not None:
                for path in (self.base_dir, self.socket_dir):
                    os.chown(path, as_user.pw_uid, as_user.pw_gid)
            self._run(
                "initdb", "-D", str(self.data_dir), "-A", "trust", "-U", SUPERUSER,
                "--no-sync", "-E", "UTF8", "--locale=C",
            )  # fmt: skip
            self._start_on_a_free_port()
            self._wait_until_accepting()
        except BaseException:
            # The reason start failed matters more than a failure to clean up after it.
            with contextlib.suppress(Exception):
                self.stop()
            raise
        self.start_seconds = time.monotonic() - began

    def stop(self) -> None:
        """Stops the server at once (no checkpoint) and deletes the cluster; safe to repeat."""
        if self.base_dir is None:
            return
        if self._running:
            stopped = self._run(
                "pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop", check=False
            )
            if stopped.returncode != 0 and (self.data_dir / "postmaster.pid").exists():
                # Deleting the directory under a live server would leave it running unseen.
                raise RuntimeError(
                    f"pg_ctl stop failed (cluster kept in {self.base_dir}): {stopped.stdout}"
                )
            self._running = False
        shutil.rmtree(self.base_dir, ignore_errors=True)
        self.base_dir = None

    def create_database(self, name: str) -> str:
        """Creates an empty database and returns its SQLAlchemy URL."""
        import psycopg
        from psycopg import sql

        if not _DATABASE_NAME.fullmatch(name):
            # Kept to plain lowercase identifiers so the name needs no quoting in the URL.
            raise ValueError(f"not a plain lowercase database name: {name!r}")
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drops a database, ending any connection still open to it."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except (OSError, RuntimeError):
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self._running else "stopped"
        return f"<PostgresServer {HOST}:{self.port} {state} in {self.base_dir}>"

    def _base(self) -> Path:
        if self.base_dir is None:
            raise RuntimeError("the PostgreSQL server has not been started")
        return self.base_dir

    @staticmethod
    def _system_user() -> pwd.struct_passwd:
        try:
            return pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            raise RuntimeError(
                f"running as root but there is no {SYSTEM_USER!r} system user to run "
                f"PostgreSQL as; {MISSING_MESSAGE}"
            ) from None

    def _start_on_a_free_port(self) -> None:
        for attempt in range(1, START_ATTEMPTS + 1):
            self.port = free_port()
            options = shlex.join([
                "-F", "-k", str(self.socket_dir), "-h", HOST, "-p", str(self.port),
                "-c", "fsync=off", "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off", "-c", "max_connections=100",
            ])  # fmt: skip
            started = self._run(
                "pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_path), "-w",
                "-t", str(int(START_TIMEOUT)), "-o", options, "start",
                check=False,
            )  # fmt: skip
            if started.returncode == 0:
                self._running = True
                return
            if attempt == START_ATTEMPTS or "could not bind" not in self.log_tail():
                raise RuntimeError(
                    f"pg_ctl start failed on port {self.port}:\n{started.stdout}\n"
                    f"--- {self.log_path}:\n{self.log_tail()}"
                )

    def _wait_until_accepting(self) -> None:
        import psycopg

        # pg_ctl -w already waited for "ready"; this proves TCP logins work, not just the socket.
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                with psycopg.connect(self.conninfo(), autocommit=True) as conn:
                    conn.execute("SELECT 1")
                return
            except psycopg.OperationalError as error:
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"PostgreSQL on {HOST}:{self.port} accepts no connections: {error}\n"
                        f"--- {self.log_path}:\n{self.log_tail()}"
                    ) from error
                time.sleep(0.05)

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert self.bin_dir is not None
        command = [str(self.bin_dir / tool), *args]
        if os.geteuid() == 0:
            runuser = shutil.which("runuser") or "/usr/sbin/runuser"
            command = [runuser, "-u", SYSTEM_USER, "--", *command]
        # PG* variables of the developer's shell must not point the tools elsewhere; a fixed TZ
        # spares initdb its search for the system time zone.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(TZ="UTC", LC_ALL="C")
        result = subprocess.run(
            command,
            cwd=self._base(),  # the postgres user may not be able to enter our cwd
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=START_TIMEOUT * 2,
            check=False,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"{tool} failed ({result.returncode}):\n{result.stdout}")
        return result
