"""The workflow operations: create, update, enable/disable, delete,
duplicate, import and step changes — what the pages, the CLI (through the
control socket or straight on the database) and the chat do to workflow
definitions, written once.

Each takes the ``Acting`` principal (its entry decides the proof a guarded
change needs, through the one ``Approver``), owns its transaction and its
validation, and writes its audit row under one action name. It answers
with a value: ``Done`` (message, and the id or name made), ``Invalid``
(nothing was written), or the approver's ``ChallengeView``/``NotAllowed``.
A change to a workflow that requires 2FA (``guarded_change``) is parked
behind a code while two-factor is on; the store refuses it without a
strong approval whatever the caller does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from alexclaw.security import (
    STEP_MOVED,
    STEP_REMOVED,
    STEP_SAVED,
    WORKFLOW_CREATED,
    WORKFLOW_DELETED,
    WORKFLOW_DUPLICATED,
    WORKFLOW_GUARDED_CHANGE,
    WORKFLOW_IMPORTED,
    WORKFLOW_UPDATED,
    Acting,
    Approval,
    Approver,
    ChallengeView,
    Done,
    Entry,
    Invalid,
    NotAllowed,
    Proof,
    approved,
    no_approval,
    record_audit,
    required_proof,
)
from alexclaw.workflows._cron import cron_error
from alexclaw.workflows._model import Step, Workflow, WorkflowError, guarded_change, import_guarded
from alexclaw.workflows._store import delete_workflow, duplicate_workflow, get_workflow, save_steps, save_workflow
from alexclaw.workflows._transfer import credentials_to_reenter, import_document, parse_document, reenter_message

Guarded = Done[None] | ChallengeView | NotAllowed

# A step change, by its audit action: what the challenge and the page say.
_STEP_VERBS: Mapping[str, str] = {STEP_SAVED: "Save", STEP_REMOVED: "Remove", STEP_MOVED: "Move"}


class StepCheck(Protocol):
    async def __call__(self, skill: str, config: Mapping[str, Any]) -> str | None:
        """Why a step of ``skill`` with ``config`` may not be saved, found by
        trying it where it points (a ``sql_query`` step's query on its
        database, ``alexclaw.connections.SqlStepCheck``); None: it may."""
        ...


# The skills whose steps are tried when saved: a way in without a
# ``StepCheck`` cannot save them at all (it fails closed).
CHECKED_SKILLS = frozenset({"sql_query"})


@dataclass(frozen=True, slots=True)
class WorkflowOperations:
    """The ports the operations need: the database, the approver, this
    node's name (a node pin must name a known node) and the check a step
    that reaches elsewhere passes when saved (None: such steps are refused
    here — the control socket only enables and disables)."""

    approver: Approver
    node: str
    step_check: StepCheck | None = None

    async def _tried(self, steps: Sequence[Step], before: Sequence[Step] = ()) -> list[str]:
        """Every problem of the new or changed steps that are tried when
        saved (a step kept as it was is not tried again)."""
        kept = {(s.skill, repr(sorted(s.config.items()))) for s in before}
        errors: list[str] = []
        for step in steps:
            if step.skill not in CHECKED_SKILLS or (step.skill, repr(sorted(step.config.items()))) in kept:
                continue
            label = f"steps[position {step.position}]"
            if self.step_check is None:
                errors.append(f"{label}: a {step.skill} step is checked when saved, which this way in cannot do")
                continue
            problem = await self.step_check(step.skill, step.config)
            if problem is not None:
                errors.append(f"{label}.{problem}")
        return errors

    async def _guarded(self, acting: Acting, description: str, run: Callable[[Approval], Awaitable[str]]) -> Guarded:
        return approved(await self.approver(acting, "workflow.guarded_change", description, run))

    def _asks(self, acting: Acting, why: str | None) -> bool:
        """Whether a change goes through the approver: a guarded one while
        two-factor is on (off: it is an ordinary save), and every guarded
        one from the command line (the host's approval is audited)."""
        return why is not None and (self.approver.two_factor_on() or acting.entry is Entry.CLI)

    async def save(self, acting: Acting, current: Workflow | None, workflow: Workflow) -> Done[int] | Invalid | Guarded:
        """Create (``current`` None) or update a workflow's own fields."""
        why = guarded_change(current, workflow)
        if self._asks(acting, why):
            problem = cron_error(workflow.schedule) if workflow.schedule else None
            if problem:  # refuse what is invalid before asking for a code
                return Invalid.of(f"schedule: {problem}")

            async def run(approval: Approval) -> str:
                try:
                    async with self.approver.database.pool().acquire() as conn, conn.transaction():
                        await save_workflow(conn, workflow, approval=approval, here=self.node)
                        detail = {"cron": workflow.schedule, "why": why, "proof": approval.proof.value}
                        await record_audit(conn, acting.actor, WORKFLOW_GUARDED_CHANGE, workflow.name, detail=detail)
                except WorkflowError as exc:
                    return "Not saved: " + "; ".join(exc.errors)
                return f"Workflow {workflow.name} saved" + (
                    f" with its schedule {workflow.schedule}." if workflow.schedule else "."
                )

            return await self._guarded(acting, f"Save workflow {workflow.name}: {why}", run)
        action = WORKFLOW_CREATED if current is None else WORKFLOW_UPDATED
        try:
            async with self.approver.database.pool().acquire() as conn, conn.transaction():
                workflow_id = await save_workflow(conn, workflow, here=self.node)
                await record_audit(conn, acting.actor, action, workflow.name)
        except WorkflowError as exc:
            return Invalid.of(exc.errors)
        if current is None:
            return Done(f"Workflow {workflow.name} created. Add its steps below.", workflow_id)
        return Done(f"Workflow {workflow.name} saved.", workflow_id)

    async def set_enabled(self, acting: Acting, key: int | str, enabled: bool) -> Done[bool] | Invalid:
        """Enable or disable (``value``: whether it changed). Enabling a
        workflow that requires 2FA is a guarded change: from the command
        line the host approves it, and the row says why and with what."""
        try:
            async with self.approver.database.pool().acquire() as conn, conn.transaction():
                current = await get_workflow(conn, key)
                if current is None:
                    return Invalid.of(f"there is no workflow named {key!r}")
                state = "enabled" if enabled else "disabled"
                if current.enabled == enabled:
                    return Done(f"{current.name} is {state} (it was {state} already)", False)
                after = replace(current, enabled=enabled)
                why = guarded_change(current, after)
                proof: list[Approval] = []

                async def run(approval: Approval) -> str:
                    proof.append(approval)
                    return ""

                if why is not None:
                    if required_proof("workflow.guarded_change", acting.entry) is Proof.CODE and (
                        self.approver.two_factor_on()
                    ):  # never park a toggle behind a challenge: the page's save asks for the code
                        return Invalid.of(f"not saved: {why}: save it on its page, with a 2FA code")
                    outcome = await self.approver(acting, "workflow.guarded_change", f"Enable {current.name}", run)
                    if isinstance(outcome, NotAllowed):
                        return Invalid.of(f"not saved: {outcome.reason}")
                approval = proof[0] if proof else no_approval(acting.actor, acting.entry)
                await save_workflow(conn, after, approval=approval, here=self.node)
                detail: dict[str, Any] = {"origin": acting.origin, "enabled": enabled}
                if why is not None:
                    detail |= {"why": why, "proof": approval.proof.value}
                await record_audit(conn, acting.actor, WORKFLOW_UPDATED, current.name, detail=detail)
        except WorkflowError as exc:
            return Invalid.of(f"not saved: {exc}")
        return Done(f"{current.name} is {state}", True)

    async def delete(self, acting: Acting, workflow: Workflow) -> Done[None] | Invalid:
        assert workflow.id is not None
        async with self.approver.database.pool().acquire() as conn, conn.transaction():
            if not await delete_workflow(conn, workflow.id):
                return Invalid.of(f"there is no workflow {workflow.id}")
            await record_audit(conn, acting.actor, WORKFLOW_DELETED, workflow.name)
        return Done(f"Workflow {workflow.name} deleted (its run history is kept).", None)

    async def duplicate(self, acting: Acting, workflow_id: int) -> Done[int] | Invalid:
        async with self.approver.database.pool().acquire() as conn, conn.transaction():
            copy_id = await duplicate_workflow(conn, workflow_id)
            if copy_id is None:
                return Invalid.of(f"there is no workflow {workflow_id}")
            detail = {"copy": copy_id}
            await record_audit(conn, acting.actor, WORKFLOW_DUPLICATED, f"workflow:{workflow_id}", detail=detail)
        return Done("Copied: the copy is disabled and has no schedule.", copy_id)

    async def import_(
        self, acting: Acting, data: Any, *, enable: bool = False, source: str | None = None
    ) -> Done[Workflow] | Invalid | ChallengeView | NotAllowed:
        """Create the workflow a v1 document describes (it arrives disabled
        unless ``enable``). Every problem of the document is named before
        anything else; a flagged or scheduled one is approved now or never."""
        try:
            parsed, _ = parse_document(data)
        except WorkflowError as exc:
            return Invalid.of(exc.errors)
        if tried := await self._tried(parsed.steps):
            return Invalid.of(tried)
        made: list[Workflow] = []

        async def run(approval: Approval) -> str:
            async with self.approver.database.pool().acquire() as conn, conn.transaction():
                workflow = await import_document(conn, data, approval=approval, enable=enable, here=self.node)
                detail: dict[str, Any] = {"enabled": enable}
                if source is not None:  # the command line names the file and what came in
                    detail = {"steps": len(workflow.steps), "source": source} | ({"enabled": True} if enable else {})
                await record_audit(conn, acting.actor, WORKFLOW_IMPORTED, workflow.name, detail=detail)
            made.append(workflow)
            reenter = reenter_message(credentials_to_reenter(data))
            if enable:
                return f"Imported as {workflow.name}, enabled. {reenter}".rstrip()
            return f"Imported as {workflow.name}, disabled: enable it here when it is ready. {reenter}".rstrip()

        why = import_guarded(parsed)
        if self._asks(acting, why):

            async def guarded(approval: Approval) -> str:
                try:
                    return await run(approval)
                except WorkflowError as exc:
                    if acting.entry is Entry.CLI:
                        raise  # the command line answers at once: every problem as a value below
                    return "Not imported: " + "; ".join(exc.errors)

            try:
                outcome = await self.approver(
                    acting, "workflow.import", f"Import workflow {parsed.name}: {why}", guarded
                )
            except WorkflowError as exc:
                return Invalid.of(exc.errors)
            if isinstance(outcome, ChallengeView | NotAllowed):
                return outcome
            if not made:  # ran at once and refused by the store (two-factor went off and on meanwhile)
                return Invalid.of(outcome.value.removeprefix("Not imported: "))
            return Done(outcome.value, made[0])
        try:
            message = await run(no_approval(acting.actor, acting.entry))
        except WorkflowError as exc:  # e.g. a name race: still a clear answer
            return Invalid.of(exc.errors)
        return Done(message, made[0])

    async def change_steps(
        self, acting: Acting, workflow: Workflow, steps: tuple[Step, ...], *, action: str, detail: dict[str, Any],
        message: str,
    ) -> Done[None] | Invalid | Guarded:  # fmt: skip
        """Replace a workflow's steps (a save, a removal or a move: ``action``
        says which). A workflow that requires 2FA changes only after a code."""
        assert workflow.id is not None
        workflow_id = workflow.id
        if tried := await self._tried(steps, workflow.steps):
            return Invalid.of(tried)  # before a code is asked for

        async def change(approval: Approval | None, extra: dict[str, Any]) -> None:
            async with self.approver.database.pool().acquire() as conn, conn.transaction():
                await save_steps(conn, workflow_id, steps, approval=approval)
                await record_audit(conn, acting.actor, action, workflow.name, detail={**detail, **extra})

        after = replace(workflow, steps=steps)
        why = guarded_change(workflow, after, steps_changed=steps != workflow.steps)
        if self._asks(acting, why):

            async def run(approval: Approval) -> str:
                try:
                    await change(approval, {"proof": approval.proof.value})
                except WorkflowError as exc:
                    return "Not saved: " + "; ".join(exc.errors)
                return message

            position = detail.get("position")
            verb = _STEP_VERBS.get(action, "Change")
            description = f"{verb} step {position} of {workflow.name}, a workflow that requires 2FA"
            return await self._guarded(acting, description, run)
        try:
            await change(None, {})
        except WorkflowError as exc:
            return Invalid.of(exc.errors)
        return Done(message, None)
