"""The fault-injecting TCP proxy: faithful forwarding, cuts as resets, refusal, clean close."""

from __future__ import annotations

import http.server
import os
import queue
import socket
import socketserver
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from support.tcp_proxy import THREAD_PREFIX, FaultProxy, random_cuts

TIMEOUT = 10.0


@dataclass
class Received:
    """What the server got on one connection, and the error that ended it, if any."""

    data: bytes
    error: OSError | None


class EchoServer(socketserver.ThreadingTCPServer):
    """Echoes every connection back and records what each one received."""

    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), EchoHandler)
        self.received: queue.Queue[Received] = queue.Queue()

    @property
    def port(self) -> int:
        port: int = self.server_address[1]
        return port


class EchoHandler(socketserver.BaseRequestHandler):
    server: EchoServer
    request: socket.socket

    def handle(self) -> None:
        data = bytearray()
        error: OSError | None = None
        self.request.settimeout(TIMEOUT)
        try:
            while chunk := self.request.recv(65536):
                data += chunk
                self.request.sendall(chunk)
        except OSError as e:
            error = e
        self.server.received.put(Received(bytes(data), error))


@pytest.fixture
def echo_server() -> Iterator[EchoServer]:
    server = EchoServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server
    server.shutdown()
    server.server_close()  # joins the handler threads
    thread.join(TIMEOUT)


def connect(proxy: FaultProxy) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", proxy.port), timeout=TIMEOUT)
    return sock


@dataclass
class Exchange:
    received: bytes
    errors: list[OSError]  # from sending and from receiving

    @property
    def clean(self) -> bool:
        return not self.errors

    @property
    def reset(self) -> bool:
        # Linux reports a RST once, to whichever call comes first: send or recv.
        return any(isinstance(e, ConnectionResetError) for e in self.errors)


def exchange(sock: socket.socket, payload: bytes) -> Exchange:
    """Sends payload (then FIN) from a thread while reading until EOF or an error."""
    errors: list[OSError] = []

    def send() -> None:
        try:
            sock.sendall(payload)
            sock.shutdown(socket.SHUT_WR)
        except OSError as e:
            errors.append(e)

    sender = threading.Thread(target=send)
    sender.start()
    received = bytearray()
    try:
        while chunk := sock.recv(65536):
            received += chunk
    except OSError as e:
        errors.append(e)
    sender.join(TIMEOUT)
    assert not sender.is_alive()
    return Exchange(bytes(received), errors)


def talk(proxy: FaultProxy, payload: bytes) -> Exchange:
    """One connection through the proxy; a reset may come as early as connect()."""
    try:
        sock = connect(proxy)
    except OSError as e:
        return Exchange(b"", [e])
    with sock:
        return exchange(sock, payload)


def proxy_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(THREAD_PREFIX)]


@pytest.mark.parametrize("seed", [None, 7])
def test_data_passes_unchanged_both_ways(echo_server: EchoServer, seed: int | None) -> None:
    payload = os.urandom(3 * 1024 * 1024 + 17)  # beyond the proxy's buffers in each direction
    with FaultProxy("127.0.0.1", echo_server.port, seed=seed) as proxy, connect(proxy) as sock:
        result = exchange(sock, payload)
    assert result == Exchange(payload, [])
    server_side = echo_server.received.get(timeout=TIMEOUT)
    assert server_side == Received(payload, None)
    assert (proxy.connections, proxy.cuts, proxy.refused) == (1, 0, 0)
    assert proxy.bytes_up == proxy.bytes_down == len(payload)


def test_several_connections_at_once(echo_server: EchoServer) -> None:
    payloads = [os.urandom(200_000 + n) for n in range(5)]
    with FaultProxy("127.0.0.1", echo_server.port) as proxy:
        socks = [connect(proxy) for _ in payloads]
        try:
            results = [
                exchange(sock, payload) for sock, payload in zip(socks, payloads, strict=True)
            ]
        finally:
            for sock in socks:
                sock.close()
    assert results == [Exchange(payload, []) for payload in payloads]
    assert proxy.connections == 5


@pytest.mark.parametrize("cut", [0, 1, 1000, 65536 + 10, 1024 * 1024 + 3])
def test_cut_delivers_at_most_n_bytes_and_resets_the_client(
    echo_server: EchoServer, cut: int
) -> None:
    payload = os.urandom(2 * 1024 * 1024)
    with FaultProxy("127.0.0.1", echo_server.port, cut_after=lambda: cut) as proxy:
        with connect(proxy) as sock:
            result = exchange(sock, payload)
        server_side = echo_server.received.get(timeout=TIMEOUT)
    assert result.reset, result.errors
    assert len(server_side.data) <= cut
    assert server_side.data == payload[: len(server_side.data)]
    assert result.received == payload[: len(result.received)]
    assert len(result.received) <= cut
    assert proxy.cuts == 1
    assert proxy.bytes_up <= cut


