"""Opening a handover or receipt file for import, before anything of it is read as content.

The file must not be too large and must be ours, not newer than this program,
sealed to this institution and decrypt (so it was not altered), with strict
JSON and a signature that holds (`sync.handover_file`). Any problem refuses
it with a message naming the file.
"""

from __future__ import annotations

from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.handover.handover_receipt import refused
from forebyg_desktop.services.handover.institution_service import require_institution
from forebyg_desktop.services.session import Session
from forebyg_desktop.sync import handover_file
from forebyg_desktop.sync.untrusted import TooLarge, read_bounded

# One child's record is kilobytes; a wrongly chosen large file is refused unread.
MAX_FILE_SIZE = 64 * 1024 * 1024
_CTX = "HandoverService"


def open_file(
    session: Session, path: Path
) -> tuple[handover_file.SealedFile, handover_file.Opened]:
    """The file at `path` read, its recipient checked and opened with this institution's key."""
    try:
        data = read_bounded(path, MAX_FILE_SIZE)
    except TooLarge:
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file} is too large to be a handover or receipt; nothing was imported.",
            ),
        ) from None
    except OSError as exc:
        raise refused(
            path,
            QT_TRANSLATE_NOOP("HandoverService", "{file}: cannot read the file ({reason})."),
            reason=exc.strerror,
        ) from None
    try:
        me = require_institution(session)
    except ServiceError as exc:
        raise refused(
            path,
            QT_TRANSLATE_NOOP("HandoverService", "{file}: {reason}"),
            "",
            reason=exc.message or str(exc),
        ) from None
    try:
        sealed = handover_file.parse(data)
        if sealed.recipient != me.fingerprint:
            raise handover_file.HandoverFileError(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "HandoverService",
                        "it is sealed to another institution (key {recipient}), "
                        "not to this one ({own})",
                    ),
                    {"recipient": sealed.recipient, "own": me.fingerprint},
                )
            )
        opened = handover_file.open_sealed(sealed, me.exchange_private)
    except handover_file.HandoverFileError as exc:
        raise refused(
            path,
            QT_TRANSLATE_NOOP("HandoverService", "{file}: {reason}; nothing was imported."),
            reason=exc.message,
        ) from None
    return sealed, opened
