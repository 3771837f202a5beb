"""Imported operations obey the rules local input obeys (issue 9, points 4, 5 and 13).

Operations are built by hand, as a rogue team member (who holds the team and
device keys) could sign and ship them, and imported into a real encrypted
store. A refused batch writes nothing: not the log, not the tables, not the
audit log, not the clock.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from forebyg_desktop.core.hlc import Timestamp, system_now_ms
from forebyg_desktop.store.errors import ImportFromFuture, ImportRefused
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.store.operation import Change, Operation
from forebyg_desktop.store.record_store import Received, Store
from tests.conftest import PASSPHRASE, last_own_op

DAY_MS = 86_400_000
ROGUE = "0190c0de-aaaa-7000-8000-00000000beef"
GENUINE = "0190c0de-bbbb-7000-8000-00000000cafe"
CHILD = "0190c0de-0000-7000-8000-000000000001"
ASSESSMENT = "0190c0de-0000-7000-8000-0000000000a1"
NAME = "Zainab Kristiansen-Holm"
NOTE = "Fortæller om uro derhjemme om natten"


def stamp(ahead_ms: int = 0, counter: int = 0) -> str:
    return Timestamp(system_now_ms() + ahead_ms, counter).encode()


def op(
    seq: int,
    entity: str,
    entity_id: str,
    fields: dict,
    *,
    device: str = ROGUE,
    kind: str = "put",
    hlc: str | None = None,
) -> Operation:
    return Operation(
        op_id=f"op-{device[-4:]}-{seq}",
        device=device,
        seq=seq,
        hlc=stamp(counter=seq) if hlc is None else hlc,
        actor="Rikke Rogue",
        entity=entity,
        entity_id=entity_id,
        kind=kind,
        fields=fields,
    )


CHILD_FIELDS = {"name": NAME, "birth_date": "2020-05-01", "group": "Bjørnene"}
FINAL = {
    "child_id": CHILD,
    "date": "2026-11-20",
    "profile_id": "topi",
    "profile_version": 1,
    "kind": "individual",
    "assessors": ["Mette Hansen"],
    "position": "yellow",
    "signs": ["withdrawn"],
    "observations": NOTE,
    "report_decision": "not_reported",
    "report_reason": "Vi følger op på næste møde",
    "status": "final",
}


def snapshot(store: Store) -> tuple:
    """Everything an import may change: log, tables, audit, clock."""
    db = store.db
    return (
        db.execute("SELECT * FROM oplog ORDER BY device, seq").fetchall(),
        db.execute("SELECT * FROM children ORDER BY id").fetchall(),
        db.execute("SELECT * FROM assessments ORDER BY id").fetchall(),
        db.execute("SELECT count(*) FROM audit").fetchone(),
        store.meta_value("hlc"),
    )


@pytest.fixture
def held(store: Store) -> Store:
    """A store holding a child and a finalised assessment received from a colleague."""
    store.import_operations(
        [
            op(1, "child", CHILD, CHILD_FIELDS, device=GENUINE),
            op(2, "assessment", ASSESSMENT, FINAL, device=GENUINE),
        ],
        received=Received(GENUINE, "Gitte Genuine"),
    )
    return store


def refused(store: Store, ops: list[Operation], match: str = "") -> ImportRefused:
    before = snapshot(store)
    with pytest.raises(ImportRefused, match=match) as caught:
        store.import_operations(ops, received=Received(ROGUE, "Rikke Rogue"))
    assert snapshot(store) == before  # nothing half-written
    message = str(caught.value)
    for secret in (NAME, NOTE, "Bjørnene", "0102"):
        assert secret not in message  # reasons never hold record content
    assert caught.value.message is not None and caught.value.message.context == "Store"
    return caught.value


# --- clock stamps (point 4) ------------------------------------------------------------


def test_a_stamp_beyond_any_clock_is_refused_not_a_crash(held: Store) -> None:
    # 999999999999999-999999 made every member's sync fail with ValueError.
    forged = op(1, "child", CHILD, {"group": "Mariehønen"}, hlc="999999999999999-999999")
    error = refused(held, [forged], "Operation 1 of device .* clock stamp is not valid")
    assert not isinstance(error, ImportFromFuture)
    # The store goes on: the next import and local write work and sort as before.
    held.import_operations([op(1, "child", CHILD, {"group": "Mariehønen"})])
    held.write([Change("child", CHILD, {"group": "Egernene"})])
    assert last_own_op(held).hlc < "0020"
    assert check_store(held) == []


@pytest.mark.parametrize(
    "hlc", ["", "1716000000000-7", "abc", "001716000000000-000007 ", "-00171600000000-000001"]
)
def test_a_malformed_stamp_is_refused(held: Store, hlc: str) -> None:
    refused(held, [op(1, "child", CHILD, {"group": "X"}, hlc=hlc)], "clock stamp is not valid")


def test_a_stamp_weeks_ahead_waits_for_the_clock(held: Store) -> None:
    ahead = op(1, "child", CHILD, {"group": "Mariehønen"}, hlc=stamp(30 * DAY_MS))
    error = refused(held, [ahead], "Operation 1 of device .* stamped 30 days ahead")
    assert isinstance(error, ImportFromFuture)
    assert "at most 14 allowed" in str(error)


def test_a_clock_days_ahead_within_the_margin_is_accepted(held: Store) -> None:
    ahead = op(1, "child", CHILD, {"group": "X"}, hlc=stamp(13 * DAY_MS))
    assert held.import_operations([ahead])
    # Later local changes sort after it, as before.
    held.write([Change("child", CHILD, {"group": "Y"})])
    later = last_own_op(held)
    assert later.hlc > ahead.hlc


def test_the_margin_is_configurable(held: Store) -> None:
    held.clock_margin_ms = DAY_MS
    refused(held, [op(1, "child", CHILD, {"group": "X"}, hlc=stamp(2 * DAY_MS))], "2 days ahead")


def test_past_stamps_are_always_fine(held: Store) -> None:
    assert held.import_operations([op(1, "child", CHILD, {"group": "X"}, hlc=stamp(-400 * DAY_MS))])


# --- finalised assessments (point 5) --------------------------------------------------


def test_a_put_on_a_colleagues_finalised_assessment_is_refused(held: Store) -> None:
    rogue = op(1, "assessment", ASSESSMENT, {"position": "green", "observations": "Alt er fint"})
    refused(held, [rogue], "Operation 1 of device .* changes .* assessment .* finalised")
    assert held.get("assessment", ASSESSMENT)["position"] == "yellow"
    assert held.get("assessment", ASSESSMENT)["observations"] == NOTE


def test_a_finalised_assessment_cannot_be_deleted_or_reopened(held: Store) -> None:
    refused(held, [op(1, "assessment", ASSESSMENT, {}, kind="delete")], "deletes assessment")
    refused(held, [op(1, "assessment", ASSESSMENT, {"status": "draft"})], "changes status")


def test_a_rogue_put_later_in_the_same_batch_is_refused_too(store: Store) -> None:
    batch = [
        op(1, "child", CHILD, CHILD_FIELDS),
        op(2, "assessment", ASSESSMENT, FINAL),
        op(3, "assessment", ASSESSMENT, {"position": "green"}),
    ]
    refused(store, batch, "Operation 3 of device")
    assert store.find("assessment") == []


def test_the_same_finalised_content_again_is_accepted(held: Store) -> None:
    # The same handover imported on two devices writes the same record twice.
    assert held.import_operations([op(1, "assessment", ASSESSMENT, dict(FINAL))]) == 1
    assert held.get("assessment", ASSESSMENT)["position"] == "yellow"


def test_a_correction_is_a_new_record_and_is_accepted(held: Store) -> None:
    correction = {**FINAL, "position": "green", "supersedes": ASSESSMENT, "observations": "Ny"}
    new_id = "0190c0de-0000-7000-8000-0000000000a2"
    assert held.import_operations([op(1, "assessment", new_id, correction)]) == 1
    assert held.get("assessment", ASSESSMENT)["position"] == "yellow"


def test_either_arrival_order_ends_in_a_visible_refusal(store: Store) -> None:
    """The rogue's put and the genuine finalisation reach a third device in either order.

    Genuine first: the rogue's put is refused. Rogue first (it creates the
    record): the genuine finalisation is refused when it comes. Never a
    silent overwrite.
    """
    genuine = op(1, "assessment", ASSESSMENT, FINAL, device=GENUINE)
    rogue = op(1, "assessment", ASSESSMENT, {**FINAL, "position": "green"}, hlc=stamp(DAY_MS))
    store.import_operations([op(1, "child", CHILD, CHILD_FIELDS, device="0190c0de-cccc")])
    store.import_operations([rogue])
    error = refused(store, [genuine], f"Operation 1 of device {GENUINE} .* finalised")
    assert "position" in str(error)


# --- field rules (point 13, and "the same rules as local input") ----------------------


@pytest.mark.parametrize(
    ("entity", "fields", "match"),
    [
        ("child", {"name": "Ida 010203-1234"}, "name of child .* CPR number"),
        ("child", {"name": "Ida 01.02.03 - 1234"}, "CPR number"),
        ("child", {"name": "Ida\u00ad0102031234"}, "CPR number"),
        ("child", {"name": "Ida\x1b[31m"}, r"name .* control character \(U\+001B\)"),
        ("child", {"group": "Bier\u202ene"}, r"group .* text direction \(U\+202E\)"),
        ("child", {"name": "Ida\nJensen"}, "name .* must be on one line"),
        ("child", {"name": "   "}, "name .* empty but required"),
        ("child", {"name": "x" * 201}, "too long: 201 characters, at most 200"),
        ("child", {"name": 7}, "name .* wrong type"),
        ("child", {"birth_date": "2020-02-30"}, "birth_date .* wrong type"),
        ("child", {"birth_date": "2099-01-01"}, "birth_date .* after the day the change"),
        ("child", {"birth_date": "1960-01-01"}, "more than 25 years before"),
        ("child", {"cpr": "0102031234"}, 'has no field "cpr"'),
        ("assessment", {"observations": "ok\x07"}, "observations .* control character"),
        ("assessment", {"observations": "a\u2066b"}, "observations .* text direction"),
        ("assessment", {"signs": ["nail_biting"]}, 'signs\\[0\\] .* profile "topi"'),
        ("assessment", {"signs": ["withdrawn", "withdrawn"]}, "signs .* same entry twice"),
        ("assessment", {"position": "purple"}, 'position .* profile "topi"'),
        ("assessment", {"position": "Ida Jensen"}, "position .* not a valid key"),
        ("assessment", {"status": "approved"}, "status .* not allowed"),
        ("assessment", {"assessors": ["Mette\u202e"]}, "assessors\\[0\\] .* text direction"),
        ("assessment", {"supersedes": "x y"}, "supersedes .* not a valid record id"),
        ("assessment", {"answers": {"q1": "Hvordan?"}}, 'answers .* profile "topi"'),
        ("assessment", {"profile_id": "sos", "answers": {"q1": "cpr 0102031234"}}, "answers.q1"),
        ("consent", {"covers": ["everything"]}, "covers\\[0\\] .* not allowed"),
        ("consent", {"recipient": "Skovbo\tSkole"}, "recipient .* control character"),
        ("plan", {"goals": [{"goal": "Leger\nmed", "indicator": "x"}]}, "goals\\[0\\].goal"),
        ("evaluation", {"by": "Bo\x9b"}, r"by .* control character \(U\+009B\)"),
        ("handover", {"counterpart": "Skole\u2067"}, "counterpart .* text direction"),
    ],
)
def test_fields_breaking_the_input_rules_are_refused(
    held: Store, entity: str, fields: dict, match: str
) -> None:
    record = CHILD if entity == "child" else "0190c0de-0000-7000-8000-0000000000f1"
    if entity == "assessment":
        fields = {**FINAL, "status": "draft", **fields}
    refused(held, [op(1, entity, record, fields)], f"Operation 1 of device {ROGUE} .*{match}")


def test_unknown_record_types_and_kinds_are_refused(held: Store) -> None:
    refused(held, [op(1, "teacher", "t1", {"name": "x"})], "not a change this program makes")
    refused(held, [op(1, "child", CHILD, {}, kind="merge")], "not a change this program makes")
    refused(held, [op(1, "child", CHILD, {"name": "x"}, kind="delete")], "not a change")


def test_a_bad_record_id_or_field_name_is_not_echoed(held: Store) -> None:
    error = refused(held, [op(1, "child", f"{NAME}\x1b", {"group": "X"})], "not a valid record id")
    assert "\x1b" not in str(error)
    error = refused(held, [op(1, "child", CHILD, {f"{NAME} 0102031234": "x"})], "has no field")
    assert '"?"' in str(error)


def test_one_bad_operation_refuses_the_whole_batch(held: Store) -> None:
    good = op(1, "child", "0190c0de-0000-7000-8000-000000000002", CHILD_FIELDS)
    bad = op(2, "child", CHILD, {"name": "Ida\x1b"})
    refused(held, [good, bad], "Operation 2 of device")
    assert held.lookup("child", good.entity_id) is None


def test_honest_data_from_another_device_passes(store: Store) -> None:
    """What rules must not refuse: arrival order, other profiles, partial changes."""
    evaluation = {
        "plan_id": "0190c0de-0000-7000-8000-0000000000e1",  # the plan is not here yet
        "child_id": CHILD,
        "date": "2026-11-20",
        "decision": "continue",
        "progress": [{"indicator": "Leger med andre", "progress": "Bedre", "met": True}],
        "new_position": "udsat",  # the plan's profile may be another municipality's
        "note": "Linje 1\nLinje 2\tmed tab",
        "by": "Mette Hansen",
        "next_follow_up": "2027-01-15",
    }
    other_profile = {**FINAL, "profile_id": "koege", "position": "udsat", "signs": ["x1"]}
    newer_pack = {**FINAL, "profile_version": 99, "signs": ["new_sign"]}
    ops = [
        op(1, "child", CHILD, {"group": "Mælkebøtterne"}),  # before the child itself
        op(2, "evaluation", "0190c0de-0000-7000-8000-0000000000e2", evaluation),
        op(3, "assessment", "0190c0de-0000-7000-8000-0000000000b1", other_profile),
        op(4, "assessment", "0190c0de-0000-7000-8000-0000000000b2", newer_pack),
        op(5, "child", CHILD, {"name": "Ida \u05e9\u05dc\u05d5\u05dd", "birth_date": "2021-02-28"}),
        op(6, "child", CHILD, {"name": "Ida"}, hlc=stamp(-800 * DAY_MS)),  # an old change
    ]
    assert store.import_operations(ops) == len(ops)
    assert check_store(store) == []


def test_a_partial_change_of_an_old_record_is_judged_by_its_own_fields(held: Store) -> None:
    # An old record holding a name today's rules refuse can still be edited.
    held.db.execute(
        "UPDATE children SET data = json_set(data, '$.name', 'Ida\u200e') WHERE id = ?", [CHILD]
    )
    assert held.import_operations([op(1, "child", CHILD, {"group": "Egernene"})]) == 1


def test_fields_that_belong_together_are_checked_on_the_merged_record(store: Store) -> None:
    consent = {
        "child_id": CHILD,
        "given_date": "2026-11-01",
        "expires": "2027-11-01",
        "given_by": "Mor",
        "covers": ["plans"],
        "recipient": "Skovbo Skole",
        "purpose": "Overgang til skole",
    }
    consent_id = "0190c0de-0000-7000-8000-0000000000c1"
    store.import_operations([op(1, "consent", consent_id, consent)])
    refused(store, [op(2, "consent", consent_id, {"withdrawn": "2026-10-01"})], "withdrawn .* fit")
    assert store.import_operations([op(2, "consent", consent_id, {"withdrawn": "2026-11-02"})])


def test_operations_without_a_roster_name_keep_a_checked_actor(store: Store) -> None:
    forged = Operation("o1", ROGUE, 1, stamp(), "Rikke\x1b[2J", "child", CHILD, "put", {})
    with pytest.raises(ImportRefused, match="actor .* control character"):
        store.import_operations([forged])


# --- the audit log names where a change came from (point 7) -----------------------------


def test_imported_writes_are_audited_as_received_from_the_device_and_person(
    store: Store,
) -> None:
    ops = [op(1, "child", CHILD, CHILD_FIELDS), op(2, "assessment", ASSESSMENT, FINAL)]
    store.import_operations(ops, received=Received(ROGUE, "Rikke Rogue"))
    (entry,) = [e for e in store.audit.entries() if e["action"] == "write"]
    assert entry["actor"] == "Rikke Rogue"  # the roster's person, not the local user
    assert entry["detail"].startswith(f"received from device {ROGUE} (Rikke Rogue): ")
    assert entry["child_id"] == CHILD
    assert {o.actor for o in store.operations()} == {"Rikke Rogue"}
    # A device the roster does not name is called by its id.
    store.import_operations(
        [op(1, "child", CHILD, {"group": "X"}, device=GENUINE)], received=Received(GENUINE)
    )
    last = store.audit.entries()[-1]
    assert last["actor"] == f"device {GENUINE}"
    assert last["detail"] == f"received from device {GENUINE}: put"
    # Local writes stay the local user's.
    store.write([Change("child", CHILD, {"group": "Y"})])
    assert store.audit.entries()[-1]["actor"] == "Mette Hansen"
    assert store.audit.entries()[-1]["detail"] == "put"


def test_two_real_stores_refuse_a_rogue_edit_of_a_final_assessment(tmp_path: Path) -> None:
    """The genuine author and a rogue colleague, each with a real store, as sync ships them."""
    author = Store.create(tmp_path / "a.db", PASSPHRASE, user="Gitte", profile_id="topi")
    rogue = Store.create(tmp_path / "r.db", PASSPHRASE, user="Rikke", profile_id="topi")
    third = Store.create(tmp_path / "t.db", PASSPHRASE, user="Tove", profile_id="topi")
    with author, rogue, third:
        author.write(
            [Change("child", CHILD, CHILD_FIELDS), Change("assessment", ASSESSMENT, FINAL)]
        )
        genuine = list(author.operations())
        rogue.import_operations(genuine)
        # The rogue bypasses the services: a raw put on the finalised record.
        rogue.write([Change("assessment", ASSESSMENT, {"position": "green", "observations": "ok"})])
        forged = [o for o in rogue.operations() if o.device == rogue.device_id]
        third.import_operations(genuine, received=Received(author.device_id, "Gitte"))
        before = snapshot(third)
        with pytest.raises(ImportRefused, match=f"device {rogue.device_id} .* finalised"):
            third.import_operations(forged, received=Received(rogue.device_id, "Rikke"))
        assert snapshot(third) == before
        assert third.get("assessment", ASSESSMENT)["observations"] == NOTE
        assert check_store(third) == []


@pytest.mark.parametrize(
    "change",
    [{"seq": 0}, {"seq": True}, {"seq": "1"}, {"op_id": ""}, {"op_id": 5}, {"device": None}],
)
def test_operations_of_the_wrong_shape_are_refused_before_anything(
    held: Store, change: dict
) -> None:
    import dataclasses

    bad = dataclasses.replace(op(1, "child", CHILD, {"group": "X"}), **change)
    refused(held, [bad], "not a change this program makes")
