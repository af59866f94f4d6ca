"""How well Qala's regex tokenizer reproduces the corpora's tokens and sentences, and how fast it is.

    python -m bench.eval_tokenizer

- UD Arabic PUD (real raw text in `# text`, gold tokens with SpaceAfter=No): gold clitic tokens
  written together (ل + أوباما) are joined back into one orthographic word, which is ANERCorp's
  (and so the tagger's) convention; token boundary precision/recall/F1 over code-point spans, and
  sentence-boundary recall/precision on each document's sentences joined by a space.
- ANERCorp test: the corpus tokens joined by spaces, re-tokenised; the share of corpus tokens
  reproduced exactly (differences are ANERCorp's own inconsistencies such as "(د" or "ق.م.").
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from app.core.settings import REPO_ROOT
from app.nlp.tokenize import split_sentences, tokenize

DATA = Path(os.environ.get("QALA_SHARED_DIR", REPO_ROOT.parent / "shared")) / "data"


def _pud_docs() -> list[list[tuple[str, list[tuple[str, bool]]]]]:
    """PUD documents: lists of (sentence text, [(token, space_after)])."""
    docs: list[list[tuple[str, list[tuple[str, bool]]]]] = []
    text, toks = "", []
    for line in (DATA / "ud_arabic/UD_Arabic-PUD/ar_pud-ud-test.conllu").read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            docs.append([])
        elif line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                toks.append((cols[1], "SpaceAfter=No" not in cols[9]))
        elif not line and toks:
            docs[-1].append((text, toks))
            toks = []
    return docs


def _gold_spans(text: str, toks: list[tuple[str, bool]]) -> set[tuple[int, int]]:
    """Gold token spans in text, clitics written together merged into one word."""
    spans: list[tuple[int, int]] = []
    pos = 0
    glue = False
    for tok, space_after in toks:
        start = text.index(tok, pos)
        end = start + len(tok)
        if glue and spans and tok[:1].isalnum() and text[spans[-1][1] - 1 : spans[-1][1]].isalnum():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        glue = not space_after
        pos = end
    return set(spans)


def pud() -> dict[str, float]:
    """Token and sentence boundary scores on PUD."""
    tp = n_gold = n_pred = 0
    s_tp = s_gold = s_pred = 0
    for doc in _pud_docs():
        for text, toks in doc:
            gold = _gold_spans(text, toks)
            pred = {(t.start, t.end) for t in tokenize(text)}
            tp += len(gold & pred)
            n_gold += len(gold)
            n_pred += len(pred)
        joined = " ".join(t for t, _ in doc)
        ends, pos = set(), 0
        for t, _ in doc:
            pos += len(t)
            ends.add(pos)
            pos += 1
        got = {s[-1].end for s in split_sentences(joined)}
        s_tp += len(ends & got)
        s_gold += len(ends)
        s_pred += len(got)
    p, r = tp / n_pred, tp / n_gold
    return {"token_p": p, "token_r": r, "token_f1": 2 * p * r / (p + r),
            "sent_p": s_tp / s_pred, "sent_r": s_tp / s_gold}  # fmt: skip


def anercorp() -> dict[str, float]:
    """Share of ANERCorp test tokens the tokenizer reproduces from space-joined text, and speed."""
    sents: list[list[str]] = [[]]
    for line in (DATA / "anercorp/stanza/ar_anercorp.test.bio").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts:
            sents[-1].append(parts[0])
        elif sents[-1]:
            sents.append([])
    same = total = 0
    text = "\n".join(" ".join(s) for s in sents if s)
    t0 = time.perf_counter()
    pred = {(t.start, t.end) for t in tokenize(text)}
    seconds = time.perf_counter() - t0
    pos = 0
    for s in sents:
        for tok in s:
            same += (pos, pos + len(tok)) in pred
            total += 1
            pos += len(tok) + 1
    return {"tokens_reproduced": same / total, "tokens_per_s": len(pred) / seconds}


def main() -> None:
    """Print both evaluations."""
    u = pud()
    print(f"UD PUD tokens: P {u['token_p']:.4f} R {u['token_r']:.4f} F1 {u['token_f1']:.4f}; "
          f"sentence ends: P {u['sent_p']:.3f} R {u['sent_r']:.3f}")  # fmt: skip
    a = anercorp()
    speed = f"{a['tokens_per_s']:,.0f}"
    print(f"ANERCorp test tokens reproduced: {a['tokens_reproduced']:.4f}; tokenizer speed {speed} tokens/s")


if __name__ == "__main__":
    main()
