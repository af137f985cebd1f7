# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 176 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a young father whose brother uses meth, diagnosing him from what he read online: diagnosis and hearsay most, then sarcasm. 8 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV176_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.87 (58/67; the rules alone 47/67): label 3/4, insult 3/4, hearsay 14/16, sarcasm 14/15, diagnosis 11/15, every other kind full; good 1/42 (2.4%; the rules alone 1), traps 3/40 (7.5%; the rules alone 2).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.90 (60/67; the rules alone 49/67): label 3/4, insult 3/4, hearsay 15/16, diagnosis 11/15, every other kind full; good 1/42 (2.4%; the rules alone 1), traps 3/40 (7.5%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV176_FLAG: list[tuple[str, set[str]]] = [
    (
        "I've been reading a ton online and honestly Ty, I think you've got full blown antisocial personality disorder, you check almost every box.",
        {"diagnosis"},
    ),
    (
        "I took one of those quizzes for you and you scored crazy high on narcissistic traits, which explains a lot.",
        {"diagnosis"},
    ),
    ("You're so deep in denial bro you can't even see what's in front of you.", {"diagnosis"}),
    (
        "From what I read meth rewires the brain, and at this point I think you're basically schizophrenic.",
        {"diagnosis"},
    ),
    (
        "The way you flip from laughing to screaming in like two seconds, you're bipolar, I'd put money on it.",
        {"diagnosis"},
    ),
    (
        "I watched a whole YouTube series on sociopaths and I kept seeing you in every single video.",
        {"diagnosis"},
    ),
    (
        "you have ADHD that never got treated and thats why you self medicate, im sure of it",
        {"diagnosis"},
    ),
    (
        "There's a name for people who lie as easy as breathing, it's pathological lying, and that's you Tyler.",
        {"diagnosis"},
    ),
    (
        "Reddit says meth psychosis can turn permanent and I honestly think yours already has.",
        {"diagnosis"},
    ),
    (
        "You've got borderline written all over you, the clinging to people and then the rage.",
        {"diagnosis"},
    ),
    (
        "It's obvious you've had PTSD since Dad left and you just won't admit it to anybody.",
        {"diagnosis"},
    ),
    (
        "I'm pretty sure you're somewhere on the spectrum, that's why you can't read a room.",
        {"diagnosis"},
    ),
    ("Taking apart every radio in the house at 3am isn't a hobby Ty, that's OCD.", {"diagnosis"}),
    (
        "You've got some kind of personality disorder, I've read enough articles to know what I'm looking at.",
        {"diagnosis"},
    ),
    (
        "The articles call it anhedonia, which is basically clinical depression, and thats exactly what you've got going on.",
        {"diagnosis"},
    ),
    ("Jenna from your old job messaged me that security walked you out in March.", {"hearsay"}),
    ("Mom told me you pawned Grandpa's watch at that place on Union Ave.", {"hearsay"}),
    (
        "Apparently you've been sleeping in your car behind the Walmart on Panama Lane, at least that's what Cody says.",
        {"hearsay"},
    ),
    ("A guy at my gym told me you owe some pretty scary people money.", {"hearsay"}),
    (
        "Your landlord called me last week, he said the neighbors keep complaining about you yelling all night.",
        {"hearsay"},
    ),
    (
        "Word going around is the cops picked you up in Oildale in the middle of the night.",
        {"hearsay"},
    ),
    (
        "Kayla said you showed up to her baby shower wired and sweating and left after ten minutes.",
        {"hearsay"},
    ),
    (
        "Some people at church are saying money went missing from the youth group box when you were helping out.",
        {"hearsay"},
    ),
    ("Aunt Rosa swears she saw you going through trash cans on 5th Street.", {"hearsay"}),
    (
        "Your ex posted that you smashed her car window and a bunch of people commented that they saw it.",
        {"hearsay"},
    ),
    ("According to Dad you still owe him the two grand from last summer.", {"hearsay"}),
    ("Mom got a call from your probation office saying you missed two check-ins.", {"hearsay"}),
    (
        "Cody's girlfriend told me you were up five days straight talking to the ceiling.",
        {"hearsay"},
    ),
    (
        "A mom from Ava's daycare said she saw you pacing outside the 7-Eleven at six in the morning screaming into your phone.",
        {"hearsay"},
    ),
    (
        "The guy at the tire shop on Chester told me you tried selling him rims that were obviously stolen.",
        {"hearsay"},
    ),
    (
        "Real nice touch showing up to Ava's fourth birthday with your jaw going a mile a minute, she'll treasure those pictures.",
        {"sarcasm"},
    ),
    ('Uncle of the century right here, missed Leo\'s baptism cause you were "busy".', {"sarcasm"}),
    (
        "Thanks so much for borrowing my drill and my generator, I'm sure they're loving their new home at the pawn shop.",
        {"sarcasm"},
    ),
    ("Wow congrats on making it to Thanksgiving dinner for a whole twelve minutes.", {"sarcasm"}),
    ("Super impressive how you can stay awake four days in a row, real talent man.", {"sarcasm"}),
    (
        'You said you had it "under control" and wow does that control look amazing from where I\'m standing.',
        {"sarcasm"},
    ),
    (
        "Loved the 3am voicemail about the government tapping your phone, very relaxing thing to wake up to with a newborn.",
        {"sarcasm"},
    ),
    (
        "Great business plan Ty, selling Mom's jewelry to pay for your little side hustle.",
        {"sarcasm"},
    ),
    ("Nice of you to finally text me back, only took three weeks.", {"sarcasm"}),
    ("Your new teeth look awesome bro, really working for you.", {"insult", "sarcasm"}),
    ("Way to go keeping the warehouse job for a record nine days.", {"sarcasm"}),
    (
        "Such a great role model for my kids, they really look up to the guy who passed out on our front lawn.",
        {"sarcasm"},
    ),
    (
        "And thanks for the lovely surprise of finding your pipe in our bathroom, Bri was just thrilled.",
        {"sarcasm"},
    ),
    (
        "Glad to hear you're \"totally fine\" and it's everybody else who has a problem.",
        {"sarcasm"},
    ),
    (
        "Smooth move backing Dad's truck into the mailbox, you really showed that mailbox who's boss.",
        {"sarcasm"},
    ),
    ("You're a tweaker now Ty, thats just what you turned into.", {"label"}),
    ("I'm not letting a meth head crash on my couch around my babies.", {"label"}),
    ("All you gotta do is get clean and then everything can go back to normal.", {"clean"}),
    ("Your test at the clinic came back dirty again so don't tell me you quit.", {"clean"}),
    ("You never once showed up for me when I needed you.", {"absolute"}),
    ("Every single time you swear you're done, you're high again by the weekend.", {"absolute"}),
    ("Mom's hair went gray because of you and your garbage.", {"blame"}),
    ("You picked the pipe over your own niece and nephew.", {"blame"}),
    ("Honestly you're a disgrace to Dad's name.", {"insult"}),
    ("Look at yourself, you're filthy and it's gross being in the same room as you.", {"insult"}),
    ("Everybody in this family is fed up with your lies.", {"we"}),
    ("We all decided you're the problem here, not us.", {"blame", "we"}),
    ("Go to rehab tomorrow or don't ever call me your brother again.", {"threat"}),
    (
        "If you don't sign those papers today I swear I'll call the cops and show them where you keep your stash.",
        {"threat"},
    ),
    ("You wrecked Mom's retirement and you're a junkie who doesn't even care.", {"blame", "label"}),
    ("Me and Bri and Mom all agree you're a lost cause at this point.", {"insult", "we"}),
    ("Cody says you've turned into a full on speed freak out at that motel.", {"hearsay", "label"}),
]

