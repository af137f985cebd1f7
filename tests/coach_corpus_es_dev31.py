# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 31 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Cuban families in Miami, loud and loving, old-country sayings: absolutes, blame, sarcasm and hearsay. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV31_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.89 (64/72; the rules alone 61/72): label 5/6, absolute 11/13, blame 12/14, insult 4/6, sarcasm 11/12, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 1/37 (2.7%; the rules alone 1).

At merge, before it was trained on: with main a6c7782, rules and model 0.92 (66/72; the rules alone 63/72): label 5/6, absolute 12/13, blame 13/14, insult 4/6, sarcasm 11/12, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 1/37 (2.7%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV31_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mijo, tú siempre llegas tarde a todo y nunca avisas, ni pa los cumpleaños de tu abuela.",
        {"absolute"},
    ),
    ("Nunca en tu vida has cumplido una promesa que me hayas hecho, Yoandy, ni una.", {"absolute"}),
    ("Cada vez que vienes a casa de mami te vas con algo del bolso de ella.", {"absolute"}),
    ("No hay un solo domingo que no aparezcas con los ojos rojos y oliendo a ron.", {"absolute"}),
    ("Tú nunca piensas en nadie más que en ti, Lázaro, nunca.", {"absolute"}),
    ("Todo lo que tocas lo rompes, chico, todo, desde el carro hasta el matrimonio.", {"absolute"}),
    ("Ni una vez en tres años me has llamado pa preguntarme como estoy.", {"absolute"}),
    (
        "Siempre es la misma cantaleta contigo, mañana dejo las pastillas, mañana, mañana.",
        {"absolute"},
    ),
    (
        "Tú no haces mas nada q dormir hasta las dos de la tarde y salir pa la calle de noche.",
        {"absolute"},
    ),
    ("Cada vez q te presto dinero desaparece en una semana y tú con él.", {"absolute"}),
    (
        "Papá, usted jamás fue a uno solo de mis juegos de pelota en el parque de Westchester.",
        {"absolute"},
    ),
    (
        "Tú siempre tienes una excusa pa todo, el trabajo, el tráfico del Palmetto, el perro, siempre algo.",
        {"absolute"},
    ),
    ("Tu padre está enfermo del corazón por culpa tuya, que lo sepas.", {"blame"}),
    ("Por ti perdimos la casa de Hialeah, y eso no se me olvida.", {"blame"}),
    ("Tú escogiste la coca antes que a tu mujer y a tus hijos.", {"blame"}),
    (
        "Después de todo lo que yo me sacrifiqué pa sacarte de Cuba en aquella balsa, así es como me pagas.",
        {"blame"},
    ),
    ("¿Cómo fuiste capaz de robarle las prendas a tu propia abuela?", {"blame"}),
    ("Mira lo que le hiciste a esta familia, Yanelis, míralo bien.", {"blame"}),
    ("Tú eres la razón por la que mami llora todas las noches.", {"absolute", "blame"}),
    ("Lo que pasó en la boda de tu prima fue culpa tuya y de nadie más.", {"blame"}),
    ("Si la niña tiene pesadillas es xq te vio tirado en el piso del baño.", {"blame"}),
    (
        "Tú acabaste con la cafetería que tu abuelo levantó con sus propias manos en la Calle Ocho.",
        {"blame"},
    ),
    (
        "Cría cuervos y te sacarán los ojos, chico, después de todo lo que te di así me lo pagas.",
        {"blame"},
    ),
    (
        "Con todo lo que yo he hecho por ti, cuidarte los niños, pagarte el abogado, y tú ni las gracias.",
        {"blame"},
    ),
    (
        "Felicidades, campeón, otra Nochebuena que nos echaste a perder con tu borrachera.",
        {"blame", "sarcasm"},
    ),
    ("Qué buen ejemplo le das a tus hijos, el papá del año.", {"sarcasm"}),
    (
        "Gracias por llegar a la graduación de Daniela tan 'contento', de verdad, muy elegante.",
        {"sarcasm"},
    ),
    (
        "Tú dices q estás 'bien', y claro, bien bien, por eso no te levantas de la cama.",
        {"sarcasm"},
    ),
    ("Ay sí, qué responsable eres, chocaste el carro de tu madre por segunda vez.", {"sarcasm"}),
    ("Bravo mi'jo, tres trabajos perdidos en un año, todo un récord.", {"sarcasm"}),
    (
        "Qué bonito saliste en las fotos del bautizo, con la cara colorá y sin poderte parar.",
        {"sarcasm"},
    ),
    (
        "Muy lindo el regalito de Reyes, empeñar el PlayStation del niño pa comprar pastillas.",
        {"sarcasm"},
    ),
    (
        "Tremendo hijo modelo tengo, que se aparece en el hospital de su padre endrogao.",
        {"sarcasm"},
    ),
    (
        "Sí, claro, tú lo tienes 'bajo control', como tenías bajo control el carro el día del accidente.",
        {"sarcasm"},
    ),
    (
        "Qué maravilla de esposo, llegar a las cuatro de la mañana y despertar a todo el edificio.",
        {"sarcasm"},
    ),
    (
        "Muchas gracias por el show en los quince de Melissa, tía, de verdad q nadie lo va a olvidar.",
        {"sarcasm"},
    ),
    (
        "Tu prima Yaimara me dijo que te vio en el parqueo del Sedano's comprándole algo a un tipo.",
        {"hearsay"},
    ),
    (
        "Tu jefe me llamó y me contó que llegaste al trabajo borracho dos veces este mes.",
        {"hearsay"},
    ),
    ("Dicen por ahí que andas debiendo plata a medio Hialeah.", {"hearsay"}),
    ("Según tu ex, tú le diste a la puerta hasta romperla delante de los niños.", {"hearsay"}),
    (
        "Me contaron en la iglesia que te quedaste dormido en el banco oliendo a alcohol.",
        {"hearsay"},
    ),
    ("La vecina de al lado me dijo q tú entras y sales a las tantas con gente rara.", {"hearsay"}),
    ("Oí que te botaron del apartamento de la 8 y la 27 por no pagar.", {"hearsay"}),
    (
        "Dime con quién andas y te diré quién eres, y la tía Nena me dijo que andas con los tipos esos fumando cristal.",
        {"hearsay"},
    ),
    (
        "La gente del barrio anda comentando que te vieron dormido en la parada de la guagua.",
        {"hearsay"},
    ),
    ("Mi hijo no es mas que un curda, eso es lo q eres ahora Manolo.", {"label"}),
    ("Eres un adicto, Carlitos, y mientras no lo aceptes nada va a cambiar.", {"label"}),
    ("Te has convertido en una tecata, Mayelín, y me duele decirlo.", {"label"}),
    ("Todo el mundo en la familia sabe q eres un drogadicto, Papo.", {"label", "we"}),
    ("Un marihuanero sin oficio ni beneficio, eso es lo que eres ahora.", {"insult", "label"}),
    ("No quiero que mis nietos se crien con un padre borracho como tú.", {"label"}),
    ("Lo único que te pido es que te limpies de una vez y dejes esa porquería.", {"clean"}),
    ("El examen del programa salió sucio otra vez, Alexis, y tú juraste que no.", {"clean"}),
    ("Quiero verte limpio antes de que nazca tu hija.", {"clean"}),
    ("Das vergüenza, Raúl, una vergüenza pa el apellido Pérez.", {"insult"}),
    ("Me da asco verte así, babeando en el sofá de tu madre.", {"insult"}),
    ("¿Qué clase de madre deja a sus hijos solos pa irse a fumar cristal?", {"insult"}),
    ("Eres un bueno pa nada, como decía tu abuelo, y lo estás demostrando.", {"insult"}),
    ("Todos aquí pensamos que tú ya perdiste la vergüenza.", {"insult", "we"}),
    ("La familia entera está harta de tus mentiras, Yosvany.", {"we"}),
    ("Todos estamos de acuerdo en que tú eres el problema de esta casa.", {"blame", "we"}),
    ("Si no vas pa ese centro, agarra tus cosas y vete pa la calle hoy mismo.", {"threat"}),
    ("No vas a ver más a los niños en tu vida si sigues con la botella.", {"threat"}),
    ("Tú eres un narcisista, Jorge, solo te importa tu propia persona.", {"diagnosis"}),
    ("Yo creo q tú eres bipolar, un día cariñoso y al otro día tirando platos.", {"diagnosis"}),
    ("Eso de mentir sin pestañear es de sociópata, Ernesto.", {"diagnosis"}),
]

