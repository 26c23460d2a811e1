"""Named loggers per subsystem, and a filter that keeps personal data out of every log line.

Code logs codes, counts, durations and record ids only. As a second line of defence the
filter replaces any string argument that does not look like such a value with
``<redacted>``, so a name passed by mistake never reaches the file.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_SAFE_ARG = re.compile(
    r"^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"  # record ids
    r"|[A-Z]{2,4}\d{2}-\d{6,}-[0-9A-Z]"  # registration ids
    r"|[a-z0-9]+(?:[._:/-][a-z0-9]+)+"  # codes, module and file names (one word could be a name)
    r"|[A-Za-z][A-Za-z0-9]{0,40}(?:Error|Exception|Warning)"  # exception class names
    r"|[-+]?\d+(?:\.\d+)?)$"
)
REDACTED = "<redacted>"


class PersonalDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_scrub(a) for a in args)
        return True


def _scrub(value: object) -> object:
    if isinstance(value, bool | int | float) or value is None:
        return value
    text = str(value)
    return value if _SAFE_ARG.match(text) else REDACTED


def configure(log_dir: Path | None, level: int = logging.INFO) -> None:
    """Send the ``registrar`` loggers to a rotating file in ``log_dir`` (or nowhere), filtered."""
    logger = logging.getLogger("registrar")
    logger.setLevel(level)
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    handler: logging.Handler
    if log_dir is None:
        handler = logging.NullHandler()  # no vault folder yet: nowhere safe to write
    else:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / "registrar.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    handler.addFilter(PersonalDataFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False
