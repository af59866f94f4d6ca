"""Word lists for claim extraction (speech cues, titles, fillers), kept apart from the parsing logic."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast, get_args

from app.nlp.morphology import without_conjunction
from app.nlp.normalize import normalize
from app.nlp.wordlists import LABEL_SEP, labelled, words

CueForm = Literal["past", "present", "participle", "relay", "attrib"]


def norm(s: str) -> str:
    """Arabic-normalise a word the one way the whole app does (app.nlp.normalize)."""
    return normalize(s)


@dataclass(frozen=True, slots=True)
class CueSpec:
    """One speech cue: its lemma, grammatical form, strength (0-1) and the complements it takes."""

    lemma: str
    form: CueForm
    strength: float
    preps: frozenset[str]
    nominal: bool
    prefixed: bool = False  # written with a و/ف conjunction: never opens a clause with a fronted subject
    strict: bool = False  # also a common non-speech word: a cue only with its complement straight after it


@dataclass(frozen=True, slots=True)
class _VerbRow:
    """One row of data/speech_cues.txt: a lemma and the forms, strength and complements it gives."""

    lemma: str
    past: list[str] | None  # None: generated from the lemma
    present: list[str]
    participles: list[str]
    strength: float
    preps: frozenset[str]
    nominal: bool


def _column(cell: str) -> list[str]:
    """A list column: normalised words, or none for «-»."""
    return [] if cell == "-" else [norm(w) for w in cell.split()]


def _verb_row(lemma: str, rest: str) -> _VerbRow:
    """Parse one speech_cues.txt line (its lemma, and the columns after it)."""
    past, present, participles, strength, preps, nominal = (c.strip() for c in rest.split(LABEL_SEP.strip()))
    if nominal not in ("yes", "no"):
        raise ValueError(f"speech_cues.txt: {lemma!r} nominal must be yes or no")
    return _VerbRow(lemma, None if past == "*" else _column(past), _column(present), _column(participles),
                    float(strength), frozenset(_column(preps)), nominal == "yes")  # fmt: skip


# The verb table, in priority order (data/speech_cues.txt).
_VERBS = [_verb_row(lemma, rest) for lemma, rest in labelled("speech_cues").items()]

# Present forms that are not speech cues: تبين أن "it turned out", يذكر أن "it is worth recalling".
_PRESENT_EXCLUDE = words("present_not_cues")
# Present forms mostly passive or copular (يعتبر "is considered"): cues only with their complement straight after them.
_PRESENT_STRICT = words("present_strict_cues")
# Participle forms that are also common nouns/adjectives (لافتة "banner", مقره "its seat"): strict cues.
_PARTICIPLE_NOUNS = words("participle_not_cues")
# Lemmas whose finite forms are also non-speech words: بين "between", أبان "during".
_STRICT_LEMMAS = words("strict_cues")


def _build() -> dict[str, CueSpec]:
    """Expand the verb table into every normalised surface form it covers."""
    table: dict[str, CueSpec] = {}
    for row in _VERBS:
        for f, form, strict in _surface_forms(row):
            table.setdefault(f, CueSpec(row.lemma, form, row.strength, row.preps, row.nominal, strict=strict))
    for f, rest in labelled("fixed_cues").items():
        lemma, kind, strength = rest.split()
        table[f] = CueSpec(norm(lemma), _form(kind), float(strength), frozenset(), False)
    for f in words("saying_nouns"):
        table[f] = CueSpec("قال", "past", 0.7, frozenset(), False)
    return table


def regular_past(lemma: str) -> list[str]:
    """The past forms of a sound verb (قال is listed, not generated): he, she, they, the two of them."""
    return [lemma + s for s in ("", "ت", "وا", "ا", "تا")]


def _surface_forms(row: _VerbRow) -> list[tuple[str, CueForm, bool]]:
    """Every (normalised form, grammatical form, strict) one verb row spells, past first."""
    strict = row.lemma in _STRICT_LEMMAS
    past = row.past if row.past is not None else regular_past(row.lemma)
    out: list[tuple[str, CueForm, bool]] = [(f, "past", strict) for f in past]
    for stem in row.present:
        forms = ("ي" + stem, "ت" + stem, "ي" + stem + "ون", "ت" + stem + "ون")
        out += [(f, "present", strict or f in _PRESENT_STRICT) for f in forms if f not in _PRESENT_EXCLUDE]
    for stem in row.participles:
        out += [(f, "participle", f in _PARTICIPLE_NOUNS) for f in (stem + "ا", stem + "ه", stem + "ين", stem + "ون")]
    return out


def _form(name: str) -> CueForm:
    """A fixed_cues.txt form kind, checked against the CueForm names."""
    if name not in get_args(CueForm):
        raise ValueError(f"fixed_cues.txt: unknown form {name!r}")
    return cast(CueForm, name)


_CUES = _build()


def cue_of(n: str) -> CueSpec | None:
    """The cue a token's normalised form spells, allowing one و/ف conjunction in front; None when it is no cue."""
    spec = _CUES.get(n)
    if spec is not None:
        return spec
    bare = without_conjunction(n)
    if bare is not None:
        spec = _CUES.get(bare)
        if spec is not None:
            return CueSpec(spec.lemma, spec.form, spec.strength, spec.preps, spec.nominal, True, spec.strict)
    return None


def _with_prefixes(entries: list[str], prefixes: tuple[str, ...]) -> frozenset[str]:
    """Every word, also with each of the given proclitics glued on."""
    return frozenset(p + w for w in entries for p in ("", *prefixes))


# Complementisers that open reported content (أن/إن/بأن/فإن, with attached pronouns).
COMPLEMENTISERS = _with_prefixes(sorted(words("complementisers")), ("ب", "ف", "و"))
NON_COMPLEMENT_BEFORE = words("non_complement_before")
RELAY_SAYING = words("relay_saying")
STATEMENT_WORDS = words("statement_words")
VAGUE_SPEAKERS = words("vague_speakers") | words("speaker_groups")
TIME_WORDS = words("time_words")
PRONOUN_PREPS = words("pronoun_preps")
HONORIFICS = words("honorifics")
SOURCE_HEADS = words("source_heads")
SOURCE_INTRO = words("source_intro")
NAME_WORDS = words("name_words")
OUTLET_WORDS = words("outlet_words")
CONNECTORS = words("connectors")
CLAUSE_OPENERS = words("clause_openers")
SPEAKER_FIELDS = words("speaker_fields")
VAGUE_QUALIFIERS = words("vague_qualifiers")
# Prepositions that tie a source to its body or place (مصدر في الوزارة، مسؤول من الحزب، مصادر داخل الجيش).
SOURCE_QUALIFIER_PREPS = words("source_qualifier_preps")
