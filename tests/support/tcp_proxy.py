"""A TCP proxy on 127.0.0.1 that cuts or refuses connections, for tests of flaky uploads."""

from __future__ import annotations

import contextlib
import random
import selectors
import socket
import struct
import threading
from collections.abc import Callable
from types import TracebackType

HOST = "127.0.0.1"
CHUNK = 64 * 1024
# Per direction; past this the proxy stops reading, so a slow reader slows the writer down.
BUFFER_LIMIT = 1024 * 1024
CONNECT_TIMEOUT = 5.0
JOIN_TIMEOUT = 5.0
THREAD_PREFIX = "FaultProxy"


def random_cuts(seed: int, low: int, high: int, probability: float) -> Callable[[], int | None]:
    """A cut_after for FaultProxy: with the given probability a connection is cut after a
    uniformly drawn number of bytes in [low, high], otherwise it is left alone.

    The same seed gives the same sequence of answers, one per connection in accept order.
    """
    if not 0 <= low <= high:
        raise ValueError(f"need 0 <= low <= high, got {low}, {high}")
    if not 0.0 <= probability <= 1.0:
        raise ValueError(f"probability must be in [0, 1], got {probability}")
    rng = random.Random(seed)
    lock = threading.Lock()

    def cut_after() -> int | None:
        with lock:
            if rng.random() < probability:
                return rng.randint(low, high)
            return None

    return cut_after


