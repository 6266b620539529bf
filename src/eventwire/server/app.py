"""The FastAPI application: coding endpoint, store browser API and the bundled web page.

Build it with :func:`create_app`; the coder and the store are injected so tests can pass fakes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response

from eventwire.coding import CoderFactory, build_coder, confident
from eventwire.server.assets import asset_routes
from eventwire.server.browse import Filter, Store, download_routes, reference_routes
from eventwire.server.claims import claims_routes
from eventwire.server.errors import (
    DEFAULT_BODY_TIMEOUT,
    ApiError,
    BodyLimitMiddleware,
    error_json,
    install_error_handlers,
)
from eventwire.server.highlight import annotate
from eventwire.server.pool import DEFAULT_MAX_QUEUE, CodingPool
from eventwire.server.schemas import (
    ArticleResponse,
    CodeRequest,
    CodeResponse,
    ErrorResponse,
    EventPage,
    HealthResponse,
    NetworkResponse,
    TrendResponse,
)
from eventwire.server.storeview import StoreReader
from eventwire.server.storewait import STORE_WAIT
from eventwire.settings import Settings

DEFAULT_MAX_BODY_BYTES = 2_000_000
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_STATIC = {
    "app.css": "text/css; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "browse.js": "text/javascript; charset=utf-8",
    "trend.js": "text/javascript; charset=utf-8",
    "network.js": "text/javascript; charset=utf-8",
    "docs.js": "text/javascript; charset=utf-8",
}
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
ActorCode = Annotated[str, PathParam(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:\-]+$")]


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorResponse} for code in codes}


@cache
def _static_text(name: str) -> str:
    return (resources.files("eventwire") / "server" / "static" / name).read_text(encoding="utf-8")


def _version() -> str:
    try:
        return metadata.version("eventwire")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def create_app(
    settings: Settings | None = None,
    store_path: Path | None = None,
    coder_factory: CoderFactory = build_coder,
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    preload: bool = False,
    allowed_hosts: Collection[str] | None = None,
    max_queue: int = DEFAULT_MAX_QUEUE,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    coding_process: bool = False,
    store_wait: float = STORE_WAIT,
) -> FastAPI:
    """The web app. ``store_path`` enables the store endpoints (opened read-only; StoreError if missing).

    ``settings`` holds the article and sentence length limits applied to ``POST /code`` (longer text is
    truncated and the answer's ``warnings`` say so); ``max_body_bytes`` caps the request body (413).

    ``allowed_hosts`` (host names without port) refuses requests whose Host header names another host,
    which stops DNS-rebinding pages from reaching a server bound to the loopback interface.

    Coding runs in one thread beside the event loop, or with ``coding_process`` in one child process
    (as ``eventwire serve`` does; :mod:`eventwire.server.pool`): at most
    ``max_queue`` ``/code`` requests wait or run, more get 503 with ``Retry-After``; a request body not
    received within ``body_timeout`` seconds gets 408. A store read waits up to ``store_wait`` seconds
    while another process writes to the store, then gets 503 with ``Retry-After``.
    """
    settings = settings or Settings()
    store = StoreReader(store_path, store_wait) if store_path is not None else None
    holder = CodingPool(settings, coder_factory, max_queue, process=coding_process)
    if preload:
        holder.preload()
    app = FastAPI(
        title="eventwire",
        version=_version(),
        docs_url=None,
        redoc_url=None,
        description="Code news articles into PLOVER/CAMEO political events and browse an event store.",
    )
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes, timeout=body_timeout)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        if allowed_hosts is not None and _host_name(request.headers.get("host", "")) not in allowed_hosts:
            return error_json(400, "bad_host", "the Host header names a host this server does not serve")
        response: Response = await call_next(request)
        for key, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    app.include_router(_coding_routes(holder, store is not None, max_body_bytes))
    app.state.store = store
    app.include_router(_store_routes())
    app.include_router(download_routes())
    app.include_router(reference_routes())
    app.include_router(_article_routes())
    app.include_router(claims_routes())
    app.include_router(_page_routes())
    app.include_router(asset_routes())
    return app


def _host_name(header: str) -> str:
    """``example.org:8000`` -> ``example.org``; ``[::1]:8000`` -> ``::1``."""
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _coding_routes(holder: CodingPool, has_store: bool, max_body_bytes: int) -> APIRouter:
    router = APIRouter()
    settings = holder.settings

    @router.get("/health", response_model=HealthResponse, tags=["meta"])
    async def health() -> HealthResponse:
        """Liveness and configuration of this server."""
        return HealthResponse(
            status="ok",
            version=_version(),
            store=has_store,
            coder_loaded=holder.loaded,
            max_body_bytes=max_body_bytes,
            max_article_chars=settings.max_article_chars,
            max_sentence_chars=settings.max_sentence_chars,
        )

    @router.post("/code", response_model=CodeResponse, responses=_errors(408, 413, 422, 503), tags=["coding"])
    async def code(request: CodeRequest) -> CodeResponse:
        """Code one article: its dateline, its events and the sentences that carry them.

        Text that cannot be coded (empty once whitespace and markup are removed, binary, an unreadable
        date) gets 422 ``invalid_input``. Text over the length limits is truncated, and ``warnings`` says
        so; ``warnings`` also flags text that does not look like English. While the coder's queue is
        full the answer is 503 ``busy`` with a ``Retry-After`` header. ``min_confidence`` leaves out
        the less certain events (docs/accuracy.md, Session 13, has what it trades).
        """
        holder.admit()
        try:
            article, warnings, events = await holder.code((request.text, request.date, request.title))
        finally:
            holder.release()
        events = confident(events, request.min_confidence)
        return CodeResponse(
            article=article, events=events, sentences=annotate(article.text, events), warnings=warnings
        )

    return router


def _store_routes() -> APIRouter:
    router = APIRouter(tags=["store"], responses=_errors(422, 503))

    @router.get("/events", response_model=EventPage)
    def events(
        reader: Store,
        flt: Filter,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> EventPage:
        """Stored event mentions matching the filters, newest first (or by ``sort``), one page at a time."""
        _check_range(flt.since, flt.until)
        total, page = reader.query_events(
            actor=flt.actor,
            event_type=flt.event_type,
            since=flt.since,
            until=flt.until,
            factuality=flt.factuality,
            limit=limit,
            offset=offset,
            order_by=flt.order_by(),
        )
        return EventPage(total=total, limit=limit, offset=offset, events=page)

    @router.get("/dyads/{src}/{tgt}/trend", response_model=TrendResponse)
    def dyad_trend(
        reader: Store,
        src: ActorCode,
        tgt: ActorCode,
        by: Literal["day", "week", "month"] = "month",
        both_directions: bool = False,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> TrendResponse:
        """Events per period from ``src`` to ``tgt`` (``USA``, ``USAGOV`` or ``USA:MIL``), dated from
        ``since`` to ``until`` (by default within the months the store's articles were published in)."""
        _check_range(since, until)
        points = reader.trend(src, tgt, by, both_directions, since, until)
        return TrendResponse(source=src, target=tgt, by=by, both_directions=both_directions, points=points)

    return router


def _article_routes() -> APIRouter:
    router = APIRouter(tags=["store"], responses=_errors(422, 503))

    @router.get("/articles/{article_id}", response_model=ArticleResponse, responses=_errors(404))
    def article(reader: Store, article_id: Annotated[str, PathParam(max_length=256)]) -> ArticleResponse:
        """A stored article's text with its events and the sentences that carry them."""
        found = reader.get_article(article_id)
        if found is None:
            raise ApiError(404, "not_found", f"no article with id {article_id!r} in the store")
        stored, evs = found
        return ArticleResponse(article=stored, events=evs, sentences=annotate(stored.text, evs))

    @router.get("/network", response_model=NetworkResponse)
    def network(
        reader: Store,
        since: dt.date | None = None,
        until: dt.date | None = None,
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        max_edges: Annotated[int, Query(ge=1, le=2000)] = 200,
    ) -> NetworkResponse:
        """Directed actor network: one edge per source-target pair with at least ``min_events`` events."""
        _check_range(since, until)
        nodes, edges = reader.network(since, until, min_events, max_edges)
        return NetworkResponse(nodes=nodes, edges=edges)

    return router


def _check_range(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise ApiError(422, "invalid_range", f"since ({since}) is after until ({until})")


def _page_routes() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    def index() -> HTMLResponse:
        return HTMLResponse(_static_text("index.html"))

    @router.get("/static/{name}")
    def static(name: str) -> Response:
        if name not in _STATIC:
            raise ApiError(404, "not_found", f"no static file {name!r}")
        return Response(_static_text(name), media_type=_STATIC[name])

    return router
