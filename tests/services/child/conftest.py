"""The sync team fixtures (leader, anna, bo with a real hub)."""

from tests.sync.conftest import hub, team, team_template  # noqa: F401 - fixtures
