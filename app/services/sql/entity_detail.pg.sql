-- One entity with its names and related entities as the API's JSON, built by PostgreSQL in one statement.
-- Field order is the contract's (app/schemas/entities.py EntityDetail); tests/api/test_read_path.py checks this
-- body against the Python path field by field. :id is the entity id, :related_limit how many related ones.
-- The two names placeholders take entity_aliases.pg.sql and entity_titles.pg.sql, over the entity `page`.
-- Related: the entities sharing the most of its :window latest articles, counted per entity id before the
-- join, as entities.py RELATED does: each (article, entity) pair once (an index-only scan, migration 0009),
-- then counted by hashing, where count(DISTINCT article_id) sorted every mention row.
WITH mine AS (
    SELECT DISTINCT article_id FROM mentions WHERE entity_id = :id ORDER BY article_id DESC LIMIT :window
), pairs AS (
    SELECT DISTINCT article_id, entity_id FROM mentions
    WHERE article_id IN (SELECT article_id FROM mine) AND entity_id <> :id
), top AS (
    SELECT entity_id, count(*) AS shared FROM pairs
    GROUP BY entity_id ORDER BY shared DESC, entity_id LIMIT :related_limit
)
SELECT json_build_object(
    'id', page.id, 'name', page.name, 'type', page.type, 'subtype', page.subtype,
    'aliases', {aliases},
    'titles', {titles},
    'mention_count', page.mention_count, 'article_count', page.article_count, 'claim_count', page.claim_count,
    'related', COALESCE((SELECT json_agg(json_build_object(
        'entity', json_build_object('id', e.id, 'name', e.name, 'type', e.type), 'count', top.shared)
        ORDER BY top.shared DESC, e.id) FROM top JOIN entities e ON e.id = top.entity_id), '[]')
)::text
FROM entities AS page WHERE page.id = :id
