# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 131 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a brother-in-law and a father who put everything in sports terms: sarcasm and absolutes most. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV131_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.90 (66/73; the rules alone 52/73): absolute 17/18, blame 11/12, sarcasm 18/23, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 2/45 (4.4%; the rules alone 2).

At merge, before it was trained on: with main bfd6408, rules and model 0.90 (66/73; the rules alone 52/73): absolute 17/18, blame 11/12, sarcasm 18/23, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 2/45 (4.4%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV131_FLAG: list[tuple[str, set[str]]] = [
    (
        "Real clutch performance showing up to Emma's christening with powder still on your nose, Danny.",
        {"sarcasm"},
    ),
    (
        "MVP of Thanksgiving right there, out cold on the couch before the turkey was even carved.",
        {"sarcasm"},
    ),
    ("Hall of fame move, blowing your whole bonus on coke in one weekend.", {"sarcasm"}),
    (
        "Nice hustle last Fourth of July, you really went the distance with that case of Coors before noon.",
        {"sarcasm"},
    ),
    (
        "Congrats on the new personal record, three DUIs in two years, thats quite a stat line.",
        {"sarcasm"},
    ),
    (
        "Way to represent the family at Grandpa's funeral buddy, slurring through the eulogy like a champ.",
        {"sarcasm"},
    ),
    (
        "Great teamwork leaving Karen to cover the mortgage while you were out partying till 4am.",
        {"sarcasm"},
    ),
    (
        "Real rookie of the year stuff, getting canned from the dealership for coming in wired.",
        {"sarcasm"},
    ),
    (
        "You sure made the highlight reel at Kyle's wedding, falling face first into the cake table, real smooth.",
        {"sarcasm"},
    ),
    (
        "Thanks a bunch for getting us tossed out of Soldier Field in the second quarter, that was a real treat for your nephews.",
        {"sarcasm"},
    ),
    (
        "Gold medal effort hiding the vodka bottles up in the garage rafters, I'll give you that one.",
        {"sarcasm"},
    ),
    (
        "You were a real team captain at Lily's birthday party, nodding off in line for the bounce house.",
        {"sarcasm"},
    ),
    (
        "What a comeback story, 'just one beer' at O'Malley's turned into three days nobody could find you.",
        {"sarcasm"},
    ),
    (
        "Super impressive that u can find a dealer at midnight on a Tuesday but cant find your own kid's soccer field.",
        {"sarcasm"},
    ),
    (
        "Your 'totally under control' looked awesome from the ER waiting room back in March.",
        {"sarcasm"},
    ),
    (
        "Coach of the year material, teaching Tyler to shotgun a beer when he was twelve years old.",
        {"sarcasm"},
    ),
    (
        "Bravo on the perfect attendance at the Brass Rail, too bad you couldn't manage that at work.",
        {"sarcasm"},
    ),
    (
        "Real veteran leadership, Danny, borrowing rent money from your little sister so you could buy an eight ball.",
        {"sarcasm"},
    ),
    ("Fantastic game plan, driving the pontoon hammered with both nephews on board.", {"sarcasm"}),
    (
        "Loved the halftime show you put on at your mom's 60th, screaming at the caterers was a nice touch.",
        {"sarcasm"},
    ),
    (
        "You were so 'fine' last Christmas Eve that me and Karen had to scrape you off the driveway.",
        {"sarcasm"},
    ),
    (
        "Championship-level excuse making, son, the flat tire story was my personal favorite.",
        {"sarcasm"},
    ),
    (
        "Heck of a season your having, two jobs gone and a totaled Silverado, I'm just bursting with pride.",
        {"sarcasm"},
    ),
    (
        "Every single game we planned to watch together, you bailed by the second quarter.",
        {"absolute"},
    ),
    ("You never once made it to one of Jake's Little League games sober.", {"absolute"}),
    (
        "Every time you swear it's your last line, it turns out not to be the last one.",
        {"absolute"},
    ),
    ("You constantly dodge me like a linebacker whenever I bring up the drinking.", {"absolute"}),
    ("Not one phone call from you in six months that wasnt you asking for money.", {"absolute"}),
    ("Whenever there's a family party you show up lit, without fail.", {"absolute"}),
    ("You have never kept a single promise to Karen, Danny, not one.", {"absolute"}),
    ("Nothing I say gets through to you anymore, it just bounces right off.", {"absolute"}),
    ("u always got an excuse ready, like a QB blaming the o-line every week", {"absolute"}),
    (
        "Every weekend its the same playbook, Friday night blowout and Sunday in bed till three.",
        {"absolute"},
    ),
    ("Your forever late, forever broke, forever sorry.", {"absolute"}),
    (
        "You disappear on every holiday without exception, and I'm done pretending I don't notice.",
        {"absolute"},
    ),
    ("You lie about the drinking each and every time somebody asks you about it.", {"absolute"}),
    ("Not a single day goes by anymore where you're not on something.", {"absolute"}),
    ("You never listen, you never show up and you never call your mother back.", {"absolute"}),
    ("No matter what anybody does to help, you find a way to fumble it.", {"absolute"}),
    ("All you do anymore is drink and sleep, drink and sleep.", {"absolute"}),
    (
        "You bail on every plan I make with you, the fishing trip, the Packers game, all of it.",
        {"absolute"},
    ),
    (
        "Your mom's blood pressure went through the roof this year and that sits squarely on your shoulders, son.",
        {"blame"},
    ),
    ("You cost this family the lake house, plain and simple.", {"blame"}),
    ("Karen cries herself to sleep most nights and its your fault.", {"blame"}),
    ("You picked the bottle over your own kids, and I can't get past that.", {"blame"}),
    (
        "I coached your teams for ten years and drove you to every tournament in three states, and this is how you pay me back?",
        {"blame"},
    ),
    ("You wrecked what should have been the best year of your sister's life.", {"blame"}),
    ("How do you look your daughter in the eye and keep doing this?", {"blame"}),
    ("This family is falling apart and you're the one who broke it.", {"blame"}),
    ("The shop went under because you were too coked up to make it to the meetings.", {"blame"}),
    ("I put up bail money for you twice and this is the thanks I get.", {"blame"}),
    ("Look at your mother, look at Karen, see what your partying has done to them.", {"blame"}),
    ("You dragged every one of us down into the mud with you, Danny.", {"blame"}),
    (
        "Your buddy Rob told me you were doing lines in the bathroom at Buffalo Wild Wings.",
        {"hearsay"},
    ),
    ("Karen's cousin saw you at the Shell station at 2am buying tallboys.", {"hearsay"}),
    ("Coach Miller mentioned you showed up to rec league smelling like a brewery.", {"hearsay"}),
    ("Word around the shop is that you've been drinking on your lunch break.", {"hearsay"}),
    (
        "Your landlord called your mother and said the neighbors complained about the noise again.",
        {"hearsay"},
    ),
    ("Supposedly you owe some guy from the gym two grand.", {"hearsay"}),
    ("Jenny from your office let it slip that you got written up for coming in high.", {"hearsay"}),
    (
        "From what the guys at the bowling alley say, you've been running a tab you cant pay.",
        {"hearsay"},
    ),
    ("You've turned into a full blown cokehead, Danny, and I barely recognize you.", {"label"}),
    ("I don't want my grandkids growing up with a lush for a father.", {"label"}),
    ("It's time to get clean and get back in the game, son.", {"clean"}),
    (
        "Karen found out your last test at the probation office came back dirty.",
        {"clean", "hearsay"},
    ),
    ("Honestly you're an embarrassment to the name on the back of that jersey.", {"insult"}),
    ("You're a bum, and I'm ashamed to call you my son.", {"insult"}),
    ("Everybody in this room is sick and tired of your excuses.", {"we"}),
    (
        "The whole family has talked it over and we all agree you've completely lost your way.",
        {"we"},
    ),
    (
        "If you walk out of this room without saying yes, you're cut from this team for good and you're no son of mine.",
        {"threat"},
    ),
    (
        "You're in complete denial, Danny, like a team that won't admit it's rebuilding.",
        {"diagnosis"},
    ),
    (
        "I'm no doctor but I'd bet money you're bipolar, the way you swing from the top of the world to rock bottom.",
        {"diagnosis"},
    ),
]

DEV131_GOOD: list[str] = [
    "Son, I still have the ball from your first home run sitting on my desk at work.",
    "When you were nine you wore my old Bears jersey to bed and it hung down past your knees.",
    "Mike here, and I want you to know I've got your back like a good left tackle.",
    "The first time Karen brought me home, you were the one who made me feel welcome, talking Cubs baseball for three hours.",
    "I miss watching the Super Bowl with you and yelling at the refs together.",
    "Lately I've seen you drop weight and your hands shake in the mornings, and it scares me.",
    "At Thanksgiving your eyes were bloodshot and you left before we ate, and I felt helpless.",
    "I love you, son, and I'm asking you to go to the treatment center in Madison today.",
    "There's a bed waiting for you this afternoon and I'll drive you there myself.",
    "I want my buddy back, the guy who taught Jake how to throw a spiral.",
    "When I found the empty bottles under the tarp in your truck bed last month, my stomach dropped.",
    "I remember you rebounding for Karen in the driveway until the streetlights came on.",
    "I'm scared I'm going to get a phone call one night saying you didn't make it home.",
    "Please say yes today Danny and let the pros coach you through this part.",
    "I'd give anything to sit up in the nosebleeds with you again eating those awful stadium hot dogs.",
    "Your mother and I have set money aside so the program is paid for, you dont have to worry about that.",
    "When you called me at 3 in the morning in October crying, I could hear how much pain you were in.",
    "You were the kid who stayed after practice to help pick up the cones.",
    "I know you're hurting, and I know this isn't the life you pictured for yourself.",
    "Going to treatment isn't quitting, son, it's calling a timeout to regroup.",
    "I've watched you sweat and grind your jaw at dinner and I'm worried about your heart.",
    "I still laugh about the time you dumped the Gatorade bucket on me after the 12U championship.",
    "Karen and I want the kids to grow up knowing their uncle Danny, the real one.",
    "I'm proud of the man you were before all this and I believe you can be him again.",
    "Last August you missed your daughter's first day of kindergarten and she kept looking at the door for you.",
    "I noticed the cash missing from the coffee can in the garage, and it broke my heart more than it made me mad.",
    "Whatever happens today, I'm in your corner.",
    "I want to take you to opening day next April and watch the first pitch together.",
    "The nosebleeds and the weight loss scare me, son, your body is trying to tell you something.",
    "Brother, you stood up next to me at my wedding and gave a toast that had my grandma in tears.",
    "I'm writing this because I love you and I can't sit on the bench and watch anymore.",
    "Dad here. I was up most of last night trying to get these words right.",
    "Your nephew Tyler still wears the catchers mitt you gave him for his birthday.",
    "When you come home from treatment there's a spot on my couch for Monday Night Football.",
    "I felt so alone at Lily's recital sitting next to your empty seat.",
    "You're worth fighting for, Danny, and that's why we're all here today.",
    "I hope someday we can toss the ball around in the backyard with your kids like old times.",
    "Please take the help thats being offered today, it's the best play on the board.",
    "I remember how proud you looked in your first Little League uniform, number 7 like Mantle.",
    "It scared me to death when you drove off from the barbecue after drinking all afternoon.",
    "Son, I know how hard you've fought in your life, and I know you can fight this too.",
    "I miss our Saturday mornings at the batting cages, just the two of us and a bucket of balls.",
    "When you hugged me at Mom's hospital bed two years ago, I knew the real Danny was still in there.",
    "This letter is hard for me to write, but I'd rather say it now than wish I had.",
    "The program has a family weekend in the third week and I've already asked off work for it.",
]

DEV131_TRAPS: list[str] = [
    "That walk-off double in the county semis, I've never been prouder standing in any set of bleachers.",
    "You always had the best arm on the team, nobody could make the throw from deep short like you.",
    "My own dad was a drunk who skipped every one of my games, and I swore I'd be different with you.",
    "I've been sober eleven years, Danny, I was an alcoholic long before you were born.",
    "Calling me that night in February instead of driving was a real clutch move, an MVP moment, and I mean that.",
    "Great job on your thirty days last spring, son, honestly, I hung that chip on the fridge.",
    "I will always be your biggest fan, win or lose.",
    "I'll never stop showing up for you.",
    "You're not a cokehead to me, you're the guy who beats me at H-O-R-S-E in the driveway.",
    "You told me 'I'm a junkie Mike, just leave me alone,' and I'm here to say I won't.",
    "Uncle Ray was a boozer his whole life and it killed him at 58, and I can't lose you the same way.",
    "Remember scrubbing the dirty uniforms in the laundry tub before every playoff game?",
    "You kept a clean sheet in goal that whole fall season and I still brag about it at work.",
    "I'm a total stats junkie, you know that, so here's a stat for you: I love you a hundred percent.",
    "We always had Sunday Night Football at Dad's place, wings and all, and I want that back.",
    "We drove fourteen hours straight to see the Rose Bowl and you slept the whole way in the back.",
    "Your doctor told you in June that your liver numbers are way up, and I'm scared for you.",
    "Dr. Patel said your heart rhythm was off after the ER visit, and I want you around a long time.",
    "Every time I drive past Wrigley I think of you and smile.",
    "Nothing you could ever do would make me stop loving you, son.",
    "Your sister is always bragging on you to her coworkers, even now.",
    "In my twenties I was a pillhead and a mess, and somebody held out a hand to me the way I'm holding mine out to you.",
    "You were a true hall of famer at Jake's baptism, holding him the whole service so Karen could rest.",
    "Rookie mistake on my part, I kept quiet for two years because I was afraid.",
    "The counselor at the center explained that addiction is a disease and not a character flaw, and that helped me a lot.",
    "Karen and I clean out the garage every spring and this year I want you there with a cold Gatorade.",
    "Never in a million years did I think I'd be writing a letter like this.",
    "You were the MVP of my wedding weekend, you kept everybody's spirits up when the rain hit.",
    "Dirty Harry was your favorite movie and we must have watched it twenty times.",
    "I always think of you when the Brewers pull out a close one.",
    "My brother Pete was an addict and he's been in recovery nine years now, so I know people come back.",
    "You said to me in the truck 'Dad I'm a disgrace' and I told you then and I'm telling you now, you're not.",
    "That clean hit you laid on the kid from Oak Park is still the stuff of legend around here.",
    "We won the church softball league three summers in a row, remember?",
    "Your therapist diagnosed you with depression last year and I know that's been heavy on top of everything.",
    "Driving Grandpa to chemo every Thursday that fall was the most clutch thing I've ever seen anybody do.",
    "I'll always keep the porch light on for you.",
    "Our teams lost a lot of games but we never had a bad bus ride home.",
    "I'm a hopeless Lions fan so I never give up on anybody, and you are not a lost cause.",
    "Back when I was drinking hard in my thirties I was a sloppy drunk and your mom nearly left me.",
    "The scouts may never have called but you were always an all-star to me.",
    "You sent your mom flowers every single Mother's Day, even last year when things were bad.",
    "I'll be there for every visit they let me have at the center.",
    "You walked me through my first transmission job and never once made me feel stupid.",
    "You taught me more about loyalty than any coach I ever had.",
]

DEV131_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be paying your phone bill or your truck insurance anymore, and that's hard for me to write.",
    "Danny, if you turn down the bed at the center, you can't keep staying in our basement after Sunday; I love you and I have to do this.",
    "If you choose not to go, I'm going to stop covering for you with Karen's folks when you miss things.",
    "If the answer is no, I'll still love you, but I won't be handing over cash or bailing you out again.",
    "If you say no, the kids won't be riding in the car with you until you get help.",
]
