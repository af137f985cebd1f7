"""Round 21 (r43c): the Spanish constructions the r21c_ rules read (absolutes in the writer's
own words, often after a loving opening, and blame said indirectly), said in words of our own,
and their kind twins (warm repetition, family traditions, the writer's own habits, negated,
someone else), rules alone. Read by tests/test_coach_construction_rules.py.

Round 21 reverted the block; round 22 restored the 12 of its 38 rules that caught labels of
round 22's unseen Spanish writers (dev 19-27) and flagged none of their kind sentences, with
the probes those 12 read (docs/coach.md, "Twenty-second round: at merge (lead)").

Not named coach_dev* or coach_corpus_es*: these are the rules' own probes, not training data."""

from __future__ import annotations

ROUND21C_ES_PROBES: list[tuple[str, set[str]]] = [
    # a loving opening, then "pero" and nunca before the reader's verb
    ("Te quiero, hija, pero nunca me devuelves las llamadas.", {"absolute"}),
    ("Eres un gran papá, pero usted nunca llega a las juntas de la escuela.", {"absolute"}),
    ("Te amo con el alma, pero siempre terminas peleando con tu hermano.", {"absolute"}),
    ("Te admiro mucho, aunque siempre llegas oliendo a cerveza.", {"absolute"}),
    # a repeat phrase, the reader and a hard scene after it
    ("Te amo, mi vida, pero a cada rato te encuentro tirado en el sillón.", {"absolute"}),
    ("Cada vez que vamos a una boda acabas borracho y gritando.", {"absolute"}),
    ("Semana tras semana te vemos llegar con los ojos rojos.", {"absolute"}),
    ("Siempre que cobras desapareces tres días.", {"absolute"}),
    ("Todos los viernes sales del trabajo y vuelves a las cuatro sin avisar.", {"absolute"}),
    ("Todas las noches te oigo llegar a las dos y ya sé cómo vienes.", {"absolute"}),
    # "cada X es igual"
    ("Cada quincena es igual: cobras y te lo gastas en la cantina.", {"absolute"}),
    ("Todos los diciembres es lo mismo contigo, terminas tomado.", {"absolute"}),
    # "nunca vas a cambiar", "nunca estás sobrio"
    ("A veces creo que jamás vas a madurar.", {"absolute"}),
    ("Tú no vas a cambiar nunca, eso ya lo entendí.", {"absolute"}),
    ("Nunca llegas sobrio a las comidas del domingo.", {"absolute"}),
    ("Jamás has estado a tiempo en un cumpleaños de tu hijo.", {"absolute"}),
    # "no has … un solo …"
    ("No has llegado temprano al trabajo ni un solo lunes de este mes.", {"absolute"}),
    # "que siempre …" with the hard scene in its clause
    ("Tu jefe dice que siempre llegas crudo los lunes.", {"absolute"}),
    # the reader's verb, then "todos los lunes" with a hard scene
    ("Faltas a la escuela todos los lunes por la cruda.", {"absolute"}),
    # closers: "sin excepción", "siempre, siempre"
    ("Cada promesa que haces se rompe, todas, sin excepción.", {"absolute"}),
    ("Te presto plata y siempre, siempre, desaparece en dos días.", {"absolute"}),
    # "todo lo promete y nada lo cumple", "una excusa para todo"
    ("Siempre tienes una excusa para todo, el jefe, el tráfico, el calor.", {"absolute"}),
    # "por milésima vez", "todo lo que ganas se te va"
    ("Todo lo que cobras en la semana se te va en la cantina.", {"absolute"}),
    # "no recuerdo un solo …", "han terminado contigo", "no hay un solo … sobrio"
    ("Todos los cumpleaños de este año han terminado contigo dormido en el carro.", {"absolute"}),
    # "ya no haces nada", "todo lo dejas tirado"
    ("Te extraño, pero ya no haces nada en la casa.", {"absolute"}),
    ("Todo lo dejas tirado y yo tengo que recogerlo.", {"absolute"}),
    # "todo lo malo … contigo"
    ("Todo lo malo de esta casa tiene que ver contigo.", {"blame"}),
    # blame said indirectly
    ("Me robaste los mejores años de mi juventud.", {"blame"}),
    ("Dejé mi carrera para cuidarte y tú ni las gracias.", {"blame"}),
    ("Vendí la camioneta por ti y ni me diste las gracias.", {"blame"}),
    ("Mira cómo dejaste a tus hijos, sin escuela y sin papá.", {"blame"}),
    ("Mira cómo dejaste a tu papá: flaco, sin dormir y cuidando solo la tienda.", {"blame"}),
    ("Tu madre tuvo que trabajar doble para pagar tus deudas.", {"blame"}),
]

