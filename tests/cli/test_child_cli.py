"""`forebyg child edit|move|archive|unarchive|list --archived` and Danish class lists."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Forebyg


def _add(topi: Forebyg, name: str, born: str = "2021-04-12", group: str = "Sommerfuglene") -> str:
    return topi.ok("child", "add", "--name", name, "--birth-date", born, "--group", group)


def _children(topi: Forebyg, *more: str) -> dict[str, dict]:
    return {c["id"]: c for c in json.loads(topi.ok("--json", "child", "list", *more))}


def test_a_child_is_corrected(topi: Forebyg) -> None:
    cid = _add(topi, "Ida Sörensen", born="12.04.2021")
    assert topi.ok(
        "child", "edit", cid, "--name", "Ida Sørensen", "--birth-date", "13-04-2021"
    ) == ("Changed: birth date, name")
    child = _children(topi)[cid]
    assert (child["name"], child["birth_date"]) == ("Ida Sørensen", "2021-04-13")
    refused = topi("child", "edit", cid, "--name", "Ida 120421-1234")
    assert refused.code == 1 and "CPR" in refused.err
    future = topi("child", "edit", cid, "--birth-date", "01.01.2999")
    assert future.code == 1 and "future" in future.err
    assert topi("child", "edit", cid).code == 2  # nothing to change
    assert topi("child", "edit", "no-such-child", "--name", "X").code == 1
    assert _children(topi)[cid]["name"] == "Ida Sørensen"


def test_children_move_one_by_one_or_a_whole_group(topi: Forebyg) -> None:
    ida, noah = _add(topi, "Ida Sørensen"), _add(topi, "Noah Ali")
    mads = _add(topi, "Mads Holm", group="Bjørnene")
    assert topi.ok("child", "move", ida, "--group", "Frøerne") == "Moved 1 children"
    assert topi.ok("child", "move", "--from-group", "Sommerfuglene", "--group", "Bjørnene") == (
        "Moved 1 children"
    )
    groups = {cid: c["group"] for cid, c in _children(topi).items()}
    assert groups == {ida: "Frøerne", noah: "Bjørnene", mads: "Bjørnene"}
    assert topi("child", "move", ida, "--group", "").code == 1
    assert topi("child", "move", "--group", "Frøerne").code == 2


def test_an_archived_child_is_listed_apart_and_can_come_back(topi: Forebyg) -> None:
    ida, noah = _add(topi, "Ida Sørensen"), _add(topi, "Noah Ali")
    assert topi.ok("child", "archive", ida).startswith("Archived on ")
    assert list(_children(topi)) == [noah]
    assert list(_children(topi, "--archived")) == [ida]
    assert "(archived " in topi.ok("child", "list", "--archived")
    again = topi("child", "archive", ida)
    assert again.code == 1 and "archived already" in again.err
    topi.ok("child", "unarchive", ida)
    assert set(_children(topi)) == {ida, noah}


def test_a_danish_excel_class_list_is_imported_and_reimported(
    topi: Forebyg, tmp_path: Path
) -> None:
    listed = tmp_path / "klasseliste.csv"
    listed.write_bytes(
        "Navn;Fødselsdato;Klasse\r\nSøren Ærø;03-01-2017;0.A\r\nÅse Øberg;4.2.2017;0.A\r\n".encode(
            "cp1252"
        )
    )
    assert topi.ok("child", "import", str(listed)) == "Imported 2 children; 0 already registered"
    names = {c["name"]: c for c in _children(topi).values()}
    assert names["Søren Ærø"]["birth_date"] == "2017-01-03"
    assert names["Åse Øberg"]["birth_date"] == "2017-02-04"
    # The next year's list: Søren moved on to 1.A, a new pupil joined.
    listed.write_bytes(
        "Navn;Fødselsdato;Klasse\r\nSøren Ærø;03-01-2017;1.A\r\nÅse Øberg;4.2.2017;0.A\r\n"
        "Ali Hassan;9/11/2016;1.A\r\n".encode("cp1252")
    )
    out = topi.ok("child", "import", str(listed), "--move-groups")
    assert out == "Imported 1 children; 1 already registered; 1 moved to another group"
    groups = {c["name"]: c["group"] for c in _children(topi).values()}
    assert groups == {"Søren Ærø": "1.A", "Åse Øberg": "0.A", "Ali Hassan": "1.A"}
