# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 180 (5 December 2026, round 25, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a Korean-American mother, sacrifice, honor and what the church ladies say: blame, hearsay and 'we' statements most. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV180_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.90 (62/69; the rules alone 53/69): blame 20/23, insult 3/4, hearsay 11/13, sarcasm 1/2, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 2/43 (4.7%; the rules alone 1).

At merge, before it was trained on: with main 6613c6f, rules and model 0.90 (62/69; the rules alone 55/69): blame 20/23, insult 3/4, hearsay 11/13, sarcasm 1/2, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 2/43 (4.7%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV180_FLAG: list[tuple[str, set[str]]] = [
    (
        "I worked double shifts at the dry cleaners for twenty years so you could go to college, and you threw all of it away on pills.",
        {"blame"},
    ),
    (
        "Appa ended up in the hospital with his blood pressure last spring, and that came from worrying over you, nothing else.",
        {"blame"},
    ),
    (
        "Your father stopped going to Wednesday Bible study because he is too ashamed to face people, and that shame is yours to carry.",
        {"blame"},
    ),
    (
        "Halmoni cried on the phone from Seoul last week, an eighty year old woman crying, and it was your soju that did that to her.",
        {"blame"},
    ),
    (
        "Your appa and I left everything in Daegu so you could have a future, and this is how you repay us?",
        {"blame"},
    ),
    (
        "Grace had to grow up too fast taking care of everyone and it is your fault she lost her young years.",
        {"blame"},
    ),
    (
        "You dragged the Park family name through the mud in front of the whole congregation.",
        {"blame"},
    ),
    (
        "I sold my wedding ring to pay your lawyer so dont tell me your drinking only hurts yourself.",
        {"blame"},
    ),
    ("Every gray hair on my head I owe to you and your bottles.", {"blame"}),
    (
        "My hands shake at work now, the doctor says it is stress, and I know exactly who put that stress in me.",
        {"blame"},
    ),
    (
        "You took money from the restaurant register for your pills and we almost lost the business, that is your doing.",
        {"blame"},
    ),
    (
        "Appa emptied his retirement account for your first rehab and you walked out after four days like it was nothing.",
        {"blame"},
    ),
    ("Your pills mattered more to you than your own mother's sixtieth birthday.", {"blame"}),
    (
        "Grace's wedding was supposed to be her day and you made it all about you, stumbling around the reception hall.",
        {"blame"},
    ),
    (
        "What son does this to the mother who carried him on her back through Namdaemun market?",
        {"blame", "insult"},
    ),
    (
        "The money for my knee surgery went to your bail, so I still limp up the church stairs, and I want you to know that came from you.",
        {"blame"},
    ),
    (
        "Your father and I fight about you almost every night now, you put a wall between us.",
        {"blame"},
    ),
    ("Because you are a drunk, your father cannot hold up his head at church.", {"blame", "label"}),
    (
        "You never think about anyone but yourself, and your sister is the one who pays for it.",
        {"absolute", "blame"},
    ),
    (
        "You are a shameful son, after I cooked and cleaned and sewed for you my whole life.",
        {"blame", "insult"},
    ),
    ("All of us feel you care more about that bottle than about your own family.", {"blame", "we"}),
    (
        "We are all too embarrassed to show our faces at church, thanks to what you have been doing.",
        {"blame", "we"},
    ),
    (
        "Mrs. Yoon told the whole fellowship hall she saw you drunk at the Lunar New Year party, and now I cannot even go to potluck, that is what you did to me.",
        {"blame", "hearsay"},
    ),
    (
        "Mrs. Choi from the choir has been telling everybody she saw you passed out in the church parking lot.",
        {"hearsay"},
    ),
    (
        "Deaconess Lim whispered to me after service that her son buys from the same man you do.",
        {"hearsay"},
    ),
    (
        "Your manager at the bank phoned the house and said you came to work smelling like alcohol three times in one month.",
        {"hearsay"},
    ),
    (
        "The church ladies are saying the Park boy is on drugs, and I had no answer to give them.",
        {"hearsay"},
    ),
    (
        "Jenny's mom mentioned you were at some party in Koreatown doing cocaine in the bathroom.",
        {"hearsay"},
    ),
    (
        "Pastor Han says he came by your apartment twice and you would not open the door.",
        {"hearsay"},
    ),
    ("According to your roommate you have not paid your share of rent since March.", {"hearsay"}),
    ("Sora texted me that you showed up at her job high and crying.", {"hearsay"}),
    (
        "Your Emo in Fullerton tells me you asked her for money and said it was for school books.",
        {"hearsay"},
    ),
    (
        "I had to find out from the kitchen ladies at church that you got fired, not from my own son.",
        {"hearsay"},
    ),
    (
        "Uncle Sung-ho swears he saw you take pills out of Halmoni's medicine box at Thanksgiving.",
        {"hearsay"},
    ),
    ("Everybody in this family has decided we cannot keep lying for you.", {"we"}),
    ("All of us in this room are worn out from covering for you.", {"we"}),
    ("Appa, Grace, Halmoni and I all agree your drinking got much worse this year.", {"we"}),
    ("Our whole family feels you do not care about anybody but yourself.", {"we"}),
    ("Your sisters and I agree that you lie to us more than you tell the truth.", {"we"}),
    (
        "The family talked it over and we think you are hiding a lot more pills than we found.",
        {"we"},
    ),
    ("Every one of us is fed up with your excuses.", {"we"}),
    ("Your dad and I both believe u have no respect left for this house.", {"we"}),
    ("Nobody here trusts you anymore, and that is what we all feel in our hearts.", {"we"}),
    ("The Park family is of one mind on this: you have become a selfish person.", {"we"}),
    (
        "Speaking for your Appa and Grace too, we think you use stress at work as your excuse to drink.",
        {"we"},
    ),
    (
        "My son is an alcoholic and I will not pretend anymore in front of the church that he is not.",
        {"label"},
    ),
    ("I did not come to America to raise a pillhead.", {"label"}),
    ("Pastor prayed with you and you promised him you would be clean before Easter.", {"clean"}),
    (
        "Your probation officer called me and said the drug test came back dirty again.",
        {"clean", "hearsay"},
    ),
    (
        "Since you turned eighteen you have not come to church with me one single time.",
        {"absolute"},
    ),
    ("Every holiday you disappear for hours and come home smelling like soju.", {"absolute"}),
    (
        "You are a disgrace to your grandfather, who fought in the war so our family could live.",
        {"insult"},
    ),
    ("Some days I am ashamed to tell people you are my son.", {"insult"}),
    ("If you walk out of this room today, do not ever call me Umma again.", {"threat"}),
    (
        "Go to the treatment center tomorrow or I will tell the whole church what you really are.",
        {"threat"},
    ),
    (
        "Oh what a good son, buying his mother flowers with money he took out of her purse.",
        {"sarcasm"},
    ),
    (
        "Congratulations, your name made it onto the church prayer list, such an honor for the family.",
        {"sarcasm"},
    ),
    (
        "Honestly I think you are a narcissist, everything always has to be about you.",
        {"absolute", "diagnosis"},
    ),
    ("You are in denial, just like your uncle was until his liver gave out.", {"diagnosis"}),
    (
        "Something is wrong in your head, maybe bipolar, laughing one minute and throwing dishes the next.",
        {"diagnosis"},
    ),
]

DEV180_GOOD: list[str] = [
    "Daniel, I remember you at six years old, holding my hand at Saturday Korean school and refusing to let go.",
    "When you got into Berkeley I called Halmoni in Seoul at three in the morning her time because I could not wait.",
    "I love you more than my own life, that is the truth of a mother.",
    "You used to help me fold the shirts at the shop and you made the customers laugh.",
    "I am scared for you, and I am writing this because I want my son back.",
    "Your kimchi fried rice with the egg on top is still the best I have tasted.",
    "I remember how gently you held Grace's baby the day she was born.",
    "I am asking you to go to the treatment center today, the bed is ready and Appa will drive you.",
    "When I see your empty chair at Chuseok my heart hurts.",
    "You have a gift for music, I still remember you playing piano for the Christmas service.",
    "Last October I found you on the bathroom floor and I thought you had stopped breathing. I have not slept well since.",
    "When you missed Appa's sixtieth birthday dinner I felt very lonely at that table.",
    "Thank you for driving me to my chemo appointments two years ago, I know you took days off work to do it.",
    "I was so proud when you stayed sober for four months last year and came to Grace's graduation.",
    "When the police brought you home in March I was so frightened my hands would not stop shaking.",
    "I saw the bottles hidden in your closet, and I felt sad, not angry.",
    "You texted me on Mother's Day even when you were struggling, and I kept that message.",
    "Last Thanksgiving you fell asleep at the table before dinner was served and I was worried for you.",
    "You apologized to Grace after her wedding, and that meant a lot to her and to me.",
    "When you lost your job at the bank I was afraid for your future.",
    "Thank you for visiting Halmoni at the nursing home in January, she talked about it for weeks.",
    "I want to see you singing in the choir again.",
    "I want to grow old with you living close to me.",
    "Please say yes today, Daniel. Say yes for yourself.",
    "My son, you are smart and kind, and this sickness is not who you are.",
    "You carried my groceries up the stairs when my knee was bad and you did not complain once about it.",
    "When I came to your apartment and saw no food in the fridge I cried in the car.",
    "I am not here to punish you. I am here because I love you.",
    "Your Appa wants to take you fishing at Lake Perris again like before.",
    "The counselor at the center speaks Korean, so you can talk to her about anything.",
    "I know asking for help is hard for you, it is hard for me too.",
    "Thank you for coming today and sitting here and listening to me.",
    "When you were a teenager you were the one who translated for me at the bank and at the doctor.",
    "When you were little you rubbed my feet after my long days at the cleaners.",
    "I miss hearing you laugh at the dinner table",
    "Last winter I found you shaking and sweating in the morning, and I did not know how to help you.",
    "I was grateful when you called me from the hospital yourself instead of hiding it.",
    "I want you to be healthy and strong someday when you hold your own children.",
    "You were the first in our family to graduate college, and I framed your diploma in the living room.",
    "I have been going to Al-Anon on Tuesday nights, and I am learning to take care of myself too.",
    "You are my only son and I want you to live.",
    "I think about the way you sang to Grace when she had nightmares.",
    "It hurt me when you yelled at me in the parking lot in August, but I forgive you.",
    "I remember you teaching Appa how to use his phone, so patient, both of you laughing.",
    "In June when you were feeling better, you made samgyetang for me when I had the flu, and it tasted like my mother's.",
]

DEV180_TRAPS: list[str] = [
    "My own brother was a drunk in Korea and died at forty-five, and I do not want that for you.",
    "We always went to Huntington Beach on your birthday, do you remember the kite?",
    "Every morning I go to dawn prayer and say your name to God.",
    "You told me once, 'Umma, I'm a failure,' and I want you to know that is not true.",
    "To me you are not an addict, you are my boy who loved Dodgers games.",
    "I cleaned your old room on Sunday and found your drawings from first grade.",
    "Grace is a total K-drama junkie and she wants to watch shows with you again.",
    "Your doctor told us your liver numbers are high, and I am afraid for your body.",
    "You did a wonderful thing finishing the outpatient program last spring, I still have the certificate on the fridge.",
    "Everyone in this room came because they love you, even Halmoni who flew in from Seoul.",
    "We went to church together every Sunday when you were small and you fell asleep on my lap.",
    "I was the reason you missed school that one winter, I was too sick to drive, and I still feel bad about it.",
    "Mrs. Choi asked me to tell you she is praying for you and saving you a seat in the choir.",
    "My father was an alcoholic and I grew up afraid, so I know this disease does not make someone a bad person.",
    "I was a heavy drinker myself in my twenties, before I found God, so I understand more than you think.",
    "Appa wanted me to tell you he is sorry he yelled at you last Christmas.",
    "I hid your problem from the church because of my own pride, and that was my fault, not yours.",
    "It is not your fault that you got sick, but today you can choose to get well.",
    "Nothing you do will ever make me stop being your mother.",
    "You are never too old to come home to Umma.",
    "Your dorm room was so clean and bright your first year, and you were so proud to show me.",
    "I always kept your baseball glove in the hall closet, it is still there.",
    "Your appa is a real coffee addict, four cups before lunch, and he wants to have coffee with you again.",
    "You once said to me 'I hate myself when I drink' and it broke my heart because I love you so much.",
    "We all laughed so hard when you dressed up as Santa for the church kids.",
    "The whole family still remembers the speech you gave at Appa's sixtieth, everyone cried.",
    "I dont blame you for being sick, I blame the pills that took my sweet boy away.",
    "I am not going anywhere, I will always be your Umma.",
    "My cousin in LA used meth for ten years and now he counsels young people, so I know people come back.",
    "You were never a bad boy, Daniel, you were a sweet boy who got lost.",
    "Congratulations on your thirty days last fall, I cried happy tears when you showed me your chip.",
    "I heard you laughing on the phone with Grace last week and it sounded like the old you.",
    "People say Korean mothers are too proud to ask for help, but I am asking now.",
    "I made so many mistakes as a mother, I was always at the shop and not home enough.",
    "Every time you call me my heart jumps with hope.",
    "Your grandfather was a proud man and a heavy drinker and nobody in the family ever talked about it; I dont want to repeat that silence.",
    "My English was pathetic when we first came here and you were the one who helped me learn.",
    "The ER doctor said your heart was racing dangerously that night, and I held your hand until morning.",
    "Grace says she misses her big brother and wants you at her baby's dol party in May.",
    "We used to make mandu together every New Year, and I saved the recipe for you.",
    "The counselor explained that addiction is a disease of the brain, not a weakness of character.",
    "I know you are tired of my nagging, and I am sorry for all the times I yelled at you.",
    "Dr. Kang at the clinic said depression often comes together with drinking, and that there is good treatment for both.",
]

DEV180_BOTTOM_LINE_OK: list[str] = [
    "If you will not go to treatment today, I am going to stop paying your car insurance and phone bill starting next month.",
    "If you choose not to go, you cannot live in our house anymore, but I will still call you every Sunday.",
    "If you refuse help today, I will not lie to Pastor Han or to Halmoni for you anymore.",
    "If you say no, I will not bail you out of jail again, I love you too much to keep doing that.",
]
