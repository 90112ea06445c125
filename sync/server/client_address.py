"""The address a request comes from, as sign-in throttling and the audit log must see it.

Behind a reverse proxy every request arrives from the proxy's address, so throttling by that
address would lock out every office at once. The proxy's header naming the real client is
believed only when the request really comes from one of the configured trusted proxies
(``DIASPORA_SERVER_TRUSTED_PROXIES``); anyone else could write any address into that header.
"""

from __future__ import annotations

from collections.abc import Mapping

from sync.server.config import ServerSettings


def client_address(peer: str, headers: Mapping[str, str], settings: ServerSettings) -> str:
    """The client's address: the TCP peer, or — from a trusted proxy — the configured header.

    ``X-Forwarded-For`` lists the addresses each proxy saw, the nearest last; the client is the
    last entry that is not itself a trusted proxy (earlier entries are whatever the client
    claimed). Other headers (``X-Real-IP``) hold one address.
    """
    name = settings.client_address_header.strip().lower()
    trusted = settings.trusted_proxy_set
    if not name or peer not in trusted:
        return peer
    raw = headers.get(name, "").strip()
    if not raw:
        return peer
    hops = [hop.strip() for hop in raw.split(",") if hop.strip()]
    for hop in reversed(hops):
        if hop not in trusted:
            return hop[:64]
    return hops[0][:64] if hops else peer