DEV31_GOOD: list[str] = [
    "Manolo, yo me acuerdo cuando me enseñaste a montar bicicleta en el parque de Tamiami.",
    "Te extraño, mi niño, extraño tus chistes en la mesa los domingos.",
    "Yo me preocupo mucho cuando no contestas el teléfono de noche.",
    "Me acuerdo de tu primera comunión en San Juan Bosco, tan flaquito con tu guayabera blanca.",
    "Papi, yo quiero que conozcas a tu nieta sano y feliz.",
    "Cuando te vi en el piso de la cocina en marzo, yo sentí que me moría del miedo.",
    "Yo te quiero con todo mi corazón y por eso estoy aquí hoy.",
    "Tú me cuidaste cuando yo tuve el cáncer, y ahora me toca a mí cuidarte a ti.",
    "Me hace falta mi hermano, el que bailaba casino conmigo en las fiestas.",
    "Hay un lugar en Boca que te puede ayudar, y ya tienen una cama lista pa ti hoy mismo.",
    "Yo noté que ya no vas a pescar con tu papá como antes, y eso me pone triste.",
    "Mija, tú eres la persona más inteligente que yo conozco y quiero verte brillar otra vez.",
    "El mes pasado llegaste a recoger a los niños con los ojos vidriosos y yo me asusté.",
    "Me acuerdo del viaje a Cayo Hueso, cuando nos reímos hasta llorar en el carro.",
    "Te pido por favor que aceptes la ayuda q te estamos ofreciendo hoy.",
    "Mi amor, yo me casé contigo porque eres noble y cariñoso, y ese hombre todavía está ahí.",
    "Abuela te va a hacer el flan que te gusta pa cuando regreses del programa.",
    "Yo no quiero perderte, tío, tú fuiste como un segundo padre pa mí.",
    "Desde que empezaste con las pastillas pal dolor de espalda, te he visto más callado y más lejos.",
    "Cuando tenías ocho años me dijiste q querías ser bombero pa salvar gente, y yo todavía me acuerdo.",
    "Me duele ver cómo has adelgazado tanto, ya la ropa te queda grande.",
    "Eres mi mejor amigo desde Miami High y no me voy a rendir contigo.",
    "Yo sé que esto es difícil de oír, y te lo digo con mucho amor.",
    "Quiero volver a sentarme contigo en el portal a tomar cafecito y hablar de pelota.",
    "Jefe, yo trabajé a tu lado doce años en el taller y te respeto muchísimo.",
    "Mi vida, los niños preguntan por ti y yo no sé qué decirles.",
    "Hace dos semanas se te olvidó recoger a Sofi en la escuela y ella esperó sola una hora.",
    "Yo le rezo a la Caridad del Cobre por ti todas las noches.",
    "Me encantaba cuando cantabas boleros con tu guitarra en las fiestas de la familia.",
    "Acepta el tratamiento hoy, hermano, por favor, hazlo por ti.",
    "Yo vi cómo te temblaban las manos en el cumpleaños de Papo antes del primer trago.",
    "Tú tienes un corazón enorme, Yanet, y yo quiero recuperar a esa Yanet.",
    "Me da mucha tristeza que ya no vengas a las comidas de los domingos.",
    "Cuando naciste tu papá lloró de alegría en el pasillo del Jackson.",
    "Yo estoy orgullosa de la mujer que eras y de la que puedes volver a ser.",
    "La noche que no llegaste a la casa yo me quedé sentada en la sala hasta que salió el sol.",
    "Mi niña, yo quiero bailar contigo en tu boda algún día.",
    "Desde el verano te noto nervioso, sudando, y con la nariz irritada.",
    "Yo sé que tú puedes salir de esto, lo veo en tus ojos cuando hablas de tus hijos.",
    "Tu abuelo llegó a este país con veinte dólares y mucha fe, y esa fuerza la tienes tú también.",
]

