# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 78 (4 December 2026, round 20): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: hearsay from spouses, in-laws and neighbours, second-hand knowledge often without "said". 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV78_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 2ab5128, rules and model 0.98 (85/87; the rules alone 71/87): hearsay 54/56, every other kind full; good 2/42 (4.8%; the rules alone 2), traps 5/51 (9.8%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV78_FLAG: list[tuple[str, set[str]]] = [
    (
        "Word got back to me through your brother-in-law that you were let go from the warehouse in March.",
        {"hearsay"},
    ),
    (
        "Your manager mentioned at the Fourth of July barbecue that you'd been calling in sick most Mondays.",
        {"hearsay"},
    ),
    (
        "I found out from your cousin Dana's Facebook post that you'd been in the ER over Thanksgiving weekend.",
        {"hearsay"},
    ),
    (
        "The pharmacist let it slip that you tried to fill the oxy prescription early twice this month.",
        {"hearsay"},
    ),
    (
        "I'm told you've been borrowing money from Aunt Rita again and not paying it back.",
        {"hearsay"},
    ),
    (
        "According to the bank someone has been pulling cash out of Dads account at 2am, and your sister thinks it was you.",
        {"hearsay"},
    ),
    (
        "The neighbours saw you asleep in the car in the driveway with the engine running, in January.",
        {"hearsay"},
    ),
    (
        "Your ex warned me before our wedding that you hid vodka behind the paint cans in the garage.",
        {"hearsay"},
    ),
    (
        "It came out at church last Sunday that you showed up at Pastor Jim's house drunk and crying.",
        {"hearsay"},
    ),
    (
        "Somebody put it in the family group chat that you were seen buying from that guy who lives on Elm Street.",
        {"hearsay"},
    ),
    (
        "Mrs. Kowalski from Jacob's school phoned to let me know you picked him up smelling of beer.",
        {"hearsay"},
    ),
    (
        "Your mother-in-law told Ken you passed out at her table on Easter before the ham was even cut.",
        {"hearsay"},
    ),
    (
        "Apparently, according to Marcus, you were doing lines in the bathroom at his bachelor party.",
        {"hearsay"},
    ),
    (
        "I heard it from Jenna's husband that you've been getting Xanax off a guy at your work.",
        {"hearsay"},
    ),
    (
        "Lisa from next door mentioned the police were at your place again on Saturday night.",
        {"hearsay"},
    ),
    (
        "Your old roommate Tyler messaged me on Instagram because he's worried, he says you've been asking everyone for pills.",
        {"hearsay"},
    ),
    ("Dad's buddy at the VFW says you've run up a bar tab there you can't pay.", {"hearsay"}),
    ("From what your wife tells me, you haven't slept in your own bed in weeks.", {"hearsay"}),
    (
        "Your father-in-law let on that you borrowed two thousand dollars from him and claimed it was for the truck.",
        {"hearsay"},
    ),
    (
        "The story going around the family is that you put Gary's boat into the dock after drinking all afternoon.",
        {"hearsay"},
    ),
    ("Rumor at the plant is that you got written up for coming in on meth.", {"hearsay"}),
    (
        "My sister heard from her hairdresser, who is your girlfriends mom, that youre using again.",
        {"hearsay"},
    ),
    (
        "Your neighbor Don caught me at the mailbox to tell me there are strangers knocking on your door at all hours.",
        {"hearsay"},
    ),
    (
        "Coach Reynolds let me know you've missed five of Tanner's practices since October when it was your turn to drive.",
        {"hearsay"},
    ),
    (
        "I saw on your cousin's snapchat story that you were at the party where the cops came.",
        {"hearsay"},
    ),
    (
        "Julie's husband mentioned in passing that you'd asked him where a person could get Percocet.",
        {"hearsay"},
    ),
    (
        "Our old friends from Cedar Lake told us they saw you nodding off at the marina bar over Labor Day.",
        {"hearsay"},
    ),
    (
        "Your landlord called me, since my name is on the lease, and told me the rent is three months behind.",
        {"hearsay"},
    ),
    (
        "The nurse at urgent care told me on the phone that this is your third overdose scare this year.",
        {"hearsay"},
    ),
    (
        "Someone from your office showed me a video of you stumbling out of the Christmas party.",
        {"hearsay"},
    ),
    ("Word around the neighborhood is you've been selling your tools to buy weed.", {"hearsay"}),
    (
        "Grandpa overheard Kevin telling people you drove the kids home after getting high.",
        {"hearsay"},
    ),
    (
        "Your sister-in-law texted me a picture of you passed out on her couch at three in the afternoon.",
        {"hearsay"},
    ),
    (
        "A guy from your AA group ran into me at Target and mentioned you havent been to a meeting since spring.",
        {"hearsay"},
    ),
    (
        "Your brother says you admitted to him you're taking eight or nine Norco a day now.",
        {"hearsay"},
    ),
    (
        "Becca from high school messaged me that you were at her bar till close four nights last week.",
        {"hearsay"},
    ),
    (
        "Mom heard at her book club that you'd lost your license, and that is how I found out too.",
        {"hearsay"},
    ),
    (
        "Maddie's teacher phoned to ask if things are ok at home, because Maddie told her daddy sleeps all day.",
        {"hearsay"},
    ),
    (
        "I got a call from your buddy Sean, he was scared because you were talking crazy after a three-day bender.",
        {"hearsay"},
    ),
    (
        "Supposedly you were fired from Lowe's for taking stuff, at least that's what your ex-wife's sister posted.",
        {"hearsay"},
    ),
    (
        "Pete across the road tells me your car's been parked crooked on the lawn more than once.",
        {"hearsay"},
    ),
    (
        "I understand from your wife that you've been hiding bottles in the laundry room.",
        {"hearsay"},
    ),
    (
        "The deacon's wife pulled me aside after service and said she smelled liquor on you at the potluck.",
        {"hearsay"},
    ),
    ("From what I gather from your roommate, the rent money went up your nose.", {"hearsay"}),
    (
        "Your ex-husband warned me the pills started long before the car accident, whatever you told us.",
        {"hearsay"},
    ),
    (
        "According to your wife the credit card shows hundreds at the liquor store every week.",
        {"hearsay"},
    ),
    (
        "Our neighbor Carla said you were yelling in the yard at 4am and she nearly called 911.",
        {"hearsay"},
    ),
    (
        "I keep hearing from the guys at the club that you're drinking in the parking lot before your tee time.",
        {"hearsay"},
    ),
    (
        "Your mother told me in confidence that you took her hydrocodone after her knee surgery.",
        {"hearsay"},
    ),
    (
        "Somebody from your old job left me a voicemail, you'd gone there asking people for money.",
        {"hearsay"},
    ),
    (
        "Aunt Carol wrote in the cousins chat that she watched you buy something in the Walgreens parking lot from a kid in a hoodie.",
        {"hearsay"},
    ),
    (
        "Your sister says you've been lying to all of us and honestly she thinks you're a junkie now.",
        {"hearsay", "label"},
    ),
    (
        "Everyone at St. Mark's is whispering that you're an alcoholic, Dennis.",
        {"hearsay", "label"},
    ),
    (
        "Your mother in law is convinced you're a narcissist and after what Greg told me I'm starting to agree.",
        {"diagnosis", "hearsay"},
    ),
    (
        "Your foreman told Jim you never once showed up on time this whole summer.",
        {"absolute", "hearsay"},
    ),
    (
        "Your probation officer let us know your test came back dirty again last week.",
        {"clean", "hearsay"},
    ),
    ("You've turned into a full blown pillhead, Danny, and I barely recognize you.", {"label"}),
    ("I want my son back, not the tweaker who bangs on my door at 3am.", {"label"}),
    ("Thirty days there and you could finally be clean for Lily's graduation.", {"clean"}),
    ("You never once asked how I was doing after Mom's funeral.", {"absolute"}),
    ("Every single holiday ends with you slurring at the table and somebody crying.", {"absolute"}),
    ("Our marriage fell apart because you picked the bottle over me and the girls.", {"blame"}),
    ("After all the bail money and the rides to court, this is how u repay me?", {"blame"}),
    (
        "Honestly its pathetic watching a forty year old man beg his mother for pill money.",
        {"insult"},
    ),
    ("You are an embarrassment to the Delgado name.", {"insult"}),
    ("The whole family has had it with your excuses, Kyle.", {"we"}),
    ("Every one of us sitting here agrees you've gotten selfish and mean.", {"insult", "we"}),
    ("Go to treatment tomorrow or don't bother ever coming home.", {"threat"}),
    (
        "If you walk out of this room without saying yes, you will never hear my voice again.",
        {"threat"},
    ),
    ("Way to go showing up wasted to Nana's 80th, she was soooo proud.", {"sarcasm"}),
    ("Congrats on setting a new family record, three DUIs in two years.", {"sarcasm"}),
    (
        "You're a textbook narcissist and everything always has to be about you.",
        {"absolute", "diagnosis"},
    ),
    ("I honestly think you're bipolar and the meth is just covering it up.", {"diagnosis"}),
    ("You're so far in denial you can't see the wreckage around you.", {"diagnosis"}),
    ("Some mother you are, out cold on the couch while the baby screamed.", {"insult", "sarcasm"}),
    ("We all think you're a drunk, Ray, and we're done pretending otherwise.", {"label", "we"}),
    ("Stay clean or you lose the kids for good, it's that simple.", {"clean", "threat"}),
]

