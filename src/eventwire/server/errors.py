"""JSON error bodies (``{"error": {"code", "message"}}``) and the request-size guard."""

from __future__ import annotations

import asyncio
import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.errors import EventwireError, InputError, StoreError
from eventwire.server.storewait import RETRY_AFTER_SECONDS, StoreLockedError

log = logging.getLogger("eventwire.server")

_HTTP_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    503: "store_unavailable",
}


DEFAULT_BODY_TIMEOUT = 30.0
_BODY_PARSE_ERROR = "There was an error parsing the body"  # FastAPI's detail for an undecodable body


class ApiError(EventwireError):
    """An error the API reports with a given HTTP status and error code."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.headers = headers or {}


def error_json(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "the request is not valid"
    first = errors[0]
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "request"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg', 'invalid value')}{more}"


def install_error_handlers(app: FastAPI) -> None:
    """Every error becomes a one-line JSON error; unexpected ones are logged, never shown."""

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return error_json(422, "invalid_request", _validation_message(exc))

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 400 and message == _BODY_PARSE_ERROR:  # undecodable bytes: like bad JSON
            return error_json(422, "invalid_request", "the request body is not JSON text in UTF-8")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no endpoint at {request.url.path}"
        elif exc.status_code == 405 and message == "Method Not Allowed":
            message = f"{request.method} is not allowed on {request.url.path}"
        return error_json(exc.status_code, _HTTP_CODES.get(exc.status_code, "http_error"), message)

    async def on_api(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return error_json(exc.status, exc.code, str(exc), exc.headers)

    async def on_eventwire(request: Request, exc: Exception) -> JSONResponse:
        if isinstance(exc, StoreLockedError):
            return error_json(503, "store_unavailable", str(exc), {"Retry-After": str(RETRY_AFTER_SECONDS)})
        if isinstance(exc, StoreError):
            return error_json(503, "store_unavailable", str(exc))
        code = "invalid_input" if isinstance(exc, InputError) else "invalid_request"
        return error_json(422, code, str(exc))

    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_json(500, "internal_error", "internal server error; see the server log")

    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(ApiError, on_api)
    app.add_exception_handler(EventwireError, on_eventwire)
    app.add_exception_handler(Exception, on_crash)


class BodyLimitMiddleware:
    """Refuse request bodies larger than ``max_bytes`` with 413, whether declared or streamed, and
    bodies not received within ``timeout`` seconds with 408 (a client trickling bytes holds nothing)."""

    def __init__(self, app: ASGIApp, max_bytes: int, timeout: float = DEFAULT_BODY_TIMEOUT) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._reject(scope, receive, send)
            return
        seen = 0
        deadline = asyncio.get_running_loop().time() + self.timeout

        body_done = False

        async def limited_receive() -> Message:
            nonlocal seen, body_done
            if body_done:  # later calls wait for a disconnect: no deadline on those
                return await receive()
            remaining = deadline - asyncio.get_running_loop().time()
            try:
                message = await asyncio.wait_for(receive(), max(remaining, 0.001))
            except TimeoutError:
                raise StarletteHTTPException(
                    408, f"request body not received within {self.timeout:g} s"
                ) from None
            if message["type"] == "http.request":
                body_done = not message.get("more_body", False)
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise StarletteHTTPException(413, f"request body over {self.max_bytes} bytes")
            return message

        await self.app(scope, limited_receive, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = json.dumps(
            {"error": {"code": "payload_too_large", "message": f"request body over {self.max_bytes} bytes"}}
        ).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": headers,
            }
        )
        await send({"type": "http.response.body", "body": body})
