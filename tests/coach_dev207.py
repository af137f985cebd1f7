# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 207 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a Black church family in Atlanta, Sunday dinners and the choir: blame, hearsay and sarcasm most. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV207_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.89 (59/66; the rules alone 48/66): blame 18/22, hearsay 12/13, threat 1/2, sarcasm 12/13, every other kind full; good 0/52 (0.0%; the rules alone 0), traps 7/43 (16.3%; the rules alone 6).

At merge, before it was trained on: with main 9ed1673, rules and model 0.89 (59/66; the rules alone 48/66): blame 18/22, hearsay 12/13, threat 1/2, sarcasm 12/13, every other kind full; good 0/52 (0.0%; the rules alone 0), traps 7/43 (16.3%; the rules alone 6).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV207_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mama picked up extra shifts at Grady to cover the rent money you drank up, so every gray hair on her head got your name on it.",
        {"blame"},
    ),
    (
        "Pastor Williams had to find somebody else to sing lead at Easter since nobody could count on you being sober, and the whole choir paid for your choices.",
        {"blame"},
    ),
    (
        "Grandma's sugar went through the roof last winter from worrying about you, and I lay that right at your feet, Marcus.",
        {"blame"},
    ),
    (
        "I gave up my scholarship to Tuskegee to stay home and raise your kids while you were out chasing pills, and I'm still paying for that.",
        {"blame"},
    ),
    (
        "Our Sunday dinners stopped being happy the day you started bringing that bottle to the table, and you are the one who took that from us.",
        {"blame"},
    ),
    (
        "Daddy had his heart attack the same month you cashed his pension check, dont tell me those two things aren't connected.",
        {"blame"},
    ),
    ("You picked the pipe over being at your own daughter's graduation from Spelman.", {"blame"}),
    (
        "I cooked, I cleaned, I bailed you out of Fulton County twice, and this is the thanks I get?",
        {"blame"},
    ),
    (
        "The lights got cut off in January because the light bill money went straight up your nose.",
        {"blame"},
    ),
    (
        "You broke this family's heart and then acted surprised when nobody wanted to sit next to you on the pew.",
        {"blame"},
    ),
    (
        "Mama's wedding ring didn't grow legs, Dre, it walked out the door with you and them pills.",
        {"blame"},
    ),
    (
        "Little Jaylen is scared of his own daddy now and that fear came from you, not from anybody else.",
        {"blame"},
    ),
    (
        "I lost my job at Delta from missing so many days sitting in the ER with you, so dont tell me your drinking only hurts you.",
        {"blame"},
    ),
    (
        "It was your mess that made Aunt Bernice stop coming to Thanksgiving after thirty years.",
        {"blame"},
    ),
    (
        "I held this family together with my bare hands while you tore it apart one bottle of Crown at a time.",
        {"blame"},
    ),
    (
        "You turned Big Mama's house on Delowe Drive into a place the grandkids are scared to visit.",
        {"blame"},
    ),
    (
        "Whose fault you think it is that your brother won't even say grace at the table anymore? Not mine.",
        {"blame"},
    ),
    (
        "How do you sleep at night knowing Mama emptied her retirement to pay your lawyer?",
        {"blame"},
    ),
    (
        "I missed my own baby shower sitting up at Piedmont with you after that overdose and you never once said thank you.",
        {"absolute", "blame"},
    ),
    (
        "Deacon Harris had to cover the missing robe money out of his own pocket, and we both know who had the key to that office that week.",
        {"blame"},
    ),
    (
        "Your children are growing up without a father and you got nobody to blame but yourself for that.",
        {"blame"},
    ),
    (
        "Sister Mae pulled me aside after service and told me she saw you nodding off in your car in the Kroger parking lot.",
        {"hearsay"},
    ),
    (
        "Your cousin Rodney says you been hanging around that house off Campbellton Road where they sell.",
        {"hearsay"},
    ),
    (
        "Word around the church is you came to choir rehearsal Thursday smelling like gin.",
        {"hearsay"},
    ),
    (
        "Deacon Harris mentioned to me that you hit him up for money three times last month.",
        {"hearsay"},
    ),
    (
        "Your landlord called me, Tasha, and told me you haven't paid since March and people are in and out of that apartment all night.",
        {"hearsay"},
    ),
    (
        "From what the fellas at the MARTA garage told your father, you been coming to work high more days than not.",
        {"hearsay"},
    ),
    (
        "The ladies on the usher board been whispering that you got picked up for a DUI on 285.",
        {"hearsay"},
    ),
    (
        "Your ex-wife told me on the phone you stopped paying child support so you could buy pills.",
        {"hearsay"},
    ),
    (
        "Somebody at Wednesday Bible study said they watched you buy something from a man behind the Waffle House on Old National.",
        {"hearsay"},
    ),
    (
        "Pastor let it slip that you came by his office asking for a loan with liquor strong on your breath.",
        {"hearsay"},
    ),
    (
        "Your roommate texted me that u been locking yourself in the bathroom for hours with foil and a lighter.",
        {"hearsay"},
    ),
    (
        "Mrs. Odom next door to Big Mama swears she saw you carrying Big Mama's TV out to your trunk.",
        {"hearsay"},
    ),
    (
        "Real nice of you to grace us with your presence at Easter dinner, even if you couldn't hardly stand up.",
        {"sarcasm"},
    ),
    (
        "Congratulations on making it to church one whole time this year, Darnell, I'm sure the Lord enjoyed watching you stumble down the aisle.",
        {"sarcasm"},
    ),
    (
        "Oh you were a big help at Granddaddy's repast, laid out asleep on the floor of the fellowship hall.",
        {"sarcasm"},
    ),
    (
        "What a beautiful solo you gave us on Mother's Day, slurring every other word in front of the whole congregation.",
        {"sarcasm"},
    ),
    (
        "Thank you so much for teaching your nephews what a hangover looks like, Uncle of the Year.",
        {"sarcasm"},
    ),
    (
        "You such a great provider, the kids just loved eating dry cereal for supper while you was out getting high.",
        {"sarcasm"},
    ),
    (
        "Lovely toast at your sister's wedding, nothing says family like a grown man tipping over the cake with a cup of Hennessy in his hand.",
        {"sarcasm"},
    ),
    (
        "Sure, you got it all 'under control,' Dre, that must be why the repo man came for the Camry.",
        {"sarcasm"},
    ),
    ("Way to keep up that perfect attendance at the liquor store on Cascade Road.", {"sarcasm"}),
    (
        "Oh I know, you only smoke 'a little' on the weekends, which must be why you sold your PlayStation on a Tuesday.",
        {"sarcasm"},
    ),
    (
        "Mighty Christian of you to borrow from the building fund and pray nobody would notice.",
        {"blame", "sarcasm"},
    ),
    (
        "Big brother, your a real role model, the twins learned every cuss word they know from you hollering in the yard at 2am.",
        {"sarcasm"},
    ),
    (
        "Thanks a whole lot for the Christmas present of watching you pass out under the tree in front of the babies.",
        {"sarcasm"},
    ),
    (
        "Mama, I love you, but the truth is you've turned into a drunk and I can't keep pretending.",
        {"label"},
    ),
    (
        "Everybody at Greater Mount Zion knows my son is a crackhead and I am tired of acting like they don't.",
        {"label"},
    ),
    ("You became a pillhead after that back surgery and you been one ever since.", {"label"}),
    (
        "Your probation officer called and said the urine test came back dirty again.",
        {"clean", "hearsay"},
    ),
    ("I need you to get yourself clean before this baby comes, Keisha.", {"clean"}),
    ("You don't keep one single promise you make to this family, not ever.", {"absolute"}),
    (
        "Every Sunday you find some excuse to leave dinner early, every single Sunday, and we all know why.",
        {"absolute", "we"},
    ),
    (
        "Honestly Junior you look like something the dog dragged in and it shames me to be seen in public with you.",
        {"insult"},
    ),
    (
        "You are an embarrassment to the Johnson name and to everybody who ever stood in that choir loft.",
        {"insult"},
    ),
    ("All of us sitting at this table agree you been lying to our faces for years.", {"we"}),
    (
        "Your sisters and me have talked it over and we think you're not fit to keep the kids on weekends.",
        {"we"},
    ),
    (
        "Either you get in that car to the treatment center tonight or don't you ever darken my door again.",
        {"threat"},
    ),
    (
        "Keep on with them pills and I'll make sure you never lay eyes on your grandbaby.",
        {"threat"},
    ),
    (
        "I'm no doctor but anybody can see you a full-blown narcissist who only cares about himself.",
        {"diagnosis"},
    ),
    ("You are in denial, plain and simple, and you have been for ten years.", {"diagnosis"}),
    ("I believe you're bipolar and the liquor is just how you cover it up.", {"diagnosis"}),
]

