"""Handover keys are pinned, and a handover never overwrites what is held from elsewhere."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.handover.handover_import_service import ImportResult, import_file
from forebyg_desktop.services.handover.handover_service import export_handover, list_handovers
from forebyg_desktop.services.handover.institution_pins import KeyChanged, pin_for
from forebyg_desktop.services.handover.institution_service import (
    Institution,
    require_institution,
    write_public_key,
)
from forebyg_desktop.services.session import create_session
from forebyg_desktop.sync.institution_key import name_key, same_institution_name
from tests.conftest import PASSPHRASE
from tests.sync.handover_fixtures import (
    CHILD_NAME,
    NOTE,
    RECEIVER,
    SENDER,
    Institutions,
    forger_fixture,  # noqa: F401 - the `forger` fixture
    inst_fixture,  # noqa: F401 - the `inst` fixture
    opened_body,
    signed_by,
)


def _received(inst: Institutions) -> tuple[Path, dict]:
    """A genuine handover, imported by the school; its file and signed body."""
    inst.consent()
    out = inst.folder / "zainab.handover"
    export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    assert isinstance(import_file(inst.receiver, out), ImportResult)
    return out, opened_body(inst, out)


def _rewritten(body: dict, assessment_id: str, **changes: object) -> dict:
    """The body as a new handover (new id) whose assessment says something else."""
    body = copy.deepcopy(body)
    body["handover_id"] = "forged-1"
    for a in body["records"]["assessment"]:
        if a["id"] == assessment_id:
            a.update(changes)
    return body


def _state(inst: Institutions) -> tuple[int, dict]:
    return inst.op_count(inst.receiver), inst.receiver.store.get("assessment", inst.assessment_id)


def test_a_forged_key_under_the_senders_name_cannot_overwrite_a_received_assessment(
    inst: Institutions, forger: Institution
) -> None:
    """Issue 9, point 9: fresh keys, the genuine name, the same ids, no --from."""
    _, body = _received(inst)
    before = _state(inst)
    fake = inst.folder / "fake.handover"
    receiver = require_institution(inst.receiver)
    forged_body = _rewritten(
        body, inst.assessment_id, position="green", observations="Alt er fint nu"
    )
    fake.write_bytes(signed_by(forged_body, forger, receiver))
    with pytest.raises(KeyChanged) as err:
        import_file(inst.receiver, fake)
    message = str(err.value)
    genuine = require_institution(inst.sender).fingerprint
    assert str(fake) in message and SENDER in message
    assert genuine in message and forger.fingerprint in message  # both, to compare by phone
    assert err.value.known == genuine and err.value.fingerprint == forger.fingerprint
    assert _state(inst) == before and before[1]["position"] == "yellow"
    assert not fake.with_suffix(".receipt").exists()
    assert len(list_handovers(inst.receiver)) == 1


def test_a_forged_key_under_another_name_cannot_overwrite_either(
    inst: Institutions, forger: Institution
) -> None:
    _, body = _received(inst)
    before = _state(inst)
    receiver = require_institution(inst.receiver)
    other = Institution("Andet Børnehus", forger.exchange_private, forger.signing_private)
    fake = inst.folder / "fake.handover"
    fake.write_bytes(
        signed_by(_rewritten(body, inst.assessment_id, position="green"), other, receiver)
    )
    with pytest.raises(ServiceError) as err:
        import_file(inst.receiver, fake)
    message = str(err.value)
    assert str(fake) in message and "the child it carries is already held here" in message
    assert "another institution" in message
    for content in (CHILD_NAME, NOTE, "green"):
        assert content not in message

    # A new child id, but an assessment id already held: the assessment is named.
    moved = copy.deepcopy(body)
    moved["handover_id"] = "forged-2"
    moved["child"]["id"] = "another-child"
    for rows in moved["records"].values():
        for row in rows:
            row["child_id"] = "another-child"
    fake.write_bytes(signed_by(moved, other, receiver))
    with pytest.raises(ServiceError, match="an assessment it carries is already held here"):
        import_file(inst.receiver, fake)
    assert _state(inst) == before and pin_for(inst.receiver, "Andet Børnehus") is None


def test_a_record_made_here_is_never_overwritten(inst: Institutions, forger: Institution) -> None:
    inst.consent()
    out = inst.folder / "zainab.handover"
    export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    body = opened_body(inst, out)
    local = add_child(inst.receiver, "Ida Holm", "2020-02-02", "0.A")
    body["child"]["id"] = local
    for rows in body["records"].values():
        for row in rows:
            row["child_id"] = local
    fake = inst.folder / "fake.handover"
    fake.write_bytes(signed_by(body, forger, require_institution(inst.receiver)))
    ops = inst.op_count(inst.receiver)
    with pytest.raises(
        ServiceError, match="the child it carries is already held here and was made here"
    ):
        import_file(inst.receiver, fake)
    assert inst.receiver.store.get("child", local)["name"] == "Ida Holm"
    assert inst.op_count(inst.receiver) == ops and list_handovers(inst.receiver) == []


def test_the_same_sender_cannot_change_a_finalised_assessment(inst: Institutions) -> None:
    _, body = _received(inst)
    before = _state(inst)
    sender, receiver = require_institution(inst.sender), require_institution(inst.receiver)
    again = inst.folder / "again.handover"
    again.write_bytes(
        signed_by(_rewritten(body, inst.assessment_id, position="green"), sender, receiver)
    )
    with pytest.raises(ServiceError, match="would change a finalised assessment"):
        import_file(inst.receiver, again)
    assert _state(inst) == before


def test_another_file_reusing_a_handover_id_is_refused(inst: Institutions) -> None:
    out, body = _received(inst)
    sender, receiver = require_institution(inst.sender), require_institution(inst.receiver)
    body["purpose_note"] = "x"  # any other content under the same id
    other = inst.folder / "other.handover"
    other.write_bytes(signed_by(body, sender, receiver))
    with pytest.raises(ServiceError, match="reuses the id of another handover"):
        import_file(inst.receiver, other)
    assert not other.with_suffix(".receipt").exists()
    assert import_file(inst.receiver, out).already_imported  # the genuine file: still a no-op


def test_a_new_sender_key_is_taken_only_when_its_fingerprint_is_confirmed(
    inst: Institutions, forger: Institution
) -> None:
    """The daycare's new laptop (new keys, same name) hands over again."""
    inst.consent()
    out = inst.folder / "zainab.handover"
    export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    first = import_file(inst.receiver, out)
    old = require_institution(inst.sender).fingerprint
    assert isinstance(first, ImportResult) and first.first_from_sender
    assert first.sender_fingerprint == old and pin_for(inst.receiver, SENDER).fingerprint == old

    body = opened_body(inst, out)
    body["handover_id"] = "second-1"
    new = inst.folder / "new-laptop.handover"
    new.write_bytes(signed_by(body, forger, require_institution(inst.receiver)))
    with pytest.raises(KeyChanged):
        import_file(inst.receiver, new)
    with pytest.raises(ServiceError, match="is not the key of this file"):
        import_file(inst.receiver, new, accept_new_key=old)
    typed = forger.fingerprint.lower().replace("-", " ")  # as read aloud and typed
    result = import_file(inst.receiver, new, accept_new_key=typed)
    assert isinstance(result, ImportResult) and result.key_changed_from == old
    assert not result.first_from_sender and result.written == 0  # same records: nothing new
    pin = pin_for(inst.receiver, SENDER)
    assert pin.fingerprint == forger.fingerprint and pin.previous == (old,)
    details = [e["detail"] for e in inst.receiver.store.audit.entries()]
    assert any(f"changed from {old} to {forger.fingerprint}" in d for d in details)
    # The old key is now refused in turn, without a confirmation.
    body["handover_id"] = "third-1"
    old_again = inst.folder / "old.handover"
    old_again.write_bytes(
        signed_by(body, require_institution(inst.sender), require_institution(inst.receiver))
    )
    with pytest.raises(KeyChanged):
        import_file(inst.receiver, old_again)


