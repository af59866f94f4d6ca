"""Word lists for entity typing: unit heads and subtypes, titles and ranks, well-known names.

The lists themselves are data (app/nlp/data/*.txt, one entry a line, loaded through normalize()
by app.nlp.wordlists); this module only names them for the entity rules.
"""

from __future__ import annotations

from app.nlp.wordlists import labelled, words

UNIT_HEADS: dict[str, str] = labelled("unit_heads")
COORDINATED_HEADS = words("coordinated_heads")
NAME_PARTICLES = words("name_particles")  # عبد، ابو، بن: a role word after them is part of a name
FORCE_HEADS = words("force_heads")
GENERIC_HEADS = words("generic_heads")
ELLIPTIC_COMPLEMENT_HEADS = words("elliptic_complement_heads")  # وزارة: «الداخلية» is the ministry itself
DESCRIPTIVE = words("descriptive_adjectives")
ORGAN_ADJECTIVES = words("organ_adjectives")  # المركزية، الانتقالية: describe a body but end no unit name
TITLE_ONLY_HEADS = words("title_only_heads")
DESCRIPTIVE_OF_FORCES = words("descriptive_of_forces")
FUNCTION_WORDS = words("function_words")
KNOWN_UNITS: dict[str, str] = labelled("known_units")
UNIT_SUBTYPES: dict[str, str] = labelled("unit_subtypes")  # fitted on Qala News train: fit-subtypes
RANKS = words("ranks")
ROLE_HEADS = words("role_heads")
TITLE_WORDS = ROLE_HEADS | RANKS  # وزير، عميد: the words a title is made of (entities and claims read both)
TITLE_STOPS = words("title_stops")
PLACE_TRIGGERS = words("place_triggers")
STRONG_PLACE_TRIGGERS = words("strong_place_triggers")
PLACE_NAME_PREFIXES = words("place_name_prefixes")
PLACE_HEADS = words("place_heads")
FACILITY_HEADS = words("facility_heads")  # قصر، جسر: a place's head only where the tagger tags the place
KNOWN_PLACES = words("known_places")
GENERIC_PLACE_WORDS = words("generic_place_words")
REGION_QUALIFIERS = words("region_qualifiers")  # المنطقة الشرقية: a generic word made a name
DIRECTIONS = words("directions")
STATE_HEADS = words("state_heads")  # دولة، مملكة: a state's name follows
NISBA_LIKE_PLACES = words("nisba_like_places")
EVENT_NOUNS = words("event_nouns")  # مؤتمر الرياض: a place in construct after one names the event
NAME_RANKS = words("name_ranks")
FREE_PREPOSITIONS = words("prepositions")  # عن، مع: no second preposition follows one

# Proclitic letters (و ف ب ل ك): morphology, not a word list.
