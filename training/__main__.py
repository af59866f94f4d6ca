"""`python -m training build`: rebuild every shipped model from ../shared/data alone.

Stages run in order and each is skipped when its output exists and was built with the same
settings (a `.stamp.json` beside it records them); `--force STAGE` rebuilds one anyway.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from training.paths import MODELS, REPO, DataPaths

log = logging.getLogger("training")

PRETRAIN = Path("pretrain") / "ar_qala_w2v100.pt"
PRETRAINS = {"word2vec": PRETRAIN, "fasttext": Path("pretrain") / "ar_qala_ft100.pt"}
NER_MODEL = Path("ner") / "ar_qala_nertagger.pt"
CHARLM_FORWARD = Path("forward_charlm") / "ar_qala_charlm.pt"
CHARLM_BACKWARD = Path("backward_charlm") / "ar_qala_charlm.pt"
WORK = REPO / "build" / "training"


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".stamp.json")


def _run_stage(name: str, out: Path, config: dict[str, Any], force: set[str], fn: Callable[[], Any]) -> None:
    """Run fn unless out exists with an identical config stamp."""
    stamp = _stamp(out)
    current = out.exists() and stamp.exists() and json.loads(stamp.read_text())["config"] == config
    if name not in force and current:
        log.info("[%s] up to date: %s", name, out)
        return
    log.info("[%s] building %s", name, out)
    t0 = time.time()
    result = fn()
    stamp.write_text(
        json.dumps({"config": config, "result": result, "seconds": round(time.time() - t0)}, indent=1) + "\n"
    )
    log.info("[%s] done in %.0f s", name, time.time() - t0)


def write_manifest(models: Path, *, tags_units: bool = False, pretrain: Path = PRETRAIN) -> dict[str, object]:
    """qala_models.json (what app.nlp.ner loads) and the minimal resources.json Stanza wants.

    tags_units: the tagger learned Qala's units (trained on Qala News), so the service skips its unit rules.
    """
    digest = hashlib.sha256((models / NER_MODEL).read_bytes()).hexdigest()[:12]
    manifest: dict[str, object] = {
        "version": f"ar_qala-ner-{digest}",
        "ner_model": str(NER_MODEL),
        "pretrain": str(pretrain),
        "tags_units": tags_units,
    }
    if (models / CHARLM_FORWARD).exists() and (models / CHARLM_BACKWARD).exists():
        manifest["charlm_forward"] = str(CHARLM_FORWARD)
        manifest["charlm_backward"] = str(CHARLM_BACKWARD)
    (models / "qala_models.json").write_text(json.dumps(manifest, indent=1) + "\n")
    resources = {"ar": {"lang_name": "Arabic", "default_processors": {}}}
    (models / "resources.json").write_text(json.dumps(resources, indent=1) + "\n")
    return manifest


def _qala_news_data(weight: int) -> dict[str, str]:
    """The Qala News gold the tagger trains and selects on, fingerprinted, so the stage reruns when it changes."""
    if weight <= 0:
        return {}
    from training.qala_news.convert import gold_fingerprint

    return {"qala_news_train": gold_fingerprint("train"), "qala_news_dev": gold_fingerprint("dev")}


def build(args: argparse.Namespace) -> None:
    """Word vectors and (optionally) character LMs, then the NER tagger on top of them."""
    from training.charlm import train_charlms
    from training.ner import train_ner
    from training.wordvec import train_vectors

    paths = DataPaths(Path(args.data)) if args.data else DataPaths.default()
    models = Path(args.out).resolve() if args.out else MODELS
    pretrain, ner_model = models / PRETRAINS[args.vectors], models / NER_MODEL
    charlms = (models / CHARLM_FORWARD, models / CHARLM_BACKWARD)
    if models != MODELS and not pretrain.exists() and (MODELS / PRETRAIN).exists() and args.vectors == "word2vec":
        pretrain.parent.mkdir(parents=True, exist_ok=True)  # reuse the shipped vectors when current
        for src in (MODELS / PRETRAIN, _stamp(MODELS / PRETRAIN)):
            shutil.copy2(src, pretrain.parent / src.name)
    work = WORK if models == MODELS else models / "work"
    force = set(args.force or [])
    vec_cfg: dict[str, Any] = {"dim": 100, "epochs": args.vector_epochs, "seed": args.seed, "vocab": args.vocab}
    vec_extra = {"kind": args.vectors, "min_count": args.vector_min_count, "extra_words": args.vector_extra_words}
    if vec_extra != {"kind": "word2vec", "min_count": 3, "extra_words": False}:  # old stamps stay current
        vec_cfg |= vec_extra
    _run_stage(
        "vectors",
        pretrain,
        vec_cfg,
        force,
        lambda: train_vectors(
            paths=paths,
            out_pt=pretrain,
            seed=args.seed,
            epochs=args.vector_epochs,
            kind=args.vectors,
            max_vocab=args.vocab,
            min_count=args.vector_min_count,
            extra_words=args.vector_extra_words,
        ),
    )
    charlm_cfg: dict[str, Any] | None = None
    if args.charlm_hidden:
        charlm_cfg = {"hidden": args.charlm_hidden, "epochs": args.charlm_epochs, "seed": 1}
        _run_stage(
            "charlm",
            charlms[0],
            charlm_cfg,
            force,
            lambda: train_charlms(
                paths=paths,
                work=work,
                forward=charlms[0],
                backward=charlms[1],
                hidden=args.charlm_hidden,
                epochs=args.charlm_epochs,
            ),
        )
    ner_cfg = {
        "max_steps": args.ner_steps,
        "seed": args.seed,
        "aqmar": args.with_aqmar,
        "qala_news_weight": args.qala_news_weight,
        **_qala_news_data(args.qala_news_weight),
        "vectors": vec_cfg,
    }
    if charlm_cfg:
        ner_cfg["charlm"] = charlm_cfg
    seeds = [int(x) for x in args.finetune_seeds.split(",") if x] if args.qala_news_weight > 0 else []
    stage1 = work / "stage1" / NER_MODEL if seeds else ner_model
    _run_stage(
        "ner",
        stage1,
        ner_cfg,
        force,
        lambda: train_ner(
            paths=paths,
            work=work,
            pretrain_pt=pretrain,
            out_model=stage1,
            max_steps=args.ner_steps,
            with_aqmar=args.with_aqmar,
            qala_news_weight=args.qala_news_weight,
            charlm=charlms if charlm_cfg else None,
            seed=args.seed,
        ),
    )
    if seeds:
        _second_stage(args, paths=paths, work=work, stage1=stage1, pretrain=pretrain, seeds=seeds, force=force)
        ner_cfg = {"stage1": ner_cfg, "finetune": _finetune_config(args, seed=None), "seeds": seeds}
        _run_stage("soup", ner_model, ner_cfg, force, lambda: _soup(work, seeds, ner_model))
    manifest = write_manifest(models, tags_units=args.qala_news_weight > 0, pretrain=PRETRAINS[args.vectors])
    log.info("manifest: %s", manifest)


def _finetune_config(args: argparse.Namespace, *, seed: int | None) -> dict[str, Any]:
    """A second stage's settings and the gold it trains and selects on (its stamp)."""
    config: dict[str, Any] = {"max_steps": args.finetune_steps, "lr": args.finetune_lr, **_qala_news_data(1)}
    return config if seed is None else config | {"seed": seed}


