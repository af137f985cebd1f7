# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 9 (2 December 2026, round 6): written by a new writer who never saw the coach's code,
rules or earlier sentences; first look with main 86f5b43 (rules of round 5): recall 0.63 (rules alone), 0.75 with the second opinion; good 0/60, traps 4/50.

Training data for the learned second opinion only (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py); round 6's rules were not tuned on it.
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV9_FLAG: list[tuple[str, set[str]]] = [
    # --- label ---
    (
        "Bueno Ramiro, yo me casé con un trailero bien trabajador y ahora lo que me llega cada quince días a la casa es un borracho que ni se quita las botas para dormir",
        {"label"},
    ),
    (
        "ajá y mientras tanto el pastillero de mi hermano durmiendo hasta las 3 de la tarde, perdón Kevin pero así te veo yo",
        {"label"},
    ),
    (
        "Mamá yo ya no sé cómo explicarle a mis hijos que su abuela es una pastillera, o sea cómo se los digo sin que se asusten",
        {"label"},
    ),
    (
        "Mijo, su abuela que en paz descanse no se imaginó que su nieto iba a terminar de tecato en un callejón de Tijuana",
        {"label"},
    ),
    (
        "Hermano, en el batallón vos eras el que nos cuidaba a todos y ahora sos un piedrero más de la zona 18, la verdad me duele escribirlo pero así es",
        {"label"},
    ),
    (
        "Sos un falopero, Nico, y te lo digo con todo el amor del mundo pero ya está, lo sos",
        {"label"},
    ),
    (
        "Bro honestly cuando te vi en el parking del Walmart parecías un crackhead cualquiera, flaco flaco, y eras MI hermano gemelo",
        {"label"},
    ),
    (
        "Carlos José, el pana que yo conocí en la UCV no era este marihuanero que se fuma hasta la quincena",
        {"label"},
    ),
    (
        "Mi amor, yo sé que tú no te ves así pero eres alcohólico, de esos que funcionan, manejas el tráiler de día y de noche te acabas el Buchanan's solito",
        {"label"},
    ),
    ("ERES UN VICIOSO JONATHAN Y YA NO TE LO VOY A TAPAR CON EL PASTOR", {"label"}),
    (
        "Suegro, con todo respeto, un teporocho es lo que parecía usted tirado afuera de la tienda de don Chuy el domingo",
        {"label"},
    ),
    (
        "Tu tía Chela le anda diciendo a todo el mundo en Santiago que tú eres un jumero de colmado en colmado",
        {"hearsay", "label"},
    ),
    # --- clean ---
    (
        "Lo único que le pido a Dios todas las noches es verte limpio antes de que yo me muera, mijo",
        {"clean"},
    ),
    (
        "Mamá la prueba de orina del hospital salió sucia, yo vi el papel con mis ojos, no me digas que fue el jarabe de la tos",
        {"clean"},
    ),
    (
        "o sea tú estuviste limpio como cuatro meses cuando nació Camila y fueron los mejores meses de mi vida",
        {"clean"},
    ),
    (
        "Cuando vuelva a estar limpia, suegra, yo misma la llevo a ver a los nietos a Houston, se lo prometo",
        {"clean"},
    ),
    (
        "el antidoping de la compañía salió sucio Ramiro, por eso te pararon en Laredo, no fue por los frenos como le contaste a tu mamá",
        {"clean"},
    ),
    (
        "Yo sé que estás sucio otra vez, lo noto en tus ojos desde que entras por la puerta",
        {"clean"},
    ),
    (
        "Hermano, cuando salgas de ahí limpio te invito el primer asado en casa de la vieja",
        {"clean"},
    ),
    (
        "tu ultimo examen de drogas dio sucio y no me lo contaste, me entere yo solita abriendo el correo",
        {"clean"},
    ),
    (
        "Quiero a mi gemelo de vuelta, limpiecito, sin esa porquería en la sangre, como cuando teníamos quince",
        {"clean"},
    ),
    (
        "Bro tú me juraste que estabas clean desde marzo y en el cumpleaños de Abuela te vi las pupilas como cabeza de alfiler",
        {"clean"},
    ),
    (
        "Mija, ojalá este año logres mantenerte limpia como cuando estabas en el ministerio de alabanza",
        {"clean"},
    ),
    (
        "Si el urine test del probation sale negativo, o sea limpio, ya con eso yo duermo tranquilo por primera vez en meses",
        {"clean"},
    ),
    # --- absolute ---
    (
        "Cada vez que llegas de la ruta es la misma historia, te bajas del tráiler y antes de darle un beso a los niños ya abriste la primera lata",
        {"absolute"},
    ),
    (
        "Ni una sola vez en todo el año fuiste a recoger a Sofi a la escuela sin oler a cerveza",
        {"absolute"},
    ),
    ("Mamá usted no ha cumplido una sola promesa desde que mi papá se murió, ni una", {"absolute"}),
    (
        "Jamás te acuerdas de lo que pasó la noche anterior, jamás, y yo me quedo cargando con todo el recuerdo",
        {"absolute"},
    ),
    (
        "Todas las navidades desde 2015 han terminado contigo dormido en el sillón con la boca abierta",
        {"absolute"},
    ),
    (
        "Vos tenés una excusa para todo, el laburo, la vieja, el frío, el Boca, lo que sea",
        {"absolute"},
    ),
    (
        "NO CONTESTAS EL TELEFONO NI UNA VEZ CUANDO MAS TE NECESITO y despues apareces como si nada",
        {"absolute"},
    ),
    ("No hay un solo domingo que llegue usted a misa en sus cinco sentidos, mijo", {"absolute"}),
    (
        "Todo lo que te presto desaparece, la herramienta, la troca, el dinero de la renta, todo",
        {"absolute"},
    ),
    (
        "Te lo digo como tu líder, Yesenia: cada viernes de célula llegas tarde, con los ojos chiquitos y oliendo a humo",
        {"absolute"},
    ),
    (
        "A la hora de la verdad tú no estás, nunca, ni para el parto de tu propia hija estuviste",
        {"absolute"},
    ),
    (
        "Cada vez que tomas alguien en esta casa termina llorando, y eso es por ti",
        {"absolute", "blame"},
    ),
    # --- blame ---
    (
        "¿Tú sabes por qué Mateo ya no quiere dormir solo, Ramiro? Pregúntatelo allá en la ruta",
        {"blame"},
    ),
    (
        "Por tu culpa mi mamá se fue a la tumba preocupada y eso yo todavía no lo he podido perdonar",
        {"blame"},
    ),
    ("¿Cómo pudiste manejar con la niña atrás en ese estado?", {"blame"}),
    (
        "Mira lo que le hiciste a tu papá, ya ni duerme, se la pasa en la ventana esperando oír el carro",
        {"blame"},
    ),
    (
        "Tú escogiste las pastillas antes que a tus nietos, mamá, y eso es lo que más me pesa",
        {"blame"},
    ),
    (
        "Después de todo lo que hice por ti, de criarte yo sola cuando mamá se fue pa'l norte, de pagarte la prepa, ¿así me pagas?",
        {"blame"},
    ),
    (
        "El divorcio de tu hermana también fue por ti, no te hagas, ella no aguantó cargar con tus deudas",
        {"blame"},
    ),
    (
        "Yo perdí el trabajo en la planta por andar sacándote de la cárcel del condado, eso es tuyo, no mío",
        {"blame"},
    ),
    (
        "¿Y a quién crees que le tocó explicarle a la abuela por qué no llegaste al velorio de tu propio tío?",
        {"blame"},
    ),
    ("Si la niña tiene ansiedad a los ocho años, ¿de dónde crees tú que le viene?", {"blame"}),
    ("vos sos el motivo por el que mamá tiene la presión por las nubes, y lo sabés", {"blame"}),
    (
        "Eres un egoísta y por tu culpa tu hijo pasó la Navidad en casa de un vecino",
        {"blame", "insult"},
    ),
    # --- insult ---
    (
        "Das lástima, Ramiro, de verdad das lástima tirado en la litera del tráiler abrazado a la botella",
        {"insult"},
    ),
    ("Eres una egoísta, mamá, y me duele escribirlo pero es la palabra que me sale", {"insult"}),
    (
        "Deberías tener vergüenza de presentarte así en la iglesia delante de los muchachos que te admiran",
        {"insult"},
    ),
    ("Sos un fracasado, Nico, y lo peor es que tenías todo para no serlo", {"insult"}),
    ("me das asco cuando llegas oliendo a vómito y quieres abrazar a los niños", {"insult"}),
    ("Un hombre de verdad no deja a su familia sin luz por andar metido en el vicio", {"insult"}),
    (
        "Eres la vergüenza de los Hernández, y mira que en esta familia ha habido de todo",
        {"insult"},
    ),
    ("Un cobarde, eso es lo que eres, un cobarde que se esconde detrás de un trago", {"insult"}),
    (
        "la verdad pareces un perro callejero, sin bañarte, pidiendo monedas afuera del Oxxo",
        {"insult"},
    ),
    ("Qué poca madre tienes, Jorge, de verdad, qué poca", {"insult"}),
    ("Eres un mantenido, mijo, treinta y dos años viviendo de la pensión de tu abuelo", {"insult"}),
    (
        "k vas a ser tu aparte de un perdedor si no vas a terminar nada nunca",
        {"insult", "absolute"},
    ),
    # --- hearsay ---
    (
        "Tu prima Lupita me contó que en la boda de Érika te vio metiéndote algo en el baño",
        {"hearsay"},
    ),
    (
        "En el grupo de WhatsApp de la familia ya todos andan comentando lo de tu choque",
        {"hearsay"},
    ),
    (
        "El dispatcher de la compañía me llamó y me dijo que te encontraron dormido en la cabina en una parada de Oklahoma con la puerta abierta",
        {"hearsay"},
    ),
    (
        "Doña Marta la de la farmacia dice que usted va cada semana con recetas de doctores distintos, mamá",
        {"hearsay"},
    ),
    (
        "Los muchachos del grupo de jóvenes comentan que te vieron fumando en el estacionamiento después del culto",
        {"hearsay"},
    ),
    ("Dicen en el barrio que ya le debés plata a medio mundo", {"hearsay"}),
    (
        "Tu ex puso en Instagram que la dejaste plantada con los niños por irte de fiesta, y la mitad de tus primas le dio like",
        {"hearsay"},
    ),
    (
        "El sargento Morales me escribió que en la reunión de veteranos llegaste tomado y te tuvieron que sacar",
        {"hearsay"},
    ),
    (
        "ajá y la vecina de enfrente, doña Cleotilde, asegura que te oyó gritarle a los niños a las tres de la mañana",
        {"hearsay"},
    ),
    ("Mi hermano dice que tú ya no eres el mismo, y tía Norma piensa igualito", {"hearsay"}),
    (
        "Según tu ex jefe, Mr. Peterson, te corrieron por llegar oliendo a alcohol tres veces en un mes",
        {"hearsay"},
    ),
    (
        "La gente de la cuadra ya habla, papá, y a mí me da pena hasta salir a tirar la basura",
        {"hearsay"},
    ),
    # --- we ---
    (
        "Todos en la familia estamos de acuerdo en que ya no puedes seguir manejando el tráiler así",
        {"we"},
    ),
    (
        "Lo hablamos entre todos los hermanos y pensamos que lo suyo ya no es un problemita, mamá",
        {"we"},
    ),
    ("Nosotros ya sabemos que mientes, así que no hace falta que lo niegues hoy", {"we"}),
    ("Aquí todos pensamos lo mismo de ti, compa, no soy solo yo", {"we"}),
    ("La familia entera siente que te perdimos hace tiempo", {"we"}),
    ("ya lo votamos en el chat de los primos y nadie quiere q vengas a la quinceañera asi", {"we"}),
    ("Como ya te dijimos todos, el problema no es el trabajo, es el trago", {"we"}),
    ("Tus hermanos y yo creemos que necesitas internarte ya, no el mes que viene", {"we"}),
    (
        "Y bueno, como todos aquí sabemos, esto empezó cuando te recetaron las pastillas para la espalda",
        {"we"},
    ),
    (
        "Los hermanos de la congregación y yo hemos concluido que necesitas algo más que oración",
        {"we"},
    ),
    ("Hablo por mí y por tus tíos cuando te digo que ya no te reconocemos", {"we"}),
    ("Ya lo decidimos todos: o te internas o no vuelves a pisar esta casa", {"we", "threat"}),
    # --- threat ---
    ("No sé si voy a seguir aquí cuando regreses de la próxima ruta, Ramiro", {"threat"}),
    ("Si no te internas, te olvidas de que tienes hermana", {"threat"}),
    ("Esta es la última vez que te lo pido, después de esto ya no te busco", {"threat"}),
    (
        "Si no vas al centro el lunes los niños no te vuelven a ver, y te lo digo en serio",
        {"threat"},
    ),
    ("Ya hablé con un abogado, mamá, por si acaso usted no acepta", {"threat"}),
    ("O te internás o te saco tus cosas a la vereda, vos elegís", {"threat"}),
    (
        "No me pongas a escoger entre tú y mis hijos, porque ya sabes a quién voy a escoger",
        {"threat"},
    ),
    (
        "Si no vas a tratarte voy a tener que llamar a tu oficial de probation y contarle todo",
        {"threat"},
    ),
    ("Yo no te voy a esperar toda la vida, que te quede clarito", {"threat"}),
    ("Última oportunidad, hermano.", {"threat"}),
    ("Mira, hazlo por las buenas, porque si no va a ser por las malas", {"threat"}),
    (
        "Piénsalo bien, mijo, que a lo mejor la próxima vez que me busques ya no me encuentras en esta casa",
        {"threat"},
    ),
    # --- sarcasm ---
    ("Felicidades, mamá, otro cumpleaños de tu nieta que te perdiste", {"sarcasm"}),
    ("Qué buen ejemplo le estás dando a Dylan, de verdad, muy bien", {"sarcasm"}),
    (
        "Gracias por dejarnos sin luz en diciembre, fue un detalle muy bonito de tu parte",
        {"sarcasm"},
    ),
    ("Ah claro, tú lo tienes todo bajo control, como el día que chocaste la troca", {"sarcasm"}),
    ("Qué bonito, ¿no?, el papá del año dormido en la banqueta", {"sarcasm"}),
    ("Bravo, hermanito, lograste que mamá llorara en su propio cumpleaños", {"sarcasm"}),
    (
        "Muy responsable lo tuyo, Ramiro, manejar catorce horas con la cerveza en el portavasos",
        {"sarcasm"},
    ),
    ("Sí, ajá, tú nada más te tomas ‘una’ pastillita pa’ dormir", {"sarcasm"}),
    (
        "Tremendo soldado saliste, eh, el que no deja a nadie atrás, salvo cuando hay una botella de por medio",
        {"sarcasm"},
    ),
    (
        "Qué orgullo, de verdad, ver a mi hermano en el noticiero de Univision por manejar en sentido contrario",
        {"sarcasm"},
    ),
    (
        "Buenísimo el regalo de Navidad que nos diste, la policía tocando la puerta a medianoche",
        {"sarcasm"},
    ),
    ("Felicidades campeón, ya sos el borracho más famoso de Banfield", {"sarcasm", "label"}),
    # --- diagnosis ---
    (
        "Yo creo que tú eres bipolar, un día eres un amor y al otro no hay quien te aguante",
        {"diagnosis"},
    ),
    ("Lo tuyo es narcisismo puro, todo tiene que girar alrededor de ti", {"diagnosis"}),
    ("mamá esa depresión suya es puro cuento pa que le sigan dando las pastillas", {"diagnosis"}),
    (
        "Vos tenés un trastorno de personalidad, Nico, lo leí en internet y encajás en todo",
        {"diagnosis"},
    ),
    ("Se me hace que tienes algo de sociópata, no te importa nadie", {"diagnosis"}),
    (
        "Yo leí sobre el estrés postraumático y eso no es lo tuyo, compa, lo tuyo es pura excusa para chupar",
        {"diagnosis"},
    ),
    (
        "Eso de andar desconfiando de todos ya es paranoia, Ramiro, esquizofrenia o algo así",
        {"diagnosis"},
    ),
    (
        "Suegra, yo pienso que usted tiene algo de borderline, lo busqué en Google y es igualita",
        {"diagnosis"},
    ),
    ("Lo tuyo no es el trago, es que eres un manipulador patológico de manual", {"diagnosis"}),
    ("Tienes el TDAH ese sin tratar y xq eso te metes todo lo que encuentras", {"diagnosis"}),
    ("mi amor tu ansiedad ya no es ansiedad, son mañas", {"diagnosis"}),
    ("Eres depresivo de nacimiento, igualito a tu papá, eso se hereda y ya", {"diagnosis"}),
]

