"""Consent, handover, import and institution-key dialogs on real stores (offscreen).

Every service call runs on a real StoreWorker; the tests wait for its answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from forebyg_desktop.services.handover.consent_service import list_consents
from forebyg_desktop.services.handover.handover_service import list_handovers
from forebyg_desktop.services.handover.institution_service import institution
from forebyg_desktop.services.session import create_session
from forebyg_desktop.ui.handover.consent_dialog import ConsentDialog
from forebyg_desktop.ui.handover.handover_dialog import HandoverDialog
from forebyg_desktop.ui.handover.handover_import_dialog import HandoverImportDialog
from forebyg_desktop.ui.handover.institution_key_dialog import InstitutionKeyDialog
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog
from tests.conftest import PASSPHRASE
from tests.sync.handover_fixtures import (  # noqa: F401 - the `inst` fixture
    CHILD_NAME,
    RECEIVER,
    SENDER,
    Institutions,
    inst_fixture,
)
from tests.ui.dialog_checks import (
    INPUTS,
    assert_layout_fits,
    focusable_inputs,
    mnemonics,
    sql_threads,
    tab_chain,
)

pytestmark = pytest.mark.usefixtures("english")

WAIT_MS = 5000


def _child(inst: Institutions) -> dict:
    return {"id": inst.child_id, "name": CHILD_NAME}


def shown(qtbot, dialog: WorkerDialog) -> WorkerDialog:
    """`dialog` on screen, active, with its opening job (if any) back."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.idle and dialog.isActiveWindow(), timeout=WAIT_MS)
    return dialog


