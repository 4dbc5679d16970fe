"""bengali_outage: structured outage incident records from Bengali news articles.

>>> import bengali_outage as bo
>>> bo.parse_number("৪০ হাজারেরও বেশি").min
40000
"""

from __future__ import annotations

from bengali_outage._pipeline import COMPONENTS, extract, extract_many
from bengali_outage._tokenise import blank_nlp, tokenise
from bengali_outage.errors import (
    BengaliOutageError,
    InputError,
    ModelUnavailableError,
    ReferenceTimeError,
)
from bengali_outage.models import Duration, Entity, Incident, Quantity, Report, Span, TimePoint
from bengali_outage.normalise.duration import parse_duration
from bengali_outage.normalise.numeral import parse_number
from bengali_outage.normalise.time import parse_time
from bengali_outage.normalise.values import find_values

__version__ = "0.1.0"

__all__ = [
    "COMPONENTS",
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
    "blank_nlp",
    "extract",
    "extract_many",
    "find_values",
    "parse_duration",
    "parse_number",
    "parse_time",
    "tokenise",
]
