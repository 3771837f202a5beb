"""The consent, handover, key and import dialogs on a 1366×768 laptop screen (see layout_probe).

    python -m tests.ui.handover.handover_layout_probe OUT_DIR SCALE LANG

Prints one JSON object: per dialog the problems found and the screenshots.
The handover dialog is shown with a consent, a handover and a receiver's key
chosen, so every part of it has content.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from tests.ui.layout_probe import probe, settle, start_app


def main() -> None:
    out, scale, lang = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = start_app(out, scale, lang)

    from forebyg_desktop.services.handover.handover_service import export_handover
    from forebyg_desktop.ui.handover.consent_dialog import ConsentDialog
    from forebyg_desktop.ui.handover.handover_dialog import HandoverDialog
    from forebyg_desktop.ui.handover.handover_import_dialog import HandoverImportDialog
    from forebyg_desktop.ui.handover.institution_key_dialog import InstitutionKeyDialog
    from forebyg_desktop.ui.kit.store_worker import StoreWorker
    from tests.sync.handover_fixtures import CHILD_NAME, make_institutions

    report: dict[str, dict] = {}
    tag = f"{lang}-{scale.replace('.', '_')}"
    with tempfile.TemporaryDirectory(prefix="wt-hdlg-probe-") as tmp:
        inst = make_institutions(Path(tmp))
        inst.consent()
        export_handover(inst.sender, inst.child_id, inst.receiver_key, inst.folder / "h.handover")
        worker = StoreWorker()
        child = {"id": inst.child_id, "name": CHILD_NAME}
        handover = HandoverDialog(inst.sender, child, worker)
        handover.key_file.setText(str(inst.receiver_key))
        handover._show_recipient()
        dialogs = {
            "consent": ConsentDialog(inst.sender, child, worker),
            "handover": handover,
            "key": InstitutionKeyDialog(inst.sender, worker),
            "import": HandoverImportDialog(inst.receiver, worker),
        }
        for key, dialog in dialogs.items():
            dialog.show()
            settle(app, lambda d=dialog: d.idle and not worker.busy)
            report[key] = probe(app, dialog, out / f"{key}-{tag}")
            dialog.hide()
        worker.stop()
        inst.sender.close()
        inst.receiver.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
