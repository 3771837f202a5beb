"""One way for a refusal to carry a translatable message: ServiceError(Message)."""

from __future__ import annotations

from forebyg_desktop.core.i18n import Message
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.reports.report_content import ReportRefused
from forebyg_desktop.services.team_sync.team_service import TeamRefused


def test_a_message_refusal_reads_as_english_and_keeps_the_message() -> None:
    message = Message("Sync", "The hub folder {hub} cannot be reached.", {"hub": "/mnt/hub"})
    err = ServiceError(message, "hub")
    assert str(err) == "The hub folder /mnt/hub cannot be reached."
    assert err.message is message and err.where == "hub"


def test_a_plain_refusal_has_no_message_to_translate() -> None:
    err = ServiceError("Only English.")
    assert str(err) == "Only English." and err.message is None and err.where == ""


def test_team_and_report_refusals_are_service_errors_with_messages() -> None:
    team = TeamRefused("Device {device} is not in the team.", "device", device="abc")
    assert str(team) == "Device abc is not in the team." and team.where == "device"
    assert team.message == Message("Team", "Device {device} is not in the team.", {"device": "abc"})
    report = ReportRefused("Not for the parents.")
    assert str(report) == "Not for the parents." and report.message is not None


def test_store_errors_carry_messages_the_same_way(tmp_path) -> None:
    """A store refusal (here from the real store) reads as English and keeps its Message."""
    import pytest

    from forebyg_desktop.store.errors import StoreError, StoreMissing
    from forebyg_desktop.store.record_store import Store

    with pytest.raises(StoreMissing) as caught:
        Store.open(tmp_path / "nowhere.db", "whatever-passphrase")
    err = caught.value
    assert isinstance(err, StoreError) and not isinstance(err, ServiceError)
    assert str(err) == f"No store at {tmp_path / 'nowhere.db'}. Create one with `forebyg init`."
    assert err.message is not None and err.message.context == "Store"
