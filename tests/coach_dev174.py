# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 174 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an Appalachian family, church, the holler and plain talk: sarcasm, absolutes and hearsay most. 8 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV174_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.96 (66/69; the rules alone 58/69): label 3/4, absolute 15/17, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 0/40 (0.0%; the rules alone 0).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.96 (66/69; the rules alone 58/69): label 3/4, absolute 15/17, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 0/40 (0.0%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV174_FLAG: list[tuple[str, set[str]]] = [
    (
        "Real nice of you to come to Mamaw's funeral smelling like a still, Dwayne, I'm sure she was proud.",
        {"sarcasm"},
    ),
    (
        "Way to go wrecking Daddy's truck in the creek, that's some fine driving right there.",
        {"sarcasm"},
    ),
    (
        "You sure made a fine impression on Pastor Gene when you fell asleep in the pew with your mouth hanging open.",
        {"sarcasm"},
    ),
    (
        "Congratulations on getting let go from the mine, I bet that felt like a real accomplishment.",
        {"sarcasm"},
    ),
    (
        "Thank you kindly for pawning Papaw's shotgun, it sure looks pretty in the window down at the pawn shop in Hazard.",
        {"sarcasm"},
    ),
    (
        "What a wonderful uncle you was at little Kaylee's party, passed out on the porch swing before she even blew her candles out.",
        {"sarcasm"},
    ),
    (
        "Mighty generous of you to spend the light bill money on them pills, I sure did enjoy sitting in the dark with a baby.",
        {"sarcasm"},
    ),
    (
        "You were a real hero Easter Sunday, stumbling in drunk during the sunrise service for the whole congregation to see.",
        {"sarcasm"},
    ),
    ("Boy you showed us how its done, three DUIs before you turned twenty five.", {"sarcasm"}),
    (
        "Son of the year right here, missing your own mamas surgery cause you were off chasing a high in Pikeville.",
        {"sarcasm"},
    ),
    (
        "I reckon you were just 'resting your eyes' when the deputy found you slumped over in the car at the Dollar General.",
        {"sarcasm"},
    ),
    (
        "Sure, you're 'doing good,' that's why the ladies at the church food pantry know your name by heart.",
        {"sarcasm"},
    ),
    ("Smart move selling your food stamps for meth, Travis, real smart.", {"sarcasm"}),
    (
        "You done a bang-up job raising them younguns, they've learned to hide your bottles better than you do.",
        {"sarcasm"},
    ),
    (
        "Thanks a heap for coming to church homecoming with your eyes pinned, you sure were the talk of dinner on the grounds.",
        {"sarcasm"},
    ),
    ("You never once came to see Mamaw at the nursing home in Whitesburg.", {"absolute"}),
    ("Every time we need you, your off somewhere with a bottle.", {"absolute"}),
    ("Your always promising to quit and it dont ever last past Wednesday.", {"absolute"}),
    ("You ain't kept a single promise to me in ten years.", {"absolute"}),
    ("All you ever do anymore is sleep till noon and go looking for pills.", {"absolute"}),
    ("Not one time have you asked me how my chemo is going, Darlene.", {"absolute"}),
    ("You lie about everything, every blessed day, Junior.", {"absolute"}),
    ("Whenever that check comes in you're gone by dark and back broke by Sunday.", {"absolute"}),
    ("There ain't nothing you say that I can believe no more.", {"absolute"}),
    ("You forget every birthday these kids have.", {"absolute"}),
    ("You haven't told the truth one time since you started on them oxys.", {"absolute"}),
    ("You're forever picking fights with Daddy after you've had a few.", {"absolute"}),
    ("Nobody can count on you for nothing, not even to feed the dogs.", {"absolute"}),
    ("You don't never darken the church door unless somebody's died.", {"absolute"}),
    ("Each and every payday that money goes straight up your nose.", {"absolute"}),
    (
        "Brother Harlan told me after service he seen you buying off that Caudill boy behind the feed store.",
        {"hearsay"},
    ),
    (
        "Your cousin Tammy says you've been sleeping in your car up at the Pine Mountain overlook.",
        {"hearsay"},
    ),
    ("Word down at the post office is you owe money to half the holler.", {"hearsay"}),
    ("Mrs. Slone from the school called and said the kids come in hungry most days.", {"hearsay"}),
    (
        "I got it from Ricky's wife that you was nodding off at the wheel of the coal truck.",
        {"hearsay"},
    ),
    (
        "The pharmacist at the Rite Aid let it slip that you've been trying to fill scripts from three different doctors.",
        {"hearsay"},
    ),
    (
        "Folks at church been whispering that you was the one who broke into the parsonage.",
        {"hearsay"},
    ),
    ("According to your probation officer you missed your last two check-ins.", {"hearsay"}),
    (
        "Aunt Opal swears she watched you stagger out of the VFW on a Tuesday afternoon.",
        {"hearsay"},
    ),
    (
        "Somebody at the Food City told Mama you was shaking so bad you couldn't count your change.",
        {"hearsay"},
    ),
    (
        "Your foreman let on to Daddy that you'd come to work smelling of liquor more than once.",
        {"hearsay"},
    ),
    ("I hear tell you been running with that Combs crowd again up on Defeated Creek.", {"hearsay"}),
    (
        "Lacey's teacher mentioned to me that Lacey told the class her daddy sleeps all day.",
        {"hearsay"},
    ),
    (
        "From what the deputy told Granny, you were lucky you didn't kill that boy on the bicycle.",
        {"hearsay"},
    ),
    ("Supposedly you told Dusty you'd be dead by forty and didn't care one bit.", {"hearsay"}),
    (
        "You've turned into a pill head just like them folks we used to feel sorry for at the Save-A-Lot.",
        {"label"},
    ),
    ("I'm tired of being known as the sister of the town drunk, Earl.", {"label"}),
    ("My boy is a junkie and I have to say it out loud now.", {"label"}),
    ("I want you to get clean so bad I pray on it every night.", {"clean"}),
    ("When you pissed dirty for your PO, I knew it had started back.", {"clean"}),
    ("Mama's heart gave out from worrying over you, and that's on your head.", {"blame"}),
    ("You picked that bottle over your own babies.", {"blame"}),
    ("After all the bail money I've put up for you, this is how you repay me?", {"blame"}),
    ("You're a sorry excuse for a man and Papaw would be ashamed to call you kin.", {"insult"}),
    ("Look at you, skin and bones and sores all over, it's plumb disgusting.", {"insult"}),
    ("The whole family has decided you can't be trusted around the young'uns.", {"we"}),
    ("You go to that rehab in Lexington or don't you ever darken my door again.", {"threat"}),
    ("If you walk out of here today you can forget you have a mama.", {"threat"}),
    ("I think you're bipolar and the drinking is just covering it up.", {"diagnosis"}),
    ("Anybody with eyes can see you've got one of them personality disorders.", {"diagnosis"}),
    (
        "Because of your pills Granny spent her last Christmas crying, so thanks a lot for that.",
        {"blame", "sarcasm"},
    ),
    ("We're all sick and tired of you never keeping your word.", {"absolute", "we"}),
    (
        "Cousin Misty says you were the life of the party at the Moose Lodge till they carried you out, what an honor for the family.",
        {"hearsay", "sarcasm"},
    ),
    ("You'll be a drunk till the day they bury you.", {"absolute", "label"}),
    ("You're in denial plain and simple, and a narcissist to boot.", {"diagnosis"}),
]