DEV9_GOOD: list[str] = [
    "Ramiro, el martes 4 de marzo llegaste de la ruta a las dos de la mañana y no pudiste meter la llave en la puerta, yo te abrí y me dio mucho miedo verte así.",
    "Me acuerdo de cuando me enseñaste a manejar en el estacionamiento de la Soriana, tenías una paciencia enorme conmigo.",
    "Mamá, la quiero, y le pido que acepte la ayuda que tenemos lista para usted hoy mismo.",
    "Yo te crié desde que tenías seis años, Kevin, te hacía la lonchera y te revisaba la tarea, y hoy te escribo porque tengo miedo de perderte.",
    "Mijo, desde que se me fue tu abuela yo me quedo despierto hasta tarde oyendo si llega tu carro.",
    "El 12 de enero te encontré en el piso del baño y no respondías, tuve que llamar al 911, y esa imagen no se me borra.",
    "Hermano, en Irak me cargaste la mochila dos kilómetros cuando me torcí el tobillo; hoy quiero cargar algo por ti.",
    "Jonathan, me acuerdo de ti a los trece años tocando la guitarra en el retiro de Semana Santa, con esa sonrisa de oreja a oreja.",
    "Suegra, usted me recibió en su casa como a una hija cuando llegué de Guatemala sin nada.",
    "Nico, somos gemelos, cuando a vos te duele algo a mí también, y hace meses que me duele mucho.",
    "bro i miss you, de verdad extraño cuando jugábamos FIFA hasta las 4 am en el sótano de Tía",
    "Te vi temblar en la mesa el domingo antes de tomarte la primera cerveza, y me asusté mucho.",
    "Yo tengo miedo, Ramiro, miedo de que un día me llame la patrulla de caminos.",
    "Hay un lugar en Guadalajara con una cama lista para ti desde hoy en la tarde. Te pido que vayas.",
    "Papi yo te quiero mucho y quiero que me vuelvas a llevar a ver a los Astros",
    "Mamá, el mes pasado se quedó dormida con la estufa prendida, y cuando llegué la cocina estaba llena de humo.",
    "Me duele que ya no vengas a los cumpleaños, te extraño en la mesa.",
    "Compa, yo también batallé con las pesadillas cuando regresamos, y pedir ayuda me salvó; quiero eso para ti.",
    "Mijo, Dios y yo lo estamos esperando con los brazos abiertos.",
    "La verdad no sé cómo escribir esto, así que lo voy a decir sencillo: te amo y quiero que te atiendas.",
    "Cuando me llamaste llorando desde el motel en El Paso yo sentí que se me partía el corazón.",
    "Gracias por llevarme a la escuela en tu camioneta cuando mami trabajaba doble turno.",
    "Kevin, yo vi cómo te cambió la cara cuando perdiste la beca, y desde ahí empecé a encontrar botellas debajo de tu cama.",
    "Quiero que sepas que estoy orgullosa del hombre que eras antes de todo esto, y creo que ese hombre sigue ahí.",
    "El programa es de treinta días y yo me encargo de tus perros mientras estás allá.",
    "No vine a pelear contigo, vine porque te quiero vivo.",
    "Mamá, ¿se acuerda de las tortillas que hacíamos los domingos? Quiero volver a hacerlas con usted.",
    "Yo me siento sola en esta casa aunque estés sentado a mi lado en el sillón.",
    "Hace tres semanas te pedí que me recogieras en el aeropuerto y no llegaste; esperé cuatro horas y después supe que estabas en urgencias.",
    "Sé que tienes dolor en la espalda de tantos años manejando, y quiero que te lo traten como debe ser.",
    "Mi hijo me pregunta por su tío y yo no sé qué contestarle, me quedo callada.",
    "Hermanita, anoche vi tu foto de la graduación en la sala y lloré un buen rato.",
    "Te pido de corazón que digas que sí hoy.",
    "Me preocupa tu salud, el doctor de la clínica ya te había hablado del hígado.",
    "Dios te dio un corazón enorme, mijo, y yo lo he visto.",
    "Yo te perdono lo del carro, de verdad, no es eso lo que me importa.",
    "Te extraño, papá.",
    "Vos me enseñaste a andar en bici en la plaza de Banfield, me acuerdo que corrías atrás mío sin soltarme.",
    "El viernes te vi manejar el tráiler con los ojos cerrándose en la 35, y yo iba atrás en el carro rezando.",
    "Me da mucha tristeza que Sofía te tenga miedo cuando levantas la voz.",
    "Mamá, estoy dispuesto a acompañarla a cada cita si usted acepta ir.",
    "Yo también cometí errores contigo y te pido perdón por ellos.",
    "Ojalá podamos volver a ir a pescar al lago de Amatitlán como cuando eras patojo.",
    "Mi amor, los niños hicieron un dibujo de ti con el tráiler, lo tengo pegado en el refri.",
    "Cuando veo tu silla vacía en la cena de Nochebuena se me hace un nudo en la garganta.",
    "No tienes que hacerlo solo, yo voy a estar en cada visita que me permitan.",
    "Tú me defendiste en la escuela cuando se burlaban de mi acento; ahora me toca a mí estar a tu lado.",
    "ya tengo la maleta lista con tu ropa y tu biblia, nada mas dime que si",
    "El año pasado me pediste dinero cinco veces y yo te lo di, y hoy siento que eso no te ayudó.",
    "Yo no sé todo lo que estás viviendo, pero sé que te quiero y que quiero que te cuiden.",
    "Tu risa es lo que más extraño, esa risa que se oía desde la cocina.",
    "Mami, el 3 de febrero no me reconociste cuando llegué a tu casa, me llamaste con el nombre de mi tío.",
    "La consejera del centro me explicó que esto es una enfermedad, y eso me dio esperanza.",
    "Hermano, te estoy escribiendo esto a las 3 de la mañana porque no puedo dormir pensando en ti.",
    "Quiero que mis hijos conozcan al tío divertido que yo conocí.",
    "Te vi sacar la anforita de la guantera antes de entrar a la misa de mi papá, y me dolió mucho.",
    "Eres mi hermano y te amo, con todo lo que ha pasado.",
    "Estoy cansada, la verdad, pero no me voy a cansar de quererte.",
    "Si dices que sí, mañana temprano salimos para el centro en San Antonio y yo manejo.",
    "Gracias por leer esta carta hasta el final.",
]

