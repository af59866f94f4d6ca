"""Model soup: the mean of fine-tuned taggers' weights, refused for taggers from different start models."""

from __future__ import annotations

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from training.soup import average_taggers  # noqa: E402


def _tagger(path: Path, weight: list[float], *, vocab: dict[str, object] | None = None) -> Path:
    model = {"w": torch.tensor(weight), "steps": torch.tensor([3], dtype=torch.long)}
    torch.save({"model": model, "vocab": vocab or {"word": ["a", "b"]}, "config": {"lr": 0.05}}, path)
    return path


def test_soup_is_the_mean_of_float_weights_and_keeps_the_rest(tmp_path: Path) -> None:
    a = _tagger(tmp_path / "a.pt", [1.0, 2.0])
    b = _tagger(tmp_path / "b.pt", [3.0, 6.0])
    average_taggers([a, b], tmp_path / "out" / "soup.pt")
    soup = torch.load(tmp_path / "out" / "soup.pt", map_location="cpu", weights_only=False)
    assert soup["model"]["w"].tolist() == [2.0, 4.0]
    assert soup["model"]["steps"].tolist() == [3]
    assert soup["config"] == {"lr": 0.05} and soup["vocab"] == {"word": ["a", "b"]}


def test_soup_refuses_taggers_with_another_vocabulary(tmp_path: Path) -> None:
    a = _tagger(tmp_path / "a.pt", [1.0, 2.0])
    b = _tagger(tmp_path / "b.pt", [3.0, 6.0], vocab={"word": ["a", "c"]})
    with pytest.raises(ValueError, match="does not share"):
        average_taggers([a, b], tmp_path / "soup.pt")


def test_soup_refuses_other_shapes_and_a_single_tagger(tmp_path: Path) -> None:
    a = _tagger(tmp_path / "a.pt", [1.0, 2.0])
    b = _tagger(tmp_path / "b.pt", [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match=r"w is \(3,\)"):
        average_taggers([a, b], tmp_path / "soup.pt")
    with pytest.raises(ValueError, match="at least two"):
        average_taggers([a], tmp_path / "soup.pt")
