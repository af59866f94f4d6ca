"""Word lists for entity typing: unit heads and subtypes, titles and ranks, well-known unit names.

All entries are in normalize() form (أ/إ/آ→ا, ى→ي, ة→ه, no diacritics) and are general
knowledge of Arabic news, not taken from any evaluation article.
"""

from __future__ import annotations

# Head nouns that open the name of a unit, with the subtype they imply (without ال).
UNIT_HEADS: dict[str, str] = {
    "قياده": "military",
    "قوات": "military",
    "قوه": "military",
    "جيش": "military",
    "فرقه": "military",
    "كتيبه": "military",
    "فيلق": "military",
    "حشد": "military",
    "اركان": "military",
    "سرايا": "military",
    "الويه": "military",
    "شرطه": "security",
    "جهاز": "security",
    "مديريه": "security",
    "استخبارات": "security",
    "مخابرات": "security",
    "خليه": "security",
    "مشاه": "military",
    "خارجيه": "government",
    "داخليه": "government",
    "وزاره": "government",
    "حكومه": "government",
    "مجلس": "government",
    "رئاسه": "government",
    "محكمه": "government",
    "هيئه": "government",
    "سفاره": "government",
    "بلديه": "government",
    "حلف": "alliance",
    "تحالف": "alliance",
    "تنظيم": "armed_group",
    "حركه": "armed_group",
    "جماعه": "armed_group",
    "ميليشيا": "armed_group",
    "ميليشيات": "armed_group",
    "فصائل": "armed_group",
    "كتائب": "armed_group",
    "عصائب": "armed_group",
    "وكاله": "media",
    "قناه": "media",
    "صحيفه": "media",
    "اذاعه": "media",
    "تلفزيون": "media",
    "شبكه": "media",
    "مركز": "other",
    "منظمه": "other",
    "اتحاد": "other",
    "لجنه": "government",
    "حزب": "political",
    "تيار": "political",
    "ائتلاف": "political",
    "كتله": "political",
}

# Heads that are too generic alone ("القوات") but name a unit with a modifier.
COORDINATED_HEADS = frozenset({"لجنه"})  # heads whose name may coordinate two nouns (لجنة الأمن والدفاع)
# Armed-force phrases: القوات العراقية is never a short form of قيادة القوات العراقية المشتركة.
FORCE_HEADS = frozenset({"القوات", "قوات", "الجيش", "جيش", "الشرطه", "الحشد"})
GENERIC_HEADS = frozenset({"قوات", "قوه", "حكومه", "وزاره", "قياده", "مجلس", "جهاز", "مخابرات", "استخبارات"})

# Adjectives that describe forces rather than name them (القوات القتالية الأجنبية is no unit name).
DESCRIPTIVE = frozenset(
    {
        "القتاليه",
        "القتالي",
        "المقاتله",
        "الاجنبيه",
        "الاجنبي",
        "العامله",
        "المنضويه",
        "الارهابي",
        "الارهابيه",
        "المتطرف",
        "المتطرفه",
        "الرسمي",
        "الرسميه",
        "المحليه",
        "المتبقيه",
        "الموجوده",
        "المتواجده",
        "المنسحبه",
        "الحاليه",
        "السابقه",
        "الجديده",
        "الكبيره",
    }
)

# Heads that follow a role in a title (وزير الخارجية) without naming a unit there.
TITLE_ONLY_HEADS = frozenset({"خارجيه", "داخليه", "دفاع", "اركان"})

# ... and these only after a generic head (القوات العسكرية), not in a name (اللجنة الفنية العسكرية).
DESCRIPTIVE_OF_FORCES = frozenset({"العسكريه", "العسكري", "المسلحه"})

# Prepositions and particles: never part of a unit name's complement.
# fmt: off
FUNCTION_WORDS = frozenset({
    "في", "من", "علي", "الي", "عن", "مع", "بين", "الذي", "التي", "الذين", "ان", "انه", "او", "ثم", "قد",
    "لا", "لم", "لن", "ما", "هذا", "هذه", "ذلك", "تلك", "كل", "بعد", "قبل", "خلال", "حول", "ضد", "عبر",
})
# fmt: on