def _other_key(tmp_path: Path, name: str) -> Path:
    """A key file of a fresh install, under `name`."""
    path = tmp_path / "forged.key"
    with create_session(tmp_path / "other", PASSPHRASE, profile_id="topi", user="X") as other:
        write_public_key(other, path, name)
    return path


def test_the_consent_is_bound_to_the_key_it_was_first_used_with(
    inst: Institutions, tmp_path: Path
) -> None:
    """Issue 9, point 9: a key file named "skovbo  SKOLE" under the consent for Skovbo Skole."""
    inst.consent()
    first = export_handover(
        inst.sender, inst.child_id, inst.receiver_key, inst.folder / "1.handover"
    )
    genuine = require_institution(inst.receiver).fingerprint
    assert first.first_use and first.recipient_fingerprint == genuine
    forged_key = _other_key(tmp_path, "skovbo  SKOLE")
    out = inst.folder / "2.handover"
    ops = inst.op_count(inst.sender)
    with pytest.raises(KeyChanged) as err:
        export_handover(inst.sender, inst.child_id, forged_key, out)
    assert genuine in str(err.value) and err.value.known == genuine
    assert err.value.fingerprint in str(err.value) and str(forged_key) in str(err.value)
    assert not out.exists() and inst.op_count(inst.sender) == ops
    assert len(list_handovers(inst.sender)) == 1
    again = export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    assert not again.first_use and again.key_changed_from is None


