"""Class lists as Danish Excel writes them: headers, separators, dates, encodings, preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from forebyg_desktop.services.child import class_list_file
from forebyg_desktop.services.child.child_import_service import (
    apply_class_list,
    import_class_list,
    preview_class_list,
)
from forebyg_desktop.services.child.child_service import add_child, list_children
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.session import create_session
from tests.conftest import PASSPHRASE

TODAY = date(2026, 8, 10)
DANISH = (
    "Navn;Fødselsdato;Gruppe\r\nSøren Ærø;03-01-2021;Sommerfuglene\r\nÅse Øberg;4.2.2021;Bierne\r\n"
)


@pytest.fixture
def session(tmp_path: Path):
    with create_session(tmp_path / "data", PASSPHRASE, profile_id="topi", user="Mette") as s:
        s.today = lambda: TODAY  # type: ignore[method-assign]
        yield s


def _file(tmp_path: Path, content: bytes, name: str = "liste.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    "encoded",
    [
        DANISH.encode("cp1252"),
        DANISH.encode("utf-8"),
        DANISH.encode("utf-8-sig"),
        DANISH.encode("utf-16"),
    ],
    ids=["windows-1252", "utf-8", "utf-8-bom", "utf-16"],
)
def test_every_encoding_excel_saves_gives_the_names_unchanged(session, tmp_path, encoded) -> None:
    preview = preview_class_list(session, _file(tmp_path, encoded))
    assert preview.bad == []
    listed = {n.child.name: (n.child.birth_date, n.child.group) for n in preview.new}
    assert listed == {
        "Søren Ærø": (date(2021, 1, 3), "Sommerfuglene"),
        "Åse Øberg": (date(2021, 2, 4), "Bierne"),
    }
    assert list_children(session) == []  # a preview writes nothing


@pytest.mark.parametrize(
    "header",
    [
        "name,birth_date,group",
        "NAVN,FØDSELSDATO,KLASSE",
        "navn,fødselsdato,stue",
        "Gruppe,Navn,Fødselsdato,CPR-nummer",
        "Fornavn;Efternavn;Fødselsdato;Klasse",
        "Name\tBirth date\tClass",
    ],
)
def test_headers_in_danish_or_english_any_order_and_separator(session, tmp_path, header) -> None:
    sep = "\t" if "\t" in header else (";" if ";" in header else ",")
    cells = {
        "name": "Ida Sørensen",
        "navn": "Ida Sørensen",
        "fornavn": "Ida",
        "efternavn": "Sørensen",
        "cpr-nummer": "",
    }
    row = []
    for column in header.split(sep):
        key = column.casefold()
        if key in cells:
            row.append(cells[key])
        elif "d" in key and ("date" in key or "dato" in key):
            row.append("31.12.2020")
        else:
            row.append("2.B")
    text = f"{header}\n{sep.join(row)}\n"
    preview = preview_class_list(session, _file(tmp_path, text.encode()))
    (new,) = preview.new
    assert (new.child.name, new.child.birth_date, new.child.group) == (
        "Ida Sørensen",
        date(2020, 12, 31),
        "2.B",
    )
    assert preview.ignored_columns == (["CPR-nummer"] if "CPR" in header else [])


def test_every_bad_line_is_reported_with_its_number_and_nothing_written(session, tmp_path) -> None:
    text = (
        "Navn;Fødselsdato;Gruppe\n"
        "Ida Sørensen;12.04.2021;A\n"
        "Noah Ali;31.02.2021;A\n"  # 3: no such day
        ";01.01.2021;A\n"  # 4: no name
        "Lea Berg;01.01.2030;A\n"  # 5: in the future
        "Mads Holm;01.01.21;A\n"  # 6: two-digit year
        "Emil 120421-1234;12.04.2021;A\n"  # 7: a CPR number
        "Ida Sørensen;12.04.2021;A\n"  # 8: twice
        "Karl;01.01.2021;\n"  # 9: no group
        "Oskar;01.01.2021\n"  # 10: a column short
    )
    path = _file(tmp_path, text.encode())
    preview = preview_class_list(session, path)
    assert [p.where for p in preview.bad] == [f"liste.csv:{n}" for n in range(3, 11)]
    assert "future" in str(preview.bad[2].message) and "CPR" in str(preview.bad[4].message)
    assert "line 2" in str(preview.bad[5].message)
    with pytest.raises(ValidationFailed):
        apply_class_list(session, preview)
    with pytest.raises(ValidationFailed):
        import_class_list(session, path)
    assert list_children(session) == []


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"PK\x03\x04" + b"\0" * 100, "Excel workbook"),
        (b"\x89PNG\r\n\x1a\n\0\0\0", "not a text file"),
        ("Navn;Fødselsdato;Gruppe\n".encode() + b"\x81\x8d\x90 \xff\x00", "not a text file"),
        (b"", "empty"),
        (b"Fornavn;Alder\nIda;4\n", "must name the columns"),
    ],
)
def test_files_that_are_not_class_lists_are_refused_clearly(session, tmp_path, content, says):
    with pytest.raises(ValidationFailed) as refused:
        preview_class_list(session, _file(tmp_path, content))
    assert says in str(refused.value)


def test_a_huge_file_is_refused_without_reading_it_all(session, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(class_list_file, "MAX_BYTES", 1000)
    path = _file(tmp_path, b"name,birth_date,group\n" + b"Ida,2021-01-01,A\n" * 200)
    with pytest.raises(ValidationFailed, match="too large"):
        preview_class_list(session, path)


def test_reimport_skips_the_registered_and_moves_groups_only_when_asked(session, tmp_path) -> None:
    ida = add_child(session, "Ida Sørensen", "12.04.2021", "Sommerfuglene")
    text = "Navn;Fødselsdato;Gruppe\nIDA SØRENSEN;12-04-2021;Bierne\nNoah Ali;2021-05-01;Bierne\n"
    preview = preview_class_list(session, _file(tmp_path, text.encode()))
    (known,) = preview.known
    assert (known.child_id, known.group, known.listed_group, known.moves) == (
        ida,
        "Sommerfuglene",
        "Bierne",
        True,
    )
    assert [n.child.name for n in preview.new] == ["Noah Ali"]
    result = apply_class_list(session, preview)
    assert (len(result.added), result.skipped, result.moved) == (1, 1, 0)
    assert session.store.get("child", ida)["group"] == "Sommerfuglene"
    again = apply_class_list(
        session, preview_class_list(session, tmp_path / "liste.csv"), move_groups=True
    )
    assert (len(again.added), again.skipped, again.moved) == (0, 1, 1)
    assert session.store.get("child", ida)["group"] == "Bierne"
    assert len(list_children(session)) == 2
