"""Actor codes: country (ISO 3166 alpha-3) + sector, or an organisation code.

Scheme (documented in docs/actors.md):

* a country alone is its ISO3 code: ``"MEX"``;
* a sector within a country is ISO3 + sector: ``"MEXGOV"``, ``"USAMIL"``;
* a sector with no known country is the sector alone: ``"REB"``;
* an intergovernmental or non-governmental body has its own six-letter code, ``"IGO"`` or
  ``"NGO"`` + three letters (``"IGOUNO"``, ``"IGONAT"``, ``"NGOICR"``); a functional sector
  named in the phrase is appended (``"IGOUNOMIL"`` for UN peacekeepers);
* a group of states named by its region is CAMEO's region code + sector, with no country:
  ``"WST"`` for "Western nations", ``"AFRGOV"`` for "African leaders" (``data/actors/regions.tsv``).
"""

from __future__ import annotations

SECTORS: frozenset[str] = frozenset(
    {
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "OPP",
        "REB",
        "BUS",
        "MED",
        "NGO",
        "IGO",
        "CVL",
        "REF",
        "PTY",
        "LAB",
        "EDU",
        "AGR",
        "REL",
        "RAD",
    }
)
"""Every sector code an Actor may carry."""

ORG_SECTORS: frozenset[str] = frozenset({"IGO", "NGO"})


def actor_code(country: str | None, sector: str | None, igo: str | None = None) -> str | None:
    """Build a CAMEO-style actor code.

    ``igo`` is an organisation's own code (``"IGOUNO"``); when given, the country is ignored
    and a functional ``sector`` other than IGO/NGO is appended.

    >>> actor_code("MEX", "GOV"), actor_code("USA", None), actor_code(None, None, "IGOUNO")
    ('MEXGOV', 'USA', 'IGOUNO')
    """
    if igo:
        return igo + (sector if sector and sector not in ORG_SECTORS else "")
    if country is None and sector is None:
        return None
    return (country or "") + (sector or "")
