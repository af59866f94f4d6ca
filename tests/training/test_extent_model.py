"""The extent prototype's features and decoder (training/qala_news/extent_model.py) on a constructed sentence."""

from __future__ import annotations

from app.nlp.tokenize import tokenize
from training.qala_news.extent_model import (
    Example,
    candidate_features,
    decode,
    fit,
    last_token,
    mention_marks,
    token_at,
)

TEXT = "وقال مصدر أمني في وزارة الداخلية، إن الهجوم فشل."


def features() -> list[list[str]]:
    tokens = tokenize(TEXT)
    ministry = (TEXT.index("وزارة"), TEXT.index("،"))
    return candidate_features(tokens, 1, 12, mention_marks(tokens, [ministry]))


def test_candidates_run_from_the_start_to_the_text_end() -> None:
    feats = features()
    assert len(feats) == 10  # مصدر .. the final dot: the window is cut at the text's end
    assert [f[0] for f in feats[:3]] == ["d=0", "d=1", "d=2"]
    assert "n_eot" in feats[-1]


def test_end_and_next_token_features() -> None:
    source, security, _, ministry, interior, comma = features()[:6]
    assert "n_nisba" in source and "e_nisba" in security and "n_prep" in security  # أمني، then في
    assert "e_inside_mention" in ministry and "n_def" in ministry  # وزارة runs on into its mention
    assert {"e_def", "e_nisba", "e_mention_end", "n_punct"} <= set(interior)  # الداخلية، then the comma
    assert "e_punct" in comma and "punct_inside" in comma


def test_token_lookup_by_char() -> None:
    tokens = tokenize(TEXT)
    assert token_at(tokens, TEXT.index("مصدر")) == 1
    assert last_token(tokens, TEXT.index("،")) == 5  # the phrase ends at الداخلية


def test_decode_picks_the_best_score_and_the_shorter_on_ties() -> None:
    feats = features()
    assert decode(feats, {"e_mention_end": 2.0, "n_punct": 1.0}) == 4
    assert decode(feats, {}) == 0


def test_fit_learns_the_phrase_end_before_the_comma() -> None:
    data = [Example(features(), 4, 4, 0, "c1", (0, 0))] * 5
    assert decode(features(), fit(data, 0.1)) == 4
