"""Gold surfaces marked in some articles and not in others: `python -m training.qala_news consistency`.

Why: compile marks every occurrence of an entity's surfaces within one article, so gold inconsistency
lives across articles — a string marked in some and left unmarked where it means the same, marked with
a shorter extent, or typed differently. For each normalised gold surface this lists the articles where
it is marked, where it occurs as whole words (after compile's proclitics, or ال) under no gold
mention, where a shorter gold mention cuts it, and the types it was given; most split practice first.
Model-free: it reads only the gold files and the pool text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.nlp.normalize import normalize
from app.nlp.wordlists import labelled
from training.qala_news.compile import find_word, fold, is_letter

Article = tuple[int, str, dict[str, Any]]  # (order, text, gold annotation file)


@dataclass(slots=True)
class SurfaceRow:
    """One normalised gold surface: in which articles it is marked, left unmarked, cut, and as what."""

    key: str
    form: str  # the commonest spelling in gold mentions, what is searched for
    marked: set[int] = field(default_factory=set)
    unmarked: set[int] = field(default_factory=set)  # an occurrence under no gold mention
    cut: set[int] = field(default_factory=set)  # an occurrence overlapped, not covered, by gold mentions
    inside: set[int] = field(default_factory=set)  # an occurrence inside a longer gold mention
    not_mention: int = 0  # unmarked occurrences GUIDELINES says are no mention (not counted above)
    types: Counter[str] = field(default_factory=Counter)  # articles per type label
    cut_by: Counter[str] = field(default_factory=Counter)  # the gold mention texts that cut it

    @property
    def minority(self) -> int:
        """Articles that follow the less common practice: marked or not (cut counts as not), and type (flag apart)."""
        split = min(len(self.marked), len(self.unmarked | self.cut))
        types = Counter[str]()
        for label, n in self.types.items():
            types[label.removesuffix(" rf")] += n  # a required flag is no type
        return split + sum(types.values()) - max(types.values(), default=0)


def type_label(entity: dict[str, Any]) -> str:
    """type[/subtype][ rf]: the gold practice a surface follows (rf: required:false)."""
    sub = f"/{entity['subtype']}" if entity.get("subtype") else ""
    return f"{entity['type']}{sub}{'' if entity.get('required', True) else ' rf'}"


def mention_key(mention: dict[str, Any], surfaces: Iterable[str]) -> str:
    """The normalised surface a mention stands for; a لل form (للجيش) is keyed as its ال surface."""
    if not mention.get("clitic"):
        return normalize(mention["text"])
    rest = normalize(mention["text"])[2:]
    options = [normalize("ال" + rest), normalize("ال" + mention["text"][1:])]
    known = {normalize(s) for s in surfaces}
    return next((o for o in options if o in known), options[0])


def _tokens(ftext: str) -> list[str]:
    """The folded text's words, letters only: a surface is compared word by word, punctuation never joins it."""
    return "".join(ch if is_letter(ch) else " " for ch in ftext).split()


def _words(ftext: str) -> set[str]:
    """The folded words of a text with and without proclitics or لل (a cheap filter before find_word)."""
    out: set[str] = set()
    for word in _tokens(ftext):
        for k in range(4):
            out |= {word[k:], "ا" + word[k + 1 :], "ال" + word[k + 1 :]}
    return out


def occurrences(text: str, ftext: str, form: str) -> list[tuple[int, int]]:
    """Where form stands as whole words: compile's proclitics (و ف ب ل ك, لل), and ال before a one-word name.

    Why one word only: ال on the first word of a construct («الحكومة حيدر العبادي» in «رئيس الحكومة حيدر العبادي»)
    makes another phrase, while a bare name takes it freely («الواتساب»). A لل reading that is the form itself
    after ل («للجنة» for «لجنة») is the form's own occurrence, not a second one.
    """
    found = [(s, e) for s, e, _ in find_word(text, ftext, form)]
    if len(form.split()) == 1 and not fold(form).startswith("ال"):
        found += [
            (s, e) for s, e, _ in find_word(text, ftext, "ال" + form) if not any(fs < e and s < fe for fs, fe in found)
        ]
    return sorted(set(found))


