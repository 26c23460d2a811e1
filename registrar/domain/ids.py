"""Registration ids a person can read aloud, with a check character that catches typos.

Format: ``<site><station>-<sequence>-<check>``, for example ``KAK01-004512-7``. The site
code is 2-4 characters, the station number two digits, the sequence at least six digits.
The check character is Luhn mod 32 over Crockford's base-32 alphabet (no I, L, O, U), so
every single wrong character and every swap of two neighbours is caught.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from registrar.errors import ErrorCode, KnownError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
# Letters people confuse when reading aloud or copying by hand.
_TYPO_FOLD = str.maketrans({"O": "0", "I": "1", "L": "1"})

SITE_CODE_RE = re.compile(r"^[A-HJKMNP-TV-Z]{2,4}$")
_ID_RE = re.compile(r"^([A-HJKMNP-TV-Z]{2,4})(\d{2})-(\d{6,})-([0-9A-HJKMNP-TV-Z])$")


def check_character(payload: str) -> str:
    """Luhn mod N check character for ``payload`` (characters of ALPHABET)."""
    n = len(ALPHABET)
    factor = 2
    total = 0
    for ch in reversed(payload):
        addend = factor * _VALUE[ch]
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return ALPHABET[(n - total % n) % n]


def validate_site_code(site_code: str) -> str:
    code = site_code.strip().upper()
    if not SITE_CODE_RE.match(code):
        raise KnownError(
            ErrorCode.INVALID_FIELD,
            "site code must be 2-4 letters (no I, L, O or U)",
            field="site_code",
        )
    return code


def validate_station_number(station: int) -> int:
    if not 1 <= station <= 99:
        raise KnownError(
            ErrorCode.INVALID_FIELD, "station number must be 1-99", field="station_number"
        )
    return station


@dataclass(frozen=True, slots=True)
class RegistrationId:
    site_code: str
    station: int
    sequence: int

    def __str__(self) -> str:
        body = f"{self.site_code}{self.station:02d}-{self.sequence:06d}"
        return f"{body}-{check_character(body.replace('-', ''))}"

    @classmethod
    def parse(cls, text: str) -> RegistrationId:
        """Parse an id typed by a person; raises REGISTRATION_ID_INVALID naming what is wrong."""
        cleaned = re.sub(r"[\s_]", "", text.upper()).translate(_TYPO_FOLD)
        match = _ID_RE.match(cleaned)
        if not match:
            raise KnownError(
                ErrorCode.REGISTRATION_ID_INVALID,
                "registration id must look like KAK01-004512-7",
                reason="format",
            )
        site, station, sequence, check = match.groups()
        if check_character(f"{site}{station}{sequence}") != check:
            raise KnownError(
                ErrorCode.REGISTRATION_ID_INVALID,
                "registration id has a typo: its check character does not match",
                reason="check_character",
            )
        return cls(site, int(station), int(sequence))