# Well-known units named by a bare proper name, with their subtype.
KNOWN_UNITS: dict[str, str] = {
    "داعش": "armed_group",
    "القاعده": "armed_group",
    "طالبان": "armed_group",
    "حماس": "armed_group",
    "حزب الله": "armed_group",
    "الحوثيين": "armed_group",
    "الحوثيون": "armed_group",
    "النصره": "armed_group",
    "البيشمركه": "military",
    "الحشد الشعبي": "military",
    "البنتاغون": "military",
    "البنتاجون": "military",
    "الناتو": "alliance",
    "الامم المتحده": "other",
    "مجلس الامن": "government",
    "الكونغرس": "government",
    "الكونجرس": "government",
    "البرلمان": "government",
    "الاتحاد الاوروبي": "alliance",
    "الجامعه العربيه": "alliance",
    "البيت الابيض": "government",
    "الكرملين": "government",
    "رويترز": "media",
    "شينخوا": "media",
    "واع": "media",
    "واس": "media",
    "قنا": "media",
    "سانا": "media",
    "وفا": "media",
    "ارنا": "media",
    "الاناضول": "media",
    "فرانس برس": "media",
    "اسوشيتد برس": "media",
    "بي بي سي": "media",
    "سي ان ان": "media",
    "السومريه": "media",
    "الشرق الاوسط": "media",
    "الحره": "media",
    "روسيا اليوم": "media",
    "تاس": "media",
}

# Military and honorific ranks written before a name (kept as titles, never in the name).
RANKS = frozenset(
    {
        "اللواء",
        "الفريق",
        "الفريق الركن",
        "اللواء الركن",
        "العميد",
        "العميد الركن",
        "العقيد",
        "المقدم",
        "الرائد",
        "النقيب",
        "الملازم",
        "الجنرال",
        "المشير",
        "الادميرال",
        "الشيخ",
        "السيد",
        "السيده",
        "الدكتور",
        "الدكتوره",
        "د",
        "الحاج",
        "الامام",
        "الامير",
        "الملك",
        "الرئيس",
        "الوزير",
        "السفير",
        "الركن",
        "المستشار",
        "القاضي",
        "النائب",
        "المهندس",
        "الاستاذ",
        "سماحه",
        "فخامه",
        "معالي",
    }
)

# Nouns that open a role title (رئيس الوزراء العراقي، المتحدث باسم القيادة), with or without ال.
ROLE_HEADS = frozenset(
    {
        "رئيس",
        "رئيسه",
        "وزير",
        "وزيره",
        "نائب",
        "متحدث",
        "ناطق",
        "سفير",
        "سفيره",
        "قائد",
        "مستشار",
        "مدير",
        "امين",
        "عضو",
        "محافظ",
        "زعيم",
        "مبعوث",
        "ممثل",
        "قاضي",
        "مسؤول",
        "امر",
        "معاون",
        "وكيل",
        "منسق",
        "مساعد",
        "المتحدث",
        "الناطق",
        "القائد",
        "الامين",
        "المبعوث",
        "الممثل",
    }
)

# Words that end a title phrase when scanning around a name (speech cues, conjunctions, time words).
TITLE_STOPS = frozenset(
    {
        "قال",
        "قوله",
        "قولها",
        "اكد",
        "اكدت",
        "ان",
        "انه",
        "انها",
        "الي",
        "علي",
        "عن",
        "من",
        "مع",
        "خلال",
        "اليوم",
        "امس",
        "مساء",
        "صباح",
        "الذي",
        "التي",
        "وقال",
        "واكد",
        "اضاف",
        "واضاف",
        "اعلن",
        "اعلنت",
        "ذكر",
        "ذكرت",
        "اوضح",
        "واوضح",
        "كشف",
        "بحث",
        "التقي",
        "استقبل",
        "دعا",
    }
)

PROCLITICS = "وفبلك"

# fmt: off
# Nouns after which a name is a place (محافظة صلاح الدين, مدينة الموصل, بمحافظة ذي قار).
PLACE_TRIGGERS = frozenset({
    "محافظه", "محافظات", "مدينه", "مدن", "قضاء", "ناحيه", "بلده", "قريه", "العاصمه", "اقليم", "مناطق",
    "منطقه", "ولايه", "جزيره", "مخيم", "حي", "بلدات", "قري",
})

