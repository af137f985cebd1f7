"""Round 23 (e45): the Spanish constructions the r23e_ rules read (absolutes as a repeat or
totality phrase about the reader's behaviour beside a second-person verb, "usted" or the reader
named; blame said indirectly; sarcasm as mock praise, titles, thanks and congratulations about
a hard scene), said in words of our own, and their kind twins (warm repetition, family
traditions, the writer's own habits, negated, someone else, sincere thanks and
congratulations), rules alone. Read by tests/test_coach_construction_rules.py.

At merge the block was cut from 52 rules to the 12 that caught a label of round 23's seven
unread Spanish writers (none of them flagged a kind sentence of theirs); the probes of the 40
rules cut went with them (docs/coach.md, "Twenty-third round: at merge (lead)").

Not named coach_dev* or coach_corpus_es*: these are the rules' own probes, not training data."""

from __future__ import annotations

ROUND23E_ES_PROBES: list[tuple[str, set[str]]] = [
    # "no hay (un) día / domingo que no…" with the reader's verb
    ("No hay un viernes en que no llegues con la camisa manchada de vino.", {"absolute"}),
    ("No ha habido una cena donde usted no termine gritando, papá.", {"absolute"}),
    # "ni una (sola) vez … has…"
    ("Ni una sola vez en estos cinco años has ido a una junta de la escuela.", {"absolute"}),
    ("Ni una vez este invierno ha pagado usted la luz, mamá.", {"absolute"}),
    # "no cumples ni una…", "nunca cumple lo que promete", "no mueves un dedo"
    ("Tú no cumples ni una de las cosas que le juras a tu hija.", {"absolute"}),
    ("Abuelo, usted nunca cumple lo que promete a sus nietos.", {"absolute"}),
    ("No mueves un dedo en la casa, Toño.", {"absolute"}),
    # "te pasas el día tirado / encerrado…"
    ("Te la pasas todo el fin de semana encerrado con tus latas.", {"absolute"}),
    # the reader's pronoun beside "a toda hora", "constantemente"
    ("Usted a cada rato nos echa en cara lo que le debemos.", {"absolute"}),
    ("Tú constantemente nos dejas esperando en la puerta.", {"absolute"}),
    # "en ningún momento…", "jamás te has puesto a pensar"
    ("Jamás te has parado a pensar en lo que sufre tu madre.", {"absolute"}),
    # around the clock ("día y noche", "de lunes a domingo") beside the reader and a scene
    ("Día y noche andas drogado, Beto.", {"absolute"}),
    ("Vives crudo de lunes a sábado, hermano.", {"absolute"}),
    # "a cada rato" beside the reader's verb, "nunca en tu vida", "llevas años diciendo que…"
    ("Nunca en tu vida has ahorrado un peso.", {"absolute"}),
    # blame said indirectly
    ("Siempre has preferido la cerveza antes que ir a los partidos de tu hijo.", {"blame"}),
    ("Elegiste a tus amigos de parranda antes que a tu esposa.", {"blame"}),
    ("Usted nos arruinó el bautizo de la niña.", {"blame"}),
    ("Te cargaste la boda de tu hermano con tus gritos.", {"blame"}),
    ("Esto lo destruiste tú, nadie más que tú.", {"blame"}),
    ("La culpa la tienes solo tú, nadie más.", {"blame"}),
    ("Mi abuela llora todas las noches porque tú no vuelves.", {"absolute"}),
    ("Usted lo perdió todo porque usted se bebió la pensión en la cantina.", {"blame"}),
    ("Yo te cuidé cuando estabas enfermo, y así me pagas.", {"blame"}),
    ("Te presté mi carro y me lo devuelves así, chocado.", {"blame"}),
    ("Mire nomás cómo tiene a su hija, llorando en el cuarto.", {"blame"}),
    ("Mira lo que provocaste: tu hermano ya no nos habla.", {"blame"}),
    ("¿Cómo fuiste capaz de venderle la tele a tu abuela?", {"blame"}),
    ("¿Cómo pudiste robarle a tu propio hijo?", {"blame"}),
    ("Se enfermó de tanta angustia que tú le diste.", {"blame"}),
    # mock praise, titles, thanks and congratulations about a hard scene
    ("Brillante idea la tuya, manejar borracho con tu sobrino en el carro.", {"sarcasm"}),
    ("Qué chido que nos buscaste cuando se te acabó la lana.", {"sarcasm"}),
    ("Qué bonito lo tuyo, llegar a la primera comunión con tufo a cerveza.", {"sarcasm"}),
    ("Muy responsable, manejar con los niños después de cinco cervezas.", {"sarcasm"}),
    ("Vaya padrazo, dormido en la banqueta mientras tu hija te buscaba.", {"sarcasm"}),
    ("Un aplauso para el señor que se cayó encima del pastel.", {"sarcasm"}),
    ("Qué buen ejemplo les das a tus hijos cuando te ven esnifando en la cocina.", {"sarcasm"}),
    ("El hijo ejemplar, tirado en la banqueta a las seis de la mañana.", {"sarcasm"}),
    ("La mejor mamá del mundo, que se fumó la cuota de la escuela.", {"sarcasm"}),
    ("Súper papá, que ni al festival de su hija pudo llegar.", {"sarcasm"}),
    ("Enhorabuena por tu enésima promesa de dejarlo.", {"sarcasm"}),
    ("Bravo, Chuy, cuatro días seguidos sin llegar a casa.", {"sarcasm"}),
    ("Seguro que tus hijos están orgullosos de verte crudo cada domingo.", {"sarcasm"}),
]

