"""Qala News tooling: offsets resolved exactly, the validator catches what it must, the scorer scores."""

from __future__ import annotations

import copy
import hashlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from training.qala_news.compile import compile_annotation, find_word, fold
from training.qala_news.convert import bio_sentences
from training.qala_news.pool import PoolItem, ann_files, in_split, load_pool, pool_path, read_ann, split_of
from training.qala_news.score import as_prediction, report, score_split
from training.qala_news.unit_subtypes import subtype_table
from training.qala_news.validate import validate_file

TEXT = (
    "أكد الرئيس اليمني عبد ربه منصور هادي أن الحكومة اليمنية ستعود إلى عدن.\n"
    "وقال هادي لـ«الشرق الأوسط» إن «المعركة مستمرة في عدن وللحكومة اليمنية خطة».\n"
    "وأضاف أن معدن الرجال يظهر في الشدائد، فيما قال مصدر عسكري في المنطقة الرابعة إن الهدوء عاد."
)


def _ann(**over: Any) -> dict[str, Any]:
    ann: dict[str, Any] = {
        "order": 7,
        "pool_id": "snn-test",
        "sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
        "split": "test",
        "status": "gold",
        "entities": [
            {
                "id": "e1",
                "canonical": "عبد ربه منصور هادي",
                "type": "person",
                "subtype": None,
                "titles": ["الرئيس اليمني"],
                "surfaces": ["عبد ربه منصور هادي", "هادي"],
                "required": True,
            },
            {
                "id": "e2",
                "canonical": "الحكومة اليمنية",
                "type": "unit",
                "subtype": "government",
                "titles": [],
                "surfaces": ["الحكومة اليمنية"],
                "required": True,
            },
            {
                "id": "e3",
                "canonical": "عدن",
                "type": "place",
                "subtype": None,
                "titles": [],
                "surfaces": ["عدن"],
                "required": True,
            },
            {
                "id": "e4",
                "canonical": "الشرق الأوسط",
                "type": "unit",
                "subtype": "media",
                "titles": [],
                "surfaces": ["الشرق الأوسط"],
                "required": True,
            },
        ],
        "exclude": [],
        "add": [],
        "claims": [
            {
                "kind": "indirect",
                "cue": "أكد",
                "quote": "الحكومة اليمنية ستعود إلى عدن",
                "speaker": {"entity": "e1"},
                "source": None,
                "required": True,
            },
            {
                "kind": "direct",
                "cue": "وقال",
                "quote": "المعركة مستمرة في عدن وللحكومة اليمنية خطة",
                "speaker": {"entity": "e1"},
                "source": {"entity": "e4"},
                "required": True,
            },
            {
                "kind": "indirect",
                "cue": "وأضاف",
                "quote": "معدن الرجال يظهر في الشدائد",
                "speaker": {"entity": "e1"},
                "source": {"entity": "e4"},
                "required": True,
            },
            {
                "kind": "indirect",
                "cue": "قال",
                "quote": "الهدوء عاد",
                "speaker": {"phrase": "مصدر عسكري في المنطقة الرابعة", "kind": "descriptive"},
                "source": None,
                "required": True,
            },
        ],
    }
    ann.update(over)
    res = compile_annotation(TEXT, ann)
    ann["gold"] = {"mentions": res.mentions, "claims": res.claims}
    return ann


POOL = {7: PoolItem(7, "snn-test", hashlib.sha256(TEXT.encode()).hexdigest(), "", TEXT)}
PATH = Path("0007_snn-test.json")


def test_find_word_takes_whole_words_after_proclitics_only() -> None:
    spans = find_word(TEXT, fold(TEXT), "عدن")
    assert [TEXT[s:e] for s, e, _ in spans] == ["عدن", "عدن"]  # not inside معدن
    assert all(not c for _, _, c in spans)
    lil = find_word(TEXT, fold(TEXT), "الحكومة اليمنية")
    assert [(TEXT[s:e], c) for s, e, c in lil] == [("الحكومة اليمنية", False), ("للحكومة اليمنية", True)]
    assert find_word(TEXT, fold(TEXT), "الشرق الاوسط")  # hamza folded when matching


