# ruff: noqa: E501  (one sentence a line reads best)
"""Round 12 (h103): English recall, the constructions of released held-out Y, Z and AA in other words.

ROUND12A_FLAG: sentences written to probe the r12a_ constructions of resources/coach_rules.json
before the rules were written (labels: the reader in the third person in the present, "her son is
a junkie now", "the girl who used to … is a crackhead", Spanish labels in an English letter;
"clean" as "either clean or not", "a version of you, the clean one", "stay dirty"; absolutes as
"every time you get paid, it's gone", "there's never a … where you show up sober", "every time I
lend you …, it comes back dented", "not one person can count on you", "you lie constantly, about
everything", "everything with you is a fight", "nobody wants to sit next to someone who …";
blame as a loss "cos of you", "… and you did that", "hurt by you", "your behaviour is wrecking
everyone", "that was your choice" after a loss, "you make her suffer", "because of an addict like
you"; insults as "a grown man living off his mum", "made a fool of yourself", ", it's
spineless", "humiliating for everyone", "no dignity left", "smells like a brewery"; hearsay as
"Mum keeps saying you're …", "everyone at the club knows you're drinking again", "your daughter
told me she …", a harsh view "and I can't even argue", a diagnosis retold by a friend, "Dad's
already said so"; "we" as "decided as a family", "we all decided nobody …", "Mum, Dad and I
agree", "the family has run out of patience"; threats as "ur last shot with me", "no more money
… unless you", "you can't see the kids until you"; sarcasm as a praise opener before driving
after drinks, "a whole 20 minutes before", "a real role model, aren't you", "thanks for waking
the whole house, legend", "what a top bloke, missing …", "very smart man" after selling her
things; diagnoses as "the textbook definition of a manipulator", "the maturity of someone with
borderline", "got OCD about his stash", "I recognise those patterns in you") in wordings of
their own, three to five a construction.
ROUND12A_GOOD and ROUND12A_TRAPS: their kind twins, the same frames about good things or about
someone else. Written by the rule writer before the rules, so they show what the rules read, not
how a fresh writer scores (docs/coach.md, "Twelfth round: English recall from Y, Z, AA (h103)").
"""

from __future__ import annotations

