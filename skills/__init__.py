"""Skills: the contract, the SkillAPI protocol skills code against, the
registry actor, circuit breakers, the executor and the builtin skills.

A plugin package: it imports only ``supervisors`` and ``actors`` and states
what it needs from the application as ``Protocol``s in its own ports
module; ``alexclaw.wiring`` implements them. Its contents arrive with the
skills-runtime issue.
"""

__all__: list[str] = []
