"""The Dockerfile, compose.yaml and the Kubernetes manifests, validated
offline: each manifest rendered by `kubectl kustomize` and checked against
the API schemas kubernetes-validate ships (and CloudNativePG's Cluster
against tests/deploy/schemas), and every file against the deployment rules
of tests/deploy/rules.py. Each rule is also shown to catch a file that
breaks it."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from tests.deploy.rules import compose_violations, dockerfile_violations, kubernetes_violations

ROOT = Path(__file__).resolve().parents[2]
KUBECTL = Path(sys.executable).with_name("kubectl")
KUBERNETES_VERSION = "1.37.0"
CNPG_SCHEMA = json.loads(Path(__file__).with_name("schemas").joinpath("cnpg-cluster-v1.json").read_text())
KUSTOMIZATIONS = ["k8s/base", "k8s/overlays/production"]

Document = dict[str, Any]


@cache
def rendered(kustomization: str) -> tuple[Document, ...]:
    done = subprocess.run(
        [str(KUBECTL), "kustomize", str(ROOT / kustomization)], check=False, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, f"{kustomization}: kubectl kustomize failed:\n{done.stderr}"
    return tuple(d for d in yaml.safe_load_all(done.stdout) if d)


def schema_errors(document: Mapping[str, Any]) -> list[str]:
    if document.get("kind") == "Cluster":
        validator = jsonschema.Draft202012Validator(CNPG_SCHEMA)
        return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(document)]
    try:
        kubernetes_validate.validate(dict(document), KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.ValidationError as error:
        return [str(error)]
    return []


@pytest.mark.parametrize("kustomization", KUSTOMIZATIONS)
def test_every_manifest_renders_and_matches_its_api_schema(kustomization: str) -> None:
    problems = {
        f"{d['kind']}/{d['metadata']['name']}": errors for d in rendered(kustomization) if (errors := schema_errors(d))
    }
    assert problems == {}


@pytest.mark.parametrize("kustomization", KUSTOMIZATIONS)
def test_the_manifests_break_no_deployment_rule(kustomization: str) -> None:
    assert [str(v) for v in kubernetes_violations(kustomization, list(rendered(kustomization)))] == []


def test_the_dockerfile_and_compose_file_break_no_deployment_rule() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    found = dockerfile_violations(ROOT / "Dockerfile") + compose_violations("compose.yaml", compose)
    assert [str(v) for v in found] == []


def test_the_compose_file_reads_its_secrets_from_a_template_with_no_values() -> None:
    template = (ROOT / "deploy" / "env.example").read_text()
    assigned = dict(line.split("=", 1) for line in template.splitlines() if line and not line.startswith("#"))
    compose = (ROOT / "compose.yaml").read_text()
    required = set(re.findall(r"\$\{(\w+):\?", compose))
    assert required == set(assigned) and all(value == "" for value in assigned.values())


def test_a_schema_error_is_reported_with_its_object() -> None:
    statefulset = copy.deepcopy(next(d for d in rendered("k8s/base") if d["kind"] == "StatefulSet"))
    statefulset["spec"]["replicas"] = "three"
    cluster = copy.deepcopy(next(d for d in rendered("k8s/base") if d["kind"] == "Cluster"))
    cluster["spec"]["instancs"] = 3
    assert schema_errors(statefulset) and schema_errors(cluster)


# --- each rule catches a file that breaks it --------------------------------

Mutation = Callable[[list[Document]], None]


def node_container(docs: list[Document]) -> Document:
    statefulset = next(d for d in docs if d["kind"] == "StatefulSet")
    container: Document = statefulset["spec"]["template"]["spec"]["containers"][0]
    return container


def node_pod(docs: list[Document]) -> Document:
    pod: Document = next(d for d in docs if d["kind"] == "StatefulSet")["spec"]["template"]["spec"]
    return pod


OWNER_URI: Document = {"valueFrom": {"secretKeyRef": {"name": "alexclaw-db-app", "key": "uri"}}}


def node_env(docs: list[Document], name: str, value: Document) -> None:
    variable = next(v for v in node_container(docs)["env"] if v["name"] == name)
    variable.pop("value", None)
    variable.pop("valueFrom", None)
    variable.update(value)


def migrate_container(docs: list[Document]) -> Document:
    job = next(d for d in docs if d["kind"] == "Job" and d["metadata"]["name"] == "alexclaw-migrate")
    container: Document = job["spec"]["template"]["spec"]["containers"][0]
    return container


def app_role(docs: list[Document]) -> Document:
    cluster = next(d for d in docs if d["kind"] == "Cluster")
    role: Document = cluster["spec"]["managed"]["roles"][0]
    return role


KUBERNETES_BREAKS: dict[str, tuple[Mutation, str]] = {
    "root user": (lambda docs: node_pod(docs)["securityContext"].pop("runAsNonRoot"), "restricted-pod-security"),
    "escalation": (
        lambda docs: node_container(docs)["securityContext"].update(allowPrivilegeEscalation=True),
        "restricted-pod-security",
    ),
    "capabilities kept": (
        lambda docs: node_container(docs)["securityContext"].pop("capabilities"),
        "restricted-pod-security",
    ),
    "writable root": (
        lambda docs: node_container(docs)["securityContext"].update(readOnlyRootFilesystem=False),
        "read-only-root",
    ),
    "host path": (
        lambda docs: node_pod(docs)["volumes"].append({"name": "h", "hostPath": {"path": "/"}}),
        "restricted-pod-security",
    ),
    "latest image": (lambda docs: node_container(docs).update(image="alexclaw:latest"), "no-latest"),
    "no limits": (lambda docs: node_container(docs).pop("resources"), "resources"),
    "literal cookie": (
        lambda docs: node_container(docs)["env"].append({"name": "CLUSTER_COOKIE", "value": "x" * 40}),
        "no-secret-values",
    ),
    "secret with data": (
        lambda docs: docs.append({"kind": "Secret", "metadata": {"name": "s"}, "stringData": {"SECRET_KEY_BASE": "x"}}),
        "no-secret-values",
    ),
    "load balancer": (
        lambda docs: next(d for d in docs if d["metadata"]["name"] == "alexclaw-ui")["spec"].update(
            type="LoadBalancer"
        ),
        "no-exposed-services",
    ),
    "no readiness": (lambda docs: node_container(docs).pop("readinessProbe"), "probes"),
    "token mounted": (lambda docs: node_pod(docs).pop("automountServiceAccountToken"), "no-api-token"),
    "no network policy": (
        lambda docs: docs.__setitem__(slice(None), [d for d in docs if d["kind"] != "NetworkPolicy"]),
        "required-objects",
    ),
    "namespace not restricted": (
        lambda docs: next(d for d in docs if d["kind"] == "Namespace")["metadata"]["labels"].clear(),
        "restricted-pod-security",
    ),
    "nodes with the owner's secret": (lambda docs: node_env(docs, "DATABASE_URL", OWNER_URI), "nodes-app-role"),
    "nodes as the owner": (
        lambda docs: node_env(docs, "DATABASE_URL", {"value": "postgresql://alexclaw@alexclaw-db-rw:5432/alexclaw"}),
        "nodes-app-role",
    ),
    "nodes not strict": (lambda docs: node_env(docs, "ALEXCLAW_DB_ROLE_CHECK", {"value": "auto"}), "nodes-app-role"),
    "migrate without a grant": (lambda docs: migrate_container(docs).update(args=["migrate"]), "migrate-job"),
    "migrate not as the owner": (
        lambda docs: migrate_container(docs)["env"][1].update(
            valueFrom={"secretKeyRef": {"name": "alexclaw-db-node", "key": "uri"}}
        ),
        "migrate-job",
    ),
    "no migrate job": (
        lambda docs: docs.__setitem__(slice(None), [d for d in docs if d["kind"] != "Job"]),
        "migrate-job",
    ),
    "powerful app role": (lambda docs: app_role(docs).update(createrole=True), "app-role-declared"),
    "app role not declared": (lambda docs: app_role(docs).update(name="someone_else"), "app-role-declared"),
}


@pytest.mark.parametrize("case", sorted(KUBERNETES_BREAKS))
def test_a_manifest_that_breaks_a_rule_fails_naming_the_rule(case: str) -> None:
    mutate, rule = KUBERNETES_BREAKS[case]
    docs = copy.deepcopy(list(rendered("k8s/overlays/production")))
    mutate(docs)
    assert rule in {v.rule for v in kubernetes_violations("k8s/overlays/production", docs)}


DOCKERFILE_BREAKS: dict[str, tuple[Callable[[str], str], str]] = {
    "unpinned base": (lambda s: re.sub(r"@sha256:[0-9a-f]+", "", s), "base-pinned-by-digest"),
    "latest base": (lambda s: re.sub(r"python:[^@\s]+@sha256:[0-9a-f]+", "python:latest", s), "no-latest"),
    "root user": (lambda s: s.replace("USER 10001:10001", "USER root"), "non-root-uid"),
    "baked secret": (lambda s: s.replace("ENV PATH=", "ENV SECRET_KEY_BASE=abc PATH="), "no-baked-secrets"),
    "copied .env": (lambda s: s.replace("COPY alexclaw ./alexclaw", "COPY .env ./.env"), "no-baked-secrets"),
    "no healthcheck": (lambda s: s.replace("HEALTHCHECK", "# HEALTHCHECK"), "healthcheck"),
    "no volume": (lambda s: s.replace('VOLUME ["/data"]', ""), "state-on-volume"),
    "node as pid 1": (
        lambda s: s.replace('ENTRYPOINT ["tini", "-s", "--", "alexclaw"]', 'ENTRYPOINT ["alexclaw"]'),
        "init-as-pid-1",
    ),
    "compiler": (
        lambda s: s.replace("USER 10001:10001", "RUN apt-get install -y gcc\nUSER 10001:10001"),
        "no-compilers-at-runtime",
    ),
}


@pytest.mark.parametrize("case", sorted(DOCKERFILE_BREAKS))
def test_a_dockerfile_that_breaks_a_rule_fails_naming_the_rule(case: str, tmp_path: Path) -> None:
    mutate, rule = DOCKERFILE_BREAKS[case]
    broken = tmp_path / "Dockerfile"
    broken.write_text(mutate((ROOT / "Dockerfile").read_text()))
    (tmp_path / ".dockerignore").write_text((ROOT / ".dockerignore").read_text())
    assert rule in {v.rule for v in dockerfile_violations(broken)}


def test_a_build_context_that_lets_env_in_is_refused(tmp_path: Path) -> None:
    (tmp_path / "Dockerfile").write_text((ROOT / "Dockerfile").read_text())
    (tmp_path / ".dockerignore").write_text("*\n!.env\n")
    assert "dockerignore-excludes-env" in {v.rule for v in dockerfile_violations(tmp_path / "Dockerfile")}


COMPOSE_BREAKS: dict[str, tuple[Callable[[Document], None], str]] = {
    "public port": (lambda c: c["services"]["node1"].update(ports=["5001:5001"]), "ports-on-loopback"),
    "default secret": (
        lambda c: c["services"]["node1"]["environment"].update(CLUSTER_COOKIE="${CLUSTER_COOKIE:-alexclaw_default}"),
        "no-default-secrets",
    ),
    "literal secret": (
        lambda c: c["services"]["node2"]["environment"].update(ADMIN_PASSWORD="admin"),
        "no-default-secrets",
    ),
    "writable root": (lambda c: c["services"]["node3"].update(read_only=False), "read-only-root"),
    "root user": (lambda c: c["services"]["node1"].update(user="0:0"), "non-root-uid"),
    "unpinned database": (
        lambda c: c["services"]["postgres"].update(image="pgvector/pgvector:pg17"),
        "images-pinned",
    ),
    "no healthcheck": (lambda c: c["services"]["postgres"].pop("healthcheck"), "healthchecks"),
    "unconditioned dependency": (
        lambda c: c["services"]["node1"].update(depends_on=["migrate"]),
        "depends-on-conditions",
    ),
    "host network": (lambda c: c["services"]["node2"].update(network_mode="host"), "no-privilege"),
    "node before migrate": (
        lambda c: c["services"]["node2"].update(depends_on={"migrate": {"condition": "service_started"}}),
        "migrate-first",
    ),
    "no migrate service": (lambda c: c["services"].pop("migrate"), "migrate-first"),
    "migrate without a grant": (
        lambda c: c["services"]["migrate"].update(command=["migrate"]),
        "migrate-grants-app-role",
    ),
    "node as the owner": (
        lambda c: c["services"]["node3"]["environment"].update(
            DATABASE_URL=c["services"]["migrate"]["environment"]["DATABASE_URL"]
        ),
        "nodes-app-role",
    ),
    "node not strict": (
        lambda c: c["services"]["node1"]["environment"].pop("ALEXCLAW_DB_ROLE_CHECK"),
        "nodes-app-role",
    ),
}


@pytest.mark.parametrize("case", sorted(COMPOSE_BREAKS))
def test_a_compose_file_that_breaks_a_rule_fails_naming_the_rule(case: str) -> None:
    mutate, rule = COMPOSE_BREAKS[case]
    compose = copy.deepcopy(yaml.safe_load((ROOT / "compose.yaml").read_text()))
    mutate(compose)
    assert rule in {v.rule for v in compose_violations("compose.yaml", compose)}


def readme_commands() -> list[str]:
    """The shell lines of the README's "Run it in containers" section
    (continuations joined, comments dropped)."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Run it in containers", 1)[1].split("\n## ", 1)[0]
    lines: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.DOTALL):
        joined = block.replace("\\\n", " ")
        lines += [line.split("  #", 1)[0].strip() for line in joined.splitlines() if line.strip()]
    return lines


def test_the_readme_runs_the_files_the_tests_validate() -> None:
    commands = readme_commands()
    kustomized = {m.group(1) for c in commands if (m := re.search(r"kubectl (?:kustomize|apply -k) (\S+)", c))}
    assert kustomized and kustomized <= set(KUSTOMIZATIONS)
    run = next(c for c in commands if c.startswith("docker run"))
    for flag in ("--read-only", "--tmpfs /tmp", "--cap-drop ALL", "no-new-privileges:true", ":/data", "-p 127.0.0.1:"):
        assert flag in run, flag
    built = next(c for c in commands if c.startswith("docker build"))
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    assert built.split()[3] == compose["services"]["node1"]["image"] == run.split()[-1]
    copied = next(c for c in commands if c.startswith("cp "))
    assert (ROOT / copied.split()[1]).is_file() and copied.split()[2] == ".env"
