"""Stanza's NER forward pass for inference, computing each distinct word's character encoding once.

Why: tagging was ~80 % of the cost of a long article. Stanza's loader maps every token through
Python vocab calls, runs the character BiLSTM on every token (a 1 MB article repeats most words
many times), and decodes each sentence's Viterbi path in its own numpy loop. Here word ids and
character encodings are computed once per distinct word, sentences are batched by length, and
Viterbi runs over a whole batch at once. With `exact=True` (a test switch) the arithmetic is Stanza's own
(same modules, same weights, eval mode); tests/nlp/test_loader.py checks those tags against stanza.Pipeline's.

The character and tagger BiLSTMs run as fp16-weight copies (torch.ao quantize_dynamic with float16 weights, fbgemm's
kernels, made once per trainer at load; the Linear layers stay float): ~1.25x faster than float on one core, ~1.4x
with the character memo below, Qala News dev and train-b scores identical to float (bench/README.md, RVF1, session
19). Each sentence's tags and marginals do not depend on the other sentences in its batch (activations stay float; the
int8 copies SPQ shipped set their activation scale per batch and moved marginals by up to 0.035 with the neighbouring
text). Where a copy cannot be made (no fbgemm engine, an LSTM that is not a plain nn.LSTM) that LSTM runs float, with
a logged warning for a failure. Because a word's fp16 character encoding hardly depends on its batch, each word's is
remembered across calls (`_memo_char_reps`: the same bits as a fresh batch on AVX-512 CPUs, within 1e-6 on AVX2 ones,
where a word's encoding depends on the batch it was first seen in; no tag moved on the seeds). Dev marginals move by
at most 1.4e-4 from float's.

Only the model shape Qala trains is handled (word vectors + delta, a character BiLSTM without
attention, no charlm, no BERT, one tag column); `supports()` says when to fall back to Stanza.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

BATCH_TOKENS = 4000  # tokens per tagger batch: large enough to amortise each LSTM step
CHAR_BATCH = 512  # distinct words per character-LSTM batch
MAX_MEMO_WORDS = 200_000  # distinct words whose vocabulary ids a trainer's memo holds before it starts afresh
# distinct words whose character encodings an fp16 copy remembers: ~1 kB each (its 800-byte row of one tensor, its
# dict slot and row number; measured: 50k words ≈ 48 MB, 73 MB as a tensor view each); one call with more distinct
# words than this is remembered whole
CHAR_MEMO_WORDS = 50_000
CHAR_MEMO_START = 4096  # rows a new memo makes room for (it doubles as it fills)
FP16_ENGINES = ("x86", "fbgemm")  # quantized engines that pack fp16 weights (qnnpack and onednn cannot)
TORCH_DEPRECATION = "torch.ao.quantization is deprecated"  # the one warning silenced when a copy is made

log = logging.getLogger(__name__)


def supports(trainer: Any) -> bool:
    """Whether this trainer's model is the shape the fast path handles (its LSTMs run float or as fp16 copies; with
    `exact` the arithmetic is Stanza's)."""
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


