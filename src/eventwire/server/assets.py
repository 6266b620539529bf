"""The API documentation page and the vendored browser libraries, served from package data (no CDN).

``GET /docs`` is Swagger UI on ``/openapi.json``; ``GET /static/vendor/<library>/<file>`` serves only the
files that ship in ``server/static/vendor/`` (listed in its README with versions and licences).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from eventwire.server.errors import ApiError

_MEDIA_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/plain; charset=utf-8",
    "": "text/plain; charset=utf-8",
}


def _static() -> Traversable:
    return resources.files("eventwire") / "server" / "static"


@cache
def vendored_files() -> dict[tuple[str, str], Traversable]:
    """``(library, file name) -> file`` for every file shipped under ``static/vendor/<library>/``."""
    vendor = _static() / "vendor"
    return {
        (library.name, item.name): item
        for library in vendor.iterdir()
        if library.is_dir()
        for item in library.iterdir()
        if item.is_file()
    }


def _media_type(name: str) -> str:
    suffix = name[name.rfind(".") :] if "." in name else ""
    return _MEDIA_TYPES.get(suffix, _MEDIA_TYPES[""])


def asset_routes() -> APIRouter:
    """``/docs`` and ``/static/vendor/...``; neither appears in the OpenAPI document."""
    router = APIRouter(include_in_schema=False)

    @router.get("/docs", response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        return HTMLResponse((_static() / "docs.html").read_text(encoding="utf-8"))

    @router.get("/static/vendor/{library}/{name}")
    def vendored(library: str, name: str) -> Response:
        item = vendored_files().get((library, name))
        if item is None:
            raise ApiError(404, "not_found", f"no vendored file {library}/{name}")
        return Response(
            item.read_bytes(),
            media_type=_media_type(name),
            headers={"Cache-Control": "public, max-age=86400"},
        )

    return router
