-- The distinct titles of the entity `page` (a row of the enclosing read), in code point order as Python
-- sorts them: a loose index scan over the (entity_id, title, article_id) index, as entity_aliases.pg.sql.
ARRAY(WITH RECURSIVE names(title) AS (
    (SELECT title FROM entity_titles WHERE entity_id = page.id ORDER BY title LIMIT 1)
    UNION ALL
    SELECT (SELECT later.title FROM entity_titles AS later
            WHERE later.entity_id = page.id AND later.title > names.title ORDER BY later.title LIMIT 1)
    FROM names WHERE names.title IS NOT NULL
) SELECT title FROM names WHERE title IS NOT NULL ORDER BY title COLLATE "C")
