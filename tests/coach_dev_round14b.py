# ruff: noqa: E501  (one sentence a line reads best)
"""Round 14 (h116): kind sentences for each kind of reading behind the English false flags of
the released batches AE, AF and AG and of development batches 52, 53 and 54, written here
before the readings were run (none is from a held-out batch), with hard twins that must still
be flagged. By kind: a good feeling the reader gave ("you made me feel at home"); love that
nothing the reader does can change; a fond habit remembered with "always" or "never"; a label
the writer says they are not here to use; the writer's own family history ("my first husband
was a drunk", "I'm the son of an alcoholic"); a genre ("stoner films"); an achievement or a
brave step the reader made possible; a trip out the reader dragged someone to; a denial with
"or" ("not a loser or a lost cause to me"); talk the writer will not repeat; praise retold in
learner's English or as a superlative; good news told by a sponsor and the writer's joy at it;
the writer counting themselves in ("me included"); a third person set aside ("but today isn't
about him"); "apparently" about the writer or the children; a child's worried question; an
animal; accounts that came out clean; someone else's recovery beside "your age"; "the least
selfish"; the writer as the one who told people the reader was sick.

Development sentences: the second opinion trains on them (as every coach_dev*.py).
"""

from __future__ import annotations

ROUND14B_GOOD: list[str] = [
    "I remember you asleep on the sofa with the cat on your chest.",
    "When Lily asked me whether you were ill, I didn't know what to say.",
    "The kids asked me if you were coming home for Christmas.",
    "At work I told everyone you had the flu, and I hated every word of it.",
    "We told the school you were sick that week, and it made me feel awful.",
]

ROUND14B_TRAPS: list[str] = [
    # a good feeling the reader gave
    "You made me feel right at home the first time I came to your flat.",
    "u made me feel like i belonged in this family",
    # love nothing can change
    "Nothing you do will ever change how much I love you.",
    "You're my brother, and nothing you say changes that.",
    # a fond habit remembered
    "You always smelled of sawdust and coffee when you came in from the shed.",
    "Every summer the whole family drove to the coast, and you always packed the picnic.",
    "I was the shy kid at school and you always saved me a seat anyway.",
    "you were never dull, not even on the longest car rides",
    # a label the writer is not here to use
    "I'm not here to call you a drunk or an addict; I'm here because we miss you.",
    "We are not going to call you a junkie, we are here to ask you to get help.",
    # the writer's own family history
    "My stepfather was a drunk, so I know how this can go.",
    "My grandad was a heavy drinker and a boozer, and my mum swore we'd never live like that.",
    "I grew up as the kid of a drunk, and I know how lonely that is.",
    "I'm the son of an alcoholic, and now I'm the brother of someone I worry about.",
    # a genre
    "we used to quote stoner movies at each other all through high school",
    # an achievement or a brave step the reader made possible
    "Because of you, I found the courage to go back to nursing school.",
    "You're the reason I applied to med school, and I'll always be grateful.",
    "ur the reason i made the team this year",
    "You drilled me on my lines every night, and I got the part because of you.",
    # a trip out
    "My shy cousin never left the house, and you were the one who dragged him out to gigs.",
    # a denial with "or"
    "You are not a failure or a lost cause to us, never.",
    # talk the writer will not repeat
    "People have said all sorts of things about you, and I won't repeat them here.",
    # praise retold in learner's English or as a superlative
    "My father he say you are the best worker he ever have",
    "Everybody say you are kind man",
    "Your nan always said you had magic hands in the kitchen.",
    # good news told by a sponsor, the writer's joy at it
    "Your sponsor told me you've been going to every meeting, and I cried with relief.",
    "Your counsellor's friend told me you were doing really well, and I was so happy I cried.",
    "I heard you've been helping the new guys at the hostel, and my heart nearly burst.",
    # the writer counting themselves in
    "Everyone in this family has made mistakes, me included.",
    # a third person set aside
    "Your ex is an alcoholic, perhaps, but this letter isn't about her.",
    # apparently about the writer or the children
    "Apparently I got your sense of humour, and I'm glad I did.",
    "Apparently the kids learned to swim this summer, and they can't wait to show you.",
    # an animal
    "Do you remember the county show when the pig escaped into the tea tent?",
    # accounts that came out clean
    "The shop's accounts came out clean this year, partly thanks to the shelves you built.",
    # someone else's recovery beside "your age"
    "My patient, a woman about your age, got clean last year and now runs a bakery, and I thought of you.",
    # the least selfish
    "You're the least selfish man I know when you're well.",
]

