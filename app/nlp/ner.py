"""Load the Stanza NER tagger once per process, offline, from models/ or an official Stanza dir.

Qala tokenises itself (app.nlp.tokenize) and feeds Stanza pretokenized sentences, so the
tokens, and therefore every offset, are ours; Stanza only assigns a BIOES tag to each token.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from app.nlp import ner_fast

log = logging.getLogger(__name__)

MANIFEST = "qala_models.json"


class ModelLoadError(RuntimeError):
    """The NER model files are missing or unreadable; the message says what to do."""


class Tagger(Protocol):
    """Anything that tags pretokenized sentences with one BIO/BIOES tag per token."""

    version: str
    lexicon: Mapping[str, int]  # normalised word -> frequency rank (0 = most frequent); may be empty

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """Return a tag per token, in the same shape as the input."""
        ...


@runtime_checkable
class ScoredTagger(Tagger, Protocol):
    """A tagger that also gives each tag's confidence (its CRF marginal), for the span_confidence rule."""

    def tag_scored(self, sentences: list[list[str]]) -> tuple[list[list[str]], list[list[float]] | None]:
        """The tags, and a confidence per tag (None where this model gives none)."""
        ...


def scored_tags(tagger: Tagger, sentences: list[list[str]]) -> tuple[list[list[str]], list[list[float]] | None]:
    """The tags and, where the tagger offers `tag_scored`, each tag's confidence: why one function, the service's tag
    stage and the benches must feed the span floors alike. Checked: one confidence per token of each sentence."""
    if not isinstance(tagger, ScoredTagger):
        return tagger.tag(sentences), None
    tags, conf = tagger.tag_scored(sentences)
    if conf is not None and [len(c) for c in conf] != [len(s) for s in sentences]:
        raise ValueError(f"{type(tagger).__name__}.tag_scored gave confidences not shaped one per token")
    return tags, conf


@dataclass(frozen=True)
class ModelFiles:
    """The files a Stanza NER pipeline needs, resolved to absolute paths."""

    stanza_dir: Path
    ner_model: Path | None
    pretrain: Path | None
    charlm_forward: Path | None
    charlm_backward: Path | None
    version: str
    official: bool
    tags_units: bool = False  # trained on Qala News: armies, ministries, agencies are ORG, no unit rules needed


def resolve_models(*, models_dir: Path, stanza_dir: Path | None) -> ModelFiles:
    """Find our shipped models (models/qala_models.json) or an official Stanza resources dir."""
    if stanza_dir is not None:
        if not (stanza_dir / "resources.json").exists() or not (stanza_dir / "ar" / "ner").is_dir():
            raise ModelLoadError(
                f"{stanza_dir} is not an official Stanza model directory with Arabic NER "
                "(expected resources.json and ar/ner/); run stanza.download('ar', model_dir=...) "
                "on a machine that can reach the model hub and copy the directory here."
            )
        pretrains = sorted((stanza_dir / "ar" / "pretrain").glob("*.pt"))  # only read for the lexicon
        pretrain = pretrains[0] if pretrains else None
        return ModelFiles(stanza_dir, None, pretrain, None, None, f"stanza-official:{stanza_dir.name}", True)
    manifest_path = models_dir / MANIFEST
    if not manifest_path.exists():
        raise ModelLoadError(
            f"No NER model manifest at {manifest_path}. Build the models with "
            "`python -m training build` (see models/MODEL_CARD.md) or set QALA_NLP__STANZA_DIR "
            "to an official Stanza model directory."
        )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))

    def path_of(key: str) -> Path | None:
        rel: str | None = manifest.get(key)
        if rel is None:
            return None
        path = models_dir / rel
        if not path.exists():
            raise ModelLoadError(f"{manifest_path} names {rel} but {path} does not exist")
        return path

    return ModelFiles(
        stanza_dir=models_dir,
        ner_model=path_of("ner_model"),
        pretrain=path_of("pretrain"),
        charlm_forward=path_of("charlm_forward"),
        charlm_backward=path_of("charlm_backward"),
        version=str(manifest["version"]),
        official=False,
        tags_units=bool(manifest.get("tags_units", False)),
    )


