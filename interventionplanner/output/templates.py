"""The one way text is made from a template: built-in templates, or the user's own copies.

Built-in templates live in `paths.templates_dir()` and render in an ordinary jinja2
environment. A user template folder (the caller decides where; the app passes its per-user
folder) overrides the built-ins file by file, and a template taken from it always renders
in a sandbox, because a template someone was sent by e-mail must not be able to reach into
the app. Every failure becomes one `TemplateProblem` whose message is plain words: which
template, whether it is the user's copy, and the line when it is known.

Templates are given plain data only (dicts, lists, strings, numbers): never the plan's
dataclasses, so a template cannot call methods on them.

A user template also runs within limits, so that a template which loops for ever or builds
a gigabyte of text is refused in about a second and a few megabytes, not after the computer
runs out of memory:

- **Steps and time.** While a user template runs, a trace function counts the lines of
  template code executed (every loop pass, every macro call): past `_MAX_STEPS`, or
  `_MAX_SECONDS`, it is stopped.
- **Size.** No single text or list it builds, and not its whole output, may pass
  `_MAX_TEXT` characters; widths and paddings (`ljust`, `center`, `format`, `%`, `indent`…)
  stop at `_MAX_WIDTH`. Each operation that could make something large in one step
  (`*`, `+`, `~`, `%`, the string methods and filters that pad, replace, join or repeat) is
  checked *before* it runs, because a single step in C cannot be interrupted.
"""

from __future__ import annotations

import operator
import os
import re
import string
import sys
import time
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from interventionplanner import paths
from interventionplanner.i18n import N_, SOURCE_LANGUAGE, _, language
from interventionplanner.storage.limited import TooLargeError, read_limited

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
_MAX_INT_BITS = 100_000  # a number with 30,000 digits is already far past any real use
_MAX_TEXT = 2_000_000  # characters: a whole letter (five 200,000-character parts) fits
_MAX_WIDTH = 10_000  # a width, padding or precision
_MAX_STEPS = 1_000_000  # lines of template code run: loop passes, macro calls
_MAX_SECONDS = 1.0
_MAX_TEMPLATE_BYTES = 1 << 20  # a template file is a few kB

_TOO_LONG = N_("the text it makes would be far too long")
_TOO_WIDE = N_("that width or padding is far too large")

_PLAIN_SCALARS = (str, int, float, bool, type(None))


class TemplateProblem(Exception):
    """A template could not be filled in. The message is plain words, ready to show."""

    def __init__(self, message: str, *, name: str, user_copy: bool, line: int | None = None):
        super().__init__(message)
        self.name = name
        self.user_copy = user_copy
        self.line = line


class _LimitedTemplate(Template):
    """A compiled user template whose `~` (concatenation) is checked for size first."""

    @classmethod
    def _from_namespace(cls, environment, namespace, globals):  # noqa: A002 (jinja's name)
        namespace["str_join"] = _joined
        namespace["markup_join"] = _joined
        return super()._from_namespace(environment, namespace, globals)


class _UserSandbox(ImmutableSandboxedEnvironment):
    """The sandbox for user templates, with ceilings on what one step may build."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    template_class = _LimitedTemplate

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals.pop("lipsum", None)  # lipsum(10**9) writes a gigabyte of Latin
        self.filters = {**self.filters, **_guarded_filters(self.filters)}

    def call_binop(self, context, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(right, int | float) and abs(right) > _MAX_EXPONENT:
                raise SecurityError(N_("that power is too large to work out"))
            if isinstance(left, int) and isinstance(right, int):
                _check_bits(left.bit_length() * max(right, 0))
            return operator.pow(left, right)
        if operator_name == "*":
            for text, times in ((left, right), (right, left)):
                if isinstance(text, str | list | tuple) and isinstance(times, int):
                    if len(text) * times > _MAX_REPEAT:
                        raise SecurityError(N_("that text would be too long"))
                    _check_size(_weight(text) * times)
            if isinstance(left, int) and isinstance(right, int):
                _check_bits(left.bit_length() + right.bit_length())
            return operator.mul(left, right)
        if operator_name == "+":
            if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
                _check_size(_weight(left) + _weight(right))
            return operator.add(left, right)
        if operator_name == "%" and isinstance(left, str):
            _check_percent_format(left)
            return _checked(operator.mod(left, right))
        return super().call_binop(context, operator_name, left, right)

    def call(__self, __context, __obj, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        method = getattr(__obj, "__name__", "")
        # jinja hands out str.format wrapped (functools.wraps keeps the bound method).
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        if isinstance(owner, str) and method in _STR_CHECKS:
            _STR_CHECKS[method](owner, args, kwargs)
        return _checked(super().call(__context, __obj, *args, **kwargs))


# --- the checks --------------------------------------------------------------------------


def _check_size(size: int) -> None:
    if size > _MAX_TEXT:
        raise SecurityError(_TOO_LONG)


def _check_width(width: Any) -> None:
    if isinstance(width, int) and width > _MAX_WIDTH:
        raise SecurityError(_TOO_WIDE)
    if isinstance(width, str) and len(width) > _MAX_WIDTH:
        raise SecurityError(_TOO_WIDE)


def _check_bits(bits: int) -> None:
    if bits > _MAX_INT_BITS:
        raise SecurityError(N_("that number would be far too large"))


def _weight(value: Any, depth: int = 0) -> int:
    """About how many characters `value` becomes as text (each item at least one)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list | tuple) and depth < 8:
        return sum(_weight(item, depth + 1) for item in value) + len(value)
    if isinstance(value, dict) and depth < 8:
        return sum(_weight(k, depth + 1) + _weight(v, depth + 1) for k, v in value.items())
    return 1