DEV78_GOOD: list[str] = [
    "Dad, I remember you teaching me to bait a hook at Lake Wallenpaupack when I was six.",
    "I'm writing this because I love you and I miss the brother who used to call me every Sunday.",
    "When you held my hand in the hospital after Emma was born, I felt like the luckiest wife alive.",
    "Lately I've seen you lose weight and stop coming to family dinners, and I'm scared for you.",
    "I worry every time my phone rings late at night.",
    "Last month I found you asleep on the bathroom floor, and I haven't been able to stop thinking about it.",
    "Grandpa Joe, your stories about the Navy are some of my favorite memories.",
    "I want my best friend back, the one who drove six hours to help me move into my first apartment.",
    "I hope you'll say yes today and get on the plane with us tonight.",
    "The program in Arizona has a bed waiting for you, and I'll be there for family weekend.",
    "You make the best chili in Ohio and I want to eat it at a hundred more football Sundays.",
    "Mom, you taught me to be brave, and now I'm asking you to be brave one more time.",
    "When you missed Jacob's recital in May, I had to explain to him why the seat next to me was empty, and it broke my heart.",
    "I felt so alone at the kitchen table on our anniversary, waiting for your headlights.",
    "I'm so proud of the father you were to me growing up.",
    "I have watched you go from running half marathons to barely getting off the couch, and it hurts me.",
    "I remember the night you stayed up till 2 helping me with my science fair volcano.",
    "ur my big sister and I look up to you more than anyone",
    "Since the fall you've forgotten three of our plans, and I feel like I'm losing you.",
    "I still have the card you made me when I turned forty.",
    "You've been my partner on the crew for nine years and I'd trust you with my life on a roof.",
    "I love you, Marcus. I'm not going anywhere.",
    "When I saw the bruises on your arm in August I didnt know what to say so I said nothing, and Im sorry for that.",
    "Treatment isn't a punishment, it's a chance, and I want you to take it.",
    "Nana, your tomato garden was the best place in the world when I was little.",
    "I dream about us taking the kids to Yellowstone like we talked about.",
    "I'm asking you to go to Ridgeview this afternoon, and I'll drive you myself.",
    "The last time we talked on the phone you sounded so tired, and I could hear that you were hurting.",
    "I miss our Friday movie nights and your terrible burnt popcorn.",
    "When you came to my graduation at Penn State I saw you beaming in the third row.",
    "I have been lying awake thinking about what I'd do if I lost you.",
    "My heart hurts when I see Lily at the front window watching for your truck.",
    "I know you're in pain, and I know the pills started because of your shoulder.",
    "I want to walk with you to the intake desk and hug you goodbye.",
    "You were the kindest coach those boys ever had.",
    "At Christmas I watched you fall asleep at the table before dinner was even served, and I felt scared.",
    "I'm ready to take the kids every weekend while you're away, whatever it takes.",
    "I'm not angry, I'm just really worried about you.",
    "I've got your photo from our Galveston trip on my desk at work.",
    "Please let us help you the way you've helped every one of us.",
    "Your nephew asks about you all the time and wants to show you his new skateboard tricks.",
    "It scared me when you drove off Saturday after the fifth beer I watched you open.",
]

