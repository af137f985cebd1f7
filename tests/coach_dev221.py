# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 221 (5 December 2026, round 26, a tune batch read from the start): written by a new
writer who never saw the coach's code, rules or earlier sentences, asked for words of frequency and totality
(always, never, every time, not once, as usual …): about 40 absolutes, 60 kind sentences that use the same words
warmly or fairly, 20 traps. The writer's voice: a mother and a father writing together to their son on pills, a suburb, school and sports years. 1 sentence(s) the corpus already had word for word were dropped.

The lead read it to write the round's `R26A_` kind contexts for absolutes (docs/coach.md, "Twenty-sixth round:
absolutes said warmly (a49, lead)"). Training data for the learned second opinion like every tests/coach_dev*.py.
"""

from __future__ import annotations

DEV221_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every time we call, you let it go to voicemail and then text back some excuse three hours later.",
        {"absolute"},
    ),
    ("You never follow through on a single thing you promise us anymore.", {"absolute"}),
    ("Not once in the last two years have you made it to Sunday dinner on time.", {"absolute"}),
    (
        "You're constantly asking for money and its always for something that doesnt exist, a car repair, a textbook, a phone bill.",
        {"absolute"},
    ),
    (
        "You lie to us all the time Tyler, about where you are, who you're with, what you took.",
        {"absolute"},
    ),
    (
        "Every single holiday since you started on those pills has ended with you passed out on the couch by four.",
        {"absolute"},
    ),
    (
        "Again and again you swear its the last time and then we find another orange bottle in your gym bag.",
        {"absolute"},
    ),
    ("You'll probably just tell us we're overreacting, as usual.", {"absolute"}),
    ("You always have to make everything about you.", {"absolute"}),
    (
        "No one in this house can believe a word that comes out of your mouth anymore.",
        {"absolute", "we"},
    ),
    (
        "You have wrecked every birthday your sister has had since she turned twelve.",
        {"absolute", "blame"},
    ),
    (
        "Each time you disappear for a weekend your mother sits up by the window all night, and you never once think about what that does to her.",
        {"absolute"},
    ),
    (
        "You are high every day, morning to night, and you honestly think we can't tell.",
        {"absolute"},
    ),
    (
        "Forever making excuses, forever sorry, forever the victim, that's who you've become.",
        {"absolute"},
    ),
    (
        "You never think about anybody but yourself and frankly it's pathetic.",
        {"absolute", "insult"},
    ),
    (
        "Everything you touch falls apart, the job at Menards, the Civic, things with Kayla.",
        {"absolute"},
    ),
    (
        "Whenever life gets a little hard you run straight back to the pills, every time, without fail.",
        {"absolute"},
    ),
    (
        "Your dad and I and your grandparents all agree that you have never taken responsibility for anything in your life.",
        {"absolute", "we"},
    ),
    (
        "Coach Dimarco finally admitted to us that you were showing up to practice out of it constantly senior year.",
        {"absolute", "hearsay"},
    ),
    (
        "Your cousin Jake says your always nodding off at work and the whole warehouse knows why.",
        {"absolute", "hearsay"},
    ),
    ("You've never managed to stay clean longer than a week or two.", {"absolute", "clean"}),
    (
        "Every test they gave you at the outpatient place came back dirty, not one exception.",
        {"absolute", "clean"},
    ),
    (
        "You keep pointing the finger at us all the time when the truth is this whole mess is on you.",
        {"absolute", "blame"},
    ),
    (
        "Not one time have you thanked us for the thirty thousand dollars of rehab, after everything we gave up for you.",
        {"absolute", "blame"},
    ),
    (
        "You stole from us again and again and each time you looked us right in the eye and denied it.",
        {"absolute"},
    ),
    ("Nobody ever comes first with you except those pills.", {"absolute"}),
    (
        "You never call, you never come home, you never answer, and if that doesn't change today then as far as we're concerned we don't have a son.",
        {"absolute", "threat"},
    ),
    (
        "Every time you open your mouth its another lie, because thats what junkies do.",
        {"absolute", "label"},
    ),
    ("You'll always be an addict if you keep living like this.", {"absolute", "label"}),
    ("You are constantly in denial about how bad this has gotten.", {"absolute", "diagnosis"}),
    ("Thanks for always being there for us, oh wait, you never are.", {"absolute", "sarcasm"}),
    (
        "Real nice showing up to Grandpa's funeral glassy eyed, very classy, as usual.",
        {"absolute", "sarcasm"},
    ),
    ("You did not come to one single one of Emma's dance recitals last year.", {"absolute"}),
    (
        "u never pick up ur phone anymore and when u do ur slurring so bad we cant understand u",
        {"absolute"},
    ),
    ("Your whole life is pills now, morning noon and night, seven days a week.", {"absolute"}),
    ("Every dollar you get your hands on goes straight to the guy on Maple Court.", {"absolute"}),
    (
        "You've lied about everything, the back pain, the prescriptions, the money, all of it.",
        {"absolute"},
    ),
    (
        "Each and every promise you've made us since you were at Jefferson has been broken.",
        {"absolute"},
    ),
    (
        "Every day you wake up and pick the Percocet over your own little girl.",
        {"absolute", "blame"},
    ),
    (
        "Even back in Little League you could never handle losing without storming off, and nothing has changed.",
        {"absolute"},
    ),
    (
        "No matter how much we do for you, you constantly find a way to throw it back in our faces.",
        {"absolute", "blame"},
    ),
]

DEV221_GOOD: list[str] = [
    "On Saturdays you always got up before us and made chocolate chip pancakes, and you'd burn Dad's on purpose because he likes them crispy.",
    "We will always love you, whatever happens in this room today.",
    "Every summer we rented that little cabin on Lake Wapogasset and you were in the water before we had the car unpacked.",
    "Your dad never missed one of your wrestling meets, not even the away ones up in Eau Claire.",
    "I still remember every single one of your home runs, Tyler, I kept all the scorebooks.",
    "You were always the kid who sat with the new boy at lunch.",
    "Every night before bed you'd beg your mom for one more chapter of Harry Potter.",
    "Nothing will ever change how proud we were the day you walked across that stage at Jefferson.",
    "We think about you every day.",
    "Every Christmas Eve you and Dad put together whatever Santa brought Emma, swearing at the instructions under your breath.",
    "You have always been so good with your little cousins.",
    "Our door is always open to you, and it always will be.",
    "Each time I drive past the ball fields on Oak Street I picture you in that green jersey with the number 7.",
    "You always had a way of making your mom laugh when she was stressed out.",
    "I pray for you every morning in the car before work.",
    "We'll be with you every step of the way if you say yes today.",
    "Nobody could throw a spiral like you in our backyard.",
    "When you were at Stout you called me every Sunday just to tell me what you ate that week.",
    "Everything we are asking of you today comes from love.",
    "I'll never stop being your dad.",
    "We have always believed in you and we still do.",
    "Every Fourth of July you begged to light the sparklers yourself, and every year I let you.",
    "You were always the first one up on Christmas morning, shaking the boxes.",
    "I keep your old glove in the garage and I oil it every spring, I dont even know why, I just do.",
    "We miss you all the time.",
    "Each fall you raked the leaves into one giant pile just so you and the Novak kids could jump in it.",
    "You constantly amazed us with how much you knew about sharks when you were eight.",
    "Every time you came in the door after practice you headed straight for the fridge, still in your cleats.",
    "Forever your mom, forever on your side.",
    "Nothing would make us happier than seeing you get the help you deserve.",
    "We always ate dinner together at six, and you always had some story from the bus.",
    "I never told you this, but I cried in the car after your first varsity game because I was so proud of you.",
    "You've always had a big heart Ty.",
    "Every day you've been gone has felt long to us.",
    "You never forgot my birthday, not once, even in middle school when you made me a card out of printer paper and markers.",
    "Each birthday we let you pick the restaurant, and every year it was Olive Garden.",
    "Growing up, our house was full of your friends all the time and we loved every minute of it.",
    "I never once doubted that you love us.",
    "After Grandpa's heart surgery you called him every single day, and he still brings it up.",
    "Whatever you decide, we will never stop loving you.",
    "As a little boy you were curious about everything, you took apart the toaster when you were six.",
    "No one gives hugs like you do.",
    "You were always the one who noticed when Emma was sad and went and sat with her.",
    "Every Thanksgiving you and Uncle Dave ran the turkey trot and came back red-faced and starving.",
    "You were never afraid of hard work, you worked at Culver's all through high school and never called in.",
    "I think about your laugh all the time.",
    "We've kept every report card, every ribbon, every program from your band concerts.",
    "You always walked your sister to Lincoln Elementary and made sure she got in the door.",
    "Our love for you has never depended on how you're doing.",
    "Every morning I still set out two coffee mugs, a habit from when you lived at home.",
    "you always knew how to fix the wifi when nobody else in this house could lol",
    "Each time you scored you'd point up at the bleachers to find us.",
    "We'll be there for every visiting day and every family session they let us come to.",
    "There is nothing you could do that would make us stop wanting you home.",
    "You spent every recess playing four square and you were undefeated most of fourth grade.",
    "I will never forget your face when you caught that first bluegill at Grandpa's pond.",
    "Every Friday night in the fall we sat in those freezing bleachers and loved it.",
    "We pray every night that you'll say yes.",
    "We've always been proud to be your parents, and that hasn't changed.",
    "Again and again you picked your friends up when they were down, that's the Tyler we know.",
]

DEV221_TRAPS: list[str] = [
    "My own father was drunk every night by dinnertime, and I promised myself you'd never see that, so I know how scary a day like this is.",
    "This isn't about you always doing something wrong, it's about us being scared.",
    "I'm not saying you never tried, we know how hard you tried at Hazelden.",
    "Uncle Rick was in and out of trouble constantly when I was your age, and he got sober at forty, so it's never too late.",
    "I always blame myself for not asking more questions about the prescription after your shoulder surgery.",
    "Not one thing you've been through makes you a bad person.",
    "I was the one who was never home those years, always traveling for work, and I'm sorry for that.",
    "It isn't true that you always let us down, you came through for Emma's graduation and we saw how hard that was.",
    "Grandpa used to say every day above ground is a good day, and I think of that every time I think of you.",
    "You told me once, 'Mom, I'm always so tired,' and I wish I had listened closer back then.",
    "The doctor at St. Mary's told us your liver numbers have been a little worse each time they check, and that scares us because we love you.",
    "I'm constantly checking my phone at night, that's just where I'm at, and I'm not asking you to fix that.",
    "Nobody here thinks you are a lost cause, not one of us.",
    "Everything in the garage is still clean and organized the way you left it.",
    "You are not a junkie and you never will be to us, you're Tyler.",
    "Great job on your sixty days last spring, we know how hard every single one of those days was.",
    "We always drove up to Door County the first weekend of August, all four of us squished in the Camry.",
    "I was hooked on pills myself for a couple years after my back surgery and I never told you that.",
    "Your mom has never given up on you, not for a single day.",
    "Your friend Marcus was always over at our house after school and I'm pretty sure he ate more of our food than you did.",
]

DEV221_BOTTOM_LINE_OK: list[str] = [
    "If you say no to treatment today, we will stop paying your phone bill and your car insurance.",
    "If you choose not to go, you can't live in our house while you're using, but we will keep calling you and we will keep loving you.",
    "Starting tomorrow, if you turn this down, we won't hand you cash for any reason, though we will still buy groceries with you.",
]
