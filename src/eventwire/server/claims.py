"""Claims in the API and the claims page: ``/claims``, ``/claims/{id}``, an article's claims and sourcing.

Claims are derived from the store's events (eventwire.claims.store, cached while the file is unchanged).
``/claims-view`` is the page that shows a claim's asserting and denying sentences side by side and the
sourcing profile of every article that mentions it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel

from eventwire.claims.models import Claim, ClaimStatus, SourcingProfile
from eventwire.claims.store import UnknownClaimError, article_claims, get_claim, store_claims, store_sourcing
from eventwire.server.errors import ApiError
from eventwire.server.schemas import ErrorResponse
from eventwire.server.storewait import while_locked

_ASSETS = {"claims.js": "text/javascript; charset=utf-8", "claims.css": "text/css; charset=utf-8"}
ClaimId = Annotated[str, PathParam(min_length=1, max_length=64, pattern=r"^[0-9a-f]+$")]
ArticleId = Annotated[str, PathParam(max_length=256)]


class ClaimPage(BaseModel):
    total: int
    limit: int
    offset: int
    claims: list[Claim]


@cache
def _asset(name: str) -> str:
    return (resources.files("eventwire") / "server" / "static" / "claims" / name).read_text(encoding="utf-8")


def _store(request: Request) -> tuple[Path, float]:
    """The store's path and how long a read waits while a writer holds it."""
    reader = request.app.state.store
    if reader is None:
        raise ApiError(503, "no_store", "no event store configured: start the server with --store FILE")
    return reader.path, reader.wait


def claims_routes() -> APIRouter:
    """The claims endpoints and page (included by ``create_app``)."""
    router = APIRouter(tags=["claims"], responses={code: {"model": ErrorResponse} for code in (422, 503)})

    @router.get("/claims", response_model=ClaimPage)
    def claims(
        request: Request,
        status: ClaimStatus | None = None,
        actor: Annotated[str | None, Query(max_length=64, description="actor code or ISO3 country")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> ClaimPage:
        """Claims (docs/claims.md), most widely reported first, one page at a time."""
        path, wait = _store(request)
        found = while_locked(lambda: store_claims(path, status, actor), wait)
        found.sort(key=lambda c: (-c.num_articles, -len(c.mentions), c.claim_id))
        return ClaimPage(total=len(found), limit=limit, offset=offset, claims=found[offset : offset + limit])

    @router.get("/claims/{claim_id}", response_model=Claim, responses={404: {"model": ErrorResponse}})
    def claim(request: Request, claim_id: ClaimId) -> Claim:
        """One claim with every mention: stance, side, voice, sentence and article."""
        path, wait = _store(request)
        try:
            return while_locked(lambda: get_claim(path, claim_id), wait)
        except UnknownClaimError as exc:
            raise ApiError(404, "not_found", str(exc)) from None

    @router.get("/articles/{article_id}/claims", response_model=list[Claim])
    def claims_of_article(request: Request, article_id: ArticleId) -> list[Claim]:
        """The claims with a mention in one article."""
        path, wait = _store(request)
        return while_locked(lambda: article_claims(path, article_id), wait)

    @router.get("/articles/{article_id}/sourcing", response_model=SourcingProfile)
    def sourcing(request: Request, article_id: ArticleId) -> SourcingProfile:
        """Counts of the article's events by source: named, official, anonymous, media, none."""
        path, wait = _store(request)
        return while_locked(lambda: store_sourcing(path, article_id), wait)

    @router.get("/claims-view", response_class=HTMLResponse, include_in_schema=False)
    def page() -> HTMLResponse:
        return HTMLResponse(_asset("claims.html"))

    @router.get("/static/claims/{name}", include_in_schema=False)
    def asset(name: str) -> Response:
        if name not in _ASSETS:
            raise ApiError(404, "not_found", f"no static file {name!r}")
        return Response(_asset(name), media_type=_ASSETS[name])

    return router
