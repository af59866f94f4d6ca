"""A prototype: can a speaker ranker with richer features beat the rules held out?

Run `python -m training.qala_news.speaker_rich [--shipped] [--wide]` (--shipped: the ranker's own features only;
--wide: more candidates, the names of the previous paragraph too and eight earlier speakers).

Why a separate module: the shipped ranker (app/nlp/claims/ranker.py, fitted by training/qala_news/speaker_ranker.py)
changes no claim held out. This one leaves app/ alone: during collection it wraps the ranker's `describe` to add
features (cue lemma, sentence and paragraph distance, each candidate's distance rank among the candidates, its
distance relative to the rules' choice, crossed with the rules' mode) and records where every gold speaker stands
when no candidate names it (coverage, train-a only). It then fits the same conditional logit (speaker_ranker's
fit and cross-validation), chooses the setting on train-a by 5-fold CV by article and counts rules against model
on train-b and dev (counts only).
"""

from __future__ import annotations

import bisect
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from app.nlp import continuation
from app.nlp.claims import ranker
from app.nlp.claims.article import Article
from app.nlp.claims.speaker import SPEAKER_TYPES
from app.nlp.claims.state import Mode, Zone
from training.qala_news import speaker_ranker
from training.qala_news.continuation import Example, links

WIDE_HISTORY = 8  # earlier speakers offered with --wide (the ranker offers 3)
Seen = dict[tuple[int, int], tuple[Article, int, str]]  # claim span → its article, cue token and the rules' mode


def sentence_number(a: Article, k: int) -> int:
    """The index of token k's sentence (sentences counted by their first tokens)."""
    starts = sorted(set(a.sent_start))
    return bisect.bisect_right(starts, a.sent_start[min(k, len(a.toks) - 1)]) - 1


def rich(a: Article, i: int, mode: str, cands: list[continuation.Candidate]) -> None:
    """Add the richer features to each candidate of the cue at token i (in place)."""
    spec = a.cue[i]
    assert spec is not None
    lemma = f"lemma:{spec.lemma}"
    here_s, here_p = sentence_number(a, i), a.para[i]
    gaps = [a.token_at(c.ref.start) - i for c in cands]
    after = sorted(g for g in gaps if g > 0)
    before = sorted((g for g in gaps if g <= 0), reverse=True)
    pick = next(n for n, c in enumerate(cands) if "pick" in c.features)
    for c, gap in zip(cands, gaps, strict=True):
        k = min(a.token_at(c.ref.start), len(a.toks) - 1)
        ds = here_s - sentence_number(a, k)
        sent = f"sent:{'+' if ds < 0 else min(ds, 3)}"
        para = "para:same" if a.para[k] == here_p else "para:other"
        rank = f"rank_after:{min(after.index(gap), 2)}" if gap > 0 else f"rank_before:{min(before.index(gap), 2)}"
        rel = "closer_than_pick" if abs(gap) < abs(gaps[pick]) else "farther_than_pick"
        rel = "is_pick" if gap == gaps[pick] else rel
        kind = f"kind:{ranker.kind_of(a, c.ref)}"
        mine = {lemma, sent, para, rank, rel, f"cands:{min(len(cands), 6)}"}
        mine |= {f"{rank}&{kind}", f"{sent}&{kind}", f"{rel}&mode:{mode}", f"{lemma}&{rank}", f"{sent}&{para}"}
        mine |= {f"{s}&{lemma}" for s in c.features if s.startswith("src:")}
        c.features |= mine


@contextmanager
def richer(seen: Seen, extra: bool) -> Iterator[None]:
    """Wrap the ranker's `describe` so that it records each claim's cue (`seen` holds only the claims extracted inside
    it) and, with `extra`, adds the richer features."""
    seen.clear()
    plain = ranker.describe

    def describe(
        a: Article, i: int, zone: Zone, how: tuple[Mode, tuple[int, int]], cands: list[continuation.Candidate]
    ) -> None:
        plain(a, i, zone, how, cands)
        seen[how[1]] = (a, i, how[0])
        if extra:
            rich(a, i, how[0], cands)

    ranker.describe = describe
    try:
        yield
    finally:
        ranker.describe = plain


def wide_window(a: Article, i: int) -> list[int]:
    """Person, unit and place mentions from the previous paragraph's start to the end of the cue's sentence."""
    lo = i
    while lo > 0 and a.para[lo - 1] >= a.para[i] - 1:
        lo -= 1
    first = bisect.bisect_left(a.mention_starts, (a.toks[lo].start, -1))
    last = bisect.bisect_left(a.mention_starts, (a.toks[a.sent_end[i] - 1].end, -1))
    return [m for _, m in a.mention_starts[first:last] if a.mentions[m].type in SPEAKER_TYPES]


