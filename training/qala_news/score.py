"""Score any pipeline's output on a Qala News split, the same way for models, rules and annotators.

Three views, each over the gold files of the split (status gold):
- mentions, exact span: a predicted mention is right when its (start, end, type) is a gold
  mention's; gold mentions of entities marked required:false neither count as misses nor make a
  prediction at their exact span wrong;
- surfaces, as `../shared/tools/check_api.py` scores entities: per type, the share of required gold
  entities one of whose surfaces comes back as a mention of that type; precision over distinct
  (normalised text, type) predictions that match any gold surface of that type;
- unit subtypes: over predicted unit mentions at a gold unit mention's exact span (required or not),
  the share whose subtype is the gold entity's, and the gold→predicted confusions;
- person titles: over predicted person mentions at a gold person mention's exact span, the distinct
  (gold entity, normalised title) pairs; a title is right when it equals one of the gold entity's
  `titles` or lies inside one on word boundaries (a title cut short still names the office; one that
  holds a gold title and more is wrong, since a swallowed clause or a second title is what it would
  hide); precision over those pairs, recall over gold entities with titles found at an exact span
  (at least one title right), so tagger misses are left to the mention scores;
- claims, as check_api.py: one-to-one by quote token F1 >= 0.5, recall over required gold claims,
  precision over all predictions, speaker (entity name or speaker text equals a surface of the gold
  speaker's entity, or the gold speaker phrase) and kind accuracy over matched claims;
- claim sources (the outlet or body a claim was relayed through, GUIDELINES §6 and 9.6), over matched
  claims, matched as speakers are: the predicted source's entity name or text equals a surface of the
  gold source's entity, or the gold source phrase. Each matched claim is one of: right (gold has a
  source, the prediction names it), wrong (names another), missing (names none), false relay (gold has
  none, the prediction names one), none (neither has one); accuracy = (right + none) / matched,
  precision = right / predicted sources, recall = right / gold sources;
- speaker kinds (issue 13: named | descriptive | anonymous), over matched claims: per gold speaker kind,
  the matched claims, those whose speaker is right, and those whose predicted speaker kind is the gold
  one; agreement = those last over matched claims, overall and per gold kind. The kind is compared
  whether the speaker is right or not (a wrong speaker of the gold kind agrees: it is what the API's
  speaker_kind filter sees, scored apart from who as a claim's kind is); a claim predicted without a
  speaker, or with a speaker that carries no kind, has kind "none" and never agrees.
Predictions are plain dicts shaped like the API's article detail (mentions with type; claims with
kind, text, speaker {text, entity {name} | null, kind} | null, source {text, entity {name} | null} | null;
a claim without a source key has none), so a second annotator's gold scores the same way.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.scoring import (
    ClaimScore,
    PredClaim,
    expected_calibration_error,
    match_claims,
    norm,
    reliability,
    reliability_table,
)
from training.qala_news.compile import SPEAKER_KINDS
from training.qala_news.pool import ann_files, in_split, load_pool, read_ann

TYPES = ("person", "unit", "place")
Prediction = dict[str, Any]  # {"mentions": [{start, end, text, type}], "claims": [{kind, text, speaker, source}]}
SOURCE_OUTCOMES = ("right", "wrong", "missing", "false_relay", "none")  # a matched claim's source (module doc)
TRAIN_HALVES = ("train-a", "train-b")  # the splits whose errors a listing may print (dev and test are only scored)


def gold_articles(split: str, *, agreement: bool = False, orders: Iterable[int] | None = None) -> list[dict[str, Any]]:
    """The gold annotation files of one split ("train+dev" for several, "train-a"/"train-b" for train's halves; or of
    the given orders), in pool order."""
    wanted = set(orders) if orders is not None else None
    out = []
    for path in ann_files(agreement=agreement):
        ann = read_ann(path)
        if ann["status"] != "gold" or not any(in_split(ann["order"], part) for part in split.split("+")):
            continue
        if wanted is None or ann["order"] in wanted:
            out.append(ann)
    return out


def as_prediction(ann: dict[str, Any]) -> Prediction:
    """A gold file seen as a pipeline's output (for inter-annotator agreement)."""
    ents = {e["id"]: e for e in ann["entities"]}
    mentions = [
        m | {"type": e["type"], "subtype": e.get("subtype"), "titles": list(e.get("titles") or ())}
        for m in ann["gold"]["mentions"]
        for e in [ents[m["entity"]]]
    ]
    claims = []
    for c in ann["gold"]["claims"]:
        sp, so = c["speaker"], c.get("source")
        ent = ents.get(sp["entity"]) if sp["entity"] else None
        src = ents.get(so["entity"]) if so and so.get("entity") else None
        claims.append(
            {
                "kind": c["kind"],
                "text": c["quote"]["text"],
                "start": c["quote"]["start"],
                "end": c["quote"]["end"],
                "speaker": {
                    "text": sp["text"],
                    "entity": {"name": ent["canonical"]} if ent else None,
                    "kind": sp["kind"],
                },
                "source": {"text": so["text"], "entity": {"name": src["canonical"]} if src else None} if so else None,
            }
        )
    return {"mentions": mentions, "claims": claims}