DEV207_GOOD: list[str] = [
    "When I was doing chemo last spring you drove me to Emory every Tuesday and held my purse in the waiting room, and I never forgot that.",
    "Thank you for fixing the gutters on Mama's house after the storm, even though I know you were hurting bad that week.",
    "After I got laid off from the plant you slipped two hundred dollars in my Bible and never said a word about it.",
    "I work the late shift at Piedmont and some nights I'd come home and find you had packed the kids' lunches, and that meant the world to me.",
    "I heard you crying in the bathroom the night of Granddaddy's funeral and I wanted so bad to come in and hold you.",
    "Last August I found you asleep in your car in the church parking lot, and I sat with you till you woke up because I was so scared.",
    "I saw your hands shaking when you tried to hold the hymnal on Easter morning, and it broke my heart.",
    "We always had the best Sunday dinners when you were the one carving the ham and telling your corny jokes.",
    "You never missed one of my track meets at Mays High, rain or shine you were up in the stands hollering my name.",
    "We sang Total Praise together at Big Mama's homegoing and I could feel your voice holding me up.",
    "I remember the night you called me from a gas station at three in the morning and couldn't tell me where you were, and I was so afraid I couldn't breathe.",
    "When Daddy was in hospice you stayed every single night so Mama could get some sleep, and I will always be grateful.",
    "I watched you take a drink from the flask in your coat at Keisha's recital, and I felt so sad and scared for you.",
    "I found empty pill bottles under the seat when I borrowed your truck, and I put them back and cried the whole way to work.",
    "You always made sure Grandma had a ride to Wednesday night Bible study, every week for years, and she bragged on you to everybody.",
    "We used to stay up after choir practice eating wings and laughing till our stomachs hurt.",
    "When I got laid off you were the first one at my door with groceries, even though you were struggling yourself.",
    "The day you came to get me from the hospital after I lost the baby, you didn't say nothing, you just held my hand the whole ride home.",
    "At dinner last month I saw you step out on the porch three times, and when you came back your eyes were red and I was worried sick about you.",
    "You held down that job at Home Depot for three years while Mama was sick and you never once let her see you tired.",
    "I've been lying awake most nights since you stopped answering my calls in October.",
    "Tyrone, I love you more than I could ever put into words.",
    "You taught me to ride a bike in the parking lot behind Cascade United Methodist.",
    "I miss hearing you laugh from the kitchen while Mama fries the chicken.",
    "Your daughter asks God to watch over you every night in her prayers.",
    "I'm writing this letter because I'm scared of losing you.",
    "There is a bed waiting for you at the treatment center in Marietta today and I am asking you to take it.",
    "I will drive you there myself and I'll visit every Sunday they let me.",
    "God gave you a gift with that voice and I believe with my whole heart you'll sing again.",
    "You were the first person besides me to hold my son when he was born.",
    "I remember you teaching me Grandma's peach cobbler, flour all over the both of us.",
    "When you're well you are the funniest, kindest man I know.",
    "I'm asking you to accept help today, not for me, for you.",
    "The kids made you a card, it's in my purse, and they want to give it to you theyselves when you come home.",
    "I been praying for you every morning at six before I go in.",
    "I'm so scared I'm gonna get a phone call one night saying you're gone.",
    "It hurts me to see you this thin, baby.",
    "I remember how proud you looked the day you walked across that stage at Clark Atlanta.",
    "I'd give anything to see you back in the tenor section next to Brother Lewis.",
    "I love you Mama and I need you to get well so you can see Aaliyah graduate.",
    "You're my best friend and you have been since we were six years old in Ms. Jenkins' class.",
    "When I think of you I think of cookouts at Chastain Park and you standing over the grill.",
    "My heart aches every time I drive past your old house on Delowe.",
    "You taught the whole youth choir how to harmonize and them kids still talk about you.",
    "I feel helpless and I don't know what else to do except ask you to go.",
    "Dad, you were my hero growing up and you still are.",
    "I got your room ready for when you come home from treatment, fresh sheets and all.",
    "I know you're hurting, and I know you can get through this with help.",
    "The program at Ridgeview has a family week and I'll be there for every day of it.",
    "Cuz, remember when we snuck out to see OutKast at the Fox Theatre and your mama caught us climbing back in the window?",
    "I wanna dance with you at my wedding next June.",
    "U carried me on your shoulders when I was little, now let me help carry you.",
]

