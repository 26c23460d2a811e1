"""What the operator reads for each error code: translated sentences that say what to do next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from registrar.errors import ErrorCode, KnownError

if TYPE_CHECKING:
    from registrar.services.guards import BacklogWarning


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def describe(error: BaseException) -> str:
    """A sentence for the operator. Unknown codes fall back to the core's English message."""
    if not isinstance(error, KnownError):
        return _tr(
            "Something went wrong inside Registrar. Nothing was saved by the failed step. "
            "Please tell your supervisor; the details are in the log file."
        )
    code = error.code
    if code is ErrorCode.REGISTRATION_STOPPED:
        kinds = [str(k) for k in error.details.get("kinds") or []]
        return " ".join(
            [
                _tr(
                    "New registrations are stopped until the backlog is worked down "
                    "(a supervisor's setting)."
                ),
                *(_BACKLOG_ADVICE.get(k, lambda: "")() for k in kinds),
            ]
        ).strip()
    if code is ErrorCode.UNLOCK_FAILED:
        wait = int(error.details.get("wait_s") or 0)
        text = _tr("The operator name or the password is wrong.")
        if wait:
            text += " " + _tr("Wait {seconds} seconds before the next try.").format(seconds=wait)
        return text
    if code is ErrorCode.UNLOCK_LOCKED_OUT:
        return _tr("Too many wrong passwords. Wait {seconds} seconds, then try again.").format(
            seconds=int(error.details.get("wait_s") or 0)
        )
    known = {
        ErrorCode.SLOT_FILE_DAMAGED: _tr(
            "The file that holds the passwords is damaged. Nothing was changed. A supervisor "
            "can restore it from its backup or open the vault with the recovery key."
        ),
        ErrorCode.SLOT_FILE_MISSING: _tr(
            "The file that holds the passwords is missing. A supervisor can open the vault "
            "with the recovery key."
        ),
        ErrorCode.VAULT_DAMAGED: _tr(
            "The vault file is damaged. Nothing was changed. Do not use this laptop for "
            "registration; call support."
        ),
        ErrorCode.VAULT_WAL_DAMAGED: _tr(
            "The vault's journal is damaged. Nothing was changed. Do not use this laptop for "
            "registration; call support."
        ),
        ErrorCode.PASSWORD_TOO_SHORT: _tr("Passwords need at least 10 characters."),
        ErrorCode.OPERATOR_NAME_INVALID: _tr(
            "Operator names are 2-32 lower-case letters, digits, dot, dash or underscore."
        ),
        ErrorCode.NOT_PERMITTED: _tr("Only a supervisor may do this."),
        ErrorCode.REASON_REQUIRED: _tr(
            "Say why the record is refused, so that the officer can correct it."
        ),
        ErrorCode.RECOVERY_KEY_MALFORMED: _tr(
            "The recovery key has a typo. It has 8 groups of 4 letters and digits."
        ),
        ErrorCode.RECOVERY_KEY_WRONG: _tr("This is not the recovery key of this vault."),
        ErrorCode.OPERATOR_EXISTS: _tr(
            "An operator with this name exists already (perhaps disabled: enable them "
            "instead). Choose another name."
        ),
        ErrorCode.OPERATOR_UNKNOWN: _tr("There is no active operator with this name."),
        ErrorCode.OPERATOR_ACTIVE: _tr(
            "This operator is not disabled. To give them a new password, reset it."
        ),
        ErrorCode.OPERATOR_LAST_SUPERVISOR: _tr(
            "The station needs at least one active supervisor. Make another operator a "
            "supervisor first."
        ),
        ErrorCode.PASSWORD_CHANGE_REQUIRED: _tr(
            "You are still using a temporary password. Choose your own password first."
        ),
        ErrorCode.REAUTH_REQUIRED: _tr("Type your password again to confirm this step."),
        ErrorCode.REAUTH_FAILED: _tr("The password is wrong."),
    }
    return known.get(code, error.message)


_BACKLOG_ADVICE = {
    "review_size": lambda: _tr("A supervisor should work through the review queue."),
    "review_age": lambda: _tr("A supervisor should review the oldest possible duplicates."),
    "sync_size": lambda: _tr("Sync now, or export the records to a USB stick."),
    "sync_age": lambda: _tr("Sync now, or export the records to a USB stick."),
}


def backlog_words(warning: BacklogWarning) -> str:
    """One backlog guard that passed: what, how much, against which limit, and what to do."""
    kind = warning.kind.value
    value, limit = warning.value, warning.limit
    what = {
        "review_size": lambda: _tr(
            "{n} possible duplicates wait for review (the limit is {limit})."
        ).format(n=int(value), limit=int(limit)),
        "review_age": lambda: _tr(
            "The oldest possible duplicate has waited {days:.0f} days (the limit is {limit:g})."
        ).format(days=value, limit=limit),
        "sync_size": lambda: _tr(
            "{n} records have not reached the hub (the limit is {limit})."
        ).format(n=int(value), limit=int(limit)),
        "sync_age": lambda: _tr(
            "The oldest record not yet at the hub is {days:.0f} days old (the limit is {limit:g})."
        ).format(days=value, limit=limit),
    }[kind]()
    return f"{what} {_BACKLOG_ADVICE[kind]()}"
