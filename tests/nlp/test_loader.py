"""The NER loader: our shipped models offline, an official Stanza layout, and clear failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.settings import REPO_ROOT
from app.nlp.ner import ModelLoadError, StanzaTagger, resolve_models

MODELS = REPO_ROOT / "models"


@pytest.fixture(scope="module")
def shipped() -> StanzaTagger:
    return StanzaTagger(resolve_models(models_dir=MODELS, stanza_dir=None))


def test_shipped_models_load_offline_and_tag(shipped: StanzaTagger) -> None:
    tags = shipped.tag([["قال", "رئيس", "الوزراء", "مصطفى", "الكاظمي", "في", "بغداد", "."]])
    assert len(tags) == 1 and len(tags[0]) == 8
    assert tags[0][3].endswith("PER") and tags[0][6].endswith("LOC")
    assert shipped.version.startswith("ar_qala-ner-")
    assert shipped.lexicon.get("بغداد") is not None
    assert shipped.tag([]) == []


def _seed_sentences(n: int | None = None) -> list[tuple[str, list[list[str]]]]:
    """Each seed article's name and its sentences' tokens."""
    from app.nlp.tokenize import split_sentences, tokenize
    from tests.conftest import SEEDS

    out = []
    for path in sorted(SEEDS.glob("*.txt"))[:n]:
        text = path.read_text(encoding="utf-8")
        out.append((path.name, [[t.text for t in s] for s in split_sentences(text, tokenize(text))]))
    return out


def test_direct_tagging_equals_the_pipeline(shipped: StanzaTagger) -> None:
    """ner_fast with `exact` skips Stanza's Document but keeps its float arithmetic: exactly the pipeline's tags."""
    from app.nlp import ner_fast

    trainer = shipped._pipeline.processors["ner"].trainers[0]
    for name, sentences in _seed_sentences(3):
        assert ner_fast.tag(trainer, sentences, exact=True) == shipped.tag_via_pipeline(sentences), name
    odd = [["«", "x"], ["؟"], ["ABC", "123", "…", "ـــ"]]  # punctuation, Latin, digits, tatweel
    assert ner_fast.tag(trainer, odd, exact=True) == shipped.tag_via_pipeline(odd)


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """A sentence's BIOES spans: (first token, last token, type)."""
    out, start = set(), 0
    for i, tag in enumerate(tags):
        if tag[:2] in ("B-", "S-"):
            start = i
        if tag[:2] in ("E-", "S-"):
            out.add((start, i, tag[2:]))
    return out


def test_fp16_tagging_agrees_with_the_pipeline_on_the_seeds(shipped: StanzaTagger) -> None:
    """What the service runs (fp16 copies of both BiLSTMs) may move a tag: measured 275/275 entity spans and
    3066/3066 tags equal on the five seeds (session 19); the floor leaves room for a retrained model, not a broken
    one."""
    same = total = 0
    for _, sentences in _seed_sentences():
        for fast, ref in zip(shipped.tag(sentences), shipped.tag_via_pipeline(sentences), strict=True):
            a, b = _spans(fast), _spans(ref)
            same += len(a & b)
            total += len(a | b)
    assert total > 200 and same / total >= 0.99, f"{same}/{total}"


def test_official_stanza_layout_is_accepted(tmp_path: Path) -> None:
    """A directory laid out as stanza.download() leaves it: resources.json + ar/<processor>/<package>.pt."""
    manifest = json.loads((MODELS / "qala_models.json").read_text())
    (tmp_path / "ar" / "ner").mkdir(parents=True)
    (tmp_path / "ar" / "pretrain").mkdir()
    (tmp_path / "ar" / "ner" / "aqmar.pt").symlink_to(MODELS / manifest["ner_model"])
    (tmp_path / "ar" / "pretrain" / "conll17.pt").symlink_to(MODELS / manifest["pretrain"])
    resources = {
        "ar": {
            "lang_name": "Arabic",
            "tokenize": {"padt": {}},
            "ner": {"aqmar": {"dependencies": [{"model": "pretrain", "package": "conll17"}]}},
            "pretrain": {"conll17": {}},
            "default_processors": {"tokenize": "padt", "ner": "aqmar"},
            "packages": {"default": {"tokenize": "padt", "ner": "aqmar"}},
            "default_dependencies": {},
        }
    }
    (tmp_path / "resources.json").write_text(json.dumps(resources))
    files = resolve_models(models_dir=MODELS, stanza_dir=tmp_path)
    assert files.official
    tagger = StanzaTagger(files)
    assert tagger.tag([["وصل", "الوفد", "إلى", "بغداد", "."]])[0][3].endswith("LOC")


def test_missing_models_fail_with_instructions(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="python -m training build"):
        resolve_models(models_dir=tmp_path, stanza_dir=None)
    with pytest.raises(ModelLoadError, match="not an official Stanza model directory"):
        resolve_models(models_dir=MODELS, stanza_dir=tmp_path)
    (tmp_path / "qala_models.json").write_text('{"version": "x", "ner_model": "ner/missing.pt"}')
    with pytest.raises(ModelLoadError, match="does not exist"):
        resolve_models(models_dir=tmp_path, stanza_dir=None)
