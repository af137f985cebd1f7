"""Round 25 (b48): four more English blame constructions the r25b_ rules read, said in words
of our own, and their kind twins, rules alone. Read by tests/test_coach_construction_rules.py.

- the reader doing a hard verb to the family or a person ("You dragged your sister's good
  name through the mud", "You put your mother through hell", "You made the boys grow up
  too fast");
- the rhetorical question that charges the reader ("How could you do that to your own
  daughter…?", "How do you look your father in the eye…?", "What kind of brother steals…?");
- the reader's habit as the one who spent or broke the family's things ("The rent money
  went straight to your dealer", "Our marriage didn't survive your gambling");
- a scar (grey hair, flinching, the shouting) that "came from you" or was "learned from
  your nights out".

Not named coach_dev*: these are the rules' own probes, not training data."""

from __future__ import annotations

ROUND25B_PROBES: list[tuple[str, set[str]]] = [
    # the reader doing a hard verb to the family or a person
    ("You dragged your sister's good name through the mud at her own engagement party.", {"blame"}),
    ("You robbed your nephews of the uncle they used to have.", {"blame"}),
    ("You tore our whole family apart over a bag of pills.", {"blame"}),
    ("You wrecked Grandma's eightieth birthday by showing up wasted.", {"blame"}),
    ("You've bled your parents dry with one bail payment after another.", {"blame"}),
    ("You broke your father's heart when you pawned his watch.", {"blame"}),
    ("You have brought nothing but shame on this house.", {"blame"}),
    ("You put your mother through hell last winter.", {"blame"}),
    ("You made our family the talk of the whole parish.", {"blame"}),
    ("You made the boys grow up too fast.", {"blame"}),
    # the rhetorical question that charges the reader
    ("How could you do that to your own daughter on her birthday?", {"blame"}),
    ("How do you look your father in the eye after what you took from him?", {"blame"}),
    ("What kind of brother steals from his sister's tip jar?", {"blame"}),
    ("What were you thinking, driving the twins to practice after three beers?", {"blame"}),
    ("How do you even live with yourself?", {"blame"}),
    # the reader's habit as the one who spent or broke the family's things
    ("The rent money went straight to your dealer.", {"blame"}),
    ("Our marriage didn't survive your gambling.", {"blame"}),
    ("Your drinking ate through the money we'd set aside for Emma's braces.", {"blame"}),
    ("The kids lost their mother to your habit, and you know it.", {"blame"}),
    # a scar that came from the reader
    ("Every one of Dad's gray hairs came from you.", {"blame"}),
    ("The kids flinch when a door slams, and they learned that from your nights out.", {"blame"}),
]

ROUND25B_KIND: list[str] = [
    # a hard verb's words, said of a shared hardship, a game or thanks
    "You pulled us through that winter when Dad was sick.",
    "You put the kids first that year, and I saw it.",
    "You dragged me to every one of my swim meets at five in the morning, and I loved it.",
    "You destroyed me at chess every Christmas.",
    "You humiliated the other team at the state final!",
    "You broke the record at the county fair.",
    "You made our home the happiest place on the street.",
    "You turned our garage into a studio for the kids.",
    "You spoiled the grandkids rotten every Christmas.",
    "You ran us off our feet planning that wedding.",
    "You brought so much joy to this family.",
    "You drove Grandma to all her appointments.",
    # a question that admires or worries
    "How do you do it all, with two jobs and three kids?",
    "How do you drive the kids to school every morning and still make it to work on time?",
    "How did you steal the show at the talent night?",
    "How did you do that to your hair? It looks amazing.",
    "How do you live with that pain every day?",
    "Why would you do this to yourself? You deserve so much better.",
    # the habit, told as the writer's fear for the reader
    "I almost lost you to your drinking, and I can't go through that again.",
    "Your drinking has cost you your health, and I'm scared.",
    "We went to your drinking buddy's house to find you.",
    "Your lawyer did everything she could.",
    # something good that came from the reader, and the writer's own feelings
    "My love of music came from you.",
    "I learned to fish from you, and I learned patience from you too.",
    "I lost my fear of the water, and that came from you.",
    "I felt scared when you drove the kids home after the party.",
    "I've cried over you, and I've lost sleep, and I still love you so much.",
]

# Kind twins that rules older than this block flag.
ROUND25B_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "You pulled us through that winter when Dad was sick.",
    "You destroyed me at chess every Christmas.",
    "You humiliated the other team at the state final!",
    "How did you do that to your hair? It looks amazing.",
    "I almost lost you to your drinking, and I can't go through that again.",
    "Your drinking has cost you your health, and I'm scared.",
    "I lost my fear of the water, and that came from you.",
}
