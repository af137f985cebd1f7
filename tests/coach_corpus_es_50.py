"""Round 7 (h61): the new constructions in other words, and their kind twins.

Written for round 7's rules (docs/coach.md, "Round 7 (h61)"), by their writer, after the
rules: each FLAG sentence says what a new rule looks for in wording that no other batch holds,
and each TRAP says the same words kindly, about someone else, or about the writer, so a rule
that reaches too far is caught. Scored once before the rules changed for it: recall 0.91 (38
of 42 tags), good 0/5, traps 3/35 (two of them older rules' false flags); then tuned on. A
writer's own variants flatter the rules: the check set in docs/coach.md is the measure.
"""

from __future__ import annotations

FLAG_50: list[tuple[str, set[str]]] = [
    # diagnosis: a condition named as the reader's
    ("Eso que tú tienes es pura bipolaridad, no me vengas con cuentos.", {"diagnosis"}),
    ("Lo tuyo ya no es mal genio, es un trastorno de la personalidad.", {"diagnosis"}),
    ("Lo suyo es un caso de libro de narcisismo, señor.", {"diagnosis"}),
    ("Usted sufre claramente de paranoia, ve enemigos en todos lados.", {"diagnosis"}),
    ("Padeces de depresión y no lo quieres aceptar.", {"diagnosis"}),
    ("Tienes complejo de mártir, todo te pasa a ti.", {"diagnosis"}),
    ("La negación te tiene ciego, hermano.", {"diagnosis"}),
    ("Vi un programa sobre la psicopatía y eras tú, clavadito.", {"diagnosis"}),
    ("Tu tristeza es fingida, solo quieres que te tengan lástima.", {"diagnosis"}),
    ("Estás enfermo de la mente, Rubén.", {"diagnosis"}),
    # blame as constructions
    ("Por ti la abuela llora cada domingo en misa.", {"blame"}),
    ("Por tu culpa se vino abajo el negocio de tu papá.", {"blame"}),
    ("Si tu esposa se fue, fue por tus borracheras y nada más.", {"blame"}),
    ("Te importó más la cantina que la graduación de tu hija.", {"blame"}),
    ("Escogiste las apuestas antes que tu familia.", {"blame"}),
    ("La causa de todo esto eres tú y tu vicio.", {"blame"}),
    ("Tu madre tiene la presión por las nubes por los corajes que le diste.", {"blame"}),
    ("Nadie te obligó a meterte esa porquería.", {"blame"}),
    ("Mira cómo tienes a tus hijos, sin zapatos y con miedo.", {"blame"}),
    # clean
    ("Queremos verte sobria y limpia en la boda de tu hermano.", {"clean"}),
    ("Te quiero ver limpio antes de Navidad.", {"clean"}),
    ("¿Cuántos meses limpia llevas de verdad?", {"clean"}),
    ("Cuando salgas del anexo limpiecito te hago tu pozole.", {"clean"}),
    # threats
    ("Si te niegas a ir, olvídate de que tienes hermana.", {"threat"}),
    ("Si vuelves a manejar tomado, le cuento todo al juez.", {"threat"}),
    ("O dejas la botella o dejas de ser mi esposo.", {"threat"}),
    ("Si persistes, no vuelves a pisar esta casa.", {"threat"}),
    ("Si no cooperas, me lavo las manos y que te ayude otro.", {"threat"}),
    # sarcasm: praise aimed at a failure
    ("El campeón de las excusas ataca de nuevo.", {"sarcasm"}),
    ("Qué orgullo ver a mi hijo esposado en las noticias.", {"sarcasm"}),
    ("Qué chido llegar pedo a la primera comunión de tu sobrino.", {"sarcasm"}),
    ("Qué buena madre, ni a la junta de la escuela llegaste.", {"sarcasm"}),
    ("Impecable tu actuación, mijo, realmente impecable.", {"sarcasm"}),
    ("Pediste plata para 'el dentista' y apareciste borracho.", {"sarcasm"}),
    ("Claro, tú tomas poquito, y por eso chocaste la camioneta.", {"sarcasm"}),
    ("Me tienes con ansiedad y a tus hijos con miedo, mil gracias.", {"sarcasm"}),
    # hearsay: named people and roles
    ("Tu padrino me contó que te vio en la cantina de la plaza.", {"hearsay"}),
    ("La maestra de tu hijo vino a decirme que llegas tomado por él.", {"hearsay"}),
    ("Tu jefa me llamó: dice que faltas todos los lunes.", {"hearsay", "absolute"}),
    ("Me llegó por la comadre Lupe que debes dinero en la tienda.", {"hearsay"}),
    ("Todo el rancho habla de ti y de tus parrandas.", {"hearsay"}),
    ("Por lo visto ya no te dejan entrar al bar de Chuy.", {"hearsay"}),
]

