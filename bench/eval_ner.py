"""Benchmark the shipped NER: corpus F1 (conlleval), seed-gold entity scores as check_api computes them, speed.

    python -m bench.eval_ner [--models-dir DIR] [--stanza-dir DIR] [--only anercorp,wojood,aqmar,seeds,speed]
                             [--aqmar-split liu2019|stanza] [--no-rules] [--verbose] [--json PATH]

Corpora are tagged from their own tokens (pretokenized, sentence by sentence, batched); the seeds go
through app.nlp.analyze.analyze, the path the service uses. For ANERCorp and Wojood the same tags also
go through the service's entity rules (build_mentions with the tags' marginals, see bench.rules_on_corpus),
scored against the tagger alone; --no-rules skips that, --verbose lists what the rules get wrong. The shared data
directory is $QALA_SHARED_DIR or ../shared next to the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from app.core.settings import REPO_ROOT, get_settings
from app.nlp.analyze import analyze
from app.nlp.doc import Doc
from app.nlp.entities import find_mentions, rules_off_for
from app.nlp.identity import resolve_names
from app.nlp.ner import Tagger, get_tagger, scored_tags
from app.nlp.pipeline import Tag
from bench.conlleval import Score, evaluate, map_types
from bench.rules_on_corpus import RULES_HEADER, changes_table, eval_rules, rules_table
from bench.scoring import norm

TYPES = ("PER", "LOC", "ORG", "MISC")
SEED_TYPES = ("person", "unit", "place")
TAG_MAP = {"PERS": "PER", "GPE": "LOC", "MIS": "MISC", **{f"MIS{k}": "MISC" for k in range(4)}}
SECTIONS = ("anercorp", "wojood", "aqmar", "qala_news_dev", "seeds", "speed")
# Qala News test is read once per shipped model, so it runs only when named: --only qala_news_test.
EXPLICIT_SECTIONS = ("qala_news_test",)
BATCH = 64
Sentence = tuple[list[str], list[str]]


def _shown(path: Path) -> str:
    """A path as written in results: relative to the repository when possible (no machine paths)."""
    try:
        return os.path.relpath(path, REPO_ROOT)
    except ValueError:
        return str(path)


def shared_dir() -> Path:
    """The shared read-only directory (env QALA_SHARED_DIR overrides ../shared next to the repo)."""
    env = os.environ.get("QALA_SHARED_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared"


@dataclass(frozen=True)
class Corpus:
    """One NER test set: where it lives, what to call it, which types to score."""

    name: str
    path: Path
    types: tuple[str, ...] = TYPES
    note: str = ""
    rules_doc: int = 0  # sentences per document when scoring the entity rules; 0 = not scored


@dataclass
class Tagged:
    """One corpus tagged by the tagger: its sentences, the predicted tags, the scores."""

    sentences: list[Sentence]
    pred: list[list[str]]
    score: Score
    info: dict[str, Any]
    confidence: list[list[float]] | None = None  # the tags' marginals, where the tagger gives them


def corpora(shared: Path, aqmar_split: str) -> dict[str, Corpus]:
    """The three test sets, keyed by their --only name."""
    data = shared / "data"
    aqmar = (
        Corpus("AQMAR test (stanza split, sentence-shuffled)", data / "aqmar/stanza/ar_aqmar.test.bio")
        if aqmar_split == "stanza"
        else Corpus(
            "AQMAR test (liu2019 document split)",
            data / "aqmar/liu2019_split/test.txt",
            note="liu2019 split by document (no sentence leakage); --aqmar-split stanza for Stanza's split",
        )
    )
    return {
        "anercorp": Corpus(
            "ANERCorp test (CAMeL-style split)",
            data / "anercorp/stanza/ar_anercorp.test.bio",
            rules_doc=15,  # running news text, ~15 sentences an article; no article boundaries in the file
        ),
        "wojood": Corpus(
            "Wojood sample test (conll4)",
            data / "wojood_sample/test.conll4.bio",
            types=("PER", "LOC", "ORG"),
            note="Wojood has no MISC: MISC predictions dropped, micro over PER/LOC/ORG",
            rules_doc=1,  # sentences from unrelated sources: one document each
        ),
        "aqmar": aqmar,
    }


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a two-column `token TAG` file (blank line between sentences), tags mapped to TYPES."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if words:
                sentences.append((words, map_types(tags, TAG_MAP)))
                words, tags = [], []
            continue
        words.append(" ".join(parts[:-1]) or "_")  # a token lost to a stray control character
        tags.append(parts[-1])
    if words:
        sentences.append((words, map_types(tags, TAG_MAP)))
    return sentences


def tag_all(
    tagger: Tagger, sentences: list[list[str]], batch: int = BATCH
) -> tuple[list[list[str]], list[list[float]] | None]:
    """Tags for every sentence, tagging `batch` sentences per call; tag names mapped to TYPES; and their marginals
    where the tagger gives them (None if any batch has none), for the span floors analyze() applies."""
    out: list[list[str]] = []
    conf: list[list[float]] | None = []
    for k in range(0, len(sentences), batch):
        chunk = sentences[k : k + batch]
        tagged, scores = scored_tags(tagger, chunk)
        for words, tags in zip(chunk, tagged, strict=True):
            if len(words) != len(tags):
                raise RuntimeError(f"tagger returned {len(tags)} tags for {len(words)} tokens: {words[:8]}")
            out.append(map_types(tags, TAG_MAP))
        if conf is not None and scores is not None:
            conf.extend(scores)
        else:
            conf = None
    return out, conf


def eval_corpus(tagger: Tagger, corpus: Corpus) -> Tagged:
    """Tag a corpus from its own tokens and score it per type and micro."""
    sentences = read_conll(corpus.path)
    start = time.perf_counter()
    pred, confidence = tag_all(tagger, [w for w, _ in sentences])
    seconds = time.perf_counter() - start
    score = evaluate([t for _, t in sentences], pred, types=corpus.types)
    tokens = sum(len(w) for w, _ in sentences)
    info = {"path": _shown(corpus.path), "sentences": len(sentences), "tokens": tokens, "tag_seconds": seconds}
    return Tagged(sentences, pred, score, info, confidence)


def eval_corpus_rules(tagger: Tagger, corpus: Corpus, tagged: Tagged, verbose: bool) -> tuple[str, dict[str, Any]]:
    """The tagger's corpus tags through build_mentions (without, then with unit rules): table and JSON."""
    scores, diffs = eval_rules(
        [w for w, _ in tagged.sentences],
        [t for _, t in tagged.sentences],
        tagged.pred,
        tagger.lexicon,
        types=corpus.types,
        doc_sentences=corpus.rules_doc,
        without=rules_off_for(bool(getattr(tagger, "tags_units", False))),
        confidence=tagged.confidence,
    )
    unit = "one sentence" if corpus.rules_doc == 1 else f"{corpus.rules_doc} consecutive sentences"
    lines = [f"{corpus.name}: entity rules, one document = {unit}", rules_table(scores, corpus.types)]
    lines += [changes_table(name, ch, verbose) for name, ch in diffs.items()]
    result = {
        "doc_sentences": corpus.rules_doc,
        "scores": {name: s.as_dict() for name, s in scores.items()},
        "changes": {name: {t: c.as_dict() for t, c in ch.items()} for name, ch in diffs.items()},
    }
    return "\n".join(lines), result


