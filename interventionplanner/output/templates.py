"""The one way text is made from a template: built-in templates, or the user's own copies.

Built-in templates live in `paths.templates_dir()` and render in an ordinary jinja2
environment. A user template folder (the caller decides where; the app passes its per-user
folder) overrides the built-ins file by file, and a template taken from it always renders
in a sandbox, because a template someone was sent by e-mail must not be able to reach into
the app. Every failure becomes one `TemplateProblem` whose message is plain words: which
template, whether it is the user's copy, and the line when it is known.

Templates are given plain data only (dicts, lists, strings, numbers): never the plan's
dataclasses, so a template cannot call methods on them.
"""

from __future__ import annotations

import operator
import os
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from interventionplanner import paths

_OPTIONS: dict[str, Any] = {
    "undefined": StrictUndefined,
    "autoescape": False,  # plain text: e-mails and letters, never HTML
    "keep_trailing_newline": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
}

# A user template may multiply text or raise numbers to powers, but not so far that
# filling it in would freeze the app.
_MAX_REPEAT = 100_000
_MAX_EXPONENT = 1_000

_PLAIN_SCALARS = (str, int, float, bool, type(None))


class TemplateProblem(Exception):
    """A template could not be filled in. The message is plain words, ready to show."""

    def __init__(self, message: str, *, name: str, user_copy: bool, line: int | None = None):
        super().__init__(message)
        self.name = name
        self.user_copy = user_copy
        self.line = line


class _UserSandbox(ImmutableSandboxedEnvironment):
    """The sandbox for user templates, with a ceiling on `*` and `**`."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(right, int | float) and abs(right) > _MAX_EXPONENT:
                raise SecurityError("that power is too large to work out")
            return operator.pow(left, right)
        if operator_name == "*":
            for text, times in ((left, right), (right, left)):
                if (
                    isinstance(text, str | list | tuple)
                    and isinstance(times, int)
                    and len(text) * times > _MAX_REPEAT
                ):
                    raise SecurityError("that text would be too long")
            return operator.mul(left, right)
        return super().call_binop(context, operator_name, left, right)


@cache
def _builtin_environment() -> Environment:
    return Environment(loader=FileSystemLoader(paths.templates_dir()), **_OPTIONS)


@lru_cache(maxsize=8)
def _user_environment(user_dir: str) -> ImmutableSandboxedEnvironment:
    # The user's folder first, the built-ins behind it, so a user template may
    # {% include %} or {% extends %} a built-in one. auto_reload (jinja's default) picks
    # up edits the user makes while the app is running.
    loader = ChoiceLoader([FileSystemLoader(user_dir), FileSystemLoader(paths.templates_dir())])
    return _UserSandbox(loader=loader, **_OPTIONS)


def _user_has(user_dir: Path | None, name: str) -> bool:
    if user_dir is None:
        return False
    try:
        pieces = split_template_path(name)  # refuses "..", like the loader itself
    except TemplateNotFound:
        return False
    return os.path.isfile(os.path.join(user_dir, *pieces))


def render(name: str, context: dict[str, Any], user_dir: Path | None = None) -> str:
    """Fill in template `name` with `context`; the user's copy wins when there is one.

    Raises TemplateProblem, in plain words, for anything a template can get wrong. A
    context holding anything but plain data is a mistake in the app: TypeError.
    """
    _check_plain(context, "context")
    user_copy = _user_has(user_dir, name)
    env = _user_environment(str(user_dir)) if user_copy else _builtin_environment()
    try:
        template = env.get_template(name)
        return template.render(context)
    except TemplateNotFound as error:
        raise _not_found(name, user_copy, user_dir, error) from None
    except TemplateSyntaxError as error:
        raise _problem(name, user_copy, "is not written correctly", error, error.lineno) from None
    except SecurityError as error:
        raise _problem(
            name,
            user_copy,
            "tried to do something templates are not allowed to do, so it was stopped",
            error,
            _runtime_line(error),
        ) from None
    except UndefinedError as error:
        raise _problem(
            name,
            user_copy,
            "uses a value the app does not provide",
            error,
            _runtime_line(error),
        ) from None
    except TemplateError as error:
        raise _problem(
            name, user_copy, "could not be filled in", error, _runtime_line(error)
        ) from None
    except Exception as error:
        if not user_copy:
            raise  # a built-in template failing this way is a bug of ours
        raise _problem(
            name, user_copy, "could not be filled in", error, _runtime_line(error)
        ) from None


def _describe(name: str, user_copy: bool) -> str:
    return f'Your copy of the template "{name}"' if user_copy else f'The template "{name}"'


def _problem(
    name: str, user_copy: bool, what: str, error: BaseException, line: int | None
) -> TemplateProblem:
    where = f" on line {line}" if line else ""
    detail = str(getattr(error, "message", None) or error).strip().rstrip(".")
    detail = f" ({detail})" if detail and "\n" not in detail else ""
    message = f"{_describe(name, user_copy)} has a problem{where}: it {what}{detail}."
    if user_copy:
        message += " Fix your copy, or remove it to use the built-in one."
    return TemplateProblem(message, name=name, user_copy=user_copy, line=line)


def _not_found(
    name: str, user_copy: bool, user_dir: Path | None, error: TemplateNotFound
) -> TemplateProblem:
    missing = error.name if isinstance(error.name, str) else name
    if missing != name:
        message = (
            f'{_describe(name, user_copy)} asks for another template, "{missing}", '
            "that could not be found."
        )
    else:
        places = "the app's templates" + (" or in your template folder" if user_dir else "")
        message = f'There is no template called "{name}" in {places}.'
    return TemplateProblem(message, name=name, user_copy=user_copy)


def _runtime_line(error: BaseException) -> int | None:
    """The template line a render-time error happened on, when jinja's traceback says.

    jinja rewrites the traceback so that frames in template code point at the template's
    line (and carry the exception in their globals); the last such frame is where the
    template went wrong.
    """
    line = None
    tb = error.__traceback__
    while tb is not None:
        if "__jinja_exception__" in tb.tb_frame.f_globals:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _check_plain(value: Any, where: str) -> None:
    if type(value) in _PLAIN_SCALARS:
        return
    if type(value) in (list, tuple):
        for i, item in enumerate(value):
            _check_plain(item, f"{where}[{i}]")
        return
    if type(value) is dict:
        for key, item in value.items():
            if type(key) is not str:
                raise TypeError(f"{where} has a key that is not text: {key!r}")
            _check_plain(item, f"{where}[{key!r}]")
        return
    raise TypeError(f"templates take plain data only; {where} is a {type(value).__name__}")
