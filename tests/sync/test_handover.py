"""Handover between two institutions' real stores: consent-gated, sealed, receipted."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from forebyg_desktop.services.child.chronology_service import chronology
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.handover.consent_service import withdraw_consent
from forebyg_desktop.services.handover.handover_import_service import (
    ImportResult,
    ReceiptResult,
    import_file,
    import_handover,
    import_receipt,
)
from forebyg_desktop.services.handover.handover_service import (
    export_handover,
    list_handovers,
    received_by_handover,
)
from forebyg_desktop.services.handover.institution_service import (
    require_institution,
    write_public_key,
)
from forebyg_desktop.services.session import create_session
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.sync import handover_file
from tests.conftest import PASSPHRASE
from tests.sync.handover_fixtures import (
    ABUSE_NOTE,
    CHILD_NAME,
    DRAFT_NOTE,
    EVAL_NOTE,
    NOTE,
    PLAN_GOAL,
    RECEIVER,
    SENDER,
    Institutions,
    forged,
    inst_fixture,  # noqa: F401 - the `inst` fixture
    yesterday,
)


def _decrypted(inst: Institutions, path: Path) -> dict:
    """What the receiver's key opens: the signed body (the test reads it as the receiver)."""
    me = require_institution(inst.receiver)
    return handover_file.open_sealed(
        handover_file.parse(path.read_bytes()), me.exchange_private
    ).body


def test_round_trip_with_receipt_and_audit_on_both_sides(inst: Institutions) -> None:
    inst.consent()
    out = inst.folder / "zainab.handover"
    summary = export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    assert summary.recipient == RECEIVER
    assert summary.included == {"assessment": 1, "plan": 1, "evaluation": 1}

    result = import_file(inst.receiver, out, group="0.A")
    assert isinstance(result, ImportResult) and not result.already_imported
    assert result.sender == SENDER and result.child_id == inst.child_id
    child, entries = chronology(inst.receiver, inst.child_id, include_handovers=True)
    assert child["name"] == CHILD_NAME and child["group"] == "0.A"
    ids = {e.id for e in entries}
    assert {inst.assessment_id, inst.plan_id, inst.evaluation_id, summary.handover_id} <= ids
    assert not ids & {inst.abuse_id, inst.draft_id, inst.abuse_plan_id}
    received = next(e for e in entries if e.entity == "handover")
    assert received.record["direction"] == "received"
    assert received.record["counterpart"] == SENDER
    assert received.record["purpose"] == "Overgang fra børnehave til skole"

    [sent] = list_handovers(inst.sender, inst.child_id)
    assert sent.status == "sent"
    receipt = out.with_suffix(".receipt")
    assert receipt.exists()
    back = import_file(inst.sender, receipt)
    assert isinstance(back, ReceiptResult) and back.receiver == RECEIVER
    [sent] = list_handovers(inst.sender, inst.child_id)
    assert sent.status == "receipt_received" and sent.receipt_date == back.received
    [got] = list_handovers(inst.receiver, inst.child_id)
    assert got.status == "received" and got.counterpart == SENDER
    origin = received_by_handover(inst.receiver, inst.child_id)
    assert origin[inst.assessment_id].counterpart == SENDER
    assert set(origin) == {inst.child_id, inst.assessment_id, inst.plan_id, inst.evaluation_id}
    assert received_by_handover(inst.sender, inst.child_id) == {}

    sender_actions = {e["action"] for e in inst.sender.store.audit.entries(inst.child_id)}
    receiver_actions = {e["action"] for e in inst.receiver.store.audit.entries(inst.child_id)}
    assert {"export", "receipt"} <= sender_actions
    assert "import" in receiver_actions
    assert check_store(inst.sender.store) == [] and check_store(inst.receiver.store) == []


def test_only_what_the_consent_covers_travels_and_never_the_abuse_path(
    inst: Institutions,
) -> None:
    inst.consent(covers=("assessments",))
    out = inst.folder / "zainab.handover"
    summary = export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    body = _decrypted(inst, out)
    text = json.dumps(body, ensure_ascii=False)
    assert set(body["records"]) == {"assessment"}
    assert [a["id"] for a in body["records"]["assessment"]] == [inst.assessment_id]
    assert NOTE in text and CHILD_NAME in text
    for absent in (ABUSE_NOTE, DRAFT_NOTE, PLAN_GOAL, EVAL_NOTE, "Sommerfuglene"):
        assert absent not in text
    assert body["child"] == {"id": inst.child_id, "name": CHILD_NAME, "birth_date": "2020-05-01"}
    notes = " ".join(n.english() for n in summary.notes)
    assert "133" in notes and "assessments 1" in notes  # the abuse-path one, said so
    assert "Not covered" in notes and "Draft" in notes
    assert summary.withheld == 1


