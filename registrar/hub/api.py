"""The hub's HTTP API (FastAPI): enrolment, resumable batch uploads, receipts, down-sync.

Every answer that is not a success is JSON ``{"code", "message", "details"}`` with the
core's stable error code, so a station can say in words what went wrong.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from registrar.errors import ErrorCode, KnownError
from registrar.hub.service import Hub, UploadState
from registrar.sync.packet import PROTOCOL, PublicKeys, b64e

_STATUS = {
    ErrorCode.STATION_UNKNOWN: 403,
    ErrorCode.TOKEN_INVALID: 403,
    ErrorCode.STATION_EXISTS: 409,
    ErrorCode.BATCH_CONFLICT: 409,
    ErrorCode.UPLOAD_OFFSET: 409,
    ErrorCode.REQUEST_TOO_LARGE: 413,
    ErrorCode.PACKET_INVALID: 422,
    ErrorCode.SIGNATURE_INVALID: 422,
    ErrorCode.INVALID_FIELD: 422,
    ErrorCode.CASE_NOT_FOUND: 404,
}

BODY_READ_TIMEOUT_S = 60.0

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _error(code: ErrorCode, message: str, status: int, **details: Any) -> JSONResponse:
    return JSONResponse(
        {"code": code.value, "message": message, "details": details}, status_code=status
    )


class _BodyLimit:
    """Refuse a request body larger than ``limit`` bytes while it arrives, not after."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            response = _error(
                ErrorCode.REQUEST_TOO_LARGE,
                f"a request may hold at most {self.limit} bytes",
                413,
                limit=self.limit,
            )
            await response(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            try:
                # A link that goes silent mid-chunk must not hold the request (and shutdown)
                # open for ever; the station resumes from the hub's offset anyway.
                message = await asyncio.wait_for(receive(), timeout=BODY_READ_TIMEOUT_S)
            except TimeoutError:
                raise _TooSlow from None
            received += len(message.get("body", b""))
            if received > self.limit:
                raise _TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _TooSlow:
            response = _error(
                ErrorCode.HUB_REFUSED, "the request body stopped arriving; send it again", 408
            )
            await response(scope, receive, send)
        except _TooLarge:
            response = _error(
                ErrorCode.REQUEST_TOO_LARGE,
                f"a request may hold at most {self.limit} bytes",
                413,
                limit=self.limit,
            )
            await response(scope, receive, send)


class _TooLarge(Exception):
    pass


class _TooSlow(Exception):
    pass


class KeysModel(BaseModel):
    sign: str = Field(max_length=64, description="Ed25519 public key, base64")
    box: str = Field(max_length=64, description="X25519 public key, base64")


class EnrolRequest(BaseModel):
    token: str = Field(max_length=200)
    site_code: str = Field(max_length=8)
    station_number: int = Field(ge=1, le=99)
    name: str = Field(max_length=120)
    keys: KeysModel


class EnrolResponse(BaseModel):
    protocol: int
    station_id: str
    hub_name: str
    hub_keys: KeysModel


class UploadRequest(BaseModel):
    station_id: str = Field(max_length=64)
    batch_id: str = Field(max_length=64)
    size: int = Field(ge=1, le=2**62)
    sha256: str = Field(max_length=64)


class UploadResponse(BaseModel):
    batch_id: str
    offset: int
    size: int
    done: bool


class Health(BaseModel):
    protocol: int
    hub: str
    name: str


class ErrorModel(BaseModel):
    code: str
    message: str
    details: dict[str, Any]


_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorModel} for status in (400, 403, 404, 409, 413, 422)
}


def _upload(state: UploadState) -> UploadResponse:
    return UploadResponse(
        batch_id=state.batch_id,
        offset=state.offset,
        size=state.size,
        done=state.receipt is not None,
    )


