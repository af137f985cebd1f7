# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 44 (5 December 2026, round 25, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Mexican families from Mexico City, chilango speech ('neta', 'güey', 'qué oso'): blame and sarcasm most. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV44_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.94 (67/71; the rules alone 59/71): absolute 12/13, blame 14/16, sarcasm 11/12, every other kind full; good 0/39 (0.0%; the rules alone 0), traps 0/38 (0.0%; the rules alone 0).

At merge, before it was trained on: with main 6613c6f, rules and model 0.94 (67/71; the rules alone 60/71): absolute 12/13, blame 14/16, sarcasm 11/12, every other kind full; good 0/39 (0.0%; the rules alone 0), traps 0/38 (0.0%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV44_FLAG: list[tuple[str, set[str]]] = [
    (
        "Neta, güey, por tu culpa mi jefa ya no duerme, se queda en la sala esperando a q regreses.",
        {"blame"},
    ),
    ("Tú eres el motivo por el que Dieguito ya no quiere traer amigos a la casa.", {"blame"}),
    (
        "Despues de todo lo q hice por ti, pagarte la fianza, la renta, el abogado... asi me lo agradeces.",
        {"blame"},
    ),
    ("Escogiste el cristal antes que a tus propios hijos, Ramón, así de fácil.", {"blame"}),
    (
        "Le arruinaste la boda a tu hermana, llegaste hasta atrás y nos hiciste pasar un oso frente a toda la familia del novio.",
        {"blame"},
    ),
    (
        "¿Cómo fuiste capaz de sacarle dinero de la bolsa a tu abuelita pa comprar tus pastillas?",
        {"blame"},
    ),
    ("Mira nomás cómo tienes a tu papá, ya ni va a trabajar de la pura vergüenza.", {"blame"}),
    (
        "Si la tlapalería quebró fue por todo el dinero q te presté pa pagarle a tus dealers.",
        {"blame"},
    ),
    ("Me robaste los mejores años de mi vida, Lalo, y ni te enteraste.", {"blame"}),
    ("Por tu culpa siempre acabamos peleados en Navidad y Año Nuevo.", {"absolute", "blame"}),
    ("Mi mamá se enfermó de los nervios por ti, eso cárgalo tú, no yo.", {"blame"}),
    ("Ximena tiene ansiedad a sus nueve años y eso es culpa tuya, papá.", {"blame"}),
    ("Yo dejé la carrera pa cuidarte y tu me lo pagas mintiéndome en la cara.", {"blame"}),
    ("Nunca cumples nada de lo que prometes, ni una sola vez.", {"absolute"}),
    ("Siempre llegas tarde y oliendo a alcohol, no hay un solo domingo q no.", {"absolute"}),
    ("Cada vez que te presto dinero desaparece en menos de un día.", {"absolute"}),
    ("No has hecho nada bien desde que empezaste con la coca.", {"absolute"}),
    ("Tú jamás has pensado en alguien más que en ti mismo.", {"absolute"}),
    ("Todo el tiempo estás pegado al cel buscando a quién sacarle lana.", {"absolute"}),
    ("Ni una vez en tres años has ido a una junta de la escuela de Sofi.", {"absolute"}),
    ("Siempre es lo mismo contigo, prometes y prometes y nunca cambias.", {"absolute"}),
    ("Nunca me contestas el teléfono cuando andas tomando, nunca.", {"absolute"}),
    ("Contigo todo acaba en gritos, cada santa vez.", {"absolute"}),
    (
        "Siempre tienes una excusa, q el trabajo, q la presión, q tu ex, nunca es tu culpa.",
        {"absolute"},
    ),
    ("Felicidades, güey, otra Navidad arruinada, ya vas pa récord.", {"blame", "sarcasm"}),
    ("Qué gran ejemplo le estás dando a Santi, neta, deberían darte un diploma.", {"sarcasm"}),
    (
        "Gracias por llegar 'tranquilo' a la primera comunión de Mateo, se notó muchísimo.",
        {"sarcasm"},
    ),
    ("Ay sí, tú 'lo controlas', por eso amaneciste en el MP.", {"sarcasm"}),
    ("Bravo, tres trabajos perdidos en un año, qué talento.", {"sarcasm"}),
    ("Qué elegante te viste vomitando en los XV de tu sobrina.", {"sarcasm"}),
    ("Muy responsable de tu parte gastarte la colegiatura de Pau en perico.", {"sarcasm"}),
    (
        "Claro, tú estás 'perfectamente bien', nomás que no te acuerdas ni dónde dejaste el coche.",
        {"sarcasm"},
    ),
    (
        "Qué detallazo tuyo olvidarte de mi cumpleaños por andar de peda con tus cuates.",
        {"sarcasm"},
    ),
    ("Súper buen hijo, visitas a tu mamá nomás cuando necesitas lana.", {"sarcasm"}),
    (
        "Ya eres famoso en la colonia, todos los vecinos te conocen por tus escándalos, felicidades eh.",
        {"sarcasm"},
    ),
    (
        "Qué bonito regalo de aniversario, llegar a las 5 de la mañana sin cartera y sin celular.",
        {"sarcasm"},
    ),
    (
        "Tu jefe me habló y me dijo que ya van tres veces que llegas crudo a la oficina.",
        {"hearsay"},
    ),
    (
        "La vecina de enfrente me contó que te vio comprando en la esquina a las 3 de la mañana.",
        {"hearsay"},
    ),
    ("Según tu prima Lupita, en la fiesta te metiste algo en el baño.", {"hearsay"}),
    ("Dicen en la colonia que andas debiendo lana a medio mundo.", {"hearsay"}),
    ("Me enteré por tu ex que dejaste de pagar la pensión de los niños desde marzo.", {"hearsay"}),
    ("Tu padrino de AA me marcó pa decirme que ya ni te paras por las juntas.", {"hearsay"}),
    (
        "El maestro de Emiliano le dijo a mi hermana q el niño llega llorando xq tú le gritas.",
        {"hearsay"},
    ),
    (
        "Fíjate que Toño me dijo que siempre eres el último en salirte de la cantina.",
        {"absolute", "hearsay"},
    ),
    ("Ya no te reconozco, te volviste un teporocho, papá.", {"label"}),
    (
        "No quiero que mis hijos crezcan viendo a su tío como un pinche adicto tirado en el sillón.",
        {"insult", "label"},
    ),
    ("Neta no quiero pasar el resto de mi vida casada con un briago, Memo.", {"label"}),
    ("Eres un marihuano y un flojo, güey, llevas dos años sin buscar chamba.", {"insult", "label"}),
    ("Quiero verte limpio, sin esa porquería, aunque sea un año.", {"clean"}),
    ("El antidoping de tu chamba salió sucio, ¿verdad? por eso ya no te presentas.", {"clean"}),
    (
        "Cuando estés limpio de a de veras, ahí hablamos de que vuelvas a ver a las niñas.",
        {"clean", "threat"},
    ),
    ("Das lástima, Beto, de verdad das lástima.", {"insult"}),
    ("Qué vergüenza que seas mi hijo, me das asco.", {"insult"}),
    ("¿Qué clase de madre deja a su bebé sola pa irse a drogar?", {"blame", "insult"}),
    ("Todos en la familia pensamos q eres un egoísta.", {"insult", "we"}),
    ("Aquí ya todos estamos hasta la madre de tus mentiras.", {"we"}),
    ("La familia entera está de acuerdo en que tú solito te buscaste esto.", {"blame", "we"}),
    ("O te internas esta semana o te largas de la casa, tú decides.", {"threat"}),
    ("Si no aceptas ir a la clínica, para mí te mueres.", {"threat"}),
    (
        "Te juro que si vuelves a tocar una botella le hablo a la policía y te quito a los niños.",
        {"threat"},
    ),
    ("Estás en total negación, Paco, y ni cuenta te das.", {"diagnosis"}),
    ("Para mí que tienes depresión clínica y por eso tomas.", {"diagnosis"}),
]

DEV44_GOOD: list[str] = [
    "Mijo, me acuerdo cuando te enseñé a andar en bici en Los Viveros y no querías que te soltara.",
    "Te quiero muchísimo, hermano, y por eso estoy aquí hoy.",
    "Extraño cuando íbamos los sábados por tacos al pastor a la Portales y platicábamos horas.",
    "Papá, tú me enseñaste a manejar, a cambiar una llanta y a decir la verdad aunque cueste.",
    "Me da mucho miedo recibir una llamada en la madrugada diciéndome que te pasó algo.",
    "El 14 de febrero te esperé en el restaurante hasta que cerraron y me regresé sola a la casa; esa noche lloré mucho.",
    "Cuando te vi dormido en el coche afuera de la casa, con el motor prendido, sentí que se me paraba el corazón.",
    "Gracias por haber ido a la graduación de Ana el año pasado, ella todavía habla de eso.",
    "Me acuerdo que el año pasado dejaste de tomar como tres meses y fuiste el tío más divertido de la posada.",
    "Abuelo, usted me cargaba en hombros en el desfile del 16 de septiembre y yo me sentía el niño más alto del Zócalo.",
    "Quiero que vuelvas a ser el que le hacía hot cakes a Regina los domingos.",
    "Hay una clínica en Tlalpan que ya tiene un lugar para ti, y hoy mismo te podemos llevar.",
    "Yo me siento muy sola en las noches y me preocupa tu salud.",
    "Tu risa es de las cosas que más extraño, de verdad.",
    "Cuando me llamaste desde el MP a las 4 de la mañana me temblaban las manos y no supe qué hacer.",
    "Sé que esto no es fácil de escuchar y te agradezco que te quedes sentado y me oigas.",
    "Le echaste muchas ganas cuando entraste a la Prepa 6, y me sentí orgullosísima de ti.",
    "Me acuerdo cómo cuidaste a mi mamá cuando la operaron, le llevabas su caldito diario.",
    "Compadre, eres como mi hermano desde la secundaria y no quiero perderte.",
    "Ya no sé cómo ayudarte yo sola, por eso busqué a gente que sabe de esto.",
    "Neta te quiero, güey, y quiero que estés en mi boda en diciembre.",
    "Mi amor, desde que empezaste con las pastillas después de la operación de la rodilla te siento lejos de mí.",
    "Los niños preguntan por ti en la cena y no sé qué decirles.",
    "En la fiesta de mi tía Chela te caíste en las escaleras y yo te ayudé a levantarte; me dolió mucho verte así.",
    "Gracias por marcarme el mes pasado pa decirme que me querías, guardé ese mensaje de voz.",
    "Hija, yo te cargué cuando naciste y te prometí que te iba a cuidar, y eso estoy haciendo hoy.",
    "Quiero que mis nietos conozcan al papá cariñoso que yo conocí.",
    "Me gustaría volver a ir contigo al Azteca a ver al América, aunque perdamos.",
    "Estoy aquí porque te quiero, no porque esté enojada.",
    "La semana pasada encontré jeringas en tu mochila y me quedé sentada en tu cama un buen rato sin poder moverme.",
    "Eres muy bueno con las manos, arreglaste toda la instalación eléctrica de la casa de mi mamá.",
    "Me preocupa que un día manejes de regreso de Cuernavaca y no llegues.",
    "Eres la persona más generosa que conozco cuando estás bien.",
    "Tu hermana se vino desde Monterrey pa estar aquí contigo hoy.",
    "Con todo mi corazón te pido que vayas hoy al tratamiento.",
    "Hace dos semanas no reconociste a tu hija en la puerta, y ella se fue a su cuarto en silencio.",
    "Te admiro por lo mucho que trabajaste pa sacar adelante el puesto de quesadillas.",
    "Mamá, gracias por esperarme despierta cuando yo salía de chavo.",
    "Quiero a mi amigo de regreso, al que se reía conmigo en la oficina de Insurgentes.",
]

DEV44_TRAPS: list[str] = [
    "Siempre vas a ser mi hermanito, pase lo que pase.",
    "Mi tío Chucho era un borracho y se murió solo en un cuarto en Tepito; no quiero eso pa ti.",
    "Yo fui adicta al cristal a los veinte y sé lo que se siente querer salir y no poder.",
    "Tú mismo me dijiste 'ya soy un pinche borracho, ma', y se me rompió el corazón.",
    "Para mí no eres un drogadicto, eres mi hijo y necesitas ayuda.",
    "Los domingos lavábamos y limpiábamos el coche juntos en la cochera, con la radio a todo volumen.",
    "Todos los diciembres hacíamos la posada en tu casa y tú rompías la piñata con los niños.",
    "Siempre íbamos a Acapulco en Semana Santa, ¿te acuerdas?",
    "Yo siempre tomo mi café a las seis antes de irme al trabajo, y desde hace meses lo tomo pensando en ti.",
    "Cuando cumpliste tus 60 días sin tomar, qué orgullo, güey, de verdad te la rifaste.",
    "Tu doctora del IMSS dice que tu hígado ya está dañado, y yo no quiero perderte.",
    "Nunca dejo de rezar por ti, ni un solo día.",
    "Mi abuela era alcohólica y mi mamá nos contaba lo duro que fue; no quiero que se repita la historia.",
    "Soy adicto al café y a las series coreanas, ya lo sabes, pero a ti te quiero más.",
    "Dejé la cocina bien limpia antes de venir, como me enseñaste tú.",
    "Todos en la familia te queremos y estamos aquí por ti.",
    "Fuimos todos juntos a Xochimilco en tu cumple treinta y cantaste con los mariachis.",
    "No eres una mala persona, Jorge, nunca lo has sido.",
    "El psiquiatra que te vio en el hospital dijo que tienes depresión, y yo quiero que te atiendan bien.",
    "Mi compadre Raúl dejó la coca hace diez años y hoy vino para contarte cómo le hizo.",
    "Eres la persona más limpia de corazón que conozco.",
    "Gracias por siempre defenderme en la primaria cuando me molestaban.",
    "Cada vez que veo un partido de los Pumas me acuerdo de ti y sonrío.",
    "Felicidades por tu ascenso en la chamba el año pasado, te lo ganaste a pulso.",
    "Tu papá fue un alcohólico que nunca pidió ayuda; tú hoy tienes la oportunidad que él no tuvo.",
    "No te estoy llamando adicto ni nada, te estoy diciendo que te extraño.",
    "La casa de la abuela siempre estaba limpiecita y olía a mole los domingos.",
    "Qué bien te salió la carne asada el sábado, de verdad, fue lo mejor de la reunión.",
    "En esta familia nunca nos rajamos, y yo sé que tú tampoco.",
    "Yo soy bien terca, ya lo sabes, y nunca me rindo con la gente que quiero.",
    "Tu cuate el Pelón se murió de una sobredosis en enero y desde entonces no duermo bien pensando en ti.",
    "Ayer limpié tu cuarto y encontré el dibujo que me hiciste en el kínder.",
    "Jamás voy a olvidar el día que me pediste matrimonio en Chapultepec.",
    "No creo que seas un mal padre; creo que estás atrapado en algo que te rebasó.",
    "Siempre fuiste el más chistoso de los primos, y todos te buscaban en las fiestas.",
    "Tu terapeuta nos explicó que la adicción es una enfermedad y no una falta de voluntad.",
    "Gracias por estar siempre para mis hijos cuando yo no podía.",
    "Mi primo Toño andaba bien metido en la heroína allá en la Doctores y salió adelante en una clínica; si él pudo, tú también.",
]

DEV44_BOTTOM_LINE_OK: list[str] = [
    "Si no aceptas el tratamiento, voy a cambiar la chapa de la casa y te ayudo a buscar dónde quedarte, pero aquí ya no.",
    "Si decides no ir, yo no voy a seguir cubriéndote con tu jefe cuando no llegues.",
    "Si hoy no aceptas, los niños te van a seguir viendo, pero solamente en casa de mi mamá y conmigo ahí.",
    "Te amo, y si eliges seguir tomando, yo me voy a ir con las niñas a casa de mis papás por un tiempo.",
]
