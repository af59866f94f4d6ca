"""`python -m training.qala_news CMD`: annotate, check, score and convert Qala News, one command each.

    show N            the article with paragraph offsets (what an annotator reads)
    pre N [N ...]     a draft from today's pipeline into the annotation file (never over gold)
    new N             an empty annotation file (an independent annotator starts here)
    compile N         resolve surfaces/quotes to offsets, store them, print the marked-up text
    validate          check every annotation file (CI runs this)
    stats             counts per split, type and subtype
    score --split S   score the pipeline (or --models-dir, or --predictions JSONL) on a split
    agree             inter-annotator agreement: agreement/ against the main files
    calibrate         fit the claim-confidence table on train and dev (app/nlp/data/claim_confidence.json)
                      (--fit-on train-a: each method fitted on train-a, its ECE on train-b and dev, write nothing)
    fit-speaker-heads fit the unnamed-speaker heads list on train (app/nlp/data/speaker_groups.txt)
    fit-continuation  fit the continuation-speaker model on train, kept if dev agrees
                      (--fit-on train-a: fit on train-a, count hand rule against model on train-b and dev,
                      weights to --out or a temp file, never the shipped one)
    fit-speaker-ranker fit the speaker ranker on train (5-fold CV), kept if it wins held out and dev agrees
                      (--fit-on train-a: fit on train-a, count rules against model on train-b and dev, write nothing)
    fit-subtypes      fit the unit subtype table on train (app/nlp/data/unit_subtypes.txt)
    consistency       gold surfaces marked in some articles, unmarked or typed otherwise in others
                      (--claims: unnamed speakers' phrases cut differently across articles, and cues resolved
                      to a later occurrence than the one opening the quote's sentence)
    convert           Stanza NER training files (BIO, the project's tokenizer) per split
Add --agreement to show/new/compile to work on the second annotator's copy.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from training.qala_news.compile import compile_annotation
from training.qala_news.pool import ann_files, ann_path, blank, load_pool, read_ann, split_of, write_ann
from training.qala_news.validate import validate_file


def _orders(spec: list[str]) -> list[int]:
    out: list[int] = []
    for s in spec:
        lo, _, hi = s.partition("-")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out


def show(order: int) -> None:
    item = load_pool()[order]
    print(f"# order {order} · {item.id} · split {split_of(order)}")
    pos = 0
    for n, para in enumerate(item.text.split("\n")):
        print(f"[p{n} @{pos}] {para}")
        pos += len(para) + 1


def marked(text: str, mentions: list[dict[str, Any]]) -> str:
    """The text with every mention as ⟦surface⟧eN."""
    out, pos = [], 0
    for m in sorted(mentions, key=lambda m: m["start"]):
        out += [text[pos : m["start"]], f"⟦{m['text']}⟧{m['entity']}"]
        pos = m["end"]
    out.append(text[pos:])
    return "".join(out)


def review(order: int, ann: dict[str, Any]) -> list[str]:
    """Print what the annotation compiles to; returns its errors."""
    text = load_pool()[order].text
    res = compile_annotation(text, ann)
    print(marked(text, res.mentions))
    print("\n# entities")
    for e in ann.get("entities", []):
        n = sum(1 for m in res.mentions if m["entity"] == e["id"])
        sub = f"/{e['subtype']}" if e.get("subtype") else ""
        req = "" if e.get("required", True) else " (required:false)"
        print(f"{e['id']} {e['type']}{sub} «{e['canonical']}» ×{n} titles={e.get('titles', [])}{req}")
    print("\n# mentions (start text entity)")
    print("  ".join(f"{m['start']}:{m['text']}:{m['entity']}" for m in res.mentions))
    print("\n# claims")
    for c in res.claims:
        sp, src = c["speaker"], c["source"]
        q = c["quote"]["text"]
        print(
            f"{c['id']} {c['kind']} cue «{c['cue']['text']}»@{c['cue']['start']} speaker «{sp['text']}»@{sp['start']}"
            f" {sp['kind']} entity={sp['entity']} aff={sp['affiliation']} source={src and src['text']}"
            f"{'' if c['required'] else ' (required:false)'}\n    «{q[:70]}{'…' + q[-30:] if len(q) > 100 else q[70:]}»"
        )
    for err in res.errors:
        print("ERROR:", err)
    return res.errors


def compile_cmd(order: int, agreement: bool) -> int:
    path = ann_path(order, agreement=agreement)
    ann = read_ann(path)
    if ann["status"] == "skipped":
        print(f"{path.name}: skipped ({ann.get('skip_reason')})")
        return 0
    errors = review(order, ann)
    res = compile_annotation(load_pool()[order].text, ann)
    ann["gold"] = {"mentions": res.mentions, "claims": res.claims}
    write_ann(path, ann)
    problems = [p for p in validate_file(path, ann) if p not in errors]
    for p in problems:
        print("INVALID:", p)
    n_problems = len(errors) + len(problems)
    print(f"\n{path.name}: {len(res.mentions)} mentions, {len(res.claims)} claims, {n_problems} problems")
    return 1 if errors or problems else 0


def validate_all() -> int:
    pool, bad, n = load_pool(), 0, 0
    for agreement in (False, True):
        for path in ann_files(agreement=agreement):
            n += 1
            problems = validate_file(path, read_ann(path), pool)
            bad += bool(problems)
            for p in problems:
                print(f"{path.relative_to(path.parents[1])}: {p}")
    print(f"{n} files, {bad} with problems")
    return 1 if bad else 0


def stats() -> None:
    """Counts per split as a markdown table (what DATASHEET.md quotes)."""
    from collections import Counter

    from training.qala_news.compile import UNIT_SUBTYPES

    counts: dict[str, Counter[str]] = {split: Counter() for split in ("test", "dev", "train")}
    for path in ann_files():
        ann = read_ann(path)
        c = counts[ann["split"]]
        c[f"articles {ann['status']}"] += 1
        if ann["status"] != "gold":
            continue
        types = {e["id"]: (e["type"], e.get("subtype"), e.get("required", True)) for e in ann["entities"]}
        c["entities"] += len(types)
        c["entities required:false"] += sum(1 for t in types.values() if not t[2])
        for m in ann["gold"]["mentions"]:
            t, sub, _ = types[m["entity"]]
            c[f"mentions {t}"] += 1
            c[f"mentions unit/{sub}"] += bool(sub)
        for cl in ann["gold"]["claims"]:
            c["claims"] += 1
            c[f"claims {cl['kind']}"] += 1
            c["claims required:false"] += not cl["required"]
            c[f"speaker {cl['speaker']['kind']}"] += 1
            c["claims with a source"] += cl["source"] is not None
    rows = ["articles gold", "articles skipped", "articles draft", "entities", "entities required:false"]
    rows += ["mentions person", "mentions unit", "mentions place"] + [f"mentions unit/{s}" for s in UNIT_SUBTYPES]
    rows += ["claims", "claims direct", "claims indirect", "claims required:false", "claims with a source"]
    rows += ["speaker named", "speaker descriptive", "speaker anonymous"]
    print("| | test | dev | train |\n|---|---:|---:|---:|")
    for row in rows:
        print(f"| {row} | " + " | ".join(str(counts[s][row]) for s in ("test", "dev", "train")) + " |")


def score_cmd(args: argparse.Namespace) -> int:
    from training.qala_news.score import gold_articles, pipeline_predictions, read_predictions, report, score_split

    if not args.split:
        print("score needs --split (test is read only to report a shipped model)", file=sys.stderr)
        return 2
    gold = gold_articles(args.split)
    if args.predictions:
        preds = read_predictions(args.predictions)
        name = args.predictions
    else:
        oracle = {a["order"]: a for a in gold} if args.oracle_entities else None
        preds = pipeline_predictions([a["order"] for a in gold], args.models_dir, oracle=oracle)
        name = (
            "claims on gold mentions (--oracle-entities)"
            if oracle
            else f"pipeline ({args.models_dir or 'shipped models'})"
        )
    sc = score_split(gold, preds)
    print(report(f"Qala News {args.split}: {name}", sc))
    if args.json:
        Path(args.json).write_text(json.dumps(sc.as_dict(), indent=1) + "\n")
    return 0


def agree_cmd(args: argparse.Namespace) -> int:
    from training.qala_news.score import as_prediction, gold_articles, report, score_split

    only = set(_orders(args.orders))
    second = {a["order"]: a for a in gold_articles("all", agreement=True) if not only or a["order"] in only}
    first = gold_articles("all", orders=second)
    preds = {o: as_prediction(second[o]) for o in (a["order"] for a in first)}
    sc = score_split(first, preds)
    print(report(f"Agreement: second annotator scored against the first, orders {sorted(preds)}", sc, confidence=False))
    if args.json:
        Path(args.json).write_text(json.dumps(sc.as_dict(), indent=1) + "\n")
    return 0


PER_ORDER = frozenset({"show", "pre", "new", "compile"})  # the commands that take pool orders
ORDER_FILTERED = frozenset({"agree"})  # orders narrow what it reads: one study's articles apart from older ones


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m training.qala_news", description=__doc__.split("\n")[0])
    parser.add_argument(
        "cmd",
        choices=[
            "show",
            "pre",
            "new",
            "compile",
            "validate",
            "stats",
            "score",
            "agree",
            "convert",
            "calibrate",
            "fit-speaker-heads",
            "fit-continuation",
            "fit-speaker-ranker",
            "fit-subtypes",
            "consistency",
        ],
    )
    parser.add_argument("orders", nargs="*", help="pool orders: 5 or 60-89")
    parser.add_argument("--agreement", action="store_true", help="the second annotator's copy (agreement/)")
    parser.add_argument("--force", action="store_true", help="pre: overwrite a file that is not a draft")
    parser.add_argument(
        "--split",
        choices=["test", "dev", "train", "train-a", "train-b", "train+dev", "all"],
        help="score/convert/consistency: which split (train-a: orders 100-549, train-b: 550-999)",
    )
    parser.add_argument("--type", help="consistency: only surfaces given this type (unit, unit/media, place …)")
    parser.add_argument(
        "--claims",
        action="store_true",
        help="consistency: unnamed speakers' phrases cut differently across articles, and cues resolved after their"
        " quote while the same word opens the quote's sentence",
    )
    parser.add_argument("--models-dir", help="score: a models dir to run instead of the shipped one")
    parser.add_argument(
        "--oracle-entities", action="store_true", help="score: claims on the gold mentions (attribution apart from NER)"
    )
    parser.add_argument("--predictions", help="score: a JSONL of {order, mentions, claims} from any pipeline")
    parser.add_argument("--json", help="score/agree/fit-speaker-ranker: also write the scores as JSON here")
    parser.add_argument(
        "--fit-on",
        choices=["train", "train-a"],
        default="train",
        help="fit-speaker-ranker/calibrate/fit-continuation: train (the shipped fit) or train-a (held out on train-b;"
        " nothing shipped written)",
    )
    parser.add_argument("--min-count", type=int, help="fit-subtypes: mentions a key's subtype needs")
    parser.add_argument("--heads-only", action="store_true", help="fit-subtypes: head keys only, no head + last word")
    parser.add_argument(
        "--out", help="convert: output directory (build/qala_news); fit-continuation --fit-on train-a: weights file"
    )
    args = parser.parse_intermixed_args()  # options before or after the orders: `new --agreement 5` too
    if args.orders and args.cmd not in PER_ORDER | ORDER_FILTERED:
        parser.error(f"{args.cmd} takes no orders (only {', '.join(sorted(PER_ORDER | ORDER_FILTERED))} do)")
    if args.out and args.cmd != "convert" and not (args.cmd == "fit-continuation" and args.fit_on == "train-a"):
        # the shipping fit-continuation once dropped --out and rewrote the shipped weights (RV6 finding 7)
        parser.error("--out is read only by convert and by fit-continuation --fit-on train-a")
    rc = 0
    if args.cmd == "validate":
        rc = validate_all()
    elif args.cmd == "stats":
        stats()
    elif args.cmd == "score":
        rc = score_cmd(args)
    elif args.cmd == "calibrate":
        from training.qala_news.calibrate import calibrate, heldout

        heldout() if args.fit_on == "train-a" else calibrate()
        rc = 0
    elif args.cmd == "fit-speaker-heads":
        from training.qala_news.speaker_heads import fit

        print(f"{fit()} heads written")
    elif args.cmd == "fit-continuation":
        from training.qala_news.continuation import fit as fit_continuation
        from training.qala_news.continuation import held_out as continuation_held_out

        if args.fit_on == "train-a":
            continuation_held_out(Path(args.out) if args.out else None)
        else:
            fit_continuation()
    elif args.cmd == "fit-speaker-ranker":
        from training.qala_news.speaker_ranker import fit as fit_ranker
        from training.qala_news.speaker_ranker import held_out

        report = fit_ranker() if args.fit_on == "train" else held_out()
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    elif args.cmd == "fit-subtypes":
        from training.qala_news.unit_subtypes import MIN_COUNT
        from training.qala_news.unit_subtypes import fit as fit_subtypes

        print(f"{fit_subtypes(min_count=args.min_count or MIN_COUNT, heads_only=args.heads_only)} keys written")
    elif args.cmd == "consistency":
        from training.qala_news.consistency import claims_consistency, consistency

        print("\n".join(claims_consistency(args.split) if args.claims else consistency(args.split, args.type)))
    elif args.cmd == "agree":
        rc = agree_cmd(args)
    elif args.cmd == "convert":
        from training.qala_news.convert import convert_all

        for line in convert_all(Path(args.out or "build/qala_news")):
            print(line)
    for order in _orders(args.orders) if args.cmd in PER_ORDER else []:
        path = ann_path(order, agreement=args.agreement)
        if args.cmd == "show":
            show(order)
        elif args.cmd == "compile":
            rc |= compile_cmd(order, args.agreement)
        elif path.exists() and read_ann(path)["status"] != "draft" and not args.force:
            print(f"{path.name}: already annotated ({read_ann(path)['status']}); --force to overwrite", file=sys.stderr)
            rc = 1
        elif args.cmd == "new":
            write_ann(path, blank(load_pool()[order]))
        else:
            from training.qala_news.preannotate import preannotate

            write_ann(path, preannotate(load_pool()[order]))
            rc |= compile_cmd(order, False) and 0
    sys.exit(rc)


if __name__ == "__main__":
    main()
