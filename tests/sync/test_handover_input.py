"""A received handover is checked like typed input, and a crafted file is refused cleanly."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest

from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.handover.handover_import_service import import_file
from forebyg_desktop.services.handover.handover_service import export_handover
from forebyg_desktop.services.handover.institution_service import require_institution
from forebyg_desktop.sync import crypto, handover_file
from tests.sync.handover_fixtures import (
    CHILD_NAME,
    NOTE,
    Institutions,
    forged,
    inst_fixture,  # noqa: F401 - the `inst` fixture
    opened_body,
)


@pytest.fixture(name="body")
def body_fixture(inst: Institutions) -> dict:
    """The signed body of a genuine handover (not imported)."""
    inst.consent()
    out = inst.folder / "zainab.handover"
    export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    return opened_body(inst, out)


def _refused(inst: Institutions, data: bytes) -> str:
    """Import `data` as a file; the one-line refusal. Nothing may be written."""
    path = inst.folder / "crafted.handover"
    path.write_bytes(data)
    ops = inst.op_count(inst.receiver)
    with pytest.raises(ServiceError) as err:
        import_file(inst.receiver, path)
    message = str(err.value)
    assert str(path) in message and "\n" not in message
    assert inst.op_count(inst.receiver) == ops and inst.receiver.store.find("child") == []
    assert not path.with_suffix(".receipt").exists()
    return message


def _signed(inst: Institutions, body: dict) -> bytes:
    """`body` as it stands, signed by the genuine sender and sealed to the school."""
    sender, receiver = require_institution(inst.sender), require_institution(inst.receiver)
    return forged("handover", body, receiver, sender.signing_private)


def _assessment(body: dict) -> dict:
    return body["records"]["assessment"][0]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda b: b["child"].update(name="Zainab 010203-1234"), "the child, field name"),
        (lambda b: b["child"].update(name="Zainab\nHolm"), "the child holds control characters"),
        (
            lambda b: _assessment(b).update(observations="Græder \x1b[2Jofte"),
            "an assessment holds control characters or bidi overrides in the field observations",
        ),
        (
            lambda b: _assessment(b).update(observations="Ring 0102031234"),
            "an assessment, field observations",
        ),
        (
            lambda b: b["sender"].update(institution="Solsikken \u202eeroF"),
            "the sender holds control characters",
        ),
        (
            lambda b: b["consent"].update(given_by="Amina 010203 1234"),
            "the consent, field given_by",
        ),
        (lambda b: b["child"].update(name="Z" * 201), "is too long"),
        (lambda b: _assessment(b).update(signs=["no_such_sign"]), "field signs"),
        (lambda b: _assessment(b).update(position="purple"), "field position"),
        (lambda b: _assessment(b).update(status="draft"), "is not finalised"),
        (lambda b: _assessment(b).update(parents_informed="sometimes"), "parents_informed"),
        (
            lambda b: _assessment(b).update(id="../../etc"),
            "an assessment has a missing or malformed field id",
        ),
        (lambda b: b["child"].update(birth_date="2020-13-01"), "field birth_date"),
    ],
    ids=[
        "cpr-in-name",
        "newline-in-name",
        "terminal-escape",
        "cpr-in-note",
        "bidi-override-sender",
        "cpr-in-consent",
        "long-name",
        "unknown-sign",
        "unknown-position",
        "draft",
        "bad-enum",
        "bad-id",
        "bad-date",
    ],
)
def test_a_bad_record_refuses_the_whole_handover(
    inst: Institutions, body: dict, change: Callable[[dict], None], expected: str
) -> None:
    crafted = copy.deepcopy(body)
    change(crafted)
    message = _refused(inst, _signed(inst, crafted))
    assert expected in message
    for content in (CHILD_NAME, NOTE, "1234", "eroF", "purple", "no_such_sign"):
        assert content not in message, content


def test_a_field_no_record_has_is_never_stored(inst: Institutions, body: dict) -> None:
    """An unknown field would stop this device's sync at every colleague (their import
    rules refuse it), so it never reaches the store."""
    crafted = copy.deepcopy(body)
    _assessment(crafted)["smuggled"] = "x"
    path = inst.folder / "crafted.handover"
    path.write_bytes(_signed(inst, crafted))
    import_file(inst.receiver, path)
    (stored,) = inst.receiver.store.find("assessment")
    assert stored["id"] == _assessment(crafted)["id"] and "smuggled" not in stored


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda b: b.update(records=[]), "malformed field records"),
        (lambda b: b["consent"].update(covers="assessments"), "malformed field covers"),
        (lambda b: b.update(child="Zainab"), "malformed field child"),
        (lambda b: b.update(sender=[]), "malformed field sender"),
        (lambda b: b.update(handover_id=7), "malformed field handover_id"),
        (lambda b: b["records"].update(assessment={"id": "x"}), "malformed field records"),
        (lambda b: b["records"].update(consent=[]), "malformed field records"),
        (lambda b: _assessment(b).update(answers={"q": ["a"]}), "answers"),
        (lambda b: b["records"]["plan"][0].update(goals=[{"goal": 1}]), "goals"),
        (lambda b: b.pop("created"), "malformed field created"),
    ],
    ids=[
        "records-list",
        "covers-string",
        "child-string",
        "sender-list",
        "id-number",
        "rows-object",
        "other-entity",
        "answers-list",
        "goal-number",
        "no-created",
    ],
)
def test_wrong_types_are_refused_by_name(
    inst: Institutions, body: dict, change: Callable[[dict], None], expected: str
) -> None:
    crafted = copy.deepcopy(body)
    change(crafted)
    assert expected in _refused(inst, _signed(inst, crafted))


def _sealed_raw(inst: Institutions, payload: bytes, header: bytes | None = None) -> bytes:
    """A file sealed to the school whose payload is `payload` as it stands."""
    me = require_institution(inst.receiver)
    line = header or b'{"format":1,"kind":"handover","recipient":"%s"}' % me.fingerprint.encode()
    head = handover_file.MAGIC + line + b"\n"
    return head + crypto.seal(me.public.exchange_key, payload, head)


_SIG = b'"signer":"AAAA","signature":"AAAA"'


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b'{"body":{"format":NaN},' + _SIG + b"}", "NaN or Infinity"),
        (b'{"body":{"format":Infinity},' + _SIG + b"}", "NaN or Infinity"),
        (b'{"body":{"x":1e400},' + _SIG + b"}", "far too large"),
        (b'{"body":{"x":1180591620717411303424},' + _SIG + b"}", "far too large"),
        (b'{"body":{},"body":{},' + _SIG + b"}", "twice"),
        (b'{"body":{"x":' + b"[" * 100 + b"]" * 100 + b"}," + _SIG + b"}", "nested"),
        (b'{"body":{"x":' + b"[" * 100_000 + b"]" * 100_000 + b"}," + _SIG + b"}", "nested"),
        (b'{"body":"\xff\xfe",' + _SIG + b"}", "not valid JSON"),
        (b'{"body":[],' + _SIG + b"}", "malformed"),
        (b"[1,2,3]", "malformed"),
    ],
    ids=[
        "nan",
        "infinity",
        "1e400",
        "2**70",
        "duplicate",
        "deep",
        "very-deep",
        "utf8",
        "list",
        "top",
    ],
)
def test_crafted_json_is_refused_with_a_reason(
    inst: Institutions, payload: bytes, expected: str
) -> None:
    assert expected in _refused(inst, _sealed_raw(inst, payload))


@pytest.mark.parametrize(
    "header",
    [
        b'{"format":Infinity,"kind":"handover","recipient":"X"}',
        b'{"format":1e308,"kind":"handover","recipient":"X"}',
        b'{"format":1180591620717411303424,"kind":"handover","recipient":"X"}',
        b'{"format":1,"format":1,"kind":"handover","recipient":"X"}',
        b'{"format":[],"kind":"handover","recipient":"X"}',
        b'{"format":1,"kind":"handover","recipient":[]}',
    ],
    ids=["infinity", "1e400", "2**70", "duplicate", "list", "recipient-list"],
)
def test_crafted_headers_are_refused(inst: Institutions, header: bytes) -> None:
    assert "damaged" in _refused(inst, _sealed_raw(inst, b"{}", header))


def test_a_folder_or_a_missing_file_is_named(inst: Institutions, tmp_path: Path) -> None:
    for path in (tmp_path, tmp_path / "missing.handover"):
        with pytest.raises(ServiceError, match="cannot read the file") as err:
            import_file(inst.receiver, path)
        assert str(path) in str(err.value)


def test_genuine_handovers_of_synthetic_children_all_pass_the_checks(tmp_path: Path) -> None:
    """The received checks refuse nothing a genuine sender writes: demo data of every
    kind (joint assessments, corrections, plans, evaluations), to a school with
    another municipality's profile."""
    from datetime import timedelta

    from forebyg_desktop.services.handover.consent_service import record_consent
    from forebyg_desktop.services.handover.institution_service import write_public_key
    from forebyg_desktop.services.session import create_session
    from forebyg_desktop.services.setup.demo_service import run_demo
    from tests.conftest import PASSPHRASE

    with (
        create_session(tmp_path / "s", PASSPHRASE, profile_id="topi", user="A") as sender,
        create_session(tmp_path / "r", PASSPHRASE, profile_id="horsens", user="B") as school,
    ):
        write_public_key(school, tmp_path / "school.key", "Skolen")
        write_public_key(sender, tmp_path / "daycare.key", "Børnehuset")
        run_demo(sender, 25, 6, seed=3)
        children = sender.store.find("child")
        for child in children:
            record_consent(
                sender,
                child_id=child["id"],
                given_by="Mor",
                covers=["assessments", "plans", "evaluations"],
                recipient="Skolen",
                purpose="Skolestart",
                expires=sender.today() + timedelta(days=30),
            )
            out = tmp_path / f"{child['id']}.handover"
            export_handover(sender, child["id"], tmp_path / "school.key", out)
            import_file(school, out)
        assert len(school.store.find("child")) == len(children) == 25
        for entity in ("assessment", "plan", "evaluation"):
            assert school.store.find(entity), entity


