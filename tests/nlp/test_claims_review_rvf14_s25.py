"""Review of BKR1, DSC3 and BHS1 (session 25, RVF14): constructed sentences for bugs those rules left or exposed.

Each test fails before its fix (named in the test's docstring).
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run

CHANNEL: Ent = ("قناة الجزيرة", "unit", "قناة الجزيرة", ())
GAZA: Ent = ("غزة", "place", "غزة", ())
BIDEN: Ent = ("بايدن", "person", "جو بايدن", ())


def _speaker(text: str, ents: list[Ent]) -> tuple[str, int | None]:
    """The first claim's speaker phrase and mention."""
    claims, _ = run(text, ents)
    assert claims and claims[0].speaker is not None
    return claims[0].speaker.text, claims[0].speaker.mention


def test_a_feminine_people_head_is_read_like_the_masculine() -> None:
    """zones.feminine_person: the normalised ة (ه) read «مراسلة»، «مقربة» as a noun with a pronoun, so the channel or
    the person after them got the claim where «مراسل»، «مقرب» were unnamed speakers (DSC3's note)."""
    for head in ("مراسل", "مراسلة"):
        verb = "وقالت" if head.endswith("ة") else "وقال"
        text = f"{verb} {head} قناة الجزيرة في غزة إن القصف مستمر منذ الفجر."
        assert _speaker(text, [CHANNEL, GAZA]) == (f"{head} قناة الجزيرة في غزة", None)
    for head in ("مقرب", "مقربة"):
        verb = "وقالت" if head.endswith("ة") else "وقال"
        text = f"{verb} {head} من بايدن إنه سيترشح مجددا."
        assert _speaker(text, [BIDEN]) == (f"{head} من بايدن", None)


def test_a_pronoun_after_a_people_word_is_still_no_plain_noun() -> None:
    """Guard: «زميله» (his colleague) keeps its pronoun; an abstract ة noun («جاهزية») heads no speaker."""
    from app.nlp.claims.zones import plain_noun

    assert plain_noun("مراسله", "مراسلة")
    assert not plain_noun("مراسله", "مراسله")
    assert not plain_noun("جاهزيه", "جاهزية")


def test_one_of_a_persons_opponents_speaks_not_the_person() -> None:
    """speaker.held_name reads past «أحد»: «وقال أحد خصوم بايدن» gave Biden the claim where «وقال خصوم بايدن» was
    read as his opponents (DSC3's people heads, GUIDELINES 9.31.8, 9.31.10)."""
    assert _speaker("وقال أحد خصوم بايدن إن سياسته فاشلة.", [BIDEN]) == ("أحد خصوم بايدن", None)
    assert _speaker("وقال أحد المقربين من بايدن إنه سيترشح.", [BIDEN]) == ("أحد المقربين من بايدن", None)
    assert _speaker("وقال بايدن إن خصومه يكذبون.", [BIDEN]) == ("بايدن", 0)  # guard: he speaks of them


def test_a_speaker_word_opening_with_lam_keeps_its_lam() -> None:
    """speaker.desc_ref cut a leading ل off every description as a glued preposition: «لاجئون سوريون» became «اجئون
    سوريون», «لجنة محلية» «جنة محلية»; a word of its own opening with ل (data/lam_nouns.txt) keeps it, a glued ل
    («وفقا لمصادر طبية») still goes."""
    assert _speaker("وقال لاجئون سوريون إن المخيم يفتقر إلى الخدمات.", [])[0] == "لاجئون سوريون"
    assert _speaker("وقال لاعب في المنتخب إن الفريق جاهز.", [])[0] == "لاعب في المنتخب"
    assert _speaker("وقالت لجنة محلية إن المساعدات لم تصل.", [])[0] == "لجنة محلية"
    assert _speaker("وقتل عشرة أشخاص، وفقا لمصادر طبية.", [])[0] == "مصادر طبية"


def test_himself_as_a_judgement_verbs_object_stays_in_the_claim() -> None:
    """zones.reflexive: BHS1's `_same_word` stepped over «نفسه» after the speaker, so «واعتبر الوزير نفسه مسؤولا عن
    الفشل» lost «نفسه» (the X of «اعتبر X Y», GUIDELINES 9.27); «وأكد المصدر نفسه أن …» still steps over it."""
    claims, _ = run("واعتبر الوزير نفسه مسؤولا عن الفشل.", [])
    assert [c.text for c in claims] == ["نفسه مسؤولا عن الفشل"]
    claims, _ = run("وأكد المصدر نفسه أن الحدود ستغلق غدا.", [])
    assert [c.text for c in claims] == ["الحدود ستغلق غدا"]
    claims, _ = run("وقال الوزير نفسه أيضا إن الحدود ستغلق غدا.", [])
    assert [c.text for c in claims] == ["الحدود ستغلق غدا"]


def test_a_later_statement_has_no_outlet_named_lahiq() -> None:
    """data/statement_adjectives.txt: «في تصريح لاحق» read «لاحق» as ل + an outlet (source «لاحق»); a time adjective
    is stepped over, the outlet after it still read («في تصريح سابق لصحيفة الشرق»)."""
    claims, _ = run("وقال الوزير في تصريح لاحق إن الحدود ستغلق غدا.", [])
    assert claims and claims[0].source is None
    claims, _ = run("وقال الوزير في تصريح سابق لصحيفة الشرق إن الحدود ستغلق غدا.", [])
    assert claims and claims[0].source is not None and claims[0].source.text == "صحيفة الشرق"


def test_a_plural_rank_adjective_keeps_the_body_in_the_phrase() -> None:
    """data/vague_qualifiers.txt had «كبير، بارز» but not their plurals: «مسؤولون كبار في الإدارة الأمريكية» was cut to
    «مسؤولون كبار» (anonymous) where «مسؤول كبير في الإدارة الأمريكية» kept its body."""
    assert _speaker("وقال مسؤولون كبار في الإدارة الأمريكية إن المحادثات ستبدأ.", [])[0] == (
        "مسؤولون كبار في الإدارة الأمريكية"
    )
    assert _speaker("وقال مسؤولون بارزون في الحزب إن المحادثات ستبدأ.", [])[0] == "مسؤولون بارزون في الحزب"


def test_a_vowelled_pronoun_is_no_feminine_people_head() -> None:
    """zones.feminine_person reads the written ة through normalize.written_taa_marbuta, marks aside: «مراسلهُ» (his
    correspondent, a damma on the pronoun) is no feminine «مراسلة», where a raw endswith test took it for one."""
    from app.nlp.claims.zones import feminine_person

    assert feminine_person("مراسله", "مراسلةٌ")
    assert not feminine_person("مراسله", "مراسلهُ")
