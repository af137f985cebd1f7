# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 58 (3 December 2026, round 15): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: the loved one named in the third person ('her only grandson', 'the man I married', 'my little girl'), with traps of harsh words about someone else said the same way. 0 sentence(s) the corpus already had word for word were dropped.
First look (main 46d8431, round 14's rules and model, figures only): rules alone 0.54, rules and
model 0.66 (label 11/20, insult 15/20, diagnosis 11/16); good 0/40, traps 14/70 (rules alone too).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV58_FLAG: list[tuple[str, set[str]]] = [
    (
        "Grandma Ruth had to watch her only grandson turn into a junkie who nods off over his mashed potatoes, Tyler.",
        {"label"},
    ),
    (
        "The man I married is a drunk now, Dale. I don't know when it happened but that's what he is.",
        {"label"},
    ),
    (
        "my little girl became a pillhead somewhere between her second knee surgery and her 25th birthday",
        {"label"},
    ),
    (
        "Our boy is a tweaker. I said it out loud to the counselor last week and then I threw up in the parking lot.",
        {"label"},
    ),
    ("Mom's baby brother is a crackhead, Uncle Ray, and im tired of pretending he isnt", {"label"}),
    (
        "The son I raised is a stoner now, Eli, and the kid who built rockets in the garage is hard to find.",
        {"label"},
    ),
    (
        "This family's oldest is the town drunk, Patrick, and I hate that I just wrote that sentence.",
        {"label"},
    ),
    (
        "your little sister Mia told her teacher that her big brother is a druggie. she is seven years old.",
        {"hearsay", "label"},
    ),
    ("my husband of 22 yrs is a lush who hides vodka in the windshield washer jug", {"label"}),
    (
        "'Daddy is a boozer' - that's what Kayla wrote in her diary, Rich, and I'm the one who found it.",
        {"hearsay", "label"},
    ),
    (
        "the brother I shared a bunk bed with for 12 years is a heroin addict living out of a Civic behind the Kroger",
        {"label"},
    ),
    (
        "My wife, the mother of my three children, is an alcoholic. There. Somebody finally said it, Jen.",
        {"label"},
    ),
    (
        "dad went from little league coach to a methhead who pawned my xbox for forty bucks",
        {"label"},
    ),
    (
        "Our Danny is a fiend for those pills now, a real fiend, and it is killing your mother.",
        {"blame", "label"},
    ),
    (
        "the girl I gave birth to is a user and a thief and I have to lock my bedroom door in my own house",
        {"insult", "label"},
    ),
    (
        "Papa Joe is a wino, plain and simple, and the grandkids hide upstairs when his truck pulls in.",
        {"label"},
    ),
    (
        "my best friend since kindergarten is a cokehead who texts me at 4am asking for 200 bucks",
        {"label"},
    ),
    (
        "Aunt Lorraine is a benzo junkie and the whole family agrees she goes to treatment today.",
        {"label", "we"},
    ),
    (
        "The boy who used to read Goodnight Moon to his sister is a smackhead now, Owen...",
        {"label"},
    ),
    ("grandpa's a pothead at 71 and no one will say it to his face but me", {"label"}),
    (
        "The son I raised did not steal from his grandmother's purse. This stranger did, and he is a disgrace.",
        {"insult"},
    ),
    (
        "my little girl is a liar now, a really good one, and that breaks my heart more than the pills do",
        {"insult"},
    ),
    (
        "The man I married is pathetic, Greg, lying on the bathroom floor in his own sick while the twins watched from the doorway.",
        {"insult"},
    ),
    ("what kind of mother passes out at her own daughter's quinceanera, Rosa?", {"insult"}),
    (
        "Our oldest has become an embarrassment to this family and to the name his grandfather built in this town.",
        {"insult"},
    ),
    ("dad is a waste of space when hes using and im done saying otherwise", {"insult"}),
    (
        "my brother is a loser. a broke lying sad loser. and i still love him and i hate that i do",
        {"insult"},
    ),
    (
        "The father of my children is a coward who hides in a bottle rather than face his own kids, Wes.",
        {"insult"},
    ),
    (
        "Shame on the woman who left a baby in a hot car to go score, and that woman is my daughter Kelsey.",
        {"insult"},
    ),
    (
        "Grandpa told me last night he's ashamed of the man his grandson has become.",
        {"hearsay", "insult"},
    ),
    (
        "the girl I raised is disgusting when she's high, picking at her face till it bleeds on my couch",
        {"insult"},
    ),
    (
        "Mom's baby brother is a leech who has bled her dry for ten years, Uncle Sal.",
        {"blame", "insult"},
    ),
    (
        "my husband is a deadbeat, the kind of man who skips his son's graduation for a bag",
        {"insult"},
    ),
    (
        "Our son is a con man with a nice smile. That is the truth and I'm tired of dressing it up.",
        {"insult"},
    ),
    (
        "this family's baby turned into a selfish brat who screams at her grandmother for cash",
        {"insult"},
    ),
    ("The woman I married is a stranger to me now, and frankly a pretty nasty one.", {"insult"}),
    ("honestly my sister is a trainwreck and a joke and her girls know it", {"insult"}),
    (
        "He's a sorry excuse for a father, Marco, and those kids deserve more than a sorry excuse.",
        {"insult"},
    ),
    (
        "The man I married is a narcissist, Keith. The counselor didn't say it but I've read enough to know.",
        {"diagnosis"},
    ),
    ("my daughter is in total denial and anyone with eyes can see it", {"diagnosis"}),
    ("our son is bipolar, I'm sure of it, and the meth just pours gasoline on it", {"diagnosis"}),
    (
        "Dad is a textbook sociopath when he's drinking: charming one minute, ice cold the next.",
        {"diagnosis"},
    ),
    (
        "the girl I raised has borderline personality disorder, ive watched like every video on youtube about it",
        {"diagnosis"},
    ),
    (
        "Mom's favorite is depressed and won't admit it, Luke, and the kratom is how he hides it from all of us.",
        {"diagnosis"},
    ),
    (
        "my wife is a pathological liar, Dana, and I mean that in the clinical sense",
        {"diagnosis", "insult"},
    ),
    ("The brother I grew up with is a full-blown psychopath on ketamine.", {"diagnosis"}),
    (
        "Our girl is so codependent with that boyfriend she'd follow him into a crack house if he asked.",
        {"diagnosis"},
    ),
    (
        "the son I raised has an addictive personality, he got it from his fathers side",
        {"diagnosis"},
    ),
    (
        "my husband is clinically paranoid from the meth, he thinks the neighbors put cameras in the oak trees",
        {"diagnosis"},
    ),
    (
        "Aunt Bev is a hoarder and a manic depressive and the pills are the least of it.",
        {"diagnosis"},
    ),
    (
        "The boy I married has ADHD that was not treated as a kid, that's what this is really about, Sean.",
        {"diagnosis"},
    ),
    ("our baby girl is in denial, deep denial, like-a-river-in-Egypt denial", {"diagnosis"}),
    (
        "Daddy's got antisocial personality i'm pretty sure cuz he doesnt feel bad about anything he does",
        {"diagnosis"},
    ),
    (
        "my sister is a narcissistic mess and every single holiday has to revolve around her and her hangover",
        {"absolute", "diagnosis"},
    ),
    (
        "The daughter I drove to rehab three times was clean for forty days and threw it away for one party, Becca.",
        {"clean"},
    ),
    (
        "my husband's test came back dirty again and he looked me dead in the eye and said poppy seeds",
        {"clean"},
    ),
    (
        "Our son needs to get clean before he sets foot in this house for Thanksgiving.",
        {"clean", "threat"},
    ),
    ("ur not clean Jess, u havent been since april, dont lie to me", {"clean"}),
    (
        "Mom was dirty at her last check-in and then lied to her PO about it, and I had to hear it from the clerk.",
        {"clean", "hearsay"},
    ),
    (
        "The man I married has not once shown up sober to a parent-teacher conference. Not once, Curtis.",
        {"absolute"},
    ),
    ("every time our girl comes home something goes missing from my jewelry box", {"absolute"}),
    (
        "all my brother ever talks about anymore is where he's gonna get the next bottle",
        {"absolute"},
    ),
    (
        "you always pick the pills, Nana, over us, over church, over everything",
        {"absolute", "blame"},
    ),
    ("Grandma is in the cardiac unit tonight because of her only grandson, Cody.", {"blame"}),
    ("The reason this family fell apart is sitting in that recliner right now.", {"blame"}),
    ("my mom lost the house because her son chose heroin over her", {"blame"}),
    ("look what u did to Dad, Sam, he aged twenty years in two", {"blame"}),
    (
        "After everything your mother did for you, she sleeps with her purse under her pillow now.",
        {"blame"},
    ),
    ("Brother of the year right here folks, missed my wedding for an eight ball", {"sarcasm"}),
    (
        "Great job, Dad. The kids really loved watching their grandpa get cuffed in the Walmart parking lot.",
        {"sarcasm"},
    ),
    ("our son is 'fine', he says, 'just tired', for the ninth month in a row", {"sarcasm"}),
    ("thanks a lot for making Ellie's 6th birthday all about your hangover, Trev", {"sarcasm"}),
    (
        "Your boss at the tire shop called me and said you've been coming in high since June.",
        {"hearsay"},
    ),
    (
        "apparently my wife has been buying fentanyl from some kid at the Shell station, according to her own sister",
        {"hearsay"},
    ),
    (
        "people at church are saying our Jamie has been seen at the motel out on Route 9",
        {"hearsay"},
    ),
    ("We have all decided that Grandpa doesn't get the car keys anymore, Frank.", {"we"}),
    ("none of us trust the man Mom married anymore, Rick, not one person in this room", {"we"}),
    ("The whole family feels like Kenny checked out on us years ago.", {"we"}),
    ("if my son doesnt get in that van today he is dead to me", {"threat"}),
    (
        "This is Mom's last chance, and if she walks out that door she won't see the grandbabies again.",
        {"threat"},
    ),
]

DEV58_GOOD: list[str] = [
    "My son is the bravest person I know, and I believe he can do this.",
    "The girl I raised still lives in there, Hannah. I saw her last Tuesday when you laughed at the dog chasing his tail.",
    "On June 9th I found Dad asleep in the truck with the engine running, and my hands shook for an hour.",
    "the man I married taught me to fish on Lake Erie and I want that man home",
    "I'm scared, Mom. I'm scared of a phone call from a hospital at 3am.",
    "Our boy is worth what this program costs and more.",
    "When I counted the cash in the drawer and $400 was gone, I sat down on the kitchen floor and cried.",
    "my brother is the one who taught me to ride a bike, and i want him there when i teach his kids",
    "I love my wife. I hate what the pills are doing to her body. Both are true.",
    "The son I raised held doors for old ladies, and I watched him do it again at the gas station last month.",
    "i miss my dad. the real one. the one who made pancakes shaped like dinosaurs",
    "Please, Grace, will you go to the program in Tucson today? A bed is waiting for you.",
    "I counted fourteen empty nips under the passenger seat in October and I didn't know what to do with my hands.",
    "When you relapsed in March I was angry, I'm still a little angry, and I still want you here.",
    "My little sister is smart and funny and she deserves a life that isn't run by meth.",
    "the boy I married used to sing in the shower. I'd give anything to hear that again",
    "I felt sick with fear when the police knocked at 2am and asked if Jordan lived here.",
    "Our daughter's hands shake in the mornings now; I've seen it at breakfast and it frightens me.",
    "Mama, I need you at my wedding in August. Sober and dancing. Will you go today?",
    "I remember the summer Uncle Pete built the treehouse and let me hammer the last nail.",
    "I paid your rent in January and February. I'm not able to pay March, and I wanted you to hear that from me, with love.",
    "My husband is a good man who hurt his back at the plant and got handed a bottle of oxy. I know how this started.",
    "The kids draw pictures of their dad with a big smile. I want them to see that smile in person.",
    "It hurt so much when I saw you at the bus stop on Fifth, so thin I almost didn't recognize you.",
    "grandpa's hands taught me to tie knots and i want them steady again",
    "Sis, I know relapse happens for a lot of people. It won't change how proud I'll be when you walk through those doors.",
    "The first time I saw Mom slur her words at my soccer game I was twelve, and I pretended not to notice.",
    "My daughter is still my daughter on her worst day.",
    "Kev, I'm asking you to say yes today. That's all I'm asking.",
    "When I found the foil and the lighter in the laundry basket, I felt my heart drop into my stomach.",
    "the woman I married is in there somewhere and I'm not giving up on her",
    "Dad, I got into nursing school. I want you at the pinning ceremony in May.",
    "I've been lying awake reading about what fentanyl does to a body your size.",
    "Our oldest carried his little brother home from the river when he was ten. That strength is still his.",
    "I'm angry about the car, Nico. I'm more scared than angry, though.",
    "I tuck Lily in at night and I wish her grandma was the one reading the story.",
    "My brother-in-law is family to me, drinking or not, and I want him at our table for a long time.",
    "If you say yes, I'll drive you to the center myself, and I'll visit on the Sundays they allow.",
    "my mom hid the pills in a vitamin bottle and i found them and i just want to say im not mad im worried",
    "The son I raised is sick, not bad, and sick people deserve care.",
]

DEV58_TRAPS: list[str] = [
    "my cousin Darnell was a crackhead back in '09 and now he runs a recovery house, so I know people come back",
    "Grandma's first husband was a mean drunk; she survived him, and she's sitting here for you today.",
    "The man I married before your father was a liar, and I learned the hard way what lies sound like.",
    "My own mother was an alcoholic, and I swore I'd get my kids help if it ever came to this.",
    "the guy who sold to you is a scumbag and I hope he rots",
    "your mother was a drinker once too, Alex. eleven years sober this April.",
    "Your father was a pillhead for most of the nineties, son, and he's sitting next to you sober today.",
    "my stepdad was a junkie and a thief and he is NOT who you are",
    "Grandpa Walt was a boozer, the kind they wrote country songs about, and he died at 54.",
    "that boyfriend of yours, Trent, is a tweaker and a creep and I don't trust him near you",
    "The dealer on Maple is a pathetic little man who sells to teenagers.",
    "My ex-husband is a narcissist, two different therapists agreed, and I didn't see it for years.",
    "ur uncle Marty was a huge stoner in college and now he's a dentist so go figure",
    "Carl next door is a loser who's been feeding you free beer, and I'm done being polite to him.",
    "The woman who ran that sober house was a con artist, and I'm sorry I trusted her with you.",
    "my dad, your grandfather, was a lush and a bully, and I promised myself my kids would get something better",
    "I was the family screwup at your age, a real druggie, and your grandma never gave up on me.",
    "The people you used with are users, and that motel will still be full of them whether you go back or not.",
    "Aunt Carol's husband was a functioning alcoholic right up until the day he wasn't.",
    "the landlord is a crook and a liar and I'm going to deal with him, not you",
    "My first boyfriend was a cokehead, and I married your dad partly because he was the opposite.",
    "your biological father is an addict who never called, and you are not him",
    "My grandmother was what folks called a lush back then, and nobody ever talked about it.",
    "the guy at the pawn shop who bought Mom's ring for sixty dollars is a vulture",
    "That doctor who kept writing you oxy scripts is a disgrace, and I reported him to the board.",
    "The kid who got you into meth in tenth grade is in prison now, and honestly he was a sociopath even then.",
    "Grandpa's brother Leon was a heroin addict who died in 1987, and I still have his harmonica.",
    "your dad's old drinking buddy Rich is a bad influence and a moocher",
    "Your mom was an addict at your age. Your mom is me, and I'm here.",
    "Uncle Rob was a junkie, a real one, and he's been sober fifteen years and he's in this room.",
    "My father was a cruel man when he drank, and I will not let that be your story.",
    "that so-called friend of yours Dev is a lowlife and a dealer and he's not welcome at my house",
    "My sister Nadia, your aunt, is bipolar, diagnosed at 19, and she takes her meds and she's thriving.",
    "Your great-grandfather was the town drunk in Pikeville, and Grandma grew up ashamed of him.",
    "the cop who arrested you was a jerk, I'll say that, but he might've saved your life",
    "Your ex is a user, Mandy, and you deserve so much better than him.",
    "My old college roommate was a total stoner and the kindest guy on earth.",
    "the counselor we had before this one was a narcissist and im glad we switched",
    "The guy who hit your car was drunk, and that's on him, not you.",
    "The man who raised me was an alcoholic and a liar, and he's the reason I know how much courage today takes.",
    "your mom's boyfriend is a pillhead and that house isn't safe for the kids",
    "Aunt Trish's second husband was a crackhead who stole her car twice.",
    "My grandpa was a mean sorry drunk and my mom still flinches at loud voices.",
    "Your dad was a tweaker when I met him, Kai. Ask him about it someday; he'll tell you.",
    "The girl who sold you those pressed pills is a liar and I hope the police find her first.",
    "My brother Jake was a pothead for a decade and he wrote his own letter for you today.",
    "Your grandmother was a pill addict in the eighties, and she's the one who found this place.",
    "the woman your husband left you for is a lush and a snake, and that's all I'll say about her",
    "I'm a recovering addict myself, nine years, and I'm not writing this from some high horse.",
    "You always made me laugh at the worst funerals, Gabe.",
    "you never forgot my birthday, not once, even last year",
    "Your truck was so clean I could've eaten off the dashboard.",
    "You told me, 'I'm a junkie, Dad, I know it,' and I told you that you're my son first.",
    "You are not a drunk to me. You are my Henry.",
    "Great job on the half marathon in 2019. That medal photo is still on my fridge.",
    "my husband is a total news junkie and he's read everything there is about treatment centers in Ohio",
    "Your sponsor told me you've been doing great this week, and I cried happy tears in the car.",
    "We went to Myrtle Beach every summer and you always got sunburned on day one.",
    "your sister's a gym rat now and she says shes gonna drag u to spin class when ur out",
    "Your driving record was clean for twenty years, Pop, and I was proud of that.",
    "nobody makes lasagna like you, Nonna, nobody",
    "'I'm just a stupid pillhead,' you said on the phone, and I said no, you're my sister.",
    "My dog is a total addict for peanut butter, and she misses you.",
    "We love you, Teo, every last one of us in this living room.",
    "you were never a bad kid, not for one day",
    "My therapist says I'm codependent, and I'm working on that for my own sake.",
    "The kitchen is clean, your room is ready, the sheets are the blue ones you like.",
    "Coach Reyes told me you were the hardest worker he ever had.",
    "I'm a coffee addict and a night owl, so call me whenever, any hour.",
    "you've always been the funny one, Ash, the one I call first when something good happens",
]