DEV31_TRAPS: list[str] = [
    "Yo siento miedo cada vez q suena el teléfono tarde en la noche.",
    "Te quiero, mi negrito, y nada de lo que pase hoy va a cambiar eso.",
    "Nunca voy a dejar de rezar por ti.",
    "Todos los 24 de diciembre asábamos el puerco en la caja china en el patio de abuela, y tú eras el que lo viraba.",
    "Ayer limpié tu cuarto y encontré la foto de cuando ganaste el trofeo de pelota.",
    "El sábado tu papá y yo lavamos tu carro y lo dejamos limpiecito, como a ti te gusta.",
    "Mi tío Pepe era un borracho y se murió solo en un cuartico en la Pequeña Habana, y yo no quiero eso pa ti.",
    "Yo fui adicta a las pastillas por seis años, y hoy llevo nueve de sobriedad.",
    "Tú no eres un tecato pa mí, eres mi hermano.",
    "Tú me dijiste una noche llorando: 'Mami, yo soy un desastre', y eso se me quedó clavado.",
    "Felicidades por los noventa días que hiciste el año pasado, eso fue real y yo lo vi.",
    "Tu doctor en el Baptist dice q el hígado ya está dañado, y yo tengo mucho miedo de perderte.",
    "Nosotros íbamos todos los veranos a Crandon y tú hacías castillos de arena con tu prima.",
    "Yo soy adicta al café cubano, ya tú sabes, cuatro coladitas al día.",
    "La culpa yo también la tengo, porque muchas veces te tapé las cosas.",
    "Gracias por venir hoy, de verdad, sé que no fue fácil sentarte aquí.",
    "Como decía mi abuela, no hay mal que dure cien años, y yo creo que esto tmb va a pasar.",
    "Nosotros te queremos mucho y estamos aquí pa ti, todos.",
    "A mi mamá le diagnosticaron depresión hace años y con tratamiento salió adelante, así que tú tmb puedes.",
    "Mi ex era alcohólico y yo aprendí en Al-Anon que la enfermedad no es la persona.",
    "Tú me contaste que en el programa de Broward te sentías 'limpio por dentro' por primera vez.",
    "El día que sacaste la licencia de piloto fue el día más orgulloso de mi vida, hiciste un trabajo tremendo.",
    "Yo tengo un carácter fuerte y a veces te grité cosas feas, y te pido perdón.",
    "El Chino es un adicto a las galleticas de mantequilla y todas las noches se para en tu puerta a esperarte.",
    "Hace poco limpiamos el garaje y encontré tus guantes de boxeo de cuando eras un vejigo.",
    "No eres ningún borracho, eres un hombre enfermo que merece ayuda.",
    "Yo siempre he dicho que tú tienes la mejor mano pa la cocina de toda la familia.",
    "Todos los domingos la familia entera se reunía en casa de Cuca a jugar dominó, y tú eras el rey de la mesa.",
    "Mi hermano Tony, que en paz descanse, era tecato y lo perdimos con treinta años, no quiero vivir eso dos veces.",
    "Si hoy dices que sí, yo voy a estar en cada visita, cada domingo, sin faltar uno.",
    "Tu cuarto siempre va a estar listo pa cuando regreses.",
    "Yo le pregunté a Yunior, q estuvo en rehabilitación en Delray, y él dice que fue lo mejor que hizo en su vida.",
    "Qué bueno fue verte reír el día de Acción de Gracias, eso me dio esperanza.",
    "Dejé de beber yo también pa acompañarte, así q no estás solo en esto.",
    "Nunca es tarde pa empezar de nuevo, mi amor.",
    "Todo el mundo en esta sala vino hoy porque te quiere.",
    "Me dijiste el otro día 'yo sé q soy un curda, tía', y yo te abracé.",
]

DEV31_BOTTOM_LINE_OK: list[str] = [
    "Si hoy dices que no, yo no te voy a dar más dinero, ni pa la renta ni pa nada.",
    "Si no aceptas ir hoy, yo no voy a dejar que manejes con los niños en el carro.",
    "Si decides no ir, ya no vas a poder quedarte a dormir en mi casa mientras sigas tomando, aunque te sigo queriendo igual.",
    "Si dices que no, yo no te voy a inventar más excusas con tu jefe ni con tu mujer.",
    "Si hoy no vas, yo no voy a seguir pagándote el teléfono ni la gasolina, y te lo digo con amor.",
]
