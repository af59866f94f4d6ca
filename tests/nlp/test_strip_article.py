"""The one article stripper the claims and entity rules share."""

from __future__ import annotations

import pytest

from app.nlp.morphology import strip_article
from app.nlp.normalize import normalize


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("الوزير", "وزير"),
        ("للمتحدث", "متحدث"),
        ("والجيش", "جيش"),
        ("بالقوات", "قوات"),
        ("الخبير", "خبير"),
        ("ال", "ال"),
        ("وزير", "وزير"),
    ],
)
def test_strip_article(word: str, bare: str) -> None:
    assert strip_article(normalize(word)) == normalize(bare)
