"""The deployment rules, as plain checks over the Dockerfile, the compose
file and the rendered Kubernetes manifests. Each check returns the
violations it finds (file, rule id, what is wrong), so a broken file fails
`make test` naming the file and the rule."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.deploy.dockerfile import Stage, parse

SECRET_NAME = re.compile(r"SECRET|PASSWORD|PASSWD|TOKEN|COOKIE|API_?KEY|PRIVATE", re.IGNORECASE)
COMPILERS = re.compile(r"\b(build-essential|gcc|g\+\+|clang|make|cargo|rustc)\b")
DATA_DIR = "/data"
PORTS = {"5001", "4370"}


@dataclass(frozen=True)
class Violation:
    file: str
    rule: str
    detail: str

    def __str__(self) -> str:
        return f"{self.file}: {self.rule}: {self.detail}"


def unpinned(image: str) -> bool:
    return "@sha256:" not in image


def latest(image: str) -> bool:
    name = image.split("@", 1)[0]
    last = name.rsplit("/", 1)[-1]
    return ":" not in last or last.endswith(":latest")


# --- Dockerfile -----------------------------------------------------------


def dockerfile_violations(path: Path) -> list[Violation]:
    _, stages = parse(path)
    found: list[Violation] = []

    def add(rule: str, detail: str) -> None:
        found.append(Violation(path.name, rule, detail))

    names = {stage.name for stage in stages if stage.name}
    for stage in stages:
        if stage.image in names:
            continue
        if unpinned(stage.image):
            add("base-pinned-by-digest", f"line {stage.line}: FROM {stage.image} has no @sha256 digest")
        if ":latest" in stage.image.split("@", 1)[0]:
            add("no-latest", f"line {stage.line}: FROM {stage.image}")
        for instruction in stage.all("ENV") + stage.all("ARG"):
            for word in instruction.args.split():
                name, equals, value = word.partition("=")
                if SECRET_NAME.search(name) and equals and value.strip("\"'"):
                    add("no-baked-secrets", f"line {instruction.line}: {name} has a value in the image")
        for instruction in stage.all("COPY") + stage.all("ADD"):
            if re.search(r"(^|\s|/)\.env(\s|$)", instruction.args):
                add("no-baked-secrets", f"line {instruction.line}: copies .env into the image")
    final = stages[-1] if stages else None
    if final is None:
        return [Violation(path.name, "parses", "no FROM")]
    found.extend(_final_stage(path.name, final))
    ignore = path.with_name(".dockerignore")
    if not ignore.is_file() or not _ignores_env(ignore.read_text()):
        add("dockerignore-excludes-env", ".dockerignore is missing or lets .env into the build context")
    return found


def _final_stage(name: str, final: Stage) -> Iterator[Violation]:
    users = final.all("USER")
    user = users[-1].args.split(":")[0].strip() if users else "root"
    if not user.isdigit() or int(user) == 0:
        yield Violation(name, "non-root-uid", f"the runtime stage runs as {user!r}, not a fixed non-root UID")
    checks = final.all("HEALTHCHECK")
    if not checks or "/healthz" not in checks[-1].args:
        yield Violation(name, "healthcheck", "the runtime stage has no HEALTHCHECK on /healthz")
    volumes = [word for volume in final.all("VOLUME") for word in volume.words()]
    if final.env().get("ALEXCLAW_DATA_DIR") != DATA_DIR or DATA_DIR not in volumes:
        yield Violation(name, "state-on-volume", f"ALEXCLAW_DATA_DIR must be {DATA_DIR}, declared as a VOLUME")
    exposed = {word.split("/")[0] for expose in final.all("EXPOSE") for word in expose.args.split()}
    if not exposed >= PORTS:
        yield Violation(name, "expose-ports", f"EXPOSE {sorted(exposed)} lacks {sorted(PORTS - exposed)}")
    for run in final.all("RUN"):
        if "install" in run.args and COMPILERS.search(run.args):
            yield Violation(name, "no-compilers-at-runtime", f"line {run.line}: installs a compiler")
    if final.env().get("PYTHONDONTWRITEBYTECODE") != "1":
        yield Violation(name, "read-only-code", "PYTHONDONTWRITEBYTECODE=1 is needed with a read-only root")
    entrypoint = final.all("ENTRYPOINT")[-1].words() if final.all("ENTRYPOINT") else []
    if not entrypoint or entrypoint[0] not in {"tini", "/usr/bin/tini", "dumb-init"}:
        yield Violation(
            name, "init-as-pid-1", f"ENTRYPOINT {entrypoint} runs the node as PID 1, where no orphan is ever reaped"
        )


def _ignores_env(text: str) -> bool:
    rules = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    ignored = False
    for rule in rules:
        negate = rule.startswith("!")
        pattern = rule[1:] if negate else rule
        if pattern in {"*", ".env", ".env*", "**/.env", "/.env"}:
            ignored = not negate
    return ignored


# --- compose ---------------------------------------------------------------


def compose_violations(name: str, document: Mapping[str, Any]) -> list[Violation]:
    found: list[Violation] = []
    services: Mapping[str, Any] = document.get("services") or {}
    for service, spec in services.items():
        where = f"service {service}"

        def add(rule: str, detail: str, where: str = where) -> None:
            found.append(Violation(name, rule, f"{where}: {detail}"))

        image = str(spec.get("image", ""))
        if "build" not in spec and (unpinned(image) or latest(image)):
            add("images-pinned", f"image {image!r} is not pinned by digest")
        if image.split("@", 1)[0].endswith(":latest"):
            add("no-latest", f"image {image!r}")
        for port in spec.get("ports") or []:
            if not _loopback_port(port):
                add("ports-on-loopback", f"publishes {port!r} beyond 127.0.0.1")
        for variable, value in _environment(spec.get("environment")):
            if SECRET_NAME.search(variable) and not _required_reference(str(value)):
                add("no-default-secrets", f"{variable} must come from .env as ${{VAR:?...}}, without a default")
        if spec.get("privileged") or spec.get("network_mode") == "host" or spec.get("pid") == "host":
            add("no-privilege", "privileged, host network or host PID")
        if "build" in spec:  # the AlexClaw containers themselves
            if spec.get("read_only") is not True:
                add("read-only-root", "read_only: true is missing")
            if "ALL" not in (spec.get("cap_drop") or []):
                add("capabilities-dropped", "cap_drop: [ALL] is missing")
            if "no-new-privileges:true" not in (spec.get("security_opt") or []):
                add("no-new-privileges", "security_opt no-new-privileges:true is missing")
            user = str(spec.get("user", "0")).split(":")[0]
            if not user.isdigit() or int(user) == 0:
                add("non-root-uid", f"user {user!r}")
        if spec.get("restart") and "healthcheck" not in spec:
            add("healthchecks", "a long-running service without a healthcheck")
        depends = spec.get("depends_on") or {}
        if isinstance(depends, list) or any("condition" not in v for v in depends.values()):
            add("depends-on-conditions", "depends_on without a condition")
    found.extend(Violation(name, rule, detail) for rule, detail in _compose_roles(services))
    return found


# --- two database roles (compose and Kubernetes alike) -----------------------

DATABASE_USER = re.compile(r"^postgres(?:ql)?://([^:@/]+)(?::[^@]*)?@")


def database_user(url: object) -> str | None:
    match = DATABASE_USER.match(str(url or ""))
    return match.group(1) if match else None


def granted_role(command: Sequence[str]) -> str | None:
    """The role ``alexclaw migrate --grant-to ROLE`` grants, if any."""
    words = list(command)
    if "--grant-to" in words[:-1]:
        return words[words.index("--grant-to") + 1]
    return next((w.split("=", 1)[1] for w in words if w.startswith("--grant-to=")), None)


def _command(spec: Mapping[str, Any]) -> list[str]:
    command = spec.get("command") or []
    return command.split() if isinstance(command, str) else [str(word) for word in command]


def _compose_roles(services: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """A one-shot migrate service as the owner granting the nodes' role; every
    node after it, as that role, in strict mode."""
    migrators = {s: spec for s, spec in services.items() if _command(spec)[:1] == ["migrate"]}
    if not migrators:
        yield "migrate-first", "no one-shot service runs alexclaw migrate"
        return
    owners = {
        database_user(dict(_environment(spec.get("environment"))).get("DATABASE_URL")) for spec in migrators.values()
    }
    granted = {granted_role(_command(spec)) for spec in migrators.values()}
    if None in granted:
        yield "migrate-grants-app-role", "the migrate service runs without --grant-to ROLE"
    for service, spec in services.items():
        if "build" not in spec or service in migrators:
            continue
        depends = spec.get("depends_on") or {}
        conditions = {} if isinstance(depends, list) else {k: (v or {}).get("condition") for k, v in depends.items()}
        if not any(conditions.get(m) == "service_completed_successfully" for m in migrators):
            yield "migrate-first", f"service {service}: does not wait for migrate (service_completed_successfully)"
        env = dict(_environment(spec.get("environment")))
        user = database_user(env.get("DATABASE_URL"))
        if user is None or user in owners:
            yield "nodes-app-role", f"service {service}: DATABASE_URL connects as the owner ({user!r})"
        elif user not in granted:
            yield "nodes-app-role", f"service {service}: connects as {user!r}, which migrate does not grant"
        if env.get("ALEXCLAW_DB_ROLE_CHECK") != "strict":
            yield "nodes-app-role", f"service {service}: ALEXCLAW_DB_ROLE_CHECK is not strict"


def _loopback_port(port: Any) -> bool:
    if isinstance(port, Mapping):
        return port.get("host_ip") == "127.0.0.1"
    return str(port).startswith("127.0.0.1:")


def _environment(env: Any) -> Iterable[tuple[str, Any]]:
    if isinstance(env, Mapping):
        return env.items()
    if isinstance(env, list):
        return [tuple(item.split("=", 1)) if "=" in item else (item, "") for item in env]
    return []


def _required_reference(value: str) -> bool:
    """Every ${...} in the value is required (`:?`), none has a default."""
    references = re.findall(r"\$\{([^}]*)\}", value)
    return bool(references) and all(":?" in ref for ref in references) and ":-" not in value


# --- Kubernetes ------------------------------------------------------------

POD_KINDS = {"StatefulSet", "Deployment", "DaemonSet", "Job"}


def pod_spec(document: Mapping[str, Any]) -> Mapping[str, Any] | None:
    kind = document.get("kind")
    if kind in POD_KINDS:
        return document["spec"]["template"]["spec"]  # type: ignore[no-any-return]
    if kind == "CronJob":
        return document["spec"]["jobTemplate"]["spec"]["template"]["spec"]  # type: ignore[no-any-return]
    return None


def kubernetes_violations(name: str, documents: Sequence[Mapping[str, Any]]) -> list[Violation]:
    found: list[Violation] = []

    def add(rule: str, document: Mapping[str, Any], detail: str) -> None:
        found.append(Violation(name, rule, f"{document.get('kind')}/{document['metadata']['name']}: {detail}"))

    kinds = {d.get("kind") for d in documents}
    for document in documents:
        kind = document.get("kind")
        if kind == "Secret" and (document.get("data") or document.get("stringData")):
            add("no-secret-values", document, "a Secret with values in the manifests")
        if kind == "Service" and document["spec"].get("type", "ClusterIP") != "ClusterIP":
            add("no-exposed-services", document, f"type {document['spec']['type']}")
        if kind == "Namespace":
            labels = document["metadata"].get("labels") or {}
            if labels.get("pod-security.kubernetes.io/enforce") != "restricted":
                add("restricted-pod-security", document, "the namespace does not enforce the restricted profile")
        spec = pod_spec(document)
        if spec is not None:
            where = f"{kind}/{document['metadata']['name']}"
            found.extend(Violation(name, rule, f"{where}: {detail}") for rule, detail in _pod(spec))
        if kind == "StatefulSet":
            found.extend(
                Violation(name, rule, f"StatefulSet/{document['metadata']['name']}: {detail}")
                for rule, detail in _node_probes(spec or {})
            )
    headless = [d for d in documents if d.get("kind") == "Service" and d["spec"].get("clusterIP") == "None"]
    if not any(d["spec"].get("publishNotReadyAddresses") for d in headless):
        found.append(Violation(name, "headless-peer-service", "no headless Service publishing not-ready peers"))
    for needed in ("NetworkPolicy", "PodDisruptionBudget", "StatefulSet", "Cluster"):
        if needed not in kinds:
            found.append(Violation(name, "required-objects", f"no {needed}"))
    found.extend(Violation(name, rule, detail) for rule, detail in _kubernetes_roles(documents))
    return found


POWERS = ("superuser", "createdb", "createrole", "bypassrls", "replication")


def _secret_refs(container: Mapping[str, Any]) -> dict[str, str]:
    """Each env variable of ``container`` read from a Secret -> that Secret."""
    refs: dict[str, str] = {}
    for variable in container.get("env") or []:
        ref = (variable.get("valueFrom") or {}).get("secretKeyRef")
        if ref:
            refs[variable["name"]] = ref.get("name", "")
    return refs


def _kubernetes_roles(documents: Sequence[Mapping[str, Any]]) -> Iterator[tuple[str, str]]:
    """The Cluster declares the nodes' role without powers; a Job runs
    migrate as the owner (CloudNativePG's owner Secret) granting that role;
    the StatefulSet connects as it, in strict mode, never with the owner's
    Secret."""
    cluster = next((d for d in documents if d.get("kind") == "Cluster"), None)
    if cluster is None:
        return
    initdb = (cluster["spec"].get("bootstrap") or {}).get("initdb") or {}
    owner_secret = (initdb.get("secret") or {}).get("name") or f"{cluster['metadata']['name']}-app"
    owner = initdb.get("owner", "app")
    managed = {r["name"]: r for r in (cluster["spec"].get("managed") or {}).get("roles") or []}
    migrators = [
        (d, c)
        for d in documents
        if d.get("kind") == "Job"
        for c in (pod_spec(d) or {}).get("containers") or []
        if [str(a) for a in c.get("args") or []][:1] == ["migrate"]
    ]
    if not migrators:
        yield "migrate-job", "no Job runs alexclaw migrate"
    granted: set[str] = set()
    for job, container in migrators:
        where = f"Job/{job['metadata']['name']}"
        role = granted_role([str(a) for a in container.get("args") or []])
        if role is None:
            yield "migrate-job", f"{where}: migrate runs without --grant-to ROLE"
        else:
            granted.add(role)
        if _secret_refs(container).get("DATABASE_URL") != owner_secret:
            yield "migrate-job", f"{where}: DATABASE_URL does not come from the owner's Secret {owner_secret}"
    for role in sorted(granted):
        declared = managed.get(role)
        if declared is None or declared.get("ensure", "present") != "present" or not declared.get("login"):
            yield "app-role-declared", f"Cluster: managed.roles does not declare {role!r} as a present login role"
        elif any(declared.get(power) for power in POWERS):
            powers = [power for power in POWERS if declared.get(power)]
            yield "app-role-declared", f"Cluster: {role!r} has {', '.join(powers)}"
    for document in documents:
        if document.get("kind") != "StatefulSet":
            continue
        for container in (pod_spec(document) or {}).get("containers") or []:
            where = f"StatefulSet/{document['metadata']['name']}: container {container['name']}"
            refs = _secret_refs(container)
            if owner_secret in refs.values():
                yield "nodes-app-role", f"{where}: reads the owner's Secret {owner_secret}"
            env = {v["name"]: v.get("value") for v in container.get("env") or []}
            user = database_user(env.get("DATABASE_URL"))
            if user is None or user == owner or user not in granted:
                yield "nodes-app-role", f"{where}: DATABASE_URL does not connect as the role migrate grants"
            if env.get("ALEXCLAW_DB_ROLE_CHECK") != "strict":
                yield "nodes-app-role", f"{where}: ALEXCLAW_DB_ROLE_CHECK is not strict"


def _pod(spec: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    security = spec.get("securityContext") or {}
    if spec.get("hostNetwork") or spec.get("hostPID") or spec.get("hostIPC"):
        yield "restricted-pod-security", "uses a host namespace"
    if any("hostPath" in volume for volume in spec.get("volumes") or []):
        yield "restricted-pod-security", "mounts a hostPath"
    if security.get("runAsNonRoot") is not True:
        yield "restricted-pod-security", "runAsNonRoot is not true"
    if (security.get("seccompProfile") or {}).get("type") != "RuntimeDefault":
        yield "restricted-pod-security", "seccompProfile is not RuntimeDefault"
    if spec.get("automountServiceAccountToken") is not False:
        yield "no-api-token", "the service account token is mounted"
    for container in list(spec.get("containers") or []) + list(spec.get("initContainers") or []):
        label = f"container {container['name']}"
        context = container.get("securityContext") or {}
        if context.get("allowPrivilegeEscalation") is not False:
            yield "restricted-pod-security", f"{label}: allowPrivilegeEscalation is not false"
        if context.get("privileged"):
            yield "restricted-pod-security", f"{label}: privileged"
        if (context.get("capabilities") or {}).get("drop") != ["ALL"]:
            yield "restricted-pod-security", f"{label}: capabilities are not all dropped"
        if context.get("readOnlyRootFilesystem") is not True:
            yield "read-only-root", f"{label}: readOnlyRootFilesystem is not true"
        image = str(container.get("image", ""))
        if latest(image):
            yield "no-latest", f"{label}: image {image!r} has no tag or is :latest"
        resources = container.get("resources") or {}
        if not resources.get("requests") or not (resources.get("limits") or {}).get("memory"):
            yield "resources", f"{label}: requests and a memory limit are required"
        for variable in container.get("env") or []:
            if SECRET_NAME.search(variable["name"]) and "value" in variable:
                yield "no-secret-values", f"{label}: {variable['name']} has a literal value"


def _node_probes(spec: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    for container in spec.get("containers") or []:
        for probe, path in (("livenessProbe", "/healthz"), ("readinessProbe", "/readyz"), ("startupProbe", "/healthz")):
            got = ((container.get(probe) or {}).get("httpGet") or {}).get("path")
            if got != path:
                yield "probes", f"container {container['name']}: {probe} must GET {path}"