def press(qtbot, dialog: WorkerDialog, button) -> None:
    """Click a button that submits a job; while it runs nothing can submit again."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if dialog.busy:
        assert not button.isEnabled() and dialog.status.text()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


def handover(qtbot, inst: Institutions, worker) -> HandoverDialog:
    dialog = HandoverDialog(inst.sender, _child(inst), worker)
    qtbot.addWidget(dialog)
    assert not dialog.body.isEnabled()  # until the consents and handovers are loaded
    shown(qtbot, dialog)
    assert dialog.body.isEnabled()
    return dialog


def test_consent_dialog_records_a_consent(qtbot, inst: Institutions, worker) -> None:
    dialog = shown(qtbot, ConsentDialog(inst.sender, _child(inst), worker))
    recorded = []
    dialog.consent_recorded.connect(recorded.append)
    dialog.given_by.setText("Amina Holm (mor)")
    dialog.recipient.setText(RECEIVER)
    dialog.purpose.setPlainText("Skolestart")
    dialog.covers["assessments"].setChecked(True)
    dialog.covers["plans"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Saving…" and not dialog.body.isEnabled()
    assert not dialog.save_button.isEnabled() and not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [consent] = list_consents(inst.sender, inst.child_id)
    assert consent.id == dialog.consent_id and consent.covers == ("assessments", "plans")
    assert recorded == [consent.id]


def test_consent_dialog_lists_every_problem_and_saves_nothing(
    qtbot, inst: Institutions, worker
) -> None:
    dialog = shown(qtbot, ConsentDialog(inst.sender, _child(inst), worker))
    press(qtbot, dialog, dialog.save_button)
    texts = dialog.problems.texts()
    assert dialog.problems.isVisibleTo(dialog) and dialog.isVisible()
    for field in ("Given by", "Recipient", "Purpose", "The consent covers"):
        assert any(t.startswith(field) for t in texts), (field, texts)
    assert dialog.consent_id is None and list_consents(inst.sender, inst.child_id) == []
    # Enter on a problem goes to its field; the form can be used again.
    assert dialog.body.isEnabled() and dialog.save_button.isEnabled()
    dialog.problems.setCurrentRow(next(i for i, t in enumerate(texts) if t.startswith("Purpose")))
    qtbot.keyClick(dialog.problems, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.purpose


def test_handover_dialog_refuses_without_consent_then_hands_over(
    qtbot, inst: Institutions, worker
) -> None:
    dialog = handover(qtbot, inst, worker)
    changes = []
    dialog.changed.connect(lambda: changes.append(1))
    assert not dialog.no_key.isVisibleTo(dialog)  # the daycare has its key
    dialog.key_file.setText(str(inst.receiver_key))
    dialog.key_file.editingFinished.emit()
    fingerprint = institution(inst.receiver).fingerprint
    qtbot.waitUntil(lambda: fingerprint in dialog.recipient.text(), timeout=WAIT_MS)
    assert RECEIVER in dialog.recipient.text()
    out = inst.folder / "zainab.handover"
    dialog.out_file.setText(str(out))

    press(qtbot, dialog, dialog.export_button)
    assert any("No consent is recorded" in t for t in dialog.problems.texts())
    assert not out.exists() and changes == []

    inst.consent()
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.consent_table.rowCount() == 1, timeout=WAIT_MS)
    assert dialog.consent_table.item(0, 3).text() == "Active"
    press(qtbot, dialog, dialog.export_button)
    assert out.exists() and not dialog.problems.isVisibleTo(dialog)
    assert "Handed over to Skovbo Skole" in dialog.outcome.text()
    assert "§ 133" in dialog.outcome.text()  # the abuse-path record was held back, and it says so
    assert dialog.summary is not None and dialog.summary.file == out
    assert changes == [1]
    qtbot.waitUntil(lambda: dialog.handover_table.rowCount() == 1, timeout=WAIT_MS)
    assert dialog.handover_table.item(0, 3).text() == "Sent, waiting for the receipt"
    qtbot.waitUntil(lambda: dialog.idle, timeout=WAIT_MS)
    assert dialog.export_button.hasFocus()  # back where the keyboard was, after the reload


def test_a_key_file_that_is_not_one_is_named(qtbot, inst: Institutions, worker) -> None:
    dialog = handover(qtbot, inst, worker)
    bad = inst.folder / "notes.txt"
    bad.write_text("hello", encoding="utf-8")
    dialog.key_file.setText(str(bad))
    dialog.key_file.editingFinished.emit()
    qtbot.waitUntil(lambda: str(bad) in dialog.recipient.text(), timeout=WAIT_MS)


def test_withdrawing_a_consent_in_the_dialog(
    qtbot, inst: Institutions, worker, monkeypatch
) -> None:
    inst.consent()
    dialog = handover(qtbot, inst, worker)
    asked = []
    monkeypatch.setattr(dialog, "confirm", lambda text: asked.append(text) or RECEIVER in text)
    dialog.withdraw_button.click()
    assert any("Choose the consent" in t for t in dialog.problems.texts()) and asked == []
    dialog.consent_table.selectionModel().select(
        dialog.consent_table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    press(qtbot, dialog, dialog.withdraw_button)
    qtbot.waitUntil(
        lambda: dialog.consent_table.item(0, 3).text().startswith("Withdrawn"), timeout=WAIT_MS
    )
    [consent] = list_consents(inst.sender, inst.child_id)
    assert consent.withdrawn is not None and len(asked) == 1


def test_withdrawal_is_asked_first_and_enter_keeps_the_consent(
    qtbot, inst: Institutions, worker
) -> None:
    inst.consent()
    dialog = handover(qtbot, inst, worker)
    dialog.consent_table.selectRow(0)
    questions = []

    def answer() -> None:  # inside the question's own event loop
        box = QApplication.activeModalWidget()
        questions.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default button: keep

    QTimer.singleShot(100, answer)
    dialog.withdraw_button.click()
    assert questions and RECEIVER in questions[0]
    assert not dialog.busy and list_consents(inst.sender, inst.child_id)[0].withdrawn is None


def test_recording_a_consent_from_the_handover_dialog(qtbot, inst: Institutions, worker) -> None:
    dialog = handover(qtbot, inst, worker)
    changes = []
    dialog.changed.connect(lambda: changes.append(1))
    qtbot.mouseClick(dialog.add_consent_button, Qt.MouseButton.LeftButton)
    consent = dialog.nested
    assert isinstance(consent, ConsentDialog) and consent.isVisible()
    assert consent.isModal() and consent.worker is worker  # window-modal, no nested loop
    consent.given_by.setText("Amina Holm (mor)")
    consent.recipient.setText(RECEIVER)
    consent.purpose.setPlainText("Skolestart")
    consent.covers["assessments"].setChecked(True)
    consent.save_button.click()
    qtbot.waitUntil(lambda: dialog.consent_table.rowCount() == 1, timeout=WAIT_MS)
    assert dialog.nested is None and changes == [1]
    assert dialog.consent_table.item(0, 0).text() == RECEIVER


def test_making_the_key_from_the_handover_dialog(qtbot, tmp_path: Path, worker) -> None:
    from forebyg_desktop.services.child.child_service import add_child

    with create_session(tmp_path / "s", PASSPHRASE, profile_id="topi", user="Ny") as session:
        child = {"id": add_child(session, "Ida", "2020-01-02", "A"), "name": "Ida"}
        dialog = shown(qtbot, HandoverDialog(session, child, worker))
        assert dialog.no_key.isVisibleTo(dialog) and dialog.make_key_button.hasFocus()
        qtbot.keyClick(dialog.make_key_button, Qt.Key.Key_Space)
        key_dialog = dialog.nested
        assert isinstance(key_dialog, InstitutionKeyDialog)
        qtbot.waitUntil(lambda: key_dialog.idle, timeout=WAIT_MS)
        key_dialog.name.setText("Egeskolen")
        key_dialog.out_file.setText(str(tmp_path / "egeskolen.key"))
        press(qtbot, key_dialog, key_dialog.write_button)
        qtbot.keyClick(key_dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.no_key.isVisibleTo(dialog), timeout=WAIT_MS)
        assert not dialog.make_key_button.isVisibleTo(dialog)
        worker.stop()  # before the store closes


def test_import_dialog_imports_handover_and_receipt(qtbot, inst: Institutions, worker) -> None:
    inst.consent()
    out = inst.folder / "zainab.handover"
    sender_dialog = handover(qtbot, inst, worker)
    sender_dialog.key_file.setText(str(inst.receiver_key))
    sender_dialog.out_file.setText(str(out))
    press(qtbot, sender_dialog, sender_dialog.export_button)
    assert out.exists()

    receiving = shown(qtbot, HandoverImportDialog(inst.receiver, worker))
    imported = []
    receiving.imported.connect(imported.append)
    receiving.file.setText(str(out))
    receiving.group.setText("0.A")
    receiving.sender_key.setText(str(inst.receiver_key))  # not the sender's key: refused
    press(qtbot, receiving, receiving.import_button)
    assert any("was not sent by Skovbo Skole" in t for t in receiving.problems.texts())
    assert imported == []
    receiving.sender_key.setText(str(inst.folder / "solsikken.key"))
    press(qtbot, receiving, receiving.import_button)
    assert SENDER in receiving.outcome.text() and "receipt" in receiving.outcome.text()
    assert inst.receiver.store.get("child", inst.child_id)["group"] == "0.A"
    assert imported == [receiving.import_result] and imported[0].child_id == inst.child_id

    bad = inst.folder / "empty.handover"
    bad.write_bytes(b"")
    receiving.file.setText(str(bad))
    press(qtbot, receiving, receiving.import_button)
    assert any(str(bad) in t and "empty" in t for t in receiving.problems.texts())
    assert receiving.outcome.text() == ""

    sending = shown(qtbot, HandoverImportDialog(inst.sender, worker))
    sending.file.setText(str(out.with_suffix(".receipt")))
    press(qtbot, sending, sending.import_button)
    assert "Skovbo Skole confirmed receiving" in sending.outcome.text()
    sender_dialog.refresh()
    qtbot.waitUntil(
        lambda: sender_dialog.handover_table.item(0, 3).text().startswith("Receipt received"),
        timeout=WAIT_MS,
    )
    assert list_handovers(inst.sender)[0].status == "receipt_received"


def test_institution_key_dialog_writes_the_public_key(qtbot, tmp_path: Path, worker) -> None:
    with create_session(tmp_path / "s", PASSPHRASE, profile_id="topi", user="Ny") as session:
        dialog = InstitutionKeyDialog(session, worker)
        qtbot.addWidget(dialog)
        assert not dialog.body.isEnabled()  # until the current name is loaded
        shown(qtbot, dialog)
        assert dialog.name.text() == "" and dialog.name.hasFocus()
        written = []
        dialog.key_written.connect(written.append)
        out = tmp_path / "egeskolen.key"
        dialog.out_file.setText(str(out))
        press(qtbot, dialog, dialog.write_button)
        assert any("institution's name" in t for t in dialog.problems.texts())  # no name yet
        assert not out.exists() and written == []
        dialog.name.setText("Egeskolen")
        press(qtbot, dialog, dialog.write_button)
        assert out.exists()
        fingerprint = institution(session).fingerprint
        assert fingerprint in dialog.fingerprint.text()
        assert [p.fingerprint for p in written] == [fingerprint]

        again = shown(qtbot, InstitutionKeyDialog(session, worker))
        assert again.name.text() == "Egeskolen"  # loaded on the worker
        worker.stop()  # before the store closes


def test_a_close_asked_for_during_a_job_waits_for_it(qtbot, inst: Institutions, worker) -> None:
    """Quitting with the dialog open: the running handover finishes, then the dialog closes."""
    inst.consent()
    dialog = handover(qtbot, inst, worker)
    out = inst.folder / "zainab.handover"
    dialog.key_file.setText(str(inst.receiver_key))
    dialog.out_file.setText(str(out))
    finished = []
    dialog.finished.connect(finished.append)
    dialog.export()
    dialog.reject()
    assert dialog.isVisible() or finished  # not closed under the job's feet
    qtbot.waitUntil(lambda: finished != [], timeout=WAIT_MS)
    assert out.exists() and dialog.summary is not None and not dialog.isVisible()


def test_no_dialog_runs_sql_on_the_gui_thread(
    qtbot, inst: Institutions, worker, tmp_path: Path
) -> None:
    """Open each dialog and do its work: every statement runs on the store worker."""
    import threading

    out = inst.folder / "zainab.handover"
    with sql_threads(inst.sender, inst.receiver) as threads:
        consent = shown(qtbot, ConsentDialog(inst.sender, _child(inst), worker))
        consent.given_by.setText("Amina Holm (mor)")
        consent.recipient.setText(RECEIVER)
        consent.purpose.setPlainText("Skolestart")
        consent.covers["assessments"].setChecked(True)
        consent.save_button.click()
        qtbot.waitUntil(lambda: consent.consent_id is not None, timeout=WAIT_MS)

        dialog = handover(qtbot, inst, worker)
        dialog.key_file.setText(str(inst.receiver_key))
        dialog.key_file.editingFinished.emit()
        dialog.out_file.setText(str(out))
        press(qtbot, dialog, dialog.export_button)
        assert out.exists()

        key = shown(qtbot, InstitutionKeyDialog(inst.receiver, worker))
        key.out_file.setText(str(tmp_path / "skovbo-again.key"))
        press(qtbot, key, key.write_button)
        assert key.public is not None

        receiving = shown(qtbot, HandoverImportDialog(inst.receiver, worker))
        receiving.file.setText(str(out))
        press(qtbot, receiving, receiving.import_button)
        assert receiving.import_result is not None
    assert threads and threading.get_ident() not in threads


@pytest.mark.parametrize("lang", ["en", "da"])
def test_each_dialog_by_keyboard_with_named_fields(
    qtbot, qapp, lang: str, inst: Institutions, worker
) -> None:
    """Tab reaches every field and button, each has a name, and Alt keys are unique."""
    install_translator(qapp, lang)
    dialogs = [
        (lambda: ConsentDialog(inst.sender, _child(inst), worker), "given_by"),
        (lambda: HandoverDialog(inst.sender, _child(inst), worker), "consent_table"),
        (lambda: InstitutionKeyDialog(inst.sender, worker), "name"),
        (lambda: HandoverImportDialog(inst.receiver, worker), "file"),
    ]
    for make, first in dialogs:
        dialog = shown(qtbot, make())
        chain = tab_chain(qtbot, dialog, getattr(dialog, first))
        missing = [w for w in focusable_inputs(dialog) if w not in chain]
        assert missing == [], type(dialog).__name__
        unnamed = [
            type(w).__name__ for w in chain if isinstance(w, INPUTS) and not w.accessibleName()
        ]
        assert unnamed == [], type(dialog).__name__
        keys = mnemonics(dialog)
        assert len(keys) == len(set(keys)), (type(dialog).__name__, keys)
        dialog.hide()


def test_consent_dialog_by_keyboard_alone(qtbot, inst: Institutions, worker) -> None:
    dialog = shown(qtbot, ConsentDialog(inst.sender, _child(inst), worker))
    assert dialog.given_by.hasFocus()
    qtbot.keyClicks(dialog.given_by, "Amina Holm (mor)")
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(QApplication.focusWidget(), RECEIVER)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Skolestart")
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Assessments
    qtbot.waitUntil(dialog.covers["assessments"].isChecked, timeout=WAIT_MS)  # an animated click
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.covers["plans"]
    qtbot.keyClick(dialog.recipient, Qt.Key.Key_Return)  # the default button saves
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    [consent] = list_consents(inst.sender, inst.child_id)
    assert consent.covers == ("assessments",) and consent.purpose == "Skolestart"


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_nothing_is_cut_off_on_a_1366x768_laptop(tmp_path, scale):
    """The four dialogs in Danish on 1366×728 available pixels, at 100 % and 150 % scaling."""
    assert_layout_fits(
        "tests.ui.handover.handover_layout_probe",
        tmp_path,
        scale,
        ("consent", "handover", "key", "import"),
    )


def test_buttons_are_named_for_screen_readers(qtbot, inst: Institutions, worker) -> None:
    dialog = shown(qtbot, HandoverDialog(inst.sender, _child(inst), worker))
    assert dialog.export_button.accessibleName() == "Hand over"
    assert all(b.accessibleName() for b in dialog.findChildren(QPushButton))


HOSTILE = '<span style="font-size:1px">Skovbo</span><!-- hidden --><b>Fed</b> &amp; <i>x</i>'


def _plain(label, *parts: str) -> None:
    """`label` shows each of `parts` literally, as plain text."""
    assert label.textFormat() == Qt.TextFormat.PlainText
    for part in parts:
        assert part in label.text(), (part, label.text())


def test_hostile_names_show_literally_in_every_handover_dialog(
    qtbot, inst: Institutions, worker, tmp_path: Path
) -> None:
    """Markup in a sender's, receiver's or child's name is shown as written, and the
    fingerprint beside it stays visible (no label renders received text as rich text)."""
    from forebyg_desktop.services.handover.consent_service import record_consent
    from forebyg_desktop.services.handover.handover_service import export_handover
    from forebyg_desktop.services.handover.institution_service import (
        set_up_institution,
        write_public_key,
    )

    sender = set_up_institution(inst.sender, HOSTILE)  # the daycare's own name, as typed
    with create_session(tmp_path / "school2", PASSPHRASE, profile_id="topi", user="J") as school:
        receiver = write_public_key(school, tmp_path / "hostile.key", HOSTILE)
    hostile_child = {"id": inst.child_id, "name": HOSTILE}

    consent = shown(qtbot, ConsentDialog(inst.sender, hostile_child, worker))
    _plain(consent.intro, HOSTILE)

    key = shown(qtbot, InstitutionKeyDialog(inst.sender, worker))
    key.out_file.setText(str(tmp_path / "own.key"))
    press(qtbot, key, key.write_button)
    _plain(key.fingerprint, HOSTILE, sender.fingerprint)

    record_consent(
        inst.sender,
        child_id=inst.child_id,
        given_by="Amina Holm (mor)",
        covers=["assessments"],
        recipient=HOSTILE,
        purpose="Skolestart",
        expires=inst.sender.today().replace(year=inst.sender.today().year + 1),
    )
    dialog = shown(qtbot, HandoverDialog(inst.sender, hostile_child, worker))
    assert dialog.windowTitle().endswith(HOSTILE)
    dialog.key_file.setText(str(tmp_path / "hostile.key"))
    dialog.key_file.editingFinished.emit()
    qtbot.waitUntil(lambda: receiver.fingerprint in dialog.recipient.text(), timeout=WAIT_MS)
    _plain(dialog.recipient, HOSTILE, receiver.fingerprint, "not used here before")
    dialog.out_file.setText(str(tmp_path / "h.handover"))
    press(qtbot, dialog, dialog.export_button)
    _plain(dialog.outcome, HOSTILE, receiver.fingerprint, "First handover")
    qtbot.waitUntil(lambda: dialog.handover_table.rowCount() == 1, timeout=WAIT_MS)
    assert dialog.handover_table.item(0, 2).text() == HOSTILE
    assert dialog.consent_table.item(0, 0).text() == HOSTILE

    inst.consent()
    export_handover(inst.sender, inst.child_id, inst.receiver_key, inst.folder / "z.handover")
    receiving = shown(qtbot, HandoverImportDialog(inst.receiver, worker))
    receiving.file.setText(str(inst.folder / "z.handover"))
    press(qtbot, receiving, receiving.import_button)
    _plain(receiving.outcome, HOSTILE, sender.fingerprint, "first handover from")


def _new_key_case(inst: Institutions, tmp_path: Path) -> tuple[Path, str, str]:
    """The school knows the daycare's key; a file signed by a new key under its name."""
    import copy

    from forebyg_desktop.services.handover.handover_import_service import import_file
    from forebyg_desktop.services.handover.handover_service import export_handover
    from forebyg_desktop.services.handover.institution_service import (
        require_institution,
        write_public_key,
    )
    from tests.sync.handover_fixtures import opened_body, signed_by

    inst.consent()
    out = inst.folder / "zainab.handover"
    export_handover(inst.sender, inst.child_id, inst.receiver_key, out)
    import_file(inst.receiver, out)
    body = copy.deepcopy(opened_body(inst, out))
    body["handover_id"] = "second-1"
    with create_session(tmp_path / "laptop", PASSPHRASE, profile_id="topi", user="X") as laptop:
        write_public_key(laptop, tmp_path / "laptop.key", SENDER)
        new = require_institution(laptop)
    fake = inst.folder / "new.handover"
    fake.write_bytes(signed_by(body, new, require_institution(inst.receiver)))
    return fake, require_institution(inst.sender).fingerprint, new.fingerprint


