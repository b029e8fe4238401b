"""Short texts are folded in Python, long ones with numpy: both must give the same text and the same offsets."""

import random

import numpy as np
import pytest

from gazetteer import normalize

SAMPLES = ["Qa'im", "Qa’im", "'Hajin'", "al- Dweir", "Ālbū Kamāl", "بالبوكمال", "الـبوكمال", "قُتل  ثلاثة", "Deir\u200bez-Zor",
           "“Mayadin” —  Abu Kamal…", "٢٤ أيلول", "x'", "'x", "''", "a\u0301b", "  lead and trail  ", "😀Hajin", ""]


def _both(text, monkeypatch):
    short = normalize.fold_text(text)
    monkeypatch.setattr(normalize, "_SHORT", -1)
    long = normalize.fold_text(text)
    monkeypatch.undo()
    return short, long


@pytest.mark.parametrize("text", SAMPLES)
def test_short_fold_is_the_table_fold(text, monkeypatch):
    short, long = _both(text, monkeypatch)
    assert short.text == long.text and short.original_length == long.original_length
    assert np.array_equal(short.origin, long.origin)


def test_short_fold_on_random_mixtures(monkeypatch):
    rnd = random.Random(7)
    alphabet = "aZ'’ʼ- ـ\u064bإأآىةکی٠١ \t\n\u200b\u0301é“”«»–—…\u00a0•1\x00😀"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 14)))
        short, long = _both(text, monkeypatch)
        assert (short.text, short.origin.tolist()) == (long.text, long.origin.tolist()), repr(text)
