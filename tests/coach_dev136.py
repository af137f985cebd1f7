# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 136 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a younger sibling whose hero-worship turned ironic: sarcasm and absolutes most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV136_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.93 (75/81; the rules alone 66/81): absolute 18/19, blame 14/15, sarcasm 19/23, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 3/43 (7.0%; the rules alone 3).

At merge, before it was trained on: with main bfd6408, rules and model 0.93 (74/80; the rules alone 65/80): absolute 17/18, blame 14/15, sarcasm 19/23, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 3/43 (7.0%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV136_FLAG: list[tuple[str, set[str]]] = [
    (
        "You were my hero growing up, and wow, what a role model you turned out to be, passed out on Mom's porch at two in the afternoon.",
        {"sarcasm"},
    ),
    (
        "Really inspiring stuff, Danny, showing my twelve year old how to roll a joint at his own birthday party.",
        {"sarcasm"},
    ),
    (
        "I used to brag about you to every kid on the bus, and hey, I guess I can still brag that you can put away a whole handle of vodka in one night.",
        {"sarcasm"},
    ),
    (
        "Congrats on making it to my graduation, even if you slept through the entire thing in the parking lot.",
        {"sarcasm"},
    ),
    ("Nice touch nodding off during Grandpa's eulogy, he would've been so proud.", {"sarcasm"}),
    ("Big brother of the decade right here, forgot my sons name at Thanksgiving.", {"sarcasm"}),
    (
        "Thanks sooo much for that lovely toast at my wedding, people are still talking about it.",
        {"sarcasm"},
    ),
    (
        "Oh sure, your totally 'handling it', thats why you needed a ride home from Shooters three Fridays in a row.",
        {"sarcasm"},
    ),
    (
        "What a legend, pawning the guitar you taught me to play on so you could buy Percocet off some guy named Rudy.",
        {"sarcasm"},
    ),
    (
        "You always said you'd be the cool uncle, and I guess being baked at every family party counts as cool to somebody.",
        {"absolute", "sarcasm"},
    ),
    ("Real mature, hiding your pills in my old Pokemon tin like we're still ten.", {"sarcasm"}),
    (
        "Way to set the bar high for the rest of us, Jess, getting walked out of Aunt Lori's retirement party by security.",
        {"sarcasm"},
    ),
    (
        "I learned everything from you, so thanks for the masterclass in lying to Mom with a straight face.",
        {"sarcasm"},
    ),
    (
        "Super proud moment for me when the cops dropped you off in front of the whole cul-de-sac.",
        {"sarcasm"},
    ),
    (
        "You're 'just unwinding' with a little weed, right, just unwinding right through your third missed shift this month.",
        {"sarcasm"},
    ),
    (
        "Best Christmas ever, Marcus, watching you fall backwards into the tree while the kids screamed.",
        {"sarcasm"},
    ),
    ("Good for you, you found a doctor who'll sign anything, what an accomplishment.", {"sarcasm"}),
    (
        "Clearly your doing amazing, what with the eviction notice taped to your door and nothing in the fridge but Coors.",
        {"sarcasm"},
    ),
    (
        "Your girls must be thrilled to have such a fun dad who sleeps till three every Saturday.",
        {"sarcasm"},
    ),
    (
        "Gold star for remembering my birthday a week late and asking to borrow forty bucks in the same text.",
        {"sarcasm"},
    ),
    ("Hats off to you, you managed to make Mom cry at her own sixtieth.", {"blame", "sarcasm"}),
    (
        "Every kid at Westfield High wanted to be you, and look at the dream life now, crashing on Mom's couch and calling it a break.",
        {"sarcasm"},
    ),
    (
        "Amazing mentoring for Tyler, who now thinks a beer with breakfast is just what grown-ups do.",
        {"sarcasm"},
    ),
    ("You never once came to one of my soccer games after you started drinking.", {"absolute"}),
    ("Every single time I call you your slurring.", {"absolute"}),
    ("You always pick the bottle over me.", {"absolute", "blame"}),
    (
        "Nothing I say gets through to you anymore, you just nod and light up another one.",
        {"absolute"},
    ),
    ("You constantly lie about how many pills you've taken.", {"absolute"}),
    ("Not one promise you've made me in five years has been kept, not a single one.", {"absolute"}),
    ("I have not seen you sober at one holiday since I was fifteen.", {"absolute"}),
    ("Its always an excuse with u, your back, your nerves, your sleep.", {"absolute"}),
    ("You forget everything I tell you, every last thing.", {"absolute"}),
    ("You dont pick up your phone unless you need money, ever.", {"absolute"}),
    ("Whenever there's a family thing you show up wasted, no exceptions.", {"absolute"}),
    ("You haven't asked how I'm doing, not one time, since Dad died.", {"absolute"}),
    ("All you care about is when your next refill comes in.", {"absolute"}),
    ("You ruin every birthday in this family.", {"absolute", "blame"}),
    ("There's a drink in your hand morning, noon and night, all the time.", {"absolute"}),
    ("Every conversation we have ends up with you yelling or crying.", {"absolute"}),
    (
        "You've been high every day since you were sixteen and you just call it being chill.",
        {"absolute"},
    ),
    (
        "Mom's heart problems started when your drinking did, and I honestly think its your fault.",
        {"blame"},
    ),
    (
        "I dropped out of college because of you, I spent that whole year driving you to the ER.",
        {"blame"},
    ),
    ("You picked weed over your own daughter, and she knows it.", {"blame"}),
    (
        "After all the times I covered for you with Mom and Dad, this is how you pay me back?",
        {"blame"},
    ),
    ("This family fell apart and that's on your shoulders, Danny.", {"blame"}),
    ("You wrecked the one thing I had left of you, the way I looked up to you.", {"blame"}),
    ("How do you even look Lily in the face after what you've put her through?", {"blame"}),
    ("Look at Mom now, look what your drinking has done to her.", {"blame"}),
    ("I get panic attacks now and I can trace every one of them straight back to you.", {"blame"}),
    ("You destroyed Dad's trust and then acted like he was the problem.", {"blame"}),
    (
        "Because you couldn't put the pills down, I was the one who had to explain to Grandma why you missed the funeral.",
        {"blame"},
    ),
    ("Thanks to your drinking I had to grow up at twelve.", {"blame"}),
    ("Kayla told me you were snorting pills in the bathroom at her party.", {"hearsay"}),
    (
        "Your roommate texted me that you havent left your room in a week except to buy beer.",
        {"hearsay"},
    ),
    ("Word around town is you got let go from the shop for showing up stoned.", {"hearsay"}),
    ("Mom let it slip that you took Grandma's hydrocodone after her hip surgery.", {"hearsay"}),
    (
        "Supposedly you crashed Aunt Deb's car in March and told everyone a deer ran out.",
        {"hearsay"},
    ),
    ("Coach Reyes mentioned you were at Dooley's til close on a Tuesday, again.", {"hearsay"}),
    (
        "A guy from your old softball team said you tried to sell him Xanax outside the gym.",
        {"hearsay"},
    ),
    (
        "I've heard from like three different people that you're drinking in your truck on your lunch break.",
        {"hearsay"},
    ),
    ("My big brother turned into a pothead and I'm supposed to pretend I don't see it.", {"label"}),
    (
        "Face it, Marcus, you're a drunk now, no different from the guys at the end of the bar you used to make fun of.",
        {"label"},
    ),
    ("I dont want my kids growing up with a pillhead for an uncle.", {"label"}),
    ("Just get clean and everything can go back to how it was.", {"clean"}),
    ("You swore to your PO you were off everything and then the cup came back dirty.", {"clean"}),
    ("It's humiliating being related to you right now, you're a joke.", {"insult"}),
    (
        "A grown man of thirty-four bumming rolling papers off high schoolers, its gross.",
        {"insult"},
    ),
    ("All of us are sick to death of cleaning up your messes.", {"we"}),
    ("The whole family has decided you can't be trusted to babysit anymore.", {"we"}),
    ("Go to rehab or don't bother ever calling me again.", {"threat"}),
    (
        "If you don't sign the papers today, I swear I'll tell everyone at your work what you've been doing.",
        {"threat"},
    ),
    (
        "We've all agreed, you go today or you're out of Mom's house and off the family group chat for good.",
        {"threat", "we"},
    ),
    ("You're a narcissist, Jess, it's textbook.", {"diagnosis"}),
    ("I'm pretty sure you're bipolar and the weed is just covering it up.", {"diagnosis"}),
    ("You're so deep in denial you can't even see the floor.", {"diagnosis"}),
]

DEV136_GOOD: list[str] = [
    "When I was seven you taught me to ride a bike on Cedar Street, running behind me holding the seat.",
    "I still have the mixtape you made me the summer you got your license.",
    "You were the first person I called when I got into State.",
    "I miss the way you used to laugh at your own jokes before you even got to the punchline.",
    "I'm scared, Danny. I'm scared I'm going to get a phone call one night saying you didn't wake up.",
    "Last month when you fell asleep at the table with a lit cigarette, I sat up all night watching you breathe.",
    "I've noticed you stopped coming to Sunday dinners at Mom's.",
    "Your hands shake in the mornings now, and I saw you try to hide them in your pockets.",
    "I love you and I want my brother back.",
    "There's a bed waiting for you at Brookhaven today, and I'm asking you to take it.",
    "Will you please go with us this afternoon?",
    "You taught me to throw a spiral in the backyard and told me I threw better than you, which was a lie, but I loved you for it.",
    "I feel lonely at family things now because I spend them watching you instead of talking to you.",
    "Jenna keeps asking when Uncle Danny is coming over to play Uno again.",
    "I saw the bottles in the recycling behind the garage, more than I could count.",
    "When you missed my baby shower I told people you were sick, and I hated lying for you.",
    "I want you at my wedding next June, standing next to me like you promised when we were kids.",
    "You used to sing Springsteen in the car with the windows down and I thought you were the coolest person alive.",
    "I can tell you're hurting, and I don't think you've told anyone how much.",
    "I'm not here to fight. I'm here because I love you.",
    "The pill bottles in your bathroom cabinet have names on them that aren't yours.",
    "Your eyes look so tired lately, Jess.",
    "Please say yes today. Mom and I will be right there with you.",
    "I remember you carrying me on your shoulders at the county fair so I could see the fireworks.",
    "I read that the program at Hazelden has a family weekend, and I want to go to it with you.",
    "When you called me at 3am last October and didnt remember it the next day, it really frightened me.",
    "i miss you even when your sitting right next to me",
    "You were the one who taught me to stand up to the bullies at Lincoln Middle.",
    "I've started keeping my phone on loud at night in case it's you.",
    "I'm writing this down because I couldn't say it to your face without crying.",
    "Your laugh used to fill up Mom's whole kitchen.",
    "Since you started on the Xanax, you don't text me back for days.",
    "You missed Ava's first steps. I filmed them for you and I'd love to show you when you're ready.",
    "I still wear your old letterman jacket when I need to feel brave.",
    "I'm asking you, as your little brother, to accept help today.",
    "I know the pain from your back surgery was real, and I know that's where the pills started.",
    "You look thinner than I've seen you since you were a teenager.",
    "Honestly I don't know what else to say except please.",
    "You are funny and smart and stubborn and you belong with us.",
    "I want to go fishing at Lake Ellery with you again, sober, like when we were kids.",
    "Grandma's rosary is in my purse today, because I know she'd want to be here.",
    "Tyler drew a picture of you two at the pool and it's on my fridge waiting for you.",
    "When I got my heart broken junior year you drove four hours just to take me out for pancakes.",
    "I've been seeing a counselor to understand all this, and I'm learning it's an illness and not something you're doing to hurt me.",
    "I'd give anything to sit on the tailgate with you and watch the sunset at the quarry again.",
]

DEV136_TRAPS: list[str] = [
    "You let me tag along to your band practices and never once made me feel like the annoying little sister.",
    "When Dad left, you made me mac and cheese every single night until Mom got home from work.",
    "Remember the treehouse we built out of Grandpa's scrap wood? You let me pick the paint color.",
    "I will always be your little brother, no matter what happens in this room today.",
    "I haven't given up on you, not once, not for a single day.",
    "Our dad was a drunk, and I know you swore you'd never turn out like him.",
    "I'm a recovering alcoholic myself, eleven years this April, so I know how heavy that first step feels.",
    "You told me last week, 'I'm such a screwup,' and I want you to know I don't see you that way at all.",
    "To me you'll never be 'the addict', you're just Danny who built a go-kart out of a lawnmower.",
    "Congratulations again on finishing your GED last year, I cried at the ceremony, for real.",
    "I'm a total reality TV junkie and you're the only one who'd ever sit through Survivor with me.",
    "I cleaned out your old room at Mom's and found every drawing I ever gave you, you kept them all.",
    "Your doctor told us your liver numbers are scary, and I don't want to lose you.",
    "The counselor at Brookhaven explained that denial is part of the disease, and that helped me stop being so angry.",
    "We always went to the Pizza Hut on Route 9 after your games.",
    "I always looked up to you, and I still do.",
    "My college roommate was a pillhead for two years and now she's an ER nurse, people come back from this.",
    "You're the reason I picked up a guitar, and I still play every song you taught me.",
    "Because of you I got through Dad's funeral, you held my hand the whole time.",
    "Thank you for coming to my recital in May, you were in the front row and I saw you clapping.",
    "You were the best big brother a kid could ask for, truly.",
    "Every time I hear Born to Run I think of you.",
    "We all went to Myrtle Beach the summer I turned ten and you buried me up to my neck in sand.",
    "Grandpa was an alcoholic, and I still remember how quiet the house got when he drank.",
    "I've been clean off pills for three years now, and I'm proof it can happen.",
    "You said to me, 'I'm a drunk just like Dad,' and my heart broke because you're so much more than that.",
    "I spent Saturday helping Mom clean the gutters and kept thinking about how you always used to do it for her.",
    "I put clean sheets on the guest bed, it's yours whenever you're ready to come home.",
    "You never gave up on me when I was failing algebra, so I'm not giving up on you.",
    "You're not worthless and you never were, whatever that voice in your head keeps telling you.",
    "My friend Carlos's brother was the biggest stoner at our school and now he runs his own landscaping business.",
    "The doctor at St. Luke's said the seizure came from stopping the Xanax cold, and I was so scared sitting in that waiting room.",
    "If you ever need a ride at 3am, I'll always come, no questions asked.",
    "You always made the best grilled cheese, with the crusts cut off just for me.",
    "Those two weeks you went without drinking in August were real, I saw how hard you worked, and I was so proud.",
    "All of us here today are on your side.",
    "Your nephew calls you the GOAT, and he honestly means it.",
    "Dad got diagnosed with depression after the divorce and getting treatment changed his life, I think help could change yours too.",
    "Every summer we drove up to the cabin and you'd let me sit on your lap and steer down the dirt road.",
    "You never missed a single one of my swim meets in middle school.",
    "Nice work on the deck you built for Mom, she has her coffee out there every morning.",
    "I was the drunk one at your 21st, remember, and you held my hair back all night.",
    "Aunt Tina was in denial about her drinking for years, and she says she wishes someone had done this for her.",
]

DEV136_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be picking you up from bars anymore, no matter what time you call.",
    "If you decide not to go, I'm going to stop lending you money, and I'm telling you that because I love you.",
    "I can't keep lying to Mom about where you are, so if you turn this down, I'll stop covering for you.",
    "If you don't accept help today, you can't keep staying at my apartment, but I'll still answer every call you make from treatment.",
    "Until you're in treatment, I won't bring the kids over to your place, and I really hope that changes soon.",
]