ROUND12A_FLAG: list[tuple[str, set[str]]] = [
    # label: the reader in the third person, in the present
    ("Dad tells his mates his son is a junkie now and he can't look at them.", {"label"}),
    ("Grandma says her grandson is an alcoholic and she prays for you every night.", {"label"}),
    ("He is my husband and he is a drunk, and I am tired of covering for it.", {"label"}),
    ("The girl who used to braid my hair is a full-blown crackhead sleeping in a tent.", {"label"}),
    ("The kid who used to win every spelling bee is a pillhead living in my basement.", {"label"}),
    # label: Spanish words in an English letter
    ("Mija, you are a borracha and everybody at church knows it.", {"label"}),
    ("Primo, you're a drogadicto now, there's no nice way to say it.", {"label"}),
    ("My brother is a borracho and you are turning into one too.", {"label"}),
    # clean: either clean or not
    ("You're either clean or you're not, there's no such thing as mostly.", {"clean"}),
    ("Are you clean or not, just tell me straight.", {"clean"}),
    ("either ur clean or ur using, pick one", {"clean"}),
    # clean: the clean one
    ("I keep picturing a version of you, the clean one, coming home to us.", {"clean"}),
    ("There's the clean you and the drinking you, and I only trust one of them.", {"clean"}),
    ("The clean version of you was the best dad in the world.", {"clean"}),
    # clean: stay dirty
    ("If you stay dirty, the court won't give you the kids back.", {"clean"}),
    ("As long as you keep staying dirty, you can't live here.", {"clean"}),
    ("You stayed dirty all through the pregnancy.", {"clean"}),
    # absolute: every payday gone
    ("Every time you get paid, it all goes on scratch cards and vodka.", {"absolute"}),
    ("Whenever u get paid the money is gone by Sunday.", {"absolute"}),
    ("Each time you get paid you blow it at the bar before the rent is due.", {"absolute"}),
    # absolute: there's never a … where you
    ("There's never a birthday where you turn up sober.", {"absolute"}),
    ("There was never a Christmas when you weren't drunk by noon.", {"absolute"}),
    ("There is never a weekend where you don't end up high.", {"absolute"}),
    # absolute: every time I lend you …, it comes back damaged
    ("Every time I lend you the van, it comes back with a new scratch.", {"absolute"}),
    ("Each time I trust you with my card, it comes back maxed out.", {"absolute"}),
    (
        "Every single time I leave you the car it comes back empty and stinking of smoke.",
        {"absolute"},
    ),
    # absolute: not one person can count on you
    ("Not one person in this house can rely on you anymore.", {"absolute"}),
    ("Not a single person at work can depend on you now.", {"absolute"}),
    ("Nobody in this family can count on you for anything.", {"absolute"}),
    # absolute: you lie constantly, about everything
    ("You lie constantly, about the money, about the bottles, about all of it.", {"absolute"}),
    ("I've seen you lie to everyone all the time, about everything.", {"absolute"}),
    ("you lie always about where you were", {"absolute"}),
    ("You've been lying to me nonstop since March.", {"absolute"}),
    # absolute: everything with you is a fight
    ("Everything with you is a fight, even breakfast.", {"absolute"}),
    ("Everything with you is a lie or an excuse.", {"absolute"}),
    ("everything with u is drama and manipulation", {"absolute"}),
    # absolute: nobody wants to sit next to someone who …
    ("Nobody wants to be around someone who reeks of whisky at ten in the morning.", {"absolute"}),
    ("No one wants to sit next to you when you're slurring.", {"absolute"}),
    ("Nobody wants to stand next to a man who's swaying and shouting.", {"absolute"}),
    # blame: a loss because of you
    ("We lost the car cos of you and your gambling.", {"blame"}),
    ("i lost my job cause u kept showing up at my work wasted", {"blame"}),
    ("They lost the flat because you spent the rent on coke.", {"blame"}),
    ("We lost our savings cuz of u and your habit.", {"blame"}),
    # blame: … and you did that
    ("Our family is falling apart and you did that, not the rest of us.", {"blame"}),
    ("The kids are scared of their own dad, and you did that.", {"blame"}),
    ("Mum's heart is broken and u did that.", {"blame"}),
    # blame: hurt by you
    ("Everyone at this table has been hurt by you.", {"blame"}),
    ("Your children have been let down by you again and again.", {"blame"}),
    ("I was humiliated by you in front of my whole team.", {"blame"}),
    ("all of us got burned by you at some point", {"blame"}),
    # blame: your behaviour is wrecking everyone
    ("Your selfish behaviour is ruining everyone around you.", {"blame"}),
    ("Your drinking is destroying this whole family.", {"blame"}),
    ("ur attitude is wrecking everybody in this house", {"blame"}),
    # blame: that was your choice, after a loss
    ("Your son doesn't have a father at his birthday, and that was your choice.", {"blame"}),
    ("We lost the house, and that's your doing.", {"blame"}),
    ("The girls don't visit anymore, and that was your decision, not theirs.", {"blame"}),
    # blame: you make her suffer
    ("Why do you make your father suffer like this?", {"blame"}),
    ("You're making the whole family suffer for your drinking.", {"blame"}),
    ("u made ur kids suffer for years", {"blame"}),
    # blame: because of an addict like you
    ("Because of a drunk like you, my kids are scared of Christmas.", {"blame"}),
    ("Thanks to an addict like you, your mother can't sleep.", {"blame"}),
    ("Because of a junkie like you, this family is broken.", {"blame"}),
    # insult: a grown man living off his mum
    ("You're a grown man living off your mother's pension.", {"insult"}),
    ("ur a grown woman sponging off ur parents", {"insult"}),
    ("A grown man, forty years old, mooching off his little sister.", {"insult"}),
    # insult: made a fool of yourself
    ("You made a complete fool of yourself at the wedding.", {"insult"}),
    ("you made a right prat of yourself at the school gates", {"insult"}),
    ("You made such a spectacle of yourself at Dad's funeral.", {"insult"}),
    # insult: , it's spineless
    ("The lies are what I can't stand, it's gutless.", {"insult"}),
    ("Hiding the bottles from the kids, that's cowardly.", {"insult"}),
    ("The way you steal from Mum is despicable.", {"insult"}),
    # insult: humiliating for everyone
    (
        "Watching you fall over at the christening was humiliating for everyone who was there.",
        {"insult"},
    ),
    ("Seeing you stagger around the school fair was mortifying for the kids.", {"insult"}),
    (
        "Watching you slur your way through the toast was, honestly, embarrassing for all of us.",
        {"insult"},
    ),
    # insult: no dignity left
    ("There's no dignity left in the way you live.", {"insult"}),
    ("You've thrown away every ounce of your self-respect.", {"insult"}),
    ("You have zero dignity left, Mark.", {"insult"}),
    # insult: smells like a brewery
    ("You smell like a brewery every time you pick up the kids.", {"insult"}),
    ("Nobody wants a hug from someone who stinks like an ashtray.", {"insult"}),
    ("u reek of a pub floor when u come in", {"insult"}),
    # hearsay: Mum keeps saying you're …
    ("Mum keeps saying you're just tired, but we both know better.", {"hearsay"}),
    ("Your wife keeps telling everyone you're fine, but you're not.", {"hearsay"}),
    ("Dad kept saying you were going through a phase.", {"hearsay"}),
    # hearsay: everyone at the club knows you're drinking again
    ("Everybody at the club knows you're using again.", {"hearsay"}),
    ("The whole street knows you're drinking again.", {"hearsay"}),
    ("Everyone at your work knows you've been high on the job.", {"hearsay"}),
    # hearsay: your daughter told me she …
    ("Your daughter told me she's scared when you drive her.", {"hearsay"}),
    ("ur son told me he hides his phone from u", {"hearsay"}),
    ("Your coach said to me you've been turning up hungover.", {"hearsay"}),
    ("Your boss told me you've been asleep at your desk.", {"hearsay"}),
    # hearsay: a harsh view, and I can't even argue
    ("My mates think my dad's a drunk and I can't even argue.", {"hearsay"}),
    ("The neighbours say you're a mess, and I can't argue with that.", {"hearsay"}),
    ("Your sister thinks you're a liar and I can't disagree.", {"hearsay"}),
    # hearsay: a diagnosis retold by a friend
    (
        "My friend who's a nurse says you've got borderline personality disorder.",
        {"hearsay", "diagnosis"},
    ),
    (
        "My cousin, who works in mental health, reckons you're a narcissist.",
        {"hearsay", "diagnosis"},
    ),
    (
        "a girl at work who studied psych says u have antisocial personality disorder",
        {"hearsay", "diagnosis"},
    ),
    # hearsay: Dad's already said so
    ("You're out of the house if you don't go, Mum's already said so.", {"hearsay", "threat"}),
    ("He's cutting you off unless you get help, your brother told me so.", {"hearsay", "threat"}),
    ("If you don't stop, you lose the business, Grandad's said so himself.", {"hearsay", "threat"}),
    # we: decided as a family
    ("We decided as a family that you can't babysit anymore.", {"we"}),
    ("we agreed as a family u cant drive the kids", {"we"}),
    ("We voted as a family and you're not welcome at Christmas like this.", {"we"}),
    # we: we all decided nobody …
    ("We all decided nobody is lending you another penny.", {"we"}),
    ("we've all agreed no one is bailing u out again", {"we"}),
    ("We have all decided you can't stay here anymore.", {"we"}),
    # we: Mum, Dad and I agree
    ("Mum, Dad, and I agree you can't keep doing this.", {"we"}),
    ("Your father and I, and your brothers, all agree this has to stop.", {"we"}),
    ("Gran, Uncle Joe and I all agree enough is enough.", {"we"}),
    # we: the family has run out of patience
    ("The whole family has run out of patience with you.", {"we"}),
    ("The family is at the end of its rope with you.", {"we"}),
    ("All of us have lost our patience with you.", {"we"}),
    # threat: ur last shot with me
    ("this is it, ur last shot with me", {"threat"}),
    ("Listen, Danny, your final strike with us.", {"threat"}),
    ("That's it, your last chance with this family.", {"threat"}),
    # threat: no more money … unless you
    ("No more cash from me, not one penny, unless you go to the clinic.", {"threat"}),
    ("No more rides, no more rent, unless you check in on Monday.", {"threat"}),
    ("Not a single dollar more unless you sign the papers.", {"threat"}),
    # threat: you can't see the kids until you
    ("You can't see the grandchildren until you get sober.", {"threat"}),
    ("You won't be holding the baby until you've been to rehab.", {"threat"}),
    ("u cant see the kids till u sort urself out", {"threat"}),
    # sarcasm: a praise opener before driving after drinks
    ("Great idea, driving your daughter to school after a bottle of wine.", {"sarcasm"}),
    ("Brilliant plan, taking the boat out after a six-pack.", {"sarcasm"}),
    ("Smart thinking, driving home from the pub after five pints.", {"sarcasm"}),
    # sarcasm: a whole 20 minutes before
    (
        "Well done, you lasted a whole ten minutes at the party before you went for a drink.",
        {"sarcasm"},
    ),
    ("congrats u stayed sober a whole 2 hours", {"sarcasm"}),
    (
        "Good job, you made it through dinner a whole fifteen minutes before sneaking out.",
        {"sarcasm"},
    ),
    # sarcasm: a real role model, aren't you
    ("You're a real role model for the kids, aren't you.", {"sarcasm"}),
    ("You're such a hero, aren't you.", {"sarcasm"}),
    ("You're a proper gentleman, aren't ya.", {"sarcasm"}),
    # sarcasm: thanks for waking the whole house, legend
    ("Cheers for waking the whole street at 3am, legend.", {"sarcasm"}),
    ("thanks so much for waking the baby at midnight, hero", {"sarcasm"}),
    ("Ta for keeping the whole house up all night.", {"sarcasm"}),
    # sarcasm: what a top bloke, missing …
    ("What a top bloke, missing your daughter's recital for the pub.", {"sarcasm"}),
    ("What a great guy, forgetting your son's birthday for a bender.", {"sarcasm"}),
    ("Real stand-up guy, skipping your mum's operation to get high.", {"sarcasm"}),
    # sarcasm: very smart man, after selling her things
    ("Very clever, you pawn your own daughter's bike, very clever man.", {"sarcasm"}),
    ("Real smart, selling your brother's guitar, real smart guy.", {"sarcasm"}),
    ("you steal from your own nan, very smart man", {"sarcasm"}),
    # diagnosis: the textbook definition of a manipulator
    ("You are the textbook definition of a narcissist.", {"diagnosis"}),
    ("You're a walking example of a manipulator.", {"diagnosis"}),
    ("You are the perfect picture of a sociopath.", {"diagnosis"}),
    # diagnosis: the maturity of someone with borderline
    ("You have the impulse control of someone with ADHD.", {"diagnosis"}),
    ("You act like someone with bipolar, up one day and down the next.", {"diagnosis"}),
    ("You've got the temper of someone with a personality disorder.", {"diagnosis"}),
    # diagnosis: got OCD about his stash
    ("You've got OCD about your hiding places.", {"diagnosis"}),
    ("She's got ADHD about everything except the bottle, that's my wife.", {"diagnosis"}),
    ("You have OCD about counting your pills.", {"diagnosis"}),
    # diagnosis: I recognise those patterns in you
    (
        "I've nursed people with personality disorders for years, and I see every one of those signs in you.",
        {"diagnosis"},
    ),
    (
        "I worked with addicts with antisocial disorder, and I recognise all those traits in you.",
        {"diagnosis"},
    ),
    (
        "I've read about narcissistic personality disorder, and I see all the symptoms in you.",
        {"diagnosis"},
    ),
    # written after the first draft of the rules, in other words, and scored before any change
    # (main 23/47, the first draft 41/47; docs/coach.md)
    ("Her boy is a meth head now and she still sets a place for you at dinner.", {"label"}),
    ("The man who used to coach my football team is a drunk sleeping in his van.", {"label"}),
    ("Tio, you're a borracho and the whole family has watched it happen.", {"label"}),
    ("I miss the clean version of you, the one who laughed.", {"clean"}),
    ("If you keep staying dirty, the judge will see it in the tests.", {"clean"}),
    ("Every time you get paid you disappear for three days and come back broke.", {"absolute"}),
    ("There hasn't been a holiday when you showed up sober.", {"absolute"}),
    ("Every time I lend you money, it comes back short or not at all.", {"absolute"}),
    ("No one in this family can rely on you for anything anymore.", {"absolute"}),
    ("You lie to us all the time, about the pills, about the money.", {"absolute"}),
    ("Everything with you turns into a fight about the drinking.", {"absolute"}),
    ("We lost the business because of you and your coke habit.", {"blame"}),
    ("The kids flinch when you walk in, and you did that.", {"blame"}),
    ("Every person in this room has been lied to by you.", {"blame"}),
    ("Your drinking is tearing apart this whole family.", {"blame"}),
    ("Our daughter grew up without her dad at her recitals, and that was your choice.", {"blame"}),
    ("You made your own mother suffer for ten years.", {"blame"}),
    ("Because of an alcoholic like you, I never had a childhood.", {"blame"}),
    ("A grown man of fifty, still living off his pension-age mother.", {"insult"}),
    ("You made a complete idiot of yourself at the barbecue.", {"insult"}),
    ("The sneaking around is what gets me, it's gutless.", {"insult"}),
    ("Watching you nod off at Sophie's recital was humiliating for all of us.", {"insult"}),
    ("You've lost every ounce of your dignity.", {"insult"}),
    ("You come home smelling like a distillery.", {"insult"}),
    ("Your mother keeps telling people you're just stressed.", {"hearsay"}),
    ("Everybody down at the pub knows you're back on the gear.", {"hearsay"}),
    ("Your little girl told me she's scared when you're like that.", {"hearsay"}),
    ("Your ex thinks you're a lost cause and honestly I can't argue.", {"hearsay"}),
    ("My neighbour, who's a psychiatric nurse, says you're bipolar.", {"hearsay"}),
    ("You're off the lease if you don't go, your dad's said so.", {"hearsay"}),
    ("We've decided as a family that you can't stay here while you're using.", {"we"}),
    ("We all agreed no one is giving you another cent.", {"we"}),
    ("Your mum, your sister and I agree you can't keep going like this.", {"we"}),
    ("The family has run out of patience with you, Liam.", {"we"}),
    ("ur last chance with me, I mean it", {"threat"}),
    ("No more money, not one cent, unless you get into treatment.", {"threat"}),
    ("You won't see the grandkids until you're sober.", {"threat"}),
    ("Genius move, driving to Gran's after four pints.", {"sarcasm"}),
    ("Well done, you made it a whole hour at the wedding before you found the bar.", {"sarcasm"}),
    ("You're a great example for your kids, aren't you.", {"sarcasm"}),
    ("Thanks a lot for waking up the whole house at 2am, hero.", {"sarcasm"}),
    ("What a great dad, missing the school play for a bender.", {"sarcasm"}),
    ("You pawned Mum's ring, really smart.", {"sarcasm"}),
    ("You are a textbook example of a narcissist.", {"diagnosis"}),
    ("You have the mood swings of someone with bipolar.", {"diagnosis"}),
    ("You've got OCD about your drinking schedule.", {"diagnosis"}),
    (
        "I work with patients with personality disorders, and I see the same patterns in you.",
        {"diagnosis"},
    ),
]

