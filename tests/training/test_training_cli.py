"""`python -m training finetune|soup` write candidates only: never models/, never a directory they read."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from training.__main__ import PRETRAIN, finetune, soup
from training.paths import MODELS


def _models_dir(path: Path) -> Path:
    (path / PRETRAIN).parent.mkdir(parents=True)
    (path / PRETRAIN).write_bytes(b"pretrain")
    return path


def test_finetune_refuses_to_write_into_its_start_directory(tmp_path: Path) -> None:
    start = _models_dir(tmp_path / "start")
    args = argparse.Namespace(start=str(start), out=str(start), data=str(tmp_path), steps=1, lr=0.05, seed=1)
    with pytest.raises(SystemExit, match="those it reads"):
        finetune(args)


def test_soup_refuses_to_write_into_one_of_its_inputs_or_models(tmp_path: Path) -> None:
    a, b = _models_dir(tmp_path / "a"), _models_dir(tmp_path / "b")
    with pytest.raises(SystemExit, match="those it reads"):
        soup(argparse.Namespace(out=str(b), models=[str(a), str(b)]))
    with pytest.raises(SystemExit, match="other than models/"):
        soup(argparse.Namespace(out=str(MODELS), models=[str(a), str(b)]))