def test_abuse_path_plan_and_its_evaluations_stay_behind(inst: Institutions) -> None:
    inst.consent()
    out = inst.folder / "zainab.handover"
    summary = export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    body = _decrypted(inst, out)
    assert [p["id"] for p in body["records"]["plan"]] == [inst.plan_id]
    assert summary.withheld == 2  # the abuse-path assessment and the plan made from it


def test_nothing_readable_in_the_handover_or_receipt_file(inst: Institutions) -> None:
    inst.consent()
    out = inst.folder / "zainab.handover"
    export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    import_handover(inst.receiver, out)
    for path in (out, out.with_suffix(".receipt")):
        data = path.read_bytes()
        for secret in (CHILD_NAME, "Zainab", NOTE, PLAN_GOAL, SENDER, RECEIVER, inst.child_id):
            assert secret.encode() not in data, (path.name, secret)
        assert b"2020-05-01" not in data
        assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("case", ["none", "other recipient", "expired", "withdrawn"])
def test_export_refused_without_a_fitting_active_consent(inst: Institutions, case: str) -> None:
    today = inst.sender.today()
    if case == "other recipient":
        inst.consent(recipient="Egeskolen")
    elif case == "expired":
        inst.consent(given_date=today.replace(year=today.year - 1), expires=today)
    elif case == "withdrawn":
        withdraw_consent(inst.sender, inst.consent(given_date=yesterday(inst.sender)))
    ops = inst.op_count(inst.sender)
    out = inst.folder / "zainab.handover"
    with pytest.raises(ServiceError) as err:
        export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    message = str(err.value)
    assert "\n" not in message
    expected = {
        "none": "No consent is recorded",
        "other recipient": '"Egeskolen"',
        "expired": f"expired on {today}",
        "withdrawn": f"withdrawn on {today}",
    }[case]
    assert expected in message
    assert not out.exists() and list(inst.folder.glob(".*")) == []
    assert inst.op_count(inst.sender) == ops
    assert list_handovers(inst.sender) == []


def test_recipient_name_matches_ignoring_case_and_spacing(inst: Institutions) -> None:
    inst.consent(recipient="  skovbo   SKOLE ")
    out = inst.folder / "zainab.handover"
    assert export_handover(inst.sender, inst.child_id, inst.receiver_key, out).included


def _exported(inst: Institutions) -> Path:
    inst.consent()
    out = inst.folder / "zainab.handover"
    export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    return out


def _flip(data: bytes, at: int) -> bytes:
    changed = bytearray(data)
    changed[at] ^= 0x01
    return bytes(changed)


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda d: _flip(d, len(d) - 100), "altered"),
        (lambda d: _flip(d, d.index(b"\n", 20) + 40), "altered"),
        (lambda d: d.replace(b'"kind":"handover"', b'"kind":"handovex"'), "damaged"),
        (lambda d: d[: len(d) // 2], "altered"),
        (lambda d: d[:30], "damaged"),
        (lambda d: b"", "empty"),
        (lambda d: b"name,birth_date\nIda,2020-01-01\n", "not a Forebyg"),
        (lambda d: d.replace(b'"format":1', b'"format":2'), "update the program"),
    ],
    ids=["tail", "head-of-payload", "header", "truncated", "cut-header", "empty", "csv", "newer"],
)
def test_bad_files_are_refused_and_nothing_is_written(
    inst: Institutions, damage, reason: str
) -> None:
    good = _exported(inst).read_bytes()
    bad = inst.folder / "bad.handover"
    bad.write_bytes(damage(good))
    ops = inst.op_count(inst.receiver)
    with pytest.raises(ServiceError) as err:
        import_file(inst.receiver, bad)
    assert str(bad) in str(err.value) and reason in str(err.value)
    assert inst.op_count(inst.receiver) == ops
    assert not bad.with_suffix(".receipt").exists()
    assert inst.receiver.store.find("child") == []


def test_a_huge_file_is_refused_unread(inst: Institutions) -> None:
    big = inst.folder / "film.handover"
    with open(big, "wb") as f:
        f.truncate(65 * 1024 * 1024)  # sparse: no real disk use
    with pytest.raises(ServiceError, match="too large"):
        import_file(inst.receiver, big)


