# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 175 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a wife whose husband drinks at the golf club, country-club politeness: sarcasm (often a closing aside) and hearsay most, then diagnosis. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV175_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.86 (57/66; the rules alone 45/66): absolute 3/4, insult 1/2, hearsay 14/15, sarcasm 13/16, diagnosis 12/15, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 3/45 (6.7%; the rules alone 3).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.86 (57/66; the rules alone 46/66): absolute 3/4, insult 1/2, hearsay 14/15, sarcasm 13/16, diagnosis 12/15, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 3/45 (6.7%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV175_FLAG: list[tuple[str, set[str]]] = [
    (
        "You were the life of the member-guest dinner, Richard, right up until you knocked the centerpiece into Judge Harlow's lap. Truly memorable.",
        {"sarcasm"},
    ),
    (
        "Lovely toast at Emily's rehearsal dinner, by the way, I'm sure the Whitmores will be talking about it for years.",
        {"sarcasm"},
    ),
    (
        "I did so enjoy driving us home from the club again while you serenaded me from the passenger seat, what a treat.",
        {"sarcasm"},
    ),
    (
        "Your handicap may be down to a nine but your tab at the nineteenth hole is clearly the real accomplishment of the season.",
        {"sarcasm"},
    ),
    (
        "Thank you ever so much for remembering our anniversary, dear, from your stool at the Briarwood bar.",
        {"sarcasm"},
    ),
    (
        "And wasn't it generous of you to let Graham caddie so he could watch his father empty a flask by the ninth tee.",
        {"sarcasm"},
    ),
    (
        "You handled the club championship ceremony beautifully, if falling off the patio step with the trophy counts as handling it.",
        {"sarcasm"},
    ),
    (
        "Such a gentleman, waving the valet away and then backing the Lexus into the fountain.",
        {"sarcasm"},
    ),
    (
        "Im sure the board was very impressed with your speech about the new irrigation system, slurred as it was.",
        {"sarcasm"},
    ),
    ("Congratulations darling, the bartender has finally named a cocktail after you.", {"sarcasm"}),
    (
        "What a devoted father, napping in the car with the seat reclined through Lily's entire recital.",
        {"sarcasm"},
    ),
    ("Mother's seventieth was another one of your finest performances, Rich. Bravo.", {"sarcasm"}),
    (
        "It's wonderful how relaxed those little white pills make you, you hardly even noticed when the grandchildren went home.",
        {"sarcasm"},
    ),
    (
        "Impeccable manners as usual, telling the new minister exactly what you think of Presbyterians after your fifth gin and tonic.",
        {"sarcasm"},
    ),
    (
        "Thank you for the charming voicemail from the locker room at two in the morning, I've saved it for posterity.",
        {"sarcasm"},
    ),
    (
        'Oh and you were so "fine" to drive every single Saturday this summer.',
        {"absolute", "sarcasm"},
    ),
    (
        "Margaret Ellison mentioned at bridge that you'd been asked to leave the grill room twice this month.",
        {"hearsay"},
    ),
    (
        "The club manager phoned the house on Thursday to tell me your account has been flagged.",
        {"hearsay"},
    ),
    (
        "Tom behind the bar pulled me aside and said he cut you off after four, and that you went out to the car for the rest.",
        {"hearsay"},
    ),
    (
        "Apparently you told the Saturday foursome that I don't let you have any fun at home.",
        {"hearsay"},
    ),
    (
        "Bill Carrington's wife let it slip that Bill drove you home from the Fourth of July party because you couldn't find your keys, or your shoes.",
        {"hearsay"},
    ),
    (
        "I've heard from more than one of the ladies that you were found asleep in a cart behind the fourteenth green.",
        {"hearsay"},
    ),
    (
        "Your partner at the firm rang me to say you've missed three client lunches and come back from others smelling of scotch.",
        {"hearsay"},
    ),
    ("Word around the club is that you keep a bottle zipped into your golf bag.", {"hearsay"}),
    (
        "Diane next door says she sees you sitting in the driveway with the engine running for an hour before you come inside.",
        {"hearsay"},
    ),
    (
        "Kelsey in the pro shop told Caroline, who told me, that you knocked over an entire display of putters last week.",
        {"hearsay"},
    ),
    (
        "People at St. Mark's are whispering that you were at the club bar before the eleven o'clock service.",
        {"hearsay"},
    ),
    (
        "According to the Hollisters you were so loud at their dinner party that their little boy came downstairs crying.",
        {"hearsay"},
    ),
    (
        "I was informed, very delicately, by the membership committee that there has been a complaint about your language in the dining room.",
        {"hearsay"},
    ),
    (
        "Your brother Peter tells me you called him last month wanting to borrow money so I wouldnt see the bar bill.",
        {"hearsay"},
    ),
    (
        "The Lindquists' daughter saw you buying pills off a waiter in the parking lot, or so her mother says.",
        {"hearsay"},
    ),
    (
        "Honestly Richard I think you're a textbook narcissist, everything at that club has to revolve around you.",
        {"diagnosis"},
    ),
    ("You are so far into denial you could play eighteen holes in it.", {"diagnosis"}),
    (
        "I've come to believe the drinking is covering up a manic-depressive streak you've had since your father died.",
        {"diagnosis"},
    ),
    (
        "One minute you're charming and the next you're cruel, and I truly believe you have borderline personality.",
        {"diagnosis"},
    ),
    (
        "The way you lie to my face without blinking, I've started to wonder if you have no conscience at all, like some kind of sociopath.",
        {"diagnosis"},
    ),
    (
        "You obviously have an obsessive compulsive disorder about that handicap of yours.",
        {"diagnosis"},
    ),
    (
        "I think you have been clinically depressed for years and the gin is how you medicate it.",
        {"diagnosis"},
    ),
    (
        "You're a functioning alcoholic with some kind of personality disorder, Rich.",
        {"diagnosis", "label"},
    ),
    (
        "Up one week and down the next, I'm convinced you're bipolar and nobody ever caught it.",
        {"diagnosis"},
    ),
    (
        "You have an anger disorder, plain and simple, and the scotch just lets it out.",
        {"diagnosis"},
    ),
    (
        "There is something paranoid going on with you, the way you accuse the staff of watering down your drinks.",
        {"diagnosis"},
    ),
    (
        "You've got the same antisocial personality your father had, charming at the club and ice cold at home.",
        {"diagnosis"},
    ),
    (
        "I suspect you have untreated ADHD, which is why you can't sit through one dinner without a drink in your hand.",
        {"diagnosis"},
    ),
    ("Frankly darling your refusal to see any of this is pure denial.", {"diagnosis"}),
    (
        "Your a classic passive-aggressive personality and the martinis only make it worse.",
        {"diagnosis"},
    ),
    ("You're a drunk in a nice polo shirt, that's all you are anymore.", {"insult", "label"}),
    (
        "Every time we set foot in the club you're at the bar before we've even been seated.",
        {"absolute"},
    ),
    (
        "You have not come home sober from one single Saturday round in the last two years.",
        {"absolute"},
    ),
    (
        "Your always the last one out of the grill room and the first one to tell me your fine.",
        {"absolute"},
    ),
    (
        "Because of your drinking we had to resign from the yacht club and I've lost half my friends.",
        {"blame"},
    ),
    ("You picked the nineteenth hole over your own wife and children, Richard.", {"blame"}),
    (
        "After all the dinners I hosted for your partners and all the years I smoothed things over, this is how you thank me.",
        {"blame"},
    ),
    ("How could you let our grandson see you like that at Easter brunch?", {"blame"}),
    ("You wrecked Lily's sweet sixteen at the club and she still won't speak about it.", {"blame"}),
    (
        "You embarrass me, you embarrass the children, and frankly you are an embarrassment to yourself.",
        {"insult"},
    ),
    ("The man I married has turned into the club lush.", {"label"}),
    (
        "We've all talked it over, the children and your sister and I, and we agree you have become impossible to live with.",
        {"we"},
    ),
    ("The whole family is fed up with your excuses and your charm.", {"we"}),
    (
        "Either you check into that place in Arizona this week or I'm calling my lawyer and you can go live at the club.",
        {"threat"},
    ),
    ("If you won't go, don't bother coming home, the locks are being changed tonight.", {"threat"}),
    (
        "You need to get off the Percocet and get clean before that back surgery becomes your excuse forever.",
        {"clean"},
    ),
    (
        "The test Dr. Morrow ordered came back dirty for oxycodone and you told me it was a lab error.",
        {"clean"},
    ),
]

