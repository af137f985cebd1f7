# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 222 (5 December 2026, round 26, a tune batch read from the start): written by a new
writer who never saw the coach's code, rules or earlier sentences, asked for words of frequency and totality
(always, never, every time, not once, as usual …): about 40 absolutes, 60 kind sentences that use the same words
warmly or fairly, 20 traps. The writer's voice: a wife writing to her husband who drinks, forty years of marriage, church and grandchildren. 4 sentence(s) the corpus already had word for word were dropped.

The lead read it to write the round's `R26A_` kind contexts for absolutes (docs/coach.md, "Twenty-sixth round:
absolutes said warmly (a49, lead)"). Training data for the learned second opinion like every tests/coach_dev*.py.
"""

from __future__ import annotations

DEV222_FLAG: list[tuple[str, set[str]]] = [
    ("You always pick the bottle over me, every single night.", {"absolute", "blame"}),
    (
        "Every time the grandkids come over you've already had three beers before they're even out of the car.",
        {"absolute"},
    ),
    ("Not once in forty years have you kept a promise about the drinking.", {"absolute"}),
    ("You never think about anybody but yourself anymore, Walt.", {"absolute"}),
    ("Nothing I say makes one bit of difference to you.", {"absolute"}),
    ("You ruin every holiday with your drinking, as usual.", {"absolute", "blame"}),
    ("As usual you were passed out in the recliner before the ball even dropped.", {"absolute"}),
    ("You constantly lie to me about where you've been.", {"absolute"}),
    (
        "Sunday after Sunday, again and again, you sit in that pew smelling like whiskey.",
        {"absolute"},
    ),
    ("No one can count on you for anything anymore.", {"absolute"}),
    ("You are drunk all the time, you're a drunk and you know it.", {"absolute", "label"}),
    (
        "Each time I pour it down the sink you just drive to the Kroger and buy another bottle.",
        {"absolute"},
    ),
    (
        "After all I have done for you these forty years you have never once said thank you.",
        {"absolute", "blame"},
    ),
    ("Everything you touch turns into a mess when you drink.", {"absolute"}),
    ("You forget every single birthday now, even Ellie's.", {"absolute"}),
    ("With you its forever 'just one more' and it is never just one.", {"absolute"}),
    (
        "You always have an excuse, your back, the stress, the weather, always something.",
        {"absolute"},
    ),
    ("We all think you never cared about anything but the bottle.", {"absolute", "we"}),
    (
        "The whole family is worn out from you always showing up slurring your words.",
        {"absolute", "we"},
    ),
    (
        "Pastor Dale told me you were drunk at the men's breakfast, just like every other time.",
        {"absolute", "hearsay"},
    ),
    (
        "Your sister Marlene says you call her every night drunk and crying.",
        {"absolute", "hearsay"},
    ),
    ("Your an alcoholic and you always will be.", {"absolute", "label"}),
    ("You never stay sober more than a week so dont tell me about trying.", {"absolute"}),
    (
        "Every day it's the same thing, bottle out by noon and you asleep in your chair by four.",
        {"absolute"},
    ),
    ("Because of you every single Thanksgiving ends in a fight.", {"absolute", "blame"}),
    ("You have wrecked everything we built together.", {"absolute", "blame"}),
    ("Nothing matters to you except that Jim Beam.", {"absolute"}),
    (
        "You constantly embarrass me in front of the ladies at church, it's shameful.",
        {"absolute", "insult"},
    ),
    (
        "You're always so pathetic when you've been drinking, stumbling around my kitchen.",
        {"absolute", "insult"},
    ),
    ("Not one time have you shown up to Mason's ball games sober.", {"absolute"}),
    (
        "Thanks for always being such a wonderful grandpa, snoring on the couch through Caleb's party.",
        {"absolute", "sarcasm"},
    ),
    ("You're in denial about the drinking and you always have been.", {"absolute", "diagnosis"}),
    (
        "If you keep drinking every single day like this you can pack your bags and never come back.",
        {"absolute", "threat"},
    ),
    ("You never listen, never help, never come to bed sober.", {"absolute"}),
    ("Each and every time you swear it'll be different and nothing ever changes.", {"absolute"}),
    ("You haven't been there for me a single time since you retired.", {"absolute"}),
    ("All you ever think about is when you can get your next drink.", {"absolute"}),
    (
        "We're all done with your drinking and nobody in this family trusts a word you say.",
        {"absolute", "we"},
    ),
    (
        "You drink constantly, morning noon and night, and u dont even try to hide it anymore.",
        {"absolute"},
    ),
    (
        "Again and again you choose the liquor store over your own grandbabies.",
        {"absolute", "blame"},
    ),
    ("You never keep your word, Walter, not to me, not to God, not to anyone.", {"absolute"}),
    (
        "All the time its the same, you say sorry on Monday and by Friday your back at the Elks lodge.",
        {"absolute"},
    ),
    ("You have been a narcissist every day of this marriage.", {"absolute", "diagnosis"}),
    ("Your always three sheets to the wind by supper.", {"absolute"}),
]

DEV222_GOOD: list[str] = [
    "You always made pancakes for the grandkids on Saturday mornings, with chocolate chip smiley faces.",
    "I have loved you every day for forty years, Walt.",
    "Every summer we hauled the camper to Lake Cumberland, and I still picture you teaching Ellie to bait a hook.",
    "You never missed a Sunday ushering at First Baptist when the kids were little.",
    "Every Christmas Eve you read the nativity story out loud and the whole house went quiet.",
    "I always felt safe with you beside me.",
    "You were always the first one out with a shovel when the neighbors got snowed in.",
    "Each time I look at our wedding picture I see the man I married, and I miss him.",
    "Nothing would make me happier than sitting on the porch with you again, both of us laughing.",
    "I want to grow old with you, all the way to forever.",
    "I pray for you every night before I turn out the light.",
    "You always knew how to fix anything, the washer, the truck, Danny's bike chain.",
    "Not a day goes by that I don't thank God for the years we've had.",
    "Every time Caleb walks past your tool bench he asks when Grandpa can build something with him.",
    "Our grandchildren adore you and they always will.",
    "I have never stopped believing in the man you are.",
    "You used to hum hymns constantly while you worked in the garden and I loved that sound.",
    "We always held hands during the blessing at supper.",
    "I'll be there every single visiting day while you're getting help, if they let me.",
    "Everything I'm saying today comes from love.",
    "I'm asking you to accept the help that's waiting for you today, and I'll walk every step of it with you.",
    "The night Ellie was born you held her for hours and never once wanted to put her down.",
    "You were always so patient teaching the boys to drive stick.",
    "Every Easter you hid the eggs in the same spots and acted surprised when the kids found them.",
    "I still set your coffee cup out every morning.",
    "As usual I saved you the crossword from the Sunday paper.",
    "You never once forgot to kiss me goodbye before your shift at the plant.",
    "I'll always be your girl, Walter.",
    "Every anniversary you brought me yellow roses, and last year there were forty of them.",
    "We went to the county fair every August and you always won me something at the ring toss.",
    "No one has ever made me laugh the way you do.",
    "I miss the way you used to sing along to the radio all the time.",
    "Our family has always been strongest when we're together.",
    "I've kept every letter you wrote me from the Navy in a shoebox under the bed.",
    "You always had time for Mrs. Hadley next door after her husband passed.",
    "My love for you has never changed, not for one minute.",
    "Each spring you planted tomatoes along the back fence and we ate them all summer long.",
    "I wake up hopeful every day that you'll come back to us.",
    "You taught Sunday school for twelve years and the kids always loved your Noah's ark voices.",
    "The grandkids ask about their Papa all the time.",
    "Nothing in this world matters more to me than you getting well.",
    "Every evening after supper we used to walk down to the creek and back.",
    "You always said grace before a meal, even at the Waffle House.",
    "I'm here today because I love you, and I always have.",
    "I remember every little thing about the day we got married in the pouring rain.",
    "You were always a hard worker, thirty one years at the mill and hardly a sick day.",
    "I want to see you at every one of Mason's games, hollering from the bleachers like you used to.",
    "Whatever you decide, I will keep praying for you each night.",
    "You constantly found little ways to make our first apartment feel like a home.",
    "I have never loved anyone but you.",
    "Every time I hear Patsy Cline I think of us dancing in the kitchen in our socks.",
    "You made everything fun for the kids, even raking leaves.",
    "Forever and always is engraved in my ring, and I still mean it.",
    "Again and again you came through for this family when money was tight in the eighties.",
    "You always called your mother on Sunday afternoons right up until she passed.",
    "I will drive up to see you every weekend while your in treatment.",
    "I'm asking you to go to Oak Ridge today, because I want every year we have left to be good ones.",
    "You've never been afraid of hard things, and I know you can do this too.",
    "Each Christmas morning you baked cinnamon rolls from your mama's recipe card.",
]

DEV222_TRAPS: list[str] = [
    "My daddy was drunk every single night of my childhood, and I know you never wanted to be like him.",
    "I know you don't drink every day, and I'm grateful for the good mornings we still have.",
    "My sister's husband was always mean when he drank, and you have never been like that with me.",
    "I always ran from hard conversations, and I'm sorry I waited so long to say this.",
    "For years I never said a word to anyone, and that was my mistake, not yours.",
    "It isn't true that you never tried, I watched you go eight good months back in 2015.",
    "Your brother Ray was a drunk his whole life and it broke your mama's heart, and I don't want that for you.",
    "My own mother was constantly criticizing everybody, and I don't want to do that to you today.",
    "For years I always made excuses to the children for you, and I see now that didn't help you.",
    "Dr. Patel says your liver numbers have been worse each time they check, and I am scared for you.",
    "You never have to face this alone.",
    "Nobody is giving up on you, Walt, not me and not the kids.",
    "The old preacher at Grace Church was always going on about sinners, but that's not how I see you.",
    "You have never once been unkind to the grandkids, not ever.",
    "I never stopped hoping, not even on the worst nights.",
    "Not everything has been hard, most of our forty years have been wonderful.",
    "Your fishing buddy Earl was always the wild one and you were always the steady one.",
    "I don't believe for a minute that you ever stopped loving us.",
]

DEV222_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will stop buying beer for the house and I won't call anyone to cover for you again.",
    "If you decide not to go, I will not make excuses for you at church or to the children anymore.",
    "If you don't accept help today, I won't ride in the car when you've been drinking and I won't have the grandkids over when there's liquor in the house.",
]
