# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 173 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a Nigerian-American father and uncles, proverbs and formal English: blame and absolutes most, then sarcasm and diagnosis. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV173_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.81 (70/86; the rules alone 60/86): absolute 15/17, blame 10/16, insult 5/6, we 2/3, sarcasm 11/16, diagnosis 14/15, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 3).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.83 (71/86; the rules alone 63/86): absolute 15/17, blame 10/16, insult 4/6, we 2/3, sarcasm 12/16, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV173_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your mother has not slept a full night in two years, and I lay that at your feet, Chidi.",
        {"blame"},
    ),
    (
        "When you took the money set aside for your sister's school fees and spent it on that powder, you put your habit above your own blood.",
        {"blame"},
    ),
    (
        "I gave up my engineering post in Lagos to bring this family to Houston, and this is how you repay me?",
        {"blame"},
    ),
    ("The shame that now sits on the name Okafor was put there by you and nobody else.", {"blame"}),
    (
        "Your grandmother's heart attack came one week after the police brought you home, and I cannot pretend those two things are not connected.",
        {"blame"},
    ),
    (
        "Everything I built with these two hands, you have scattered like a goat let loose in the yam barn.",
        {"blame"},
    ),
    (
        "It is your drinking that has made your Uncle Obi refuse to come to this house for Christmas.",
        {"blame"},
    ),
    (
        "Tunde, I paid your rent three times and signed for your car, and still you stand in front of me and lie.",
        {"blame"},
    ),
    ("You have turned your mother into an old woman before her time.", {"blame"}),
    (
        "Ask yourself who drove Adaeze to move to Atlanta and stop calling home, the answer is in your mirror.",
        {"blame"},
    ),
    (
        "The pills came first and your children came second, that is the choice you made with open eyes.",
        {"blame"},
    ),
    (
        "What kind of son watches his father beg the whole congregation for prayers and then goes straight out to buy that thing?",
        {"blame", "insult"},
    ),
    (
        "My brother's blood pressure medicine was doubled this year, and the doctor did not need to ask what is troubling him, it is you.",
        {"blame"},
    ),
    (
        "In one summer, Emeka, you destroyed the trust this family spent thirty years building.",
        {"blame"},
    ),
    (
        "Our people say the child who will not let his mother sleep will not sleep either; well, you have made certain that none of us sleeps.",
        {"blame"},
    ),
    (
        "I carried you on my back through Ikeja market when you were small, and now you carry nothing for anybody except your bottle.",
        {"blame"},
    ),
    ("You have not kept one single promise to me since you turned eighteen.", {"absolute"}),
    (
        "Each time I call you, either you are slurring your words or you do not pick up at all.",
        {"absolute"},
    ),
    (
        "There is always an excuse ready in your pocket, like a trader who carries a second set of scales.",
        {"absolute"},
    ),
    ("Not one Sunday this past year have you come to Mass with your mother sober.", {"absolute"}),
    (
        "Whenever this family gathers for anything, you arrive late and you leave staggering.",
        {"absolute"},
    ),
    ("You lie about everything now, Olu, even about what you ate for breakfast.", {"absolute"}),
    ("In all these years you have not said sorry to your mother even one time.", {"absolute"}),
    ("Each and every paycheck goes to the plug before it ever touches your rent.", {"absolute"}),
    (
        "You vanish for three, four days at a stretch, over and over again, and walk back in as if nothing happened.",
        {"absolute"},
    ),
    ("Nothing your uncles tell you ever enters your ear.", {"absolute"}),
    ("your always saying tomorrow tomorrow, and tomorrow never comes with you", {"absolute"}),
    (
        "There has not been a conversation with you since Easter that did not end in shouting.",
        {"absolute"},
    ),
    ("You are forever borrowing and not once paying back, Kelechi.", {"absolute"}),
    ("Anytime anybody gives you responsibility, you drop it and walk away.", {"absolute"}),
    ("You forget your daughter's birthday year after year without fail.", {"absolute"}),
    ("Congratulations, my son, you have finally made the Sugar Land police blotter.", {"sarcasm"}),
    (
        "What a fine example you set for your little cousins, passing out on the veranda at your own sister's traditional wedding.",
        {"sarcasm"},
    ),
    ("Well done, sir, three jobs lost in one year, that must be some kind of record.", {"sarcasm"}),
    (
        "The great Dr. Emeka who was going to be a surgeon now cannot hold a teacup without shaking, very impressive indeed.",
        {"sarcasm"},
    ),
    ("Thank you so much for the lovely present of a DUI on your mother's birthday.", {"sarcasm"}),
    (
        "You assured us you were 'handling it', and you handled it so beautifully that the bank came for the car.",
        {"sarcasm"},
    ),
    (
        "What a proud day for the Adeyemi family when our first son graduated from his third rehab.",
        {"sarcasm"},
    ),
    (
        "Truly the pride of Enugu, sleeping until three in the afternoon and calling it self-care.",
        {"sarcasm"},
    ),
    (
        "Bravo, you managed to stay sober for one whole hour at Grandma's funeral before sneaking off to the car.",
        {"sarcasm"},
    ),
    (
        "Such a responsible young man, leaving the baby in her car seat while you ran into the liquor store.",
        {"sarcasm"},
    ),
    (
        "I am sure your 'business meetings' that smell of Hennessy are going wonderfully.",
        {"sarcasm"},
    ),
    (
        "Our family genius found a way to turn a full scholarship into a bag of pills, very clever.",
        {"sarcasm"},
    ),
    (
        "Oh yes, you are just 'unwinding' with your friends every night until 4am, what a hard-working man.",
        {"absolute", "sarcasm"},
    ),
    (
        "I must commend you, nephew, for showing the whole estate what the inside of a police van looks like.",
        {"sarcasm"},
    ),
    (
        "You were so generous last Christmas, giving all of us the gift of watching you vomit in the kitchen sink.",
        {"sarcasm"},
    ),
    (
        "I have read about this, Chidi, and what you have is narcissistic personality disorder, plain and simple.",
        {"diagnosis"},
    ),
    ("My son, you are living in denial as thick as harmattan dust.", {"diagnosis"}),
    (
        "Your uncle and I both believe you are bipolar, laughing one day and breaking plates the next.",
        {"diagnosis"},
    ),
    (
        "A man who feels nothing when his mother weeps is a sociopath, and that is what you have become.",
        {"diagnosis"},
    ),
    (
        "The drinking is only covering a clinical depression that you refuse to face, I can see it plainly.",
        {"diagnosis"},
    ),
    (
        "You have ADHD, that is why you cannot keep a job or sit still through one church service.",
        {"diagnosis"},
    ),
    (
        "Frankly you show every sign of antisocial personality, the lying, the stealing, no remorse at all.",
        {"diagnosis"},
    ),
    (
        "The paranoia has turned into schizophrenia, I am sure of it, the way you talk about people following you.",
        {"diagnosis"},
    ),
    (
        "When you are high, Tunde, you are a psychopath, there is no other word for it.",
        {"diagnosis"},
    ),
    (
        "Obviously you are borderline, your moods swing back and forth like a church bell.",
        {"diagnosis"},
    ),
    (
        "I am no doctor, my sister's son, but I know an anxiety disorder when I see one, and that is why you drink.",
        {"diagnosis"},
    ),
    ("You refuse to see what is in front of you, which is textbook denial.", {"diagnosis"}),
    (
        "Since secondary school you have had a personality disorder, and the drugs only made it louder.",
        {"diagnosis"},
    ),
    (
        "You are a narcissist through and through, every story must end up being about you.",
        {"diagnosis"},
    ),
    (
        "Something is mentally wrong with you, maybe manic depression, maybe worse, and I am done pretending.",
        {"diagnosis"},
    ),
    ("My son has become an alcoholic, and I will no longer hide it from the church.", {"label"}),
    (
        "Emeka, you are nothing but a junkie now, sleeping in that car behind the mall.",
        {"insult", "label"},
    ),
    ("I did not cross an ocean to raise a pill addict.", {"label"}),
    (
        "I am begging you to get yourself clean before your daughter is old enough to remember this.",
        {"clean"},
    ),
    ("Your last three tests at the probation office were dirty, Olu, all three.", {"clean"}),
    ("How long will you stay clean this time, one week, two?", {"clean", "sarcasm"}),
    (
        "You are a disgrace to the memory of your grandfather, who was a titled chief in Nnewi.",
        {"insult"},
    ),
    (
        "Look at you, a grown man of thirty-five, useless to himself and to everybody around him.",
        {"insult"},
    ),
    ("Honestly it brings me shame to call you my nephew.", {"insult"}),
    (
        "Your cousin Ngozi told your aunty that you were selling your phone at the gas station for cash.",
        {"hearsay"},
    ),
    (
        "Pastor Ade says he saw you coming out of that motel on Bissonnet at two in the morning.",
        {"hearsay"},
    ),
    ("Your manager at the warehouse rang me to say you fell asleep on the forklift.", {"hearsay"}),
    (
        "All of us, your father, your uncles and I, have concluded that you have no respect for this family.",
        {"we"},
    ),
    ("The entire Okafor family is disappointed in you, and our patience has run out.", {"we"}),
    (
        "Every uncle in this room agrees that you are a drunk who always disgraces us in public.",
        {"absolute", "insult", "label", "we"},
    ),
    ("If you refuse this treatment today, do not bother to come to my burial.", {"threat"}),
    ("Either you enter that program this afternoon or you are no longer my son.", {"threat"}),
    (
        "Go to rehab, or I will put you on a plane to the village and you can explain yourself to your grandmother.",
        {"threat"},
    ),
]