def surface_rows(articles: Iterable[Article], *, not_mentions: frozenset[str] | None = None) -> list[SurfaceRow]:
    """One row per normalised gold surface over the articles, most split practice first."""
    skip = frozenset(labelled("not_mentions")) if not_mentions is None else not_mentions
    arts = list(articles)
    rows: dict[str, SurfaceRow] = {}
    forms: dict[str, Counter[str]] = {}
    for order, _, ann in arts:
        ents = {e["id"]: e for e in ann["entities"]}
        seen: dict[str, set[str]] = {}
        for m in ann["gold"]["mentions"]:
            ent = ents[m["entity"]]
            key = mention_key(m, ent["surfaces"])
            row = rows.setdefault(key, SurfaceRow(key, ""))
            row.marked.add(order)
            seen.setdefault(key, set()).add(type_label(ent))
            if not m.get("clitic"):
                forms.setdefault(key, Counter())[m["text"]] += 1
        for key, labels in seen.items():
            rows[key].types.update(labels)
    for key, row in rows.items():
        row.form = forms[key].most_common(1)[0][0] if key in forms else key
    for order, text, ann in arts:
        ftext = fold(text)
        words = _words(ftext)
        spans = [(m["start"], m["end"], m["text"]) for m in ann["gold"]["mentions"]]
        for row in rows.values():
            if not set(_tokens(fold(row.form))[:1]) <= words:
                continue
            for s, e in occurrences(text, ftext, row.form):
                over = [(ms, me, mt) for ms, me, mt in spans if ms < e and s < me]
                if any(ms == s and me == e for ms, me, _ in over):
                    continue
                if any(ms <= s and e <= me for ms, me, _ in over):
                    row.inside.add(order)
                elif over:
                    row.cut.add(order)
                    row.cut_by.update(mt for _, _, mt in over)
                elif row.key in skip:
                    row.not_mention += 1
                else:
                    row.unmarked.add(order)
    return sorted(rows.values(), key=lambda r: (-r.minority, -len(r.marked) - len(r.unmarked), r.key))


def _orders(orders: set[int], limit: int = 15) -> str:
    """The first article orders of a row, then a count: enough to open them with `show`, short enough to scan."""
    shown = " ".join(str(o) for o in sorted(orders)[:limit])
    return shown + (f" …+{len(orders) - limit}" if len(orders) > limit else "")


def report(rows: Iterable[SurfaceRow], *, type_prefix: str | None = None, min_minority: int = 1) -> list[str]:
    """The listing, one block a surface: counts, types, and the orders of each practice."""
    out = []
    for r in rows:
        if r.minority < min_minority or (type_prefix and not any(t.startswith(type_prefix) for t in r.types)):
            continue
        types = ", ".join(f"{t} {n}" for t, n in r.types.most_common())
        out.append(
            f"{r.minority:3d}  «{r.form}»  marked {len(r.marked)}  unmarked {len(r.unmarked)}  cut {len(r.cut)}"
            f"  inside {len(r.inside)}  [{types}]" + (f"  (not a mention ×{r.not_mention})" if r.not_mention else "")
        )
        out.append(f"       marked: {_orders(r.marked)}")
        if r.unmarked:
            out.append(f"       unmarked: {_orders(r.unmarked)}")
        if r.cut:
            cut_by = ", ".join(f"«{t}» {n}" for t, n in r.cut_by.most_common(4))
            out.append(f"       cut: {_orders(r.cut)}  by {cut_by}")
    return out


def consistency(split: str | None, type_prefix: str | None) -> list[str]:
    """The listing over the gold files of one split (or all, or train+dev; None: train+dev).

    Why train+dev by default: the listing prints gold surfaces and orders, and the test split is opened only
    when asked for by name.
    """
    from training.qala_news.pool import load_pool
    from training.qala_news.score import gold_articles

    pool = load_pool()
    anns = gold_articles(split or "train+dev")
    rows = surface_rows((a["order"], pool[a["order"]].text, a) for a in anns)
    return report(rows, type_prefix=type_prefix)
