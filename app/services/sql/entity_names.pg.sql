-- The distinct aliases and titles of a page of entities, as (entity_id, kind, name) with kind 'a' or 't'.
-- A name is stored once per article that gave it; this skips from one distinct name to the next through
-- the (entity_id, alias) and (entity_id, title, article_id) indexes (a loose index scan), so its cost
-- follows the number of distinct names, not the entity's article count. :ids is the page's entity ids.
WITH RECURSIVE aliases AS (
    SELECT first.entity_id, first.alias FROM unnest(CAST(:ids AS bigint[])) AS page(id)
    CROSS JOIN LATERAL (SELECT entity_id, alias FROM entity_aliases WHERE entity_id = page.id
                        ORDER BY alias LIMIT 1) AS first
    UNION ALL
    SELECT later.entity_id, later.alias FROM aliases
    CROSS JOIN LATERAL (SELECT entity_id, alias FROM entity_aliases
                        WHERE entity_id = aliases.entity_id AND alias > aliases.alias
                        ORDER BY alias LIMIT 1) AS later
), titles AS (
    SELECT first.entity_id, first.title FROM unnest(CAST(:ids AS bigint[])) AS page(id)
    CROSS JOIN LATERAL (SELECT entity_id, title FROM entity_titles WHERE entity_id = page.id
                        ORDER BY title LIMIT 1) AS first
    UNION ALL
    SELECT later.entity_id, later.title FROM titles
    CROSS JOIN LATERAL (SELECT entity_id, title FROM entity_titles
                        WHERE entity_id = titles.entity_id AND title > titles.title
                        ORDER BY title LIMIT 1) AS later
)
SELECT entity_id, 'a', alias FROM aliases
UNION ALL
SELECT entity_id, 't', title FROM titles