def gold_view(ann: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Seeds-style entities (canonical, type, surfaces, required) and claims (speaker, kind, quote, required, source:
    the source entity's canonical name, else its phrase, else None)."""
    ents = {e["id"]: e | {"surfaces": sorted(set(e["surfaces"]))} for e in ann["entities"]}
    for m in ann["gold"]["mentions"]:
        if m["text"] not in ents[m["entity"]]["surfaces"]:
            ents[m["entity"]]["surfaces"].append(m["text"])
    claims = []
    for c in ann["gold"]["claims"]:
        sp = c["speaker"]
        speaker = ents[sp["entity"]]["canonical"] if sp["entity"] else sp["text"]
        so = c.get("source")
        source = (ents[so["entity"]]["canonical"] if so.get("entity") else so["text"]) if so else None
        claims.append(
            {"speaker": speaker, "kind": c["kind"], "quote": c["quote"]["text"], "required": c["required"],
             "source": source}
        )  # fmt: skip
    return list(ents.values()), claims


@dataclass(slots=True)
class SplitScore:
    """Counts summed over the articles of a split."""

    articles: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    surf_found: Counter[str] = field(default_factory=Counter)
    surf_required: Counter[str] = field(default_factory=Counter)
    surf_pred: Counter[str] = field(default_factory=Counter)
    surf_ok: Counter[str] = field(default_factory=Counter)
    claims: ClaimScore = field(default_factory=ClaimScore)
    outcomes: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, claim and speaker right)
    speaker_kinds: Counter[tuple[str, str, bool]] = field(default_factory=Counter)  # (gold, predicted, speaker right)
    subtypes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted) at exact unit spans
    titles: Counter[str] = field(default_factory=Counter)  # right, predicted, found, gold (see the module doc)
    sources: Counter[str] = field(default_factory=Counter)  # matched claims by SOURCE_OUTCOMES

    def source_scores(self) -> tuple[float | None, float | None, float | None]:
        """Source accuracy over matched claims, precision over predicted sources, recall over gold sources."""
        s = self.sources
        matched = s.total()
        pred = s["right"] + s["wrong"] + s["false_relay"]
        gold = s["right"] + s["wrong"] + s["missing"]
        return (
            (s["right"] + s["none"]) / matched if matched else None,
            s["right"] / pred if pred else None,
            s["right"] / gold if gold else None,
        )

    def matched_by_kind(self) -> Counter[str]:
        """Matched claims by their gold speaker's kind."""
        return Counter({g: n for g in SPEAKER_KINDS if (n := self._kind_total(g, right_only=False))})

    def right_by_kind(self) -> Counter[str]:
        """Matched claims with the right speaker, by their gold speaker's kind."""
        return Counter({g: n for g in SPEAKER_KINDS if (n := self._kind_total(g, right_only=True))})

    def _kind_total(self, gold: str, *, right_only: bool) -> int:
        """speaker_kinds summed for one gold kind, over all matched claims or those with the right speaker."""
        return sum(n for (g, _, ok), n in self.speaker_kinds.items() if g == gold and (ok or not right_only))

    def speaker_kind_scores(self) -> dict[str, Any]:
        """Speaker kind agreement over matched claims, overall and per gold kind, and the confusions (module doc)."""
        agree, wrong = Counter[str](), Counter[tuple[str, str]]()
        for (g, p, _), n in self.speaker_kinds.items():
            if g == p:
                agree[g] += n
            else:
                wrong[(g, p)] += n
        by_gold, right = self.matched_by_kind(), self.right_by_kind()
        by_kind = {
            k: {
                "matched": by_gold[k],
                "speaker_right": right[k],
                "speaker": right[k] / by_gold[k] if by_gold[k] else None,
                "agree": agree[k],
                "agreement": agree[k] / by_gold[k] if by_gold[k] else None,
            }
            for k in SPEAKER_KINDS
        }
        matched = by_gold.total()
        return {
            "agreement": agree.total() / matched if matched else None,
            "matched": matched,
            "agree": agree.total(),
            "by_gold_kind": by_kind,
            "confusions": [{"gold": g, "pred": p, "n": n} for (g, p), n in wrong.most_common()],
        }

    def title_scores(self) -> tuple[float | None, float | None]:
        """Title precision (right / predicted) and recall (entities with a title right / with gold titles)."""
        t = self.titles
        return (t["right"] / t["predicted"] if t["predicted"] else None, t["found"] / t["gold"] if t["gold"] else None)

    def subtype_accuracy(self) -> float | None:
        """The share of exact-span unit matches whose predicted subtype is the gold one (None without matches)."""
        n = sum(self.subtypes.values())
        return sum(c for (g, p), c in self.subtypes.items() if g == p) / n if n else None

    def subtype_confusions(self, top: int = 10) -> list[tuple[str, str, int]]:
        """The most frequent wrong (gold, predicted) subtype pairs, most frequent first."""
        wrong = Counter({gp: c for gp, c in self.subtypes.items() if gp[0] != gp[1]})
        return [(g, p, c) for (g, p), c in wrong.most_common(top)]

    def prf(self, t: str | None = None) -> tuple[float, float, float]:
        """Exact-span precision, recall, F1 for one type (or micro over all three)."""
        keys = [t] if t else list(TYPES)
        tp = sum(self.tp[k] for k in keys)
        p = tp / sum(self.pred[k] for k in keys) if sum(self.pred[k] for k in keys) else 0.0
        r = tp / sum(self.gold[k] for k in keys) if sum(self.gold[k] for k in keys) else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def as_dict(self) -> dict[str, Any]:
        c = self.claims
        return {
            "articles": self.articles,
            "mentions": {t: dict(zip("prf", self.prf(t), strict=True)) for t in (*TYPES, None)},
            "unit_subtype": {
                "accuracy": self.subtype_accuracy(),
                "matched": sum(self.subtypes.values()),
                "confusions": [{"gold": g, "pred": p, "n": c} for g, p, c in self.subtype_confusions()],
            },
            "titles": dict(zip(("precision", "recall"), self.title_scores(), strict=True))
            | {k: self.titles[k] for k in ("right", "predicted", "found", "gold")},
            "surface_recall": {
                t: self.surf_found[t] / self.surf_required[t] if self.surf_required[t] else None for t in TYPES
            },
            "surface_precision": {t: self.surf_ok[t] / self.surf_pred[t] if self.surf_pred[t] else None for t in TYPES},
            "claims": {
                "recall": c.found / c.required if c.required else None,
                "precision": c.pred_ok / c.predicted if c.predicted else None,
                "speaker": c.speaker_ok / c.matched if c.matched else None,
                "kind": c.kind_ok / c.matched if c.matched else None,
                "required": c.required,
                "predicted": c.predicted,
                "matched": c.matched,
                "reliability": reliability(self.outcomes),
                "expected_calibration_error": expected_calibration_error(self.outcomes),
            },
            "sources": dict(zip(("accuracy", "precision", "recall"), self.source_scores(), strict=True))
            | {"matched": self.sources.total()}
            | {k: self.sources[k] for k in SOURCE_OUTCOMES},
            "speaker_kind": self.speaker_kind_scores(),
        }