def _checked(result: Any) -> Any:
    """A result that is already made, but would be too large to keep working with."""
    if isinstance(result, str | list | tuple):
        _check_size(_weight(result))
    return result


def _joined(seq: Any) -> str:
    parts = [str(item) for item in seq]
    _check_size(sum(map(len, parts)))
    return "".join(parts)


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|[0-9]+)?(?:\.(\*|[0-9]+))?")


def _check_percent_format(fmt: str) -> None:
    for width, precision in _PERCENT_SPEC.findall(fmt):
        for number in (width, precision):
            if number == "*":
                raise SecurityError(_TOO_WIDE)
            if number and int(number) > _MAX_WIDTH:
                raise SecurityError(_TOO_WIDE)


def _check_format_fields(fmt: str) -> None:
    """str.format: a width in a field ({:>1000000000}) or a nested one ({:{}}) is refused."""
    try:
        fields = list(string.Formatter().parse(fmt))
    except ValueError:
        return  # str.format itself will refuse it
    for _text, _name, spec, _conversion in fields:
        if spec and "{" in spec:
            raise SecurityError(_TOO_WIDE)
        for number in re.findall(r"[0-9]+", spec or ""):
            if int(number) > _MAX_WIDTH:
                raise SecurityError(_TOO_WIDE)


def _pad_check(text: str, args: tuple, kwargs: dict) -> None:
    width = args[0] if args else kwargs.get("width", 0)
    if isinstance(width, int) and width > max(len(text), _MAX_WIDTH):
        raise SecurityError(_TOO_WIDE)


def _tabs_check(text: str, args: tuple, kwargs: dict) -> None:
    size = args[0] if args else kwargs.get("tabsize", 8)
    if isinstance(size, int):
        _check_size(len(text) + text.count("\t") * max(size, 0))


def _replace_check(text: str, args: tuple, kwargs: dict) -> None:
    if len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        old, new = args[0], args[1]
        count = text.count(old) if old else len(text) + 1
        if len(args) > 2 and isinstance(args[2], int) and args[2] >= 0:
            count = min(count, args[2])
        _check_size(len(text) + count * max(len(new) - len(old), 0))


def _join_check(text: str, args: tuple, kwargs: dict) -> None:
    if args and isinstance(args[0], list | tuple):
        _check_size(_weight(args[0]) + len(text) * len(args[0]))


def _translate_check(text: str, args: tuple, kwargs: dict) -> None:
    table = args[0] if args else None
    if isinstance(table, dict):
        longest = max((_weight(v) for v in table.values()), default=1)
        _check_size(len(text) * max(longest, 1))


_STR_CHECKS: dict[str, Callable[[str, tuple, dict], None]] = {
    "format": lambda text, args, kwargs: _check_format_fields(text),
    "format_map": lambda text, args, kwargs: _check_format_fields(text),
    "ljust": _pad_check,
    "rjust": _pad_check,
    "center": _pad_check,
    "zfill": _pad_check,
    "expandtabs": _tabs_check,
    "replace": _replace_check,
    "join": _join_check,
    "translate": _translate_check,
}