DEV176_GOOD: list[str] = [
    "Ty, I'm writing this because I love you and I miss my little brother.",
    "I remember you teaching me to ride the dirt bike out by Tehachapi even though I'm the older one.",
    "When Ava was born you were the first one at the hospital after Mom.",
    "You held her like she was made of glass and you cried, I saw it.",
    "Lately I've noticed you've lost a lot of weight and your hands shake.",
    "It scares me when I text you and don't hear anything back for days.",
    "I miss watching Dodgers games with you on Sunday afternoons.",
    "You were the funniest kid on our block.",
    "I want my kids to know their uncle the way I know him.",
    "Leo is walking now, he's into everything.",
    "Ava still asks about Uncle Ty and puts you in her family drawings.",
    "There's a bed waiting for you at a treatment place in Santa Barbara, I drove out and saw it myself.",
    "I'll drive you there right after this, your bag's already in my trunk.",
    "I know it's hard to hear all this at once.",
    "I'm not here to fight, I'm here because I'm scared of losing you.",
    "I keep thinking about the summer you and Dad fixed up that old Civic in the driveway.",
    "you made me laugh so hard at my wedding I almost couldnt get through my vows",
    "I havent slept good in months worrying about u.",
    "In October you came by at 2am and your eyes were so wide and you couldnt sit still, and I didnt know what to do.",
    "I love you man, that's the main thing I want you to hear today.",
    "When Dad got sick you were the one sitting with him at Mercy every night.",
    "I want to have you over for barbecues again with Bri's potato salad and the kids running around the yard.",
    "You have a good heart, I've seen it my whole life.",
    "Seeing you at Mom's birthday with sores on your arms broke my heart.",
    "I'm proud to be your brother and I'll be even prouder when you walk into that program.",
    "I'll come visit on whatever days they let me.",
    "Remember building a fort out of Grandma's couch cushions and sleeping in it for like a week?",
    "It hurt when you didn't recognize Leo at the park last month.",
    "I wish I'd said something sooner, and I'm sorry I didn't.",
    "You taught me how to throw a spiral in the backyard on Hazel Street.",
    "I'm asking you to accept the help that's right in front of you.",
    "My hands are shaking writing this but I need you to hear it.",
    "I've been going to a family group on Tuesdays to learn how to support you better.",
    "When your phone goes straight to voicemail I drive around looking for your car.",
    "I want Ava to be old enough to remember you healthy.",
    "You came to my baseball games in high school and yelled louder than Dad did.",
    "I still have the birthday card you made me when you were nine, the one with the dinosaur.",
    "I know the real you is still in there.",
    "Getting better won't be easy but I'll be right beside you the whole way.",
    "I'd give anything to just grab tacos with you at Los Hermanos like old times.",
    "Last time you stayed with us you paced the kitchen till sunrise and I was so afraid for you.",
    "Thank you for listening to me.",
]