_ODD_VALUES = [
    None,
    True,
    0,
    -1,
    2**40,
    "",
    "x",
    "2020-01-01",
    "9999-12-31",
    [],
    {},
    ["x"],
    {"a": "b"},
    "\x1b[2J",
    "010203-1234",
    "a" * 300,
    [None],
    [{}],
]


def _mutate(rng, doc: object) -> None:
    """Change, drop or replace one value somewhere in `doc` (in place)."""
    if isinstance(doc, dict) and doc:
        key = rng.choice(sorted(doc))
        if rng.random() < 0.15:
            del doc[key]
        elif rng.random() < 0.5 and isinstance(doc[key], dict | list) and doc[key]:
            _mutate(rng, doc[key])
        else:
            doc[key] = copy.deepcopy(rng.choice(_ODD_VALUES))
    elif isinstance(doc, list) and doc:
        i = rng.randrange(len(doc))
        if rng.random() < 0.5 and isinstance(doc[i], dict | list) and doc[i]:
            _mutate(rng, doc[i])
        else:
            doc[i] = copy.deepcopy(rng.choice(_ODD_VALUES))


def test_mutated_handovers_are_refused_or_imported_never_a_crash(
    inst: Institutions, body: dict
) -> None:
    """300 correctly signed handovers with odd values anywhere: each is refused with a
    ServiceError naming the file, or imported; the store stays sound."""
    import random

    from forebyg_desktop.store.integrity import check_store

    rng = random.Random(9)
    sender, receiver = require_institution(inst.sender), require_institution(inst.receiver)
    outcomes = {"imported": 0, "refused": 0}
    for i in range(300):
        crafted = copy.deepcopy(body)
        for _ in range(rng.randint(1, 3)):
            _mutate(rng, crafted)
        crafted["handover_id"] = f"mutant-{i}"
        path = inst.folder / f"mutant-{i}.handover"
        path.write_bytes(forged("handover", crafted, receiver, sender.signing_private))
        try:
            import_file(inst.receiver, path)
            outcomes["imported"] += 1
        except ServiceError as err:
            assert str(path) in str(err) and "\n" not in str(err)
            outcomes["refused"] += 1
    assert outcomes["refused"] > 200 and outcomes["imported"] > 0
    assert check_store(inst.receiver.store) == []
    [assessment] = inst.receiver.store.find("assessment")
    assert assessment["observations"] == NOTE  # a finalised assessment never changed
