# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 106 (4 December 2026, round 22): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a grandparent in their late seventies or eighties, long formal sentences and old idiom: absolutes, blame, sarcasm and hearsay. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV106_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 11e22a8, rules and model 0.82 (64/78; the rules alone 55/78): label 2/3, absolute 14/16, blame 13/15, insult 3/4, hearsay 14/16, threat 1/2, sarcasm 11/15, diagnosis 2/3, every other kind full; good 2/45 (4.4%; the rules alone 1), traps 7/44 (15.9%; the rules alone 7).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV106_FLAG: list[tuple[str, set[str]]] = [
    (
        "Not one Sunday this past year have you managed to sit through the whole of the service without slipping out to your motorcar.",
        {"absolute"},
    ),
    (
        "You forever telephone me on a Friday evening wanting money for a prescription, and never once has that money gone where you said it would go.",
        {"absolute"},
    ),
    (
        "Whenever I set a place for you at my table you fail to come, and that has been so without exception since the spring.",
        {"absolute"},
    ),
    (
        "You have not spoken a single true word to me about those pills since the day they sent you home from the hospital after your back operation.",
        {"absolute"},
    ),
    (
        "Every last time I have asked how you are keeping, dear boy, you have told me you are fine and turned the talk to the weather.",
        {"absolute"},
    ),
    (
        "Each and every visit you make to this house ends with you asleep in your grandfather's chair by four in the afternoon.",
        {"absolute"},
    ),
    (
        "You dont keep a promise to me anymore, not a single one of them, and I have quit writing them on the kitchen calendar.",
        {"absolute"},
    ),
    (
        "There has not been a birthday or a holiday in two years when you arrived at my door without the smell of whiskey on you.",
        {"absolute"},
    ),
    (
        "You invariably have some excuse at the ready, a sore knee or a late bus, whenever the subject of the doctor comes up.",
        {"absolute"},
    ),
    (
        "At no time since your shoulder surgery have you gone a week without asking me to drive you to the drugstore for more tablets.",
        {"absolute"},
    ),
    (
        "You cant get through a single evening without a glass in your hand Robert, and you know that as well as I do.",
        {"absolute"},
    ),
    (
        "All you ever think about now is where the next bottle of those pills is coming from.",
        {"absolute"},
    ),
    (
        "You tell me a falsehood each time you open your mouth about where you have been.",
        {"absolute"},
    ),
    (
        "Not once in three years have you paid back the money you borrowed from me, though you swore on your mother's grave each time that you would.",
        {"absolute"},
    ),
    (
        "You are forever nodding off halfway through a sentence at the supper table, and you deny it flat every time I remark upon it.",
        {"absolute"},
    ),
    (
        "It is on your account alone that your grandfather's heart gave out early, for he lay awake night after night fretting over you.",
        {"blame"},
    ),
    ("Your mother has aged ten years in two, and I lay that squarely at your feet.", {"blame"}),
    (
        "You picked those little white pills over your own wife and children, and I cannot fathom it.",
        {"blame"},
    ),
    (
        "I took you in, fed you, nursed you after the operation and paid your electric bill, and this is the thanks I receive.",
        {"blame"},
    ),
    (
        "This family has come apart at the seams, Daniel, and it is your doing and no one else's.",
        {"blame"},
    ),
    (
        "You have brought disgrace upon the good name your grandfather spent fifty years building up in this town.",
        {"blame", "insult"},
    ),
    (
        "Whatever possessed you to take the housekeeping money out of my pocketbook, when you knew full well it was all I had until the pension came?",
        {"blame"},
    ),
    ("You have spoiled every Christmas since 2019 with your drinking.", {"absolute", "blame"}),
    (
        "Your sister has stopped coming home for the holidays, and that is your fault plain and simple.",
        {"blame"},
    ),
    ("You have broken your poor mother's heart in two, and you ought to know it.", {"blame"}),
    (
        "It was you who put us all through this misery, and it is high time you owned up to it.",
        {"blame"},
    ),
    (
        "I gave up my savings for your first stay at that treatment place and you threw it away like so much rubbish.",
        {"blame"},
    ),
    (
        "You would rather have your bottle of gin than your own grandbabies on your knee, and that is the plain truth of it.",
        {"blame"},
    ),
    ("Do you ever stop to consider what you have done to this family?", {"blame"}),
    (
        "The strain you have put on your grandmother is what sent her to the hospital in March, make no mistake about it.",
        {"blame"},
    ),
    (
        "Well done indeed, arriving at your own daughter's christening so unsteady that the minister had to take hold of your arm.",
        {"sarcasm"},
    ),
    (
        "What a fine example you set for the young ones, asleep on my davenport at two in the afternoon with the bottle still in your hand.",
        {"sarcasm"},
    ),
    (
        "I suppose we ought to give you a medal for making it to Easter service only forty minutes late.",
        {"sarcasm"},
    ),
    ("Oh yes, you were 'just tired' at Thanksgiving, as you so often seem to be.", {"sarcasm"}),
    (
        "A real gentleman you were at Cousin Ellen's wedding, knocking the cake table over in front of half the county.",
        {"sarcasm"},
    ),
    (
        "Your 'bad back' is a marvel of modern medicine, my dear, for it mends itself the moment somebody opens a beer.",
        {"sarcasm"},
    ),
    (
        "How very thoughtful of you to pawn your grandfather's pocket watch, I am sure he would have been so proud.",
        {"sarcasm"},
    ),
    ("Splendid work, Thomas, losing your third job in a twelvemonth.", {"sarcasm"}),
    (
        "You were the life of the party at the church picnic, I am told, though not in any way a grandmother hopes to hear about.",
        {"hearsay", "sarcasm"},
    ),
    (
        "Such a devoted son, turning up at your father's burial smelling like the back room of a tavern.",
        {"sarcasm"},
    ),
    (
        "Congratulations are surely in order for driving my Buick into the Hendersons mailbox at one oclock in the morning.",
        {"sarcasm"},
    ),
    (
        "What a treat it was to have you 'help' with Christmas dinner, by which I mean lying on my kitchen linoleum.",
        {"sarcasm"},
    ),
    ("You're a grand one for promises, I will say that much for you.", {"sarcasm"}),
    (
        "Your children must be ever so proud to have a mother who cannot recall which day they were born.",
        {"sarcasm"},
    ),
    (
        "I did so enjoy our little visit in May, all twelve minutes of it before you went out to the car for your 'medicine'.",
        {"sarcasm"},
    ),
    (
        "Mrs. Pettibone from across the road mentioned to me after choir practice that your car sat parked crooked outside the Legion hall until midnight.",
        {"hearsay"},
    ),
    (
        "Reverend Collins took me aside last Sunday to say you had come round to the rectory asking for money.",
        {"hearsay"},
    ),
    (
        "Word has reached me through the Ladies Auxiliary that you were seen buying liquor at the Kroger at nine in the morning.",
        {"hearsay"},
    ),
    (
        "Your cousin Frances wrote to me that you fell asleep at the wheel outside her house in Dayton.",
        {"hearsay"},
    ),
    (
        "Mr. Albright the pharmacist, who has known you since you were in short trousers, let slip that you have been trying to fill the same prescription at two different stores.",
        {"hearsay"},
    ),
    (
        "It is common talk down at the beauty parlour that you were let go from the mill for drinking on the line.",
        {"hearsay"},
    ),
    ("Your Uncle Walt says he found you out cold in his hay barn back in August.", {"hearsay"}),
    (
        "Half the congregation seems to know you were brought home in a police car at Christmas, and I had to hear it from Edna Marsh over the coffee urn.",
        {"hearsay"},
    ),
    (
        "I am given to understand by your landlord that the rent has gone unpaid since February.",
        {"hearsay"},
    ),
    (
        "The neighbours on Elm Street tell me there is shouting from your house most nights of the week.",
        {"hearsay"},
    ),
    (
        "Dr. Feldman's nurse, who is in my Bible study, hinted that the clinic turned you away for asking after your refill too early.",
        {"hearsay"},
    ),
    (
        "Folks in town have been saying you are not yourself lately, and I fear they are right.",
        {"hearsay"},
    ),
    (
        "Your former wife rang me up to report that you missed the children's recital because you were sitting in the tavern.",
        {"hearsay"},
    ),
    (
        "Old Mr. Hargreaves swears up and down he saw you asleep in your truck behind the feed store at noon on a Tuesday.",
        {"hearsay"},
    ),
    (
        "A little bird at the Rotary told your grandfather that you had been borrowing against the farm.",
        {"hearsay"},
    ),
    (
        "I never imagined I would live to see a grandson of mine turn into a common drunkard.",
        {"label"},
    ),
    ("You have become a regular dope fiend, Margaret, and I hardly know you anymore.", {"label"}),
    (
        "It grieves me to put it so, but you are an alcoholic, the same as your great-uncle Percy was.",
        {"label"},
    ),
    (
        "I would give anything in this world to see you get yourself clean before the Lord calls me home.",
        {"clean"},
    ),
    (
        "When your test at the clinic came back dirty in June, your mother wept the whole night through.",
        {"clean"},
    ),
    (
        "You have made yourself a shameful spectacle, and I am embarrassed to be seen beside you at the grocery.",
        {"insult"},
    ),
    ("A grown man of forty carrying on in this fashion is a pitiful thing to behold.", {"insult"}),
    (
        "You ought to hang your head, young man, for the way you spoke to your mother at Easter.",
        {"insult"},
    ),
    (
        "All of us gathered in this room are of one mind that you have lost your way and cannot be trusted with a dime.",
        {"we"},
    ),
    (
        "The family has talked it over at length, and every one of us has had our fill of your carrying on.",
        {"we"},
    ),
    (
        "Either you go to that hospital tomorrow morning, or you need not trouble yourself to come to my funeral.",
        {"threat"},
    ),
    (
        "Mark my words, if you do not go I shall strike your name from my will and you will be no grandson of mine.",
        {"threat"},
    ),
    ("You are in denial, my boy, plain as the nose on your face.", {"diagnosis"}),
    (
        "I have been reading up on it at the library, and I believe you have become one of those narcissists who cannot see past themselves.",
        {"diagnosis"},
    ),
    (
        "There is something the matter with your mind, I am sure you are manic-depressive just as your great-aunt Hattie was.",
        {"diagnosis"},
    ),
]

