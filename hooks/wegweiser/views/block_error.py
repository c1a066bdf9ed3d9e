"""The one way a data block of the concept's pages says that its placeholder names nothing."""

from __future__ import annotations

from ..messages import Message


class BlockError(Exception):
    """A placeholder names no kind of block, or its ref names nothing; the message (German) says what fits."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.id)
        self.message = message
