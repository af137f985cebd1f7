# ruff: noqa: E501  (one sentence a line reads best)
"""Round 20 (r42b): the constructions the r20b_ rules read, each said in words of our own (none
copied from a batch), with kind twins that must stay quiet: thanks and praise meant sincerely,
a win beside the hard word ("without a drink"), someone else's past, the writer's own story,
a doctor's diagnosis, a fond nickname.

By construction: "thanks (so much) for coming … smelling like a bar"; a sarcastic closer
(", really made my day", ", a real milestone", ", good for him"); a praise opener then the deed
("Very classy move, puking …", "Best dad ever, teaching …"); "you were such a fun guest at …,
passing out"; "what a fine host you were, …"; "slow clap", "should I bake you a cake?", "grew
legs and walked off"; "super cool that you got fired"; "shocker, …"; praise beside scare quotes;
"nice try blaming …"; an eye-roll emoji; "must be real restful, not having to …"; labels like
you don't get to …; "how do you live with yourself"; "normal people don't …"; "nothing but a
<label>"; "a gin-soaked …"; "a certified mess"; "a new low, even for you"; "ashamed to tell …
you're my son"; "that OCD of yours"; "you've got untreated ADHD"; "textbook denial"; "gone
doolally", "a headcase"; "the town's resident drunk"; grandparents and parents by a family name
in the present ("Nana's become a lush", "Grandad is a pothead"); "yuh turn rumhead"; dialect
"ye're" read as the reader.

Not training data (the name is not coach_dev*): tests/test_coach_construction_rules.py runs them with the
rules alone.
"""

from __future__ import annotations

ROUND20B_PROBES: list[tuple[str, set[str]]] = [
    # sarcasm: thanks for … beside the scene
    ("Thanks a lot for turning up to Sam's christening smelling like a distillery.", {"sarcasm"}),
    (
        "Thank you so much for showing the whole street how you fall down the front steps.",
        {"sarcasm"},
    ),
    # sarcasm: a closer after the scene
    (
        "You slept through your own son's recital after a night of vodka, really made his week.",
        {"sarcasm"},
    ),
    ("Three whole days without a trip to the liquor store, a real milestone.", {"sarcasm"}),
    ("Your dealer sees you every Friday and your kids don't, good for him.", {"sarcasm"}),
    # sarcasm: a praise opener, then the deed
    ("Very classy move, puking in Aunt June's rose bed at the reunion.", {"sarcasm"}),
    ("Best dad ever, teaching the boys how to hide beer cans in the hedge.", {"sarcasm"}),
    ("Love that for you, swapping your grandfather's watch for a bag of pills.", {"sarcasm"}),
    # sarcasm: you were such a fun guest …, passing out
    ("You were such a lively guest at the barbecue, passing out on the trampoline.", {"sarcasm"}),
    (
        "What a lovely host you were at New Year's, Greg, stumbling into the Christmas tree.",
        {"sarcasm"},
    ),
    # sarcasm: slow clap; a cake; grew legs
    ("Slow clap for the speech you slurred at your sister's engagement party.", {"sarcasm"}),
    ("You got out of bed before noon, should I throw you a parade?", {"sarcasm"}),
    ("Sure, the twenty from my wallet just sprouted legs and walked off on its own.", {"sarcasm"}),
    # sarcasm: super cool that you …; shocker; praise beside scare quotes
    ("Really nice that you got kicked out of your cousin's wedding before the cake.", {"sarcasm"}),
    ("Shocker, the 'quick drink' after work lasted until the bar closed.", {"sarcasm"}),
    ("Congrats, your 'one beer' turned into a night in the drunk tank.", {"sarcasm"}),
    # sarcasm: nice try; keep it up, champ; an eye-roll; must be real restful
    ("Nice try blaming the neighbor's kid for the empty bottles in the shed.", {"sarcasm"}),
    ("Keep it up, champ, one more DUI and you'll be walking everywhere.", {"sarcasm"}),
    ("great job showing up high to the parent meeting 🙄", {"sarcasm"}),
    ("Must be real restful, never having to remember where you parked.", {"sarcasm"}),
    ("Awesome that you always find cash for weed but never for the light bill.", {"sarcasm"}),
    ("oh sure, ur 'just resting your eyes' again", {"sarcasm"}),
    # sarcasm: a praise word and a job, then the deed; the life of the party, then the deed
    (
        "Terrific job keeping it classy at the reunion, you only knocked over two chairs.",
        {"sarcasm"},
    ),
    ("Lovely toast at your brother's wedding, shame nobody could understand a word.", {"sarcasm"}),
    ("Great work getting us kicked out of the cinema on my birthday.", {"sarcasm"}),
    ("Well aren't you the life of the party, Tom, passed out under the pool table.", {"sarcasm"}),
    # sarcasm: the reader's excuse in scare quotes
    ("Thanks for the 'short loan' last spring, still waiting on it.", {"sarcasm"}),
    ("Your 'social' drinking has cost us two cars.", {"sarcasm"}),
    # insult: labels like you; how do you live with yourself; normal people don't
    ("Drunks like you don't get to tell me how to raise my kids.", {"insult"}),
    ("How can you look at yourself in the mirror after taking Grandma's pension?", {"insult"}),
    ("Normal people don't steal from their own mother, Luke.", {"insult"}),
    # insult: nothing but a …; a gin-soaked …; a certified mess; a new low
    ("You're nothing but a common thief now.", {"insult"}),
    ("Your dad has turned into a whiskey-soaked shell of a man, and you know it.", {"insult"}),
    ("You're a certified mess and everybody at work can see it.", {"insult"}),
    ("Pawning your daughter's laptop is a new low, even for you.", {"insult"}),
    # insult: ashamed to tell …; a grown man begging; what sort of …; a vocative
    ("I'm embarrassed to tell my friends that you're my brother.", {"insult"}),
    ("It's sad watching a grown man beg his sister for bus money.", {"insult"}),
    ("What sort of son steals his father's pain pills?", {"insult"}),
    ("After all we did for you, this is how you pay us back, you selfish brat.", {"insult"}),
    ("You have the table manners of a barnyard animal when you've been drinking.", {"insult"}),
    ("You're a sorry excuse for a son-in-law, and Thanksgiving proved it.", {"insult"}),
    ("The man I married is a coward who hides behind a bottle.", {"insult"}),
    ("My wife of fifteen years is a drunk who lies about where the money goes.", {"label"}),
    # diagnosis: that X of yours; you've got untreated …; textbook denial; slang
    ("That paranoia of yours about the neighbors is the meth talking.", {"diagnosis"}),
    ("You've got untreated depression and the wine is how you cope.", {"diagnosis"}),
    ("Saying you're 'fine' after three DUIs is textbook denial, Mark.", {"diagnosis"}),
    ("You've gone completely round the twist since you started on the pills.", {"diagnosis"}),
    ("You're a right headcase when you've been on the whiskey.", {"diagnosis"}),
    ("Grandma's bipolar, and the vodka only makes it worse.", {"diagnosis"}),
    ("Honestly I think you're a bit of a sadist with your little sister.", {"diagnosis"}),
    # label: resident drunk; kin in the present; rumhead; sniffing; dialect
    ("You've become the office's resident drunk, and everyone knows it.", {"label"}),
    ("Nana has become a lush since Grandad passed, and she hides the sherry.", {"label"}),
    ("Grandpa's a pothead now and he thinks nobody notices.", {"label"}),
    ("You turned into a gin-head the year you lost your job.", {"label"}),
    ("You're a pill-popping mess these days, Ally.", {"label"}),
    ("Ye're an oul soak, Declan, and the whole town knows it.", {"label"}),
    ("You become a mean drunk after the third beer.", {"label"}),
    ("Ye're pure unhinged when ye've had the whiskey.", {"diagnosis"}),
]