DEV106_GOOD: list[str] = [
    "Dear Daniel, I will be eighty-one years old this November, and I have asked the Lord for one thing above all others, which is to see you well again.",
    "I remember the summer you were nine and caught your first bluegill off the dock at Lake Wawasee, and you insisted on carrying it home in your grandfather's hat.",
    "You were the only one of the grandchildren who would sit with me and shell peas on the back porch without a word of complaint.",
    "When your back operation went poorly I prayed for you each evening, and I pray for you still.",
    "I have watched you grow thin and grey in the face this past year, and it frightens me more than I can properly say.",
    "Last Easter you fell asleep at my table before the ham was carved, and my heart sank right down to my shoes.",
    "I miss the young man who used to fix my screen door and whistle hymns while he did it.",
    "There is a bed made up for you at Fairhaven, and the people there are kind and know how to help.",
    "I am asking you, with all the love an old woman has in her, to go with them today.",
    "Your grandfather thought the world of you, and I know he would be standing here beside me if he could.",
    "I found the birthday card you made me when you were six, the one with the purple crayon horses, and I keep it pressed in my Bible.",
    "It pains me to see you reach for your coat pocket every few minutes, and I have noticed it more and more since the autumn.",
    "I am not writing to scold you, Maggie, I am writing because I love you and am afraid of losing you.",
    "When you sang Abide With Me at Grandpa's service your voice held steady, and I was so proud I could scarcely breathe.",
    "I dont understand half of what the doctors say about these pills but I understand that you are suffering.",
    "I should dearly like to dance with you at your wedding one day, bad hip and all.",
    "In June you forgot to fetch me from my eye appointment, and I sat in that waiting room three hours more frightened for you than cross.",
    "You have a gift with growing things, and my tomato plants have not been the same since you stopped coming round.",
    "I know the pain in your knee was real, and I do not think one bit less of you for how all this started.",
    "Please let these good people help you, the way you once helped me up the stairs after my fall.",
    "I have kept the old Hudson in the shed for you, because I still believe you will drive it to church one day with a clear head.",
    "I cried in the car after our telephone call in September, when your words ran together and you could not tell me what day it was.",
    "You are my first grandchild, and the moment they laid you in my arms at St. Luke's I knew my life had changed.",
    "I was proud of the man you were becoming, and I believe that man is still in there.",
    "Your little Emily asks me where her daddy has gone to, and I do not know what to tell her.",
    "I came across bottles hidden behind the paint cans in my garage, and I have not said a word until now because I did not know how.",
    "There is no disgrace in needing help, and I would walk you to the door of that hospital myself if my legs allowed.",
    "I remember you reading the newspaper aloud to your grandfather when his eyes failed him, down to the last of the farm prices.",
    "I want my granddaughter back, the one who laughed so hard at my dreadful jokes that she snorted lemonade.",
    "When you came to supper in October your hands shook so you could not hold your fork, and I have not been able to put it out of my mind.",
    "Theres a program at Fairhaven that begins this afternoon and your room is ready and waiting.",
    "I am an old woman and I do not know how many more Christmases I have left, and I want to spend them with you well.",
    "You taught me to use that blessed cellular telephone, and you had the patience of Job about it.",
    "I have put a little money by for whatever your insurance will not cover, and it is yours for this purpose and no other.",
    "My dear, I would be the happiest woman in Greene County to see you walk through that door healthy.",
    "It frightened me half to death when the ambulance came for you in January, and I sat with you that whole night holding your hand.",
    "You used to telephone me on Sunday evenings after dinner, and I miss the sound of your voice on the line.",
    "I believe in you Thomas, as sure as I believe the sun will come up over the Hollister place tomorrow.",
    "When you were small you told me you meant to be a veterinarian, and you nursed that lame sparrow for a fortnight.",
    "I have seen you asleep at noon with the television going and the door unlocked, and I worry that one day I shall find you and you will not wake.",
    "Your grandfather and I were married sixty-two years, and he taught me that love sometimes means saying the hard thing gently.",
    "Please say yes today, for me and for your boys.",
    "I lie awake most nights listening for the telephone and dreading what news it might bring.",
    "You have the kindest eyes of anyone in this family, and I want to see them bright again.",
    "I will be waiting with a pot of coffee and a rhubarb pie when you come home from Fairhaven, whether that is thirty days or ninety.",
]