ROUND23E_ES_KIND: list[str] = [
    # warm repetition and family traditions
    "No hay un domingo en que no me llames para saber cómo estoy.",
    "No hay día que no piense en ti, hijo.",
    "Cada Halloween te disfrazabas de pirata y nos hacías reír.",
    "Cada verano vas con tu abuela al mar, y ella lo espera todo el año.",
    "Toda mi vida has sido mi ejemplo, papá.",
    "Desde que te conozco has luchado contra el alcohol con valentía.",
    "Tú a cada rato me preguntas cómo van los niños, y te lo agradezco.",
    "Usted todo el tiempo estaba pendiente de nosotros.",
    "Te pasas el día entero tomando fotos de los pájaros.",
    # the writer's own habits and apologies
    "Ni una vez en estos años he dejado de rezar por ti.",
    "Perdí mi trabajo por mi culpa, no por la tuya.",
    "Dejé mi trabajo para cuidarte y lo volvería a hacer mil veces.",
    "Dejé la escuela para cuidar a mi abuela.",
    "Perdón por tantos corajes que te hice pasar de chico.",
    # negated, hopes, reassurance
    "Ni una sola vez me has fallado cuando te he necesitado.",
    "Ni una vez me has levantado la voz.",
    "En ningún momento has estado solo en esto.",
    "Ojalá no hay día que no sonrías en tu nueva vida.",
    "Nunca te he visto pasar un día sin sonreír.",
    "No fue por tu culpa, ni una sola vez te lo reprocharé.",
    "Ya no me dejes nunca, hermano.",
    "Nunca me arruinaste nada, al contrario.",
    "Arruinaste mi peinado con tu abrazo, y me encantó.",
    "Acabaste con mis miedos cuando me enseñaste a nadar.",
    "Nadie más que tú me entiende, hermana.",
    "Tú eres la que me hace llorar de risa.",
    "Lloro de alegría todas las noches por ti, porque vas a salir.",
    "Elegiste la vida antes que la botella.",
    "Prefieres el vino tinto antes que el blanco, lo sé.",
    "¿Cómo fuiste capaz de dejar la botella? Te admiro.",
    # someone else
    "Mi tío, cada vez que sale del trabajo, llega tomado.",
    "Mi papá nunca cumplía lo que prometía.",
    "Gracias a mi hermana perdimos el miedo a pedir ayuda.",
    # sincere thanks, congratulations and praise
    "Felicidades por tus seis meses sin una cerveza, de corazón.",
    "Felicidades, hijo, qué orgullo verte recibir tu diploma.",
    "Enhorabuena por tu nuevo trabajo, te lo mereces.",
    "Bravo, papá, un año entero sin tomar.",
    "Qué bonito hablaste en la boda de tu prima.",
    "Qué buen ejemplo le diste a tu hijo al pedir ayuda.",
    "El mejor papá del mundo, eso eres para mis hijos.",
    "Súper mamá, llevaste a los niños al parque toda la tarde.",
    "Gracias por venir a la graduación, tu hija estaba feliz.",
    "Gracias por aparecer cuando más te necesitaba.",
    "Así me pagas, con abrazos y besos.",
    "Me lo pagas en cuotas, sin prisa.",
    "Mirá lo que lograste: un año entero sobrio.",
    "Mire lo que hizo con el jardín, qué lindo quedó.",
    "Mi hija escribió 'feliz' en la tarjeta que te hizo.",
    "Tú siempre tan puntual, gracias por venir temprano.",
    "Usted es el que tiene a mi mamá sonriendo otra vez.",
    # the second wave's twins
    "Día y noche rezo para que salgas de esto.",
    "De lunes a viernes trabajas para tus hijos, y te admiro.",
    "Es imposible hablar contigo sin reírse.",
    "Eres incapaz de hacerle daño a nadie.",
    "Ni de broma pienses que vas a estar solo.",
    "De no ser por ti, no habría salido adelante.",
    "De no ser por ti, yo estaría perdida.",
    "Tú sabrás qué es lo mejor para ti, confío en ti.",
    "Ojalá estés contento con tu nuevo trabajo.",
    "Espero que estés orgulloso de lo que has logrado en tu recuperación.",
    "Todo esto pasó porque te enfermaste, y no es tu culpa.",
    "Nos tienes a todos con el corazón en la mano de la emoción por tu graduación.",
    "Gracias por el show de magia en la fiesta de los niños.",
    "Eres un genio para las matemáticas.",
    "Seguro que tu abuela está orgullosa de tus seis meses sobrio.",
    "A cada rato me preguntas por los niños, y te lo agradezco.",
    "Nunca en tu vida has estado solo, y no lo vas a estar ahora.",
    "Llevas años diciendo que me quieres, y te creo.",
    "Tan responsable que ya eres con tus citas, hijo.",
    "Brillante idea la tuya de ir a terapia los martes.",
    "Mi compadre se fue de viaje por no aguantar el frío.",
    # kind sentences of our own a draft of this block flagged, and more that older rules flag
    "Usted se pasa las tardes en la cama porque está enfermo, y lo entiendo.",
    "De no ser por ti, nunca habría conocido el mar.",
    "Eres incapaz de pasar por la casa sin traerle algo a tu mamá.",
    "Nos tienes a todos con el corazón en la mano, esperando que digas que sí.",
    "El mejor papá del mundo, así te dicen tus hijos, y quiero que vuelvas a serlo.",
    "Felicidades por el nuevo bebé, ojalá puedas conocerlo pronto sin la botella de por medio.",
    "Tú constantemente nos llevas a pasear los domingos.",
    "Ni una vez en todos estos años has dejado de llamarme en mi cumpleaños.",
    "Arruinaste la sorpresa, pero fue muy divertido.",
    "¿Cómo fuiste capaz de aguantar tanto dolor tú solo?",
    "Así me pagas todas las noches: con un abrazo antes de dormir.",
    "Gracias a ti perdí el miedo a hablar de esto.",
    "Día y noche pienso en ti, y rezo para que vuelvas a casa sin el vicio.",
    "No hay un día en que no te eche de menos.",
    "No ha habido una Navidad en la que no brindemos por ti.",
    "Qué bonito que ya no llegas borracho a las comidas.",
]

