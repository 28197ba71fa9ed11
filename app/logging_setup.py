"""Logging that can never carry resident data or key material.

The log is for IT staff and developers: what went wrong, where in the code.
It never holds a name, a note, an agreement, SQL parameters or a key. Four
layers make sure of that:

1. Code review: log calls pass a constant message and only ids, counts or
   exception *types* as arguments (tests/privacy checks the constant
   message by walking the source).
2. ``RedactingFilter`` on the handler replaces every argument that is not of
   a plainly safe type. Text is kept only when it is the name of an
   exception class (``type(exc).__name__``, the idiom used in app/);
   exceptions become their type name (plus the SQLite error code name);
   paths keep only their suffix (a saved PDF may be named after a resident).
3. ``SafeFormatter`` writes tracebacks as file, line and function only,
   without local variables and without exception messages: SQLAlchemy puts
   the bound parameters into its messages, SQLite may quote values, and a
   ValueError can carry whatever text caused it. A few of our own errors
   with fixed wording keep their message.
4. ``sys.excepthook`` and ``threading.excepthook`` write crashes through the
   same formatter, to the log and to stderr, instead of Python's default
   traceback with messages.

``configure_logging(data_dir)`` sets this up: ``<data_dir>/logs/nabij.log``,
rotated at 1 MB with 3 old files kept, level INFO.
"""

from __future__ import annotations

import enum
import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path, PurePath
from types import TracebackType

# what sys.exc_info() gives, as logging.Formatter.formatException takes it
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]

LOG_DIR = "logs"
LOG_NAME = "nabij.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Our own errors whose messages are fixed wording without user text or user-chosen paths.
_MESSAGE_SAFE = frozenset(
    {
        "app.storage.errors.KeyringUnavailable",
        "app.storage.errors.WrongPassphrase",
        "app.storage.errors.KeyProblem",
        "app.models.rules.DomainError",
        "app.models.rules.MeetingClosed",
    }
)

_MARK = "_nabij_safe_handler"


# --- what may appear ------------------------------------------------------------------


def _exception_names() -> frozenset[str]:
    names: set[str] = set()
    stack: list[type] = [BaseException]
    while stack:
        cls = stack.pop()
        names.add(cls.__name__)
        try:
            stack.extend(cls.__subclasses__())
        except TypeError:  # type.__subclasses__ needs an argument
            continue
    return frozenset(names)


_known_exception_names: frozenset[str] = frozenset()


def _is_exception_name(text: str) -> bool:
    global _known_exception_names
    if not text.isidentifier():
        return False
    if text not in _known_exception_names:
        _known_exception_names = _exception_names()  # classes load lazily: refresh on a miss
    return text in _known_exception_names


def _qualname(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def describe_exception(exc: BaseException) -> str:
    """Type name, SQLite error code name when there is one, and the message only for fixed-wording errors."""
    cls = type(exc)
    text = cls.__name__
    code = getattr(exc, "sqlite_errorname", None) or getattr(getattr(exc, "orig", None), "sqlite_errorname", None)
    if isinstance(code, str) and code.isidentifier():
        text += f" [{code}]"
    if any(_qualname(c) in _MESSAGE_SAFE for c in cls.__mro__):
        message = str(exc)
        if message:
            text += f": {message}"
    return text


def safe_value(value: object) -> object:
    """The value itself when it cannot carry resident data, else a placeholder."""
    if value is None or isinstance(value, (bool, int, float, uuid.UUID, date, datetime, time, timedelta)):
        return value
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, BaseException):
        return describe_exception(value)
    if isinstance(value, type):
        return value.__name__
    if isinstance(value, PurePath):
        return f"<path *{value.suffix}>" if value.suffix else "<path>"
    if isinstance(value, str):
        return value if _is_exception_name(value) else "<text>"
    return f"<{type(value).__name__}>"


_WARNING = re.compile(r"^(?P<file>.*?):(?P<line>\d+): (?P<category>\w+): ", re.DOTALL)


