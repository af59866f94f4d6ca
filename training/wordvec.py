"""Train skip-gram word vectors on raw Arabic news and save them in Stanza's pretrain format.

Stanza's NER tagger reaches ~0.65 dev F1 on ANERCorp without pretrained vectors and ~0.76
with these, so they are the cheapest big win. Tokens come from the service's own tokenizer,
so the vocabulary matches what the tagger sees at run time.

`kind="fasttext"` fits subword vectors instead (issue 11 item 2). Stanza looks vectors up by
word only, so the subwords pay through the vocabulary: rare words, and every word of the tagger's
training text, get a vector built from their character n-grams.
"""

from __future__ import annotations

import gzip
import logging
import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from app.nlp.tokenize import tokenize
from training.paths import DataPaths

log = logging.getLogger(__name__)

DIM = 100
MAX_VOCAB = 100_000
VECTOR_KINDS = ("word2vec", "fasttext")


def _news_sentences(paths: DataPaths) -> Iterator[list[str]]:
    """Paragraphs of SaudiNewsNet, tokenised (CC BY-NC-SA: used for vectors, never shipped as text)."""
    with gzip.open(paths.saudinewsnet, "rt", encoding="utf-8") as fh:
        for line in fh:
            toks = [t.text for t in tokenize(line)]
            if toks:
                yield toks


def _corpus_sentences(paths: DataPaths) -> Iterator[list[str]]:
    """Sentences of the NER corpora's training parts (never a test split)."""
    for bio in paths.vector_corpora():
        sent: list[str] = []
        for line in bio.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts:
                if sent:
                    yield sent
                sent = []
                continue
            sent.append(parts[0])
        if sent:
            yield sent


def train_vectors(
    *,
    paths: DataPaths,
    out_pt: Path,
    seed: int = 1,
    epochs: int = 5,
    kind: str = "word2vec",
    max_vocab: int = MAX_VOCAB,
    min_count: int = 3,
    extra_words: bool = False,
) -> dict[str, float]:
    """Fit word vectors on the news and corpora sentences and write Stanza's .pt pretrain file.

    extra_words (fastText only): every word of the tagger's training text (the corpora's train/dev
    parts and Qala News train, never its dev or test) gets a vector, within the max_vocab words.
    """
    random.seed(seed)
    sentences = list(_news_sentences(paths)) + list(_corpus_sentences(paths))
    n_tokens = sum(len(s) for s in sentences)
    log.info("word vectors (%s): %d sentences, %d tokens", kind, len(sentences), n_tokens)
    if extra_words and kind != "fasttext":
        raise ValueError("extra_words needs fastText: word2vec has no vector for a word it did not fit")
    model = fit_vectors(sentences, kind=kind, seed=seed, epochs=epochs, min_count=min_count)
    counts = Counter(w for s in sentences for w in s)
    extra = _tagger_train_words(paths) if extra_words else []
    fitted = model.wv.index_to_key
    words = choose_vocab(counts, fitted, max_vocab=max_vocab, extra=extra)
    write_pretrain(out_pt, words, lambda w: [float(x) for x in model.wv[w]])
    added = len(set(words) - set(fitted[:max_vocab]))
    return {"sentences": len(sentences), "tokens": n_tokens, "vocab": len(words), "extra": added}


def fit_vectors(sentences: Sequence[list[str]], *, kind: str, seed: int, epochs: int, min_count: int) -> Any:
    """gensim skip-gram, word2vec or fastText (subword n-grams 2-5; one worker, as the 2-core box wants)."""
    if kind not in VECTOR_KINDS:  # before importing gensim: a typo is refused even where it is not installed
        raise ValueError(f"unknown vector kind {kind!r}; expected one of {VECTOR_KINDS}")
    from gensim.models import FastText, Word2Vec

    common = {
        "sentences": sentences,
        "vector_size": DIM,
        "window": 5,
        "min_count": min_count,
        "sg": 1,
        "negative": 10,
        "seed": seed,
        "epochs": epochs,
    }
    if kind == "fasttext":
        return FastText(min_n=2, max_n=5, workers=1, **common)
    return Word2Vec(workers=2, **common)  # the shipped vectors were fitted with 2


def choose_vocab(counts: Counter[str], fitted: Sequence[str], *, max_vocab: int, extra: Iterable[str]) -> list[str]:
    """max_vocab words, most frequent first: the extra words, filled up with the most frequent fitted ones.

    The order matters beyond Stanza: the service reads the vocabulary as frequency ranks (lexicon).
    """
    chosen = set(extra)
    for w in fitted:
        if len(chosen) >= max_vocab:
            break
        chosen.add(w)
    return sorted(chosen, key=lambda w: (-counts[w], w))


def _tagger_train_words(paths: DataPaths) -> list[str]:
    """Words of the tagger's training text: corpora train/dev parts and Qala News train (no dev/test)."""
    from training.qala_news.convert import split_sentences_as_ner

    words = {w for s in _corpus_sentences(paths) for w in s}
    words |= {w for s in split_sentences_as_ner("train") for w, _ in s}
    return sorted(words)


def write_pretrain(out_pt: Path, words: Sequence[str], vector: Callable[[str], list[float]]) -> None:
    """Write words and their vectors as Stanza's Pretrain .pt (via the text format it converts)."""
    from stanza.models.common.pretrain import Pretrain

    out_pt.parent.mkdir(parents=True, exist_ok=True)
    vec_txt = out_pt.with_suffix(".vec.txt")
    with vec_txt.open("w", encoding="utf-8") as fh:
        fh.write(f"{len(words)} {DIM}\n")
        for w in words:
            fh.write(w + " " + " ".join(f"{x:.5f}" for x in vector(w)) + "\n")
    if out_pt.exists():
        out_pt.unlink()
    # load() writes the .pt; -1 keeps every word (a cap would count Stanza's 4 special rows as words)
    Pretrain(str(out_pt), str(vec_txt), max_vocab=-1).load()
    vec_txt.unlink()


def oov_rates(pretrain_pt: Path, sentences: Iterable[Sequence[tuple[str, str]]]) -> dict[str, float]:
    """Share of tokens, of entity tokens and of distinct words with no vector (what the tagger sees as UNK)."""
    import torch

    vocab = set(torch.load(str(pretrain_pt), map_location="cpu", weights_only=False)["vocab"]["_unit2id"])
    pairs = [p for s in sentences for p in s]
    entity = [w for w, tag in pairs if tag != "O"]
    types = {w for w, _ in pairs}
    return {
        "vocab": len(vocab) - 4,  # Stanza's <PAD> <UNK> <EMPTY> <ROOT> rows are no words
        "tokens": len(pairs),
        "oov_tokens": round(sum(w not in vocab for w, _ in pairs) / max(len(pairs), 1), 4),
        "entity_tokens": len(entity),
        "oov_entity_tokens": round(sum(w not in vocab for w in entity) / max(len(entity), 1), 4),
        "types": len(types),
        "oov_types": round(len(types - vocab) / max(len(types), 1), 4),
    }
