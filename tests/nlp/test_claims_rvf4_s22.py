"""Session 22 RVF4 (the RV3 review's corrections): each test fails without its fix."""

from __future__ import annotations

from tests.nlp.test_claims import NAJM, Ent, run, speaker_of

MINISTRY: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())


def test_a_headline_statement_as_subject_gives_the_body_no_issuer() -> None:
    """«أكد بيان وزارة الصحة أن …» in the headline: `speaker.statement_issuer` names the ministry there, yet the
    body's «بحسب البيان» is not that statement, so the body's claim has no source (finding 1)."""
    text = "أكد بيان وزارة الصحة أن الوباء انحسر\n\nوقال أحمد نجم، بحسب البيان، إن القوات دخلت المدينة فجرا."
    claims, _ = run(text, [MINISTRY, NAJM])
    said = next(c for c in claims if "فجرا" in c.text)
    assert said.speaker is not None and said.speaker.text == "أحمد نجم"
    assert said.source is None


HASAN: Ent = ("كريم الحسن", "person", "كريم الحسن", ())
HASAN_SHORT: Ent = ("الحسن", "person", "كريم الحسن", ())
SARA: Ent = ("سارة أحمد", "person", "سارة أحمد", ())


def test_a_person_named_since_the_last_claim_is_turned_away_by_a_feminine_cue() -> None:
    """«وقال كريم الحسن …¶وقالت سارة أحمد …¶والتقى الحسن الوزيرة …¶وأضافت»: the man named since the last claim,
    whose cues were masculine, does not take the feminine «وأضافت» (finding 2: `gender_clash` on every path)."""
    text = (
        "اجتماع في الوزارة\nوقال كريم الحسن إن الوضع صعب.\nوقالت سارة أحمد إن الحل بعيد.\n"
        "والتقى الحسن الوزيرة أمس في مكتبها.\nوأضافت أن الحل قريب."
    )
    assert speaker_of(text, [HASAN, HASAN_SHORT, SARA], "قريب") == "سارة أحمد"
