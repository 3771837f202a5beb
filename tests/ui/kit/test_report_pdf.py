"""Saving the parents' documents as PDF from a real encrypted store (offscreen)."""

from __future__ import annotations

import re
import stat
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from forebyg_desktop.services.assessment.assessment_service import quick_assessment
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.plan.plan_service import quick_plan
from forebyg_desktop.services.reports.report_content import ReportRefused
from forebyg_desktop.services.reports.report_service import load_assessment_report, load_plan_report
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.kit.report_pdf import write_pdf

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture
def profile_id() -> str:
    """The Horsens profile (of `session`): its templates and report wording."""
    return "horsens"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The store beside, not in, the folder the PDFs are written to."""
    return tmp_path / "data"


def _pdf_text(path: Path) -> str:
    """The PDF's text, ligatures unfolded and whitespace (Qt places words) as single spaces."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _child(session: Session) -> str:
    return add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")


def test_assessment_pdf_for_the_parents(qapp, session: Session, tmp_path: Path) -> None:
    cid = _child(session)
    aid = quick_assessment(
        session,
        child_id=cid,
        position="yellow",
        signs=["withdrawn", "sleep_problems"],
        protective=["trusted_adult"],
        note="Sidder ofte alene i garderoben om morgenen.",
        joint=True,
    ).id
    report = load_assessment_report(session, aid, lang="da", tr=QCoreApplication.translate)
    path = tmp_path / "vurdering.pdf"
    write_pdf(report.html, path, title=report.title)

    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 5_000
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # a child's data: private to the user
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["vurdering.pdf"]  # no temp left
    text = _pdf_text(path)
    for expected in ("Ida Sørensen", "Horsens Kommune", "Gul", "▲", "Sommerfuglene", "12.04.2021"):
        assert expected in text, expected
    assert "Sidder ofte alene i garderoben om morgenen." in text
    assert re.search(r"(Page|Side) 1 (of|af) \d", text)
    for internal in (aid, cid, session.store.device_id):
        assert internal not in text
        assert internal.encode() not in data
    assert not UUID.search(text)
    assert "audit" not in text.lower()
    assert PdfReader(path).metadata.title == report.title


def test_plan_pdf_for_the_parents(qapp, session: Session, tmp_path: Path) -> None:
    cid = _child(session)
    quick_assessment(session, child_id=cid, position="yellow", signs=["withdrawn"], protective=[])
    follow_up = (session.today() + timedelta(weeks=6)).isoformat()
    pid = quick_plan(
        session, child_id=cid, template="life_skills", goal="Ida søger hjælp", follow_up=follow_up
    )
    report = load_plan_report(session, pid, tr=QCoreApplication.translate)
    path = tmp_path / "handleplan.pdf"
    write_pdf(report.html, path, title=report.title)
    text = _pdf_text(path)
    for expected in ("Ida Sørensen", "Horsens Kommune", "Ida søger hjælp", "Mette Hansen"):
        assert expected in text, expected
    assert pid not in text and session.store.device_id not in text and not UUID.search(text)


def test_abuse_path_assessment_is_refused_and_nothing_is_written(
    qapp, session: Session, tmp_path: Path
) -> None:
    cid = _child(session)
    aid = quick_assessment(
        session, child_id=cid, position="yellow", signs=["tells_violence"], protective=[]
    ).id
    with pytest.raises(ReportRefused, match="abuse path: it is not printed for a meeting"):
        load_assessment_report(session, aid)
    assert not list(tmp_path.glob("*.pdf"))


def test_write_replaces_atomically_and_leaves_nothing_on_failure(qapp, tmp_path: Path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"old")
    write_pdf("<p>Ny version</p>" * 400, path, title="Test")
    assert path.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(path).pages) >= 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.pdf"]
    with pytest.raises(OSError):
        write_pdf("<p>x</p>", tmp_path / "missing" / "doc.pdf", title="Test")
    assert not (tmp_path / "missing").exists()
