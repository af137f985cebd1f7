# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 141 (5 December 2026, round 23, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: British and Irish relatives, understatement and 'brilliant', 'lovely', 'cheers' used cuttingly: sarcasm and absolutes most. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV141_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.95 (75/79; the rules alone 69/79): label 2/3, blame 15/16, hearsay 14/15, sarcasm 14/15, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 2/43 (4.7%; the rules alone 2).

At merge, before it was trained on: with main a6c7782, rules and model 0.95 (75/79; the rules alone 69/79): label 2/3, blame 15/16, hearsay 14/15, sarcasm 14/15, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 2/43 (4.7%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV141_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every single time we plan anything, Declan, you turn up three sheets to the wind or you dont turn up at all.",
        {"absolute"},
    ),
    (
        "You never once rang your nan on her birthday in the last four years, not once.",
        {"absolute"},
    ),
    ("Mam, you're always 'just having the one' and it's never just the one.", {"absolute"}),
    ("Whenever I need you, you're sat in the Red Lion, without fail.", {"absolute"}),
    ("You've not kept a single promise to me since you started on the tablets.", {"absolute"}),
    (
        "Honestly Ciaran, you lie about everything now, even what you had for your tea.",
        {"absolute"},
    ),
    ("Nothing I say ever gets through to you, so I'm writing it down this time.", {"absolute"}),
    (
        "You always put the drink first, before me, before the girls, before your job at the depot.",
        {"absolute", "blame"},
    ),
    (
        "Dad you never listen, you constantly change the subject the minute anyone mentions the whiskey.",
        {"absolute"},
    ),
    (
        "Every Christmas since 2016 has ended the same way, you asleep on the settee and Mum crying in the kitchen.",
        {"absolute"},
    ),
    (
        "You dont do one thing round the house anymore, not the bins, not the school run, nothing.",
        {"absolute"},
    ),
    (
        "Each and every weekend its the same story with you and the coke, Friday night to Monday gone.",
        {"absolute"},
    ),
    (
        "You're forever borrowing twenty quid off me and not a penny of it ever comes back.",
        {"absolute"},
    ),
    ("You have not been sober at a single family do since our Aoife's christening.", {"absolute"}),
    ("Not one of your excuses has been true, Gran, not one in three years.", {"absolute"}),
    (
        "Our Liam had to leave uni because of the state the house was in, and I want you to know that's down to you.",
        {"blame"},
    ),
    (
        "Mum's heart trouble started the year you went back on the heroin, and I don't think that's a coincidence.",
        {"blame"},
    ),
    ("You picked the vodka over your own grandchildren, Pauline.", {"blame"}),
    (
        "I've bailed you out, I've lied to your boss for you, I've cleaned your sick off the carpet, and this is the thanks I get.",
        {"blame"},
    ),
    ("You've wrecked this family, Shane, plain and simple.", {"blame"}),
    ("The reason Ellie won't bring the baby round is you and nobody else.", {"blame"}),
    ("How on earth could you drive the kids home from school after a bottle of wine?", {"blame"}),
    ("Just have a proper look at the mess you've made of all our lives.", {"blame"}),
    ("You're the one who put us in debt, Rob, every penny of that remortgage is yours.", {"blame"}),
    ("You broke your mother's heart and then took yourself off down the pub.", {"blame"}),
    (
        "After all the years I spent driving you up and down to rehab in Dublin, the least you owe me is one honest conversation.",
        {"blame"},
    ),
    ("Dad walked out because he couldnt cope with you anymore.", {"blame"}),
    ("You did that to your sister, whether you remember it or not.", {"blame"}),
    ("I gave up my nursing course to look after you and you threw it back in my face.", {"blame"}),
    ("It's your fault I lost the flat in Swindon and you know fine well it is.", {"blame"}),
    (
        "Brilliant effort at Katie's wedding, Uncle Mick, falling into the cake was a lovely touch.",
        {"sarcasm"},
    ),
    ("Cheers for nicking my bank card, much appreciated.", {"sarcasm"}),
    ("Lovely of you to turn up to Nan's funeral smelling like a brewery.", {"sarcasm"}),
    (
        "Well done you, three days off it and then straight back on the cans, what a hero.",
        {"sarcasm"},
    ),
    (
        "Oh and top marks for parents' evening, the teachers are still talking about it.",
        {"sarcasm"},
    ),
    (
        "You keep telling me you're 'absolutely fine', which I suppose is why you passed out in the Asda car park.",
        {"sarcasm"},
    ),
    ("Such a lovely surprise to find my jewellery box empty again, Sinead.", {"sarcasm"}),
    (
        "Mother of the year you are, leaving a six year old to make her own tea while you're off your face.",
        {"sarcasm"},
    ),
    ("Really grown up, Josh, flogging your Xbox for weed at twenty six.", {"sarcasm"}),
    (
        "Fair play to you for managing to lose two jobs in one month, that takes real talent.",
        {"sarcasm"},
    ),
    (
        "Cheers for a lovely Christmas Dad, nothing says festive like the Garda at the door.",
        {"sarcasm"},
    ),
    ("What a treat it was collecting you from the cells on my birthday.", {"sarcasm"}),
    (
        "Nice one, you remembered our anniversary, oh wait, no, you were in the pub toilets doing a line.",
        {"sarcasm"},
    ),
    (
        "Brilliant, just brilliant, the way you charmed the neighbours by weeing in their hedge.",
        {"sarcasm"},
    ),
    (
        "Your 'quiet drink' with the lads was very quiet indeed, all fourteen hours of it.",
        {"sarcasm"},
    ),
    (
        "Your manager at the garage rang me and said you'd been turning up smelling of drink.",
        {"hearsay"},
    ),
    (
        "Auntie Bernie tells me you were seen in Cork city centre in a right state last Saturday.",
        {"hearsay"},
    ),
    ("According to Jade you've been buying pills off some lad from the estate.", {"hearsay"}),
    ("Word round the village is that you've been barred from the Crown.", {"hearsay"}),
    (
        "Your sister mentioned you'd asked her for money again, the week after you asked me.",
        {"hearsay"},
    ),
    (
        "Father O'Brien had a quiet word with me about you turning up to mass the worse for wear.",
        {"hearsay"},
    ),
    (
        "One of the mums at the school gate let slip that you'd been sick in the playground.",
        {"hearsay"},
    ),
    ("Gary from five-a-side reckons you've not been straight since before Easter.", {"hearsay"}),
    ("The neighbours say they can hear you shouting at all hours.", {"hearsay"}),
    (
        "Siobhan swears blind she saw you getting a bottle at the offy at nine in the morning.",
        {"hearsay"},
    ),
    (
        "Apparently you told Mrs Kaur next door that I'd thrown you out, which I never did.",
        {"hearsay"},
    ),
    (
        "The lads from your work have been saying you're snorting stuff in the back of the van.",
        {"hearsay"},
    ),
    ("From what Ruth's husband told us, you nodded off at the wheel on the M62.", {"hearsay"}),
    (
        "Everyone says you're a lost cause, and to be honest, Bridget, I'm starting to think they're right.",
        {"hearsay", "insult"},
    ),
    ("You're a drunk, Gerry, and I'm done pretending otherwise.", {"label"}),
    ("I never thought my own son would turn into a smackhead.", {"label"}),
    ("Our Nicola is an alcoholic and everyone at this table knows it.", {"label"}),
    ("Your probation officer told me your last sample came back dirty.", {"clean", "hearsay"}),
    (
        "You managed to stay clean for about a fortnight and then it all went back to how it was.",
        {"clean"},
    ),
    ("Honestly, Terry, you're an embarrassment to the whole family.", {"insult"}),
    ("What sort of mother lets her kids see her like that, Karen?", {"insult"}),
    ("I look at you now and I'm ashamed to call you my brother.", {"insult"}),
    ("We've all had a gutful of your lies, Darren, every one of us.", {"we"}),
    ("The whole family's agreed you're not fit to be left minding Nan anymore.", {"we"}),
    (
        "We've all decided, either you go to the Priory or none of us will speak to you again.",
        {"threat", "we"},
    ),
    ("Sort yourself out or don't bother coming home, I mean it.", {"threat"}),
    (
        "If you don't go to that place in Galway, you can forget you ever had a daughter.",
        {"threat"},
    ),
    ("I honestly think you're a narcissist, Mam, everything has to be about you.", {"diagnosis"}),
    ("You're in complete denial, Callum, and have been for years.", {"diagnosis"}),
    (
        "I reckon you've got some sort of personality disorder on top of the drinking.",
        {"diagnosis"},
    ),
]

