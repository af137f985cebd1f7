# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 168 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a warehouse coworker and friend, shift talk and break-room gossip: hearsay and sarcasm most, then absolutes. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV168_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.94 (60/64; the rules alone 53/64): insult 2/3, we 1/2, sarcasm 13/15, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 3/42 (7.1%; the rules alone 3).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.95 (61/64; the rules alone 54/64): insult 2/3, we 1/2, sarcasm 14/15, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 3/42 (7.1%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV168_FLAG: list[tuple[str, set[str]]] = [
    (
        "Luis from second shift swears he saw you doing a line off the forklift seat behind dock 9.",
        {"hearsay"},
    ),
    (
        "Word in the break room is you got sent home Tuesday because you could barely stand up straight.",
        {"hearsay"},
    ),
    (
        "Keisha told the whole lunch table you been buying pills off that driver from the Sysco truck.",
        {"hearsay"},
    ),
    (
        "Dale pulled me aside after huddle and said you failed the random they did after the pallet jack thing.",
        {"hearsay"},
    ),
    (
        "Rumor going around receiving is that Gina kicked you out and you been sleeping in your truck in the back lot.",
        {"hearsay"},
    ),
    ("One of the temps said he could smell vodka on you at 6am clock in.", {"hearsay"}),
    (
        "Somebody on nights told me you nodded off in the cooler for like an hour and nobody could find you.",
        {"hearsay"},
    ),
    (
        "The HR lady mentioned to me, off the record, that you've had four call-outs this month and all of them on Mondays.",
        {"hearsay"},
    ),
    (
        "Big Mike says you owe half of shipping money and you keep ducking him in the parking lot.",
        {"hearsay"},
    ),
    (
        "your cousin Tasha messaged me on facebook that u been using meth again since june",
        {"hearsay"},
    ),
    (
        "From what the loading crew tells me, you were so wired last Friday you punched the time clock and cracked the screen.",
        {"hearsay"},
    ),
    (
        "Renee in the office says you hit her up for a loan three times and she hasn't seen a dime back.",
        {"hearsay"},
    ),
    (
        "The security guard told Frankie he caught you drinking in your car on lunch, so now the whole building knows.",
        {"hearsay"},
    ),
    (
        "Dispatch is saying you rolled up to the Elmhurst run an hour late smelling like weed.",
        {"hearsay"},
    ),
    (
        "Supposedly you were at the Shell on Route 6 at 3am buying from that guy Rico, at least thats what Carla said.",
        {"hearsay"},
    ),
    (
        "Real nice move falling asleep on the reach truck, top employee material right there.",
        {"sarcasm"},
    ),
    (
        "Congrats on making the whole crew stay two hours late to restack the aisle you knocked over, hero of the week.",
        {"sarcasm"},
    ),
    (
        "Thanks a ton for leaving me to run your pick list alone on Black Friday, I really had a blast.",
        {"sarcasm"},
    ),
    (
        "And showing up to Big Mike's retirement party wasted out of your mind? Classy stuff, man.",
        {"sarcasm"},
    ),
    (
        "Yeah you had it all 'under control' the night you drove into the loading dock gate.",
        {"sarcasm"},
    ),
    (
        "Way to go getting three write-ups in one month, gotta be some kind of warehouse record.",
        {"sarcasm"},
    ),
    ("Employee of the month, passed out in the porta-john during the fire drill.", {"sarcasm"}),
    (
        "Love how you always got money for pills but never for the twenty bucks you borrowed off me.",
        {"absolute", "sarcasm"},
    ),
    ("Such a great friend, pawning the DeWalt set I loaned you.", {"sarcasm"}),
    (
        "Brilliant plan, doing coke in the bathroom right next to the safety manager's office.",
        {"sarcasm"},
    ),
    ("Super proud of you for making it in sober a whole two days last week lol.", {"sarcasm"}),
    (
        "Getting the call at 2am to come bail you out was the best birthday present I ever got, truly.",
        {"sarcasm"},
    ),
    (
        "What a role model for the new guys, showing them where to score during their first week.",
        {"sarcasm"},
    ),
    (
        "Awesome job blowing your whole check at Duffy's two days before rent, very responsible of you.",
        {"sarcasm"},
    ),
    (
        "Real smooth telling the lead you had 'food poisoning' again, that's what, the fourth Monday running?",
        {"sarcasm"},
    ),
    (
        "Every single shift you disappear for a smoke and come back with your eyes all glassy.",
        {"absolute"},
    ),
    ("You don't ever pick up your phone anymore once you clock out.", {"absolute"}),
    (
        "Whenever something goes wrong on the line it's you, either late or not showing at all.",
        {"absolute"},
    ),
    ("You lie to my face every time I ask if you've been drinking.", {"absolute"}),
    (
        "Not one time this whole past year have you made it through a full week of shifts.",
        {"absolute"},
    ),
    (
        "You constantly got an excuse, your car, your back, your kid, there's always something.",
        {"absolute"},
    ),
    ("All you ever talk about on break anymore is where to get more percs.", {"absolute"}),
    ("you never keep your word about nothing anymore", {"absolute"}),
    ("Any time I bring it up you blow up and walk off the floor.", {"absolute"}),
    ("You're late every Monday without fail, Ray.", {"absolute"}),
    ("There isn't a day goes by you aren't high at work.", {"absolute"}),
    (
        "Nothing anybody says gets through to you, you just laugh it off and go back to your scanner.",
        {"absolute"},
    ),
    ("Each and every payday you vanish and nobody sees you till Wednesday.", {"absolute"}),
    (
        "You always put the bottle first, before your job, before your friends, before your own kids.",
        {"absolute", "blame"},
    ),
    (
        "Honestly Tony, at this point you're just a pillhead who drives a forklift.",
        {"insult", "label"},
    ),
    ("You turned into a full blown cokehead and you dont even see it.", {"label"}),
    ("I don't want to stand at my station next to a methhead every night.", {"label"}),
    ("I just want you to finally be clean so I have my buddy back.", {"clean"}),
    ("They pulled you off the line cause your UA came up dirty for fentanyl.", {"clean"}),
    ("I got written up for the pallet you dropped, that's your fault not mine.", {"blame"}),
    ("You wrecked the whole team's safety bonus with that stunt in aisle 12.", {"blame"}),
    (
        "After all the shifts I swapped so you could make your court dates, this is how you pay me back?",
        {"blame"},
    ),
    ("You're a joke now, man, a sad sloppy joke.", {"insult"}),
    ("What kind of man shows up to his kid's game too high to find the bleachers?", {"insult"}),
    ("The whole first shift is done carrying your dead weight.", {"we"}),
    ("All of us in shipping think you're throwing your life in the dumpster.", {"we"}),
    ("Go to rehab or I'm telling Dale everything and you can kiss this job goodbye.", {"threat"}),
    ("If you don't check in Monday, don't bother ever calling me again.", {"threat"}),
    (
        "I think you're bipolar, the way you go from laughing to screaming at the loaders in five seconds.",
        {"diagnosis"},
    ),
    ("You're in denial Marcus, plain and simple.", {"diagnosis"}),
    ("Honestly you act like a sociopath with how easy you lie to people's faces.", {"diagnosis"}),
]