class RedactingFilter(logging.Filter):
    """Replaces unsafe arguments of every record that passes the handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "py.warnings":
            # logging.captureWarnings logs the whole formatted warning as the message: keep where and what kind
            match = _WARNING.match(str(record.msg))
            record.msg = f"{_short(match['file'])}:{match['line']}: {match['category']}" if match else "<warning>"
            record.args = ()
            return True
        if not isinstance(record.msg, str):
            record.msg = f"<{type(record.msg).__name__}>"
        args = record.args
        if isinstance(args, dict):
            record.args = {k: safe_value(v) for k, v in args.items()}
        elif args:
            record.args = tuple(safe_value(a) for a in args)
        return True


# --- tracebacks -------------------------------------------------------------------------------

_ROOT = Path(__file__).resolve().parent.parent


def _short(filename: str) -> str:
    """Paths relative to the checkout or to site-packages, so the log does not show the user's home."""
    p = Path(filename)
    try:
        return p.resolve().relative_to(_ROOT).as_posix()
    except (ValueError, OSError):
        pass
    parts = p.parts
    for anchor in ("site-packages", "dist-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) + 1 :])
    return p.name


def format_exception_safely(
    exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
) -> str:
    """Like traceback.format_exception, with code locations only: no locals, no messages."""
    if exc is None:
        return exc_type.__name__ if exc_type is not None else ""
    chain: list[tuple[BaseException, str | None]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    note: str | None = None
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, note))
        if current.__cause__ is not None:
            current, note = current.__cause__, "The above exception was the direct cause of the following exception:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, note = current.__context__, "During handling of the above exception, another exception occurred:"
        else:
            current = None
    lines: list[str] = []
    for i, (item, _note) in enumerate(reversed(chain)):
        if i:
            lines.append("")
            lines.append(chain[len(chain) - i][1] or "")
            lines.append("")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(item.__traceback__):
            lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append(describe_exception(item))
    return "\n".join(lines)


class SafeFormatter(logging.Formatter):
    def formatException(self, ei: ExcInfo) -> str:  # noqa: N802 (logging API)
        return format_exception_safely(*ei)

    def format(self, record: logging.LogRecord) -> str:
        # Never reuse a traceback text another formatter cached on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


# --- set-up -------------------------------------------------------------------------------------

_crash_log = logging.getLogger("nabij.crash")
_SysHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
_ThreadHook = Callable[[threading.ExceptHookArgs], object]
_saved_hooks: tuple[_SysHook, _ThreadHook] | None = None  # the hooks configure_logging replaced


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _crash_log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
    if sys.stderr is not None:
        try:
            sys.stderr.write(
                "Nabij stopped because of an unexpected error:\n" + format_exception_safely(exc_type, exc, tb) + "\n"
            )
        except (OSError, ValueError):
            pass


def _threading_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    if args.exc_value is None:  # threading allows it; a raised exception always has one
        _crash_log.critical("unhandled exception in a thread: %s", args.exc_type.__name__)
        return
    _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def configure_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``<data_dir>/logs/nabij.log`` (rotating) and install the crash hooks. Returns the log file."""
    log_dir = Path(data_dir) / LOG_DIR
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    setattr(handler, _MARK, True)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(SafeFormatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    root.setLevel(level)
    # SQLAlchemy logs SQL and parameters at INFO; it defaults itself to WARNING, and so do we, explicitly.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    if os.name == "posix":
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass
    global _saved_hooks
    if _saved_hooks is None:
        _saved_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = _excepthook
    threading.excepthook = _threading_excepthook
    logging.captureWarnings(True)  # warnings go through the filter too, not raw to stderr
    return path


def shutdown_logging() -> None:
    """Undo configure_logging (for tests, and at exit): remove the handler, restore the hooks."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
    global _saved_hooks
    if _saved_hooks is not None:
        sys.excepthook, threading.excepthook = _saved_hooks
        _saved_hooks = None
        logging.captureWarnings(False)
