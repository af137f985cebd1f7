# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 178 (5 December 2026, round 25, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a college roommate and best friend, dorm stories and group texts: sarcasm and hearsay most, then blame. 9 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV178_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.94 (61/65; the rules alone 56/65): blame 19/22, hearsay 14/15, every other kind full; good 1/41 (2.4%; the rules alone 1), traps 5/40 (12.5%; the rules alone 5).

At merge, before it was trained on: with main 6613c6f, rules and model 0.94 (61/65; the rules alone 56/65): blame 19/22, hearsay 14/15, every other kind full; good 1/41 (2.4%; the rules alone 1), traps 5/40 (12.5%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV178_FLAG: list[tuple[str, set[str]]] = [
    (
        "Honestly man, I lost my spot on the lacrosse team because I was up every night covering for you, and I never said a word about it.",
        {"blame"},
    ),
    ("Our RA wrote both of us up sophomore year and that was 100% your mess, not mine.", {"blame"}),
    ("You picked the bottle over standing up as my best man, plain and simple.", {"blame"}),
    (
        "I spent my whole security deposit fixing the door you put your fist through, so dont act like this only hurts you.",
        {"blame"},
    ),
    ("My GPA tanked junior year and a lot of that sits on your shoulders, Ty.", {"blame"}),
    (
        "I drove four hours in a snowstorm to bail you out and the least you could of done was pick up when I called after.",
        {"blame"},
    ),
    ("You wrecked the one apartment we ever actually liked living in.", {"blame"}),
    (
        "Jess and I split up partly because I kept running to your crises instead of her, and I hold you responsible for that.",
        {"blame"},
    ),
    (
        "How do you even look your mom in the eye after what you put her through last spring?",
        {"blame"},
    ),
    ("Half the fights in our friend group since graduation started with your pills.", {"blame"}),
    (
        "You turned me into the guy who lies to your parents on the phone, and that is something you did to me.",
        {"blame"},
    ),
    (
        "I gave you my couch, my car and my last two hundred bucks, and this is how u pay me back?",
        {"blame"},
    ),
    ("It's your fault Danny wont come to anything the group plans anymore.", {"blame"}),
    ("You threw away a full ride for coke and took my trust down with it.", {"blame"}),
    (
        "I missed my grandpa's funeral sitting with you in the ER and you dont even remember it.",
        {"blame"},
    ),
    ("The reason our lease didn't get renewed is sitting right here in this chair.", {"blame"}),
    (
        "You broke the group, dude, the chat used to be the best part of my day and you broke it.",
        {"blame"},
    ),
    ("Whatever happens to Mia and the baby from here is on you, not me.", {"blame"}),
    (
        "I can't believe you'd steal from the guy who carried you home up three flights of stairs freshman year.",
        {"blame"},
    ),
    (
        "Kev's bachelor party got trashed thanks to you and he still gets heated just talking about it.",
        {"blame"},
    ),
    ("You let a bag of weed matter more than being there for my wedding toast.", {"blame"}),
    (
        "Real smooth showing up to my graduation party with your eyes bloodshot, truly a class act.",
        {"sarcasm"},
    ),
    (
        "Congrats on setting the Hadley Hall record for most times campus police knocked on one door.",
        {"sarcasm"},
    ),
    (
        "Nice work passing out in the bathtub the night before your brother's wedding, best man material for sure.",
        {"sarcasm"},
    ),
    (
        "Thanks a ton for 'borrowing' my Adderall during finals, really appreciated that one.",
        {"sarcasm"},
    ),
    ('Oh and your totally "just a social drinker," sure.', {"sarcasm"}),
    ("Loved getting that 3am voicemail from you, super touching, ten out of ten.", {"sarcasm"}),
    (
        "You really outdid yourself at Thanksgiving, flipping the whole table was a great touch.",
        {"sarcasm"},
    ),
    (
        "Way to be the life of the party, Ty, right up until you threw up in Meg's brand new car.",
        {"sarcasm"},
    ),
    ("Super responsible of you to drive us home after eight shots, real hero move.", {"sarcasm"}),
    (
        "Glad your dealer got a nicer Christmas present than your own daughter did.",
        {"blame", "sarcasm"},
    ),
    (
        "Such a great roommate, leaving me a sink full of empties and a landlord who wants us both out.",
        {"sarcasm"},
    ),
    (
        "Really mature, hiding pills in the Monopoly box like nobody would ever open it.",
        {"sarcasm"},
    ),
    ("Wow, 'under control' sure looks a lot like missing three weeks of work.", {"sarcasm"}),
    (
        "Priya told me you were slurring at her birthday dinner before the appetizers even came out.",
        {"hearsay"},
    ),
    (
        "Your manager at the brewery texted me asking if you were ok because you keep coming in late and shaky.",
        {"hearsay"},
    ),
    (
        "Somebody in the group chat posted that you got tossed out of Murphy's again Saturday night.",
        {"hearsay"},
    ),
    (
        "From what I'm hearing around town you've been buying from that guy on Elm Street again.",
        {"hearsay"},
    ),
    ("Your sister let it slip that you pawned your dad's watch.", {"hearsay"}),
    ("Word is you nodded off at your desk twice last week.", {"hearsay"}),
    ("Coach Ramirez pulled me aside and said you reeked of beer at the kids' game.", {"hearsay"}),
    ("Marcus swears he saw you doing lines in the bathroom at the reunion.", {"hearsay"}),
    (
        "Your girlfriend says your still drinking every night even though you told the rest of us you quit.",
        {"hearsay"},
    ),
    (
        "I got three different texts after the wedding saying you were the one who threw the first punch.",
        {"hearsay"},
    ),
    ("According to your landlord you haven't paid rent since August.", {"hearsay"}),
    (
        "Evan's cousin works at the CVS on Main and says you've been trying to fill scripts from two different doctors.",
        {"hearsay"},
    ),
    (
        "The rumor in the old dorm chat is that you got fired, not laid off like you told me.",
        {"hearsay"},
    ),
    ("Let's be honest, you've turned into a pillhead.", {"label"}),
    (
        "Half the floor was calling you the stoner by October and honestly they weren't wrong.",
        {"hearsay", "label"},
    ),
    ("I'm begging you to finally get yourself clean, man.", {"clean"}),
    ("Your probation officer told your mom the last screen came back dirty.", {"clean", "hearsay"}),
    ("You bail on every single plan we make, without fail.", {"absolute"}),
    ("Not one time this whole year have you picked up the first time I called.", {"absolute"}),
    ("You're drunk literally every time I see you now.", {"absolute"}),
    (
        "You were a sad sloppy embarrassment at homecoming and I was ashamed to be standing next to you.",
        {"insult"},
    ),
    ("What kind of friend steals from his own roommate?", {"insult"}),
    ("All of us from 4B think you've turned into somebody we don't even recognize.", {"we"}),
    ("Every one of us in the group chat is sick of making excuses for you.", {"we"}),
    ("If you walk out of this room today you can lose my number forever.", {"threat"}),
    ("Go to rehab or I'm telling your boss everything, I mean it.", {"threat"}),
    ("I took Psych 101 with you, I know a narcissist when I see one.", {"diagnosis"}),
    ("You're so deep in denial it's not even funny anymore.", {"diagnosis"}),
]

DEV178_GOOD: list[str] = [
    "Ty, you've been my best friend since the day we both showed up to Hadley Hall with the same ugly blue futon.",
    "I still laugh about the night we tried to make ramen in the coffee maker and set off the fire alarm for the whole building.",
    "You were the first person I called when I got into grad school, and you screamed louder than my mom did.",
    "I love you, man, and I'm here because I want my friend back.",
    "Remember driving to Asheville junior spring with no plan and eleven dollars in gas money?",
    "You taught me how to cook actual food instead of living on cereal.",
    "When my dad got sick sophomore year you sat with me in the hallway until 4am and let me just be quiet.",
    "I want to be at your wedding someday, and I want you to remember it.",
    "There's a bed open at a treatment center outside Raleigh and they can take you this afternoon.",
    "I'm asking you to say yes today.",
    "I miss the guy who made pancakes for the whole floor on Sunday mornings.",
    "I'm scared for you, and I'd rather have you mad at me than lose you.",
    "Your little girl deserves to know the dad I know.",
    "I packed you a bag and I'll drive you there myself.",
    "I'll visit on the weekends they allow it, and I'll bring the good coffee.",
    "You were the best lab partner anyone could ask for, even if you did spill the hydrochloric acid.",
    "I still have the playlist you made me for my road trip to Denver.",
    "I'm proud to be your friend and I want another twenty years of dumb stories with you.",
    "I think about our senior trip to Montreal and how happy you looked standing on that bridge.",
    "I want to grow old and grumpy next to you at football games.",
    "I remember you reading your poems at the open mic at Rosie's and the whole room going quiet.",
    "I'd love to see you at Mike's fantasy draft in August, sober and trash talking like old times.",
    "Getting help isn't weakness, it's the bravest thing I can picture you doing.",
    "The program is 28 days and I'll take care of Biscuit while your gone.",
    "I miss our late night Taco Bell runs and talking about nothing till the sun came up.",
    "I hope one day we're both laughing about this on my back deck with a couple of sodas.",
    "Please go today, for you.",
    "A lot of freshmen looked up to you when you were an RA, and I did too.",
    "I felt terrified when I found you on the bathroom floor in March and couldn't wake you up for almost a minute.",
    "When you didn't make it to my dad's memorial I felt hurt and alone, and I'm telling you because I love you.",
    "I've noticed you drinking before noon on the weekends, and it worries me.",
    "I lent you money last fall and I've felt uneasy ever since, because I don't think it went to rent.",
    "Thank you for driving me to the hospital when I broke my ankle junior year and staying there all night.",
    "I was so proud of you when you finished that half marathon in 2019.",
    "You got hired at the warehouse after two interviews and I know that took guts.",
    "When you called me crying at Christmas and said you wanted to stop, I believed you, and I still do.",
    "At Ben's wedding I watched you fall into the cake table and I felt sick with worry, not anger.",
    "Thank you for being honest with me that night on the porch about the pills, that meant a lot.",
    "I saw how hard you tried in January, and those three weeks without a drink mattered to me.",
    "I got scared when you told me you couldn't remember driving home from Jake's.",
    "You're the one who got me into counseling when I was drowning senior year, and I'm grateful to this day.",
]

DEV178_TRAPS: list[str] = [
    "My uncle Ray was a drunk his whole life, and I don't want that for you.",
    "I was a total stoner freshman year too, so I'm not up here judging you.",
    "You're not an addict to me, you're Tyler, the guy who knows every word to Born to Run.",
    "You told me 'I'm turning into my dad' that night, and I've thought about it ever since.",
    "I'll always have your back, no matter what you say today.",
    "I never stopped believing in you, not for a second.",
    "We always ordered from Gino's on Friday nights and fought over the last garlic knot.",
    "Great job on six months at the plant without one sick day, I really mean that.",
    "When I was with you at the clinic Dr. Patel said your liver enzymes are way up, and I'm scared.",
    "We went to Cancun spring break and you pulled me out of that riptide, I owe you my life.",
    "I helped my brother clean out his garage last weekend and found our old beer pong table.",
    "I'm a sugar junkie and you used to hide the Oreos from me, remember?",
    "You texted me 'I'm a mess, I need help' last Tuesday, and I'm answering that text today.",
    "Thanks for always picking up the tab back when I was broke.",
    "I remember the night you said 'I think I'm an alcoholic' out loud for the first time, and how brave that was.",
    "My mom was diagnosed bipolar when I was twelve, so I know what it's like to love someone who's struggling.",
    "Your mom and I talked to the counselor and we found a program that takes your insurance.",
    "You helped me move three times and never complained once.",
    "Your nephew asks about you every week and I want to tell him you're getting better.",
    "You're the reason I survived organic chem.",
    "At Al-Anon people say 'once an addict, always an addict' and I don't believe that about you.",
    "I'm the one who should be ashamed for staying quiet this long.",
    "I'm clean-shaven now, you'd laugh, you always said I looked twelve without the beard.",
    "We all crammed into your Civic to see Phish in '16 and it's still the best night of my life.",
    "My grandpa was an alcoholic and he died at 58, and I can't go through that again.",
    "Remember how you called yourself a caffeine junkie every finals week?",
    "The doctor at St. Luke's said your pancreas is inflamed, and I want you around for a long time.",
    "Honestly I was the pathetic one when Jenna dumped me, and you let me cry on your bed for a week.",
    "We've always been the two idiots who stayed up too late, and I want more of those nights.",
    "Thanks for showing up to my thesis defense in a suit, you have no idea what that meant.",
    "Nice job on the tile in your bathroom, I saw the pics and it looks pro.",
    "Tyler, you're not a disappointment to me, not even close.",
    "If I'm honest, I'm the one who's been in denial about how bad this got.",
    "I was the dirty one in our room, you were always the one scrubbing the microwave.",
    "I've been sober from alcohol for two years myself and it's the best thing I ever did.",
    "Every time I hear Mr. Brightside I think of you dancing on the common room table.",
    "My cousin is a recovering heroin user who's been clean eleven years and he wants to talk to you.",
    "You always made sure I ate something during finals, even when you had nothing.",
    "I heard you laughing on the phone with your niece last week and it sounded like the old you.",
    "It's not your fault you got sick, but it is your chance to get better.",
]

DEV178_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be covering your half of the rent anymore.",
    "If you decide not to go, I'm not going to lie to your parents for you again.",
    "If you choose not to go, I'll still love you, but you can't crash at my place while you're using.",
    "Starting tonight, if you've been drinking I won't get in a car with you.",
]
