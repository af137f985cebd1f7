# ruff: noqa: E501  (one sentence a line reads best)
"""Round 10 (h85): kind sentences for each cause of the false flags in held-out S, T and U,
written here (none is from a held-out batch), and their hard twins, which must still be
flagged. By cause: the reader as the one who rescued the writer; the reason for good
stories; "never" before praise ("never a quitter", "never anything but kind", "never
anything like him"); the reader's own call; the writer owning their part in covering;
"no such thing as a lost cause"; the writer as "the one who feels pathetic"; hope that is
"always" there; hardship got through together and a shared verdict of praise; "whenever
you're ready"; a song that brings the reader to mind; an occasion made to feel like a
celebration; watching the reader fade "month after month"; an appointment ("they can see
you at four"); a label the writer will not use; joy idioms ("grinning like an idiot"); a
writer naming who "we" is ("my sister and I want you to know the door is open"); and
titles and times with a full stop ("Dr.", "a.m."), which no longer end a sentence.

Development sentences: the second opinion trains on them (as every coach_dev*.py).
"""

from __future__ import annotations

ROUND10B_GOOD: list[str] = [
    "You were the one who pulled me through that first winter after Mum died.",
    "When the boiler packed in at Christmas, you were the one who drove across the county to fetch us.",
    "You're the one who brought me home from the hospital when Dad couldn't.",
    "You were the one that walked me home every night after my shifts at the chippy.",
    "You're the reason our family has so many funny stories from those camping trips.",
    "Honestly, you're the reason the kids have such great memories of their summers at the lake.",
    "You were never anything but gentle with the kids.",
    "You've never been anything like your father, and that's why I believe in you.",
    "The night you called me in tears from the bus station, I drove straight there.",
    "You called us crying last spring and we came running.",
    "My nan always said there's no such thing as a lost cause, only a long road.",
    "I'm the one who looks pathetic, crying in the supermarket car park.",
    "We as a family have had some rough years, but we pulled through them together.",
    "We all agreed your lasagne was the best thing at the party.",
    "The kids saved their pocket money for a present, and they'll give it to you whenever you feel ready.",
    "Every time I hear that Fleetwood Mac song, I think of you singing in the car.",
    "Each time we drive past the old pool, we still think of you.",
    "You made every Christmas feel like a fairy tale when we were small.",
    "It breaks my heart watching you get weaker week after week.",
    "The nurse phoned and said they can see you first thing tomorrow.",
    "Dr. Shah's receptionist said she can see you on Tuesday.",
    "We laughed like idiots at that caravan park.",
    "My sister and I want you to know that the door is always open.",
    "Dad and I want you to know we're here for you, whatever you decide.",
    "Mum and I wanted you to know there's a room for you here.",
    "I'll pick you up at 7 a.m. and we'll drive to the clinic together.",
    "Mrs. Jones said you were the sweetest boy in her class.",
]

ROUND10B_TRAPS: list[str] = [
    "you were the one who got me up and dressed for the funeral",
    "You're the whole reason we have such happy memories of that little house.",
    "You've never been a quitter, not once in your whole life.",
    "Honestly you've never been anything but lovely to my mum.",
    "I've had to admit to myself that I was covering for you because I was scared.",
    "It took me years to come clean with myself about covering for you at work.",
    "I realise now how much I was covering for you, and that was my part in this.",
    "Some days I'm the one who feels disgusting, not you.",
    "I'm the one who gets pathetic about goodbyes.",
    "You've slipped before, but there's always another chance with us.",
    "Even after a relapse, there's always hope, and you know that.",
    "As a family we've buried two grandparents and moved house twice, and we came through it together.",
    "We all agreed it was the loveliest day, the afternoon you took the kids to the zoo.",
    "There's a bit of money put by for you whenever you're ready to use it.",
    "Whenever I smell cut grass I remember you teaching me to mow the lawn.",
    "Dad, you made our little flat feel like a palace.",
    "I've sat by your bed watching you fade day after day.",
    "Calling you a drunk would only hurt, and I won't do it.",
    "I've read that calling you a junkie doesn't help anyone.",
    "You were dancing like an idiot at Sophie's wedding and it was the best night.",
    "Your brother and I want you to know you're always welcome at ours.",
    "There's no such thing as a hopeless case when you've got people like us in your corner.",
]

# The hard twins, with what the rules alone must still find in each.
ROUND10B_FLAG: list[tuple[str, set[str]]] = [
    ("You were the one who drove me to drink.", {"blame"}),
    ("You're the one who brought the drugs into this house.", {"blame"}),
    ("You're the reason this family is falling apart.", {"blame"}),
    ("You never keep a promise.", {"absolute"}),
    ("Your sister called me crying about what you said.", {"hearsay"}),
    ("I'm sick of covering for you at work.", {"blame"}),
    ("You're a lost cause.", {"insult"}),
    ("You're pathetic.", {"insult"}),
    ("It's always your drinking that ruins things.", {"absolute"}),
    ("As a family we've decided you need to leave.", {"we"}),
    ("We all agreed you need treatment.", {"we"}),
    ("You made my childhood feel like a prison.", {"blame"}),
    ("You come home drunk night after night.", {"absolute"}),
    ("Your aunt said she saw you at the pub.", {"hearsay"}),
    ("Everyone calls you a junkie now.", {"label"}),
    ("You drove like an idiot with the kids in the car.", {"insult"}),
    ("My sister and I want you to know we think you need rehab.", {"we"}),
    ("Dad and I have decided you need to leave.", {"we"}),
    ("We want you to know we think you need help.", {"we"}),
    ("You came home at 3 a.m. and you were screaming at the kids, you selfish idiot.", {"insult"}),
    ("Whenever you drink, you lie about the money.", {"absolute"}),
    ("Mrs. Dorsey says you've been drinking again.", {"hearsay"}),
]