DEV9_TRAPS: list[str] = [
    "Tú siempre me hacías reír cuando papá llegaba enojado del trabajo.",
    "Nunca voy a dejar de quererte, mijo, eso téngalo por seguro.",
    "Ayer estuve limpiando tu cuarto y encontré la foto de tu primera comunión.",
    "Yo soy alcohólico en recuperación desde hace doce años, compa, y sé lo que se siente estar donde tú estás.",
    "Mi papá era borracho y yo juré que mis hijos no iban a vivir lo que yo viví; por eso te escribo con tanto miedo.",
    "Tú me dijiste una noche “soy un adicto y no sé cómo parar”, y esa noche te creí y te abracé.",
    "El doctor Ramírez dijo que tu hígado todavía se puede recuperar si dejas de tomar ahora.",
    "La culpa es mía por no haber hablado antes, y por eso hoy hablo.",
    "Nosotros íbamos cada verano a Puerto Plata con abuela, ¿te acuerdas del agua tan clarita?",
    "Te quiero pedir que empecemos con una hoja limpia, tú y yo.",
    "Vos eras el que siempre se ponía a lavar los platos después del asado sin que nadie te lo pidiera.",
    "Me acuerdo de los chistes sucios que contabas en el cuartel, nos moríamos de la risa.",
    "Mi compañero de cuarto en Fort Bliss era adicto al juego y salió adelante; yo sé que tú también puedes.",
    "Qué gran papá fuiste cuando Sofi estuvo en el hospital, no te despegaste de ella ni un minuto.",
    "La razón por la que escribo esta carta es que te quiero de vuelta.",
    "Yo elegí quedarme a tu lado, y lo volvería a elegir.",
    "Yo estuve muy deprimida después de que murió tu papá, y pedir ayuda fue lo mejor que hice.",
    "Cuando éramos chiquitos nosotros dos nos escondíamos debajo de la cama cuando tronaba.",
    "Tú nunca te perdías mis partidos de fútbol cuando yo estaba en la prepa, y eso lo guardo en el corazón.",
    "Sé que tú no escogiste esta enfermedad, nadie la escoge.",
    "El sábado por fin limpiamos el garaje juntos y fue la tarde más bonita que he pasado contigo en mucho tiempo.",
    "Mi tía Rosa era alcohólica y murió solita en su apartamento; no quiero eso para usted, mamá.",
    "Hermano, tú eras el más cuidadoso del pelotón, jamás dejaste a nadie atrás.",
    "Yo también fui bien egoísta contigo los años que me fui a Miami, y te pido perdón.",
    "La consejera dijo que lo que tienes se llama trastorno por uso de opioides y que tiene tratamiento.",
    "Cada vez que oigo “Amor eterno” me acuerdo de ti cantándola en la fiesta de la abuela.",
    "Gracias a Dios la tomografía salió limpia, eso me dio un poco de paz.",
    "Te dejé la ropa limpia doblada en la silla como cuando eras niño.",
    "Yo estaba loca de contenta el día que naciste, tu papá me tuvo que calmar.",
    "Tú fuiste siempre el más valiente de los dos, Nico.",
    "No es culpa de nadie, mijo, es una enfermedad, y las enfermedades se tratan.",
    "Nosotros nos conocimos en la fila de la comida en Fort Hood, ¿te acuerdas?",
    "Sé que dijiste “yo no soy ningún borracho” la última vez que hablamos, y no vine a pelear por una palabra.",
    "El pastor Efraín dijo en el sermón que nadie está tan lejos que Dios no lo pueda alcanzar, y pensé en ti.",
    "En la última carta que me mandaste desde la base me decías que extrañabas el mole de mi mamá.",
    "Nunca me voy a olvidar del día que me regalaste mi primera bicicleta.",
    "Yo fui adicta al trabajo muchos años y no te di el tiempo que necesitabas.",
    "Sé que es lo último que quieres escuchar, pero te quiero tanto que te lo tengo que decir.",
    "Los sábados nosotros lavábamos el tráiler con la manguera y tú ponías a Los Tigres del Norte a todo volumen.",
    "Mi terapeuta me dijo que no es mi culpa, y estoy aprendiendo a creérmelo.",
    "De niña te veía como un gran héroe, y todavía hay algo de eso en mí.",
    "Claro que te voy a visitar cada domingo que me dejen entrar.",
    "Mamá, usted siempre nos enseñó a rezar antes de dormir, y yo sigo haciéndolo por usted.",
    "Me encantaba cuando llegabas de la cancha todo sucio de lodo y te tirabas al sillón muerto de risa.",
    "Yo sé que empezaste con las pastillas por el dolor de la espalda, y eso no te hace mala persona.",
    "El día de mi boda fuiste el único que se quedó a barrer el salón, y jamás te lo agradecí como se debía.",
    "En las juntas de AA de mi papá decían “un día a la vez”, y yo me lo repito por ti.",
    "Mi amor, tú eres mi vida entera, siempre lo has sido y siempre lo vas a ser.",
    "Me tocó ser fuerte por los dos cuando mamá se fue, y no me arrepiento, porque tú eres mi razón.",
    "Los dos estamos cansados, hermano, yo también estoy harta de esta vida de hospitales, pero aquí sigo.",
]
