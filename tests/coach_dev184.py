# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 184 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an army buddy from two deployments, barracks humor: blame, absolutes and sarcasm most. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV184_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.91 (61/67; the rules alone 50/67): absolute 12/14, blame 19/21, insult 3/4, threat 1/2, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 3).

At merge, before it was trained on: with main 6613c6f, rules and model 0.91 (61/67; the rules alone 50/67): absolute 12/14, blame 19/21, insult 3/4, threat 1/2, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV184_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your boy spent his whole birthday party staring at the front door waiting on you, and that one's yours brother, nobody else's.",
        {"blame"},
    ),
    (
        "I got written up and almost lost my stripes covering for you at formation, so dont tell me this only hurts you.",
        {"blame"},
    ),
    (
        "You picked a bottle of Jack over Maria and the boys and you did it with your eyes wide open.",
        {"blame"},
    ),
    (
        "I drove nine hours to Killeen to bail you out and slept on your lumpy couch for a week, and this is the thanks I get?",
        {"blame"},
    ),
    (
        "Maria is pulling doubles at the hospital because you drank the rent money, plain and simple.",
        {"blame"},
    ),
    ("Whatever happens to your family from here on out is on your head, not mine.", {"blame"}),
    ("How do you look your mom in the eye after pawning her wedding ring for pills?", {"blame"}),
    (
        "You burned through every friendship left from the platoon one 3am phone call at a time.",
        {"blame"},
    ),
    (
        "Doc Hensley won't pick up my calls either now, thanks to what you said to his wife at the reunion.",
        {"blame"},
    ),
    (
        "You wrecked the truck, you wrecked your knee and you wrecked your marriage, and every bit of that was you.",
        {"blame"},
    ),
    (
        "I stuck my neck out to get you that job at the depot and you spit in my face by rolling in wasted on day three.",
        {"blame"},
    ),
    (
        "Nobody held you down and made you swallow those pills, man, you did this to yourself.",
        {"blame"},
    ),
    ("Lily has nightmares now and you're the one who handed them to her.", {"blame"}),
    (
        "I dragged you out of that ditch in Zabul so you could throw your life away on oxy? Seriously?",
        {"blame"},
    ),
    (
        "Its your fault Maria had to pack up the kids and move back in with her parents in El Paso.",
        {"blame"},
    ),
    (
        "You let the guys down, you let your kids down, you let me down, and then you go around acting like the victim.",
        {"blame"},
    ),
    ("Every one of us is paying for your habit except you.", {"blame"}),
    (
        "The bar crowd on Rancier Ave won out over the brothers who actually bled next to you, and you made that call yourself.",
        {"blame"},
    ),
    (
        "Ramirez's retirement party turned into a brawl because u showed up loaded and took a swing at his brother-in-law.",
        {"blame"},
    ),
    (
        "I lost sleep, money and a girlfriend over your garbage and you haven't said sorry one single time.",
        {"absolute", "blame"},
    ),
    ("You owe me and you owe Maria for the disaster you made out of last year.", {"blame"}),
    ("You don't pick up your phone anymore unless you need something from me.", {"absolute"}),
    ("Every single time I come by there's a fresh handle of Popov under the sink.", {"absolute"}),
    ("Not one promise you've made me since Bragg has held up.", {"absolute"}),
    ("Your always late, always hungover, always got some excuse loaded and ready.", {"absolute"}),
    ("You can't make it one day without a drink, not a single one.", {"absolute"}),
    ("You lie about everything now, even dumb stuff that doesn't matter.", {"absolute"}),
    ("Any plan I make with you, you bail on it, guaranteed.", {"absolute"}),
    ("In two years you haven't told me the truth one time.", {"absolute"}),
    (
        "The second things get hard you run straight to the pills, no exceptions, every time.",
        {"absolute"},
    ),
    ("All you do anymore is sleep, use and pick fights.", {"absolute"}),
    ("You've missed every birthday Mateo has had since you got out.", {"absolute"}),
    ("There is not a day I call you that you're sober.", {"absolute"}),
    (
        "Real squared-away move, passing out in the truck outside Chili's with your kid buckled in the back.",
        {"sarcasm"},
    ),
    (
        "Congrats on getting canned from your third job this year, that's gotta be some kind of record.",
        {"sarcasm"},
    ),
    (
        "Nice touch showing up to Tommy's funeral smelling like a distillery, very honorable.",
        {"sarcasm"},
    ),
    (
        "Way to lead from the front, Sarge, nodding off at your own daughter's dance recital.",
        {"sarcasm"},
    ),
    (
        "Somebody give the man a medal, he got through Thanksgiving without puking in the yard this year.",
        {"sarcasm"},
    ),
    ("Outstanding work on the DUI, real top shelf decision making there.", {"sarcasm"}),
    ("Husband of the year right here, selling Maria's car for an eight ball.", {"sarcasm"}),
    ("You're \"handling it\", right? Sure looks handled from where I'm sitting.", {"sarcasm"}),
    (
        "Thanks a bunch for the 3am call asking me to wire you two hundred bucks, what a treat that was.",
        {"sarcasm"},
    ),
    ("Hooah brother, real proud of you for making bail.", {"sarcasm"}),
    (
        'Love how you "only had two beers" and still couldn\'t find your own front door.',
        {"sarcasm"},
    ),
    (
        "Go ahead and tell me again how you've got it all under control, I could use a good laugh.",
        {"sarcasm"},
    ),
    (
        "Real hero stuff, crying to the bartender about Kandahar instead of calling the VA.",
        {"insult", "sarcasm"},
    ),
    (
        "You turned into a full blown junkie right in front of me and I didn't say a word.",
        {"label"},
    ),
    (
        "Some days I dont even know who you are, just a pillhead who used to be my team leader.",
        {"label"},
    ),
    (
        "Garza calls you a lush behind your back and honestly I couldn't argue with him.",
        {"hearsay", "label"},
    ),
    (
        "Your PO let it slip that your last UA came back dirty for meth, so dont tell me you're done.",
        {"clean", "hearsay"},
    ),
    ("Get yourself clean first and then maybe we can talk about the fishing trip.", {"clean"}),
    (
        "It's pathetic watching a guy who led patrols in Helmand beg for pills at a gas station.",
        {"insult"},
    ),
    ("You're an embarrassment to the uniform you used to wear.", {"insult"}),
    ("What kind of man steals from a Gold Star mom?", {"insult"}),
    (
        "Your neighbor let Maria know she saw you passed out on the lawn Tuesday afternoon.",
        {"hearsay"},
    ),
    ("Word around the VFW is you've been buying off some kid in the parking lot.", {"hearsay"}),
    ("All of us from second platoon agree you've let yourself go straight to hell.", {"we"}),
    ("Me and the guys are sick and tired of cleaning up your messes.", {"we"}),
    ("Get in that van today or lose my number, I mean it.", {"threat"}),
    (
        "You blow this off and I swear I'll call your unit in the Guard myself and tell them everything.",
        {"threat"},
    ),
    ("You're a straight up narcissist, it's Danny Danny Danny 24/7.", {"absolute", "diagnosis"}),
    (
        "You're so deep in denial you can't even see the empties piled by the recliner.",
        {"diagnosis"},
    ),
]

