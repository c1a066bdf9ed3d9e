"""Ways to break an entry file, shared by the seeded fuzz (test_source_robustness.py) and Hypothesis (test_fuzz.py).

Each takes its random choices from the Random it is given: a seeded one repeats a run, and the one
Hypothesis hands over (st.randoms) lets it shrink a failing file to a small one.
"""

from __future__ import annotations

import random
import re
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import yaml

T = TypeVar("T")


class _CoreLoader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 booleans, as entries are read: `on`, `no` and `yes` stay text."""


_CoreLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_CoreLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                  list("tTfF"))


def load_entry(text: str) -> Any:
    """Return an entry's data, read with the booleans entries use (a key `on` stays the key "on")."""
    return yaml.load(text, Loader=_CoreLoader)  # noqa: S506 - a safe loader


def within(seconds: float, call: Callable[[], T]) -> T:
    """Return call(), run in a daemon thread, so that a call that blocks fails the test instead of hanging it."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append((True, call()))
        except BaseException as error:  # noqa: BLE001 - handed to the test below
            outcome.append((False, error))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    done, value = outcome[0]
    if not done:
        raise value
    return value


SWAPS: list[Any] = ["", "x", 0, -1, 10**18, 2.5, True, None, [], {}, ["a", "b"], {"de": "x"}, {"en": "x"},
                    "2026-02-30", "unknown", "+49 1", "javascript:alert(1)", "\u202e", "\x00", "a" * 3000]
SNIPPETS = ["&a ", "*a", "*b ", "<<: *a", "- ", ": ", "? ", "{", "}", "[", "]", "'", '"', "\\", "#", "%YAML 1.2\n",
            "---\n", "...\n", "!!binary ", "!tag ", "\t", "\r", "\x85", "\u2028", "\ufeff", "\x00", "\x7f", "\x1b",
            "\u202e", "\u200b", "9" * 40, "-0.0", "0x1F", "1e309", ".nan", "~", "2026-01-01T10:00:00Z",
            "&x [*x]", "{a: &y {b: *y}}", "\U0001F600"]


def random_text(rng: random.Random) -> str:
    return "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0x800),
                                   rng.randrange(0x800, 0xD800), rng.randrange(0xE000, 0x110000),
                                   rng.randrange(0, 32)])) for _ in range(rng.randrange(1, 40)))


def mutate_data(data: Any, rng: random.Random) -> Any:
    """Swap the type of, delete or deepen one value somewhere in data."""
    if not isinstance(data, dict | list) or not data:
        return rng.choice(SWAPS)
    key = rng.choice(list(data) if isinstance(data, dict) else range(len(data)))
    roll = rng.random()
    if roll < 0.4 and isinstance(data[key], dict | list) and data[key]:
        data[key] = mutate_data(data[key], rng)
    elif roll < 0.6 and isinstance(data, dict):
        del data[key]
    elif roll < 0.7:
        data[key] = [[[[data[key]]]]] * rng.randrange(1, 4)
    else:
        data[key] = rng.choice(SWAPS)
    return data


def mutate_text(text: str, rng: random.Random) -> bytes:
    lines = text.splitlines(keepends=True) or [""]
    choice = rng.randrange(12)
    if choice == 0:  # flip bytes
        raw = bytearray(text.encode())
        for _ in range(rng.randrange(1, 6)):
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        return bytes(raw)
    if choice == 1:  # truncate
        return text.encode()[: rng.randrange(len(text.encode()) + 1)]
    if choice == 2:  # indent a line at random
        index = rng.randrange(len(lines))
        lines[index] = " " * rng.randrange(1, 9) + lines[index]
    elif choice == 3:  # duplicate a line
        index = rng.randrange(len(lines))
        lines.insert(index, lines[index])
    elif choice == 4:  # delete a line
        del lines[rng.randrange(len(lines))]
    elif choice == 5:  # random unicode inside a line
        index = rng.randrange(len(lines))
        cut = rng.randrange(len(lines[index]) + 1)
        lines[index] = lines[index][:cut] + random_text(rng) + lines[index][cut:]
    elif choice == 6:  # a snippet of YAML syntax somewhere
        index = rng.randrange(len(lines))
        cut = rng.randrange(len(lines[index]) + 1)
        lines[index] = lines[index][:cut] + rng.choice(SNIPPETS) + lines[index][cut:]
    elif choice == 7:  # deep nesting
        depth = rng.choice([20, 33, 100, 999, 1001, 5000])
        lines.append(f"name: {'[' * depth}{']' * depth}\n" if rng.random() < 0.5 else
                     f"name:\n{'- ' * depth}x\n")
    elif choice == 8:  # a huge number
        lines.append(f"{rng.choice(['places', 'population', 'stage', 'name'])}: {'9' * rng.randrange(15, 6000)}\n")
    elif choice == 9:  # aliases, also to themselves
        lines.insert(0, rng.choice(["a: &a [x, *a]\n", "a: &a {b: 1}\n", "x: &b y\n"]))
        lines.append(rng.choice(["name: *a\n", "contact: *a\n", "source: *b\n", "b: *nowhere\n"]))
    elif choice == 10:  # swap lines
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    else:  # swapped types, deleted keys, deeper values: through the data
        data = load_entry(text)
        for _ in range(rng.randrange(1, 4)):
            data = mutate_data(data, rng)
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode()
    return "".join(lines).encode()
