"""The region's own words for search: the routekaart's legenda read both ways.

The Routekaart Zeeland-West-Brabant explains its abbreviations in a legenda (seed.txt, the
routekaart's "Legenda" near r. 8000: "OvJ = Officier van Justitie", "VA = Vertrouwensarts",
"FA = Forensisch Arts", …). A user who types the word finds the abbreviation, and one who types
the abbreviation finds the word. The pairs come from the bundle's data (``routekaart.legenda``),
never from a list here, so a new region's legenda works the moment its bundle is imported.

Words are compared as the search index compares them (FTS5 ``unicode61 remove_diacritics 2``):
lower case, diacritics removed, split on anything that is not a letter or digit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)
MIN_PREFIX = 3  # "o" or "of" would name half the legenda; three letters name a word


def fold(text: str) -> str:
    """Lower case without diacritics: "Coördinator" -> "coordinator"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of ``text`` as the index sees them."""
    return _WORD.findall(fold(text))


Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Glossary:
    """The legenda as (abbreviation words, meaning words) pairs, folded."""

    pairs: tuple[tuple[Phrase, Phrase], ...] = ()

    @classmethod
    def from_legenda(cls, legenda: Iterable[tuple[str, str]]) -> Glossary:
        pairs = []
        for abbr, meaning in legenda:
            short, long = tuple(words(abbr)), tuple(words(meaning))
            if short and long and short != long:
                pairs.append((short, long))
        return cls(tuple(pairs))

    def alternatives(self, word: str) -> list[Phrase]:
        """What else one typed word may be written as: the meaning of an abbreviation typed in
        full ("ovj" -> "officier van justitie"), the abbreviation of a meaning one of whose words
        the typed word begins ("officier", "justitie", "vertrouwens" -> "ovj", "ovj", "va")."""
        typed = fold(word)
        found: list[Phrase] = []
        for short, long in self.pairs:
            if (typed,) == short:
                found.append(long)
            elif len(typed) >= MIN_PREFIX and any(part.startswith(typed) for part in long):
                found.append(short)
        return list(dict.fromkeys(found))

    def matches(self, word: str, haystack: str) -> bool:
        """Whether ``word`` or one of its alternatives occurs in ``haystack`` (folded text)."""
        typed = fold(word)
        return typed in haystack or any(" ".join(phrase) in haystack for phrase in self.alternatives(typed))