DEV176_TRAPS: list[str] = [
    "Our uncle Ray was a drunk his whole life and I don't want that story for you.",
    "I was a total stoner in high school myself, so I'm not sitting here judging you.",
    'You told me once, "I\'m just a junkie, Marcus, let me be," and that sentence broke me.',
    "We spent every summer at Lake Isabella catching nothing and loving it.",
    "The forty days you put together last spring were real, and I was so proud of you, great job on that.",
    "Your doctor at Kern Medical told Mom your heart is under real strain, and I'm scared for you.",
    "Bri and I talked and we want to help with your rent while you're in treatment.",
    "You were the funniest kid on Hazel Street, everybody came over to our house because of you.",
    "I'm a total sugar junkie, ask Bri how many donuts I go through.",
    "I cleaned out the garage and found your old skateboard, I kept it for you.",
    "The counselor said they can take you this afternoon.",
    "I'm going to visit you every weekend they allow visitors.",
    "You came to every one of my baseball games in high school.",
    "Dad was an alcoholic, and I know how scared of him you were.",
    "I read online that family support makes a big difference, so I'm here.",
    "Mom wanted me to tell you she has your old room ready whenever you come home.",
    "Ava told me this morning that you're her favorite uncle.",
    'You said "I don\'t want to die like this" and I believed you.',
    "The psychiatrist at the program can figure out if there's depression or anything else going on, that's not my job.",
    "Great job on your GED, you did that when nobody thought you would and I still brag about it.",
    "My buddy Dre was a crackhead for ten years, his words not mine, and he's six years sober now.",
    "We always had Christmas Eve at Grandma's and you always snuck the first tamale.",
    "I never knew how much I needed my brother until you were gone.",
    "I'm sick of being scared, so I'm doing something about it.",
    "You're not worthless and you're not a lost cause, you're somebody worth fighting for.",
    "I've been clean off cigarettes for two years and I know how hard it is to quit something.",
    "Ava's preschool teacher told me she drew a picture of you with a cape.",
    "You said you hate who you become when you're high, and that honesty gave me hope.",
    "Every time I drive past the Dairy Queen I think of you and me splitting a Blizzard.",
    "Thank you for being so gentle with Leo the first time you held him, you were perfect with him.",
    "Nobody in this room is going to call you a tweaker or any of that, I promise.",
    "Grandpa's side has a history of alcoholism, the doctors told Grandma that years ago.",
    "We went to every Condors game that winter and lost our voices screaming.",
    "You're the reason I learned to fix cars, you had so much patience with me.",
    "I'm not gonna pretend to be a doctor or know what's going on in your head, I just know I miss you.",
    "Look what you did for Ava when she had the flu last winter, you sat up all night with her.",
    "How could I not be here today? You're my brother.",
    "The nurse said your kidneys need looking after, and I want you around to do that.",
    "My coworker's son was a pillhead and now he's an EMT, so I know people come back.",
    "I used to be in denial about how bad things had gotten, and that's on me, not you.",
]

DEV176_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be giving you rides or cash anymore.",
    "If you choose not to go, you can't stay at our place while the kids are home, but I'll still pick up whenever you call about treatment.",
    "If you walk out of here today, I'm going to stop covering for you with Mom.",
    "If you don't accept the help, I won't be paying your phone bill after this month.",
]