def score_table(title: str, score: Score, types: Iterable[str]) -> str:
    """A fixed-width precision/recall/F1 table for one corpus."""
    lines = [title, f"  {'type':<6}{'gold':>7}{'pred':>7}{'tp':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    rows = [(t, score.per_type[t]) for t in types if t in score.per_type] + [("micro", score.micro)]
    for name, c in rows:
        lines.append(
            f"  {name:<6}{c.tp + c.fn:>7}{c.tp + c.fp:>7}{c.tp:>7}"
            f"{100 * c.precision:>8.2f}{100 * c.recall:>8.2f}{100 * c.f1:>8.2f}"
        )
    return "\n".join(lines)


@dataclass
class SeedScore:
    """Seed-gold entity scores exactly as tools/check_api.py entities() counts them."""

    found: dict[str, int]
    required: dict[str, int]
    pred_ok: dict[str, int]
    pred_all: dict[str, int]
    missed: list[tuple[str, str, str]]
    false_pos: list[tuple[str, str, str]]

    def as_dict(self) -> dict[str, Any]:
        """Per-type recall/precision, overall precision, and the error lists."""
        per_type = {
            t: {
                "found": self.found[t],
                "required": self.required[t],
                "recall": self.found[t] / self.required[t] if self.required[t] else 1.0,
                "pred_ok": self.pred_ok[t],
                "pred": self.pred_all[t],
                "precision": self.pred_ok[t] / self.pred_all[t] if self.pred_all[t] else 0.0,
            }
            for t in SEED_TYPES
        }
        ok, total = sum(self.pred_ok.values()), sum(self.pred_all.values())
        return {
            "per_type": per_type,
            "precision": ok / total if total else 0.0,
            "pred_ok": ok,
            "pred": total,
            "missed": [list(m) for m in self.missed],
            "false_positives": [list(f) for f in self.false_pos],
        }


def eval_seeds(tagger: Tagger, shared: Path) -> SeedScore:
    """Run analyze() on every seed article and score its mentions against the gold entities."""
    gold = json.loads((shared / "gold/seeds.gold.json").read_text(encoding="utf-8"))
    zero = dict.fromkeys(SEED_TYPES, 0)
    sc = SeedScore(
        found=dict(zero), required=dict(zero), pred_ok=dict(zero), pred_all=dict(zero), missed=[], false_pos=[]
    )
    for art in gold["articles"]:
        text = (shared / "seeds" / art["file"]).read_text(encoding="utf-8")
        mentions = analyze(text, tagger=tagger).mentions
        preds = {(norm(m.text), m.type) for m in mentions if m.type in SEED_TYPES}
        gold_surf: dict[str, set[str]] = defaultdict(set)
        for e in art["entities"]:
            gold_surf[e["type"]].update(norm(s) for s in e["surfaces"])
            if e.get("required", True):
                sc.required[e["type"]] += 1
                if any((norm(s), e["type"]) in preds for s in e["surfaces"]):
                    sc.found[e["type"]] += 1
                else:
                    sc.missed.append((art["file"], e["type"], e["canonical"]))
        for text_, typ in sorted(preds):
            sc.pred_all[typ] += 1
            if text_ in gold_surf[typ]:
                sc.pred_ok[typ] += 1
            else:
                sc.false_pos.append((art["file"], typ, text_))
    return sc


def seeds_table(sc: SeedScore, verbose: bool) -> str:
    """Recall and precision per type, then (verbose) the missed entities and false positives."""
    d = sc.as_dict()
    lines = ["Seeds gold (analyze(), scored like check_api.py entities())"]
    for t, r in d["per_type"].items():
        lines.append(
            f"  {t:<7} recall {r['recall']:.2f} ({r['found']}/{r['required']})"
            f"  precision {r['precision']:.2f} ({r['pred_ok']}/{r['pred']})"
        )
    lines.append(f"  overall precision {d['precision']:.2f} ({d['pred_ok']}/{d['pred']} distinct predictions)")
    if verbose:
        lines.append("  missed required entities:")
        lines += [f"    {f[:3]} {t:<7} {c}" for f, t, c in sc.missed]
        lines.append("  false-positive (text, type) pairs:")
        lines += [f"    {f[:3]} {t:<7} {s}" for f, t, s in sc.false_pos]
    return "\n".join(lines)


def pipeline_tokens(tagger: Tagger, text: str) -> int:
    """tokenize + split + tag (with marginals where the service's tag stage takes them) + mentions; the tokens."""
    doc = Doc.of(text)
    Tag(tagger)(doc)
    resolve_names(find_mentions(doc))
    return len(doc.tokens)


def time_texts(run: Callable[[str], int], texts: list[str], min_seconds: float, min_tokens: int) -> dict[str, float]:
    """Cycle over texts until min_seconds have passed or min_tokens are done (one pass at least)."""
    tokens = done = 0
    start = time.perf_counter()
    while True:
        for text in texts:
            tokens += run(text)
            done += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds or tokens >= min_tokens:
            break
    return {"texts": done, "tokens": tokens, "seconds": elapsed, "tokens_per_second": tokens / elapsed}


def read_paragraphs(path: Path, n: int) -> list[str]:
    """The first n non-empty lines (paragraphs) of a gzipped text file."""
    out: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(line.rstrip("\n"))
                if len(out) == n:
                    break
    return out


def eval_speed(tagger: Tagger, shared: Path, paragraphs: int = 200) -> dict[str, dict[str, float]]:
    """Single-thread tokens/second of the NLP path on the seed texts and on news paragraphs; the `_cold` row times
    paragraphs none of the others used, with the character-encoding memo emptied first (a freshly started service)."""
    import torch

    from app.nlp.ner_fast import forget_char_memo

    torch.set_num_threads(1)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]
    paras = read_paragraphs(shared / "data/saudinewsnet/saudinewsnet_paragraphs.txt.gz", 4 * paragraphs)
    run = partial(pipeline_tokens, tagger)
    for text in seeds + paras[:20]:
        run(text)
    result = {
        "seeds": time_texts(run, seeds, 10.0, 20_000),
        "saudinewsnet_paragraphs": time_texts(run, paras[:paragraphs], 10.0, 20_000),
    }
    forget_char_memo()
    result["saudinewsnet_paragraphs_cold"] = time_texts(run, paras[paragraphs:], 10.0, 20_000)
    return result