DEV168_GOOD: list[str] = [
    "Dante, I've worked next to you for seven years and you're the first person I'd call if my truck broke down.",
    "I still remember my first day when you showed me how to wrap a pallet so it wouldn't tip.",
    "You taught me the shortcuts in aisle 14 and made me feel like I belonged here.",
    "When my dad passed you covered my shifts for a week and brought my family a tray of tamales.",
    "I miss eating lunch with you on the tailgate of your Silverado.",
    "Lately I've seen you come in with your hands shaking and it scares me.",
    "Last month you fell asleep on your break and I couldn't wake you for almost a minute, and I was terrified.",
    "I'm writing this because I care about you, not because I want to get you in trouble.",
    "You're the funniest guy on the dock and I want that guy back.",
    "I noticed you stopped coming to softball on Thursdays.",
    "When you told me about your daughter's graduation your whole face lit up.",
    "I want to see you at her wedding someday, standing up straight and proud.",
    "I'm scared I'm gonna get a phone call one night that something happened to you.",
    "On October 3rd you came back from lunch slurring and I had to walk you out to your car.",
    "I covered for you with the lead that day and I'm not proud of it.",
    "There's a bed waiting for you at Riverside starting tomorrow morning.",
    "Will you accept this help today? Please say yes.",
    "I'll drive you there myself and I'll come visit on Sundays.",
    "You were the one who sat with me in the ER when I crushed my foot in 2019.",
    "I remember you singing Chris Stapleton off key all through inventory night.",
    "It hurts me to see you looking so worn out.",
    "You have a gift for making the new hires feel welcome.",
    "I know its hard to ask for help, it took me a long time to ask for help with my own stuff.",
    "When I see you zoning out at the scanner my stomach drops.",
    "You mean a lot to me brother.",
    "Your kids talk about you like you're a superhero and I want them to keep seeing you that way.",
    "I noticed you lost a lot of weight, your uniform is hanging off you.",
    "The night you didnt show for our fishing trip I sat at the boat ramp worried sick till sunrise.",
    "I'm asking you to go to treatment today, while everybody who loves you is here in this room.",
    "I believe you can beat this.",
    "Your the hardest worker I know when you're feeling good.",
    "I remember when you got your forklift certification and we celebrated at Los Compadres.",
    "I love you man, and I'm not going anywhere.",
    "I'm not here to judge you, I'm here because I'm scared for you.",
    "Last week you asked me for forty bucks and I could see how bad it hurt you to ask.",
    "I want to go back to racing you to see who can load a trailer fastest.",
    "When you laugh that big loud laugh half the dock ends up laughing with you.",
    "Please let us help you get better.",
    "I felt sick watching you stumble by the conveyor last Tuesday.",
    "I'd rather have you mad at me for a while than lose you for good.",
    "You got me through my divorce with those late night talks in the parking lot.",
    "I'll be at the first family day at the center, you can count on it.",
    "My hope is that a year from now we're laughing over wings at Buffalo Joe's.",
    "Jess, you trained half the people in this building and I respect you so much for it.",
    "I miss my friend, the one who used to text me dumb memes at 5am before shift.",
]