def _second_stage(
    args: argparse.Namespace,
    *,
    paths: DataPaths,
    work: Path,
    stage1: Path,
    pretrain: Path,
    seeds: list[int],
    force: set[str],
) -> None:
    """One fine-tuning run on Qala News alone per seed, each from the first-stage tagger (the soup's members)."""
    start = json.loads(_stamp(stage1).read_text())["config"]
    for seed in seeds:
        member = work / f"stage2_seed{seed}" / NER_MODEL
        config = {"start": start, **_finetune_config(args, seed=seed)}
        _finetune_run(paths=paths, start=stage1, pretrain=pretrain, out=member, config=config, force=force)


def _finetune_run(
    *, paths: DataPaths, start: Path, pretrain: Path, out: Path, config: dict[str, Any], force: set[str]
) -> None:
    """One second-stage run as a stage: skipped when out exists with this config (max_steps, lr, seed in it)."""
    from training.ner import finetune_ner

    _run_stage(
        "finetune",
        out,
        config,
        force,
        lambda: finetune_ner(
            paths=paths,
            work=out.parent.parent / "work",
            start=start,
            pretrain_pt=pretrain,
            out_model=out,
            max_steps=config["max_steps"],
            lr=config["lr"],
            seed=config["seed"],
        ),
    )


