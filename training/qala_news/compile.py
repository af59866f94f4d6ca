"""Turn an annotator's file (entities with surfaces, claims by their quoted text) into exact offsets.

Annotators name what they see — an entity's surfaces, a claim's quote, cue and speaker — and
this module finds every occurrence in the article text at word boundaries (after proclitics
و ف ب ل ك, and the لل of ل + ال as one attached form), so no offset is ever typed by hand.
Whatever cannot be resolved unambiguously is an error the annotator must settle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = ("person", "unit", "place")
UNIT_SUBTYPES = ("military", "security", "government", "armed_group", "alliance", "media", "political", "other")
CLAIM_KINDS = ("direct", "indirect")
SPEAKER_KINDS = ("named", "descriptive", "anonymous")

# Length-preserving fold, so offsets found in the folded text index the original one.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_PREFIX_RE = re.compile(r"[وف]?[بلك]?")
_SPEAKER_WINDOW = 80  # characters after a trailing cue («…»، قال فلان) in which its speaker is looked for


def fold(text: str) -> str:
    return text.translate(_FOLD)


def is_letter(ch: str) -> bool:
    return ch.isalnum() or "\u064b" <= ch <= "\u065f" or ch == "\u0640"


class CompileError(ValueError):
    """An annotation that cannot be resolved; the message says which and why."""


@dataclass(slots=True)
class _Cand:
    entity: str
    start: int
    end: int
    clitic: bool


@dataclass(slots=True)
class Compiled:
    """The resolved gold: mentions and claims with exact offsets, plus problems found on the way."""

    mentions: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _word_start(text: str, i: int) -> int:
    while i > 0 and is_letter(text[i - 1]):
        i -= 1
    return i


def find_word(text: str, ftext: str, surface: str) -> list[tuple[int, int, bool]]:
    """Every (start, end, clitic) where surface stands as whole words, proclitics allowed before it."""
    fs = fold(surface.strip())
    out: list[tuple[int, int, bool]] = []
    if not fs:
        return out
    for m in re.finditer(re.escape(fs), ftext):
        s, e = m.start(), m.end()
        if e < len(text) and is_letter(text[e]):
            continue
        if s > 0 and is_letter(text[s - 1]):
            prefix = text[_word_start(text, s) : s]
            if not _PREFIX_RE.fullmatch(fold(prefix)):
                continue
        out.append((s, e, False))
    if fs.startswith("ال") and len(fs) > 3:  # ل + ال written لل: للجيش, and ل + اللجنة written للجنة
        attached = "ل" + fs[2:] if fs.startswith("الل") else "لل" + fs[2:]
        for m in re.finditer(re.escape(attached), ftext):
            s, e = m.start(), m.end()
            if e < len(text) and is_letter(text[e]):
                continue
            if s > 0 and is_letter(text[s - 1]) and not re.fullmatch(r"[وف]", text[_word_start(text, s) : s]):
                continue
            out.append((s, e, True))
    return out


def _mentions(text: str, ann: dict[str, Any], res: Compiled) -> None:
    ftext = fold(text)
    cands: list[_Cand] = []
    for ent in ann.get("entities", []):
        hits = 0
        for surface in ent.get("surfaces", []):
            found = find_word(text, ftext, surface)
            if not found:
                res.errors.append(f"entity {ent['id']}: surface «{surface}» not found in the text")
            hits += len(found)
            cands += [_Cand(ent["id"], s, e, c) for s, e, c in found]
        if not ent.get("surfaces"):
            res.errors.append(f"entity {ent['id']}: no surfaces")
    for add in ann.get("add", []):
        s, e = int(add["start"]), int(add["end"])
        if text[s:e] != add.get("text"):
            res.errors.append(f"add at {s}: text[{s}:{e}] is «{text[s:e]}», not «{add.get('text')}»")
            continue
        cands.append(_Cand(add["entity"], s, e, bool(add.get("clitic", False))))
    used_excludes: set[int] = set()
    excludes = ann.get("exclude", [])
    kept: list[_Cand] = []
    for c in cands:
        hit = [
            k
            for k, x in enumerate(excludes)
            if int(x["start"]) == c.start and x.get("entity", c.entity) == c.entity and x.get("end", c.end) == c.end
        ]
        if hit:
            used_excludes.update(hit)
        else:
            kept.append(c)
    for k, x in enumerate(excludes):
        if k not in used_excludes:
            res.errors.append(f"exclude {x}: no candidate mention there (stale exclude)")
    # Longest first; a shorter candidate inside a longer one is no mention (no nesting).
    kept.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[_Cand] = []
    for c in kept:
        clash = [t for t in taken if t.start < c.end and c.start < t.end]
        if not clash:
            taken.append(c)
        elif any(t.start == c.start and t.end == c.end and t.entity != c.entity for t in clash):
            res.errors.append(
                f"«{text[c.start : c.end]}» at {c.start} is a surface of both {clash[0].entity} and {c.entity}: "
                "exclude one of them there"
            )
    taken.sort(key=lambda c: c.start)
    for n, c in enumerate(taken, 1):
        res.mentions.append(
            {"id": f"m{n}", "entity": c.entity, "start": c.start, "end": c.end, "text": text[c.start : c.end]}
            | ({"clitic": True} if c.clitic else {})
        )


def _occurrences(text: str, needle: str) -> list[int]:
    ft, fn = fold(text), fold(needle)
    return [m.start() for m in re.finditer(re.escape(fn), ft)] if fn else []


def _quote(text: str, claim: dict[str, Any], where: str) -> tuple[int, int]:
    quote = claim.get("quote", "")
    if "quote_at" in claim:
        s = int(claim["quote_at"])
        if fold(text[s : s + len(quote)]) != fold(quote):
            raise CompileError(f"{where}: quote_at {s} does not start «{quote[:30]}…»")
        return s, s + len(quote)
    occ = _occurrences(text, quote)
    if len(occ) != 1:
        raise CompileError(f"{where}: quote «{quote[:40]}…» found {len(occ)} times (give quote_at)")
    if quote != quote.strip():
        raise CompileError(f"{where}: quote has leading or trailing white space")
    return occ[0], occ[0] + len(quote)


def _cue(text: str, claim: dict[str, Any], qs: int, qe: int, where: str) -> tuple[int, int]:
    cue = claim.get("cue", "")
    if "cue_at" in claim:
        s = int(claim["cue_at"])
        if fold(text[s : s + len(cue)]) != fold(cue):
            raise CompileError(f"{where}: cue_at {s} is not «{cue}»")
        return s, s + len(cue)
    if any(is_letter(ch) for ch in cue):  # a word: whole words only, proclitics allowed before it
        found = [s for s, _, clitic in find_word(text, fold(text), cue) if not clitic]
    else:  # a colon or other punctuation cue
        found = _occurrences(text, cue)
    occ = [s for s in found if s + len(cue) <= qs or s >= qe]
    if not occ:
        raise CompileError(f"{where}: cue «{cue}» not found outside its quote")
    para_start = text.rfind("\n", 0, qs) + 1
    para_end = len(text) if (n := text.find("\n", qe)) < 0 else n

    def rank(s: int) -> tuple[int, int, int]:
        """The nearest occurrence in the quote's paragraph (before it on a tie), else the nearest anywhere."""
        before = s + len(cue) <= qs
        gap = qs - (s + len(cue)) if before else s - qe
        same_para = para_start <= s and s + len(cue) <= para_end
        return (0 if same_para else 1, gap, 0 if before else 1)

    best = min(occ, key=rank)
    return best, best + len(cue)


