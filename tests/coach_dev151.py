# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 151 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a mother who owns a small business, performance-review and customer-service voice: sarcasm and absolutes most. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV151_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.86 (68/79; the rules alone 56/79): absolute 14/16, blame 14/15, insult 2/3, hearsay 13/16, sarcasm 13/17, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 2/45 (4.4%; the rules alone 2).

At merge, before it was trained on: with main a6c7782, rules and model 0.86 (68/79; the rules alone 56/79): absolute 14/16, blame 14/15, insult 2/3, hearsay 13/16, sarcasm 13/17, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 2/45 (4.4%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV151_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every single time you promise me you'll be at Sunday dinner, you no-show and don't even bother to call.",
        {"absolute"},
    ),
    (
        "If you were on my payroll, Jordan, your review would say you consistently fail to show up when it counts.",
        {"absolute"},
    ),
    (
        "You have not kept one promise to me since you started on the pills, not a single one.",
        {"absolute"},
    ),
    ("You dont pick up when I call, ever, it goes straight to voicemail every time.", {"absolute"}),
    (
        "Whenever something goes wrong in your life it's somebody else's fault, with you that's true a hundred percent of the time.",
        {"absolute"},
    ),
    (
        "You lie to me constantly, about where you've been, about money, about everything.",
        {"absolute"},
    ),
    ("All you do anymore is sleep till two and ask me for gas money.", {"absolute"}),
    (
        "In the last year you have not asked me even once how I'm doing or how the store is holding up.",
        {"absolute"},
    ),
    ("your always ready with an excuse, I could put them on the menu board by now", {"absolute"}),
    (
        "Your follow-through is zero, Kayla, you start things and drop every last one of them.",
        {"absolute"},
    ),
    (
        "Each and every shift you worked for me at the bakery, you came in late or hungover.",
        {"absolute"},
    ),
    ("There hasn't been a holiday in three years that you didn't turn into a scene.", {"absolute"}),
    (
        "Nothing I say gets through to you, it's like talking to the shelving in my stockroom.",
        {"absolute"},
    ),
    (
        "You break whatever agreement I make with you, the curfew, the rent, the car, all of it, without fail.",
        {"absolute"},
    ),
    ("u show up to family stuff high every time, no exceptions", {"absolute"}),
    (
        "Your track record speaks for itself, zero for twelve on promises, really impressive numbers.",
        {"absolute", "sarcasm"},
    ),
    (
        "I had to close the shop for two weeks last spring when you overdosed, and honestly that lost revenue is on you.",
        {"blame"},
    ),
    (
        "My doctor put me on blood pressure medicine this year and that is your doing, Tyler.",
        {"blame"},
    ),
    ("You picked the bottle over your own kids and your wife, plain and simple.", {"blame"}),
    ("Your father and I split up because of the stress your using put on this house.", {"blame"}),
    (
        "I gave you a job, a car, a second chance and a third, and this is how you repay me?",
        {"blame"},
    ),
    (
        "How could you take money out of the register of the store that put you through school?",
        {"blame"},
    ),
    ("You wrecked what was left of this family and you dont even see it.", {"blame"}),
    (
        "Your sister stopped coming home for the holidays and that is one hundred percent your responsibility.",
        {"blame"},
    ),
    (
        "I lost my best account because you were rude to Mrs. Hollis while you were out of it behind the counter.",
        {"blame"},
    ),
    (
        "Look at the position you've put me in, I'm sixty-one and covering your rent instead of retiring.",
        {"blame"},
    ),
    (
        "After all the years I worked doubles so you could have braces and soccer camp, you throw it away for pills.",
        {"blame"},
    ),
    ("You made this choice, nobody forced a drink down your throat.", {"blame"}),
    (
        "It's your fault Grandma spent her last Christmas worried sick instead of enjoying her family.",
        {"blame"},
    ),
    ("My staff picked up your shifts for months and now they resent me, thanks to you.", {"blame"}),
    ("Every gray hair on my head has your name on it, Danny.", {"blame"}),
    (
        "Congratulations on being the only employee I've had to let go twice, and you're my own son.",
        {"sarcasm"},
    ),
    (
        "Really stellar customer service, slurring at the gift table at your cousin's wedding.",
        {"sarcasm"},
    ),
    ("Employee of the month, right? Three no-call no-shows in April alone.", {"sarcasm"}),
    ("Thanks so much for the lovely voicemail at 3 a.m., it really made my week.", {"sarcasm"}),
    (
        "You handled Thanksgiving beautifully, passing out in the guest bathroom before the pie came out.",
        {"sarcasm"},
    ),
    ("Oh and nice work on the DUI, that was a real career highlight for you.", {"sarcasm"}),
    ("Five stars for the way you treated your grandmother at her 80th.", {"sarcasm"}),
    ("You're 'handling it', sure, the same way you 'handled' the Camry you totaled.", {"sarcasm"}),
    ("What a fantastic role model you've been for your little brother lately.", {"sarcasm"}),
    ("Brilliant move pawning Nana's ring, truly top notch decision making.", {"sarcasm"}),
    ("I'm so impressed you managed to stay awake through half of Emma's recital.", {"sarcasm"}),
    (
        "Way to go, forty minutes late to pick up your own daughter and smelling like a bar.",
        {"sarcasm"},
    ),
    ("Your 'just a couple beers' turned into a twelve pack, great math there.", {"sarcasm"}),
    (
        "Thanks for that exceptional attendance record at the shop, you made it to about half your shifts.",
        {"sarcasm"},
    ),
    (
        "Customer satisfaction must be through the roof at whatever dealer is getting your paychecks.",
        {"sarcasm"},
    ),
    (
        "Linda from the flower shop next door told me she saw you passed out in your car behind the strip mall.",
        {"hearsay"},
    ),
    (
        "Your manager at the warehouse called me and said you've been showing up glassy-eyed for weeks.",
        {"hearsay"},
    ),
    (
        "One of my regulars mentioned she saw you buying something in the parking lot at the Circle K.",
        {"hearsay"},
    ),
    (
        "Your ex messaged me that you were doing lines in her bathroom at the party in June.",
        {"hearsay"},
    ),
    (
        "I've gotten word from three different customers that you've been asking around town for pills.",
        {"hearsay"},
    ),
    ("Your cousin Brianna says you owe half of Millbrook money.", {"hearsay"}),
    ("From what your roommate tells me, you haven't paid rent since February.", {"hearsay"}),
    (
        "The pharmacy called about someone trying to refill my old oxy prescription and the girl said he looked a lot like you.",
        {"hearsay"},
    ),
    (
        "Word at the Chamber of Commerce lunch is that you got thrown out of Rusty's on Saturday night.",
        {"hearsay"},
    ),
    (
        "Pastor Mike pulled me aside after service and said you'd been asleep in the back pew smelling of whiskey.",
        {"hearsay"},
    ),
    (
        "Your landlord left me a message that the neighbors have complained about the shouting at your place.",
        {"hearsay"},
    ),
    (
        "Kelsey swears you were high at her baby shower, she said you nodded off holding the baby.",
        {"hearsay"},
    ),
    (
        "The girls at the salon have been talking about how much weight you've lost and they think its meth.",
        {"hearsay"},
    ),
    (
        "Your probation officer's office called the store to say you missed your last check-in.",
        {"hearsay"},
    ),
    ("I found out through the grapevine that the dealership let you go.", {"hearsay"}),
    (
        "Brianna told me you bragged about being your dealer's best customer, so congrats on that promotion.",
        {"hearsay", "sarcasm"},
    ),
    ("I didn't raise a drunk, Tyler, but that's what you turned into.", {"label"}),
    ("I can't have an addict working my register, even if that addict is my own kid.", {"label"}),
    ("Ninety days clean would be the best gift you could give your mother.", {"clean"}),
    ("When your screen at the new job came back dirty, I knew the pills were back.", {"clean"}),
    (
        "The way you've been living is a disgrace and I'm embarrassed to say your name at the shop.",
        {"insult"},
    ),
    ("You're a grown man acting like a worthless freeloader in my basement.", {"insult"}),
    (
        "What kind of mother leaves her toddler with a sitter for three days to go party?",
        {"insult"},
    ),
    ("Everyone in this room agrees you've let us all down.", {"we"}),
    ("Your dad, your sisters and I have all had it with your lying.", {"we"}),
    ("We all see what you're doing to yourself and frankly we're sick of it.", {"we"}),
    ("Go to rehab or find yourself another place to live and another mother.", {"threat"}),
    (
        "If you walk out of here today without saying yes, don't bother calling me again.",
        {"threat"},
    ),
    ("You're in complete denial, Marcus, and I can't keep acting like you're not.", {"diagnosis"}),
    ("I've read enough to know you're a textbook narcissist.", {"diagnosis"}),
    (
        "You're bipolar, I'm sure of it, those highs and crashes aren't only the coke.",
        {"diagnosis"},
    ),
]