def test_a_file_for_another_institution_is_refused(inst: Institutions, tmp_path: Path) -> None:
    out = _exported(inst)
    with create_session(tmp_path / "third", PASSPHRASE, profile_id="topi", user="Ole") as third:
        with pytest.raises(ServiceError, match="no institution key"):
            import_file(third, out)  # a store that cannot receive handovers at all
        write_public_key(third, tmp_path / "third.key", "Egeskolen")
        with pytest.raises(ServiceError) as err:
            import_file(third, out)
        assert str(out) in str(err.value) and "sealed to another institution" in str(err.value)
        assert third.store.find("child") == [] and third.store.find("handover") == []
    assert not out.with_suffix(".receipt").exists()
    # Nor can the sender import its own outgoing file: it is sealed to the school.
    with pytest.raises(ServiceError, match="sealed to another institution"):
        import_file(inst.sender, out)


def test_reimport_is_a_no_op(inst: Institutions) -> None:
    out = _exported(inst)
    first = import_handover(inst.receiver, out)
    assert first.written == 4  # the child, an assessment, a plan and an evaluation
    ops = inst.op_count(inst.receiver)
    audit = len(inst.receiver.store.audit.entries())
    again = import_handover(inst.receiver, out)
    assert again.already_imported and again.written == 0
    assert inst.op_count(inst.receiver) == ops
    assert len(inst.receiver.store.audit.entries()) == audit
    assert len(inst.receiver.store.find("child")) == 1


def test_receipt_checks(inst: Institutions, tmp_path: Path) -> None:
    out = _exported(inst)
    import_handover(inst.receiver, out)
    receipt = out.with_suffix(".receipt")
    with pytest.raises(ServiceError, match="is a receipt, not a handover"):
        import_handover(inst.sender, receipt)
    with pytest.raises(ServiceError, match="sealed to another institution"):
        import_receipt(inst.receiver, receipt)
    first = import_receipt(inst.sender, receipt)
    ops = inst.op_count(inst.sender)
    again = import_receipt(inst.sender, receipt)
    assert not first.already_imported and again.already_imported
    assert inst.op_count(inst.sender) == ops


@pytest.mark.parametrize(
    "covers",
    [
        ("assessments",),
        ("plans",),
        ("evaluations",),
        ("assessments", "plans"),
        ("assessments", "evaluations"),
        ("plans", "evaluations"),
        ("assessments", "plans", "evaluations"),
    ],
)
def test_every_combination_of_covers_travels_exactly(inst: Institutions, covers) -> None:
    inst.consent(covers=covers)
    out = inst.folder / "zainab.handover"
    export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    wanted = {c[:-1] if c != "evaluations" else "evaluation" for c in covers}
    assert set(_decrypted(inst, out)["records"]) == wanted
    import_handover(inst.receiver, out)
    for entity in ("assessment", "plan", "evaluation"):
        held = inst.receiver.store.find(entity)
        assert bool(held) == (entity in wanted), entity


def test_receiver_refuses_records_the_carried_consent_does_not_cover(inst: Institutions) -> None:
    """Even a correctly signed file is checked: a sender's faulty program cannot overshare."""
    inst.consent(covers=("assessments",))
    out = inst.folder / "zainab.handover"
    export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    body = _decrypted(inst, out)
    plan = inst.sender.store.get("plan", inst.plan_id)
    body["records"]["plan"] = [plan]
    sender, receiver = require_institution(inst.sender), require_institution(inst.receiver)
    overshared = inst.folder / "overshared.handover"
    overshared.write_bytes(forged("handover", body, receiver, sender.signing_private))
    with pytest.raises(ServiceError, match="plan records the consent does not cover"):
        import_handover(inst.receiver, overshared)
    assert inst.receiver.store.find("child") == []


def test_a_handover_arriving_after_its_consent_expired_is_refused(
    inst: Institutions, monkeypatch
) -> None:
    out = _exported(inst)  # the consent runs 180 days
    later = inst.receiver.today() + timedelta(days=181)
    monkeypatch.setattr(inst.receiver, "today", lambda: later)
    with pytest.raises(ServiceError, match="expired on"):
        import_handover(inst.receiver, out)
    assert inst.receiver.store.find("child") == []
    assert not out.with_suffix(".receipt").exists()