DEV184_GOOD: list[str] = [
    "Danny, I've known you since Basic at Benning, and you're the closest thing to a brother I've got.",
    "I still crack up thinking about you trying to fry eggs on the hood of the MRAP in July.",
    "You taught me how to clear a jam in the dark with my eyes shut, and I use that calm to this day.",
    "I'm writing this because I love you man, and I'm scared for you.",
    "I remember you reading Lily's letters out loud in the tent so the whole squad could hear about her kindergarten.",
    "I want my buddy back, the guy who could get a whole tent laughing on the worst nights.",
    "There's a bed waiting at a program in San Antonio that works with vets, and I'm asking you to take it today.",
    "I'll drive you down there myself and I'll be there for family weekend.",
    "When my dad died you flew to Dayton on your own dime and stood next to me the whole day.",
    "I miss fishing with you out at Belton Lake, just sitting there not saying much.",
    "I can't fix this for you, but I can stand next to you while you do the work.",
    "Please say yes today, brother.",
    "I want to see you walk Lily into her first day of high school.",
    "I know the back pain is real and I know Kandahar is still riding with you, and there are people who can help with both.",
    "You kept me sane on that second deployment when my girlfriend sent me the Dear John letter.",
    "I've been praying for you, and you know I'm not a praying guy.",
    "Mateo asked me last month if his dad is coming to his games this season, and I want the answer to be yes.",
    "You're worth fighting for, and I'm not done fighting.",
    "I'd rather have you mad at me for a month than lose you for good.",
    "The guy I served with is still in there, I saw him last summer playing catch with the boys in your backyard.",
    "Treatment isn't the end of anything, it's just the next mission.",
    "I'll write you letters while your in there, real ones with stamps, like old times.",
    "Your kids need their dad, and I need my battle buddy.",
    "I believe you can do this because I've watched you do harder things.",
    "Take the help, Danny.",
    "I love you man. See you on the other side of this.",
    "Lily drew you a picture of a dog in a helmet and asked me to bring it today.",
    "I put in for leave at work so I can be around for those first couple weeks.",
    "You don't have to carry this by yourself anymore.",
    "I still have the Red Sox hat you gave me on the flight home.",
    "When I found you on the bathroom floor in March I thought I was losing you, and I still see it when I close my eyes.",
    "My stomach dropped when you didn't recognize me in the ER in Temple.",
    "I got scared when you drove home from the Fourth of July cookout after drinking with Lily in the back seat.",
    "At Garza's wedding I kept looking at the empty chair with your name card on it, and it hurt.",
    "I sat in my truck and cried after our phone call on Christmas, and I'm not ashamed to tell you that.",
    "I lent you two grand last spring, and honestly I miss the trust between us more than the money.",
    "It scared me when you talked about the pistol in your nightstand last fall.",
    "Thank you for dragging me to the VA in 2016 when I was the one falling apart.",
    "I was proud of you coaching Mateo's Little League team, you had those kids believing in themselves.",
    "Those four months you were sober in 2021, you were funny again, you were you.",
    "You showed up to my son's christening in a pressed suit and gave a toast that had my mother in tears.",
    "I'm grateful you pulled me out of that truck after the IED, and I don't think I've thanked you enough.",
    "You called me on my worst night in 2017 and stayed on the line till sunrise, and I owe you my life for it.",
    "The way you took care of your mom after her stroke showed me what a good son looks like.",
]