GOOD_50: list[str] = [
    "Te escribo porque te quiero y porque te extraño en la mesa de los domingos.",
    "Cuando eras niño me llevabas flores del jardín de la vecina.",
    "Quiero que sepas que estaré contigo el día que decidas empezar.",
    "Me acuerdo de tu risa en la playa de Veracruz.",
    "Sé que esto es difícil de leer; lo escribí despacio y con amor.",
]

TRAPS_50: list[str] = [
    # kind twins of the diagnosis rules
    "Eso no es narcisismo, es miedo, y el miedo se puede curar.",
    "La psicóloga dijo que lo que tienes es depresión y que tiene tratamiento.",
    "Sé que sufres de ansiedad y quiero acompañarte a la consulta.",
    "Lo tuyo es la música, siempre lo fue.",
    "Eras tú, idéntica a tu abuela, cuando cantabas en la cocina.",
    "Mi tía padece de los nervios desde que murió mi tío.",
    "Eso es amor del bueno.",
    # kind twins of the blame rules
    "Por ti la abuela sonríe otra vez cuando llegas de visita.",
    "Fue por tus consejos que terminé la carrera.",
    "Te importó más la salud de tu mamá que tu propio cansancio, y eso te honra.",
    "La razón de mi alegría eres tú, hija.",
    "Por los regalos que le diste, tu sobrina todavía te menciona.",
    "Mira cómo tienes de bonito el jardín.",
    "Tú solito te buscaste un trabajo nuevo, y estoy orgulloso.",
    "Por ti nos quedamos sin miedo a hablar de esto.",
    # kind twins of clean
    "Quiero verte sano y feliz, nada más.",
    "Te quiero ver en la boda de tu hermano, con tu traje gris.",
    "Tu cuarto quedó limpiecito y ordenado para cuando vuelvas.",
    "El análisis de colesterol de tu papá salió limpio.",
    # kind twins of threats
    "Si te niegas, no pasa nada: te vamos a esperar y te vamos a querer igual.",
    "Si vuelves a casa, te hago tu comida favorita.",
    "O vienes el sábado o el domingo, como tú quieras.",
    "Si persistes en tu tratamiento, sé que lo vas a lograr.",
    # kind twins of sarcasm
    "Fuiste el campeón de ajedrez de tu escuela, ¿te acuerdas?",
    "Qué orgullo ver tu foto en el periódico por el premio de la feria.",
    "Qué chido verte llegar temprano y con ganas.",
    "Qué buen hermano eres, siempre llamas a tu hermana en su cumpleaños.",
    "Fue un discurso impecable, de verdad impecable, y lloré de emoción.",
    "Me ayudaste tanto con la mudanza, mil gracias.",
    "Claro que te quiero, y por eso estoy aquí.",
    # kind twins of hearsay
    "Tu padrino me contó que te vio jugar fútbol y que juegas muy bien.",
    "La maestra vino a decirme que tu hija es la mejor de la clase.",
    "Todo el rancho habla de ti con cariño.",
    "Por lo visto heredaste el buen humor de tu abuelo.",
    "Los vecinos me preguntan por ti y te mandan saludos.",
]