def _soup(work: Path, seeds: list[int], out: Path) -> dict[str, Any]:
    """The shipped tagger: the second-stage members' weights averaged."""
    from training.soup import average_taggers

    return average_taggers([work / f"stage2_seed{seed}" / NER_MODEL for seed in seeds], out)


def _candidate_dir(cmd: str, out: str, reads: list[Path]) -> Path:
    """The models directory a finetune or soup writes, resolved. Why: writing into models/ would replace the shipped
    tagger, and writing into a directory it reads would overwrite its own input (shutil.SameFileError half-way)."""
    models = Path(out).resolve()
    if models == MODELS.resolve() or models in reads:
        raise SystemExit(f"{cmd} writes a candidate: give --out a directory other than models/ and those it reads")
    return models


def finetune(args: argparse.Namespace) -> None:
    """A second training stage on Qala News alone, from a built tagger, into a candidate models directory."""
    paths = DataPaths(Path(args.data)) if args.data else DataPaths.default()
    start_dir = Path(args.start).resolve()
    models = _candidate_dir("finetune", args.out, [start_dir])
    (models / PRETRAIN).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(start_dir / PRETRAIN, models / PRETRAIN)
    config = {
        "start": json.loads((start_dir / "qala_models.json").read_text())["version"],
        "max_steps": args.steps,
        "lr": args.lr,
        "seed": args.seed,
        **_qala_news_data(1),
    }
    start, pretrain = start_dir / NER_MODEL, models / PRETRAIN
    _finetune_run(paths=paths, start=start, pretrain=pretrain, out=models / NER_MODEL, config=config, force=set())
    log.info("manifest: %s", write_manifest(models, tags_units=True))


def soup(args: argparse.Namespace) -> None:
    """Average fine-tuned taggers (one start model, several seeds) into a candidate models directory."""
    from training.soup import average_taggers

    inputs = [Path(d).resolve() for d in args.models]
    models = _candidate_dir("soup", args.out, inputs)
    (models / PRETRAIN).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(inputs[0] / PRETRAIN, models / PRETRAIN)
    result = average_taggers([d / NER_MODEL for d in inputs], models / NER_MODEL)
    _stamp(models / NER_MODEL).write_text(json.dumps({"config": {"soup": result["inputs"]}, "result": result}) + "\n")
    log.info("manifest: %s", write_manifest(models, tags_units=True))