DEV175_GOOD: list[str] = [
    "Richard, I love you, and I have loved you since the night you spilled punch on my dress at the Harvest Ball and then offered me your jacket.",
    "I remember you teaching Graham to putt on the living room carpet with a coffee mug for a hole.",
    "I miss the man who walked the back nine with me at dawn before anyone else was out.",
    "Lately I've noticed your hands shake in the mornings until you've had something to drink.",
    "On June 14th I found you asleep on the mudroom floor with your spikes still on.",
    "When you came home from the Calloway wedding you didn't seem to recognize me for a moment, and I was frightened.",
    "I'm scared that one night the phone will ring and it will be the state police.",
    "You're a wonderful grandfather when you're yourself, and Ava adores her Pop-Pop.",
    "I want us to grow old together on the porch in Kennebunkport the way we planned.",
    "There is a bed waiting for you at Hazelden tomorrow morning and I will drive you there myself.",
    "I've felt very alone at dinner parties this year, smiling and making conversation while I worry about how you'll get home.",
    "You were so proud the day you got your hole in one on the seventh, and I was so proud of you.",
    "I have kept this quiet for a long time and I'm not going to anymore, because I love you too much.",
    "When you forgot to pick Lily up from the airport in March she sat at the curb for three hours and called me in tears.",
    "I'd give anything for one more Sunday of you making your terrible lopsided pancakes.",
    "i know your hurting too rich, i can see it in your eyes.",
    "You were the steadiest person I knew when Mom was sick, and I leaned on you more than I ever told you.",
    "I want my husband back.",
    "Please say yes to the program, for yourself first and for us second.",
    "The night of the club gala you fell on the stairs and cut your forehead, and I sat up with you until four.",
    "I still have the scorecard from our first round together, where you wrote 'marry me?' next to the eighteenth.",
    "Our thirty-one years mean more to me than any membership or any opinion in this town.",
    "I've started going to Al-Anon on Tuesday nights and it has helped me understand that this is an illness.",
    "I found the bottles tucked in the rain hood of your golf bag, and it broke my heart.",
    "You used to call me from the road just to say goodnight.",
    "I believe you can get well, Richard, I truly do.",
    "Graham wants his dad at his graduation in May, clear-eyed and in the front row.",
    "When you laugh at yourself you are the most charming man in any room, and I fell for that laugh.",
    "This past Christmas Eve you slept through the children opening presents and I told them you had a migraine.",
    "I'm not writing this to shame you, I'm writing because I'm frightened for your life.",
    "I'll be there for family weekend and I'll bring the photo albums if you'd like.",
    "Your father would want you to fight for this.",
    "Do you remember dancing with me on the ninth green under the sprinklers after the fireworks?",
    "Last Tuesday you couldn't remember the conversation we'd had over breakfast, and that scared me.",
    "I've set the money aside for treatment, the club dues can wait.",
    "The kids and I will visit on every Sunday they allow it.",
    "I know asking for help is hard for a man who has spent his whole life being the one people lean on.",
    "I love that you still open the car door for me after all these years.",
    "It hurts me to watch you pour a drink before you've even taken off your coat.",
    "When you're sober you are funny and generous and kind, and that's the man I married.",
    "Please, my love, let today be the day we start over.",
    "I cancelled the Palm Beach trip so we can put everything we have into your recovery.",
    "I want to hear you tell those awful golf jokes at Thanksgiving again, and actually remember telling them.",
    "I felt embarrassed, and then guilty for feeling embarrassed, when the Lindquists' son had to help you to the car.",
]