DEV141_GOOD: list[str] = [
    "Dad, I still remember you teaching me to ride my bike on the prom at Bray, running behind me holding the seat.",
    "I love you, Mam, and that's why I'm writing this.",
    "When I think of you I think of your laugh at the kitchen table on a Sunday with the roast in.",
    "I've noticed you've stopped coming to my football matches, and I miss seeing you on the touchline.",
    "Nan, you taught me to bake scones and I want my kids to learn from you too.",
    "Last month I found you asleep in the car outside the house with the engine running and I was terrified.",
    "There's a bed waiting for you at a place in Lancashire today, and I'm asking you to take it.",
    "Will you accept the help that's being offered to you this afternoon?",
    "You were my best man, Rich, and your speech had the whole room crying laughing.",
    "I miss the brother who used to ring me on a Sunday night for a natter.",
    "When you missed Poppy's nativity I was gutted for her, and for you.",
    "I'm proud of the nurse you became, and I know she's still in there.",
    "I've watched you lose weight and stop eating your tea, and it frightens me.",
    "Gran, you held our family together after Grandad died, and I'm so grateful for that.",
    "I want my dad back, the one who sang Van Morrison at the top of his voice in the car.",
    "I felt so alone the night you didn't come home and your phone was off.",
    "I'm not here to have a go at you, I'm here because I love you.",
    "Conor, you're my twin and I can't picture getting old without you.",
    "In March you forgot to pick Ava up from nursery and I had to leave work to get her.",
    "I remember our holiday in Tenby, you building that enormous sandcastle with a moat round it.",
    "I hope one day we can walk along the canal again and just talk like we used to.",
    "It hurts me to see your hands shaking in the mornings.",
    "I'm asking you, with all my heart, to go today.",
    "I know this is hard to hear, and I know you're frightened too.",
    "I found the empty bottles behind the shed in June and I didn't know who to tell.",
    "You walked me down the aisle, Dad, and I'd like you to be there for your grandkids' big days too.",
    "Mum, I remember your cool hand on my forehead when I was poorly off school.",
    "When you were well you'd have done anything for anyone on our street.",
    "I've been lying awake at night wondering if you're safe.",
    "I want to get to know you again, properly, without the drink sat between us.",
    "Our Jack asked me why you sleep so much and I didnt know what to tell him.",
    "You used to make me laugh till I couldn't breathe, Aoife.",
    "Please say yes to the programme in Cork, your room's ready and waiting.",
    "I'll be there for visiting on the first Sunday with a flask and a packet of Hobnobs.",
    "I'd rather say all this with love now than stand at your graveside wishing I had.",
    "You were the first person I rang when I got my exam results.",
    "Seeing you fall down the stairs at Easter scared the life out of me.",
    "I think about the summers on Uncle Pat's farm in Mayo, you driving the tractor with me on your knee.",
    "I've felt like I'm losing my mate bit by bit this last year.",
    "I believe you can get well, Frank, I really do.",
    "Everyone in this room is here because they care about you.",
    "I miss our chats over a brew before work.",
    "When you got up at my fortieth and danced with Mum, I was so happy I cried.",
    "I couldnt get hold of you for three days in August and I rang every hospital in Leeds.",
]

