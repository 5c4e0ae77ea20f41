"""The host-to-host transport: a replica service over HTTPS with client certificates.

The recovery host runs an *agent*: `make_agent_app(service)` is a small Starlette app with one
route per Transport method, served over TLS that requires a client certificate signed by the
pairing CA (see `agent.py`, `certificates.py`). The primary host talks to it through
`HttpTransport`, a Transport on a synchronous httpx client (replication pairs run on threads).

    POST /v1/pairs/{pair}/prepare                  JSON {vm_id, disk_id, size_bytes, fresh}
    POST /v1/pairs/{pair}/deltas                   body: one serialized delta
    GET  /v1/pairs/{pair}/disks/{disk}/status      JSON {"status": {...} | null}
    GET  /v1/pairs/{pair}/disks/{disk}/block-hashes  body: u64 little-endian per block
    GET  /v1/health, /v1/stats

Errors travel as JSON `{"error": <class name>, "detail": ...}` and are raised again on the
client as the same data-plane exception (a SequenceGap stays a ResyncRequired), so a pair
reacts to a remote replica exactly as to a local one.

A cut link: a request that fails in the network is retried a few times (every request is
idempotent: cycle deltas are deduplicated by the replica, initial and resync blocks are absolute
writes); then it raises LinkDown (cannot connect) or TransportError (cut mid-request). The pair
keeps its logs and the next cycle ships them again. The replica applies a delta only once its
body arrived whole and verified, so a cut never half-applies anything.

The host pair's bandwidth limit is spent on the sending side: the delta body is streamed in
chunks, each taken from the TokenBucket before it goes on the wire.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import ssl
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .bandwidth import TokenBucket
from .buffers import ArrivingBody, BufferPool
from .errors import (
    DeltaCorrupt,
    LinkDown,
    PointNotFound,
    ReplicationError,
    ResyncRequired,
    SequenceGap,
    StorageFull,
    TransportError,
    UndoCorrupt,
)
from .journal import RecoveryPointRecord
from .replica import ReplicaStatus
from .transport import (
    DeltaAck,
    ReplicaService,
    decode_hashes,
    encode_hashes,
    points_from_json,
    points_to_json,
)

API = "/v1"
MAX_DELTA_BYTES = 4 * 1024**3
RECEIVE_KEEP_BYTES = 256 * 1024**2  # delta bodies' buffers an agent keeps for the next ones
SEND_CHUNK = 64 * 1024
# Delta bodies from this size on are applied while they arrive (ReplicaService.send_arriving).
ARRIVING_MIN_BYTES = 8 * 1024**2

# The data-plane errors that cross the wire, by name, with the HTTP status that carries them.
_REMOTE_ERRORS: dict[str, tuple[type[ReplicationError], int]] = {
    "SequenceGap": (SequenceGap, 409),
    "ResyncRequired": (ResyncRequired, 409),
    "DeltaCorrupt": (DeltaCorrupt, 422),
    "UndoCorrupt": (UndoCorrupt, 500),
    "PointNotFound": (PointNotFound, 404),
    "StorageFull": (StorageFull, 507),
    "ReplicationError": (ReplicationError, 409),
}


class CertificateRefused(TransportError):
    """The TLS handshake failed on a certificate (ours refused, or theirs not trusted).
    Not a passing network fault: retrying will not help until the pairing is fixed.

    Under TLS 1.3 the agent checks our certificate after the client's side of the handshake
    is done, so a refused client certificate often shows only as the agent closing the
    connection: a plain TransportError."""


# --- TLS ---------------------------------------------------------------------------------------


def client_ssl_context(cert: Path | None, key: Path | None, ca: Path) -> ssl.SSLContext:
    """The primary host's side: trust the pairing CA only, and present our certificate
    (without one, the agent refuses the handshake)."""
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(ca))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if cert is not None:
        ctx.load_cert_chain(str(cert), str(key) if key is not None else None)
    return ctx


def server_ssl_context(cert: Path, key: Path, ca: Path) -> ssl.SSLContext:
    """The agent's side: present our certificate and require one the pairing CA signed
    (what `standby agent` asks uvicorn for, for embedding the app in another server)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(cert), str(key))
    ctx.load_verify_locations(cafile=str(ca))
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


