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
        **_sync_sentences(),
    }
    return known.get(code, error.message)


def _sync_sentences() -> dict[ErrorCode, str]:
    """Sync and the hub: what happened, that the records are safe, and what to do next."""
    return {
        ErrorCode.PACKET_INVALID: _tr(
            "A batch, receipt or findings file is damaged or meant for another station. "
            "Nothing was changed by it. Write the files again, or ask the hub operator for "
            "new ones."
        ),
        ErrorCode.SIGNATURE_INVALID: _tr(
            "An answer or a file that claims to come from the hub is not signed with your "
            "hub's key. Nothing was changed by it. Do not use it; call the hub operator."
        ),
        ErrorCode.RECORD_TOO_LARGE: _tr(
            "This record is too large to send. It stays safely in the vault. A supervisor "
            "can remove a document page from it, or raise the record size limit in Settings."
        ),
        ErrorCode.HUB_UNREACHABLE: _tr(
            "The hub could not be reached. Records wait safely in the vault; sync will try "
            "again. Check the network, or carry the records to the hub on a USB stick."
        ),
        ErrorCode.HUB_REFUSED: _tr(
            "The hub refused the request. Records wait safely in the vault. Tell the hub "
            "operator; the details are in the log file."
        ),
        ErrorCode.NOT_ENROLLED: _tr(
            "This station is not enrolled at a hub yet. A supervisor enrols it on the Sync "
            "page with a token from the hub operator."
        ),
        ErrorCode.ALREADY_ENROLLED: _tr(
            "This station is enrolled at a hub already. Nothing was changed."
        ),
        ErrorCode.TOKEN_INVALID: _tr(
            "The hub did not accept this enrolment token: it is mistyped, has expired or was "
            "used already. Ask the hub operator for a new token."
        ),
        ErrorCode.STATION_UNKNOWN: _tr(
            "The hub does not know this station (it may have been removed there). Records "
            "wait safely in the vault; call the hub operator."
        ),
        ErrorCode.STATION_EXISTS: _tr(
            "The hub has a station with this site code and number already. Check the site "
            "and station number, or ask the hub operator to remove the old station."
        ),
        ErrorCode.UPLOAD_OFFSET: _tr(
            "The hub and this station disagreed on how much of a batch had arrived. Nothing "
            "was lost; sync again and it goes on from where the hub is."
        ),
        ErrorCode.REQUEST_TOO_LARGE: _tr(
            "The hub refused a piece of a batch as too large. A supervisor can lower the "
            "upload piece size in Settings; then sync again. Records wait safely in the vault."
        ),
        ErrorCode.BATCH_CONFLICT: _tr(
            "The hub holds a different batch under the same name. Nothing was changed; call "
            "the hub operator and support."
        ),
        ErrorCode.HUB_NOT_INITIALISED: _tr(
            "This hub folder has not been set up. Set the hub up first (registrar hub init)."
        ),
        ErrorCode.HUB_EXISTS: _tr("A hub is set up in this folder already. Nothing was changed."),
    }


def describe_enrolment(error: BaseException) -> str:
    """Like :func:`describe`, for a failed enrolment: a key that does not match the token
    means the station may have reached another machine than the hub."""
    if isinstance(error, KnownError) and error.code is ErrorCode.SIGNATURE_INVALID:
        return _tr(
            "The hub's keys do not match the token — this may not be your hub. Do not "
            "enrol; call the hub operator."
        )
    return _describe_address(error)


def describe_hub_address(error: BaseException) -> str:
    """Like :func:`describe`, for a hub address a supervisor gave after the hub moved: other
    keys at that address mean another machine, and nothing was changed."""
    if isinstance(error, KnownError) and error.code is ErrorCode.SIGNATURE_INVALID:
        return _tr(
            "The machine at this address answered with other keys than your hub's — it is "
            "not your hub. The address was not changed; check it with the hub operator."
        )
    return _describe_address(error)


def _describe_address(error: BaseException) -> str:
    if (
        isinstance(error, KnownError)
        and error.code is ErrorCode.INVALID_FIELD
        and error.details.get("field") == "hub_url"
    ):
        return _tr(
            "The hub's address starts with http:// or https://, for example "
            "https://hub.example.org:8443. Ask the hub operator for it."
        )
    return describe(error)


def describe_code(code: str) -> str:
    """The sentence for an error code kept in the vault (e.g. a batch's last error)."""
    unknown = _tr("A problem Registrar has no words for ({code}); the details are in the log file.")
    try:
        known = ErrorCode(code)
    except ValueError:
        return unknown.format(code=code)
    text = describe(KnownError(known, code))
    return unknown.format(code=code) if text == code else text


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