class StanzaTagger:
    """A Stanza pipeline (pretokenized tokenize + ner) that tags our tokens; thread-safe."""

    version: str
    lexicon: Mapping[str, int]
    tags_units: bool

    def __init__(self, files: ModelFiles, *, threads: int = 1) -> None:
        import stanza
        import torch

        torch.set_num_threads(max(1, threads))
        self.version = files.version
        self.tags_units = files.tags_units
        kwargs: dict[str, Any] = {
            "lang": "ar",
            "dir": str(files.stanza_dir),
            "processors": "tokenize,ner",
            "tokenize_pretokenized": True,
            "download_method": None,
            "use_gpu": False,
            "logging_level": "WARN",
        }
        if not files.official:
            kwargs["ner_model_path"] = str(files.ner_model)
            if files.pretrain is not None:
                kwargs["ner_pretrain_path"] = str(files.pretrain)
            if files.charlm_forward is not None and files.charlm_backward is not None:
                kwargs["ner_forward_charlm_path"] = str(files.charlm_forward)
                kwargs["ner_backward_charlm_path"] = str(files.charlm_backward)
        try:
            self._pipeline = stanza.Pipeline(**kwargs)
        except Exception as exc:  # stanza raises a variety of errors for unreadable models
            msg = f"Stanza could not load the NER model from {files.stanza_dir}: {exc}"
            raise ModelLoadError(msg) from exc
        for trainer in self._pipeline.processors["ner"].trainers:
            if ner_fast.supports(trainer):
                ner_fast.prepare(trainer)  # the fp16 LSTM copies, made now rather than on the first request
        self._lock = threading.Lock()
        self.lexicon = _load_lexicon(files.pretrain) if files.pretrain is not None else {}

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """Tag pretokenized sentences; empty input gives empty output."""
        if not sentences:
            return []
        with self._lock:
            return _tag_direct(self._pipeline.processors["ner"], sentences)

    def tag_scored(self, sentences: list[list[str]]) -> tuple[list[list[str]], list[list[float]] | None]:
        """The tags and each token's CRF marginal of its tag; None for a model the fast path does not handle."""
        if not sentences:
            return [], []
        with self._lock:
            trainers = self._pipeline.processors["ner"].trainers
            if len(trainers) == 1 and ner_fast.supports(trainers[0]):
                return ner_fast.tag_scored(trainers[0], sentences)
            return _tag_direct(self._pipeline.processors["ner"], sentences), None

    def tag_via_pipeline(self, sentences: list[list[str]]) -> list[list[str]]:
        """The same through stanza.Pipeline's public call (kept to check tag() against it)."""
        if not sentences:
            return []
        with self._lock:
            doc = self._pipeline(sentences)
        return [[tok.ner for tok in sent.tokens] for sent in doc.sentences]


def _tag_direct(processor: Any, sentences: list[list[str]]) -> list[list[str]]:
    """What Stanza's NERProcessor.process does, minus building a Document of Token/Word objects.

    That Document costs ~15 % of tagging time and we only read the tags back; the loader below
    takes our token lists where Stanza's takes a Document. Pinned to stanza==1.15.0; tests/nlp/test_loader.py checks
    the fast path's float arithmetic (ner_fast `exact`) against the pipeline's own tags, and the fp16 path's agreement.
    """
    import torch
    from stanza.models.ner.utils import merge_tags

    all_preds = []
    with torch.no_grad():
        for trainer, config in zip(processor.trainers, processor.configs, strict=True):
            if ner_fast.supports(trainer):
                all_preds.append(ner_fast.tag(trainer, sentences))
                continue
            loader = _token_list_loader()(
                sentences,
                config["batch_size"],
                config,
                vocab=trainer.vocab,
                evaluation=True,
                preprocess_tags=False,
                bert_tokenizer=trainer.model.bert_tokenizer,
            )
            all_preds.append([tags for batch in loader for tags in trainer.predict(batch)])
    return [list(merge_tags(*per_model)) for per_model in zip(*all_preds, strict=True)]


_LOADER: Any = None


def _token_list_loader() -> Any:
    """Stanza's NER DataLoader reading plain token lists instead of a Document (built once)."""
    global _LOADER
    if _LOADER is None:
        from stanza.models.ner.data import DataLoader

        class TokenListLoader(DataLoader):  # type: ignore[misc]
            def _load_doc(self, doc: list[list[str]], scheme: Any) -> list[list[list[Any]]]:
                return [[[word, (None,)] for word in sentence] for sentence in doc]

        _LOADER = TokenListLoader
    return _LOADER


def _load_lexicon(pretrain: Path) -> dict[str, int]:
    """Word frequency ranks from the word-vector vocabulary (ordered most frequent first)."""
    import torch

    from app.nlp.normalize import normalize

    data = torch.load(str(pretrain), map_location="cpu", weights_only=False)
    ranks: dict[str, int] = {}
    for word, rank in data["vocab"]["_unit2id"].items():
        ranks.setdefault(normalize(word), int(rank))
    return ranks


_TAGGER: Tagger | None = None
_TAGGER_LOCK = threading.Lock()


def get_tagger(*, models_dir: Path, stanza_dir: Path | None, threads: int = 1) -> Tagger:
    """The process-wide tagger, built on first use and never per request."""
    global _TAGGER
    if _TAGGER is None:
        with _TAGGER_LOCK:
            if _TAGGER is None:
                files = resolve_models(models_dir=models_dir, stanza_dir=stanza_dir)
                log.info("loading NER model %s", files.version)
                _TAGGER = StanzaTagger(files, threads=threads)
    return _TAGGER
