"""Every error is problem+json with the right status, and nothing is stored by a failed write."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.core.settings import Settings
from app.main import create_app


def _is_problem(r: object, status: int) -> dict:  # type: ignore[type-arg]
    assert r.status_code == status, r.text  # type: ignore[attr-defined]
    assert r.headers["content-type"].startswith("application/problem+json")  # type: ignore[attr-defined]
    body = r.json()  # type: ignore[attr-defined]
    assert body["status"] == status and body["title"] and body["detail"] and body["type"]
    return body  # type: ignore[no-any-return]


def test_blank_text_is_422_with_field_path(client: TestClient) -> None:
    body = _is_problem(client.post("/v1/articles", json={"text": " \n\t "}), 422)
    assert body["errors"][0]["loc"] == ["body", "text"]
    assert client.get("/v1/articles").json()["items"] == []


def test_wrong_types_are_422(client: TestClient) -> None:
    body = _is_problem(client.post("/v1/articles", json={"text": 5, "published_at": "yesterday"}), 422)
    locs = {tuple(e["loc"]) for e in body["errors"]}
    assert ("body", "text") in locs and any(loc[:2] == ("body", "published_at") for loc in locs)


def test_malformed_json_is_400(client: TestClient) -> None:
    r = client.post("/v1/articles", content=b'{"text": ', headers={"content-type": "application/json"})
    _is_problem(r, 400)


def test_unknown_ids_are_404(client: TestClient) -> None:
    for path in (
        "/v1/articles/987654",
        "/v1/entities/987654",
        "/v1/claims/987654",
        "/v1/articles/987654/claims",
        "/v1/entities/987654/claims",
    ):
        _is_problem(client.get(path), 404)


def test_bad_cursor_is_400(client: TestClient) -> None:
    _is_problem(client.get("/v1/articles", params={"cursor": "not-a-cursor"}), 400)


def test_limit_out_of_range_is_422(client: TestClient) -> None:
    _is_problem(client.get("/v1/entities", params={"limit": 1000}), 422)


def test_body_over_limit_is_413(settings: Settings, analyzer: object) -> None:
    small = settings.model_copy(update={"api": settings.api.model_copy(update={"max_body_bytes": 1000})})
    with TestClient(create_app(small, analyzer=analyzer)) as c:  # type: ignore[arg-type]
        _is_problem(c.post("/v1/articles", json={"text": "بغداد " * 500}), 413)
        assert c.get("/v1/articles").json()["items"] == []


def test_database_unreachable_is_503(analyzer: object) -> None:
    down = Settings(database_url="postgresql+psycopg://postgres@127.0.0.1:1/none", migrate_on_start=False)
    with TestClient(create_app(down, analyzer=analyzer)) as c:  # type: ignore[arg-type]
        _is_problem(c.get("/v1/articles"), 503)
        _is_problem(c.post("/v1/articles", json={"text": "قال الوزير إن بغداد آمنة."}), 503)
        assert c.get("/readyz").status_code == 503
        assert c.get("/healthz").status_code == 200


def test_write_key_required_when_configured(settings: Settings, analyzer: object) -> None:
    keyed = settings.model_copy(update={"api": settings.api.model_copy(update={"write_keys": ["s3cret"]})})
    with TestClient(create_app(keyed, analyzer=analyzer)) as c:  # type: ignore[arg-type]
        _is_problem(c.post("/v1/articles", json={"text": "بغداد"}), 401)
        _is_problem(c.post("/v1/articles", json={"text": "بغداد"}, headers={"X-API-Key": "wrong"}), 401)
        ok = c.post("/v1/articles", json={"text": "وصل الوزير إلى بغداد."}, headers={"X-API-Key": "s3cret"})
        assert ok.status_code == 201
        assert c.get("/v1/articles").status_code == 200