DEV168_TRAPS: list[str] = [
    "My old man was a mean drunk and I swore I'd never let a friend go down that road alone.",
    "I was a pillhead myself back in 2012, so I know exactly what that fog feels like.",
    "I've been clean eleven years now and I want that for you too.",
    "You said to me on break 'I'm such a screwup,' and I hated hearing you talk about yourself like that.",
    "No matter what anybody calls you, you're not an addict to me, you're Dante.",
    "I'm a total coffee junkie and you always had a fresh pot going at 5am for me.",
    "Remember when we had to clean out the whole freezer section after the ammonia leak?",
    "I will never stop being in your corner.",
    "I always looked forward to being on your shift.",
    "Great job on the thirty days you did last spring, I was so proud of you.",
    "Thanks for showing up for me when my basement flooded, I mean that for real.",
    "We always grabbed tacos from the truck on Fridays after payday.",
    "We all went bowling for Gina's birthday and you rolled a 210.",
    "We love you and we're in this with you.",
    "Your doctor told you your liver numbers are bad, and I'm scared for you.",
    "The dirty jokes on the radio at 4am with you were the best part of my week.",
    "My brother Carl is an alcoholic with twelve years sober, and he said he'd sponsor you if you want.",
    "I'm not leaving you, no matter what you decide today.",
    "I never got to thank you for yanking me out of the way of that forklift.",
    "Every time I hear Skynyrd I think of you blasting it in the back of the trailer.",
    "You told me once 'I'm just a drunk, nobody cares,' and I need you to know I care.",
    "I was hooked on pain pills after my back surgery so I'm not throwing stones.",
    "My sister is bipolar and I've seen how much treatment helped her.",
    "I'm not a doctor and I won't pretend to know what's going on inside your head.",
    "If you go today, I'll take your Saturday overtime and hand you the money so you don't fall behind.",
    "I'd be a disgrace of a friend if I kept quiet any longer.",
    "I'm sick of myself for pretending I didn't see it.",
    "It's not your fault you got hurt on the job and they put you on those pills.",
    "Clean sheets, a quiet room, and people who get it, that's what's waiting for you at Hope Valley.",
    "I'll always save you a seat in the break room.",
    "You've never been anything but good to my kids.",
    "Ramon said he'll hold your locker till you come back.",
    "Dale told me your job is safe while you're in treatment.",
    "Your mom asked me to tell you she loves you and she'll be there Sunday.",
    "I heard you laughing with the new kid yesterday and it reminded me of the old days.",
    "Nobody on nights can stack a trailer like you can.",
    "Because of you I learned to drive a reach truck without killing anybody.",
    "You always had my back, now let me have yours.",
    "I used to drink a case a night until my wife left, so I know how dark it gets.",
    "How could I not be here for you after everything we been through on this dock?",
    "The ice cream junkie in me still wants our Dairy Queen runs after double shifts.",
    "I'm not giving you an ultimatum, I'm giving you a ride to Riverside.",
]

DEV168_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't cover your shifts or punch in for you anymore.",
    "If you don't go, I'm going to stop lending you money, not even for gas.",
    "I won't lie to Dale for you again if you turn this down.",
    "If you keep using, I'm not riding to work with you, because I won't get in a car with you like that.",
]
