# ruff: noqa: E501  (one sentence a line reads best)
"""Round 13 (h111): kind sentences for each kind of reading behind the English false flags of
the released batches AB, AC and AD and of development batch 51, written here (none is from a
held-out batch), with hard twins that must still be flagged. By kind: praise said as a kind
superlative after "always" ("the smartest person in any room"); a third person who got clean,
in a sentence without the reader; a job or a home the reader made possible; a third person's
condition set against the reader ("but that's not who you are"); a third person named after a
title ("our old boss Gerry was …"); the writer as the teller of a clause joined by "and" ("I
sat with her and told her you were …"); credit for good things ("a lot of that is on you, in
the best way"); the writer and the reader as "we" ("we'd be each other's person"); the illness
as what is disgusting; the writer's denial over two words ("you're weak or pathetic"); an
offer to talk at any hour ("if you ever want to talk, I'll pick up"); the writer's own state
before a diagnosis word ("I'm clearly depressed").

Development sentences: the second opinion trains on them (as every coach_dev*.py).
"""

from __future__ import annotations

ROUND13B_GOOD: list[str] = [
    # the writer as the teller of a clause joined by "and"
    "I stayed up with Mia all night and told her you were working late.",
    "We drove to the school together and told them you had the flu.",
    "I picked Sam up from practice and told him you'd be home soon.",
    "When you didn't come, I sat with Nan in the waiting room and told her you were stuck at work.",
]

ROUND13B_TRAPS: list[str] = [
    # a kind superlative after "always"
    "You've always been the bravest person I know.",
    "Honestly, you were always the cleverest one at the table.",
    "You have always been the most generous man in this family.",
    "ur always the warmest person in the room",
    # a third person who got clean, no reader in the sentence
    "My uncle drank for twenty years and he got clean at fifty, so it can happen.",
    "Her dad was in a bad way for years, and then he got clean and stayed that way.",
    "My best mate's brother was on heroin, and he's been clean for three years now.",
    "They got clean together in the end, my aunt and her husband.",
    # a job or a home the reader made possible
    "Thanks to you I found a steady job when nobody else would hire me.",
    "It's thanks to you that we have a home of our own now.",
    "thanks to u i landed a proper job and kept it",
    "Thanks to you, I've got a new flat and a fresh start.",
    # a third person's condition set against the reader
    "My ex was a textbook narcissist, but that's not who you are.",
    "His father is a psychopath according to the whole village, and you're nothing like him.",
    "Her boyfriend is a sociopath, but you are not him, and you never will be.",
    # a third person named after a title
    "My old boss Dave was an alcoholic, and I watched it cost him his family.",
    "Our neighbour Tom is a drunk, and I feel for his kids.",
    "My friend Kerry was a junkie once and now she runs a shelter.",
    # credit for good things
    "The kids are so confident now, and most of that is on you.",
    "Whatever good there is in that boy, a lot of it is on you, in the best way.",
    "Our daughter turned out brilliant, and much of that is on you.",
    # the writer and the reader as "we"
    "We agreed years ago that we'd always have each other's backs, and I still mean it.",
    "We decided back then we'd be each other's family, and nothing has changed for me.",
    "We both felt like we'd be each other's people forever, and I still do.",
    # the illness as what is disgusting
    "This disease is vile, and it's not who you are.",
    "The addiction is disgusting, not you.",
    "Honestly the illness is pathetic in how it lies to you, and you deserve better.",
    "That whole disease is so disgusting, watching what it takes from you.",
    # the writer's denial over two words
    "I don't think you're lazy or stupid, not for a minute.",
    "We don't believe you're weak, selfish or a liar.",
    "i dont think ur stupid or useless",
    "I never thought you were cruel or heartless.",
    # an offer to talk at any hour
    "If you ever want to chat, I'll answer, no matter the hour.",
    "If u ever feel like talking, I'll pick up.",
    "If you ever want a chat at 2 a.m., I'll be awake.",
    # the writer's own state before a diagnosis word
    "I was clearly depressed that winter, and I didn't ask anyone for help.",
    "Honestly, I'm a classic case of OCD myself, so I get it.",
    "I've been clearly depressed since the summer, and I'm getting help for it.",
]

