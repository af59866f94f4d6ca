"""The pipeline of components over one Doc: the same output as the stages' own entry points, inputs checked."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from app.nlp.analyze import analyze
from app.nlp.claims import extract_claims
from app.nlp.claims.article import Article
from app.nlp.doc import Doc
from app.nlp.entities import LEARNED_BY_QALA_TAGGER, build_mentions
from app.nlp.pipeline import Claims, Mentions, Pipeline, Resolve, Tag, standard_pipeline
from app.nlp.tokenize import split_sentences

TEXT = (
    "وقال اللواء تحسين الخفاجي، المتحدث باسم قيادة العمليات المشتركة، إن «القوات العراقية حررت المدينة بالكامل».\n"
    "وأضاف الخفاجي أن العمليات مستمرة في محافظة ديالى، فيما قالت وزارة الدفاع إن الوضع مستقر."
)
LABELS = {"تحسين": "PER", "الخفاجي": "PER", "ديالى": "LOC"}


class WordTagger:
    """Tags tokens by their exact text (B/I over runs of one label): no model, same tags every call."""

    version = "word-tagger"
    tags_units = False

    def __init__(self, labels: Mapping[str, str]) -> None:
        """`labels`: token text -> label."""
        self.labels = labels
        self.lexicon: Mapping[str, int] = {}
        self.calls = 0

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """One tag per token."""
        self.calls += 1
        out = []
        for sent in sentences:
            row, prev = [], "O"
            for word in sent:
                label = self.labels.get(word, "O")
                row.append("O" if label == "O" else ("I-" if prev == label else "B-") + label)
                prev = label
            out.append(row)
        return out


def test_analyze_gives_what_the_stage_entry_points_give() -> None:
    tagger = WordTagger(LABELS)
    result = analyze(TEXT, tagger=tagger)
    sentences = split_sentences(TEXT)
    mentions = build_mentions(TEXT, sentences, tagger.tag([[t.text for t in s] for s in sentences]), tagger.lexicon)
    assert result.mentions == mentions
    assert result.claims == extract_claims(TEXT, sentences, mentions)
    assert len(result.claims) >= 2
    surname = next(m for m in result.mentions if m.text == "الخفاجي")
    assert surname.canonical == "تحسين الخفاجي"  # the resolve stage ran
    assert result.token_count == sum(len(s) for s in sentences)
    assert set(result.timings) == {"tokenise", "tag", "rules"}


def test_the_standard_pipeline_fills_every_layer_tagging_once() -> None:
    tagger = WordTagger(LABELS)
    pipe = standard_pipeline(tagger, unit_rules=True)
    doc = pipe(TEXT)
    assert pipe.names == ["tokenise", "tag", "mentions", "resolve", "claims", "unclaimed"]
    assert all(doc.has(layer) for layer in ("tokens", "tags", "mentions", "resolved", "claims"))
    assert set(doc.timings) == set(pipe.names)
    assert tagger.calls == 1


def test_a_pretagged_doc_runs_the_rest_of_the_pipeline() -> None:
    tagger = WordTagger(LABELS)
    doc = Doc.of(TEXT)
    doc.tags = tagger.tag(doc.sentence_texts())
    rest = Pipeline([Mentions(tagger.lexicon, unit_rules=True), Resolve(), Claims()], given=("tokens", "tags"))
    assert rest.run(doc).claims == analyze(TEXT, tagger=tagger).claims


def test_components_out_of_order_are_refused_when_the_pipeline_is_built() -> None:
    tagger = WordTagger(LABELS)
    with pytest.raises(ValueError, match="'claims' needs \\['resolved'\\]"):
        Pipeline([Tag(tagger), Mentions(tagger.lexicon, unit_rules=True), Claims()])
    with pytest.raises(ValueError, match="'mentions' needs \\['tags'\\]"):
        Pipeline([Mentions(tagger.lexicon, unit_rules=True), Tag(tagger)])


def test_a_doc_missing_a_promised_layer_is_refused_at_run_time() -> None:
    rest = Pipeline([Mentions({}, unit_rules=True)], given=("tokens", "tags"))
    with pytest.raises(ValueError, match="'mentions' needs \\['tags'\\] on the Doc"):
        rest(TEXT)


def test_the_claim_rules_read_the_docs_forms_and_mention_index() -> None:
    tagger = WordTagger(LABELS)
    doc = standard_pipeline(tagger, unit_rules=True)(TEXT)
    a = Article(doc)
    assert a.nt is doc.norms and a.toks is doc.tokens and a.para is doc.para
    assert a.tok_mention is doc.tok_mention and a.mention_starts is doc.mention_starts


class QalaWordTagger(WordTagger):
    """The same word tagger, declared trained on Qala News (it tags units, as the shipped one does)."""

    tags_units = True


def test_span_rules_a_qala_tagger_learned_are_off_for_it_only() -> None:
    text = "وقال تحسين الخفاجي المتحدث باسم الوزارة إن الوضع مستقر."
    labels = {"تحسين": "PER", "الخفاجي": "PER", "المتحدث": "PER"}  # the role noun tagged into the name
    assert "trailing_role" in LEARNED_BY_QALA_TAGGER
    assert [m.text for m in analyze(text, tagger=WordTagger(labels)).mentions] == ["تحسين الخفاجي"]
    assert [m.text for m in analyze(text, tagger=QalaWordTagger(labels)).mentions] == ["تحسين الخفاجي المتحدث"]