DEV141_TRAPS: list[str] = [
    "My own dad was a drunk, and I swore my kids would never see what I saw.",
    "I was an alcoholic myself for eleven years, Sean, so I'm not stood here judging you.",
    "You said to me, 'I'm a useless waste of space,' and it broke my heart because you're not.",
    "You are not an addict to me, you're my little brother.",
    "We always had a lovely time at Skegness every August.",
    "Great job on your thirty days last spring, I was so proud I told the whole office.",
    "Your consultant at St James's says your liver is damaged, and I'm frightened of losing you.",
    "I spent all Saturday cleaning out the garage and found your old fishing rods.",
    "I never stop hoping you'll walk back through that door as yourself again.",
    "Our Ruby's a right telly addict these days, she'd love to watch the footy with you again.",
    "Cheers to you for getting through that first week of detox last year, it was so brave.",
    "You've been a brilliant uncle to my boys and they adore you.",
    "It was lovely to see you laughing at Mia's birthday in May, properly laughing.",
    "We went to Lough Derg together when I was twelve and you carried my bag the whole way.",
    "Nothing you do could ever stop me being your mum.",
    "I'm not leaving you, not today or any day.",
    "Grandad was a heavy drinker and I remember how gentle you were with him at the end.",
    "You told me once, 'Everyone thinks I'm a junkie,' and I want you to know I never did.",
    "I'll keep your room clean and aired till you're home.",
    "The dog comes out with me every day and she still waits by your chair.",
    "I'm always at the end of the phone, night or day.",
    "The doctor diagnosed pancreatitis in October, and I sat with you on that ward every night.",
    "You were the best Santa in the whole of Kilkenny and you never once let the beard slip.",
    "When I was drinking I said some awful things to you, and I'm sorry for every one of them.",
    "I know you've felt judged and labelled by people, but to me you're just Danny.",
    "We used to stay up all night watching old Bond films at Auntie Marg's.",
    "My cousin Fiona is in recovery from cocaine and she's offered to talk to you anytime.",
    "You're never too old to start again, Dad, and I mean that.",
    "The whole family's here today because we love you.",
    "I'd never forgive myself if I didn't say this to you.",
    "I heard you singing in the shower last week and it was like having you back.",
    "You said 'I'm a disgrace' on the phone last Tuesday, and I want you to hear that you're not.",
    "My brother-in-law's a recovering addict and he'll be your first visitor if you'll have him.",
    "It was a brilliant day when you got your driving licence back in 2019.",
    "The nurse at the unit said they'd hold the bed until four o'clock.",
    "I'm so proud of you for staying sober right through Lent two years ago.",
    "Our Tom was a total gym junkie at uni and you were the one who got him into it.",
    "You've every reason to be cross with me, I've not always been easy to live with.",
    "I'm not blaming you, I love you and I want you well.",
    "Lovely, lovely memories of you reading Harry Potter to the kids in daft voices.",
    "I'm sick of being scared, so I'm choosing to be honest instead.",
    "It's not your fault you got hooked on the painkillers after your back operation.",
    "Every time I hear Oasis I think of you and me in the car on the way to Knebworth.",
]

DEV141_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be paying your phone bill or your rent from next month.",
    "If you choose not to go, I'll love you just the same, but you won't be able to stay at mine any more.",
    "Should you decide against treatment, I won't cover for you with Mum again, I'll tell her the truth.",
    "If you turn this down, I'll not be driving you to the pub or collecting you from it ever again.",
]