class _Lookups:
    """A trainer's vocabulary lookups, memoised: why, Stanza's vocab calls cost Python work per word and character
    on every call, for answers fixed by the vocabularies (the same ids, so the same arithmetic)."""

    def __init__(self, trainer: Any) -> None:
        """Read the vocabularies once; ids are looked up on first use."""
        from stanza.models.common.vocab import PAD_ID, UNK_ID, VOCAB_PREFIX_SIZE

        model = trainer.model
        self.case = str.lower if trainer.args.get("lowercase", True) else str
        self.word_vocab = model.vocab["word"]
        self.delta_vocab = model.vocab["delta"] if "delta" in model.vocab and model.delta_emb is not None else None
        self.char_vocab = model.vocab["char"]
        self.tag_vocab = model.vocab["tag"]
        self.tagset = trainer.args["predict_tagset"]
        self.pad, self.unk, self.prefix = PAD_ID, UNK_ID, VOCAB_PREFIX_SIZE
        self.words: dict[str, tuple[int, int]] = {}  # word -> (static id, delta id)
        self.chars: dict[str, int] = {}
        self.tags: dict[int, str] = {}

    def word_ids(self, types: list[str]) -> tuple[list[int], list[int] | None]:
        """Static (and delta) vocabulary ids of each distinct word, with Stanza's unknown-word rule.

        Thread-safe without a lock: a full memo is replaced, never cleared, and this call reads its own reference, so
        a concurrent call starting afresh cannot empty the dict under it."""
        words = self.words
        new = [w for w in types if w not in words]
        if len(words) + len(new) > MAX_MEMO_WORDS:
            words = self.words = {}
            new = types
        if new:
            cased = [self.case(w) for w in new]
            static = self.word_vocab.map(cased)
            delta = self.delta_vocab.map(cased) if self.delta_vocab is not None else static
            for w, s, d in zip(new, static, delta, strict=True):
                # a word the base vectors know is not unknown to the delta vectors
                words[w] = (s, self.pad if d == self.unk and s != self.unk else d)
        pairs = [words[w] for w in types]
        return [p[0] for p in pairs], ([p[1] for p in pairs] if self.delta_vocab is not None else None)

    def char_ids(self, word: str) -> list[int]:
        """The character vocabulary ids of a word's characters."""
        chars = self.chars
        for c in word:
            if c not in chars:
                chars[c] = self.char_vocab.unit2id(c)
        return [chars[c] for c in word]

    def tag_name(self, tag_id: int) -> str:
        """A tag id's name in the predicted tagset (ids of the vocabulary's prefix read as its first tag)."""
        name = self.tags.get(tag_id)
        if name is None:
            x = self.tag_vocab.unmap([max(tag_id, self.prefix)])[0]
            name = self.tags[tag_id] = x[self.tagset] if isinstance(x, list) else x
        return name


_LOOKUPS: weakref.WeakKeyDictionary[Any, _Lookups] = weakref.WeakKeyDictionary()


Lstm = Callable[[Any, tuple[Any, Any]], tuple[Any, Any]]  # (packed input, (h0, c0)) -> (packed output data, h_n)
Weights = tuple[tuple[int, int], ...]  # each parameter's storage and in-place version: changes when a weight does
_FAST: weakref.WeakKeyDictionary[Any, tuple[Weights, tuple[Lstm, Lstm]]] = weakref.WeakKeyDictionary()


def prepare(trainer: Any) -> None:
    """Make the trainer's fp16 LSTM copies now: why, at load time, so no request pays for them. A copy (and the
    character encodings remembered with it) is remade when the model's LSTM or character-model weights change
    (replaced or edited in place), never read stale."""
    _lstms(trainer, exact=False)


def _lstms(trainer: Any, *, exact: bool) -> tuple[Lstm, Lstm]:
    """The character and tagger BiLSTMs a forward pass runs: the float modules when `exact`, else their fp16 copies
    (made on first use, remade if the weights changed)."""
    model = trainer.model
    modules = (model.charmodel.charlstm.lstm, model.taggerlstm.lstm)
    if exact:
        return _float_lstm(modules[0]), _float_lstm(modules[1])
    # the character model's parameters (embeddings, initial states, its LSTM's) too: the remembered encodings read them
    weights = tuple((p.data_ptr(), p._version) for m in (model.charmodel, modules[1]) for p in m.parameters())
    found = _FAST.get(trainer)
    if found is None or found[0] != weights:
        found = _FAST[trainer] = (weights, (_fast_lstm(modules[0]), _fast_lstm(modules[1])))
    return found[1]


def _fast_lstm(lstm: Any) -> Lstm:
    """The fp16 copy of a plain nn.LSTM; the float module for another LSTM (Stanza's recurrent-dropout one) or when
    the copy cannot be made (logged: tagging still works, ~1.3x slower)."""
    import torch

    if type(lstm) is not torch.nn.LSTM:
        return _float_lstm(lstm)
    try:
        return _Fp16LSTM(lstm)
    except Exception as exc:  # torch raises RuntimeError/AssertionError variously for an unsupported build or CPU
        log.warning("fp16 LSTM copy failed (%s: %s); the tagger runs its float LSTM", type(exc).__name__, exc)
        return _float_lstm(lstm)


def _float_lstm(lstm: Any) -> Lstm:
    """An LSTM module called as the fp16 copies are."""

    def run(packed: Any, hx: tuple[Any, Any]) -> tuple[Any, Any]:
        """The packed output data and final hidden states."""
        out, (h, _) = lstm(packed, hx)
        return out.data, h

    return run


_ENGINE_LOCK = threading.Lock()  # one packing at a time: two threads switching the engine could restore the wrong one