def _guarded_filters(filters: dict[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """The jinja filters that could build something huge in one step, each checked first."""

    def guard(name: str, check: Callable[..., None]) -> Callable[..., Any]:
        original = filters[name]

        def guarded(*args: Any, **kwargs: Any) -> Any:
            check(*args, **kwargs)
            return _checked(original(*args, **kwargs))

        guarded.__name__ = original.__name__
        # jinja passes the context or environment to filters marked so; keep the marks.
        guarded.__dict__.update(getattr(original, "__dict__", {}))
        return guarded

    def center(value: Any, width: int = 80) -> None:
        _check_width(width)

    def indent(value: Any, width: Any = 4, *args: Any, **kwargs: Any) -> None:
        _check_width(width)
        size = len(width) if isinstance(width, str) else width
        if isinstance(value, str) and isinstance(size, int):
            _check_size(len(value) + (value.count("\n") + 1) * max(size, 0))

    def format_(value: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(value, str):
            _check_percent_format(value)

    def replace(ctx: Any, value: Any, old: Any, new: Any, count: Any = None) -> None:
        if isinstance(value, str) and isinstance(old, str) and isinstance(new, str):
            _replace_check(value, (old, new) + ((count,) if count is not None else ()), {})

    def join(ctx: Any, value: Any, d: Any = "", attribute: Any = None) -> None:
        items = list(value) if isinstance(value, list | tuple) else []
        _check_size(_weight(items) + _weight(d) * len(items))

    def wordwrap(env: Any, s: Any, width: Any = 79, *args: Any, **kwargs: Any) -> None:
        wrap = kwargs.get("wrapstring") or (args[1] if len(args) > 1 else None) or "\n"
        if isinstance(s, str) and isinstance(wrap, str):
            _check_size(len(s) * (len(wrap) + 1))

    def count(value: Any, n: Any = 1, *args: Any, **kwargs: Any) -> None:
        if isinstance(n, int) and n > _MAX_REPEAT:
            raise SecurityError(_TOO_LONG)

    def tojson(ctx: Any, value: Any, indent: Any = None) -> None:
        if isinstance(indent, int) and indent > 16 or isinstance(indent, str):
            raise SecurityError(_TOO_WIDE)

    def sum_(env: Any, iterable: Any, attribute: Any = None, start: Any = 0) -> None:
        if not isinstance(start, int | float):  # adding up lists or texts: quadratic
            raise SecurityError(N_("templates may only add up numbers"))

    checks = {
        "center": center,
        "indent": indent,
        "format": format_,
        "replace": replace,
        "join": join,
        "wordwrap": wordwrap,
        "batch": count,
        "slice": count,
        "tojson": tojson,
        "sum": sum_,
    }
    return {name: guard(name, check) for name, check in checks.items() if name in filters}


# --- running a user template within its budget -------------------------------------------


class _Budget:
    """Counts the lines of template code run in this thread; stops them past the limits."""

    def __init__(self) -> None:
        self.steps = 0
        self.deadline = time.monotonic() + _MAX_SECONDS

    def on_call(self, frame: Any, event: str, arg: Any) -> Any:
        if "__jinja_template__" not in frame.f_globals:
            return None  # the app's and jinja's own code: not counted, not slowed
        self.tick()
        return self.on_line

    def on_line(self, frame: Any, event: str, arg: Any) -> Any:
        if event == "line":
            self.tick()
        return self.on_line

    def tick(self) -> None:
        self.steps += 1
        if self.steps > _MAX_STEPS:
            raise SecurityError(N_("it runs far too long (a loop that does not end?)"))
        # The clock every 16 lines: a line may call something slow, and reading it is cheap.
        if not self.steps % 16 and time.monotonic() > self.deadline:
            raise SecurityError(N_("it takes far too long to fill in"))


def _run_limited(template: Template, context: dict[str, Any]) -> str:
    """Render within the budget: steps, time, and the size of the whole output."""
    budget = _Budget()
    chunks: list[str] = []
    size = 0
    previous = sys.gettrace()
    sys.settrace(budget.on_call)
    try:
        stream: Iterator[str] = template.generate(context)
        for chunk in stream:
            size += len(chunk)
            if size > _MAX_TEXT:
                raise SecurityError(_TOO_LONG)
            chunks.append(chunk)
    finally:
        sys.settrace(previous)
    return "".join(chunks)


class _LimitedLoader(FileSystemLoader):
    """A FileSystemLoader that reads each template with a ceiling (a template file that is
    really /dev/zero, or a pipe, must not be read in whole)."""

    def get_source(self, environment: Environment, template: str):
        pieces = split_template_path(template)  # refuses ".."
        for folder in self.searchpath:
            filename = os.path.join(folder, *pieces)
            if os.path.exists(filename) and not os.path.isdir(filename):
                break
        else:
            raise TemplateNotFound(template)
        try:
            raw = read_limited(filename, _MAX_TEMPLATE_BYTES)
        except TooLargeError:
            raise TemplateError(N_("the template file is far too large")) from None
        except OSError:
            raise TemplateNotFound(template) from None
        mtime = os.path.getmtime(filename)

        def uptodate() -> bool:
            try:
                return os.path.getmtime(filename) == mtime
            except OSError:
                return False

        return raw.decode(self.encoding), os.path.normpath(filename), uptodate


@cache
def _builtin_environment() -> Environment:
    return Environment(loader=FileSystemLoader(paths.templates_dir()), **_OPTIONS)


@lru_cache(maxsize=8)
def _user_environment(user_dir: str) -> ImmutableSandboxedEnvironment:
    # The user's folder first, the built-ins behind it, so a user template may
    # {% include %} or {% extends %} a built-in one. auto_reload (jinja's default) picks
    # up edits the user makes while the app is running.
    loader = ChoiceLoader([_LimitedLoader(user_dir), FileSystemLoader(paths.templates_dir())])
    return _UserSandbox(loader=loader, **_OPTIONS)


def _user_has(user_dir: Path | None, name: str) -> bool:
    if user_dir is None:
        return False
    try:
        pieces = split_template_path(name)  # refuses "..", like the loader itself
    except TemplateNotFound:
        return False
    path = os.path.join(user_dir, *pieces)
    return os.path.exists(path) and not os.path.isdir(path)  # a device or pipe too: refused


def localized(name: str, user_dir: Path | None = None) -> str:
    """The template to use for `name` in the language in force: "es/letter.txt.j2" when
    there is a Spanish one (the user's copy, then ours), else `name` itself.

    Long prose is written once a language, as a whole template, rather than cut into
    catalogue strings: a sentence's order, gender and agreement change from language to
    language, and a family editing their own copy edits one readable letter. A reader's
    language outranks a user's copy in another language: the grandmother's invitation
    stays in Spanish even if the family adapted the English one.
    """
    code = language()
    if code == SOURCE_LANGUAGE or "/" in name:
        return name
    translated = f"{code}/{name}"
    if _user_has(user_dir, translated) or (paths.templates_dir() / code / name).is_file():
        return translated
    return name


def render(name: str, context: dict[str, Any], user_dir: Path | None = None) -> str:
    """Fill in template `name` with `context`, in the language in force (see `localized`);
    the user's copy wins when there is one.

    Raises TemplateProblem, in plain words, for anything a template can get wrong. A
    context holding anything but plain data is a mistake in the app: TypeError.
    """
    _check_plain(context, "context")
    name = localized(name, user_dir)
    user_copy = _user_has(user_dir, name)
    env = _user_environment(str(user_dir)) if user_copy else _builtin_environment()
    try:
        template = env.get_template(name)
        return _run_limited(template, context) if user_copy else template.render(context)
    except TemplateNotFound as error:
        raise _not_found(name, user_copy, user_dir, error) from None
    except TemplateSyntaxError as error:
        raise _problem(
            name, user_copy, _("is not written correctly"), error, error.lineno
        ) from None
    except SecurityError as error:
        raise _problem(
            name,
            user_copy,
            _("tried to do something templates are not allowed to do, so it was stopped"),
            error,
            _runtime_line(error),
        ) from None
    except UndefinedError as error:
        raise _problem(
            name,
            user_copy,
            _("uses a value the app does not provide"),
            error,
            _runtime_line(error),
        ) from None
    except TemplateError as error:
        raise _problem(
            name, user_copy, _("could not be filled in"), error, _runtime_line(error)
        ) from None
    except Exception as error:
        if not user_copy:
            raise  # a built-in template failing this way is a bug of ours
        raise _problem(
            name, user_copy, _("could not be filled in"), error, _runtime_line(error)
        ) from None


def _describe(name: str, user_copy: bool) -> str:
    if user_copy:
        return _('Your copy of the template "{name}"').format(name=name)
    return _('The template "{name}"').format(name=name)


def _problem(
    name: str, user_copy: bool, what: str, error: BaseException, line: int | None
) -> TemplateProblem:
    # Our own limits' words are in the catalogue (marked N_ where raised); jinja's are not.
    detail = _(str(getattr(error, "message", None) or error).strip().rstrip("."))
    detail = f" ({detail})" if detail and "\n" not in detail else ""
    which = _describe(name, user_copy)
    if line:
        message = _("{template} has a problem on line {line}: it {what}{detail}.").format(
            template=which, line=line, what=what, detail=detail
        )
    else:
        message = _("{template} has a problem: it {what}{detail}.").format(
            template=which, what=what, detail=detail
        )
    if user_copy:
        message += " " + _("Fix your copy, or remove it to use the built-in one.")
    return TemplateProblem(message, name=name, user_copy=user_copy, line=line)


def _not_found(
    name: str, user_copy: bool, user_dir: Path | None, error: TemplateNotFound
) -> TemplateProblem:
    missing = error.name if isinstance(error.name, str) else name
    if missing != name:
        message = _(
            '{template} asks for another template, "{missing}", that could not be found.'
        ).format(template=_describe(name, user_copy), missing=missing)
    elif user_dir:
        message = _(
            'There is no template called "{name}" in the app\'s templates or in your '
            "template folder."
        ).format(name=name)
    else:
        message = _('There is no template called "{name}" in the app\'s templates.').format(
            name=name
        )

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
