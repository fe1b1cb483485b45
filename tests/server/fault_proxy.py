"""Loopback proxies for the server tests, on threads and plain sockets (no dependency).

`FaultProxy` sits between the client and the test server and does what field connections do, as the test asks:
- `cut_after(sent=N)` / `cut_after(received=N)`: the connection carrying the N-th next byte towards the server
  (or back) is closed there, both ways, once;
- `fail_next(K)`: the next K requests are answered 500 without reaching the server;
- `delay`: seconds waited before each chunk coming back (a slow server);
- `drop = True`: requests are read and never answered (a connection that went silent: a time-out).
It reads each request's head and body (Content-Length) so that faults apply to requests, also on kept-alive
connections; answers stream back as they come.

`ForwardProxy` is a minimal HTTP forward proxy (absolute-form request lines) that counts the requests it carried:
the test that the client honours HTTP_PROXY.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from urllib.parse import urlsplit


class _Listener:
    """A loopback listening socket and one thread per accepted connection; `close()` ends everything."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._server.getsockname()[1])
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._threads: list[threading.Thread] = []
        self._start(self._accept_loop)

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=self._quietly, args=(target, *args), daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _quietly(self, target: object, *args: object) -> None:
        with contextlib.suppress(OSError, ValueError):
            target(*args)  # type: ignore[operator]

    def _accept_loop(self) -> None:
        while not self._closed:
            client, _ = self._server.accept()
            self._keep(client)
            self._start(self._serve, client)

    def _keep(self, sock: socket.socket) -> None:
        with self._lock:
            if self._closed:
                sock.close()
                raise OSError("closed")
            self._sockets.add(sock)

    def _drop(self, *socks: socket.socket) -> None:
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _serve(self, client: socket.socket) -> None:
        raise NotImplementedError

    def close(self) -> None:
        with self._lock:
            self._closed = True
            sockets = list(self._sockets)
            threads = list(self._threads)
        self._drop(self._server)
        self._drop(*sockets)
        for thread in threads:
            thread.join(timeout=5)

    def __enter__(self) -> _Listener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_request(sock: socket.socket, buffer: bytes) -> tuple[bytes, bytes] | None:
    """One request (head and body by Content-Length) from `sock` after `buffer`, and what followed it; None at
    the end of the connection."""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        rest += chunk
    return head + b"\r\n\r\n" + rest[:length], rest[length:]


class FaultProxy(_Listener):
    """See the module's text. `url(target)` is `target` (an http URL on the server) through the proxy."""

    def __init__(self, target_root: str) -> None:
        parts = urlsplit(target_root)
        self.target = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.delay = 0.0
        self.drop = False
        self.requests = 0  # requests that reached the proxy
        self.failed = 0  # requests answered 500 by the proxy
        self.cuts = 0  # connections cut
        self._fail_next = 0
        self._cut_sent: int | None = None
        self._cut_received: int | None = None
        self._state = threading.Lock()
        super().__init__()

    def url(self, target: str) -> str:
        parts = urlsplit(target)
        return parts._replace(netloc=f"127.0.0.1:{self.port}").geturl()

    def fail_next(self, count: int) -> None:
        with self._state:
            self._fail_next = count

    def cut_after(self, *, sent: int | None = None, received: int | None = None) -> None:
        with self._state:
            self._cut_sent, self._cut_received = sent, received

    def _take(self, direction: str, size: int) -> int | None:
        """How many of the `size` bytes going `direction` may pass before the cut asked for, or None (no cut)."""
        with self._state:
            left = self._cut_sent if direction == "sent" else self._cut_received
            if left is None:
                return None
            if left >= size:
                left -= size
                cut = None
            else:
                cut, left = left, None
                self.cuts += 1
            if direction == "sent":
                self._cut_sent = left
            else:
                self._cut_received = left
            return cut

    def _serve(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        buffer = b""
        try:
            while True:
                request = read_request(client, buffer)
                if request is None:
                    return
                data, buffer = request
                with self._state:
                    self.requests += 1
                    failing = self._fail_next > 0
                    if failing:
                        self._fail_next -= 1
                        self.failed += 1
                if self.drop:
                    while client.recv(65536):  # silent until the client gives up
                        pass
                    return
                if failing:
                    body = b'{"error":"internal_server_error","reason":"fault proxy"}'
                    client.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                                   b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))  # fmt: skip
                    return
                if upstream is None:
                    upstream = socket.create_connection(self.target)
                    self._keep(upstream)
                    self._start(self._answers, upstream, client)
                cut = self._take("sent", len(data))
                if cut is not None:
                    upstream.sendall(data[:cut])
                    return
                upstream.sendall(data)
        finally:
            self._drop(client, *([upstream] if upstream is not None else []))

    def _answers(self, upstream: socket.socket, client: socket.socket) -> None:
        try:
            while True:
                chunk = upstream.recv(16384)
                if not chunk:
                    return
                if self.delay:
                    time.sleep(self.delay)
                cut = self._take("received", len(chunk))
                if cut is not None:
                    client.sendall(chunk[:cut])
                    return
                client.sendall(chunk)
        finally:
            self._drop(client, upstream)


class ForwardProxy(_Listener):
    """A forward HTTP proxy (see the module's text): `count` requests carried, one per connection."""

    def __init__(self) -> None:
        self.count = 0
        super().__init__()

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self, client: socket.socket) -> None:
        try:
            request = read_request(client, b"")
            if request is None:
                return
            data, _ = request
            head, _, body = data.partition(b"\r\n\r\n")
            line, _, headers = head.partition(b"\r\n")
            method, target, version = line.split(b" ")
            parts = urlsplit(target.decode("ascii"))
            self.count += 1
            kept = [h for h in headers.split(b"\r\n") if not h.lower().startswith((b"connection:", b"proxy-"))]
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            forwarded = b"\r\n".join([b" ".join([method, path.encode("ascii"), version]), *kept,
                                      b"Connection: close"]) + b"\r\n\r\n" + body  # fmt: skip
            with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80)) as upstream:
                upstream.sendall(forwarded)
                while chunk := upstream.recv(65536):
                    client.sendall(chunk)
        finally:
            self._drop(client)
