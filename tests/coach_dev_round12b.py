# ruff: noqa: E501  (one sentence a line reads best)
"""Round 12 (h104): kind sentences for each kind of reading behind the English false flags of
the released batches Y, Z and AA and of development batch 46, written here (none is from a
held-out batch), with hard twins that must still be flagged. By kind: the writer's own reading
of what they see ("seeing you shake tells me …"); the writer's own feeling at news of the
reader ("when I heard you'd relapsed, I was sad"); the writer's own denial ("I don't think
you're a lost cause"); an achievement the reader made possible ("got my GED"); the reader who
drove the writer to a meeting or a class; praise retold with "had" ("a heart of gold"); "of
the year" in a child's eyes; thanks that seeing the reader somewhere meant everything; a seat
in the third row; "way" as a noun ("on the way to work"); the writer's boundary on their own
covering; the writer's own loss at home.

Development sentences: the second opinion trains on them (as every coach_dev*.py).
"""

from __future__ import annotations

ROUND12B_TRAPS: list[str] = [
    # the writer's own reading of what they see
    "Watching you nod off at the dinner table tells me you need more help than we can give.",
    "The way your hands tremble before lunch tells me your body is struggling.",
    "Honestly, my gut tells me you're exhausted and scared.",
    "Seeing how thin you've got this winter tells us it's time for a doctor.",
    # the writer's own feeling at news of the reader
    "When I heard you'd been taken to hospital, I was terrified.",
    "The day I found out you'd relapsed, I was heartbroken, not angry.",
    "I was so relieved when your sister rang to say you'd checked into rehab.",
    "When I learned you'd been admitted to the detox ward, I felt hopeful for the first time in years.",
    # the writer's own denial
    "I don't think you're a hopeless case, I think you're poorly.",
    "We never thought you were a lost cause, not once.",
    "i dont think ur a basket case, i think ur hurting",
    "I don't see you as a junkie, I see my brother.",
    # an achievement the reader made possible
    "You're the reason I finished my nursing degree.",
    "Thanks to you I earned my diploma at thirty-one.",
    "ur the reason i got my apprenticeship, u pushed me to apply",
    "It's because of you that I passed my A-levels.",
    # the reader who drove the writer to a meeting, rehab, a class
    "You were the one who drove me to rehab when nobody else would.",
    "You're the person who took me to my first AA meeting, and I've never forgotten it.",
    "When I couldn't cope after the divorce, you were the one who got me to counselling every week.",
    "You were the one who drove me to my driving lessons every Saturday.",
    # praise retold with "had"
    "Grandad always said you had a good heart, and he was right about that.",
    "Mum often told me you had a way with animals.",
    "My teacher said you had an eye for colour when you were nine.",
    "Your coach always said you had a gift for reading the game.",
    # "of the year" in a child's eyes
    "You were dad of the year in my eyes when I was little.",
    "To a seven-year-old you were brother of the year back then, and I still remember it.",
    "You were father of the year in our eyes when we were kids.",
    # thanks that seeing the reader somewhere meant everything
    "Thanks for coming to the recital; seeing you in the front row meant the world.",
    "Thank you for making the trip for my wedding, having you beside me at the altar meant so much.",
    "Thank you for coming to the match, hearing you cheer from the stand meant a lot.",
    # a seat in the third row
    "Thank you for coming to my concert; I saw you in the fourth row and my nerves went.",
    # "way" as a noun
    "I cry on the way to work most mornings because I miss you.",
    "I think about you all the way to the hospital and back.",
    "We lost our way a bit when Grandma died, and I miss how close we were.",
    "I pray for you on my way to work every day.",
    # the writer's boundary on their own covering
    "I've called your boss to cover for you, and I won't do that again.",
    "I've paid your fines for two years and I don't want to keep doing that anymore.",
    "We've made excuses to cover for you at every party, and we're not going to do that any longer.",
    # the writer's own loss at home
    "We've stopped having the neighbours round because we never know what mood you'll be in, and I miss them.",
    "I stopped asking friends over because I don't know what state you'll be in, and I feel lonely.",
    "I don't invite the girls over anymore because of the shouting you might start, and I miss them so much.",
]

ROUND12B_FLAG: list[tuple[str, set[str]]] = [
    # hearsay: another's word, not the writer's own reading
    ("Your sister tells me your hands shake every morning.", {"hearsay"}),
    ("Seeing you at the party, Mum told me you'd been drinking since noon.", {"hearsay"}),
    ("I heard from Dad that you stole from the till again.", {"hearsay"}),
    ("When I heard you'd been drinking at work again, I was furious.", {"hearsay"}),
    (
        "I was relieved when Mum told me you stole the money, because at least it was out.",
        {"hearsay"},
    ),
    # insult and label: the opinion held, not denied
    ("I think you're a lost cause.", {"insult"}),
    ("I don't think you realise you're a lost cause.", {"insult"}),
    ("Honestly I've always thought you were a basket case.", {"insult"}),
    # blame: no achievement, the achievement lost
    ("You're the reason I never got my GED.", {"blame"}),
    ("You're the reason I dropped out of college.", {"blame"}),
    # blame: the one who drove the writer to trouble
    ("You were the one who drove me to my first dealer.", {"blame"}),
    ("You're the one who made me skip my meetings.", {"blame"}),
    # sarcasm kept
    ("You were mother of the year when you left us at the pub.", {"sarcasm"}),
    (
        "Thanks for coming to my graduation drunk, seeing you stumble in the third row meant everything.",
        {"sarcasm"},
    ),
    ("Way to go, ruining Christmas again.", {"sarcasm"}),
    ("What a way to ruin my birthday, turning up drunk.", {"sarcasm"}),
    # blame: covering, with resentment and no boundary of the writer's own
    ("I'm sick of covering for you and I don't want to do that anymore.", {"blame"}),
    ("I've had to cover for you at work for years.", {"blame"}),
    ("We've stopped inviting people because of the mess you make.", {"blame"}),
]

