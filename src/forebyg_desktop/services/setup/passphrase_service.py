"""Passphrases: how strong a new one must be, and changing the store's passphrase.

The rule (`assess`): at least MIN_LENGTH characters AND a zxcvbn score of at
least MIN_SCORE. zxcvbn estimates how many guesses an attacker who knows how
people choose passwords needs (common passwords, words, names, keyboard rows,
dates, repeats, l33t). Score 4 means at least 10^10 guesses. That is the
right bar here: a lost laptop's store can be attacked offline, and SQLCipher's
key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations) lets a graphics card
try only a few thousand guesses a second, so 10^10 guesses are weeks of work
per card, where score 3 (10^8) is hours. zxcvbn's lists are English; Danish
words and names come from passphrase_words, and the user's own name, the
program's and the municipality's names are added per check. Its English
feedback is not shown: the kind of weakness it found is mapped to our own
translated sentences.

Changing the passphrase (`change_passphrase`) re-encrypts the store in place
with SQLCipher's rekey (store.connection.rekey_database, crash-safe through
the WAL), then re-encrypts the schema-upgrade backups next to it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.setup.passphrase_words import DANISH_WORDS

if TYPE_CHECKING:
    from forebyg_desktop.core.profile import Profile
    from forebyg_desktop.services.session import Session

CTX = "Passphrase"
MIN_LENGTH = 12
MIN_SCORE = 4
# zxcvbn's matching is quadratic in the length; beyond this the rest adds no weakness.
SCORED_LENGTH = 64

TOO_SHORT = QT_TRANSLATE_NOOP("Passphrase", "The passphrase must be at least {n} characters long.")
TOO_WEAK = QT_TRANSLATE_NOOP("Passphrase", "The passphrase is too easy to guess: {why} {advice}")
ADVICE = QT_TRANSLATE_NOOP(
    "Passphrase",
    "Use four or more words that do not belong together, or a short sentence only you "
    "would think of.",
)
REASONS = {
    "common": QT_TRANSLATE_NOOP("Passphrase", "it is one of the most common passwords."),
    "own": QT_TRANSLATE_NOOP(
        "Passphrase",
        "it is built on your own name, the program's name or your municipality's name.",
    ),
    "words": QT_TRANSLATE_NOOP("Passphrase", "it is made of a few common words or names."),
    "keyboard": QT_TRANSLATE_NOOP("Passphrase", "rows of neighbouring keys are easy to guess."),
    "repeat": QT_TRANSLATE_NOOP("Passphrase", "repeated letters or words are easy to guess."),
    "sequence": QT_TRANSLATE_NOOP("Passphrase", "sequences like abc or 6543 are easy to guess."),
    "dates": QT_TRANSLATE_NOOP("Passphrase", "years and dates are easy to guess."),
    "short": QT_TRANSLATE_NOOP("Passphrase", "it is too short and simple."),
}
LEVELS = (
    QT_TRANSLATE_NOOP("Passphrase", "Very weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Fair"),
    QT_TRANSLATE_NOOP("Passphrase", "Almost strong enough"),
    QT_TRANSLATE_NOOP("Passphrase", "Strong"),
)


@dataclass(frozen=True)
class Strength:
    """How strong a candidate passphrase is; `problem` says why it is refused (None: fine)."""

    score: int  # zxcvbn's 0 (very weak) to 4 (strong)
    problem: Message | None

    @property
    def acceptable(self) -> bool:
        return self.problem is None

    @property
    def level(self) -> Message:
        """A word for the strength indicator ("Weak", "Strong", ...)."""
        return Message(CTX, LEVELS[self.score])


def context_words(*texts: str | None) -> list[str]:
    """Words a guesser would try first for this user: names given, split into words."""
    words = ["forebyg", "forebyg desktop"]
    for text in texts:
        if not text:
            continue
        text = _normal(text)
        words.append(text)
        words.append(text.replace(" ", ""))
        words += [w for w in text.replace("-", " ").split() if len(w) >= 3]
    return list(dict.fromkeys(words))


def user_context(user: str, profile: Profile) -> list[str]:
    """Words a guesser would try for this user: name, municipality, institution."""
    from forebyg_desktop.site_config import site_config

    return context_words(
        user,
        profile.municipality,
        profile.name.get("da"),
        profile.name.get("en"),
        site_config().institution_name,
    )


def assess(passphrase: str, *, context: Iterable[str] = ()) -> Strength:
    """The strength of `passphrase`; `context`: the user's name etc. (see context_words)."""
    context = list(context)
    if len(passphrase) < MIN_LENGTH:
        score = _score(passphrase, context)[0] if passphrase else 0
        return Strength(min(score, 1), Message(CTX, TOO_SHORT, {"n": MIN_LENGTH}))
    score, sequence = _score(passphrase, context)
    if score >= MIN_SCORE:
        return Strength(score, None)
    why = Message(CTX, REASONS[_weakness(sequence, set(context))])
    return Strength(score, Message(CTX, TOO_WEAK, {"why": why, "advice": Message(CTX, ADVICE)}))