# First words of two-word place names (ذي قار, أبو غريب, تل عفر, عين الأسد).
PLACE_NAME_PREFIXES = frozenset({
    "ذي", "ذو", "ابو", "ابي", "عين", "تل", "دير", "راس", "بني", "ام", "بئر", "جسر", "سيدي",
})

# Facility heads that name places (قاعدة بلد الجوية, مطار بغداد الدولي).
PLACE_HEADS = frozenset({"قاعده", "مطار", "معبر", "ميناء", "سجن", "قلعه"})

# Place names the tagger may cut short, mistype or miss: multi-word countries, then a gazetteer.
KNOWN_PLACES = frozenset({
    "الولايات المتحده الامريكيه", "الولايات المتحده الاميركيه", "الولايات المتحده", "المملكه المتحده",
    "المملكه العربيه السعوديه", "الامارات العربيه المتحده", "كوريا الشماليه", "كوريا الجنوبيه",
    "جنوب افريقيا", "جنوب السودان", "الاتحاد الروسي", "البحر الابيض المتوسط", "الخليج العربي",
    # Iraq, the product's home turf: governorates, then cities and districts in the news of the war
    # on ISIS (ambiguous words left out: بلد "country", القائم "acting", المغرب "sunset").
    "بغداد", "نينوي", "البصره", "الانبار", "ديالي", "صلاح الدين", "كركوك", "بابل", "كربلاء", "النجف",
    "واسط", "ميسان", "ذي قار", "المثني", "القادسيه", "الديوانيه", "اربيل", "السليمانيه", "دهوك", "حلبجه",
    "الموصل", "الفلوجه", "الرمادي", "تكريت", "سامراء", "بعقوبه", "العماره", "الكوت", "الناصريه",
    "السماوه", "حديثه", "هيت", "بيجي", "تلعفر", "سنجار", "الحويجه", "طوزخورماتو", "خانقين",
    "جرف الصخر", "الطارميه", "الشرقاط", "راوه", "الرطبه", "الصقلاويه", "ابو غريب", "التاجي",
    "الدجيل", "جلولاء", "المقداديه", "مخمور", "الكاظميه", "الاعظميه",
    # Neighbours and the capitals that recur in its news.
    "سوريا", "ايران", "تركيا", "الاردن", "الكويت", "لبنان", "مصر", "اليمن", "دمشق", "طهران", "انقره",
    "عمان", "الرياض", "بيروت", "القاهره", "واشنطن", "موسكو", "لندن", "باريس", "برلين", "بكين",
    "امريكا", "اميركا", "روسيا", "فرنسا", "بريطانيا", "المانيا", "الصين", "اسرائيل", "فلسطين",
    "افغانستان", "باكستان",
})

# Common nouns the tagger sometimes calls places (المنطقة العربية, المحيط الإقليمي).
GENERIC_PLACE_WORDS = frozenset({"المنطقه", "المناطق", "الدول", "البلاد", "العالم", "الاقليم", "الساحه"})

# Triggers strong enough to make an untagged next word a place; the others only retype a tagged name.
STRONG_PLACE_TRIGGERS = frozenset({"محافظه", "محافظات", "مدينه", "قضاء", "ناحيه", "بلده", "قريه", "مخيم"})

# Direction words: مناطق شمالي العراق names العراق, not a place called شمالي.
DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "شمالا", "جنوبا"})

# Places that end like a nisba adjective (السعودية) and must not be filtered as one.
NISBA_LIKE_PLACES = frozenset({"السعوديه", "الاسكندريه", "اللاذقيه", "الناصريه", "الديوانيه", "السليمانيه",
                               "الاسماعيليه", "الحسكه", "الرماديه", "الكوفيه"})

# Ranks whose next words are a name (اللواء تحسين الخفاجي); ambiguous ones (الفريق = the team) excluded.
NAME_RANKS = frozenset({"اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "الجنرال", "المشير",
                        "الادميرال", "الدكتور", "الدكتوره", "الشيخ", "الركن"})
# fmt: on
