"""Run by test_sigkill: the command line, killed by SIGKILL at the Nth step of writing.

Every step that makes a write durable or visible (making a temporary file, fsync, the
rename into place) is counted; at step N the process kills itself, exactly as a power cut
or `kill -9` would stop it there. With N past the last step, the command runs to the end.

    python tests/kill_runner.py N COMMAND ARGS...
"""

import os
import signal
import sys
import tempfile

from interventionplanner.cli import main

KILL_AT = int(sys.argv[1])
STEPS_LOG = os.environ.get("KILL_RUNNER_LOG")  # where to list the steps, one name a line
_steps = 0


def _counted(real, name):
    def step(*args, **kwargs):
        global _steps
        _steps += 1
        if STEPS_LOG:
            with open(STEPS_LOG, "a") as log:
                log.write(name + "\n")
        if _steps == KILL_AT:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    return step


os.fsync = _counted(os.fsync, "fsync")
os.replace = _counted(os.replace, "replace")
tempfile.mkstemp = _counted(tempfile.mkstemp, "mkstemp")
sys.exit(main(sys.argv[2:]))