# --- the agent's ASGI app ----------------------------------------------------------------------


@dataclass
class AgentStats:
    """What an agent has seen; `GET /v1/stats`."""

    requests: int = 0
    in_flight: int = 0
    errors: int = 0  # requests answered with a data-plane error
    disconnects: int = 0  # request bodies cut short by the link
    deltas_received: int = 0
    bytes_received: int = 0
    last_delta_bytes: int = 0
    last_delta_receive_seconds: float = 0.0  # first to last body chunk: the link's pace
    bodies_in_kept_buffers: int = 0  # delta bodies received into a buffer kept from before


def _error(exc: Exception) -> JSONResponse:
    name = type(exc).__name__
    if isinstance(exc, ReplicationError):
        if name not in _REMOTE_ERRORS:  # a subclass we do not name: send its closest base
            name = next(k for k, (cls, _s) in _REMOTE_ERRORS.items() if isinstance(exc, cls))
        status = _REMOTE_ERRORS[name][1]
    else:
        name, status = "BadRequest", 400
    return JSONResponse({"error": name, "detail": str(exc)}, status_code=status)


Handler = Callable[[Request], Awaitable[Response]]


def make_agent_app(
    service: ReplicaService, *, arriving_min_bytes: int = ARRIVING_MIN_BYTES
) -> Starlette:
    """The recovery host's agent: `service` over HTTP. TLS is the server's business. Delta
    bodies of `arriving_min_bytes` or more are applied while they arrive."""
    stats = AgentStats()
    # Delta bodies land in buffers kept from one delta to the next (see buffers.py): two
    # 128 MiB cycle deltas, or many initial-copy chunks.
    bodies = BufferPool(keep=8, keep_bytes=RECEIVE_KEEP_BYTES, min_bytes=1024 * 1024)

    def endpoint(fn: Handler) -> Handler:
        @functools.wraps(fn)
        async def wrapper(request: Request) -> Response:
            stats.requests += 1
            stats.in_flight += 1
            try:
                return await fn(request)
            except ClientDisconnect:
                stats.disconnects += 1
                return Response(status_code=400)  # nobody is listening any more
            except (ReplicationError, ValueError, KeyError, TypeError) as exc:
                stats.errors += 1
                return _error(exc)
            finally:
                stats.in_flight -= 1

        return wrapper

    @endpoint
    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True, "service": "standby-agent"})

    @endpoint
    async def get_stats(request: Request) -> Response:
        return JSONResponse(asdict(stats))

    @endpoint
    async def prepare(request: Request) -> Response:
        pair_id = request.path_params["pair_id"]
        body = await request.json()
        status = await run_in_threadpool(
            functools.partial(
                service.prepare,
                pair_id,
                vm_id=str(body["vm_id"]),
                disk_id=str(body["disk_id"]),
                size_bytes=int(body["size_bytes"]),
                fresh=bool(body["fresh"]),
            )
        )
        return JSONResponse({"status": status.to_dict()})

    @endpoint
    async def deltas(request: Request) -> Response:
        pair_id = request.path_params["pair_id"]
        declared = int(request.headers.get("content-length") or -1)
        if declared > MAX_DELTA_BYTES:
            raise ValueError("delta too large")
        if declared >= arriving_min_bytes:
            return await arriving_delta(request, pair_id, declared)
        # The body goes straight into a buffer of the declared length, reused from one delta
        # to the next (a fresh 100 MiB buffer costs more in page faults than its copy); a body
        # without a length is gathered in chunks.
        buf = bodies.take(declared) if declared >= 0 else None
        chunks: list[bytes] = []
        size = 0
        first = last = 0.0
        async for chunk in request.stream():
            if not chunk:
                continue
            last = time.perf_counter()
            if not size:
                first = last
            n = len(chunk)
            if size + n > (declared if buf is not None else MAX_DELTA_BYTES):
                raise ValueError("delta longer than its declared length")
            if buf is not None:
                buf[size : size + n] = chunk
            else:
                chunks.append(chunk)
            size += n
        received(size, first, last)
        blob = buf[:size] if buf is not None else b"".join(chunks)
        del buf  # the pool takes the buffer back once the apply keeps no view of it
        ack = await run_in_threadpool(service.send_delta, pair_id, blob)
        return JSONResponse(ack.to_dict())

    async def arriving_delta(request: Request, pair_id: str, declared: int) -> Response:
        """A large delta applied while it arrives: this loop only puts each chunk into the
        body's buffer; a worker thread decodes, verifies and applies it batch by batch
        (`ReplicaService.send_arriving`). A body cut short makes the worker roll back what it
        applied before this answers (or the next request on the disk runs)."""
        body = ArrivingBody(bodies.take(declared))
        worker = asyncio.ensure_future(run_in_threadpool(service.send_arriving, pair_id, body))
        first = last = 0.0
        try:
            async for chunk in request.stream():
                if not chunk:
                    continue
                last = time.perf_counter()
                if not body.size:
                    first = last
                body.arrived(chunk)
            if body.size != declared:
                raise ValueError("delta shorter than its declared length")
        except BaseException as exc:
            body.cut(exc)
            with contextlib.suppress(Exception):
                await asyncio.shield(worker)
            raise
        received(body.size, first, last)
        ack = await worker
        return JSONResponse(ack.to_dict())

    def received(size: int, first: float, last: float) -> None:
        stats.deltas_received += 1
        stats.bytes_received += size
        stats.last_delta_bytes = size
        stats.last_delta_receive_seconds = last - first
        stats.bodies_in_kept_buffers = bodies.reused

    @endpoint
    async def status(request: Request) -> Response:
        p = request.path_params
        st = await run_in_threadpool(service.status, p["pair_id"], p["disk_id"])
        return JSONResponse({"status": st.to_dict() if st is not None else None})

    @endpoint
    async def block_hashes(request: Request) -> Response:
        p = request.path_params
        hashes = await run_in_threadpool(service.block_hashes, p["pair_id"], p["disk_id"])
        return Response(encode_hashes(hashes), media_type="application/octet-stream")

    @endpoint
    async def points(request: Request) -> Response:
        p = request.path_params
        found = await run_in_threadpool(service.points, p["pair_id"], p["disk_id"])
        return JSONResponse({"points": points_to_json(found)})

    @endpoint
    async def prune(request: Request) -> Response:
        p = request.path_params
        hours = float((await request.json())["retention_hours"])
        pruned = await run_in_threadpool(service.prune, p["pair_id"], p["disk_id"], hours)
        return JSONResponse({"pruned": pruned})

    @endpoint
    async def release(request: Request) -> Response:
        await run_in_threadpool(service.release_pair, request.path_params["pair_id"])
        return JSONResponse({"released": True})

    app = Starlette(
        routes=[
            Route(f"{API}/pairs/{{pair_id}}", release, methods=["DELETE"]),
            Route(f"{API}/health", health),
            Route(f"{API}/stats", get_stats),
            Route(f"{API}/pairs/{{pair_id}}/prepare", prepare, methods=["POST"]),
            Route(f"{API}/pairs/{{pair_id}}/deltas", deltas, methods=["POST"]),
            Route(f"{API}/pairs/{{pair_id}}/disks/{{disk_id}}/status", status),
            Route(f"{API}/pairs/{{pair_id}}/disks/{{disk_id}}/block-hashes", block_hashes),
            Route(f"{API}/pairs/{{pair_id}}/disks/{{disk_id}}/points", points),
            Route(f"{API}/pairs/{{pair_id}}/disks/{{disk_id}}/prune", prune, methods=["POST"]),
        ]
    )
    app.state.service = service
    app.state.stats = stats
    return app


