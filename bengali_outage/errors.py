"""Errors raised for caller mistakes; odd text is never an error.

::

    BengaliOutageError
    ├── ReferenceTimeError (ValueError)      naive datetime or unusable reference/published
    ├── InputError (ValueError)              text that is not text (bytes, None, oversized)
    └── ModelUnavailableError (ImportError)  an optional backend is not installed
"""

from __future__ import annotations


class BengaliOutageError(Exception):
    """Base class of every error this library raises on purpose."""


class ReferenceTimeError(BengaliOutageError, ValueError):
    """A reference or publication time the library cannot use."""


class InputError(BengaliOutageError, ValueError):
    """Input that is not a usable article text."""


class ModelUnavailableError(BengaliOutageError, ImportError):
    """An optional backend (the stanza extra, say) is not installed."""
