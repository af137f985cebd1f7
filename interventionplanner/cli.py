"""The headless command line: the same engine as the window, for scripts and checks.

Exit codes are stable: 0 all is well, 1 the plan's data is wrong (the message says what and
where), 2 the command was not used correctly, 3 something unexpected went wrong in the app.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from interventionplanner import __version__
from interventionplanner.domain.plan import Participant, Plan
from interventionplanner.output.invitations import export_invitations
from interventionplanner.output.letter_kit import (
    LetterKitError,
    apply_import,
    import_kit,
    kit_file_name,
    read_kit_file,
    write_kit,
)
from interventionplanner.output.templates import TemplateProblem
from interventionplanner.storage import (
    LoadedPlan,
    PasswordNeededError,
    PlanFileError,
    PlanSaveError,
    is_protected,
    load_plan,
    protect_file,
    save_plan,
    unprotect_file,
)
from interventionplanner.storage.atomic import backup_path
from interventionplanner.storage.catalogue import load_catalogue
from interventionplanner.storage.defaults import new_plan
from interventionplanner.storage.example import example_plan
from interventionplanner.storage.planfile import SUFFIX
from interventionplanner.summary import summarise

OK, DATA_WRONG, USAGE, INTERNAL = 0, 1, 2, 3
PASSWORD_ENV = "INTERVENTIONPLANNER_PASSWORD"
_GIVE_PASSWORD = f"Give it with --password-file or {PASSWORD_ENV}."
# Every command that reads a plan takes --password-file, so each opens a protected one.
_READS_A_PLAN = (
    "validate",
    "summary",
    "invitations",
    "letter-kit",
    "import-letter",
    "export",
    "protect",
    "unprotect",
)


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

    kit = commands.add_parser(
        "letter-kit", help="write one person's letter kit: a text file to fill in anywhere"
    )
    kit.add_argument("file", type=Path)
    kit.add_argument(
        "--participant", required=True, metavar="NAME", help="whose letter: their name or id"
    )
    kit.add_argument("-o", "--output", type=Path, required=True, metavar="KIT", help="the kit")
    kit.add_argument("--force", action="store_true", help="replace an existing file")

    take = commands.add_parser(
        "import-letter", help="show what a filled-in letter kit changes; --yes saves it"
    )
    take.add_argument("file", type=Path)
    take.add_argument("kit", type=Path)
    take.add_argument("--yes", action="store_true", help="save the kit's letter into the plan")
    take.add_argument("--json", action="store_true", help="print the result as JSON")

    check = commands.add_parser(
        "check-letter", help="a letter's words, reading time and gentle wording suggestions"
    )
    check.add_argument("file", metavar="FILE", help='a UTF-8 text file, or "-" for standard input')
    check.add_argument(
        "--wpm", type=int, default=130, metavar="N", help="words read aloud a minute (default 130)"
    )
    check.add_argument("--json", action="store_true", help="print the result as JSON")

    export = commands.add_parser(
        "export", help="write the printable meeting packet (PDF), and reading copies if asked"
    )
    export.add_argument("file", type=Path)
    export.add_argument(
        "--pdf-password-file",
        type=Path,
        metavar="PATH",
        help="lock the PDFs with the password on this file's first line (weaker than a "
        "protected plan)",
    )
    export.add_argument(
        "-o", "--output", type=Path, metavar="OUT.pdf", help="the packet (or a folder for it)"
    )
    export.add_argument(
        "--reading-copies", type=Path, metavar="DIR", help="also write one PDF per speaker here"
    )
    export.add_argument(
        "--paper", choices=("letter", "a4"), default=None, help="default: from your locale"
    )
    export.add_argument(
        "--no-bottom-lines",
        action="store_true",
        help="leave every bottom line out (a team copy; by default the chairperson's copy)",
    )
    export.add_argument(
        "--templates", type=Path, default=None, metavar="DIR", help="your own letter templates"
    )
    export.add_argument("--force", action="store_true", help="replace existing files")
    _add_today(export)

    protect = commands.add_parser(
        "protect", help="protect a plan with a password (the password comes from a file or env)"
    )
    unprotect = commands.add_parser("unprotect", help="take the password off a protected plan")
    for sub in (protect, unprotect):
        sub.add_argument("file", type=Path)
        sub.add_argument(
            "-o", "--output", type=Path, metavar="OUT", help="write here (default: in place)"
        )
        sub.add_argument("--force", action="store_true", help="replace an existing OUT")
    for name in _READS_A_PLAN:
        commands.choices[name].add_argument(
            "--password-file",
            type=Path,
            metavar="PATH",
            help=f"a protected plan's password: this file's first line (or set {PASSWORD_ENV})",
        )
        # Named, so that "--password SECRET" is refused instead of being taken as an
        # abbreviation of --password-file (and the password then shown as a file name).
        commands.choices[name].add_argument(
            "--password", nargs="?", action=_RefusePassword, help=argparse.SUPPRESS
        )
    return parser


class _RefusePassword(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None) -> None:
        parser.error(
            "a password is never taken on the command line, where others on this computer "
            f"could see it. Use --password-file PATH or {PASSWORD_ENV}."
        )


def _add_today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today",
        type=_day,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date to check the plan against (default: today)",
    )


def _day(text: str) -> date:
    """--today: a date in the years a plan may hold (domain/limits.py), else a usage error."""
    from interventionplanner.domain.limits import MAX_YEAR, MIN_YEAR

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a date like 2027-01-16') from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text} is not a date between the years {MIN_YEAR} and {MAX_YEAR}"
        )
    return day


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
    except BrokenPipeError:  # the reader stopped early (e.g. `| head`): nothing went wrong
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (Python flushes stdout at exit)
        return OK
    except Exception as error:  # a bug of ours: say so plainly, never show a traceback
        return _internal(error, args.command)


def _internal(error: Exception, command: str) -> int:
    from interventionplanner.crash_report import write_report

    report = write_report(error, command)
    where = f' A short report for the developers is in "{report}".' if report else ""
    print(
        "Something unexpected went wrong inside Intervention Planner. "
        f"Your plan file was not changed.{where}",
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
    plan = example_plan(args.today or date.today()) if args.demo else new_plan()
    try:
        save_plan(plan, args.output)
    except PlanSaveError as error:
        print(error, file=sys.stderr)
        return DATA_WRONG
    print(f'Wrote "{args.output}".')
    return OK


def _validate(args: argparse.Namespace) -> int:
    try:
        loaded = _load(args)
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
        loaded = _load(args)
    except PlanFileError as error:
        print(error, file=sys.stderr)
        return DATA_WRONG
    summary = summarise(loaded.plan, load_catalogue(), args.today or date.today())
    _report(args, summary, _summary_text(summary))
    return OK


def _invitations(args: argparse.Namespace) -> int:
    try:
        plan = _load(args).plan
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


def _letter_kit(args: argparse.Namespace) -> int:
    try:
        plan = _load(args).plan
    except PlanFileError as error:
        print(error, file=sys.stderr)
        return DATA_WRONG
    person, problem = _find_participant(plan, args.participant)
    if person is None:
        print(problem, file=sys.stderr)
        return DATA_WRONG
    if args.output.is_dir():
        print(
            f'"{args.output}" is a folder. Give the kit a file name, '
            f'such as "{args.output / kit_file_name(person)}".',
            file=sys.stderr,
        )
        return DATA_WRONG
    if args.output.exists() and not args.force:
        print(
            f'"{args.output.name}" already exists. Choose another name, or add --force.',
            file=sys.stderr,
        )
        return DATA_WRONG
    try:
        write_kit(plan, person, args.output)
    except LetterKitError as error:
        print(f"The letter kit was not written. {error}", file=sys.stderr)
        return DATA_WRONG
    except OSError as error:
        reason = (error.strerror or "the system refused").lower()
        print(f'Could not write "{args.output}": {reason}.', file=sys.stderr)
        return DATA_WRONG
    print(f'Wrote the letter kit for {_name(person)} to "{args.output}".')
    return OK


def _find_participant(plan: Plan, wanted: str) -> tuple[Participant | None, str]:
    """The one person `wanted` names (their name in any case, or their id), or why not."""
    key = " ".join(wanted.split()).casefold()
    for person in plan.participants:
        if person.id.casefold() == key:
            return person, ""
    matches = [p for p in plan.participants if " ".join(p.name.split()).casefold() == key]
    if len(matches) == 1:
        return matches[0], ""
    if matches:
        ids = ", ".join(f"{_name(p)} ({p.id})" for p in matches)
        return None, (
            f'More than one person in this plan is called "{wanted}"; '
            f"give the id of the one you mean: {ids}."
        )
    if not plan.participants:
        return None, "This plan has nobody in its team yet."
    names = ", ".join(_name(p) for p in plan.participants)
    return None, f'Nobody in this plan is called "{wanted}". The people in it are: {names}.'


def _name(person: Participant) -> str:
    return " ".join(person.name.split()) or "(no name)"


def _import_letter(args: argparse.Namespace) -> int:
    try:
        loaded = _load(args)
    except PlanFileError as error:
        print(error, file=sys.stderr)
        return DATA_WRONG
    try:
        kit_import = import_kit(loaded.plan, read_kit_file(args.kit))
    except LetterKitError as error:
        print(error, file=sys.stderr)
        return DATA_WRONG
    person, emptied = kit_import.participant, set(kit_import.emptied_parts)
    changes = [
        {"field": field, "heading": heading, "emptied": field in emptied}
        for field, heading in zip(
            kit_import.changed_parts, kit_import.changed_headings, strict=True
        )
    ]
    saved = False
    if kit_import.has_changes and args.yes:
        apply_import(kit_import)
        try:
            save_plan(loaded.plan, args.file, password=_password_to_keep(args, loaded))
        except PlanSaveError as error:
            print(error, file=sys.stderr)
            return DATA_WRONG
        saved = True
    if not changes:
        lines = [f"The letter kit matches {_name(person)}'s letter in the plan: nothing to change."]
    else:
        lines = [
            f"The letter kit holds {_name(person)}'s letter. "
            + ("These parts changed:" if saved else "If you apply it, these parts will change:")
        ]
        lines += [f"  {c['heading']}" + (" (left empty)" if c["emptied"] else "") for c in changes]
        if saved:
            backup = backup_path(args.file).name
            lines.append(
                f'Saved "{args.file.name}" (the version before is kept as "{backup}"). '
                "The letter is marked as a draft until it is read at the rehearsal."
            )
        else:
            lines.append(
                "Nothing has been changed yet. To apply it, run the same command again with --yes."
            )
    lines += loaded.notes
    data = {
        "participant": {"id": person.id, "name": person.name},
        "changes": changes,
        "saved": saved,
        "status": str(person.letter.status),
        "notes": loaded.notes,
    }
    _report(args, data, "\n".join(lines))
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
    lines += ["", *_run_of_show(summary), ""]
    lines += [f"Whole meeting: {_minutes(summary['total_seconds'])}", ""]
    seating = summary["seating"]
    if seating:
        whose = f"{loved_one['called']}'s" if loved_one["called"] else "the loved one's"
        lines += [f"Seating, clockwise from {whose} left: {', '.join(seating)}", ""]
    else:
        lines += ["Seating: not decided yet.", ""]
    findings = summary["preflight"]
    lines.append("Before the day:" if findings else "Before the day: nothing left to check.")
    lines += [f"  [{f['severity']}] {f['message']}" for f in findings]
    return "\n".join(lines)


_SEGMENT_WORDS = {"opening": "Opening", "letter": "Letter", "closing": "Closing"}


def _run_of_show(summary: dict[str, Any]) -> list[str]:
    """ "10:00 Opening — Margaret Marsh (2:00)", or "+0:00 …" when no start time is set."""
    timed = bool(summary["meeting"]["starts_at"])
    lines = ["Run of show:" if timed else "Run of show (no start time yet; times from the start):"]
    times = [
        entry["clock"] if timed else f"+{_clock(entry['start_seconds'])}"
        for entry in summary["timeline"]
    ]
    width = max(map(len, times), default=0)
    for at, entry in zip(times, summary["timeline"], strict=True):
        who = entry["who"] or "(no chairperson yet)"
        if "reads_for" in entry:
            who += f", reading for {entry['reads_for']}"
        role = _SEGMENT_WORDS.get(entry["role"], entry["role"])
        lines.append(f"  {at:<{width}} {role} — {who} ({_clock(entry['seconds'])})")
    return lines


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _minutes(seconds: int) -> str:
    return f"{seconds // 60} min {seconds % 60:02d} s"


def _check_letter(args: argparse.Namespace) -> int:
    """Advice, not a verdict: findings never change the exit code."""
    from interventionplanner.domain.speaking import count_words, speaking_seconds
    from interventionplanner.storage.coach_rules import load_coach

    if args.wpm <= 0:
        print("The reading speed (--wpm) must be a positive number of words.", file=sys.stderr)
        return USAGE
    from_stdin = args.file == "-"
    name = "The text on standard input" if from_stdin else f'"{args.file}"'
    try:
        if from_stdin:
            stream = getattr(sys.stdin, "buffer", None)
            raw = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        else:
            raw = Path(args.file).read_bytes()
        text = raw.decode("utf-8")  # a BOM stays a character, so offsets match the input
    except UnicodeDecodeError:
        print(f"{name} is not UTF-8 text; save it as UTF-8 and try again.", file=sys.stderr)
        return DATA_WRONG
    except OSError as error:
        if isinstance(error, FileNotFoundError):
            reason = "there is no file with that name"
        elif isinstance(error, IsADirectoryError):
            reason = "that is a folder, not a file"
        elif isinstance(error, PermissionError):
            reason = "permission to read it was refused"
        else:
            reason = (error.strerror or "the system refused").lower()
        print(f"Could not read {name}: {reason}.", file=sys.stderr)
        return DATA_WRONG
    words = count_words(text)
    seconds = speaking_seconds(words, args.wpm)
    findings = load_coach().find(text)
    data = {
        "words": words,
        "seconds": seconds,
        "findings": [
            {
                "start": f.start,
                "end": f.end,
                "text": f.text,
                "category": f.category,
                "message": f.message,
                "suggestion": f.suggestion,
            }
            for f in findings
        ],
    }
    lines = [f"{words} words, about {_minutes(seconds)} to read aloud at {args.wpm} a minute."]
    if findings:
        lines.append(f"Gentle suggestions ({len(findings)}); the letter is yours to decide:")
    else:
        lines.append("No wording suggestions.")
    for f in findings:
        line = text.count("\n", 0, f.start) + 1
        column = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        lines.append(f'  {line}:{column} "{f.text}" ({f.category}): {f.message}')
        if f.suggestion:
            lines.append(f'    Perhaps: "{f.suggestion}"')
    _report(args, data, "\n".join(lines))
    return OK


def _export(args: argparse.Namespace) -> int:
    """The packet (and reading copies): every file written whole, or not at all."""
    from interventionplanner.output import packet

    if args.output is None and args.reading_copies is None:
        print("Say where to write: -o OUT.pdf, --reading-copies DIR, or both.", file=sys.stderr)
        return USAGE
    try:
        plan = _load(args).plan
        pdf_password = _pdf_password(args)
    except PlanFileError as error:
        print(error, file=sys.stderr)
        return DATA_WRONG
    full = not args.no_bottom_lines
    options = packet.PacketOptions(
        paper=args.paper or packet.default_paper(),
        full=full,
        today=args.today or date.today(),
        template_dir=args.templates,
        pdf_password=pdf_password,
    )
    out = args.output
    if out is not None and out.is_dir():
        out = out / packet.packet_file_name(plan, full=full)
    targets = [out] if out is not None else []
    if args.reading_copies is not None:
        targets += [
            args.reading_copies / packet.reading_copy_file_name(number, person)
            for number, person in enumerate(packet.reading_copy_readers(plan), start=1)
        ]
    existing = [path for path in targets if path.exists()]
    if existing and not args.force:
        print(
            f'"{existing[0].name}" already exists. Choose another name, or add --force.',
            file=sys.stderr,
        )
        return DATA_WRONG
    lines = []
    writing = out
    try:
        if out is not None:
            packet.export_packet(plan, load_catalogue(), out, options)
            copy = "the chairperson's copy, with bottom lines" if full else "without bottom lines"
            lines.append(f'Wrote the meeting packet ({copy}) to "{out}".')
        if args.reading_copies is not None:
            writing = args.reading_copies
            written = packet.export_reading_copies(
                plan, load_catalogue(), args.reading_copies, options
            )
            lines.append(f'Wrote {len(written)} reading copies to "{args.reading_copies}":')
            lines += [f"  {path.name}" for path in written]
    except TemplateProblem as error:
        print(f"The packet was not written. {error}", file=sys.stderr)
        return DATA_WRONG
    except OSError as error:
        reason = (error.strerror or "the system refused").lower()
        print(f'Could not write "{writing}": {reason}.', file=sys.stderr)
        return DATA_WRONG
    missing = packet.unprintable_characters(plan)
    if missing:
        lines.append(
            f"Note: {len(missing)} character(s) cannot be printed with the packet's fonts "
            f"and show as □: {' '.join(missing[:20])}{' …' if len(missing) > 20 else ''}"
        )
    print("\n".join(lines))
    return OK


def _password(args: argparse.Namespace, path: Path) -> str | None:
    """From --password-file (its first line) or INTERVENTIONPLANNER_PASSWORD; never from an
    argument, which other accounts on the computer could see in the process list."""
    source = getattr(args, "password_file", None)
    if source is None:
        return os.environ.get(PASSWORD_ENV) or None
    where = f'the password file "{source.name}"'
    try:
        with source.open("rb") as handle:
            first = handle.read(64 * 1024).decode("utf-8-sig").split("\n", 1)[0]
    except UnicodeDecodeError:
        raise PlanFileError(path, f"{where} is not UTF-8 text.") from None
    except OSError as error:
        reason = (error.strerror or "the system refused").lower()
        raise PlanFileError(path, f"{where} could not be read ({reason}).") from None
    password = first.removesuffix("\r")
    if not password:
        raise PlanFileError(path, f"{where} is empty: its first line should be the password.")
    return password


def _pdf_password(args: argparse.Namespace) -> str | None:
    """The PDF's own password, read like a plan's: from a file, never from an argument."""
    if args.pdf_password_file is None:
        return None
    return _password(argparse.Namespace(password_file=args.pdf_password_file), args.file)


def _load(args: argparse.Namespace) -> LoadedPlan:
    """The one way a command reads its plan: protected or not. Raises PlanFileError."""
    try:
        return load_plan(args.file, _password(args, args.file))
    except PasswordNeededError:
        raise PasswordNeededError(
            args.file, f"{PasswordNeededError.MESSAGE} {_GIVE_PASSWORD}"
        ) from None


def _password_to_keep(args: argparse.Namespace, loaded: LoadedPlan) -> str | None:
    """Save a protected plan protected again, with the password it was opened with."""
    return _password(args, args.file) if loaded.protected else None


def _protect(args: argparse.Namespace) -> int:
    if is_protected(args.file):
        print(
            f'"{args.file.name}" is already protected with a password. To change it, '
            "unprotect the plan, then protect it again with the new password.",
            file=sys.stderr,
        )
        return DATA_WRONG
    return _change_protection(args, protect=True)


def _unprotect(args: argparse.Namespace) -> int:
    if args.file.is_file() and not is_protected(args.file):
        print(
            f'"{args.file.name}" is not protected with a password: there is nothing to take off.',
            file=sys.stderr,
        )
        return DATA_WRONG
    return _change_protection(args, protect=False)


def _change_protection(args: argparse.Namespace, *, protect: bool) -> int:
    source, target = args.file, args.output or args.file
    in_place = args.output is None or args.output.resolve() == source.resolve()
    if not in_place and target.exists() and not args.force:
        print(
            f'"{target.name}" already exists. Choose another name, or add --force.',
            file=sys.stderr,
        )
        return DATA_WRONG
    try:
        if not source.exists():  # say so before asking for a password
            raise PlanFileError(source, "there is no file with that name.")
        password = _password(args, source)
        if password is None:
            what = "the new password" if protect else "its password"
            raise PlanFileError(source, f"this needs {what}. {_GIVE_PASSWORD}")
        if protect:
            protect_file(source, password, output=None if in_place else target)
        else:
            unprotect_file(source, password, output=None if in_place else target)
    except (PlanFileError, PlanSaveError) as error:
        print(error, file=sys.stderr)
        return DATA_WRONG
    backup = backup_path(target)
    if protect:
        from interventionplanner.storage.password import strength

        lines = [
            f'Protected "{target}" with the password. Keep the password somewhere safe: '
            "if it is forgotten, the plan cannot be opened."
        ]
        score, hint = strength(password)
        if score < 2:
            lines.append(f"Note: this password is easy to guess. {hint}")
        if in_place and backup.exists():
            lines.append(f'The version before is kept as "{backup.name}", protected too.')
        if not in_place:
            lines.append(
                f'"{source.name}" is still there without a password; delete it if nobody '
                "else should read it."
            )
    else:
        lines = [
            f'Took the password off "{target}". Anyone who can open the file can read the plan.'
        ]
        if in_place and backup.exists():
            lines.append(f'The protected version before is kept as "{backup.name}".')
    print("\n".join(lines))
    return OK


_COMMANDS = {
    "new": _new,
    "validate": _validate,
    "summary": _summary,
    "invitations": _invitations,
    "letter-kit": _letter_kit,
    "import-letter": _import_letter,
    "check-letter": _check_letter,
    "export": _export,
    "protect": _protect,
    "unprotect": _unprotect,
}
