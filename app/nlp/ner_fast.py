"""Stanza's NER forward pass for inference, computing each distinct word's character encoding once.

Why: tagging was ~80 % of the cost of a long article. Stanza's loader maps every token through
Python vocab calls, runs the character BiLSTM on every token (a 1 MB article repeats most words
many times), and decodes each sentence's Viterbi path in its own numpy loop. Here word ids and
character encodings are computed once per distinct word, sentences are batched by length, and
Viterbi runs over a whole batch at once. The arithmetic is Stanza's own (same modules, same
weights, eval mode); tests/nlp/test_loader.py checks the tags against stanza.Pipeline's.

Only the model shape Qala trains is handled (word vectors + delta, a character BiLSTM without
attention, no charlm, no BERT, one tag column); `supports()` says when to fall back to Stanza.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

BATCH_TOKENS = 4000  # tokens per tagger batch: large enough to amortise each LSTM step
CHAR_BATCH = 512  # distinct words per character-LSTM batch


def supports(trainer: Any) -> bool:
    """Whether this trainer's model is the shape the fast path reproduces exactly."""
    args, model = trainer.args, trainer.model
    return bool(
        args.get("char")
        and args.get("char_emb_dim", 0) > 0
        and not args.get("charlm")
        and model.bert_model is None
        and len(model.tag_clfs) == 1
        and not getattr(model.charmodel, "attn", True)
        and not args.get("char_lowercase", False)
        and args.get("word_emb_dim", 0) > 0
        and "word" in model.vocab
    )


def _word_ids(trainer: Any, types: list[str]) -> tuple[Any, Any | None]:
    """Static (and delta) vocabulary ids of each distinct word, with Stanza's unknown-word rule."""
    import torch

    model = trainer.model
    case = str.lower if trainer.args.get("lowercase", True) else str
    static = torch.tensor(model.vocab["word"].map([case(w) for w in types]), dtype=torch.long)
    if "delta" not in model.vocab or model.delta_emb is None:
        return static, None
    from stanza.models.common.vocab import PAD_ID, UNK_ID

    delta = torch.tensor(model.vocab["delta"].map([case(w) for w in types]), dtype=torch.long)
    delta[(delta == UNK_ID) & (static != UNK_ID)] = PAD_ID  # a word the base vectors know is not unknown
    return static, delta


def _char_reps(trainer: Any, types: list[str]) -> Any:
    """The character BiLSTM's final states for each distinct word (what CharacterModel.forward returns)."""
    import torch
    from torch.nn.utils.rnn import pack_padded_sequence

    charmodel = trainer.model.charmodel
    vocab = trainer.model.vocab["char"]
    order = sorted(range(len(types)), key=lambda i: -len(types[i]))
    out = torch.empty(len(types), 2 * charmodel.args["char_hidden_dim"])
    layers, hidden = charmodel.args["char_num_layers"], charmodel.args["char_hidden_dim"]
    for lo in range(0, len(order), CHAR_BATCH):
        idx = order[lo : lo + CHAR_BATCH]
        lens = [max(len(types[i]), 1) for i in idx]
        chars = np.zeros((len(idx), lens[0]), dtype=np.int64)  # filled in numpy: one tensor, not one per word
        for row, i in enumerate(idx):
            ids = vocab.map(list(types[i]))
            chars[row, : len(ids)] = ids
        embs = pack_padded_sequence(charmodel.char_emb(torch.from_numpy(chars)), lens, batch_first=True)
        h0 = charmodel.charlstm_h_init.expand(2 * layers, len(idx), hidden).contiguous()
        c0 = charmodel.charlstm_c_init.expand(2 * layers, len(idx), hidden).contiguous()
        _, (h, _) = charmodel.charlstm(embs, lens, hx=(h0, c0))
        out[idx] = h[-2:].transpose(0, 1).contiguous().view(len(idx), -1)
    return out


def _viterbi(scores: np.ndarray, lens: list[int], trans: np.ndarray) -> list[list[int]]:
    """Stanza's viterbi_decode for a batch at once: scores (batch, time, tags), float32 throughout."""
    batch, steps, _ = scores.shape
    trellis = np.zeros_like(scores)
    back = np.zeros(scores.shape, dtype=np.int32)
    trellis[:, 0] = scores[:, 0]
    for t in range(1, steps):
        v = trellis[:, t - 1, :, None] + trans[None]
        trellis[:, t] = scores[:, t] + v.max(1)
        back[:, t] = v.argmax(1)
    paths = []
    for b in range(batch):
        n = lens[b]
        path = [int(trellis[b, n - 1].argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[b, t, path[-1]]))
        paths.append(path[::-1])
    return paths


def tag(trainer: Any, sentences: list[list[str]]) -> list[list[str]]:
    """BIOES tags for pretokenized sentences, as trainer.predict would give them."""
    return tag_scored(trainer, sentences, confidence=False)[0]


