"""The app's one calendar of Dutch feestdagen: the Algemene termijnenwet (Atw), art. 3.

Both the deadlines (``werkdagen``, ``termijnen``) and the office hours of contacts
(``reachability``) ask this module whether a day is a feestdag, so the two can never disagree.
(Before, office hours used the ``holidays`` package's public list, in which Goede Vrijdag is
missing and 5 May counts only in lustrum years; deadlines used the Atw.)

What it follows:

* **Atw art. 3 lid 1** names the *algemeen erkende feestdagen*: "de Nieuwjaarsdag, de
  Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag
  waarop de verjaardag van de Koning wordt gevierd, en de vijfde mei". The fifth of May counts
  **every year** (named since the 1982 amendment), not only in the lustrum years that many
  cao's give off.
* **Atw art. 3 lid 2** puts **Goede Vrijdag** on a par with those days: "Voor de toepassing van
  deze wet wordt de Goede Vrijdag met de in het vorige lid genoemde dagen gelijkgesteld" (quoted
  so by staatsrechtpraktijk.nl, "Nieuwjaarsdag en Kerstmis in het staatsrecht", and by
  uitvaart.nl vraag 44571). Goede Vrijdag therefore *is* a day off for deadlines, although many
  cao's and the ``holidays`` package's public list leave it out.
* **Atw art. 3 lid 3**: "Wij kunnen bepaalde dagen voor de toepassing van deze wet met de in het
  eerste lid genoemde gelijkstellen"; the besluit is published in the Staatscourant, usually one
  for three years. ``GELIJKGESTELDE_DAGEN`` holds every decreed day we could check, with its
  besluit (see below).
* The day "waarop de verjaardag van de Koning wordt gevierd" is 27 April, or Saturday 26 April
  when the 27th is a Sunday (Besluit vaststelling datum Koningsdag); before 2014 Koninginnedag
  was 30 April, or 29 April when the 30th was a Sunday. Easter comes from ``dateutil.easter``
  (Western Easter); Goede Vrijdag is two days before, Hemelvaart 39 days after, Tweede
  Pinksterdag 50 days after.

Decreed days (art. 3 lid 3), 2017 on:

* 2017-2019: Besluit van 24 oktober 2016, nr. 2016001827, "houdende gelijkstelling van 28 april en
  26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen
  erkende feestdag" (BWBR0038666, text read on wetten.overheid.nl); published as Stcrt. 2016,
  58653 (cited by uitvaart.nl vraag 50535, "Is 28 april 2017 geen werkdag?", which dates the
  Koninklijk Besluit 31 oktober 2016 and lists the same seven days).
* 2020-2022: **left out: nothing citable found.** Searched again for issue 11 (stored public
  pages and documentation: "gelijkstelling dagen algemene termijnenwet 2021 besluit", "Besluit
  gelijkstelling dagen 2022 Staatscourant", "houdende gelijkstelling van 22 mei 2020, 14 mei 2021
  en 27 mei 2022", and the uitvaart.nl / sterfgeval.nl question pages that cite the other
  besluiten). No page gives the title or Staatscourant number of a besluit for these years. The
  Friday after Hemelvaart is decreed in practice every year (nl.wikipedia "Algemene
  termijnenwet"), and one law firm's page (wvhl.nl, "Algemene termijnenwet 2022") lists Friday
  27 May 2022 as gelijkgesteld, but without the besluit, and it also lists a "Vrijdag 31 mei"
  2022, which is a Tuesday, so we do not rely on it. No day is entered for 2020-2022; the effect
  is that a deadline in those years may come out one working day early (counting forward),
  never late; ``decrees_known`` says False for them. Add the days with their besluit once checked.
* 2023-2025: "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024
  en 30 mei 2025 met een algemeen erkende feestdag" (title as cited by sterfgeval.nl vraag 70745;
  the dates are in the title). Staatscourant number not found.
* 2026-2028: "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en
  26 mei 2028 met een algemeen erkende feestdag" (same citation). Staatscourant number not found.
* After 2028 no besluit is known yet: ``decrees_known(year)`` says so, and the deadlines say it
  in their explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dateutil.easter import easter

SUNDAY = 6


@dataclass(frozen=True)
class Gelijkstelling:
    """A gelijkstellingsbesluit under Atw art. 3 lid 3 and the years it covers.

    ``staatscourant`` is where it was published ("Stcrt. 2016, 58653"), empty where no citable
    source gives it.
    """

    title: str
    first_year: int
    last_year: int
    staatscourant: str = ""


BESLUIT_2017_2019 = Gelijkstelling(
    "Besluit van 24 oktober 2016, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en "
    "31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag",
    2017,
    2019,
    staatscourant="Stcrt. 2016, 58653",
)
BESLUIT_2023_2025 = Gelijkstelling(
    "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei "
    "2025 met een algemeen erkende feestdag",
    2023,
    2025,
)
BESLUIT_2026_2028 = Gelijkstelling(
    "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 "
    "met een algemeen erkende feestdag",
    2026,
    2028,
)
BESLUITEN = (BESLUIT_2017_2019, BESLUIT_2023_2025, BESLUIT_2026_2028)

# Atw art. 3 lid 3: days put on a par with an algemeen erkende feestdag, with their besluit.
GELIJKGESTELDE_DAGEN: dict[date, Gelijkstelling] = {
    date(2017, 4, 28): BESLUIT_2017_2019,
    date(2017, 5, 26): BESLUIT_2017_2019,
    date(2018, 5, 11): BESLUIT_2017_2019,
    date(2018, 12, 24): BESLUIT_2017_2019,
    date(2018, 12, 31): BESLUIT_2017_2019,
    date(2019, 5, 31): BESLUIT_2017_2019,
    date(2019, 12, 27): BESLUIT_2017_2019,
    date(2023, 4, 28): BESLUIT_2023_2025,
    date(2023, 5, 19): BESLUIT_2023_2025,
    date(2024, 5, 10): BESLUIT_2023_2025,
    date(2024, 12, 27): BESLUIT_2023_2025,
    date(2025, 5, 30): BESLUIT_2023_2025,
    date(2026, 1, 2): BESLUIT_2026_2028,
    date(2026, 5, 15): BESLUIT_2026_2028,
    date(2027, 5, 7): BESLUIT_2026_2028,
    date(2028, 4, 28): BESLUIT_2026_2028,
    date(2028, 5, 26): BESLUIT_2026_2028,
}

# The Dutch names shown to users (they are the names of the days in the Atw's own words).
GELIJKGESTELDE_DAG = "gelijkgestelde dag"


def _kings_day(year: int) -> date:
    if year >= 2014:
        day = date(year, 4, 27)
        return day - timedelta(days=1) if day.weekday() == SUNDAY else day
    day = date(year, 4, 30)  # Koninginnedag
    return day - timedelta(days=1) if day.weekday() == SUNDAY else day


@cache
def feestdagen(year: int) -> dict[date, str]:
    """Every Atw feestdag of ``year`` with its Dutch name (art. 3 lid 1-3), in date order."""
    sunday = easter(year)
    days = {
        date(year, 1, 1): "Nieuwjaarsdag",
        sunday - timedelta(days=2): "Goede Vrijdag",
        sunday + timedelta(days=1): "Tweede paasdag",
        _kings_day(year): "Koningsdag" if year >= 2014 else "Koninginnedag",
        sunday + timedelta(days=39): "Hemelvaartsdag",
        sunday + timedelta(days=50): "Tweede pinksterdag",
        date(year, 12, 25): "Eerste kerstdag",
        date(year, 12, 26): "Tweede kerstdag",
    }
    if year >= 1982:
        days[date(year, 5, 5)] = "Bevrijdingsdag"
    days.update((day, GELIJKGESTELDE_DAG) for day in GELIJKGESTELDE_DAGEN if day.year == year)
    return dict(sorted(days.items()))


def feestdag_name(day: date) -> str | None:
    """The Dutch name of the Atw feestdag on ``day`` ("Tweede paasdag"), or None."""
    return feestdagen(day.year).get(day)


def is_feestdag(day: date) -> bool:
    """An algemeen erkende feestdag or a day put on a par with one (Atw art. 3)."""
    return feestdag_name(day) is not None


def besluit_of(day: date) -> Gelijkstelling | None:
    """The besluit that made ``day`` a gelijkgestelde dag, or None."""
    return GELIJKGESTELDE_DAGEN.get(day)


def decrees_known(year: int) -> bool:
    """Whether a checked gelijkstellingsbesluit covers ``year`` (2017-2019 and 2023-2028)."""
    return any(b.first_year <= year <= b.last_year for b in BESLUITEN)