DEV184_TRAPS: list[str] = [
    "My old man was a mean drunk, and you were the one who helped me not turn into him.",
    "I was a pill addict for two years after my shoulder surgery myself, so I'm not here to judge you.",
    "You told me on the phone, \"I'm just a junkie Cole, let me go,\" and I don't buy that for a second.",
    "You are not an addict to me, you're Danny, the guy who humped the SAW up that hill.",
    "I'm a total coffee junkie these days, you'd laugh at how many cups I put away before noon.",
    "We spent a whole Saturday cleaning weapons in the motor pool and you sang Johnny Cash the entire time.",
    "I'll always have your back, no matter what you decide today.",
    "I never stopped believing you'd come out the other side of this.",
    "We always had each other's six over there.",
    "Great job on your thirty days at Cedar Crest last year, that took real guts.",
    "Your doctor at the VA says your liver numbers are bad, and I want you around for a long time.",
    "Your VA psychologist diagnosed you with PTSD back in 2019, and there's no shame in that, it's a wound like any other.",
    "We went to Vegas after we got back and you tipped the waitress fifty bucks because she reminded you of your mom.",
    "Every time I hear Folsom Prison Blues I think of you.",
    "You were always the first one up and the last one to eat.",
    "Staff Sergeant Ortiz was the real drunk in our company, and you were the one who quietly covered his shifts.",
    "My brother Luke got clean in 2018 and he'll talk to you anytime you want.",
    "I've been clean nine years myself, and the first week was the hardest thing I ever did.",
    'You said it yourself, "I\'m a mess man," and I respect that you could say it out loud.',
    "Nobody in our unit ever doubted your courage, not for a second.",
    "I can't blame you for how hard things got after Tommy died.",
    "It's not your fault the war messed with your head, but getting help is in your hands.",
    "Your mom told me she keeps your Bronze Star on the mantel and dusts it every Sunday.",
    "The counselor at the center says families who show up make a real difference, so here I am.",
    "Everybody in this room drove a long way today because they love you.",
    "We all got matching tattoos in Fayetteville and you were the only one who didn't flinch.",
    "You were the best squad leader I ever had, hands down.",
    "Thanks for the letter you sent me at Walter Reed, I still keep it in my footlocker.",
    "Real proud of you for calling me last week when you wanted to use and didn't.",
    "The doc in Temple explained the seizures came from stopping the alcohol cold turkey, so this time you'd detox with nurses watching.",
    "The dog got into the trash and made a disgusting mess of my kitchen last week, and all I could think was you'd have laughed your head off.",
    "What a pathetic little fish that was you caught at Belton, and you still made me take a picture of it.",
    "That drill sergeant at Benning called us worthless maggots every morning and you had me laughing about it every night.",
    "My uncle Ray was a crackhead for most of the nineties and now he's twenty years sober coaching wrestling in Abilene.",
    "You used to say the desert made you feel dirty in a way no shower could fix.",
    "That Humvee was always breaking down and somehow you always had the part in your pocket.",
    "I'm not going to threaten you or yell at you today.",
    "Nothing you could do would ever make me stop caring about you.",
    "You're not a disgrace, you're a soldier who got hurt and didn't get the right care.",
    "I should have spoken up a long time ago, and that's on me.",
    "You once told me, \"I'm the reason Tommy's dead,\" and I need you to hear that you're not.",
    "I was in denial about my own drinking for years until my wife sat me down at the kitchen table.",
    "That narcissist we had for a platoon leader at Bragg is still a running joke between us.",
    "You never once left a man behind over there, and I'm not leaving you behind now.",
]

DEV184_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you money anymore, but I'll still pick up if you call ready to go.",
    "If you don't go in today, you can't crash at my place anymore; I love you and I can't watch this up close.",
    "If you decide not to go, I'm done covering for you with Maria or with your boss.",
    "If you turn this down, I won't drink with you or give you rides to the liquor store anymore.",
]
