-- One entity with its names and related entities as the API's JSON, built by PostgreSQL in one statement.
-- Field order is the contract's (app/schemas/entities.py EntityDetail); tests/api/test_read_path.py checks this
-- body against the Python path field by field. :id is the entity id, :related_limit how many related ones.
-- The two names placeholders take entity_aliases.pg.sql and entity_titles.pg.sql, over the entity `page`.
-- Related: the entities sharing the most stored articles with it (all-time), counted at write time
-- (app/services/cooccurrence.py, migration 0010): the top rows of its range of the covering index
-- (entity_id, shared DESC, other_id), as entities.py RELATED reads them.
WITH top AS (
    SELECT other_id, shared FROM entity_pairs
    WHERE entity_id = :id ORDER BY shared DESC, other_id LIMIT :related_limit
)
SELECT json_build_object(
    'id', page.id, 'name', page.name, 'type', page.type, 'subtype', page.subtype,
    'aliases', {aliases},
    'titles', {titles},
    'mention_count', page.mention_count, 'article_count', page.article_count, 'claim_count', page.claim_count,
    'related', COALESCE((SELECT json_agg(json_build_object(
        'entity', json_build_object('id', e.id, 'name', e.name, 'type', e.type), 'count', top.shared)
        ORDER BY top.shared DESC, e.id) FROM top JOIN entities e ON e.id = top.other_id), '[]')
)::text
FROM entities AS page WHERE page.id = :id