def check_new_passphrase(passphrase: str, *, context: Iterable[str] = ()) -> None:
    """Refuse a passphrase too weak to protect children's records (ServiceError)."""
    problem = assess(passphrase, context=context).problem
    if problem is not None:
        raise ServiceError(problem, "passphrase")


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _score(passphrase: str, context: list[str]) -> tuple[int, list[dict]]:
    import zxcvbn  # its word lists take a while to load: only when a passphrase is chosen

    words = [*context, *DANISH_WORDS]
    # zxcvbn lower-cases what it matches; NFKC so look-alike letters match too.
    text = unicodedata.normalize("NFKC", passphrase)[:SCORED_LENGTH]
    result = zxcvbn.zxcvbn(text, user_inputs=words, max_length=SCORED_LENGTH)
    return int(result["score"]), list(result["sequence"])


def _weakness(sequence: list[dict], context: set[str]) -> str:
    """The kind of the longest weak part zxcvbn found (a key of REASONS)."""
    if not sequence:
        return "short"
    match = max(sequence, key=lambda m: len(m["token"]))
    pattern = match["pattern"]
    if pattern == "dictionary":
        name = match["dictionary_name"]
        if name == "passwords":
            return "common"
        if name == "user_inputs" and match["matched_word"] in context:
            return "own"
        return "words"
    if pattern == "spatial":
        return "keyboard"
    if pattern == "repeat":
        return "repeat"
    if pattern == "sequence":
        return "sequence"
    if pattern in ("date", "regex"):
        return "dates"
    return "short"


# -- changing the passphrase ------------------------------------------------------

WRONG_OLD = QT_TRANSLATE_NOOP("Passphrase", "The current passphrase is not correct.")
SAME = QT_TRANSLATE_NOOP("Passphrase", "The new passphrase is the same as the current one.")


@dataclass(frozen=True)
class PassphraseChanged:
    """A finished change: backups re-encrypted, and those that could not be (removed)."""

    backups: int
    removed: tuple[str, ...]


def check_change(session: Session, old: str, new: str) -> None:
    """Refuse the change before anything is touched: `old` wrong, `new` weak or the same."""
    from forebyg_desktop.store.connection import unlocks

    path = session.store.path
    if path is None or not unlocks(path, old):
        raise ServiceError(Message(CTX, WRONG_OLD), "old")
    if new == old:
        raise ServiceError(Message(CTX, SAME), "passphrase")
    check_new_passphrase(new, context=user_context(session.user, session.profile))


def change_passphrase(session: Session, old: str, new: str) -> PassphraseChanged:
    """Re-encrypt the session's store (and its upgrade backups) under `new`.

    `old` must be the store's current passphrase and `new` strong enough. The
    session's connection is closed for the change and reopened under the
    passphrase that applies afterwards, so the session stays usable either way.
    Any other connection to the store (the app's sync thread) must be closed
    by the caller first.
    """
    from forebyg_desktop.store.audit_repo import AuditEvent
    from forebyg_desktop.store.connection import rekey_database
    from forebyg_desktop.store.record_store import Store

    check_change(session, old, new)
    path = session.store.path
    assert path is not None  # check_change refuses a store without a file
    session.store.close()
    changed = False
    try:
        rekey_database(path, old, new)
        changed = True
    finally:
        session.store = Store.open(path, new if changed else old)
    session.store.record_reads(
        [AuditEvent("passphrase", "store", session.store.device_id, None, "passphrase changed")]
    )
    return _rekey_backups(path, old, new)


def _rekey_backups(path: Path, old: str, new: str) -> PassphraseChanged:
    """The schema-upgrade copies next to the store follow the passphrase.

    They would otherwise still open with the old passphrase, which is often
    changed because someone may know it. One that does not open with it (a
    damaged copy) cannot be re-encrypted and is removed.
    """
    from forebyg_desktop.store.connection import rekey_database
    from forebyg_desktop.store.errors import StoreError

    done, removed = 0, []
    for backup in sorted(path.parent.glob(f"{path.name}.v*.bak")):
        try:
            rekey_database(backup, old, new)
            done += 1
        except StoreError:
            for file in (backup, Path(f"{backup}-wal"), Path(f"{backup}-shm")):
                file.unlink(missing_ok=True)
            removed.append(backup.name)
    return PassphraseChanged(done, tuple(removed))
