"""A minimal reference handler over the same database: the floor Qala's read endpoints are measured against.

    uvicorn bench.reference_app:app --workers 2   (QALA_DATABASE_URL names the database)

Why: issue 14 asks article detail to reach half the rate of a minimal handler doing the same reads
on the same machine. This one answers the same two reads — an article with its mentions and claims
by id, and the first page of entities by mention count — with bare Starlette, the engine Qala uses
(same pool settings), three hand-written SQL statements and json.dumps: no validation, no models,
no middleware. `bench.read_load` serves it beside Qala and prints each endpoint's ratio.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from typing import Any

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.db.session import make_engine

ENGINE = make_engine(os.environ.get("QALA_DATABASE_URL", "sqlite:///qala.db"))
ARTICLE = text(
    "SELECT id, title, url, source, published_at, status, created_at, text, model_version FROM articles WHERE id = :id"
)
MENTIONS = text(
    'SELECT m.id, m.entity_id, e.name, e.type, m.text, m.start, m."end" FROM mentions m '
    "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = :id ORDER BY m.start"
)
CLAIMS = text(
    'SELECT id, kind, cue, text, start, "end", speaker_entity_id, speaker_text, source_text, confidence '
    "FROM claims WHERE article_id = :id ORDER BY start"
)
ENTITIES = text(
    "SELECT id, name, type, subtype, mention_count, article_count, claim_count FROM entities "
    "ORDER BY mention_count DESC, id LIMIT 21"
)


def _json(value: Any) -> Response:
    body = json.dumps(value, ensure_ascii=False, default=lambda v: v.isoformat() if isinstance(v, datetime) else str(v))
    return Response(body, media_type="application/json")


def article(request: Request) -> Response:
    """GET /ref/articles/{id}: the article row, its mentions with their entity, its claims."""
    article_id = int(request.path_params["id"])
    with ENGINE.connect() as conn:
        row = conn.execute(ARTICLE, {"id": article_id}).mappings().first()
        if row is None:
            return Response(status_code=404)
        out = dict(row)
        out["mentions"] = [dict(m) for m in conn.execute(MENTIONS, {"id": article_id}).mappings()]
        out["claims"] = [dict(c) for c in conn.execute(CLAIMS, {"id": article_id}).mappings()]
    return _json(out)


def entities(_request: Request) -> Response:
    """GET /ref/entities: the first page of entities by mention count (20 and a next marker)."""
    with ENGINE.connect() as conn:
        rows = [dict(r) for r in conn.execute(ENTITIES).mappings()]
    return _json({"items": rows[:20], "next": len(rows) > 20})


def healthz(_request: Request) -> Response:
    return _json({"status": "ok"})


app = Starlette(
    routes=[
        Route("/ref/articles/{id:int}", article),
        Route("/ref/entities", entities),
        Route("/healthz", healthz),
    ]
)