ROUND21C_ES_KIND: list[str] = [
    # warm repetition and family traditions
    "Siempre te voy a querer, pase lo que pase.",
    "Nunca dejé de rezar por ti, ni una sola noche.",
    "Todos los domingos hacíamos tamales con la abuela y tú cantabas.",
    "Cada Navidad es lo mismo: tamales, villancicos y tu risa en la cocina.",
    "Cada Navidad es igual de bonita cuando estás con nosotros.",
    "Todos los veranos íbamos a la playa y tú nunca querías salir del agua.",
    "Cada vez que escucho esa canción me acuerdo de ti.",
    "Cada vez que te veo sonreír se me olvida todo lo demás.",
    "Todos los días te llamo a las ocho para darte las buenas noches.",
    "Todos los domingos sin falta visitas a tu abuela, y eso me llena el corazón.",
    "Como siempre, llegaste con flores para tu mamá.",
    "Como siempre, me hiciste reír en la cena.",
    # the writer's own habits, days sober, apologies
    "Todos los días me levanto a las cinco y lo primero que hago es pensar en ti.",
    "Yo también tomaba todos los días cuando tenía tu edad.",
    "Yo soy la que siempre llega tarde, no tú.",
    "Perdón por todas las veces que te grité sin escucharte.",
    "Cada día que pasas sin tomar es un regalo para mí.",
    "No has tomado ni una sola cerveza en tres meses, y estoy orgullosa.",
    "No te has perdido un solo partido de tu hijo este año.",
    "Llevas noventa días sin consumir y cada día te veo más fuerte.",
    # negated, a promise, hope, someone else
    "Te quiero mucho, pero nunca vas a estar solo en esto.",
    "Estás cansado, pero nunca te rindes.",
    "Tú me dijiste que eras una carga, pero para mí nunca lo has sido.",
    "Ojalá nunca vuelvas a pasar por esto.",
    "Nunca vas a dejar de ser mi hijo.",
    "No creo que nunca vayas a cambiar lo que siento por ti.",
    "Mi tío Pepe siempre llegaba borracho a las fiestas, pero tú no eres él.",
    "Todo lo malo que pasó no tiene nada que ver contigo.",
    "Todo lo malo se acaba contigo a mi lado.",
    # gratitude, sacrifice gladly made, good news
    "Me quitaste el miedo a manejar, gracias.",
    "Te robaste mi corazón desde el primer día.",
    "Ni las gracias me tienes que dar, hijo, lo hago con amor.",
    "Después de tanto sacrificio, por fin te vemos sano y feliz.",
    "El mérito es tuyo y de nadie más.",
    "Mira cómo dejaste a tu mamá de contenta con esa carta.",
    "Trabajé doble para pagarte la universidad y lo volvería a hacer.",
    "Tiré todo a la basura después de la mudanza, hasta la ropa vieja.",
    "Tu hijo creció viéndote trabajar duro en el taller.",
    "La niña llora de alegría porque tú siempre le cantas.",
    "Siempre tienes una palabra bonita para todos.",
    "No recuerdo un solo día en que no me hayas hecho reír.",
    "No hay vez que no me hagas reír con tus chistes.",
    "Por milésima vez te digo que te quiero.",
    "Ya ni sé cuántas veces me has hecho feliz.",
    "De nuevo te pido, con todo mi amor, que aceptes la ayuda.",
    "Otra vez se te ve feliz, y eso me alegra el alma.",
    "No haces nada malo por pedir ayuda.",
    # more twins of the riskiest shapes (a repeat phrase, "pero nunca", "que siempre")
    "Todos los sábados te llevo a desayunar y te veo contento.",
    "Todos los días rezo para que llegues bien a casa.",
    "Cada noche me acuerdo de cuando llegabas cansado del trabajo y me contabas chistes.",
    "A cada rato pienso en ti y en lo mucho que te quiero.",
    "Todos los domingos vas a misa con tu mamá.",
    "Estoy cansada, pero nunca dejo de esperarte.",
    "Sé que es difícil, pero nunca te rindes.",
    "Te quiero, pero nunca me has dejado sola.",
    "Dicen que siempre ayudas a los vecinos.",
    "Mi mamá dice que nunca faltas a sus cumpleaños.",
    "Nunca llegas tarde a recoger a los niños, y eso te lo agradezco.",
    "Jamás has estado solo en esto.",
    "Como siempre, te tomaste tu café con pan dulce.",
    "Como siempre, llegaste puntual a la cena.",
    "Cada fin de semana es igual de divertido contigo.",
    "Todas las navidades terminan con la familia cantando.",
    "Llevas seis meses sin tomar, y cada día estás más fuerte.",
    "No hay vez que no te acuerdes de mi cumpleaños.",
    "Todos los lunes me llamas para saber cómo estoy.",
    "Cada vez que te pido ayuda, estás ahí.",
    "Semana tras semana vas a tus reuniones sin falta.",
    "Día tras día te veo luchar por tu sobriedad.",
    "Cada vez que hay una fiesta, eres el primero en bailar.",
    "Por milésima vez, gracias por todo.",
    "Todo lo que ganas lo ahorras para tus hijos.",
    "Tienes una sonrisa para todo el mundo.",
    "Sin falta, cada mañana, me traes el café a la cama.",
    "Siempre, siempre voy a estar a tu lado.",
    "No recuerdo un solo día sin pensar en ti.",
    "Otra vez se te olvidó la chaqueta en mi casa, jaja.",
    "Nunca vas a dejar de ser mi hermano.",
    "Tú nunca vas a estar solo.",
    "Mi papá tomaba todos los días y se murió joven.",
    "Tu tío llega borracho todos los domingos a la casa de la abuela.",
    "Todos los días tomo mis pastillas para la presión.",
    "Cada vez que mi papá tomaba, mi mamá lloraba.",
    "Todas las noches tu abuela reza por ti.",
]

# Kind twins that rules older than this round flag on main already (for the false-flag work).
ROUND21C_ES_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "No te has perdido un solo partido de tu hijo este año.",
}