def test_a_new_sender_key_is_asked_about_with_both_fingerprints_and_refused_by_default(
    qtbot, inst: Institutions, worker, tmp_path: Path
) -> None:
    from forebyg_desktop.ui.handover.handover_import_dialog import NewKeyQuestion

    fake, known, new = _new_key_case(inst, tmp_path)
    dialog = shown(qtbot, HandoverImportDialog(inst.receiver, worker))
    dialog.file.setText(str(fake))
    seen = []

    def answer() -> None:  # inside the question's own event loop
        box = QApplication.activeModalWidget()
        assert isinstance(box, NewKeyQuestion)
        seen.append((box.text(), box.informativeText(), box.textFormat()))
        assert box.defaultButton() is box.refuse_button
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: refuse

    QTimer.singleShot(100, answer)
    press(qtbot, dialog, dialog.import_button)
    qtbot.waitUntil(lambda: seen != [] and not dialog.busy, timeout=WAIT_MS)
    [(text, detail, fmt)] = seen
    assert SENDER in text and known in detail and new in detail
    assert fmt == Qt.TextFormat.PlainText
    assert dialog.import_result is None and dialog.outcome.text() == ""
    assert any(known in t and new in t for t in dialog.problems.texts())
    assert len(list_handovers(inst.receiver)) == 1

    dialog.confirm_new_key = lambda refusal: refusal.fingerprint == new  # compared by phone
    press(qtbot, dialog, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=WAIT_MS)
    assert dialog.import_result.key_changed_from == known
    _plain(dialog.outcome, SENDER, new, known)
    assert len(list_handovers(inst.receiver)) == 2


