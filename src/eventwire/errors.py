"""Named errors. Every error a user can cause derives from :class:`EventwireError` and
carries a one-line message that says what was wrong and what to do about it."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class for errors caused by input or configuration, not by a bug."""


class InputError(EventwireError):
    """The article or input file cannot be coded (empty, binary, not UTF-8, ...)."""


class DateError(InputError):
    """A publication date could not be understood."""


class SettingsError(EventwireError):
    """A setting has an invalid value."""


class DataFileError(EventwireError):
    """A bundled or user-supplied dictionary file is malformed."""


class ModelNotInstalledError(EventwireError):
    """The spaCy English pipeline is not installed."""


class OutputError(EventwireError):
    """A result file (rejects, export) cannot be written: no space, no permission, ..."""


class StoreError(EventwireError):
    """The event store cannot be opened or written."""


class StoreInUseError(StoreError):
    """Another process holds the store's write lock."""
