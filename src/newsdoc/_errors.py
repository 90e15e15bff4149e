"""The exception family. Everything that is not fatal becomes a :class:`~newsdoc.Diagnostic`."""

from __future__ import annotations

from ._model import Diagnostic, Location

__all__ = ["ParseError"]


class ParseError(ValueError):
    """Input newsdoc cannot use, or any problem at all when ``strict=True``.

    ``location`` names the file, line and column; ``diagnostic`` is the diagnostic that was
    raised in strict mode (``None`` for errors that are always fatal).

    >>> import newsdoc
    >>> try:
    ...     newsdoc.parse("one ||||  two", strict=True)
    ... except newsdoc.ParseError as err:
    ...     print(err)
    <text>:1:5: malformed-delimiter: delimiter '||||' has 4 pipes, expected 5
    """

    def __init__(self, message: str, *, location: Location | None = None,
                 diagnostic: Diagnostic | None = None) -> None:
        self.location = location
        self.diagnostic = diagnostic
        where = f"{location}: " if location is not None else ""
        super().__init__(f"{where}{message}")

    def __reduce__(self) -> tuple[type[ParseError], tuple[str], dict[str, object]]:
        # the formatted message already names the location; keep the attributes too, so the
        # error crosses process boundaries (parse_many, --jobs) intact
        return type(self), (str(self),), {"location": self.location,
                                          "diagnostic": self.diagnostic}

    @classmethod
    def from_diagnostic(cls, diagnostic: Diagnostic) -> ParseError:
        """Build the error strict mode raises for *diagnostic*."""
        return cls(f"{diagnostic.code}: {diagnostic.message}", location=diagnostic.location,
                   diagnostic=diagnostic)
