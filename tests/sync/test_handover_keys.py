"""Institution keys, forged handovers and receipts, failed writes, the schema step."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from forebyg_desktop.paths import store_file
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.handover.handover_import_service import import_file, import_receipt
from forebyg_desktop.services.handover.handover_service import export_handover, list_handovers
from forebyg_desktop.services.handover.institution_service import (
    institution,
    read_public_key,
    require_institution,
    set_up_institution,
    write_public_key,
)
from forebyg_desktop.services.session import create_session
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.store.record_store import Store
from forebyg_desktop.sync import crypto, handover_file
from forebyg_desktop.sync.institution_key import b64
from tests.conftest import PASSPHRASE
from tests.sync.handover_fixtures import (
    RECEIVER,
    Institutions,
    forged,
    inst_fixture,  # noqa: F401 - the `inst` fixture
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_key_file_holds_public_keys_only_and_private_keys_stay_in_the_store(
    inst: Institutions,
) -> None:
    doc = json.loads(inst.receiver_key.read_text(encoding="utf-8"))
    me = require_institution(inst.receiver)
    assert doc["institution"] == RECEIVER and doc["fingerprint"] == me.fingerprint
    assert set(doc) == {
        "format",
        "version",
        "institution",
        "exchange_key",
        "signing_key",
        "fingerprint",
    }
    raw = inst.receiver_key.read_bytes()
    for private in (me.exchange_private, me.signing_private):
        assert b64(private).encode() not in raw
    assert [p.name for p in inst.folder.iterdir() if p.name.startswith(".")] == []
    # The private keys are only inside the encrypted store file.
    db = store_file(inst.receiver.store.path.parent).read_bytes()
    assert b64(me.signing_private).encode() not in db


def test_keys_are_made_once_and_a_rename_keeps_them(inst: Institutions) -> None:
    before = require_institution(inst.receiver)
    again = write_public_key(inst.receiver, inst.folder / "again.key")
    assert again.fingerprint == before.fingerprint and again.institution == RECEIVER
    renamed = set_up_institution(inst.receiver, "Skovbo  Skole og SFO")
    assert renamed.name == "Skovbo Skole og SFO" and renamed.fingerprint == before.fingerprint


def test_first_key_needs_a_name(tmp_path: Path) -> None:
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Ny") as session:
        with pytest.raises(ServiceError, match="institution's name"):
            write_public_key(session, tmp_path / "k.key")
        assert institution(session) is None
        assert not (tmp_path / "k.key").exists()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (
            lambda d: {
                **d,
                "exchange_key": b64(crypto.exchange_public_key(crypto.new_exchange_key())),
            },
            "fingerprint does not match",
        ),
        (lambda d: {**d, "version": 2}, "update the program"),
        (lambda d: {**d, "format": "something"}, "not a Forebyg institution key"),
        (lambda d: {**d, "signing_key": "not base64!"}, "not valid base64"),
    ],
    ids=["swapped-key", "newer", "other-format", "garbage"],
)
def test_bad_key_files_are_refused_naming_the_file(inst: Institutions, change, reason: str) -> None:
    bad = inst.folder / "bad.key"
    bad.write_text(json.dumps(change(json.loads(inst.receiver_key.read_text()))))
    with pytest.raises(ServiceError) as err:
        read_public_key(bad)
    assert str(bad) in str(err.value) and reason in str(err.value)
    inst.consent()
    with pytest.raises(ServiceError):
        export_handover(inst.sender, inst.child_id, bad, inst.folder / "x.handover")
    assert not (inst.folder / "x.handover").exists()


def test_export_to_own_key_is_refused(inst: Institutions) -> None:
    inst.consent(recipient="Børnehuset Solsikken")
    with pytest.raises(ServiceError, match="own key"):
        export_handover(
            inst.sender, inst.child_id, inst.folder / "solsikken.key", inst.folder / "x.handover"
        )


def test_a_handover_signed_by_someone_else_than_its_sender_is_refused(inst: Institutions) -> None:
    inst.consent()
    out = inst.folder / "zainab.handover"
    export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    me = require_institution(inst.receiver)
    body = handover_file.open_sealed(
        handover_file.parse(out.read_bytes()), me.exchange_private
    ).body
    fake = inst.folder / "forged.handover"
    fake.write_bytes(forged("handover", body, me, crypto.new_signing_key()))
    with pytest.raises(ServiceError, match="do not match the signature"):
        import_file(inst.receiver, fake)
    assert inst.receiver.store.find("child") == []


def test_a_receipt_not_from_the_recipient_is_refused(inst: Institutions) -> None:
    inst.consent()
    out = inst.folder / "zainab.handover"
    summary = export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    sender = require_institution(inst.sender)
    body = {
        "handover_id": summary.handover_id,
        "bundle_digest": crypto.digest(out.read_bytes()),
        "received": "2026-01-01",
        "recipient": sender.fingerprint,
        "receiver": {"institution": RECEIVER, "fingerprint": "0000"},
    }
    fake = inst.folder / "fake.receipt"
    fake.write_bytes(forged("receipt", body, sender, crypto.new_signing_key()))
    with pytest.raises(ServiceError, match="not signed by Skovbo Skole"):
        import_receipt(inst.sender, fake)
    assert list_handovers(inst.sender)[0].status == "sent"


def test_failed_file_write_records_no_handover(inst: Institutions) -> None:
    inst.consent()
    ops = inst.op_count(inst.sender)
    out = inst.folder / "missing-folder" / "zainab.handover"
    with pytest.raises(ServiceError, match="cannot write the handover file"):
        export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    assert inst.op_count(inst.sender) == ops and list_handovers(inst.sender) == []
    assert not [e for e in inst.sender.store.audit.entries() if e["action"] == "export"]


def test_old_store_gains_the_handover_table(tmp_path: Path) -> None:
    copy = tmp_path / "store.db"
    shutil.copy(FIXTURES / "store_v1.db", copy)
    with Store.open(copy, "fixture-passphrase") as store:
        assert store.find("handover") == []
        assert check_store(store) == []


def test_import_can_require_a_known_sender(inst: Institutions, tmp_path: Path) -> None:
    inst.consent()
    out = inst.folder / "zainab.handover"
    export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    with create_session(tmp_path / "other", PASSPHRASE, profile_id="topi", user="X") as other:
        stranger = write_public_key(other, tmp_path / "other.key", "Børnehuset Solsikken")
    with pytest.raises(ServiceError) as err:
        import_file(inst.receiver, out, sender_key=tmp_path / "other.key")
    assert "was not sent by Børnehuset Solsikken" in str(err.value)
    assert stranger.fingerprint in str(err.value)  # the expected key, to compare by phone
    assert inst.receiver.store.find("child") == [] and not out.with_suffix(".receipt").exists()
    result = import_file(inst.receiver, out, sender_key=inst.folder / "solsikken.key")
    assert result.written == 4
