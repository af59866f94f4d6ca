"""CORS: configured origins can call the API and read its headers, errors included; others get no grant."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.core.settings import ApiSettings, Settings
from app.main import create_app

ORIGIN = "https://newsroom.example"


def test_allowed_origin_reads_answers_and_headers(settings: Settings, analyzer: object) -> None:
    settings.api = ApiSettings(cors_origins=[ORIGIN], max_body_bytes=2_000)
    with TestClient(create_app(settings, analyzer=analyzer)) as c:  # type: ignore[arg-type]
        pre = c.options(
            "/v1/articles",
            headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "content-type,x-api-key"},
        )  # fmt: skip
        assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == ORIGIN
        assert "x-api-key" in pre.headers["access-control-allow-headers"].lower()
        created = c.post("/v1/articles", json={"text": "قال الوزير في بغداد."}, headers={"Origin": ORIGIN})
        assert created.status_code == 201 and created.headers["access-control-allow-origin"] == ORIGIN
        exposed = created.headers["access-control-expose-headers"].lower()
        assert "location" in exposed and "retry-after" in exposed and "ratelimit-remaining" in exposed
        too_big = c.post("/v1/articles", json={"text": "ب" * 5_000}, headers={"Origin": ORIGIN})
        assert too_big.status_code == 413 and too_big.headers["access-control-allow-origin"] == ORIGIN
        missing = c.get("/v1/articles/999", headers={"Origin": ORIGIN})
        assert missing.status_code == 404 and missing.headers["access-control-allow-origin"] == ORIGIN


def test_other_origins_get_no_grant(settings: Settings, analyzer: object) -> None:
    settings.api = ApiSettings(cors_origins=[ORIGIN])
    with TestClient(create_app(settings, analyzer=analyzer)) as c:  # type: ignore[arg-type]
        r = c.get("/v1/articles", headers={"Origin": "https://elsewhere.example"})
        assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
        pre = c.options("/v1/articles", headers={"Origin": "https://elsewhere.example",
                                                 "Access-Control-Request-Method": "POST"})  # fmt: skip
        assert pre.status_code == 400 and "access-control-allow-origin" not in pre.headers
        assert pre.headers["content-type"].startswith("application/problem+json")
        assert pre.json()["status"] == 400 and "origin" in pre.json()["detail"]


def test_without_configured_origins_there_is_no_cors(settings: Settings, analyzer: object) -> None:
    with TestClient(create_app(settings, analyzer=analyzer)) as c:  # type: ignore[arg-type]
        r = c.get("/v1/articles", headers={"Origin": ORIGIN})
        assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