def _nearest(spans: list[tuple[int, int]], cs: int, ce: int, qs: int, qe: int) -> tuple[int, int] | None:
    """The speaker span as written nearest its cue: between cue and quote, right after a trailing cue, else before."""
    outside = [(s, e) for s, e in spans if e <= qs or s >= qe]
    if qs >= ce:
        between = [(s, e) for s, e in outside if s >= ce and e <= qs]
        if between:
            return min(between, key=lambda x: x[0])
    else:
        after = [(s, e) for s, e in outside if s >= ce and s - ce <= _SPEAKER_WINDOW]
        if after:
            return min(after, key=lambda x: x[0])
    before = [(s, e) for s, e in outside if e <= cs]
    if before:
        return max(before, key=lambda x: x[1])
    later = [(s, e) for s, e in outside if s >= ce]
    return min(later, key=lambda x: x[0]) if later else None


def _party(
    text: str, ref: dict[str, Any], mentions: list[dict[str, Any]], cue: tuple[int, int], q: tuple[int, int], what: str
) -> dict[str, Any]:
    """Resolve a speaker or source given as {entity} or {phrase} to the span nearest the cue."""
    if "at" in ref:
        s = int(ref["at"])
        if "entity" in ref and "phrase" not in ref:
            ms = [m for m in mentions if m["start"] == s and m["entity"] == ref["entity"]]
            if not ms:
                raise CompileError(f"{what}: no mention of {ref['entity']} at {s}")
            return {"start": s, "end": ms[0]["end"], "text": ms[0]["text"], "mention": ms[0]["id"]}
        phrase = ref["phrase"]
        if fold(text[s : s + len(phrase)]) != fold(phrase):
            raise CompileError(f"{what}: at {s} the text is not «{phrase}»")
        return {"start": s, "end": s + len(phrase), "text": text[s : s + len(phrase)], "mention": None}
    if "phrase" in ref:
        phrase = ref["phrase"]
        spans = [(s, s + len(phrase)) for s in _occurrences(text, phrase)]
        best = _nearest(spans, *cue, *q)
        if best is None:
            raise CompileError(f"{what}: phrase «{phrase}» not found outside the quote")
        inside = [m["id"] for m in mentions if m["start"] == best[0] and m["end"] == best[1]]
        return {"start": best[0], "end": best[1], "text": text[best[0] : best[1]], "mention": (inside or [None])[0]}
    ent = ref.get("entity")
    by_span = {(m["start"], m["end"]): m for m in mentions if m["entity"] == ent}
    best = _nearest(list(by_span), *cue, *q)
    if best is None:
        raise CompileError(f"{what}: entity {ent} has no mention outside the quote")
    hit = by_span[best]
    return {"start": hit["start"], "end": hit["end"], "text": hit["text"], "mention": hit["id"]}