@contextmanager
def _fp16_engine() -> Iterator[str]:
    """Pack under an engine with fp16 kernels, the process's engine restored after: why, packing follows the global
    engine (qnnpack and onednn have no fp16 packing), and the packed weights run fbgemm's kernels whatever it is."""
    import torch

    engines = torch.backends.quantized.supported_engines
    engine = next((e for e in FP16_ENGINES if e in engines), None)
    if engine is None:
        raise RuntimeError(f"no quantized engine packs fp16 weights here (supported: {engines})")
    with _ENGINE_LOCK:
        before = torch.backends.quantized.engine
        torch.backends.quantized.engine = engine
        try:
            yield engine
        finally:
            torch.backends.quantized.engine = before


class _Fp16LSTM:
    """A copy of an nn.LSTM with fp16 weights (activations stay float: a row's output does not depend on the other rows
    of its batch); the original is untouched. Run through aten.quantized_lstm's packed overload by name: why, the
    module's call lets the op try its overloads in turn, and the failed try formats the batch sizes tensor into a
    message (~1 ms a call)."""

    def __init__(self, lstm: Any) -> None:
        """Pack a copy; torch.ao's deprecation warning silenced by its message (torch is pinned in pyproject)."""
        import warnings

        import torch
        from torch.ao import quantization

        with warnings.catch_warnings(), _fp16_engine() as engine:
            warnings.filterwarnings("ignore", message=TORCH_DEPRECATION, category=DeprecationWarning)
            quantize: Any = quantization.quantize_dynamic  # untyped in torch
            spec = {torch.nn.LSTM: quantization.float16_dynamic_qconfig}
            self.module = quantize(torch.nn.Sequential(lstm), spec, dtype=torch.float16)[0].eval()
        log.info("fp16 LSTM copy packed under the %s quantized engine", engine)
        self.params = [m.param for m in self.module._all_weight_values]
        self.op = torch.ops.aten.quantized_lstm.data

    def __call__(self, packed: Any, hx: tuple[Any, Any]) -> tuple[Any, Any]:
        """The packed output data and final hidden states, as self.module(packed, hx) gives them."""
        import torch

        m = self.module
        out = self.op(
            packed.data,
            packed.batch_sizes,
            list(hx),
            self.params,
            m.bias,
            m.num_layers,
            float(m.dropout),
            False,
            m.bidirectional,
            dtype=torch.float16,
            use_dynamic=True,
        )
        return out[0], out[1]


def _lookups(trainer: Any) -> _Lookups:
    """The trainer's memoised lookups, made on its first tagging."""
    found = _LOOKUPS.get(trainer)
    if found is None:
        found = _LOOKUPS[trainer] = _Lookups(trainer)
    return found


def _word_ids(trainer: Any, types: list[str]) -> tuple[Any, Any | None]:
    """Static (and delta) vocabulary ids of each distinct word, as tensors."""
    import torch

    static, delta = _lookups(trainer).word_ids(types)
    return torch.tensor(static, dtype=torch.long), None if delta is None else torch.tensor(delta, dtype=torch.long)


def _char_reps(trainer: Any, lstm: Lstm, types: list[str]) -> Any:
    """The character BiLSTM's (`lstm`: the model's or its fp16 copy) final states for each distinct word (what
    CharacterModel.forward returns)."""
    import torch
    from torch.nn.utils.rnn import PackedSequence

    charmodel = trainer.model.charmodel
    lookups = _lookups(trainer)
    order = sorted(range(len(types)), key=lambda i: -len(types[i]))
    out = torch.empty(len(types), 2 * charmodel.args["char_hidden_dim"])
    layers, hidden = charmodel.args["char_num_layers"], charmodel.args["char_hidden_dim"]
    for lo in range(0, len(order), CHAR_BATCH):
        idx = order[lo : lo + CHAR_BATCH]
        lens = [max(len(types[i]), 1) for i in idx]
        chars = np.zeros((len(idx), lens[0]), dtype=np.int64)  # filled in numpy: one tensor, not one per word
        for row, i in enumerate(idx):
            chars[row, : len(types[i])] = lookups.char_ids(types[i])
        rows, steps, sizes = _packed_order(lens)
        embs = PackedSequence(charmodel.char_emb(torch.from_numpy(chars[rows, steps])), sizes)
        h0 = charmodel.charlstm_h_init.expand(2 * layers, len(idx), hidden).contiguous()
        c0 = charmodel.charlstm_c_init.expand(2 * layers, len(idx), hidden).contiguous()
        _, h = lstm(embs, (h0, c0))
        out[idx] = h[-2:].transpose(0, 1).contiguous().view(len(idx), -1)
    return out


