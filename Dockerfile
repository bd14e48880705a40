# syntax=docker/dockerfile:1
# AlexClaw node image. Build:  docker build -t alexclaw:local .
#
# The base is pinned by digest so a rebuild gets the same bytes. To move to
# a newer base deliberately:
#   docker buildx imagetools inspect python:3.11-slim-bookworm
# copy the index digest it prints ("Digest: sha256:...") into PYTHON_IMAGE
# below, rebuild, run `make test` and the container smoke test in the README.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm@sha256:a36c24f9cbdf4fd0f52d67f0823eeac19c2028c637cecc392d97f980d4fec56b

# --- build: a virtual environment with the node and its dependencies ------
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/alexclaw
WORKDIR /src
COPY setup.cfg pyproject.toml README.md ./
COPY actors ./actors
COPY supervisors ./supervisors
COPY skills ./skills
COPY gateways ./gateways
COPY cluster ./cluster
COPY alexclaw ./alexclaw
RUN /opt/alexclaw/bin/pip install --no-compile . \
 # the code is read-only at run time: compile it now, once
 && /opt/alexclaw/bin/python -m compileall -q -j 0 /opt/alexclaw/lib \
 # no package manager in the runtime environment
 && /opt/alexclaw/bin/python -m pip uninstall --yes pip setuptools wheel

# --- runtime: the environment, a fixed non-root user, one data volume -----
FROM ${PYTHON_IMAGE} AS runtime
RUN groupadd --system --gid 10001 alexclaw \
 && useradd --system --uid 10001 --gid 10001 --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin alexclaw \
 && mkdir -p /data \
 && chown 10001:10001 /data \
 && chmod 0700 /data \
 # tini as PID 1: it reaps the orphans a killed process leaves (a SIGKILLed
 # PostgreSQL's backends) and forwards SIGTERM to the node
 && apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends tini \
 # the base image's own pip and caches are not needed to run the node
 && python -m pip uninstall --yes --root-user-action=ignore pip setuptools wheel \
 && rm -rf /root/.cache /var/lib/apt/lists/* /var/cache/apt/*
COPY --from=build /opt/alexclaw /opt/alexclaw
# Everything the node writes is under ALEXCLAW_DATA_DIR (the embedded
# PostgreSQL's data, backups, dynamic skills). The root filesystem can be
# read-only; /tmp is the only other place written to (mount a tmpfs there).
# HTTP listens on the container's interfaces (publish it on 127.0.0.1 or put
# a TLS proxy in front); the cluster link stays on loopback unless
# ALEXCLAW_CLUSTER_HOST names the address peers reach (compose and k8s do).
ENV PATH=/opt/alexclaw/bin:/usr/local/bin:/usr/bin:/bin \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    ALEXCLAW_DATA_DIR=/data \
    ALEXCLAW_HTTP_HOST=0.0.0.0 \
    ALEXCLAW_HTTP_PORT=5001 \
    ALEXCLAW_CLUSTER_PORT=4370 \
    ALEXCLAW_LOG_FORMAT=json
VOLUME ["/data"]
USER 10001:10001
WORKDIR /data
EXPOSE 5001 4370
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:5001/healthz', timeout=4)"]
# `alexclaw start` stops cleanly on SIGTERM (the supervision tree in
# reverse, then PostgreSQL) well inside the default 10 s grace period; tini
# passes it on. As PID 1 the node itself would never reap an orphan: every
# SIGKILLed postmaster's backends would stay zombies (-s: the same where
# tini is not PID 1, as a subreaper).
STOPSIGNAL SIGTERM
ENTRYPOINT ["tini", "-s", "--", "alexclaw"]
CMD ["start"]
