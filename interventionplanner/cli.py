"""The headless command line: the same engine as the window, for scripts and checks.

Exit codes are stable: 0 all is well, 1 the plan's data is wrong (the message says what and
where), 2 the command was not used correctly, 3 something unexpected went wrong in the app.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from interventionplanner import __version__
from interventionplanner.domain.plan import Plan
from interventionplanner.output.invitations import export_invitations
from interventionplanner.output.templates import TemplateProblem
from interventionplanner.storage import PlanFileError, PlanSaveError, load_plan, save_plan
from interventionplanner.storage.catalogue import load_catalogue
from interventionplanner.storage.example import example_plan
from interventionplanner.storage.planfile import SUFFIX
from interventionplanner.summary import summarise

OK, DATA_WRONG, USAGE, INTERNAL = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interventionplanner",
        description="Plan an intervention. With no command, the app's window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the example plan")
    parser.add_argument(
        "--open", type=Path, metavar="FILE", help="open this plan file in the window"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = commands.add_parser("new", help="write a new plan file")
    new.add_argument("--demo", action="store_true", help="write the example plan")
    new.add_argument("-o", "--output", type=Path, required=True, help="where to write it")
    new.add_argument("--force", action="store_true", help="replace an existing file")
    _add_today(new)

    validate = commands.add_parser("validate", help="check that a plan file opens")
    validate.add_argument("file", type=Path)
    validate.add_argument("--json", action="store_true", help="print the result as JSON")

    summary = commands.add_parser("summary", help="the plan at a glance, with its checklist")
    summary.add_argument("file", type=Path)
    summary.add_argument("--json", action="store_true", help="print the result as JSON")
    _add_today(summary)

    invite = commands.add_parser(
        "invitations", help="write an e-mail draft (.eml) per person and a calendar file"
    )
    invite.add_argument("file", type=Path)
    invite.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DIR", help="the folder to write to"
    )
    invite.add_argument(
        "--templates",
        type=Path,
        default=None,
        metavar="DIR",
        help="a folder of your own templates, used instead of the built-in ones of the same name",
    )
    invite.add_argument("--json", action="store_true", help="print the result as JSON")
    return parser


def _add_today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date to check the plan against (default: today)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].endswith(
        SUFFIX
    ):  # "interventionplanner plan.ivplan", as a file manager runs it
        argv = ["--open", *argv]
    args = build_parser().parse_args(argv)
    if args.command is None:
        from interventionplanner.app import run_gui  # Qt loads only when a window is wanted

        return run_gui(demo=args.demo, path=args.open)
    try:
        return _COMMANDS[args.command](args)
    except Exception:  # a bug of ours: say so plainly, never show a traceback
        print(
            "Something unexpected went wrong inside Intervention Planner. "
            "Your plan file was not changed.",
            file=sys.stderr,
        )
        return INTERNAL


def _new(args: argparse.Namespace) -> int:
    if args.output.exists() and not args.force:
        print(
            f'"{args.output.name}" already exists. Choose another name, or add --force.',
            file=sys.stderr,
        )
        return DATA_WRONG
    plan = example_plan(args.today or date.today()) if args.demo else Plan()
    try:
        save_plan(plan, args.output)
    except PlanSaveError as error:
        print(error, file=sys.stderr)
        return DATA_WRONG
    print(f'Wrote "{args.output}".')
    return OK


def _validate(args: argparse.Namespace) -> int:
    try:
        loaded = load_plan(args.file)
    except PlanFileError as error:
        errors = [
            {"where": p.where or args.file.name, "message": p.message} for p in error.problems
        ]
        _report(args, {"ok": False, "errors": errors, "notes": []}, str(error), stream=sys.stderr)
        return DATA_WRONG
    text = "\n".join([f'"{args.file.name}" is a valid plan.', *loaded.notes])
    _report(args, {"ok": True, "errors": [], "notes": loaded.notes}, text)
    return OK


def _summary(args: argparse.Namespace) -> int:
    try:
        loaded = load_plan(args.file)
    except PlanFileError as error:
        print(error, file=sys.stderr)
        return DATA_WRONG
    summary = summarise(loaded.plan, load_catalogue(), args.today or date.today())
    _report(args, summary, _summary_text(summary))
    return OK


def _invitations(args: argparse.Namespace) -> int:
    try:
        plan = load_plan(args.file).plan
    except PlanFileError as error:
        print(error, file=sys.stderr)
        return DATA_WRONG
    try:
        written = export_invitations(plan, args.output, user_dir=args.templates)
    except TemplateProblem as error:
        print(f"No invitations were written. {error}", file=sys.stderr)
        return DATA_WRONG
    except OSError as error:
        if args.output.exists() and not args.output.is_dir():
            reason = "there is a file with that name, not a folder"
        else:
            reason = (error.strerror or "the system refused").lower()
        print(f'Could not write to that folder ("{args.output}"): {reason}.', file=sys.stderr)
        return DATA_WRONG
    if written:
        files = "file" if len(written) == 1 else "files"
        lines = [f'Wrote {len(written)} {files} to "{args.output}":']
        lines += [f"  {path.name}" for path in written]
    else:
        lines = ["Nothing to write yet: the plan has nobody to invite and no dates."]
    text = "\n".join(lines)
    _report(args, {"written": [str(p) for p in written], "count": len(written)}, text)
    return OK


def _report(args: argparse.Namespace, data: dict[str, Any], text: str, stream=None) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text, file=stream or sys.stdout)


def _summary_text(summary: dict[str, Any]) -> str:
    loved_one, meeting = summary["loved_one"], summary["meeting"]
    lines = [
        f"For: {loved_one['called'] or '(not named yet)'}",
        f"Substances: {', '.join(loved_one['substances']) or '(none chosen yet)'}",
        f"Meeting: {meeting['starts_at'] or '(no date yet)'}, {meeting['style']}, "
        f"{meeting['length_minutes']} minutes planned",
        "",
        "Speakers, in order:",
    ]
    for i, speaker in enumerate(summary["speakers"], start=1):
        reads_for = f" (reading for {speaker['reads_for']})" if speaker["reads_for"] else ""
        lines.append(
            f"  {i}. {speaker['name']}{reads_for}: {speaker['words']} words, "
            f"{_minutes(speaker['seconds'])}"
        )
    lines += ["", f"Whole meeting: {_minutes(summary['total_seconds'])}", ""]
    findings = summary["preflight"]
    lines.append("Before the day:" if findings else "Before the day: nothing left to check.")
    lines += [f"  [{f['severity']}] {f['message']}" for f in findings]
    return "\n".join(lines)


def _minutes(seconds: int) -> str:
    return f"{seconds // 60} min {seconds % 60:02d} s"


_COMMANDS = {
    "new": _new,
    "validate": _validate,
    "summary": _summary,
    "invitations": _invitations,
}