DEV151_GOOD: list[str] = [
    "Marcus, you were the first person I hired when I opened the shop, you were twelve and took it so seriously.",
    "I still have the first dollar the bakery made, framed by the register, and you picked out that frame.",
    "You used to come in after school and count the change drawer for me, proud as anything.",
    "I love you, and I miss the son who laughed at my terrible jokes at closing time.",
    "Lately I've watched you lose weight and stop eating dinner with me, and it scares me.",
    "I remember you showing Mrs. Alvarez how to use the card reader with so much patience.",
    "When you were little you'd fall asleep on the flour sacks in the back room while I finished the orders.",
    "Last month I found you asleep in your car in the driveway at noon, and my heart stopped.",
    "There is a bed waiting for you at Ridgeview this afternoon, and I'm asking you to take it.",
    "You have such a gift with people, customers still ask me about you.",
    "I miss hearing you sing along to the radio while you frosted cupcakes.",
    "The pills have taken my funny, generous boy and I want him back.",
    "I was so proud of the man you were becoming at twenty-two.",
    "When Dad was sick, you drove him to chemo on Tuesdays without anyone asking.",
    "I noticed money missing from the deposit bag in March, and I felt scared more than angry.",
    "I want to see you at Lily's birthday next month, healthy and present.",
    "Lily asked me last week if her daddy is sick, and I didn't know what to tell her.",
    "I love you more than anything I've built.",
    "The shop can run without me for a while, I'll be there for family weekend whatever it takes.",
    "Kayla, I remember the summer you painted the sign out front, crooked letters and all, and it's still up.",
    "Ive been lying awake at night wondering if the next phone call will be the one I dread.",
    "I see how hard you work to hide how much you're hurting.",
    "Please say yes today. The program starts at four and I'll drive you myself.",
    "I'm not here to punish you, I'm here because I want my son back.",
    "You once stayed up till two in the morning helping me finish three hundred wedding favors and made me laugh the whole time.",
    "I'd give up the store in a heartbeat if it meant you got well.",
    "My hope is that a year from now you'll be sitting across from me at Gino's telling me about your new job.",
    "When you hugged me at Grandpa's funeral, it felt like you were holding the whole family up.",
    "I've seen your hands shake in the mornings before your first drink, and it breaks my heart.",
    "Your laugh is the thing I miss most.",
    "I got scared when you fell on the back steps at Easter and couldn't remember it the next day.",
    "I believe in you, and I believe treatment can work for you.",
    "Please let these people help you, I'll be right beside you the whole way.",
    "The kid who saved his allowance to buy me a mug that said Boss Lady is still in there.",
    "I'm writing this at the counter after closing, the same spot where you did your homework for years.",
    "Your nephew still talks about fishing with you at Cedar Lake, he wants more of those days.",
    "I'm frightened for your life and I'm not too proud to say so.",
    "You deserve to wake up in the morning without feeling sick.",
    "I love you, I'm proud of your heart, and I want you to go today.",
    "When you got your forklift certification I bragged to anyone who would listen.",
    "I've noticed you stopped answering my texts in the evenings, and I worry when I don't hear from you.",
    "I can picture you running the front counter again someday if you want it, but I want you healthy first.",
    "Seeing you in the ER in October with tubes in your arm is something I can't unsee.",
    "Whatever happens today, you are my son and I love you.",
    "I kept your old name tag in my desk drawer because I couldnt bring myself to throw it out.",
]

