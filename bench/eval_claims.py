"""Score the claim extractor on the seeds gold set, the way tools/check_api.py scores claims.

    python -m bench.eval_claims [--oracle-entities] [--verbose]

It ends with the reliability table (confidence bins: count, mean confidence, accuracy).
--oracle-entities builds mentions from the gold entity surfaces (a diagnostic that separates claim
errors from NER errors); by default mentions and claims come from app.nlp.analyze.analyze.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app.nlp.claims import extract_claims
from app.nlp.morphology import PROCLITICS
from app.nlp.tokenize import split_sentences
from app.nlp.types import Analysis, Claim, Mention
from bench.scoring import ClaimScore, PredClaim, match_claims, norm, reliability_table


def shared_dir() -> Path:
    """The shared read-only directory (env QALA_SHARED_DIR overrides ../shared next to the repo)."""
    env = os.environ.get("QALA_SHARED_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared"


def _is_letter(c: str) -> bool:
    """True for a character that continues a word."""
    return c.isalnum() or c == "\u0640"


def _boundary_ok(text: str, start: int, end: int) -> bool:
    """An occurrence is a word (possibly after proclitics و ف ب ل ك), not part of a longer word."""
    if end < len(text) and _is_letter(text[end]):
        return False
    k = start
    while k > 0 and _is_letter(text[k - 1]):
        k -= 1
    return start - k <= 3 and all(c in PROCLITICS for c in text[k:start])


def oracle_mentions(text: str, entities: list[dict[str, object]]) -> list[Mention]:
    """Mentions at every occurrence of a gold surface, longest surfaces first, no overlaps."""
    cands: list[tuple[str, dict[str, object]]] = []
    for e in entities:
        surfaces = e.get("surfaces") or []
        assert isinstance(surfaces, list)
        cands += [(str(s), e) for s in surfaces if str(s)]
    cands.sort(key=lambda c: -len(c[0]))
    taken = [False] * len(text)
    found: list[Mention] = []
    for surface, e in cands:
        pos = text.find(surface)
        while pos >= 0:
            end = pos + len(surface)
            if _boundary_ok(text, pos, end) and not any(taken[pos:end]):
                for k in range(pos, end):
                    taken[k] = True
                titles = e.get("titles") or []
                assert isinstance(titles, list)
                typ = str(e["type"])
                found.append(
                    Mention(
                        text=surface,
                        start=pos,
                        end=end,
                        type=typ if typ in ("person", "unit", "place") else "misc",  # type: ignore[arg-type]
                        canonical=str(e["canonical"]),
                        key=norm(str(e["canonical"])),
                        subtype=e.get("subtype") if isinstance(e.get("subtype"), str) else None,  # type: ignore[arg-type]
                        titles=tuple(str(t) for t in titles),
                    )
                )
            pos = text.find(surface, pos + 1)
    return sorted(found, key=lambda m: (m.start, -m.end))


def _oracle_runner(entities: list[dict[str, object]]) -> Callable[[str], tuple[list[Mention], list[Claim]]]:
    """Run the extractor on oracle mentions."""

    def run(text: str) -> tuple[list[Mention], list[Claim]]:
        """Mentions from gold surfaces, claims from extract_claims."""
        mentions = oracle_mentions(text, entities)
        return mentions, extract_claims(text, split_sentences(text), mentions)

    return run


def _pred(c: Claim, mentions: list[Mention]) -> PredClaim:
    """What the scorer sees of a claim."""
    names: set[str] = set()
    if c.speaker is not None:
        names.add(norm(c.speaker.text))
        if c.speaker.mention is not None and 0 <= c.speaker.mention < len(mentions):
            names.add(norm(mentions[c.speaker.mention].canonical))
    return PredClaim(c.text, c.kind, frozenset(names - {""}))


def main(argv: list[str] | None = None) -> int:
    """Evaluate and print per-article and overall claim scores."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--oracle-entities", action="store_true", help="mentions from gold entity surfaces")
    ap.add_argument("--drop-titles", action="store_true", help="oracle mentions without titles (robustness)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses, false positives, bad speakers")
    args = ap.parse_args(argv)
    root = shared_dir()
    gold = json.loads((root / "gold" / "seeds.gold.json").read_text(encoding="utf-8"))
    analyze_fn: Callable[[str], Analysis] | None = None
    if not args.oracle_entities:
        try:
            from app.nlp.analyze import analyze

            analyze_fn = analyze
        except Exception as exc:  # import of the full pipeline may fail for many reasons
            print(f"cannot import app.nlp.analyze ({exc!r}); rerun with --oracle-entities", file=sys.stderr)
            return 2
    total = ClaimScore()
    outcomes: list[tuple[float, bool]] = []  # (confidence, matched with the right speaker) per predicted claim
    for art in gold["articles"]:
        text = (root / "seeds" / art["file"]).read_text(encoding="utf-8")
        if analyze_fn is not None:
            try:
                res = analyze_fn(text)
            except Exception as exc:  # models missing or broken: say what to do instead
                print(f"app.nlp.analyze failed ({exc}); rerun with --oracle-entities", file=sys.stderr)
                return 2
            mentions, claims = list(res.mentions), list(res.claims)
        else:
            ents = art["entities"]
            if args.drop_titles:
                ents = [{**e, "titles": []} for e in ents]
            mentions, claims = _oracle_runner(ents)(text)
        bad = [c for c in claims if text[c.start : c.end] != c.text]
        preds = [_pred(c, mentions) for c in claims]
        sc, links = match_claims(preds, art["claims"], art["entities"])
        total.add(sc)
        outcomes += [(c.confidence, i in sc.right) for i, c in enumerate(claims)]
        print(f"{art['file']}: {sc.line()}" + (f"  OFFSET ERRORS {len(bad)}" if bad else ""))
        if args.verbose:
            _details(art, claims, preds, links, mentions)
    print(f"OVERALL: {total.line()}")
    print("claim confidence against accuracy (matched, right speaker); Qala News dev: training.qala_news score")
    print(reliability_table(outcomes))
    return 0


def _details(
    art: dict[str, object],
    claims: list[Claim],
    preds: list[PredClaim],
    links: list[tuple[int, int, float]],
    mentions: list[Mention],
) -> None:
    """Print unmatched gold claims, false positives and wrong speakers or kinds."""
    gl = art["claims"]
    assert isinstance(gl, list)
    got_g = {j: (i, f) for i, j, f in links}
    got_p = {i for i, _, _ in links}
    for j, g in enumerate(gl):
        tag = "REQ" if g.get("required", True) else "opt"
        if j not in got_g:
            if g.get("required", True):
                print(f"   MISS {tag} [{g['speaker']}|{g['cue']}|{g['kind']}] {g['quote'][:110]}")
            continue
        i, f = got_g[j]
        c = claims[i]
        spk = sorted(preds[i].speaker_names)
        ok_kind = c.kind == g["kind"]
        print(
            f"   ok {tag} f1={f:.2f} {'' if ok_kind else 'KIND(' + c.kind + ') '}"
            f"gold=[{g['speaker']}] pred={spk} cue={c.cue} src={c.source.text if c.source else None}"
            f" conf={c.confidence}"
        )
        if f < 0.8:
            print(f"        pred: {c.text[:110]}\n        gold: {g['quote'][:110]}")
    for i, c in enumerate(claims):
        if i not in got_p:
            print(f"   FP [{sorted(preds[i].speaker_names)}|{c.cue}|{c.kind}] {c.text[:110]}")


if __name__ == "__main__":
    raise SystemExit(main())