def score_article(ann: dict[str, Any], pred: Prediction, sc: SplitScore) -> None:
    """Add one article's counts to sc."""
    sc.articles += 1
    ents = {e["id"]: e for e in ann["entities"]}
    gold_spans: dict[tuple[int, int], tuple[str, bool]] = {}
    gold_subtypes: dict[tuple[int, int], str] = {}
    for m in ann["gold"]["mentions"]:
        e = ents[m["entity"]]
        gold_spans[(m["start"], m["end"])] = (e["type"], bool(e.get("required", True)))
        if e["type"] == "unit":
            gold_subtypes[(m["start"], m["end"])] = str(e.get("subtype"))
        if e.get("required", True):
            sc.gold[e["type"]] += 1
    for m in pred["mentions"]:
        if m["type"] not in TYPES:
            continue
        hit = gold_spans.get((m["start"], m["end"]))
        if m["type"] == "unit" and (m["start"], m["end"]) in gold_subtypes:
            sc.subtypes[(gold_subtypes[(m["start"], m["end"])], str(m.get("subtype")))] += 1
        if hit and not hit[1] and hit[0] == m["type"]:
            continue  # an optional gold mention found: neither right nor wrong
        sc.pred[m["type"]] += 1
        sc.tp[m["type"]] += bool(hit and hit[0] == m["type"])
    _score_titles(ents, ann["gold"]["mentions"], pred["mentions"], sc)
    entities, claims = gold_view(ann)
    preds = {(norm(m["text"]), m["type"]) for m in pred["mentions"] if m["type"] in TYPES}
    surfaces = gold_surfaces(entities)
    for e in entities:
        if e.get("required", True):
            sc.surf_required[e["type"]] += 1
            sc.surf_found[e["type"]] += any((norm(s), e["type"]) in preds for s in e["surfaces"])
    for text, typ in preds:
        sc.surf_pred[typ] += 1
        sc.surf_ok[typ] += text in surfaces[typ]
    cs, links = match_claims(pred_claims(pred), claims, entities)
    sc.claims.add(cs)
    sc.sources.update(o for _, _, o in source_outcomes(links, pred["claims"], claims, entities))
    for gold_kind, pred_kind, ok in speaker_kind_outcomes(links, set(cs.right), pred["claims"], ann["gold"]["claims"]):
        sc.speaker_kinds[(gold_kind, pred_kind, ok)] += 1
    sc.outcomes += [(float(c.get("confidence", 0.5)), i in cs.right) for i, c in enumerate(pred["claims"])]


