"""Round 23 (f45): kind sentences the rules flagged on round 22's writers, readable since its
merge (dev 110-136, Spanish dev 19-27): round 22's four known flags of the r9i_, r10c_ and
r12c_ blocks first, then every flagged trap and good sentence of those batches, read by the
kind of context, not the sentence. Each twin below is in our own words, in the same kind of
context as a writer's sentence, and was flagged by main a7edfb6's rules (checked in a copy of
its tree); the probes are harsh sentences beside each guard that the rules must still flag, and
the Spanish rules that read a name or a kind word in the wrong span (part 3). Rules alone
(`second_opinion=False`); tests/test_coach_guards.py runs them."""

from __future__ import annotations

# Grouped by the kind of context; a comment names the macro or the guarded rule.
KIND_TWINS = [
    # sincere praise of a real step: the writer saw the effort, says it was real or brave
    # (F45_SINCERE_STEP)
    "Great job on those six weeks you stayed off the pills last winter, I saw how hard you fought.",
    "Well done on the ninety days you managed last year, that was real, and you can get there"
    " again.",
    "Congratulations on telling your counselor the truth about the drinking, that was brave.",
    "You did a great job on the shoulder rehab; you worked harder than anyone at that clinic.",
    # a medic's words retold: "lucky to be alive" (F45_MEDIC_SAID_LUCKY)
    "The surgeon told Mom you were lucky to be alive, and I'm grateful for that every single day.",
    # the writer's own loss, said as a change seen in the reader ("you stopped going … with me")
    "Since you started working nights, you stopped going fishing with me.",
    "Ever since you took that job in Denver, you stopped going running with me.",
    # a label denied by everyone (F45_NOBODY_SEES_YOU_AS; r12c_label-think-of-you-as)
    "Not one of us here sees you as just an alcoholic, and I never will.",
    # a bad description denied (F45_NEVER_THAT_KIND)
    "To me you'll never be just some junkie, you'll always be my little brother.",
    "You were never the kind of dad who missed a birthday.",
    "You were never just the kid with the problem, you were my best friend.",
    # fond habits and memories (F45_FOND_HABIT)
    "Grandma used to call you her little chatterbox, you never stopped talking.",
    "Mom used to call you her little night owl because you never wanted to sleep.",
    "We used to play gin every Sunday and you never let me win, not once.",
    "I shoveled Grandma's driveway today and thought about how you always used to do it for her.",
    "You haven't missed one of my recitals in ten years, and that means so much to me.",
    "You always put the kids first when you ran the scout troop.",
    "Aunt May's pies were always gone first at the fair, and you always snuck two.",
    "I'm a total tea junkie and you always used to tease me about it, I'd give anything to hear"
    " it again.",
    "You've never let me forget you're older, and I wouldn't change that for anything.",
    # a reason that is a gift (blame-because-of-you-p4), a child's height (blame-because-you-did)
    "You're the reason I got out of bed after the funeral.",
    "I've known you since you were knee high, and I'm not going anywhere.",
    # what other people say, refused or proved wrong; nobody told the reader it was okay;
    # "we were a package deal"; "you made it easier" (QUIET_HEARSAY)
    "I won't repeat what other people say, I'll only tell you what I saw.",
    "You passed your driving test when everyone said you couldn't, and I still have the photo.",
    "People warned me that raising twins would be hard, but you made it easier.",
    # somebody else's idiom or card game, or past (IDIOM_JUNKIE, label-sud, QUIET_BEFORE_LABEL)
    "Mia is a total cookie junkie, just like you were at her age.",
    "Remember when you beat me at rummy and made me do the dishes?",
    "My uncle came home from the war a drunk, and nobody ever helped him.",
    "My ex, Jake, was an addict, and you were the one who helped me leave.",
    "Janis and Jimi were heroin addicts, and I don't want to lose you the way the world lost them.",
    # person-first: someone in recovery for years, patients seen as people (F45_PERSON_FIRST)
    "My sister is a recovering alcoholic with six years now, and she'd love to meet you.",
    "I nurse addicts every night and I see them as people, and I see you that way too.",
    # the writer won't say it (F44_NOT_SAYING_YOU_ARE, widened)
    "I'm not here to call you names or tell you you're a junkie.",
    "I'm not here to call you names or tell you you're a loser.",
    # someone else got clean; the writer's own years; the writer's own test (F45_THEY_GOT_CLEAN)
    "Your friend Marco got clean in 2020 and he's the one who gave me the number.",
    "I'll have five years clean in June and I want that for you too.",
    "When my pre-hire drug test came back clean you took me out for pizza.",
    "Aunt Jo's husband has been sober and clean for ten years, and he'd talk to you anytime.",
    # the writer's own "everybody knows it"; a family that knows how to get through
    # (F45_ME_ALL_KNOW, F45_KNOW_HOW_TO_GET_THROUGH); "since the move and I" (we-and-i)
    "I'm a coffee addict, everybody knows it, so I'll bring the good beans on visiting day.",
    "Uncle Sam has had diabetes for years and he's fine, so this family knows how to get through"
    " hard things.",
    "I know you've been low since the move and I want you to get some help for that.",
    # the writer's own weakness; the only gross thing; how others treated the reader
    "I was pathetic at darts until you taught me.",
    "The way your coach spoke to you after that game was disgusting, and I'm sorry I said nothing.",
    # a vow to stay (F45_NEVER_STOP_BEING)
    "Even if you say no tonight, I will never stop being your sister.",
]

