"""The station's link to the hub: the one module that speaks HTTP (httpx).

Every failure becomes a KnownError: HUB_UNREACHABLE when no answer came (no network, a cut
connection, a time-out), otherwise the hub's own error code and message.
"""

from __future__ import annotations

import json
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx

from registrar.errors import ErrorCode, KnownError

_CODES = {code.value: code for code in ErrorCode}


@dataclass(frozen=True, slots=True)
class UploadAnswer:
    offset: int
    size: int
    done: bool


class Transport(Protocol):
    def health(self) -> dict[str, Any]: ...

    def enrol(self, body: dict[str, Any]) -> dict[str, Any]: ...

    def start_upload(
        self, station_id: str, batch_id: str, size: int, sha256: str
    ) -> UploadAnswer: ...

    def put_chunk(self, batch_id: str, offset: int, data: bytes) -> UploadAnswer: ...

    def commit(self, batch_id: str) -> bytes: ...

    def downsync(self, station_id: str, after: int) -> bytes: ...

    def close(self) -> None: ...


def _refusal(response: httpx.Response) -> KnownError:
    try:
        body = response.json()
        code = _CODES.get(str(body.get("code")), ErrorCode.HUB_REFUSED)
        message = str(body.get("message") or "the hub refused the request")
        details = body.get("details") if isinstance(body.get("details"), dict) else {}
    except (json.JSONDecodeError, ValueError, AttributeError):
        code, message, details = (
            ErrorCode.HUB_REFUSED,
            f"the hub answered {response.status_code}",
            {},
        )
    return KnownError(code, message, status=response.status_code, **details)


class HttpTransport:
    """httpx against ``base_url``; ``ca_file`` pins the hub's TLS certificate authority."""

    def __init__(self, base_url: str, *, timeout: float = 30.0, ca_file: Path | None = None):
        url = base_url.rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                "the hub address starts with http:// or https://",
                field="hub_url",
            )
        verify: Any = ssl.create_default_context(cafile=str(ca_file)) if ca_file else True
        self.client = httpx.Client(
            base_url=url, timeout=httpx.Timeout(timeout, connect=10.0), verify=verify
        )

    def close(self) -> None:
        self.client.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self.client.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            raise KnownError(
                ErrorCode.HUB_UNREACHABLE,
                "the hub could not be reached",
                reason=type(error).__name__,
            ) from error
        if response.status_code >= 400:
            raise _refusal(response)
        return response

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        try:
            value = response.json()
        except ValueError as error:
            raise KnownError(ErrorCode.HUB_REFUSED, "the hub's answer is not JSON") from error
        if not isinstance(value, dict):
            raise KnownError(ErrorCode.HUB_REFUSED, "the hub's answer is not a JSON object")
        return value

    def health(self) -> dict[str, Any]:
        return self._json(self._call("GET", "/v1/health"))

    def enrol(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._json(self._call("POST", "/v1/enrol", json=body))

    def _upload(self, response: httpx.Response) -> UploadAnswer:
        body = self._json(response)
        return UploadAnswer(int(body["offset"]), int(body["size"]), bool(body["done"]))

    def start_upload(self, station_id: str, batch_id: str, size: int, sha256: str) -> UploadAnswer:
        return self._upload(
            self._call(
                "POST",
                "/v1/uploads",
                json={
                    "station_id": station_id,
                    "batch_id": batch_id,
                    "size": size,
                    "sha256": sha256,
                },
            )
        )

    def put_chunk(self, batch_id: str, offset: int, data: bytes) -> UploadAnswer:
        return self._upload(
            self._call(
                "PUT",
                f"/v1/uploads/{batch_id}",
                params={"offset": offset},
                content=data,
                headers={"content-type": "application/octet-stream"},
            )
        )

    def commit(self, batch_id: str) -> bytes:
        return self._call("POST", f"/v1/uploads/{batch_id}/commit").content

    def downsync(self, station_id: str, after: int) -> bytes:
        return self._call(
            "GET", f"/v1/stations/{station_id}/downsync", params={"after": after}
        ).content
