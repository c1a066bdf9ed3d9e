"""How long an editor waits in `make serve`: from saving one YAML file to the rebuilt page being served.

Runs `make serve` on a synthetic directory (WEGWEISER_DIRECTORY, which it watches as it watches
`directory/`), then changes one entry's name several times; after each save it polls the entry's page
until the new name is served.
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
POLL_SECONDS = 0.05
GIVE_UP_SECONDS = 120
SAVES = 5


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _served(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - the loopback address
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _wait_for(url: str, text: str) -> float:
    """Poll url until it serves text; return the time (perf_counter) it first did."""
    deadline = time.perf_counter() + GIVE_UP_SECONDS
    while time.perf_counter() < deadline:
        if text in _served(url):
            return time.perf_counter()
        time.sleep(POLL_SECONDS)
    raise SystemExit(f"{url} did not show {text!r} within {GIVE_UP_SECONDS} s")


def _german_name_only(entry: Path) -> bool:
    """Whether the entry's name is one German line (`name: …`), which a save can replace as a whole."""
    return isinstance(yaml.safe_load(entry.read_text(encoding="utf-8"))["name"], str)


def serve_latency(directory: Path) -> list[float]:
    """Return the seconds from each save of one entry to its page showing the change.

    Starts as the builds do (bench/builds.py, settle): with what earlier runs wrote flushed to disk.
    """
    entry = next(path for path in sorted((directory / "courses").glob("*.yml")) if _german_name_only(path))
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    url = f"{base}de/courses/{entry.stem}/"
    original = entry.read_text(encoding="utf-8")
    name_line = next(line for line in original.splitlines() if line.startswith("name:"))
    os.sync()
    # In a session of its own: make and the mkdocs it starts are stopped together.
    server = subprocess.Popen(["make", "--no-print-directory", "serve", f"SERVE_ADDRESS=127.0.0.1:{port}",
                               f"BASE_URL={base}", "SERVE_LANG=de"], cwd=ROOT,
                              env={**os.environ, "WEGWEISER_DIRECTORY": str(directory)}, start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = []
    try:
        _wait_for(url, "</html>")
        for save in range(1, SAVES + 1):
            marker = f"Geänderter Name {save}"
            time.sleep(1)  # let the watcher settle after the last build
            entry.write_text(original.replace(name_line, f"name: {marker}", 1), encoding="utf-8")
            saved = time.perf_counter()
            seconds.append(_wait_for(url, marker) - saved)
    finally:
        entry.write_text(original, encoding="utf-8")
        os.killpg(server.pid, signal.SIGINT)  # as Ctrl-C: mkdocs deletes its preview folder
        server.wait(timeout=30)
    return seconds


def latency_line(seconds: list[float], size: int) -> str:
    return (f"make serve, {size} entries: {statistics.median(seconds):.2f} s from saving an entry to its page "
            f"served (median of {len(seconds)}: {' '.join(f'{s:.2f}' for s in seconds)} s)   target <= 2 s: "
            f"{'met' if statistics.median(seconds) <= 2 else 'not met'}")
