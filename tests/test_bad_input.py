"""Bad input answers 4xx with the usual JSON error naming the field, never a 500 (issue 9).

Each case was a 500 on SQLite, PostgreSQL or both: ids beyond the database's integers,
negative paging, NUL characters (PostgreSQL refuses them in text), a businessKey longer than
its column, JSON nested 50,000 deep (Python's parser hits its recursion limit). All run over
real HTTP against both databases.
"""

from __future__ import annotations

import re

import pytest
import requests
from conftest import add_user, deploy_paths
from spj import SPJ_BPMN, SPJ_INSTANSI, SPJ_KEY

from api.limits import MAX_JSON_DEPTH

BEYOND_INT64 = 2**63 + 1
BEYOND_INT32 = 2**31


@pytest.fixture
def served(db_url, live_server_for):
    """A server with the SPJ SOP, a staff user holding its first role, and one instance."""
    deploy_paths(db_url, SPJ_BPMN)
    add_user(db_url, "pptk", [("PPTK", SPJ_INSTANSI)])
    server = live_server_for(db_url)
    client = server.login("pptk")
    started = client.post(f"/api/process-definition/key/{SPJ_KEY}/start", json={})
    assert started.status_code == 200, started.text
    return server, client, started.json()


def assert_refused(resp: requests.Response, status: int, field: str | None) -> dict:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert body["message"] and body["message_en"]
    if field is not None:
        assert body["field"] == field, body
    return body


def test_an_id_beyond_the_database_integers_is_not_found(served):
    _, client, started = served
    assert client.get(f"/api/process-instance/{started['id']}").status_code == 200
    for number in (BEYOND_INT32, BEYOND_INT64, 10**30):
        assert_refused(client.get(f"/api/process-instance/{number}"), 404, None)


def test_an_instance_filter_beyond_the_database_integers_names_the_field(served):
    _, client, _ = served
    for path in ("/api/task", "/api/history/task", "/api/history/activity-instance"):
        for number in (BEYOND_INT32, BEYOND_INT64, -1):
            resp = client.get(path, params={"processInstanceId": number})
            body = assert_refused(resp, 422, "processInstanceId")
            assert [e["field"] for e in body["errors"]] == ["processInstanceId"]


def test_paging_outside_zero_to_int32_names_the_field(served):
    _, client, _ = served
    for path in ("/api/task", "/api/process-instance"):
        for field in ("firstResult", "maxResults"):
            for value in (-1, -(2**70), BEYOND_INT32, BEYOND_INT64):
                assert_refused(client.get(path, params={field: value}), 422, field)
            assert client.get(path, params={field: 0}).status_code == 200


def test_a_version_beyond_the_database_integers_names_the_field(served):
    _, client, _ = served
    resp = client.post(f"/api/process-definition/key/{SPJ_KEY}/start",
                       json={"version": BEYOND_INT64})
    assert_refused(resp, 422, "version")
    for path in (f"/api/process-definition/key/{SPJ_KEY}",
                 f"/api/process-definition/key/{SPJ_KEY}/xml"):
        for number in (BEYOND_INT32, BEYOND_INT64, -(2**70)):
            assert_refused(client.get(path, params={"version": number}), 422, "version")
        assert client.get(path, params={"version": 1}).status_code == 200


def test_nul_in_a_path_is_refused(served):
    _, client, started = served
    task = started["tasks"][0]["id"]
    assert_refused(client.get(f"/api/task/{task}%00"), 400, "path")
    assert_refused(client.post(f"/api/task/{task}%00/claim"), 400, "path")
    assert_refused(client.get(f"/api/process-definition/key/{SPJ_KEY}%00"), 400, "path")
    assert_refused(client.get(f"/api/process-definition/key/{SPJ_KEY}%00/xml"), 400, "path")


def test_nul_in_a_query_parameter_names_it(served):
    _, client, _ = served
    for name in ("candidateGroup", "assignee", "processDefinitionKey", "instansi"):
        assert_refused(client.get("/api/task", params={name: "PPTK\x00"}), 400, name)


def test_a_multipart_part_whose_name_cannot_be_read_is_refused_not_a_500(served):
    """A part named ``"a\\"`` (the closing quote escaped) reaches Flask with the name None;
    schemathesis found it: it is refused like any unreadable field name."""
    _, client, started = served
    task = started["tasks"][0]["id"]
    body = (b'--XX\r\nContent-Disposition: form-data; name="a\\"\r\n\r\nv\r\n'
            b'--XX\r\nContent-Disposition: form-data; name="attachment-name"\r\n\r\nx\r\n'
            b'--XX--\r\n')
    resp = client.post(f"/api/task/{task}/attachment/create", data=body,
                       headers={"Content-Type": "multipart/form-data; boundary=XX"})
    assert_refused(resp, 400, "?")


