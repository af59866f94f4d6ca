"""The claims list's q, bound to a statement built once, matches LIKE's wildcards as themselves."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.db.session import read_unit
from app.services.claims import list_claims
from tests.conftest import seed_text


def test_q_wildcards_match_only_themselves(client: TestClient, db_url: str) -> None:
    assert client.post("/v1/articles", json={"text": seed_text("000")}).status_code == 201
    with read_unit(db_url) as session:
        assert list_claims(session=session, limit=5).items, "the seed has claims"
        # unescaped, "_" matches any one letter, so every claim ("%" and "/" never reach LIKE: search_key drops them)
        assert list_claims(session=session, limit=5, q="_").items == []