ROUND13B_FLAG: list[tuple[str, set[str]]] = [
    ("You've always been the laziest person in this house.", {"absolute"}),
    ("You were always the most selfish one at the table.", {"absolute"}),
    ("My uncle got clean at fifty, so why can't you get clean?", {"clean"}),
    ("He got clean, and so can you if you just try to get clean.", {"clean"}),
    ("He got clean in the spring and was using again by June.", {"clean"}),
    ("Thanks to you, I lost my job and my flat.", {"blame"}),
    ("My brother-in-law is a narcissist, and so are you.", {"diagnosis"}),
    ("My ex was a textbook narcissist, and that's who you are too.", {"diagnosis"}),
    ("Listen mate, you're an alcoholic.", {"label"}),
    ("You're a functioning alcoholic, just like our old boss Gerry.", {"label"}),
    ("Your sister told her you were drunk again.", {"hearsay"}),
    ("I sat with Mum and your cousin told her you were high.", {"hearsay"}),
    ("The kids are anxious all the time, and a lot of that is on you.", {"blame"}),
    ("That mess is on you, in every way.", {"blame"}),
    ("We all agree we'll be each other's support, and you need to go to rehab.", {"we"}),
    ("You are disgusting when you drink.", {"insult"}),
    ("Your behaviour around the disease is disgusting.", {"insult"}),
    ("I don't think you're sober, you pathetic liar.", {"insult"}),
    ("I think you're weak and pathetic.", {"insult"}),
    ("If you ever want to talk to your kids again, you'll get help.", {"threat"}),
    ("If you ever want to see your children again, you will go to rehab.", {"threat"}),
    ("You're clearly depressed and you won't admit it.", {"diagnosis"}),
    ("I'm sure you're a textbook narcissist.", {"diagnosis"}),
]

# Set 2, written after set 1's readings and before they were run on it: other shapes of the
# same kinds (main flagged 16 of these 23).
ROUND13B_B_TRAPS: list[str] = [
    "You were always the wisest voice in the room when things went wrong.",
    "You've always been the most patient dad on the touchline.",
    "My cousin Shona was on methadone for years, and she got clean in her forties.",
    "Our neighbour's lad was in a bad way, and he's been clean since Easter.",
    "Thanks to you we found a house of our own near the school.",
    "it's thanks to you i kept a steady job all through the pandemic",
    "My stepdad was a classic narcissist, but that isn't who you are.",
    "Her ex is a sociopath according to the police, and you're not like him at all.",
    "My mate Dave was a raging alcoholic, and he's the reason I worry.",
    "Our coach Billy was a heavy drinker, and I never want you to end up like him.",
    "We went to the hospital together and told them you'd had a fall.",
    "I rang the school first thing and told them you were poorly.",
    "The girls are so happy and healthy, and so much of that is on you.",
    "That's on you in a good way, love: the garden looks incredible.",
    "We promised we'd always be each other's safe place, and I meant it.",
    "The addiction is so vile, and it's stolen so much from you.",
    "This illness is pathetic, the way it lies to good people like you.",
    "I don't believe you're cruel or a liar, not for one second.",
    "I don't think you're thick or lazy or selfish.",
    "If you ever fancy a chat, just ring, I'll pick up.",
    "If you ever need to vent at midnight, I'll answer.",
    "I was probably depressed myself that year, if I'm honest.",
    "I'm a textbook case of anxiety myself, so I do get it.",
]
ROUND13B_B_FLAG: list[tuple[str, set[str]]] = [
    ("You were always the worst at owning up.", {"absolute"}),
    ("Our coach Billy says you're an alcoholic.", {"label"}),
    ("The kids are scared all the time, and that's on you.", {"blame"}),
    ("Your drinking is disgusting, honestly.", {"insult"}),
    ("If you ever want to see your grandkids again, you will stop.", {"threat"}),
    ("You're clearly depressed and hiding it.", {"diagnosis"}),
]