KIND_TWINS_ES = [
    # the writer wishes to spare someone the same (absolute-es-patron)
    "Mi abuelo era un borracho y yo juré que a ti no te iba a pasar lo mismo.",
    # fond memories with "cada vez que" / "siempre que" (absolute-es-cada-vez)
    "Te quedabas pegado a la tele cada vez que jugaban los Tigres, eras un loco del béisbol.",
    "Siempre que me enfermaba tú me traías sopa de fideos y me contabas cuentos.",
    # a doctor's finding, a doctor's account, a therapist's explanation
    "Tu médico dice que el corazón lo tienes cansado, y no quiero perderte.",
    "El doctor de urgencias nos dijo que tuviste una sobredosis y que llegaste justo a tiempo.",
    "Tu terapeuta me explicó que la depresión viene de hace años y que tiene tratamiento.",
    # blame denied (blame-es-culpa)
    "No digo que todo sea culpa tuya, yo también fallé mucho.",
    # the reader's own words or a song, quoted (sarcasm-es-comillas-breves)
    "Una noche me soltaste «soy un desastre, hermana», y yo te abracé.",
    "Me cantaste 'Bésame mucho' en la boda y todos lloramos de risa.",
    # thanks for care (sarcasm-es-elogio)
    "Gracias por cada tarde que me llevaste al colegio en la bici con la lluvia que caía.",
    # insults denied (insult-es-nombre); the writer's own embarrassment (insult-es-fijo)
    "No eres una mala persona, ni mucho menos una vergüenza.",
    "No te veo como un caso perdido, te veo como mi hermano.",
    "Qué vergüenza pasé yo en tu boda con aquel baile, ¿te acuerdas?",
    # the substance named, a lineage told, a third person who died as one (labels)
    "No sé mucho de drogas, pero sé que te quiero.",
    "En la familia de mi papá hubo muchos borrachos, y eso pesa.",
    "Mi tío murió de cirrosis siendo un alcohólico, y no quiero perderte a ti.",
]

# Harsh sentences beside the guards: (text, category, rule id or None).
PROBES = [
    ("Great job getting arrested again last spring, that was real classy.", "sarcasm", None),
    ("Congratulations on getting fired again, really brave of you.", "sarcasm", None),
    ("The doctor told us you were drunk when they brought you in.", "hearsay", None),
    (
        "Since you started drinking, Grandma stopped coming to Sunday dinner.",
        "blame",
        "r10c_blame-harm-dated-by-you",
    ),
    (
        "Everyone at church sees you as just a junkie now.",
        "label",
        "r12c_label-think-of-you-as",
    ),
    ("You were never the kind of dad who showed up.", "absolute", "absolute-never"),
    ("You always snuck vodka into your coffee.", "absolute", "absolute-always"),
    ("You're the reason I picked up the bottle again.", "blame", "blame-because-of-you-p4"),
    ("Because you were high, you missed the recital.", "blame", "blame-because-you-did"),
    ("People say you were drunk at the wedding.", "hearsay", None),
    ("My brother is an addict, and so are you.", "label", "label-sud"),
    ("Your best friend Dusty got clean, so why can't you?", "clean", None),
    ("My husband's test came back dirty again.", "clean", None),
    ("Your brother and I want you to stop drinking.", "we", "we-and-i"),
    ("It was pathetic, you passed out at the table.", "insult", None),
    ("If you say no today, you can pack your bags.", "threat", None),
    ("You made Emma the parent in this house.", "blame", "r20a_blame-made-me-the-parent"),
]

PROBES_ES = [
    # beside the guards
    ("Siempre es lo mismo contigo, borracho otra vez.", "absolute", "absolute-es-patron"),
    ("Cada vez que llegas, llegas borracho.", "absolute", "absolute-es-cada-vez"),
    ("Tu hermana me dijo que estabas borracho en la boda.", "hearsay", "hearsay-es-nombrado"),
    ("Todo es culpa tuya.", "blame", "blame-es-culpa"),
    ("Eres un caso perdido.", "insult", "insult-es-nombre"),
    ("Qué vergüenza me das.", "insult", "insult-es-fijo"),
]

# Part 3, each Spanish rule alone (another rule's longer finding hides it in the whole coach):
# (rule id, sentence, whether the rule alone flags it). A name after "la razón por la que" is
# not the writer's own verb; "graduación" or "nació" in a sentence is not praise of it.
SPANISH_SPANS = [
    ("blame-es-razon", "Tú eres la razón por la que Diego se fue de la casa.", True),
    ("blame-es-razon", "Tú eres la razón por la que Pablo ya no quiere venir.", True),
    ("blame-es-razon", "Tú eres la razón por la que sigo adelante.", False),
    ("blame-es-razon", "Tú eres la razón por la que me levanto cada mañana.", False),
    ("sarcasm-es-felicidades-falla", "Bravo por llegar borracho a mi graduación.", True),
    (
        "sarcasm-es-felicidades-falla",
        "Felicidades por tu graduación, sé que dejar de tomar te costó mucho.",
        False,
    ),
    ("sarcasm-es-elogio", "Qué bonito, llegaste borracho el día que nació tu hija.", True),
    ("sarcasm-es-elogio", "Gracias por estar borracho cuando nació tu nieta.", True),
    ("sarcasm-es-elogio", "Gracias por llevarme al hospital el día que nació Lucía.", False),
]
