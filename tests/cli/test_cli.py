"""The scripting interface, as IT and later checks drive it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from forebyg_desktop.store.profile_repo import load_bundled_profile
from tests.cli.conftest import Forebyg
from tests.conftest import PASSPHRASE

TOPI = load_bundled_profile("topi")
ABUSE_SIGN = next(s.key for s in TOPI.all_signs() if s.indicates_abuse)


def test_profiles_lists_all_bundled(forebyg: Forebyg) -> None:
    rows = json.loads(forebyg.ok("--json", "profiles"))
    ids = {r["id"] for r in rows}
    assert {
        "horsens",
        "skanderborg",
        "frederikssund",
        "hedensted",
        "topi",
        "signs-of-safety",
    } <= ids


def test_profile_validate_good_and_broken(forebyg: Forebyg, tmp_path: Path) -> None:
    good = Path(__file__).resolve().parents[2] / "resources" / "profiles" / "topi.json"
    assert forebyg("profile", "validate", str(good)).code == 0
    data = json.loads(good.read_text(encoding="utf-8"))
    data["scale"]["positions"][1]["colour"] = "yellowish"
    bad = tmp_path / "broken.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    r = forebyg("profile", "validate", str(bad))
    assert r.code == 1
    assert "broken.json" in r.err and "scale.positions[1].colour" in r.err


def test_init_refuses_to_overwrite(topi: Forebyg) -> None:
    r = topi("init", "--profile", "horsens", "--user", "Someone")
    assert r.code == 1
    assert "already exists" in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_unknown_profile(forebyg: Forebyg) -> None:
    r = forebyg("init", "--profile", "aarhus", "--user", "X")
    assert r.code == 1 and "Unknown profile" in r.err and "topi" in r.err


def test_wrong_passphrase_exit_2(topi: Forebyg, monkeypatch) -> None:
    monkeypatch.setenv("FOREBYG_PASSPHRASE", "wrong wrong wrong")
    r = topi("child", "list")
    assert r.code == 2
    assert "passphrase" in r.err and "Traceback" not in r.err


def test_no_passphrase_without_terminal(topi: Forebyg, monkeypatch) -> None:
    monkeypatch.delenv("FOREBYG_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    r = topi("child", "list")
    assert r.code == 2 and "FOREBYG_PASSPHRASE" in r.err


def test_usage_error_is_one_line_exit_2(topi: Forebyg) -> None:
    r = topi("child", "add", "--name", "Ida")
    assert r.code == 2
    assert len(r.err.strip().splitlines()) == 1


def test_child_add_list_show(topi: Forebyg) -> None:
    cid = topi.ok(
        "child",
        "add",
        "--name",
        "Ida Sørensen",
        "--birth-date",
        "2021-04-12",
        "--group",
        "Sommerfuglene",
    )
    assert len(cid) == 36
    listed = json.loads(topi.ok("--json", "child", "list"))
    assert [(c["id"], c["name"], c["group"]) for c in listed] == [
        (cid, "Ida Sørensen", "Sommerfuglene")
    ]
    shown = topi.ok("show", cid)
    assert "Ida Sørensen" in shown and "Nothing recorded yet" in shown


def test_child_add_refuses_bad_input(topi: Forebyg) -> None:
    r = topi("child", "add", "--name", "Ida", "--birth-date", "2021-13-40", "--group", "A")
    assert r.code == 1 and "birth_date" in r.err
    r = topi(
        "child", "add", "--name", "Ida 120521-1234", "--birth-date", "2021-05-12", "--group", "A"
    )
    assert r.code == 1 and "CPR" in r.err
    assert json.loads(topi.ok("--json", "child", "list")) == []


def test_assessment_and_plan_in_chronology(topi: Forebyg) -> None:
    cid = topi.ok(
        "child", "add", "--name", "Noah Jensen", "--birth-date", "2020-02-03", "--group", "Bjørnene"
    )
    first = topi.ok("assess", "add", "--child", cid, "--position", "green")
    joint = topi(
        "--json",
        "assess",
        "add",
        "--child",
        cid,
        "--position",
        "yellow",
        "--note",
        "Trækker sig fra legen",
        "--joint",
    )
    assert joint.code == 0, joint.err
    assert joint.json()["position"] == "yellow"
    template = TOPI.plan_templates[0].key
    pid = topi.ok(
        "plan",
        "add",
        "--child",
        cid,
        "--template",
        template,
        "--goal",
        "Ida leger med andre",
        "--follow-up",
        "2099-01-01",
    )
    shown = json.loads(topi.ok("--json", "show", cid))
    ids = [e["id"] for e in shown["entries"]]
    assert {first, joint.json()["id"], pid} <= set(ids)


def test_abuse_sign_warns_of_reporting_duty(topi: Forebyg) -> None:
    cid = topi.ok(
        "child", "add", "--name", "Alma Nielsen", "--birth-date", "2019-06-01", "--group", "Frøerne"
    )
    r = topi("--json", "assess", "add", "--child", cid, "--position", "green", "--sign", ABUSE_SIGN)
    assert r.code == 0, r.err
    result = r.json()
    assert result["reporting_duty"] and result["abuse_path"] and not result["inform_parents_first"]
    assert "133" in r.err or result["warnings"]


def test_assessment_with_unknown_position_or_sign_is_refused(topi: Forebyg) -> None:
    cid = topi.ok(
        "child", "add", "--name", "Oscar Hansen", "--birth-date", "2019-06-01", "--group", "Frøerne"
    )
    r = topi("assess", "add", "--child", cid, "--position", "purple")
    assert r.code == 1 and "purple" in r.err
    r = topi("assess", "add", "--child", cid, "--position", "green", "--sign", "no_such_sign")
    assert r.code == 1 and "no_such_sign" in r.err
    r = topi("assess", "add", "--child", "no-such-child", "--position", "green")
    assert r.code == 1 and "No child" in r.err


def test_import_class_list_all_or_nothing(topi: Forebyg, tmp_path: Path) -> None:
    bad = tmp_path / "klasse.csv"
    bad.write_text(
        "\ufeffname;birth_date;group\nIda Sørensen;2017-03-01;0.A\nNoah;2017-02-30;0.A\n;2017-01-01;0.A\n",
        encoding="utf-8",
    )
    r = topi("child", "import", str(bad))
    assert r.code == 1
    assert "klasse.csv:3" in r.err and "klasse.csv:4" in r.err
    assert json.loads(topi.ok("--json", "child", "list")) == []
    good = tmp_path / "good.csv"
    good.write_text(
        "name,birth_date,group\nIda Sørensen,2017-03-01,0.A\nNoah Ali,2017-02-28,0.A\n",
        encoding="utf-8",
    )
    assert topi.ok("child", "import", str(good)) == "Imported 2 children; 0 already registered"
    # An updated list: the two registered are skipped and counted, the new one added.
    good.write_text(
        "name,birth_date,group\nIda Sørensen,2017-03-01,0.A\nNoah Ali,2017-02-28,0.A\n"
        "Lea Berg,2017-05-05,0.A\n",
        encoding="utf-8",
    )
    assert topi.ok("child", "import", str(good)) == "Imported 1 children; 2 already registered"
    assert len(json.loads(topi.ok("--json", "child", "list"))) == 3


def test_dump_is_identical_for_the_same_operations(topi: Forebyg) -> None:
    topi.ok("demo", "--children", "5", "--assessments", "3", "--seed", "7")
    first = topi.ok("dump")
    assert first == topi.ok("dump")
    data = json.loads(first)
    assert len(data["children"]) == 5
    assert all("audit" not in k for k in data)


def test_check_and_audit(topi: Forebyg) -> None:
    cid = topi.ok(
        "child",
        "add",
        "--name",
        "Aya Ahmed",
        "--birth-date",
        "2018-09-09",
        "--group",
        "Solsikkerne",
    )
    topi.ok("show", cid)
    assert "sound" in topi.ok("check")
    entries = json.loads(topi.ok("--json", "audit", "--child", cid))
    assert [e["action"] for e in entries] == ["write", "read"]


def test_entry_point_never_prints_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "FOREBYG_PASSPHRASE": "x", "FOREBYG_DATA_DIR": str(tmp_path / "nothing")}
    proc = subprocess.run(
        [sys.executable, "-m", "forebyg_desktop.cli", "child", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("forebyg: No store") and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "profile", ["horsens", "skanderborg", "frederikssund", "hedensted", "topi", "signs-of-safety"]
)
def test_every_profile_works_end_to_end(forebyg: Forebyg, profile: str) -> None:
    forebyg.ok("init", "--profile", profile, "--user", "Lars Holm")
    forebyg.ok("demo", "--children", "3", "--assessments", "2", "--seed", "3")
    assert "sound" in forebyg.ok("check")


def test_unexpected_error_is_one_line_without_details(topi: Forebyg, monkeypatch) -> None:
    from forebyg_desktop.services.child import child_service

    def boom(*_a, **_k):
        raise RuntimeError("secret child name Ida Sørensen")

    monkeypatch.setattr(child_service, "list_children", boom)
    r = topi("child", "list")
    assert r.code == 1
    assert r.err.strip() == "forebyg: internal error (RuntimeError); nothing was changed"


def test_joint_quick_entry_without_note_warns_but_records(topi: Forebyg) -> None:
    cid = topi.ok(
        "child", "add", "--name", "Malthe Olsen", "--birth-date", "2019-06-01", "--group", "Frøerne"
    )
    r = topi("assess", "add", "--child", cid, "--position", "red", "--joint")
    assert r.code == 0, r.err
    assert "forebyg:" in r.err  # outstanding parts named on stderr
    assert any(
        e["id"] == r.out.strip() for e in json.loads(topi.ok("--json", "show", cid))["entries"]
    )


HOSTILE = "Ida\x1b]0;owned\x07\x1b[2J\u202eJensen\x9b31m"


def _raw_child(topi: Forebyg, name: str, group: str) -> str:
    """A child written past the services, as an older version or a rogue store could hold it."""
    from forebyg_desktop.store.operation import Change
    from forebyg_desktop.store.record_store import Store
    from tests.conftest import PASSPHRASE

    with Store.open(topi.data_dir / "store.db", PASSPHRASE) as store:
        store.write(
            [Change("child", "c1", {"name": name, "birth_date": "2021-04-12", "group": group})]
        )
    return "c1"


def test_child_add_refuses_control_and_direction_characters(topi: Forebyg) -> None:
    r = topi("child", "add", "--name", HOSTILE, "--birth-date", "2021-04-12", "--group", "A")
    assert r.code == 1 and "control character (U+001B)" in r.err
    assert "\x1b" not in r.err and "owned" not in r.err
    r = topi(
        "child", "add", "--name", "Ida", "--birth-date", "2021-04-12", "--group", "Bi\u202ener"
    )
    assert r.code == 1 and "text direction (U+202E)" in r.err
    r = topi(
        "child",
        "add",
        "--name",
        "Ida 01.02.03 - 1234",
        "--birth-date",
        "2021-04-12",
        "--group",
        "A",
    )
    assert r.code == 1 and "CPR" in r.err


def test_child_list_never_prints_terminal_escapes(topi: Forebyg) -> None:
    cid = _raw_child(topi, HOSTILE, "Bier\nne")
    for args in (("child", "list"), ("--json", "child", "list"), ("show", cid), ("audit",)):
        out = topi.ok(*args)
        for raw in ("\x1b", "\x07", "\u202e", "\x9b"):
            assert raw not in out, (args, raw)
    listed = topi.ok("child", "list")
    assert "Ida\\x1b]0;owned\\x07\\x1b[2J\\u202eJensen\\x9b31m" in listed
    assert "Bier\\nne" in listed and len(listed.splitlines()) == 1  # no forged second line
    (row,) = json.loads(topi.ok("--json", "child", "list"))
    assert row["name"] == HOSTILE  # JSON escapes mean the same characters


@pytest.mark.parametrize(
    "user",
    ["Mette\x1b]0;pwned\x07 Hansen", "Mette \u202enesnaH", "Mette 010203-1234"],
    ids=["terminal-escape", "bidi-override", "cpr"],
)
def test_init_refuses_a_user_name_that_breaks_the_name_rules(forebyg: Forebyg, user: str) -> None:
    """The user's name goes into every change this store writes and colleagues receive."""
    r = forebyg("init", "--profile", "topi", "--user", user)
    assert r.code != 0 and "Name" in r.err
    assert "\x1b" not in r.err and "\u202e" not in r.err
    assert not (forebyg.data_dir / "store.db").exists()


def test_team_names_obey_the_name_rules(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("FOREBYG_PASSPHRASE", PASSPHRASE)
    leader = Forebyg(tmp_path / "leader", capsys)
    leader.ok("init", "--profile", "topi", "--user", "Mette Hansen", "--role", "leader")
    hub = tmp_path / "hub"
    hub.mkdir()
    r = leader("team", "create", "--name", "Solsikken \u202e", "--hub", str(hub))
    assert r.code != 0 and "team name" in r.err and list(hub.iterdir()) == []
    leader.ok("team", "create", "--name", "Solsikken", "--hub", str(hub))
    r = leader("team", "invite", "--out", str(tmp_path / "a.fbinvite"), "--name", "Jonas\x1b[2J")
    assert r.code != 0 and "person's name" in r.err and not (tmp_path / "a.fbinvite").exists()
