"""Errors the CLI reports as one line on stderr."""


class UserError(Exception):
    """Something the user asked for cannot be done as asked: the message says what to do instead."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code