DEV78_TRAPS: list[str] = [
    "I saw it myself the morning you couldn't hold your coffee cup still, and it scared me.",
    "Dr. Patel told us that people with your kind of opioid dependence recover all the time with the right support.",
    "You called me in June to tell me you'd been sober sixty days, and I cried in the Kroger parking lot.",
    "Your sister said to tell you she's keeping the spare room ready for you when you finish the program.",
    "The counselor at Hazelden said a bed opens up Monday morning and they're holding it for you.",
    "I heard you laugh at Sophie's birthday, really laugh, and I miss that sound so much.",
    "Grandma told everyone at Easter how proud she is of the birdhouse you built her.",
    "I noticed the last few times I visited that your fridge had nothing in it but beer.",
    "You showed me the email from your manager yourself, your job will be there when you finish treatment.",
    "You told me 'I'm a drunk, Mom' last Christmas, and I want you to know that's not all you are.",
    "My dad was a mean drunk and I promised myself my kids would never feel that kind of fear.",
    "I was addicted to painkillers for four years after my back surgery, so I know how hard they grab you.",
    "I never stop praying for you, not one single night.",
    "We always had Sunday pancakes at Grandpa's, with you flipping them way too high.",
    "You spent every Saturday morning that summer helping me clean out the barn.",
    "Great job on that interview last fall, I know how hard you prepared for it.",
    "You are not an addict to me, you're my little brother who taught me to ride a bike.",
    "The liver specialist explained that your liver can heal a lot if you stop drinking now.",
    "The nurse at detox said you were polite and funny even on your hardest night there.",
    "I heard from you last week for the first time in months, and it meant the world to me.",
    "Your cousin Mia is having a baby in May and she wants you to be the godfather.",
    "The neighbors asked after you and want to have you over for a cookout when you're home.",
    "Aunt Jo mentioned she's kept your fishing rod in her shed all this time, waiting for you.",
    "I'm a total sugar junkie too, remember, we used to split a whole dozen donuts in the car.",
    "You've always been the one who remembers everybody's birthday.",
    "Every time I hear Springsteen on the radio I think of you singing in the car.",
    "Nothing you could ever do would make me stop being your mother.",
    "The family therapist told me that when families show up like this, people have the best chance.",
    "I was so proud when you told me you'd gone to your first NA meeting on your own.",
    "Luis from the garage called to say he misses having you on the crew and hopes you'll come back after.",
    "I've seen you sit up all night with a sick puppy, so I know how much care is in you.",
    "The kids told me they drew you pictures to take with you to rehab.",
    "Pastor Mike said the whole congregation is praying for you, no judgment, just love.",
    "We went to Myrtle Beach every July and you'd bury me in sand up to my neck.",
    "All twelve of us drove in today because we love you.",
    "I noticed you've kept your little sister's crayon drawing on the fridge for ten years.",
    "My uncle Frank was an alcoholic who never got help, and I don't want that story for you.",
    "It's not your fault you got hooked after the surgery, the pills were prescribed to you.",
    "You told me yourself you want to be there when Ava starts kindergarten, and I believe you.",
    "Dr. Nguyen said Suboxone has worked for lots of people your age and she'd be happy to start you on it.",
    "The intake coordinator said they have a dad's program where you can video call the kids every night.",
    "I watched you fight back after that knee surgery, and you never quit then either.",
    "Your grandmother wanted me to read you this: 'Bobby, you are still my sunshine.'",
    "I'm told by the staff at the center that the first week is the hardest and it gets easier after.",
    "Your wife says the girls keep asking when daddy's coming home, because they miss you so much.",
    "I'm not going to call you a drunk or anything else today, you're my husband and I love you.",
    "Clean sheets are on your old bed, ready for you when you get out.",
    "You never looked happier than the day you held Noah for the first time.",
    "I saw you at Liam's game in April, sober and cheering, and I want more of those days.",
    "Uncle Dave, who's twelve years sober, says to tell you he'll drive you to your first meeting.",
    "My roommate in college was a real stoner and you were the one who helped me move out.",
]

DEV78_BOTTOM_LINE_OK: list[str] = [
    "If you choose not to go, I'll still love you, but you can't keep living in the basement after Sunday.",
    "If you don't accept the bed at Cedar Ridge, I will not bail you out the next time you're arrested.",
    "Should you turn this down, the kids and I will stay at my mom's until you're in treatment.",
]
