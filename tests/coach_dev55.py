# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 55 (3 December 2026, round 14): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: educated relatives writing long, layered sentences, the harsh part buried mid-sentence and worded politely. 0 sentence(s) the corpus already had word for word were dropped.

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV55_FLAG: list[tuple[str, set[str]]] = [
    (
        "I have tried, Daniel, for the better part of a decade, to find gentler words, but when I watched you pawn your grandfather's watch last spring I finally understood that I was looking at a junkie and not at my nephew.",
        {"label"},
    ),
    (
        "Your grandmother, God rest her, used to say that a man is what he does repeatedly; by that measure, and it gives me no pleasure to write it, what you have become is a drunk, plain and simple.",
        {"label"},
    ),
    (
        "It would be dishonest of me, as your sister and as someone who has sat across from many families like ours, not to admit that the word I keep hearing in my own head when I picture you is 'pillhead'.",
        {"label"},
    ),
    (
        "one cannot help but notice, Theo, that the boy who once recited Keats at the dinner table now spends his evenings as just another tweaker pacing the parking lot behind the Shell station",
        {"label"},
    ),
    (
        "I married a writer, Claire, not a lush -- and yet, somewhere between the second novel and the third rehab brochure on the kitchen counter, that is precisely the trade I seem to have been handed.",
        {"label"},
    ),
    (
        "Let me be candid, as I was trained to be on the bench: I have sentenced men like you, Raymond, crackheads who swore they could stop, and it did not occur to me that I would one day be writing to one who shares my surname.",
        {"label"},
    ),
    (
        "I have tried to soften this, truly I have, but a forty-one-year-old stoner living in his childhood bedroom (with the blinds drawn at two in the afternoon) is not something I can describe in softer terms.",
        {"label"},
    ),
    (
        "I say this with love, and with some hesitation, Marisol: somewhere along the way my baby sister turned into a boozer who nods off at birthday parties, and I have not found a way to unsee it.",
        {"label"},
    ),
    (
        "I won't pretend -- because pretending is how we got here -- that I see anything other than an oxy head when you come through the door with your pupils pinned and your excuses ready.",
        {"label"},
    ),
    (
        "Dear Ansel, I have drafted this letter four times, and in each version, despite my best efforts at diplomacy, the sentence that survives is this one: you are a meth head, and I am frightened for you.",
        {"label"},
    ),
    (
        "The trouble, darling, is that at some point between your father's funeral and the second DUI you stopped being a man who drinks too much and became, by any honest reckoning, an alcoholic.",
        {"label"},
    ),
    (
        "im not gonna dress it up like the others Kev, ur a fiend now, a straight up fentanyl fiend, and i found u blue on the bathroom floor in march",
        {"label"},
    ),
    (
        "I remember -- vividly, as one remembers the few genuinely happy days of a difficult decade -- the summer you were clean, Jonah, and how you taught the twins to swim off the dock at the lake.",
        {"clean"},
    ),
    (
        "I would be lying if I pretended that your latest dirty screen came as a surprise; I had suspected as much from the way you avoided my eyes at Thanksgiving.",
        {"clean"},
    ),
    (
        "Your aunt and I have watched you get clean three times (once in 2019, once after the hospital, once on your own in that dreadful apartment in Dayton), and I believe, foolishly perhaps, that a fourth time is possible.",
        {"clean"},
    ),
    (
        "What I want most, Lucia, more than an apology and certainly more than repayment -- the money is long gone, and I have made my peace with that -- is simply to see you clean and sleeping through the night again.",
        {"clean"},
    ),
    (
        "If you are going to test dirty anyway, sweetheart, I would rather you told me yourself than let me find out from a lab report on the hospital portal.",
        {"clean"},
    ),
    (
        "one cannot build a marriage, Gabriel, on the hope that this particular ninety days of being clean will be the ninety days that finally hold",
        {"clean"},
    ),
    (
        "I believed you, in January, when you held up that little bronze coin and told me you were finally clean; it would be less than honest to say I believe it in quite the same way now.",
        {"clean"},
    ),
    (
        "I keep a calendar, which your brother finds morbid, with the clean days circled in green and the dirty ones left blank, and this autumn there is a great deal of white on it.",
        {"clean"},
    ),
    (
        "The kratom you insist is natural, basically tea, does not count as being clean, Wren, however many podcasts you have listened to on the subject.",
        {"clean"},
    ),
    (
        "u were clean when Maddie was born and i swear to god that was the best year of my life",
        {"clean"},
    ),
    (
        "Please understand, Oliver, that it is not the relapse itself that frightens me -- relapse, I know, is part of the illness -- but the fact that you have been dirty since at least June and said nothing.",
        {"clean"},
    ),
    (
        "I would give a great deal (the house, frankly, if it came to that) to have one more ordinary Sunday with you clean, reading the paper in your socks and complaining about the crossword.",
        {"clean"},
    ),
    (
        "I have tried to remember the last time you kept a promise to me, Nadia, and -- this is the part that hurts to write -- I honestly cannot; it seems you break every single one, large or small.",
        {"absolute"},
    ),
    (
        "It would be unfair of me not to acknowledge the good years, but since the accident all you ever seem to talk about, at dinner, on the phone, even at your daughter's recital, is when you can next get a drink.",
        {"absolute"},
    ),
    (
        "One cannot help but observe that whenever there is a family occasion -- a christening, a graduation, my seventieth -- you are the one who doesn't show, or who shows up three hours late and glassy-eyed.",
        {"absolute"},
    ),
    (
        "Every time the phone rings after midnight, and you, Samuel, are invariably the one on the other end of it, slurring and asking for money, I lose another night of sleep.",
        {"absolute"},
    ),
    (
        "You have not once, not once in four years, Imogen, asked how I am doing, and I say this not to wound you but because I think you genuinely have not noticed.",
        {"absolute"},
    ),
    (
        "Nothing I say seems to reach you anymore; I have written letters, left voicemails, sat outside your flat in the car like a private detective, and you answer none of it.",
        {"absolute"},
    ),
    ("you never pick up when I call, Dev, not even on mom's birthday", {"absolute"}),
    (
        "I had hoped it was only at weekends, but as far as I can see you are high from the moment you wake to the moment you pass out, every day, without exception.",
        {"absolute"},
    ),
    (
        "There was a time when you were the most reliable person I knew; now, and I wish there were a gentler way to put this, you cancel on everyone, every plan, without so much as a text.",
        {"absolute"},
    ),
    (
        "I have come to understand -- slowly, and against my own inclinations as your mother -- that with you it is always someone else's fault: the boss, the landlord, the ex, the weather.",
        {"absolute"},
    ),
    (
        "Every last dollar that comes into your hands, Pilar, goes up your nose within the hour, and I have stopped pretending otherwise for the sake of the cousins.",
        {"absolute"},
    ),
    (
        "In thirty years of marriage I have learned to read your silences, Hugh, and what they say now, each and every evening, is that you have nothing left to say to anyone once the first glass is poured.",
        {"absolute"},
    ),
    (
        "I don't say this lightly, and I have weighed it for weeks, but your mother's heart attack did not come out of nowhere, Carl; two years of waiting up for you did that to her.",
        {"blame"},
    ),
    (
        "It pains me to put it on paper, but the reason Ellie flinches when a car door slams at night is you, and the nights you came home the way you did.",
        {"blame"},
    ),
    (
        "The house -- your grandfather's house, the one he built with his own hands in 1958 -- is gone because of your habit, and I am not yet sure I can forgive that.",
        {"blame"},
    ),
    (
        "One cannot help but notice, looking at the bank statements spread across my desk, that the family's savings did not simply evaporate; they went, transaction by transaction, into your veins.",
        {"blame"},
    ),
    (
        "You chose the pipe over your son's first day of school, Tasha, and however many times I turn it over, I cannot find another way to describe what happened that morning.",
        {"blame"},
    ),
    (
        "Whatever else may be true (and I accept that addiction is an illness; I have read the books), the wreckage of this past year, the lawsuit, the lost job, the silence at Christmas, is on you.",
        {"blame"},
    ),
    (
        "After everything I gave up for you -- the fellowship in Edinburgh, my savings, three summers spent driving you to outpatient -- I think I am entitled to a little honesty in return.",
        {"blame"},
    ),
    (
        "i lost my apartment co-signing for u and im still paying for it so dont tell me ur only hurting urself",
        {"blame"},
    ),
    (
        "Your brother's divorce, I have come to believe, was in large part your doing; no marriage survives a brother-in-law on the couch who steals from the medicine cabinet.",
        {"blame"},
    ),
    (
        "I have sat in my own therapist's office for two years unpacking what your drinking did to me, Felix, and I would like you to sit with the fact that you caused that.",
        {"blame"},
    ),
    (
        "Look at what this has done to us, Rosalind -- look at your father's hands shaking, look at my hair, look at the empty chair at Easter -- and then tell me it only affects you.",
        {"blame"},
    ),
    (
        "Dad is in the ground two years early and I hold you responsible, Mikey, I'm sorry but I do.",
        {"blame"},
    ),
    (
        "I was raised to believe that a man provides for his children, Victor, and I confess I am ashamed -- deeply, bodily ashamed -- to call the man who let his daughter go hungry last winter my son.",
        {"insult"},
    ),
    (
        "You have become, and I choose the word carefully after forty years of choosing words for a living, contemptible; there is no other adjective that fits what you did to your mother.",
        {"insult"},
    ),
    (
        "What kind of mother, I have to ask, and I ask it in anguish rather than anger, leaves a three-year-old alone in a car outside a bar in February?",
        {"insult"},
    ),
    (
        "It would be easier, frankly, if you were merely ill; but the lying, the stealing from your own grandmother's purse -- that is simply disgraceful, Bea, and I won't pretend otherwise.",
        {"insult"},
    ),
    (
        "I have tried to see the brilliant boy you were, but what stands in front of me most days is a sad, sloppy wreck of a man who cannot button his own shirt.",
        {"insult"},
    ),
    (
        "Shame on you, Nathaniel -- I say it gently, but I say it -- for lying to a dying woman about where her pension money went.",
        {"insult"},
    ),
    ("your a liar jordan and a thief and i dont even know who you are anymore", {"insult"}),
    (
        "The gifted, generous woman I married has, in the space of three years, turned into someone rather pitiful, hiding vodka in shampoo bottles and weeping about it in the bath.",
        {"insult"},
    ),
    (
        "There is something grotesque, and I use the word with care, about watching a grown man of forty-four beg his elderly mother for twenty dollars at her own front door.",
        {"insult"},
    ),
    (
        "If I am honest, Curtis, and the counselor has asked me to be, I find you repulsive when you are high (the smell, the slackness, the way you talk to me) and I hate that I feel that way.",
        {"insult"},
    ),
    (
        "You are a coward, Elena; a brave person would have come to me when the debts started, instead of forging my signature on the remortgage papers.",
        {"insult"},
    ),
    (
        "It has been humiliating, I won't dress it up, to have a brother who is such a spectacular disappointment that I stopped mentioning you to my colleagues altogether.",
        {"insult"},
    ),
    (
        "Your supervisor at the plant -- a decent man, I think, who clearly cares about you -- rang me on Thursday to say you had been found asleep in the forklift cab for the second time this month.",
        {"hearsay"},
    ),
    (
        "I have been told, by more than one person whose judgment I trust, that you were seen buying from a man behind the Greyhound station on Christmas Eve.",
        {"hearsay"},
    ),
    (
        "Apparently, Sophie, and I only learned this from your roommate last week, you stopped going to classes in October, and the tuition I paid was refunded straight to your account.",
        {"hearsay"},
    ),
    (
        "Marcus's mother mentioned, quite casually, at the school gate, that you had turned up to collect him slurring your words, and I had to pretend I already knew.",
        {"hearsay"},
    ),
    (
        "One hears things, of course, in a town this size; the pharmacist, who has known our family for thirty years, let slip that you have been filling prescriptions from three different doctors.",
        {"hearsay"},
    ),
    (
        "Word around the department is that you came to the faculty meeting reeking of gin, Lionel, and I would rather you heard that from your sister than from the dean.",
        {"hearsay"},
    ),
    (
        "Your sponsor called me Tuesday and said you haven't been to a meeting in six weeks.",
        {"hearsay"},
    ),
    ("ur ex told me u were using again way before I figured it out", {"hearsay"}),
    (
        "I would be remiss not to mention that your neighbours, the Okafors, who adore you, told me they found you on their porch at four in the morning, unsure which house was yours.",
        {"hearsay"},
    ),
    (
        "I gather from your cousin Renata, who saw the photographs before you deleted them, that the weekend in Vegas involved a good deal more than poker.",
        {"hearsay"},
    ),
    (
        "People at church are saying, and I wish they weren't, that you've been sleeping in your car outside the Kroger, Dwayne.",
        {"hearsay"},
    ),
    (
        "According to the nurse who discharged you -- and she was kind enough to phone me afterwards -- you left against medical advice less than six hours after they'd revived you.",
        {"hearsay"},
    ),
    (
        "We have discussed it, at length and not without tears, and we are agreed that the arrangement where you live in the basement rent-free cannot continue.",
        {"we"},
    ),
    (
        "I speak, I think, for everyone in this room when I say that none of us believes another promise from you, however sincerely it is made.",
        {"we"},
    ),
    (
        "It would be pointless to pretend there is any disagreement among us: the family is united in feeling that this has gone on far too long.",
        {"we"},
    ),
    (
        "Your mother, your brothers and I have decided, after many long evenings at the kitchen table, that the time for quiet hoping is over.",
        {"we"},
    ),
    (
        "All of us here are exhausted, Priya, from Nana down to little Arjun, and we feel, collectively, that there is very little left for us to give.",
        {"we"},
    ),
    (
        "Everyone in this family thinks you've been drinking at work, Gus, so please don't bother denying it today.",
        {"we"},
    ),
    (
        "we all feel the same way about this Tomas, we're scared and we're angry and we're done pretending",
        {"we"},
    ),
    (
        "The consensus among your siblings -- and I include myself, though I am the eldest and perhaps the most forgiving -- is that you have stopped being honest with any of us.",
        {"we"},
    ),
    ("Nobody at this table trusts you with money anymore, Ivy, and I think you know that.", {"we"}),
    (
        "What we have come to feel, as a family, after the third overdose, is that we no longer recognise you, and that the person we loved is somewhere underneath all this.",
        {"we"},
    ),
    (
        "Let me say, on behalf of your aunts, your grandmother and myself, that we are frightened, that we are angry, and that we are of one mind about what must happen today.",
        {"we"},
    ),
    (
        "Your father and I, and your sister too, believe with one voice that you need residential treatment and not another round of outpatient, and we will not be talked out of it.",
        {"we"},
    ),
    (
        "I have consulted a lawyer, which I did not imagine doing to my own daughter, and if you walk out of this room without agreeing to go, the papers for guardianship of Lily will be filed on Monday.",
        {"threat"},
    ),
    (
        "Let me be plain, since subtlety has failed us: either you get in the car this afternoon, Dominic, or you will find the locks changed and your things on the lawn.",
        {"threat"},
    ),
    (
        "I owe you the truth, so here it is: this is your last chance with me; I have nothing left after this, and I will not be writing another letter.",
        {"threat"},
    ),
    ("Go to treatment today or don't bother calling me again, I mean it this time.", {"threat"}),
    (
        "The trust your grandmother left you will remain frozen -- I am the executor, and I assure you I have read the deed closely -- until you complete a ninety-day program; refuse, and it goes to the children's hospital.",
        {"threat"},
    ),
    (
        "If you choose the bottle again tonight, Helena, I will take the boys to my sister's in Vermont, and I would not expect to be persuaded back.",
        {"threat"},
    ),
    (
        "You'll lose me, Ray. Not as a figure of speech: if you don't say yes today, I'm gone by the weekend.",
        {"threat"},
    ),
    (
        "I want you to understand, as clearly as I have wanted you to understand anything, that the next time you drive the children after using I will call the police myself and give them your plate.",
        {"threat"},
    ),
    (
        "Say no today, brother, and as far as I'm concerned you can find your own way to the next funeral -- mine included.",
        {"threat"},
    ),
    (
        "You are heading to prison, Colm, unless you accept this bed tonight, and I want you to know that I will not be visiting you there; I have made my peace with that, which perhaps frightens me more than it should.",
        {"threat"},
    ),
    (
        "yes or no, Kayla. yes and I'm here for all of it. no and ur on ur own, I'm done.",
        {"threat"},
    ),
    (
        "One last thing, and I do not say it lightly: should you decline, I intend to tell your employer precisely why you've missed eleven Mondays this year.",
        {"threat"},
    ),
    (
        "Congratulations, I suppose, are in order: in a single evening you managed to get yourself banned from the club your grandfather helped found.",
        {"sarcasm"},
    ),
    (
        "Your idea of 'handling it', Ben, appears to involve a great many empty bottles under the passenger seat and a rather creative relationship with the truth.",
        {"sarcasm"},
    ),
    (
        "What a marvellous example you set for your nephews at the wedding, Clive, dancing on the cake table before the speeches had even begun.",
        {"sarcasm"},
    ),
    (
        "Mother of the year, really, sleeping through Ava's recital in the third row with your mouth open.",
        {"sarcasm"},
    ),
    (
        "Thank you so much, truly, for the lesson our twelve-year-old received when he found your kit in the glovebox; it's an education I could not have provided myself.",
        {"sarcasm"},
    ),
    ("real classy, showing up to grandpa's wake high as a kite, so proud of u", {"sarcasm"}),
    (
        "It was quite the performance, I must say, your speech at Thanksgiving about how well you were doing, delivered with such conviction between trips to the garage.",
        {"sarcasm"},
    ),
    (
        "One can almost admire, in a grim sort of way, the sheer ingenuity of a man who can hide fourteen miniature bottles of vodka inside a piano.",
        {"sarcasm"},
    ),
    (
        "Your so-called sobriety lasted, by my count, a good nine days, which I'm sure is some kind of personal best.",
        {"sarcasm"},
    ),
    (
        "Bravo on the new job, Yusuf -- all four days of it -- before they found you asleep in the stockroom.",
        {"sarcasm"},
    ),
    (
        "I do hope the high was worth it, darling, all forty minutes of it, on the night you were meant to be giving the toast.",
        {"sarcasm"},
    ),
    (
        "Lovely touch, the flowers you sent the morning after you broke the bathroom door, Anton; very thoughtful indeed.",
        {"sarcasm"},
    ),
    (
        "Having spent twenty years in practice, I recognise the pattern, and I'm sorry to say it: you're a textbook narcissist, Rupert, and the drinking is only the most visible symptom.",
        {"diagnosis"},
    ),
    (
        "I think you are deeply in denial about all of it -- the drinking, the money, the marriage -- and that this denial is itself the illness speaking.",
        {"diagnosis"},
    ),
    ("you're bipolar Jess, I'd bet my life on it, you just won't go get diagnosed", {"diagnosis"}),
    (
        "I have read a good deal about personality disorders since the summer, and I have come to believe, though I am no clinician, that what you have is borderline, and that the pills are how you manage it.",
        {"diagnosis"},
    ),
    (
        "There is a coldness in you now, Alistair, that I can only describe as sociopathic; you looked at your mother's bruised wrist and asked whether there was any cash in her handbag.",
        {"diagnosis"},
    ),
    (
        "Your depression -- and it is depression, whatever you tell the doctors -- has been there since you were fifteen, and the heroin is simply the cheapest medication you could find.",
        {"diagnosis"},
    ),
    (
        "I suspect you've got ADHD that slipped through the cracks at school, Gemma, and that the meth started out as you trying to treat it yourself.",
        {"diagnosis"},
    ),
    (
        "There is a certain paranoia in you lately (the cameras you taped over, the neighbour you're convinced is watching) which I suspect is a psychosis of some kind and not merely the cocaine.",
        {"diagnosis"},
    ),
    (
        "I think, my love, that you have untreated PTSD from the tour in Kandahar, and that you drink to keep the nightmares quiet.",
        {"diagnosis"},
    ),
    (
        "You have what I can only call an antisocial streak, Jules, a real disorder, I'm convinced, not a phase, and it was there long before the ketamine.",
        {"diagnosis"},
    ),
    (
        "It is obvious to me, as your husband and as a man who has spent a career inventing characters and their psychologies, that you are clinically depressed and have been since your father died.",
        {"diagnosis"},
    ),
    ("ur not just tired, ur manic, i know what manic looks like, mom had it", {"diagnosis"}),
    (
        "I have tried for years to separate the illness from the person, as the pamphlets insist one must, but it is hard, Declan, when the junkie in my son is the reason his own daughter no longer has a home.",
        {"blame", "label"},
    ),
    (
        "We have all, in our separate ways, come to the same painful conclusion -- your brothers, your mother and I -- that you are an addict, Lorenzo, and that pretending otherwise has done you no favours.",
        {"label", "we"},
    ),
    (
        "It would be dishonest of me not to tell you that I look at you now and see a pathetic old souse, Gerald, propped up at the end of the bar where your father used to drink.",
        {"insult", "label"},
    ),
    (
        "Understand this, Shay: if you cannot stay clean, you cannot stay here, and that is not a negotiation.",
        {"clean", "threat"},
    ),
    (
        "Your probation officer, who seems a sensible woman, told me in confidence that your last three screens came back dirty, which rather contradicts what you said at dinner.",
        {"clean", "hearsay"},
    ),
    (
        "you never stay clean more than a week, Nico, not once since high school",
        {"absolute", "clean"},
    ),
    (
        "Every single crisis this family has weathered in the past ten years -- the bankruptcy, your mother's breakdown, Jamie dropping out -- traces back to you, and you have never once owned any of it.",
        {"absolute", "blame"},
    ),
    (
        "You always, without fail, blame somebody else, which I have come to understand, having read rather a lot on the subject, as the hallmark of a narcissistic personality.",
        {"absolute", "diagnosis"},
    ),
    (
        "Well done, truly, on turning your mother's retirement into a debt-collection service; she spent her seventieth birthday on the phone with your bookie, and that is entirely on you.",
        {"blame", "sarcasm"},
    ),
    (
        "What a charming host you were, Miriam, vomiting in the hydrangeas in front of the garden club; one is almost impressed by how disgraceful it was.",
        {"insult", "sarcasm"},
    ),
    (
        "Your old coach told me you'd been begging outside the gym for change, and I confess I was too ashamed of you to tell him I already knew.",
        {"hearsay", "insult"},
    ),
    (
        "Your sister heard from the landlord that you're three months behind, and none of us, not one person in this family, believes it was an accident.",
        {"hearsay", "we"},
    ),
    (
        "We have decided together, all of us, that if you refuse treatment today no one here will be giving you money, lodging, or a lift again.",
        {"threat", "we"},
    ),
    (
        "You're in denial, Leah, and denial is a luxury I can no longer afford: accept the bed at Greenfield this afternoon, or I file for divorce in the morning.",
        {"diagnosis", "threat"},
    ),
    (
        "Your 'just a bad week', Saoirse, which has now lasted since Easter, is what clinicians call denial, and it really is quite the masterpiece.",
        {"diagnosis", "sarcasm"},
    ),
]