@contextmanager
def wider() -> Iterator[None]:
    """Offer the ranker more candidates: the wide window's names and WIDE_HISTORY earlier speakers."""
    window, history = ranker.window, ranker.HISTORY
    ranker.window, ranker.HISTORY = wide_window, WIDE_HISTORY
    try:
        yield
    finally:
        ranker.window, ranker.HISTORY = window, history


def labelled(split: str, extra: bool, missing: Counter[str] | None = None, tagged: bool = False) -> list[Example]:
    """Speech claims matched to a gold claim, their candidates labelled by the scorer's test (gold mentions, or the
    tagger's with `tagged`); with `missing`, count where the gold speaker stands when no candidate names it."""
    out: list[Example] = []
    seen: Seen = {}
    for ann, span, j, cands, labels in links(split, "ranked", tagged, lambda: richer(seen, extra)):
        out.append(([set(c.features) for c in cands], labels, ann["order"]))
        if missing is not None and not any(labels):
            missing[where(seen[span], ann, j, cands)] += 1
    return out


def where(cue: tuple[Article, int, str], ann: dict[str, Any], j: int, cands: list[continuation.Candidate]) -> str:
    """The class of a gold speaker no candidate names: its kind, and where it is written relative to the cue."""
    a, i, mode = cue
    sp = ann["gold"]["claims"][j]["speaker"]
    kind = str(sp["kind"])
    if sp.get("start") is None:
        return f"{kind}: no span (rules {mode})"
    k = a.token_at(int(sp["start"]))
    gap = k - i
    ds = sentence_number(a, i) - sentence_number(a, k)
    place = "same sentence" if ds == 0 else "previous sentence" if ds == 1 else "earlier" if ds > 1 else "later"
    side = "after cue" if gap > 0 else "before cue"
    para = "" if a.para[min(k, len(a.toks) - 1)] == a.para[i] else ", other paragraph"
    if sp["entity"] is None:  # a phrase: does a candidate phrase overlap it (cut differently)?
        s, e = int(sp["start"]), int(sp["end"])
        cut = any(c.ref.mention is None and c.ref.start < e and s < c.ref.end for c in cands)
        named = any(c.ref.mention is not None and c.ref.start < e and s < c.ref.end for c in cands)
        how = "a candidate phrase cut differently" if cut else "inside/over a candidate mention" if named else "none"
        return f"{kind} phrase [{how}]: {place}, {side}{para} (rules {mode})"
    return f"{kind} entity: {place}, {side}{para} (rules {mode})"


def report(extra: bool, wide: bool = False) -> dict[str, Any]:
    """Coverage on train-a (and the missing speakers by class), CV on train-a, counts on train-b and dev."""
    missing: Counter[str] = Counter()
    with ExitStack() as stack:
        stack.enter_context(speaker_ranker.rules_alone())
        if wide:
            stack.enter_context(wider())
        train_a = labelled("train-a", extra, missing)
        train_b, dev = labelled("train-b", extra), labelled("dev", extra)
    print(f"features: {'rich' if extra else 'shipped'}; candidates: {'wide' if wide else 'shipped'}")
    print("train-a claims with no right candidate, by where the gold speaker stands:")
    for name, n in missing.most_common():
        print(f"  {n:4} {name}")
    out: dict[str, Any] = {}
    for name, data in (("train-a", train_a), ("train-b", train_b), ("dev", dev)):
        out[name] = speaker_ranker.coverage(name, data)
    (l2, pairs, mg), best = speaker_ranker.choose_setting(train_a, out["train-a"]["rules"])
    weights = speaker_ranker.fit_weights(train_a, l2, pairs)
    model = ranker.Model(weights, mg, pairs)
    print(f"chosen on train-a: l2 {l2}, pairs {pairs}, margin {mg}; cv fixed {best['fixed']}, broken {best['broken']}")
    for name, data in (("train-b", train_b), ("dev", dev)):
        c = speaker_ranker.changes(data, model)
        r = out[name]
        print(f"{name} (fit on train-a): rules {r['rules']}/{r['ranked']}, model {c['right']}/{r['ranked']}"
              f" (fixed {c['fixed']}, broken {c['broken']}; right candidate in {r['learnable']})")  # fmt: skip
        out[name] |= {"model": c["right"], "fixed": c["fixed"], "broken": c["broken"]}
    top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:25]
    print("largest weights:", ", ".join(f"{n} {w:+.2f}" for n, w in top))
    return out


def tagged_coverage(splits: tuple[str, ...] = ("dev", "train-b")) -> dict[str, dict[str, int]]:
    """Claims ranked, with a right candidate, and right under the rules, on the tagger's mentions (counts only)."""
    with speaker_ranker.rules_alone():
        return {s: speaker_ranker.coverage(f"{s} (tagger)", labelled(s, False, tagged=True)) for s in splits}


if __name__ == "__main__":
    if "--tagger" in sys.argv:
        tagged_coverage()
    else:
        report("--shipped" not in sys.argv, "--wide" in sys.argv)
