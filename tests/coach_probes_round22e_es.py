"""Round 22 (e44): the Spanish constructions the r22e_ rules read (absolutes as a repeat or
totality phrase about the reader's behaviour, blame said indirectly, sarcasm as mock praise or
congratulations about a hard scene), said in words of our own, and their kind twins (warm
repetition, family traditions, the writer's own habits, negated, someone else, sincere
congratulations), rules alone. Read by tests/test_coach_construction_rules.py.

Not named coach_dev* or coach_corpus_es*: these are the rules' own probes, not training data."""

from __future__ import annotations

ROUND22E_ES_PROBES: list[tuple[str, set[str]]] = [
    # a repeat phrase ("cada que", "no hay vez que", "otra vez") with the reader and a hard scene
    ("Cada que vamos a casa de tu mamá acabas tomado y gritando.", {"absolute"}),
    ("Cada q sales con tus amigos llegas oliendo a mota.", {"absolute"}),
    ("No hay vez que no llegues borracho a las comidas de la familia.", {"absolute"}),
    ("Otra vez te quedaste dormido en el sillón con la botella en la mano.", {"absolute"}),
    ("Por enésima vez me pediste plata y desapareciste tres días.", {"absolute"}),
    # "nada de lo que dices / usted dice / te pido…"
    ("Nada de lo que prometes lo cumples, Julio.", {"absolute"}),
    ("Nada de lo que usted promete se cumple, papá.", {"absolute"}),
    ("Nada de lo que te pedimos lo haces, ni lavar un plato.", {"absolute"}),
    # "jamás de los jamases", "nunca te he visto sobrio"
    ("Jamás de los jamases me has devuelto un peso.", {"absolute"}),
    ("Nunca te he visto pasar un fin de semana sin tomar.", {"absolute"}),
    ("En ningún cumpleaños de los niños te hemos visto sobrio.", {"absolute"}),
    # "cada peso que te doy se va en…"
    ("Cada centavo que te mando se te va en la cantina.", {"absolute"}),
    ("Todo lo que te prestamos lo apuestas en las maquinitas.", {"absolute"}),
    # an occasion closing the sentence, with the reader and a hard scene
    ("Ya me cansé de recogerte borracho todos los viernes.", {"absolute"}),
    ("Mi jefe dice que faltas crudo todos los lunes.", {"absolute"}),
    # "como siempre" beside a hard scene
    ("Llegaste a la boda oliendo a ron, como de costumbre.", {"absolute"}),
    ("Te gastaste la quincena en la cantina, como haces siempre.", {"absolute"}),
    # "no recuerdo un solo …", "una excusa para todo", "todo lo promete y nada lo cumple"
    ("No recuerdo una sola Navidad en que no terminaras gritando.", {"absolute"}),
    ("No hay un solo domingo que llegues sobrio a la comida.", {"absolute"}),
    ("Para todo tienes una excusa para todo: el tráfico, el jefe, la lluvia.", {"absolute"}),
    ("De todo tienes un pretexto, hasta de faltar al bautizo.", {"absolute"}),
    ("Todo lo prometes y nada lo cumples.", {"absolute"}),
    ("No te importa nada ni nadie, solo la cerveza.", {"absolute"}),
    ("Ya ni sé cuántas veces llegaste borracho este mes.", {"absolute"}),
    ("Perdí la cuenta de cuántas veces me prometiste que era la última.", {"absolute"}),
    # blame said indirectly
    ("Mira nomás cómo nos dejaste, sin carro y sin ahorros.", {"blame"}),
    ("Mira cómo me dejaste: sola y con las deudas.", {"blame"}),
    ("Tu hija se fue a vivir con su abuela por ti.", {"blame"}),
    ("Eres la razón por la que Marcos ya no viene a las comidas.", {"blame"}),
    ("Perdimos la casa por tus noches de parranda.", {"blame"}),
    ("El taller cerró por tus noches de copas.", {"blame"}),
    ("Siempre eliges la botella antes que a tus hijos.", {"blame"}),
    ("Les quitaste a tus nietos la abuela que tanto querían.", {"blame"}),
    ("Me robaste la tranquilidad de mis últimos años.", {"blame"}),
    ("Le robaste los ahorros a tu propia madre.", {"blame"}),
    ("Nos hundiste con tus deudas de juego.", {"blame"}),
    ("Todo se nos fue en tus apuestas.", {"blame"}),
    ("Mis hijos crecieron viéndote borracho en el sillón.", {"blame"}),
    ("El niño llora todas las noches porque tú no llamas.", {"blame"}),
    ("Tu hermana tuvo que dejar la universidad para pagar tus deudas.", {"blame"}),
    ("Lo perdiste todo por una noche de parranda.", {"blame"}),
    ("Para ti el trago va primero que tu familia.", {"blame"}),
    # mock congratulations, thanks and praise about a hard scene
    ("Felicidades, llegaste tan pedo al bautizo que te sacaron de la iglesia.", {"sarcasm"}),
    ("Enhorabuena, hijo, otra vez te trajo la policía a las tres de la mañana.", {"sarcasm"}),
    ("Bravo, Memo, te caíste borracho en plena posada.", {"sarcasm"}),
    ("Gracias por llegar drogado a la boda de tu hermana.", {"sarcasm"}),
    ("Gracias, en serio, por dejarnos sin gas en pleno invierno.", {"sarcasm"}),
    ("Qué bonito detalle, vomitar en el coche de tu suegro.", {"sarcasm"}),
    ("Ya eres toda una experta en esconder las botellas de vino.", {"sarcasm"}),
    ("Te luciste en la posada, tirado en el patio oliendo a tequila.", {"sarcasm"}),
    ("Eras la reina de la fiesta hasta que te caíste encima de los regalos.", {"sarcasm"}),
    ("Ah, sí, la gran señora, la que se gastó el aguinaldo en pastillas.", {"sarcasm"}),
    ("Qué guapo llegaste a la graduación, borracho y sin corbata.", {"sarcasm"}),
    ("Felicidades, mijo, te vieron tan pedo en la kermés que ya nadie nos saluda.", {"sarcasm"}),
    ("Fue un detalle precioso de tu parte llegar crudo a la comunión de tu hija.", {"sarcasm"}),
    ("Quedaste de lujo en la boda, dormido en el carro con la corbata en la cabeza.", {"sarcasm"}),
    ("Tú, el rey de la pachanga, hasta que terminas vomitando en el baño.", {"sarcasm"}),
    ("Bonita manera de celebrar a tu mamá, borracho en su cumpleaños.", {"sarcasm"}),
    ("Sí que sabes festejar, hijo: la policía en la puerta a las dos.", {"sarcasm"}),
    ("Precioso regalo el que nos diste, tú vomitando en la cena.", {"sarcasm"}),
]

