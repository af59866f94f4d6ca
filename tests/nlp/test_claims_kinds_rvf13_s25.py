"""RVF13's review of KND1's speaker kinds (session 25; GUIDELINES 9.5, 9.35.6e): a written ة is no pronoun glued to a
relation noun, «X آخرون/آخران» takes X's kind as «X آخر» does, and «وفقا لـX آخر» as «وقال X آخر»."""

from __future__ import annotations

from app.nlp.normalize import written_taa_marbuta
from tests.nlp.test_claims_kinds_knd1_s25 import kinds
from tests.nlp.test_claims_kinds_rvf2 import speaker_kind


def test_a_written_taa_marbuta_is_no_pronoun() -> None:
    """«وقالت محامية»، «مساعدة»، «زميلة»، «صديقة»: a lawyer, an aide, no one's (normalised «محاميه» reads as «his
    lawyer»); fails without extents.related's written-ة check (read descriptive). Guards: «بعض أصدقائه» and «زميلة
    له» tie the speaker to someone, descriptive."""
    assert speaker_kind("وقالت محامية إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مساعدة إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت زميلة إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت صديقة إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال بعض أصدقائه إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال مساعدون له إن الهدنة انهارت.") == "descriptive"


def test_written_taa_marbuta_reads_the_written_letter() -> None:
    """ة with marks or in its presentation form is ة; a pronoun ه is not."""
    assert written_taa_marbuta("محاميةٌ") and written_taa_marbuta("محامي\ufe94")
    assert not written_taa_marbuta("محاميه") and not written_taa_marbuta("مساعدوه")


def test_other_in_the_plural_and_dual_takes_the_kind_of_the_x_before() -> None:
    """«محللون عسكريون … محللون آخرون»: «X آخرون» is «X آخر» in the plural and takes X's kind (9.35.6e); fails
    without آخرون/آخرين/آخران/أخريات in data/other_words.txt (read anonymous). Guards: with no X before it stays
    anonymous, and a bare «آخرون» stays anonymous (9.35.5c)."""
    text = "وقال محللون عسكريون إن الهدنة انهارت، بينما قال محللون آخرون إن الحرب طالت."
    assert kinds(text) == ["descriptive", "descriptive"]
    assert speaker_kind("وقال محللون آخرون إن الحرب طالت.") == "anonymous"
    assert kinds("وقال سكان إن الهدنة انهارت، بينما قال آخرون إن الحرب طالت.") == ["descriptive", "anonymous"]


def test_according_to_another_x_takes_the_kind_of_the_x_before() -> None:
    """«ووفقا لمصدر آخر، فإن …»، «وبحسب جناح آخر»: an attribution takes X's kind as «وقال مصدر آخر» does (9.35.6e);
    fails without speaker.another in attribution.attribution_claim (the bare phrase read anonymous). Guard: an
    anonymous X before leaves it anonymous."""
    text = "وقال مصدر عسكري إن الهدنة انهارت. ووفقا لمصدر آخر، فإن الحرب طالت."
    assert kinds(text) == ["descriptive", "descriptive"]
    assert kinds("وقال جناح من المسلحين إن الهدنة انهارت. وبحسب جناح آخر، فإن الحرب طالت.")[-1] == "descriptive"
    assert kinds("وقال مصدر إن الهدنة انهارت. ووفقا لمصدر آخر، فإن الحرب طالت.") == ["anonymous", "anonymous"]


def test_thousands_and_millions_alone_are_a_lone_count() -> None:
    """«وقال الآلاف»، «الملايين»: a count with nothing counted, anonymous as «المئات» (9.5, speaker.lone_count); fails
    without «الآلاف/الملايين» in data/source_quantities.txt (read descriptive). Guard: «الآلاف من السكان» counts
    people bound to a place, descriptive (9.18)."""
    assert speaker_kind("وقال الآلاف إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال الملايين إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال الآلاف من السكان إن الهدنة انهارت.") == "descriptive"


def test_a_mim_noun_in_the_plural_is_a_field_not_a_participle() -> None:
    """«شركات مقاولات»، «مكاتب مقاولات»: a body and its field in construct, descriptive (9.35.5b); a body's participle
    agrees as a feminine singular («منظمات مستقلة»), so a م-word in ات is a noun. Fails without the ات test in
    extents.fielded_body (every م-word read a participle, anonymous). Guards: «شركات مستقلة»، «جهات مانحة»،
    «مجموعات مسلحة» stay anonymous."""
    assert speaker_kind("وقالت شركات مقاولات إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقالت مكاتب مقاولات إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقالت شركات مستقلة إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت جهات مانحة إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مجموعات مسلحة إن الهدنة انهارت.") == "anonymous"
