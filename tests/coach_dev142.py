# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 142 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a chef or restaurant co-owner partner, kitchen and service words, the loved one works the line: absolutes, blame, sarcasm and hearsay. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV142_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.89 (66/74; the rules alone 60/74): absolute 13/15, blame 12/15, hearsay 14/15, sarcasm 13/15, every other kind full; good 1/43 (2.3%; the rules alone 0), traps 3/43 (7.0%; the rules alone 2).

At merge, before it was trained on: with main a6c7782, rules and model 0.89 (66/74; the rules alone 61/74): absolute 13/15, blame 12/15, hearsay 14/15, sarcasm 13/15, every other kind full; good 1/43 (2.3%; the rules alone 0), traps 3/43 (7.0%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV142_FLAG: list[tuple[str, set[str]]] = [
    (
        "You never once made it through a Saturday double without disappearing into the walk-in with a bottle.",
        {"absolute"},
    ),
    (
        "Every single service you find a reason to step out back, and you come back with your eyes all wrong.",
        {"absolute"},
    ),
    (
        "You're late for every prep shift, Marco, every one, and I'm the one breaking down the produce cases alone.",
        {"absolute"},
    ),
    ("Not one time this whole year have you closed the kitchen sober.", {"absolute"}),
    (
        "You always have some excuse ready when the tickets pile up and you're nowhere to be found.",
        {"absolute"},
    ),
    (
        "Whenever it gets busy you bail on the line and leave Tomas to cover saute and grill both.",
        {"absolute"},
    ),
    (
        "You forget everything I tell you now, the orders, the deliveries, my birthday, all of it.",
        {"absolute"},
    ),
    ("You never listen to a single word I say about slowing down.", {"absolute"}),
    (
        "every night its the same thing, you come home at 3 smelling like fernet and cant find your keys",
        {"absolute"},
    ),
    ("You haven't kept one promise to me since the day we opened.", {"absolute"}),
    ("You blow up at the dishwashers nonstop when you're coming down.", {"absolute"}),
    (
        "You've never owned up to anything, not the burnt short ribs, not the money missing from the till.",
        {"absolute"},
    ),
    ("All you ever care about is getting through service so you can go get high.", {"absolute"}),
    (
        "Each and every time we plan a day off you end up sleeping it off until dinner.",
        {"absolute"},
    ),
    (
        "We lost the Hendersons' rehearsal dinner booking because you showed up wasted to the tasting.",
        {"blame"},
    ),
    ("The health inspector wrote us up and that is on your shoulders, not mine.", {"blame"}),
    (
        "Half the line quit this spring and it was your temper that drove them out the back door.",
        {"blame"},
    ),
    (
        "I put my savings, my name and ten years into this place for you, and this is how you pay me back.",
        {"blame"},
    ),
    ("You picked the bar down the street over our anniversary dinner, and over me.", {"blame"}),
    ("The bad reviews, the walkouts, the empty Tuesdays, you did all of that.", {"blame"}),
    ("I'm the one who has to apologize to every vendor we owe money to, thanks to you.", {"blame"}),
    (
        "Fennel was the best kitchen in Asheville until you turned it into your personal party.",
        {"blame"},
    ),
    (
        "You let the coke matter more than the restaurant we built with our own two hands.",
        {"blame"},
    ),
    ("My hands shake at the pass now and you're the one who put that fear in me.", {"blame"}),
    (
        "How do you look Tomas in the eye after leaving him to run the whole line alone on Mother's Day?",
        {"blame"},
    ),
    (
        "Because you kept skimming the cash drawer for pills, we couldn't make payroll in March.",
        {"blame"},
    ),
    ("Everything we built at Fennel you've just tossed in the fryer.", {"blame"}),
    (
        "I gave up a stage in Lyon so you could have this kitchen, and you pissed it away.",
        {"blame"},
    ),
    ("It's your fault the bank won't extend our line of credit.", {"blame"}),
    (
        "Really stellar work on Valentine's service, passing out by the fryer in full view of the dining room.",
        {"sarcasm"},
    ),
    ("Chef of the year, sending out raw chicken because you couldn't see straight.", {"sarcasm"}),
    (
        "Thanks so much for the lovely surprise of finding you asleep in the walk-in at 6 am.",
        {"sarcasm"},
    ),
    (
        "And leaving a baggie of pills on the prep table for the new kid to find, very generous of you.",
        {"sarcasm"},
    ),
    (
        "Nice touch throwing up in the dish pit the night the critic came in, five stars.",
        {"sarcasm"},
    ),
    (
        "What a fantastic example you set for the new line cooks, doing shots of fernet at 4pm.",
        {"sarcasm"},
    ),
    (
        "You handled the Garcia wedding beautifully, if throwing a saute pan at the wall counts as handling it.",
        {"sarcasm"},
    ),
    ("Congrats on your new personal record, three no-shows in one week.", {"sarcasm"}),
    (
        "I just loved that special you invented where you walk out mid-rush and never come back.",
        {"sarcasm"},
    ),
    (
        "You were 'just tired' again Friday, right, tired enough to need a rolled up twenty in the office.",
        {"sarcasm"},
    ),
    ("Way to go making our sous chef cry in her first week.", {"sarcasm"}),
    ("Real professional, nodding off at the pass with twelve tickets hanging.", {"sarcasm"}),
    ('Oh you were totally "fine" to drive the van back from the farmers market.', {"sarcasm"}),
    (
        "Your knife work is really something when you're drunk, especially the part where you needed eight stitches.",
        {"sarcasm"},
    ),
    ("Brilliant business move, comping drinks at our bar for your dealer.", {"sarcasm"}),
    (
        "Tomas told me you were doing lines in the staff bathroom before Friday service.",
        {"hearsay"},
    ),
    (
        "Lily behind the bar mentioned you've been pouring yourself doubles after close once I leave.",
        {"hearsay"},
    ),
    (
        "The produce guy from Green Acres says you've been asking him if he knows anybody who sells.",
        {"hearsay"},
    ),
    (
        "Your sister called me crying and said you turned up drunk at your nephew's birthday.",
        {"hearsay"},
    ),
    (
        "I hear from the guys at Bistro Luca that you've been hitting their bar every night after we close.",
        {"hearsay"},
    ),
    ("Supposedly you told the whole line you'd quit using in January.", {"hearsay"}),
    (
        "Ana from front of house let it slip that you've been napping in your car between lunch and dinner.",
        {"hearsay"},
    ),
    ("According to the dishwashers you keep a flask rolled up in your knife bag.", {"hearsay"}),
    ("Your mom phoned last week and told me you'd asked her for money again.", {"hearsay"}),
    ("The landlord said he saw you passed out on the back steps Sunday morning.", {"hearsay"}),
    (
        "One of our regulars pulled me aside and said you seemed out of it when you came out to his table.",
        {"hearsay"},
    ),
    (
        "Devon says you've been shorting the steaks on the line and nobody can figure out why.",
        {"hearsay"},
    ),
    (
        "Your old chef in Portland told me this is exactly how it started back there too.",
        {"hearsay"},
    ),
    (
        "From what the servers tell me you were slurring when you called tickets Thursday.",
        {"hearsay"},
    ),
    (
        "Evidently you've been telling people at the farmers market that I'm the one with the problem.",
        {"hearsay"},
    ),
    ("I can't keep running a kitchen with a coke addict on saute.", {"label"}),
    ("You've turned into a pillhead who hides oxy in the spice rack.", {"label"}),
    ("I need you to get clean before you pick up a knife in my kitchen again.", {"clean"}),
    (
        "You swore you'd been clean since Labor Day and then I found the foil in the office.",
        {"clean"},
    ),
    ("Your probation screen came back dirty and you lied straight to my face about it.", {"clean"}),
    ("Honestly you've become an embarrassment to this restaurant and to me.", {"insult"}),
    ("Watching you stumble around the line is disgusting.", {"insult"}),
    ("All of us on staff are sick of covering for you every weekend.", {"absolute", "we"}),
    (
        "Your parents, your brother and I are in agreement that you've stopped caring about anyone but yourself.",
        {"we"},
    ),
    ("Everyone at this table feels you've thrown your talent in the garbage.", {"we"}),
    (
        "Go to rehab or I'm selling my half of the restaurant and you can find another kitchen to burn down.",
        {"threat"},
    ),
    (
        "If you walk out of this room without saying yes, don't bother coming home tonight, or ever.",
        {"threat"},
    ),
    (
        "I've read enough to know you're a narcissist, everything in this kitchen has to be about you.",
        {"diagnosis"},
    ),
    (
        "You're obviously bipolar, screaming at the grill one minute and crying in the walk-in the next.",
        {"diagnosis"},
    ),
]

DEV142_GOOD: list[str] = [
    "Marco, I remember the first night we worked the line together at Caruso's, you burned the risotto and laughed so hard you had to sit on a milk crate.",
    "I love the way you taste everything twice before it leaves the pass.",
    "You taught me to break down a whole chicken in under two minutes, and I still hear you counting when I do it.",
    "Lately I've seen your hands shaking when you plate, and it scares me.",
    "Last month I found you asleep in the car behind the restaurant at 7 in the morning and I didn't know if you were breathing.",
    "I miss cooking breakfast with you on Mondays when the restaurant is closed.",
    "When we opened Fennel you wrote the first menu on a cocktail napkin, and it's still framed in the office.",
    "I'm terrified that one night you'll drive home after close and not make it.",
    "I want to grow old with you and argue about how much salt goes in the pasta water.",
    "There is a bed waiting for you at Ridgeview this afternoon, and I will drive you there myself.",
    "I'll run the kitchen while you're gone, and Fennel will be here when you get back.",
    "When you were nominated for that regional award I cried in the walk-in from pride.",
    "I've noticed you don't eat family meal anymore, and you used to be first in line with a plate.",
    "You stopped bringing home weird mushrooms from the market, and I miss them more than I can say.",
    "On Christmas Eve I watched you pour vodka into your coffee at 10am and I felt my heart drop.",
    "I know how hard you work and how much your back hurts after a double.",
    "You fed half the neighborhood out of our kitchen during the ice storm, and nobody asked you to.",
    "I love you and I'm not giving up on us.",
    "I want my best friend back, the guy who sings Otis Redding while he scrapes down the flat top.",
    "It hurts me to find empty nips hidden behind the flour bins in dry storage.",
    "When your dad died you cooked for three days straight for the wake, and everyone felt held.",
    "I am asking you to accept the help these people have worked so hard to arrange for you.",
    "our first apartment had a two burner stove and u still made me coq au vin on it",
    "I felt so alone last Friday closing by myself at 2am, wondering where you were.",
    "I believe in you more than I believe in anything I've ever cooked.",
    "The night you proposed over a plate of cacio e pepe was the best night of my life.",
    "I've been lying awake listening for your key in the door.",
    "Sofia asked me why daddy sleeps all day now, and I didn't know what to tell her.",
    "I'd rather shut the doors for a month than lose you.",
    "You have the best palate I've ever met and I want you around to use it for decades.",
    "Last week I saw the burn on your forearm from the oven door, and you couldn't remember getting it.",
    "I remember when you'd bike to the fish market at dawn just to get first pick of the scallops.",
    "Tomas and the crew signed a card for you, it's in my bag, they want you well.",
    "The program has a group just for restaurant people, folks who understand our hours and our world.",
    "It breaks my heart to see you so worn out and gray in the face.",
    "You can lean on me now, the way I leaned on you when my mom was sick.",
    "Im proud of the cook you are and I want to meet the healthy man underneath all this.",
    "When I sliced my hand at the old place you wrapped it up and drove me to urgent care still in your whites.",
    "Please come home to me, the real you.",
    "I started going to Al-Anon in March and it helped me understand this is an illness, not a choice you made to hurt me.",
    "I kept your first chef's knife sharp for you, it's waiting in the drawer.",
    "Say yes today, Marco, and let's walk out of here together.",
    "The smell of garlic and brown butter still takes me straight back to our first date.",
]

DEV142_TRAPS: list[str] = [
    "My dad was a drunk who ran a diner in Scranton, and I swore my kids wouldn't watch someone disappear like that.",
    "I was a blackout drunk myself in culinary school, so I know how loud that voice can get.",
    "You are not an addict to me, you're Marco, the guy who hums while he skims the stock.",
    "We always had family meal at 4 sharp, and you made it feel like Sunday dinner every single day.",
    "Last week you told me \"I'm a disaster, I can't even hold a whisk\", and I want you to know you're sick, not a disaster.",
    "I never stop hoping that one morning you'll wake up and want this as much as I do.",
    "Remember how you used to clean the flat top every night until it shone like a mirror?",
    "Great job on the October tasting menu, it was the best food you've ever put out.",
    "Your doctor told us your liver enzymes are way up, and I'm scared for your body.",
    "We went to Napa for our tenth anniversary and ended up cooking dinner for the whole vineyard crew.",
    "You used to call me a sugar junkie for stealing chocolate off the pastry station.",
    "My brother Sal has been clean for eleven years, and he's here today because he believes you can do it too.",
    "Chef Ramirez told me when I was nineteen that a kitchen is a family, and you made that true for me.",
    "I never want to run a restaurant with anyone but you.",
    "You've never once missed one of Sofia's recitals, even on Friday nights, and she knows it.",
    "Every time I taste your braised short rib I remember why I fell for you.",
    "Our old line cook Jake was a junkie when we hired him, and you were the one who drove him to his first meeting.",
    "You hate being called a drunk, and I promise you'll never hear that word from me.",
    "I always save you the crispy end of the focaccia.",
    "Because of you, I learned to make pasta by hand.",
    "You're the reason I became a chef in the first place.",
    "Thank you for showing up to my mom's birthday last spring, she still talks about the cake you baked.",
    "Dr. Patel diagnosed you with depression back in 2019, and I wonder if the pills started as a way to get through that.",
    "The intake nurse at Ridgeview told me they have a bed ready for you this afternoon.",
    "Everyone in this room drove in today because they love you, some of them from three states away.",
    "We spent that whole summer in Maine shucking oysters on the dock, and you were so happy.",
    "You used to say a sharp knife is a safe knife, and I never forgot it.",
    "I'm not walking away from you, I'm putting the choice in your hands.",
    "I've been dirty and sweaty and burned next to you on a hundred Saturday nights and I'd do every one again.",
    "You said to me once, 'I'm a mess, babe,' and I held you and didn't know how to help, but now I do.",
    "My grandfather was an alcoholic and he never got the chance you're getting today.",
    "I was a pillhead after my knee surgery, and you're the one who flushed them and held my hand through it.",
    "The walk-in is spotless, the crew has kept it clean for you every single day.",
    "I never knew how much I relied on your laugh in that kitchen until it went quiet.",
    "You were a beast on the grill, the fastest cook I have ever seen.",
    "Molly's brother was a crackhead for years and now he owns a taco truck, people come back from this.",
    "Every Sunday we still make pancakes with the kids, and they set a plate out for you.",
    "If I'm honest I'm the one who's been in denial, pretending this was just kitchen culture.",
    "What a night it was when the Times reviewer came in and you nailed every single plate.",
    "Your bloodwork came back from the clinic and the doctor said your heart is under strain, and I want you to live.",
    "I know I've been a disgrace to myself some nights too, snapping at servers when I was exhausted.",
    "I won't ever give up on you, not today and not after.",
    "Pathetic as it sounds, I still sleep on your side of the bed when you don't come home.",
]

DEV142_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will take over the kitchen schedule and you won't work the line until you've finished a program.",
    "If you choose not to go, I'm not going to cover your shifts or make excuses to the staff anymore.",
    "If you don't accept help today, I'm going to stay with my sister for a while, because I need to take care of myself and Sofia.",
    "I won't keep money in any account you can reach unless you're in treatment.",
]