ROUND22E_ES_KIND: list[str] = [
    # warm repetition and family traditions
    "Cada que vamos a casa de tu mamá me acuerdo de lo feliz que eras.",
    "Cada que te veo sonreír me dan ganas de llorar de alegría.",
    "No hay vez que no me hagas reír con tus historias.",
    "Otra vez nos juntamos todos en la casa de la abuela, como cada Navidad.",
    "De nuevo te pido, de corazón, que aceptes la ayuda.",
    "Todos los viernes comíamos pizza y veíamos películas.",
    "Te llamo todos los domingos.",
    "Como siempre, llegaste con flores para tu mamá.",
    "Como de costumbre, me ayudaste a lavar los platos.",
    # the writer's own habits, apologies, hopes
    "Perdón por todas las veces que te grité cuando llegabas tarde.",
    "Otra vez yo, pidiéndote perdón por lo que te dije.",
    "Ojalá nunca jamás vuelvas a pasar por esto.",
    "Jamás de los jamases te voy a dejar solo.",
    "Nunca te he visto tan feliz como en tu boda.",
    "Jamás te he visto rendirte.",
    "Nada de lo que hagas va a cambiar lo que siento por ti.",
    "Nada de lo que dices me ofende, hijo.",
    "Cada peso que ganas lo ahorras para tus hijos.",
    # someone else, negated
    "Mi tío llega borracho todos los domingos.",
    "Mi papá se fue de la casa cuando yo tenía diez años.",
    "No eres la razón por la que Marcos ya no viene; él tiene sus problemas.",
    "Eres la razón por la que mi papá dejó de tomar.",
    "Eres la razón por la que lloro de alegría.",
    "Se fue a trabajar al norte por ti, para darte estudios.",
    "Mira cómo dejaste la cocina de limpia.",
    "Mira nomás cómo dejaste a tu mamá de contenta.",
    "Elegiste la vida antes que la botella, y eso me llena de orgullo.",
    "No perdimos la casa por tus noches de parranda, la perdimos por la crisis.",
    "No recuerdo un solo día en que no me hayas hecho reír.",
    "No hay un solo día que no me arrepienta de haberte gritado.",
    "No hay un solo día que no rece por ti.",
    "Yo tenía una excusa para todo cuando tomaba.",
    "Mi compadre tiene una excusa para todo, pero tú no.",
    "No te importa nada de lo que digan los demás, y eso admiro.",
    "Perdí la cuenta de las veces que me hiciste reír.",
    "Me quitaste el miedo a manejar.",
    "Le robaste el corazón a tu abuela desde el primer día.",
    "Me robaste una sonrisa con tu carta.",
    "Tus hijos crecieron viéndote trabajar en el taller.",
    "La niña llora de alegría porque tú siempre le cantas.",
    "El niño te extraña porque no vienes: estás en tratamiento, y eso está bien.",
    "Dejé la universidad para cuidar a mi mamá.",
    "Lo dejaste todo por tus hijos.",
    "Bonita manera de celebrar a tu mamá, con mariachis y pastel.",
    "Sí que sabes cocinar, hijo.",
    "Precioso regalo el que nos diste: tu primer mes sin tomar.",
    # sincere congratulations, thanks and praise
    "Felicidades por tus seis meses sin tomar, hijo.",
    "Te felicito, lograste que tu abuela volviera a sonreír.",
    "Bravo, papá, otro cumpleaños juntos y felices.",
    "Gracias por venir a verme al hospital cuando estaba enferma.",
    "Gracias por llegar a tiempo a la graduación de tu hija.",
    "Gracias por dejar la botella, hijo, de corazón.",
    "Gracias por las flores, fue un detalle precioso.",
    "Qué lindo detalle el tuyo, llevarle tamales a tu abuela.",
    "Ya eres todo un experto en hacer pan.",
    "Eres todo un ejemplo para tus hijos: un año sin una cerveza.",
    "Te luciste en la boda con ese discurso tan bonito.",
    "Eras el alma de la fiesta cuando éramos jóvenes.",
    "Qué guapo llegaste a la graduación de tu hija.",
    "Muy responsable de tu parte ir a todas tus citas.",
]

# Kind twins that rules older than this round flag on main already (for the false-flag work).
ROUND22E_ES_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "Otra vez nos juntamos todos en la casa de la abuela, como cada Navidad.",
    "Ojalá nunca jamás vuelvas a pasar por esto.",
    "Eres la razón por la que mi papá dejó de tomar.",
    "Mira cómo dejaste la cocina de limpia.",
    "No perdimos la casa por tus noches de parranda, la perdimos por la crisis.",
    "Gracias por dejar la botella, hijo, de corazón.",
    "No hay un solo día que no me arrepienta de haberte gritado.",
    "No te importa nada de lo que digan los demás, y eso admiro.",
}
