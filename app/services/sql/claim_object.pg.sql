-- One claim as the API's JSON object, over a row `c` of claims.py CLAIM_ROWS' columns (the claim's own, and
-- speaker_/affiliation_/source_ id, name and type of the entities it points to). Field order is the contract's
-- (app/schemas/claims.py ClaimOut). Used by the claims list and claim detail, and by article_detail.pg.sql.
json_build_object(
    'id', c.id, 'article_id', c.article_id, 'kind', c.kind, 'cue', c.cue, 'text', c.text,
    'start', c.start, 'end', c."end",
    'speaker', json_build_object(
        'entity', CASE WHEN c.speaker_id IS NULL THEN NULL ELSE
            json_build_object('id', c.speaker_id, 'name', c.speaker_name, 'type', c.speaker_type) END,
        'text', c.speaker_text, 'start', c.speaker_start, 'end', c.speaker_end, 'kind', c.speaker_kind,
        'affiliation', CASE WHEN c.affiliation_id IS NULL THEN NULL ELSE
            json_build_object('id', c.affiliation_id, 'name', c.affiliation_name, 'type', c.affiliation_type) END),
    'source', CASE WHEN c.source_text IS NULL THEN NULL ELSE json_build_object(
        'entity', CASE WHEN c.source_id IS NULL THEN NULL ELSE
            json_build_object('id', c.source_id, 'name', c.source_name, 'type', c.source_type) END,
        'text', c.source_text) END,
    'about', COALESCE((SELECT json_agg(json_build_object('id', e.id, 'name', e.name, 'type', e.type) ORDER BY e.id)
                       FROM claim_about ca JOIN entities e ON e.id = ca.entity_id WHERE ca.claim_id = c.id), '[]'),
    'confidence', c.confidence)