def _score_titles(
    ents: dict[str, dict[str, Any]], gold: list[dict[str, Any]], pred: list[dict[str, Any]], sc: SplitScore
) -> None:
    """Add one article's title counts: predicted titles of person mentions at a gold person's exact span."""
    at = {(m["start"], m["end"]): ents[m["entity"]] for m in gold if ents[m["entity"]]["type"] == "person"}
    found: dict[str, set[str]] = {}
    for m in pred:
        e = at.get((m["start"], m["end"]))
        if m["type"] == "person" and e is not None:
            found.setdefault(e["id"], set()).update(norm(t) for t in m.get("titles") or ())
    for eid, titles in found.items():
        gold_titles = [norm(t).split() for t in ents[eid].get("titles") or ()]
        right = sum(any(_inside(t.split(), g) for g in gold_titles) for t in titles)
        sc.titles.update(
            {"right": right, "predicted": len(titles), "gold": int(bool(gold_titles)), "found": int(right > 0)}
        )


def _inside(words: list[str], title: list[str]) -> bool:
    """Whether `words` is `title` or a run of its words (a title cut short at word boundaries)."""
    n = len(words)
    return n > 0 and any(title[i : i + n] == words for i in range(len(title) - n + 1))


def gold_surfaces(entities: list[dict[str, Any]]) -> dict[str, set[str]]:
    """The normalised gold surfaces of each type: what a predicted (text, type) must be to count as right."""
    surfaces: dict[str, set[str]] = {t: set() for t in TYPES}
    for e in entities:
        surfaces[e["type"]] |= {norm(s) for s in e["surfaces"]}
    return surfaces


def read_predictions(path: str) -> dict[int, Prediction]:
    """A JSONL of {order, mentions, claims} (any pipeline's output, or a saved run) by pool order."""
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line]
    return {int(r["order"]): r for r in rows if r.get("order") is not None}


def source_outcomes(
    links: list[tuple[int, int, float]],
    pred: list[dict[str, Any]],
    gold_claims: list[dict[str, Any]],
    entities: list[dict[str, Any]],
) -> list[tuple[int, int, str]]:
    """(prediction index, gold index, outcome) for each matched claim: its source against gold's (SOURCE_OUTCOMES),
    matched as speakers are (entity surfaces and canonical when gold's source is an entity, else its phrase)."""
    ents = {str(e["canonical"]): {norm(str(s)) for s in e["surfaces"]} | {norm(str(e["canonical"]))} for e in entities}
    out = []
    for i, j, _ in links:
        want, got = gold_claims[j].get("source"), pred[i].get("source")
        names = {norm(got.get("text") or ""), norm((got.get("entity") or {}).get("name", ""))} - {""} if got else set()
        if want is None:
            outcome = "false_relay" if names else "none"
        elif not names:
            outcome = "missing"
        else:
            outcome = "right" if names & ents.get(str(want), {norm(str(want))}) else "wrong"
        out.append((i, j, outcome))
    return out


