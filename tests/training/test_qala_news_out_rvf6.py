"""`--out` is read by convert and fit-continuation --fit-on train-a only (RV6 finding 7, session 23): anywhere else
it is an error, not silently dropped — the shipping fit-continuation once ran with it and rewrote the shipped weights.
Fails at base (b812d77), where the shipping fit ran."""

from __future__ import annotations

import sys

import pytest

import training.qala_news.continuation as continuation
from training.qala_news.__main__ import main


@pytest.mark.parametrize("argv", [["fit-continuation"], ["fit-continuation", "--fit-on", "train"], ["stats"]])
def test_out_anywhere_but_convert_or_a_held_out_fit_is_an_error(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The shipping fit (monkeypatched: it records) never runs; argparse's error exits 2."""
    fits: list[str] = []
    monkeypatch.setattr(continuation, "fit", lambda *_, **__: fits.append("shipping fit"))
    monkeypatch.setattr(sys, "argv", ["qala_news", *argv, "--out", "weights.json"])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 2 and not fits
    assert "--out is read only by convert" in capsys.readouterr().err
