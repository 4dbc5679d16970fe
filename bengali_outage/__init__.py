"""bengali_outage: structured outage incident records from Bengali news articles."""

from __future__ import annotations

from bengali_outage._tokenise import tokenise
from bengali_outage.errors import (
    BengaliOutageError,
    InputError,
    ModelUnavailableError,
    ReferenceTimeError,
)
from bengali_outage.models import Duration, Entity, Incident, Quantity, Report, Span, TimePoint

__version__ = "0.1.0"

__all__ = [
    "BengaliOutageError",
    "Duration",
    "Entity",
    "Incident",
    "InputError",
    "ModelUnavailableError",
    "Quantity",
    "ReferenceTimeError",
    "Report",
    "Span",
    "TimePoint",
    "__version__",
    "tokenise",
]
