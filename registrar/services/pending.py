"""A marker that a registration is being saved, so a crash mid-save is noticed at next unlock.

Saving is one transaction: after a crash the person is either fully stored or not at all.
What the officer cannot know is which: the app may have died before showing the
registration id. The marker (no personal data: an operator name and a time) is written
before the save and removed once the officer has seen the result; at the next unlock a
left-over marker tells the app to show what was stored since then.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from registrar.storage.people import PeopleRepository
from registrar.storage.vault import Vault

MARKER_NAME = "registration-in-progress.json"


@dataclass(frozen=True, slots=True)
class UnconfirmedSave:
    operator: str
    started_at: dt.datetime
    registration_ids: tuple[str, ...]  # people stored since the save began (usually 0 or 1)


class PendingSave:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / MARKER_NAME

    def begin(self, operator: str, now: dt.datetime) -> None:
        tmp = self.path.with_suffix(".tmp")
        data = json.dumps({"operator": operator, "started_at": now.isoformat()})
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    def end(self) -> None:
        self.path.unlink(missing_ok=True)

    def find(self, vault: Vault) -> UnconfirmedSave | None:
        """The save a crash interrupted, with what it stored; None when there was none."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            operator = str(data["operator"])
            started = dt.datetime.fromisoformat(data["started_at"])
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):
            # A marker torn by the crash itself: the save had not begun.
            self.end()
            return None
        ids = PeopleRepository(vault.db.conn).registration_ids_created_since(started, operator)
        return UnconfirmedSave(operator, started, tuple(ids))