DEV207_TRAPS: list[str] = [
    "My own daddy was a drunk who died at forty-nine, and I don't want that ending for you.",
    "I was addicted to crack for six years before I got saved, so I know how hard it grabs hold of you.",
    "I'm an alcoholic myself, twelve years sober this May, and I'm living proof there's a way out.",
    "You are not a junkie to me, you are my baby boy and you always will be.",
    "Your grandmother was a sugar junkie, she'd sneak a slice of pound cake at midnight and think nobody saw.",
    "Saturday I'm coming by to help you clean out the garage like we said.",
    "Every single Sunday after the eleven o'clock service we'd all pile into Big Mama's kitchen.",
    "I will always be your mama, no matter what.",
    "Great job on your first thirty days at the Salvation Army program last year, I still keep the chip you gave me in my wallet.",
    "Your doctor at Grady says your liver numbers are bad, and I'm scared because I love you.",
    "You told me once, 'Ma, I'm a mess and I know it,' and I want you to know I heard you.",
    "You said to me 'I'm a failure as a father' and I need you to know that is not true.",
    "Daddy, you are the opposite of worthless, you are the reason I became a nurse.",
    "Pastor preached last Sunday on the prodigal son and said nobody is ever too far gone, and I thought of you the whole time.",
    "The choir sang Never Would Have Made It on Sunday and I cried thinking about you.",
    "Keisha keeps her room so clean you could eat off the floor, she gets that from you.",
    "When you were little you'd come home from the creek dirty from head to toe and grinning ear to ear.",
    "I was a user too, back in the eighties, and your uncle Ray dragged me to my first meeting.",
    "Uncle Ray was the town drunk in Macon and he turned it around at fifty-five, so I know it's never too late.",
    "Shame on me for waiting so long to say something.",
    "I'm disgusted with myself for every time I handed you money and looked the other way.",
    "We went to Six Flags every summer and you always rode the Georgia Cyclone with me because I was too scared to ride alone.",
    "The counselor at the treatment center explained that addiction is a disease, not a moral failing, and that changed how I see all of this.",
    "I'll never forget the first time you led the choir in Oh Happy Day.",
    "Every time I hear Marvin Gaye I think of you dancing in the kitchen with Mama.",
    "We all piled into your Buick to go to the Peach Bowl back in '98.",
    "Every one of us in this living room came today because we love you and want you home.",
    "Daddy, you worked double shifts at the Ford plant for thirty years and never once complained.",
    "Thank you for showing up at my graduation sober and smiling, that day meant everything to me.",
    "Jaylen still calls you Coach of the Year for that little league season in 2015, and he means every word.",
    "I'm a recovering pill addict myself and Narcotics Anonymous saved my life.",
    "My first husband was a mean drunk, and that's exactly how I know you're different, you have a good heart.",
    "Your granddaddy always said 'a Johnson never quits,' and I believe that about you.",
    "I've never been more proud of anybody than the day you got your GED.",
    "When I was in the hospital with my stroke you never left my side.",
    "Dr. Patel told us the seizures you had in March came from withdrawal, and I want you somewhere safe.",
    "Your sister and I cleaned up the spare room so you got a quiet place when you come home.",
    "I know the word alcoholic scares you, it scared me too the first time I said it about myself.",
    "Pathetic is how I felt about myself when I lost my job, and you were the one who told me I wasn't.",
    "We all agree on one thing, Sunday dinner just isn't the same without your laugh.",
    "Deacon Brown tells anybody who'll listen that he was a crackhead on Auburn Avenue in the eighties, and now he sits on the trustee board.",
    "It makes me sick to my stomach to think about losing you.",
    "You were always the one who stayed behind to stack chairs in the fellowship hall.",
]

DEV207_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not be paying your phone bill or your car note anymore.",
    "If you choose not to go, you can't stay at the house on Fairburn Road, but I'll keep praying for you and I'll be here the day you're ready.",
    "If you won't accept help today, I won't bring the kids by for Sunday dinner while you're using, because I have to keep them safe.",
    "If you turn this down, I'm going to stop covering for you with Pastor and the choir director.",
    "If you walk out today I still love you, but I won't give you any more money, not for gas, not for food, not for nothing.",
]
