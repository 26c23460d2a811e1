"""schemathesis against the hub's OpenAPI spec, on the real server, SQLite and PostgreSQL:
generated requests (valid and not) never get a server error, and answers match the spec."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from support.hub import HubProcess, make_hub


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def hub_api(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[schemathesis.BaseSchema]:
    url = None
    if request.param == "postgresql":
        server = request.getfixturevalue("postgres_server")
        url = server.create_database(f"schema_{request.param}")
    hub_dir = make_hub(Path(tmp_path_factory.mktemp("hub")) / "hub", url)
    with HubProcess(hub_dir) as hub:
        yield schemathesis.openapi.from_url(f"{hub.url}/openapi.json")


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def test_the_hub_answers_every_generated_request_without_a_server_error(
    hub_api: schemathesis.BaseSchema,
) -> None:
    # schemathesis' own pytest plugin (from_fixture) does not run under pytest 9: each
    # operation gets a bounded Hypothesis run here instead.
    operations = [result.ok() for result in hub_api.get_all_operations()]
    assert len(operations) >= 7
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
        def run(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=CHECKS)

        run()
