"""Train Stanza's character language models (forward and backward) on the raw news text.

The NER tagger reads them as frozen contextual character features; a small hidden size keeps
both training (one pass over the news on a CPU core) and tagging affordable.
"""

from __future__ import annotations

import gzip
import logging
import os
import subprocess
import sys
from pathlib import Path

from training.paths import DataPaths

log = logging.getLogger(__name__)

DEV_PARAGRAPHS = 2_000
SHARD_CHARS = 5_000_000


def prepare(*, paths: DataPaths, work: Path) -> tuple[Path, Path]:
    """Split the news paragraphs into train shards and a held-out dev file (the last paragraphs)."""
    with gzip.open(paths.saudinewsnet, "rt", encoding="utf-8") as fh:
        paragraphs = [line.strip() for line in fh if line.strip()]
    train, dev = paragraphs[:-DEV_PARAGRAPHS], paragraphs[-DEV_PARAGRAPHS:]
    train_dir, dev_file = work / "charlm_train", work / "charlm_dev.txt"
    train_dir.mkdir(parents=True, exist_ok=True)
    for old in train_dir.glob("*.txt"):
        old.unlink()
    shard: list[str] = []
    size = n = 0
    for para in train:
        shard.append(para)
        size += len(para) + 1
        if size >= SHARD_CHARS:
            (train_dir / f"news_{n:03d}.txt").write_text("\n".join(shard) + "\n", encoding="utf-8")
            shard, size, n = [], 0, n + 1
    if shard:
        (train_dir / f"news_{n:03d}.txt").write_text("\n".join(shard) + "\n", encoding="utf-8")
    dev_file.write_text("\n".join(dev) + "\n", encoding="utf-8")
    log.info("charlm data: %d train paragraphs in %d shards, %d dev paragraphs", len(train), n + 1, len(dev))
    return train_dir, dev_file


def command(
    *, train_dir: Path, dev_file: Path, out: Path, checkpoint: Path, direction: str, hidden: int, epochs: int
) -> list[str]:
    """The stanza.models.charlm command line for one direction (checkpointed, so it can resume)."""
    return [
        sys.executable,
        "-m",
        "stanza.models.charlm",
        "--train_dir",
        str(train_dir),
        "--eval_file",
        str(dev_file),
        "--direction",
        direction,
        "--shorthand",
        "ar_qala",
        "--char_hidden_dim",
        str(hidden),
        "--epochs",
        str(epochs),
        "--cutoff",
        "5",
        "--eval_steps",
        "500",
        "--report_steps",
        "100",
        "--save_dir",
        str(out.parent),
        "--save_name",
        out.name,
        "--checkpoint_save_name",
        str(checkpoint),
        "--seed",
        "1",
    ]


def train_charlms(*, paths: DataPaths, work: Path, forward: Path, backward: Path, hidden: int, epochs: int) -> None:
    """Train both directions side by side, one thread each, and wait for both."""
    train_dir, dev_file = prepare(paths=paths, work=work)
    procs = []
    for direction, out in (("forward", forward), ("backward", backward)):
        out.parent.mkdir(parents=True, exist_ok=True)
        checkpoint = work / f"charlm_{direction}.checkpoint.pt"
        cmd = command(
            train_dir=train_dir,
            dev_file=dev_file,
            out=out,
            checkpoint=checkpoint,
            direction=direction,
            hidden=hidden,
            epochs=epochs,
        )
        log.info("running: %s", " ".join(cmd))
        procs.append(subprocess.Popen(cmd, env={**os.environ, "OMP_NUM_THREADS": "1"}))
    codes = [p.wait() for p in procs]
    if any(codes):
        raise RuntimeError(f"charlm training failed: exit codes {codes}")
