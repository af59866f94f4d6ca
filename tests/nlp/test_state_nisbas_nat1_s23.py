"""Every state's nisba is a nationality, session 23 (NAT1; issue 13; GUIDELINES 9.9, 9.31.2, 9.32.8): data/states.txt
lists every UN member state, and `vocab.state_nisba` reads a nisba that drops «ستان» (أفغاني) or equals its state's
name (تشيلي). Some of these nisbas are in train's text (أفغاني، بوروندي، بوليفي …), none where a rule asks for a
nationality; each test fails at base (7c7db6f), where the 61 listed states left them field nisbas («مصادر نيبالية»
descriptive)."""

from __future__ import annotations

import pytest

from app.nlp.claims.vocab import nationality, people_plural, state_nisba, vague_role
from app.nlp.normalize import normalize
from tests.nlp.test_claims import Ent, run, speaker_name
from tests.nlp.test_claims_kinds_rvf2 import place, speaker_kind


@pytest.mark.parametrize("word", ["نيبالية", "سنغالي", "كرواتية", "بوليفي", "قبرصية", "الفنزويلي", "إريترية"])
def test_a_plain_nisba_of_a_state_now_listed_is_a_nationality(word: str) -> None:
    """The stem + a place ending is the state's name (نيبال، السنغال، كرواتيا، بوليفيا، قبرص، فنزويلا، إريتريا)."""
    assert nationality(normalize(word))


@pytest.mark.parametrize("word", ["أفغانية", "الأوزبكي", "كازاخية", "طاجيكي", "التركماني", "قرغيزية"])
def test_a_nisba_that_drops_its_states_stan_is_a_nationality(word: str) -> None:
    """أفغانستان → أفغاني, أوزبكستان → أوزبكي …: the nisba drops the name's «ستان»."""
    assert nationality(normalize(word))


@pytest.mark.parametrize("word", ["تشيلية", "البوروندي", "جيبوتية", "نمساوية", "البيروفي"])
def test_a_nisba_equal_to_its_states_name_or_listed_is_a_nationality(word: str) -> None:
    """تشيلي، بوروندي، جيبوتي: the nisba is the name itself; نمساوي، بيروفي: data/state_nisbas.txt."""
    assert nationality(normalize(word))


def test_the_plural_and_feminine_forms_are_nationalities() -> None:
    """«النيباليون»، «أفغانيين»، «التشيليون»: people by nation, anonymous alone (9.32.8); «مسؤول أفغاني»، «مسؤولة
    نيبالية» a vague role (9.9)."""
    assert people_plural(normalize("النيباليون"))
    assert people_plural(normalize("أفغانيين"))
    assert people_plural(normalize("التشيليون"))
    assert vague_role([normalize("مسؤول"), normalize("أفغاني")])
    assert vague_role([normalize("مسؤول"), normalize("نيبالي")])


@pytest.mark.parametrize("word", ["مالية", "كروية", "باكية", "كردية", "عربية", "إسلامية", "أفريقية", "إقليمية"])
def test_a_field_a_people_or_a_region_is_no_nationality(word: str) -> None:
    """Guards: مالي is a state named like the field «financial» (speaker_fields.txt); كروي is no كرواتي; باكي no
    Pakistani (باكستاني keeps its ستان); a people or region wider than a state (كردي، عربي، أفريقي) is no state's."""
    assert not nationality(normalize(word))


def test_state_nisba_reads_bare_masculine_forms() -> None:
    """state_nisba takes the bare masculine nisba (افغاني، باكستاني), not مالي (a field) nor a state's name itself."""
    assert state_nisba(normalize("افغاني")) and state_nisba(normalize("باكستاني"))
    assert not state_nisba(normalize("مالي")) and not state_nisba(normalize("افغانستان"))


def test_a_source_with_an_unseen_states_nisba_is_anonymous() -> None:
    """«مصادر نيبالية»، «مسؤول أفغاني»، «مصادر تشيلية» as «مصادر فرنسية» (9.5, 9.9): a nationality only."""
    assert speaker_kind("وقالت مصادر نيبالية إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال مسؤول أفغاني إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مصادر تشيلية إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مصادر مالية إن الأسعار ارتفعت.") == "descriptive"  # guard: a field


def test_a_state_named_in_two_words_places_no_one() -> None:
    """«مصادر في كوريا الجنوبية» as «مصادر في الولايات المتحدة» (9.19; data/state_places.txt)."""
    korea = "كوريا الجنوبية"
    assert speaker_kind(f"وقالت مصادر في {korea} إن الهدنة انهارت.", [place(korea)]) == "anonymous"


PAKISTANI: Ent = ("خواجة آصف", "person", "خواجة آصف", ("وزير الخارجية الباكستاني",))


def test_a_stan_nationality_tells_title_holders_apart() -> None:
    """«وزير الخارجية الأفغاني» is not the one introduced as «وزير الخارجية الباكستاني»: the nisba the description
    adds names a state (speaker.agree, Article.national through state_nisba); at base «الأفغاني» named none."""
    text = "وصل وزير الخارجية الباكستاني خواجة آصف إلى كابول. وقال وزير الخارجية الأفغاني إن الزيارة مهمة."
    claims, mentions = run(text, [PAKISTANI])
    assert [speaker_name(c, mentions) for c in claims][-1] != "خواجة آصف"
