-- One article with its counts, mentions and claims as the API's JSON, built by PostgreSQL in one statement.
-- Field order is the contract's (app/schemas/articles.py ArticleDetail); tests/api/test_read_path.py checks
-- this body against the Python path field by field. :id is the article id. Timestamps are stored naive UTC
-- and written as pydantic writes them (RFC 3339 with Z, microseconds only when there are any). The claim
-- placeholder takes claim_object.pg.sql, over the claims `c` and their entities named as claims.py CLAIM_ROWS names them.
WITH m AS (
    SELECT m.id, m.entity_id, m.text, m.start, m."end", e.name, e.type
    FROM mentions m JOIN entities e ON e.id = m.entity_id
    WHERE m.article_id = :id
), c AS (
    SELECT c.*, sp.id AS speaker_id, sp.name AS speaker_name, sp.type AS speaker_type,
           af.id AS affiliation_id, af.name AS affiliation_name, af.type AS affiliation_type,
           so.id AS source_id, so.name AS source_name, so.type AS source_type
    FROM claims c
    LEFT JOIN entities sp ON sp.id = c.speaker_entity_id
    LEFT JOIN entities af ON af.id = c.speaker_affiliation_id
    LEFT JOIN entities so ON so.id = c.source_entity_id
    WHERE c.article_id = :id
)
SELECT json_build_object(
    'id', a.id, 'title', a.title, 'url', a.url, 'source', a.source,
    'published_at', to_char(a.published_at, 'YYYY-MM-DD"T"HH24:MI:SS') || CASE WHEN date_part('microseconds', a.published_at)::int % 1000000 = 0
        THEN '' ELSE to_char(a.published_at, '.US') END || 'Z',
    'status', a.status,
    'created_at', to_char(a.created_at, 'YYYY-MM-DD"T"HH24:MI:SS') || CASE WHEN date_part('microseconds', a.created_at)::int % 1000000 = 0
        THEN '' ELSE to_char(a.created_at, '.US') END || 'Z',
    'counts', json_build_object(
        'mentions', (SELECT count(*) FROM m),
        'entities', (SELECT count(DISTINCT entity_id) FROM m),
        'claims', (SELECT count(*) FROM c)),
    'text', a.text, 'model_version', a.model_version,
    'mentions', COALESCE((SELECT json_agg(json_build_object(
        'id', m.id, 'entity', json_build_object('id', m.entity_id, 'name', m.name, 'type', m.type),
        'text', m.text, 'start', m.start, 'end', m."end") ORDER BY m.start, m.id) FROM m), '[]'),
    'claims', COALESCE((SELECT json_agg({claim}
        ORDER BY c.start, c.id) FROM c), '[]')
)::text
FROM articles a WHERE a.id = :id
