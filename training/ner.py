"""Train Stanza's BiLSTM-CRF NER tagger with Stanza's own trainer, selecting on ANERCorp dev."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

from training.paths import DataPaths

log = logging.getLogger(__name__)


def read_bio(path: Path) -> list[list[tuple[str, str]]]:
    """Read a `token TAG` file (blank line between sentences) into sentences of pairs."""
    sentences: list[list[tuple[str, str]]] = []
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            if sent:
                sentences.append(sent)
            sent = []
            continue
        tag = parts[-1] if len(parts) == 2 else parts[1]
        sent.append((parts[0], _normalise_tag(tag)))
    if sent:
        sentences.append(sent)
    return sentences


def _normalise_tag(tag: str) -> str:
    """Map corpus tag names onto Stanza's Arabic tag set PER/LOC/ORG/MISC."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    label = {"PERS": "PER", "MIS": "MISC"}.get(label, label)
    if label.startswith("MIS"):
        label = "MISC"
    return f"{prefix}-{label}" if label in {"PER", "LOC", "ORG", "MISC"} else "O"


def write_stanza_json(sentences: list[list[tuple[str, str]]], out: Path) -> None:
    """Write sentences as the JSON list-of-token-dicts that Stanza's NER trainer reads."""
    out.parent.mkdir(parents=True, exist_ok=True)
    data = [[{"text": w, "ner": t} for w, t in s] for s in sentences]
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def prepare(
    *, paths: DataPaths, work: Path, with_aqmar: bool, qala_news_weight: int = 0, anercorp: bool = True
) -> tuple[Path, Path]:
    """Build train/dev JSON: ANERCorp train (+ AQMAR train), dev = ANERCorp dev only.

    With Qala News (qala_news_weight > 0): its train split, repeated that many times, joins the
    training data with units as ORG, and its dev split replaces ANERCorp dev, so Stanza keeps the
    checkpoint that tags Qala's own news best. anercorp=False leaves ANERCorp train out (a second
    stage on Qala News alone).
    """
    train = read_bio(paths.anercorp("train")) if anercorp else []
    if with_aqmar:
        train += read_bio(paths.aqmar("train"))
    dev = read_bio(paths.anercorp("dev"))
    if qala_news_weight > 0:
        from training.qala_news.convert import split_sentences_as_ner

        train += split_sentences_as_ner("train") * qala_news_weight
        dev = split_sentences_as_ner("dev")
    train_json, dev_json = work / "ner.train.json", work / "ner.dev.json"
    write_stanza_json(train, train_json)
    write_stanza_json(dev, dev_json)
    log.info("ner data: %d train sentences, %d dev sentences", len(train), len(dev))
    return train_json, dev_json


def train_ner(
    *,
    paths: DataPaths,
    work: Path,
    pretrain_pt: Path,
    out_model: Path,
    max_steps: int,
    with_aqmar: bool = False,
    qala_news_weight: int = 0,
    charlm: tuple[Path, Path] | None = None,
    seed: int = 1,
) -> dict[str, float]:
    """Run stanza.models.ner_tagger in a subprocess; it keeps the best-dev checkpoint, whose score we return."""
    train_json, dev_json = prepare(paths=paths, work=work, with_aqmar=with_aqmar, qala_news_weight=qala_news_weight)
    cmd = [
        sys.executable,
        "-m",
        "stanza.models.ner_tagger",
        "--mode",
        "train",
        "--shorthand",
        "ar_qala",
        "--train_file",
        str(train_json),
        "--eval_file",
        str(dev_json),
        "--wordvec_pretrain_file",
        str(pretrain_pt),
        "--save_dir",
        str(out_model.parent),
        "--save_name",
        out_model.name,
        "--max_steps",
        str(max_steps),
        "--eval_interval",
        "500",
        "--log_step",
        "100",
        "--seed",
        str(seed),
        "--scheme",
        "bioes",
    ]
    if charlm is not None:
        cmd += ["--charlm", "--charlm_shorthand", "ar_qala"]
        cmd += ["--charlm_forward_file", str(charlm[0]), "--charlm_backward_file", str(charlm[1])]
    return run_tagger_training(cmd)


def finetune_ner(
    *,
    paths: DataPaths,
    work: Path,
    start: Path,
    pretrain_pt: Path,
    out_model: Path,
    max_steps: int,
    lr: float,
    seed: int,
) -> dict[str, float]:
    """Second stage: the start tagger trained on Qala News train alone at rate lr, best Qala News dev kept.

    Why: issue 11 asks whether training in two stages (ANERCorp + Qala News, then Qala News alone) beats
    mixing. Stanza's --finetune reloads the model's own saved config, so the rate is set in a copy of it;
    the copy is also where Stanza saves, so the start model is never overwritten.
    """
    import torch

    checkpoint = torch.load(start, map_location="cpu", weights_only=False)
    checkpoint["config"]["lr"] = lr
    out_model.parent.mkdir(parents=True, exist_ok=True)
    torch.save(checkpoint, out_model)
    train_json, dev_json = prepare(paths=paths, work=work, with_aqmar=False, qala_news_weight=1, anercorp=False)
    cmd = [sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train", "--shorthand", "ar_qala"]
    cmd += ["--train_file", str(train_json), "--eval_file", str(dev_json), "--wordvec_pretrain_file", str(pretrain_pt)]
    cmd += ["--save_dir", str(out_model.parent), "--save_name", out_model.name, "--finetune"]
    cmd += ["--finetune_load_name", str(out_model), "--max_steps", str(max_steps), "--eval_interval", "250"]
    cmd += ["--log_step", "100", "--seed", str(seed), "--scheme", "bioes"]
    return run_tagger_training(cmd)


def run_tagger_training(cmd: list[str]) -> dict[str, float]:
    """Run Stanza's NER trainer on one thread, passing its log through; its best dev F1 and step."""
    log.info("running: %s", " ".join(cmd))
    # One thread: on these 2-core machines a 2-thread torch job sharing the cores with anything else
    # slowed down ~10x (threads waiting on each other); one thread is also bit-for-bit repeatable.
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    best: dict[str, float] = {}
    with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:  # pass Stanza's progress through, and keep its verdict for the stamp
            sys.stdout.write(line)
            found = _BEST.search(line)
            if found:
                best = {"best_dev_f1": float(found.group(1)), "best_step": int(found.group(2))}
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return best


_BEST = re.compile(r"Best dev F1 = ([\d.]+), at iteration = (\d+)")
