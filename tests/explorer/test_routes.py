"""The explorer's HTTP surface: readable URLs serve the shell, with a strict CSP; it can be turned off."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.core.settings import ApiSettings, Settings
from app.main import create_app


def _client(tmp_path: object, *, explorer: bool = True) -> TestClient:
    settings = Settings(database_url=f"sqlite:///{tmp_path}/x.db", api=ApiSettings(explorer=explorer))
    settings.nlp.preload = False
    return TestClient(create_app(settings, analyzer=lambda text: None))  # type: ignore[arg-type,return-value]


def test_pages_serve_the_shell_with_csp(tmp_path: object) -> None:
    with _client(tmp_path) as c:
        for path in ("/explorer/", "/explorer", "/explorer/articles/7", "/explorer/entities/3", "/explorer/search"):
            res = c.get(path)
            assert res.status_code == 200, path
            assert '<html lang="ar" dir="rtl">' in res.text
            assert "default-src 'self'" in res.headers["content-security-policy"]
        assert c.get("/", follow_redirects=False).headers["location"] == "/explorer/"
        js = c.get("/explorer/static/explorer.js")
        assert js.status_code == 200 and "javascript" in js.headers["content-type"]
        assert c.get("/explorer/articles/abc").status_code == 404
        assert c.get("/explorer/static/nope.js").status_code == 404


def test_explorer_can_be_turned_off(tmp_path: object) -> None:
    with _client(tmp_path, explorer=False) as c:
        assert c.get("/explorer/").status_code == 404
        assert c.get("/explorer/static/explorer.js").status_code == 404
        assert c.get("/healthz").status_code == 200
