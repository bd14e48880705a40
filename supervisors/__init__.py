"""OTP supervision on top of the ``actors`` kernel.

``Supervisor`` (ordered children; ``ONE_FOR_ONE``/``ONE_FOR_ALL``/
``REST_FOR_ONE``), ``DynamicSupervisor`` (children on demand, with
``max_children``), ``TaskSupervisor`` (fire-and-forget coroutines), the
``ChildSpec`` vocabulary, the OTP client API and ``render_tree``.

Intensity: more than ``intensity`` restarts within ``period`` seconds makes
a supervisor stop all its children (reverse order) and exit with
``Shutdown('reached_max_restart_intensity')``, so its parent decides.
Intensities multiply through nesting: choose them on purpose.
"""

from supervisors._api import (
    count_children,
    delete_child,
    restart_child,
    start_child,
    start_task,
    terminate_child,
    which_children,
)
from supervisors._base import GAVE_UP, ChildCounts, ChildInfo, SupervisorBase
from supervisors._dynamic import DynamicSupervisor, TaskSupervisor
from supervisors._errors import SupervisorError
from supervisors._events import SUPERVISORS_TOPIC, ChildRestarted, SupervisorGaveUp
from supervisors._render import render_spec, render_tree
from supervisors._spec import ChildSpec, ChildType, Restart, ShutdownPolicy, Strategy, should_restart
from supervisors._supervisor import Supervisor

__all__ = [
    "GAVE_UP",
    "SUPERVISORS_TOPIC",
    "ChildCounts",
    "ChildInfo",
    "ChildRestarted",
    "ChildSpec",
    "ChildType",
    "DynamicSupervisor",
    "Restart",
    "ShutdownPolicy",
    "Strategy",
    "Supervisor",
    "SupervisorBase",
    "SupervisorError",
    "SupervisorGaveUp",
    "TaskSupervisor",
    "count_children",
    "delete_child",
    "render_spec",
    "render_tree",
    "restart_child",
    "should_restart",
    "start_child",
    "start_task",
    "terminate_child",
    "which_children",
]