ROUND20B_KIND: list[str] = [
    # thanks and praise meant sincerely
    "Thanks so much for coming to my graduation, it meant the world to me.",
    "Thank you for showing up to Sam's christening sober and on time.",
    "Thank you for teaching me to swim at the lake every summer.",
    "Your visit on Sunday really made my day.",
    "Best dad ever, teaching the boys how to fish at the lake.",
    "Very classy move, bringing flowers for Grandma's birthday.",
    "You were such a lively guest at the barbecue, dancing with all the kids.",
    "What a lovely host you were at New Year's, everyone still talks about your pie.",
    "Should I bake you a cake for your birthday?",
    "Terrific job keeping the garden going while I was in the hospital.",
    "Lovely toast at your brother's wedding, everyone cried.",
    "You were the life of the party, dancing with Grandma all night.",
    "Thanks for the 'emergency' chocolate you left in my bag.",
    "Stellar parenting, driving the kids to every single practice.",
    "Hats off to you for ninety days sober.",
    "Really nice that you got the job at the garage.",
    "Congrats on the 'Best Employee' award, you earned it.",
    "Nice try at the crossword, you almost had it.",
    "Keep it up, champ, I'm so proud of you for going to meetings.",
    "Must be real restful to finally sleep through the night.",
    "You were such a great listener, especially when I needed you after Dad died.",
    "So proud of you 👏 ninety days without a drink!",
    # someone else's past; the writer's own story
    "My grandfather was the town drunk in the fifties, and I never met him sober.",
    "I was the office's resident drunk for years before I got sober.",
    "Grandpa was an alcoholic too, and he got sober at sixty.",
    "Your nephew has ADHD and you were always so patient with him.",
    "I was in full-blown denial for years about my own drinking.",
    "My dad turned into a mean drunk after the war, and I swore I'd never be like him.",
    "Mi own fadda was a rum-head, and I swore my kids would know better.",
    # a doctor's diagnosis; care and worry
    "The doctor said you have depression, and it's treatable.",
    "I don't think you have some kind of mental illness; I think you're in pain.",
    "I'm sorry for anyone who has to go through what you're going through.",
    "I'm not ashamed to tell anyone that you're my brother.",
    "You were a grown man of twenty when you first took care of me.",
    "The man I married is a wonderful father, and I want him back.",
    "My wife of fifteen years is a nurse who has saved more lives than I can count.",
    # fond words and nicknames
    "Your 'famous' chili is still the first thing Dad asks for.",
    "We called you 'the professor' because you read everything.",
    "You're a total goofball on the dance floor and I love it.",
    "I hit a new low last winter, and you were the one who called me.",
    "What sort of son drives four hours to fix his mother's roof? You do.",
    "Normal people don't always know what to say, and that's okay.",
    "Don't be so hard on yourself; how you live with all that pain, I'll never know.",
]

# Twins flagged by older rules on main already (not by an r20b_ rule), for the false-flag work;
# round 21 (f43) quieted all four.
ROUND20B_KIND_FLAGGED_BY_OLDER_RULES: set[str] = set()
