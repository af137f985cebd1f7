# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 149 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a retired father in his seventies, repeating himself, gentle openings turning sharp: absolutes, blame, sarcasm and hearsay. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV149_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.94 (75/80; the rules alone 65/80): label 2/3, absolute 15/17, blame 15/16, sarcasm 14/15, every other kind full; good 2/43 (4.7%; the rules alone 2), traps 1/42 (2.4%; the rules alone 1).

At merge, before it was trained on: with main a6c7782, rules and model 0.94 (75/80; the rules alone 65/80): label 2/3, absolute 15/17, blame 15/16, sarcasm 14/15, every other kind full; good 2/43 (4.7%; the rules alone 2), traps 1/42 (2.4%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV149_FLAG: list[tuple[str, set[str]]] = [
    (
        "Danny, I know you mean well, son, but in all these years you haven't called your mother on her birthday, not one year.",
        {"absolute"},
    ),
    (
        "I've said it before and I'll say it again, each and every time you come by the house you've had a few in the truck first.",
        {"absolute"},
    ),
    (
        "You used to be a good boy and now you lie to me about everything, every blessed thing.",
        {"absolute"},
    ),
    (
        "Son, you dont keep a promise anymore, you tell me Tuesday and it's never Tuesday.",
        {"absolute"},
    ),
    (
        "Your mother and I love you dearly but you forget we exist until you need a loan, that's how it goes every time.",
        {"absolute"},
    ),
    (
        "Every Thanksgiving for the last ten years you been drunk by two oclock, every last one of them.",
        {"absolute"},
    ),
    (
        "It's nice you mow my lawn now and then, but you never finish a job you start, you never have.",
        {"absolute"},
    ),
    (
        "You don't listen to a word anybody says to you, haven't in years, like I keep saying.",
        {"absolute"},
    ),
    (
        "Whenever the phone rings after midnight I know its you in some kind of trouble, it's you without fail.",
        {"absolute"},
    ),
    (
        "I remember the fishing trips fondly Danny but you haven't done one single thing for this family since you started on those pills.",
        {"absolute"},
    ),
    ("You are forever borrowing money and it don't ever come back.", {"absolute"}),
    (
        "Nothing I say gets through to you, nothing at all, I might as well be talking to the fence post.",
        {"absolute"},
    ),
    (
        "All you do anymore is sleep till noon and drink till midnight, day in day out.",
        {"absolute"},
    ),
    (
        "You've missed all of Katie's piano recitals, the whole lot of them, I went to each one and sat next to your empty seat.",
        {"absolute"},
    ),
    (
        "Five years of Sunday dinners and you haven't shown up sober to a single one, and believe me I counted.",
        {"absolute"},
    ),
    (
        "Like I told you last time and the time before, you only come around when you're out of pills or out of cash.",
        {"absolute"},
    ),
    (
        "I don't want to be hard on you Danny, but your mother's heart trouble started with you and your drinking, I believe that in my bones.",
        {"blame"},
    ),
    (
        "I gave you the down payment on that house on Birch Street and you poured it down your throat, after all I did.",
        {"blame"},
    ),
    (
        "It's your doing that Linda packed up the grandkids and went to Phoenix, nobody else's.",
        {"blame"},
    ),
    (
        "Son, I love you, but you picked a bottle of vodka over your own wife and babies and I will go to my grave not understanding it.",
        {"absolute", "blame"},
    ),
    (
        "We sold the cabin at Kentucky Lake to pay your lawyer, that was on your account and you know it.",
        {"blame"},
    ),
    (
        "Your mother cries herself to sleep most nights and that's thanks to you and nobody else.",
        {"blame"},
    ),
    (
        "You dragged this family's good name through the mud in this town, forty-one years I worked at the mill to build it up.",
        {"blame"},
    ),
    (
        "How in Gods name could a son steal his own mother's pain pills a week after her hip surgery?",
        {"blame"},
    ),
    (
        "I had to go back to work part time at the hardware store at seventy-two because you cleaned out my savings.",
        {"blame"},
    ),
    ("Look at your mothers hands shaking, son, you put that there.", {"blame"}),
    ("I worked doubles so you could go to Tech and this is how you repay me.", {"blame"}),
    (
        "Your brother won't come home for Christmas anymore and that is because of the scene you made at the last one.",
        {"blame"},
    ),
    ("You're the one that broke this family apart, Danny, not me and not your mother.", {"blame"}),
    (
        "I never had high blood pressure till you got mixed up with the meth, the doctor can't explain it but I sure can.",
        {"blame"},
    ),
    ("You owe your mother for every gray hair on her head, every one.", {"blame"}),
    ("Whose fault is it we had to take your keys, son? It sure wasn't mine.", {"blame"}),
    (
        "You sure made your old man proud at Rachel's wedding, falling face first into the cake like that.",
        {"sarcasm"},
    ),
    (
        "Real thoughtful of you to pawn your grandfather's watch, I'm sure he's tickled pink up there.",
        {"sarcasm"},
    ),
    (
        "Congratulations on DUI number three, son, that's some kind of record in the Kowalski family.",
        {"sarcasm"},
    ),
    (
        "Thanks a million for the collect call from the county jail at three in the morning, best birthday present I ever got.",
        {"sarcasm"},
    ),
    (
        'Oh you were "just worn out" at the reunion, sure you were, so worn out you walked right into the swimming pool.',
        {"sarcasm"},
    ),
    (
        "What a fine example you're setting for little Tyler, showing him where Grandpa keeps the beer.",
        {"sarcasm"},
    ),
    ("Mighty generous of you to let your mother pay your light bill again.", {"sarcasm"}),
    (
        "You've got it all figured out, don't you, a forty-four year old man living in my basement.",
        {"sarcasm"},
    ),
    ("Well done getting fired from the best job you ever had, that took real talent.", {"sarcasm"}),
    (
        "You were a real big help at your mother's surgery, snoring in the waiting room smelling like a brewery.",
        {"sarcasm"},
    ),
    (
        "Some Easter that was, son, a real treat for everybody, the kids still talk about it.",
        {"sarcasm"},
    ),
    ("I suppose I ought to be grateful you only dented the Buick this time.", {"sarcasm"}),
    (
        'You "only had two" the night you backed over the mailbox, right, and I\'m the Easter bunny.',
        {"sarcasm"},
    ),
    (
        "Hats off to you for turning a nice Fourth of July cookout into a visit from the sheriff.",
        {"sarcasm"},
    ),
    (
        "You're a regular Rockefeller, buying rounds at the Elks Club with the money you borrowed off me.",
        {"sarcasm"},
    ),
    (
        "Your cousin Mike tells me you were passed out in the parking lot at the VFW last month.",
        {"hearsay"},
    ),
    (
        "Pastor Allen mentioned after service that you'd been going around asking folks at church for money.",
        {"hearsay"},
    ),
    (
        "The fellas at the Waffle House say they see your truck outside the package store first thing every morning.",
        {"hearsay"},
    ),
    ("Linda phoned me in tears and said you'd been taking pills in the garage again.", {"hearsay"}),
    ("Word around town is you lost your license over in Clarksville.", {"hearsay"}),
    (
        "Your foreman Gary ran into me at the Walmart and let on that you've been showing up late and shaky.",
        {"hearsay"},
    ),
    (
        "Mrs Henderson next door says she's seen strange cars coming and going from your place at all hours.",
        {"hearsay"},
    ),
    ("From what your sister tells me, you nodded off holding the baby.", {"hearsay"}),
    (
        "Earl down at the lodge says you got thrown out of O'Malley's for starting a fight.",
        {"hearsay"},
    ),
    (
        "Supposedly you've been buying those pills off some kid behind the bowling alley, that's what's going around.",
        {"hearsay"},
    ),
    (
        "Katie told her grandmother that daddy sleeps on the couch all day and smells funny.",
        {"hearsay"},
    ),
    (
        "Your old roommate called the house looking for you, said you owed him eight hundred dollars and were doing cocaine.",
        {"hearsay"},
    ),
    (
        "The nurse at the ER let me know they'd seen you in there twice already this year.",
        {"hearsay"},
    ),
    (
        "The talk down at the barber shop is that you drink in your car on your lunch break.",
        {"hearsay"},
    ),
    (
        "Your uncle Ray swears he saw you at the pawn shop with your mothers good silver.",
        {"hearsay"},
    ),
    (
        "I love you son but you've turned into a common drunk and I don't know what else to call it.",
        {"label"},
    ),
    ("Danny, your mother and I never figured we'd raise a pill head.", {"label"}),
    ("I won't have the neighbors watching my boy be an alcoholic on my front porch.", {"label"}),
    ("All I'm asking is you get yourself clean before your mother's eightieth in June.", {"clean"}),
    ("Your probation officer says your last screen was dirty, Danny, again.", {"clean", "hearsay"}),
    ("You were clean for a while there in 2019 and I thought we had you back.", {"clean"}),
    ("Honestly son you are an embarrassment to the Kowalski name.", {"insult"}),
    ("Some days I'm ashamed to call you mine, and that's the God's honest truth.", {"insult"}),
    ("You look like something the cat drug in and you act worse.", {"insult"}),
    (
        "Your mother and your sisters and I are all of one mind that you've gone too far this time.",
        {"we"},
    ),
    ("Everybody in this family has had it up to here with your excuses.", {"we"}),
    (
        "You get in that car tomorrow and go to that place or don't you ever come up my driveway again.",
        {"threat"},
    ),
    (
        "If you don't sign those papers today I'm writing you out of the will, I mean it this time.",
        {"threat"},
    ),
    (
        "You're in denial, son, plain as day, you can't see what's right in front of you.",
        {"diagnosis"},
    ),
    (
        "I read up on it in a magazine at the doctor's office and I think you've got that narcissist thing, it's all about you.",
        {"diagnosis"},
    ),
    ("I think you been bipolar since high school and nobody ever caught it.", {"diagnosis"}),
]

DEV149_GOOD: list[str] = [
    "Danny, I'm seventy-three years old and I was never much for writing, so bear with me.",
    "I remember teaching you to bait a hook off the dock at Kentucky Lake when you were five.",
    "You had the biggest laugh of any kid on Maple Street.",
    "When your mother was in the hospital in 2011 you sat with her every night, and I haven't forgotten it.",
    "I've noticed your hands shake in the mornings now, son, and it scares me.",
    "I miss the Saturday mornings fixing up that old Ford in the garage with you.",
    "I'm asking you to go to the treatment center in Nashville today, they have a bed waiting for you.",
    "I love you more than I know how to say, I'm no good with words like this.",
    "Your mother wanted me to tell you she kept your baseball glove in the hall closet all these years.",
    "I get scared when the phone rings at night, afraid it's the police calling to tell me you're gone.",
    "I've seen you lose a lot of weight this past year, your belt's on the last hole.",
    "You gave the toast at my retirement party and that speech still makes me tear up.",
    "I'm proud of the carpenter you became, that porch swing you built is still out back.",
    "I want my grandkids to know the dad I knew when you were twenty-five.",
    "At Christmas I watched you fall asleep at the table before the pie, and my heart dropped.",
    "I'll drive you there myself, I already filled up the tank.",
    "Your grandpa Walt would of been so proud of how you coached Little League.",
    "I'm not getting any younger and I want more years with you in them.",
    "I noticed you stopped coming to church with us, and I miss having you in the pew beside me.",
    "I been praying for you every night and I'm not ashamed to say it.",
    "When you were sixteen you drove me to the ER after I cut my hand on the table saw, calm as anything.",
    "It hurts me to see you so tired and gray in the face.",
    "I want to go fishing with you again, just the two of us, like old times.",
    "I know you're hurting, son, and I know this isn't the life you wanted for yourself.",
    "The treatment is paid for, your mother and I took care of it, all you have to do is go.",
    "I'd give a lot to hear you whistle while you work again.",
    "At Katie's birthday party you couldn't keep track of what people were saying, and I saw her notice.",
    "You helped me put the new roof on the shed in '08 and didn't complain a bit about the heat.",
    "Your mother and I are getting on and I worry who will look after you.",
    "I've missed you, Danny, the real you.",
    "In July I found you asleep in your truck in my driveway with the engine running and I was terrified.",
    "I hope someday you'll sit on my porch and tell me about your first year sober.",
    "Your little girl asks me about you when she visits.",
    "I'm asking you, as your dad, to take the help that's being offered here today.",
    "You used to call me Sunday nights just to talk about the Titans game.",
    "I remember how gently you carried your mother up the stairs after her stroke.",
    "Son, I dont have all the answers, but I know the folks at Cumberland Heights can help.",
    "You taught yourself guitar at fourteen and played Amazing Grace at Grandma's funeral.",
    "I saw the bottles in the recycling bin behind your apartment last month, more than I could count.",
    "When you were little you'd fall asleep on my chest watching Gunsmoke.",
    "I want you around to walk Katie down the aisle someday.",
    "I'm not going anywhere, I'll be right here when you get out.",
    "Please, Danny, go get well and come home to us.",
]

DEV149_TRAPS: list[str] = [
    "My own father was a drunk, and I swore I'd do better by you, and I know I didn't always manage it.",
    "I was a heavy drinker myself until 1987, so I know how hard it is to put it down.",
    'You told me once, "Dad, I\'m just a no good drunk," and I told you then you were no such thing.',
    "You are not an addict to me, you're my boy.",
    "We always went to the county fair the second week of August, remember the Ferris wheel?",
    "Your grandmother Ruth was a real candy junkie, and you were her favorite.",
    "You helped me clean out the gutters every fall, I never could reach the high ones without you.",
    "Great job finishing that GED back in 2002, I mean that, the picture's still on the fridge.",
    "Your doctor told us your liver numbers are bad, and I'm scared for you.",
    "We went to Gatlinburg every summer and you'd run straight for the pancake house.",
    "We're here because we want you back.",
    "The day you were born I promised I'd always look out for you, and that's what I'm trying to do today.",
    "There's nothing I wouldn't do to get my son back.",
    "I'll come visit you every Sunday they let me.",
    "My brother Earl was an alcoholic and died at fifty-one, and I don't want that for you.",
    "You said to me once, \"Pop, I'm a disgrace,\" and I hugged you and told you that wasn't true.",
    "Mr. Dalton at the feed store was a pillhead back in the seventies and he's been sober thirty years now, so I know people come back.",
    "Your mother says I'm in denial about my age, I still think I can shovel the whole driveway.",
    "Your mother keeps the house so clean you could eat off the floor, it's how she copes with the worry.",
    "Those ninety days you did in 2016 made me prouder than I've been of anybody, well done son.",
    "You never gave up on your ball team even when they lost every game, and I loved that about you.",
    "Your mother always says you have your grandfather's hands.",
    "Dr. Patel said you have depression, and I want you to get the treatment she recommended.",
    "I heard you singing in the shower as a teenager, worst noise in Tennessee, and I'd give anything to hear it again.",
    "Linda asked me to tell you she loves you and the kids are waiting for you.",
    "We all piled into the station wagon to watch you graduate basic training at Fort Benning.",
    "I've been a stubborn old fool, and I'm sorry for all the years I wouldn't talk about it.",
    "Thanks for sitting down today, son, it means the world to me that you're listening.",
    "Nobody's perfect, least of all your old man, I've made plenty of mistakes.",
    "I always think of you when I hear Johnny Cash.",
    "That dirty old Chevy you bought at seventeen, you loved that thing.",
    "You'd come home from the plant covered head to toe in grease and happy as a clam.",
    "You never once let me pay for lunch when you worked at the plant, you were proud of that.",
    "The whole family agrees on one thing, that we love you and want you home.",
    "Your sister was a junk food junkie growing up and you teased her something awful.",
    "I still think of you when I smell gasoline, from all those times you cleaned the carburetor in the garage.",
    "I was too hard on you after the accident, that's my fault, not yours.",
    "Because of you I learned how to be a grandpa, you gave me Katie and Tyler.",
    "You're the reason I kept going after my heart attack, you drove me to every rehab appointment.",
    "I'm not threatening you, son, I'm begging you.",
    'You said to me in the hospital, "Dad, I\'m a junkie and I know it," and I told you you were my son first.',
    "I used to drive you to every one of your ball games and I never missed one, not a single inning.",
]

DEV149_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be paying your rent at Maple Court anymore, starting the first of the month.",
    "Son, if you don't go, I won't be lending you my truck, and I won't be posting bail if you get arrested again.",
    "If you decide not to go, you're still my son, but you can't stay in the basement anymore, and I'll help you pack.",
    "I won't give you any more money unless it goes straight to the treatment center.",
]
