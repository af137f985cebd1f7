"""Round 7 (h61): the new constructions in other words, and their kind twins.

Written for round 7's rules (docs/coach.md, "Round 7 (h61)"), by their writer, after the
rules: each FLAG sentence says what a new rule looks for in wording that no other batch holds,
and each TRAP says the same words kindly, about someone else, or about the writer, so a rule
that reaches too far is caught. Scored once before the rules changed for it: recall 0.91 (39
of 43 tags), good 0/5, traps 3/35 (two of them older rules' false flags); then tuned on. A
writer's own variants flatter the rules: the check set in docs/coach.md is the measure.
Batches 51 to 56 follow, each written before any rule changed for it and scored once (their
first looks are in docs/coach.md), then tuned on.
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

# Batch 51: other shapes of the weakest kinds (threats, sarcasm, "nosotros", blame, hearsay,
# diagnosis), written before any rule changed for them and scored once (docs/coach.md).
FLAG_51: list[tuple[str, set[str]]] = [
    ("Si hoy no dices que sí, mañana mismo cambio la chapa de la puerta.", {"threat"}),
    ("Te doy hasta el viernes; después no respondo.", {"threat"}),
    ("Como vuelvas a tocar el carro borracho, te lo vendo.", {"threat"}),
    ("Mientras sigas tomando, de esta casa no recibes ni un plato de comida.", {"threat"}),
    ("Si no vas al centro, ya sabes lo que va a pasar con los niños.", {"threat"}),
    ("Te lo advierto por última vez: una más y te vas.", {"threat"}),
    ("Si usted no se interna, su hija no se casa con usted presente.", {"threat"}),
    ("Vos sabrás, pero si no te internás, no me ves nunca más.", {"threat"}),
    ("Ándale, sigue tomando y vas a ver cómo te quedas solito.", {"threat"}),
    ("Qué bonito ejemplo para tus hijos, papá borracho en la fiesta de la escuela.", {"sarcasm"}),
    ("Bravo, otra vez la policía en la puerta, qué orgullo de familia.", {"sarcasm"}),
    ("Muy bien, mijo, gastarte la colegiatura en cerveza, muy bien.", {"sarcasm"}),
    ("Ay sí, el señor 'no tiene ningún problema'.", {"sarcasm"}),
    ("Gracias por el regalito de cumpleaños: una noche en urgencias.", {"sarcasm"}),
    (
        "Qué detallazo el tuyo, dejar a tu madre esperando en la terminal hasta las once.",
        {"sarcasm"},
    ),
    ("Tú sí que sabes celebrar: tres días desaparecido.", {"sarcasm"}),
    ("Vaya hermano mayor, enseñándole al chiquito a tomar.", {"sarcasm"}),
    ("Todos en la familia pensamos que ya no eres la persona que conocíamos.", {"we"}),
    ("Aquí nadie te reconoce ya.", {"we"}),
    ("Tu mamá, tu hermana y yo ya decidimos que no te vamos a dar más dinero.", {"we"}),
    ("Toda la familia está cansada de tus promesas.", {"we"}),
    ("Hablamos entre todos y llegamos a la conclusión de que necesitas internarte.", {"we"}),
    ("Nosotros ya no creemos nada de lo que dices.", {"we", "absolute"}),
    ("Por tu culpa tu hija no quiere saber nada de nosotros.", {"blame"}),
    ("Tu hermano dejó la escuela para trabajar y pagar tus deudas.", {"blame"}),
    ("Tú tienes la culpa de que tu papá esté así.", {"blame"}),
    ("Si la abuela está enferma es por los disgustos que le das.", {"blame"}),
    ("Lo que le hiciste a tu madre no tiene perdón.", {"blame"}),
    ("Todo lo malo que nos pasa empieza contigo.", {"blame"}),
    ("Tus decisiones nos costaron la casa.", {"blame"}),
    ("Tu suegra anda contando que le robaste las joyas.", {"hearsay"}),
    ("Me dijo el señor de la tienda que le debes tres meses de fiado.", {"hearsay"}),
    ("Tu exesposa le contó a mi hermana que no pagas la pensión.", {"hearsay"}),
    ("Según los vecinos, llegas gritando todas las noches.", {"hearsay", "absolute"}),
    ("Ya me enteré por tu prima de lo del choque.", {"hearsay"}),
    ("Tu compañero de trabajo me escribió que te dormiste en la obra.", {"hearsay"}),
    ("Tienes cara de loco cuando te pones así, hasta pareces esquizofrénico.", {"diagnosis"}),
    ("A ti lo que te pasa es que eres bipolar, un día amas y al otro odias.", {"diagnosis"}),
    ("Esa manía tuya de mentir ya es enfermiza, es patológica.", {"diagnosis"}),
    ("Estás loco de verdad, necesitas un psiquiatra, no un centro.", {"diagnosis"}),
    ("Tu problema es mental, no de la bebida.", {"diagnosis"}),
    ("Eres un manipulador de manual.", {"diagnosis"}),
    ("Te estás volviendo paranoica con todo el mundo.", {"diagnosis"}),
    ("Mijo, ojalá te vea limpio algún día.", {"clean"}),
    ("Cuando estés limpia hablamos de que vuelvas a la casa.", {"clean", "threat"}),
]

GOOD_51: list[str] = [
    "Me gusta cuando cocinas con la abuela los domingos.",
    "Tu hija me preguntó por ti y le dije que estás aprendiendo a cuidarte.",
]

TRAPS_51: list[str] = [
    "Si hoy dices que sí, mañana mismo te llevo al centro y te espero afuera.",
    "Te doy hasta el viernes para pensarlo, y si necesitas más tiempo, lo hablamos.",
    "Mientras estés en el centro, te mandamos comida los domingos.",
    "Te lo digo por última vez con miedo, pero con amor: te necesito.",
    "Vos sabrás cuándo estás listo, y yo voy a estar aquí.",
    "Bravo por ti, tres meses sin tomar.",
    "Gracias por el regalito de cumpleaños, me encantó la bufanda.",
    "Tú sí que sabes celebrar, siempre armabas las mejores fiestas de cumpleaños para los niños.",
    "Todos en la familia pensamos en ti cada noche.",
    "Hablamos entre todos y llegamos a la conclusión de que te queremos acompañar.",
    "Tu hermano dejó la escuela para trabajar, y hoy tiene su propio taller.",
    "Lo que le hiciste a tu madre en su cumpleaños la hizo llorar de alegría.",
    "Según los vecinos, eres el que mejor canta de la cuadra.",
    "Tu compañero de trabajo me escribió que te extrañan en la obra.",
    "Estás loco de contento con tu nieta, se nota.",
    "Mi abuelo era bipolar y aprendimos a quererlo con su enfermedad.",
    "El psiquiatra nos explicó que la paranoia puede venir con el consumo.",
    "Cuando estés lista, hablamos con calma.",
    "Mijo, ojalá te vea feliz algún día, y que sea pronto.",
]

# Batch 52: texting, voseo, Spain, the Caribbean and the Andes, all ten kinds, written before
# any rule changed for them and scored once (docs/coach.md).
FLAG_52: list[tuple[str, set[str]]] = [
    ("x tu culpa mi mama no duerme", {"blame"}),
    ("xq siempre tienes q arruinar todo??", {"absolute", "blame"}),
    ("ers un borracho y ya no t aguanto", {"label"}),
    ("tdos dicen q andas en malos pasos", {"hearsay"}),
    ("q buen hijo eres eh, ni x mi cumple llamaste", {"sarcasm"}),
    ("si no t internas t olvidas d nosotros", {"threat"}),
    ("ya estas otra vez pasado, no mames, eres un vicioso", {"label"}),
    ("Vos nunca cumplís lo que prometés.", {"absolute"}),
    ("Che, sos un falopero y todo el barrio lo sabe.", {"label"}),
    ("Si no te internás, te rajo de casa.", {"threat"}),
    ("Qué lindo, ¿no?, volver en pedo a las seis de la mañana.", {"sarcasm"}),
    ("Tío, eres un colgado y a la abuela la tienes sufriendo.", {"label", "blame"}),
    ("Por tu culpa mamá ha tenido que pedir un préstamo.", {"blame"}),
    ("Me ha dicho tu jefe que llevas semanas llegando con resaca.", {"hearsay"}),
    ("O te pones en tratamiento o no vuelves a ver a los críos.", {"threat"}),
    ("Eres un puto desastre, chaval.", {"insult"}),
    ("Tú siempre con tus excusas, mi amor, siempre.", {"absolute"}),
    ("Mi'jo, tú ya eres un tecato perdío.", {"label"}),
    ("Mi pana, tú te has vuelto un pajarero.", {"label"}),
    ("Oye, tú na' más piensas en la botella.", {"blame"}),
    ("Tu papá, que en paz descanse, estaría avergonzado de ti.", {"insult"}),
    ("Mamita, usted vive chumada, ya no la reconocemos.", {"we", "absolute"}),
    ("Ñaño, desde que estás en la droga eres otro, todos lo decimos.", {"we"}),
    ("Usted ya no sirve para nada, papá.", {"insult"}),
    ("Usted siempre prefiere el trago a sus nietos.", {"absolute", "blame"}),
    ("Su psicosis no es culpa nuestra.", {"diagnosis"}),
    ("Me contó la señora Marta que a usted lo sacaron de la cantina a empujones.", {"hearsay"}),
    ("Qué gracioso, el abuelo borracho en la primera comunión.", {"sarcasm"}),
    ("Ya no estás limpio, no me mientas.", {"clean"}),
    ("Todos aquí pensamos lo mismo: estás enfermo.", {"we"}),
]

GOOD_52: list[str] = [
    "t quiero mucho, hermano, y aqui estoy",
    "Vos siempre fuiste el que me hacía reír en los asados.",
    "Mi'jo, tú eres mi orgullo y te espero.",
]

TRAPS_52: list[str] = [
    "x tu culpa me enamore del beisbol jaja",
    "q buen hijo eres, siempre me llamas los domingos",
    "si t internas, t llevo tu almohada y tus fotos",
    "Che, sos un genio en la cocina, posta.",
    "Tío, eres un colgado de la música, como tu padre.",
    "Por tu culpa he aprendido a hacer tortilla de patatas.",
    "Me ha dicho tu jefe que te guarda el puesto.",
    "Usted siempre prefiere el café a la leche, lo sé.",
    "Me contó la señora Marta que usted le arregló la cerca.",
    "Qué gracioso el abuelo disfrazado de Santa en la primera comunión.",
    "Todos aquí pensamos lo mismo: te queremos de vuelta.",
    "Mi abuelo tuvo una psicosis después de la guerra y salió adelante.",
]

# Batch 53: a grandmother in usted, a teenager, a wife, a coworker; threats, sarcasm, blame,
# diagnoses and hearsay in yet other shapes, written before any rule changed for them and
# scored once (docs/coach.md).
FLAG_53: list[tuple[str, set[str]]] = [
    ("No voy a seguir pagando tu renta si no vas al centro.", {"threat"}),
    ("Esta es la última vez que te saco de la cárcel.", {"threat"}),
    ("Si no te internas, no vas a estar en la boda de tu hija.", {"threat"}),
    ("Prepara tus maletas si no cambias.", {"threat"}),
    ("Si no, vas a tener que buscar dónde vivir.", {"threat"}),
    ("Aquí ya no hay lugar para ti si sigues así.", {"threat"}),
    ("El lunes tus cosas van a estar en la puerta.", {"threat"}),
    ("No me busques cuando estés en la calle.", {"threat"}),
    ("Si no aceptas, mañana mismo hablo con tu jefe.", {"threat"}),
    ("Mijito, si usted no se compone, su abuela no le vuelve a abrir la puerta.", {"threat"}),
    ("Qué gran padre, gastarse la pensión de los niños en apuestas.", {"sarcasm"}),
    ("Felicidades, lograste que tu hija te tenga miedo.", {"sarcasm"}),
    ("Ah, pero eso sí, para la cerveza siempre hay dinero.", {"sarcasm"}),
    ("Súper, papá, otra vez dormido en la camioneta frente a mi escuela.", {"sarcasm"}),
    ("Gracias por estar tan presente, desde el bar.", {"sarcasm"}),
    ("Un aplauso para el señor que olvidó a su hija en la escuela.", {"sarcasm"}),
    ("Tu hija dejó de hablar en la escuela desde que te vio así, y eso es por ti.", {"blame"}),
    ("Te gastaste nuestros ahorros y ahora no tenemos para la operación de tu madre.", {"blame"}),
    ("Tú hiciste que tu hermano se fuera de la casa.", {"blame"}),
    ("Lo que le pasó a tu papá es tu responsabilidad.", {"blame"}),
    ("Tu vicio nos robó diez años.", {"blame"}),
    ("Tienes un problema en la cabeza, te lo digo en serio.", {"diagnosis"}),
    ("Eres igual de narcisista que tu padre.", {"diagnosis"}),
    ("Ya te diagnostiqué yo: eres un adicto con depresión.", {"diagnosis", "label"}),
    ("Tú lo que tienes es esquizofrenia, por eso oyes cosas.", {"diagnosis"}),
    ("Estás mal de la cabeza, mija.", {"diagnosis"}),
    ("Tu hermana me dijo por teléfono que sigues metiéndote cosas.", {"hearsay"}),
    ("El dueño del taller comenta que ya ni vas a trabajar.", {"hearsay"}),
    ("Una vecina me enseñó un video donde sales cayéndote en la calle.", {"hearsay"}),
    ("Según tu exnovia, le gritabas cuando tomabas.", {"hearsay"}),
    ("Me cuentan que te corrieron del trabajo.", {"hearsay"}),
    ("Nos hemos reunido toda la familia y hemos decidido no darte más dinero.", {"we"}),
    ("Aquí todos estamos de acuerdo en que tienes que irte.", {"we"}),
]

GOOD_53: list[str] = [
    "Mija, usted es la luz de esta casa, y la espero con los brazos abiertos.",
    "Me gusta cuando me enseñas a arreglar la bici.",
]

TRAPS_53: list[str] = [
    "No voy a dejar de quererte si no vas al centro hoy.",
    "Esta es la última vez que te escribo una carta tan larga, prometido.",
    "Prepara tus maletas, que el centro te espera con una cama lista.",
    "Aquí siempre hay lugar para ti, pase lo que pase.",
    "El lunes tus cosas van a estar lavadas y dobladas para el centro.",
    "Búscame cuando estés listo, aquí voy a estar.",
    "Qué gran padre fuiste para mí cuando era niña.",
    "Felicidades, lograste terminar la prepa a pesar de todo.",
    "Gracias por estar tan presente en mis partidos cuando era chica.",
    "Tu hija habla de ti todos los días en la escuela.",
    "Tú hiciste que tu hermano se sintiera querido.",
    "El doctor dijo que tienes un problema en el hígado y que tiene arreglo.",
    "Eres igual de terco que tu padre, y por eso te quiero tanto.",
    "Tu hermana me dijo por teléfono que te extraña.",
    "El dueño del taller comenta que eres el mejor mecánico que ha tenido.",
    "Nos hemos reunido toda la familia para decirte que te queremos.",
]

# Batch 54: labels, "limpio", absolutes, insults and the rest in everyday words, written before
# any rule changed for them and scored once (docs/coach.md).
FLAG_54: list[tuple[str, set[str]]] = [
    ("Te has convertido en un borrachín de cantina.", {"label"}),
    ("Ya eres un alcohólico, acéptalo.", {"label"}),
    ("Eres una drogadicta, mamá, y me duele decirlo.", {"label"}),
    ("Te volviste adicto a las pastillas del dolor.", {"label"}),
    ("ere un tecato y lo sabe to el mundo", {"label"}),
    ("Vos sos un borrachín, Quique.", {"label"}),
    ("¿Cuándo vas a estar limpio de una vez?", {"clean"}),
    ("Quiero que te limpies de esa porquería.", {"clean"}),
    ("Llevas una semana limpio y ya te crees curado.", {"clean"}),
    ("Tu antidoping salió sucio otra vez.", {"clean"}),
    ("Estar limpia no te hace mejor persona.", {"clean"}),
    ("Cada vez que abres la boca es para pedir dinero.", {"absolute"}),
    ("No hay un solo día en que no tomes.", {"absolute"}),
    ("Todos los fines de semana es lo mismo contigo.", {"absolute"}),
    ("Jamás has pedido perdón.", {"absolute"}),
    ("A cada rato estás pidiendo plata.", {"absolute"}),
    ("Llevas toda la vida mintiendo.", {"absolute"}),
    ("Sin falta, cada quincena desapareces.", {"absolute"}),
    ("Eres una vergüenza para esta familia.", {"insult"}),
    ("Eres un inútil.", {"insult"}),
    ("No eres más que un parásito.", {"insult"}),
    ("Pareces un pordiosero, mírate.", {"insult"}),
    ("Eres un mantenido y un flojo.", {"insult"}),
    ("Qué asco me das cuando llegas así.", {"insult"}),
    ("Escuché en la iglesia que andas en malos pasos.", {"hearsay"}),
    ("Tu ex me mandó fotos tuyas en la fiesta, tirado en el piso.", {"hearsay"}),
    ("Supe que te vieron en la cantina el martes.", {"hearsay"}),
    ("Todos sabemos que mientes.", {"we"}),
    ("Toda la familia votó y decidimos internarte.", {"we"}),
    ("Tus hermanos y yo ya no te creemos.", {"we"}),
    ("Como familia, no vamos a tolerar más esto.", {"we"}),
    ("Si no dejas esa vida, te vas a morir solo y no pienso llorarte.", {"threat"}),
    ("Haz lo que quieras, pero a mis nietos no los vuelves a ver.", {"threat"}),
    ("Qué bonito día de las madres me diste, llegando borracho a la comida.", {"sarcasm"}),
    ("Eres el orgullo de la familia, sobre todo cuando la policía te trae a casa.", {"sarcasm"}),
]

GOOD_54: list[str] = [
    "Me acuerdo de cuando me enseñaste a nadar en el río.",
    "Gracias por cuidar a la abuela cuando estuvo en el hospital.",
]

TRAPS_54: list[str] = [
    "Mi abuelo era un borrachín simpático que cantaba boleros, dice mi mamá.",
    "Te volviste adicto a los crucigramas, como yo.",
    "Cuando salgas, tu cuarto va a estar limpio y con sábanas nuevas.",
    "Me gusta verte con la camisa limpia y planchada.",
    "Cada vez que abres la boca nos haces reír.",
    "No hay un solo día en que no piense en ti.",
    "Todos los fines de semana te esperamos para comer.",
    "Jamás has dejado de ser mi hijo.",
    "Eres una bendición para esta familia.",
    "No eres un inútil; estás enfermo y te puedes recuperar.",
    "Escuché en la iglesia que el padre pregunta por ti.",
    "Todos sabemos que eres capaz de salir de esto.",
    "Como familia, vamos a estar contigo en cada paso.",
    "Haz lo que quieras el domingo, que es tu cumpleaños.",
    "Qué bonito día de las madres me diste el año pasado, con las flores.",
    "Eres el orgullo de la familia desde que entraste a la universidad.",
]

# Batch 55: sarcasm, threats and diagnoses once more, in a daughter's, a brother-in-law's and a
# pastor's words, written before any rule changed for them and scored once (docs/coach.md).
FLAG_55: list[tuple[str, set[str]]] = [
    ("Muy valiente de tu parte manejar con tres tequilas encima.", {"sarcasm"}),
    ("Qué responsabilidad la tuya, olvidarte de recoger a tu hijo.", {"sarcasm"}),
    ("Sí, papá, tú controlas, se nota por las botellas debajo de la cama.", {"sarcasm"}),
    ("Ya sé, ya sé, la culpa es del estrés, nunca tuya.", {"sarcasm", "absolute"}),
    ("Pues qué maravilla, otro lunes que no llegas a trabajar.", {"sarcasm"}),
    ("Perfecto, cuñado, perfecto: la fiesta de tu hija terminó con la patrulla.", {"sarcasm"}),
    ("Hermano, el Señor te bendijo con el don de desaparecer cuando hay que pagar.", {"sarcasm"}),
    ("Ojalá fueras tan puntual para el trabajo como para la cantina.", {"sarcasm"}),
    (
        "Como sigas así, vas a acabar como tu tío, muerto en una banqueta, "
        "y yo no voy a ir al velorio.",
        {"threat"},
    ),
    (
        "Dime tú si quieres que tus hijos crezcan sin padre, "
        "porque eso es lo que va a pasar si no aceptas.",
        {"threat"},
    ),
    ("No te atrevas a aparecer por la iglesia así otra vez.", {"threat"}),
    ("Te estás jugando tu matrimonio, y el lunes vas a saber lo que perdiste.", {"threat"}),
    ("O entras hoy al programa o me voy a vivir con mi hermana con los niños.", {"threat"}),
    ("Eres un enfermo, y no hablo del alcohol.", {"diagnosis"}),
    ("Tu cabeza ya no está bien, mamá, hasta la memoria se te va.", {"diagnosis"}),
    ("Con esos cambios de humor, ya pareces bipolar.", {"diagnosis"}),
    ("Tienes el cerebro frito de tanta droga.", {"diagnosis"}),
    ("Eso que haces es de psicópata, mentir sin pestañear.", {"diagnosis"}),
]

GOOD_55: list[str] = [
    "Hermano, el Señor te bendijo con una voz preciosa, y la extraño en el coro.",
]

TRAPS_55: list[str] = [
    "Muy valiente de tu parte pedir ayuda la semana pasada.",
    "Qué responsabilidad la tuya, cuidar a tus hermanos tan joven.",
    "Perfecto, cuñado, perfecto: la carne asada te quedó increíble.",
    "Ojalá fueras tan feliz como cuando eras niño.",
    "Como sigas así de constante con las reuniones, vas a lograrlo.",
    "No te atrevas a pensar que te dejamos de querer.",
    "Tu cabeza es lo mejor que tienes: siempre fuiste el más listo.",
    "Con esos cambios de humor de la abuela, ya no sabemos qué hacer; el médico la está viendo.",
    "Eres un enfermo de la pesca, como tu abuelo.",
]

# Batch 56: hearsay, diagnoses, blame and threats from in-laws, godparents and coworkers,
# written before any rule changed for them and scored once (docs/coach.md).
FLAG_56: list[tuple[str, set[str]]] = [
    ("Tu cuñado asegura que le pediste dinero para pagar una deuda de juego.", {"hearsay"}),
    ("Don Chuy, el de la tienda, me platicó que ya no te fía.", {"hearsay"}),
    ("La mamá de tu novia piensa que eres un peligro para su hija.", {"hearsay"}),
    ("Según el grupo de la iglesia, te han visto en el casino.", {"hearsay"}),
    ("Tu madrina dice que le robaste el celular.", {"hearsay"}),
    ("Me mandaron decir de tu trabajo que ya van tres faltas.", {"hearsay"}),
    ("Eres un narcisista de los que salen en los libros.", {"diagnosis"}),
    ("Yo creo que tienes un trastorno, aunque no lo quieras oír.", {"diagnosis"}),
    ("Lo tuyo es pura manipulación, de manual.", {"diagnosis"}),
    ("A estas alturas ya estás perdido de la cabeza.", {"diagnosis"}),
    ("Tienes delirios, papá; nadie te está persiguiendo.", {"diagnosis"}),
    ("Tu mamá está en el hospital por tu culpa, ¿ya estás contento?", {"blame", "sarcasm"}),
    ("Si tu hijo reprueba el año, será por el ambiente que le diste.", {"blame"}),
    ("Nos dejaste en la ruina con tus apuestas.", {"blame"}),
    ("Le rompiste el corazón a tu madre.", {"blame"}),
    ("Si no firmas hoy, te quedas sin la camioneta y sin el celular.", {"threat"}),
    ("Te vas a ir a vivir a la calle si no cambias de una vez.", {"threat"}),
    ("Una recaída más y te saco del negocio.", {"threat"}),
    ("Si no te tratas, le digo a tu esposa todo lo que sé.", {"threat"}),
]

GOOD_56: list[str] = [
    "Tu cuñado pregunta por ti cada domingo después de misa.",
]

TRAPS_56: list[str] = [
    "Tu cuñado asegura que eres el mejor padrino que ha tenido su hijo.",
    "La mamá de tu novia piensa que eres un buen muchacho.",
    "Yo creo que tienes un corazón enorme, aunque no lo quieras oír.",
    "Lo tuyo es pura bondad, de verdad.",
    "Si tu hijo pasa el año, será por el ejemplo que le diste estudiando de noche.",
    "Le alegraste el corazón a tu madre con tu llamada.",
    "Si no firmas hoy, no pasa nada; lo hacemos mañana con calma.",
    "Te vas a ir a vivir a un lugar tranquilo mientras te recuperas.",
]

# Batch 57: threats and sarcasm in a son's, an aunt's and a best friend's words, written before
# any rule changed for them and scored once (docs/coach.md).
FLAG_57: list[tuple[str, set[str]]] = [
    ("Papá, si no vas, no me vas a ver en mi graduación.", {"threat"}),
    ("Si sigues con eso, yo me encargo de que tu jefe se entere.", {"threat"}),
    ("Te juro por mi madre que si vuelves a tocar a mi hermana, te denuncio.", {"threat"}),
    ("Tú decides: la clínica o el divorcio.", {"threat"}),
    ("No pienso seguir aguantando; si no cambias, me voy con los niños a Puebla.", {"threat"}),
    ("Si no haces caso, vas a ver quién soy yo.", {"threat"}),
    ("Ya no te voy a dar ni un peso más si no entras al programa.", {"threat"}),
    ("Última advertencia, sobrino: o te compones o te olvidas de la tía.", {"threat"}),
    ("Si esta vez no aceptas, no cuentes con mi firma para el préstamo.", {"threat"}),
    ("Wow, qué amigo tan leal, me dejaste tirado en la fiesta.", {"sarcasm"}),
    ("Qué maravilloso ejemplo de esposo: borracho en el bautizo de su hijo.", {"sarcasm"}),
    ("Muchas felicidades por tu récord: cinco trabajos perdidos en un año.", {"sarcasm"}),
    ("Claro que sí, campeón, mañana sí dejas de tomar, como siempre.", {"sarcasm", "absolute"}),
    ("Ay, pobrecito, la cruda no lo deja ir a trabajar.", {"sarcasm"}),
    ("Te mereces una medalla por aguantar tres días sin tomar, ¿verdad?", {"sarcasm"}),
    (
        "Qué suerte la de tus hijos, tener un papá que se acuerda de ellos cuando está sobrio.",
        {"sarcasm"},
    ),
]

GOOD_57: list[str] = [
    "Papá, quiero que estés en mi graduación y te guardo un lugar.",
]

TRAPS_57: list[str] = [
    "Papá, si no puedes ir, no pasa nada, te cuento todo después.",
    "Tú decides la fecha: el lunes o el martes, como te acomode.",
    "Si esta vez aceptas, cuenta con mi firma para lo que necesites.",
    "Wow, qué amigo tan leal, nunca me dejaste solo en el hospital.",
    "Muchas felicidades por tu nuevo trabajo, te lo mereces.",
    "Ay, pobrecito, tu perro se enfermó y lo cuidaste toda la noche.",
    "Te mereces una medalla por cuidar a tu mamá todos estos años.",
    "Qué suerte la de tus hijos, tener un papá que los lleva a pescar.",
]
