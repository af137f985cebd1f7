# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 209 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a coworker and mentor at a construction firm, job sites and safety: blame and sarcasm most, then hearsay. The writer was asked to keep calm consequences apart, as
DEV209_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.89 (56/63; the rules alone 47/63): clean 1/2, blame 16/21, sarcasm 12/13, every other kind full; good 3/55 (5.5%; the rules alone 3), traps 6/45 (13.3%; the rules alone 4).

At merge, before it was trained on: with main 9ed1673, rules and model 0.89 (56/63; the rules alone 47/63): clean 1/2, blame 16/21, sarcasm 12/13, every other kind full; good 3/55 (5.5%; the rules alone 3), traps 6/45 (13.3%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV209_FLAG: list[tuple[str, set[str]]] = [
    (
        "Hector is wearing a cast for eight weeks because you couldnt be bothered to tie off that ladder.",
        {"blame"},
    ),
    (
        "We lost the Kellerman contract over your mess, and eleven guys went without overtime that whole winter.",
        {"blame"},
    ),
    ("You picked a bottle of Jack over the crew that stood behind you for nine years.", {"blame"}),
    ("I stuck my neck out to get you hired back and this is how you pay me back?", {"blame"}),
    ("Whatever happens with your license now, you brought it on yourself Ray.", {"blame"}),
    (
        "I had to stand there and explain to Denise why the inspection failed, and that one is all yours.",
        {"blame"},
    ),
    ("The whole east wing had to be re-poured and that's your fault, nobody else's.", {"blame"}),
    (
        "My back went out covering your shifts all spring, so thanks a lot for that.",
        {"blame", "sarcasm"},
    ),
    ("You wrecked the company F-250 and then let the new kid take the heat for it.", {"blame"}),
    (
        "I vouched for you to the owners in front of everybody and you made me look like a fool.",
        {"blame"},
    ),
    (
        "How do you climb up on a roof half lit when you know there's guys working right under you?",
        {"blame"},
    ),
    ("Your pills almost put Tommy in the hospital the day that beam came down.", {"blame"}),
    (
        "I gave up my Saturdays teaching you how to run a crew and you threw every bit of it back in my face.",
        {"blame"},
    ),
    (
        "Curtis got the foreman job because you showed up smelling like a bar, and now I'm stuck training him.",
        {"blame"},
    ),
    ("That near miss on the scaffold at the Route 9 job sits on your head.", {"blame"}),
    (
        "You cost my nephew his apprenticeship when you sent him up the lift with no harness.",
        {"blame"},
    ),
    ("Dont act like the layoffs just happened to you, you caused half of them.", {"blame"}),
    ("The apprentices are scared to work next to you now and you did that to them.", {"blame"}),
    (
        "After all the rides home and all the lies I told the super to cover for you, I deserved a lot better than this.",
        {"blame"},
    ),
    (
        "Your coke habit is the reason my phone rings at five in the morning with another excuse.",
        {"blame"},
    ),
    (
        "Half my gray hair this year came courtesy of you and that flask in your lunchbox.",
        {"blame"},
    ),
    (
        "Real nice touch, passing out in the porta-john right during the owner walkthrough.",
        {"sarcasm"},
    ),
    (
        "Employee of the month over here, showing up to the safety meeting with beer on his breath.",
        {"sarcasm"},
    ),
    ("Way to go on the forklift, the dent in that dumpster is a real work of art.", {"sarcasm"}),
    ("Congrats on setting the company record for most write-ups in one quarter.", {"sarcasm"}),
    (
        "Oh sure, you were 'just tired' when you fell asleep in the excavator with the bucket up.",
        {"sarcasm"},
    ),
    (
        "Thanks a bunch for leaving the trench open over Labor Day weekend, very professional of you.",
        {"sarcasm"},
    ),
    ("Nice of you to grace us with your presence at 10:30 on pour day.", {"sarcasm"}),
    ("Safety first, right buddy? Unless you're high as a kite up on the crane.", {"sarcasm"}),
    (
        "You've got real leadership skills, showing the apprentices where to hide a pint in the gang box.",
        {"sarcasm"},
    ),
    (
        "Brilliant plan, taking the company van over to your dealers house on the clock.",
        {"sarcasm"},
    ),
    (
        "What a proud day for Local 542 when security walked you off the site in front of the whole pour crew.",
        {"sarcasm"},
    ),
    ("I'm sure your 'quick lunch' at the Anchor Bar was a lovely three hours.", {"sarcasm"}),
    (
        "Lou from the drywall crew says he's seen you snorting something behind the job trailer.",
        {"hearsay"},
    ),
    (
        "The guy at the rental yard told me you tried to return a saw you never paid for.",
        {"hearsay"},
    ),
    ("Word around the site is that you've been selling tools out of your truck.", {"hearsay"}),
    (
        "Your ex called the office last week and said you havent paid child support since March.",
        {"hearsay"},
    ),
    (
        "One of the electricians mentioned you nodded off on a ladder at the hospital job.",
        {"hearsay"},
    ),
    ("Supposedly you got into it with a cop outside the Legion hall Friday night.", {"hearsay"}),
    (
        "Denise in HR let it slip that your random was the reason they pulled you off the bridge job.",
        {"hearsay"},
    ),
    ("From what Tommy tells me your buying pills off the roofers now.", {"hearsay"}),
    (
        "Your landlord got ahold of me and says you're three months behind and the place reeks of weed.",
        {"hearsay"},
    ),
    (
        "The state inspector told our owner he'd pull your card if he smells booze on you one more time.",
        {"hearsay"},
    ),
    (
        "Your brother mentioned you've been sleeping in the truck out at the Walmart lot.",
        {"hearsay"},
    ),
    ("Rumor at the shop is you were drunk when you put the skid steer in the ditch.", {"hearsay"}),
    ("I never thought I'd end up working side by side with a pillhead, Ray.", {"label"}),
    ("You've turned into a full blown boozer man, and it's hard to watch.", {"label"}),
    ("Marco is a tweaker now, plain and simple, and I'm done pretending he isn't.", {"label"}),
    (
        "You need to get clean before they'll even think about letting you back on a union job.",
        {"clean"},
    ),
    ("I want my old partner back, clean and cracking bad jokes at six in the morning.", {"clean"}),
    (
        "You never once put on your hard hat last summer without me yelling at you first.",
        {"absolute"},
    ),
    ("Every single Monday you roll in late with some brand new story.", {"absolute"}),
    ("Watching you stumble around that site, you're a disgrace to the trade.", {"insult"}),
    ("A grown man hiding vodka in a water jug on a job site, it's pitiful.", {"insult"}),
    ("All of us on the crew think you've gotten sloppy and dangerous.", {"we"}),
    ("The whole company is sick and tired of babysitting you.", {"we"}),
    ("Go to treatment or I swear I'll report you to the state board myself.", {"threat"}),
    ("If you don't get in that car today then don't ever bother calling me again.", {"threat"}),
    (
        "Honestly I think you're a narcissist, it's always about you and what you need.",
        {"absolute", "diagnosis"},
    ),
    ("You're in total denial about how bad the shakes have gotten.", {"diagnosis"}),
    ("Man you're clearly bipolar, laughing one hour and throwing tools the next.", {"diagnosis"}),
]

DEV209_GOOD: list[str] = [
    "When I was out for my knee surgery you ran the crew for six weeks and didn't lose a single day to an injury, and I never thanked you properly.",
    "The day my dad died you drove four hours to the funeral still in your work boots, and I will not forget that.",
    "I saw you sitting in your truck in the lot at 6am shaking before you could get out and walk to the gate.",
    "I heard you getting sick behind the dumpster on Tuesday, and it scared me more than any fall I've ever seen.",
    "We always ate lunch on your tailgate at the Millbrook job, and you always had a second sandwich for whoever forgot theirs.",
    "You never let a new guy go up without checking his harness twice, and that's the Ray I miss.",
    "When the company laid me off in 2019 you were the first one to call, and you kept me in side work till I got back on.",
    "Last month when I was pulling doubles on the night pour you brought me coffee at 2am, and I know what that took.",
    "I was scared when I found you asleep in the cab with the engine running, and I still think about it at night.",
    "Great work on the Hillside school job, that stair layout was the cleanest I've seen in thirty years.",
    "I watched you hand your keys to Hector at the Christmas party and I was proud of you for that.",
    "When you told me you were scared of losing the house, I believed you, and I want to help you keep it.",
    "We built that wheelchair ramp for Mrs. Alvarez on our own time, just the two of us, and I still drive past it.",
    "I smelled it on you at the toolbox talk Monday and I walked away without saying anything, and I'm sorry I did that.",
    "My wife started chemo the same week you got your journeyman card, and your good news got me through that week.",
    "You always brought donuts on Fridays and the guys still look for the box on the hood of your truck.",
    "When Tommy got hurt you kept pressure on his leg until the ambulance came and you never left his side.",
    "I heard you in the parking lot on the phone with your daughter, crying and telling her you were sorry, and I wanted to hug you.",
    "I lost my own brother to pills in 2016, and I'm not going to sit quietly this time.",
    "Last Thursday I watched you open that panel without locking it out first, and my heart stopped.",
    "I've seen you miss four mornings this month, and that's not like the man I trained.",
    "Ray, I've known you eleven years and you're the best finish carpenter I've ever worked beside.",
    "I want you to come back to work healthy, and I'll hold your spot on my crew.",
    "I remember the first day you showed up at the Dover site with a borrowed tool belt and a big dumb grin.",
    "You used to whistle Springsteen while you hung doors, badly, and I miss hearing it.",
    "I'm writing this because I care about you, not because of anything the company wants.",
    "I've noticed your hands shake in the morning now until about ten.",
    "Lately I see you eating lunch alone in your truck with the windows rolled up.",
    "I miss the guy who stayed late to help me load the trailer without being asked.",
    "There's a bed waiting for you at a place up in Lancaster, and I'll drive you there myself this afternoon.",
    "I'm asking you to say yes to that bed today.",
    "Your kids light up when they visit the site and I want them to have their dad back.",
    "I got sober in 2004 because an old ironworker wouldn't give up on me, and I want to do that for you.",
    "When I think about you I think about that laugh you do when a joke really lands.",
    "I've been worried sick about you since the fall at the warehouse job.",
    "I dont want to get a phone call someday that you got hurt on a roof.",
    "You matter more to me than any job we've ever finished.",
    "Please come with Carla and me this afternoon, the intake nurse is expecting you at three.",
    "I'll come up and visit every Sunday they let me.",
    "I love you like a brother and I'm not giving up on you.",
    "You showed me how to pour a footing in the pouring rain, and I still brag about it.",
    "I hope one day we're sitting on buckets at a new job laughing about how hard this year was.",
    "I was proud of how honest you were with me in the truck last week, even though it was hard to hear.",
    "I'd rather have you mad at me today than lose you.",
    "My hope is you walk into that program and give it what you give a tough job.",
    "You have a real gift for this work and the young guys coming up need to learn from you.",
    "I remember you carrying my toolbox up three flights when my shoulder was torn.",
    "I'm not much for writing letters so bear with me here.",
    "I know you're hurting, and I know you can get through this.",
    "The trade will still be here when you're well, and so will I.",
    "It breaks my heart to see how tired you look at the morning huddle.",
    "You were the best man at my wedding and I want you at my daughter's in June.",
    "I keep your old hard hat with the Eagles sticker on the dash of my truck.",
    "You took a chance on me when nobody would hire a guy with my record, so now I'm taking one on you.",
    "Please take the help thats been set up for you today, its all ready to go.",
]

DEV209_TRAPS: list[str] = [
    "My uncle Walt was a drunk who fell off a roof in '98, and I can't watch that happen to you.",
    "I was a coke user for five years before I got sober, so I'm the last guy who's going to judge you.",
    "You told me in the truck, 'I'm a junkie and I hate it,' and I'll never forget how brave that was.",
    "You're not an addict to me, you're Ray, my partner.",
    "I'm a total coffee junkie, you know that better than anybody.",
    "Let's clean out your truck together this weekend, like the old days.",
    "You always kept the cleanest job site in the county.",
    "I will always have your back on any crew I run.",
    "I never stop hoping I'll see you walk back through that gate.",
    "We always had fish fry at Sal's after a big pour.",
    "Great job on the Bellview staircase, the owner still calls the office about it.",
    "Your doctor told you your liver numbers are bad, and I want you around for a long long time.",
    "We went fishing on the Susquehanna the weekend we topped out the Hartley building.",
    "The drywall dust made that site filthy and dirty, but your tools always looked brand new.",
    "Because of you I finally passed my OSHA 30.",
    "You're the reason I stayed in the trade when I wanted to quit.",
    "My dad was diagnosed bipolar when I was a kid, so I know how hard asking for help can be.",
    "Dr. Patel says you have early neuropathy in your feet, and I'll drive you to every appointment.",
    "I heard you laughing with the apprentices at lunch the other day and it sounded like the old you.",
    "I heard you praying out loud in the trailer one night and I didn't say anything, but it moved me.",
    "I'd be pathetic at this job without everything you taught me.",
    "That scaffolding on Route 9 was a disgrace, and you were the one who wouldnt let the guys go up until it got fixed.",
    "The whole crew went out to Mo's for your fortieth and we all sang terribly.",
    "We love you Ray, every single guy on the crew.",
    "I've never worked with a better carpenter, period.",
    "You never once missed one of my son's Little League games when you coached third base.",
    "Every time I see a perfect miter joint I think of you.",
    "I'm sick as a dog with this flu but I wasn't going to miss today for anything.",
    "I got a dirty look from the super for leaving early to be here and I'd do it again.",
    "I cleared my whole calendar this week so I can be with you.",
    "Clean lines and square corners, that's what you drilled into me.",
    "'Stay safe up there' was always the last thing you said before a shift.",
    "My cousin was a meth user, and he's ten years out now and welding for the shipyard.",
    "You said to me, 'I'm a drunk Mike, just leave me be,' and I couldn't leave you be.",
    "I'm not leaving you, no matter what you say to me today.",
    "Remember when the concrete truck got stuck in the mud and we all pushed like a bunch of idiots?",
    "Thanks for showing up to my retirement party last spring, it meant the world to me and Carol.",
    "Your bloodwork at the clinic came back showing high blood pressure, and I want you to take care of that heart.",
    "When I was in rehab in 2011 my foreman drove up every Sunday, and I want to do the same for you.",
    "That job was a total disaster after the storm, and you were the one who got us through it.",
    "We always said we'd open our own shop someday and I still want that.",
    "Nothing you could say today would make me stop caring about you.",
    "You once told me, 'I'm worthless without the crew,' and I need you to know that's just wrong.",
    "My grandson is a total Lego junkie and he says he wants to build houses like you.",
    "Your therapist says you have PTSD from the trench collapse, and I'm so glad you've got someone in your corner.",
]

DEV209_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't cover for you with the office anymore and I won't lie for you again.",
    "If you don't go today I can't keep you on my crew, because I'm responsible for the guys under me, but your spot is waiting when you finish treatment.",
    "If you choose not to go, I'm going to stop driving you to work and I won't lend you money, but I'll still pick up when you call about getting help.",
    "If you walk away today, I will not sign off on your return to work, and that's my own decision, not the company's.",
]
