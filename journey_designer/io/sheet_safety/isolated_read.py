"""Run a reader of untrusted files in a child process with a memory limit.

A workbook reader can abort the whole process on a hostile file (a Rust allocation
failure or panic in python-calamine: exit 134, taking the desktop app and its unsaved
work with it) or grow to gigabytes. In a child — limited with RLIMIT_AS on Linux, without a
limit elsewhere — the worst it can do is die, and the caller gets a WorkbookError saying so:
"the workbook could not be read: the reader stopped (signal 6)".

    grids = run_isolated("journey_designer.io.workbook.read_cells:read_sheets", package, names,
                         path=package.path)

`target` is "module:function" (importable without Qt); arguments and the result travel
by pickle, and the result is unpickled allowing only plain data, dates, paths and this
program's own classes. A ProjectFileError raised by the target is raised again here.
Inside a child, run_isolated calls the target directly: it is already isolated.
"""

from __future__ import annotations

import importlib
import io
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journey_designer import messages
from journey_designer.domain import ProjectFileError

MEMORY_LIMIT = 1536 * 2**20
TIMEOUT = 600.0
POLL = 0.05
_ENV = "JOURNEY_DESIGNER_ISOLATED"
_last_pid = 0


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


class Cancelled(Exception):  # noqa: N818 - the user's choice, not an error to report
    """The caller's keep_going() said stop; the child was killed."""


def isolated() -> bool:
    """Is this process an isolated reader (a child of run_isolated or of a UI child job)?"""
    return os.environ.get(_ENV) == "1"


def enter_isolation(memory: int | None = MEMORY_LIMIT) -> None:
    """Make this process an isolated reader: limit its address space (Linux) and let nested
    run_isolated calls run in-process."""
    os.environ[_ENV] = "1"
    if memory and sys.platform.startswith("linux"):
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def last_child_pid() -> int:
    """The process id of the last child started (0: none yet)."""
    return _last_pid


def run_isolated(target: str, *args: Any, path: str | Path, memory: int | None = MEMORY_LIMIT,
                 timeout: float | None = TIMEOUT, keep_going: Callable[[], bool] | None = None,
                 spawn: bool = False) -> Any:
    """`target(*args)` run in a child process; its result, or its ProjectFileError raised here.
    `path` names the file in messages. A child that dies or runs out of memory is a
    ReaderStopped (a WorkbookError), one that takes longer than `timeout` seconds a
    WorkbookError; Cancelled when `keep_going()` returns False. Inside an isolated process the
    target runs in-process, unless `spawn` (a target that may die where a measured one would not)."""
    from journey_designer.io.sheet_safety.safety import ReaderStopped, WorkbookError

    if isolated() and not spawn:
        return _function(target)(*args)
    request = _pickled_in_frames((target, args, messages.language(), memory))
    output, errors, code = _run_child(request, timeout, keep_going, path)
    if code == 0 and output:
        kind, *answer = _safe_loads(output)
        if kind == "ok":
            return answer[0]
        if kind == "refused":
            error_type, where, problem = answer
            raise (WorkbookError if error_type == "workbook" else ProjectFileError)(where, problem)
        if kind == "memory":
            raise ReaderStopped(path, _memory_message(memory))
        raise WorkbookError(path, _t("the workbook could not be read: the reader failed ({error})").format(
            error=answer[0]))
    last = errors.decode("utf-8", "replace").strip().splitlines()[-12:]
    if any("memory allocation" in line or "MemoryError" in line for line in last):
        raise ReaderStopped(path, _memory_message(memory))
    if code < 0:
        raise ReaderStopped(path, _t("the workbook could not be read: the reader stopped (signal {signal})")
                            .format(signal=-code))
    raise ReaderStopped(path, _t("the workbook could not be read: the reader stopped (exit code {code})")
                        .format(code=code))


