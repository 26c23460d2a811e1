"""Names: kept as typed (in NFC) and matched by a key that ignores case and accents."""

from __future__ import annotations

import unicodedata

# Characters that vary between keyboards but mean the same thing in a name.
_FOLD = str.maketrans({"ß": "ss", "ı": "i", "ـ": "", "’": "'", "‘": "'", "ʼ": "'"})


def normalise_name(text: str) -> str:
    """The name as typed, in NFC, with surrounding and repeated white space removed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def search_key(*parts: str) -> str:
    """A key that ignores case, accents and diacritics in any script (Latin, Arabic, Cyrillic...).

    Decomposes (NFKD), drops combining marks (accents, Arabic harakat), case-folds and joins the
    words with single spaces, so "  José  ÁLVAREZ" and "jose alvarez" have the same key.
    """
    joined = " ".join(p for p in parts if p)
    # Decompose before and after folding: compatibility forms (mathematical letters,
    # ligatures) only show their case once decomposed, and folding can make new ones.
    folded = unicodedata.normalize("NFKD", joined).casefold().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", stripped).split())