def create_app(hub: Hub) -> FastAPI:
    app = FastAPI(
        title="Registrar hub",
        version=f"{PROTOCOL}",
        description="Stations enrol, upload signed and encrypted batches in chunks, receive "
        "signed receipts and down-sync cross-station findings. See docs/sync-protocol.md.",
    )

    @app.exception_handler(KnownError)
    async def known_error(_request: Request, error: KnownError) -> JSONResponse:
        details = {k: v for k, v in error.details.items() if isinstance(v, str | int | float)}
        return _error(error.code, error.message, _STATUS.get(error.code, 400), **details)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        where = ".".join(str(p) for p in (error.errors() or [{}])[0].get("loc", ()))
        return _error(ErrorCode.INVALID_FIELD, f"the request is not valid ({where})", 422)

    @app.get("/v1/health", response_model=Health)
    def health() -> Health:
        return Health(protocol=PROTOCOL, hub=hub.public.fingerprint, name=hub.config.name)

    @app.post("/v1/enrol", response_model=EnrolResponse, responses=_ERRORS)
    def enrol(body: EnrolRequest) -> EnrolResponse:
        keys = PublicKeys.from_json(body.keys.model_dump())
        done = hub.enrol(
            body.token,
            site_code=body.site_code,
            station_number=body.station_number,
            name=body.name,
            station_keys=keys,
        )
        public = done.hub_keys
        return EnrolResponse(
            protocol=PROTOCOL,
            station_id=done.station_id,
            hub_name=done.hub_name,
            hub_keys=KeysModel(sign=b64e(public.sign), box=b64e(public.box)),
        )

    @app.post("/v1/uploads", response_model=UploadResponse, responses=_ERRORS)
    def start_upload(body: UploadRequest) -> UploadResponse:
        return _upload(hub.start_upload(body.station_id, body.batch_id, body.size, body.sha256))

    @app.get("/v1/uploads/{batch_id}", response_model=UploadResponse, responses=_ERRORS)
    def upload_state(batch_id: str) -> UploadResponse:
        return _upload(hub.upload_state(_batch_id(batch_id)))

    @app.put(
        "/v1/uploads/{batch_id}",
        response_model=UploadResponse,
        responses=_ERRORS,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
                },
            }
        },
    )
    async def put_chunk(
        batch_id: str, request: Request, offset: int = Query(ge=0, le=2**62)
    ) -> UploadResponse:
        data = await request.body()
        state = await run_in_threadpool(hub.put_chunk, _batch_id(batch_id), offset, data)
        return _upload(state)

    @app.post(
        "/v1/uploads/{batch_id}/commit",
        responses={200: {"content": {"application/json": {}}}, **_ERRORS},
        response_class=Response,
    )
    def commit(batch_id: str) -> Response:
        receipt = hub.commit_upload(_batch_id(batch_id))
        return Response(receipt, media_type="application/json")

    @app.get(
        "/v1/batches/{batch_id}/receipt",
        responses={200: {"content": {"application/json": {}}}, **_ERRORS},
        response_class=Response,
    )
    def receipt(batch_id: str) -> Response:
        done = hub.store.receipt(_batch_id(batch_id))
        if done is None:
            raise KnownError(ErrorCode.CASE_NOT_FOUND, "the hub has not applied this batch")
        return Response(done[2], media_type="application/json")

    @app.get(
        "/v1/stations/{station_id}/downsync",
        responses={200: {"content": {"application/octet-stream": {}}}, **_ERRORS},
        response_class=Response,
    )
    def downsync(station_id: str, after: int = Query(0, ge=0, le=2**62)) -> Response:
        packet = hub.downsync(station_id[:64], after)
        return Response(packet, media_type="application/octet-stream")

    app.add_middleware(_BodyLimit, limit=hub.config.max_chunk_bytes + 64 * 1024)
    return app


def _batch_id(text: str) -> str:
    try:
        return str(uuid.UUID(text))
    except ValueError as error:
        raise KnownError(ErrorCode.PACKET_INVALID, "a batch id is a UUID") from error