DEV55_GOOD: list[str] = [
    "On the morning of March 14th, when I came down to make coffee and found you asleep in the car with the engine still running, I stood in the driveway for a long time, and I have not stopped shaking since.",
    "I remember the summer you were nine, Ezra, and you spent three weeks building a birdhouse with your grandfather (crooked roof, far too many nails) and you were so proud of it that you slept beside it on the porch.",
    "It is hard for me to write this, as someone who is supposed to be good with words, but I am frightened, Clara, in a way I have not been frightened since the night your mother went into labour.",
    "I counted the pills in the bathroom cabinet on Sunday, which is not something I imagined doing in my own home, and there were eleven missing, and I sat on the edge of the tub and cried.",
    "The night I drove to the county jail at three in the morning to sit in a plastic chair and wait for you, my first feeling was relief that you were alive, and my second was a grief I still do not have words for.",
    "I love you, Benji, and I am asking you, with everything I have, to accept the place at Cedar Ridge that is waiting for you this afternoon.",
    "There is a photograph on my desk, taken at Lake Tahoe in 2011, of you laughing so hard that you are nearly falling off the dock; I look at it most mornings before I start work.",
    "I am angry -- I would be lying if I said otherwise -- about the money that went missing from my account in August, and I am also, underneath the anger, simply heartbroken.",
    "You were the first person I called when I got tenure, Hannah, and you drove four hours in the snow with a bottle of cheap prosecco and a hand-painted banner; I have kept that banner.",
    "I miss the man who read Paddington to our daughter in silly voices and knew the names of the birds in the garden, and I believe he is still in there.",
    "Last Tuesday, when you came to pick up the boys, I noticed your hands were shaking and you could not find your keys, and I made an excuse to drive them myself because I was scared.",
    "My hope, and it is a stubborn hope, is that one day we will sit on the porch at the cabin again, you with your terrible coffee and me with my crossword, and talk about this year as something that is over.",
    "I have spent a great deal of my career listening to other families' stories, and it has not made it one bit easier to be sitting in this one.",
    "When you were in the ICU in October, with the tubes and the monitors, I held your hand for nine hours and promised myself that if you woke up I would tell you how much you matter to me.",
    "I want you to know that the bed at Hazelden is paid for, that I will drive you there myself, and that I will be in the waiting room on family day.",
    "I don't fully understand what the heroin gives you, Luis, and I won't pretend to, but I know what it has taken from you, and I want you to have those things back.",
    "The morning after the wedding I found a bottle of vodka wrapped in a towel in your suitcase, and I put it back, and I kept quiet, and I have regretted keeping quiet ever since.",
    "I'm scared, Ma. I'm scared I'm going to get a call one day and it's gonna be the worst one.",
    "i love u so much bro, please just say yes today",
    "You taught me to ride a bike on Maple Street, holding onto the back of the seat long after I thought you had let go, and I'm asking you now to let me hold on for a while.",
    "Over the past six months I have noticed that you sleep most of the afternoon, that you have lost a great deal of weight, and that you flinch when I ask how you are; these things worry me terribly.",
    "When I watched you nod off at the dinner table on Sunday with a forkful of potatoes halfway to your mouth, I felt a fear so specific and so cold that I had to leave the room.",
    "I have arranged to take three weeks off work -- the college has been more than understanding -- so that the children can stay with me while you are at the treatment centre.",
    "My darling, it would mean more to me than I can express in a letter if you would say yes to the help that is waiting for you, today, while the people who love you are here and holding you.",
    "The last time I saw you truly happy, I think, was at Nonna's eightieth, when you danced with her to Dean Martin in the kitchen and she pretended to be annoyed.",
    "I felt sick when I opened the credit card statement in February and saw the cash advances, and I have been carrying that feeling around since, and I would like very much to put it down.",
    "It is my belief, as your grandfather and as someone who has watched a good many people come back from worse, that you are capable of recovery, and that it can begin this afternoon.",
    "I am not writing to punish you; I am writing because I love you and because I cannot bear to lose you the way I lost my brother Pat.",
    "When I held Noah in the hospital and he grabbed my finger, I thought of you, and of how badly I want him to know his uncle.",
    "Seeing the ambulance outside your building in July, and not knowing for forty minutes whether it was for you, is something I relive most nights when I close my eyes.",
    "I know the cravings are real and that withdrawal frightens you; I read about it so I could understand, and I will be there for the hard days as much as you'll let me.",
    "You were the kind of father who learned to French-braid hair from a video so that Rosie would have plaits like the other girls, and I want her to have that father back.",
    "Please, Harriet, go with Dr. Amari this afternoon; the room is ready, your sister has packed your bag, and I will visit on Sunday with the dog.",
    "I miss you even when you're sitting right next to me, and that is the hardest thing I have had to say out loud.",
    "The night you drove into the Hendersons' fence I heard the crash from my bedroom window and ran out in my slippers, and I have not been able to sleep through a siren since.",
    "I feel helpless, and I feel furious, and I feel, most of all if I'm honest, terribly sad that the brother who used to make me laugh until I couldn't breathe seems so far away.",
    "When I found the burnt spoon in the bathroom drawer last month, my hands went numb, and I sat on the floor for twenty minutes before I could stand up again.",
    "I would like us to plant the tomatoes together next May, the way Grandpa taught us, and I am holding onto that picture as a kind of promise.",
    "gabe i found the foil in ur car and i didnt tell mom yet, i want u to tell her yourself, ill be right there with u",
    "You are my son, and I love you, and I want you to live; that is the whole of what I came here to say, though I have taken four pages to say it.",
    "Since the fall I have been lying awake doing arithmetic -- how many drinks, how many days, how many miles you drove with the children in the back -- and I would like, very much, to stop counting.",
    "I am asking you, with my whole heart, to accept the treatment that has been arranged for you; the car is outside and I will be in it with you.",
    "I remember your first big case -- you called me from the courthouse steps, breathless -- and how I bragged at the club that my granddaughter was going to be a better lawyer than I was.",
    "The kratom bags in the recycling, the tea you said was for your back: I saw them, and I am telling you that I saw them because I don't want secrets between us anymore.",
    "It frightens me that you now need the ketamine to get through a weekday, and it frightens me more that you seem frightened too; I would like to help carry that.",
    "I have felt lonely in this marriage for two years, and I have felt it most sharply on the evenings you went out to the garage and came back quieter and further away.",
    "The day Ollie asked me why Daddy sleeps so much, I didn't know what to tell him, and I want to be able to tell him, soon, that Daddy is getting better.",
    "I miss you at Sunday dinner, and I still set a place for you out of habit, and I clear it away again at nine.",
    "Your mother's ring, the one that went missing at Easter, matters far less to me than you do; I want to say that before anything else.",
    "I'll be honest: I don't know how to talk to you anymore without being afraid of what I'll find, and I would give a lot to get back to how easy it used to be.",
    "You held my hand at Dad's funeral when I couldn't stand, and I'm holding yours now; please let me.",
    "I love you. Please go.",
    "It is hard, as an old man who has spent his life believing that discipline solves most things, to admit that this is an illness and not a failure of will, but I have come to accept it, and I am asking you to accept help for it.",
    "The bruise on your arm at Jenna's party, the way you pulled your sleeve down when you saw me looking -- I have thought about that moment more than you can know.",
    "When I sat in the hospital family room in September reading about what an overdose does to the brain, I understood for the first time how close I came to losing you.",
    "I see how hard you are working to hide how sick you feel in the mornings, and I want you to know that you don't have to hide it from me.",
    "My hope for you is ordinary: a job you like, a dog, a kitchen with morning light, and a sister who can call you on a Friday night without holding her breath.",
    "I was proud of you when you called me from the detox unit in 2022 and said you wanted to try; I am proud of you still, and I believe you can try again.",
    "honestly i just want my dad back, the one who coached my softball team and yelled way too loud from the bleachers",
    "Alexei, the treatment centre has a bed for you at four o'clock today, and I would be grateful, more grateful than I can say, if you would let me take you.",
]

