"""The outside attack on plan files, kept as a test: fuzzed plans through the command line.

Each case is the example plan with one or two fields replaced by something hostile: text at,
just over and far over its limit (with and without spaces to break at), every kind of
Unicode the family's keyboards and the strictest readers disagree on, the wrong type, lists
nested past any sense, dates from year 1 to 9999, numbers too large to be real, a team
or a list of objections grown past its limit. Every case must either be refused by
`validate` with exit 1 and an error naming the field (or, for what the reader refuses
before it knows any field, the file), or pass `validate` and then go through `summary`,
`invitations` and `export` with exit 0. Nothing may reach exit 3 or print a traceback.

The run prints its figures at the end of the test session: cases tried, refused, accepted,
the slowest accepted case, and the worst seconds per megabyte of plan.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
import time
import uuid
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import SAMPLES

from interventionplanner.cli import main
from interventionplanner.domain import limits
from interventionplanner.domain.plan import Plan
from interventionplanner.storage.codec import plan_to_data
from interventionplanner.storage.example import example_plan
from interventionplanner.storage.migrations import CURRENT_VERSION, FORMAT
from interventionplanner.storage.strictjson import MAX_DEPTH, MAX_STRING

TODAY = "2026-11-27"
# Kept small for every run; set INTERVENTIONPLANNER_FUZZ_EXAMPLES=2000 for a long campaign.
EXAMPLES = int(os.environ.get("INTERVENTIONPLANNER_FUZZ_EXAMPLES", "30"))

# What the reader refuses before it knows which field it is reading: the file as a whole.
FILE_LEVEL = (
    "nested too deeply",
    "far longer than any plan",
    "number far too large",
    "not a real number",
    "broken character",
    "too large to be a plan",
)


def _base() -> tuple[Plan, dict[str, Any]]:
    plan = example_plan(date.fromisoformat(TODAY))
    version = "{}.{}".format(*CURRENT_VERSION)
    return plan, {"format": FORMAT, "version": version, "plan": plan_to_data(plan)}


def _leaves(item: Any, path: tuple) -> list[tuple[tuple, type, str]]:
    """Every field of the plan as (path into the data, its dataclass, its name)."""
    found = []
    for f in fields(item):
        value = getattr(item, f.name)
        here = (*path, f.name)
        found.append((here, type(item), f.name))
        if is_dataclass(value):
            found += _leaves(value, here)
        elif isinstance(value, list):
            for i, part in enumerate(value[:2]):
                if is_dataclass(part):
                    found += _leaves(part, (*here, i))
    return found


PLAN, DATA = _base()
# Ids are left alone: changing one breaks every link to it, which is a different test.
# In a fixed shuffled order: Hypothesis starts from the first, which would otherwise always
# be the loved one as a whole.
LEAVES = sorted(
    (leaf for leaf in _leaves(PLAN, ()) if leaf[2] != "id"),
    key=lambda leaf: hashlib.sha256(repr(leaf[0]).encode()).digest(),
)


def _where(path: tuple) -> str:
    return "plan" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _text(size: int, piece: str) -> str:
    return (piece * (size // max(len(piece), 1) + 1))[:size] if piece else ""


@st.composite
def _text_values(draw, owner: type, name: str) -> str:
    limit = limits.max_chars(owner, name) or 200
    size = draw(
        st.sampled_from(
            [0, 1, 30, 30, limit // 2, limit, limit, limit + 1, 2 * limit, MAX_STRING + 1]
        )
    )
    size = min(size, MAX_STRING + 1)
    piece = draw(
        st.sampled_from(["x", "word ", "Zoë & <b>“you”</b>\n", "我们爱你", "\n", *SAMPLES])
        | st.text(min_size=1, max_size=12)
    )
    return _text(size, piece)


_json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
)


def _nested(depth: int) -> Any:
    value: Any = "deep"
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


_dates = st.one_of(
    st.datetimes(min_value=datetime(limits.MIN_YEAR, 1, 1), max_value=datetime(2100, 12, 31)).map(
        lambda moment: moment.isoformat()
    ),
    st.datetimes().map(lambda moment: moment.isoformat()),
    st.dates().map(lambda day: day.isoformat()),
    st.sampled_from(
        [
            "9999-12-31T23:59:59",
            "0001-01-01T00:00:00",
            "1999-12-31T23:59:59",
            "2101-01-01T00:00:00",
            "2027-01-16T10:00:00+05:00",
            "2027-13-45T25:61:00",
            "next tuesday",
        ]
    ),
)


@st.composite
def _value_for(draw, owner: type, name: str, current: Any) -> Any:
    """Mostly a value of the field's own type (so that many plans pass and go on to be
    printed), otherwise anything at all."""
    if draw(st.integers(min_value=0, max_value=2)) != 2:
        if isinstance(current, list):
            return current[: draw(st.integers(min_value=0, max_value=len(current)))]
        if isinstance(current, dict):
            return current
        if isinstance(current, bool):
            return draw(st.booleans())
        if isinstance(current, int):
            return draw(st.integers(min_value=-5, max_value=2_000))
        if name in _DATE_NAMES:
            return draw(_dates | st.none())
        if isinstance(current, str) or current is None:
            return draw(_text_values(owner, name))
    kind = draw(st.sampled_from(["text", "scalar", "nested", "date", "list"]))
    if kind == "text":
        return draw(_text_values(owner, name))
    if kind == "scalar":
        return draw(_json_scalars)
    if kind == "nested":
        return _nested(draw(st.integers(min_value=1, max_value=MAX_DEPTH + 8)))
    if kind == "date":
        return draw(_dates)
    return draw(st.lists(_json_scalars | _dates, max_size=4))


_DATE_NAMES = {name for names in limits.DATE_FIELDS.values() for name in names}


@dataclass
class Case:
    data: dict[str, Any]
    paths: list[str] = field(default_factory=list)


@st.composite
def cases(draw) -> Case:
    data = json.loads(json.dumps(DATA))
    case = Case(data)
    if draw(st.integers(min_value=0, max_value=3)) == 3:  # a list grown to its limit or past
        name = draw(st.sampled_from(["participants", "objections", "tasks"]))
        most = limits.LIST_LIMITS[Plan][name][0]
        items = data["plan"][name]
        for number in range(len(items), draw(st.sampled_from([most, most + 1, most + 20]))):
            copy = json.loads(json.dumps(items[0]))
            if "id" in copy:
                copy["id"] = uuid.UUID(int=number).hex
            items.append(copy)
        case.paths.append(_where((name,)))
    for _ in range(draw(st.sampled_from([1, 1, 2]))):
        path, owner, name = draw(st.sampled_from(LEAVES))
        target = data["plan"]
        for part in path[:-1]:
            if not isinstance(target, dict | list):
                break
            target = target[part] if isinstance(target, dict) or part < len(target) else None
        if isinstance(target, dict):
            target[path[-1]] = draw(_value_for(owner, name, target.get(path[-1])))
            case.paths.append(_where(path))
    if not case.paths:  # the second change landed inside what the first replaced
        data["plan"]["if_yes"] = draw(_text_values(Plan, "if_yes"))
        case.paths.append("plan.if_yes")
    return case


@dataclass
class Figures:
    tried: int = 0
    refused: int = 0
    accepted: int = 0
    worst_seconds: float = 0.0
    worst_per_mb: float = 0.0
    largest_accepted: int = 0

    def line(self) -> str:
        return (
            f"fuzzed plans: {self.tried} tried, {self.refused} refused by validate (exit 1), "
            f"{self.accepted} accepted; slowest accepted {self.worst_seconds:.2f} s "
            f"(summary + invitations + export); worst {self.worst_per_mb:.1f} s per MB "
            f"(a plan under 1 MB counted as 1 MB); "
            f"largest accepted {self.largest_accepted / 1024:.0f} KiB"
        )


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _names_the_field(errors: list[dict], paths: list[str], file_name: str) -> bool:
    """Some error names a changed field (or sits inside or above one); or the team changed
    and a link to someone now points at nobody, which names the link; or the reader refused
    the file as a whole before reaching any field."""
    team_changed = any(path.startswith("plan.participants") for path in paths)
    for error in errors:
        if team_changed and error["message"] == "points to someone who is not in the team":
            return True
        where = error["where"]
        if where == file_name:
            if any(words in error["message"] for words in FILE_LEVEL):
                return True
            continue
        if any(where.startswith(path) or path.startswith(where + ".") for path in paths):
            return True
        if any(path.startswith(where + "[") for path in paths):
            return True
    return False


def _check(case: Case, folder: Path, figures: Figures) -> None:
    plan_file = folder / "fuzzed.ivplan"
    # ensure_ascii keeps lone surrogates as escapes, as a hand-edited file would hold them.
    plan_file.write_text(json.dumps(case.data, ensure_ascii=True), "utf-8")
    size = plan_file.stat().st_size
    figures.tried += 1
    code, out, err = _run("validate", "--json", str(plan_file))
    assert "Traceback" not in out + err
    assert code in (0, 1), (case.paths, code, err)
    result = json.loads(out)
    if code == 1:
        figures.refused += 1
        assert result["errors"], case.paths
        assert all(e["message"] for e in result["errors"])
        assert _names_the_field(result["errors"], case.paths, plan_file.name), (
            case.paths,
            result["errors"][:3],
        )
        return
    figures.accepted += 1
    started = time.perf_counter()
    commands = [
        ("summary", str(plan_file), "--json", "--today", TODAY),
        ("invitations", str(plan_file), "-o", str(folder / "invitations")),
        ("export", str(plan_file), "-o", str(folder / "packet.pdf"), "--today", TODAY),
    ]
    for argv in commands:
        code, out, err = _run(*argv)
        assert "Traceback" not in out + err
        assert code == 0, (argv[0], case.paths, err)
    seconds = time.perf_counter() - started
    pdf = (folder / "packet.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    figures.worst_seconds = max(figures.worst_seconds, seconds)
    figures.worst_per_mb = max(figures.worst_per_mb, seconds / max(size / 2**20, 1.0))
    figures.largest_accepted = max(figures.largest_accepted, size)


def test_every_fuzzed_plan_is_refused_plainly_or_works_end_to_end(record_score, user_dirs):
    figures = Figures()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(cases())
    def run(case: Case) -> None:
        with tempfile.TemporaryDirectory() as folder:
            _check(case, Path(folder), figures)

    run()
    record_score(figures.line())
    assert figures.refused  # both sides were reached
    assert figures.accepted