def test_find_word_takes_lil_before_a_lam_initial_noun() -> None:
    """ل + اللجنة is written للجنة (two lams, not three)."""
    text = "وقالت اللجنة الأولمبية إن الدعم للجنة الأولمبية مستمر."
    spans = find_word(text, fold(text), "اللجنة الأولمبية")
    assert [(text[s:e], c) for s, e, c in spans] == [("اللجنة الأولمبية", False), ("للجنة الأولمبية", True)]


def test_compile_resolves_every_offset_exactly() -> None:
    ann = _ann()
    res = compile_annotation(TEXT, ann)
    assert res.errors == []
    assert all(TEXT[m["start"] : m["end"]] == m["text"] for m in res.mentions)
    # هادي inside the full name is no second mention (longest wins, no nesting)
    assert [m["text"] for m in res.mentions if m["entity"] == "e1"] == ["عبد ربه منصور هادي", "هادي"]
    c1, c2, c3, c4 = res.claims
    assert c1["speaker"]["text"] == "عبد ربه منصور هادي" and c1["cue"]["text"] == "أكد"
    assert c2["speaker"]["start"] == TEXT.index("هادي لـ") and c2["source"]["text"] == "الشرق الأوسط"
    assert c3["speaker"]["start"] == c2["speaker"]["start"]  # a continuation takes the nearest earlier mention
    assert c4["speaker"] == {
        "start": TEXT.index("مصدر عسكري"),
        "end": TEXT.index("مصدر عسكري") + len("مصدر عسكري في المنطقة الرابعة"),
        "text": "مصدر عسكري في المنطقة الرابعة",
        "mention": None,
        "kind": "descriptive",
        "entity": None,
        "affiliation": None,
    }
    assert all(TEXT[c["quote"]["start"] : c["quote"]["end"]] == c["quote"]["text"] for c in res.claims)


def test_exclude_removes_one_occurrence_and_a_stale_one_is_an_error() -> None:
    second = TEXT.index("عدن", TEXT.index("عدن") + 1)
    res = compile_annotation(TEXT, _ann(exclude=[{"start": second, "entity": "e3"}]))
    assert [m["start"] for m in res.mentions if m["entity"] == "e3"] == [TEXT.index("عدن")]
    res = compile_annotation(TEXT, _ann(exclude=[{"start": 3, "entity": "e3"}]))
    assert any("stale exclude" in e for e in res.errors)


def test_ambiguities_are_errors_not_guesses() -> None:
    ents = _ann()["entities"] + [
        {"id": "e5", "canonical": "عدن", "type": "unit", "subtype": "media", "titles": [], "surfaces": ["عدن"]}
    ]
    res = compile_annotation(TEXT, _ann(entities=ents))
    assert any("surface of both" in e for e in res.errors)
    claims = [{"kind": "direct", "cue": "قال", "quote": "عدن", "speaker": {"entity": "e1"}}]
    assert any("give quote_at" in e for e in compile_annotation(TEXT, _ann(claims=claims)).errors)
    missing = [{"kind": "direct", "cue": "قال", "quote": "لا يوجد", "speaker": {"entity": "e1"}}]
    assert compile_annotation(TEXT, _ann(claims=missing)).errors


def test_validator_accepts_a_good_file_and_names_each_fault() -> None:
    assert validate_file(PATH, _ann(), POOL) == []
    bad = _ann()
    bad["gold"]["mentions"][0]["end"] += 1
    assert any("differs" in p for p in validate_file(PATH, bad, POOL))
    assert any("split" in p for p in validate_file(PATH, _ann(split="train"), POOL))
    assert any("sha256" in p for p in validate_file(PATH, _ann(sha256="0" * 64), POOL))
    assert any("text must not" in p for p in validate_file(PATH, _ann(text=TEXT), POOL))
    wrong = copy.deepcopy(_ann()["entities"])
    wrong[1]["subtype"] = "army"
    assert any("subtype" in p for p in validate_file(PATH, _ann(entities=wrong), POOL))
    assert any("skip_reason" in p for p in validate_file(PATH, _ann(status="skipped"), POOL))


