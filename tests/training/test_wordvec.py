"""Word vectors: a fastText fit gives rare words a vector and writes a Pretrain Stanza can load."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from training.wordvec import DIM, choose_vocab, fit_vectors, write_pretrain

SENTENCES = [
    ["قال", "الرئيس", "محمد", "في", "الرياض"],
    ["قال", "الوزير", "أحمد", "في", "جدة"],
    ["وقال", "الرئيس", "في", "الرياض"],
] * 20


def test_choose_vocab_keeps_extra_words_and_frequency_order() -> None:
    """Extra words take their place in the cap, yet stay ranked by frequency: the service reads ranks."""
    counts = Counter({"في": 9, "قال": 5, "الرئيس": 4, "جدة": 1})
    words = choose_vocab(counts, ["في", "قال", "الرئيس"], max_vocab=3, extra=["جدة", "الرياضيين"])
    assert words == ["في", "جدة", "الرياضيين"]


def test_fasttext_fit_writes_a_loadable_pretrain_with_subword_vectors(tmp_path: Path) -> None:
    """A word never fitted still gets a non-zero vector from its n-grams, and Stanza reads the file back."""
    pytest.importorskip("gensim", reason="gensim comes with the train extra: pip install -e '.[train]'")
    from stanza.models.common.pretrain import Pretrain

    model = fit_vectors(SENTENCES, kind="fasttext", seed=1, epochs=2, min_count=1)
    counts = Counter(w for s in SENTENCES for w in s)
    words = choose_vocab(counts, model.wv.index_to_key, max_vocab=len(counts) + 1, extra=["الرياضية"])
    assert words[-1] == "الرياضية" and "الرياضية" not in model.wv.key_to_index
    out = tmp_path / "ft.pt"
    write_pretrain(out, words, lambda w: [float(x) for x in model.wv[w]])
    loaded = Pretrain(str(out))
    assert loaded.emb.shape[1] == DIM
    row = loaded.emb[loaded.vocab.unit2id("الرياضية")]
    assert float(row.abs().sum()) > 0
    assert np.allclose(row.numpy(), model.wv["الرياضية"], atol=1e-4)


def test_unknown_vector_kind_is_refused() -> None:
    """A typo must not silently fall back to word2vec."""
    with pytest.raises(ValueError, match="unknown vector kind"):
        fit_vectors(SENTENCES, kind="glove", seed=1, epochs=1, min_count=1)