def speaker_kind_outcomes(
    links: list[tuple[int, int, float]], right: set[int], pred: list[dict[str, Any]], gold_claims: list[dict[str, Any]]
) -> list[tuple[str, str, bool]]:
    """(gold speaker kind, predicted speaker kind, speaker right) for each matched claim; `right` holds the
    predictions matched with the right speaker, gold_claims are the annotation's. A prediction without a speaker,
    or whose speaker has no kind, has kind "none" (module doc). Why: issue 13 serves the kind; one count of it."""
    out = []
    for i, j, _ in links:
        sp = pred[i].get("speaker")
        pred_kind = str(sp.get("kind") or "none") if sp else "none"
        out.append((str(gold_claims[j]["speaker"]["kind"]), pred_kind, i in right))  # validate requires a kind
    return out


def pred_claims(pred: Prediction) -> list[PredClaim]:
    """A prediction's claims as the matcher reads them: text, kind and the speaker's normalised names."""
    return [
        PredClaim(
            c["text"],
            c["kind"],
            frozenset({norm(c["speaker"]["text"]), norm((c["speaker"].get("entity") or {}).get("name", ""))} - {""})
            if c.get("speaker")
            else frozenset(),
        )
        for c in pred["claims"]
    ]


def score_split(gold: list[dict[str, Any]], preds: dict[int, Prediction]) -> SplitScore:
    """Score predictions (by pool order) against the gold files given."""
    sc = SplitScore()
    for ann in gold:
        score_article(ann, preds.get(ann["order"], {"mentions": [], "claims": []}), sc)
    return sc


def oracle_mentions(ann: dict[str, Any]) -> list[Any]:
    """The gold mentions of an annotation as the pipeline's Mention objects (for --oracle-entities)."""
    from app.nlp.identity import entity_key
    from app.nlp.types import Mention

    ents = {e["id"]: e for e in ann["entities"]}
    out = []
    for m in sorted(ann["gold"]["mentions"], key=lambda m: (m["start"], -m["end"])):
        e = ents[m["entity"]]
        out.append(
            Mention(text=m["text"], start=m["start"], end=m["end"], type=e["type"], canonical=e["canonical"],
                    key=entity_key(e["canonical"]), subtype=e.get("subtype"), titles=tuple(e.get("titles") or ()))
        )  # fmt: skip
    return out


def prediction_of(a: Any) -> Prediction:
    """An Analysis (mentions, claims) as the scorer's plain prediction dict."""
    claims: list[dict[str, Any]] = []
    for c in a.claims:
        sp = c.speaker
        ent = a.mentions[sp.mention].canonical if sp and sp.mention is not None else None
        claims.append(
            {
                "kind": c.kind,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "speaker": {
                    "text": sp.text,
                    "start": sp.start,
                    "end": sp.end,
                    "entity": {"name": ent} if ent else None,
                    "kind": sp.kind,
                }
                if sp
                else None,
                "source": {
                    "text": so.text,
                    "entity": {"name": a.mentions[so.mention].canonical} if so.mention is not None else None,
                }
                if (so := c.source)
                else None,
                "confidence": c.confidence,
                "basis": c.basis,
            }
        )
    mentions = [
        {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "subtype": m.subtype, "titles": list(m.titles)}
        for m in a.mentions
    ]
    return {"mentions": mentions, "claims": claims}