def _claims(text: str, ann: dict[str, Any], res: Compiled) -> None:
    entity_ids = {e["id"] for e in ann.get("entities", [])}
    for n, claim in enumerate(ann.get("claims", []), 1):
        where = f"claim {n}"
        try:
            qs, qe = _quote(text, claim, where)
            cs, ce = _cue(text, claim, qs, qe, where)
            sp_ref = claim.get("speaker") or {}
            speaker = _party(text, sp_ref, res.mentions, (cs, ce), (qs, qe), f"{where} speaker")
            kind = sp_ref.get("kind") or ("named" if "entity" in sp_ref and "phrase" not in sp_ref else "descriptive")
            entity = sp_ref.get("entity")
            affiliation = sp_ref.get("affiliation")
            for ref in (entity, affiliation):
                if ref is not None and ref not in entity_ids:
                    raise CompileError(f"{where}: unknown entity {ref}")
            speaker |= {"kind": kind, "entity": entity, "affiliation": affiliation}
            source = None
            if claim.get("source"):
                source = _party(text, claim["source"], res.mentions, (cs, ce), (qs, qe), f"{where} source")
                source["entity"] = claim["source"].get("entity")
            res.claims.append(
                {
                    "id": f"c{n}",
                    "kind": claim.get("kind"),
                    "cue": {"start": cs, "end": ce, "text": text[cs:ce]},
                    "quote": {"start": qs, "end": qe, "text": text[qs:qe]},
                    "speaker": speaker,
                    "source": source,
                    "required": bool(claim.get("required", True)),
                }
            )
        except CompileError as exc:
            res.errors.append(str(exc))


def compile_annotation(text: str, ann: dict[str, Any]) -> Compiled:
    """Resolve an annotator's file against the article text."""
    res = Compiled()
    _mentions(text, ann, res)
    _claims(text, ann, res)
    return res