# A second set, written after the readings above were in place and before it was run: the
# same kinds in other words. Two of its 21 kind sentences are flagged still and kept out:
# "As soon as I heard you'd gone into treatment, I felt like I could breathe again" ("again"
# keeps the news an accusation, as in "drinking again") and "I've rung in sick for you more
# times than I can count, and I won't do it any more" (an absolute about the writer's own
# covering, a fair flag).
ROUND12B_B_TRAPS: list[str] = [
    "Finding the empty blister packs in the bathroom bin tells me you're in more pain than you let on.",
    "Something tells me you're lonelier than you admit, love.",
    "What I saw at Easter tells me you need a proper doctor, not another lecture from me.",
    "When I found out you'd been sleeping in your car, I was heartbroken.",
    "I was so glad when the hospital rang to say you were safe.",
    "I don't believe you're a bad person, not for a minute.",
    "we dont think ur a lost cause mate",
    "I never considered you a failure.",
    "Thanks to you I finally got my degree at forty.",
    "You're the reason I earned my black belt.",
    "You were the one who took me to my GP appointments and my Thursday meetings.",
    "You were the person who drove me to my exams when the buses were on strike.",
    "Your nan used to say you had a heart as big as the sky.",
    "The vicar told me you had a gift for making people feel welcome.",
    "You were mum of the year in my eyes back then, with the costumes you sewed.",
    "Thank you for coming to the christening; having you there in the second row meant so much to Jo.",
    "I sing your favourite song on my way to the shops.",
    "There's only one way to the lake and you taught me it.",
    "I stopped having my book club round because I never know what state you'll be in, and I miss them terribly.",
]

ROUND12B_B_FLAG: list[tuple[str, set[str]]] = [
    ("Your mate tells me you're using again.", {"hearsay"}),
    ("When I found out from your boss that you were drunk on shift, I was gutted.", {"hearsay"}),
    ("I think you're a basket case.", {"insult"}),
    ("You're the reason I never finished my degree.", {"blame"}),
    ("You were the one who drove me to my first drink.", {"blame"}),
    ("Nan always said you were a liar.", {"hearsay"}),
    ("Way to ruin the christening, turning up wasted.", {"sarcasm"}),
    ("I'm tired of covering for you at work and I won't do it any more.", {"blame"}),
]

# A third set, the same kinds in other shapes, written after the second set's readings and
# before it was run: main flagged 11 of its 20 kind sentences, this branch at its first look 6
# (a reaction other than "I was" and a call, "Dad rang to say …, I sat in the car and cried";
# "the moment I heard"; "everything I've watched … tells me"; "used to tell me you had green
# fingers"; "it's down to you that I finished my apprenticeship", two rules), then 0 but one
# fair flag, rewritten here in the first person ("We don't believe you're a hopeless case, we
# believe you're ill" is `we-speak`). Three of its twins are missed by main too and are left
# to the recall helpers: "I really think you're a write-off", "You're the one who walked me
# to my first dealer", "I'm fed up with covering for you and I'm not going to do it any more".
ROUND12B_C_TRAPS: list[str] = [
    "Hearing you cough like that every morning tells me your chest needs looking at.",
    "Everything I've watched this year tells me you're worn out, not bad.",
    "When Dad rang to say you'd been admitted, I sat in the car and cried.",
    "I felt so grateful the moment I heard you'd agreed to see the doctor.",
    "I honestly don't think you're a write-off, Sam.",
    "I don't believe you're a hopeless case, I believe you're ill.",
    "It's down to you that I finished my apprenticeship.",
    "Because of you I completed my master's while the kids were small.",
    "You're the one who walked me to my first counselling session, and I'll never forget it.",
    "You were the one that got me to my classes when I couldn't drive.",
    "Aunty Bev always said you had a knack for making people laugh.",
    "My dad used to tell me you had green fingers, and the garden proves it.",
    "You were brother of the year when we were little, building forts with me.",
    "Thank you for coming all that way; seeing you at the back of the hall meant the world.",
    "I listen to your old playlist on the way to the hospital.",
    "I'd walk the whole way to the coast with you if it helped.",
    "I've phoned your work to make excuses for you, and I'm not going to do it any more.",
    "I've been cleaning up after the parties for years, and I won't keep doing it again.",
    "We've stopped going to church because we never know what mood you'll be in, and I miss the people there.",
    "I don't have friends round anymore because I never know what state you'll be in, but I miss them.",
]

ROUND12B_C_FLAG: list[tuple[str, set[str]]] = [
    ("Your ex tells me you're drinking before work.", {"hearsay"}),
    ("When Dad rang to say you'd been arrested again, I sat in the car and cried.", {"hearsay"}),
    ("It's down to you that I lost my apprenticeship.", {"blame"}),
    ("Aunty Bev always said you were a thief.", {"hearsay"}),
    (
        "Thanks for coming all that way drunk; seeing you at the back of the hall shouting meant the world.",
        {"sarcasm"},
    ),
]
