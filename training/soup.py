"""Average the weights of taggers fine-tuned from one start model (a "model soup"): an ensemble at no tagging cost.

Why: issue 11's retrains land within a reseed's noise of each other; averaging runs that differ only in their
seed is the cheapest way to take the noise out, and it keeps one model's size and speed. Only models that share
the start model's vocabulary and shapes can be averaged (second-stage runs of `python -m training finetune`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def average_taggers(inputs: list[Path], out: Path) -> dict[str, Any]:
    """Write the element-wise mean of the inputs' floating-point weights to out; the first input's config and vocab."""
    import torch

    if len(inputs) < 2:
        raise ValueError("a soup needs at least two taggers")
    checkpoints = [torch.load(p, map_location="cpu", weights_only=False) for p in inputs]
    first = checkpoints[0]
    for path, other in zip(inputs[1:], checkpoints[1:], strict=True):
        if other["vocab"] != first["vocab"] or other["model"].keys() != first["model"].keys():
            raise ValueError(f"{path} does not share the first tagger's vocabulary and layers (not one start model)")
        for name, tensor in first["model"].items():
            if other["model"][name].shape != tensor.shape:
                raise ValueError(f"{path}: {name} is {tuple(other['model'][name].shape)}, not {tuple(tensor.shape)}")
    averaged = {}
    for name, tensor in first["model"].items():
        if tensor.is_floating_point():
            averaged[name] = torch.stack([c["model"][name] for c in checkpoints]).mean(dim=0)
        else:
            averaged[name] = tensor
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.save({**first, "model": averaged}, out)
    return {"inputs": [str(p) for p in inputs], "tensors": len(averaged)}
