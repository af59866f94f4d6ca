"""The speaker ranker prototype's richer features: added during collection only, the shipped describe restored."""

from __future__ import annotations

from app.nlp import continuation
from app.nlp.claims import extract_claims, ranker
from app.nlp.identity import entity_key
from app.nlp.tokenize import split_sentences, tokenize
from app.nlp.types import Mention
from training.qala_news import speaker_rich

TEXT = "التقى الوزير خالد سعيد بالسفير. وقال محمد علي إن الوضع صعب جدا في المدينة."


def person(name: str) -> Mention:
    """A gold person mention of TEXT."""
    s = TEXT.index(name)
    return Mention(text=name, start=s, end=s + len(name), type="person", canonical=name, key=entity_key(name))


def test_rich_features_rank_candidates_by_distance_and_sentence() -> None:
    trace: dict[tuple[int, int], list[continuation.Candidate]] = {}
    seen: speaker_rich.Seen = {}
    plain = ranker.describe
    with speaker_rich.richer(seen, extra=True):
        extract_claims(
            TEXT, split_sentences(TEXT, tokenize(TEXT)), [person("خالد سعيد"), person("محمد علي")], ranked=trace
        )
    assert ranker.describe is plain
    ((span, cands),) = trace.items()
    feats = {c.ref.text: c.features for c in cands}
    assert {"pick", "rank_after:0", "sent:0", "is_pick", "lemma:قال"} <= feats["محمد علي"]
    assert {"rank_before:0", "sent:1", "farther_than_pick", "para:same"} <= feats["خالد سعيد"]
    assert seen[span][2] == "named"


def test_the_wide_window_offers_the_previous_paragraphs_names() -> None:
    text = "التقى الوزير خالد سعيد بالسفير.\n\nوأضاف محمد علي أمس. وقال إن الوضع صعب جدا في المدينة."
    spans = [(text.index(n), n) for n in ("خالد سعيد", "محمد علي")]
    ms = [Mention(text=n, start=s, end=s + len(n), type="person", canonical=n, key=entity_key(n)) for s, n in spans]
    trace: dict[tuple[int, int], list[continuation.Candidate]] = {}
    with speaker_rich.wider():
        extract_claims(text, split_sentences(text, tokenize(text)), ms, ranked=trace)
    assert ranker.HISTORY == 3
    assert any(c.ref.text == "خالد سعيد" and "src:near" in c.features for cands in trace.values() for c in cands)
