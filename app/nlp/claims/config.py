"""The claim extractor's thresholds in one frozen object, so a tuning change is one visible line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """The extractor's thresholds, in one place (each was set on the seeds and checked on Qala News dev)."""

    max_segment: int = 18  # tokens a skipped speaker segment may span between a cue and its complement
    short_segment: int = 3  # a segment this short needs no recognised opener to be skipped
    speech_quote_words: int = 3  # words a quotation needs to be taken as speech on its own
    near_quote_prefix: int = 4  # words before a quotation that still let it be the whole content
    quote_share: float = 0.6  # …or the share of the clause the quotation covers
    quote_words: int = 4  # …or its own length in words: the speaker's wording wherever it stands (GUIDELINES 9.2)
    lookahead: int = 40  # tokens searched for a complement marker (أن، :، a quotation); 26 before session 9
    lookahead_nominal: int = 14  # the same for a nominal cue with a speaker already found
    colon_strength: float = 0.45  # cue strength given to colon speech with no speech verb
    headline_min_words: int = 3  # tokens a "Name: statement" line needs after its colon…
    headline_max_words: int = 25  # …and the most it may have
    headline_line_words: int = 25  # words (marks not counted) a first paragraph may have and still be the headline
    headline_description_words: int = 6  # tokens a headline's description may span before its colon («مسؤول بـ «…»»)
    headline_title_words: int = 4  # tokens of titles a headline's speaker may have before his name («العميد الركن …»)
    headline_relay_words: int = 6  # tokens from a headline's «لـ» to its colon («باتيس لـ " الوطن " : …»)
    relay_window: int = 15  # tokens after نقل searched for its عن
    parenthesis_window: int = 8  # tokens searched for the ) closing a parenthesis inside a zone
    connector_window: int = 3  # connectors (و، فيما …) a cue may follow and still open a narrator clause
    left_context: int = 6  # tokens before a person mention read as the words introducing them
    holder_reach: int = 8  # tokens past a title's first word its holder's name may start (swept on train: 6, 7, 8, 10)
    guessed_words: int = 4  # definite words jumped over that may be taken as the speaker
    qualifier_words: int = 3  # definite nisba words that may follow a source's field (في الساحة اليمنية)
    postposed_words: int = 8  # words the subject after a postposed cue may span («كما قالت مدعية المحكمة …»)
    introducer_reach: int = 2  # qualifiers between a body noun and the name it introduces («وكالة التصنيف الائتماني»)
    trail_reach: int = 6  # words from a trailing relay's link to its outlet («حسبما ذكرت أمس الجمعة وكالة …»)
    body_gap: int = 6  # characters a body mention may lie past a description and still close it
    colon_clause: int = 12  # tokens of reported clause before «: "…"» that end it (swept 2, 5, 8, 12 on train)
    short_tail: int = 8  # tokens a trailing بحسب/وفقا zone may stop before the sentence end and still close it
    anna_reach: int = 4  # tokens past its zone a strict cue's أن may lie (swept on train: any, no comma, 4)
    title_paragraphs: int = 2  # paragraphs after a named speaker's claim his untold title may come (tried 1, 2, 4)
    min_words: int = 2  # words a reported complement needs…
    min_words_nominal: int = 3  # …and a bare nominal object


LIMITS = Limits()