def test_a_skipped_item_holds_no_annotation() -> None:
    """Leftover mentions in a skipped file once pointed at entities it no longer listed (0097, 0343)."""
    leftover = _ann(status="skipped", skip_reason="An opinion column, not a news report.")
    assert any("holds no annotation" in p for p in validate_file(PATH, leftover, POOL))
    empty = _ann(status="skipped", skip_reason="An opinion column, not a news report.", entities=[], claims=[])
    empty["gold"] = {"mentions": [], "claims": []}
    empty["exclude"], empty["add"] = [], []
    assert validate_file(PATH, empty, POOL) == []


def test_validator_flags_a_shared_quote_unless_two_speakers_point_back_at_it() -> None:
    """«نفته الوزارة، لكن «النصرة» أكدته» is two claims on one quote; else a shared quote is a pasted duplicate."""
    text = "خطف المسلحون القائد، وهو أمر نفته الحكومة اليمنية، لكن هادي أكده. وقال هادي إن الهدوء عاد.\nوأكد هادي ذلك."
    pool = {7: PoolItem(7, "snn-test", hashlib.sha256(text.encode()).hexdigest(), "", text)}

    def problems(*claims: tuple[str, str, str]) -> list[str]:
        ann = _ann(sha256=pool[7].sha256)
        ann["entities"] = [ann["entities"][0] | {"surfaces": ["هادي"]}, ann["entities"][1]]
        ann["claims"] = [
            {"kind": "indirect", "cue": cue, "quote": q, "speaker": {"entity": who}, "source": None, "required": False}
            for cue, q, who in claims
        ]
        res = compile_annotation(text, ann)
        assert res.errors == []
        ann["gold"] = {"mentions": res.mentions, "claims": res.claims}
        return validate_file(PATH, ann, pool)

    denied, confirmed = ("نفته", "خطف المسلحون القائد", "e2"), ("أكده", "خطف المسلحون القائد", "e1")
    assert problems(denied, confirmed) == []
    assert any("same quote as claim c1" in p for p in problems(denied, ("أكده", "خطف المسلحون القائد", "e2")))
    assert any("same quote as claim c1" in p for p in problems(denied, ("نفته", "خطف المسلحون القائد", "e1")))
    said = ("وقال", "الهدوء عاد", "e1")
    pasted = ("نفته", "الهدوء عاد", "e2")  # another speaker's quote pasted: it follows the first cue, not both
    assert any("same quote as claim c1" in p for p in problems(said, pasted))
    later = ("وأكد", "خطف المسلحون القائد", "e1")  # a cue in the next paragraph points back at nothing of it
    assert any("same quote as claim c1" in p for p in problems(denied, later))


def test_scorer_is_perfect_on_the_gold_itself_and_counts_errors() -> None:
    ann = _ann()
    assert validate_file(PATH, ann, POOL) == []
    perfect = score_split([ann], {7: as_prediction(ann)})
    assert perfect.prf() == (1.0, 1.0, 1.0)
    assert perfect.as_dict()["claims"]["speaker"] == 1.0
    pred = as_prediction(ann)
    pred["mentions"][0] = pred["mentions"][0] | {"start": pred["mentions"][0]["start"] + 4}  # a cut span
    pred["claims"][3]["speaker"] = {"text": "مصدر", "entity": None}  # the phrase cut to one word
    sc = score_split([ann], {7: pred})
    p, r, _ = sc.prf("person")
    assert p == 0.5 and r == 0.5
    assert sc.as_dict()["claims"]["speaker"] == 0.75
    empty = score_split([ann], {})
    assert empty.prf()[1] == 0.0 and empty.as_dict()["claims"]["recall"] == 0.0


def test_bio_conversion_keeps_proclitic_tokens_inside_the_label() -> None:
    sents = bio_sentences(TEXT, _ann())
    tags = dict(pair for s in sents for pair in s)
    assert tags["هادي"] == "I-PER" or tags["هادي"] == "B-PER"
    assert tags["وللحكومة"] == "B-UNIT" and tags["اليمنية"] == "I-UNIT"
    sub = bio_sentences(TEXT, _ann(), subtypes=True)
    assert ("الشرق", "B-UNIT_MEDIA") in [p for s in sub for p in s]


