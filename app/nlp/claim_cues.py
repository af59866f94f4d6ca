"""Word lists for claim extraction (speech cues, titles, fillers), kept apart from the parsing logic."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.nlp.morphology import without_conjunction
from app.nlp.normalize import normalize
from app.nlp.wordlists import words

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


# lemma, past forms (None: generate), present stems, participle stems, strength, prepositions, nominal object
_VerbRow = tuple[str, list[str] | None, list[str], list[str], float, tuple[str, ...], bool]
_VERBS: list[_VerbRow] = [
    ("قال", ["قال", "قالت", "قالوا", "قالا"], ["قول"], ["قايل"], 0.9, (), False),
    ("اكد", None, ["وكد"], ["موكد"], 0.85, ("علي",), True),
    ("اوضح", None, ["وضح"], ["موضح"], 0.85, (), True),
    ("اشار", None, ["شير"], ["مشير"], 0.85, ("الي",), False),
    ("اضاف", None, ["ضيف"], ["مضيف"], 0.85, (), False),
    ("تابع", None, ["تابع"], [], 0.75, (), False),
    ("استطرد", None, ["ستطرد"], ["مستطرد"], 0.75, (), False),
    ("اردف", None, ["ردف"], ["مردف"], 0.75, (), False),
    ("لفت", None, ["لفت"], ["لافت"], 0.8, ("الي",), False),
    ("كشف", None, ["كشف"], ["كاشف"], 0.8, ("عن",), False),
    ("بين", None, ["بين"], ["مبين"], 0.8, (), True),
    ("ابان", None, [], [], 0.8, (), True),
    ("زاد", None, [], [], 0.75, (), False),
    ("كتب", None, [], [], 0.7, (), False),
    ("علق", None, [], [], 0.7, (), False),
    ("ابلغ", None, [], [], 0.75, (), False),
    ("اجاب", None, [], [], 0.7, (), False),
    ("جاء", None, [], [], 0.7, (), False),
    ("تساءل", None, ["تساءل"], ["متسايل"], 0.6, (), False),
    ("ادعي", ["ادعي", "ادعت", "ادعوا"], [], [], 0.5, (), False),
    ("ذكر", None, ["ذكر"], ["مذكر"], 0.75, (), False),
    ("صرح", None, ["صرح"], ["مصرح"], 0.8, ("ب",), False),
    ("اعلن", None, ["علن"], ["معلن"], 0.8, ("عن",), True),
    ("نفي", ["نفي", "نفت", "نفوا"], ["نفي"], ["نافي"], 0.8, (), True),
    ("استدرك", None, ["ستدرك"], ["مستدرك"], 0.7, (), False),
    ("شدد", None, ["شدد"], ["مشدد"], 0.75, ("علي",), False),
    ("افاد", None, ["فيد"], ["مفيد"], 0.75, ("ب",), False),
    ("دعا", ["دعا", "دعت", "دعوا"], ["دعو"], ["داعي"], 0.65, ("الي",), False),
    ("اشاد", None, ["شيد"], ["مشيد"], 0.6, ("ب",), False),
    ("نوه", None, ["نوه"], ["منوه"], 0.6, ("الي", "ب"), False),
    ("اعتبر", None, ["عتبر"], ["معتبر"], 0.6, (), True),
    ("راي", ["راي", "رات", "راوا"], [], [], 0.6, (), False),
    ("جدد", None, ["جدد"], [], 0.7, ("علي",), True),
    ("حذر", None, ["حذر"], ["محذر"], 0.45, ("من",), False),
    ("اعرب", None, ["عرب"], ["معرب"], 0.4, ("عن",), False),
    ("عبر", ["عبرت", "عبروا"], [], [], 0.4, ("عن",), False),
    ("اقر", None, ["قر"], ["مقر"], 0.4, ("ب",), False),
    ("تعهد", None, ["تعهد"], ["متعهد"], 0.4, ("ب",), False),
    ("اعترف", None, ["عترف"], ["معترف"], 0.5, ("ب",), False),
    ("طالب", None, ["طالب"], ["مطالب"], 0.5, ("ب",), False),
    ("زعم", None, ["زعم"], ["زاعم"], 0.5, (), False),
]
# Present forms that are not speech cues: تبين أن "it turned out", يذكر أن "it is worth recalling".
_PRESENT_EXCLUDE = words("present_not_cues")
# Participle forms that are also common nouns/adjectives (لافتة "banner", مقره "its seat"): strict cues.
_PARTICIPLE_NOUNS = words("participle_not_cues")
# Lemmas whose finite forms are also non-speech words: بين "between", أبان "during".
_STRICT_LEMMAS = words("strict_cues")


def _build() -> dict[str, CueSpec]:
    """Expand the verb table into every normalised surface form it covers."""
    table: dict[str, CueSpec] = {}
    for lemma, past, present, participles, strength, preps, nominal in _VERBS:
        pset = frozenset(preps)
        forms = past if past is not None else [lemma + s for s in ("", "ت", "وا", "ا", "تا")]
        strict = lemma in _STRICT_LEMMAS
        for f in forms:
            table.setdefault(f, CueSpec(lemma, "past", strength, pset, nominal, strict=strict))
        for stem in present:
            for f in ("ي" + stem, "ت" + stem, "ي" + stem + "ون", "ت" + stem + "ون"):
                if f not in _PRESENT_EXCLUDE:
                    table.setdefault(f, CueSpec(lemma, "present", strength, pset, nominal, strict=strict))
        for stem in participles:
            for f in (stem + "ا", stem + "ه", stem + "ين", stem + "ون"):
                noun = f in _PARTICIPLE_NOUNS
                table.setdefault(f, CueSpec(lemma, "participle", strength, pset, nominal, strict=noun))
    for f in ("نقل", "نقلت", "نقلوا"):
        table[f] = CueSpec("نقل", "relay", 0.85, frozenset(), False)
    for f in ("وفقا", "وفق", "بحسب", "حسب"):
        table[f] = CueSpec("وفقا", "attrib", 0.75, frozenset(), False)
    for f in words("saying_nouns"):
        table[f] = CueSpec("قال", "past", 0.7, frozenset(), False)
    for f in ("يري", "تري"):
        table[f] = CueSpec("راي", "present", 0.55, frozenset(), False)
    return table


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
SOURCE_HEADS = words("source_heads")
SOURCE_INTRO = words("source_intro")
NAME_WORDS = words("name_words")
OUTLET_WORDS = words("outlet_words")
SOURCE_ADJECTIVES = words("source_adjectives")
CONNECTORS = words("connectors")
CLAUSE_OPENERS = words("clause_openers")
SPEAKER_FIELDS = words("speaker_fields")
VAGUE_QUALIFIERS = words("vague_qualifiers")
# Prepositions that tie a source to its body or place (مصدر في الوزارة، مسؤول من الحزب، مصادر داخل الجيش).
SOURCE_QUALIFIER_PREPS = words("source_qualifier_preps")
