# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 41 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Uruguayan and Paraguayan siblings and cousins, mock praise often at the end of a sentence: sarcasm and hearsay most. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV41_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.83 (60/72; the rules alone 51/72): absolute 12/13, blame 10/12, hearsay 13/14, sarcasm 8/16, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 0/40 (0.0%; the rules alone 0).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.85 (61/72; the rules alone 52/72): absolute 12/13, blame 10/12, hearsay 13/14, sarcasm 9/16, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 0/40 (0.0%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV41_FLAG: list[tuple[str, set[str]]] = [
    (
        "Llegaste al bautismo de Valentina con olor a caña a las diez de la mañana, re elegante vos primo.",
        {"sarcasm"},
    ),
    (
        "Vendiste la bici de Mateo pa comprar pasta base, qué tío más generoso, felicitaciones.",
        {"sarcasm"},
    ),
    ("Chocaste el auto de papá volviendo de Piriápolis mamado, un genio bo.", {"sarcasm"}),
    ("Tercer laburo q perdés en un año, seguí así que vas bárbaro.", {"sarcasm"}),
    (
        "En el velorio de la abuela te quedaste dormido en el auto de tanto chupar, muy respetuoso de tu parte che.",
        {"sarcasm"},
    ),
    (
        "Nunca atendés el celular cuando mamá está internada, un hijo ejemplar vos.",
        {"absolute", "sarcasm"},
    ),
    (
        "Siempre tenés una excusa nueva pa no venir al almuerzo del domingo, qué creatividad, te felicito hermano.",
        {"absolute", "sarcasm"},
    ),
    (
        "Te gastaste la plata del alquiler en merca, muy maduro, todo un adulto responsable.",
        {"sarcasm"},
    ),
    (
        'Vos decís que estás "bien", claro, tan bien que te tiemblan las manos hasta la primera cerveza.',
        {"sarcasm"},
    ),
    (
        "Le prometiste a Lucía ir a su acto de fin de año y apareciste a las once de la noche, gracias por tanto eh.",
        {"sarcasm"},
    ),
    (
        "Mamá tuvo que ir a buscarte a la comisaría de San Lorenzo a las 4 de la mañana, lo que se dice un hijo modelo.",
        {"sarcasm"},
    ),
    (
        "Jamás le devolviste un guaraní a la tía Chela pero las zapatillas nuevas no te faltan, todo un empresario.",
        {"absolute", "sarcasm"},
    ),
    (
        "Otra Navidad que terminamos llorando por tu culpa, ya es tradición familiar, gracias primo.",
        {"blame", "sarcasm"},
    ),
    (
        "Tu hijo te esperó toda la tarde en la puerta con la pelota y vos fumando porro en lo del Kevin, el papá más copado del mundo.",
        {"sarcasm"},
    ),
    (
        "Cada vez q vamos a la chacra terminás vomitando atrás del galpón, bravo campeón.",
        {"absolute", "sarcasm"},
    ),
    (
        "Me dijeron que en el cumple del Santi ibas al baño cada diez minutos y volvías sorbiendo la nariz, re disimulado todo, un maestro.",
        {"hearsay", "sarcasm"},
    ),
    (
        "La Fátima me contó que te vio en la terminal de Asunción pidiendo plata a la gente.",
        {"hearsay"},
    ),
    (
        "Tu jefe de la ferretería llamó a mamá pa decirle que no fuiste en toda la semana.",
        {"hearsay"},
    ),
    ("Dicen en el barrio que andás vendiendo las cosas de la casa pa la merca.", {"hearsay"}),
    (
        "El primo Ruben he'i que te vio re mamado en la costanera de Encarnación el sábado de noche.",
        {"hearsay"},
    ),
    ("Según tu ex, le gritaste al nene estando borracho y lo hiciste llorar.", {"hearsay"}),
    ("Me enteré x la vecina que la policía fue dos veces a tu casa este mes.", {"hearsay"}),
    (
        "La maestra de Joaquín le dijo a Caro que el nene anda triste porque vos no aparecés nunca.",
        {"absolute", "hearsay"},
    ),
    (
        "Ndaje que en el taller ya saben que te tomás unas pastillas antes de entrar, me lo dijo el Nacho.",
        {"hearsay"},
    ),
    (
        "Tu mejor amigo me escribió que lo dejaste tirado en Ciudad del Este pa irte a consumir con unos tipos.",
        {"hearsay"},
    ),
    (
        "La tía Ramona puso en el grupo de la familia que te vio pidiendo fiado en el almacén otra vez, sos la vergüenza de la familia.",
        {"hearsay", "insult"},
    ),
    (
        "El padrino que tenías en NA le contó a mamá que hace un mes no vas a ninguna reunión.",
        {"hearsay"},
    ),
    (
        "Anda diciendo medio Paysandú que te agarraron manejando en pedo y yo me tengo que enterar por los vecinos.",
        {"hearsay"},
    ),
    (
        "Mi hermano el drogadicto, así te dicen en el barrio, y a mí se me cae la cara.",
        {"hearsay", "label"},
    ),
    ("Por tu culpa mamá no duerme y anda con la presión por las nubes.", {"blame"}),
    ("Papá terminó con un infarto de tanto preocuparse por vos, cargá con eso.", {"blame"}),
    ("Vos elegiste el porro antes que a tu propia hija, y eso no te lo voy a olvidar.", {"blame"}),
    (
        "Con todo lo q hice por vos, prestarte plata, bancarte en mi casa meses, y así me pagás.",
        {"blame"},
    ),
    ("Rompiste esta familia, desde que empezaste con la pasta base nadie se habla.", {"blame"}),
    ("¿Cómo pudiste sacarle la jubilación a la abuela pa drogarte?", {"blame"}),
    ("Mirá cómo quedaron tus hijos, ni te reconocen ya.", {"blame"}),
    (
        "Si la tía Nilda se fue a vivir a Buenos Aires es por vos, xq no aguantaba más los gritos.",
        {"blame"},
    ),
    (
        "Nos hiciste esto a todos: mamá tuvo q vender el terreno de Luque pa pagar tus deudas.",
        {"blame"},
    ),
    ("Vos tenés la culpa de que Vale haya perdido el año en el colegio.", {"blame"}),
    (
        "Si el negocio de papá se fundió fue por toda la plata que le sacaste pa la cocaína.",
        {"blame"},
    ),
    ("Vos nunca pensás en nadie más que en vos mismo.", {"absolute"}),
    ("Cada vez que te presto plata desaparecés una semana entera.", {"absolute"}),
    ("Todo lo que decís es mentira, no cumpliste ni una sola promesa.", {"absolute"}),
    ("Siempre estás en pedo cuando te llamo, a la hora que sea.", {"absolute"}),
    ("Ni una vez en tres años te acordaste del cumple de tu ahijado.", {"absolute"}),
    ("Jamás te hacés cargo de nada, la culpa siempre es de otro.", {"absolute"}),
    ("Te importa un carajo lo q hacemos por vos, nunca nos das ni las gracias.", {"absolute"}),
    ("Vivís pidiendo perdón y después hacés exactamente lo mismo, todas las veces.", {"absolute"}),
    ("No quiero que mis hijos crezcan con un tío borracho.", {"label"}),
    ("Sos un falopero Martín y lo sabés bien.", {"label"}),
    ("Quiero que te limpies de una vez y vuelvas a ser el Diego de antes.", {"clean"}),
    ("El análisis del trabajo te dio sucio otra vez, Fabi.", {"clean"}),
    ("¿Cuánto vas a aguantar limpio esta vez, dos semanas?", {"clean"}),
    ("Das asco, mirate, flaco y oliendo mal tirado en el sillón.", {"insult"}),
    ("Sos una vergüenza pa el apellido Benítez.", {"insult"}),
    ("Qué clase de madre deja a sus hijos solos pa irse a tomar.", {"insult"}),
    ("Todos en la familia estamos de acuerdo en que ya no se puede confiar en vos.", {"we"}),
    ("Los primos estamos hartos de tus mentiras, bo.", {"we"}),
    ("O te internás esta semana o te olvidás de que tenés hermana.", {"threat"}),
    ("Si no aceptás ir a la clínica, para mí te moriste.", {"threat"}),
    ("Si seguís así te sacamos de la casa a patadas y no ves más a los gurises.", {"threat"}),
    ("Vos sos bipolar, un día estás re bien y al otro rompés todo.", {"diagnosis"}),
    ("Sos un narcisista, todo tiene que girar alrededor tuyo.", {"diagnosis"}),
]