DEV173_GOOD: list[str] = [
    "Chidi, I remember when you recited the whole first chapter of Things Fall Apart for your English class and your mother cried with pride.",
    "My son, I am writing this letter because I love you more than words in English or Igbo can carry.",
    "When you were six you followed me to the mechanic shop every Saturday and asked the name of every tool.",
    "I have watched you lose weight this year, and your eyes do not laugh the way they used to.",
    "Last month you missed Ifeoma's naming ceremony, and I felt your absence like a missing tooth.",
    "I am your uncle, and I held you the day you were born at Memorial Hermann.",
    "Our elders say the child carried on the back does not know how far the journey is; I am ready to carry you again.",
    "I am frightened when my phone rings after midnight, because I think it is the police or the hospital.",
    "I miss the way you used to call me 'Papa Oga' and make the whole table laugh.",
    "The doctors at the treatment center in Austin have a bed waiting for you this afternoon.",
    "Please accept this help today; I will drive you there myself.",
    "You taught your little brother to ride a bicycle in the parking lot of our old apartment on Westheimer.",
    "When I saw you asleep on the couch at noon with your shoes still on, my heart broke.",
    "I want my grandchildren to know their father the way I knew mine.",
    "Femi, your laugh is the sound I want to hear at my seventieth birthday party.",
    "I remember how proud you were when you got your first paycheck from H-E-B and bought your mother a scarf.",
    "It hurt me deeply when you did not recognise me at the airport in December.",
    "I am not here to judge you, I am here to stand beside you.",
    "You are still the boy who gave his lunch money to the new student from Ghana.",
    "I found bottles hidden behind the paint cans in the garage, and I felt sick with worry for you.",
    "I was there when you scored the winning goal against Alief Taylor, and I shouted until I lost my voice.",
    "Nephew, you have a brilliant mind and a soft heart, and I want both of them back.",
    "When you told me at Thanksgiving that you were scared, I should have listened better, and I am sorry.",
    "Your daughter Amara draws pictures of you and tapes them to the fridge.",
    "I have seen your hands shake in the mornings, and it frightens me.",
    "Come home to us, my son; the door of this house is open to the man who chooses healing.",
    "In the old days you cooked jollof rice on Sundays and argued with your mother about the pepper.",
    "The money you borrowed last spring does not matter to me half as much as your life does.",
    "I want to dance with you at your wedding, the way my father danced with me at mine.",
    "Kelechi, I love you, and I believe you can get well.",
    "Your sister named her son after you because she still looks up to you.",
    "I was afraid when I found you on the bathroom floor in March, and I still see it when I close my eyes.",
    "Today I am asking you to go to the program at Cenikor and begin again.",
    "You are my first fruit, and no father forgets his first fruit.",
    "I remember the drive to Dallas when you sang Fela songs the whole way and would not let anybody sleep.",
    "Since the pills started you have stopped calling your grandmother on Sundays, and I miss hearing her laugh on the phone with you.",
    "I am proud of the man you were before this, and I believe that man is still inside you.",
    "uncle tobi here, i dont write letters much but i love u boy and i want u to go today",
    "When you lost your job at the refinery I saw how ashamed you were, and I wish I had hugged you then.",
    "You held my hand at your mother's graveside, and now I am holding out my hand to you.",
    "I would give anything to sit with you again on the porch and watch the Rockets lose.",
    "My brother, our father would want me to fight for you, and that is what I am doing today.",
    "Your son kept looking for you in the crowd at his kindergarten graduation, and it made me so sad that you were not there.",
    "I will be in the waiting room every visiting day with your mother's pepper soup in a cooler.",
    "Oga Nnamdi, from the first day you joined our shift you made the work lighter for everyone, and I want my friend back.",
]