class _CharMemo:
    """Remembered character encodings of one fp16 copy: one tensor, a row per word, and each word's row. Why one
    tensor: a row kept as its own tensor view cost ~500 bytes more than its 800 bytes of data. Rows grow by doubling
    up to CHAR_MEMO_WORDS (further only for one call with more distinct words than that). Appends and reads hold
    the memo's lock, so a row is never read while another call moves or fills it."""

    def __init__(self, capacity: int, width: int) -> None:
        """An empty memo with room for `capacity` rows."""
        import torch

        self.rows = torch.empty(capacity, width)
        self.index: dict[str, int] = {}
        self.lock = threading.Lock()

    def add(self, words: list[str], reps: Any) -> None:
        """Remember each word's encoding (a row of `reps`), words already here skipped (another call added them)."""
        import torch

        with self.lock:
            keep = [k for k, w in enumerate(words) if w not in self.index]
            size = len(self.index)
            if size + len(keep) > len(self.rows):
                grown = torch.empty(max(size + len(keep), min(2 * len(self.rows), CHAR_MEMO_WORDS)), reps.shape[1])
                grown[:size] = self.rows[:size]
                self.rows = grown
            self.rows[size : size + len(keep)] = reps[keep]
            self.index.update((words[k], size + n) for n, k in enumerate(keep))

    def get(self, words: list[str]) -> Any:
        """The remembered encodings of `words`, a row each, in their order."""
        import torch

        with self.lock:
            index = self.index
            rows = np.array([index[w] for w in words], dtype=np.int64)  # through numpy: torch.tensor(list) is slower
            return torch.index_select(self.rows, 0, torch.from_numpy(rows))


_CHAR_MEMO: weakref.WeakKeyDictionary[Any, _CharMemo] = weakref.WeakKeyDictionary()


def forget_char_memo() -> None:
    """Drop every remembered character encoding: why, a benchmark of a freshly started service must not time words
    an earlier pass encoded (outputs are the same either way)."""
    _CHAR_MEMO.clear()


def _memo_char_reps(trainer: Any, lstm: Lstm, types: list[str]) -> Any:
    """_char_reps, each word's encoding computed once per fp16 copy: why, the character BiLSTM was ~25 % of tagging
    and news repeats its words across calls; a row of the fp16 copy hardly depends on its batch, so a remembered
    encoding is the one a fresh batch computes (bit for bit on AVX-512, within 1e-6 on AVX2: tested). Float LSTMs
    are not memoised. A full memo is replaced, never cleared (the _Lookups rule)."""
    if not isinstance(lstm, _Fp16LSTM) or not types:  # no words: nothing to look up
        return _char_reps(trainer, lstm, types)
    memo = _CHAR_MEMO.get(lstm)
    new = types if memo is None else [w for w in types if w not in memo.index]
    if memo is None or len(memo.index) + len(new) > CHAR_MEMO_WORDS:
        new = types
        width = 2 * trainer.model.charmodel.args["char_hidden_dim"]
        memo = _CHAR_MEMO[lstm] = _CharMemo(min(max(len(new), CHAR_MEMO_START), max(CHAR_MEMO_WORDS, len(new))), width)
    if new:
        memo.add(new, _char_reps(trainer, lstm, new))
    return memo.get(types)


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
        pointers = back[b, :n].tolist()  # Python lists: indexing numpy scalars step by step is slow
        path = [int(trellis[b, n - 1].argmax())]
        for t in range(n - 1, 0, -1):
            path.append(pointers[t][path[-1]])
        paths.append(path[::-1])
    return paths


def tag(trainer: Any, sentences: list[list[str]], *, exact: bool = False) -> list[list[str]]:
    """BIOES tags for pretokenized sentences, as trainer.predict would give them (exactly so with `exact`, a test
    switch: the fp16 copies may move a tag)."""
    return tag_scored(trainer, sentences, confidence=False, exact=exact)[0]


