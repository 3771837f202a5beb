"""Correcting a finalised assessment through a draft: new version, original kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from forebyg_desktop.services.assessment.assessment_flow_service import (
    finalise_individual,
    start_assessment,
)
from forebyg_desktop.services.assessment.correction_flow_service import (
    finalise_correction,
    start_correction,
)
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.child.chronology_service import chronology
from forebyg_desktop.services.drafts.draft_service import list_drafts, save_draft
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.reports.audit_service import audit_entries
from forebyg_desktop.services.session import create_session, open_session
from forebyg_desktop.store import assessment_repo
from forebyg_desktop.store.errors import ImmutableRecord
from tests.conftest import PASSPHRASE

NOT_REPORTED = {"report_decision": "not_reported", "report_reason": "Samtale først."}


def _final(s, child_id: str) -> str:
    save_draft(
        s,
        "assessment",
        "d1",
        child_id,
        {"kind": "individual", "position": "yellow", "observations": "Trist om morgenen"}
        | NOT_REPORTED,
    )
    return finalise_individual(s, "d1")


def test_correction_supersedes_and_both_stay_in_the_chronology(tmp_path: Path) -> None:
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette") as s:
        child = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        original = _final(s, child)
        start = start_correction(s, original)
        assert start.corrects == original and start.kind == "individual"
        assert start.fields["observations"] == "Trist om morgenen"
        fields = dict(start.fields, observations="Trist om morgenen, glad ved frokost")
        save_draft(s, "assessment", "c1", child, fields)
        new = finalise_correction(s, "c1")
        assert s.store.get("assessment", new)["supersedes"] == original
        assert s.store.get("assessment", new)["observations"].endswith("glad ved frokost")
        assert s.store.get("assessment", original)["observations"] == "Trist om morgenen"
        _, entries = chronology(s, child)
        by_id = {e.id: e for e in entries}
        assert by_id[original].superseded_by == new
        assert list_drafts(s, child) == []
        assert any(e["detail"] == "for a correction" for e in audit_entries(s, child))
        # Only the newest version can be corrected, once.
        with pytest.raises(ImmutableRecord):
            start_correction(s, original)
        # A correction draft is not picked up as a new assessment.
        assert start_assessment(s, child, "individual").draft_id is None


def test_a_correction_draft_survives_a_restart_and_is_validated(tmp_path: Path) -> None:
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette") as s:
        child = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        original = _final(s, child)
        start = start_correction(s, original)
        save_draft(s, "assessment", "c1", child, dict(start.fields, position=""))
    with open_session(tmp_path, PASSPHRASE) as s:
        again = start_correction(s, original)
        assert again.draft_id == "c1" and again.fields["position"] == ""
        with pytest.raises(ValidationFailed) as failed:
            finalise_correction(s, "c1")
        assert any(p.where == "position" for p in failed.value.problems)
        assert assessment_repo.corrections_of(s.store, original) == []