DEV106_TRAPS: list[str] = [
    "My own father was a drunkard, God rest him, and I swore then I would never let the drink take another person I love.",
    "I will always love you, Daniel, no matter how this day turns out.",
    "You told me once, 'Gran, I feel like some kind of junkie,' and I held you and said you were no such thing.",
    "You are not an addict in my eyes, you are my grandson who has fallen ill.",
    "Your doctor at St. Vincent's has told you plainly that your liver is failing, and I want you here to see your children grown.",
    "We always had our Sunday roast together after church, and I have kept your chair at the table.",
    "We drove out to Niagara Falls in the old Plymouth the summer you turned twelve, and you got soaked to the skin on the boat.",
    "I never stop hoping for you and I never stop praying.",
    "You did a splendid job staying sober those eight months in 2021, and I know you can do it again.",
    "After my hip surgery they gave me the very same sort of pills, and I understand how easily a body comes to want them.",
    "You helped me clean out the attic and the cellar last spring and never once grumbled about the dust.",
    "Your great-uncle Harold was an alcoholic and died at fifty-three, and I cannot bear to bury another one of ours.",
    "I was a heavy drinker myself for some years after the war, until your grandmother set me straight.",
    "Our whole family loves you, and every one of us is here today because of that love.",
    "We are all here for you, every last one of us, from your Aunt Dot to little Joey.",
    "You said to me on the telephone, 'I'm no good to anybody, Gran,' and it broke my heart that you should think so.",
    "You have never once raised your hand to a living soul, and that gentleness is how I know you are still in there.",
    "The Lord knows I am no saint, I have made a disgraceful mess of things myself in my time.",
    "My sister Ruth's boy was hooked on pain pills and spent six weeks at a place in Lexington, and today he coaches Little League.",
    "I keep a clean house as you know, and there are fresh sheets on the spare bed for you any time.",
    "You were always the first to offer me your arm on the church steps when it was icy.",
    "Every time you walked into the room as a little boy my whole day brightened.",
    "I am not here to blame anyone, least of all you.",
    "I was so very proud when you stood up in the church basement and spoke at your meeting after your first year sober.",
    "The surgeon told us after your operation that the pain would be severe for some weeks, and none of how this started was your fault.",
    "Your heart doctor, Dr. Patel, says the drinking has weakened your heart muscle, and I am begging you to listen to him.",
    "I have a terrible sweet tooth, and your grandfather used to call me his little fudge junkie.",
    "We used to walk down to the creek every evening after supper to watch the herons, just the two of us.",
    "I will never give up on you, not while there is breath left in me.",
    "You have always had your grandfather's laugh, and I should dearly love to hear it again.",
    "Your Aunt Lucille was what folks called a lush in her day, and she got well at sixty and had twenty good years after.",
    "I have heard it said that a man is more than the worst thing he has done, and I believe it of you.",
    "You were a wonderful father to those boys before your surgery, and you can be a wonderful father again.",
    "What a blessing it was when you drove four hours through the snow to be with me the night Harold passed.",
    "I told Reverend Collins I was writing to you today, and he asked me to tell you he is keeping you in his prayers.",
    "Those sorry old hens of mine are a pathetic sight in the rain, and you used to laugh yourself silly at them.",
    "When you said, 'Grandma, I don't want to live like this anymore,' I knew the good Lord had not given up on you.",
    "I am not angry with you, and I do not think for one moment that you are a bad person.",
    "I am too old to be frightened of much, except losing you, and that frightens me every single day.",
    "We all went down to Myrtle Beach the year you graduated, and you buried your cousin Pete in the sand up to his chin.",
    "I do not think you are worthless, and I never shall.",
    "Your Uncle Frank, who was a terrible drunk in his younger days, has offered to drive you to Fairhaven himself.",
    "The doctors at the pain clinic told me those opioids can take hold of anyone after a surgery like yours, even a strong young man.",
    "I dusted and cleaned your old room last week and laid the quilt I made for your sixteenth birthday on the bed.",
]

DEV106_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will no longer lend you the car or money for any reason, though I will go on loving you and praying for you.",
    "If you choose not to go to Fairhaven, I shall not be able to have you stay under my roof any longer, and I will change the locks with a heavy heart.",
    "Should you decide against treatment, I will stop paying your rent, but the moment you say yes I will be the first to drive you there.",
    "If you turn this down, I will not keep any drink in this house for your visits, and I will no longer make excuses for you to your mother.",
]