def test_nul_in_a_business_key_names_it(served):
    _, client, _ = served
    resp = client.post(f"/api/process-definition/key/{SPJ_KEY}/start",
                       json={"businessKey": "SPJ\x00Mei"})
    assert_refused(resp, 400, "businessKey")


def test_nul_and_lone_surrogates_in_task_data_name_the_variable(served):
    _, client, started = served
    task = started["tasks"][0]["id"]
    assert client.post(f"/api/task/{task}/claim").status_code == 200
    resp = client.post(f"/api/task/{task}/complete",
                       json={"variables": {"output": "SPJ\x00"}})
    assert_refused(resp, 400, "variables.output")
    raw = b'{"variables": {"output": {"value": "\\ud800"}}}'
    resp = client.post(f"/api/task/{task}/complete", data=raw,
                       headers={"Content-Type": "application/json"})
    assert_refused(resp, 400, "variables.output.value")


def test_a_business_key_over_200_characters_names_it(served):
    _, client, _ = served
    resp = client.post(f"/api/process-definition/key/{SPJ_KEY}/start",
                       json={"businessKey": "K" * 201})
    assert_refused(resp, 422, "businessKey")
    resp = client.post(f"/api/process-definition/key/{SPJ_KEY}/start",
                       json={"businessKey": "K" * 200})
    assert resp.status_code == 200, resp.text
    assert resp.json()["businessKey"] == "K" * 200


def test_json_nested_50000_deep_is_refused(served):
    _, client, _ = served
    deep = '{"variables": {"a": ' + "[" * 50_000 + "]" * 50_000 + "}}"
    resp = client.post(f"/api/process-definition/key/{SPJ_KEY}/start", data=deep,
                       headers={"Content-Type": "application/json"})
    body = assert_refused(resp, 400, "body")
    assert "JSON terlalu dalam" in body["message"]


def test_json_just_beyond_the_depth_limit_names_the_top_level_field(served):
    _, client, _ = served
    nested: object = "x"
    for _ in range(MAX_JSON_DEPTH):
        nested = [nested]
    resp = client.post(f"/api/process-definition/key/{SPJ_KEY}/start",
                       json={"variables": {"a": nested}})
    assert_refused(resp, 400, "variables")
    within: object = "x"
    for _ in range(MAX_JSON_DEPTH - 3):
        within = [within]
    resp = client.post(f"/api/process-definition/key/{SPJ_KEY}/start",
                       json={"variables": {"a": within}})
    assert resp.status_code == 200, resp.text


def test_nul_in_the_api_login_username_names_it(served):
    server, _, _ = served
    resp = requests.post(f"{server.base}/api/auth/token",
                         json={"username": "pptk\x00", "password": "rahasia"}, timeout=10)
    assert_refused(resp, 400, "username")
    resp = requests.post(f"{server.base}/api/auth/token",
                         json={"username": "p" * 101, "password": "rahasia"}, timeout=10)
    assert_refused(resp, 422, "username")


CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


def test_page_login_with_nul_or_an_overlong_username_is_no_server_error(served):
    server, _, _ = served
    for username, expected in (("pptk\x00", 400), ("\x00", 400), ("p" * 300, 401)):
        browser = requests.Session()
        form = browser.get(f"{server.base}/masuk", timeout=10)
        token = next(g for g in CSRF.search(form.text).groups() if g)
        resp = browser.post(f"{server.base}/masuk", timeout=10, allow_redirects=False,
                            data={"csrf_token": token, "username": username, "password": "x"})
        assert resp.status_code == expected, resp.text[:500]
        assert "text/html" in resp.headers["Content-Type"]
        if expected == 400:
            assert "username" in resp.text


def test_nul_in_a_page_query_parameter_is_no_server_error(served):
    server, _, _ = served
    resp = requests.get(f"{server.base}/masuk", params={"next": "/\x00"}, timeout=10)
    assert resp.status_code == 400
    assert "text/html" in resp.headers["Content-Type"]


def test_the_openapi_document_bounds_ids_and_declares_errors(served):
    server, _, _ = served
    doc = requests.get(f"{server.base}/api/openapi.json", timeout=10).json()
    param = doc["paths"]["/api/process-instance/{instance_id}"]["parameters"][0]
    assert param["schema"]["maximum"] == 2**31 - 1
    responses = doc["paths"]["/api/process-definition/key/{key}/start"]["post"]["responses"]
    assert {"400", "401", "403", "404", "409", "422", "503"} <= set(responses)
    assert "default" not in responses
    error = doc["components"]["schemas"]["Error"]
    assert {"message", "message_en", "field", "errors"} <= set(error["properties"])
    xml = doc["paths"]["/api/process-definition/key/{key}/xml"]["get"]["responses"]["200"]
    assert xml["content"]["application/json"]["schema"]["$ref"].endswith("/DefinitionXml")