def tag_scored(
    trainer: Any, sentences: list[list[str]], *, confidence: bool = True
) -> tuple[list[list[str]], list[list[float]]]:
    """The tags, and each token's CRF marginal of its decoded tag (empty lists when `confidence` is off)."""
    import torch

    model = trainer.model
    model.eval()
    types = list(dict.fromkeys(w for s in sentences for w in s))
    index = {w: i for i, w in enumerate(types)}
    results: list[list[str]] = [[] for _ in sentences]
    probs: list[list[float]] = [[] for _ in sentences]
    with torch.no_grad():
        token_vecs = _type_vecs(trainer, types)
        trans = model.crits[0]._transitions.data.cpu().numpy()
        for batch in _batches(sentences):
            lens = [len(sentences[i]) for i in batch]
            ids = torch.zeros(len(batch), lens[0], dtype=torch.long)
            for row, i in enumerate(batch):
                ids[row, : lens[row]] = torch.tensor([index[w] for w in sentences[i]], dtype=torch.long)
            scores = _tag_scores(model, token_vecs[ids], lens)
            paths = _viterbi(scores, lens, trans)
            for row, path in enumerate(paths):
                results[batch[row]] = _path_tags(trainer, path)
            if confidence:
                named = [any(x != "O" for x in results[i]) for i in batch]
                for row, p in enumerate(_path_marginals(scores, lens, trans, paths, named)):
                    probs[batch[row]] = p
    return results, probs


def _path_marginals(
    scores: np.ndarray, lens: list[int], trans: np.ndarray, paths: list[list[int]], named: list[bool]
) -> list[list[float]]:
    """Each token's marginal of its path tag; a sentence with no span (`named` false) gets 1.0s, at no cost."""
    out = [[1.0] * n for n in lens]
    rows = [r for r, has in enumerate(named) if has]
    if rows:
        sub = [lens[r] for r in rows]
        marg = marginals(scores[rows, : max(sub)], sub, trans)
        for k, r in enumerate(rows):
            out[r] = marg[k, np.arange(lens[r]), paths[r]].tolist()
    return out


def marginals(scores: np.ndarray, lens: list[int], trans: np.ndarray) -> np.ndarray:
    """p(tag k at step t) for a padded batch (batch, time, tags) under the CRF the Viterbi above decodes.

    Why: a span's confidence (entities' span_confidence rule) is the lowest marginal of its tags. Scaled
    forward-backward in float64, both passes in one loop (the backward one runs over each sentence reversed,
    through the transposed transitions): each step's vectors are renormalised, and the scales cancel.
    """
    s = scores.astype(np.float64)
    steps = s.shape[1]
    n = np.array(lens)[:, None]
    rev = np.clip(n - 1 - np.arange(steps)[None], 0, None)  # position t of a sentence read backwards
    emit = np.exp(s - s.max(axis=2, keepdims=True))
    step = np.exp(trans.astype(np.float64) - float(trans.max()))
    both = np.stack([emit, np.take_along_axis(emit, rev[:, :, None], 1)])  # (2, batch, time, tags)
    mats = np.stack([step, step.T])
    # msg[0, :, t]: forward mass into step t before its emission; msg[1, :, t]: backward mass at position n-1-t
    msg = np.ones_like(both)
    x = msg[:, :, 0]
    # Renormalised at every step: one step can shrink a vector's mass by e^(emission range + transition range), so
    # waiting several steps underflows to 0 (and NaN) with steep transitions.
    for t in range(1, steps):
        x = np.matmul(x * both[:, :, t - 1], mats)
        x /= x.sum(2, keepdims=True)
        msg[:, :, t] = x
    beta = np.take_along_axis(msg[1], rev[:, :, None], 1)
    p = msg[0] * emit * beta
    return np.asarray(p / p.sum(2, keepdims=True))


def _type_vecs(trainer: Any, types: list[str]) -> Any:
    """Each distinct word's input vector: its word (and delta) embedding and character encoding, transformed."""
    import torch

    model = trainer.model
    static, delta = _word_ids(trainer, types)
    word_vecs = model.word_emb(static)
    if delta is not None:
        word_vecs = word_vecs + model.delta_emb(delta)
    token_vecs = torch.cat([word_vecs, _char_reps(trainer, types)], 1)
    if model.input_transform is not None:
        token_vecs = model.input_transform(token_vecs)
    return token_vecs


def _batches(sentences: list[list[str]]) -> Iterator[list[int]]:
    """The non-empty sentences' indices, longest first, in batches of at most BATCH_TOKENS tokens (one if longer)."""
    order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
    lo = 0
    while lo < len(order):
        hi, budget = lo, 0
        while hi < len(order) and (hi == lo or budget + len(sentences[order[hi]]) <= BATCH_TOKENS):
            budget += len(sentences[order[hi]])
            hi += 1
        yield order[lo:hi]
        lo = hi


def _tag_scores(model: Any, vecs: Any, lens: list[int]) -> np.ndarray:
    """The tagger BiLSTM and classifier over a batch of sentence vectors (longest first): (batch, time, tags)."""
    from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

    packed = pack_padded_sequence(vecs, lens, batch_first=True)
    hidden, layers = model.args["hidden_dim"], model.args["num_layers"]
    h0 = model.taggerlstm_h_init.expand(2 * layers, len(lens), hidden).contiguous()
    c0 = model.taggerlstm_c_init.expand(2 * layers, len(lens), hidden).contiguous()
    out, _ = model.taggerlstm(packed, lens, hx=(h0, c0))
    logits = model.tag_clfs[0](out.data)
    scores: np.ndarray = pad_packed_sequence(out._replace(data=logits), batch_first=True)[0].contiguous().numpy()
    return scores


def _path_tags(trainer: Any, path: list[int]) -> list[str]:
    """A Viterbi path's tag names in the predicted tagset, singletons fixed as Stanza does."""
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.ner.trainer import fix_singleton_tags

    tags = trainer.model.vocab["tag"].unmap([max(x, VOCAB_PREFIX_SIZE) for x in path])
    tags = [x[trainer.args["predict_tagset"]] if isinstance(x, list) else x for x in tags]
    return list(fix_singleton_tags(tags))