# Kind twins that rules older than this round flag on main already (for the false-flag work).
ROUND23E_ES_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "Cada verano vas con tu abuela al mar, y ella lo espera todo el año.",
    "Nunca te he visto pasar un día sin sonreír.",
    "No fue por tu culpa, ni una sola vez te lo reprocharé.",
    "Ya no me dejes nunca, hermano.",
    "Nunca me arruinaste nada, al contrario.",
    "Elegiste la vida antes que la botella.",
    "Prefieres el vino tinto antes que el blanco, lo sé.",
    "Felicidades por tus seis meses sin una cerveza, de corazón.",
    "Gracias por aparecer cuando más te necesitaba.",
    "Gracias por el show de magia en la fiesta de los niños.",
    "Nunca en tu vida has estado solo, y no lo vas a estar ahora.",
    "El mejor papá del mundo, así te dicen tus hijos, y quiero que vuelvas a serlo.",
    "Felicidades por el nuevo bebé, ojalá puedas conocerlo pronto sin la botella de por medio.",
    "Tú constantemente nos llevas a pasear los domingos.",
    "Ni una vez en todos estos años has dejado de llamarme en mi cumpleaños.",
    "Gracias a ti perdí el miedo a hablar de esto.",
    "Día y noche pienso en ti, y rezo para que vuelvas a casa sin el vicio.",
    "Qué bonito que ya no llegas borracho a las comidas.",
}
