"""The punctuation classes and word lists the claim rules read (lists live in app/nlp/data, not here)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from app.nlp.claim_cues import OUTLET_WORDS, SPEAKER_FIELDS, VAGUE_QUALIFIERS, VAGUE_SPEAKERS, regular_past
from app.nlp.lexicon import FUNCTION_WORDS, ROLE_HEADS, TITLE_WORDS, UNIT_HEADS
from app.nlp.morphology import (
    ARTICLE,
    CONSTRUCT_PLURAL,
    NISBA_DUAL_ENDINGS,
    NISBA_ENDING,
    NISBA_PLURAL_ENDINGS,
    PLACE_ENDINGS,
    POSSESSIVE_SUFFIXES,
    SOUND_PLURAL_ENDINGS,
    STAN,
    TAA_MARBUTA,
    dual_of,
    in_lexicon,
    is_definite,
    is_nisba,
    lam_article,
    lam_prefixed,
    masculine,
    opens_with_lam,
    strip_article,
    without_conjunction,
    without_possessive,
)
from app.nlp.morphology import (
    LAM as LAM,  # the preposition ل written apart (لـ «الشرق الأوسط»: normalize() drops the tatweel); one definition
)
from app.nlp.normalize import normalize, written_taa_marbuta
from app.nlp.wordlists import labelled, words

COMMAS = frozenset({"،", ",", "؛"})
FINAL = frozenset({".", "!", "?", "؟", "…"})
TRIM_PUNCT = "،,.:؛;!?؟… \n\t\u00a0"
COLON_CUE = ":"  # the cue of a colon claim («خبير أمني: …»، headline.py); after a verb it opens the verb's content
POST_HEADS = words("post_heads")  # رئيس، متحدث، مدير، أمين: a post one person holds (مسؤول، خبير: one of many)
MANY_HOLDER_HEADS = words("many_holder_heads")  # مسؤول، خبير، دبلوماسي: one of many holders
OCCASION_WORDS = words("occasion_words")  # وقت، ختام، أعقاب: after في they say when or where he spoke, not his field
TALKED_TO_BY = words("talked_to_by")  # «تحدثت إليهم «الشرق الأوسط»»: the outlet that asked the speaker
TALKED_TO_OBJECTS = words("talked_to_objects")  # إليهم، معه، آراء: the speaker as the talk's object
# كما: opening a sentence "also", the verb goes on with the speaker before («كما طالب …»); after a comma a postposed
# link («…، كما قالت …»)
AS = "كما"
SEGMENT_STARTERS = words("segment_starters")
ACCORDING_TO = words("according_to")
LEGAL_CHARGE_CUES = words("legal_charge_cues")  # اتهم، أدان: with a court or prosecutor as subject, a legal act
LEGAL_BODIES = words("legal_bodies")  # محكمة، نيابة، ادعاء: the bodies that charge and try (GUIDELINES 9.34.16a)
ENACTING_CUES = words("enacting_cues")  # أقر: «وفقا لما أقره البرلمان» enacts, it reports no words
ACCORDING_SAYINGS = words("according_sayings")  # حسب وصف X، وفقا لتصريحات X: X speaks
BY_OUTLET = words("by_outlet")  # وقال بحسب صحيفة …
ADDRESSEES = words("addressees")  # للصحافيين: who a speaker talked to, outside his phrase, never an outlet
AUDIENCE = frozenset(strip_article(n) for n in ADDRESSEES)  # صحافيين: «للصحافيين» and «إلى الصحافيين» alike
# ل، مع، إلى: after a source noun (تصريح، حديث، اتصال) the word that names whom it was given to
GIVEN_TO = words("given_to")
NOT_OF = normalize("غير")  # «منظمات غير حكومية»: a nisba after it is a status the source lacks, no field (9.35.6c)
ISSUED = words("issued_participles")  # صادر، الصادرة: «بيان صادر عن …», the body that issued it after عن
ILA = normalize("إلى")  # a statement given to an outlet after GIVEN_ILA_HEADS only; else to an addressee
GIVEN_ILA_HEADS = words("given_ila_heads")  # تصريحات، حديث: «في تصريحات إلى "الوطن"»
PLATFORMS = words("platforms")  # تويتر، فيسبوك: named in the claim's sentence, its source (9.25.19)
PLATFORM_LEADS = words("platform_leads")  # على، عبر، حسابه: the word before a platform a statement went through
TOLD_LEMMAS = words("told_lemmas")  # أبلغ: its object is whom the words were told
RELAY_LEAD_FILLERS = words("relay_lead_fillers")  # فقد: «وبحسب "رويترز"، فقد ذكر»
PUBLISHED_BY = words("published_by")  # نشرته، حصلت عليها: the outlet that carried a statement or document
THEREFORE = words("therefore")  # «…، فإن»: the complement after a comma
DESCRIPTION_FILLERS = words("description_fillers")  # words of a title description that name nothing
ADVERBIAL = SEGMENT_STARTERS | words("adverbial_openers")
APPEAL_LEMMAS = words("appeal_lemmas")  # دعا، طالب: cues with a person or body for object
# لفت النظر، كشف النقاب: the verb's object, never its speaker.
CUE_OBJECTS = words("cue_objects")
CONTENT_SUBJECTS = words("content_subjects")  # أنه: the reported clause's subject (وأنه يؤكد, with و/ب/ف)
# مصدر مقرب من …: what ties a source to a body.
CLOSE_TO = words("source_closeness")
CONTRAST_CONNECTORS = words("contrast_connectors")
# التابعة لوزارة الداخلية: what ties a phrase to the body glued to ل after it.
AFFILIATED_TO = words("affiliation_adjectives")
STATEMENT_ADJECTIVES = words("statement_adjectives")
# تصريح صحافي، بيان رسمي: what a source phrase runs over, the statement adjectives and masculine forms of its own.
SOURCE_ADJECTIVES = STATEMENT_ADJECTIVES | words("source_adjectives")
# منها، مثلما، مجددا: words shaped like a participle after a comma that do not end a reported clause.
NOT_PARTICIPLES = words("not_participles")
# سائلا، حاثا: فاعل-shaped participles that end a reported clause after a comma.
NARRATOR_PARTICIPLES = words("narrator_participles")
# كما، حسبما، بحسب ما: what links a clause to the cue placed after it.
POSTPOSED_LINKS = words("postposed_links")
# الأمر الذي، وهو ما، فيما: after a comma, the narrator's clause (the reported one ends before them).
NARRATOR_LINKS = words("narrator_links")
# نقلا عن، استنادا إلى: after an outlet, the words past the preposition name the speaker (word → preposition).
IN, FROM = "في", "من"  # the two prepositions the claim readers test most; one spelling for every module

RELAYED_FROM = {word: normalize(prep) for word, prep in labelled("relayed_from").items()}
# على لسان: a body speaking through the person named after it (word → the word after it).
VOICED_BY = {word: normalize(after) for word, after in labelled("voiced_by").items()}
# عنه، عنها: after a relay cue, the one named before speaks and the outlet after it relays.
RELAYED_PRONOUNS = words("relayed_pronouns")
# لم، ولن: a speech verb right after one says nothing (ولم يوضح رزاق التقارير).
NEGATIONS = words("negation_particles")
# كما، قد، لم، لن: a particle before a verb, its subject after the verb (continuing.verb_particle).
VERB_PARTICLES = words("verb_particles")
# نحن، لن، تم: right after a cue with no أن and no name, the speaker's own words begin.
SPEECH_STARTERS = words("speech_starters")
EXISTENTIALS = words("existentials")  # هناك، ثمة: «وهناك من يقول» — someone unnamed says it
# ليس، لا: before an existential («وليس هناك من يقول») or «أحد» («ولا أحد يقول»), no one says it: no claim.
EXISTENTIAL_NEGATIONS = words("existential_negations")
ANYONE = normalize("أحد")  # «ولا أحد يقول إن»: the cue's subject after a negation is no one
# وأدان، وتطرق: after a comma, a narrator verb with و opens the narrator's next clause.
NARRATOR_VERBS = frozenset(f for v in words("narrator_verbs") for f in (v.split() if " " in v else regular_past(v)))
# مصادر، مسؤولون، شهود: the hand-listed source nouns (not the fitted group heads: الحصيلة، الأرقام).
SOURCE_NOUNS = words("vague_speakers")
SOURCE_PEOPLE = SOURCE_NOUNS | ROLE_HEADS  # مسؤول، مصادر، متحدث: «مسؤول بوزارة الصحة» is the ministry speaking
LAM_OUTLETS = words("lam_outlets") | OUTLET_WORDS | SOURCE_NOUNS  # لوسائل الإعلام: the ل read apart (not لجنة)
PRONOUN_SUFFIXES = POSSESSIVE_SUFFIXES
OUR = "نا"  # مصادرنا: the paper's own sources
# شركة، وكالة، منظمة: a common noun before a body's name, which the bare noun (الشركة) may later stand for.
BODY_NOUNS = words("body_nouns") | frozenset(UNIT_HEADS) | OUTLET_WORDS
# الذي، التي …: the relative pronouns alone (continuing.RELATIVE_PRONOUNS pairs each with its verb endings).
RELATIVE_WORDS = frozenset(labelled("relative_pronouns"))
RESUMPTIVE_IN = words("resumptive_in")  # «كلمة قال فيها»: the pronoun after the cue goes back to the speech noun
SPEECH_EVENTS = words("speech_event_nouns")  # كلمة، بيان، رسالة: one occasion of speech, its owner speaks in it
EVENT_WINDOW = 12  # tokens back from the cue to its speech noun
FEMININE_PRONOUN = "ها"  # فيها، خلالها: the pronoun of a feminine or plural noun
BODY_TIES = words("body_ties")  # باسم، في: a title tied to a body («المتحدث باسم الشرطة»), within an owner phrase
FEMININE_HEADS = ("ه", "ات")  # a noun a feminine participle agrees with (مؤسسات، منظمة), normalised
# طالبا عدم ذكر اسمه، رفض الكشف عن اسمه: a clause about the speaker being unnamed, not his words.
ANONYMITY_OPENERS = words("anonymity_openers")
NEGATING_NOUNS = words("negating_nouns")  # عدم، دون: «عدم ذكر اسمه» is no speech, its verbal noun no cue
# المصدر نفسه، المصدر ذاته: "the same" after a noun; it points back, and an unnamed speaker's phrase ends before it.
SAME_WORDS = words("same_words")
OTHER_WORDS = words("other_words")  # آخر، أخرى: «X آخر» takes the kind of the X described before (9.35.6e)
# هذه المصادر، المصدر ذاته: words around a source noun that make it point back at the one described before.
POINTING_WORDS = words("pointing_words") | SAME_WORDS
SOURCE_SINGULARS = {plural: normalize(one) for plural, one in labelled("source_singulars").items()}
HEAD_SYNONYMS = {word: normalize(same) for word, same in labelled("head_synonyms").items()}  # ناطق → متحدث
# تقارير، أنباء، معلومات، الصحف: unattributed news as a speaker, anonymous unless a body is named (GUIDELINES 9.30.12).
NEWS_NOUNS = words("news_nouns")
DOCUMENT_NOUNS = words("document_nouns")  # دراسة، تقرير، بيان: a document speaking for its body
# الإحصاءات، البيانات: figures, read both as self-described (SELF_DESCRIBED) and as no informant (NON_INFORMANTS).
FIGURE_NOUNS = words("figure_nouns")
# مصدر: a bare source noun that points back at the latest informant phrase, whatever its head (GUIDELINES 9.20).
INFORMANT_ANAPHORS = words("informant_anaphors")
GENERAL_SOURCE_HEADS = words("general_source_heads")  # مصدر، مسؤول: may replace an earlier head (9.36.2)
# وسائل، مواقع، حصيلة: an unnamed phrase naming no informant, which a bare «المصدر» skips (GUIDELINES 9.20).
NON_INFORMANTS = words("non_informants") | FIGURE_NOUNS | NEWS_NOUNS | OUTLET_WORDS | DOCUMENT_NOUNS
# السلطات، المعارضة، الإحصاءات: a bare body or figures that say who speaks by themselves (GUIDELINES 9.18; figures:
# train-a practice, data/self_described.txt, data/figure_nouns.txt).
SELF_DESCRIBED = words("self_described") | FIGURE_NOUNS
# الشركة، الجامعة، الوزارة: the body nouns that, definite and bare, stand for a body (no outlet word: an unnamed
# «صحيفة بريطانية» is an anonymous outlet, GUIDELINES 9.9, 9.30.12).
BARE_BODIES = words("body_nouns") | frozenset(UNIT_HEADS)


def field_word(n: str) -> bool:
    """A field or place adjective (عسكرية، الأمنيون، محليين، عيان) that makes a source descriptive."""
    return field_stem(n) in SPEAKER_FIELDS


def news_noun(n: str) -> bool:
    """Reports, news, information or the press (تقارير، الأنباء، لتقارير، وبالمعلومات، الصحف): no one, whatever their
    adjectives; read past the article or one و/ف/ب/ل («ووفقا لتقارير إعلامية»)."""
    return in_lexicon(n, NEWS_NOUNS)


def self_described(n: str) -> bool:
    """A definite body noun or figures (الحكومة، للسلطات، المعارضة، البيانات، الإحصاءات) heading an unnamed speaker:
    a body or its figures say who speaks, so the speaker is descriptive even bare (GUIDELINES 9.18; figures: train-a's
    practice). Indefinite («وقالت وزارة») or an outlet («وذكرت صحيفة بريطانية») it names no one (9.9, 9.30.12)."""
    return is_definite(n) and (in_lexicon(n, SELF_DESCRIBED) or in_lexicon(n, BARE_BODIES))


def people_noun(n: str) -> bool:
    """A field word used as a noun for what people are (دبلوماسي، سياسيون): as a head it names no one (9.18)."""
    return field_stem(n) in PEOPLE_NOUNS


# letters before a nisba's ي a state's or a named place's nisba needs (يمني، عراقيين، روسي): shorter words only end so;
# one limit for state_nisba and Article.national (RV6 finding 9)
NATION_STEM_LETTERS = 3


def nationality(n: str) -> bool:
    """A state's nisba in any number or gender (سوري، اليمنيون، السعودية، نيبالية، الأفغانية: `state_nisba`), not a
    party's, a creed's or a region's (حوثي، شيعي، إقليمي، دولي، كردي). Why: only a nationality leaves a role or a plural
    as vague as a bare noun (GUIDELINES 9.9, 9.31.2, 9.32.8); an allegiance says whose the people are (9.32.9)."""
    return is_nisba(strip_article(n)) and state_nisba(field_stem(n))


def nisba_adjective(n: str) -> bool:
    """A nisba adjective by its ending (عسكرية، عراقيون) or a broken plural of a people's (data/broken_nisbas.txt: عرب،
    أجانب، أكراد), with or without the article. Why: «أدان مسؤولون عرب وأجانب الهجوم» read «الهجوم» into the subject,
    the adjective before the object unseen (RVF9's residue; session 24 SUBJ1)."""
    b = strip_article(n)
    return is_nisba(b) or b in BROKEN_NISBAS


def state_nisba(b: str) -> bool:
    """A bare masculine nisba naming a state (data/states.txt): its stem + a place ending or «ستان» is the state's name
    (عراقي، نيبالي، افغاني ← افغانستان، اوزبكي ← اوزبكستان), the nisba is the name itself (تشيلي، بوروندي; not مالي,
    a field word: financial), or it is listed (data/state_nisbas.txt: نمساوي). Why: unseen news names any state, and an
    unknown state's nisba was read as a field's («مصادر نيبالية» descriptive, «مصادر فرنسية» anonymous)."""
    stem = b.removesuffix(NISBA_ENDING)
    if b in STATE_NISBAS:
        return True
    if stem == b or len(stem) < NATION_STEM_LETTERS:
        return False
    if b in STATES:
        return b not in SPEAKER_FIELDS
    dropped_stan = len(stem) > NATION_STEM_LETTERS and stem + STAN in STATES  # not باكي: باكستاني keeps its ستان
    return dropped_stan or place_nisba(b, STATES)


def place_nisba(b: str, places: Collection[str]) -> bool:
    """A bare masculine nisba whose stem + a place ending is one of the places (عراقي: عراق، روسي: روسيا): the one
    test state_nisba and Article.national (the article's places) share."""
    stem = b.removesuffix(NISBA_ENDING)
    return stem != b and len(stem) >= NATION_STEM_LETTERS and any(stem + end in places for end in PLACE_ENDINGS)


def lam_to(n: str, lexicon: Collection[str]) -> bool:
    """ل glued to a lexicon word, bare or fused with the article (لوكالة، للوكالة; لوزير، للرئيس): the one test
    for an outlet or a title after a glued ل."""
    return lam_prefixed(n, lexicon) or (lam_article(n) and n[2:] in lexicon)


def people_plural(n: str) -> bool:
    """A plural naming people by trade, occupation or allegiance (listed: التجار، الجمهوريون) or by nation (اليمنيون;
    not the Houthis, Islamists or those concerned: الحوثيون، الإسلاميون، المعنيون): alone it says what the people are,
    not who, so it is anonymous (GUIDELINES 9.32.8, 9.19)."""
    b = strip_article(n)
    if b in PEOPLE_PLURALS:
        return True
    return b.endswith(NISBA_PLURAL_ENDINGS) and nationality(b)


def vague_role(words: Sequence[str]) -> bool:
    """An indefinite role noun as vague as a source noun, with only a rank or a nationality after it («مسؤول»، «مسؤول
    كبير»، «مسؤول سوري»; not «مسؤول دفاع»: a field in construct, nor «مسؤول حوثي/إقليمي»: a side or a reach, no
    state): it names no one, so only a field, body, side or place makes its phrase
    descriptive (GUIDELINES 9.9, 9.31.2)."""
    if (
        not words
        or is_definite(words[0])
        or not (words[0] in VAGUE_ROLES or dual_head(words[0], "".join(words[1:2]), VAGUE_ROLES))
    ):
        return False
    return all(nationality(w) or strip_article(w) in VAGUE_QUALIFIERS for w in words[1:])


def field_stem(n: str) -> str:
    """A field word's masculine singular (الأمنيون، عسكرية، محليين، عسكريان → أمني، عسكري، محلي، عسكري): a dual
    too, so «مصدران عسكريان» is as fielded as «مصادر عسكرية» (GUIDELINES 9.5)."""
    b = strip_article(n)
    if b.endswith(NISBA_PLURAL_ENDINGS):
        b = b[:-2]
    elif (dual := next((e for e in NISBA_DUAL_ENDINGS if b.endswith(e)), None)) is not None and len(b) > len(dual) + 2:
        b = b[: -len(dual)] + NISBA_ENDING
    return masculine(b)


def source_stem(n: str) -> str:
    """One form for a source noun in any number or definiteness (المصادر، مصادرها، مصادرنا، مصدر → مصدر)."""
    b = strip_article(n)
    b = without_possessive(b, (*PRONOUN_SUFFIXES, OUR), longer_than=4) or b
    if b.endswith(SOUND_PLURAL_ENDINGS) and len(b) > 4:
        b = b[:-2]
    elif construct_plural(b):  # «مصابو التفجير» … «وأضاف المصابون»: one stem
        b = b[: -len(CONSTRUCT_PLURAL)]
    return SOURCE_SINGULARS.get(b, b)


def head_stem(n: str) -> str:
    """`source_stem`, with a head naming the same post filed under one word (الناطق، ناطقون → متحدث). Why: a
    shortened back-reference may reword the head (GUIDELINES 9.36.2, train-a 404)."""
    stem = source_stem(n)
    return HEAD_SYNONYMS.get(stem, stem)


def construct_plural(b: str) -> bool:
    """A bare word that is a listed speaker head's sound plural in construct (مصابو، مسوولو), not a name or loan
    ending in و (راديو، طوكيو، يونيو): the word, its stem or the stem's plural is a listed role or speaker head."""
    if not b.endswith(CONSTRUCT_PLURAL) or len(b) <= 4:
        return False
    stem = b[: -len(CONSTRUCT_PLURAL)]
    return any(w in VAGUE_SPEAKERS or w in ROLE_HEADS for w in (b, stem, *(stem + e for e in SOUND_PLURAL_ENDINGS)))


# دبلوماسي، سياسي: field words that, heading the phrase, say what the people are («دبلوماسيون»، «دبلوماسي أميركي»)
PEOPLE_NOUNS = words("people_nouns")
# المانيا: its ال is its own; only ال is dropped, no clitic before it (بالاو is Palau, not ب + ال + او)
STATES = frozenset(f for w in words("states") for f in (w, w.removeprefix(ARTICLE)))
STATE_NISBAS = words("state_nisbas")  # نمساوي، بيروفي: a state's nisba its name does not yield
BROKEN_NISBAS = words("broken_nisbas")  # عرب، أجانب، أكراد: a people's adjective with no nisba ending
PEOPLE_PLURALS = words("people_plurals")  # التجار، الأطباء، مسعفون: people by trade or allegiance (9.32.8)
RELATION_NOUNS = words("relation_nouns")  # مساعد، أصدقاء، مقربو: people named by their tie to someone
# «مقربون من بايدن»، «خصوم كلينتون»، «مهندسو مجموعة "مياموتو"»، «صديق بايدن»: people told by whose side, whom near,
# what trade or what tie to someone they are, a name their genitive — a sound plural in construct too (مهندسو: without
# its ن; GUIDELINES 9.31.8, 9.31.10)
PEOPLE_HEADS = (
    words("stance_heads")
    | CLOSE_TO
    | RELATION_NOUNS
    | PEOPLE_PLURALS
    | frozenset(w[:-1] for w in PEOPLE_PLURALS if w.endswith(SOUND_PLURAL_ENDINGS))
)


def people_word(n: str, written: str) -> bool:
    """A people head (`PEOPLE_HEADS`), also in the feminine with its ة written as `written` has it («زميلة»، «مقربة»;
    not «زميله», his colleague). Why: the folded ه read «وقالت زميلة بايدن» as «his colleague», so Biden spoke."""
    if in_lexicon(n, PEOPLE_HEADS):
        return True
    return written_taa_marbuta(written) and in_lexicon(n.removesuffix(TAA_MARBUTA), PEOPLE_HEADS)


# ناشط، مراسل، مقرب، مسؤول: people words, whose feminine with ة written (ناشطة) and whose dual (مراسلا، مسؤولان)
# name persons, not a noun with a pronoun ه or an accusative
PERSON_HEADS = PEOPLE_HEADS | ROLE_HEADS | words("employed_heads") | words("person_nouns")


def person_dual(n: str, after: str) -> bool:
    """A people word's dual (مراسلا الوكالة، شاهدا عيان، مسؤولان): two persons, not an accusative or adverb in ا."""
    return dual_head(n, after, PERSON_HEADS | VAGUE_SPEAKERS)


ALIF = "ا"  # a dual in construct ends in ا (مراسلا), as a singular's accusative does (متحدثا)


def dual_head(n: str, after: str, lexicon: Collection[str]) -> bool:
    """n is the dual of a noun in `lexicon` (`dual_of`): a free one (مسؤولان) anywhere, one in construct (مراسلا،
    شاهدا) only before the noun it is of (`after`: «مراسلا الوكالة»، «شاهدا عيان»). Why: before a preposition, ل or
    an adverb the ا is a singular's accusative, a circumstantial («وأضاف متحدثا للصحفيين»، «مسؤولا عن الملف»), and
    the claim went to «متحدثا للصحفيين», not to the speaker before (review RVL1 of DUA1)."""
    if not dual_of(n, lexicon):
        return False
    return not n.endswith(ALIF) or (
        after.isalpha()
        and after not in FUNCTION_WORDS
        and after not in ADVERBIAL
        and after != ON_BEHALF
        and not opens_with_lam(after)
    )


def shared_title(n: str, after: str) -> bool:
    """A role held by two or more: its dual (المتحدثان، الناطقتان، مسؤولان، مسؤولَين) or, before باسم (`after`), its
    sound plural («المتحدثون باسم الفصائل»). Why: the role list holds singulars, so «وقال المتحدثان باسم الجيش
    والشرطة» gave the claim to the army, not its spokesmen (GUIDELINES 9.4); a bare plural («المسؤولون») stays a
    vague source."""
    if dual_head(n, after, TITLE_WORDS):
        return True
    return n.endswith(SOUND_PLURAL_ENDINGS) and in_lexicon(source_stem(n), ROLE_HEADS) and after == ON_BEHALF


VAGUE_ROLES = words("vague_roles")  # مسؤول: a role as vague as a source noun (9.9, 9.31.2)
ON_BEHALF = "باسم"  # المتحدث باسم الوزارة: part of a title, never the cue's ب complement


def speech_event(n: str) -> str | None:
    """The noun for one occasion of speech (data/speech_event_nouns) that n is, with و/ب or the article and an
    accusative ا read off; None when it is none."""
    bare = strip_article(without_conjunction(n, "وب") or n)
    forms = (bare, strip_article(n), bare.removesuffix(ALIF), strip_article(n).removesuffix(ALIF))  # بيانا: ب no clitic
    return next((w for w in forms if w in SPEECH_EVENTS), None)


def event_agrees(noun: str | None, *, feminine: bool) -> bool:
    """A speech noun the pronoun after the cue goes back to: فيها، خلالها to a feminine or plural one (كلمة، تصريحات),
    فيه، خلاله to a masculine one (بيان، اتصال)."""
    return noun is not None and noun.endswith(FEMININE_HEADS) == feminine