DEV174_GOOD: list[str] = [
    "Cody, I remember you teaching me to catch crawdads in the branch behind Mamaw's house.",
    "I love you more than these hills, and that's saying something.",
    "When you hold your little girl, I see the boy I raised.",
    "Since the pills came along I've watched you lose so much weight your jeans hang off you.",
    "I lay awake at night listening for your truck to come up the gravel.",
    "You was the best fiddle player at the Hindman festival that year and I was so proud I cried.",
    "I want my brother back, the one who'd drive two hours to help me fix a flat.",
    "There's a bed waiting for you at a place in Morehead, and we can drive you there this afternoon.",
    "I remember when you got saved at the revival at Caney Creek and how you glowed for weeks.",
    "Last month you didn't know me when I came to the door, and that broke something in me.",
    "I want to see you walk Hannah down the aisle someday.",
    "You have the kindest heart of anybody I know, and I know it's still in there.",
    "I'm asking you to go with us today and get the help you need.",
    "When you missed Jaxon's ballgame, he kept looking up at the bleachers for you.",
    "Daddy, you taught me how to put up beans and how to say grace, and I need you to teach my babies.",
    "My stomach dropped when I found the needle in the bathroom trash.",
    "I remember riding on your shoulders at the Poke Sallet Festival.",
    "Honey, I married you because you made me laugh so hard I snorted sweet tea, and I want that man back.",
    "I worry about your liver and your lungs, but mostly I worry about you.",
    "I saw your hands shaking at breakfast Saturday and it scared me.",
    "I hope one day we can sit on Mamaw's porch and snap beans together again.",
    "You're my baby sister and I'll fight for you.",
    "That spring you were sober you fixed the barn roof and sang the whole time.",
    "I've been hiding my purse when you visit, and I hate that it's come to that.",
    "Please say yes today, Bobby.",
    "The treatment place has a chapel, and the counselor there grew up in Harlan County just like us.",
    "I miss you Mom. I miss your biscuits and your hugs and your laugh.",
    "I saw you nod off holding a cigarette and it burned a hole in the couch, and I was afraid for you.",
    "You're worth saving, and I believe God ain't done with you yet.",
    "I want my grandbabies to know the granddaddy I know you can be.",
    "I've been to Al-Anon in Prestonsburg three times now trying to understand this.",
    "I think about our first apartment over the hardware store and how happy I was there.",
    "You pulled me out of the river when I was eight, and now I'm trying to pull you out.",
    "I cant keep watching you hurt yourself, it's tearing me up inside.",
    "I've watched you go from running the crew at the sawmill to barely getting out of bed.",
    "Brother, when Daddy died you were the one who held us together.",
    "I want to go fishing at Dewey Lake with you again, just us two, laughing like we used to.",
    "I keep your picture from basketball season on my refrigerator.",
    "It hurt me when you took money out of my billfold while I was asleep.",
    "I'm afraid your kids are growing up without really knowing you.",
    "Your bag is packed and in my car, and I'll ride with you the whole way.",
    "Mama, I need you at my graduation in May.",
]

