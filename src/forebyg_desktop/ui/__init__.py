"""The PySide6 desktop app, grouped by feature (one package per screen or task).

`kit/` holds what every feature shares (the store worker, the dialog frame (and
its contract, docs/architecture.md), the problem list, plain text, position
chips, translations) and imports no feature. A feature package (`lock/`,
`overview/`, `child/`, `assessment/`, `plan/`, `handover/`, `team_sync/`,
`settings/`) imports only `kit/` and itself. `shell/` (start-up, the main
window and the helpers it holds) may import every feature. tests/test_layers.py
checks this.
"""
