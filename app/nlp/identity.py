"""Entity identity, one rule set: which mentions of an article are one entity, and which stored entity
a name group of a new article is.

Within an article (`resolve_names`): a partial name takes the fullest same-type name of the article
that contains it (الخفاجي → تحسين الخفاجي), except a generic head around another unit's name
(قوات التحالف الدولي is التحالف الدولي, not a fuller name of قوات …), and a force head never grows
into a different head (القوات العراقية is not قيادة القوات العراقية المشتركة).

Across articles (`stored_match_keys`, `best_stored`; applied by services/store.py): the same type and
key is the same entity; otherwise a stored entity of that type whose key, or one of whose aliases, is
one of the group's keys — but a one-word person name (a bare surname: حسين) never merges across
articles, and a one-word person alias never matches. Ties go to the most mentioned, then the oldest.

Everything is compared on `entity_key` (normalised, proclitic-free first word).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from app.nlp.lexicon import ELLIPTIC_COMPLEMENT_HEADS, FORCE_HEADS, GENERIC_HEADS
from app.nlp.morphology import lam_article, starts_with_article, strip_proclitic
from app.nlp.normalize import normalize
from app.nlp.types import Mention

# A one-word person name among the 300 most frequent words of the news corpus (فان، صالح as "good")
# is a common word: it neither spreads through the article as a surname nor is propagated.
COMMON_WORD_RANK = 300


def entity_key(name: str) -> str:
    """The cross-article key of a name: normalised, proclitic-free first word."""
    words = normalize(name).split()
    if not words:
        return ""
    return " ".join([strip_proclitic(words[0]), *words[1:]])


def resolve_names(mentions: list[Mention]) -> list[Mention]:
    """Partial names take the fullest same-type name in the article that contains them.

    A generic head around another unit's name (قوات التحالف الدولي) is that unit, not a fuller name.
    """
    names: dict[tuple[str, tuple[str, ...]], tuple[int, str]] = {}
    for m in mentions:
        words = tuple(m.key.split())
        count, surface = names.get((m.type, words), (0, m.text))
        names[(m.type, words)] = (count + 1, surface if _bare(surface) else _declitic(m.text))
    # (type, word) → names holding that word, in first-seen order: a fuller name shares the partial's first
    # word, so each partial is compared with those only (a 1 MB text has thousands of names).
    holding: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for typ, words in names:
        for w in dict.fromkeys(words):
            holding[(typ, w)].append((typ, words))
    out: list[Mention] = []
    resolved: dict[tuple[str, str], tuple[str, str]] = {}  # (type, key) → (canonical, key): one pass per name
    for m in mentions:
        if (m.type, m.key) not in resolved:
            resolved[(m.type, m.key)] = _fullest_name(m, names, holding)
        canonical, key = resolved[(m.type, m.key)]
        out.append(replace(m, canonical=canonical, key=key))
    return out


def _fullest_name(
    m: Mention,
    names: dict[tuple[str, tuple[str, ...]], tuple[int, str]],
    holding: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]],
) -> tuple[str, str]:
    """The canonical surface and key a mention resolves to (it depends on its type and key alone)."""
    words = _inner_unit(m, names) or tuple(m.key.split())
    best = (len(words), names[(m.type, words)][0], names[(m.type, words)][1], words)
    for typ, other in holding.get((m.type, words[0]), []) if words else list(names):
        count, surface = names[(typ, other)]
        if typ != m.type or len(other) <= len(words) or not _contains(other, words):
            continue
        if typ == "unit" and words[0] in FORCE_HEADS and other[0] != words[0]:
            continue  # القوات العراقية is not قيادة القوات العراقية المشتركة
        if _inner_unit(replace(m, key=" ".join(other)), names):
            continue
        cand = (len(other), count, surface, other)
        if cand[:2] > best[:2]:
            best = cand
    return best[2], " ".join(best[3])


def _bare(surface: str) -> bool:
    """Does the name start without a proclitic (القوات, not للقوات)?"""
    first = normalize(surface.split()[0]) if surface.split() else ""
    return strip_proclitic(first) == first


def _declitic(surface: str) -> str:
    """The name without a leading proclitic where one can be dropped (للقوات X → القوات X)."""
    if _bare(surface):
        return surface
    first = normalize(surface.split()[0])
    bare = strip_proclitic(first)
    for k in (0, 1):
        if lam_article(first[k:]) and starts_with_article(bare) and lam_article(surface[k:]):
            return "ال" + surface[k + 2 :]
    cut = len(first) - len(bare)
    return surface[cut:] if 0 < cut <= 2 and surface[cut:].startswith(bare[:2]) else surface


def _inner_unit(m: Mention, names: dict[tuple[str, tuple[str, ...]], tuple[int, str]]) -> tuple[str, ...] | None:
    """For قوات X where X is itself a unit named in the article: X's words (not for وزارة X: X is its short name)."""
    words = tuple(m.key.split())
    if m.type != "unit" or len(words) < 2 or words[0] not in GENERIC_HEADS or words[0] in ELLIPTIC_COMPLEMENT_HEADS:
        return None
    inner = words[1:]
    return inner if ("unit", inner) in names else None


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[k : k + n] == shorter for k in range(len(longer) - n + 1))


def stored_match_keys(*, type_: str, key: str, alias_keys: Iterable[str]) -> frozenset[str] | None:
    """Keys a stored entity (its key or an alias key) may share with a new name group to be the same one.

    None: the group only ever matches its exact (type, key) — a bare surname names many people.
    """
    if type_ == "person" and len(key.split()) < 2:
        return None
    return frozenset(k for k in {*alias_keys, key} if type_ != "person" or len(k.split()) > 1)


def best_stored(candidates: Iterable[tuple[int, int]]) -> int | None:
    """Of (ident, mention count) candidates, the most mentioned, then the lowest (oldest) ident."""
    return min(candidates, key=lambda c: (-c[1], c[0]), default=(None, 0))[0]
