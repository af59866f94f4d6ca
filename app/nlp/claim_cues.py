"""Word lists for claim extraction (speech cues, titles, fillers), kept apart from the parsing logic."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.nlp.normalize import normalize

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
    ("ذكر", None, ["ذكر"], [], 0.75, (), False),
    ("صرح", None, ["صرح"], ["مصرح"], 0.8, ("ب",), False),
    ("اعلن", None, ["علن"], ["معلن"], 0.8, ("عن",), True),
    ("نفي", ["نفي", "نفت", "نفوا"], ["نفي"], ["نافي"], 0.8, (), True),
    ("استدرك", None, ["ستدرك"], ["مستدرك"], 0.7, (), False),
    ("شدد", None, ["شدد"], ["مشدد"], 0.75, ("علي",), False),
    ("افاد", None, ["فيد"], [], 0.75, ("ب",), False),
    ("دعا", ["دعا", "دعت", "دعوا"], ["دعو"], ["داعي"], 0.65, ("الي",), False),
    ("اشاد", None, ["شيد"], ["مشيد"], 0.6, ("ب",), False),
    ("نوه", None, ["نوه"], ["منوه"], 0.6, ("الي", "ب"), False),
    ("اعتبر", None, ["عتبر"], ["معتبر"], 0.6, (), False),
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
_PRESENT_EXCLUDE = frozenset({"تبين", "يذكر", "تعتبر", "يعتبر"})
# Participle forms that are common nouns/adjectives: لافتة "banner", مقره "its seat".
_PARTICIPLE_EXCLUDE = frozenset({"لافته", "مقره", "مقرين", "مقرون", "مضيفه"})


def _build() -> dict[str, CueSpec]:
    """Expand the verb table into every normalised surface form it covers."""
    table: dict[str, CueSpec] = {}
    for lemma, past, present, participles, strength, preps, nominal in _VERBS:
        pset = frozenset(preps)
        forms = past if past is not None else [lemma + s for s in ("", "ت", "وا", "ا", "تا")]
        for f in forms:
            table.setdefault(f, CueSpec(lemma, "past", strength, pset, nominal))
        for stem in present:
            for f in ("ي" + stem, "ت" + stem, "ي" + stem + "ون", "ت" + stem + "ون"):
                if f not in _PRESENT_EXCLUDE:
                    table.setdefault(f, CueSpec(lemma, "present", strength, pset, nominal))
        for stem in participles:
            for f in (stem + "ا", stem + "ه", stem + "ين", stem + "ون"):
                if f not in _PARTICIPLE_EXCLUDE:
                    table.setdefault(f, CueSpec(lemma, "participle", strength, pset, nominal))
    for f in ("نقل", "نقلت", "نقلوا"):
        table[f] = CueSpec("نقل", "relay", 0.85, frozenset(), False)
    for f in ("وفقا", "وفق", "بحسب", "حسب"):
        table[f] = CueSpec("وفقا", "attrib", 0.75, frozenset(), False)
    for f in ("يري", "تري"):
        table[f] = CueSpec("راي", "present", 0.55, frozenset(), False)
    return table


_CUES = _build()


def lookup_cue(word: str) -> CueSpec | None:
    """The cue a token spells, allowing one و/ف conjunction in front; None when it is no cue."""
    n = norm(word)
    spec = _CUES.get(n)
    if spec is not None:
        return spec
    if len(n) > 3 and n[0] in "وف":
        spec = _CUES.get(n[1:])
        if spec is not None:
            return CueSpec(spec.lemma, spec.form, spec.strength, spec.preps, spec.nominal, True)
    return None


def _wordset(words: str) -> frozenset[str]:
    """Normalised set of the space-separated words."""
    return frozenset(norm(w) for w in words.split())


def _with_prefixes(words: list[str], prefixes: tuple[str, ...]) -> frozenset[str]:
    """Every word, also with each of the given proclitics glued on."""
    return frozenset(p + w for w in words for p in ("", *prefixes))


_ANNA = ["ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "اني", "انكم"]
# Complementisers that open reported content (أن/إن/بأن/فإن, with attached pronouns).
COMPLEMENTISERS = _with_prefixes(_ANNA, ("ب", "ف", "و"))
# Words after which أن is not a complementiser of the speech verb (بعد أن، قبل أن، رغم أن …).
NON_COMPLEMENT_BEFORE = frozenset(
    {"بعد", "قبل", "منذ", "الا", "رغم", "من", "دون", "لا", "حتي", "بدل", "يجب", "يمكن", "لو", "بما", "كما"}
)
# Pronoun attached to أن that belongs to the content (أنه تضمن → تضمن); used to start content after it.
RELAY_SAYING = frozenset({"قوله", "قولها", "قولهم", "قولهما", "تاكيده", "تاكيدها", "بالقول", "القول"})
STATEMENT_WORDS = frozenset({"بيان", "البيان", "بيانا", "بيانه", "بيانها", "وبيان"})
TITLE_HEADS = _wordset(
    "رئيس رئيسة وزير وزيرة نائب نائبة متحدث متحدثة ناطق ناطقة مدير مديرة قائد عضو سفير سفيرة "
    "مستشار مستشارة أمين محافظ زعيم قيادي مسؤول مسؤولة مبعوث مندوب ممثل ملك أمير وكيل مساعد "
    "سكرتير عميد أستاذ باحث خبير محلل ضابط مفوض قاضي نقيب رئيسا وزيرا"
)
RANKS = _wordset(
    "اللواء العميد الفريق العقيد المقدم الرائد النقيب الركن الجنرال الأدميرال المشير الدكتور د. "
    "الشيخ السيد السيدة المهندس الأستاذ الحاج الأمير الملك الرئيس الوزير النائب الناطق المتحدث "
    "المستشار السفير القائد المدير"
)
VAGUE_SPEAKERS = _wordset(
    "مصادر مصدر المصادر المصدر مسؤولون مسؤولين المسؤولون الجانبان الجانبين الطرفان الطرفين "
    "الأطراف أطراف الأوساط أوساط مراقبون خبراء محللون شهود ناشطون سكان مواطنون متظاهرون"
)
TIME_WORDS = _wordset(
    "اليوم أمس مساء صباح ظهر ليل ليلة فجر أول الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس "
    "الجمعة السبت أخيرا مجددا أيضا كذلك بدوره بدورها بدورهم لاحقا سابقا قد الأسبوع الشهر العام السنة "
    "الماضي الماضية المقبل المقبلة الحالي الحالية الجاري الجارية الفائت القادم"
)
PRONOUN_PREPS = frozenset({"فيه", "فيها", "خلاله", "خلالها", "له", "لها", "لهم", "منه", "منها"})
SOURCE_HEADS = _wordset(
    "تصريح تصريحات تصريحه تصريحها حديث حديثه مقابلة مقابلته لقاء بيان مؤتمر كلمة اتصال مداخلة حوار رسالة تغريدة منشور"
)
SOURCE_INTRO = frozenset({"في", "خلال", "عبر", "ضمن"})
# Words that, right before a quotation, mark it as a name (an operation, a book, an outlet), not speech.
NAME_WORDS = _wordset(
    "عملية عمليات حملة برنامج كتاب مؤتمر صحيفة وكالة قناة تنظيم حلف جماعة حركة مشروع مبادرة "
    "شعار اسم بعنوان عنوان فيلم مسلسل رواية موقع مجلة منصة هاشتاغ وسم قانون خطة"
)
# Outlet words: لوكالة / لصحيفة … after a speaker name the outlet a statement was given to.
OUTLET_WORDS = _wordset("وكالة صحيفة قناة موقع مجلة إذاعة تلفزيون شبكة")
# Words that may follow a source head without a comma (في بيان مشترك، في تصريحات صحافية).
SOURCE_ADJECTIVES = _wordset("مع مشترك مشتركة صحفي صحفية صحافي صحافية منفصلة منفصل خاص خاصة متلفز متلفزة رسمي")
# Connectors that may sit between a comma and the next narrator cue (، قبل أن يستدرك / ، فيما أشارت).
CONNECTORS = frozenset({"قبل", "بعد", "ان", "فيما", "كما", "حيث", "بينما", "و", "ثم", "في", "حين"})
# Tokens that open a new clause when looking back for a fronted subject (وكان X أكد / يذكر أن X قال).
CLAUSE_OPENERS = frozenset({"وكان", "كان", "وكانت", "كانت", "فيما", "كما", "حيث", "بينما"})
