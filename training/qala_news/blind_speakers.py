"""A blind second annotation of claims' speakers: `python -m training.qala_news.blind_speakers pack|compare`.

Why: the speaker targets of issue 13 mean something only next to what two annotators agree on. `pack` draws every gold
claim of a split whose speaker is an unnamed phrase and `--named` of the named ones (random.Random(seed)), shuffles
them and writes, outside the repo (corpus text stays out of it), the packets a second annotator sees — the pool order,
the cue and the quote, nothing of the speaker — with the texts, and a key back to the gold claims. The annotator writes
one answer a line (answers.jsonl: id, kind, speaker {text, start, end}, affiliation text or null). `compare` scores the
answers against the gold as AGREEMENT_ROWS says and lists the disagreements (ids only; read them in the files).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from bench.scoring import norm
from training.qala_news.pool import load_pool
from training.qala_news.score import gold_articles

UNNAMED = ("descriptive", "anonymous")
AGREEMENT_ROWS = (
    ("named_vs_unnamed", "all: named against unnamed"),
    ("unnamed_span", "unnamed: exact phrase span"),
    ("unnamed_head", "unnamed: the same first word"),
    ("unnamed_kind", "unnamed: kind (descriptive / anonymous)"),
    ("unnamed_affiliation", "unnamed: affiliation (a mention of the gold unit, or both none)"),
    ("named_entity", "named: a mention of the gold entity"),
)


def draw(split: str, *, seed: int, named: int) -> list[tuple[int, int]]:
    """(order, claim index) of every unnamed-speaker gold claim and `named` named ones, shuffled by one Random(seed)."""
    unnamed_claims: list[tuple[int, int]] = []
    named_claims: list[tuple[int, int]] = []
    for ann in gold_articles(split):
        for i, claim in enumerate(ann["gold"]["claims"]):
            (named_claims if claim["speaker"]["kind"] == "named" else unnamed_claims).append((ann["order"], i))
    rng = random.Random(seed)
    items = unnamed_claims + rng.sample(named_claims, min(named, len(named_claims)))
    rng.shuffle(items)
    return items


def pack(split: str, *, seed: int, named: int, out: Path) -> int:
    """Write packets.jsonl, texts.json and key.json under `out`; return how many packets."""
    items = draw(split, seed=seed, named=named)
    gold = {ann["order"]: ann["gold"]["claims"] for ann in gold_articles(split)}
    pool = load_pool()
    out.mkdir(parents=True, exist_ok=True)
    with (out / "packets.jsonl").open("w", encoding="utf-8") as f:
        for k, (order, i) in enumerate(items):
            c = gold[order][i]
            quote = {key: c["quote"][key] for key in ("start", "end", "text")}
            f.write(json.dumps({"id": k, "order": order, "cue": c["cue"], "quote": quote}, ensure_ascii=False) + "\n")
    texts = {str(order): pool[order].text for order in sorted({order for order, _ in items})}
    (out / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    key = [{"id": k, "order": order, "claim": i} for k, (order, i) in enumerate(items)]
    (out / "key.json").write_text(json.dumps(key), encoding="utf-8")
    return len(items)


def _entity_texts(ann: dict[str, Any], entity: str | None) -> set[str]:
    """The normalised texts of an entity's mentions in one gold file (empty for none)."""
    if entity is None:
        return set()
    return {norm(m["text"]) for m in ann["gold"]["mentions"] if m.get("entity") == entity}


def judge(ann: dict[str, Any], gold_speaker: dict[str, Any], answer: dict[str, Any]) -> dict[str, bool]:
    """One answer against its gold speaker: the AGREEMENT_ROWS that apply to it, each agreed or not."""
    gold_named = gold_speaker["kind"] == "named"
    out = {"named_vs_unnamed": gold_named == (answer["kind"] == "named")}
    span = answer.get("speaker") or {}
    if gold_named:
        texts = _entity_texts(ann, gold_speaker.get("entity"))
        out["named_entity"] = norm(span.get("text", "")) in texts or (
            span.get("start") == gold_speaker["start"] and span.get("end") == gold_speaker["end"]
        )
        return out
    words, gold_words = norm(span.get("text", "")).split(), norm(gold_speaker["text"]).split()
    out["unnamed_span"] = (span.get("start"), span.get("end")) == (gold_speaker["start"], gold_speaker["end"])
    out["unnamed_head"] = bool(words) and words[:1] == gold_words[:1]
    out["unnamed_kind"] = answer["kind"] == gold_speaker["kind"]
    affiliation = answer.get("affiliation")
    gold_affiliation = _entity_texts(ann, gold_speaker.get("affiliation"))
    if affiliation and gold_affiliation:
        out["unnamed_affiliation"] = norm(affiliation) in gold_affiliation
    else:
        out["unnamed_affiliation"] = not affiliation and not gold_affiliation
    return out


def compare(split: str, folder: Path) -> tuple[Counter[str], Counter[str], dict[str, list[int]]]:
    """Agreed and counted per AGREEMENT_ROWS, and the ids of the disagreements per row."""
    key = {k["id"]: (k["order"], k["claim"]) for k in json.loads((folder / "key.json").read_text(encoding="utf-8"))}
    anns = {ann["order"]: ann for ann in gold_articles(split)}
    agreed: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    misses: dict[str, list[int]] = {row: [] for row, _ in AGREEMENT_ROWS}
    for line in (folder / "answers.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        answer = json.loads(line)
        order, i = key[answer["id"]]
        ann = anns[order]
        for row, ok in judge(ann, ann["gold"]["claims"][i]["speaker"], answer).items():
            counted[row] += 1
            agreed[row] += ok
            if not ok:
                misses[row].append(answer["id"])
    return agreed, counted, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["pack", "compare"])
    ap.add_argument("--split", default="test", choices=["test", "dev", "train", "train-a", "train-b"])
    ap.add_argument("--seed", type=int, default=25)
    ap.add_argument("--named", type=int, default=22, help="pack: how many named-speaker claims to mix in")
    ap.add_argument("--dir", type=Path, required=True, help="the packets' folder, outside the repo")
    args = ap.parse_args()
    if args.command == "pack":
        print(f"{pack(args.split, seed=args.seed, named=args.named, out=args.dir)} packets in {args.dir}")
        return
    agreed, counted, misses = compare(args.split, args.dir)
    for row, label in AGREEMENT_ROWS:
        n = counted[row]
        rate = f"{agreed[row] / n:.3f}" if n else "-"
        print(f"  {label:<64} {agreed[row]}/{n} ({rate})  disagreements: {misses[row]}")


if __name__ == "__main__":
    main()
