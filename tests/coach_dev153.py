# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 153 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a South Asian American family, duty, respect and community reputation, formal English: absolutes, blame, sarcasm and hearsay. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV153_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.92 (76/83; the rules alone 61/83): label 3/4, absolute 16/18, blame 15/16, sarcasm 12/15, every other kind full; good 1/44 (2.3%; the rules alone 0), traps 5/43 (11.6%; the rules alone 4).

At merge, before it was trained on: with main a6c7782, rules and model 0.94 (78/83; the rules alone 63/83): label 3/4, absolute 16/18, blame 15/16, sarcasm 14/15, every other kind full; good 1/44 (2.3%; the rules alone 0), traps 4/43 (9.3%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV153_FLAG: list[tuple[str, set[str]]] = [
    (
        "You have not kept a single promise you made to your mother since you moved to Houston.",
        {"absolute"},
    ),
    (
        "Whenever there is a family function, you disappear to the car with your flask, without fail.",
        {"absolute"},
    ),
    ("In four years you have not once come to the mandir sober, Rahul.", {"absolute"}),
    ("You forget every birthday, every anniversary and every puja in this house.", {"absolute"}),
    ("Each and every time I telephone you, your speech is slurred.", {"absolute"}),
    ("You lie to us continually about where the money goes.", {"absolute"}),
    (
        "There is no occasion in this family that you have not spoiled with your drinking.",
        {"absolute", "blame"},
    ),
    ("you dont pick up anymore when Nani calls from Lahore, not ever", {"absolute"}),
    ("Not one Sunday dinner in the last two years have you arrived on time.", {"absolute"}),
    ("Everything you tell me now turns out to be a lie, beta.", {"absolute"}),
    (
        "You are forever asking Papa for money and forever swearing it is the last time.",
        {"absolute"},
    ),
    (
        "You have missed each and every one of Anaya's dance recitals since she started first grade.",
        {"absolute"},
    ),
    (
        "At every single wedding this season you were the one the cousins had to carry to the car.",
        {"absolute"},
    ),
    (
        "Bhaiya your always late to everything, you cancel on everything, and you remember nothing.",
        {"absolute"},
    ),
    ("You do not think of anybody but yourself, at any time, about anything.", {"absolute"}),
    (
        "Whatever we try, without exception you go straight back to the pills within a week.",
        {"absolute"},
    ),
    (
        "Mummy's blood pressure trouble began the year you started drinking, and I hold you responsible for it.",
        {"blame"},
    ),
    (
        "Your father took early retirement to pay off your debts, and that sacrifice is on your head.",
        {"blame"},
    ),
    (
        "We cannot show our faces at the gurdwara anymore, and that is entirely your doing.",
        {"blame"},
    ),
    (
        "I worked double shifts at the motel for twelve years so you could study medicine, and this is how you repay me?",
        {"blame"},
    ),
    (
        "You have brought shame on the Sharma name in front of the entire community.",
        {"blame", "insult"},
    ),
    (
        "Your sister's engagement was broken off because of the stories about you, and you should have to live with that.",
        {"blame"},
    ),
    ("You picked whiskey over your own wife and daughter.", {"blame"}),
    ("How can a son do this to the mother who carried him for nine months?", {"blame"}),
    (
        "It is your drinking that put Dadi in the hospital last winter, whatever you tell yourself.",
        {"blame"},
    ),
    (
        "Papa sold the land in Gujarat to cover what you owed and he has not been the same man since, you did that to him.",
        {"blame"},
    ),
    (
        "Look at the state of this house, Imran. This is what your cocaine has done to us, and it is on you.",
        {"blame"},
    ),
    (
        "I gave up my own career in Delhi to raise you and you threw it all away for a powder.",
        {"blame"},
    ),
    (
        "Kiran is failing her classes from worrying about you, so understand that this falls on your shoulders.",
        {"blame"},
    ),
    (
        "Ammi weeps on her prayer mat every night and it is entirely your fault.",
        {"absolute", "blame"},
    ),
    (
        "Your choices have destroyed everything your grandfather built for this family in forty years.",
        {"blame"},
    ),
    (
        "Congratulations on reaching the Diwali puja only two hours late and smelling of whiskey, truly a proud moment for us.",
        {"sarcasm"},
    ),
    ("What a wonderful example you set for your little cousins at the mehndi.", {"sarcasm"}),
    (
        "Well done, you have finally become famous in Edison, just not for the reasons we hoped.",
        {"sarcasm"},
    ),
    (
        "Such a responsible elder brother, borrowing money from your sixteen year old sister.",
        {"sarcasm"},
    ),
    (
        "Your toast at Neha's wedding was very memorable indeed, I am sure the banquet hall is still talking about it.",
        {"sarcasm"},
    ),
    (
        "Thank you so much for the lovely Eid present of police officers at our front door.",
        {"sarcasm"},
    ),
    ("Such a dutiful son, you remember Papa's number only when you need bail money.", {"sarcasm"}),
    (
        "Brilliant idea, Sameer, driving the aunties to the temple after half a bottle of Old Monk.",
        {"sarcasm"},
    ),
    (
        "I am sure your engineering degree is very useful for finding pills at two in the morning.",
        {"sarcasm"},
    ),
    (
        "You were certainly the star of Garba night, dancing straight into the snack table.",
        {"sarcasm"},
    ),
    (
        "Top marks for creativity in the stories you tell Mummy about where your salary went.",
        {"sarcasm"},
    ),
    (
        "You keep telling us it is 'under control' and we can all see how beautifully that is going.",
        {"sarcasm", "we"},
    ),
    (
        "What an honour for Nana-ji to watch his eldest grandson pass out at his eightieth birthday.",
        {"sarcasm"},
    ),
    (
        "Lovely of you to grace Chhoti's graduation for ten whole minutes before slipping out to smoke.",
        {"sarcasm"},
    ),
    (
        "Husband of the decade, snoring in the car while I carried both kids into the reception by myself.",
        {"sarcasm"},
    ),
    (
        "Mrs. Patel from the temple committee informed me that you were seen buying liquor at noon on a weekday.",
        {"hearsay"},
    ),
    (
        "Your cousin Rohit mentioned that you asked him for pills at the wedding in Chicago.",
        {"hearsay"},
    ),
    (
        "Farah Aunty rang me after Jummah to say you had been asleep in your car outside the masjid.",
        {"hearsay"},
    ),
    (
        "Your manager at the clinic has let Papa know you were sent home twice for smelling of alcohol.",
        {"hearsay"},
    ),
    ("According to your roommate, you have not slept at the apartment for a week.", {"hearsay"}),
    (
        "The neighbours on Oak Tree Road are all talking about the ambulance that came for you in June.",
        {"hearsay"},
    ),
    (
        "Sunita Aunty's son says he has seen you outside that bar on Hillcroft more than once.",
        {"hearsay"},
    ),
    (
        "I learned from Dr. Mehta's wife that you tried to get a second prescription from her husband.",
        {"hearsay"},
    ),
    (
        "Word has reached Lahore that you lost your job, and Khala asked me on the phone if it is true.",
        {"hearsay"},
    ),
    (
        "From what your friends in Fremont are saying, you have been using meth again since March.",
        {"hearsay"},
    ),
    ("Your ex wife told Dadi u missed the custody hearing because you were high.", {"hearsay"}),
    (
        "Pinky Didi's husband says you were stumbling around the parking lot after the Baisakhi parade.",
        {"hearsay"},
    ),
    (
        "One of the uncles from the mosque board took me aside and said your breath smelled of beer at taraweeh.",
        {"hearsay"},
    ),
    ("Your landlord phoned me and claimed you have not paid rent since the summer.", {"hearsay"}),
    (
        "Three different aunties at the Gujarati Samaj have described to me what happened at your office party, Vikram.",
        {"hearsay"},
    ),
    ("I never imagined my own son would turn into a drunkard.", {"label"}),
    ("You are a pill addict, Priya, and the sooner you admit it the better.", {"label"}),
    ("Our family never had a charsi in it until you.", {"label"}),
    ("You are a shameless alcoholic who has made a joke of our family name.", {"insult", "label"}),
    ("Beta, you must get yourself clean before your sister's wedding in December.", {"clean"}),
    (
        "Your urine screen came back dirty twice last month, I saw the papers with my own eyes.",
        {"clean"},
    ),
    ("You are a disgrace to your father's turban.", {"insult"}),
    (
        "Honestly I am ashamed to call you my brother, you have become a useless burden on all of us.",
        {"insult"},
    ),
    (
        "All of us in this room have agreed that you are not fit to look after your children right now.",
        {"we"},
    ),
    ("The entire family has had enough of your excuses, Arjun.", {"we"}),
    (
        "If you do not sign the papers for the treatment centre today, do not come back to this house again.",
        {"threat"},
    ),
    (
        "Go to the programme in Dallas or I will tell the whole community what you have done.",
        {"threat"},
    ),
    (
        "Either you stop drinking or I take the children to my parents in Karachi and you will not see them.",
        {"threat"},
    ),
    (
        "You are obviously bipolar, laughing one minute and screaming at Ammi the next.",
        {"diagnosis"},
    ),
    (
        "Sameer, I believe you are a narcissist; everything always has to be about you.",
        {"absolute", "diagnosis"},
    ),
    ("You are in complete denial and you cannot even see it.", {"diagnosis"}),
]

DEV153_GOOD: list[str] = [
    "Arjun, I remember when you carried Dadi on your shoulders at the Ganpati visarjan so she could see the idol go into the water.",
    "Beta, I am writing this letter because I love you and I am frightened for your life.",
    "When you were seven you recited the whole Hanuman Chalisa at the temple and I was the proudest mother in that hall.",
    "I have noticed that you have lost a great deal of weight since spring, and your hands shake when you pour chai.",
    "Last month at Meena's birthday you left before the cake was cut, and I felt very alone at that table.",
    "Bhai, you taught me to ride a bicycle in the parking lot behind the Patel Brothers store.",
    "I miss our long drives to Niagara with the old Rafi songs playing far too loud.",
    "I am asking you, with my whole heart, to accept the help that is waiting for you today.",
    "There is a bed ready for you at the centre in Austin, and Chacha-ji can drive you there this afternoon.",
    "Faisal, you were the first in our family to finish university, and Abbu framed your diploma in the drawing room.",
    "When Papa had his bypass surgery you slept in the hospital chair for four nights.",
    "I feel scared when my phone rings late at night, because I think it is the hospital calling about you.",
    "I was hurt when you did not come to Nani's funeral prayers in March.",
    "You have the kindest heart of anyone I know, Priya.",
    "I remember you making aloo parathas for all of us on snow days, with far too much butter.",
    "My hope is that next Diwali you will light the diyas with Anaya, healthy and present.",
    "I saw you fall asleep at the dinner table on Saturday with your plate still full, and it frightened me.",
    "As your friend since ninth grade, I want my old Vikram back, the one who laughed at his own terrible jokes.",
    "I am not here to judge you. I am here because I cannot lose my only brother.",
    "Imran, working beside you at the pharmacy for eight years has been one of the best parts of my life.",
    "I hope one day you can walk Zara down the aisle at her nikah, steady and proud.",
    "Your grandfather would have wanted you to take this chance, and so do I.",
    "I found the empty bottles under the guest bed in November and I did not know what to do.",
    "Mummy and I met with a counsellor and learned that this is an illness, not a weakness of character.",
    "I remember the cricket matches in Fremont where you bowled until your arm ached.",
    "Your son Kabir has started drawing pictures of you and hiding them in his school bag.",
    "When you hugged me at the airport after my divorce, I felt safe for the first time in months.",
    "I want to sit with you on the porch again drinking chai and talking about nothing in particular.",
    "This letter is hard to write, Rahul, because I have so much love for you and so much worry.",
    "You held my hand through my first chemotherapy, and now I would like to hold yours.",
    "I noticed you stopped coming to Friday prayers with Abbu sometime last year, and I missed you beside me.",
    "In December you borrowed two thousand dollars from me and I have felt uneasy ever since.",
    "You used to make the whole living room laugh with your impressions of Chacha-ji.",
    "Didi, you braided my hair before school for years and sang to me while you did it.",
    "I am proud of the man you were before the pills took hold, and I believe he is still in there.",
    "It scared me when you drove Anaya home from dance class after drinking in October.",
    "Dadi has kept your photograph next to her bed since you left for college.",
    "Going for treatment would make me prouder of you than any degree or any job title.",
    "I want my husband back, the one who danced with me at our sangeet until the DJ packed up.",
    "The programme near Jersey City has Urdu speaking counsellors and understands families like ours.",
    "The day your residency letter came, you ran into the kitchen and lifted me off the floor.",
    "Ravi, I am your wife and your friend, and I am asking you to go today.",
    "i miss hearing you play the tabla in the basement on sunday mornings",
    "Nana-ji taught you chess on the veranda in Pune and you still hold the pieces the way he did.",
]

DEV153_TRAPS: list[str] = [
    "My own Mama-ji was a drunk who died at forty-eight in Kanpur, and I do not want that ending for you.",
    "I was addicted to painkillers after my back surgery, so I know a little of how hard this is.",
    "Last week you said to me, 'Didi, I am a complete mess,' and I hugged you because I believed you wanted help.",
    "To me you are not an addict, you are my son who is sick and needs care.",
    "You have always been my favourite nephew, and you always will be.",
    "I will never stop praying for you.",
    "Congratulations on the thirty days you managed last summer; I saw how hard you worked for every one of them.",
    "We always went to Jackson Heights on Saturdays for jalebi, and you always sneaked an extra one for me.",
    "Your doctor at Memorial Hermann told us your liver enzymes are very high, and I am worried for you because I love you.",
    "On Sunday Papa and I cleaned the garage and found your old cricket bat with your name on the handle.",
    "Uncle Devinder, God rest him, was an alcoholic, and your father still grieves for him.",
    "I am a chai junkie, everyone knows that, but I would give it up in a second to see you well.",
    "You used to keep your room so clean that Mummy would show it to the guests.",
    "Every time I hear Kishore Kumar on the radio I think of you singing in the car.",
    "When Dr. Rao diagnosed your diabetes, she explained that alcohol makes it much worse, and I want you to live a long life.",
    "You once told me, 'Amma, I feel like a failure,' and I have carried those words in my heart since.",
    "I am not saying you are a bad person; I have never believed that for a moment.",
    "How could I not come here today, when you are my only grandson?",
    "I heard you laugh at Kiran's birthday and for a moment it felt like old times.",
    "Great job getting through your first meeting at the church basement in Edison, I know that took courage.",
    "I still remember the drunk driver who hit Chacha's car in 1998, and I cannot bear another phone call like that.",
    "The whole family went to Goa for Papa's sixtieth and you organised every single detail.",
    "My father called himself worthless after he lost the shop, and it took him years to forgive himself.",
    "I was a heavy smoker for twenty years, and quitting was the hardest thing I have ever done.",
    "You are never too old to begin again, beta.",
    "I am so proud of you for staying sober through Ramadan last year; that was real and it was yours.",
    "I was in denial for a long time about how serious this had become, and I am sorry.",
    "Your counsellor explained to us that depression and drinking often go together, and that both can be treated.",
    "It is partly my fault that I stayed quiet so long, and I take responsibility for my part.",
    "You have always been the one who clears the table after dinner without being asked.",
    "The Joshis' grandson was a stoner in high school and is a pharmacist now, so please do not tell me it is too late.",
    "My hands were dirty from the garden when you called that day, and I dropped everything to come.",
    "I will always keep a plate for you at Eid.",
    "You said, 'I'm just a junkie now, Papa,' and I told you then and I tell you now that you are my son.",
    "We used to stay up every night of Navratri dancing until they switched the lights off.",
    "Thank you for coming to Nani's bedside in April; she talked about it until the very end.",
    "I know our community can be harsh, but I do not care what anyone says; I care about you.",
    "If I ever made you feel like a disappointment, I am deeply sorry, because you never were one.",
    "You are not worthless and you are not a disgrace, you are my brother and I need you.",
    "I have never once regretted being your mother.",
    "Every single morning I drive past your old school and remember walking you to the gate.",
    "In college I was the drunk one at every party, and I am lucky someone cared enough to stop me.",
    "Your heart is so clean and good, Ravi; I have seen it a hundred times.",
]

DEV153_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will no longer pay your car insurance or your phone bill.",
    "If you choose not to go, I will still love you, but I will not let you live in our home while you are drinking.",
    "Until you are in treatment, I will not lend you money or cover for you with Papa.",
    "If you decide not to accept help today, I will not let the children ride in the car with you.",
    "Beta, if the answer is no, I will stop making excuses for you to the relatives and I will tell them the truth gently.",
]
