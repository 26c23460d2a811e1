"""What the operator reads for each error code: translated sentences that say what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from registrar.errors import ErrorCode, KnownError


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
        ErrorCode.RECOVERY_KEY_MALFORMED: _tr(
            "The recovery key has a typo. It has 8 groups of 4 letters and digits."
        ),
        ErrorCode.RECOVERY_KEY_WRONG: _tr("This is not the recovery key of this vault."),
    }
    return known.get(code, error.message)