def speed_table(speed: dict[str, dict[str, float]]) -> str:
    """tokens/second per text set."""
    lines = ["Speed (tokenize + split + tag + mentions + names, torch 1 thread, one text per call)"]
    for name, s in speed.items():
        lines.append(
            f"  {name:<24} {s['tokens_per_second']:>8.0f} tok/s  ({s['tokens']:.0f} tokens, "
            f"{s['texts']:.0f} texts, {s['seconds']:.1f} s, {1000 * s['seconds'] / s['texts']:.1f} ms/text)"
        )
    return "\n".join(lines)


def eval_qala_news(models_dir: Path, stanza_dir: Path | None, split: str) -> tuple[str, dict[str, Any]]:
    """The whole pipeline on a Qala News split, scored as `python -m training.qala_news score` does."""
    from training.qala_news.score import gold_articles, pipeline_predictions, report, score_split

    if stanza_dir is not None:
        return f"Qala News {split}: skipped (official Stanza models are scored through the service)", {}
    gold = gold_articles(split)
    sc = score_split(gold, pipeline_predictions([a["order"] for a in gold], str(models_dir)))
    return report(f"Qala News {split} (analyze(): tagger + rules, mention F1 exact span)", sc), sc.as_dict()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    nlp = get_settings().nlp
    ap = argparse.ArgumentParser(prog="python -m bench.eval_ner", description=__doc__.splitlines()[0])
    ap.add_argument("--models-dir", type=Path, default=nlp.models_dir, help="dir holding qala_models.json")
    ap.add_argument("--stanza-dir", type=Path, default=nlp.stanza_dir, help="official Stanza resources dir instead")
    ap.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {','.join(SECTIONS)}")
    ap.add_argument("--aqmar-split", choices=("liu2019", "stanza"), default="liu2019")
    ap.add_argument("--no-rules", action="store_true", help="skip scoring the entity rules on ANERCorp/Wojood")
    ap.add_argument("--verbose", action="store_true", help="list missed seed entities, false positives, rule errors")
    ap.add_argument("--json", type=Path, help="also write every number to this JSON file")
    args = ap.parse_args(argv)
    unknown = set(args.only.split(",")) - set(SECTIONS) - set(EXPLICIT_SECTIONS)
    if unknown:
        ap.error(f"unknown --only section(s): {', '.join(sorted(unknown))}")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the selected benchmarks, print tables, optionally write JSON."""
    args = parse_args(argv)
    only = args.only.split(",")
    shared = shared_dir()
    tagger = get_tagger(models_dir=args.models_dir, stanza_dir=args.stanza_dir, threads=1)
    results: dict[str, Any] = {"model_version": tagger.version, "shared_dir": _shown(shared)}
    print(f"model {tagger.version}\n")
    rules_header = not args.no_rules
    for key, corpus in corpora(shared, args.aqmar_split).items():
        if key not in only:
            continue
        tagged = eval_corpus(tagger, corpus)
        info = tagged.info
        title = f"{corpus.name}: {info['sentences']} sentences, {info['tokens']} tokens"
        print(score_table(title, tagged.score, corpus.types))
        if corpus.note:
            print(f"  note: {corpus.note}")
        print()
        results[key] = {**info, "name": corpus.name, "note": corpus.note, "scores": tagged.score.as_dict()}
        if corpus.rules_doc and not args.no_rules:
            if rules_header:
                print(RULES_HEADER + "\n")
                rules_header = False
            table, results[key]["rules"] = eval_corpus_rules(tagger, corpus, tagged, args.verbose)
            print(table + "\n")
    for split in ("dev", "test"):
        if f"qala_news_{split}" in only:
            table, results[f"qala_news_{split}"] = eval_qala_news(args.models_dir, args.stanza_dir, split)
            print(table + "\n")
    if "seeds" in only:
        sc = eval_seeds(tagger, shared)
        print(seeds_table(sc, args.verbose) + "\n")
        results["seeds"] = sc.as_dict()
    if "speed" in only:
        speed = eval_speed(tagger, shared)
        print(speed_table(speed) + "\n")
        results["speed"] = speed
    if args.json is not None:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