def _reset(sock: socket.socket) -> None:
    """Closes a socket so that the peer gets a RST instead of an orderly FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class FaultProxy:
    """Forwards 127.0.0.1:port to target, cutting connections as cut_after says.

    cut_after is called once per accepted connection (in accept order) and returns how many
    client-to-server bytes to forward before resetting both sides, or None to never cut.
    With a seed, forwarded data is written in randomly sized pieces so that the receiver
    sees the stream split at arbitrary points; the pieces are reproducible per connection.
    Setting refuse to True resets every new connection at once, as if the link were down.
    """

    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        cut_after: Callable[[], int | None] | None = None,
        seed: int | None = None,
    ) -> None:
        self.target_host = target_host
        self.target_port = target_port
        self.cut_after = cut_after
        self.seed = seed
        self.refuse = False
        self.connections = 0  # accepted and forwarded (refused ones are not counted here)
        self.refused = 0
        self.cuts = 0
        self.bytes_up = 0  # client to server, as delivered to the server's socket
        self.bytes_down = 0  # server to client, as delivered to the client's socket
        self._lock = threading.Lock()
        self._closed = False
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            self._listener.bind((HOST, 0))
            self._listener.listen(64)
            self._listener.setblocking(False)
            # Written once on close and never read, so every selector waiting on it wakes up.
            self._wake_r, self._wake_w = socket.socketpair()
        except BaseException:
            self._listener.close()
            raise
        self.port: int = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(
            target=self._accept_loop, name=f"{THREAD_PREFIX}-accept-{self.port}", daemon=True
        )
        self._acceptor.start()

    @property
    def url_base(self) -> str:
        return f"http://{HOST}:{self.port}"

    def close(self) -> None:
        """Stops accepting, resets every open connection and joins all threads."""
        if self._closed:
            return
        self._closed = True
        self._wake_w.send(b"x")
        self._acceptor.join(JOIN_TIMEOUT)
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(JOIN_TIMEOUT)
        alive = [t.name for t in (self._acceptor, *threads) if t.is_alive()]
        self._listener.close()
        self._wake_r.close()
        self._wake_w.close()
        if alive:
            raise RuntimeError(f"proxy threads did not stop: {alive}")

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"<FaultProxy {HOST}:{self.port} -> {self.target_host}:{self.target_port} "
            f"seed={self.seed} connections={self.connections} cuts={self.cuts} "
            f"refused={self.refused}>"
        )

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._listener, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._closed:
                for key, _ in selector.select():
                    if key.fileobj is self._wake_r:
                        return
                    try:
                        client, _ = self._listener.accept()
                    except (BlockingIOError, InterruptedError):
                        continue
                    self._start_connection(client)

    def _start_connection(self, client: socket.socket) -> None:
        # Nagle off on both legs (as the hub has it): otherwise each small write waits ~40 ms
        # for a delayed ACK and small chunks crawl.
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.refuse:
            with self._lock:
                self.refused += 1
            _reset(client)
            return
        with self._lock:
            self.connections += 1
            number = self.connections
            # Finished connections are dropped here so a long test does not pile them up.
            self._threads = [t for t in self._threads if t.is_alive()]
        try:
            cut_at = self.cut_after() if self.cut_after is not None else None
        except BaseException:
            _reset(client)
            raise
        rng = random.Random(f"{self.seed}-{number}") if self.seed is not None else None
        thread = threading.Thread(
            target=self._relay,
            args=(client, cut_at, rng),
            name=f"{THREAD_PREFIX}-{self.port}-conn-{number}",
            daemon=True,
        )
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _relay(self, client: socket.socket, cut_at: int | None, rng: random.Random | None) -> None:
        try:
            upstream = socket.create_connection(
                (self.target_host, self.target_port), timeout=CONNECT_TIMEOUT
            )
            upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            _reset(client)
            return
        relay = _Relay(self, client, upstream, cut_at, rng)
        try:
            relay.run()
        finally:
            relay.close()

    def _count(self, *, up: int = 0, down: int = 0, cut: bool = False) -> None:
        with self._lock:
            self.bytes_up += up
            self.bytes_down += down
            self.cuts += cut


class _Relay:
    """Both directions of one connection, in one thread with non-blocking sockets.

    One thread (rather than one per direction) means a cut or a close never races with a
    blocked recv on a socket another thread is closing.
    """

    def __init__(
        self,
        proxy: FaultProxy,
        client: socket.socket,
        upstream: socket.socket,
        cut_at: int | None,
        rng: random.Random | None,
    ) -> None:
        self.proxy = proxy
        self.client = client
        self.upstream = upstream
        self.cut_at = cut_at
        self.rng = rng
        self.up = bytearray()  # read from the client, not yet written upstream
        self.down = bytearray()
        self.received_up = 0
        self.client_eof = False
        self.upstream_eof = False
        self.up_shut = False  # the client's FIN has been passed on upstream
        self.down_shut = False
        self.graceful = False
        self.selector = selectors.DefaultSelector()
        self.interest: dict[socket.socket, int] = {}

    def run(self) -> None:
        self.selector.register(self.proxy._wake_r, selectors.EVENT_READ)
        for sock in (self.client, self.upstream):
            sock.setblocking(False)
        try:
            while True:
                if self._cut_due():
                    self.proxy._count(cut=True)
                    return
                if self.up_shut and self.down_shut:
                    self.graceful = True
                    return
                self._want(self.client, self._client_events())
                self._want(self.upstream, self._upstream_events())
                for key, events in self.selector.select():
                    if key.fileobj is self.proxy._wake_r:
                        return
                    self._step(key.data, events)
        except OSError:
            # A reset or broken pipe on one side is passed on as a reset to the other.
            return

    def close(self) -> None:
        self.selector.close()
        if self.graceful:
            self.client.close()
            self.upstream.close()
        else:
            _reset(self.client)
            _reset(self.upstream)

    def _cut_due(self) -> bool:
        return self.cut_at is not None and self.received_up >= self.cut_at and not self.up

    def _client_events(self) -> int:
        events = selectors.EVENT_WRITE if self.down else 0
        room = len(self.up) < BUFFER_LIMIT and (
            self.cut_at is None or self.received_up < self.cut_at
        )
        if not self.client_eof and room:
            events |= selectors.EVENT_READ
        return events

    def _upstream_events(self) -> int:
        events = selectors.EVENT_WRITE if self.up else 0
        if not self.upstream_eof and len(self.down) < BUFFER_LIMIT:
            events |= selectors.EVENT_READ
        return events

    def _want(self, sock: socket.socket, events: int) -> None:
        current = self.interest.get(sock, 0)
        if events == current:
            return
        if not events:
            self.selector.unregister(sock)
            del self.interest[sock]
        elif not current:
            self.selector.register(sock, events, data=sock)
            self.interest[sock] = events
        else:
            self.selector.modify(sock, events, data=sock)
            self.interest[sock] = events

    def _step(self, sock: socket.socket, events: int) -> None:
        if sock is self.client:
            if events & selectors.EVENT_READ:
                self._read_client()
            if events & selectors.EVENT_WRITE:
                self.proxy._count(down=self._write(self.client, self.down))
        else:
            if events & selectors.EVENT_READ:
                self._read_upstream()
            if events & selectors.EVENT_WRITE:
                self.proxy._count(up=self._write(self.upstream, self.up))
        # A FIN is passed on only once everything before it has been delivered.
        if self.client_eof and not self.up and not self.up_shut:
            self.upstream.shutdown(socket.SHUT_WR)
            self.up_shut = True
        if self.upstream_eof and not self.down and not self.down_shut:
            self.client.shutdown(socket.SHUT_WR)
            self.down_shut = True

    def _read_client(self) -> None:
        size = CHUNK
        if self.cut_at is not None:
            # Never read past the cut, so nothing beyond it can reach the server.
            size = min(size, self.cut_at - self.received_up)
        try:
            data = self.client.recv(size)
        except (BlockingIOError, InterruptedError):
            return
        if not data:
            self.client_eof = True
        self.received_up += len(data)
        self.up += data

    def _read_upstream(self) -> None:
        try:
            data = self.upstream.recv(CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        if not data:
            self.upstream_eof = True
        self.down += data

    def _write(self, sock: socket.socket, buffer: bytearray) -> int:
        size = len(buffer)
        if self.rng is not None:
            size = self.rng.randint(1, size)
        try:
            sent = sock.send(buffer[:size])
        except (BlockingIOError, InterruptedError):
            return 0
        del buffer[:sent]
        return sent
