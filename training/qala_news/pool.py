"""The Qala News pool (../shared) and the annotation files (training/data/qala_news): where each lives."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from training.paths import REPO, DataPaths

Split = Literal["test", "dev", "train"]
SPLITS: tuple[Split, ...] = ("test", "dev", "train")
DATA_DIR = REPO / "training" / "data" / "qala_news"
AGREEMENT_DIR = DATA_DIR / "agreement"
TEST_END, DEV_END = 60, 100  # fixed before any model work: 0-59 test, 60-99 dev, 100+ train
TRAIN_HALF = 550  # train-a = orders 100-549 (read errors here), train-b = 550+ (check a rule's gain here)


def split_of(order: int) -> Split:
    """The split an order belongs to; fixed for good (see DATASHEET.md)."""
    return "test" if order < TEST_END else "dev" if order < DEV_END else "train"


def in_split(order: int, split: str) -> bool:
    """Whether an order belongs to a split name: test, dev, train, its halves train-a / train-b, or all."""
    if split == "all":
        return True
    if split in ("train-a", "train-b"):
        return split_of(order) == "train" and (order < TRAIN_HALF) == (split == "train-a")
    return split_of(order) == split


@dataclass(frozen=True, slots=True)
class PoolItem:
    """One news report of the pool; its text stays in ../shared."""

    order: int
    id: str
    sha256: str
    title: str
    text: str


def pool_path() -> Path:
    return DataPaths.default().root / "qala_news_pool" / "pool.jsonl"


@cache
def load_pool() -> dict[int, PoolItem]:
    """Every pool item by order, its text checked against its sha256."""
    items: dict[int, PoolItem] = {}
    with pool_path().open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            item = PoolItem(row["order"], row["id"], row["sha256"], row["title"], row["text"])
            if hashlib.sha256(item.text.encode("utf-8")).hexdigest() != item.sha256:
                raise ValueError(f"pool order {item.order}: text does not match its sha256")
            items[item.order] = item
    return items


def ann_path(order: int, *, agreement: bool = False) -> Path:
    """training/data/qala_news/NNNN_<id>.json (or agreement/ for the second annotator's copy)."""
    item = load_pool()[order]
    return (AGREEMENT_DIR if agreement else DATA_DIR) / f"{order:04d}_{item.id}.json"


def read_ann(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def write_ann(path: Path, ann: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def ann_files(*, agreement: bool = False) -> list[Path]:
    """Annotation files in order (the main set, or the second annotator's)."""
    return sorted((AGREEMENT_DIR if agreement else DATA_DIR).glob("[0-9][0-9][0-9][0-9]_*.json"))


def blank(item: PoolItem) -> dict[str, Any]:
    """An empty annotation file for one pool item."""
    return {
        "order": item.order,
        "pool_id": item.id,
        "sha256": item.sha256,
        "split": split_of(item.order),
        "status": "draft",
        "annotator": "",
        "notes": "",
        "entities": [],
        "exclude": [],
        "add": [],
        "claims": [],
    }
