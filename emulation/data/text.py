"""Text normalisation shared by every stage: NFC, trimming, and the folded key used for matching names.

Plain Python, without pandas: the command line reads CSV files while pandas is still being imported."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s_\-.]+")


def clean(value: object) -> str:
    """NFC-normalised, trimmed text; the contract applies this to every text cell before use."""
    return unicodedata.normalize("NFC", str(value)).strip()


def fold(value: object) -> str:
    """The key under which headers, sheet names and enumerated values match.

    Case, spacing, underscores and Vietnamese diacritics are ignored, so `Mã đơn vị`, `ma don vi` and
    `MA_DON_VI` fold to the same key. `đ` is not a combining mark in Unicode, hence the explicit mapping.
    """
    text = unicodedata.normalize("NFD", clean(value).replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(char for char in text if not unicodedata.combining(char))
    return _SEPARATORS.sub("", stripped).casefold()