def _add_build(sub: Any) -> None:
    """The build command's options (one per stage setting, so a stage's stamp says what built it)."""
    b = sub.add_parser("build", help="rebuild the shipped models (skips current stages)")
    b.add_argument("--out", help="models directory to build into (default models/; stage elsewhere, then compare)")
    b.add_argument("--data", help="shared data dir (default ../shared/data or $QALA_DATA_DIR)")
    b.add_argument(
        "--force",
        action="append",
        choices=["vectors", "charlm", "ner", "finetune", "soup"],
        help="rebuild this stage",
    )
    b.add_argument("--seed", type=int, default=1)
    b.add_argument("--vector-epochs", type=int, default=5)
    b.add_argument("--vectors", choices=sorted(PRETRAINS), default="word2vec", help="word vectors to fit")
    b.add_argument("--vocab", type=int, default=100_000, help="keep this many most frequent words' vectors")
    b.add_argument("--vector-min-count", type=int, default=3, help="fit words seen this often")
    b.add_argument(
        "--vector-extra-words",
        action="store_true",
        help="fastText: also a vector for every word of the tagger's training text (never Qala News dev/test)",
    )
    b.add_argument("--ner-steps", type=int, default=8_000)
    b.add_argument("--with-aqmar", action="store_true", help="add AQMAR train to the NER training data")
    b.add_argument(
        "--qala-news-weight",
        type=int,
        default=3,
        help="add Qala News train this many times to the NER data and select on Qala News dev (0: ANERCorp only)",
    )
    b.add_argument(
        "--finetune-seeds",
        default="1,2",
        help="second stage: fine-tune the tagger on Qala News alone once per seed and ship their average ('': none)",
    )
    b.add_argument("--finetune-steps", type=int, default=3_000)
    b.add_argument("--finetune-lr", type=float, default=0.05)
    b.add_argument("--charlm-hidden", type=int, default=0, help="train character LMs of this size (0: none)")
    b.add_argument("--charlm-epochs", type=int, default=1)


def _parser() -> argparse.ArgumentParser:
    """The command line: build, manifest, finetune, soup, oov. Why apart from main: main only dispatches."""
    parser = argparse.ArgumentParser(prog="python -m training")
    sub = parser.add_subparsers(dest="cmd", required=True)
    _add_build(sub)
    m = sub.add_parser("manifest", help="rewrite models/qala_models.json from the current model files")
    m.add_argument("--out", help="models directory (default models/)")
    m.add_argument("--tags-units", action="store_true", help="the tagger was trained on Qala News (tags units)")
    m.add_argument("--vectors", choices=sorted(PRETRAINS), default="word2vec", help="which pretrain file it uses")
    f = sub.add_parser("finetune", help="train a built tagger further on Qala News train alone (a second stage)")
    f.add_argument("--start", default=str(MODELS), help="models directory holding the first-stage tagger")
    f.add_argument("--out", required=True, help="candidate models directory to write")
    f.add_argument("--data", help="shared data dir (default ../shared/data or $QALA_DATA_DIR)")
    f.add_argument("--steps", type=int, default=3_000)
    f.add_argument("--lr", type=float, default=0.05, help="SGD rate of the second stage (the first used 0.1)")
    f.add_argument("--seed", type=int, default=1)
    s = sub.add_parser("soup", help="average the weights of taggers fine-tuned from one start model")
    s.add_argument("--out", required=True, help="candidate models directory to write")
    s.add_argument("models", nargs="+", help="models directories (from `finetune`), two or more")
    o = sub.add_parser("oov", help="share of a Qala News split's tokens with no word vector in a pretrain file")
    o.add_argument("pretrain", nargs="+", help="Stanza pretrain .pt files")
    o.add_argument("--split", choices=["dev", "train"], default="dev", help="never test: it selects nothing")
    return parser


def main() -> None:
    """Parse the command line and run the build."""
    args = _parser().parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if args.cmd == "oov":
        from training.qala_news.convert import split_sentences_as_ner
        from training.wordvec import oov_rates

        sents = split_sentences_as_ner(args.split)
        for pt in args.pretrain:
            print(json.dumps({"pretrain": pt, "split": args.split, **oov_rates(Path(pt), sents)}))
    elif args.cmd == "manifest":
        out = Path(args.out).resolve() if args.out else MODELS
        log.info("manifest: %s", write_manifest(out, tags_units=args.tags_units, pretrain=PRETRAINS[args.vectors]))
    elif args.cmd == "finetune":
        finetune(args)
    elif args.cmd == "soup":
        soup(args)
    else:
        build(args)


if __name__ == "__main__":
    main()
