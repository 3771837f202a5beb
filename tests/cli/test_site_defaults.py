"""IT's configuration supplies the hub folder and the institution name as defaults."""

from __future__ import annotations

import json
from pathlib import Path


def test_team_create_uses_the_configured_hub(forebyg, it_config, tmp_path: Path) -> None:
    hub = tmp_path / "hub"
    hub.mkdir()
    forebyg.ok("init", "--profile", "topi", "--user", "Lone Madsen", "--role", "leader")
    refused = forebyg("team", "create", "--name", "Solsikken")
    assert refused.code == 2 and "--hub" in refused.err
    it_config(f"hub_folder = {json.dumps(str(hub))}\n")
    forebyg.ok("team", "create", "--name", "Solsikken")
    status = forebyg("--json", "sync", "status").json()
    assert Path(status["hub"]) == hub


def test_institution_key_is_named_from_the_configuration(
    forebyg, it_config, tmp_path: Path
) -> None:
    forebyg.ok("init", "--profile", "topi", "--user", "Lone Madsen")
    it_config('institution_name = "Børnehuset Solsikken"\n')
    key = tmp_path / "solsikken.key"
    forebyg.ok("institution", "key", "--out", str(key))
    assert json.loads(key.read_text(encoding="utf-8"))["institution"] == "Børnehuset Solsikken"
