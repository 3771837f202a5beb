"""`forebyg consent`, `institution key` and `handover` between two real stores."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.conftest import Forebyg

NAME = "Ida Sørensen"


@pytest.fixture
def daycare(tmp_path: Path, capsys, monkeypatch) -> Forebyg:
    monkeypatch.setenv("FOREBYG_PASSPHRASE", "korrekt hest batteri")
    monkeypatch.delenv("FOREBYG_DATA_DIR", raising=False)
    f = Forebyg(tmp_path / "daycare", capsys)
    f.ok("init", "--profile", "topi", "--user", "Mette Hansen")
    return f


@pytest.fixture
def school(daycare: Forebyg, tmp_path: Path) -> Forebyg:
    f = Forebyg(tmp_path / "school", daycare.capsys)
    f.ok("init", "--profile", "topi", "--user", "Jens Lund")
    return f


def _child(f: Forebyg) -> str:
    cid = f.ok("child", "add", "--name", NAME, "--birth-date", "2021-04-12", "--group", "Bjørnene")
    f.ok("assess", "add", "--child", cid, "--position", "green", "--note", "Trives godt")
    return cid


def _consent(f: Forebyg, cid: str, recipient: str = "Skovbo Skole") -> str:
    expires = (date.today() + timedelta(days=60)).isoformat()
    return f.ok(
        "consent",
        "add",
        "--child",
        cid,
        "--given-by",
        "Anne Sørensen",
        "--covers",
        "assessments,plans",
        "--recipient",
        recipient,
        "--purpose",
        "Skolestart",
        "--expires",
        expires,
    )


def test_handover_round_trip_from_the_command_line(
    daycare: Forebyg, school: Forebyg, tmp_path: Path
) -> None:
    key = tmp_path / "skovbo.key"
    r = school("institution", "key", "--name", "Skovbo Skole", "--out", str(key))
    assert r.code == 0 and "Fingerprint:" in r.out
    fingerprint = r.out.split("Fingerprint: ")[1].split()[0]
    assert json.loads(key.read_text())["fingerprint"] == fingerprint
    daycare.ok("institution", "key", "--name", "Solsikken", "--out", str(tmp_path / "sol.key"))

    cid = _child(daycare)
    _consent(daycare, cid)
    out = tmp_path / "ida.handover"
    r = daycare("handover", "export", "--child", cid, "--to", str(key), "--out", str(out))
    assert r.code == 0, r.err
    assert "1 assessments" in r.out and fingerprint in r.out
    assert NAME.encode() not in out.read_bytes()

    r = school("handover", "import", str(out), "--from", str(key))  # the school's own key
    assert r.code == 1 and "was not sent by Skovbo Skole" in r.err
    r = school(
        "--json",
        "handover",
        "import",
        str(out),
        "--group",
        "0.A",
        "--from",
        str(tmp_path / "sol.key"),
    )
    assert r.code == 0, r.err
    assert r.json()["sender"] == "Solsikken"
    shown = school("show", cid).out
    assert NAME in shown and "received by handover from Solsikken" in shown

    again = school("handover", "import", str(out))
    assert again.code == 0 and "Already imported" in again.out

    receipt = tmp_path / "ida.receipt"
    r = daycare("handover", "import", str(receipt))
    assert r.code == 0 and "Skovbo Skole received" in r.out
    listed = json.loads(daycare.ok("--json", "handover", "list", "--child", cid))
    assert [h["status"] for h in listed] == ["receipt_received"]
    assert "received by them" in daycare.ok("show", cid)
    assert {"export", "receipt"} <= {
        e["action"] for e in json.loads(daycare.ok("--json", "audit", "--child", cid))
    }
    assert "import" in {e["action"] for e in json.loads(school.ok("--json", "audit"))}


def test_refusals_are_one_line_with_exit_1(
    daycare: Forebyg, school: Forebyg, tmp_path: Path
) -> None:
    key = tmp_path / "skovbo.key"
    school.ok("institution", "key", "--name", "Skovbo Skole", "--out", str(key))
    cid = _child(daycare)
    out = tmp_path / "ida.handover"

    r = daycare("handover", "export", "--child", cid, "--to", str(key), "--out", str(out))
    assert r.code == 1 and "institution key" in r.err  # the daycare has none yet
    daycare.ok("institution", "key", "--name", "Solsikken", "--out", str(tmp_path / "sol.key"))

    r = daycare("handover", "export", "--child", cid, "--to", str(key), "--out", str(out))
    assert r.code == 1 and "No consent is recorded" in r.err
    kid = _consent(daycare, cid, recipient="Egeskolen")
    r = daycare("handover", "export", "--child", cid, "--to", str(key), "--out", str(out))
    assert r.code == 1 and '"Egeskolen"' in r.err
    good = _consent(daycare, cid)
    daycare.ok("consent", "withdraw", good)
    r = daycare("handover", "export", "--child", cid, "--to", str(key), "--out", str(out))
    assert r.code == 1 and "withdrawn" in r.err
    assert not out.exists()
    assert len(json.loads(daycare.ok("--json", "consent", "list", "--child", cid))) == 2
    assert kid

    junk = tmp_path / "junk.handover"
    junk.write_bytes(b"")
    r = school("handover", "import", str(junk))
    assert r.code == 1 and str(junk) in r.err and "empty" in r.err
    assert len(r.err.strip().splitlines()) == 1

    r = daycare(
        "consent",
        "add",
        "--child",
        cid,
        "--given-by",
        "X",
        "--covers",
        "cpr",
        "--recipient",
        "Y",
        "--purpose",
        "Z",
        "--expires",
        "2030-01-01",
    )
    assert r.code == 1 and "covers" in r.err
    r = daycare("handover", "export", "--child", cid)
    assert r.code == 2


def _key(f: Forebyg, name: str, out: Path) -> str:
    """Make (or rewrite) the institution key file; its fingerprint."""
    r = f("institution", "key", "--name", name, "--out", str(out))
    assert r.code == 0, r.err
    return r.out.split("Fingerprint: ")[1].split()[0]


def test_keys_are_pinned_and_a_new_key_needs_the_fingerprint_read_by_phone(
    daycare: Forebyg, school: Forebyg, tmp_path: Path
) -> None:
    skovbo = tmp_path / "skovbo.key"
    school_fp = _key(school, "Skovbo Skole", skovbo)
    daycare_fp = _key(daycare, "Solsikken", tmp_path / "sol.key")
    cid = _child(daycare)
    _consent(daycare, cid)
    first = tmp_path / "ida.handover"
    r = daycare("handover", "export", "--child", cid, "--to", str(skovbo), "--out", str(first))
    assert r.code == 0 and "First handover with Skovbo Skole" in r.out and school_fp in r.out
    r = school("handover", "import", str(first))
    assert r.code == 0 and "First handover with Solsikken" in r.out and daycare_fp in r.out

    # The daycare's new laptop: a fresh store and key under the same name.
    laptop = Forebyg(tmp_path / "laptop", daycare.capsys)
    laptop.ok("init", "--profile", "topi", "--user", "Mette Hansen")
    new_fp = _key(laptop, "Solsikken", tmp_path / "sol2.key")
    other = laptop.ok(
        "child", "add", "--name", "Bo Berg", "--birth-date", "2021-01-01", "--group", "A"
    )
    _consent(laptop, other)
    second = tmp_path / "bo.handover"
    laptop.ok("handover", "export", "--child", other, "--to", str(skovbo), "--out", str(second))
    r = school("handover", "import", str(second))
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1
    assert daycare_fp in r.err and new_fp in r.err and "--accept-new-key" in r.err
    assert new_fp not in r.err.split("--accept-new-key")[1]  # typed from the call, not copied
    r = school("handover", "import", str(second), "--accept-new-key", daycare_fp)
    assert r.code == 1 and "is not the key of this file" in r.err
    r = school("handover", "import", str(second), "--accept-new-key", new_fp.lower())
    assert r.code == 0, r.err
    assert f"The key of Solsikken was changed from {daycare_fp}" in r.out
    assert "Bo Berg" in school.ok("child", "list")


def test_a_consent_keeps_to_the_key_it_was_first_used_with(
    daycare: Forebyg, school: Forebyg, tmp_path: Path
) -> None:
    skovbo = tmp_path / "skovbo.key"
    school_fp = _key(school, "Skovbo Skole", skovbo)
    _key(daycare, "Solsikken", tmp_path / "sol.key")
    cid = _child(daycare)
    _consent(daycare, cid)
    daycare.ok(
        "handover", "export", "--child", cid, "--to", str(skovbo), "--out", str(tmp_path / "1")
    )
    forger = Forebyg(tmp_path / "forger", daycare.capsys)
    forger.ok("init", "--profile", "topi", "--user", "X")
    forged_fp = _key(forger, "skovbo  SKOLE", tmp_path / "forged.key")
    out = tmp_path / "2.handover"
    args = ("handover", "export", "--child", cid, "--to", str(tmp_path / "forged.key"))
    r = daycare(*args, "--out", str(out))
    assert r.code == 1 and school_fp in r.err and forged_fp in r.err and not out.exists()
    r = daycare(*args, "--out", str(out), "--accept-new-key", forged_fp)
    assert r.code == 0 and f"changed from {school_fp}" in r.out and out.exists()
