"""A definite title no one in the article holds, right after a claim by a named person (`named_before`): that person.

Why: «لكن ديفي قال إن … . وقال وزير الطاقة البريطاني إنه …»، «وقال … يان كوبيش إن … . وأكد المبعوث الأممي …»:
the article names the speaker, then calls him by a title it never gave him next to his name. Gold gives the person
that title, so on gold mentions `speaker.title_holder` finds him; the tagger's mention carries only the titles
written next to the name, and the title stayed a phrase (speaker errors the tagger causes, issue 13): train-a 9
fixed, 0 broken; train-b +9, dev 0, on gold mentions no change.
"""

from __future__ import annotations

from dataclasses import replace

from app.nlp.claim_cues import cue_of, norm
from app.nlp.claims.article import Article
from app.nlp.claims.config import LIMITS
from app.nlp.claims.continuing import FEMININE_GENDERS, cue_gender, link_before
from app.nlp.claims.named_later import definite_title, variants
from app.nlp.claims.speaker import agree, plural
from app.nlp.claims.vocab import BODY_TIES, SOURCE_NOUNS
from app.nlp.lexicon import ROLE_HEADS
from app.nlp.morphology import in_lexicon, is_definite, is_nisba, masculine, strip_article
from app.nlp.types import Claim, SpeakerRef


def named_before(a: Article, claims: list[Claim]) -> list[Claim]:
    """The claims with each unresolved definite title's claims (it and the claims after it by the same words) given to
    the person who spoke the claim just before, when that person's nisbas do not contradict the title's (`agree`)."""
    out = list(claims)
    for n in range(1, len(out)):
        s, last = out[n].speaker, out[n - 1].speaker
        if s is None or last is None or not epithet(s) or not a.person_ref(last) or postposed(a, out[n]):
            continue
        if not right_after(a, out[n - 1], out[n]) or genders_differ(out[n - 1].cue, out[n].cue):
            continue
        assert last.mention is not None
        if not fits_person(a, s, last.mention):
            continue
        later = next((j for j in range(n, len(out)) if (t := out[j].speaker) is None or not a.same(t, s)), len(out))
        for j in [*earlier_same(out, n, s, a), *range(n, later)]:
            t = out[j].speaker
            assert t is not None
            out[j] = replace(out[j], speaker=replace(t, mention=last.mention, kind="named", affiliation=None))
    return out


def postposed(a: Article, c: Claim) -> bool:
    """The claim's title is written after it, behind a postposed link («…، كما ذكر وزير التجارة»): the link adds a
    source to the words before it, not another name for whoever spoke last. Why: an untitled person named before
    took the minister's claim (review RVD1, LEF1)."""
    s = c.speaker
    if s is None or s.start < c.end:
        return False
    at, end = a.token_of(s.start), a.token_of(max(c.start, c.end - 1))
    cue = next((k for k in range(at - 1, end, -1) if a.cue[k] is not None), None)
    return cue is not None and link_before(a, cue) is not None


def earlier_same(claims: list[Claim], n: int, s: SpeakerRef, a: Article) -> list[int]:
    """The claims before claim n whose speaker is still the same unresolved title: the article called him by it
    before it named him («وقال وزير الطاقة البريطاني، إن … . لكن ديفي قال … . وقال وزير الطاقة البريطاني إنه …»)."""
    return [
        j
        for j in range(n - 1)
        if (t := claims[j].speaker) is not None and t.mention is None and t.kind != "anonymous" and a.same(t, s)
    ]


def epithet(s: SpeakerRef) -> bool:
    """An unresolved definite title of one person: a role noun with the article, or in construct with a definite word
    («المبعوث الأممي»، «وزير الطاقة البريطاني»); not a source noun (المصدر: unnamed on purpose, 9.13), not a plural."""
    if s.mention is not None or s.kind == "anonymous":
        return False
    words = norm(s.text).split()
    if not words or not in_lexicon(words[0], ROLE_HEADS) or in_lexicon(words[0], SOURCE_NOUNS) or plural(words[0]):
        return False
    return is_definite(words[0]) or definite_title(words)


def right_after(a: Article, last: Claim, c: Claim) -> bool:
    """The title's claim lies within `Limits.title_paragraphs` paragraphs of the person's claim: a title further on is
    no longer read as the one who just spoke. Why 2: with 1 train-b lost 4 speakers, with 2 or 4 none (train-a 0)."""
    assert c.speaker is not None
    gap = a.para[a.token_of(c.speaker.start)] - a.para[a.token_of(max(last.start, last.end - 1))]
    return gap <= LIMITS.title_paragraphs


def genders_differ(cue: str, other: str) -> bool:
    """One cue is feminine (قالت، مشيرة، تقول) and the other not: «وقالت هيلاري كلينتون … . وقال وزير الطاقة» are two
    people (a colon or other non-verb cue tells nothing)."""
    endings = []
    for n in (norm(cue), norm(other)):
        spec = cue_of(n)
        if spec is None:
            return False
        endings.append(cue_gender(n, spec) in FEMININE_GENDERS)
    return endings[0] != endings[1]


def fits_person(a: Article, s: SpeakerRef, m: int) -> bool:
    """The title's nisbas and the person's (from his titles and the words before his name) do not contradict: «وزير
    الخارجية الروسي» is not the one introduced as «الرئيس الأمريكي»."""
    words = norm(s.text).split()
    ours = {masculine(strip_article(w)) for w in words[1:] if is_nisba(w)} - ROLE_HEADS
    tw, theirs = a.holders.words_of[m]
    if body_title(a, s, words) and not shares_word(words, tw):
        return False
    return agree(a, ours, theirs, bool({strip_article(w) for w in words} & tw))


def body_title(a: Article, s: SpeakerRef, words: list[str]) -> bool:
    """The title names a body («المتحدث باسم الشرطة»، «المسؤول في الوزارة»، a unit mention in it): one of that body's
    people, not whoever spoke last."""
    return any(w in BODY_TIES for w in words[1:]) or any(
        m.type == "unit" and s.start <= m.start < s.end for m in a.mentions
    )


def shares_word(words: list[str], theirs: frozenset[str]) -> bool:
    """A word of the title (its body, place or field) is among the person's title words (`named_later.variants`); the
    tie itself (باسم، في) is none. Why: every spokesman's title holds «باسم», so «الناطق باسم وكالة X» went to the
    spokesman of another body who spoke just before (issue 13, DSN1)."""
    known = {v for w in theirs for v in variants(w)}
    return any(v in known for w in words[1:] if w not in BODY_TIES for v in variants(w))