DEV55_TRAPS: list[str] = [
    "You always made the best pancakes on Saturday mornings, Reuben, burnt at the edges the way I secretly liked them, and I have thought about those mornings more this year than I can tell you.",
    "When you told me, on the phone from the motel, 'Mom, I'm an addict and I don't know how to stop,' I held the receiver against my chest and, for the first time in months, felt hope.",
    "I am a recovering alcoholic myself, twenty-two years this April, and I want you to know that there is no shame in walking through the door I walked through in 2004.",
    "My own father was a drunk -- a mean one, the kind who broke plates -- and I swore I would protect you from that, which may be why I waited so long to say anything at all.",
    "Your sponsor phoned me last week to tell me how proud she was of the work you did in the spring, and I cried in the supermarket car park.",
    "We used to drive to the coast every August, all six of us crammed into that awful green Volvo, and we sang until your father begged us to stop.",
    "You are not a junkie to me, Mateo, and you never will be; you are the boy who carried injured frogs across the road in a lunchbox.",
    "I kept the kitchen clean and the porch light on every night this winter, just in case you came home.",
    "You had a clean driving record for twenty years, which you were absurdly proud of, and I mention it only to remind you of the careful man I know you are.",
    "Grandpa was a news junkie of the first order (three papers a day, the radio on in every room) and I think you got your curiosity from him.",
    "Great job on the half-marathon in 2019, by the way; I never told you how proud I was, standing at the finish line with that ridiculous sign.",
    "I will be at the treatment centre every Sunday at two o'clock for family visits, and I will bring the crossword, and I will stay as long as they let me.",
    "Your counselor at the outpatient program told me you were the one who made the whole group laugh on the worst day, and that did not surprise me in the least.",
    "You were never, not once, unkind to an animal, even at your lowest; I saw you give your last sandwich to a stray dog outside the bus station.",
    "Nothing would make me happier than sitting next to you at Mia's graduation in June, laughing and embarrassing her with your cheering.",
    "The whole family went to see you in that dreadful community production of Oklahoma!, and we laughed so hard at the collapsing barn that the usher asked us to leave.",
    "I'm not going anywhere, Noor; whatever you decide today, I will still be your sister, and I will still answer when you call.",
    "Everyone who met you at the firm said you were the sharpest associate they'd had in a decade, and I know that man is still in there.",
    "I was the stoner in our family, if you remember -- all through college, I'm embarrassed to say -- so I am hardly in a position to lecture you about anything.",
    "It's not your fault that you got sick, Abby, and I want you to hear me say that before anything else today.",
    "Your grandmother used to say, 'Every time you fall, you get up a little wiser,' and I believe that is still true of you.",
    "The doctors told me your liver is healing remarkably well, better than they expected, and I left the appointment feeling lighter than I had in years.",
    "You were clean-shaven and grinning in your wedding photo, Tobias, and I have it on the fridge, where I look at it every morning while the kettle boils.",
    "I came clean to my own therapist last spring about how much I had been covering for you, and it was the beginning of something better for me.",
    "We decided, years ago, that Christmas would be at our house no matter what, and I would love for you to be there this year, well and rested.",
    "Thank you, truly, for the letter you wrote me from the rehab in Tucson last year; I have read it so many times the folds have torn.",
    "You always knew exactly what to say when I was falling apart, and now I am trying, clumsily, to do the same for you.",
    "Dad, your dirty jokes at the barbecue were the highlight of every summer of my childhood, and I'd give a lot to hear one again.",
    "I am not here to call you an addict or a failure or anything else; I am here because I love you and I want you alive.",
    "My brother Tom, your uncle, was a heroin addict for eleven years and has been well for nine, and he is sitting right here today because he wanted you to see that it can be done.",
    "You used to say, laughing, 'I'm such a chocoholic,' while eating an entire Toblerone in the car, and I would give anything to hear that laugh again.",
    "She was a real gym rat, my Della, up at five every morning, and I'd like to see her running the river path again one day.",
    "I heard you've been going to the Tuesday meetings on your own, and I want you to know how much that meant to me when I found out.",
    "Your boss told me you are the best welder he has had in thirty years and that your job will be waiting when you're ready.",
    "It was never about the money for me, Fern; it was about you, and it still is.",
    "When you were little you would clean your room every Saturday without being asked, humming that Beatles song, and I thought I had the easiest child in the world.",
    "We all went to the hospital the night Aunt June died, and you were the one who held everyone together, and I have never forgotten it.",
    "im not gonna give up on u, not today not ever",
    "Nobody makes me laugh like you do, Quinn, and I miss that laugh more than I can say.",
    "I was clean and sober for eight years before I relapsed in 2015, so I know, in a way I wish I didn't, how heavy this is.",
    "I spent years in denial about my own drinking, and I am not going to stand here pretending I'm better than you.",
    "You are a wonderful father -- I say that without a shred of irony -- and the boys light up when your car pulls into the drive.",
    "If you decide to go today, I'll drive; if you need to sleep on the way, I'll turn the radio down; and if you want to talk, I'll listen.",
    "Your sister and I have decided to repaint your old bedroom yellow, the colour you picked when you were eight, so it's ready whenever you want to stay.",
    "You were the reason I went back to school at forty, Imani, because you sat with me at the kitchen table and told me I could do it.",
    "Because of you, I know how to change a tire, gut a fish, and waltz badly, and I would like you to be around to teach Maya those same things.",
    "Our whole family agrees on one thing, and it's that your lasagne is better than Nonna's, though nobody will say so in front of her.",
    "I've been a coffee addict since graduate school, so believe me, I have no illusions about how hard it is to give something up.",
    "You never once missed a parent-teacher conference, even the year you worked nights at the depot, and I noticed, and I remember.",
    "Last chance to say this before the meeting starts, so here it is: I love you, and I'm proud of how hard you've fought, even when it didn't look like fighting.",
    "You're a born storyteller, Duncan -- every Thanksgiving you had the table in tears over the turkey that caught fire -- and I'd love to hear you tell that one again.",
    "Your flat was spotless when I let myself in on Thursday, clean towels folded and the dishes done, and I could see how hard you've been trying to hold things together.",
    "My mother, your great-grandmother, was what they used to call a lush in the 1950s, and nobody spoke about it, and I do not want that silence to be the family tradition.",
    "There's a word you used about yourself in the car last month, 'junkie', and I want to say gently that I don't see you that way, and I hope one day you won't either.",
    "Whatever anyone else in this room thinks, I can only speak for myself: I am scared, and I want you to get well.",
    "You were always the brave one, Otto, the first off the high dive and the first to stand up for the new kid, and I'm asking you to be brave one more time today.",
    "Even the way you'd call me 'Professor Killjoy' at family dinners makes me smile now; I would happily be teased like that for the rest of my life.",
    "The judge in your case -- and I say this as someone who sat on that same bench for twenty-six years -- is fair, and I am told she looks kindly on people who enter treatment voluntarily.",
    "You told me once, 'Dad, I'm a lousy drunk and a worse liar,' and we both laughed, and I didn't realise then how much you were trying to tell me.",
    "Every single Christmas morning for twenty years you were the first one up, in that absurd reindeer jumper, making cocoa for the whole house, and that is the Sam I am holding onto.",
]