DEV175_TRAPS: list[str] = [
    "My father was a drunk who died at fifty-eight, and I cannot bear to watch the same thing happen to you.",
    "You are not an alcoholic to me, Rich, you're my husband and you are sick and you need help.",
    "I will always love you, Richard, no matter what you decide today.",
    "We always got the corner table at the Valentine's dinner dance and you always ordered me the creme brulee.",
    "Great job on the charity tournament in September, you raised forty thousand dollars for the children's hospital and stayed on club soda all day.",
    "Dr. Whitaker says your liver enzymes are far too high, and I am so worried about you.",
    "I never stop hoping you'll walk back through that door as yourself.",
    "Last week you said to me, 'I'm a drunk and everybody at the club knows it,' and I cried because that is not how I see you.",
    "The Pruitts' boy was a real pillhead in high school and he's a pharmacist now, so I know people get better.",
    "I spent Saturday helping Lily clean out her dorm room and I kept thinking about how much she misses you.",
    "I'm a chocolate junkie myself, so I understand cravings better than you might think.",
    "We went to Pebble Beach for our twentieth and you hit your ball into the ocean and laughed until you cried.",
    "I was a mess the morning you left for work without saying goodbye, but I'm not angry.",
    "The cardiologist said your blood pressure is dangerously high, and I want you here for a long, long time.",
    "Uncle Walt drank heavily his whole life and never got the chance at treatment you're being offered today.",
    "I'll never forget how you held my hand through the whole labor with Graham.",
    "The house is clean and the garden looks lovely but it feels so empty without you.",
    "Every time I hear Sinatra on the radio I think of our first dance.",
    "My sister Joan was in denial about her own drinking for ten years and she's been sober for six now, so I know it's possible.",
    "You once told me, 'I'm worthless without you,' and I want you to know you're worth everything to me.",
    "We all piled into the station wagon every summer to drive to the Cape and you sang the whole way.",
    "I heard you laughing with Graham in the garage last month and it was the best sound I've heard all year.",
    "Caroline said to tell you she's praying for you and has a casserole with your name on it.",
    "I was pathetic at hiding how worried I was, and of course you saw right through me.",
    "You have never once raised a hand to me or the children, and I want you to know I see that.",
    "I think of you every time I walk past the putting green.",
    "Ava calls herself a golf junkie now because of you, and she wants her Pop-Pop to teach her to chip.",
    "I was in denial for years myself, pretending the bottles in the recycling were from our guests.",
    "Thank you for thirty-one years of Sunday mornings with coffee and the crossword.",
    "Congratulations on the forty days you put together last spring, I saw how hard you worked and I was so proud.",
    "The counselor told me this is a disease and not a moral failing, and that helped me more than I can say.",
    "Your dad was a mean drunk and you promised yourself you'd never be like him, and I still believe you can keep that promise.",
    "I'll always be on your side, even when your side is a hard place to stand.",
    "We used to take the boat out to the sandbar and eat lobster rolls out of paper bags.",
    "I'm tired, Rich, I'll be honest with you, and I need help too.",
    "Nobody in this room thinks you're a bad person.",
    "I used to be such a snob about people who drank too much, and this year has humbled me.",
    "You were never happier than the summer you coached Graham's junior golf team.",
    "Dennis the club pro is in recovery himself and has offered to talk with you any time you want.",
    "Your mother always said you were the kindest of her boys, and I've seen that kindness all through our marriage.",
    "You always came home with dirty knees from crouching to read putts and I loved teasing you about it.",
    "We're all here because we love you, every one of us.",
    "I'm not leaving you, Richard, I'm staying right here beside you.",
    "The nurse explained that the shaking in your hands is withdrawal and can be dangerous, which is why they want to watch you closely at first.",
    "I heard the club has started a sober mixer for members in recovery and I would be proud to go with you.",
]

DEV175_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will stop paying the bar bill and I'll ask the manager to close the house account.",
    "If you choose not to go, I'm going to stay with my sister in Greenwich for a while, because I can't keep living like this.",
    "If you decide against treatment, I won't make excuses for you to your partners or our friends anymore.",
    "If you don't accept help today, I will not get into a car with you behind the wheel again.",
]