ROUND12A_GOOD: list[str] = [
    "You're either with me or you're not, and I know you're with me.",
    "Every time you get paid, you send your mum flowers, and she loves it.",
    "There's never a birthday where you forget to call me.",
    "Everything with you is an adventure, and I miss that.",
    "We decided as a family to take you to the lake for your birthday.",
    "Mum, Dad and I all agree you're the best thing that ever happened to us.",
    "You made a fool of yourself dancing at the wedding, and I loved every minute.",
    "Your daughter told me she's so proud of you for calling.",
    "Everybody at the club knows you're the best coach they ever had.",
    "You're a real role model for the kids, and I mean that.",
]

ROUND12A_TRAPS: list[str] = [
    # label
    "Her son is a doctor now and she tells everyone.",
    "The boy who used to live next door is a paramedic now.",
    "My uncle is a recovering alcoholic and he has offered to talk to you.",
    # clean
    "The kitchen is either clean or it isn't, so please finish the dishes.",
    "The clean version of the essay is on your desk.",
    "If your boots stay dirty, leave them in the hall.",
    # absolute
    "Every time you get paid, you put some aside for the kids, and I'm proud of you.",
    "There's never a day when you don't make me laugh.",
    "Every time I lend you a book, it comes back with notes in the margins, and I love them.",
    "Nobody in this family can cook like you.",
    "I lie awake constantly worrying about you.",
    "Nobody wants to sit next to the bins at a wedding.",
    # blame
    "We lost the match because of you, you scored for the other team by mistake!",
    "The garden looks amazing and you did that.",
    "I've been so moved by you this year.",
    "That was your choice, and the restaurant was perfect.",
    "Because of people like you, I believe in second chances.",
    # insult
    "Don't worry about making a fool of yourself at karaoke.",
    "The way he treated you was spineless.",
    "You faced the chemo with so much dignity left in you.",
    "The old pub smells like a brewery.",
    "You lived off your savings while you retrained, and I admire that.",
    # hearsay
    "Mum keeps saying she misses you.",
    "Everyone at church knows you're a kind man.",
    "Your daughter told me she loves her new school.",
    "Your doctor told me you've been doing well.",
    "My friend who's a nurse says you can call her anytime.",
    "You're the best cook in the family, Dad's already said so.",
    # we
    "We decided as a family to go camping this summer.",
    "Your father and I, and your sisters, all agree you should have the big room when you visit.",
    "The whole family is running out of patience with the broken dishwasher.",
    # threat
    "Your last shot at the buzzer won the game.",
    "No more homework tonight unless you want to.",
    "You can't hold the baby until you wash your hands.",
    # sarcasm
    "Great idea, driving up to the lake after lunch.",
    "You held your breath a whole two minutes, well done!",
    "You're a real star, and everyone thinks so.",
    "Thanks for waking me so gently this morning, it was lovely.",
    "What a top bloke, fixing Nan's fence on your day off.",
    "You sold your old bike to buy the kids a present, very kind.",
    # diagnosis
    "You are the textbook definition of a good father.",
    "You have the patience of someone who has worked with kids for years.",
    "I see all the signs of a great teacher in you.",
    # twins of the second batch
    "There hasn't been a day since June when you weren't sober, and I'm so proud.",
    "You come home smelling like fresh bread from the bakery.",
    "My neighbour, who's a nurse, says you're doing really well.",
    "You're a great example for your kids, and I mean that.",
    "You sold your bike to pay for Mum's birthday present, really kind.",
    "A grown man of fifty, still living off his garden vegetables and loving it.",
]
