"""What the pages share while the vault is unlocked: the lanes, the vault and the face service.

The vault and the face service are touched only inside work run on the database lane
(``session.run``), which is the one thread that owns the SQLCipher connection. The face
engine also runs there: one engine, one thread, no locks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from ui.tasks import Failed, Lane

if TYPE_CHECKING:
    from registrar.capture.camera import Camera
    from registrar.services.faces import FaceService
    from registrar.storage.vault import Vault

T = TypeVar("T")


@dataclass(eq=False)
class UiSession:
    db: Lane
    compute: Lane
    vault: Vault
    camera: Callable[[], Camera] | None = None  # opens the desk's camera; None: no camera
    faces: FaceService | None = None  # set on the database lane once the engine has loaded
    closed: bool = field(default=False)

    @property
    def operator(self) -> str:
        return self.vault.session.operator

    @property
    def is_supervisor(self) -> bool:
        from registrar.domain.model import Role

        return self.vault.session.role is Role.SUPERVISOR

    def run(
        self,
        work: Callable[[Vault], T],
        on_done: Callable[[T], None],
        on_error: Failed,
    ) -> None:
        """Run ``work(vault)`` on the database lane; callbacks come back on the UI thread.

        After a lock the callbacks are dropped: nothing from the session reaches a view.
        """

        def guarded_done(value: Any) -> None:
            if not self.closed:
                on_done(value)

        def guarded_error(error: BaseException) -> None:
            if not self.closed:
                on_error(error)

        if self.closed:
            return
        vault = self.vault
        self.db.submit(lambda: work(vault), guarded_done, guarded_error)

    def run_faces(
        self,
        work: Callable[[FaceService], T],
        on_done: Callable[[T], None],
        on_error: Failed,
    ) -> None:
        """Like ``run``, with the face service (a clear error while it is still loading)."""

        def with_faces(_vault: Vault) -> T:
            faces = self.faces
            if faces is None:
                from registrar.errors import ErrorCode, KnownError

                raise KnownError(
                    ErrorCode.FACES_LOADING,
                    "face search is still loading; try again in a few seconds",
                )
            return work(faces)

        self.run(with_faces, on_done, on_error)