DEV151_TRAPS: list[str] = [
    "My own father was a drunk, and I swore I'd do better by you, so please let me try.",
    "I got hooked on painkillers after my back surgery in 2009, so I know a little about how hard this is.",
    "I'm a total workaholic, ask anybody at the shop, and I know I missed things with you because of it.",
    "I never stop hoping my phone will ring and it'll be you saying you're ready.",
    "We always closed the shop early on your birthday and went for pancakes at the Sunrise Diner.",
    "Great job on your thirty days last spring, I still carry the chip you gave me.",
    "You told me once, 'Mom, I'm a mess and I don't know how to stop,' and I've thought about that every day since.",
    "You are not a junkie to me, you're my son and you're sick.",
    "Dr. Patel says your liver numbers are getting worse, and I'm scared for you.",
    "I'm the one who should have noticed sooner, I'm sorry I was always at the shop.",
    "I'm a coffee junkie, you know that, and I'll bring you a latte every visiting day if you go.",
    "Remember when you helped me clean out the storage unit and found all your Little League trophies?",
    "We went to the Outer Banks the summer you turned ten and you refused to get out of the water.",
    "We love you, and we are here for you, every one of us.",
    "Your Aunt Carol is an alcoholic too and she's been sober nineteen years, she's here today because she believes in you.",
    "Thank you for the birthday card last year, it meant more than you know.",
    "Nice work on that welding certificate, I framed a copy for my office and I meant it.",
    "Every time I drive past the high school I think of the kid who won the science fair.",
    "Your pediatrician diagnosed you with ADHD when you were nine, and I wish I'd understood back then how hard school was for you.",
    "I know you said 'I'm not an addict, Mom,' and I'm not here to argue about words, I'm here because I love you.",
    "You never once forgot to call me on Mother's Day, even in the bad years.",
    "I'm tired, honey, and I'm scared, and I'm still showing up because you're worth it.",
    "The whole family piled into the van for your graduation and we cheered so loud the principal turned around.",
    "It's not your fault that you got sick, but getting well is something only you can say yes to.",
    "I heard you laughing with your nephew in the backyard on Sunday and it was the best sound in months.",
    "Ron, your sponsor from last time, is here today because he cares about you.",
    "The doctor at Mercy told me your heart is under strain from the cocaine, and I can't lose you.",
    "Because of you I learned to stand up for myself in business, you were the one who told me to raise my prices.",
    "You're the reason I opened the shop in the first place, I wanted you to have something of your own someday.",
    "I'm not here to call you weak or pathetic, I'm here to ask you to get help.",
    "My brother Ray died a drunk at fifty-two, alone in a motel in Tulsa, and I can't watch that happen to you.",
    "Every Saturday morning you used to ride with me to the farmers market to set up the booth.",
    "I drank way too much myself after the divorce, and I'm grateful someone sat me down the way I'm sitting you down.",
    "Your bloodwork came back showing your kidneys are stressed, and Dr. Owens wants to see you this week.",
    "I need to clean up some of my own habits too, I've started going to Al-Anon on Thursdays.",
    "You'll never lose my love, that part is not up for negotiation.",
    "I always save you the corner piece of lasagna, there's one in the freezer right now.",
    "The Dirty Duck in Portsmouth is where you proposed to Jenna, and I cried when you called to tell me.",
    "You were the best salesman I ever had, hands down, and I mean that.",
    "We all went to Cedar Point the year the shop finally turned a profit, remember you got sick on the Magnum and still wanted to ride it again?",
    "I'm not leaving, not today or any day, I'll be in the waiting room when you say yes.",
    "Your therapist in high school said you had anxiety, and I wish I'd listened more closely back then.",
    "Years ago I had a cashier who was a heroin addict, and watching her get well in treatment is part of why I believe it works.",
    "Honestly I'm a disaster at asking for help myself, so I know how hard this is to hear.",
    "I was constantly at the store when you needed me, and I'm sorry for that.",
]

DEV151_BOTTOM_LINE_OK: list[str] = [
    "If you decide not to go, you can't work shifts at the shop, but my door is open the minute you're ready for treatment.",
    "I won't give you cash anymore, if you need groceries I'll go to the store with you and buy them.",
    "If you turn this down, I'm taking your name off the business account and getting my store key back.",
]