class _Frames:
    """A file for pickle.dump that keeps the frames it is given."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)


def _pickled_in_frames(request: object) -> bytes:
    """`request` pickled as pickle.dumps would, frame by frame into a Python `write`.

    pickle.dumps of a big project is one call into C that never returns to Python: it
    holds the interpreter lock for its whole 0.7 s (10,000 cards), and the window, on
    another thread, cannot paint meanwhile. Each call of `write` (every 64 KB frame) is a
    point where the interpreter can switch threads."""
    frames = _Frames()
    pickle.dump(request, frames, protocol=pickle.HIGHEST_PROTOCOL)
    return b"".join(frames.parts)


def _memory_message(memory: int | None) -> str:
    return _t("the workbook could not be read: it needs more memory than the {limit} a reader may "
              "use").format(
        limit=f"{(memory or 0) / 2**30:.1f} GB")


def _run_child(request: bytes, timeout: float | None, keep_going: Callable[[], bool] | None,
               path: str | Path) -> tuple[bytes, bytes, int]:
    global _last_pid
    from journey_designer.io.sheet_safety.safety import WorkbookError

    env = {**os.environ, _ENV: "0"}
    # The request goes through a pipe of our own, written by a thread: a request bigger
    # than a pipe holds (the base of a big project) is still being written when the first
    # wait below ends, and Popen.communicate, asked again after a timeout, never writes
    # the rest of its input (the child then waited for it for ever).
    reading, writing = os.pipe()
    try:
        child = subprocess.Popen([sys.executable, "-m", __name__], stdin=reading,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    except BaseException:
        os.close(writing)
        raise
    finally:
        os.close(reading)
    _last_pid = child.pid
    threading.Thread(target=_send, args=(writing, request), daemon=True,
                     name="reader-request").start()
    started = time.monotonic()
    try:
        while True:
            try:
                output, errors = child.communicate(timeout=POLL)
                return output, errors, child.returncode
            except subprocess.TimeoutExpired:
                pass
            if keep_going is not None and not keep_going():
                raise Cancelled()
            if timeout is not None and time.monotonic() - started > timeout:
                raise WorkbookError(path, _t("the workbook could not be read: the reader took longer than "
                                             "{seconds} seconds").format(seconds=f"{timeout:g}"))
    finally:
        if child.returncode is None:  # cancelled, too slow, or Ctrl-C here: the child goes too
            _stop(child)


def _send(fd: int, request: bytes) -> None:
    """Write the request to the child and close its input (a child that died early: the
    rest is dropped, and the caller reports how it ended)."""
    try:
        view = memoryview(request)
        while view:
            view = view[os.write(fd, view):]
    except OSError:
        pass
    finally:
        os.close(fd)


def _stop(child: subprocess.Popen) -> None:
    child.kill()
    child.communicate()


_SAFE = {("builtins", n) for n in ("list", "dict", "tuple", "set", "frozenset", "str", "bytes", "int",
                                   "float", "bool", "complex", "bytearray")}
_SAFE |= {("datetime", n) for n in ("date", "datetime", "time", "timedelta", "timezone")}
_SAFE |= {("pathlib", n) for n in ("Path", "PosixPath", "WindowsPath", "PurePosixPath", "PureWindowsPath")}
_SAFE |= {("copyreg", "_reconstructor"), ("builtins", "object"), ("array", "array"),
          ("array", "_array_reconstructor")}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _SAFE or module.startswith("journey_designer."):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not expected from a reader")


def _safe_loads(data: bytes) -> Any:
    import gc

    enabled = gc.isenabled()
    gc.disable()  # a big grid is millions of objects: no collection while they arrive
    try:
        return _Unpickler(io.BytesIO(data)).load()
    finally:
        if enabled:
            gc.enable()


def _function(target: str) -> Callable[..., Any]:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def _dumps(answer: Any) -> bytes:
    """The answer pickled without a memo: three times faster for a big grid (a million cells,
    no object seen twice that matters). An answer with a cycle, which that cannot pickle, is
    pickled the usual way."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo (deprecated name, still the documented switch)
    try:
        pickler.dump(answer)
    except (ValueError, RecursionError):
        return pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
    return buffer.getvalue()


def main() -> int:
    """The child: read the request from stdin, write the answer to stdout."""
    import gc

    gc.disable()  # short-lived; collections would only slow the building of a big grid
    target, args, language, memory = pickle.loads(sys.stdin.buffer.read())
    enter_isolation(memory)
    messages.set_language(language)
    out = sys.stdout.buffer
    try:
        answer: tuple[Any, ...] = ("ok", _function(target)(*args))
    except MemoryError:
        answer = ("memory",)
    except ProjectFileError as exc:
        from journey_designer.io.sheet_safety.safety import WorkbookError

        answer = ("refused", "workbook" if isinstance(exc, WorkbookError) else "file", exc.path, exc.problem)
    except Exception as exc:  # noqa: BLE001 - reported to the parent as a refusal naming the error
        answer = ("failed", f"{type(exc).__name__}: {str(exc)[:200]}")
    try:
        data = _dumps(answer)
    except MemoryError:
        data = pickle.dumps(("memory",))
    out.write(data)
    out.flush()
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the parent, which stops the child
    sys.exit(main())