# --- the primary host's client -----------------------------------------------------------------


@dataclass(frozen=True)
class RetryPolicy:
    """How often a request that failed in the network is tried again within one call."""

    attempts: int = 3  # tries in all, the first included
    backoff: float = 0.25  # seconds before the second try, doubling after
    max_backoff: float = 2.0

    def delay(self, attempt: int) -> float:
        return min(self.max_backoff, self.backoff * 2 ** (attempt - 1))


NO_RETRY = RetryPolicy(attempts=1)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, read=300.0)  # read: a large delta's apply and fsyncs


def _certificate_failure(exc: BaseException) -> ssl.SSLError | None:
    """The TLS error behind a failed request, when it is about certificates (not a cut)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen
        if isinstance(seen, ssl.SSLError) and not isinstance(
            seen, ssl.SSLEOFError | ssl.SSLZeroReturnError | ssl.SSLSyscallError
        ):
            reason = (seen.reason or str(seen)).upper()
            if "CERTIFICATE" in reason or "ALERT" in reason or "HANDSHAKE" in reason:
                return seen
        seen = seen.__cause__ or seen.__context__
    return None


class HttpTransport:
    """A Transport to a recovery host's agent over HTTPS with a client certificate."""

    def __init__(
        self,
        base_url: str,
        ssl_context: ssl.SSLContext,
        bucket: TokenBucket | None = None,
        *,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        chunk_bytes: int = SEND_CHUNK,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.bucket = bucket
        self.retry = retry or RetryPolicy()
        self.chunk_bytes = chunk_bytes
        self.link_up = True  # the lab's switch, as on DirectTransport
        self.bytes_sent = 0  # request bodies that went on the wire (retries included)
        self.retried = 0
        self.client = httpx.Client(
            base_url=self.base_url + API,
            verify=ssl_context,
            timeout=timeout,
            headers={"user-agent": "standby-replication/1"},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> HttpTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the Transport protocol ------------------------------------------------------------

    def prepare(
        self, pair_id: str, *, vm_id: str, disk_id: str, size_bytes: int, fresh: bool
    ) -> ReplicaStatus:
        body = {"vm_id": vm_id, "disk_id": disk_id, "size_bytes": size_bytes, "fresh": fresh}
        doc = self._json(self._call("POST", f"/pairs/{pair_id}/prepare", json=body))
        return ReplicaStatus.from_dict(doc["status"])

    def send_delta(self, pair_id: str, delta: bytes) -> DeltaAck:
        resp = self._call("POST", f"/pairs/{pair_id}/deltas", blob=delta)
        return DeltaAck.from_dict(self._json(resp))

    def send_delta_stream(
        self, pair_id: str, length: int, pieces: Callable[[], Iterable[bytes]]
    ) -> DeltaAck:
        """Ship one serialized delta of `length` bytes as `pieces()` produces it (each try
        calls it again), so it is on the wire while the rest is still being read. The agent
        applies it only once the whole body arrived and verified, as any delta."""
        resp = self._call("POST", f"/pairs/{pair_id}/deltas", stream=(length, pieces))
        return DeltaAck.from_dict(self._json(resp))

    def status(self, pair_id: str, disk_id: str) -> ReplicaStatus | None:
        doc = self._json(self._call("GET", f"/pairs/{pair_id}/disks/{disk_id}/status"))
        return ReplicaStatus.from_dict(doc["status"]) if doc["status"] is not None else None

    def block_hashes(self, pair_id: str, disk_id: str) -> list[int]:
        resp = self._call("GET", f"/pairs/{pair_id}/disks/{disk_id}/block-hashes")
        self._check(resp)
        if self.bucket is not None:
            self.bucket.consume(len(resp.content))
        return decode_hashes(resp.content)

    # --- the agent's own routes ---------------------------------------------------------------

    def points(self, pair_id: str, disk_id: str) -> list[RecoveryPointRecord]:
        doc = self._json(self._call("GET", f"/pairs/{pair_id}/disks/{disk_id}/points"))
        return points_from_json(doc["points"])

    def prune(self, pair_id: str, disk_id: str, retention_hours: float) -> list[int]:
        body = {"retention_hours": retention_hours}
        path = f"/pairs/{pair_id}/disks/{disk_id}/prune"
        return [int(c) for c in self._json(self._call("POST", path, json=body))["pruned"]]

    def release(self, pair_id: str) -> None:
        """Delete the pair's replica on the agent (disable protection)."""
        self._json(self._call("DELETE", f"/pairs/{pair_id}"))

    def health(self) -> dict:
        return self._json(self._call("GET", "/health"))

    def agent_stats(self) -> AgentStats:
        return AgentStats(**self._json(self._call("GET", "/stats")))

    # --- internals ----------------------------------------------------------------------------

    def _paced(self, blob: bytes) -> Iterator[bytes]:
        view = memoryview(blob)
        for pos in range(0, len(view), self.chunk_bytes):
            piece = view[pos : pos + self.chunk_bytes]
            if not self.link_up:
                raise LinkDown("link between the hosts is cut")
            if self.bucket is not None:
                self.bucket.consume(len(piece))
            self.bytes_sent += len(piece)
            yield bytes(piece)

    def _streamed(self, pieces: Iterable[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            if self.bucket is not None:
                yield from self._paced(piece)
                continue
            if not self.link_up:
                raise LinkDown("link between the hosts is cut")
            self.bytes_sent += len(piece)
            yield piece

    def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        blob: bytes | None = None,
        stream: tuple[int, Callable[[], Iterable[bytes]]] | None = None,
    ) -> httpx.Response:
        failure: Exception | None = None
        for attempt in range(self.retry.attempts):
            if attempt:
                time.sleep(self.retry.delay(attempt))
                self.retried += 1
            if not self.link_up:
                raise LinkDown("link between the hosts is cut")
            try:
                if stream is not None:
                    length, pieces = stream
                    headers = {
                        "content-type": "application/octet-stream",
                        "content-length": str(length),
                    }
                    resp = self.client.request(
                        method, path, content=self._streamed(pieces()), headers=headers
                    )
                elif blob is not None:
                    headers = {
                        "content-type": "application/octet-stream",
                        "content-length": str(len(blob)),
                    }
                    # Paced in chunks when the link has a limit; else in one write.
                    body = self._paced(blob) if self.bucket is not None else blob
                    resp = self.client.request(method, path, content=body, headers=headers)
                    if self.bucket is None:
                        self.bytes_sent += len(blob)
                else:
                    resp = self.client.request(method, path, json=json)
            except httpx.TransportError as exc:
                refused = _certificate_failure(exc)
                if refused is not None:
                    raise CertificateRefused(f"{self.base_url}: TLS refused: {refused}") from exc
                failure = exc
                continue
            if resp.status_code in (502, 503, 504):
                failure = TransportError(f"agent answered {resp.status_code}")
                continue
            return resp
        assert failure is not None
        kind = (
            LinkDown
            if isinstance(failure, httpx.ConnectError | httpx.ConnectTimeout)
            else (TransportError)
        )
        raise kind(f"{method} {self.base_url}{API}{path}: {failure!r}") from failure

    def _check(self, resp: httpx.Response) -> None:
        if resp.status_code < 400:
            return
        try:
            doc = resp.json()
            name, detail = str(doc["error"]), str(doc["detail"])
        except (ValueError, KeyError, TypeError):
            raise TransportError(f"agent answered {resp.status_code}: {resp.text[:200]}") from None
        cls = _REMOTE_ERRORS.get(name, (ReplicationError, 0))[0]
        if cls is StorageFull:
            raise StorageFull("replica", detail.split(": ", 1)[-1])
        raise cls(detail)

    def _json(self, resp: httpx.Response) -> dict:
        self._check(resp)
        return resp.json()
