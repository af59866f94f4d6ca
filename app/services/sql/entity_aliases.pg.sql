-- The distinct aliases of the entity `page` (a row of the enclosing read), its name left out, in code point
-- order as Python sorts them. A name is stored once per article that gave it; this skips from one distinct
-- alias to the next through the (entity_id, alias) index (a loose index scan), so its cost follows the
-- number of distinct names, not the entity's article count.
ARRAY(WITH RECURSIVE names(alias) AS (
    (SELECT alias FROM entity_aliases WHERE entity_id = page.id ORDER BY alias LIMIT 1)
    UNION ALL
    SELECT (SELECT later.alias FROM entity_aliases AS later
            WHERE later.entity_id = page.id AND later.alias > names.alias ORDER BY later.alias LIMIT 1)
    FROM names WHERE names.alias IS NOT NULL
) SELECT alias FROM names WHERE alias IS NOT NULL AND alias <> page.name ORDER BY alias COLLATE "C")