def test_cut_after_is_asked_once_per_connection(echo_server: EchoServer) -> None:
    answers = iter([None, 10, None])
    with FaultProxy("127.0.0.1", echo_server.port, cut_after=lambda: next(answers)) as proxy:
        outcomes = []
        for _ in range(3):
            with connect(proxy) as sock:
                outcomes.append(exchange(sock, b"y" * 100))
    assert outcomes[0] == Exchange(b"y" * 100, [])
    assert outcomes[1].reset
    assert outcomes[2] == Exchange(b"y" * 100, [])
    assert (proxy.connections, proxy.cuts) == (3, 1)


def test_refuse_resets_new_connections_until_switched_back(echo_server: EchoServer) -> None:
    with FaultProxy("127.0.0.1", echo_server.port) as proxy:
        proxy.refuse = True
        result = talk(proxy, b"hello")
        assert result.received == b""
        assert result.reset, result.errors
        assert (proxy.refused, proxy.connections) == (1, 0)
        assert echo_server.received.empty()

        proxy.refuse = False
        assert talk(proxy, b"hello") == Exchange(b"hello", [])
        assert (proxy.refused, proxy.connections) == (1, 1)


def test_unreachable_target_resets_the_client() -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        dead_port = unused.getsockname()[1]  # bound but not listening: connections are refused
        with FaultProxy("127.0.0.1", dead_port) as proxy:
            result = talk(proxy, b"hello")
    assert result.received == b""
    assert result.reset, result.errors


def test_close_resets_open_connections_and_leaves_no_threads(echo_server: EchoServer) -> None:
    proxy = FaultProxy("127.0.0.1", echo_server.port)
    with connect(proxy) as idle, connect(proxy) as busy:
        busy.sendall(b"ping")
        assert busy.recv(4) == b"ping"
        assert len(proxy_threads()) == 3  # the acceptor and one per connection
        proxy.close()
        assert proxy_threads() == []
        for sock in (idle, busy):
            with pytest.raises(ConnectionResetError):
                sock.recv(1)
    proxy.close()  # a second close is harmless
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", proxy.port)) != 0


def test_upload_through_http_is_cut_mid_body() -> None:
    bodies: queue.Queue[int] = queue.Queue()

    class Upload(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            try:
                body = self.rfile.read(length)
            except OSError:
                body = b""
            bodies.put(len(body))
            if len(body) == length:
                self.send_response(200)
                self.send_header("Content-Length", str(len(str(length))))
                self.end_headers()
                self.wfile.write(str(length).encode())

        def log_message(self, format: str, *args: object) -> None:
            pass  # keeps the test output clean

    class Server(http.server.ThreadingHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            # A reset while reading the request is what this test causes; anything else is not.
            if not isinstance(sys.exc_info()[1], OSError):
                super().handle_error(request, client_address)

    server = Server(("127.0.0.1", 0), Upload)
    serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    serving.start()
    body = os.urandom(512 * 1024)
    cuts = iter([None, 20_000])
    try:
        with (
            FaultProxy(
                "127.0.0.1", server.server_address[1], cut_after=lambda: next(cuts)
            ) as proxy,
            httpx.Client(base_url=proxy.url_base, timeout=TIMEOUT) as client,
        ):
            assert client.post("/upload", content=body).text == str(len(body))
            with pytest.raises(httpx.TransportError):
                client.post("/upload", content=body)
    finally:
        server.shutdown()
        server.server_close()
        serving.join(TIMEOUT)
    # server_close() has joined the handlers. A reset that lands before the server has read
    # the request line makes the second request vanish without reaching do_POST at all.
    received = [bodies.get_nowait() for _ in range(bodies.qsize())]
    assert received[0] == len(body)
    assert all(size < 20_000 for size in received[1:])
    assert proxy.cuts == 1


def test_random_cuts_are_reproducible_and_in_range() -> None:
    first, second = random_cuts(42, 10, 20, 0.5), random_cuts(42, 10, 20, 0.5)
    answers = [first() for _ in range(200)]
    assert answers == [second() for _ in range(200)]
    cuts = [a for a in answers if a is not None]
    assert 50 < len(cuts) < 150
    assert all(10 <= a <= 20 for a in cuts)
    other = random_cuts(43, 10, 20, 0.5)
    assert answers != [other() for _ in range(200)]

    never, always = random_cuts(1, 0, 5, 0.0), random_cuts(1, 0, 5, 1.0)
    assert [never() for _ in range(50)] == [None] * 50
    assert all(a is not None and 0 <= a <= 5 for a in (always() for _ in range(50)))


@pytest.mark.parametrize(("low", "high", "probability"), [(5, 4, 0.5), (-1, 4, 0.5), (0, 1, 1.5)])
def test_random_cuts_rejects_bad_arguments(low: int, high: int, probability: float) -> None:
    with pytest.raises(ValueError):
        random_cuts(0, low, high, probability)