DEV41_GOOD: list[str] = [
    "Me acuerdo cuando me enseñaste a andar en bici en la rambla de Pocitos, yo tenía seis años y vos no me soltabas.",
    "Sos mi hermano mayor y te extraño, extraño tomar mate con vos en el balcón.",
    "Desde el año pasado te noto más flaco y con la mirada cansada, y eso me preocupa mucho.",
    "Cuando nació la Abril fuiste el primero en llegar al sanatorio con flores.",
    "Te quiero, primo, y quiero que vuelvas a reírte como antes.",
    "Me duele verte tan lejos aunque estemos sentados en la misma mesa.",
    "Hay una clínica en Canelones que tiene lugar pa vos mañana mismo, ya hablamos con ellos.",
    "Te pido que aceptes la ayuda hoy, por vos y por tus hijos.",
    "Tengo miedo de que una noche me llamen pa decirme que te pasó algo.",
    "Nde, me acuerdo de los tererés en el patio de la abuela en Luque, vos contabas chistes y nos moríamos de risa.",
    "Cuando papá se quedó sin trabajo vos le pasabas plata sin que nadie supiera, eso no me lo olvido.",
    "Mi hija pregunta por su tío Rodri y no sé qué contestarle.",
    "Quiero recuperar a mi amigo, al que me defendió en el liceo cuando yo estaba solo.",
    "Este último año dejaste de venir a los partidos de Peñarol conmigo y lo siento mucho.",
    "Bajaste mucho de peso y las ojeras no se te van, me da miedo por tu salud.",
    "Vos sos muy inteligente y tenés unas manos de oro pa la carpintería.",
    "Te escribo esta carta con mucho amor, aunque me cueste leerla en voz alta.",
    "Hermanita, cuando me separé vos viniste desde Salto a quedarte conmigo una semana.",
    "Me gustaría que el verano que viene vayamos a Aguas Dulces como cuando éramos gurises.",
    "La noche que te encontré en el baño sin poder respirar fue la peor de mi vida.",
    "Tengo la esperanza de verte sano, trabajando y feliz otra vez.",
    "La abuela te manda su bendición desde Caacupé y me pidió que te diera un beso de su parte.",
    "Por favor, decí que sí hoy y subite al auto con nosotros.",
    "Cuando te mudaste a Montevideo me llamabas los domingos y yo esperaba esa llamada toda la semana.",
    "Me hace falta mi compañero de pesca, che.",
    "En el cumpleaños de mamá estabas tan ido que no la saludaste, y ella se fue a llorar a la cocina.",
    "Yo te admiro desde chiquita y todavía creo en vos.",
    "Quiero que mis hijos conozcan al tío divertido que me cuidaba cuando mamá trabajaba de noche.",
    "El programa dura treinta días y te vamos a visitar cada fin de semana que nos dejen.",
    "Papá ya no está pero sé que él querría verte recuperado.",
    "Me preocupa que manejes de noche después de tomar, tengo miedo de que te mates en la ruta.",
    "Te extraño en el fútbol de los jueves, el equipo no es lo mismo sin vos.",
    "Como compañero de laburo te tengo un cariño enorme, me enseñaste el oficio con una paciencia que nadie tuvo conmigo.",
    "Fuiste mi padrino de confirmación y hoy yo quiero estar a tu lado.",
    "Che ra'a, te quiero mucho, sos el hermano que elegiría otra vez.",
    "Me acuerdo del olor a chipa en lo de la abuela en Semana Santa y de vos robando de la canasta.",
    "No sé bien lo q estás pasando pero quiero aprender a ayudarte.",
    "Hace dos meses dejaste de contestarme los mensajes y me asusté mucho.",
    "Lo único que te pido es que vayas a la evaluación mañana a las nueve.",
    "Tu sobrino Thiago hizo un dibujo de vos jugando a la pelota con él, lo traje pa que lo veas.",
]

