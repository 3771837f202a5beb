"""Consent, handover, import and institution-key dialogs on real stores (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from forebyg_desktop.services.consent_service import list_consents
from forebyg_desktop.services.handover_service import list_handovers
from forebyg_desktop.services.institution_service import institution
from forebyg_desktop.services.session import create_session
from forebyg_desktop.ui.consent_dialog import ConsentDialog
from forebyg_desktop.ui.handover_dialog import HandoverDialog
from forebyg_desktop.ui.handover_import_dialog import HandoverImportDialog, InstitutionKeyDialog
from forebyg_desktop.ui.i18n import install_translator
from tests.conftest import PASSPHRASE
from tests.sync.handover_fixtures import (  # noqa: F401 - the `inst` fixture
    CHILD_NAME,
    RECEIVER,
    SENDER,
    Institutions,
    inst_fixture,
)


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    """The texts checked below are the English source texts."""
    install_translator(qapp, "en")
    yield
    install_translator(qapp, "da")


def _child(inst: Institutions) -> dict:
    return {"id": inst.child_id, "name": CHILD_NAME}


def test_consent_dialog_records_a_consent(qtbot, inst: Institutions) -> None:
    dialog = ConsentDialog(inst.sender, _child(inst))
    qtbot.addWidget(dialog)
    dialog.given_by.setText("Amina Holm (mor)")
    dialog.recipient.setText(RECEIVER)
    dialog.purpose.setPlainText("Skolestart")
    dialog.covers["assessments"].setChecked(True)
    dialog.covers["plans"].setChecked(True)
    dialog.save_button.click()
    assert dialog.result() == ConsentDialog.DialogCode.Accepted
    [consent] = list_consents(inst.sender, inst.child_id)
    assert consent.id == dialog.consent_id and consent.covers == ("assessments", "plans")


def test_consent_dialog_lists_every_problem_and_saves_nothing(qtbot, inst: Institutions) -> None:
    dialog = ConsentDialog(inst.sender, _child(inst))
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    texts = dialog.problems.texts()
    assert dialog.problems.isVisibleTo(dialog)
    for field in ("Given by", "Recipient", "Purpose", "The consent covers"):
        assert any(t.startswith(field) for t in texts), (field, texts)
    assert dialog.consent_id is None and list_consents(inst.sender, inst.child_id) == []


def test_handover_dialog_refuses_without_consent_then_hands_over(qtbot, inst: Institutions) -> None:
    dialog = HandoverDialog(inst.sender, _child(inst))
    qtbot.addWidget(dialog)
    assert not dialog.no_key.isVisibleTo(dialog)  # the daycare has its key
    dialog.key_file.setText(str(inst.receiver_key))
    dialog.key_file.editingFinished.emit()
    fingerprint = institution(inst.receiver).fingerprint
    assert RECEIVER in dialog.recipient.text() and fingerprint in dialog.recipient.text()
    out = inst.folder / "zainab.handover"
    dialog.out_file.setText(str(out))

    dialog.export_button.click()
    assert any("No consent is recorded" in t for t in dialog.problems.texts())
    assert not out.exists()

    inst.consent()
    dialog.refresh()
    assert dialog.consent_table.rowCount() == 1
    assert dialog.consent_table.item(0, 3).text() == "Active"
    dialog.export_button.click()
    assert out.exists() and not dialog.problems.isVisibleTo(dialog)
    assert "Handed over to Skovbo Skole" in dialog.result.text()
    assert "§ 133" in dialog.result.text()  # the abuse-path record was held back, and it says so
    assert dialog.handover_table.rowCount() == 1
    assert dialog.handover_table.item(0, 3).text() == "Sent, waiting for the receipt"


def test_withdrawing_a_consent_in_the_dialog(qtbot, inst: Institutions, monkeypatch) -> None:
    inst.consent()
    dialog = HandoverDialog(inst.sender, _child(inst))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "confirm", lambda text: RECEIVER in text)
    dialog.withdraw_button.click()
    assert any("Choose the consent" in t for t in dialog.problems.texts())
    dialog.consent_table.selectionModel().select(
        dialog.consent_table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    dialog.withdraw_button.click()
    assert dialog.consent_table.item(0, 3).text().startswith("Withdrawn")
    [consent] = list_consents(inst.sender, inst.child_id)
    assert consent.withdrawn is not None


def test_import_dialog_imports_handover_and_receipt(qtbot, inst: Institutions) -> None:
    inst.consent()
    out = inst.folder / "zainab.handover"
    sender_dialog = HandoverDialog(inst.sender, _child(inst))
    qtbot.addWidget(sender_dialog)
    sender_dialog.key_file.setText(str(inst.receiver_key))
    sender_dialog.out_file.setText(str(out))
    sender_dialog.export_button.click()

    receiving = HandoverImportDialog(inst.receiver)
    qtbot.addWidget(receiving)
    receiving.file.setText(str(out))
    receiving.group.setText("0.A")
    receiving.sender_key.setText(str(inst.receiver_key))  # not the sender's key: refused
    receiving.import_button.click()
    assert any("was not sent by Skovbo Skole" in t for t in receiving.problems.texts())
    receiving.sender_key.setText(str(inst.folder / "solsikken.key"))
    receiving.import_button.click()
    assert SENDER in receiving.outcome.text() and "receipt" in receiving.outcome.text()
    assert inst.receiver.store.get("child", inst.child_id)["group"] == "0.A"

    bad = inst.folder / "empty.handover"
    bad.write_bytes(b"")
    receiving.file.setText(str(bad))
    receiving.import_button.click()
    assert any(str(bad) in t and "empty" in t for t in receiving.problems.texts())

    sending = HandoverImportDialog(inst.sender)
    qtbot.addWidget(sending)
    sending.file.setText(str(out.with_suffix(".receipt")))
    sending.import_button.click()
    assert "Skovbo Skole confirmed receiving" in sending.outcome.text()
    sender_dialog.refresh()
    assert sender_dialog.handover_table.item(0, 3).text().startswith("Receipt received")
    assert list_handovers(inst.sender)[0].status == "receipt_received"


def test_institution_key_dialog_writes_the_public_key(qtbot, tmp_path: Path) -> None:
    with create_session(tmp_path / "s", PASSPHRASE, profile_id="topi", user="Ny") as session:
        dialog = InstitutionKeyDialog(session)
        qtbot.addWidget(dialog)
        out = tmp_path / "egeskolen.key"
        dialog.out_file.setText(str(out))
        dialog.write_button.click()
        assert any("institution's name" in t for t in dialog.problems.texts())  # no name given yet
        assert not out.exists()
        dialog.name.setText("Egeskolen")
        dialog.write_button.click()
        assert out.exists()
        assert institution(session).fingerprint in dialog.fingerprint.text()
