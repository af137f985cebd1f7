# ruff: noqa: E501  (one sentence a line reads best)
"""Round 11 (h94): kind sentences for each kind of reading behind the English false flags of
the released batches V, W and X and of development batch 42, and of two known false flags
("You have never once been a coward.", "My sponsor told me calling you a drunk only pushed you
away."), written here (none is from a held-out batch), with hard twins that must still be
flagged. By kind: "never once" and "not once" as negation; a label the writer gave up, and
what calling it did; advice about the writer's own part ("told me nagging you …"); someone
else growing up; the writer's family history ("a long line of …"); someone else's own
condition ("my sister's husband is …", "a patient with …"); thanks for coming that "meant a
lot"; the writer's own perception ("I barely recognised you"); the reader who will always
belong; the reader who made occasions special; another person's clean time ("has fifteen
years clean"); believing in oneself thanks to the reader; the illness itself as the shameful
thing; "I never thought of you as a …"; the reader as the object before "never"; and the
reader who always asks after the writer.

Development sentences: the second opinion trains on them (as every coach_dev*.py).
"""

from __future__ import annotations

ROUND11B_TRAPS: list[str] = [
    # the two known false flags of round 10
    "You have never once been a coward.",
    "My sponsor told me calling you a drunk only pushed you away.",
    # "never once", "not once": negation
    "You've never once been a liar with me about the small things.",
    "Not once have I thought of you as a coward, and you were never ever a quitter either.",
    "you have not once been selfish with the kids, not once",
    "You were never once a burden to your nan.",
    # a label given up, and what calling it did
    "Calling you an alcoholic in front of everyone only pushed you further away, and I'm sorry.",
    "I learned that calling you a junkie never helped.",
    "Calling you a drunk just made things worse between us.",
    # advice about the writer's own part
    "My counsellor told me that nagging you about it every morning wasn't helping either of us.",
    "Your aunt reminded me that shouting at you never changed anything.",
    "The family group said covering for you was the most loving mistake we kept making.",
    "Our therapist says lecturing you at the dinner table is the wrong way to start.",
    # someone else growing up
    "I want you there to watch Mia grow up.",
    "We'd love you to see the twins grow up.",
    "You helped our little cousins grow up with a big brother to look up to.",
    # the writer's family history
    "We come from a family of heavy drinkers, and I want the pattern to stop with us.",
    "I was raised by two alcoholics and I still turned out to love them both.",
    "My dad's side comes from a long line of gamblers and addicts, so I know how strong the pull is.",
    "I grew up in a house full of drunks and promised myself I'd talk about it.",
    # someone else's own condition
    "My best friend's mum has bipolar disorder and she taught me a lot about patience.",
    "My cousin's boyfriend is a narcissist, but you have always been good to her.",
    "Her brother's wife was diagnosed with borderline personality disorder last year, and you were so kind to her.",
    # someone with a condition
    "I volunteer with veterans with PTSD, and you'd be amazing at it too.",
    "At work I support a client with paranoid personality disorder, and you always ask how it's going.",
    "Some people with bipolar disorder live full lives, and my friend is one of them.",
    "I once dated a man with narcissistic traits, and you were the one who helped me see it.",
    # thanks for coming that meant a lot
    "Thanks for turning up to my graduation, it really meant the world to me.",
    "Thank you for showing up at Grandad's funeral, it meant so much to Mum.",
    "Thanks for showing up to Sam's school play, we loved seeing you there.",
    # the writer's own perception
    "When you walked in at Christmas I almost didn't recognise you, you looked so well.",
    "I hardly recognized you in that suit at Jen's wedding, you looked like a film star.",
    "We barely saw you last summer, and we missed you.",
    # the reader always belongs
    "Whatever happens, you will always be part of this family.",
    "You'll always be one of us, Danny.",
    "You will always belong here with us.",
    "you'll always be a part of my life, bro",
    # the reader made occasions special
    "You were the one who made Christmas feel magical when we were small.",
    "Mum, you're the one who made our little flat feel like home.",
    "You were always the one who made Sunday dinners fun.",
    "You were the one who made every holiday an adventure.",
    # another person's clean time
    "Her husband celebrated five years clean last month.",
    "My godmother has over thirty years clean and still goes to meetings.",
    "A woman from my group hit ninety days clean on Friday.",
    # believing in oneself thanks to the reader
    "Thanks to you I finally believed I could learn to drive.",
    "Because of you I knew I could stand up in front of a crowd.",
    "It's thanks to you that I thought I could apply for that job at all.",
    # the illness itself as the shameful thing
    "The most disgusting thing about addiction is how it steals the people we love.",
    "The pathetic part of the drinking is that it makes you feel alone, and you aren't.",
    "The disgraceful truth about the disease is that it lies to everyone it touches.",
    # "I never thought of you as a …"
    "I never once thought of you as a junkie, even on the worst nights.",
    "Not for one second have we seen you as a failure.",
    "We have never seen you as an addict first.",
    # the reader as the object before "never"
    "Being angry at you never fixed a thing.",
    "Talking to you never gets old.",
    "Worrying about you never stopped me loving you.",
    # the reader who always asks after the writer
    "You always ask how work is going, even when you're tired.",
    "you always ask after my mum",
    "You always ask about the kids' football.",
]

# Quiet by the rules; the second opinion alone still reads hearsay in the first (h95's lane).
ROUND11B_RULES_QUIET: list[str] = [
    "My friend from church has nearly a decade clean now, and she says it gets easier.",
]

ROUND11B_FLAG: list[tuple[str, set[str]]] = [
    ("You have never once been on time, you coward.", {"insult"}),
    ("You're a coward and you have never once said sorry.", {"insult", "absolute"}),
    ("You've never once been sober at Christmas.", {"absolute"}),
    ("I always thought of you as a coward.", {"insult"}),
    ("Calling you a drunk only tells the truth.", {"label"}),
    ("My sponsor told me you were drunk at the meeting again.", {"hearsay"}),
    ("My sponsor said nagging you was pointless because you were using again.", {"hearsay"}),
    ("You come from a long line of drunks and you're the worst of them.", {"label"}),
    ("You're a narcissist, my sister's husband says so.", {"diagnosis"}),
    (
        "Talking to you is like talking to a man with narcissistic personality disorder.",
        {"diagnosis"},
    ),
    (
        "Living with you is like living with someone who has antisocial personality disorder.",
        {"diagnosis"},
    ),
    ("Thanks for showing up to my wedding drunk, it meant a lot.", {"sarcasm"}),
    ("Thanks for turning up to Nan's funeral off your face, it meant a lot.", {"sarcasm"}),
    ("You were the one who made every birthday feel like a funeral.", {"blame"}),
    ("You were the one who made Christmas special until you started drinking.", {"blame"}),
    ("Your mate has five years clean, so why can't you stay clean?", {"clean"}),
    ("My mate has ten years clean, so why can't you?", {"clean"}),
    ("Thanks to you I believed I could trust you, and you lied.", {"blame"}),
    ("You're disgusting when you drink.", {"insult"}),
    ("Shouting at you never works because you never listen.", {"absolute"}),
    ("My sister's husband said you were drunk at the wedding.", {"hearsay"}),
]