@pytest.mark.skipif(not pool_path().exists(), reason="../shared/data/qala_news_pool is not beside this checkout")
def test_every_qala_news_file_validates() -> None:
    pool = load_pool()
    problems = {p.name: validate_file(p, read_ann(p), pool) for p in ann_files() + ann_files(agreement=True)}
    assert {k: v for k, v in problems.items() if v} == {}
    assert all(split_of(read_ann(p)["order"]) == read_ann(p)["split"] for p in ann_files())


def test_train_halves_split_train_and_nothing_else() -> None:
    """Rules are read off train-a's errors and kept on train-b's gain: the halves must not overlap or leak dev/test."""
    orders = range(1000)
    a = {o for o in orders if in_split(o, "train-a")}
    b = {o for o in orders if in_split(o, "train-b")}
    assert a and b and not a & b
    assert a | b == {o for o in orders if in_split(o, "train")} == set(range(100, 1000))
    assert not any(in_split(o, "train-a") or in_split(o, "train-b") for o in range(100))
    assert all(in_split(o, "all") for o in orders) and in_split(5, "test") and not in_split(5, "dev")


def qala_news(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m training.qala_news ARGS` run as a user runs it: its exit status and output, unchecked."""
    return subprocess.run(
        [sys.executable, "-m", "training.qala_news", *args], capture_output=True, text=True, check=False
    )


def test_commands_without_orders_refuse_them() -> None:
    """`validate 264` once fell through to pre-annotation and could overwrite a draft."""
    r = qala_news("validate", "264")
    assert r.returncode == 2
    assert "validate takes no orders" in r.stderr


def test_agree_takes_orders_to_score_one_study_apart(tmp_path: Path) -> None:
    """A new blind study must be scored apart from the older agreement copies, and write nothing else."""
    out = tmp_path / "agree.json"
    before = sorted(p.name for p in ann_files(agreement=True))
    r = qala_news("agree", "--json", str(out), "593", "627")  # options before the orders, as after them
    assert r.returncode == 0, r.stderr
    assert "orders [593, 627] (2 articles)" in r.stdout
    assert "claim confidence" not in r.stdout  # a human copy has no confidence to calibrate
    assert json.loads(out.read_text())["articles"] == 2
    assert sorted(p.name for p in ann_files(agreement=True)) == before


def test_scorer_counts_unit_subtypes_at_exact_unit_spans() -> None:
    ann = _ann()
    perfect = score_split([ann], {7: as_prediction(ann)}).as_dict()["unit_subtype"]
    assert perfect["accuracy"] == 1.0 and perfect["matched"] == 3 and perfect["confusions"] == []
    pred = as_prediction(ann)
    units = [i for i, m in enumerate(pred["mentions"]) if m["type"] == "unit"]
    pred["mentions"][units[0]] = pred["mentions"][units[0]] | {"subtype": "other"}  # a government unit
    pred["mentions"][units[1]] = pred["mentions"][units[1]] | {"start": pred["mentions"][units[1]]["start"] + 1}
    sc = score_split([ann], {7: pred})
    assert sc.subtype_accuracy() == 0.5  # the cut span is no match, so not counted
    assert sc.subtype_confusions() == [("government", "other", 1)]
    assert "unit subtype (exact-span unit matches): 0.500 of 2; confused: government→other 1" in report("dev", sc)


def test_subtype_table_keeps_majorities_seen_often_enough() -> None:
    counts = {
        "قوات": Counter(military=5, security=2),
        "شرق اوسط": Counter(media=1),
        "جيش": Counter(military=2, other=2),
    }
    assert subtype_table(counts, min_count=2) == {"قوات": "military", "جيش": "military"}  # a tie: alphabetical
    assert subtype_table(counts, min_count=1)["شرق اوسط"] == "media"


def test_scorer_counts_person_titles_at_exact_person_spans() -> None:
    ann = _ann()
    perfect = score_split([ann], {7: as_prediction(ann)}).as_dict()["titles"]
    assert perfect["precision"] == 1.0 and perfect["recall"] == 1.0 and perfect["gold"] == 1
    pred = as_prediction(ann)
    persons = [i for i, m in enumerate(pred["mentions"]) if m["type"] == "person"]
    first, second = persons[0], persons[1]
    # cut short on word boundaries: right; a clause swallowed after a gold title: wrong; not a gold title: wrong
    pred["mentions"][first] = pred["mentions"][first] | {"titles": ["الرئيس", "الرئيس اليمني أكد"]}
    pred["mentions"][second] = pred["mentions"][second] | {"titles": ["الرئيس اليمني", "الرئيس اليمن", "قال"]}
    sc = score_split([ann], {7: pred})
    t = sc.as_dict()["titles"]
    assert (t["right"], t["predicted"], t["found"], t["gold"]) == (2, 5, 1, 1)  # distinct titles per entity
    assert "person titles (exact-span persons): precision 0.400 (2/5), recall 1.000 (1/1)" in report("dev", sc)
    pred["mentions"][first] = pred["mentions"][first] | {"titles": ["اليمني أكد"], "start": 0}  # off the gold span
    pred["mentions"][second] = pred["mentions"][second] | {"titles": []}
    t = score_split([ann], {7: pred}).as_dict()["titles"]
    assert (t["right"], t["predicted"], t["found"], t["gold"], t["recall"]) == (0, 0, 0, 1, 0.0)


def test_scorer_counts_claim_sources_on_matched_claims() -> None:
    """Issue 13: the relay a claim came through («لـ«الشرق الأوسط»») is scored as speakers are, with its error kinds."""
    ann = _ann()
    perfect = score_split([ann], {7: as_prediction(ann)})
    s = perfect.as_dict()["sources"]
    assert (s["accuracy"], s["precision"], s["recall"]) == (1.0, 1.0, 1.0)
    assert (s["matched"], s["right"], s["none"], s["wrong"], s["missing"], s["false_relay"]) == (4, 2, 2, 0, 0, 0)
    pred = as_prediction(ann)
    assert pred["claims"][1]["source"] == {"text": "الشرق الأوسط", "entity": {"name": "الشرق الأوسط"}}
    pred["claims"][0]["source"] = {"text": "الحكومة اليمنية", "entity": None}  # gold none: a false relay
    pred["claims"][1]["source"] = {"text": "لـ«الشرق الأوسط»", "entity": {"name": "عدن"}}  # another entity: wrong
    pred["claims"][2]["source"] = None  # missing
    pred["claims"][3].pop("source")  # no key: none, as gold
    sc = score_split([ann], {7: pred})
    s = sc.as_dict()["sources"]
    assert (s["right"], s["wrong"], s["missing"], s["false_relay"], s["none"]) == (0, 1, 1, 1, 1)
    assert (s["accuracy"], s["precision"], s["recall"]) == (0.25, 0.0, 0.0)
    pred["claims"][1]["source"] = {"text": "الشرق الاوسط", "entity": None}  # a gold surface (folded), no entity
    s = score_split([ann], {7: pred}).as_dict()["sources"]
    assert (s["right"], s["wrong"], s["precision"], s["recall"]) == (1, 0, 0.5, 0.5)
    assert "claim sources (matched claims): accuracy 0.250 (1/4); gold sources 2: right 0, wrong 1, missing 1;" in (
        report("dev", sc)
    )
    assert "sources" not in score_split([ann], {}).as_dict()["claims"]  # the claims block keeps its keys
    assert score_split([ann], {}).as_dict()["sources"]["accuracy"] is None


def test_scorer_counts_speaker_kinds_on_matched_claims() -> None:
    """Issue 13: the speaker's kind (named | descriptive | anonymous) is compared on every matched claim, the speaker
    right or not; a claim without a speaker has kind none."""
    ann = _ann()
    perfect = score_split([ann], {7: as_prediction(ann)}).as_dict()["speaker_kind"]
    assert (perfect["agreement"], perfect["matched"], perfect["agree"], perfect["confusions"]) == (1.0, 4, 4, [])
    assert perfect["by_gold_kind"]["descriptive"] == {
        "matched": 1, "speaker_right": 1, "speaker": 1.0, "agree": 1, "agreement": 1.0
    }  # fmt: skip
    assert perfect["by_gold_kind"]["anonymous"]["agreement"] is None
    pred = as_prediction(ann)
    pred["claims"][0]["speaker"] |= {"kind": "descriptive"}  # right speaker, wrong kind
    pred["claims"][1]["speaker"] = {"text": "عدن", "entity": {"name": "عدن"}, "kind": "named"}  # wrong, same kind
    pred["claims"][2]["speaker"] = None  # no speaker: kind none
    pred["claims"][3]["speaker"] |= {"kind": "anonymous"}  # the phrase right, its kind wrong
    sc = score_split([ann], {7: pred})
    d = sc.as_dict()["speaker_kind"]
    assert (d["agreement"], d["matched"], d["agree"]) == (0.25, 4, 1)
    named = d["by_gold_kind"]["named"]
    assert (named["matched"], named["speaker_right"], named["agree"], named["agreement"]) == (3, 1, 1, 1 / 3)
    assert (d["by_gold_kind"]["descriptive"]["speaker_right"], d["by_gold_kind"]["descriptive"]["agreement"]) == (
        1,
        0.0,
    )
    assert sorted((c["gold"], c["pred"], c["n"]) for c in d["confusions"]) == [
        ("descriptive", "anonymous", 1), ("named", "descriptive", 1), ("named", "none", 1)
    ]  # fmt: skip
    assert sc.matched_by_kind() == Counter(named=3, descriptive=1)
    assert sc.right_by_kind() == Counter(named=1, descriptive=1)
    assert "speaker kind (matched claims, speaker right or not): agreement 0.250 (1/4)" in report("dev", sc)
    assert "named 3: speaker 0.333 (1), kind 0.333 (1); descriptive 1: speaker 1.000 (1), kind 0.000 (0)" in (
        report("dev", sc)
    )
    assert score_split([ann], {}).as_dict()["speaker_kind"]["agreement"] is None


def test_prediction_of_carries_the_speaker_kind() -> None:
    from app.nlp.types import Analysis, Claim, SpeakerRef
    from training.qala_news.score import prediction_of

    said = Claim(
        kind="indirect", cue="قال", text="x", start=20, end=21, speaker=SpeakerRef("مصادر", 0, 5, kind="anonymous")
    )
    assert prediction_of(Analysis(mentions=[], claims=[said]))["claims"][0]["speaker"]["kind"] == "anonymous"


def test_gold_view_names_a_phrase_source_by_its_text() -> None:
    from training.qala_news.score import gold_view

    ann = _ann()
    ann["gold"]["claims"][3]["source"] = {"start": 0, "end": 3, "text": "البيان", "mention": None, "entity": None}
    _, claims = gold_view(ann)
    assert [c["source"] for c in claims] == [None, "الشرق الأوسط", "الشرق الأوسط", "البيان"]
    pred = as_prediction(ann)
    assert pred["claims"][3]["source"] == {"text": "البيان", "entity": None}
    s = score_split([ann], {7: pred}).as_dict()["sources"]
    assert (s["right"], s["none"]) == (3, 1)


def test_prediction_of_carries_the_claims_source() -> None:
    from dataclasses import replace

    from app.nlp.types import Analysis, Claim, Mention, SourceRef, SpeakerRef
    from training.qala_news.score import prediction_of

    m = Mention(text="واع", start=5, end=8, type="unit", canonical="وكالة الأنباء العراقية", key="")
    said = Claim(kind="indirect", cue="قال", text="x", start=20, end=21, speaker=SpeakerRef("هادي", 0, 4))
    claims = [replace(said, source=SourceRef("واع", 0)), replace(said, source=SourceRef("البيان")), said]
    got = [c["source"] for c in prediction_of(Analysis(mentions=[m], claims=claims))["claims"]]
    assert got == [
        {"text": "واع", "entity": {"name": "وكالة الأنباء العراقية"}},
        {"text": "البيان", "entity": None},
        None,
    ]
