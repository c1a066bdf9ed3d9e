"""Serve a built site on the loopback address as GitHub Pages serves it, and count what each request sends.

Pages compresses text files (HTML, CSS, JavaScript, JSON, SVG, XML) with gzip for browsers that accept it
and lets them cache for ten minutes; Pagefind's index files and its WebAssembly are compressed already.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


@dataclass(frozen=True)
class Sent:
    """One response: its URL path, the bytes on the wire (body) and the bytes of the file."""

    path: str
    wire: int
    raw: int


class _Handler(http.server.SimpleHTTPRequestHandler):
    sent: list[Sent]
    lock: threading.Lock

    def do_GET(self) -> None:  # noqa: N802 - name given by the base class
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            super().do_GET()
            return
        raw = path.read_bytes()
        compress = path.suffix in TEXT and "gzip" in self.headers.get("Accept-Encoding", "")
        body = gzip.compress(raw, mtime=0) if compress else raw
        with self.lock:
            self.sent.append(Sent(self.path, len(body), len(raw)))
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        pass


@contextmanager
def serve(site: Path) -> Iterator[tuple[str, list[Sent]]]:
    """Serve site on a free port; yield its URL and the list every response is added to."""
    sent: list[Sent] = []
    handler = type("Handler", (_Handler,), {"sent": sent, "lock": threading.Lock()})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", sent
    finally:
        server.shutdown()
        server.server_close()