def test_a_new_consent_for_the_same_institution_is_held_to_its_pinned_key(
    inst: Institutions, tmp_path: Path
) -> None:
    inst.consent()
    export_handover(inst.sender, inst.child_id, inst.receiver_key, inst.folder / "1.handover")
    later = inst.consent(purpose="Skolestart, opfølgning")
    forged_key = _other_key(tmp_path, RECEIVER)
    with pytest.raises(KeyChanged, match="is known here by the key"):
        export_handover(
            inst.sender, inst.child_id, forged_key, inst.folder / "2.handover", consent_id=later
        )
    assert not (inst.folder / "2.handover").exists()


def test_a_confirmed_new_recipient_key_is_used_and_pinned(
    inst: Institutions, tmp_path: Path
) -> None:
    inst.consent()
    export_handover(inst.sender, inst.child_id, inst.receiver_key, inst.folder / "1.handover")
    genuine = require_institution(inst.receiver).fingerprint
    new_key = _other_key(tmp_path, RECEIVER)
    new = json.loads(new_key.read_text())["fingerprint"]
    out = inst.folder / "2.handover"
    with pytest.raises(ServiceError, match="is not the key of this file"):
        export_handover(inst.sender, inst.child_id, new_key, out, accept_new_key=genuine)
    summary = export_handover(inst.sender, inst.child_id, new_key, out, accept_new_key=new)
    assert summary.key_changed_from == genuine and summary.recipient_fingerprint == new
    assert pin_for(inst.sender, RECEIVER).fingerprint == new
    # The old key file is now the one refused.
    with pytest.raises(KeyChanged):
        export_handover(inst.sender, inst.child_id, inst.receiver_key, inst.folder / "3.handover")


def test_a_receipt_for_a_handover_to_an_unconfirmed_key_is_not_recorded(
    inst: Institutions,
) -> None:
    """A handover record synced from a colleague's device that used a key this laptop
    never confirmed for the institution: its receipt is refused."""
    out, _ = _received(inst)
    meta = json.dumps(
        {name_key(RECEIVER): {"name": RECEIVER, "fingerprint": "AAAA-BBBB", "previous": []}}
    )
    inst.sender.store.set_meta("institution_pins", meta)
    with pytest.raises(ServiceError, match="is known here by the key AAAA-BBBB"):
        import_file(inst.sender, out.with_suffix(".receipt"))
    assert list_handovers(inst.sender)[0].status == "sent"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Skovbo Skole", "  skovbo   SKOLE ", True),
        ("Skovbo Skole", "Ｓｋｏｖｂｏ Ｓｋｏｌｅ", True),  # full-width letters
        ("Skovbo Skole", "Skovbo\u200b Skole\u200e", True),  # zero-width space, LRM
        ("Skovbo Skole", "Sk\u043evbo Skole", False),  # a Cyrillic o
        ("Skovbo Skole", "Skovbo Skole og SFO", False),
    ],
)
def test_institution_names_fold_only_what_a_person_cannot_see(a: str, b: str, same: bool) -> None:
    assert same_institution_name(a, b) is same
    assert (name_key(a) == name_key(b)) is same
