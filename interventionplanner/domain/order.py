"""Suggest an order for the letters, and say why, in plain words.

There is no published rule for who reads when (research notes, "Speaker ordering"): sources
only say the family agrees the order at the rehearsal and chooses a closer, the letter read
last. So the suggestion applies a few gentle conventions and explains each one it uses:

1. The chairperson opens the meeting, so the chairperson's own letter (if any) comes first.
2. Then the interventionist's letter, if an interventionist has one.
3. The closer's letter comes last, if the family has chosen a closer. A closer is never
   invented: choosing one is the family's decision.
4. A letter read for someone who cannot be there sits in the middle of the rest, so it is
   neither the first nor the last thing heard.
5. Everyone else keeps the order the family chose (`Plan.speaking_order()`).

`suggest_order` never changes the plan; `apply_suggestion` does, and only when called.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interventionplanner.domain.plan import Participant, Plan, Role
from interventionplanner.i18n import N_, _

NO_NAME = N_("(no name)")  # translated where shown

HONEST_NOTE = N_(
    "There is no published rule for the rest of the order, "
    "so everyone else keeps the order you chose."
)
NO_CLOSER = N_(
    "No closer is chosen yet: the person whose letter is read last. "
    "Many families choose at the rehearsal."
)
NOBODY_READS = N_("Nobody has a letter to read yet, so there is no order to suggest.")
NOBODY_TO_READ_IT = N_("Nobody is chosen to read it yet.")


@dataclass(frozen=True)
class OrderSuggestion:
    order: list[str] = field(default_factory=list)  # participant ids, first reader first
    closer_id: str | None = None  # the closer placed last; never one the family did not choose
    reasons: list[str] = field(default_factory=list)  # one sentence per rule applied, then a note

    def is_current(self, plan: Plan) -> bool:
        """True when the plan already reads in this order: applying would change nothing."""
        current = [p.id for p in plan.speaking_order()]
        return current == self.order and (
            self.closer_id is None or plan.closer_id == self.closer_id
        )


def suggest_order(plan: Plan) -> OrderSuggestion:
    """A suggested reading order for `plan`, with the reasons for it. Changes nothing."""
    readers = plan.speaking_order()
    if not readers:
        return OrderSuggestion([], None, [_(NOBODY_READS), _(HONEST_NOTE)])
    names = short_names(plan)
    reasons: list[str] = []
    rest = list(readers)
    first: list[Participant] = []

    chosen = plan.participant(plan.closer_id)
    closer = chosen if chosen is not None and chosen in readers else None
    if closer is not None:
        rest.remove(closer)

    chair = plan.chairperson
    if chair is not None and chair in rest:
        rest.remove(chair)
        first.append(chair)
        name = names[chair.id]
        reasons.append(
            _(
                "{name} opens, as chairperson, and closes the meeting, so {name}'s letter is "
                "read first, straight after the opening words."
            ).format(name=name)
        )

    for person in [p for p in rest if p.has_role(Role.INTERVENTIONIST)]:
        rest.remove(person)
        name = names[person.id]
        if first:
            after = names[first[-1].id]
            reasons.append(
                _("{name}, the interventionist, reads next, straight after {after}.").format(
                    name=name, after=after
                )
            )
        else:
            reasons.append(
                _("{name}, the interventionist, speaks first after the opening.").format(name=name)
            )
        first.append(person)

    absent = [p for p in rest if _read_for_absent(p)]
    others = [p for p in rest if not _read_for_absent(p)]
    middle_at = (len(others) + 1) // 2
    middle = others[:middle_at] + absent + others[middle_at:]

    order = first + middle + ([closer] if closer is not None else [])
    for person in absent:
        position = order.index(person)
        if 0 < position < len(order) - 1:
            reason = _letter_sentence(
                plan,
                person,
                names,
                N_(
                    "{writer}'s letter sits in the middle, so it is not the first or last "
                    "thing heard."
                ),
                N_(
                    "{writer}'s letter, read by {reader}, sits in the middle, so it is not the "
                    "first or last thing heard."
                ),
            )
        else:
            reason = _letter_sentence(
                plan,
                person,
                names,
                N_("{writer}'s letter sits as near the middle as so short an order allows."),
                N_(
                    "{writer}'s letter, read by {reader}, sits as near the middle as so short "
                    "an order allows."
                ),
            )
        if plan.participant(person.read_by) is None:
            reason += " " + _(NOBODY_TO_READ_IT)
        reasons.append(_capitalised(reason))

    if closer is not None:
        if _read_for_absent(closer):
            reason = _letter_sentence(
                plan,
                closer,
                names,
                N_("{writer}'s letter is the closer, so it is read last."),
                N_("{writer}'s letter, read by {reader}, is the closer, so it is read last."),
            )
            if plan.participant(closer.read_by) is None:
                reason += " " + _(NOBODY_TO_READ_IT)
            reasons.append(_capitalised(reason))
        else:
            name = names[closer.id]
            reasons.append(
                _("{name}'s letter is the closer, so {name} reads last.").format(name=name)
            )
    elif chosen is not None:
        reasons.append(
            _(
                "{name} is chosen as the closer but has no letter to read yet, "
                "so no letter is kept for last."
            ).format(name=names[chosen.id])
        )
    else:
        reasons.append(_(NO_CLOSER))

    reasons.append(_(HONEST_NOTE))
    return OrderSuggestion(
        order=[p.id for p in order],
        closer_id=closer.id if closer is not None else None,
        reasons=reasons,
    )


def apply_suggestion(plan: Plan, suggestion: OrderSuggestion) -> None:
    """Make the suggestion the plan's order. A closer the family chose is never cleared."""
    plan.speaker_order = list(suggestion.order)
    if suggestion.closer_id is not None:
        plan.closer_id = suggestion.closer_id


def _read_for_absent(person: Participant) -> bool:
    """A letter someone else reads aloud, because its writer cannot be there."""
    return person.has_role(Role.ABSENT_WRITER)


def _letter_sentence(
    plan: Plan, writer: Participant, names: dict[str, str], alone: str, read_by: str
) -> str:
    """A whole sentence about a letter: `read_by` ("…, read by Ray, …") when someone else
    reads it, else `alone`. Both are marked with N_ and translated here, whole."""
    reader = plan.participant(writer.read_by)
    if reader is None or reader is writer:
        return _(alone).format(writer=names[writer.id])
    return _(read_by).format(writer=names[writer.id], reader=names[reader.id])


def short_names(plan: Plan) -> dict[str, str]:
    """Each person's first name by id, or their whole name when someone shares the first.

    Names are how a family speaks of each other: "Margaret", not "Margaret Marsh", unless
    two people are both called Margaret. Someone with no name yet is "(no name)".
    """
    full = {p.id: " ".join(p.name.split()) for p in plan.participants}
    first = {pid: name.split(" ")[0] for pid, name in full.items() if name}
    counts: dict[str, int] = {}
    for name in first.values():
        counts[name.casefold()] = counts.get(name.casefold(), 0) + 1
    short = {}
    for pid, name in full.items():
        if not name:
            short[pid] = _(NO_NAME)

        elif counts[first[pid].casefold()] > 1:
            short[pid] = name
        else:
            short[pid] = first[pid]
    return short


def _capitalised(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]
