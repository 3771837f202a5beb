"""Open the child register's dialogues on a 1366×768 laptop screen and report cut-offs.

    python -m tests.ui.child.child_layout_probe OUT_DIR SCALE LANG

See tests/ui/layout_probe.py: one JSON object per run, per dialogue state its
problems (empty when everything fits) and the screenshots written to OUT_DIR.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from tests.ui.layout_probe import probe, settle, start_app

LIST = (
    "Navn;Fødselsdato;Klasse;CPR-nummer\r\nSøren Ærø;03-01-2017;1.A;\r\n"
    "Åse Øberg-Kristiansen;4.2.2017;1.A;\r\nAli Hassan;9/11/2016;1.A;\r\n"
)
BAD = LIST + "Noah;31.02.2017;1.A;\r\nLea Berg;01.01.2030;1.A;\r\n;1.1.2017;1.A;\r\n"


def main() -> None:
    out, scale, lang = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = start_app(out, scale, lang)

    from forebyg_desktop.services.child.child_edit_service import archive_child
    from forebyg_desktop.services.child.child_service import add_child
    from forebyg_desktop.services.session import create_session
    from forebyg_desktop.ui.child.archived_dialog import ArchivedChildrenDialog
    from forebyg_desktop.ui.child.child_dialog import ChildDialog
    from forebyg_desktop.ui.child.class_list_dialog import ClassListDialog
    from forebyg_desktop.ui.child.move_dialog import MoveChildrenDialog
    from forebyg_desktop.ui.kit.store_worker import StoreWorker

    report: dict[str, dict] = {}
    tag = f"{lang}-{scale.replace('.', '_')}"
    with tempfile.TemporaryDirectory(prefix="wt-child-probe-") as tmp:
        session = create_session(
            Path(tmp) / "d", "layout probe lilla kaffekande", profile_id="topi", user="Mette"
        )
        worker = StoreWorker()
        soren = add_child(session, "Søren Ærø", "2017-01-03", "0.A")
        gone = add_child(session, "Lærke Østergaard-Christiansen", "2016-11-23", "0.B")
        archive_child(session, gone)
        (Path(tmp) / "bad.csv").write_bytes(BAD.encode("cp1252"))
        (Path(tmp) / "ok.csv").write_bytes(LIST.encode("cp1252"))

        def show(key: str, dialog, until=lambda: True) -> None:  # noqa: ANN001
            dialog.show()
            settle(app, lambda: dialog.idle and until())
            report[key] = probe(app, dialog, out / f"{key}-{tag}")

        add = ChildDialog(session, worker, groups=["0.A"])
        add.name.setText("Ida Marie Sørensen-Kristiansen")
        add.birth_date.setText("01.01.2999")
        add.show()
        add.submit()
        show("child_refused", add, add.problems.isVisible)
        show("class_list_bad", ClassListDialog(session, worker, Path(tmp) / "bad.csv"))
        known = ClassListDialog(session, worker, Path(tmp) / "ok.csv")
        known.tabs.setCurrentIndex(1)
        show("class_list_ok", known)
        names = {soren: "Søren Ærø", gone: "Lærke Østergaard-Christiansen"}
        show("move", MoveChildrenDialog(session, worker, names, groups=["1.A"]))
        show("archived", ArchivedChildrenDialog(session, worker))
        worker.stop()
        session.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
