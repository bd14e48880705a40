"""The operator's Google account: ``google_calendar`` (the next days'
events, and creating one) and ``google_tasks`` (open tasks, adding one,
the task lists). Each calls Google through the SkillAPI's
``google_request`` (permission ``google``): the node adds the operator's
access token at the egress edge, so a skill never holds it; and each is
``external``: what it returns is sanitized before a step or a model reads
it."""

from skills.google._calendar import GoogleCalendar
from skills.google._tasks import GoogleTasks

GOOGLE_SKILLS = (GoogleCalendar(), GoogleTasks())

__all__ = ["GOOGLE_SKILLS", "GoogleCalendar", "GoogleTasks"]
