"""The source step: find, read, validate and cross-check the entry files.

`load_directory` is the one way in: it returns the directory of entries and every
problem found, as data; nothing here raises on what an editor wrote.
"""

from .loader import load_directory

__all__ = ["load_directory"]
