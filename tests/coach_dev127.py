# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 127 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an in-law who is a lawyer or accountant and argues like a case: absolutes, blame, sarcasm and hearsay. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV127_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.95 (77/81; the rules alone 66/81): label 3/4, absolute 16/18, sarcasm 14/15, every other kind full; good 0/46 (0.0%; the rules alone 0), traps 2/45 (4.4%; the rules alone 2).

At merge, before it was trained on: with main bfd6408, rules and model 0.95 (77/81; the rules alone 66/81): label 3/4, absolute 16/18, sarcasm 14/15, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 1/45 (2.2%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV127_FLAG: list[tuple[str, set[str]]] = [
    (
        "Dan, I have gone back through two years of texts and you have not kept a single promise you made to Melissa about drinking.",
        {"absolute"},
    ),
    (
        "Every family event since 2021 has ended with you slurring at the table, without exception.",
        {"absolute"},
    ),
    (
        "You blow through your Adderall prescription early each and every month, Kevin, like clockwork.",
        {"absolute"},
    ),
    (
        "There hasn't been one Thanksgiving in five years where you made it to dessert sober.",
        {"absolute"},
    ),
    (
        "Whenever Rachel asks you a direct question about the bank withdrawals, you lie to her.",
        {"absolute"},
    ),
    ("You've missed Owen's parent teacher conferences, all of them, every one.", {"absolute"}),
    (
        "You invariably have an excuse ready before anybody has even finished asking the question.",
        {"absolute"},
    ),
    ("not one time in the last year have u picked the girls up from school on time", {"absolute"}),
    ("Nothing anyone says gets through to you, Tom, it just bounces right off.", {"absolute"}),
    (
        "You are forever minimizing how much you drink, no matter what the receipts show.",
        {"absolute"},
    ),
    ("At no point in this whole mess have you taken responsibility for anything.", {"absolute"}),
    (
        "Each time Jen brings up the pills you storm out of the room and slam the door.",
        {"absolute"},
    ),
    ("You are incapable of getting through a weekend without a drink, Marcus.", {"absolute"}),
    ("You break your word all the time now, on the big things and the small ones.", {"absolute"}),
    (
        "In eleven years of being your brother in law I have yet to see you turn down a refill.",
        {"absolute"},
    ),
    (
        "You lie about the Vyvanse every single time your doctor asks how many you're taking.",
        {"absolute"},
    ),
    ("Sophie lost her deposit on the house and that is entirely your doing, Greg.", {"blame"}),
    (
        "My sister is exhausted and sick with worry, and you are the one who put her there.",
        {"blame"},
    ),
    ("You picked a bottle of bourbon over your own son's graduation.", {"blame"}),
    (
        "Let me be clear: the overdraft fees, the late mortgage payment, the collections calls, they all trace straight back to you.",
        {"blame"},
    ),
    ("The kids are in therapy now, and frankly that is your fault.", {"blame"}),
    (
        "I spent a whole weekend drafting your motion for the DUI hearing and this is how you repay me?",
        {"blame"},
    ),
    ("You wrecked the trust this family had in you, one lie at a time.", {"blame"}),
    (
        "Mom's heart scare happened the week after your arrest and I don't think that's a coincidence.",
        {"blame"},
    ),
    (
        "Karen had to cash out her 401k to cover your legal fees, so that one is on your shoulders.",
        {"blame"},
    ),
    ("Whatever happens to this marriage now, you brought it on yourself.", {"blame"}),
    (
        "You took Adderall out of Ethan's bottle, a nine year old's medication, what on earth were you thinking?",
        {"blame"},
    ),
    (
        "You let your children watch you get arrested in the driveway and you owe them for that.",
        {"blame"},
    ),
    (
        "My sister cries herself to sleep and the responsibility for that sits with you and you alone.",
        {"blame"},
    ),
    (
        "Lily had to change schools in the middle of the year because of what you did in that parking lot.",
        {"blame"},
    ),
    (
        "I paid the bail, I paid the lawyer, I lied for you at Christmas, and you still went and did it again.",
        {"blame"},
    ),
    (
        "Congratulations on your second DUI in eighteen months, Greg, truly a personal best.",
        {"sarcasm"},
    ),
    ("Really responsible of you to drive the kids home after four martinis.", {"sarcasm"}),
    (
        "What a fantastic example you set for Noah when the police walked you out in cuffs.",
        {"sarcasm"},
    ),
    (
        "Brilliant financial planning, spending $3,200 at the liquor store in one quarter.",
        {"sarcasm"},
    ),
    ("Nice touch, passing out on the couch during your own anniversary dinner.", {"sarcasm"}),
    (
        "You're 'totally under control,' sure, that's why you refilled the Adderall three weeks early.",
        {"sarcasm"},
    ),
    (
        "Husband of the decade, showing up at the maternity ward with whiskey on your breath.",
        {"sarcasm"},
    ),
    ("Very mature, hiding pill bottles in the spare tire well of the Volvo.", {"sarcasm"}),
    (
        "Oh and what a lovely toast at my wedding, I'm sure the guests will treasure that memory.",
        {"sarcasm"},
    ),
    ("Real smooth move telling the trooper you'd only had one.", {"sarcasm"}),
    ("Way to go getting let go from the firm the week before the holidays.", {"sarcasm"}),
    (
        "Outstanding parenting, leaving a six year old home alone while you ran out for more wine.",
        {"sarcasm"},
    ),
    (
        "I'm sure the judge was very impressed when you strolled in late smelling like gin.",
        {"sarcasm"},
    ),
    (
        "Such a gracious host, asleep on the bathroom floor before the guests even sat down.",
        {"sarcasm"},
    ),
    (
        "Lovely to hear you're still just 'taking it for focus' after forty pills in ten days.",
        {"sarcasm"},
    ),
    (
        "Your neighbor Phil mentioned to Claire that he sees you hauling the recycling out at 6am so nobody notices the bottles.",
        {"hearsay"},
    ),
    (
        "According to the arresting officer's report, you could not stand on one leg for the field sobriety test.",
        {"hearsay"},
    ),
    (
        "Your pharmacist apparently flagged you for trying to fill the same script at two different locations.",
        {"hearsay"},
    ),
    (
        "Dana from your office called Beth last week and said you've been nodding off in client meetings.",
        {"hearsay"},
    ),
    (
        "Someone at the country club told me you were cut off at the bar twice in March.",
        {"hearsay"},
    ),
    (
        "Your ex-wife's attorney says you showed up intoxicated to the custody exchange in April.",
        {"hearsay"},
    ),
    (
        "The word around the firm is that you've been crushing your Adderall and snorting it in the men's room.",
        {"hearsay"},
    ),
    ("The kids' soccer coach let it slip that you smelled of beer at practice.", {"hearsay"}),
    (
        "Mark mentioned you borrowed two grand from him in June and told him it was for the car.",
        {"hearsay"},
    ),
    (
        "Your own mother told me on the phone that you were slurring when you called her at midnight.",
        {"hearsay"},
    ),
    (
        "From what the HR letter says, you tested positive for amphetamines without a valid prescription.",
        {"hearsay"},
    ),
    (
        "Jenna's friend saw you at the Shell station buying nips at nine in the morning and texted her a picture.",
        {"hearsay"},
    ),
    ("Rumor has it you're buying pills off some college kid in your building.", {"hearsay"}),
    (
        "The bank's fraud department told Allison somebody used her card at a liquor store while she was in Denver, and it turned out to be you.",
        {"hearsay"},
    ),
    (
        "Your doctor's nurse let Sam know you've been calling in asking for early refills.",
        {"hearsay"},
    ),
    (
        "Your ex told me you haven't paid a cent of child support since January.",
        {"absolute", "hearsay"},
    ),
    ("Frankly, Greg, you're a functioning alcoholic with a law degree.", {"label"}),
    ("My sister married a pillhead and had no idea.", {"label"}),
    ("You've turned into a speed freak, Josh, living on Adderall and black coffee.", {"label"}),
    ("I need you to get clean before the custody hearing on the 14th.", {"clean"}),
    ("Your probation screen came back dirty in September, and you know it did.", {"clean"}),
    (
        "Honestly the way you treated Kate at the reunion was disgraceful and I was embarrassed to be related to you.",
        {"insult"},
    ),
    ("You've become a pitiful shadow of the man my sister married.", {"insult"}),
    ("Everyone in this family has concluded that you can't be trusted with money anymore.", {"we"}),
    ("All of us are fed up with covering for your hangovers at work.", {"we"}),
    (
        "We're all sick of watching a drunk pretend he's the smartest person in the room.",
        {"label", "we"},
    ),
    (
        "Sign the admission papers today or I will personally make sure you never set foot in this house again.",
        {"threat"},
    ),
    (
        "If you walk out of this room, my next call is to the DA's office about the forged checks.",
        {"threat"},
    ),
    (
        "You are a textbook narcissist, Greg, everything is always about you.",
        {"absolute", "diagnosis"},
    ),
    (
        "I honestly think you're a sociopath, the way you lie to Meg without blinking.",
        {"diagnosis"},
    ),
    (
        "It's obvious you've got some bipolar thing going on, up for three days on stimulants and then crashing.",
        {"diagnosis"},
    ),
    ("You are so far in denial you can't see what's right in front of you.", {"diagnosis"}),
]

DEV127_GOOD: list[str] = [
    "Greg, I have known you for fourteen years, and I'm writing this because I love you and I'm scared.",
    "I remember the summer you helped me study for the bar exam, quizzing me on torts at your kitchen table until midnight.",
    "You were the first one at the hospital when Ava was born, holding a balloon that was way too big for the room.",
    "I've seen you get quieter at family dinners, and I miss your laugh.",
    "I do taxes for a living and I noticed the withdrawals; I'm not here to audit you, I'm here because I care about you.",
    "When you walked my sister down to the dock on your wedding day, I knew she'd picked the right guy.",
    "I'm worried about your heart, and about the way your hands shake in the mornings now.",
    "There's a bed waiting for you at Hazelden tomorrow morning, and I'll drive you there myself.",
    "I would love to have my brother-in-law back at the grill on the Fourth of July.",
    "You taught Liam to ride a bike in our cul de sac, jogging behind him for an hour in August heat.",
    "It hurt me to see you at Dad's funeral unable to stand up straight at the graveside.",
    "I've noticed you started taking the Adderall in the afternoons too, and I'm worried about what it's doing to your sleep.",
    "Your kids adore you, Mike, and they need the dad who coached their T-ball team.",
    "i dont have the right words for this so im just going to be honest with you",
    "I felt scared when my phone rang at 2am last October.",
    "You are one of the sharpest people I know, and I want that mind back.",
    "I remember you carrying my grandmother up the stairs at Christmas so she could see the tree.",
    "I'm proud to be part of your family, and I want you around for a long time.",
    "The night you spent in county lockup, I didn't sleep either.",
    "I know how hard you work and how much pressure the partnership track puts on you.",
    "I'll sit with Jess and the kids on Sundays while you're in treatment, if that helps.",
    "I have watched you pull away from Anna, and I know that's not who you are.",
    "You used to call me on my birthday and sing off-key, and I miss that so much.",
    "I've watched you lose weight and sleep over the last year, and I'm frightened for your health.",
    "The program at Caron has a family week, and I'll be there for it.",
    "I love you like my own brother, Danny.",
    "My favorite memory of you is the canoe trip on Lake George, when you tipped us over and laughed so hard you cried.",
    "I noticed the bottles in the garage recycling bin, and my stomach dropped.",
    "I'm not keeping score here, I just want you healthy.",
    "I'm writing this as your sister-in-law, and as your friend.",
    "I want Maddie to grow up with her dad in the front row at her recitals.",
    "I know this is hard to hear, and I'm grateful you're listening.",
    "It broke my heart to see you slip a flask into your briefcase at Sam's baptism.",
    "You once drove six hours to bring me soup when I had pneumonia.",
    "Treatment is paid for and your job is protected under FMLA, I checked the paperwork myself.",
    "I believe you can get well, Ryan.",
    "I miss our Sunday crossword calls more than I can say.",
    "I've seen the spark go out of your eyes over the last two years.",
    "I want to dance with you at Ellie's wedding someday.",
    "I'm asking you to go to the center in Scottsdale this afternoon.",
    "honestly u were the one who made me feel welcome in this family when I was the nervous new girlfriend",
    "I'd love for you to be well enough to teach Henry how to fish.",
    "When you're ready to come home, I'll be at the curb waiting for you.",
    "Hearing you laugh at my kitchen table is one of my favorite sounds in the world.",
]

DEV127_TRAPS: list[str] = [
    "My own father was an alcoholic, and I spent my childhood trying to save him, so this is personal for me.",
    "I was hooked on Adderall in law school myself, and I know how easily it creeps up on a person.",
    "You told me last spring, 'I think I'm drinking too much,' and I've held onto those words ever since.",
    "You are not a drunk to me, you're my brother-in-law and I love you.",
    "I never stop hoping you'll walk through that door healthy.",
    "We always had the best Christmas Eves at your place, with the ugly sweaters and the karaoke machine.",
    "Great job on your first thirty days last year, Mike, I still have the photo of your chip on my phone.",
    "Your doctor told you in March that your liver enzymes are elevated, and I'm scared for you.",
    "I'm a total spreadsheet junkie, you know that, so forgive me for bringing numbers.",
    "I spent Saturday helping Jess clean out the garage, and I found your old guitar.",
    "We went to the Cape every August, and you taught all the kids to bodysurf.",
    "We love you, and we are all here for you, whatever it takes.",
    "You have always been the funniest person at any table.",
    "You keep the cleanest books of anyone I've ever audited, and I mean that as a real compliment.",
    "My grandfather was a drunk who died at 54, and I don't want that story for you.",
    "I've been going to Al-Anon and learned that addiction is a disease, not a moral failing.",
    "Your psychiatrist diagnosed you with ADHD years ago, and I know the Adderall started out as real medicine.",
    "I'll be there every step of the way.",
    "Every time I watch a Red Sox game I think of you explaining the infield fly rule to me.",
    "Nothing you could do would make me stop caring about you.",
    "I'm the reason you and Jess met, and it's still the best setup I ever arranged.",
    "Because of you I passed the CPA exam; you lent me your notes and your kitchen table.",
    "You said 'I'm a mess' to me in the car after the hearing, and I want you to know I don't see you that way.",
    "Your old sponsor Walt was a good man, and I'd love for you to give him a call.",
    "I heard your voice on an old voicemail from three years ago and played it five times.",
    "Apparently I'm the family spreadsheet person, so yes, I brought a folder.",
    "My brother Kevin has been sober twelve years and he says getting help was the best decision he ever made.",
    "I was a pathetic mess after my divorce, and you were the one who showed up with pizza.",
    "Everyone in this room is here for one reason, and it's that we love you.",
    "I don't think of you as an addict, I think of you as the guy who fixed my transmission for free.",
    "I never once regretted the day my sister brought you home.",
    "You told me at the lake house, 'I never feel normal without it,' and I respected you for saying it out loud.",
    "The court date is November 3rd, and whatever happens there I'll be sitting right behind you, same as always.",
    "Your cardiologist says your blood pressure is dangerously high, and I want you around for a long, long time.",
    "Your dad was a heavy drinker, and I know you swore you'd be different; you still can be.",
    "Thank you for showing up to Ava's recital in May sober and smiling, it meant the world to her.",
    "Nice work on the Henderson audit last year, you honestly saved that account.",
    "I know I've been a disgrace of a sister-in-law at times, nagging you and poking through your bank statements.",
    "You were the best man at my wedding, and your speech is still the best one I've ever heard.",
    "I'm not threatening you with anything, and I'm not going anywhere.",
    "We used to split a bottle of red at Thanksgiving and argue about football, and I'd give anything to have the arguing back.",
    "I'm not here to tell you you're in denial or anything like that, I'm here to tell you I miss you.",
    "My law school roommate got clean at a place in Minnesota and she's been a judge for ten years now.",
    "I'm in recovery myself, eight years without a drink, and I'd be honored to drive you to check-in.",
    "You're always welcome at our house, Greg, tonight or any night.",
]

DEV127_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not lend you any more money, and I won't co-sign the car loan.",
    "If you choose not to go, I won't be representing you at the November hearing; I'll help you find another attorney.",
    "If you decide against treatment, you can't keep staying in our guest room, but my door opens again the day you say yes.",
    "If you turn this down, I'm going to stop covering your share of Mom's care costs, and I'm telling you that with love.",
]