def tag_scored(
    trainer: Any, sentences: list[list[str]], *, confidence: bool = True, exact: bool = False
) -> tuple[list[list[str]], list[list[float]]]:
    """The tags, and each token's CRF marginal of its decoded tag (empty lists when `confidence` is off); `exact` (tests
    only) runs the float BiLSTMs (Stanza's arithmetic), else their fp16 copies."""
    import torch

    model = trainer.model
    _eval(model)
    types = list(dict.fromkeys(w for s in sentences for w in s))
    index = {w: i for i, w in enumerate(types)}
    results: list[list[str]] = [[] for _ in sentences]
    probs: list[list[float]] = [[] for _ in sentences]
    char_lstm, tagger_lstm = _lstms(trainer, exact=exact)
    with torch.inference_mode():
        token_vecs = _type_vecs(trainer, char_lstm, types)
        trans = model.crits[0]._transitions.data.cpu().numpy()
        for batch in _batches(sentences):
            lens = [len(sentences[i]) for i in batch]
            ids = np.zeros((len(batch), lens[0]), dtype=np.int64)  # filled in numpy: one tensor, not one per sentence
            for row, i in enumerate(batch):
                ids[row, : lens[row]] = [index[w] for w in sentences[i]]
            scores = _tag_scores(model, tagger_lstm, token_vecs, ids, lens)
            paths = _viterbi(scores, lens, trans)
            for row, path in enumerate(paths):
                results[batch[row]] = _path_tags(trainer, path)
            if confidence:
                named = [any(x != "O" for x in results[i]) for i in batch]
                for row, p in enumerate(_path_marginals(scores, lens, trans, paths, named)):
                    probs[batch[row]] = p
    return results, probs


def _eval(model: Any) -> None:
    """Put the model in eval mode where some module is not: why, eval() walks and sets every module on each call."""
    if any(m.training for m in model.modules()):
        model.eval()


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


def _type_vecs(trainer: Any, char_lstm: Lstm, types: list[str]) -> Any:
    """Each distinct word's input vector: its word (and delta) embedding and character encoding, transformed."""
    import torch

    model = trainer.model
    static, delta = _word_ids(trainer, types)
    word_vecs = model.word_emb(static)
    if delta is not None:
        word_vecs = word_vecs + model.delta_emb(delta)
    token_vecs = torch.cat([word_vecs, _memo_char_reps(trainer, char_lstm, types)], 1)
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


def _packed_order(lens: list[int]) -> tuple[np.ndarray, np.ndarray, Any]:
    """Row and step of each element of a batch (lengths longest first) in PackedSequence order, and the batch sizes.

    Why: gathering a batch's vectors straight into packed order makes the same PackedSequence as padding them and
    then packing (pack_padded_sequence copies every vector once more), and the same padded scores come back by
    scattering to (row, step).
    """
    import torch

    steps, rows = np.nonzero(np.arange(lens[0])[:, None] < np.asarray(lens)[None, :])  # step-major, as packed
    return rows, steps, torch.from_numpy(np.bincount(steps).astype(np.int64))


def _tag_scores(model: Any, lstm: Lstm, token_vecs: Any, ids: np.ndarray, lens: list[int]) -> np.ndarray:
    """The tagger BiLSTM (`lstm`: the model's or its fp16 copy) and classifier over a batch of sentences (rows of
    `token_vecs` ids, longest first):
    (batch, time, tags), zero past each sentence's end."""
    import torch
    from torch.nn.utils.rnn import PackedSequence

    rows, steps, sizes = _packed_order(lens)
    packed = PackedSequence(token_vecs[torch.from_numpy(ids[rows, steps])], sizes)
    hidden, layers = model.args["hidden_dim"], model.args["num_layers"]
    h0 = model.taggerlstm_h_init.expand(2 * layers, len(lens), hidden).contiguous()
    c0 = model.taggerlstm_c_init.expand(2 * layers, len(lens), hidden).contiguous()
    logits = model.tag_clfs[0](lstm(packed, (h0, c0))[0]).numpy()
    scores = np.zeros((len(lens), lens[0], logits.shape[1]), dtype=logits.dtype)
    scores[rows, steps] = logits
    return scores


def _path_tags(trainer: Any, path: list[int]) -> list[str]:
    """A Viterbi path's tag names in the predicted tagset, singletons fixed as Stanza does."""
    from stanza.models.ner.trainer import fix_singleton_tags

    name = _lookups(trainer).tag_name
    return list(fix_singleton_tags([name(x) for x in path]))