def pipeline_predictions(
    orders: Iterable[int], models_dir: str | None = None, *, oracle: dict[int, dict[str, Any]] | None = None
) -> dict[int, Prediction]:
    """Run the service's analyze() (shipped models, or another models dir) over pool items.

    With `oracle` ({order: annotation}) the claims run on the gold mentions instead of the tagger's, so
    attribution errors are told apart from NER errors.
    """
    from pathlib import Path

    from app.nlp.analyze import analyze, default_tagger
    from app.nlp.claims import extract_claims
    from app.nlp.ner import get_tagger
    from app.nlp.tokenize import split_sentences, tokenize
    from app.nlp.types import Analysis

    tagger = (
        None if oracle else get_tagger(models_dir=Path(models_dir), stanza_dir=None) if models_dir else default_tagger()
    )
    pool = load_pool()
    out: dict[int, Prediction] = {}
    for order in orders:
        text = pool[order].text
        if oracle is not None:
            gold_mentions = oracle_mentions(oracle[order])
            found = extract_claims(text, split_sentences(text, tokenize(text)), gold_mentions)
            a = Analysis(mentions=gold_mentions, claims=found)
        else:
            a = analyze(text, tagger=tagger)
        out[order] = prediction_of(a)
    return out


def report(title: str, sc: SplitScore, *, confidence: bool = True) -> str:
    """The scorer's printed report for one split."""
    d = sc.as_dict()
    lines = [f"{title} ({sc.articles} articles)"]
    lines.append("  mentions (exact span)   P      R      F1     gold  pred")
    for t in (*TYPES, None):
        p, r, f = sc.prf(t)
        keys = [t] if t else list(TYPES)
        g, n = sum(sc.gold[k] for k in keys), sum(sc.pred[k] for k in keys)
        lines.append(f"    {t or 'micro':<20} {p:6.3f} {r:6.3f} {f:6.3f} {g:6d} {n:5d}")
    n_sub, acc = sum(sc.subtypes.values()), sc.subtype_accuracy()
    confused = ", ".join(f"{g}→{p} {c}" for g, p, c in sc.subtype_confusions())
    lines.append(f"  unit subtype (exact-span unit matches): {acc or 0:.3f} of {n_sub}; confused: {confused or 'none'}")
    rec = ", ".join(f"{t} {d['surface_recall'][t] or 0:.2f} ({sc.surf_found[t]}/{sc.surf_required[t]})" for t in TYPES)
    prec = ", ".join(f"{t} {d['surface_precision'][t] or 0:.2f}" for t in TYPES)
    all_ok, all_pred = sum(sc.surf_ok.values()), sum(sc.surf_pred.values())
    lines.append(f"  surfaces: recall {rec}; precision {prec}; all {all_ok / all_pred if all_pred else 0:.2f}")
    tp, tr = sc.title_scores()
    tc = sc.titles
    lines.append(
        f"  person titles (exact-span persons): precision {tp or 0:.3f} ({tc['right']}/{tc['predicted']}),"
        f" recall {tr or 0:.3f} ({tc['found']}/{tc['gold']})"
    )
    lines.append(f"  claims: {sc.claims.line()}")
    lines += speaker_kind_lines(sc)
    acc, sp, sr = sc.source_scores()
    s = sc.sources
    lines.append(
        f"  claim sources (matched claims): accuracy {acc or 0:.3f} ({s['right'] + s['none']}/{s.total()});"
        f" gold sources {s['right'] + s['wrong'] + s['missing']}: right {s['right']}, wrong {s['wrong']},"
        f" missing {s['missing']}; false relays {s['false_relay']}; precision {sp or 0:.3f}, recall {sr or 0:.3f}"
    )
    if confidence:  # a human copy's claims carry no confidence: its table would be noise
        lines.append("  claim confidence against accuracy (claim matched and its speaker right):")
        lines.append(reliability_table(sc.outcomes))
    return "\n".join(lines)


def speaker_kind_lines(sc: SplitScore) -> list[str]:
    """The report's speaker kind lines: speaker and kind agreement per gold kind, overall agreement, confusions."""
    d = sc.speaker_kind_scores()
    parts = [
        f"{k} {v['matched']}: speaker {v['speaker'] or 0:.3f} ({v['speaker_right']}),"
        f" kind {v['agreement'] or 0:.3f} ({v['agree']})"
        for k, v in d["by_gold_kind"].items()
    ]
    confused = ", ".join(f"{c['gold']}→{c['pred']} {c['n']}" for c in d["confusions"])
    return [
        "  speakers by gold kind (matched claims): " + "; ".join(parts),
        f"  speaker kind (matched claims, speaker right or not): agreement {d['agreement'] or 0:.3f}"
        f" ({d['agree']}/{d['matched']}); confused: {confused or 'none'}",
    ]