DEV174_TRAPS: list[str] = [
    "My daddy was a mean drunk, and I swore I'd love my own different, and that's why I'm standing here for you.",
    "I was a pillhead myself for six years, so I know the road back is real.",
    "You told me 'I'm just a worthless junkie' and I want you to know that ain't what I see.",
    "You are not an addict to me, you're my son.",
    "We always had Sunday dinner at Mamaw's after church, and I want that back.",
    "You did a real good job staying sober ninety days last year, and I was proud to tell everybody at church.",
    "Your doctor at the clinic in Hazard says your liver numbers are bad, and I'm scared for you.",
    "You know I'm a coffee junkie, and you used to bring me a thermos every morning on your way to the mine.",
    "We went to the lake at Buckhorn every Fourth of July and you always built the biggest fire.",
    "I helped you clean out the barn last fall and it was the best day I'd had in years.",
    "Uncle Roy was the town drunk back then, and Granny took him in anyhow.",
    "My sponsor says I have to speak from my own heart today, so here goes.",
    "Pastor Gene said he'd be glad to visit you while you're in treatment.",
    "Your sister said to tell you she loves you and she's saving you a seat at Christmas.",
    "I'm so proud of you for getting your GED, that was a fine day.",
    "You always were the one who could make Mamaw laugh.",
    "There's never been a day I didn't want you home.",
    "I've been off cigarettes two years now, clean as a whistle, so I know a little about wanting something bad.",
    "My husband is a recovering alcoholic with eleven years, and he's offered to drive you.",
    "We used to pick blackberries along the railroad tracks till our fingers were purple.",
    "You used to say 'I'm the black sheep of this family' and laugh, but you're not, you're my brother.",
    "Dr. Patel said you have hepatitis C and that it's treatable, and I want you around to get it treated.",
    "I'll never forget the night you drove all the way to Knoxville to get me from the hospital.",
    "We all piled in the back of Papaw's truck to see the fireworks in Jenkins.",
    "Those years I was a drunk, you were the only one who came to see me in jail.",
    "Every time I hear Amazing Grace I think of you singing it at Granny's funeral.",
    "You said to me once 'Mama, I'm so ashamed,' and I've held onto that because it means you know.",
    "You were the best daddy in the world when Hannah was little, and I mean that.",
    "I heard you singing in the shower last Sunday morning and it made me smile.",
    "Your Papaw prayed for you by name every Sunday till the day he passed.",
    "I pray for you at the altar every Wednesday night.",
    "Our first apartment was tiny but I was never happier.",
    "The doctor told us Papaw had dementia, and you were the one who sat up with him every night.",
    "My mama used to say 'the Lord never gives up on nobody,' and neither will I.",
    "Mr. Hall at the lumber yard wants you to know your job will be there when you finish the program.",
    "We always said grace holding hands, even when money was tight.",
    "I'm not ashamed of you, I'm ashamed of how long I kept quiet.",
    "You're not worthless and you never were, no matter what that voice in your head tells you.",
    "I was in denial a long time about how bad it had got, and that's on me.",
    "You made the best stack cake in three counties, and I'm not being smart, I mean it.",
]

DEV174_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be paying your phone bill or your truck payment anymore.",
    "If you choose not to go, you can't keep staying in the camper behind our house, and I'll help you find a ride to wherever you need.",
    "I love you, and if you don't take that bed today, I won't bail you out again.",
    "If you say no, I won't let you keep the grandbabies overnight until you're sober, because I have to keep them safe.",
]