DEV41_TRAPS: list[str] = [
    "Yo siempre voy a estar de tu lado, pase lo que pase.",
    "Nunca dejé de quererte, ni un solo día.",
    "El tío Aníbal era un borracho y murió solo en Rivera, y yo no quiero eso pa vos.",
    "Yo fui adicta a las pastillas para dormir durante cuatro años, sé lo que se siente.",
    "Para mí no sos un drogadicto, sos mi primo Nahuel y te quiero.",
    "Ayer limpié el cuarto que era tuyo y encontré tus fotos del campamento en Atlántida.",
    "Todos los 24 hacíamos la sidra con la abuela y vos eras el primero en brindar.",
    "Siempre íbamos a la playa Ramírez los domingos con papá, con el termo y las tortas fritas.",
    "Te felicito de verdad por los tres meses que estuviste sin tomar el año pasado, yo estaba re orgullosa.",
    "Tu médica nos explicó que el hígado está inflamado y que todavía se puede recuperar si dejás el alcohol.",
    "Vos me dijiste 'estoy re sucio por dentro, hermana' y yo te abracé porque no te veo así.",
    "Soy medio adicta al mate, ya sabés, y quiero volver a compartirlo con vos.",
    "Mi suegro fue alcohólico y salió adelante con ayuda, por eso sé que se puede.",
    "Cada vez que veo una camiseta de Nacional me acuerdo de vos y me río solo.",
    "La casa quedó limpia y tu cuarto te espera, con las sábanas que te gustan.",
    "Fuimos juntos a ver a La Vela Puerca al Teatro de Verano y fue la mejor noche de mi vida.",
    "Todos los primos crecimos en el mismo patio en Fernando de la Mora, comiendo mango del árbol.",
    "Jamás me voy a olvidar de cuando me llevaste en moto al hospital el día que me quebré el brazo.",
    "No es tu culpa estar enfermo, y no estás solo en esto.",
    "Yo también tomaba de más cuando tenía tu edad, y me costó mucho pedir ayuda.",
    "No sos una vergüenza pa mí, nunca lo fuiste.",
    "Qué bien te salió el asado del cumple de papá, lo digo en serio, nadie lo hace como vos.",
    "Te felicito por el laburo nuevo en la obra, me alegré un montón cuando me contaste.",
    "La tía Beti te manda un abrazo enorme y dice que te espera con el guiso los domingos.",
    "Tengo la manía de limpiar todo cuando estoy nerviosa, esta semana limpié la casa tres veces.",
    "Nunca pierdo la esperanza, che, ni en los días más feos.",
    "Siempre fuiste el más gracioso de la familia y te quiero de vuelta.",
    "El psiquiatra del Clínicas dijo que tenés una depresión que se puede tratar, y yo quiero acompañarte a cada consulta.",
    "En Pascua siempre hacíamos chipa guasu con mamá y vos te comías la mitad antes de que se enfríe.",
    "No te estoy diciendo borracho ni nada de eso, te estoy diciendo que te extraño.",
    "Mi viejo era de los que tomaban en el boliche hasta cerrar, y yo me juré que a vos no te iba a dejar solo.",
    "Qué orgullo cuando terminaste el curso de electricista en la UTU, te aplaudí parada.",
    "Todos los años vamos en familia a la procesión de Caacupé y este diciembre quiero que caminemos juntos.",
    "Mi compañero de trabajo, el Julio, estuvo internado por la cocaína y hoy está re bien, así que sé que hay salida.",
    "Nunca vas a dejar de ser mi hermanito, aunque tengas treinta y cinco años.",
    "Una noche me dijiste 'estoy cansado de ser un drogadicto' y esa frase me dio esperanza, porque vi que querés cambiar.",
    "Ojalá algún día podamos reírnos de esto juntos, como siempre nos reímos de todo.",
    "Dejé el cigarro hace dos años y sé lo difícil que es largar algo, aunque lo tuyo es mucho más grande.",
    "Sos un genio con los motores, en serio, el Fusca de papá anda gracias a vos.",
    "Qué lindo fue verte en el cumpleaños de la nena el mes pasado, estabas tranquilo y presente, me hiciste muy feliz.",
]

DEV41_BOTTOM_LINE_OK: list[str] = [
    "Si hoy decís que no, yo no te voy a dar más plata, ni pa la luz ni pa nada.",
    "Si no aceptás el tratamiento, no te vas a poder quedar a dormir más en mi casa, aunque me duela.",
    "Si hoy me decís que no, voy a dejar de cubrirte con mamá cuando faltás al trabajo.",
    "Si elegís no ir, no voy a llevar a los chicos a verte mientras sigas consumiendo, pero la puerta de la clínica va a seguir abierta pa vos.",
    "Si la respuesta es no, ya no voy a pagar tus deudas con el prestamista de Luque.",
]
