"""Unnamed speakers' kind, session 25 (KND1; GUIDELINES 9.5, 9.18, 9.35.5b-c, 9.35.6c, 9.35.6e): a witness alone is
bound by itself, «غير + nisba» is a status and no field, people tied to someone are whose they are, and «X آخر» takes
the kind of the X described before."""

from __future__ import annotations

from tests.nlp.test_claims import run
from tests.nlp.test_claims_kinds_rvf2 import speaker_kind


def kinds(text: str) -> list[str]:
    """The kinds of every claim's speaker, in order."""
    claims, _ = run(text, [])
    return [c.speaker.kind if c.speaker is not None else "none" for c in claims]


def test_a_single_witness_is_bound_like_witnesses() -> None:
    """«وقال شاهد»، «شاهدة أخرى»: a witness is a place's or an event's like «شهود» (9.18; 9.35.6e: «شاهدة أخرى»
    descriptive); fails without «شاهد/شاهدة» in data/bound_groups.txt. Guard: «شهود عيان» stays descriptive."""
    assert speaker_kind("وقال شاهد إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقالت شاهدة إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال شهود عيان إن الهدنة انهارت.") == "descriptive"


def test_a_status_negated_by_ghair_is_no_field() -> None:
    """«منظمات غير حكومية»: «غير حكومية» is a status, not a field, and bodies with only it are anonymous (9.35.6c);
    fails without extents.negated (the nisba «حكومية» read as a field). Guards: «منظمات حكومية» and «منظمات حقوق
    الإنسان» (a field, 9.35.5b) stay descriptive."""
    assert speaker_kind("وقالت منظمات غير حكومية إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مصادر غير رسمية إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت منظمات حكومية إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقالت منظمات حقوق الإنسان إن الهدنة انهارت.") == "descriptive"


def test_people_tied_to_someone_are_descriptive() -> None:
    """«مساعدون له»، «بعض أصدقائه»، «أحد المقربين للمسلحين»، «مقربون منه»: whose the people are makes them
    descriptive, as «مصدر مقرب من الرئيس» (9.5); fails without extents.related (read anonymous). Guards: «مساعدون»
    and «مسؤولون له» (no tie word) stay anonymous."""
    assert speaker_kind("وقال مساعدون له إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال بعض أصدقائه إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال أحد المقربين للمسلحين إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال مقربون منه إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال مساعدون إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال مسؤولون له إن الهدنة انهارت.") == "anonymous"


def test_another_x_takes_the_kind_of_the_x_before() -> None:
    """«جناح من المسلحين … جناح آخر»: «X آخر/أخرى» takes X's kind (9.35.6e, 11 of 11); fails without
    speaker.another (the bare «جناح آخر» read anonymous). Guards: with no X before, or an anonymous X before, it stays
    anonymous; a bare «آخرون» stays anonymous (9.35.5c)."""
    text = "وقال جناح من المسلحين إن الهدنة انهارت، بينما قال جناح آخر إن الحرب طالت."
    assert kinds(text) == ["descriptive", "descriptive"]
    assert speaker_kind("وقال جناح آخر إن الحرب طالت.") == "anonymous"
    assert kinds("وقال مصدر إن الهدنة انهارت، بينما قال مصدر آخر إن الحرب طالت.") == ["anonymous", "anonymous"]
    assert kinds("وقال سكان إن الهدنة انهارت، بينما قال آخرون إن الحرب طالت.") == ["descriptive", "anonymous"]


def test_a_role_before_its_verb_is_read_as_after_it() -> None:
    """«وكان وزير سوري أبلغ الصحفيين أن»: a role says who (9.5), as «وقال وزير سوري» reads it; fails without
    continuing.role in words_ref (the fronted phrase read anonymous, train-a 478). Guards: a vague role («مسؤول
    كبير»، «مسؤول سوري», 9.31.2) and a source noun stay anonymous."""
    lead = "وقال التقرير إن المساحة أقل. "
    assert kinds(lead + "وكان وزير سوري أبلغ الصحفيين أن الهدنة انهارت.")[-1] == "descriptive"
    assert kinds(lead + "وكان مسؤول كبير أبلغ الصحفيين أن الهدنة انهارت.")[-1] == "anonymous"
    assert kinds(lead + "وكان مسؤول سوري أبلغ الصحفيين أن الهدنة انهارت.")[-1] == "anonymous"
    assert kinds(lead + "وكان مصدر أبلغ الصحفيين أن الهدنة انهارت.")[-1] == "anonymous"


def test_the_two_states_are_a_vague_pair() -> None:
    """«وقالت الدولتان»: like «الجانبان/البلدان/الطرفان», anonymous even pointing back at two named states (9.34.10);
    fails without «الدولتان/الدولتين» in data/vague_speakers.txt (the body noun «دولة» read it descriptive)."""
    assert speaker_kind("وقالت الدولتان إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال البلدان إن الهدنة انهارت.") == "anonymous"


def test_a_count_with_nothing_counted_is_anonymous() -> None:
    """«وقال المئات»، «العشرات»: a count names no one (9.5 lists «المئات» among the vague plurals); fails without
    speaker.lone_count (a bare definite word read descriptive). Guard: «بعض المسؤولين في وزارة التعليم» (9.5) stays
    descriptive."""
    assert speaker_kind("وقال المئات إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال العشرات إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال بعض المسؤولين في وزارة التعليم إن الهدنة انهارت.") == "descriptive"


def test_a_body_and_its_field_in_construct_are_descriptive() -> None:
    """«مراكز بحوث»، «غرفة عمليات»، «شركات نفط»: a body noun governing an indefinite field noun says who (9.35.5b);
    fails without extents.fielded_body. Guards: a vague or wider adjective («منظمات كثيرة»، «منظمات دولية»، «جهات
    مانحة»), a participle («مجموعات مسلحة») and a status («منظمات غير حكومية») leave it anonymous."""
    assert speaker_kind("وتقول مراكز بحوث إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقالت غرفة عمليات إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقالت شركات نفط إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقالت منظمات كثيرة إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت منظمات دولية إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت جهات مانحة إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مجموعات مسلحة إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت منظمات غير حكومية إن الهدنة انهارت.") == "anonymous"
