"""The sync team fixtures (leader, anna, bo with a real hub) for end-to-end service tests."""

from tests.sync.conftest import hub, team, team_template  # noqa: F401 - fixtures
