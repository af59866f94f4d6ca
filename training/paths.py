"""Where the training inputs live (../shared/data) and where shipped models go (models/)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MODELS = REPO / "models"


def _default_data() -> Path:
    return Path(os.environ.get("QALA_DATA_DIR", REPO.parent / "shared" / "data"))


@dataclass(frozen=True)
class DataPaths:
    """The public corpora under shared/data; their text never enters the repository."""

    root: Path

    @classmethod
    def default(cls) -> DataPaths:
        return cls(_default_data())

    @property
    def saudinewsnet(self) -> Path:
        return self.root / "saudinewsnet" / "saudinewsnet_paragraphs.txt.gz"

    def anercorp(self, split: str) -> Path:
        return self.root / "anercorp" / "stanza" / f"ar_anercorp.{split}.bio"

    def aqmar(self, split: str) -> Path:
        return self.root / "aqmar" / "liu2019_split" / f"{split}.txt"

    def wojood(self, split: str) -> Path:
        return self.root / "wojood_sample" / f"{split}.conll4.bio"

    @property
    def newsfane_fine(self) -> Path:
        return self.root / "newsfane_gold" / "NewsFANE_Gold_fine.bio"

    @property
    def ud_pud(self) -> Path:
        return self.root / "ud_arabic" / "UD_Arabic-PUD" / "ar_pud-ud-test.conllu"

    def vector_corpora(self) -> list[Path]:
        """Training/dev parts only: test text never shapes the vectors."""
        return [
            self.anercorp("train"),
            self.anercorp("dev"),
            self.aqmar("train"),
            self.aqmar("dev"),
            self.wojood("train"),
            self.wojood("val"),
        ]
