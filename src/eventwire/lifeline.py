"""Pool workers die with their parent.

A batch parent killed with ``kill -9`` (the OOM killer, a job scheduler) cannot shut its pool down, and
``multiprocessing`` workers would finish their chunk and then wait for work forever, each holding a
loaded model. Two guards, set up in every worker as it starts:

- on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)``: the kernel kills the worker when its parent dies;
- everywhere, a daemon thread that checks every ``interval`` seconds whether the parent is still the
  worker's parent, and ends the worker (``os._exit``) when it is not.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_INTERVAL = 1.0


def die_with_parent(parent_pid: int, interval: float = WATCH_INTERVAL) -> None:
    """Make this process exit when ``parent_pid`` (its parent) dies."""
    if sys.platform.startswith("linux"):
        _parent_death_signal()
    if os.getppid() != parent_pid:  # the parent died before the guards were up
        os._exit(1)
    watchdog = threading.Thread(target=_watch, args=(parent_pid, interval), name="eventwire-lifeline")
    watchdog.daemon = True
    watchdog.start()


def _parent_death_signal() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watchdog thread still guards


def _watch(parent_pid: int, interval: float) -> None:
    while os.getppid() == parent_pid:
        time.sleep(interval)
    os._exit(1)