ROUND14B_FLAG: list[tuple[str, set[str]]] = [
    ("You made me feel like I was worthless.", {"blame"}),
    ("Nothing you do is ever enough for anyone.", {"absolute"}),
    ("You always smelled like beer when you hugged me.", {"absolute"}),
    ("You were never sober at a single birthday.", {"absolute"}),
    ("You're a junkie and everyone here knows it.", {"label"}),
    ("My stepfather is a drunk, just like you.", {"label"}),
    ("You're just a stoner who sleeps till noon.", {"label"}),
    ("Because of you, I lost my place at nursing school.", {"blame"}),
    ("You were the one who dragged him out to the pub every night.", {"blame"}),
    ("You're a lost cause and you know it.", {"insult"}),
    ("People have said you stole from the till, and I believe them.", {"hearsay"}),
    ("Your sponsor told me you've been skipping meetings and drinking again.", {"hearsay"}),
    ("Everyone in this family is sick of your drinking.", {"we"}),
    ("Apparently you were drunk at the school gate again.", {"hearsay"}),
    ("You're a pig when you drink.", {"insult"}),
    ("You're the most selfish person I know.", {"insult"}),
    ("Your sister tells everyone you were drunk at the wedding.", {"hearsay"}),
]

# Set 2, written after the readings and before they were run on it.
ROUND14B_B_GOOD: list[str] = [
    "Grandad asked me whether you were poorly, and I just hugged him.",
    "I told everybody at church you had a migraine, and I felt sick about it.",
]

ROUND14B_B_TRAPS: list[str] = [
    "When I was new in town, you made me feel like I mattered.",
    "Nothing you've done will ever change how much we love you.",
    "You always smelled of pine needles and woodsmoke after your walks.",
    "ya were never boring to be around, even when we were broke",
    "Nobody here is going to call you an alcoholic; we just want you well.",
    "My late husband was a drunk, and I know what that does to a house.",
    "My stepdad was a gambler and a boozer, and Mum left him when I was nine.",
    "I'm the grandson of an alcoholic, and I know the family story.",
    "we binged old stoner films every summer at the cabin",
    "Because of you I had the nerve to ask for the promotion.",
    "You're the reason I got into art school.",
    "You were the one who dragged me along to museums when I was bored stiff.",
    "You're not a failure nor a disgrace to me.",
    "People in town have said a lot of things about you, and I'm not going to go into them.",
    "My auntie she say you are the most helpful boy in the street",
    "Your mentor told us you've been doing really well at the centre.",
    "Everyone at this table has had a hard year, myself included.",
    "The audit came back clean, and I couldn't have done it without your spreadsheets.",
    "You're the least judgemental person I know, and the least selfish.",
]

ROUND14B_B_FLAG: list[tuple[str, set[str]]] = [
    ("You made me feel like I was nothing.", {"blame"}),
    ("You always smelled of whisky by noon.", {"absolute"}),
    ("My husband is a drunk and everyone knows it.", {"label"}),
    ("Because of you I had to sell the car.", {"blame"}),
    (
        "People have said a lot of things about you, and most of them were about your drinking.",
        {"hearsay"},
    ),
    ("Apparently you were seen at the bar again.", {"hearsay"}),
    ("You're a lost cause and a disgrace.", {"insult"}),
    ("Your mentor told us you've been skipping the centre and drinking.", {"hearsay"}),
]