DEV173_TRAPS: list[str] = [
    "My own father was a drunk in Onitsha, and I promised myself that sickness would not take my child without a fight.",
    "I will always love you, Chidi, whatever happens in this room today.",
    "In my eyes you are no addict, you are my son who is sick and can get better.",
    "I was an alcoholic myself for eleven years before you were born, and AA gave me back my life.",
    "Your doctor at Ben Taub told us your liver enzymes are very high, and I am scared for you.",
    "Well done on the forty days you had last spring; I was truly proud, and I know you can reach forty again and more.",
    "We always had pounded yam and egusi at your grandmother's house on New Year's Day.",
    "Every Saturday we washed the car together and you sprayed me with the hose.",
    "Your mother spent the whole weekend helping you clean your apartment, and she did it gladly.",
    "You once told me, 'Daddy, I am a disgrace,' and I want you to know I never believed that for one second.",
    "My brother Chuka, your uncle, died a heroin addict in Baltimore in 2009, and I cannot bear to lose another one of us.",
    "I am a sugar junkie myself, as you know, always stealing chin-chin from the tin.",
    "Your therapist diagnosed you with depression last year, and I want you to have the care she recommended.",
    "We are here today because we love you.",
    "It is never too late for a man to begin again; my grandfather learned to read at sixty.",
    "The nurse said it was pancreatitis, and seeing you in that hospital bed is the reason I am writing this.",
    "You said to me, 'Uncle, I am just a useless drunk,' and I told you then what I tell you now: you are worth fighting for.",
    "When I was your age in Lagos I was the one drinking too much palm wine, and my uncles did for me what we are doing for you.",
    "I have never been more hopeful than I am this morning.",
    "Your cousin Obinna has been clean for four years now, and he is ready to sit with you anytime you want.",
    "Thank you for coming today, it means everything to me that you are sitting in this chair.",
    "Your father and I swept and cleaned your old room so it is ready when you finish the program.",
    "The Yoruba say the patient one will eat the ripest fruit, and I will always be patient with you.",
    "I know that you are sick, not bad, and addiction is a disease that can be treated.",
    "I was the first to notice, and I kept quiet too long because I was afraid.",
    "Every time I pass the basketball court on Bellaire, I remember your crossover and smile.",
    "I am not angry with you; I am afraid for you.",
    "When the counsellor explained that opioid use disorder is a medical condition, I finally understood I could not shout it out of you.",
    "My friend Segun's son was a stoner all through college and today he is a pharmacist in Dallas, so I know people come back.",
    "You are a wonderful uncle to the twins, and they ask for you by name.",
    "I will never give up on you, Emeka.",
    "The drinking is not who you are; it is something that happened to you, and it can be undone.",
    "Our people say no condition is permanent, and I believe it with my whole heart about you.",
    "We used to drive to Galveston every Easter and you always got sunburned even though your mother warned you.",
    "I remember you at your confirmation in your white shirt, with a clean haircut from the barber on Fondren.",
    "I was the one who bought the beer for your eighteenth birthday, and I have carried that regret ever since.",
    "The cardiologist showed me the scan of your heart, and I want you alive to see your son grow up.",
    "You told me last week, 'Papa, I am tired of being tired,' and those words gave me hope.",
    "Uncle Kunle was a pillhead for years after his back surgery, and he got well at a place just like this one.",
    "I know you are sick of hearing advice from old men, so today I mostly want to say I love you.",
    "Never in my life was I prouder than the day you walked at your graduation at Prairie View.",
    "I made many mistakes as a father, and some of your pain is because of me; I am sorry.",
    "Every single day I thank God you are still alive.",
    "We all laughed so hard when you tried your Yoruba on Mama Bisi and ordered a goat instead of a plate of rice.",
]

DEV173_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will no longer pay your phone bill or your car insurance, because I cannot pay for the thing that is killing you.",
    "If you choose not to go, you may not sleep in this house while you are drinking, but I will still answer when you call to ask for help.",
    "Should you refuse treatment this afternoon, I will not give you money again, not for rent, not for food; my love stays, but my wallet closes.",
    "If you say no, I will not come to bail you out of jail again; that is my decision, and I am making it because I love you.",
    "If you will not go today, I will not let you drive the children anywhere, and I will keep praying for the day you say yes.",
]
