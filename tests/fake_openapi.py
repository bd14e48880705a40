"""A fake API on loopback that publishes its OpenAPI spec over real HTTP:
``/api/openapi.json`` (OpenAPI 3, JSON, behind a bearer token, servers
relative to the spec), ``/legacy/swagger.yaml`` (Swagger 2 in YAML),
``/keyed/openapi.json`` (behind an ``X-API-Key`` header), and the bad ones:
``/garbage/openapi.json`` (an HTML page), ``/bomb.yaml`` (a YAML alias
bomb), ``/evil/openapi.json`` (a server URL on the cloud metadata address)
and ``/hop/openapi.json`` (a redirect to another loopback name). Every
request's Authorization header is kept in ``seen``."""

from __future__ import annotations

import json
from types import TracebackType
from typing import Any, Final

from quart import Quart, Response, redirect, request

from alexclaw.web import WebEndpoint

TOKEN: Final = "fake-api-token-" + "t" * 24
API_KEY: Final = "fake-api-key-" + "k" * 24

SPEC: Final = {
    "openapi": "3.0.3",
    "info": {"title": "Pets", "version": "1"},
    "servers": [{"url": "/api/v1"}],
    "paths": {
        "/pets": {
            "get": {"operationId": "listPets", "summary": "List the pets"},
            "post": {"operationId": "createPet", "summary": "Add a pet"},
        },
        "/pets/{id}": {"get": {"operationId": "getPet", "summary": "One pet"}, "parameters": []},
    },
}
SWAGGER_YAML: Final = """swagger: "2.0"
info: {title: Legacy, version: "1"}
basePath: /legacy/v2
paths:
  /orders:
    get:
      operationId: listOrders
      summary: Every order
"""
BOMB: Final = """openapi: 3.0.0
a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
paths: {"/x": {"get": {"summary": *c}}}
"""


class FakeOpenApi:
    """``async with FakeOpenApi() as api:`` then ``api.url``."""

    def __init__(self) -> None:
        self.seen: list[str] = []  # the Authorization header of every request ("" when absent)
        self._endpoint = WebEndpoint(self._app(), "127.0.0.1", 0, graceful_timeout=0.5)

    @property
    def url(self) -> str:
        return self._endpoint.url

    async def __aenter__(self) -> FakeOpenApi:
        await self._endpoint.start()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._endpoint.stop()

    def _app(self) -> Quart:
        app = Quart("fake_openapi")

        @app.before_request
        async def keep() -> None:
            self.seen.append(request.headers.get("Authorization", ""))

        @app.get("/api/openapi.json")
        async def spec() -> Any:
            if request.headers.get("Authorization") != f"Bearer {TOKEN}":
                return Response('{"error": "unauthorized"}', status=401, content_type="application/json")
            return Response(json.dumps(SPEC), content_type="application/json")

        @app.get("/keyed/openapi.json")
        async def keyed() -> Any:
            if request.headers.get("X-API-Key") != API_KEY:
                return Response("no", status=403)
            return Response(json.dumps(SPEC | {"servers": [{"url": "/keyed/v1"}]}), content_type="application/json")

        @app.get("/legacy/swagger.yaml")
        async def legacy() -> Any:
            return Response(SWAGGER_YAML, content_type="application/yaml")

        @app.get("/garbage/openapi.json")
        async def garbage() -> Any:
            return Response("<html><body>Welcome to nginx</body></html>", content_type="text/html")

        @app.get("/bomb.yaml")
        async def bomb() -> Any:
            return Response(BOMB, content_type="application/yaml")

        @app.get("/evil/openapi.json")
        async def evil() -> Any:
            body = SPEC | {"servers": [{"url": "http://169.254.169.254/latest"}]}
            return Response(json.dumps(body), content_type="application/json")

        @app.get("/hop/openapi.json")
        async def hop() -> Any:
            return redirect(self.url.replace("127.0.0.1", "localhost") + "/api/openapi.json")

        return app