def test_handing_over_to_another_key_than_before_is_asked_about(
    qtbot, inst: Institutions, worker, tmp_path: Path
) -> None:
    from forebyg_desktop.services.handover.institution_service import write_public_key

    inst.consent()
    dialog = handover(qtbot, inst, worker)
    dialog.key_file.setText(str(inst.receiver_key))
    dialog.out_file.setText(str(inst.folder / "1.handover"))
    press(qtbot, dialog, dialog.export_button)
    assert "First handover to Skovbo Skole" in dialog.outcome.text()
    with create_session(tmp_path / "other", PASSPHRASE, profile_id="topi", user="X") as other:
        forged = write_public_key(other, tmp_path / "forged.key", "skovbo  SKOLE")
    dialog.key_file.setText(str(tmp_path / "forged.key"))
    dialog.key_file.editingFinished.emit()
    qtbot.waitUntil(lambda: "Warning" in dialog.recipient.text(), timeout=WAIT_MS)
    _plain(dialog.recipient, forged.fingerprint, institution(inst.receiver).fingerprint)
    asked = []
    dialog.confirm_new_key = lambda refusal: asked.append(refusal) or False
    out = inst.folder / "2.handover"
    dialog.out_file.setText(str(out))
    press(qtbot, dialog, dialog.export_button)
    assert [r.fingerprint for r in asked] == [forged.fingerprint] and not out.exists()
    assert any(forged.fingerprint in t for t in dialog.problems.texts())
    qtbot.waitUntil(lambda: dialog.idle, timeout=WAIT_MS)
    assert len(list_handovers(inst.sender)) == 1
