"""`python -m bench.coach_false_flags`: the kind sentences the rules flag, before and after."""

from __future__ import annotations

import json

from bench import coach_false_flags


def test_compare_counts_only_the_false_flags_a_change_adds(capsys):
    before = {
        "a.TRAPS[0]": {"text": "old", "flags": []},
        "a.GOOD[1]": {"text": "gone", "flags": []},
    }
    after = {"a.TRAPS[0]": before["a.TRAPS[0]"], "a.TRAPS[2]": {"text": "new", "flags": []}}
    assert coach_false_flags.compare(before, after) == 1
    printed = capsys.readouterr().out
    assert "+ a.TRAPS[2]  new" in printed
    assert "- a.GOOD[1]  gone" in printed


def test_the_kind_lists_are_read_with_or_without_a_suffix():
    read = coach_false_flags._KIND_LIST.search
    assert all(read(name) for name in ("TRAPS", "DEV87_GOOD", "TRAPS_25", "DEV90_BOTTOM_LINE_OK"))
    assert not any(read(name) for name in ("DEV87_FLAG", "ROUND20A_PROBES", "GOODBYE"))


def test_a_dump_of_the_spanish_corpus_names_each_flag_and_compares_clean(tmp_path, capsys):
    dump = tmp_path / "es.json"
    assert coach_false_flags.main(["dump", "es", str(dump)]) == 0
    flagged = json.loads(dump.read_text("utf-8"))
    assert all("_es" in key and key.split(".")[0].startswith("coach_") for key in flagged)
    assert all(entry["flags"] for entry in flagged.values())
    assert coach_false_flags.main(["compare", str(dump), str(dump)]) == 0
    assert coach_false_flags.main(["dump", "xx", str(dump)]) == 2
